"""One form for every way a company name is written, for search: full-/half-width and case
(NFKC, case folding), katakana and hiragana, legal-form words left out or typed (株式会社,
(株), Co., Ltd.), and readings such as エヌ・ティ・ティ for NTT. The words and readings are
data (resources/name_forms.txt); this module only applies them."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from assistant.io.paths import RESOURCES

FORMS_FILE = RESOURCES / "name_forms.txt"
# Katakana ァ..ヶ to hiragana ぁ..ゖ (the same sound, written either way), and no middle dots:
# separators inside a name that people type or leave out at will.
_FOLD = {**{code: code - 0x60 for code in range(0x30A1, 0x30F7)}, ord("・"): None, ord("·"): None}


def _base(text: str) -> str:
    if text.isascii():  # most names: NFKC and the kana table change nothing there
        return text.lower()
    return unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)


class _Rules(NamedTuple):
    latin: re.Pattern | None  # legal forms in Latin letters, only as whole words
    latin_keys: tuple[str, ...]  # a Latin form can only stand where one of these does
    other: re.Pattern | None  # legal forms in other scripts (株式会社, (株))
    readings: re.Pattern | None
    same: dict[str, str]
    ascii_readings: bool  # whether a reading can stand in a text of ASCII only


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """The legal forms to omit and the readings to replace, read from the data file."""
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

    def alternatives(words: list[str], whole: bool) -> re.Pattern | None:
        parts = []
        for word in sorted(words, key=len, reverse=True):  # the longest form first
            part = re.escape(word)
            if whole and word[:1].isalnum():
                part = r"(?<![a-z0-9])" + part
            if whole and word[-1:].isalnum():
                part += r"(?![a-z0-9])"
            parts.append(part)
        return re.compile("|".join(parts)) if parts else None

    latin = [w for w in omit if w[:1].isascii() and w[:1].isalnum()]
    other = [w for w in omit if w not in latin]
    return _Rules(alternatives(latin, True), tuple(sorted({w[:2] for w in latin})),
                  alternatives(other, False), alternatives(list(same), False), same,
                  any(r.isascii() for r in same))


def fold_name(text: str) -> str:
    """The search form of a name or of what a person typed (words stay apart by spaces)."""
    text = _base(text)
    if not text.strip():  # the empty search the first page starts with: no rules to read
        return ""
    rules = _rules()
    plain = text.isascii()
    # The cheap tests first: most names hold no legal form and no reading.
    if rules.latin is not None and any(key in text for key in rules.latin_keys):
        text = rules.latin.sub(" ", text)
    if not plain:
        if rules.other is not None:
            text = rules.other.sub(" ", text)
    if rules.readings is not None and (not plain or rules.ascii_readings):
        text = rules.readings.sub(lambda match: rules.same[match.group(0)], text)
    # A comma or space left behind where a legal form stood ("persol career ,") goes too.
    return " ".join(text.split()).strip(" ,")


@lru_cache(maxsize=1)
def _legal_forms() -> re.Pattern:
    """The [omit] words as written in a name (NFKC, any case), Latin ones as whole words."""
    words, section = [], None
    for line in FORMS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "omit" and line and not line.startswith("#"):
            words.append(unicodedata.normalize("NFKC", line))
    parts = [(r"(?<![A-Za-z0-9])" + re.escape(w) + r"(?![A-Za-z0-9])") if w[:1].isascii() else re.escape(w)
             for w in sorted(words, key=len, reverse=True)]
    return re.compile("|".join(parts) or "(?!)", re.IGNORECASE)


def without_legal_form(name: str) -> str:
    """A company's name without 株式会社, (株), Co., Ltd. and the like, as written otherwise
    ('レバレジーズ株式会社' → 'レバレジーズ', 'Leverages Co., Ltd.' → 'Leverages')."""
    text = _legal_forms().sub(" ", unicodedata.normalize("NFKC", name[:500]))
    return " ".join(text.split()).strip(" ,・")


def latin_readings() -> dict[str, str]:
    """Names written in Latin letters and the first kana reading the data gives each (ntt → え
    ぬてぃてぃ, folded as fold_name folds): how a Japanese list sorts them."""
    found: dict[str, str] = {}
    for reading, form in _rules().same.items():
        if form.isascii():
            found.setdefault(form, reading)
    return found


def forms_checksum_source() -> bytes:
    """The data file's bytes: the index is rebuilt when they change."""
    try:
        return FORMS_FILE.read_bytes()
    except OSError:
        return b""
