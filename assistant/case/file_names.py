"""File names for what the wizard saves: from the person, the company, the day and the kinds
(2026-12-06_山田太郎_レバレジーズ_開示請求.pdf), worded in forms/file_names.yaml, and safe on every
computer (no path separators or characters Windows refuses, no control characters, no reserved
device names, short enough for any file system)."""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.case.request import RequestCase
    from assistant.records.model import Company

MAX_BYTES = 180  # the whole name in UTF-8: under every file system's 255, with room for "(1)"
_REFUSED = re.compile(r'[\\/:*?"<>|]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}


def safe_file_name(stem: str, suffix: str = "") -> str:
    """The stem made safe as one file name on Windows, macOS and Linux, with the suffix (.pdf)."""
    text = unicodedata.normalize("NFC", stem[:1000])
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    text = _REFUSED.sub("_", text)
    text = re.sub(r"(?<=[A-Za-z0-9])\s+(?=[A-Za-z0-9])", "-", text)  # "Leverages Co" → Leverages-Co
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"\.{2,}", ".", text)  # "..", harmless inside a name, reads as a way up
    text = re.sub(r"_{2,}", "_", text).strip(" ._-")
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    budget = MAX_BYTES - len(suffix.encode("utf-8"))
    while len(text.encode("utf-8")) > budget:
        text = text[:-1]
    return (text.rstrip(" .") or "document") + suffix


def short_company_name(company: "Company", language: str) -> str:
    """The company's name in this language (Japanese: its Japanese name) without the legal form."""
    from assistant.records.name_forms import without_legal_form

    name = company.name_ja if language == "ja" and company.name_ja else company.name
    return without_legal_form(name) or name


def suggested_name(what: str, case: "RequestCase", company: "Company | None", language: str,
                   today: date | None = None, suffix: str = ".pdf") -> str:
    """The file name to offer for a letter, checklist, blank checklist, 委任状 or draft."""
    words = _words().get(language) or _words()["en"]
    person = "" if what == "blank_checklist" else \
        "".join(case.typed.fields.get("requester.full_name", "").split())
    kinds = words["kinds_separator"].join(words["kinds"].get(k, k) for k in case.kinds)
    parts = {"date": (case.options.letter_date or today or date.today()).isoformat(),
             "person": person, "kinds": kinds,
             "company": short_company_name(company, language) if company is not None else ""}
    stem = words[what].format(**parts)
    stem = re.sub(r"_{2,}", "_", stem).strip("_")  # an empty part goes with its separator
    return safe_file_name(stem, suffix)


@lru_cache(maxsize=1)
def _words() -> dict:
    from assistant.io.own_yaml import read_own_yaml
    from assistant.io.paths import forms_dir

    return read_own_yaml(Path(forms_dir()) / "file_names.yaml")
