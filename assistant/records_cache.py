"""A cache of what search needs from each valid record (id and names), keyed by file content.

One small JSON file in the user's cache folder. A record whose bytes are unchanged is not parsed
again at start-up; any change to its bytes, or to the record model, misses the cache. Only valid
records are cached, so a broken one is reported on every load.
"""
from __future__ import annotations

import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import platformdirs

from .directory import Entry
from .paths import APP_NAME, ROOT

CACHE_FILE = "records-cache.json"


@lru_cache(maxsize=1)
def schema_version() -> str:
    """Changes whenever the record model or the loader changes, so old entries are not trusted."""
    import hashlib

    digest = hashlib.blake2b(digest_size=8)
    for name in ("model.py", "directory.py"):
        digest.update((ROOT / "assistant" / name).read_bytes())
    return digest.hexdigest()


def cache_dir() -> Path:
    override = os.environ.get("DRA_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


class RecordsCache:
    def __init__(self, path: Path | None, entries: dict[str, dict]):
        self.path = path
        self.entries = entries
        self.changed = False

    @classmethod
    def disabled(cls) -> "RecordsCache":
        return cls(None, {})

    @classmethod
    def open(cls) -> "RecordsCache":
        path = cache_dir() / CACHE_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = data["entries"] if data.get("schema") == schema_version() else {}
            if not isinstance(entries, dict):
                entries = {}
        except (OSError, ValueError, KeyError, TypeError):
            entries = {}  # no cache yet, or a damaged one: start afresh
        return cls(path, entries)

    def entry(self, digest: str, path: Path) -> Entry | None:
        row = self.entries.get(digest)
        if not isinstance(row, dict) or path.stem != row.get("id"):
            return None
        try:
            return Entry(row["id"], row["name"], row.get("name_ja"), tuple(row.get("aliases", ())),
                         path, digest)
        except (KeyError, TypeError):
            return None

    def remember(self, entry: Entry) -> None:
        if self.path is None:
            return
        self.entries[entry.digest] = {"id": entry.id, "name": entry.name, "name_ja": entry.name_ja,
                                      "aliases": list(entry.aliases)}
        self.changed = True

    def save(self) -> None:
        """Write the cache whole (temporary file, then rename), readable by the owner only."""
        if self.path is None or not self.changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".cache-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"schema": schema_version(), "entries": self.entries}, handle,
                          ensure_ascii=False, separators=(",", ":"))
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
            self.changed = False
        except OSError:
            pass  # a cache that cannot be written only costs speed next time
