"""Every way a page offers to get the company's form, the surest first: 「…ダウンロードしてください。
または、…ご請求いただければ郵送いたします」 is [download, mailed-by-company]."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from assistant.importer import terms as t
from assistant.importer.form_steps import who_moves_form

if TYPE_CHECKING:
    from assistant.importer.facts import Sentence

ONE_WAY = {"mailed-by-company", "inquiry"}  # asking for the form, and its being mailed on asking
# Two ways in one sentence are offered as choices only where the sentence says "or" between them
# (「ダウンロードして使用するか、当社へ請求」); "download the request form below" is one way.
OR_WORD = re.compile(r"か[、,]|または|又は|もしくは|若しくは|あるいは|\bor\b", re.I)


class Way(NamedTuple):
    rank: int  # the order of terms.FORM_HOW: download before web-form before mailed before asking
    index: int  # the sentence's place in the region
    value: str
    sentence: "Sentence"
    match: re.Match | None


BARE_BILL = re.compile(r"(?:^|[、。をはがに「])請求書(?:を|は)")


def ways_in(region: "list[Sentence]", name_at: list[int]) -> list[Way]:
    """Each sentence's way, where the sentence speaks of the form (a form word, a name of it within
    four sentences, or a way found in the sentence before: 「…ダウンロードしてください。または、
    窓口にご請求いただければ、郵送いたします」)."""
    ways: list[Way] = []
    ranks = {value: rank for rank, (_, value) in enumerate(t.FORM_HOW)}
    names, with_way = set(name_at), set()  # sets, not scans: a text of many sentences stays linear
    for index, s in enumerate(region):
        # a bill to pay is no form (「…費用の請求書をお渡しします。…郵送にて…請求書をご自宅へ郵送します」:
        # the bare 請求書 within two sentences after one on the bill is that bill)
        bill = t.BILL.search(s.text) or BARE_BILL.search(s.text) and any(
            t.BILL.search(x.text) for x in region[max(0, index - 2):index])
        about_form = (t.FORM_WORD.search(s.text) or any(n in names for n in range(index - 4, index + 5))
                      or index - 1 in with_way) and not bill
        bare = t.ASIDE.sub("", s.text) if about_form else s.text  # 「請求書(以下、「…」といいます。)をお送り…」
        for rank, (pattern, value) in enumerate(t.FORM_HOW):
            if not about_form:
                break
            if hm := pattern.search(s.text):
                ways.append(Way(rank, index, value, s, hm))
            elif bare != s.text and pattern.search(bare):
                ways.append(Way(rank, index, value, s, None))  # matched without the aside: no span of the text
        # the sentence's structure, where no listed wording matched: who moves the form
        if not (ways and ways[-1].index == index) and (value := who_moves_form(s.text)):
            ways.append(Way(ranks[value], index, value, s, None))
        if ways and ways[-1].index == index:
            with_way.add(index)
    return ways


def kept_ways(ways: list[Way], region: "list[Sentence]") -> list[Way]:
    """The surest way, and each other way in its sentence or the next (「…ダウンロードできない場合
    には、…当社から送付させていただきます」); asking and being mailed are one way, and forms kept
    at a branch's counter (「窓口にご用意」) no inquiry counter's answer beside another way. A way
    further off is kept where it is offered as another ("If you are unable to do this, …")."""
    ordered = sorted(ways, key=lambda w: (w.rank, w.index))
    first = ordered[0]
    kept = [first]
    for other in ordered[1:]:
        near = abs(other.index - first.index) <= 1 or _offered_instead(other, region)
        if not near or (other.match and "用意" in other.match.group()):
            continue
        if any({other.value, k.value} <= ONE_WAY or other.value == k.value for k in kept):
            continue
        if other.index == first.index and not _or_between(first, other):
            continue
        kept.append(other)
    return kept


def _or_between(a: Way, b: Way) -> bool:
    text = a.sentence.text
    if a.match is None or b.match is None:
        return bool(OR_WORD.search(text))
    # the "or" stands between the two wordings (or inside one: 「…するか、当社へ請求」)
    return bool(OR_WORD.search(text, min(a.match.start(), b.match.start()), max(a.match.end(), b.match.end())))


def _offered_instead(way: Way, region: "list[Sentence]") -> bool:
    before = region[way.index - 1].text if way.index > 0 else ""
    return bool(t.OFFERED_INSTEAD.search(way.sentence.text) or t.OFFERED_INSTEAD.search(before))
