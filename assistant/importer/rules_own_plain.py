"""A representative's own identity documents named plainly: 「代理人の本人確認書類」, 「法定代理人の本人
確認のための書類」, 「任意代理人の本人確認ができる書類」 — without ご本人 / ご自身 (rules_shared_ids reads
those) and without a list of their own.

The convention (README, "Any company"): the page uses one word, 本人確認書類, for the person's and the
representative's documents, so the representative sends their own, of the kinds the page accepts
for the person, in the same shape (ReferenceRules._copy). Where the page names no kinds at all (the
list cut off, or in a note the text does not hold), the record still says a representative sends
their own identity document: one line of the kind `other`, noted "kinds not stated", so the
checklist lists it and the person asks the company which it accepts.

Whose: the words before it on the line (法定代理人 / 親権者: the legal representative; 任意代理人,
委任状: the agent); a plain 代理人 on a line naming neither is both where the page provides for a
legal representative anywhere, else the agent."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer.rules_own_above import APPOINTED, LEGAL, person_ids
from assistant.importer.rules_shared_ids import names_ids
from assistant.importer.terms_documents import KINDS_NOT_STATED, RELATION_ONLY

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

PLAIN_OWN = re.compile(r"代理人(様|の方)?の\s?(本人確認|身元確認)(書類|資料|のための書類|ができる書類)|"
                       # 「2.法定代理人 … ・請求者の身分証明書」: the one asking in a row of who asks
                       r"(?P<asker>請求者|申請者|申出者)(様)?の\s?(本人確認|身元確認|身分証明)(書類|資料|書)")
# "…by the power of attorney …, and the agent's document for identity verification, and … by the
# statutory agent's document for identity verification": whose is the words' own
PLAIN_OWN_EN = re.compile(r"\b(?P<who>statutory agent|legal representative|agent|proxy|representative)['’]s "
                          r"(own )?(documents?|ID|identification)\b(?! (of|showing) (the|your) relation)", re.I)
# The row of who asks that such a line stands in, by its heading above: 「2.法定代理人」, 「4.患者さん
# から代理権を与えられた親族…」, 「1.患者さんご本人」 (the person's own: no representative's).
ROW_AGENT = re.compile(APPOINTED.pattern + r"|代理権を与え|任意後見人|委任状")
ROW_PERSON = re.compile(r"^\W{0,2}\d{0,2}[.．、)）]?\s?[^\s・]{0,8}本人")
ROW_SPAN = 6
# 「代理人の本人確認書類は不要」: none needed.
NOT_NEEDED = re.compile(r"\s?([(（][^()（）]{0,30}[)）])?\s?(は|も)?\s?(不要|必要(は)?ありません|いりません)")
# 「下記の代理人の本人確認書類」: their own list follows.
OWN_LIST_BELOW = re.compile(r"(下記|以下|次)の\s?$")
AGENT_WORDS = re.compile(r"委任状")
HEADING = 30  # a line this short over a line of IDs heads their list
MAX_LINES = 10  # such lines read in one text (a page has one or two)


class PlainOwnIdRules:
    """Mixed into the extractor after SharedIdRules (which reads 「代理人ご自身の…」)."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def own_ids_plain(self) -> None:
        person = person_ids(self.proposal)
        legal_on_page = any(LEGAL.search(s.text) for s in self.region)
        copied: set[tuple[str, str]] = set()
        read = 0
        for index, s in enumerate(self.region):
            m = PLAIN_OWN.search(s.text)
            if not m or read >= MAX_LINES:
                continue
            read += 1
            following = self.region[index + 1].text if index + 1 < len(self.region) else ""
            if names_ids(s.text[m.start():]) or NOT_NEEDED.match(s.text, m.end()) or \
                    len(s.text) <= HEADING and names_ids(following):
                continue  # their IDs are named after it (or listed under it as a heading), or none needed
            if OWN_LIST_BELOW.search(s.text, 0, m.start()) and following:
                continue  # 「下記の代理人の本人確認書類」 over a list: the documents' own rules read it
            below = OWN_LIST_BELOW.search(s.text, 0, m.start()) is not None  # their list, cut off
            whose = _row_of(self.region[max(0, index - ROW_SPAN):index + 1]) if m.group("asker") else \
                _whose(s.text[:m.start() + 3], legal_on_page)
            self._own_ids_of(whose, person, s, m, copied, below)
        if person and any(s.text.isascii() for s in self.region[:5]):
            for s in self.region:
                for m in PLAIN_OWN_EN.finditer(s.text):
                    if not names_ids(s.text[m.end():m.end() + 80]):  # (their own list follows)
                        self._own_ids_of(_whose_en(m.group("who"), legal_on_page), person, s, m, copied, False)

    def _own_ids_of(self, whose: tuple[str, ...], person: list, s: "Sentence", m: re.Match,
                    copied: set[tuple[str, str]], below: bool) -> None:
        """The person's IDs copied to each representative named; one of the kind `other` where the
        page names none (or their own list is cut off)."""
        for who in whose:
            have = set(self.proposal.values(f"documents.{who}")) - RELATION_ONLY
            if person and not below:
                missing = [f for f in person if f.value not in have]
                if missing:  # (a second row of the same representative's: copied already)
                    self._copy(missing, who, s, m, copied)
            elif not have:
                self.add(f"documents.{who}", "other", s, m, note=KINDS_NOT_STATED)


def _whose_en(who: str, legal_on_page: bool) -> tuple[str, ...]:
    who = who.lower()
    if who in ("statutory agent", "legal representative"):
        return ("legal-representative",)
    if who in ("agent", "proxy"):
        return ("agent",)
    return ("legal-representative", "agent") if legal_on_page else ("agent",)


def _whose(before: str, legal_on_page: bool) -> tuple[str, ...]:
    """The representative the words up to 「代理人」 name."""
    if LEGAL.search(before):
        return ("legal-representative",)
    if APPOINTED.search(before) or AGENT_WORDS.search(before):
        return ("agent",)
    return ("legal-representative", "agent") if legal_on_page else ("agent",)


def _row_of(lines: "list[Sentence]") -> tuple[str, ...]:
    """The representative whose row the last line stands in: the nearest heading above naming one
    (none where it is the person's own row, or no row is found)."""
    for x in reversed(lines):
        if LEGAL.search(x.text):
            return ("legal-representative",)
        if ROW_AGENT.search(x.text):
            return ("agent",)
        if ROW_PERSON.search(x.text):
            return ()
    return ()
