"""The law's side, as data: articles per request kind, rules that hold for every company,
complaint routes, and the words shown for each value. Models only; reference.py loads them."""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.law.deadlines import Art39
from assistant.law.localized import Localized
from assistant.law.postal_fees import PostalFees
from assistant.law.timeline_rules import CaseTimeline, Duty
from assistant.records.model import (
    CHANNELS, CONDITIONS, DOCUMENT_KINDS, REQUEST_KINDS, REQUESTER_KINDS, RESPONSE_METHODS,
    Channel, Condition, DocumentGroup, Fact, Record, RequestKind, ResponseMethod,
)
from assistant.records.vocabulary import Capacity


# A key that names a language (ja, en, pt-BR) rather than a field: how language is written in YAML.
LANGUAGE_KEY = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


class Worded(Record):
    """Something with words in several languages. In the YAML the languages sit beside the other
    keys ({en: …, ja: …, article: …}); they are gathered into one Localized, so a language is a
    key in the data, never a field in the code."""

    words: Localized

    @model_validator(mode="before")
    @classmethod
    def _gather_languages(cls, data: Any) -> Any:
        if not isinstance(data, dict) or "words" in data:
            return data
        words = {k: v for k, v in data.items()
                 if isinstance(k, str) and k not in cls.model_fields and LANGUAGE_KEY.fullmatch(k)}
        return {**{k: v for k, v in data.items() if k not in words}, "words": words}

    @model_validator(mode="after")
    def _some_words(self) -> "Worded":
        if not self.words:
            raise ValueError("no text: give it in at least one language, e.g. en: … and ja: …")
        return self

    @property
    def en(self) -> str:
        return self.words.text("en")

    @property
    def ja(self) -> str:
        return self.words.text("ja")


class ArticleRef(BaseModel):
    """An article as English and Japanese documents cite it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    article: str
    article_ja: str

    def article_in(self, language: str) -> str:
        return self.article_ja if language == "ja" else self.article


class KindLaw(Fact):
    envelope_marking: str  # written in red on the envelope: what it holds
    article: str
    article_ja: str
    fee_allowed: bool
    court_after_two_weeks: bool
    answer_methods: tuple[ResponseMethod, ...] = ()  # methods the person may designate (Art. 33(1))
    answer_duty: Duty  # the Act's "without delay" for this kind (timeline_rules.py)
    refusal_notice: Duty  # the notice owed when the company will not do as asked
    # The grounds the Act limits a refusal to (disclosure: the items of Art. 33(2)), where it does.
    refusal_items: "ArticleRef | None" = None
    # What the Act says the request covers (third-party records: which provisions are recorded)
    notes: "tuple[LawText, ...]" = ()
    # The designation of the answer's method where this kind applies another's (33(5) applies 33(1))
    designate_method: "LawText | None" = None


class Ground(Worded):
    kinds: tuple[RequestKind, ...]
    article: str
    breach: str | None = None  # the article the company is said to have broken (Art. 20(1))
    facts: bool = False  # alleges a breach: stated only with the person's facts for it
    plain: Localized | None = None  # the ground in everyday words, shown beside the Act's wording


class LawText(Fact):
    text: str
    ja: str | None = None  # the same in Japanese, for the Japanese checklist

    @property
    def words(self) -> Localized:
        return Localized(en=self.text, ja=self.ja)  # type: ignore[arg-type]
    article: str | None = None
    article_ja: str | None = None  # the same article as a Japanese document cites it
    days: int | None = None


class Rule(Fact, Worded):
    id: str
    source: Literal["law", "general-practice"]
    article: str | None = None  # required for a rule of law
    # mail:court / mail:no-court: only where Art. 39's two weeks apply to the kind, or do not.
    when: str = Field(description="envelope, mail, mail:court, mail:no-court, card, or document:<kind>")
    # A document rule the document's own conditions already say in full is not shown again.
    covered_by: tuple[Condition, ...] = ()
    # True: said only where the policy gives the document's age itself (「…30日以内に作成されたもの」),
    # False: only where it does not (the usual 3 months then); None: either way.
    own_period: bool | None = None
    # A condition a rule of law puts on the document itself (my-number-front: front-only): the
    # list of enclosures names it (マイナンバーカードの表面) wherever the document is enclosed.
    sets: tuple[Condition, ...] = ()

    @model_validator(mode="after")
    def _law_names_its_article(self) -> "Rule":
        if self.source == "law" and not self.article:
            raise ValueError(f"rule {self.id}: a rule of law names its article")
        return self


class Route(Fact):
    name: str
    article: str  # what the route rests on
    name_ja: str
    phone: str
    hours: str
    hours_ja: str | None = None
    note: str
    note_ja: str | None = None


class YearEndBreak(Record):
    start: str  # MM-DD
    end: str
    note: str
    note_ja: str | None = None


class RepresentativeDocuments(Record):
    """A representative's usual documents, where the policy does not say (general practice)."""

    # Proof of the right to act, by capacity (a details file's representative.capacity).
    authority: dict[Capacity, tuple[DocumentGroup, ...]]
    identity: DocumentGroup  # the representative's own identity document
    # Documents that do not prove this capacity, left out of a policy's list for it.
    not_for: dict[Capacity, tuple[str, ...]] = {}
    # Certificates sent as issued (the original, fresh): the conditions the enclosures name.
    sent_as_issued: dict[str, tuple[str, ...]] = {}


