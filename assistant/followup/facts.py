"""What a follow-up letter is made from: the recorded facts of a case, and the law data.

Dates are as recorded: `arrived_on` is set only from a delivery record, never from an estimate;
where only the posting is recorded, the company's limit is counted from the expected arrival and
`due_estimated` says so. The Art. 39 dates come from Law.art39 alone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.law.deadlines import Art39
    from assistant.law.model import Law

ANSWERS = ("answered", "partly-answered", "refused")


@dataclass(frozen=True)
class Party:
    """A name and a postal address, as they go on a letter."""

    name: str
    address_lines: tuple[str, ...]
    postal_code: str | None = None
    department: str | None = None
    in_japanese: bool = True  # the address is written in Japanese (内容証明 needs it)
    honorific: str = "御中"  # after the department (様 for a desk addressed by its function)
    derived: bool = False  # the Japanese address was made from Japan Post's data: to be checked
    address_unknown: bool = False  # no address the letter can print: it leaves a line to write it on
    address_incomplete: bool = False  # the record says the address lacks the building or floor
    phone: str | None = None  # a sender's, for the organisation's questions (complaint)
    email: str | None = None


@dataclass(frozen=True)
class StatedLimit:
    """The company's time limit as its policy states it: so many (business) days from a point
    it names — `start` per language where the program knows that point's name, else empty."""

    days: int
    business: bool
    start: dict[str, str]


@dataclass(frozen=True)
class FollowupFacts:
    """A case's recorded facts, as the follow-ups state them."""

    kinds: tuple[str, ...]  # request kinds, in the Act's order
    company: Party
    sender: Party  # who signs: the person, or the representative acting for them
    letter_date: date  # the date on the request letter
    today: date
    law: "Law"
    person: str | None = None  # the person's name when a representative writes
    capacity: str | None = None  # the representative's capacity (a key of the wording's capacities)
    registration_number: str | None = None  # a lawyer's
    bar_association: str | None = None  # a lawyer's
    posted_on: date | None = None
    arrived_on: date | None = None  # only from a delivery record
    company_due: date | None = None  # the company's own limit, where its policy names one
    due_estimated: bool = False  # company_due counted from an expected arrival
    answer: str | None = None  # the last answer recorded: one of ANSWERS
    answered_on: date | None = None
    problem: str | None = None  # what the answer lacks, in the person's words
    reference: str | None = None
    organisation: Party | None = None  # the accredited organisation the company's policy names
    services: tuple[str, ...] = ()  # as the request letter named them, to identify the request
    account_ids: tuple[str, ...] = ()
    # The company's time limit as its policy states it, per language ("記入済みの請求書と本人確認
    # 書類が届いた日から14営業日以内"), where the record has one.
    company_limit: "StatedLimit | None" = None
    reminded_on: date | None = None  # the last reminder made (the 催告書 waits after it)
    demanded_on: date | None = None  # the last 催告書 made (made only: its posting is not recorded)

    @property
    def court_kinds(self) -> tuple[str, ...]:
        """The kinds Art. 39's two weeks before a suit apply to."""
        return tuple(k for k in self.kinds if self.law.court_after(k) is not None)  # type: ignore[arg-type]

    @property
    def art39(self) -> "Art39 | None":
        """The Art. 39 dates, from the recorded arrival only."""
        return self.law.art39(self.arrived_on) if self.arrived_on else None

    def article(self, kind: str, language: str) -> str:
        """The article a kind of request rests on, as this language cites it."""
        law = self.law.request_kinds[kind]  # type: ignore[index]
        return law.article_ja if language == "ja" else law.article

    def duties(self, which: str, kinds: tuple[str, ...] | None = None) -> list:
        """The Act's duties for the kinds ('answer_duty' or 'refusal_notice'), one per article."""
        found: dict[str, object] = {}
        for kind in kinds or self.kinds:
            duty = getattr(self.law.request_kinds[kind], which)  # type: ignore[index]
            found.setdefault(duty.article, duty)
        return list(found.values())
