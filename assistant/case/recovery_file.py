"""Where the crash-recovery draft lives, and whether there is one: no pydantic, no JSON.

The wizard asks at every start and removes the file on every normal close; both must stay cheap,
so reading and writing the draft itself (drafts.py) is imported only when a file is there.
"""
from __future__ import annotations

from pathlib import Path

from assistant.io.paths import user_data_dir

RECOVERY_FILE = "recovery-draft.json"


def recovery_path() -> Path:
    return user_data_dir() / RECOVERY_FILE


def recovery_exists() -> bool:
    return recovery_path().exists()


def discard_recovery() -> None:
    try:
        recovery_path().unlink()
    except FileNotFoundError:
        pass
