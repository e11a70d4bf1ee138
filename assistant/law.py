"""The law's side, as data: articles per request kind, rules that hold for every company,
complaint routes, and the words shown for each value. Models only; reference.py loads them."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from .model import (
    CHANNELS, CONDITIONS, DOCUMENT_KINDS, REQUEST_KINDS, REQUESTER_KINDS, RESPONSE_METHODS,
    Fact, Record, RequestKind,
)


class KindLaw(Fact):
    envelope_marking: str  # written in red on the envelope: what it holds
    article: str
    article_ja: str
    fee_allowed: bool
    court_after_two_weeks: bool


class Ground(Record):
    kinds: tuple[RequestKind, ...]
    article: str
    en: str
    ja: str


class LawText(Fact):
    text: str
    article: str | None = None
    days: int | None = None


class Rule(Fact):
    id: str
    source: Literal["law", "general"]
    when: str = Field(description="envelope, mail, or document:<kind>")
    en: str
    ja: str


class Route(Fact):
    name: str
    name_ja: str
    phone: str
    hours: str
    note: str


class YearEndBreak(Record):
    start: str  # MM-DD
    end: str
    note: str


class Law(Record):
    source: str
    request_kinds: dict[RequestKind, KindLaw]
    suspension_grounds: dict[str, Ground]
    suspension_grounds_quote: str
    fees: LawText
    prior_request: LawText
    unlisted_kind: LawText
    designate_method: LawText
    rules: tuple[Rule, ...]
    general_documents: LawText
    complaint_routes: tuple[Route, ...]
    year_end_break: YearEndBreak

    def grounds_for(self, kind: RequestKind) -> dict[str, Ground]:
        """The Art. 35 grounds a request of this kind may rely on."""
        return {key: g for key, g in self.suspension_grounds.items() if kind in g.kinds}


class Label(Record):
    en: str
    ja: str
    explain: str | None = None

    def text(self, language: Literal["en", "ja"]) -> str:
        return self.ja if language == "ja" else self.en


class Labels(Record):
    """Words for every vocabulary value, in English and Japanese."""

    request_kinds: dict[str, Label]
    requester_kinds: dict[str, Label]
    documents: dict[str, Label]
    conditions: dict[str, Label]
    channels: dict[str, Label]
    response_methods: dict[str, Label]
    whose: dict[str, Label]

    def missing(self) -> list[str]:
        """Vocabulary values that have no label (a test keeps this empty)."""
        wanted = {
            "request_kinds": REQUEST_KINDS, "requester_kinds": REQUESTER_KINDS,
            "documents": DOCUMENT_KINDS, "conditions": CONDITIONS, "channels": CHANNELS,
            "response_methods": RESPONSE_METHODS, "whose": ("person", "representative"),
        }
        return [f"{group}.{value}" for group, values in wanted.items()
                for value in values if value not in getattr(self, group)]
