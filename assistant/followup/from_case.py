"""A tracked case's recorded facts as a follow-up states them (facts.py): the request as last
made, the company's address in Japanese where the record has one, who signs, and the dates the
timeline holds with its corrections applied — an arrival only from a delivery record."""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Sequence

from assistant.case.timeline import effective, last_of
from assistant.followup.facts import ANSWERS, FollowupFacts, Party, StatedLimit

if TYPE_CHECKING:
    from assistant.case.request import RequestCase
    from assistant.case.rows import CaseSummary, Event
    from assistant.checklist.tree import Envelope
    from assistant.law.model import Law
    from assistant.records.model import Company

LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
JAPANESE = re.compile(r"[\u3040-\u9fff]")


def _company(company: "Company", envelope: "Envelope | None") -> Party:
    """The company as every Japanese document addresses it (the checklist's envelope, made by
    law/addressee.py): its Japanese address (the record's, or derived from Japan Post's data and
    marked so), and a department only in Japanese (or the desk's function), with 御中 or 様."""
    name = company.name_ja or company.name
    if envelope is None:
        return Party(name, (), None, None, in_japanese=False)
    lines = tuple(envelope.address_lines_ja or envelope.address_lines)
    department = envelope.department_ja or envelope.department
    if department and LATIN.search(department):
        department = None
    # A 内容証明 goes to an address written in Japanese: its first line (prefecture, city) is.
    in_japanese = bool(lines) and JAPANESE.search(lines[0]) is not None
    return Party(envelope.company or name, lines, envelope.postal_code, department, in_japanese,
                 envelope.honorific if department else "御中", envelope.derived)


def _organisation(company: "Company") -> Party | None:
    """The accredited organisation as a Japanese letter addresses it: its Japanese name and desk
    where the record has them; an address only in Japanese (one in Latin letters is not how a
    Japanese letter is addressed), else none, and the letter leaves a line to write it on."""
    for body in company.complaints:
        if body.role == "accredited-organisation":
            known = lambda value: value if value and value != "unknown" else None  # noqa: E731
            address = known(body.address_ja) or (known(body.address) if not LATIN.search(
                body.address or "") else None)
            department = body.department_ja or (body.department if body.department and not
                                                LATIN.search(body.department) else None)
            return Party(body.name_ja or body.name, (address,) if address else (),
                         known(body.postal_code), department, address_unknown=not address,
                         address_incomplete=bool(address and body.address_ja_incomplete))
    return None


def _stated_limit(company: "Company") -> StatedLimit | None:
    """The company's time limit as its policy states it; the point it counts from named in each
    language only where the checklist's wording knows that phrase (never a guess)."""
    from assistant.law.reference import load_checklist_words

    limit = getattr(company.response, "time_limit", None)
    days = getattr(limit, "business_days", None) or getattr(limit, "calendar_days", None)
    if not days:
        return None
    words = load_checklist_words()
    key = f"known.counted_from.{limit.counted_from.strip().lower()}"  # type: ignore[union-attr]
    start = {"en": limit.counted_from}  # type: ignore[union-attr]
    start.update({lang: said for lang in ("ja",) if (said := words.known(lang, key))})
    return StatedLimit(days, bool(limit.business_days), start)  # type: ignore[union-attr]


def case_facts(case: "RequestCase", company: "Company", envelope: "Envelope | None",
               summary: "CaseSummary", events: Sequence["Event"], law: "Law", today: date,
               problem: str | None = None) -> FollowupFacts:
    """What a follow-up of this case may say on `today`."""
    details = case.details
    if details is None:
        raise ValueError("the stored case has no details")
    rep = details.representative
    who = rep or details.requester
    timeline = effective(events)
    made_days = lambda kind: [e.day for e in timeline if e.kind == "followup-made"  # noqa: E731
                              and e.data.get("kind") == kind and e.day]
    posted = last_of(timeline, "posted")
    delivered = last_of(timeline, "delivered")
    answer = last_of(timeline, *ANSWERS)
    made = last_of(timeline, "letter-made")
    dues = {d.what: d.day for d in summary.dues}
    return FollowupFacts(
        kinds=case.kinds, company=_company(company, envelope),
        sender=Party(who.full_name, (who.address,), who.postal_code,
                     phone=getattr(who, "phone", None), email=getattr(who, "email", None)),
        letter_date=case.options.letter_date or (made.day if made and made.day else
                                                 summary.created_at.date()),
        today=today, law=law, person=details.requester.full_name if rep else None,
        capacity=rep.capacity if rep else None,
        registration_number=rep.registration_number if rep else None,
        bar_association=rep.bar_association if rep else None,
        posted_on=posted.day if posted else None,
        arrived_on=delivered.day if delivered else None,
        company_due=dues.get("company-limit") if posted else None,
        due_estimated=delivered is None and "company-limit" in dues,
        answer=answer.kind if answer else None, answered_on=answer.day if answer else None,
        problem=problem, reference=summary.reference, organisation=_organisation(company),
        services=tuple(details.request.services), account_ids=tuple(details.request.account_ids),
        company_limit=_stated_limit(company), reminded_on=max(made_days("reminder"), default=None),
        demanded_on=max(made_days("demand"), default=None))
