"""「※本人確認書類は、以下2点をご郵送ください。 / 1)住民票(1通) / ※外国人の方は、住民票に代わり、在留
カードまたは特別永住者証明書 / 2)運転免許証またはパスポート…のうちいずれか1点」: the person's ID as
that many numbered items, each needed, one of them offering its own choice. Each item becomes a
group of its own (its documents, and those a ※ note under it names in its place); the count is
the items', never "2 of everything listed", nor "one with a photo or two without". Anything the
structure does not hold exactly (items not numbered 1 to N, an item naming no document) leaves
the facts as the other rules read them."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.facts import Found, _quote

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

COUNTED_ITEM = "item {} of the person's identity documents counted item by item"
ITEM_NOTE = re.compile(r"item ([1-5]) of the person's identity documents counted item by item$")
# 「本人確認書類は、以下2点」, 「ご本人確認書類として次の2点」: the ID, counted as the items below
COUNTED = re.compile(r"本人確認(の)?書類[^。]{0,12}(以下|次の|下記の?)\s?(?P<n>[2-5])\s?(点|種類|通)|"
                     # "Please prepare the following documents (both (1) and (2)) for each request."
                     r"following documents \(?both \(1\) and \(2\)\)?", re.I)
ITEM = re.compile(r"^\s*[(（]?(?P<n>[1-5])[)）.．]")
# 「下記(ア)記載の書類いずれか1点の写しと(イ)の書類いずれか1点を…同封」: one from each of two marked lists
_LIST = r"[(（](?P<{}>[ア-オA-Ea-e1-5])[)）]"
JOINED = re.compile(_LIST.format("a") + r"[^。]{0,20}?いずれか\s?(?:1|一)\s?(?:点|通)[^。]{0,12}?(?:と|及び|および|並びに)\s?"
                    + _LIST.format("b") + r"[^。]{0,20}?いずれか\s?(?:1|一)\s?(?:点|通)")
# 「※外国人の方の場合、住民票に代わり、在留カードまたは…」: documents in the item's place
INSTEAD = re.compile(r"に代わり|に代えて|の代わりに|の替わりに|[Ii]f you do not have \((?P<n>[1-5])\)")


class CountedItemRules:
    """Mixed into the extractor after the document rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def counted_id_items(self) -> None:
        for index, s in enumerate(self.region):
            if not (m := COUNTED.search(s.text)):
                continue
            # (the items start on the next line: the lead's paragraph may say more after it)
            below = next((i for i in range(index + 1, len(self.region)) if self.region[i].line != s.line), len(self.region))
            if (items := _items(self.region, below, int(m["n"] or 2))):
                self._regroup(s, items)
                return

    def joined_id_lists(self) -> None:
        """「(ア)記載の書類いずれか1点の写しと(イ)の書類いずれか1点」 over the lists 「(ア) / • 運転免許証 …」
        and 「(イ) / • 住民票の写し …」: one document from each list, each list a group of its own."""
        for index, s in enumerate(self.region):
            if (m := JOINED.search(s.text)) and m["a"] != m["b"]:
                lists = [_marked_list(self.region, index + 1, mark) for mark in (m["a"], m["b"])]
                if all(lists):
                    self._lists_as_items(lists)
                return

    def _lists_as_items(self, lists: list[list["Sentence"]]) -> None:
        """Each list's documents the person's group of their own (as counted items are)."""
        quotes = [{x.text.strip() for x in lines} for lines in lists]
        self.proposal.facts = [replace(f, sure=True, note=COUNTED_ITEM.format(n + 1))
                               if f.field == "documents.self" and (n := next((i for i, q in enumerate(quotes)
                                                                              if f.quote.strip() in q), None)) is not None
                               else f for f in self.proposal.facts]

    def _regroup(self, lead: "Sentence", items: list[list[tuple["Sentence", list[str]]]]) -> None:
        facts = self.proposal.facts
        # the count sentence was the items' count: no count of documents, no "photo or two" reading
        facts[:] = [f for f in facts if not (f.field == "documents.self_count" and f.start >= lead.start
                                             and f.end <= lead.start + len(lead.text))]
        facts[:] = [replace(f, sure=True, note="") if f.field == "documents.self" and f.note == t.TWO_WITHOUT_PHOTO
                    else f for f in facts]
        kinds = {kind for item in items for _, named in item for kind in named}
        facts[:] = [f for f in facts if not (f.field in ("documents.self", "documents.agent",
                                                         "documents.legal-representative")
                                             and f.value in kinds and any(f.quote in s.text for item in items
                                                                          for s, _ in item))]
        for number, item in enumerate(items, start=1):
            for s, named in item:
                for kind in named:
                    quote, start, end = _quote(s)
                    facts.append(Found("documents.self", kind, quote, start, end, True,
                                       COUNTED_ITEM.format(number)))


def _items(region: "list[Sentence]", start: int, count: int) -> list[list[tuple["Sentence", list[str]]]]:
    """The numbered items 1 to count below the lead, each with the documents its line names and
    those its ※ notes name in its place; [] where the lines are not exactly that."""
    items: list[list[tuple["Sentence", list[str]]]] = []
    for s in region[start:start + 4 * count]:
        text = s.text.strip()
        numbered = ITEM.match(text)
        if numbered and int(numbered["n"]) == len(items) + 1 and len(items) < count:
            items.append([(s, t.kinds_named(text))])
        elif text.startswith(("※", "*", "＊")) and items:
            # 「※…住民票に代わり、在留カード…」: the item above; "*If you do not have (1), a copy of your
            # "health insurance card" … and an original of your "certificate of residence"": item (1),
            # by the kinds no other item names
            if (im := INSTEAD.search(text)) and (named := t.kinds_named(text)):
                at = int(im["n"]) - 1 if im["n"] and int(im["n"]) <= len(items) else len(items) - 1
                others = {k for i, item in enumerate(items) if i != at for _, kinds in item for k in kinds}
                if (own := [k for k in named if k not in others]):
                    items[at].append((s, own))
        else:
            break
    return items if len(items) == count and all(item[0][1] for item in items) else []


def item_groups(found: list[Found], docs: list[dict]) -> tuple[list[dict], set[str]]:
    """The record's groups for the counted items (one per item, its documents "one of"), and the
    kinds they hold; ([], set()) where the rule found none."""
    numbers: dict[str, list[Found]] = {}
    for f in found:
        if (item := ITEM_NOTE.match(f.note)):
            numbers.setdefault(item.group(1), []).append(f)
    by_kind = {d["kind"]: d for d in docs}
    groups, used = [], set()
    for note in sorted(numbers):
        kinds = list(dict.fromkeys(f.value for f in numbers[note]))
        used |= set(kinds)
        groups.append({"label": "proof of identity", "one_of": [by_kind.get(k, {"kind": k}) for k in kinds],
                       "quote": list(dict.fromkeys(f.quote for f in numbers[note]))})
    return groups, used


def _marked_list(region: "list[Sentence]", start: int, mark: str) -> list["Sentence"]:
    """The lines of the list under its mark's own line (「(ア)」) below start, up to the next line
    that is no item; [] where the mark's line is not there or the list names no document."""
    head = next((i for i in range(start, min(len(region), start + 30))
                 if re.fullmatch(rf"\s*[(（]{mark}[)）]\s*", region[i].text)), None)
    if head is None:
        return []
    lines = []
    for x in region[head + 1:head + 12]:
        if not t.BULLET.match(x.text) or re.match(r"\s*[(（][ア-オA-Ea-e1-5][)）]\s*$", x.text):
            break
        lines.append(x)
    return lines if any(t.kinds_named(x.text) for x in lines) else []
