"""The first-contact message: a short, polite request for the company's form and procedure,
ready to paste into an e-mail or web form. Wording in forms/message/<language>.txt; the Japanese
addressee is law.addressee's, as on the letter and envelope. It ends with the sender's name,
reading, membership number, address, phone and e-mail where the details give them, and asks for
the form to be sent to that address."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from assistant.checklist import Checklist
from assistant.law.wording import company_form, letter_wording, message_template, parse_languages


@dataclass(frozen=True)
class MessageSender:
    """Who writes the message, from the person's details (the representative, where one acts)."""

    name: str
    kana: str | None = None
    person: str | None = None  # whom a representative writes for
    capacity: str | None = None
    account_ids: tuple[str, ...] = ()
    postal_code: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None


@lru_cache(maxsize=None)
def _sender_wording(forms: Path | None) -> dict:
    from assistant.io.own_yaml import read_own_yaml
    from assistant.io.paths import FORMS_DIR

    return read_own_yaml((forms or FORMS_DIR) / "message" / "sender.yaml")  # type: ignore[return-value]


def sender_block(sender: MessageSender | None, language: str, forms: Path | None = None) -> str:
    """The lines that sign the message; the marked blank '[氏名]' without details."""
    w = _sender_wording(forms)[language]
    if sender is None:
        return w["unnamed"]
    lines = [w["name" if sender.kana else "name_only"].format(name=sender.name, kana=sender.kana)]
    if sender.person and sender.capacity:
        lines.append(w["for"].format(person=sender.person, capacity=w["capacities"][sender.capacity]))
    lines += [w["account"].format(account=account) for account in sender.account_ids]
    if sender.address:
        lines.append(w["address" if sender.postal_code else "address_only"].format(
            postal_code=sender.postal_code, address=sender.address))
    contact = [w[key].format(**{key: value}) for key, value in
               (("phone", sender.phone), ("email", sender.email)) if value]
    if contact:
        lines.append(w["contact_join"].join(contact))
    return "\n".join(lines)


def wants_contact_first(checklist: Checklist) -> bool:
    """Whether a first message is called for: the policy says so, or leaves the form or address open."""
    return checklist.contact_first or checklist.envelope is None or not checklist.envelope.confirmed \
        or checklist.form_name is None


def first_contact_message(checklist: Checklist, languages: Sequence[str] | str,
                          forms: Path | None = None, sender: MessageSender | None = None) -> str:
    """The message in each of these languages, in order (e.g. ("ja", "en")); "both" still means
    Japanese, then English. Signed by `sender` where the details are known."""
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
    en_form = company_form(letter_wording("en", forms), "en", c.form_name) \
        if c.form_name else ""
    # The form is asked for at the sender's address where the message gives one.
    to = {lang: (_sender_wording(forms)[lang]["send_to"] if sender and sender.address else "")
          for lang in ("ja", "en")}
    values = {
        "company": c.company, "company_ja": company_ja, "addressee_ja": addressee_ja,
        "department": env.department if env and env.department else "Personal information desk",
        "request": c.request.lower() if c.request[:1].isupper() else c.request,
        "request_ja": c.request_ja, "article": c.article, "article_ja": c.article_ja,
        "law_name_ja": ja.law_name,
        "form_note": (f"I understand you use your own form ({en_form}); could you send it to me"
                      f"{' ' + to['en'] if to['en'] else ''}? " if c.form_name else ""),
        "form_note_ja": (f"{company_form(ja, 'ja', c.form_name)}を、"
                         f"{to['ja']}お送りいただけますと幸いです。\n" if c.form_name else ""),
        "sender_ja": sender_block(sender, "ja", forms), "sender": sender_block(sender, "en", forms),
    }
    # {law_name} is the law's name in the template's own language, as the letter words it.
    texts = [message_template(lang, forms).format(**values, law_name=letter_wording(lang, forms).law_name)
             .strip() for lang in languages]
    return ("\n\n" + "-" * 40 + "\n\n").join(texts) + "\n"
