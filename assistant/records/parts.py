"""The parts of a company record: where to send, how, which form, which documents, the fee, the
answer, refusal grounds and complaint bodies, each a fact with the policy's own words."""
from __future__ import annotations

from typing import Literal, Union

from pydantic import Field, field_validator, model_validator

from assistant.records.facts import (UNKNOWN, BoundedDate, Channel, ClosedDay, Condition, DocumentKind,
                                     Fact, FormSource, LimitDays, Record, ResponseMethod, Unknown, Whose,
                                     Yen, _check_email, _check_phone, _check_postal, _check_url, is_known)
from assistant.records.patterns import domestic_phone
from assistant.records.vocabulary import REQUESTER_KINDS, RequestKind, RequesterKind
# The address parts live apart (their Japanese side is long); named here with the other parts.
from assistant.records.address_parts import Address, EnteredAddress  # noqa: F401
# The documents too (groups, counts, alternatives): named here with the other parts.
from assistant.records.document_parts import (  # noqa: F401
    Document, DocumentGroup, DocumentList, Documents, Either, Needed, SameAs,
)

class Policy(Fact):
    """Which published policy the record was written from."""

    file: str = Field(description="File name in shared/policies/ the quotes come from.")
    title: str = "Privacy policy"
    url: str | Unknown
    revised: BoundedDate | Unknown
    short_term_excluded: Fact | None = Field(
        None, description="The policy's words excluding data kept six months or less from 保有個人データ "
        "(an exclusion the law dropped on 1 April 2022): the checklist says so.")
    public_body: Fact | None = Field(
        None, description="The page's words showing a public body's procedure (「保有個人情報の開示請求」 at a "
        "city hall): the checklist says it runs under the Act's Chapter 5, not a company's articles.")
    procedure_elsewhere: Fact | None = Field(
        None, description="The policy's words sending the reader to another page for the documents or "
        "the way to request (「…については、コチラをご参照ください」): the checklist says to follow that page.")

    _url = field_validator("url")(_check_url)

    @field_validator("file")
    @classmethod
    def _bare_file_name(cls, value: str) -> str:
        # Only a name inside the policies folder: never a path that could lead anywhere else.
        if value in (".", "..") or value.startswith(".") or any(c in value for c in "/\\:\0"):
            raise ValueError(f"policy file {value!r} must be a bare file name in the policies "
                             "folder, like 000_a89de472e0e51828.txt (no folders, no '..')")
        return value


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

    def ways_to_ask(self) -> list[tuple[str, str, str]]:
        """The known ways to reach this counter, as (how, where, where in Japanese): a phone
        number as dialled in Japan, the address in Japanese where the record has it."""
        ways = [("e-mail", self.email, self.email), ("phone", self.phone, domestic_phone(self.phone)),
                ("web form", self.web_form, self.web_form)]
        if self.address is not None and is_known(self.address.lines):
            ways.append(("post", ", ".join(self.address.lines),
                         " ".join(self.address.lines_ja or self.address.lines)))
        return [way for way in ways if is_known(way[1])]


class EnvelopeMarking(Fact):
    """What the policy asks to be written on the envelope (instead of the usual marking)."""

    text: str = Field(min_length=1)


class Channels(Fact):
    """How a request may reach the company, and the ways the policy says it refuses."""

    accepted: tuple[Channel, ...] = Field(min_length=1)
    refused: tuple[Channel, ...] = ()
    postage: str | None = Field(None, description="Who pays postage, where the policy says.")
    envelope_marking: EnvelopeMarking | None = Field(
        None, description="The marking the policy asks for on the envelope, e.g. 開示請求書在中.")

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
    get_it: FormSource | tuple[FormSource, ...] | Unknown = Field(
        description="download, web-form, mailed-by-company or inquiry, or a list of them where the "
        "policy offers several ways (the first is the one named first); unknown: the policy names "
        "the form but not how to get it")
    file_name: str | None = None
    url: str | Unknown = UNKNOWN
    kinds: tuple[RequestKind, ...] | Literal["all"] = Field(
        "all", description="The requests this form is for, where the policy gives each kind its own "
        "form (「開示請求書」, 「訂正等請求書」); all: one form for every request.")

    _url = field_validator("url")(_check_url)

    @field_validator("get_it", mode="before")
    @classmethod
    def _ways(cls, value: object) -> object:
        if isinstance(value, (list, tuple)):
            if not value:
                raise ValueError("get_it is an empty list: write the way the policy names, or unknown")
            if len(set(value)) != len(value):
                raise ValueError(f"get_it names a way twice ({', '.join(map(str, value))}): keep each once")
            return value[0] if len(value) == 1 else tuple(value)  # a list of one is that one way
        return value

    @property
    def ways(self) -> tuple[str, ...]:
        """Every way the policy offers to get the form, the first named first (none if unknown)."""
        if isinstance(self.get_it, tuple):
            return self.get_it
        return () if self.get_it == "unknown" else (self.get_it,)


