"""The Art. 39 催告書 as a 行政書士 writes it for 内容証明: title, body, date, then the sender
(signed and sealed; a representative names whom they act for, a lawyer their title and bar
association) and the company at its Japanese address. And what a person needs to send it: three
copies, 一般書留 with 配達証明, and the cost, from the law data's dated fee table.
"""
from __future__ import annotations

from dataclasses import dataclass

from assistant.followup.availability import check
from assistant.followup.complaint import identify
from assistant.followup.facts import FollowupFacts
from assistant.followup.letters import addressee_lines, intro, requests, sender_lines
from assistant.followup.wording import day_in, followup_wording, joined
from assistant.law.japanese_dates import era_date

MAX_COPIES = 10  # the post office needs three; more is a typing slip, not a use


@dataclass(frozen=True)
class DemandText:
    """The 催告書: body paragraphs, and the closing block (date, sender, addressee) that is kept
    on one page; `seal_line` is the closing line after which the sender seals."""

    title: str
    paragraphs: tuple[str, ...]
    closing: tuple[str, ...]
    seal_line: int

    def body(self) -> str:
        # Each paragraph starts with a full-width space, as Japanese letters indent them.
        return "\n".join([self.title, "", *("\u3000" + p for p in self.paragraphs)])

    def text(self) -> str:
        """The whole as plain text, for e-内容証明's form."""
        return self.body() + "\n\n" + "\n".join(self.closing)


def demand(facts: FollowupFacts) -> DemandText:
    """The 催告書 for the case; FollowupError where it would not be true today (availability.py)."""
    check("demand", facts, "ja")
    w = followup_wording("ja")
    law = facts.law
    kinds = facts.court_kinds
    values = {
        "on_behalf": intro(facts, "ja"), "letter_date": day_in(facts.letter_date, "ja"),
        "requests": requests(facts, "ja", kinds), "arrived": day_in(facts.arrived_on, "ja"),  # type: ignore[arg-type]
        "weeks": (law.prior_request.days or 0) // 7, "law_name": w["law_name"],
        "identify": identify(facts, "ja", "demand"),
        # check() let it through: the period of Art. 39(1) has passed on this date.
        "period_article": law.prior_request_period.article_ja,
        # The suit rests on the right of the request's own article, never on Art. 39.
        "suit_articles": joined(list(dict.fromkeys(facts.article(k, "ja") for k in kinds)), "ja"),
    }
    paragraphs = tuple(text.format(**values).strip() for text in w["demand"]["body"])
    sender = sender_lines(facts, "ja", grid=True)
    closing = [era_date(facts.today), "", f"（{w['sender_heading']}）", *sender]
    seal_line = len(closing) - 1 if facts.capacity != "lawyer" else \
        len(closing) - 1 - (1 if facts.registration_number else 0)
    closing += ["", f"（{w['addressee_heading']}）", *addressee_lines(facts, "ja", "demand")]
    return DemandText(w["demand"]["title"], paragraphs, tuple(closing), seal_line)


def demand_text(facts: FollowupFacts) -> str:
    """The whole 催告書 as plain text in the order 内容証明 wants."""
    return demand(facts).text()


def proper_nouns(facts: FollowupFacts) -> tuple[str, ...]:
    """Names and addresses, where Japan Post allows Latin letters in 内容証明."""
    # The services and account numbers the request named: the company's own names for them.
    nouns = [facts.company.name, facts.sender.name, *facts.company.address_lines,
             *facts.sender.address_lines, facts.company.department, facts.person,
             facts.bar_association, *facts.services, *facts.account_ids]
    return tuple(n for n in nouns if n)


def sending_note(facts: FollowupFacts, pages: int) -> tuple[str, list[str]]:
    """The page that goes with the 催告書 (not into the envelope): copies, 一般書留 with
    配達証明, and the whole sending's cost from law.postal_fees, with its date."""
    fees = facts.law.postal_fees
    yen = fees.yen
    contents = yen["contents-certified"] + yen["contents-certified-sheet"] * (pages - 1)
    total = sending_cost(facts, pages)
    note = followup_wording("ja")["demand"]["sending"]

    def money(value: int) -> str:
        return f"{value:,}"

    effective = era_date(fees.effective)
    values = {"pages": pages, "total": money(total), "letter": money(yen["letter"]),
              "registered": money(yen["registered-mail"]), "contents": money(contents),
              "certificate": money(yen["delivery-certificate"]),
              "effective": effective[:effective.index("月") + 1]}  # 令和6年10月改定
    lines = [line.format(**values) for line in note["lines"]]
    # Compared with Japan Post's own table within the year, or said to be checked at the counter.
    lines.append(note["checked"].format(checked=era_date(fees.checked), **values)  # type: ignore[arg-type]
                 if fees.confirmed(facts.today) else note["stale"].format(**values))
    if facts.company.derived:
        lines.append(note["derived"])
    return note["title"], lines


def sending_cost(facts: FollowupFacts, pages: int) -> int:
    """The yen the whole sending costs (letter, 一般書留, 内容証明 for these pages, 配達証明)."""
    yen = facts.law.postal_fees.yen
    return (yen["letter"] + yen["registered-mail"] + yen["delivery-certificate"]
            + yen["contents-certified"] + yen["contents-certified-sheet"] * (pages - 1))
