"""Follow-up letters after a request: a polite reminder, a reply to an incomplete or refused
answer, a complaint to the accredited organisation, and the sheet for calling the PPC — their
text, from the case's recorded facts, the law data's articles and the wording in
forms/followup/<language>.yaml. Each is checked first (availability.py): nothing is written that
is not true on its date. The Art. 39 demand is in demand.py; the PDFs in render/followup_pdf.py.
"""
from __future__ import annotations

from assistant.followup.availability import check
from assistant.followup.facts import FollowupFacts, Party
from assistant.followup.wording import (
    FollowupError, day_in, followup_wording, joined, letter_date, say,
)

__all__ = ["FollowupError", "FollowupFacts", "Party", "addressee_lines", "letter_date",
           "paragraphs", "ppc_sheet", "sender_lines", "status_sentence", "title"]

LETTERS = ("reminder", "incomplete", "complaint")


def requests(facts: FollowupFacts, language: str, kinds: tuple[str, ...] | None = None) -> str:
    """'個人情報の保護に関する法律第33条第1項に基づく私に関する保有個人データの開示' (and so on)."""
    w = followup_wording(language)
    subject = w["subject_other"] if facts.person else w["subject_self"]
    items = [w["request_item"].format(law=w["law_name"] if index == 0 else w["law_again"],
                                      article=facts.article(kind, language),
                                      name=w["request_names"][kind].format(subject=subject))
             for index, kind in enumerate(kinds or facts.kinds)]
    return joined(items, language)


def intro(facts: FollowupFacts, language: str) -> str:
    w = followup_wording(language)
    if facts.person and facts.capacity:
        return w["on_behalf"].format(person=facts.person, capacity=w["capacities"][facts.capacity])
    return w["self_intro"]


def arrival(facts: FollowupFacts, language: str, third_party: bool = False) -> str:
    """The arrival as recorded; without a delivery record, only the posting date."""
    suffix = "_third_party" if third_party else ""
    if facts.arrived_on is not None:
        return say(language, "arrived" + suffix, day=day_in(facts.arrived_on, language))
    if facts.posted_on is not None:
        return say(language, "posted" + suffix, day=day_in(facts.posted_on, language))
    return ""


def status_sentence(facts: FollowupFacts, language: str) -> str:
    """What the company has done, as recorded."""
    key = facts.answer or "no-answer"
    day = day_in(facts.answered_on or facts.today, language)
    return say(language, f"status.{key}", day=day)


def _duties(facts: FollowupFacts, which: str, language: str) -> str:
    """'第33条第3項は、…と定め、同法第34条第3項は、…と定め' — the law data's duties for the kinds."""
    w = followup_wording(language)
    parts = []
    for index, duty in enumerate(facts.duties(which)):
        article = duty.article_in(language) if index == 0 or language != "ja" else \
            w["law_again"] + duty.article_in(language)
        parts.append(w["duty"].format(article=article, words=duty.words().text(language)))
    return w["duty_joint"].join(parts)


def _due_sentence(facts: FollowupFacts, language: str) -> str:
    section = f"reminder.{'due_estimated' if facts.due_estimated else 'due_known'}"
    if facts.company_due is not None:
        return say(language, section, due=day_in(facts.company_due, language))
    # No limit in the policy (check() let the reminder go: the posting is recorded): the Act's
    # "without delay", and the whole days since arrival (or posting), the first not counted.
    since = "since_arrival" if facts.arrived_on else "since_posting"
    counted_from = facts.arrived_on or facts.posted_on
    days = (facts.today - counted_from).days - 1  # type: ignore[operator]
    return say(language, "reminder.no_limit", law_name=followup_wording(language)["law_name"],
               articles=joined([d.article_in(language) for d in facts.duties("answer_duty")], language),
               since=say(language, f"reminder.{since}"), days=days)


def paragraphs(kind: str, facts: FollowupFacts, language: str) -> list[str]:
    """The body of a reminder, a reply to an answer or a complaint, one string per paragraph;
    FollowupError if it cannot truthfully be made today."""
    if kind not in LETTERS:
        raise FollowupError(f"'{kind}' is not a letter of this kind; use one of: {', '.join(LETTERS)}")
    check(kind, facts, language)
    w = followup_wording(language)
    law = facts.law
    values = {
        "on_behalf": intro(facts, language), "letter_date": day_in(facts.letter_date, language),
        "requests": requests(facts, language), "arrival": arrival(facts, language, kind == "complaint"),
        "law_name": w["law_name"], "company": facts.company.name,
        "problem": (facts.problem or "").strip(), "status_sentence": status_sentence(facts, language),
    }
    if kind == "reminder":
        values["due_sentence"] = _due_sentence(facts, language)
    if kind == "incomplete":
        values["answered"] = say(language, f"incomplete.answered.{facts.answer}",
                                 day=day_in(facts.answered_on or facts.today, language))
        values["duties"] = _duties(facts, "refusal_notice", language)
        values["reasons_article"] = (law.reasons.article_ja if language == "ja" else None) \
            or law.reasons.article
        values["reasons"] = law.reasons.words.text(language).rstrip("。.")
    return [" ".join(text.format(**values).split()) if language != "ja" else text.format(**values).strip()
            for text in w[kind]["body"]]


