"""The company record: every procedural fact a published privacy policy states, each with its quote.

Plain pydantic, no YAML and no Qt: the directory turns files into these objects, the requirements
engine reads them. A fact the policy does not state is the literal string ``unknown``; the
program then tells the user what is missing and how to ask, instead of guessing.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterator, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .patterns import code_point, hidden_character, is_blank, is_email, is_phone, is_postal_code

# --- vocabularies -------------------------------------------------------------------------------
# Values are kebab-case so records read like plain English; the labels shown to people live in
# forms/labels.yaml, the APPI articles in resources/law.yaml.

# The request and requester kinds live in vocabulary.py, so the CLI and the wizard's first page
# can name them without pydantic; they are re-exported here for everything else.
from .vocabulary import REQUEST_KINDS, REQUESTER_KINDS, RequestKind, RequesterKind  # noqa: E402,F401

Channel = Literal[
    "registered-mail",          # 書留
    "simple-registered-mail",   # 簡易書留
    "certified-mail",           # 特定記録 / 配達証明: a record of delivery
    "mail-with-delivery-record",  # "any other method that keeps the record of delivery"
    "post",                     # the policy says "send" but names no mailing method
    "online-form",
    "service-contact-point",    # the contact point of the service the person uses
    "email",
    "in-person",
    "telephone",
    "fax",
]
CHANNELS: tuple[Channel, ...] = Channel.__args__  # type: ignore[attr-defined]

DocumentKind = Literal[
    "drivers-licence",
    "passport",
    "my-number-card",
    "residence-card",
    "special-permanent-resident-certificate",
    "other-official-photo-id",
    "health-insurance-card",
    "health-insurance-card-with-dependants",
    "pension-book",
    "certificate-of-residence",
    "family-register",
    "certificate-of-registered-matters",
    "power-of-attorney",
    "seal-registration-certificate",
    "lawyer-registration-proof",
    "other",
]
DOCUMENT_KINDS: tuple[DocumentKind, ...] = DocumentKind.__args__  # type: ignore[attr-defined]

Condition = Literal[
    "copy",                      # send a copy, not the original
    "shows-name-and-address",
    "shows-current-address",
    "issued-within-3-months",
    "mask-my-number",            # Individual Number
    "mask-honseki",              # registered domicile
    "mask-honseki-unless-same-as-address",  # the policy asks it only where the two differ
    "sealed-with-registered-seal",
    "front-only",
]
CONDITIONS: tuple[Condition, ...] = Condition.__args__  # type: ignore[attr-defined]

ResponseMethod = Literal["in-writing", "email", "orally", "electronic-record", "paper"]
RESPONSE_METHODS: tuple[ResponseMethod, ...] = ResponseMethod.__args__  # type: ignore[attr-defined]

FormSource = Literal["download", "web-form", "mailed-by-company", "inquiry"]
ClosedDay = Literal["weekends", "national-holidays", "year-end-break"]
Whose = Literal["person", "representative"]

# "unknown" is how a record says: the policy does not state this.
Unknown = Literal["unknown"]
UNKNOWN: Unknown = "unknown"

MAX_QUOTE_CHARS = 240  # "a sentence or less"; a little slack over the ~200 the brief names

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_known(value: object) -> bool:
    """True unless the record says the policy does not state this."""
    return value != UNKNOWN and value is not None


class Record(BaseModel):
    """Base for every part of a company record: immutable, and typos in keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True,
                              coerce_numbers_to_str=True)

    @field_validator("*")
    @classmethod
    def _visible_text(cls, value: object) -> object:
        # Every text of a record is printed (terminal, wizard, PDF): an escape sequence or a bidi
        # override would act there, and a name of zero-width spaces would print as nothing.
        several = isinstance(value, tuple)
        for number, text in enumerate(value if several else (value,), 1):
            if not isinstance(text, str):
                continue
            which = f"item {number} " if several else ""
            hidden = hidden_character(text)
            if hidden is not None:
                raise ValueError(f"{which}contains an invisible control character "
                                 f"({code_point(hidden)}); delete it (retype the text if you "
                                 "cannot find it)")
            if is_blank(text):
                raise ValueError(f"{which}is empty or only invisible characters; write the text, "
                                 "or leave it out")
        return value


def _as_quotes(value: object) -> object:
    # A quote may be written as one string or a list of strings; inside, it is always a tuple.
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(value)
    return value


class Fact(Record):
    """A fact with the verbatim words of the policy that state it."""

    quote: tuple[str, ...] = Field(
        description="Verbatim excerpt(s) of the policy, each a sentence or less.", min_length=1
    )

    @field_validator("quote", mode="before")
    @classmethod
    def _quote_list(cls, value: object) -> object:
        return _as_quotes(value)

    @field_validator("quote")
    @classmethod
    def _quote_short(cls, quotes: tuple[str, ...]) -> tuple[str, ...]:
        for text in quotes:
            if not text.strip():
                raise ValueError("a quote is empty; copy the policy's words that state this fact")
            if len(text) > MAX_QUOTE_CHARS:
                raise ValueError(
                    f"a quote is {len(text)} characters; shorten it to the words that state "
                    f"the fact (at most {MAX_QUOTE_CHARS})"
                )
        return quotes


