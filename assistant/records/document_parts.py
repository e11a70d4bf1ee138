"""The documents part of a company record: which documents each kind of requester sends.

A group is "send `count` different documents of these" (one by default; `unknown` where the policy
lists documents without saying how many go); a list of groups are all
needed; `either` offers sets of groups of which the person sends one set ("one photo ID, or two
documents without a photo"); `same_as` takes another kind's documents and adds some."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal, Union

from pydantic import Discriminator, Field, Tag, field_validator, model_validator

from assistant.records.facts import UNKNOWN, Condition, DocumentKind, Fact, Record, Unknown, Whose
from assistant.records.vocabulary import REQUESTER_KINDS, RequesterKind

MAX_COUNT = 5  # no policy asks for more different documents of one list than this
MAX_ALTERNATIVES = 6


class Document(Record):
    """One accepted document; conditions add to those of its group."""

    kind: DocumentKind
    note: str | None = Field(None, description="What the policy adds, e.g. 'of the applicant'.")
    conditions: tuple[Condition, ...] = ()


def _as_document(value: object) -> object:
    # Shorthand: a bare document kind stands for a document with no note or conditions.
    return {"kind": value} if isinstance(value, str) else value


def _as_groups(value: object) -> object:
    # Shorthand: an alternative that is one group may be written as that group alone.
    return [value] if isinstance(value, dict) else value


def _each(value: object, shorthand) -> object:
    return [shorthand(item) for item in value] if isinstance(value, list) else value


class DocumentGroup(Fact):
    """Send `count` different documents of these (one by default; a group of one is simply
    "send this")."""

    label: str | None = Field(None, description="What the group proves, e.g. 'proof of identity'.")
    whose: Whose = "person"
    count: Annotated[int, Field(ge=1, le=MAX_COUNT)] | Literal["unknown"] = Field(
        1, description="How many DIFFERENT documents of one_of to send (「次のうち2点」); 1 when the "
        "policy says 'one of'; unknown when it lists them without saying how many go.")
    one_of: tuple[Document, ...] = Field(min_length=1)
    conditions: tuple[Condition, ...] = ()

    @field_validator("one_of", mode="before")
    @classmethod
    def _shorthand(cls, value: object) -> object:
        return _each(value, _as_document)

    @property
    def stated(self) -> bool:
        """Whether the policy says how many go (a count, or "one of")."""
        return self.count != UNKNOWN

    @property
    def least(self) -> int:
        """The fewest different documents that can do: the count, or one where it is not stated."""
        return self.count if isinstance(self.count, int) else 1

    @model_validator(mode="after")
    def _count_fits(self) -> "DocumentGroup":
        kinds = {d.kind for d in self.one_of}
        if not self.stated and len(kinds) < 2:
            raise ValueError("count is unknown but one_of names a single document; leave count out "
                             "(one document is simply 'send this')")
        if self.least > len(kinds):
            raise ValueError(f"count is {self.count} but one_of names only {len(kinds)} different "
                             f"document(s); list at least {self.count} in one_of, or lower count")
        return self


class Either(Fact):
    """Send ONE of these sets of groups (each set: all its groups), and the `also` groups in
    every case: 「顔写真付きの本人確認書類1点、または顔写真のない本人確認書類2点」."""

    label: str | None = Field(None, description="What every set proves, e.g. 'proof of identity'.")
    either: tuple[tuple[DocumentGroup, ...], ...] = Field(
        max_length=MAX_ALTERNATIVES,
        description="The alternatives; each a group, or a list of groups all sent together.")
    also: tuple[DocumentGroup, ...] = Field((), description="Groups sent whichever set is chosen.")

    @field_validator("either", mode="before")
    @classmethod
    def _alternatives(cls, value: object) -> object:
        return _each(value, _as_groups)

    @field_validator("either")
    @classmethod
    def _none_empty(cls, value: tuple[tuple[DocumentGroup, ...], ...]) -> object:
        if len(value) < 2:
            raise ValueError("either offers a choice: give at least two sets (each a group, or a "
                             "list of groups); for a single set, list its groups here without either")
        if any(not groups for groups in value):
            raise ValueError("an alternative under either lists no group; give each at least one")
        return value


class SameAs(Fact):
    """The documents of another requester kind apply, plus any listed here."""

    same_as: RequesterKind
    plus: tuple[DocumentGroup, ...] = ()


def _shape(value: object) -> str:
    # Which form an entry is written in, so a mistake is reported for that form alone (not for
    # every form it might have been).
    if isinstance(value, (dict, Either, SameAs)):
        return "same_as" if isinstance(value, SameAs) or (isinstance(value, dict) and "same_as" in value) \
            else "either"
    return "unknown" if isinstance(value, str) else "list"


DocumentList = Annotated[Union[Annotated[tuple[DocumentGroup, ...], Tag("list")],
                               Annotated[Either, Tag("either")], Annotated[SameAs, Tag("same_as")],
                               Annotated[Unknown, Tag("unknown")]], Discriminator(_shape)]


@dataclass(frozen=True)
class Needed:
    """A requester kind's documents resolved: `groups` all needed, and where the policy offers
    alternatives, one of the `either` sets besides (empty: no alternatives)."""

    groups: tuple[DocumentGroup, ...]
    either: tuple[tuple[DocumentGroup, ...], ...] = ()
    quote: tuple[str, ...] = ()  # the either's own quote
    label: str | None = None  # the either's own label

    def all_groups(self) -> tuple[DocumentGroup, ...]:
        return self.groups + tuple(g for groups in self.either for g in groups)


class Documents(Record):
    """Documents per requester kind; a representative's are sent in addition to the person's."""

    self_: DocumentList = Field(UNKNOWN, alias="self")
    legal_representative: DocumentList = Field(UNKNOWN, alias="legal-representative")
    agent: DocumentList = UNKNOWN
    # None: the policy says nothing of lawyers; a lawyer is then treated as an appointed agent.
    lawyer: DocumentList | None = None
    listed_on_form: Fact | None = Field(
        None, description="The policy says the form lists the documents; quote it."
    )
    in_addition: Fact | None = Field(
        None, description="Quote saying a representative's documents add to the person's."
    )

    def for_kind(self, kind: RequesterKind) -> DocumentList | None:
        """The entry the record gives for this requester kind, as written."""
        return {
            "self": self.self_,
            "legal-representative": self.legal_representative,
            "agent": self.agent,
            "lawyer": self.lawyer,
        }[kind]

    def resolve(self, kind: RequesterKind) -> Needed | Unknown | None:
        """The documents for a requester kind, following same_as; 'unknown' or None if not given."""
        entry = self.for_kind(kind)
        extra: tuple[DocumentGroup, ...] = ()
        while isinstance(entry, SameAs):
            extra = entry.plus + extra
            entry = self.for_kind(entry.same_as)
        if entry is None or entry == UNKNOWN:
            return entry  # type: ignore[return-value]
        if isinstance(entry, Either):
            return Needed(entry.also + extra, entry.either, entry.quote, entry.label)
        return Needed(tuple(entry) + extra)

    @model_validator(mode="after")
    def _same_as_resolves(self) -> "Documents":
        for kind in REQUESTER_KINDS:
            entry = self.for_kind(kind)
            seen = {kind}
            while isinstance(entry, SameAs):
                if entry.same_as in seen:
                    raise ValueError(f"'{kind}' refers back to itself through same_as; list "
                                     "its documents instead")
                seen.add(entry.same_as)
                entry = self.for_kind(entry.same_as)
        return self
