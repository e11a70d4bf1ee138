"""A form named by pointing back: 「前項の開示等請求書は、…のいずれかの方法でお願いいたします」. 「前項の」
is no part of the form's name, and the name after it is often the short name a sentence above gave
its forms: 「個人情報利用目的通知請求書、個人情報開示請求書、…又は個人情報利用停止等請求書(以下、「開示等
請求書」といいます。)」. The form for a disclosure is then the one of that list that names 開示; a
pointer with no such list above leaves no name (the form is known to exist, its name is not).
The short names are collected once per text, so a text of many names stays linear.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.form_generic import generic_form_words

if TYPE_CHECKING:
    from assistant.importer.facts import Sentence

POINTER = re.compile(r"^(前項|前記|上記|前述|前掲|同項|当該)の?")
# 「(以下、「開示等請求書」といいます。)」: a short name given to what precedes it (bounded: linear).
DEFINED = re.compile(r"[(（]以下、?\s?[「『]?([^「」『』()（）、。]{2,30}?)[」』]?\s?(?:と|という|といいます)")
ITEM_SPLIT = re.compile(r"、|又は|または|及び|並びに|もしくは|若しくは|,")
FORM_END = re.compile(r"(請求書|申請書|申出書|申込書|用紙|様式)$")
MAX_ITEMS, MAX_ALIASES, BEFORE = 8, 20, 300


def without_mark(name: str) -> str:
    """A form's name without the bullet, number or letter its list put before it (「・…」,
    「a.個人情報開示等請求書」): the list's item mark (terms.BULLET), not the name's."""
    return t.BULLET.sub("", name.lstrip("･‐ "), count=1)


def form_aliases(region: "list[Sentence]") -> dict[str, str]:
    """Each short name the text gives a list of forms → the list's disclosure form ("" where the
    list has none, or several)."""
    aliases: dict[str, str] = {}
    for s in region:
        if "以下" not in s.text:
            continue
        for d in DEFINED.finditer(s.text):
            short = d.group(1).strip()
            items = [x.strip() for x in ITEM_SPLIT.split(s.text[max(0, d.start() - BEFORE):d.start()])][-MAX_ITEMS:]
            forms = [x for x in items if FORM_END.search(x) and len(x) <= 30]
            if FORM_END.search(short) and forms and short not in aliases:
                disclosure = [x for x in forms if "開示" in x]
                # 「当社所定の請求書(以下、「開示等請求書」といいます。)」: the one form, unnamed before,
                # has the short name as its name
                own = len(forms) == 1 and generic_form_words(_after_own(forms[0])) and "開示" in short
                aliases[short] = short if own else disclosure[-1] if len(disclosure) == 1 else ""
            if len(aliases) >= MAX_ALIASES:
                return aliases
    return aliases


def pointed_form(name: str, aliases: dict[str, str]) -> str:
    """The disclosure's form of the list a short name stands for; else the name itself where it does
    not point back, "" where it does (its name is not known)."""
    m = POINTER.match(name)
    short = (name[m.end():] if m else name).strip("「」『』")
    if short in aliases:
        return aliases[short]
    return "" if m else name


def _after_own(item: str) -> str:
    """The item's words from the company's own form on (「…をお送りいたしますので、当社所定の請求書」)."""
    at = item.rfind("所定")
    return item[max(0, at - 2):] if at >= 0 else item
