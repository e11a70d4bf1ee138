"""Follow-up letters after a request: a polite reminder, a reply to an incomplete or refused
answer, a complaint to the accredited organisation, and the sheet for calling the PPC — their
text, from the case's recorded facts, the law data's articles and the wording in
forms/followup/<language>.yaml. Each is checked first (availability.py): nothing is written that
is not true on its date. The Art. 39 demand is in demand.py; the PDFs in render/followup_pdf.py.
"""
from __future__ import annotations

import re

from assistant.followup.availability import check
from assistant.followup.facts import FollowupFacts, Party
from assistant.law.wording import compact_name, letter_wording
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
    """The opening words: the person's own, or a representative's (a lawyer's 「当職は、」 as in
    the request letter), naming the person as one word (佐藤花子)."""
    w = followup_wording(language)
    if facts.person and facts.capacity:
        sentence = w.get("on_behalf_by", {}).get(facts.capacity) or w["on_behalf"]
        return sentence.format(person=compact_name(facts.person), capacity=w["capacities"][facts.capacity])
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


def _stated_limit(facts: FollowupFacts, language: str) -> str:
    """'記入済みの請求書と本人確認書類が届いた日から14営業日以内に回答する': the policy's limit."""
    limit = facts.company_limit
    if limit is None:  # a due date without the record's limit (facts made by hand)
        return say(language, "reminder.limit_unknown")
    unit = say(language, f"reminder.units.{'business' if limit.business else 'calendar'}")
    start = limit.start.get(language)
    return say(language, "reminder.limit" if start else "reminder.limit_no_start",
               start=start, days=limit.days, unit=unit)


def _articles_of(kind_law, language: str) -> str:
    """The answer and the refusal notice of one kind: '第33条第2項及び第3項'."""
    first, second = kind_law.answer_duty.article_in(language), kind_law.refusal_notice.article_in(language)
    if first == second:
        return first
    head, tail = re.match(r"(.*?)(第\d+項)$", first), re.match(r"(.*?)(第\d+項)$", second)
    if language == "ja" and head and tail and head[1] == tail[1]:
        second = tail[2]  # 第33条第2項及び第3項: the article is not said twice
    return say(language, "reminder.articles_and", first=first, second=second)


