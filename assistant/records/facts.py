"""The record's building blocks: its vocabularies, the base classes (every text checked for hidden
characters; every fact with its verbatim quote), and the shape checks for codes and addresses.
Plain pydantic; the parts (model_parts.py) and the company (model.py) are built from these."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from assistant.io.bounds import MAX_LIMIT_DAYS, MAX_YEN, check_event_date
from assistant.records.patterns import code_point, hidden_character, is_blank, is_email, is_phone, is_postal_code

# --- vocabularies -------------------------------------------------------------------------------
# Values are kebab-case so records read like plain English; the labels shown to people live in
# forms/labels.yaml, the APPI articles in resources/law.yaml.

# The request and requester kinds live in vocabulary.py, so the CLI and the wizard's first page
# can name them without pydantic; they are re-exported here for everything else.
from assistant.records.vocabulary import REQUEST_KINDS, REQUESTER_KINDS, RequestKind, RequesterKind  # noqa: E402,F401

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
    # What replaced the paper card from 2 December 2025 (law.yaml document_limits): offered in
    # place of a card a policy names, never written in a record by hand.
    "health-insurance-eligibility-certificate",
    "health-insurance-eligibility-certificate-with-dependants",
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
    "original",                  # send the original as issued (a certificate)
    "shows-name-and-address",
    "shows-current-address",
    "issued-within-3-months",
    "issued-within-30-days",     # 「開示等の求めをする日前30日以内に作成されたもの」
    "issued-within-6-months",
    "mask-my-number",            # Individual Number
    "mask-honseki",              # registered domicile
    "mask-honseki-unless-same-as-address",  # the policy asks it only where the two differ
    "sealed-with-registered-seal",
    "front-only",
    "of-the-seal-on-the-authorisation",  # a seal certificate: of the 実印 on the 委任状
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

# Dates and numbers within the program's bounds (io/bounds.py): the checklist adds days to them.
BoundedDate = Annotated[date, AfterValidator(check_event_date)]
Yen = Annotated[int, Field(ge=0, le=MAX_YEN)]
LimitDays = Annotated[int, Field(gt=0, le=MAX_LIMIT_DAYS)]

MAX_QUOTE_CHARS = 240  # "a sentence or less"; a little slack over the ~200 the brief names

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_known(value: object) -> bool:
    """True unless the record says the policy does not state this."""
    return value != UNKNOWN and value is not None


class Record(BaseModel):
    """Base for every part of a company record: immutable, and typos in keys are errors."""

    # defer_build: a model's validator is made when the model is first used, so a command
    # builds those it validates with (a record, the law), not every one it imports.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True,
                              coerce_numbers_to_str=True, defer_build=True)

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
