"""The first-contact message: a short, polite request for the company's form and procedure,
ready to paste into an e-mail or web form. Wording in forms/message/<language>.txt; the Japanese
addressee is law.addressee's, as on the letter and envelope."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from assistant.checklist import Checklist
from assistant.law.wording import company_form, letter_wording, message_template, parse_languages


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
    ja = letter_wording("ja", forms)
    env = c.envelope
    company_ja = c.company_ja or c.company
    # The company, then its desk (its Japanese name or its function) and 様 or 御中, as the
    # letter and the envelope address it.
    if env is not None and env.department_ja:
        addressee_ja = f"{company_ja}\n{env.department_ja} {env.honorific}"
    else:
        addressee_ja = f"{company_ja} {ja.addressee_suffix}"
    en_form = company_form(letter_wording("en", forms), "en", [c.request_kind], c.form_name) \
        if c.form_name else ""
    values = {
        "company": c.company, "company_ja": company_ja, "addressee_ja": addressee_ja,
        "department": env.department if env and env.department else "Personal information desk",
        "request": c.request.lower() if c.request[:1].isupper() else c.request,
        "request_ja": c.request_ja, "article": c.article, "article_ja": c.article_ja,
        "law_name_ja": ja.law_name,
        "form_note": (f"I understand you use your own form ({en_form}); could you send it to me? "
                      if c.form_name else ""),
        "form_note_ja": (f"{company_form(ja, 'ja', [c.request_kind], c.form_name)}"
                         "をお送りいただけますと幸いです。\n" if c.form_name else ""),
    }
    # {law_name} is the law's name in the template's own language, as the letter words it.
    texts = [message_template(lang, forms).format(**values, law_name=letter_wording(lang, forms).law_name)
             .strip() for lang in languages]
    return ("\n\n" + "-" * 40 + "\n\n").join(texts) + "\n"