def _elapsed(facts: FollowupFacts, language: str) -> str:
    """The whole days since arrival (or posting), the first not counted, as weeks where they are:
    '2週間' on the 14th day after, '2週間余り' after it — never more than has passed."""
    counted_from = facts.arrived_on or facts.posted_on
    days = (facts.today - counted_from).days - 1  # type: ignore[operator]
    if days < 7:
        return say(language, "reminder.days", days=days)
    return say(language, "reminder.weeks" if days % 7 == 0 else "reminder.weeks_more", weeks=days // 7)


def _due_sentence(facts: FollowupFacts, language: str) -> str:
    w = followup_wording(language)
    if facts.company_due is not None:
        section = f"reminder.{'due_estimated' if facts.due_estimated else 'due_known'}"
        return say(language, section, due=day_in(facts.company_due, language),
                   limit=_stated_limit(facts, language))
    # No limit in the policy (check() let the reminder go: the posting is recorded): the Act's
    # duty to answer or to say it will not, without delay, with its articles from the law data.
    duties: dict[str, str] = {}
    for kind in facts.kinds:
        article = _articles_of(facts.law.request_kinds[kind], language)  # type: ignore[index]
        duties.setdefault(article, w["reminder"]["duties"][kind])
    parts = [say(language, "reminder.no_limit_duty", law_name=w["law_name"], words=words,
                 article=article if index == 0 or language != "ja" else w["law_again"] + article)
             for index, (article, words) in enumerate(duties.items())]
    since = "since_arrival" if facts.arrived_on else "since_posting"
    return say(language, "reminder.no_limit", law_name=w["law_name"],
               duties=("、" if language == "ja" else "; ").join(parts),
               since=say(language, f"reminder.{since}"), elapsed=_elapsed(facts, language))


def reference_line(facts: FollowupFacts, language: str) -> str:
    """'当方整理番号：…': the reference printed on the request letter, as every follow-up cites it."""
    return say(language, "reference", reference=facts.reference) if facts.reference else ""


def _points(problem: str, language: str) -> str:
    """What the answer lacks, one numbered point per line the person wrote."""
    lines = [line.strip() for line in problem.splitlines() if line.strip()]
    return "\n".join(say(language, "incomplete.point", number=n, text=line)
                     for n, line in enumerate(lines, 1))


def _incomplete_closing(facts: FollowupFacts, language: str) -> str:
    """After a refusal or a partial answer to a request whose refusal the Act limits to listed
    grounds (disclosure: the items of Art. 33(2)), ask which item applies; else ask for reasons."""
    items = [facts.law.request_kinds[k].refusal_items for k in facts.kinds]  # type: ignore[index]
    items = list(dict.fromkeys(i.article_in(language) for i in items if i is not None))
    if facts.answer in ("refused", "partly-answered") and items:
        return say(language, "incomplete.closing_items", items=joined(items, language))
    return say(language, "incomplete.closing")


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
        values["problem"] = _points(values["problem"], language)
        values["closing"] = _incomplete_closing(facts, language)
    # A text of several lines (the numbered points of a reply) is a paragraph per line.
    texts = [line for text in w[kind]["body"] for line in text.format(**values).splitlines()]
    return [" ".join(text.split()) if language != "ja" else text.strip() for text in texts if text.strip()]


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
        # 「ご担当者様」: 様 follows a desk named by its function directly; 御中 after a space.
        gap = "" if suffix == "様" else "　"
        lines += [c.name, f"{c.department}{gap}{suffix}".strip() if language == "ja" else c.department]
    else:
        lines.append(f"{c.name}　{suffix}".strip() if language == "ja" else c.name)
    return lines


def sender_lines(facts: FollowupFacts, language: str = "ja", grid: bool = False) -> list[str]:
    """〒, address, then who signs: the person; or the representative in one line as the request
    letter signs (佐藤花子 代理人弁護士　田中 誠（第二東京弁護士会所属）). On the 内容証明 grid
    (`grid`), a line naming whom they act for, then the name alone with room for the seal after
    it, a lawyer with the title, then the bar association."""
    w = followup_wording(language)
    s = facts.sender
    lines = ([f"〒{s.postal_code}"] if s.postal_code else []) + list(s.address_lines)
    if facts.person and facts.capacity and not grid:
        return lines + [letter_wording(language).signed_as(
            facts.person, facts.capacity, s.name, facts.bar_association)]  # type: ignore[arg-type]
    if facts.person and facts.capacity:
        lines.append(w["sender_for"].format(person=compact_name(facts.person),
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
    key = facts.answer or "no-answer"
    when = {"day": day_in(facts.answered_on or facts.today, language), "today": day_in(facts.today, language)}
    values = {
        "reference": facts.reference or blank, "requests": requests(facts, language),
        "company": facts.company.name + (f" {facts.company.department}" if facts.company.department else ""),
        "letter_date": day(facts.letter_date), "posted_on": day(facts.posted_on),
        "arrived_on": day(facts.arrived_on) if facts.arrived_on else
        (sheet["arrival_not_recorded"] if facts.posted_on else blank),
        "company_due": due, "two_weeks": two_weeks, "court_article": court_article,
        "phone": phone, "hours": hours, "company_name": facts.company.name,
        "memo_status": sheet["memo_status"][key].format(**when),
        "said_status": sheet["said_status"][key].format(**when),
    }
    return {"title": sheet["title"], "intro": sheet["intro"],
            "where": sheet["where"].format(**values), "have_heading": sheet["have_heading"],
            "have": [line.format(**values).strip() for line in sheet["have"]],
            "say_heading": sheet["say_heading"], "say": sheet["say"].format(**values),
            "not_advice": sheet["not_advice"]}
