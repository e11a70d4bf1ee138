"""Follow-up letters after a request: a polite reminder, the Art. 39 demand, and a reply to an
incomplete or refused answer — their text, from the case's facts and the wording in
forms/followup/<language>.yaml. Plain Python: the PDFs are drawn by render/followup_pdf.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from assistant.law.japanese_dates import era_date, letter_date_en, letter_date_ja
from assistant.io.paths import FORMS_DIR
from assistant.io.user_errors import UserError

FOLLOWUP_KINDS = ("reminder", "demand", "incomplete", "complaint")
STATUSES = ("no-answer", "refused", "partly-answered", "waiting")


class FollowupError(UserError, ValueError):
    """A follow-up that cannot be written for this case; the message says why and what instead."""


@dataclass(frozen=True)
class Party:
    """A name and a postal address, as they go on a letter."""

    name: str
    address_lines: tuple[str, ...]
    postal_code: str | None = None
    department: str | None = None


@dataclass(frozen=True)
class FollowupFacts:
    """What a follow-up letter is made from; filled in from the stored case and its events."""

    kinds: tuple[str, ...]  # request kinds, in the Act's order
    articles: dict[str, dict[str, str]]  # kind -> language -> article ("第33条第1項", "Art. 33(1)")
    company: Party
    sender: Party  # who signs: the person, or the representative acting for them
    letter_date: date  # the date on the original request
    today: date
    person: str | None = None  # the person's name when a representative writes
    capacity: str | None = None  # the representative's capacity (a key of the wording's capacities)
    arrived_on: date | None = None
    arrival_estimated: bool = False
    company_due: date | None = None
    answered_on: date | None = None
    problem: str | None = None  # what the answer lacks, in the person's words
    reference: str | None = None
    court_kinds: frozenset[str] = field(default_factory=frozenset)  # kinds Art. 39 covers
    court_day: date | None = None  # the day after the two weeks of Art. 39 end
    status: str = "no-answer"  # what the company has done: one of STATUSES
    organisation: Party | None = None  # the accredited organisation the company belongs to


@lru_cache(maxsize=None)
def followup_wording(language: str, forms_dir: Path = FORMS_DIR) -> dict:
    """The follow-up wording for one language (forms/followup/<language>.yaml)."""
    from assistant.io.own_yaml import read_own_yaml  # here: the CLI names FollowupError on every start

    return read_own_yaml(forms_dir / "followup" / f"{language}.yaml")


def _date(day: date, language: str) -> str:
    return era_date(day) if language == "ja" else letter_date_en(day)


def _join(items: list[str], w: dict) -> str:
    if len(items) < 2:
        return "".join(items)
    return w["list_comma"].join(items[:-1]) + w["list_and"] + items[-1]


def _requests(facts: FollowupFacts, w: dict, language: str, kinds: tuple[str, ...]) -> str:
    subject = w["subject_other"] if facts.person else w["subject_self"]
    items = []
    for index, kind in enumerate(kinds):
        items.append(w["request_item"].format(
            law=w["law_name"] if index == 0 else w["law_again"],
            article=facts.articles[kind][language],
            name=w["request_names"][kind].format(subject=subject)))
    return _join(items, w)


def _intro(facts: FollowupFacts, w: dict) -> str:
    if facts.person and facts.capacity:
        return w["on_behalf"].format(person=facts.person, capacity=w["capacities"][facts.capacity])
    return w["self_intro"]


def paragraphs(kind: str, facts: FollowupFacts, language: str) -> list[str]:
    """The body of a follow-up letter, one string per paragraph."""
    if kind not in FOLLOWUP_KINDS:
        raise FollowupError(f"unknown follow-up '{kind}'; use one of: {', '.join(FOLLOWUP_KINDS)}")
    w = followup_wording(language)
    kinds = facts.kinds
    if kind == "demand":
        if language != "ja":
            raise FollowupError("the Art. 39 demand goes as 内容証明, which Japan Post accepts in "
                                "Japanese only; choose Japanese")
        kinds = tuple(k for k in facts.kinds if k in facts.court_kinds)
        if not kinds:
            raise FollowupError("APPI Art. 39 (a lawsuit after two weeks) does not cover a request "
                                "for notification of the purpose of use; send a reminder, or call "
                                "the PPC consultation dial")
        if facts.arrived_on is None:
            raise FollowupError("the demand counts two weeks from the day the request arrived; "
                                "record the delivery date first (cases delivered)")
    if kind == "complaint" and facts.organisation is None:
        raise FollowupError("the company's record names no accredited personal information "
                            "protection organisation; call the PPC consultation dial instead "
                            "(the escalation sheet)")
    if kind == "incomplete" and not (facts.problem or "").strip():
        raise FollowupError("say what the answer lacks (what was not disclosed, or that no reason "
                            "was given); it goes into the letter")
    arrived = ""
    if facts.arrived_on is not None:
        key = ("arrived_third_party" if kind == "complaint" else
               "arrived_estimated" if facts.arrival_estimated else "arrived")
        arrived = w[key].format(day=_date(facts.arrived_on, language))
    section = w[kind]
    due_sentence = ""
    if kind == "reminder":
        due_sentence = (section["due_known"].format(due=_date(facts.company_due, language))
                        if facts.company_due else section["due_unknown"])
    answered = ""
    if kind == "incomplete":
        answered = (section["answered"].format(day=_date(facts.answered_on, language))
                    if facts.answered_on else section["answered_undated"])
    values = {
        "on_behalf": _intro(facts, w), "letter_date": _date(facts.letter_date, language),
        "requests": _requests(facts, w, language, kinds), "arrived": arrived,
        "law_name": w["law_name"], "due_sentence": due_sentence, "answered": answered,
        "problem": (facts.problem or "").strip(), "company": facts.company.name,
        "status_sentence": status_sentence(facts, language),
    }
    return [text.format(**values).strip() for text in section["body"]]


def status_sentence(facts: FollowupFacts, language: str) -> str:
    """One sentence on what the company has done so far."""
    if facts.status not in STATUSES:
        raise FollowupError(f"unknown status '{facts.status}'; use one of: {', '.join(STATUSES)}")
    return followup_wording(language)["status"][facts.status]


def title(kind: str, language: str) -> str:
    return followup_wording(language)[kind]["title"]


def addressee_lines(facts: FollowupFacts, language: str, kind: str = "reminder") -> list[str]:
    """〒, address, company (or the accredited organisation), department 御中."""
    w = followup_wording(language)
    c = facts.organisation if kind == "complaint" and facts.organisation else facts.company
    lines = [f"〒{c.postal_code}"] if c.postal_code else []
    lines += list(c.address_lines)
    suffix = w["addressee_suffix"]
    if c.department:
        lines += [c.name, f"{c.department}　{suffix}".strip() if language == "ja"
                  else c.department]
    else:
        lines.append(f"{c.name}　{suffix}".strip() if language == "ja" else c.name)
    return lines


def sender_lines(facts: FollowupFacts) -> list[str]:
    s = facts.sender
    lines = [f"〒{s.postal_code}"] if s.postal_code else []
    return lines + list(s.address_lines) + [s.name]


def demand_text(facts: FollowupFacts) -> str:
    """The whole 催告書 as plain text in the order 内容証明 wants: title, body, date, sender,
    addressee. Paste it into e-内容証明's Word form, or lay it out on the grid."""
    w = followup_wording("ja")
    parts = [w["demand"]["title"], ""]
    # Each paragraph starts with a full-width space, as Japanese letters indent them.
    parts += ["\u3000" + text for text in paragraphs("demand", facts, "ja")]
    parts += ["", era_date(facts.today), "", f"（{w['sender_heading']}）", *sender_lines(facts),
              "", f"（{w['addressee_heading']}）", *addressee_lines(facts, "ja")]
    return "\n".join(parts)


