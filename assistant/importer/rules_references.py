"""A representative's own identity documents given by reference to another item: 「【代理人ご自身の
本人確認書類】 上記(1)と同様」, 「法定代理人本人の確認書類(前項Bの本人確認書類と同様の書類)」,
「本人の場合と同じ」, "the same documents as in 1.". The item named (by its mark: (1), 1., B, a) is
found above; the person's documents listed in it are the representative's own, in the same shape
(one with a photo, or two without). Where the mark names no item, or two items that both list
the person's documents, the reference is a note to check, never a guess. Read after the documents'
own rules and the footnotes."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.facts import _quote
from assistant.importer.terms_documents import ALSO_NOTE, SAME_AS_PERSON

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# "two of the documents above verifying the identity of the agent", "One of the above-mentioned documents
# for identification of the representative": the list above, the person's
ABOVE_EN = r"\bthe ((documents?|ones|IDs?) (listed |mentioned |shown )?above|above[- ]mentioned (documents?|ones|IDs?))\b"
# 「■代理人の場合・・・上記①～⑥(本人+代理人)+委任状」: the list above, the person's and the representative's
ABOVE_BOTH = r"上記[^。(（]{0,8}[(（](?:ご)?本人\s?[＋+・、]?\s?(?:及び|と)?\s?(?:その)?代理人[)）]"
# The words that point elsewhere; the mark of the item stands just before (Japanese) or after.
SAME = re.compile(r"と同様|と同じ|に同じ|に定める|に記載の|に掲げる|に準ずる|"
                  r"(the )?same (documents?|ones?|identification documents?|as)\b|" + ABOVE_EN + "|" + ABOVE_BOTH, re.I)
# The mark inside the words before 「と同様」: 「上記(1)」, 「前項B」, 「1.に定める」 (the last one wins).
MARK_BEFORE = re.compile(r"[(（]([0-9]{1,2}|[A-Za-z])[)）]|(?<![A-Za-z0-9])([A-Z])(?![A-Za-z])|"
                         r"(?<![0-9.])([0-9]{1,2})[.．)）]?(?![0-9点通種か])")
# "as in 1.", "as (A) above", "as listed under B", "same as the documents in (1) above": the mark after
# the English words.
# ("same as those listed in item 2(B) above": the sub-item (B) of item 2)
MARK_AFTER = re.compile(r"\s?(as\s)?(?:(?:the (?:documents?|ones|IDs?)|those) )?(in|under|for|listed in|described in)\s(item\s)?"
                        r"(?:[(]([0-9]{1,2}|[A-Za-z])[)]|([0-9]{1,2}|[A-Z])(?![A-Za-z0-9(])|[0-9]{1,2}[(]([A-Za-z])[)])", re.I)
# 「本人の場合と同じ」, "same as for the individual": the person's documents, no mark needed.
PERSONS_CASE = re.compile(r"(ご)?本人(様)?(の場合|が請求する場合|による(請求|申請))|the (individual|person|principal)",
                          re.I)
# The item a line opens with: 「(1)…」, 「1.…」, 「B. …」, 「a. …」 (a bullet before it is skipped).
ITEM = re.compile(r"\s?(?:[-・•●○◆■□]\s?)?(?:[(（]([0-9]{1,2}|[A-Za-z])[)）]|([0-9]{1,2})[.．)）]|([A-Za-z])[.．)）](?=\s|[^\x00-\x7f]))")
# What the reference is about: someone's own identity, not the proof of the representation.
OWN_ID = re.compile(r"本人確認|本人であること|ご自身|身分|identity|identification", re.I)
REPRESENTATIVE = ((re.compile(r"法定代理人|親権者|成年後見人|legal representative", re.I), ("legal-representative",)),
                  (re.compile(r"任意代理人|委任(による|を受けた)代理人|appointed agent", re.I), ("agent",)),
                  # ("an agent", "a proxy" in English: one the person appoints)
                  (re.compile(r"\b(agent|proxy)\b", re.I), ("agent",)),
                  (re.compile(r"代理人|representative", re.I), ("legal-representative", "agent")))
# "a proxy" covers the statutory one where the page names "a statutory proxy" as one kind of it
GENERIC = re.compile(r"\b(agent|proxy|proxies)\b", re.I)
STATUTORY = re.compile(r"\b(statutory|legal) (agent|proxy)\b", re.I)
APPOINTED = re.compile(r"\b(privately |voluntarily )?appointed|voluntary|power of attorney holder", re.I)
UNRESOLVED = "the representative's own documents are given by reference to another item the import could not find"
REACH = 40  # an item's words run at most this many sentences
MAX_REFERENCES = 20  # references read in one text (a page has a handful)
MAX_CANDIDATES = 6  # the nearest items with the mark; more would be no clear reference anyway


class ReferenceRules:
    """Representatives' documents given by reference: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def reference_documents(self) -> None:
        items: dict[str, list[tuple[int, re.Match]]] = {}  # each mark's items, in order
        copied: set[tuple[str, str]] = set()
        seen: set[int] = set()
        statutory = None  # whether the page names a statutory proxy (read once, when needed)
        for index, s in enumerate(self.region):
            if (opened := ITEM.match(s.text)):
                items.setdefault(next(g for g in opened.groups() if g), []).append((index, opened))
            m = SAME.search(s.text)
            if not m or t.FEE.search(s.text):
                continue
            heading = self.heading_of(index)
            whose = _whose(s.text[:m.start()]) or _whose(s.text[m.end():]) or _whose(heading)
            if whose == ("agent",) and GENERIC.search(s.text + heading) and statutory is None:
                statutory = any(STATUTORY.search(x.text) for x in self.region)
            if whose == ("agent",) and statutory and not APPOINTED.search(s.text + heading):
                whose = ("legal-representative", "agent")  # "a proxy" where "a statutory proxy" is one kind
            if not whose or not (OWN_ID.search(s.text) or OWN_ID.search(heading) or re.search(ABOVE_BOTH, s.text)):
                continue
            if len(seen) >= MAX_REFERENCES:
                return  # a page refers to its items a few times; a text of thousands is no page
            seen.add(index)
            source = self._referenced(items, index, s.text, m)
            if source is None:
                continue  # no reference to an item: not this rule's sentence
            for who in whose:
                self._copy(source, who, s, m, copied)

    def _referenced(self, items: dict, index: int, text: str, m: re.Match) -> "list | None":
        """The person's document facts of the item the words name; [] when it cannot be told which
        (two such items, or none); None when the words name no item at all."""
        mark = _mark(text, m)
        person = self.proposal.values("documents.self")
        if mark is None:
            if not PERSONS_CASE.search(text[max(0, m.start() - 20):m.start() + 40]) \
                    and not re.fullmatch(ABOVE_EN + "|" + ABOVE_BOTH, m.group(0), re.I):
                return None
            # 「本人の場合と同じ」: the person's documents as the page lists them
            return [f for f in self.proposal.facts if f.field == "documents.self" and f.note != ALSO_NOTE] \
                if person else []
        found = []
        for item, opened in items.get(mark, [])[-MAX_CANDIDATES:]:
            if item < index:
                facts = self._person_facts(item, index, opened)
                if any(f.field == "documents.self" for f in facts):
                    found.append((opened.group(1) is not None, facts))
        # 「上記(1)(2)と同様」, "as in (1) above" name an item marked (1), not the section 「1.」 above it
        bracketed = f"({mark})" in text[max(0, m.start() - 16):m.start()] + text[m.end():m.end() + 32]
        alike = [facts for marked, facts in found if marked == bracketed]
        if len({tuple(f.value for f in facts) for _, facts in found}) == 1:
            return found[0][1]  # a section and the item inside it list the same documents: no doubt
        return found[0][1] if len(found) == 1 else alike[0] if len(alike) == 1 else []

    def _person_facts(self, item: int, stop: int, opened: re.Match) -> list:
        """The person's document facts in an item's words: up to the next item of the same kind
        of mark, a line naming a representative, or the referring line."""
        begin = self.region[item].start
        end = self.region[stop].start
        for s in self.region[item + 1:min(stop, item + REACH)]:
            other = ITEM.match(s.text)
            if other and _style(other) == _style(opened) or _whose(s.text):
                end = s.start
                break
        return [f for f in self.proposal.facts if begin <= f.start < end
                and f.field in ("documents.self", "documents.self_count") and f.note != ALSO_NOTE]

    def _copy(self, source: list, who: str, s: "Sentence", m: re.Match, copied: set) -> None:
        if not source:  # which item the words name is not clear: the person's kinds, to check
            for kind in dict.fromkeys(self.proposal.values("documents.self")):
                self.add(f"documents.{who}", kind, s, m, sure=False, note=UNRESOLVED)
            return
        # Each document is quoted with the words that refer to it (the record adds those naming it)
        # and keeps whether the rules were sure; the count stays the person's (the record gives
        # the representative the same shape).
        quote, start, end = _quote(s, m)
        for f in source:
            if f.field == "documents.self" and (who, f.value) not in copied:
                copied.add((who, f.value))
                self.proposal.facts.append(replace(f, field=f"documents.{who}", note=SAME_AS_PERSON,
                                                   quote=quote, start=start, end=end))


def _mark(text: str, m: re.Match) -> str | None:
    after = MARK_AFTER.match(text, m.end())
    if after and text.isascii():
        return after.group(4) or after.group(5) or after.group(6)
    before = list(MARK_BEFORE.finditer(text, max(0, m.start() - 16), m.start()))
    if not before:
        return None
    return next(g for g in before[-1].groups() if g)


def _style(opened: re.Match) -> tuple:
    """How an item is marked: 「(1)」, 「1.」 or 「B.」; a capital letter's items are not a small one's, nor
    a number's ("(B) Personal identification documents / (1) A copy of one of the following: …")."""
    return tuple(g is not None and not g.islower() for g in opened.groups()) + \
        tuple(g is not None for g in opened.groups()) + tuple(g is not None and g.isdigit() for g in opened.groups())


def _whose(text: str) -> tuple[str, ...]:
    for pattern, who in REPRESENTATIVE:
        if pattern.search(text):
            return who
    return ()
