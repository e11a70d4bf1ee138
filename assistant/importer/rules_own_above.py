"""A representative's own identity documents named as "the ones above": 「代理人様ご自身の上記いずれか
1点に加え、委任状…」, 「代理人ご本人の上記書類いずれか1点の写し」, 「代理人ご自身の本人確認書類(上記と
同じ)」, 「当該保護者に係る前項の書類のほか」. The documents meant are the person's, listed above the
line; they are the representative's own, in the same shape (rules_references.py reads the references
that name an item by its mark; these name none). Whose they are is said just before: a legal
representative's words (法定代理人, 親権者, 保護者), an appointed agent's (任意代理人, 委任を受けた), or
a plain 代理人 — both representatives where the same sentence also speaks of a legal representative
(「代理人による請求の場合は…(法定代理人の場合は戸籍謄本)」), else the agent."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.terms_documents import ALSO_NOTE

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

OWN_ABOVE = re.compile(r"(ご自身|ご本人|に係る)の?\s?(本人確認書類\s?[(（])?(?P<above>上記|前項|前記)")
LEGAL = re.compile(r"法定代理人|親権者|成年後見人|保護者")
APPOINTED = re.compile(r"任意代理人|委任を受けた|委任による")
BEFORE = 20  # characters before 「上記」 in which whose documents they are is said
MAX_LINES = 20  # such lines read in one text (a page has one or two)


class OwnAboveRules:
    """The representatives' own documents as "the ones above": mixed into the extractor (its
    ReferenceRules._copy gives them the person's documents in the person's shape)."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def own_documents_above(self) -> None:
        person = person_ids(self.proposal)
        copied: set[tuple[str, str]] = set()
        read = 0
        for s in self.region:
            if not person or read >= MAX_LINES:
                return
            for m in OWN_ABOVE.finditer(s.text):
                read += 1
                source = [f for f in person if f.start < s.start]
                for who in whose_before(s.text, m.start("above")) if source else ():
                    self._copy(source, who, s, m, copied)


def person_ids(proposal: "Proposal") -> list:
    """The person's own IDs the rules are sure of (not those only sent besides): what a
    representative's own documents are made of when the page says "the same as the person's"."""
    return [f for f in proposal.facts if f.field == "documents.self" and f.note != ALSO_NOTE and f.sure]


def whose_before(text: str, at: int) -> tuple[str, ...]:
    """Which representatives the words just before `at` name (a plain 代理人: the agent, and the
    legal representative too where the line names one)."""
    before = text[max(0, at - BEFORE):at]
    if LEGAL.search(before):
        return ("legal-representative",)
    if APPOINTED.search(before):
        return ("agent",)
    if t.GENERIC_AGENT.search(before):
        return ("legal-representative", "agent") if LEGAL.search(text) else ("agent",)
    return ()
