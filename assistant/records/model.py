"""The company record: every procedural fact a published privacy policy states, each with its quote.

Plain pydantic, no YAML and no Qt: the directory turns files into these objects, the requirements
engine reads them. A fact the policy does not state is the literal string ``unknown``; the
program then tells the user what is missing and how to ask, instead of guessing.
"""
from __future__ import annotations

from typing import Iterator, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

# The record is built in two modules; this one is its public face, so everything is named here.
from assistant.records.facts import *  # noqa: F401,F403 - the record's vocabularies and base classes
from assistant.records.facts import _ID, BoundedDate, Fact, Record, Unknown
from assistant.records.parts import *  # noqa: F401,F403 - the parts of a record
from assistant.records.parts import (
    Address, Channels, CompanyForm, ComplaintBody, Contact, ContactFirst, Documents, Enclosure,
    EnteredAddress,
    Fee, OfferedKind, Policy, RefusalGround, Response, Text,
)
from assistant.records.vocabulary import REQUEST_KINDS, REQUESTER_KINDS, RequestKind, RequesterKind  # noqa: F401


class Company(Record):
    """One company's published procedure for requests under the APPI."""

    id: str
    name: str
    name_ja: str | None = Field(None, description="Japanese trade name; not a procedural fact.")
    aliases: tuple[str, ...] = Field((), description="Services and group names people search by.")
    policy: Policy | None = Field(None, description="Required, except in a law-only record.")
    checked: BoundedDate = Field(description="When a person last compared this record with the policy.")
    quality: Literal["reviewed", "imported", "law-only"] = Field(
        "reviewed", description="'imported': made by the import assistant and not yet checked "
        "fact by fact by a person; the checklist says so. 'law-only': made in memory from a name "
        "and address the user typed, for a company without a record (law_only.py).")
    entered_address: EnteredAddress | None = Field(
        None, description="Law-only records: the address the user typed (not a policy fact).")
    reviewed_by: str | None = Field(None, description="Who checked an imported record.")
    corporate_number: str | None = Field(
        None, description="法人番号: 13 digits, the first the check digit (register_layout.py).")
    send_to: Address | Unknown
    inquiries: Contact | Unknown
    channels: Channels | Unknown
    request_kinds: dict[RequestKind, OfferedKind] = {}
    form: CompanyForm | tuple[CompanyForm, ...] | Unknown = Field(
        description="The company's own form, or a list of forms where each kind of request has its own.")
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

    @field_validator("corporate_number")
    @classmethod
    def _corporate_number(cls, value: str | None) -> str | None:
        from assistant.records.register_layout import is_corporate_number

        if value is not None and not is_corporate_number(value):
            raise ValueError(f"corporate number {value!r} must be the 13 digits of a 法人番号 "
                             "whose check digit matches (see the NTA's 法人番号公表サイト)")
        return value

    @field_validator("aliases", mode="before")
    @classmethod
    def _alias_list(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _law_only_apart(self) -> "Company":
        # A record read from a file always rests on a policy; only a law-only one (made in
        # memory from what the user typed) has none, and only it carries a typed address.
        if self.quality == "law-only":
            return self
        if self.policy is None:
            raise ValueError("policy: missing; name the policy file the quotes come from")
        if not self.request_kinds:
            raise ValueError("request_kinds: list at least one kind of request the policy offers")
        if self.entered_address is not None:
            raise ValueError("entered_address: only a law-only record has one; use send_to")
        return self

    @model_validator(mode="after")
    def _fees_name_offered_kinds(self) -> "Company":
        if is_known(self.fees):
            for fee in self.fees:  # type: ignore[union-attr]
                if fee.kinds != "all" and len(set(fee.kinds)) != len(fee.kinds):
                    raise ValueError("a fee lists the same request kind twice")
        return self

    @field_validator("form", mode="before")
    @classmethod
    def _one_form(cls, value: object) -> object:
        return value[0] if isinstance(value, list) and len(value) == 1 else value  # a list of one is that one

    @model_validator(mode="after")
    def _forms_by_kind(self) -> "Company":
        if isinstance(self.form, tuple):
            named: list[str] = []
            for form in self.form:
                if form.kinds == "all":
                    raise ValueError(f"form: 「{form.name}」 is one of several forms; give it kinds: the "
                                     "requests it is for (disclosure, correction, …)")
                named += form.kinds
            if twice := sorted({k for k in named if named.count(k) > 1}):
                raise ValueError(f"form: {', '.join(twice)} is in the kinds of two forms; give each "
                                 "request one form")
        return self

    @property
    def forms(self) -> tuple[CompanyForm, ...]:
        """Every form of the company's the record names (none for ``form: unknown``)."""
        return self.form if isinstance(self.form, tuple) else (self.form,) if is_known(self.form) else ()  # type: ignore[return-value]

    def form_for(self, kind: RequestKind) -> CompanyForm | None:
        """The company's form for this kind of request; None where the policy names forms but none
        for this kind, or names no form (``form: unknown``)."""
        return next((f for f in self.forms if f.kinds == "all" or kind in f.kinds), None)


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