def _check_postal(value: str) -> str:
    if value != UNKNOWN and not is_postal_code(value):
        raise ValueError(f"postal code {value!r} must look like 123-4567, or be 'unknown'")
    return value


def _check_phone(value: str) -> str:
    if value != UNKNOWN and not is_phone(value):
        raise ValueError(f"phone {value!r} must be digits with - or spaces, e.g. 03-1234-5678")
    return value


def _check_email(value: str) -> str:
    if value != UNKNOWN and not is_email(value):
        raise ValueError(f"e-mail {value!r} must look like name@example.jp, or be 'unknown'")
    return value


def _check_url(value: str) -> str:
    if value != UNKNOWN and not value.startswith(("http://", "https://")):
        raise ValueError(f"web address {value!r} must start with http:// or https://")
    return value


class Policy(Fact):
    """Which published policy the record was written from."""

    file: str = Field(description="File name in shared/policies/ the quotes come from.")
    title: str = "Privacy policy"
    url: str | Unknown
    revised: date | Unknown

    _url = field_validator("url")(_check_url)

    @field_validator("file")
    @classmethod
    def _bare_file_name(cls, value: str) -> str:
        # Only a name inside the policies folder: never a path that could lead anywhere else.
        if value in (".", "..") or value.startswith(".") or any(c in value for c in "/\\:\0"):
            raise ValueError(f"policy file {value!r} must be a bare file name in the policies "
                             "folder, like 000_a89de472e0e51828.txt (no folders, no '..')")
        return value


class Address(Fact):
    """A postal address as the policy writes it."""

    department: str | Unknown
    postal_code: str | Unknown
    lines: tuple[str, ...] = Field(min_length=1)
    recipient: str | None = Field(None, description="Company name if other than the record's name.")
    note: str | None = None

    _postal = field_validator("postal_code")(_check_postal)


class Contact(Fact):
    """Where to ask questions: the inquiry counter."""

    department: str | Unknown = UNKNOWN
    address: Address | None = None
    phone: str | Unknown = UNKNOWN
    email: str | Unknown = UNKNOWN
    web_form: str | Unknown = UNKNOWN
    hours: str | Unknown = UNKNOWN

    _phone = field_validator("phone")(_check_phone)
    _email = field_validator("email")(_check_email)
    _web = field_validator("web_form")(_check_url)

    def ways_to_ask(self) -> list[tuple[str, str]]:
        """The known ways to reach this counter, as (how, where) pairs."""
        ways = [("e-mail", self.email), ("phone", self.phone), ("web form", self.web_form)]
        if self.address is not None:
            ways.append(("post", ", ".join(self.address.lines)))
        return [(how, where) for how, where in ways if is_known(where)]


class Channels(Fact):
    """How a request may reach the company, and the ways the policy says it refuses."""

    accepted: tuple[Channel, ...] = Field(min_length=1)
    refused: tuple[Channel, ...] = ()
    postage: str | None = Field(None, description="Who pays postage, where the policy says.")

    @model_validator(mode="after")
    def _no_overlap(self) -> "Channels":
        both = set(self.accepted) & set(self.refused)
        if both:
            raise ValueError(f"{sorted(both)} is both accepted and refused; keep it in one list")
        return self


class OfferedKind(Fact):
    """A request kind as the company words it."""

    wording: str = Field(description="The company's own words for this kind of request.")


class CompanyForm(Fact):
    """The company's own request form and how to get it."""

    required: bool = True
    name: str
    get_it: FormSource = Field(description="download, web-form, mailed-by-company or inquiry")
    file_name: str | None = None
    url: str | Unknown = UNKNOWN

    _url = field_validator("url")(_check_url)


class ContactFirst(Fact):
    """The policy wants the person to contact the company before sending a request."""

    why: str


class Document(Record):
    """One accepted document; conditions add to those of its group."""

    kind: DocumentKind
    note: str | None = Field(None, description="What the policy adds, e.g. 'of the applicant'.")
    conditions: tuple[Condition, ...] = ()


def _as_document(value: object) -> object:
    # Shorthand: a bare document kind stands for a document with no note or conditions.
    return {"kind": value} if isinstance(value, str) else value


class DocumentGroup(Fact):
    """Send one of these documents (a group of one is simply "send this")."""

    label: str | None = Field(None, description="What the group proves, e.g. 'proof of identity'.")
    whose: Whose = "person"
    one_of: tuple[Document, ...] = Field(min_length=1)
    conditions: tuple[Condition, ...] = ()

    @field_validator("one_of", mode="before")
    @classmethod
    def _shorthand(cls, value: object) -> object:
        if isinstance(value, list):
            return [_as_document(item) for item in value]
        return value


class SameAs(Fact):
    """The documents of another requester kind apply, plus any listed here."""

    same_as: RequesterKind
    plus: tuple[DocumentGroup, ...] = ()


