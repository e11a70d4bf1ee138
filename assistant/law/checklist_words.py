"""The checklist's wording in every language: templates with {placeholders}, one file per language
(forms/checklist/<language>.yaml, loaded by reference.load_checklist_words).

The checklist's builders ask for a key and its values and get back a Localized with every language
filled; values that differ by language (an amount of yen, a date, a label) are passed as Localized
themselves. Plain Python: the YAML is read elsewhere, so the engine stays free of files.
"""
from __future__ import annotations

import re
import string
from datetime import date
from typing import Any, Mapping

from assistant.law.japanese_dates import era_date
from assistant.law.localized import FALLBACK, Localized

_WEEKDAYS_JA = "月火水木金土日"


def flatten(tree: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """{'section': {'fee': 'Pay the fee'}} → {'section.fee': 'Pay the fee'}."""
    flat: dict[str, str] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, name + "."))
        else:
            flat[name] = "" if value is None else str(value)
    return flat


def placeholders(template: str) -> set[str]:
    """The {names} a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class ChecklistWords:
    """Templates per language: language → key → template."""

    def __init__(self, templates: Mapping[str, Mapping[str, str]]):
        if FALLBACK not in templates:
            raise ValueError(f"the checklist wording needs '{FALLBACK}' (item ids come from it)")
        self._templates = {lang: dict(keys) for lang, keys in templates.items()}

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._templates)

    def template(self, language: str, key: str) -> str:
        found = self._templates.get(language, {}).get(key)
        return self._templates[FALLBACK][key] if found is None else found

    def known(self, language: str, key: str) -> str | None:
        """The language's own text for this key, or None (no fallback to English)."""
        return self._templates.get(language, {}).get(key)

    def format(self, language: str, key: str, **values: Any) -> str:
        """One language's text: Localized values give their text in that language."""
        plain = {k: v.text(language) if isinstance(v, Localized) else v for k, v in values.items()}
        return self.template(language, key).format(**plain)

    def say(self, key: str, **values: Any) -> Localized:
        """The text in every language."""
        return Localized({lang: self.format(lang, key, **values) for lang in self._templates})

    def each(self, make: "Any") -> Localized:
        """A text built per language by make(language) → str."""
        return Localized({lang: make(lang) for lang in self._templates})

    # -- values whose form differs by language --------------------------------------------------
    def yen(self, amount: int) -> Localized:
        return self.say("yen", amount=f"{amount:,}")

    def day(self, day: date, key: str = "date.long") -> Localized:
        """A date as each language writes it (Japanese: the era, then the Western date)."""
        return self.say(key, era=era_date(day), year=day.year, month=day.month, day=day.day,
                        month_name=f"{day:%B}", weekday=f"{day:%A}",
                        weekday_ja=_WEEKDAYS_JA[day.weekday()], iso=day.isoformat())

    def sentence(self, text: Localized) -> Localized:
        """Each language's text ending with its full stop, unless it ends in a web or e-mail
        address (copied as is) or already has one."""
        def end(language: str) -> str:
            words, stop = text.text(language), self.template(language, "full_stop")
            last = words.rsplit(" ", 1)[-1].rsplit("：", 1)[-1]
            return words if words.endswith(stop) or "://" in last or "@" in last else words + stop
        return Localized({lang: end(lang) for lang in text})

    def join(self, key: str, parts: "list[Localized]") -> Localized:
        """Parts joined with each language's separator (key names it, e.g. 'sep.list')."""
        return self.each(lambda lang: self.template(lang, key).join(p.text(lang) for p in parts))

    def article(self, article: str, short: bool = False, tag: bool = False) -> Localized:
        """'Art. 33(1)' → 'APPI Art. 33(1)' / '個人情報保護法第33条第1項'; an article of another Act
        ('Health Insurance Act Art. 194-2') names its Act (act.<name> in the wording). short: in
        English without the Act's name ('Art. 33(1)'), where the sentence already names it.
        tag: for a tag beside a line, where 'Arts. 15 and 20' is 第15条・第20条 (in a sentence,
        第15条及び第20条)."""
        match = re.match(r"(.*?)\s*Arts?\.\s*(.*)", article)
        act, numbers = (match.group(1), match.group(2)) if match else ("", article)

        def one(language: str) -> str:
            whole = None if match else self._templates.get(language, {}).get(f"act.{article}")
            if whole:  # an Act as a whole (an amending Act cited as a fact's basis)
                return whole
            if language == FALLBACK:
                return article if short or act else f"{self.template(language, 'act.APPI')} {article}"
            name = self._templates.get(language, {}).get(f"act.{act or 'APPI'}") or act \
                or self.template(language, "act.APPI")
            return self.format(language, "law.article", act=name,
                               numbers=_numbers_ja(numbers, "・" if tag else "及び"))
        return Localized({lang: one(lang) for lang in self._templates})


def japanese_article(article: str) -> str:
    """'Art. 35(1), (5)' → '第35条第1項・第5項' (an APPI article, as letters cite it)."""
    return _numbers_ja(article.removeprefix("Arts.").removeprefix("Art.").strip())


_APPLIED = re.compile(r"(\d+\(\w+\)),\s*applied by Art\.\s*(\d+\(\w+\))")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def _numbers_ja(text: str, and_word: str = "及び") -> str:
    """'35(1), (5)' → '第35条第1項・第5項'; '132(ii), Art. 169' → '第132条第2号・第169条';
    '194-2' → '第194条の2'; '15 and 20' → '第15条及び第20条' (and_word between the last two);
    '33(2), applied by Art. 33(5)' → '第33条第5項において準用する同条第2項'."""
    applied = _APPLIED.fullmatch(text)
    if applied:  # a paragraph that another applies: the applying one first, as statutes cite it
        cited, by = _numbers_ja(applied.group(1)), _numbers_ja(applied.group(2))
        same = cited.split("条")[0] == by.split("条")[0]
        return f"{by}において準用する" + ("同条" + cited.split("条", 1)[1] if same else cited)
    out = ""
    for joiner, ref in re.findall(r"(^|,\s*|\s+and\s+|/|)(?:Art\.\s*)?(\d+(?:-\d+)?|\(\w+\))",
                                  text):
        if out and joiner:
            out += and_word if "and" in joiner else "・"
        if ref.startswith("("):
            part = ref.strip("()")
            out += f"第{part}項" if part.isdigit() else f"第{_ROMAN.get(part, part)}号"
            continue
        number, _, branch = ref.partition("-")
        out += f"第{number}条" + (f"の{branch}" if branch else "")
    return out or text
