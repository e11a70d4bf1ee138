"""The shapes of text both models accept: postal codes, phone numbers, e-mail addresses, and what
counts as visible text. One place, so a company record and a person's details agree.

Digits are ASCII on purpose ([0-9], never \\d): \\d also matches Arabic-Indic or Devanagari digits,
which would pass the check and then print as 〓 on the envelope.
"""
from __future__ import annotations

import re
import unicodedata

POSTAL_CODE = re.compile(r"[0-9]{3}-[0-9]{4}")
# Starts with a digit, "+" or "(", ends with a digit: 03-1234-5678, +81 (0)3-5774-1632.
PHONE = re.compile(r"\+?[0-9(][0-9 ()-]{4,18}[0-9]")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def is_postal_code(text: str) -> bool:
    """Exactly 123-4567. A company record must be written so, as the policy prints it (a record
    is data entry from a published text: no guessing at what was meant)."""
    return POSTAL_CODE.fullmatch(text) is not None


def typed_postal_code(text: str) -> str | None:
    """A postal code as a person types it (full-width digits, a 〒 mark, with or without the
    hyphen) in the 123-4567 form, or None if it is not seven digits."""
    value = unicodedata.normalize("NFKC", text).replace("〒", "").strip()
    if re.fullmatch(r"[0-9]{7}", value):
        value = f"{value[:3]}-{value[3:]}"
    return value if is_postal_code(value) else None


def is_phone(text: str) -> bool:
    return PHONE.fullmatch(text) is not None


# "+81 (0)3-5774-1632", "+81-3-5774-1632", "+81 3 5774 1632": Japan's country code, then the
# number without its leading 0 (sometimes shown as "(0)").
_JAPAN_CODE = re.compile(r"\+81[ -]?(?:\(0\)[ -]?)?")


def domestic_phone(number: str) -> str:
    """A Japanese number as it is dialled inside Japan, for Japanese output: '+81 (0)3-5774-1632'
    → '03-5774-1632'. A number without Japan's country code is returned as written."""
    match = _JAPAN_CODE.match(number)
    if match is None:
        return number
    rest = number[match.end():]
    return rest if rest.startswith("0") else "0" + rest


def typed_phone(text: str) -> str | None:
    """A phone number as typed (full-width digits allowed) in half-width form, or None."""
    value = unicodedata.normalize("NFKC", text)
    return value if is_phone(value) else None


def has_japanese(text: str) -> bool:
    """Whether the text has kana or kanji."""
    return any("\u3040" <= ch <= "\u9fff" for ch in text)


# Two words of Latin letters in a row: English prose, not 「〒105-0004」 or 「E-mail:info@…」 that a
# Japanese page writes without kana or kanji.
_ENGLISH_WORDS = re.compile(r"[A-Za-z]{2,}[ ,]{1,2}[A-Za-z]{2,}")


def is_english(text: str) -> bool:
    """Whether a quote is from an English policy text: English words and no kana or kanji."""
    return not has_japanese(text) and _ENGLISH_WORDS.search(text) is not None


def is_email(text: str) -> bool:
    return EMAIL.fullmatch(text) is not None


# What a person cannot see but a terminal or a PDF may act on: controls (escape sequences), format
# characters (bidi overrides, zero-width spaces), surrogates and private-use code points.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})
# Letters that draw as empty space: a name made of them is as empty as one made of spaces.
_BLANK_LETTERS = "\u115f\u1160\u3164\uffa0\u2800"
_BLANK = re.compile(rf"[\s{_BLANK_LETTERS}]*")


def hidden_character(text: str, allowed: str = "\n\t") -> str | None:
    """The first invisible control or format character in the text (other than `allowed`)."""
    if text.isprintable():  # fast path, in C: no control, format or separator character at all
        return None
    for ch in text:
        if ch not in allowed and unicodedata.category(ch) in HIDDEN_CATEGORIES:
            return ch
    return None


def is_blank(text: str) -> bool:
    """True when nothing in the text can be seen: white space, zero-width and format characters,
    letters that draw as blank."""
    if _BLANK.fullmatch(text):
        return True
    if text.isprintable():
        return False
    return all(ch.isspace() or ch in _BLANK_LETTERS or unicodedata.category(ch) in HIDDEN_CATEGORIES
               for ch in text)


def code_point(ch: str) -> str:
    """A character as U+XXXX, to name one that cannot be seen."""
    return f"U+{ord(ch):04X}"


def terminal_safe(text: str, allowed: str = "\n\t") -> str:
    """The text with every hidden character shown as \\uXXXX, so printing it cannot move the
    cursor, change colours or reverse the line."""
    if text.isprintable():
        return text
    visible = text
    for ch in allowed:
        visible = visible.replace(ch, "")
    if visible.isprintable():
        return text  # the common case, a list of many lines included, at C speed
    return "".join(f"\\u{ord(ch):04x}" if ch not in allowed
                   and unicodedata.category(ch) in HIDDEN_CATEGORIES else ch for ch in text)