class ContactFirst(Fact):
    """The policy wants the person to contact the company before sending a request."""

    why: str


class Enclosure(Fact):
    """Something else to put in the envelope: a return envelope, stamps."""

    item: str
    item_ja: str | None = Field(None, description="The same in Japanese, for the letter (for a "
                                "return envelope: what it is for, ご回答書のご送付用).")
    amount_yen: Yen | None = None
    postage: tuple[str, ...] = Field((), description="The postage it pays for, as law.yaml's "
                                     "postal_fees names it (letter, registered-mail): checked "
                                     "against Japan Post's current fees.")
    kinds: tuple[RequestKind, ...] | Literal["all"] = "all"
    # A return envelope for the answer: worded by the documents, addressed to whoever receives it.
    return_envelope: bool = False


class Fee(Fact):
    """A fee rule; amount_yen 0 means the policy says there is no fee, `unknown` that it charges
    one without saying how much (the checklist then says to ask before sending)."""

    kinds: tuple[RequestKind, ...] | Literal["all"] = "all"
    amount_yen: Yen | Unknown
    per: str | None = None
    payment: str | Unknown = UNKNOWN
    pay_when: Literal["before-sending", "with-request", "on-notice"] | Unknown = UNKNOWN
    sometimes: bool = Field(False, description="The policy says only that it may charge the fee "
                            "(「…手数料を申し受ける場合があります」): said so, never as a fee that will be charged.")


class ResponseMethods(Fact):
    kinds: tuple[RequestKind, ...] | Literal["all"] = "all"
    offered: tuple[ResponseMethod, ...] = Field(min_length=1)
    requester_chooses: bool = False
    note: str | None = None


class TimeLimit(Fact):
    """A time the policy promises for an answer."""

    business_days: LimitDays | None = None
    calendar_days: LimitDays | None = None
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
    text_ja: str | None = Field(None, description="The same statement in Japanese, for Japanese "
                                "output (else the policy's words are shown instead).")
    kinds: tuple[RequestKind, ...] | Literal["all"] = "all"


class Pace(Fact):
    """When the company says it answers, in words and no days (「遅滞なく」, "without delay")."""

    words: str = Field(max_length=40, description="The policy's own words, e.g. 遅滞なく or 合理的な期間.")
    kinds: tuple[RequestKind, ...] | Literal["all"] = "all"


class Response(Record):
    methods: tuple[ResponseMethods, ...] | Unknown
    time_limit: TimeLimit | Unknown
    delivery: Text | None = None
    identity_check: Text | None = None
    pace: Pace | None = None


class RefusalGround(Fact):
    ground: str = Field(description="The ground in plain words.")
    kinds: tuple[RequestKind, ...] | Literal["all"] = "all"
    requesters: tuple[RequesterKind, ...] | Literal["all"] = Field(
        "all", description="Who it concerns, e.g. only an agent (the seal on the authorisation).")
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
    # For Japanese output, as the body writes itself in Japanese (source_ja says where that was
    # seen); a company's own desk without name_ja is named by the record's name_ja.
    name_ja: str | None = None
    department_ja: str | None = None
    address_ja: str | None = None
    source_ja: str | None = Field(None, description="Where the Japanese forms were seen: a URL, "
                                  "or japan-post for an address derived from Japan Post's data.")
    address_ja_incomplete: str | None = Field(
        None, max_length=300, description="Why address_ja lacks the building or floor (e.g. the sources "
        "write it differently): the complaint then asks the sender to add it from the body's website.")

    _postal = field_validator("postal_code")(_check_postal)

    @model_validator(mode="after")
    def _japanese_has_a_source(self) -> "ComplaintBody":
        if (self.name_ja or self.department_ja or self.address_ja) and not self.source_ja:
            raise ValueError("say where the Japanese name or address was seen (source_ja: a URL, "
                             "or japan-post for an address derived from Japan Post's data)")
        return self

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