def proper_nouns(facts: FollowupFacts) -> tuple[str, ...]:
    """Names and addresses, where Japan Post allows Latin letters in 内容証明."""
    nouns = [facts.company.name, facts.sender.name, *facts.company.address_lines,
             *facts.sender.address_lines]
    if facts.company.department:
        nouns.append(facts.company.department)
    if facts.person:
        nouns.append(facts.person)
    return tuple(n for n in nouns if n)


def letter_date(day: date, language: str) -> str:
    return letter_date_ja(day) if language == "ja" else letter_date_en(day)


def ppc_sheet(facts: FollowupFacts, language: str, phone: str, hours: str) -> dict:
    """The escalation sheet for a call to the PPC consultation dial: what to have at hand and
    what to say, filled in from the case (a blank where something is not recorded)."""
    w = followup_wording(language)
    sheet = w["ppc_sheet"]
    blank = sheet["not_known"]

    def day(value: date | None) -> str:
        return _date(value, language) if value else blank

    status = status_sentence(facts, language)
    values = {
        "reference": facts.reference or blank,
        "company": facts.company.name + (f" {facts.company.department}" if facts.company.department else ""),
        "requests": _requests(facts, w, language, facts.kinds), "letter_date": day(facts.letter_date),
        "arrived_on": day(facts.arrived_on), "company_due": day(facts.company_due),
        "court_day": day(facts.court_day), "phone": phone, "hours": hours,
        "status_sentence": status[:1].upper() + status[1:],
    }
    return {"title": sheet["title"], "intro": sheet["intro"],
            "where": sheet["where"].format(**values), "have_heading": sheet["have_heading"],
            "have": [line.format(**values) for line in sheet["have"]],
            "say_heading": sheet["say_heading"], "say": sheet["say"].format(**values),
            "not_advice": sheet["not_advice"]}
