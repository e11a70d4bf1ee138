"""When each follow-up may be made, so that it says only what is true on its date.

- reminder: once the company's own time limit has passed (the day after it); where the policy
  names none, general practice: once law.yaml's reminder_without_limit days have passed since
  arrival (the Act's "without delay", with its articles, is what the letter cites);
- demand: once the two weeks of Art. 39 have passed since the recorded arrival (Law.art39), in
  Japanese, for the kinds Art. 39 covers, never after a recorded answer (after a refusal the
  person is pointed to the reply, the PPC dial and the court: Art. 39(1) proviso), and only to
  a Japanese address; within law.yaml's demand_after_reminder days of a reminder made it is
  still made (the law allows it), with general practice's advice to wait (advice());
- incomplete: after an answer is recorded; complaint: after a refusal or a partial answer, or when
  a reminder would be due; ppc-sheet: at any time.
A refusal says why, and from which day the follow-up becomes available.
"""
from __future__ import annotations

from datetime import date, timedelta

from assistant.followup.facts import FollowupFacts
from assistant.followup.wording import FollowupError, joined, message_day, say
from assistant.law.deadlines import estimated_arrival

KINDS = ("reminder", "demand", "incomplete", "complaint", "ppc-sheet")


def check(kind: str, facts: FollowupFacts, language: str = "en") -> None:
    """Raise FollowupError, worded in this language, unless this follow-up may be made today."""
    if kind not in KINDS:
        raise FollowupError(f"unknown follow-up '{kind}'; use one of: {', '.join(KINDS)}")
    found = {"reminder": _reminder, "demand": _demand, "incomplete": _incomplete,
             "complaint": _complaint}.get(kind, lambda _f: None)(facts)
    if found is not None:
        key, values = found
        shown = {k: _shown(v, language) for k, v in values.items()}
        if "how" in values:
            shown["how"] = say(language, f"unavailable.how.{values['how']}")
        raise FollowupError(say(language, f"unavailable.{key}",
                                name=say(language, f"unavailable.names.{kind}"), **shown))


def advice(kind: str, facts: FollowupFacts, language: str = "en") -> str | None:
    """General practice to weigh before making this follow-up today, labelled so; never a
    refusal, as the law allows the follow-up: a demand within law.yaml's demand_after_reminder
    days of a reminder made (so that the two do not cross)."""
    if kind != "demand" or facts.reminded_on is None:
        return None
    days = facts.law.demand_after_reminder.days or 0
    wait_until = facts.reminded_on + timedelta(days=days)
    if facts.today >= wait_until:
        return None
    return say(language, "advice.demand_after_reminder", reminded=message_day(facts.reminded_on, language),
               days=days, from_day=message_day(wait_until, language))


def _shown(value: object, language: str) -> object:
    """A date, an article of the law data, or a list of duties, as this language writes it."""
    if isinstance(value, date):
        return message_day(value, language)
    if isinstance(value, list):  # the Act's duties: their articles
        return joined([duty.article_in(language) for duty in value], language)
    if hasattr(value, "article_ja"):  # a LawText
        return (value.article_ja if language == "ja" else None) or value.article  # type: ignore[attr-defined]
    return value


Found = tuple[str, dict] | None


def reminder_from(facts: FollowupFacts) -> tuple[date, bool] | None:
    """The first day a reminder may go, and whether it rests on the company's own limit (else on
    general practice); None before the posting is recorded."""
    if facts.company_due is not None:
        return facts.company_due + timedelta(days=1), True
    arrival = facts.arrived_on or (estimated_arrival(facts.posted_on) if facts.posted_on else None)
    if arrival is None:
        return None
    days = facts.law.reminder_without_limit.days or 0
    return arrival + timedelta(days=days + 1), False


def _answered(facts: FollowupFacts) -> Found:
    if facts.answer is not None:
        return "answered", {"day": facts.answered_on or facts.today, "how": facts.answer}
    return None


def _reminder(facts: FollowupFacts) -> Found:
    if facts.posted_on is None:
        return "not_posted", {}
    answered = _answered(facts)
    if answered:
        return answered
    start, own_limit = reminder_from(facts)  # type: ignore[misc]
    if facts.today >= start:
        return None
    if own_limit:
        if facts.due_estimated:
            return "reminder_early_estimated", {"due": facts.company_due, "from_day": start,
                                                "arrival": estimated_arrival(facts.posted_on)}
        return "reminder_early", {"due": facts.company_due, "from_day": start}
    return "reminder_early_no_limit", {"from_day": start, "days": facts.law.reminder_without_limit.days,
                                       "articles": facts.duties("answer_duty")}


def _demand(facts: FollowupFacts) -> Found:
    law = facts.law
    if not facts.court_kinds:
        return "demand_kind", {}
    if facts.answer == "refused":
        return "demand_refused", {"day": facts.answered_on or facts.today,
                                  "proviso": law.refused_no_wait}
    if facts.answer is not None:
        return "demand_answered", {"day": facts.answered_on or facts.today}
    if facts.posted_on is None:
        return "not_posted", {}
    dates = facts.art39
    if dates is None:
        return "demand_not_delivered", {}
    if facts.today < dates.suit_from:
        return "demand_early", {"arrived": dates.arrived, "end": dates.two_weeks_end,
                                "from_day": dates.suit_from,
                                "counting": law.two_weeks_counting}
    if not facts.company.in_japanese:
        return "demand_no_japanese_address", {"company": facts.company.name}
    return None


def _incomplete(facts: FollowupFacts) -> Found:
    if facts.answer is None:
        return "incomplete_no_answer", {}
    if not (facts.problem or "").strip():
        return "incomplete_problem", {}
    return None


def _complaint(facts: FollowupFacts) -> Found:
    if facts.organisation is None:
        return "complaint_no_organisation", {}
    if facts.posted_on is None:
        return "not_posted", {}
    if facts.answer == "answered":
        return "complaint_answered", {"day": facts.answered_on or facts.today}
    if facts.answer is not None:
        return None
    start = reminder_from(facts)
    if start is not None and facts.today < start[0]:
        return "complaint_early", {"from_day": start[0]}
    return None
