"""The checklist: everything one person needs for one request to one company, as plain data.

Built by requirements.build_checklist; read by the text and JSON output, the PDFs and the wizard.
Every line says where it comes from (the company's policy with its quote, the law, general
practice, or an assumption the program makes), so nothing is presented as the company's rule
unless the company's policy says it.
"""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

Source = Literal["policy", "law", "general", "assumption", "program"]


class Item(BaseModel):
    model_config = ConfigDict(frozen=True)


class Line(Item):
    """One thing to know or do, with where it comes from."""

    text: str
    text_ja: str | None = None
    source: Source = "policy"
    quote: tuple[str, ...] = ()
    warning: bool = False


class DocumentChoice(Item):
    kind: str
    name: str
    name_ja: str
    note: str | None = None
    instructions: tuple[Line, ...] = ()


class DocumentNeed(Item):
    """Send one of the choices (a single choice: send that document)."""

    label: str
    whose: Literal["person", "representative"]
    choices: tuple[DocumentChoice, ...]
    instructions: tuple[Line, ...] = ()
    quote: tuple[str, ...] = ()


class Fee(Item):
    status: Literal["none", "charged", "not-stated"]
    amount_yen: int | None = None
    per: str | None = None
    pay_when: str | None = None
    lines: tuple[Line, ...] = ()


class Envelope(Item):
    """The address block as a Japanese envelope wants it: 〒, address, company, department 御中."""

    postal_code: str | None  # None: unknown, ask
    address_lines: tuple[str, ...]
    company: str
    company_en: str
    department: str | None
    honorific: str = "御中"
    confirmed: bool = True  # False: an inquiry address, not one the policy names for requests
    note: str | None = None
    quote: tuple[str, ...] = ()

    def block(self) -> list[str]:
        """The lines to write on the envelope, top to bottom."""
        lines = [f"〒{self.postal_code}" if self.postal_code else "〒 (postal code unknown: ask)"]
        lines += list(self.address_lines)
        if self.department:
            lines += [self.company, f"{self.department} {self.honorific}"]
        else:
            lines.append(f"{self.company} {self.honorific}")
        return lines


class Deadline(Item):
    label: str
    day: date
    explanation: str
    source: Source
    assumption: str | None = None
    quote: tuple[str, ...] = ()


class Unknown(Item):
    """A fact the policy does not state, and how to ask for it."""

    what: str
    ask: tuple[str, ...]


class Step(Item):
    key: str
    title: str
    lines: tuple[Line, ...]


class Checklist(Item):
    company_id: str
    company: str
    company_ja: str | None
    # Set where the company's record comes from the person's own folder and replaces the
    # installed one: the sentence that says so (see directory.override_notice).
    record_override: str | None = None
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
    steps: tuple[Step, ...]
    documents: tuple[DocumentNeed, ...]
    fee: Fee
    enclosures: tuple[Line, ...]
    envelope: Envelope | None
    response_methods: tuple[str, ...] = ()  # answer methods the company offers for this kind
    channels_accepted: tuple[str, ...]
    channels_refused: tuple[str, ...]
    checks: tuple[Line, ...]
    refusal_grounds: tuple[Line, ...]
    deadlines: tuple[Deadline, ...]
    unknowns: tuple[Unknown, ...]
    legal_notes: tuple[Line, ...]
    complaint_routes: tuple[Line, ...]

    @property
    def listed_by_company(self) -> bool:
        return self.company_wording is not None