def title(kind: str, language: str) -> str:
    return followup_wording(language)[kind]["title"]


def addressee_lines(facts: FollowupFacts, language: str, kind: str = "reminder") -> list[str]:
    """〒, address, company (or the accredited organisation), department 御中."""
    w = followup_wording(language)
    c = facts.organisation if kind == "complaint" and facts.organisation else facts.company
    lines = [f"〒{c.postal_code}"] if c.postal_code else []
    lines += list(c.address_lines) or ([w["address_to_fill_in"]] if c.address_unknown else [])
    suffix = c.honorific if language == "ja" else w["addressee_suffix"]
    if c.department:
        lines += [c.name, f"{c.department}　{suffix}".strip() if language == "ja" else c.department]
    else:
        lines.append(f"{c.name}　{suffix}".strip() if language == "ja" else c.name)
    return lines


def sender_lines(facts: FollowupFacts, language: str = "ja") -> list[str]:
    """〒, address, then who signs: the person; or the representative, after a line naming whom
    they act for, a lawyer with the title and the bar association."""
    w = followup_wording(language)
    s = facts.sender
    lines = ([f"〒{s.postal_code}"] if s.postal_code else []) + list(s.address_lines)
    if facts.person and facts.capacity:
        lines.append(w["sender_for"].format(person=facts.person,
                                            capacity=w["sender_capacities"][facts.capacity]))
    if facts.capacity == "lawyer":
        lines.append(w["lawyer_title"].format(name=s.name))
        if facts.registration_number:
            key = "lawyer_registration" if facts.bar_association else "lawyer_number"
            lines.append(w[key].format(bar=facts.bar_association, number=facts.registration_number))
        return lines
    return lines + [s.name]


def ppc_sheet(facts: FollowupFacts, language: str, phone: str, hours: str) -> dict:
    """The sheet for a call to the PPC consultation dial: what to have at hand and what to say,
    filled in from the case; what is not recorded is said to be so, never guessed."""
    law = facts.law
    sheet = followup_wording(language)["ppc_sheet"]
    blank = sheet["not_known"]

    def day(value) -> str:
        return day_in(value, language) if value else blank

    court_article = (law.prior_request.article_ja if language == "ja" else None) or law.prior_request.article
    proviso = (law.refused_no_wait.article_ja if language == "ja" else None) or law.refused_no_wait.article
    if not facts.court_kinds:
        two_weeks = sheet["two_weeks_none"]
    elif facts.answer == "refused":
        two_weeks = sheet["two_weeks_refused"].format(proviso=proviso)
    elif facts.art39 is None:
        two_weeks = sheet["two_weeks_unknown"]
    else:
        two_weeks = sheet["two_weeks"].format(end=day(facts.art39.two_weeks_end),
                                              suit=day(facts.art39.suit_from))
    due = day(facts.company_due)
    if facts.company_due and facts.due_estimated:
        due = sheet["due_estimated"].format(due=due)
    status = status_sentence(facts, language).strip()
    values = {
        "reference": facts.reference or blank, "requests": requests(facts, language),
        "company": facts.company.name + (f" {facts.company.department}" if facts.company.department else ""),
        "letter_date": day(facts.letter_date), "posted_on": day(facts.posted_on),
        "arrived_on": day(facts.arrived_on) if facts.arrived_on else
        (sheet["arrival_not_recorded"] if facts.posted_on else blank),
        "company_due": due, "two_weeks": two_weeks, "court_article": court_article,
        "phone": phone, "hours": hours, "status_sentence": status[:1].upper() + status[1:] + " ",
    }
    if language == "ja":
        values["status_sentence"] = values["status_sentence"].strip()
    return {"title": sheet["title"], "intro": sheet["intro"],
            "where": sheet["where"].format(**values), "have_heading": sheet["have_heading"],
            "have": [line.format(**values).strip() for line in sheet["have"]],
            "say_heading": sheet["say_heading"], "say": sheet["say"].format(**values),
            "not_advice": sheet["not_advice"]}
