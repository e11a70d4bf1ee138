"""A form named by pointing back: 「前項の開示等請求書は、…のいずれかの方法でお願いいたします」. 「前項の」
is no part of the form's name, and the name after it is often the short name a sentence above gave
its forms: 「個人情報利用目的通知請求書、個人情報開示請求書、…又は個人情報利用停止等請求書(以下、「開示等
請求書」といいます。)」. The form for a disclosure is then the one of that list that names 開示; a
pointer with no such list above leaves no name (the form is known to exist, its name is not).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.importer.facts import Sentence

POINTER = re.compile(r"^(前項|前記|上記|前述|前掲|同項|当該)の?")
ITEM_SPLIT = re.compile(r"、|又は|または|及び|並びに|もしくは|若しくは|,")
FORM_END = re.compile(r"(請求書|申請書|申出書|申込書|用紙|様式)$")
MAX_ITEMS = 8


def pointed_form(name: str, region: "list[Sentence]") -> str:
    """The disclosure's form of the list a short name stands for (「開示等請求書」 defined as 「…(以下、
    「開示等請求書」といいます。)」); else the name itself where it does not point back, "" where it does
    (its name is not known)."""
    m = POINTER.match(name)
    short = name[m.end():] if m else name
    short = short.strip("「」『』")
    if not short:
        return ""
    defined = re.compile(r"[(（]以下、?\s?[「『]?" + re.escape(short) + r"[」』]?\s?(と|という|といいます)")
    for s in region:
        d = defined.search(s.text)
        if not d:
            continue
        items = [x.strip() for x in ITEM_SPLIT.split(s.text[max(0, d.start() - 300):d.start()])][-MAX_ITEMS:]
        forms = [x for x in items if FORM_END.search(x) and len(x) <= 30]
        disclosure = [x for x in forms if "開示" in x]
        return disclosure[-1] if len(disclosure) == 1 else ""
    return "" if m else name
