"""The person's details for a letter: who asks, who acts for them, what they ask for.

Plain pydantic. Entered in the wizard or read from a details file (details_file.py); checked here
so that the letter never goes out with a missing name or an impossible date of birth.
"""
from __future__ import annotations

import unicodedata
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from typing import Literal

from assistant.records.facts import DocumentKind
from assistant.records.model import REQUEST_KINDS, RequestKind, RequesterKind, ResponseMethod
from assistant.records.patterns import is_blank, is_email, typed_phone, typed_postal_code
from assistant.records.vocabulary import CAPACITY_TO_REQUESTER, Capacity


MAX_FIELD = 5000  # generous: a correction may quote a long text; more is almost surely a mistake


def clean_text(value: str) -> str:
    """Drop control and format characters (but keep line breaks): escape sequences, bidi overrides,
    zero-width spaces; and lone surrogates. Trim the ends."""
    kept = []
    for ch in value:
        category = unicodedata.category(ch)
        if ch in "\n\t":
            kept.append(ch)
        elif category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)
    return "".join(kept).strip()


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_max_length=MAX_FIELD,
                              coerce_numbers_to_str=True, defer_build=True)  # as Record's

    @field_validator("*", mode="before")
    @classmethod
    def _clean(cls, value: object, info: ValidationInfo) -> object:
        if isinstance(value, str):
            text = clean_text(value)
            if not is_blank(text):
                return text
            # Nothing visible (spaces, zero-width characters) is as good as nothing written.
            if cls.model_fields[info.field_name].is_required():
                raise PydanticCustomError("missing", "Field required")
            return None
        if isinstance(value, list):
            items = [clean_text(v) if isinstance(v, str) else v for v in value]
            return [v for v in items if not (isinstance(v, str) and is_blank(v))]
        return value


def check_postal(value: str | None) -> str | None:
    if value is None:
        return None
    code = typed_postal_code(value)
    if code is None:
        raise ValueError("postal code must be 7 digits like 150-0001")
    return code


def check_email(value: str | None) -> str | None:
    if value is not None and not is_email(value):
        raise ValueError("e-mail must look like name@example.jp")
    return value


def check_phone(value: str | None) -> str | None:
    if value is None:
        return None
    phone = typed_phone(value)
    if phone is None:
        raise ValueError("phone must be digits with - or spaces, like 090-1234-5678")
    return phone


class Person(Entry):
    """The person whose data it is."""

    full_name: str = Field(description="as on the identity document")
    full_name_kana: str | None = None
    date_of_birth: date
    postal_code: str | None = None
    address: str
    phone: str | None = None
    email: str | None = None
    former_names: str | None = Field(None, description="names or addresses used before")
    # The identity documents the person encloses (document kinds, e.g. my-number-card): the
    # letter names them; none: it leaves a blank to write the document's name in.
    documents: tuple[DocumentKind, ...] = Field((), max_length=8)

    _postal = field_validator("postal_code")(check_postal)
    _email = field_validator("email")(check_email)
    _phone = field_validator("phone")(check_phone)

    @field_validator("date_of_birth", mode="before")
    @classmethod
    def _written(cls, value: object) -> object:
        # As people write it: 1985/4/12, 昭和60年4月12日, S60.4.12 (law/japanese_dates.py).
        if isinstance(value, str) and not is_blank(value):
            from assistant.law.japanese_dates import parse_written_date

            return parse_written_date(value)
        return value

    @field_validator("date_of_birth")
    @classmethod
    def _past(cls, value: date) -> date:
        if value >= date.today():
            raise ValueError("date of birth must be in the past")
        if value.year < 1900:
            raise ValueError("date of birth must be after 1900")
        return value


class Representative(Entry):
    """Someone acting for the person."""

    capacity: Capacity
    full_name: str
    full_name_kana: str | None = None
    postal_code: str | None = None
    address: str
    phone: str | None = None
    email: str | None = None
    registration_number: str | None = Field(None, description="a lawyer's registration number")
    bar_association: str | None = Field(None, description="a lawyer's bar association (所属弁護士会)")
    documents: tuple[DocumentKind, ...] = Field((), max_length=8)  # as Person.documents

    _postal = field_validator("postal_code")(check_postal)
    _email = field_validator("email")(check_email)
    _phone = field_validator("phone")(check_phone)

    @model_validator(mode="after")
    def _lawyer_number(self) -> "Representative":
        if self.capacity == "lawyer" and not self.registration_number:
            raise ValueError("registration_number: a lawyer's registration number is required")
        return self


CorrectionAction = Literal["correction", "addition", "deletion"]  # 訂正 / 追加 / 削除 (Art. 34(1))


class Correction(Entry):
    # What is asked: only these are named in the letter (not all three of the Act's words).
    actions: tuple[CorrectionAction, ...] = Field(("correction",), min_length=1)
    current: str = Field(description="what the company holds now")
    correct: str = Field(description="what it should say (for a deletion: what is left)")


class RequestDetails(Entry):
    kinds: tuple[RequestKind, ...] = Field(min_length=1)
    services: tuple[str, ...] = ()
    account_ids: tuple[str, ...] = ()
    period: str | None = None
    response_method: ResponseMethod | None = None
    correction: Correction | None = None
    grounds: tuple[str, ...] = Field((), description="keys of the Art. 35 grounds relied on")
    ground_details: str | None = None
    # The facts for a ground that says the company broke the law (law.yaml facts: true), by key.
    ground_facts: dict[str, str] = Field(default_factory=dict, max_length=12)

    @field_validator("kinds", mode="before")
    @classmethod
    def _one_kind(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _what_each_kind_needs(self, info: ValidationInfo) -> "RequestDetails":
        if len(set(self.kinds)) != len(self.kinds):
            raise ValueError("kinds: a request kind is listed twice")
        if "correction" in self.kinds and self.correction is None:
            raise ValueError("correction: say what the data says now (current) and what it "
                             "should say (correct)")
        # Which kinds need a ground is the law data's rule: validate with context={"law": law}.
        law = (info.context or {}).get("law")
        if law is not None and any(law.needs_grounds(k) for k in self.kinds) and not self.grounds:
            raise ValueError("grounds: name at least one ground for suspension (e.g. "
                             "no-longer-needed, rights-harmed)")
        for key in self.grounds if law is not None else ():
            ground = law.suspension_grounds.get(key)
            if ground is not None and ground.facts and not (self.ground_facts.get(key) or "").strip():
                # Alleging a breach of the Act without facts hurts the person who sends it.
                raise ValueError(f"ground_facts.{key}: this ground says the company broke the law; "
                                 f"write the facts it rests on, or leave the ground out")
        return self

    def ordered_kinds(self) -> tuple[RequestKind, ...]:
        """The kinds in the Act's order, so letters read the same however they were picked."""
        return tuple(k for k in REQUEST_KINDS if k in self.kinds)


class Details(Entry):
    """Everything a letter needs from the person."""

    requester: Person
    representative: Representative | None = None
    request: RequestDetails

    @property
    def requester_kind(self) -> RequesterKind:
        if self.representative is None:
            return "self"
        return CAPACITY_TO_REQUESTER[self.representative.capacity]
