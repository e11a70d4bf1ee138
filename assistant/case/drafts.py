"""Drafts: what was typed, saved so a person or a support worker can pause and resume.

A draft is a RequestCase as versioned JSON ({"version": 2, "case": {…}}); drafts written before
(version 1: the wizard's fields by widget name) are converted when opened.

A draft is written only when the person saves one, plus one crash-recovery draft that the wizard
keeps while personal data is on screen and deletes when the wizard closes normally and on "Start
over". On the next start it is offered back: it is replaced only once what it held is on screen
again and saved anew, so a crash while restoring loses nothing; declined, it is deleted. All live
in the user data folder, which is made readable by its owner only (private_dirs.py); files are
written whole (safe_write) with mode 0600.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.case.request import RequestCase, Typed
from assistant.records.model import RequestKind, RequesterKind
from assistant.io.bounds import event_date_or_none
from assistant.io.paths import user_data_dir
from assistant.io.private_dirs import private_dir
from assistant.io.safe_read import ReadError, read_regular_file
from assistant.case.recovery_file import RECOVERY_FILE, discard_recovery, recovery_path  # noqa: F401 - re-exported
from assistant.io.safe_write import OutputError, write_atomically
from assistant.law.wording import parse_languages

MAX_DRAFT_BYTES = 2_000_000
VERSION = 2
Draft = RequestCase  # what a draft holds


class DraftError(Exception):
    """A draft that cannot be read; the message says why."""


class UnknownVersion(ValueError):
    """JSON that is no draft this program can read; the message says what it is instead."""


class DraftV1(BaseModel):
    """A draft as version 1 wrote it: the wizard's fields by widget name (read, never written)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    company_id: str | None = None
    kinds: tuple[RequestKind, ...] = ()
    requester: RequesterKind = "self"
    fields: dict[str, str] = Field(default_factory=dict, description="field name → text typed")
    capacity: str | None = None
    grounds: tuple[str, ...] = ()
    response_method: str | None = None
    sent_on: str = ""
    letter_language: Literal["ja", "en", "both"] = "ja"

    def case(self) -> RequestCase:
        sent_on = event_date_or_none(self.sent_on)  # else kept as typed in case.typed.sent_on
        fields = {V1_FIELDS[name]: text for name, text in self.fields.items() if name in V1_FIELDS}
        typed = Typed(fields=fields, capacity=self.capacity, grounds=self.grounds,
                      response_method=self.response_method, sent_on=self.sent_on)
        return RequestCase(company_id=self.company_id, kinds=self.kinds, requester=self.requester,
                           typed=typed, options={"sent_on": sent_on},
                           languages=parse_languages(self.letter_language))


# Version 1's widget names → the paths in the details they stand for.
V1_FIELDS = {
    "fullName": "requester.full_name", "fullNameKana": "requester.full_name_kana",
    "dateOfBirth": "requester.date_of_birth", "postalCode": "requester.postal_code",
    "address": "requester.address", "phone": "requester.phone", "email": "requester.email",
    "formerNames": "requester.former_names", "repName": "representative.full_name",
    "repAddress": "representative.address", "repPhone": "representative.phone",
    "repEmail": "representative.email", "repRegistration": "representative.registration_number",
    "services": "request.services", "accountIds": "request.account_ids", "period": "request.period",
    "correctionCurrent": "request.correction.current", "correctionCorrect": "request.correction.correct",
    "groundDetails": "request.ground_details",
}


def drafts_dir() -> Path:
    """Where drafts are saved unless the person picks another folder."""
    return user_data_dir() / "drafts"


def draft_json(case: RequestCase) -> dict:
    """The case as the JSON a draft file holds."""
    return {"version": VERSION, "case": case.model_dump(mode="json")}


def case_from_json(data: object) -> RequestCase:
    """The case a draft's JSON holds, of any version; UnknownVersion or ValidationError if none."""
    version = data.get("version") if isinstance(data, dict) else None
    if version == 1:
        return DraftV1.model_validate(data).case()
    if isinstance(version, int) and version > VERSION:
        raise UnknownVersion(f"saved by a newer version of this program (draft version {version}); "
                             "update the program to open it")
    if version != VERSION:
        raise UnknownVersion("not a draft of this program (no draft version)")
    try:
        case = RequestCase.model_validate(data.get("case"))  # type: ignore[union-attr]
    except ValidationError as exc:
        case = RequestCase.model_validate(_without_stale_parts(data["case"], exc))  # type: ignore[index]
    _check_entered_company(case)
    return case


def _without_stale_parts(case: dict, error: ValidationError) -> dict:
    """The draft's case without the parts that are checked again from what was typed: details
    that no longer pass (rules change), and dates out of range (io/bounds.py; the date stays as
    typed, shown for the person to correct). Anything else wrong: the error again."""
    case = dict(case)
    for problem in error.errors():
        loc = problem["loc"]
        if loc[:1] == ("details",):
            case["details"] = None
        elif loc[:1] == ("options",) and len(loc) == 2 and isinstance(case.get("options"), dict):
            case["options"] = {k: v for k, v in case["options"].items() if k != loc[1]}
        else:
            raise error
    return case


def _check_entered_company(case: RequestCase) -> None:
    """A company typed in (no record) must make a law-only record, as the wizard will build it."""
    from assistant.records.law_only import LawOnlyError, law_only_company

    entered = case.company_entered
    if entered is None:
        return
    try:
        law_only_company(entered.name, entered.address, entered.postal_code, entered.department)
    except LawOnlyError as exc:
        raise UnknownVersion(f"not a draft this program can open: {exc}") from None


def save_draft(path: Path, draft: RequestCase, overwrite: bool = True) -> Path:
    """Write the draft whole, owner-readable only. OutputError says why it could not be."""
    if path.parent == drafts_dir() or path == recovery_path():
        private_dir(path.parent)  # FolderError (an OutputError) if it cannot be made
    data = json.dumps(draft_json(draft), ensure_ascii=False, indent=1).encode("utf-8")
    return write_atomically(path, data, overwrite=overwrite)  # a new file is 0600


def load_draft(path: Path) -> RequestCase:
    """The draft in the file, or DraftError saying what is wrong with it."""
    try:
        # A regular file only, and at most the limit: a named pipe would hang the wizard.
        raw = read_regular_file(path, MAX_DRAFT_BYTES)
    except ReadError as exc:
        raise DraftError(f"cannot read {path} as a draft: {exc}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
        return case_from_json(data)
    except UnknownVersion as exc:
        raise DraftError(f"{path.name} is {exc}") from None
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # RecursionError: [[[[…
        if isinstance(exc, ValidationError):
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])[:80]
            raise DraftError(f"{path.name} is not a draft of this program ({where}: {first['msg']})") from None
        raise DraftError(f"{path.name} is not a draft file (not readable JSON)") from None


def save_recovery(draft: RequestCase) -> None:
    """Keep the crash-recovery draft up to date; remove it when nothing personal is left."""
    if not draft.has_personal_data():
        discard_recovery()
        return
    try:
        save_draft(recovery_path(), draft)
    except OutputError:
        pass  # recovery is a safety net; failing to write it must not interrupt the person


def pending_recovery() -> RequestCase | None:
    """The recovery draft left by a session that did not close normally, if any."""
    path = recovery_path()
    if not path.exists():
        return None
    try:
        return load_draft(path)
    except DraftError:
        discard_recovery()
        return None
