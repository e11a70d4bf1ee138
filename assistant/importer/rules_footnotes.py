"""Footnotes that list documents: 「a. 本人であることを確認できる書類 (※1)」 over 「※1 運転免許証・
パスポート・健康保険証等の写し、住民票の原本等」. The item names what the document proves and whose
case it is; the footnote names the documents. Read after the documents' own rules."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.clauses import clause_at

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「※1 …」 opening a line: the footnote's mark (a digit, so 「※ 注意」 is no footnote of a list).
MARK_OPENS = re.compile(r"\s?(?:※|\*|注)\s?(\d{1,2})(?!\d)")
# 「(※1)」, 「※1」 inside a line: an item citing a footnote.
CITES = re.compile(r"(?:※|\*)\s?(\d{1,2})(?!\d)")
# An item about proving who someone is (the person, or a representative as themself).
PROVES_WHO = re.compile(r"本人であること|本人確認|身分|identity|identification", re.I)
# A heading or item line that says whose case follows: 【ご本人によるご請求の場合】.
WHOSE = ((re.compile(r"法定代理人|親権者|成年後見人|legal representative", re.I), "legal-representative"),
         (re.compile(r"任意代理人|委任による代理人|appointed agent", re.I), "agent"),
         # (「患者本人・診療録等の開示申請書」: a table's row for the patient)
         (re.compile(r"(ご)?本人(による|の場合|が請求|からの)|^\W{0,3}患者(さん|様)?本人|by the individual", re.I), "self"))


class FootnoteRules:
    """Documents named in a footnote an item cites: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def footnote_documents(self) -> None:
        notes = self._document_footnotes()
        if not notes:
            return
        for index, s in enumerate(self.region):
            if MARK_OPENS.match(s.text) or not PROVES_WHO.search(s.text):
                continue
            if any(p.search(s.text) for p, _ in t.DOCUMENTS):
                continue  # the item names its documents itself
            who = self._whose_case(index)
            # 「…本人確認書類の写し(※2)及び手数料(※3)を同封の上」 under no one's case: the person's
            if who is None and "本人確認" in s.text and not t.AGENT.search(s.text):
                who = "self"
            for mark in CITES.finditer(s.text):
                for kind, note, m in notes.get(mark.group(1), []):
                    if who == "self":
                        self.add("documents.self", kind, note, m)
                    elif who is not None and kind != "power-of-attorney":
                        self.add(f"documents.{who}", kind, note, m)

    def _document_footnotes(self) -> "dict[str, list[tuple[str, Sentence, re.Match]]]":
        """Each footnote that lists two documents or more (a list, not a note on one of them:
        「※2 …なお、住民票については…」), by its mark."""
        notes = {}
        for s in self.region:
            opens = MARK_OPENS.match(s.text)
            if not opens:
                continue
            found = []
            for pattern, kind in t.DOCUMENTS:
                m = pattern.search(s.text)
                if m and not t.NOT_ACCEPTED.search(clause_at(s.text, m.start())):
                    found.append((kind, s, m))
            if len({kind for kind, _, _ in found}) >= 2:
                notes.setdefault(opens.group(1), found)
        return notes

    def _whose_case(self, index: int) -> str | None:
        """Whose case an item is: said in the nearest line above that names one (a heading:
        「c. 代理人本人であることを確認できる書類」 under 【法定代理人によるご請求の場合】 is the legal
        representative's); nobody's when none does."""
        for s in reversed(self.region[max(0, index - 6):index]):
            if len(s.text) > 40 or s.text.endswith(("。", ".")):
                continue
            for pattern, who in WHOSE:
                if pattern.search(s.text):
                    return who
        return None

    def in_footnote(self, index: int) -> bool:
        """A footnote's line, or a later sentence of the same line (「※2 …限ります。なお、住民票に
        ついては…」): a note on the documents above, no list of its own."""
        # each line's first sentence, found once: a line of thousands of sentences stays linear
        firsts = self.__dict__.setdefault("_line_firsts", {})
        if not firsts:
            for at, s in enumerate(self.region):
                firsts.setdefault(s.line, at)
        return MARK_OPENS.match(self.region[firsts[self.region[index].line]].text) is not None
