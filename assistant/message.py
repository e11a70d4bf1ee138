"""The first-contact message: a short, polite request for the company's form and procedure,
ready to paste into an e-mail or web form. Wording in forms/message/<language>.txt."""
from __future__ import annotations

from typing import Literal

from .checklist import Checklist
from .wording import message_template

LAW_NAME = {"en": "the Act on the Protection of Personal Information", "ja": "個人情報の保護に関する法律"}


def wants_contact_first(checklist: Checklist) -> bool:
    """Whether a first message is called for: the policy says so, or leaves the form or address open."""
    return checklist.contact_first or checklist.envelope is None or not checklist.envelope.confirmed \
        or checklist.form_name is None


def first_contact_message(checklist: Checklist, language: Literal["ja", "en", "both"]) -> str:
    """The message in Japanese, English, or both (Japanese first)."""
    c = checklist
    department = c.envelope.department if c.envelope and c.envelope.department else "Personal information desk"
    values = {
        "company": c.company, "company_ja": c.company_ja or c.company,
        "department": department,
        "department_ja": c.envelope.department if c.envelope and c.envelope.department else "個人情報お問い合わせ窓口",
        "request": c.request.lower() if c.request[:1].isupper() else c.request,
        "request_ja": c.request_ja, "article": c.article, "article_ja": c.article_ja,
        "law_name": LAW_NAME["en"], "law_name_ja": LAW_NAME["ja"],
        "form_note": (f"I understand you use your own form (“{c.form_name}”); could you send it to me? "
                      if c.form_name else ""),
        "form_note_ja": (f"貴社所定の「{c.form_name}」をお送りいただけますと幸いです。\n"
                         if c.form_name else ""),
    }
    languages = ("ja", "en") if language == "both" else (language,)
    texts = [message_template(lang).format(**values).strip() for lang in languages]
    return ("\n\n" + "-" * 40 + "\n\n").join(texts) + "\n"