class DocumentLimit(Fact):
    """When a document cannot be had: below an age, after the last issue, after it lapsed (and
    what replaced it). The law's facts, applied to whatever a policy lists."""

    min_age: int | None = None
    issued_until: date | None = None
    valid_until: date | None = None
    replaced_by: str | None = None
    article: str

    def possible(self, born: date | None, today: date) -> bool:
        """Whether someone born then can hold the document today (born None: not known)."""
        if self.valid_until is not None and today > self.valid_until and self.replaced_by is None:
            return False
        if born is None or self.min_age is None:
            return True
        last = min(today, self.issued_until) if self.issued_until else today
        try:
            of_age = born.replace(year=born.year + self.min_age)
        except ValueError:  # born on 29 February
            of_age = date(born.year + self.min_age, 3, 1)
        return of_age <= last

    def replaced(self, today: date) -> str | None:
        """The document that stands in its place today, if it has lapsed."""
        if self.valid_until is not None and today > self.valid_until:
            return self.replaced_by
        return None


class Law(Record):
    source: str
    request_kinds: dict[RequestKind, KindLaw]
    suspension_grounds: dict[str, Ground]
    suspension_grounds_quote: str
    fees: LawText
    prior_request: LawText
    unlisted_kind: LawText
    designate_method: LawText
    answer_without_delay: LawText
    postal_channels: tuple[Channel, ...]
    rules: tuple[Rule, ...]
    general_documents: LawText
    representative_documents: RepresentativeDocuments
    document_limits: dict[str, DocumentLimit] = {}
    card_kinds: tuple[str, ...] = ()  # the identity cards (the rules "when: card" are for them)
    complaint_routes: tuple[Route, ...]
    year_end_break: YearEndBreak
    postal_fees: PostalFees
    # After sending (timeline_rules.py): the Art. 39 counting, a refusal, reasons, no time limit.
    two_weeks_counting: LawText
    refused_no_wait: LawText
    reasons: LawText
    reminder_without_limit: LawText
    prior_request_period: LawText  # Art. 39(1), as the 催告書 cites it
    demand_after_reminder: LawText  # general practice: days from a reminder to the 催告書
    old_policy: LawText  # general practice: days after a policy's date from which it may be out of date
    short_term_data: LawText  # Art. 16(4): data kept six months or less is retained personal data since 2022
    set_procedure: LawText  # Art. 37(1): a company may set how requests are made, and they are made that way
    public_body_procedure: LawText  # Art. 76 on: a public body's disclosure runs under Chapter 5
    timeline: CaseTimeline

    @model_validator(mode="after")
    def _counted_periods(self) -> "Law":
        for name in ("prior_request", "reminder_without_limit", "demand_after_reminder", "old_policy"):
            if not getattr(self, name).days:
                raise ValueError(f"{name}.days: give the period in days (Art. 39: 14)")
        return self

    def grounds_for(self, kind: RequestKind) -> dict[str, Ground]:
        """The Art. 35 grounds a request of this kind may rely on."""
        return {key: g for key, g in self.suspension_grounds.items() if kind in g.kinds}

    # -- the rules per request kind, asked here so no other module repeats them ------------------
    def needs_grounds(self, kind: RequestKind) -> bool:
        """Whether a request of this kind must name a ground (the grounds data lists the kind)."""
        return bool(self.grounds_for(kind))

    def court_after(self, kind: RequestKind) -> LawText | None:
        """The rule that lets the person sue two weeks after the request arrived, if it applies."""
        return self.prior_request if self.request_kinds[kind].court_after_two_weeks else None

    def art39(self, arrival: date) -> "Art39":
        """The two weeks of Art. 39 for this arrival: their last day, the first day of a suit."""
        from assistant.law.deadlines import art39

        return art39(arrival, self.prior_request.days)  # type: ignore[arg-type]

    def fee_allowed(self, kind: RequestKind) -> bool:
        """Whether the Act lets a company charge a fee for this kind (Art. 38)."""
        return self.request_kinds[kind].fee_allowed

    def answer_methods(self, kind: RequestKind) -> tuple[ResponseMethod, ...]:
        """The answer methods the person may designate for this kind (none: the company decides)."""
        return self.request_kinds[kind].answer_methods

    def designates_method(self, kind: RequestKind) -> bool:
        """Whether the person may say how to be answered (Art. 33(1) and what applies it)."""
        return bool(self.answer_methods(kind))


class Label(Worded):
    explain: Localized | None = None

    def text(self, language: str) -> str:
        return self.words.text(language)


class Labels(Record):
    """Words for every vocabulary value, in every language the forms hold."""

    request_kinds: dict[str, Label]
    requester_kinds: dict[str, Label]
    documents: dict[str, Label]
    conditions: dict[str, Label]
    channels: dict[str, Label]
    response_methods: dict[str, Label]
    whose: dict[str, Label]

    def missing(self, languages: tuple[str, ...] = ()) -> list[str]:
        """Vocabulary values that have no label, or no words in one of these languages (a test
        keeps this empty)."""
        wanted = {
            "request_kinds": REQUEST_KINDS, "requester_kinds": REQUESTER_KINDS,
            "documents": DOCUMENT_KINDS, "conditions": CONDITIONS, "channels": CHANNELS,
            "response_methods": RESPONSE_METHODS, "whose": ("person", "representative"),
        }
        found: list[str] = []
        for group, values in wanted.items():
            labels = getattr(self, group)
            for value in values:
                if value not in labels:
                    found.append(f"{group}.{value}")
                else:
                    found += [f"{group}.{value}.{language}" for language in languages
                              if language not in labels[value].words]
        return found