DocumentList = Union[tuple[DocumentGroup, ...], SameAs, Unknown]


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


class Enclosure(Fact):
    """Something else to put in the envelope: a return envelope, stamps."""

    item: str
    item_ja: str | None = Field(None, description="The same in Japanese, for the letter.")
    amount_yen: int | None = Field(None, ge=0)
    kinds: tuple[RequestKind, ...] | Literal["all"] = "all"


class Fee(Fact):
    """A fee rule; amount_yen 0 means the policy says there is no fee."""

    kinds: tuple[RequestKind, ...] | Literal["all"] = "all"
    amount_yen: int = Field(ge=0)
    per: str | None = None
    payment: str | Unknown = UNKNOWN
    pay_when: Literal["before-sending", "with-request", "on-notice"] | Unknown = UNKNOWN


class ResponseMethods(Fact):
    kinds: tuple[RequestKind, ...] | Literal["all"] = "all"
    offered: tuple[ResponseMethod, ...] = Field(min_length=1)
    requester_chooses: bool = False
    note: str | None = None


class TimeLimit(Fact):
    """A time the policy promises for an answer."""

    business_days: int | None = Field(None, gt=0)
    calendar_days: int | None = Field(None, gt=0)
    counted_from: str
    closed: tuple[ClosedDay, ...] = ("weekends", "national-holidays")

    @model_validator(mode="after")
    def _one_count(self) -> "TimeLimit":
        if (self.business_days is None) == (self.calendar_days is None):
            raise ValueError("give exactly one of business_days or calendar_days")
        return self


class Text(Fact):
    """A short statement with its quote; kinds says which requests it concerns."""

    text: str
    kinds: tuple[RequestKind, ...] | Literal["all"] = "all"


class Response(Record):
    methods: tuple[ResponseMethods, ...] | Unknown
    time_limit: TimeLimit | Unknown
    delivery: Text | None = None
    identity_check: Text | None = None


class RefusalGround(Fact):
    ground: str = Field(description="The ground in plain words.")
    kinds: tuple[RequestKind, ...] | Literal["all"] = "all"
    prevent: str | None = Field(None, description="What the person can do so it does not apply.")


class ComplaintBody(Fact):
    name: str
    role: Literal["company", "accredited-organisation"]
    department: str | None = None
    postal_code: str | Unknown = UNKNOWN
    address: str | Unknown = UNKNOWN
    phone: tuple[str, ...] = ()
    hours: str | None = None
    note: str | None = None

    _postal = field_validator("postal_code")(_check_postal)

    @field_validator("phone", mode="before")
    @classmethod
    def _phones(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value

    @field_validator("phone")
    @classmethod
    def _phone_shapes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for number in value:
            _check_phone(number)
        return value


class Company(Record):
    """One company's published procedure for requests under the APPI."""

    id: str
    name: str
    name_ja: str | None = Field(None, description="Japanese trade name; not a procedural fact.")
    aliases: tuple[str, ...] = Field((), description="Services and group names people search by.")
    policy: Policy
    checked: date = Field(description="When a person last compared this record with the policy.")
    quality: Literal["reviewed", "imported"] = Field(
        "reviewed", description="'imported': made by the import assistant and not yet checked "
        "fact by fact by a person; the checklist says so.")
    reviewed_by: str | None = Field(None, description="Who checked an imported record.")
    send_to: Address | Unknown
    inquiries: Contact | Unknown
    channels: Channels | Unknown
    request_kinds: dict[RequestKind, OfferedKind] = Field(min_length=1)
    form: CompanyForm | Unknown
    contact_first: ContactFirst | None = None
    documents: Documents | Unknown
    enclosures: tuple[Enclosure, ...] = ()
    fees: tuple[Fee, ...] | Unknown
    response: Response
    refusal_grounds: tuple[RefusalGround, ...] = ()
    after_request: tuple[Text, ...] = Field((), description="What happens to what you send.")
    complaints: tuple[ComplaintBody, ...] = ()
    notes: tuple[Text, ...] = ()

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(
                f"id {value!r} must be lower-case letters, digits and single hyphens, "
                "e.g. 'persol-career' (it is also the file name)"
            )
        return value

    @field_validator("aliases", mode="before")
    @classmethod
    def _alias_list(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _fees_name_offered_kinds(self) -> "Company":
        if is_known(self.fees):
            for fee in self.fees:  # type: ignore[union-attr]
                if fee.kinds != "all" and len(set(fee.kinds)) != len(fee.kinds):
                    raise ValueError("a fee lists the same request kind twice")
        return self


def iter_quotes(node: object, path: str = "") -> Iterator[tuple[str, str]]:
    """Every (field path, quote) in a record, for checking quotes against the policy text."""
    if isinstance(node, Fact):
        for text in node.quote:
            yield path or "(record)", text
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from iter_quotes(getattr(node, name), f"{path}.{name}" if path else name)
    elif isinstance(node, (tuple, list)):
        for index, item in enumerate(node):
            yield from iter_quotes(item, f"{path}[{index}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from iter_quotes(item, f"{path}.{key}")

