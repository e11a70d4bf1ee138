"""Documents named inside a representative's case within a longer sentence, where the request rules
read only the first time a document is named in a line:

- 「…代理を示す旨の委任状、…(法定代理人の場合も同様、戸籍謄本…を併せ、代理を示す旨の委任状および
  委任状に押印された印鑑の印鑑登録証明書)」: what the bracket opened by 「法定代理人の場合」 names is
  the legal representative's, the 委任状 named again there too;
- 「イ 代理人の場合 ①本人及び代理人の運転免許証等の公的証明書、②戸籍謄本等の法定代理人の資格を…又は
  委任状」: a plain 代理人's case whose own words also speak of a legal representative is both
  representatives' case; the identity documents in it are each one's own (the relation proofs and
  the 委任状 keep the request rules' reading);
- 「本人の場合は、運転免許証等…のコピー、代理人の場合は、本人及び代理人の運転免許証…のコピー及び…委任状」
  on a page that never speaks of a legal representative: the IDs in the case are the agent's own.

A case runs from its words to the end of its bracket, the sentence, or the next case."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.clauses import clause_at
from assistant.importer.terms_documents import DOCUMENTS, NOT_AN_ID

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

CASE = re.compile(r"(?P<who>法[定廷]代理人|親権者|成年後見人|任意代理人|(?<![定廷意])代理人)(の方)?\s?(の場合|による(ご)?請求の場合)")
# 「本人の運転免許証」 just before a document: the person's, in anyone's case.
PERSONS_BEFORE = re.compile(r"(ご)?本人(様)?の\s?$")
REACH = 200  # characters a case runs at most
MAX_CASES = 12  # cases read in one sentence
LEGAL = re.compile(r"法[定廷]代理人|親権者|成年後見人")


class CaseClauseRules:
    """Mixed into the extractor after the documents' own rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def documents_in_cases(self) -> None:
        # 「代理人の場合は、本人及び代理人の運転免許証…のコピー」 on a page that never speaks of a legal
        # representative: a plain 代理人 is an appointed agent (the corpus's convention), its own IDs
        legal_page = any(LEGAL.search(s.text) for s in self.region)
        for s in self.region:
            cases = list(CASE.finditer(s.text))[:MAX_CASES]
            for i, m in enumerate(cases):
                end = min(len(s.text), m.end() + REACH, cases[i + 1].start() if i + 1 < len(cases) else len(s.text))
                close = _bracket_end(s.text, m.start(), end)
                span = (m.end(), close)
                word = m.group("who")
                if LEGAL.match(word):
                    self._give_in_case(s, span, ("legal-representative",), ids_only=False)
                elif word == "代理人" and LEGAL.search(s.text, *span):
                    self._give_in_case(s, span, ("legal-representative", "agent"), ids_only=True)
                elif word == "代理人" and not legal_page:
                    self._give_in_case(s, span, ("agent",), ids_only=True)

    def _give_in_case(self, s: "Sentence", span: tuple[int, int], whose: tuple[str, ...], ids_only: bool) -> None:
        for pattern, kind in DOCUMENTS:
            if ids_only and kind in NOT_AN_ID:
                continue
            for dm in pattern.finditer(s.text, *span):
                if PERSONS_BEFORE.search(s.text, max(0, dm.start() - 6), dm.start()) or \
                        t.NOT_ACCEPTED.search(clause_at(s.text, dm.start())) or t.INSTEAD.match(s.text, dm.end()):
                    continue
                for who in whose:
                    if kind not in self.proposal.values(f"documents.{who}"):
                        self.add(f"documents.{who}", kind, s, dm)
                break


def _bracket_end(text: str, start: int, end: int) -> int:
    """Where the bracket the case stands in closes (before `end`), or `end`."""
    depth = 0
    for i in range(start - 1, max(-1, start - REACH), -1):  # is the case inside an open bracket?
        if text[i] in ")）":
            depth += 1
        elif text[i] in "(（":
            if depth == 0:
                break
            depth -= 1
    else:
        return _sentence_end(text, start, end)
    depth = 0
    for i in range(start, end):
        if text[i] in "(（":
            depth += 1
        elif text[i] in ")）":
            if depth == 0:
                return i
            depth -= 1
    return end


def _sentence_end(text: str, start: int, end: int) -> int:
    stop = text.find("。", start, end)
    return end if stop < 0 else stop
