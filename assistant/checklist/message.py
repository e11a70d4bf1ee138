"""The first-contact message: a short, polite request for the company's form and procedure,
ready to paste into an e-mail or web form. Wording in forms/message/<language>.txt."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from assistant.checklist import Checklist
from assistant.law.wording import letter_wording, message_template, parse_languages


def wants_contact_first(checklist: Checklist) -> bool:
    """Whether a first message is called for: the policy says so, or leaves the form or address open."""
    return checklist.contact_first or checklist.envelope is None or not checklist.envelope.confirmed \
        or checklist.form_name is None


def first_contact_message(checklist: Checklist, languages: Sequence[str] | str,
                          forms: Path | None = None) -> str:
    """The message in each of these languages, in order (e.g. ("ja", "en")); "both" still means
    Japanese, then English."""
    c = checklist
    if isinstance(languages, str):
        languages = parse_languages(languages)
    department = c.envelope.department if c.envelope and c.envelope.department else "Personal information desk"
    values = {
        "company": c.company, "company_ja": c.company_ja or c.company,
        "department": department,
        "department_ja": c.envelope.department if c.envelope and c.envelope.department else "個人情報お問い合わせ窓口",
        "request": c.request.lower() if c.request[:1].isupper() else c.request,
        "request_ja": c.request_ja, "article": c.article, "article_ja": c.article_ja,
        "law_name_ja": letter_wording("ja", forms).law_name,
        "form_note": (f"I understand you use your own form (“{c.form_name}”); could you send it to me? "
                      if c.form_name else ""),
        "form_note_ja": (f"貴社所定の「{c.form_name}」をお送りいただけますと幸いです。\n"
                         if c.form_name else ""),
    }
    # {law_name} is the law's name in the template's own language, as the letter words it.
    texts = [message_template(lang, forms).format(**values, law_name=letter_wording(lang, forms).law_name)
             .strip() for lang in languages]
    return ("\n\n" + "-" * 40 + "\n\n").join(texts) + "\n"
