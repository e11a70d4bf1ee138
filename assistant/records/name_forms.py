"""One form for every way a company name is written, for search: full-/half-width and case
(NFKC, case folding), katakana and hiragana, legal-form words left out or typed (株式会社,
(株), Co., Ltd.), and readings such as エヌ・ティ・ティ for NTT. The words and readings are
data (resources/name_forms.txt); this module only applies them."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

FORMS_FILE = Path(__file__).resolve().parents[2] / "resources" / "name_forms.txt"
# Katakana ァ..ヶ to hiragana ぁ..ゖ: the same sound, written either way.
_KANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
# Separators inside a name that people type or leave out at will (the middle dot, after NFKC).
_DOTS = {ord("・"): None, ord("·"): None}
_SPACES = re.compile(r"\s+")


def _base(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().translate(_KANA).translate(_DOTS)


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern | None, re.Pattern | None, dict[str, str]]:
    """(legal forms to omit, readings to replace, reading → form), read from the data file."""
    omit: list[str] = []
    same: dict[str, str] = {}
    section = None
    for line in FORMS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "omit":
            omit.append(_base(line))
        elif section == "same" and "=" in line:
            reading, form = (_base(part).strip() for part in line.split("=", 1))
            if reading and form:
                same[reading] = form

    def alternatives(words) -> str:
        parts = []
        for word in sorted(words, key=len, reverse=True):  # the longest form first
            part = re.escape(word)
            if word[:1].isascii() and word[:1].isalnum():
                part = r"(?<![a-z0-9])" + part
            if word[-1:].isascii() and word[-1:].isalnum():
                part += r"(?![a-z0-9])"
            parts.append(part)
        return "|".join(parts)

    return (re.compile(alternatives(omit)) if omit else None,
            re.compile("|".join(re.escape(r) for r in sorted(same, key=len, reverse=True)))
            if same else None, same)


def fold_name(text: str) -> str:
    """The search form of a name or of what a person typed (words stay apart by spaces)."""
    text = _base(text)
    omit, readings, same = _rules()
    if omit is not None:
        text = omit.sub(" ", text)
    if readings is not None:
        text = readings.sub(lambda match: same[match.group(0)], text)
    # A comma or space left behind where a legal form stood ("persol career ,") goes too.
    return _SPACES.sub(" ", text).strip(" ,")


def forms_checksum_source() -> bytes:
    """The data file's bytes: the index is rebuilt when they change."""
    try:
        return FORMS_FILE.read_bytes()
    except OSError:
        return b""
