"""One request as data: which company, which kinds, who asks, the person's details, the options
and the letter's languages.

Every front end builds a RequestCase and hands it to the facade (facade.py); a draft is a saved
RequestCase (drafts.py). A case may be unfinished: `typed` holds what was typed, as typed, and
`details` the same checked by the Details model (None until it passes).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_serializer, field_validator

from assistant.case.details import (
    MAX_FIELD, Correction, Details, Person, Representative, clean_text)
from assistant.io.yaml_errors import plain_message
from assistant.records.model import REQUEST_KINDS, BoundedDate, RequestKind, RequesterKind
from assistant.law.wording import PRIMARY

if TYPE_CHECKING:
    from assistant.law.model import Law

try:  # the blake2 module alone; hashlib would load OpenSSL
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Python builds
    from hashlib import blake2b

# Fields typed as one line of comma-separated values (、 too) that the Details model takes as lists.
LIST_PATHS = frozenset({"request.services", "request.account_ids", "requester.documents",
                        "representative.documents", "request.correction.actions"})
GROUND_FACTS = "request.ground_facts."  # + a ground's key: the facts for that ground
DATE_OF_BIRTH = "requester.date_of_birth"
GROUND_DETAILS = "request.ground_details"


# Every field a person can type, as a path in the details: what Typed.fields may hold.
TYPED_PATHS = frozenset(
    [f"requester.{name}" for name in Person.model_fields]
    + [f"representative.{name}" for name in Representative.model_fields if name != "capacity"]
    + [f"request.{name}" for name in ("services", "account_ids", "period", "ground_details")]
    + [f"request.correction.{name}" for name in Correction.model_fields])


class Typed(BaseModel):
    """What was typed or chosen for the details, as it was (it may be incomplete or wrong)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    fields: dict[str, str] = Field(
        default_factory=dict,
        description="path in the details (requester.full_name, request.correction.current) → text")
    capacity: str | None = None  # the representative's capacity, when someone acts for the person
    grounds: tuple[str, ...] = ()  # keys of law.suspension_grounds ticked
    response_method: str | None = None
    sent_on: str = ""  # the posting date as typed

    @field_validator("fields", mode="before")
    @classmethod
    def _known_paths(cls, value: object) -> object:
        # A draft may come from anywhere (or a newer version): only the details' own fields are
        # kept, so that assembling the details (details_data) meets no path it cannot follow.
        if isinstance(value, dict):
            return {path: text for path, text in value.items()
                    if path in TYPED_PATHS or path.startswith(GROUND_FACTS) and len(path) < 80}
        return value

    def has_personal_data(self) -> bool:
        return any(value.strip() for value in self.fields.values())

    @classmethod
    def from_details(cls, details: Details) -> "Typed":
        """The texts a person would type to get these details (for a case made from a file)."""
        fields: dict[str, str] = {}
        data = details.model_dump(mode="json", exclude_none=True)
        for section in ("requester", "representative"):
            for key, value in data.get(section, {}).items():
                if key != "capacity" and value != []:
                    fields[f"{section}.{key}"] = ", ".join(value) if isinstance(value, list) else str(value)
        request = data["request"]
        for key in ("services", "account_ids"):
            if request.get(key):
                fields[f"request.{key}"] = ", ".join(request[key])
        for key in ("period", "ground_details"):
            if request.get(key):
                fields[f"request.{key}"] = request[key]
        for key, value in request.get("correction", {}).items():
            if key != "actions" or value != ["correction"]:  # the default, as the wizard leaves it
                fields[f"request.correction.{key}"] = ", ".join(value) if isinstance(value, list) else value
        for key, value in request.get("ground_facts", {}).items():
            fields[GROUND_FACTS + key] = value
        rep = details.representative
        return cls(fields=fields, capacity=rep.capacity if rep else None,
                   grounds=details.request.grounds, response_method=details.request.response_method)


class CaseOptions(BaseModel):
    """What the checklist and the letter need beyond the person's details."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    # Each within the program's bounds (io/bounds.py): the dates that follow are counted from them.
    sent_on: BoundedDate | None = None  # the day the request is posted
    arrived_on: BoundedDate | None = None  # the day it reached the company (delivery record)
    letter_date: BoundedDate | None = None  # the date on the letter; None: the day it is made
    # Set only when the person confirms they paid the fee: the letter then says when and how;
    # otherwise it never says the fee was paid.
    fee_paid_on: BoundedDate | None = None
    fee_paid_how: str | None = Field(None, max_length=MAX_FIELD)
    # The reference the tracker gave the case (unique among tracked cases); None: from the request.
    reference: str | None = None


class EnteredCompany(BaseModel):
    """A company without a record, as the user typed it (the law-only route, law_only.py)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_max_length=MAX_FIELD, defer_build=True)

    name: str
    address: str
    postal_code: str | None = None
    department: str | None = None
    # A company of the national register (register.py): its 法人番号, and the day of the
    # register's data the name and address come from.
    corporate_number: str | None = None
    register_as_of: date | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _typed_text(cls, value: object) -> object:
        # As the person's details are: a bidi override or an escape sequence in a draft's company
        # is dropped, never carried into a record that would refuse it (law_only.py).
        return clean_text(value) if isinstance(value, str) else value


