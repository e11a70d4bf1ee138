"""Drafts: what was typed, saved so a person or a support worker can pause and resume.

A draft is written only when the person saves one, plus one crash-recovery draft that the wizard
keeps while personal data is on screen and deletes when the wizard closes normally, on "Start
over", and after it has been offered on the next start. All live in the user data folder, which
is made readable by its owner only; files are written whole (safe_write) with mode 0600.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .model import RequestKind, RequesterKind
from .paths import user_data_dir
from .recovery_file import RECOVERY_FILE, discard_recovery, recovery_path  # noqa: F401 - re-exported
from .safe_write import OutputError, write_atomically

MAX_DRAFT_BYTES = 2_000_000


class DraftError(Exception):
    """A draft that cannot be read; the message says why."""


class Draft(BaseModel):
    """Everything typed in the wizard, as typed (it is checked again when used)."""

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

    def has_personal_data(self) -> bool:
        return any(value.strip() for value in self.fields.values())


def private_folder(folder: Path) -> Path:
    """Create the folder if needed and make it readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(folder, 0o700)
    except OSError:
        pass  # e.g. a file system without permissions; the files themselves are still 0600
    return folder


def drafts_dir() -> Path:
    """Where drafts are saved unless the person picks another folder."""
    return user_data_dir() / "drafts"


def save_draft(path: Path, draft: Draft, overwrite: bool = True) -> Path:
    """Write the draft whole, owner-readable only. OutputError says why it could not be."""
    if path.parent == drafts_dir() or path == recovery_path():
        private_folder(path.parent)
    data = json.dumps(draft.model_dump(mode="json"), ensure_ascii=False, indent=1).encode("utf-8")
    written = write_atomically(path, data, overwrite=overwrite)
    os.chmod(written, 0o600)
    return written


def load_draft(path: Path) -> Draft:
    """The draft in the file, or DraftError saying what is wrong with it."""
    try:
        if path.stat().st_size > MAX_DRAFT_BYTES:
            raise DraftError(f"{path.name} is too large to be a draft")
        data = json.loads(path.read_text(encoding="utf-8"))
        return Draft.model_validate(data)
    except OSError as exc:
        raise DraftError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise DraftError(f"{path.name} is not a draft of this program ({where}: {first['msg']})") from None
        raise DraftError(f"{path.name} is not a draft file (not readable JSON)") from None


def save_recovery(draft: Draft) -> None:
    """Keep the crash-recovery draft up to date; remove it when nothing personal is left."""
    if not draft.has_personal_data():
        discard_recovery()
        return
    try:
        save_draft(recovery_path(), draft)
    except OutputError:
        pass  # recovery is a safety net; failing to write it must not interrupt the person


def pending_recovery() -> Draft | None:
    """The recovery draft left by a session that did not close normally, if any."""
    path = recovery_path()
    if not path.exists():
        return None
    try:
        return load_draft(path)
    except DraftError:
        discard_recovery()
        return None
