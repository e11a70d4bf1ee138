"""Saved profiles in the case store: a person's details (and a representative's), kept once and
used for several companies; a support worker keeps many callers apart, finds one, deletes one."""
from __future__ import annotations

import json
import sqlite3
import unicodedata
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Callable

from assistant.case.rows import Profile, StoreError, now
from assistant.case.store_errors import guarded


class ProfileStore:
    """The profiles table of the case store (mixed into CaseStore, which opens the database)."""

    _db: sqlite3.Connection  # CaseStore's connection and transactions
    path: Path
    _compact: Callable[[], None]
    _transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]

    # -- profiles ----------------------------------------------------------------------------
    @guarded
    def save_profile(self, label: str, details: dict) -> int:
        """Keep a person's details (and a representative's) for use with several companies."""
        label = label.strip()
        if not label:
            raise StoreError("a profile needs a name to find it by")
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO profiles (label, details, created_at) VALUES (?, ?, ?)",
                (label, json.dumps(details, ensure_ascii=False, sort_keys=True), now()))
        return int(cursor.lastrowid)

    @guarded
    def profiles(self, query: str = "") -> list[Profile]:
        """Saved profiles whose name contains the query (case- and width-insensitive)."""
        wanted = unicodedata.normalize("NFKC", query).casefold().strip()
        rows = self._db.execute("SELECT * FROM profiles ORDER BY label, id").fetchall()
        found = []
        for r in rows:
            if wanted and wanted not in unicodedata.normalize("NFKC", r["label"]).casefold():
                continue
            found.append(Profile(r["id"], r["label"], json.loads(r["details"]),
                                 datetime.fromisoformat(r["created_at"])))
        return found

    @guarded
    def profile(self, profile_id: int) -> Profile:
        r = self._db.execute("SELECT * FROM profiles WHERE id = ?", (profile_id,)).fetchone()
        if r is None:
            raise StoreError(f"no profile with id {profile_id}")
        return Profile(r["id"], r["label"], json.loads(r["details"]),
                       datetime.fromisoformat(r["created_at"]))

    @guarded
    def delete_profile(self, profile_id: int) -> None:
        self.profile(profile_id)
        with self._transaction() as db:
            db.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
        self._compact()
