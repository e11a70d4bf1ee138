"""The wording of letters and messages, kept in forms/ per language so it can be edited as text."""
from __future__ import annotations

import string
from functools import lru_cache
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

from .details import Capacity
from .model import RequestKind
from .paths import FORMS_DIR

Language = Literal["ja", "en"]
LANGUAGES: tuple[Language, ...] = ("ja", "en")


class KindWording(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str
    request: str


class LetterWording(BaseModel):
    """Every phrase of the letter in one language (forms/letter/<language>.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    date_label: str
    addressee_suffix: str
    law_name: str
    opening: str
    closing: str
    end_mark: str
    end_of_document: str
    kinds: dict[RequestKind, KindWording]
    combined_title: str
    on_behalf: str
    capacities: dict[Capacity, str]
    cover_title: str
    cover_intro: str
    headings: dict[str, str]
    fields: dict[str, str]
    response_method: str
    fee_enclosed: str
    fee_paid: str
    no_enclosures: str
    signature_line: str
    seal: str
    page: str


def placeholders(template: str) -> set[str]:
    """The {names} a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@lru_cache(maxsize=2)
def letter_wording(language: Language) -> LetterWording:
    """The letter's phrases in this language."""
    with (FORMS_DIR / "letter" / f"{language}.yaml").open(encoding="utf-8") as handle:
        return LetterWording.model_validate(yaml.safe_load(handle))


@lru_cache(maxsize=2)
def message_template(language: Language) -> str:
    """The first-contact message template in this language."""
    return (FORMS_DIR / "message" / f"{language}.txt").read_text(encoding="utf-8")
