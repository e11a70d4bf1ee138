"""A word the text defines to cover more than itself: "(hereinafter referred to as "disclosure"
in this sheet)" after a list of several kinds, "“Disclosure Request” (including application for
notice of intended purpose of use hereinafter the same will apply)", 「(以下「開示」といいます)」.
Where "disclosure" so stands for several kinds, a fee said of "disclosure" does not say its kinds."""
from __future__ import annotations

import re
from typing import Callable, Iterable

# the defined word after the definition ("…(hereinafter referred to as "X")", 「…(以下「X」という)」)
AFTER = re.compile(r"hereinafter[^\"“”()]{0,40}[\"“]{1,2}([^\"”()]{1,40})[\"”]|"
                   r"[(（]以下[、,]?(?:総称して)?[「『]([^」』()]{1,20})[」』]")
# the defined word before its definition ("“X” (including … hereinafter the same…)")
BEFORE = re.compile(r"[\"“]([^\"”()]{1,40})[\"”]\s?[(（](including|含む|含みます)([^()（）]{1,160})[)）]", re.I)
# kinds other than disclosure, however worded ("purpose of usage", "amendments", 「訂正」)
OTHER = re.compile(r"purpose|amend|correct|revis|suspen|delet|eras|利用目的|訂正|利用停止|消去|削除", re.I)
SCOPE = 200  # characters before a definition in which its kinds are named


def broad_disclosure(texts: Iterable[str], named: Callable[[str], dict]) -> bool:
    """Whether the text defines a word naming only "disclosure" to cover other kinds besides."""
    for text in texts:
        for m in AFTER.finditer(text):
            word = m.group(1) or m.group(2)
            if _only_disclosure(word, named) and _others(text[max(0, m.start() - SCOPE):m.start()], named):
                return True
        for m in BEFORE.finditer(text):
            if _only_disclosure(m.group(1), named) and _others(m.group(3), named):
                return True
    return False


def _only_disclosure(word: str, named: Callable[[str], dict]) -> bool:
    return set(named(word)) == {"disclosure"}


def _others(scope: str, named: Callable[[str], dict]) -> bool:
    return bool(set(named(scope)) - {"disclosure"} or OTHER.search(scope))


def defined_kinds(texts: Iterable[str], named: Callable[[str], dict]) -> dict[str, set]:
    """Each word the text defines after the kinds it covers (「「利用目的の通知」、「開示」及び「第三者提供
    記録の開示」に関する各ご請求(以下「開示等請求」といいます。)並びに「訂正・追加・削除」…(以下「訂正等
    請求」…)」): the word and those kinds, each definition's read from the end of the one before."""
    words: dict[str, set] = {}
    for text in texts:
        begin = 0
        for m in AFTER.finditer(text):
            if (word := m.group(2)) and (kinds := set(named(text[max(begin, m.start() - SCOPE):m.start()]))):
                words.setdefault(word, kinds)
            begin = m.end()
    return words
