"""The kana reading of a company's name, for listing Japanese names in 五十音 order.

A name's reading comes from its Japanese name without the legal form (株式会社 …): kana as
written, kanji as the morphological analyser (fugashi with unidic-lite) reads them, Latin letters
as resources/name_forms.txt reads them (NTT → エヌティティ). Where the analyser is missing the
name sorts as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.records.name_forms import fold_name, latin_readings

NAME_LIMIT = 200  # a name longer than this is read (and kept, index_readings.py) by its start
_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ffー]")
_LATIN = re.compile(r"[a-z0-9]+")
_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


@lru_cache(maxsize=1)
def _tagger():
    try:
        import fugashi

        return fugashi.Tagger()
    except (ImportError, RuntimeError):  # no analyser or no dictionary: names sort as written
        return None


@lru_cache(maxsize=4096)
def reading(name: str) -> str:
    """The name's reading in hiragana, legal forms left out ('株式会社サンプル商事' → 'さんぷるしょうじ')."""
    text = fold_name(name[:NAME_LIMIT])  # hiragana for katakana, legal forms out, Latin lower-cased
    readings = latin_readings()
    text = _LATIN.sub(lambda m: readings.get(m.group(0), m.group(0)), text)
    tagger = _tagger() if not all(_KANA.match(ch) or not ch.strip() for ch in text) else None
    if tagger is not None:
        text = "".join((word.feature.kana if getattr(word.feature, "kana", None) and
                        not _KANA.match(word.surface) else word.surface) for word in tagger(text))
    return "".join(text.split()).translate(_HIRAGANA)


def gojuon_key(name: str, said: str | None = None) -> tuple[int, str]:
    """Sort key for a Japanese list: names read in kana in 五十音 order, then the others (`said`:
    the name's reading, where it is already known)."""
    said = reading(name) if said is None else said
    return (0 if said[:1] and _KANA.match(said[:1]) else 1, said)
