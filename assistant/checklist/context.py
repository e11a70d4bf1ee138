"""What every section builder reads (the record, the law, the labels, the options) and what they
report beside their own section (facts the policy leaves open, legal notes)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Mapping

from assistant.law.checklist_words import ChecklistWords
from assistant.law.model import KindLaw, Labels, Law
from assistant.law.letter_forms import LetterWords
from assistant.law.localized import FALLBACK, Localized
from assistant.records.model import (
    Address, Channels, Company, Contact, RefusalGround, RequestKind, RequesterKind, is_known,
)
from assistant.checklist.tree import Node, Unknown
from assistant.records.patterns import has_japanese, is_english
from assistant.records.vocabulary import CAPACITY_TO_REQUESTER


@dataclass(frozen=True)
class Options:
    """What the user tells us beyond company and kinds."""

    sent_on: date | None = None
    arrived_on: date | None = None  # from the delivery record, when known
    # Who a representative is (a details file's representative.capacity: a minor's parent, an
    # adult ward's guardian…): it chooses the proof of the right to act. None: not known.
    capacity: str | None = None
    # The person's date of birth (a details file's requester.date_of_birth): documents they
    # cannot hold at their age are not offered (law.yaml document_limits). None: not known.
    born: date | None = None
    today: date | None = None  # the day the documents must be valid on; None: today


@dataclass
class Context:
    """One build: the inputs, and what the sections found for the closing sections."""

    company: Company
    kind: RequestKind
    requester: RequesterKind
    options: Options
    law: Law
    labels: Labels
    words: ChecklistWords
    # The letters' wording by language: the envelope is addressed as the Japanese letter is (様 to
    # a person's title, the desk's function where it is named only in English) and the company's
    # form is named as the letter names it. The facade passes them; without them, plainer words.
    letters: Mapping[str, LetterWords] = field(default_factory=dict)
    unknowns: list[Unknown] = field(default_factory=list)
    packing: list[Node] = field(default_factory=list)  # what goes in the envelope (enclosures.py)
    legal: list[Node] = field(default_factory=list)  # legal notes, in the order found

    @property
    def capacities(self) -> tuple[str, ...]:
        """The capacities this requester may act in: the one the details give, else every one
        the requester kind covers (a legal representative: a minor's parent or a guardian)."""
        if self.requester == "self":
            return ()
        if self.options.capacity and CAPACITY_TO_REQUESTER.get(self.options.capacity) == self.requester:
            return (self.options.capacity,)
        return tuple(c for c, r in CAPACITY_TO_REQUESTER.items() if r == self.requester)

    @property
    def today(self) -> date:
        return self.options.today or date.today()

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

    def ask_where(self) -> tuple[Localized, ...]:
        """How to ask the company about something its policy leaves open."""
        w = self.words
        ways: list[Localized] = []
        inquiries, send_to = self.company.inquiries, self.company.send_to
        if isinstance(inquiries, Contact):
            ways += [w.say("ask.way", how=w.say(f"ask.how.{how}"),
                           where=self._with_hours(inquiries, Localized(en=where, ja=where_ja)) if how == "phone"
                           else Localized(en=where, ja=where_ja))
                     for how, where, where_ja in inquiries.ways_to_ask()]
            if not ways and is_known(inquiries.department):
                # The record names the desk in English: other languages get a known name or a pointer.
                desk = self.record(inquiries.department, "department")
                ways.append(w.say("ask.department", department=desk))
        if isinstance(send_to, Address) and is_known(send_to.lines) and not ways:
            ways.append(w.say("ask.way", how=w.say("ask.how.post"), where=w.each(
                lambda lang: w.template(lang, "sep.address").join(
                    send_to.lines_ja if lang == "ja" and send_to.lines_ja else send_to.lines))))
        if not ways and self.law_only:
            ways.append(w.say("ask.law_only"))
        return tuple(ways) or (w.say("ask.no_contact"),)

    def _with_hours(self, desk: Contact, where: Localized) -> Localized:
        """A phone number with the hours it answers: in a Japanese line only hours written in
        Japanese (an English record's "Weekdays 9:00–18:00" is no Japanese)."""
        if not is_known(desk.hours):
            return where
        japanese = any("\u3040" <= c <= "\u9fff" for c in desk.hours)
        return self.words.each(lambda lang: self.words.format(lang, "ask.hours", where=where.text(lang), hours=desk.hours)
                               if lang != "ja" or japanese else where.text(lang))

    @property
    def law_only(self) -> bool:
        """No record of this company: every line must come from the law or general practice."""
        return self.company.quality == "law-only"

    def unknown(self, key: str, **values: object) -> None:
        """Note a fact the policy does not state (once, however often it is found)."""
        what = self.words.say(f"unknown.{key}", **values)
        if all(u.text != what for u in self.unknowns):
            self.unknowns.append(Unknown(text=what, source="general-practice",
                                         ask=self.ask_where()))

    def say(self, key: str, **values: object) -> Localized:
        return self.words.say(key, **values)

    def own_words(self, text: str, quotes: tuple[str, ...], text_ja: str | None = None) -> Localized:
        """A record's own sentence about the policy: in English as the record says it, in
        Japanese where the record gives it (text_ja); in a language the record has no words in,
        the policy's words themselves, as a quote (marked when they are the English policy's)."""
        quoted = self.words.each(lambda lang: "".join(
            self.words.format(lang, "quote", text=q) for q in quotes))
        english = any(map(is_english, quotes)) and not any(map(has_japanese, quotes))
        said = self.words.say("policy.own_words_en" if english else "policy.own_words", quote=quoted)
        said = said.with_text(FALLBACK, text)
        return said.with_text("ja", text_ja) if text_ja else said

    def unstopped(self, text: Localized) -> Localized:
        """A law text to go inside a template that ends it itself: without its full stop, but in
        English (whose templates keep the stop where they always had it)."""
        return self.words.each(lambda lang: text.text(lang) if lang == FALLBACK else
                               text.text(lang).removesuffix(self.words.template(lang, "full_stop")))

    def record(self, text: str, stand_in: str) -> Localized:
        """A phrase of the record's own (written in English) inside a sentence: as is in English;
        in another language, a stand-in phrase that points to the policy's words quoted below."""
        def said(lang: str) -> str:
            # Phrases records share (a group's label: "proof of identity") have names of their own
            # under known.<stand_in> in the language's wording; any other gets the stand-in. An
            # import writes several payments as "A or B": each known one is named.
            parts = [self.words.known(lang, f"known.{stand_in}.{part.strip().lower()}")
                     for part in text.split(" or ")]
            if all(parts):
                return self.words.template(lang, "sep.or").join(str(p) for p in parts)
            return self.words.format(lang, f"stand_in.{stand_in}")

        return self.words.each(lambda lang: text if lang == FALLBACK else said(lang))

    def rules_for(self, when: str, item: type[Node], skip: Iterable[str] = ()) -> list[Node]:
        """The general rules for this situation as items, except those whose ids are in skip."""
        marking = self.kind_law.envelope_marking
        return [item(text=Localized(en=r.en.format(marking=marking), ja=r.ja.format(marking=marking)),
                     source=r.source, quotes=r.quote, article=r.article)
                for r in self.law.rules if r.when == when and r.id not in skip]


def long_date(day: date) -> str:
    """'Thursday 14 May 2026 (2026-05-14)': unambiguous read aloud and on paper."""
    return f"{day:%A} {day.day} {day:%B %Y} ({day.isoformat()})"
