"""The complaint to the accredited organisation beyond its body (letters.py): the 記書き an
organisation needs to open the matter — the company, the request (with what identifies it), what
happened (recorded dates only), what is enclosed, how to reach the sender — and the page the
sender keeps: check the company's membership in the PPC's list before sending, since the letter
never asserts it."""
from __future__ import annotations

from assistant.followup.facts import FollowupFacts
from assistant.followup.letters import requests
from assistant.followup.wording import day_in, followup_wording, joined


def identify(facts: FollowupFacts, language: str, section: str) -> str:
    """'（会員サービス、会員番号 1234567、当方整理番号…）': what lets the reader find the request.
    The 催告書 (section "demand") leaves out a reference with Latin letters: 内容証明 allows
    them only in proper nouns."""
    w = followup_wording(language)[section]
    items = [*facts.services, *facts.account_ids]
    latin = any(c.isascii() and c.isalpha() for c in facts.reference or "")
    if facts.reference and not (section == "demand" and latin):
        items.append(w["identify_reference" if section == "demand" else "reference"].format(
            reference=facts.reference))
    sep = "、" if language == "ja" else ", "
    return w["identify"].format(items=sep.join(items)) if items else ""


def _history(facts: FollowupFacts, language: str) -> str:
    """The recorded dates only: the letter and its posting, the arrival where a delivery record
    has it, the last reminder and 催告書 made (dated; their posting is not recorded, so a blank
    for it), and the company's answer or none as of today."""
    h = followup_wording(language)["complaint"]["history"]
    day = lambda value: day_in(value, language)  # noqa: E731
    text = h["letter"].format(letter_date=day(facts.letter_date), posted=day(facts.posted_on))  # type: ignore[arg-type]
    if facts.arrived_on:
        text += h["arrived"].format(arrived=day(facts.arrived_on))
    if facts.reminded_on:
        text += h["reminded"].format(day=day(facts.reminded_on))
    if facts.demanded_on:
        text += h["demanded"].format(day=day(facts.demanded_on))
    answer = facts.answer or "no-answer"
    return text + h[answer].format(day=day(facts.answered_on or facts.today), today=day(facts.today))


def complaint_record(facts: FollowupFacts, language: str) -> list[str]:
    """The 記書き, from 記 to 以上; a blank line to write on where the sender gave no phone or
    e-mail."""
    c = followup_wording(language)["complaint"]
    r = c["record"]
    company = facts.company
    address = "".join(([f"〒{company.postal_code} "] if company.postal_code else [])
                      + list(company.address_lines))
    enclosed = list(c["attachments"])
    if facts.reminded_on:
        enclosed.append(c["attachment_reminder"])
    if facts.demanded_on:
        enclosed.append(c["attachment_demand"])
    if facts.answer:
        enclosed.append(c["attachment_answer"])
    numbered = "　".join(f"({n}) {item}" for n, item in enumerate(enclosed, 1)) if language == "ja" \
        else joined(enclosed, language)
    sender = facts.sender
    lines = [r["heading"],
             r["target"].format(company=company.name,
                                address=c["address"].format(address=address) if address else ""),
             r["request"].format(requests=requests(facts, language), identify=identify(facts, language, "complaint")),
             r["history"].format(history=_history(facts, language)),
             r["attached"].format(items=numbered),
             r["contact"].format(phone=sender.phone or c["blank"], email=sender.email or c["blank"])]
    return lines + ([r["end"]] if r["end"] else [])


def complaint_guide(facts: FollowupFacts, language: str) -> tuple[str, list[str]]:
    """The page the sender keeps: what to check and do before sending the complaint (and the
    building to add where the organisation's record says its address lacks it)."""
    g = followup_wording(language)["complaint"]["guide"]
    organisation = facts.organisation.name if facts.organisation else ""
    lines = [line.format(company=facts.company.name, organisation=organisation) for line in g["lines"]]
    if facts.organisation and facts.organisation.address_incomplete:  # the record says so
        lines.append(g["address_incomplete"])
    return g["title"], lines
