"""What every section builder reads (the record, the law, the labels, the options) and what they
report beside their own section (facts the policy leaves open, legal notes)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from assistant.law.model import KindLaw, Labels, Law
from assistant.law.localized import Localized
from assistant.records.model import (
    Address, Channels, Company, Contact, RefusalGround, RequestKind, RequesterKind, is_known,
)
from assistant.checklist.tree import Node, Unknown


@dataclass(frozen=True)
class Options:
    """What the user tells us beyond company and kinds."""

    sent_on: date | None = None
    arrived_on: date | None = None  # from the delivery record, when known


@dataclass
class Context:
    """One build: the inputs, and what the sections found for the closing sections."""

    company: Company
    kind: RequestKind
    requester: RequesterKind
    options: Options
    law: Law
    labels: Labels
    unknowns: list[Unknown] = field(default_factory=list)
    legal: list[Node] = field(default_factory=list)  # legal notes, in the order found

    @property
    def kind_law(self) -> KindLaw:
        return self.law.request_kinds[self.kind]

    def applies(self, kinds: object) -> bool:
        """Whether a record entry's kinds ("all" or a list) cover this request."""
        return kinds == "all" or self.kind in kinds  # type: ignore[operator]

    @property
    def by_post(self) -> bool:
        """Whether the request goes by post (so an envelope, postage, proof of posting): yes
        unless the policy names only other ways (an online form, a counter); a policy that
        names none is assumed to take post, the way this program's letter goes."""
        channels = self.company.channels
        return not isinstance(channels, Channels) or \
            bool(set(channels.accepted) & set(self.law.postal_channels))

    def concerns(self, ground: RefusalGround) -> bool:
        """Whether a refusal ground concerns this request and this requester (a check on the
        authorisation's seal is not shown to the person asking for themselves)."""
        return self.applies(ground.kinds) and (ground.requesters == "all"
                                               or self.requester in ground.requesters)

    def ask_where(self) -> tuple[str, ...]:
        """How to ask the company about something its policy leaves open."""
        ways: list[str] = []
        inquiries, send_to = self.company.inquiries, self.company.send_to
        if isinstance(inquiries, Contact):
            ways += [f"{how}: {where}" for how, where in inquiries.ways_to_ask()]
            if not ways and is_known(inquiries.department):
                ways.append(f"ask {inquiries.department}")
        if isinstance(send_to, Address) and not ways:
            ways.append("post: " + ", ".join(send_to.lines))
        if not ways and self.law_only:
            ways.append("ask the company's general inquiry desk (see its website), or write to "
                        "the address you entered")
        return tuple(ways) or ("the policy names no contact; ask the company's general inquiry desk",)

    @property
    def law_only(self) -> bool:
        """No record of this company: every line must come from the law or general practice."""
        return self.company.quality == "law-only"

    def unknown(self, what: str) -> None:
        """Note a fact the policy does not state (once, however often it is found)."""
        if all(u.text.text("en") != what for u in self.unknowns):
            self.unknowns.append(Unknown(text=Localized(en=what), source="general-practice",
                                         ask=self.ask_where()))

    def rules_for(self, when: str, item: type[Node], skip: Iterable[str] = ()) -> list[Node]:
        """The general rules for this situation as items, except those whose ids are in skip."""
        marking = self.kind_law.envelope_marking
        return [item(text=Localized(en=r.en.format(marking=marking), ja=r.ja.format(marking=marking)),
                     source=r.source, quotes=r.quote, article=r.article)
                for r in self.law.rules if r.when == when and r.id not in skip]


def long_date(day: date) -> str:
    """'Thursday 14 May 2026 (2026-05-14)': unambiguous read aloud and on paper."""
    return f"{day:%A} {day.day} {day:%B %Y} ({day.isoformat()})"


def sentence(text: str) -> str:
    """End with a full stop, unless the text ends in a web or e-mail address (copied as is)."""
    last = text.rsplit(" ", 1)[-1]
    return text if text.endswith(".") or "://" in last or "@" in last else text + "."


def yen(amount: int) -> str:
    return f"{amount:,} yen"
