"""The checklist as one ordered tree: sections → items, each item with its source.

Built by checklist.build.build_checklist; the text and JSON output, the PDF and the wizard all
walk the same tree. Every item says where it comes from: the company's policy (with its verbatim
quotes), the law (with its article), or general practice (labelled so; `assumption` marks what
the program assumes). So nothing is presented as the company's rule unless its policy says it.
Renderers choose how an item looks by its `type`, never by a section's key or position.

Frozen dataclasses, not pydantic (it reads no file; pydantic here cost every CLI command a fifth of
its run): rules checked in __post_init__; copy with dataclasses.replace; JSON by data.json_ready."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Iterator, Literal, TypeVar, Union, get_args

from assistant.checklist.envelope import UNKNOWN_ADDRESS, UNKNOWN_POSTAL_CODE, Envelope, Fee, Frozen  # noqa: F401
from assistant.law.localized import Localized

Source = Literal["policy", "law", "general-practice"]
SOURCES: tuple[str, ...] = get_args(Source)
N = TypeVar("N", bound="Node")


@dataclass(frozen=True, kw_only=True)
class Node(Frozen):
    """What every item has: its words, where they come from, and the items under it."""

    type: ClassVar[str] = ""  # what the item is (step, note, document…): each subclass says
    id: str = ""  # stable within the checklist ("documents/proof-of-identity"): ticks keep to it
    text: Localized
    source: Source
    quotes: tuple[str, ...] = ()  # verbatim: the policy's words, or the law notes' for law items
    article: str | None = None  # a law item's article
    assumption: bool = False  # general practice the program assumes (e.g. two days in the post)
    warning: bool = False
    children: tuple["Item", ...] = ()

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.text, Localized):
            raise TypeError(f"an item's text is a Localized, not {type(self.text).__name__}")
        if self.source not in SOURCES:
            raise ValueError(f"an item's source is one of {', '.join(SOURCES)}: {self.source!r}")
        if self.source == "policy" and not self.quotes:
            raise ValueError(f"a policy item carries the policy's words: {self.text.text('en')}")
        if self.source == "law" and not self.article:
            raise ValueError(f"a law item names its article: {self.text.text('en')}")
        if not all(isinstance(child, Node) for child in self.children):
            raise TypeError(f"an item's children are items: {self.children!r:.80}")

    def of(self, kind: type["N"]) -> tuple["N", ...]:
        """The children of one item type."""
        return tuple(c for c in self.children if isinstance(c, kind))

    def walk(self) -> Iterator["Item"]:
        """This item's children and theirs, depth first."""
        for child in self.children:
            yield child
            yield from child.walk()


class Step(Node):
    """A thing to do: it gets a tick box."""

    type = "step"


class Note(Node):
    """A thing to know (a fact, a legal note, a reason for refusal)."""

    type = "note"


class Instruction(Node):
    """A condition or instruction attached to a document or group (mask this, issued within…)."""

    type = "instruction"


class Check(Node):
    """A check that prevents a refusal, done before sending."""

    type = "check"


@dataclass(frozen=True)
class Choice:
    """One document of a choice as the letter names it when it is the one enclosed: `name` with
    the part the record or the law asks for (マイナンバーカードの表面), `copied` the same with 写し
    when a copy of it is sent (else the same as name), `copy` whether a copy is sent."""

    kind: str
    name: Localized
    copied: Localized
    copy: bool


@dataclass(frozen=True, kw_only=True)
class Enclosure(Node):
    """Something that goes in the envelope (a document, a return envelope, stamps). Where it is a
    choice of documents, the letter lists the one enclosed, not the choice: `choices` are the
    document kinds, `options` how each is named, `whose` whose document it is, `named` the line
    with "{names}" where the chosen documents go when copies of all of them are sent (…の写し（…）),
    `named_plain` the same line without 写し for any other choice, `blank` the line with a blank
    to write the document's name in, `letter` the letter's words where not the list's."""

    type = "enclosure"
    whose: str = ""
    choices: tuple[str, ...] = ()
    options: tuple[Choice, ...] = ()
    named: Localized | None = None
    named_plain: Localized | None = None
    blank: Localized | None = None
    letter: Localized | None = None  # 「貴社所定の…」 where the list says 「会社所定の…」
    # What a choice needs: sets of (document kinds, how many different ones); any one set will do.
    sets: tuple[tuple[tuple[tuple[str, ...], int], ...], ...] = ()


@dataclass(frozen=True, kw_only=True)
class Document(Node):
    """One document that may be sent (a choice within its group)."""

    type = "document"
    kind: str  # the vocabulary value, e.g. passport
    note: str | None = None

    @property
    def instructions(self) -> tuple[Instruction, ...]:
        return self.of(Instruction)


