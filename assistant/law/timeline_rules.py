"""The law data's rules for what comes after sending, as models: what the Act asks of a company
for each kind of request (answer without delay, notice of a refusal), and the case timeline —
which event may follow which, which dates keep their order, and what the law says of each event.
Loaded with the rest of law.yaml (law/model.py); case/timeline.py applies them."""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import field_validator, model_validator

from assistant.law.checklist_words import japanese_article
from assistant.law.localized import Localized
from assistant.records.facts import Record, _as_quotes

class Duty(Record):
    """A duty the Act puts on the company, with its article and its words."""

    article: str  # "Art. 33(3)"; in Japanese 第33条第3項, by the one article parser
    en: str
    ja: str

    def article_in(self, language: str) -> str:
        return japanese_article(self.article) if language == "ja" else self.article

    def words(self) -> Localized:
        return Localized(en=self.en, ja=self.ja)


class EventNote(Record):
    """What the law (with its article) or general practice (labelled so) says of an event."""

    source: Literal["law", "general-practice"]
    article: str | None = None  # may name {articles} / {refusal_articles}: the case's own
    article_ja: str | None = None  # the same as a Japanese document cites it
    en: str
    ja: str
    quote: tuple[str, ...] = ()  # the law notes' words behind a rule of law

    _quotes = field_validator("quote", mode="before")(lambda value: _as_quotes(value))

    @model_validator(mode="after")
    def _law_names_its_article(self) -> "EventNote":
        if self.source == "law" and not (self.article and self.article_ja and self.quote):
            raise ValueError("a note of law names its article (article, article_ja) and quotes "
                             "the law notes")
        return self

    def words(self) -> Localized:
        return Localized(en=self.en, ja=self.ja)

    def article_in(self, language: str) -> str | None:
        return (self.article_ja if language == "ja" else None) or self.article


class TimelineEvent(Record):
    after: tuple[str, ...] = ()  # one of these must have happened first
    once: bool = False  # at most one (a wrong date is corrected, not recorded again)
    not_after: tuple[str, ...] = ()  # none of these may have happened
    aside: bool = False  # a note or a correction: at any time, even after the case ended
    step: str | None = None  # its date's place in the timeline's order
    note: EventNote | None = None
    note_no_court: EventNote | None = None  # for a request Art. 39 does not cover
    notes: dict[str, EventNote] = {}  # by follow-up kind


class CaseTimeline(Record):
    earliest: date  # no date of a case before this
    steps: dict[str, dict[str, str]]  # dated steps in the order their dates keep → their names
    ends: str  # after this event, only asides
    events: dict[str, TimelineEvent]

    @model_validator(mode="after")
    def _names_known(self) -> "CaseTimeline":
        for kind, event in self.events.items():
            unknown = [f for f in (*event.after, *event.not_after) if f not in self.events]
            if unknown:
                raise ValueError(f"timeline.events.{kind}: unknown events {unknown}")
            if event.step is not None and event.step not in self.steps:
                raise ValueError(f"timeline.events.{kind}.step: '{event.step}' is not one of "
                                 f"timeline.steps {list(self.steps)}")
        if self.ends not in self.events:
            raise ValueError(f"timeline.ends: unknown event '{self.ends}'")
        return self

    def step_of(self, kind: str) -> str | None:
        event = self.events.get(kind)
        return event.step if event else None

    def step_name(self, step: str, language: str = "en") -> str:
        names = self.steps[step]
        return names.get(language) or names["en"]
