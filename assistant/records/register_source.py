"""The register's source and licence, as its terms ask them to be shown (出典, and 「加工して
作成」 since the program keeps the data edited for search): one data file,
resources/register_source.json, read by the checklist, the README's wording and the About box."""
from __future__ import annotations

import json
from functools import lru_cache

from assistant.io.paths import RESOURCES

SOURCE_FILE = RESOURCES / "register_source.json"


@lru_cache(maxsize=1)
def register_source() -> dict:
    """id, name, url, licence, attribution and note (each text by language: ja, en)."""
    return json.loads(SOURCE_FILE.read_text(encoding="utf-8"))


def attribution() -> dict[str, str]:
    """The 出典 line, by language."""
    return dict(register_source()["attribution"])