class RequestCase(BaseModel):
    """Everything about one request to one company. Frozen: change it with model_copy(update=…)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    company_id: str | None = None
    company_entered: EnteredCompany | None = None  # with company_id "law-only": what was typed
    kinds: tuple[RequestKind, ...] = ()  # in the Act's order, whatever order they were picked in
    requester: RequesterKind = "self"
    typed: Typed = Typed()
    details: Details | None = None
    options: CaseOptions = CaseOptions()
    languages: tuple[str, ...] = Field((PRIMARY,), min_length=1, description="letter languages, in order")
    ticks: frozenset[str] = frozenset()  # checklist items ticked off (kept for the tracker)

    @field_validator("kinds", mode="before")
    @classmethod
    def _acts_order(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = (value,)
        if isinstance(value, (list, tuple)):
            unknown = [k for k in value if k not in REQUEST_KINDS]
            return tuple(value) if unknown else tuple(k for k in REQUEST_KINDS if k in value)
        return value

    @field_serializer("ticks")
    def _sorted_ticks(self, ticks: frozenset[str]) -> list[str]:
        return sorted(ticks)  # the same case, the same JSON

    @classmethod
    def from_details(cls, company_id: str, details: Details, **more: Any) -> "RequestCase":
        """A case for these details: their kinds, their requester, and the texts they came from."""
        return cls(company_id=company_id, kinds=details.request.ordered_kinds(),
                   requester=details.requester_kind, typed=Typed.from_details(details),
                   details=details, **more)

    def has_personal_data(self) -> bool:
        return self.typed.has_personal_data() or self.details is not None

    def reference(self, day: date, salt: str = "") -> str:
        """Date + company id + 32 bits of a hash of the request: '20261201-leverages-9f3e1a2b'.
        On the letter, and cited by reminders and demands, so the company can find the request.
        A tracked case keeps the one the tracker gave it (options.reference); `salt` (random)
        makes another where one is taken."""
        if self.options.reference and not salt:
            return self.options.reference
        # The request itself (who asks whom for what), not the dates or ticks noted on the way:
        # the checklist, the letter and the tracker name the same request alike.
        who = self.model_dump_json(include={"company_id", "kinds", "requester", "details"}) + salt
        digest = blake2b(who.encode("utf-8"), digest_size=4).hexdigest()
        return f"{day:%Y%m%d}-{self.reference_name()}-{digest}"

    def reference_name(self) -> str:
        """The company part of the reference: its id, or for a company typed in (or from the
        register) its name without the legal form, e.g. サンプル商事 (never 'law-only')."""
        if self.company_entered is None:
            return str(self.company_id)
        from assistant.records.name_forms import without_legal_form

        name = without_legal_form(self.company_entered.name) or self.company_entered.name
        return "".join(re.findall(r"\w+", unicodedata.normalize("NFKC", name)))[:16] or "company"


class DetailsCheck(NamedTuple):
    """The typed details checked: the Details, or None and what is wrong, field by field."""

    details: Details | None
    errors: tuple[tuple[str, str], ...]  # (path like requester.date_of_birth, or "", message)


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def details_data(typed: Typed, kinds: tuple[str, ...], requester: str, law: "Law") -> dict:
    """The typed fields as the Details model takes them; empty fields and sections that do not
    apply to these kinds and this requester left out."""
    data: dict = {"requester": {}, "request": {"kinds": list(kinds)}}
    for path, raw in typed.fields.items():
        section, *rest = path.split(".")
        if section == "representative" and requester == "self":
            continue
        if rest[:1] == ["correction"] and "correction" not in kinds or path == GROUND_DETAILS \
                or path.startswith(GROUND_FACTS):
            continue
        text = raw.strip()
        if not text:
            continue
        if path == DATE_OF_BIRTH:
            text = _normal(text).replace("/", "-").replace(".", "-")
        value: object = [p.strip() for p in text.replace("、", ",").split(",") if p.strip()] \
            if path in LIST_PATHS else text
        target = data.setdefault(section, {})
        for key in rest[:-1]:
            target = target.setdefault(key, {})
        target[rest[-1]] = value
    if requester != "self":
        data.setdefault("representative", {})["capacity"] = typed.capacity
    allowed = {key for kind in kinds for key in law.grounds_for(kind)}  # type: ignore[arg-type]
    if allowed:  # only kinds that rest on Art. 35 grounds take them
        data["request"]["grounds"] = [g for g in typed.grounds if g in allowed]
        if typed.fields.get(GROUND_DETAILS, "").strip():
            data["request"]["ground_details"] = typed.fields[GROUND_DETAILS]
        facts = {path.removeprefix(GROUND_FACTS): text for path, text in typed.fields.items()
                 if path.startswith(GROUND_FACTS) and path.removeprefix(GROUND_FACTS) in allowed
                 and text.strip()}
        if facts:
            data["request"]["ground_facts"] = facts
    if typed.response_method:
        data["request"]["response_method"] = typed.response_method
    return data


def check_details(typed: Typed, kinds: tuple[str, ...], requester: str, law: "Law",
                  language: str = "en") -> DetailsCheck:
    """Check the typed details for these kinds and this requester, as the letter needs them;
    the errors say what to type in this language."""
    try:
        return DetailsCheck(Details.model_validate(details_data(typed, kinds, requester, law),
                                                   context={"law": law}), ())
    except ValidationError as exc:
        errors = []
        for error in exc.errors():
            loc = tuple(str(p) for p in error["loc"])
            depth = 3 if loc[:2] == ("request", "correction") else 2
            errors.append((".".join(loc[:depth]), plain_message(error, language)))
        return DetailsCheck(None, tuple(errors))
