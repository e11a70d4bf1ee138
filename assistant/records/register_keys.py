"""The search form of the register's names, and the trigram query for what a person typed.

The names are folded as the directory folds them (name_forms.py: width, case, katakana and
hiragana, legal forms such as 株式会社 left out), and small kana as large ones: the register's
readings write チヨウ for チョウ, people type ちょう. A name, its reading and its English name each
follow two newlines in the indexed text, and two more end it; with trigrams, a word of three
characters or more is found anywhere. One of one or two characters is found at the start of a
name or reading by the trigram it starts after the newlines; one of two characters inside one
too, by the trigrams that begin with it (the index's own list of them, inside_query): each of
its places in a name begins a trigram, the last two characters of a name included, as the
newlines follow them. (A single character inside a name is in most names: not looked for.)
"""
from __future__ import annotations

import zlib

from assistant.records.name_forms import fold_name, forms_checksum_source

KEYS_VERSION = 2  # bump when the fold below changes: the index is then built again
_SMALL = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")
START = "\n\n"


def fold(text: str) -> str:
    """The search form of a name or of what a person typed (words apart by single spaces)."""
    return fold_name(text).translate(_SMALL) if text else ""


def search_keys(name: str, furigana: str, en_name: str) -> str:
    """The indexed text of one company: each of its names after two newlines."""
    return "".join(START + fold(part) for part in (name, furigana, en_name) if part) + START


def keys_version() -> str:
    return f"{KEYS_VERSION}:{zlib.crc32(forms_checksum_source()):08x}"


def _grams(text: str) -> list[str]:
    return [text[i:i + 3] for i in range(len(text) - 2)]


def grams_query(words: list[str], starting: bool = False) -> str:
    """The FTS5 query for names holding every word: every trigram of each (the index keeps no
    positions, so a word is all its trigrams). The first word at the start of a name or
    reading when `starting` or when it is too short for a trigram of its own; a later short
    word is left to matches()."""
    first, rest = words[0], words[1:]
    terms = _grams(START + first if starting or len(first) < 3 else first)
    for word in rest:
        terms += _grams(word)
    return " AND ".join('"' + term.replace('"', '""') + '"' for term in dict.fromkeys(terms))


def inside_query(terms: list[str], words: list[str]) -> str:
    """The FTS5 query for names holding a short first word anywhere: any of `terms` (the
    index's trigrams that begin with it), and every trigram of the later words."""
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    later = [grams_query([word]) for word in words[1:] if len(word) >= 3]
    return " AND ".join(["(" + " OR ".join(quoted) + ")", *later])


def matches(keys: str, words: list[str], starting: bool = False) -> bool:
    """Whether the indexed text holds every word, as grams_query asks for them."""
    first, rest = words[0], words[1:]
    return ("\n" + first if starting else first) in keys and all(word in keys for word in rest)
