"""Save an imported record with its policy text: whole or not at all, never over another record
without being asked. The record's YAML comes from the YAML emitter alone (a name or reviewer
with a line break cannot add keys); a free id is found when the wanted one is taken."""
from __future__ import annotations

import os
from pathlib import Path

import yaml

from assistant.importer.errors import ImportError_
from assistant.io.private_dirs import private_dir

HEADER = """# Procedure for requests about personal information (imported).
# IMPORTED by the import assistant; every "quote" is copied word for word from the policy text
# in policies/; "unknown" means it was not found; a "Check this" note is a fact the import was
# not sure of. Check each fact against its quote, then set quality: reviewed and reviewed_by.
"""


def record_yaml(data: dict) -> str:
    """The record as YAML text a person can read and edit; every value is emitted by the YAML
    library (names and reviewers are never pasted into the text)."""
    return HEADER + "\n" + yaml.dump(data, Dumper=_Plain, allow_unicode=True, sort_keys=False, width=100)


class _Plain(yaml.SafeDumper):
    """Every value written out in full: records refuse YAML aliases (a list two groups share)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def taken_ids(folder: Path) -> set[str]:
    """Ids already in use: the records in the folder and the installed ones."""
    from assistant.io.paths import COMPANIES_DIR

    ids = set()
    for place in (Path(folder), COMPANIES_DIR):
        try:
            ids |= {p.stem for p in place.glob("*.yaml")}
        except OSError:
            continue
    return ids


def free_id(wanted: str, folder: Path) -> str:
    """The wanted id, or wanted-2, wanted-3 … when a record already has it."""
    taken = taken_ids(folder)
    if wanted not in taken:
        return wanted
    return next(f"{wanted}-{n}" for n in range(2, 10_000) if f"{wanted}-{n}" not in taken)


def changes(old: dict, new: dict) -> list[str]:
    """What replacing a record changes, field by field, in a line each."""
    lines = []
    for key in dict.fromkeys([*old, *new]):
        if key in ("checked", "quality", "reviewed_by", "policy"):
            continue
        before, after = old.get(key, "(absent)"), new.get(key, "(absent)")
        if before != after:
            lines.append(f"{key}: {_short(before)} → {_short(after)}")
    return lines


def _short(value: object) -> str:
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k != "quote"}
    text = " ".join(str(value).split())
    return text if len(text) <= 100 else text[:99] + "…"


def _make_folder(folder: Path) -> list[Path]:
    """The folder and its policies/ folder, readable by the owner only; one line if impossible.
    Returns the ones it made, to be removed again if nothing can be saved in them."""
    made = [path for path in (*reversed(folder.absolute().parents), folder, folder / "policies")
            if not path.exists()]
    if folder.exists() and not folder.is_dir():
        raise ImportError_(f"{folder} is not a folder; give -o a folder to save the record in")
    try:
        private_dir(folder / "policies")  # and every folder of ours above it (io/private_dirs.py)
    except OSError as exc:
        raise ImportError_(f"cannot create the folder {folder} ({exc.strerror or exc}); choose "
                           "another folder with -o. Nothing was saved") from None
    return made


def save_record(folder: Path, data: dict, policy_text: str, overwrite: bool = False) -> Path:
    """Write <id>.yaml and policies/<policy file> into the folder; nothing is written if either
    exists (unless overwrite), and if the second cannot be written the first is removed."""
    from assistant.io.safe_write import OutputError, write_atomically

    folder = Path(folder)
    record_path = folder / f"{data['id']}.yaml"
    policy_path = folder / "policies" / data["policy"]["file"]
    made = _make_folder(folder)
    if not overwrite:
        for path in (record_path, policy_path):
            if path.exists():
                raise ImportError_(f"{path} already exists; choose another --id or folder")
    policy_existed = policy_path.exists()
    try:
        write_atomically(policy_path, policy_text.encode("utf-8"), overwrite=overwrite)
        write_atomically(record_path, record_yaml(data).encode("utf-8"), overwrite=overwrite)
    except (OutputError, OSError) as exc:
        if not policy_existed and not record_path.exists():
            try:
                os.unlink(policy_path)
            except OSError:
                pass
        for made_folder in reversed(made):  # a full disk leaves no empty folders behind either
            try:
                made_folder.rmdir()
            except OSError:  # not empty: something else is in it
                pass
        message = str(exc) if isinstance(exc, OutputError) else (exc.strerror or str(exc))
        raise ImportError_(f"could not save the record: {message.rstrip('.')}. Nothing was saved") from None
    return record_path