@dataclass(frozen=True, kw_only=True)
class DocumentGroup(Node):
    """Send `count` different documents of those under it (ONE by default; a single document:
    send that one; "unknown": the policy lists them without saying how many go)."""

    type = "document-group"
    whose: Literal["person", "representative"]
    count: int | Literal["unknown"] = 1

    @property
    def choices(self) -> tuple[Document, ...]:
        return self.of(Document)

    @property
    def instructions(self) -> tuple[Instruction, ...]:
        """Instructions for whichever document is sent."""
        return self.of(Instruction)


class Alternative(Node):
    """One set of an Either: the document groups under it, all sent together."""

    type = "alternative"

    @property
    def groups(self) -> tuple[DocumentGroup, ...]:
        return self.of(DocumentGroup)


class Either(Node):
    """Send ONE of the sets under it (「顔写真付き1点、または顔写真のないもの2点」)."""

    type = "either"

    @property
    def alternatives(self) -> tuple[Alternative, ...]:
        return self.of(Alternative)


@dataclass(frozen=True, kw_only=True)
class Unknown(Node):
    """A fact the policy does not state, and how to ask for it."""

    type = "unknown"
    ask: tuple[Localized, ...]  # ways to ask, each in every language


@dataclass(frozen=True, kw_only=True)
class Address(Node):
    """The envelope's address block, top to bottom (the text is the same lines joined)."""

    type = "address"
    lines: tuple[str, ...]
    addressee_en: str  # the company's name in English, to read it aloud
    confirmed: bool = True  # False: an inquiry address, not one the policy names for requests


@dataclass(frozen=True, kw_only=True)
class DateItem(Node):
    """A date to note (an answer due, the day court becomes possible); children: its assumptions."""

    type = "date"
    day: date

    @property
    def assumptions(self) -> tuple[Note, ...]:
        return tuple(n for n in self.of(Note) if n.assumption)


Item = Union[Step, Note, Instruction, Check, Enclosure, Document, DocumentGroup, Either, Alternative,
             Unknown, Address, DateItem]


@dataclass(frozen=True, kw_only=True)
class Section(Frozen):
    """One part of the checklist. layout says how it is laid out: steps are numbered, a list is a
    headed list, a banner sits above everything (warnings)."""

    key: str
    title: Localized
    short_title: Localized | None = None  # where print space is short
    caveat: Localized | None = None  # said beside the title: "information, not legal advice"
    layout: Literal["banner", "steps", "list"]
    items: tuple[Item, ...]

    def walk(self) -> Iterator[Item]:
        for item in self.items:
            yield from (item, *item.walk())


@dataclass(frozen=True, kw_only=True)
class Checklist(Frozen):
    """The header facts (who, what, to whom) and the tree of sections."""

    company_id: str
    company: str
    company_ja: str | None
    policy_revised: date | None
    record_checked: date
    request_kind: str
    request: str
    request_ja: str
    article: str
    article_ja: str
    company_wording: str | None  # None: the policy does not list this kind
    contact_first: bool = False  # the policy wants contact before the request
    form_name: str | None = None  # the company's own form, where it has one
    form_required: bool = False
    requester_kind: str
    requester: str
    requester_ja: str
    sent_on: date | None = None
    arrived_on: date | None = None
    fee: Fee
    envelope: Envelope | None
    response_methods: tuple[str, ...] = ()  # answer methods the company offers for this kind
    channels_accepted: tuple[str, ...]
    channels_refused: tuple[str, ...]
    # The article on asking before going to court (fill-in dates); None where it does not apply.
    prior_request_article: str | None
    sections: tuple[Section, ...]
    # Where the record comes from the person's own folder, replacing the installed one (Assistant.override).
    record_override: str | None = None
    override: Localized | None = None  # the same notice, in every language
    # Set for a record the import assistant made: imported, or imported and checked by someone.
    record_quality: str | None = None
    quality: Localized | None = None  # the same notice, in every language
    record_imported: bool = False  # made by the import and not yet checked: its date is when it was made
    reference: str | None = None  # the request's reference number, once the details are known
    law_only: bool = False  # no record of the company's procedure: the law and general practice
    corporate_number: str | None = None  # 法人番号, where the record or the register gives it

    @property
    def listed_by_company(self) -> bool:
        return self.company_wording is not None

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def walk(self) -> Iterator[Item]:
        """Every item of every section, in order, depth first."""
        for section in self.sections:
            yield from section.walk()

    def _all(self, kind: type["N"]) -> tuple["N", ...]:
        return tuple(i for i in self.walk() if isinstance(i, kind))

    # The parts other code reads often: found in the tree, not kept beside it.
    @property
    def documents(self) -> tuple[DocumentGroup, ...]:
        return self._all(DocumentGroup)

    @property
    def enclosures(self) -> tuple[Enclosure, ...]:
        return self._all(Enclosure)

    @property
    def packing(self) -> tuple[Item, ...]:  # what goes in the envelope: the letter's 同封書類
        return found.items if (found := self.section("enclosures")) else ()

    @property
    def deadlines(self) -> tuple[DateItem, ...]:
        return self._all(DateItem)

    @property
    def unknowns(self) -> tuple[Unknown, ...]:
        return self._all(Unknown)
