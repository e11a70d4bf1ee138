"""Identity documents listed once for the person and the representative alike: 「本人または代理人自身を
確認・証明するために以下の書類の提出が必要です」, 「本人及び代理人本人を確認する書類は、以下に例示の…」,
「本人及び代理人の双方を確認するため、下記の証明書類を」. The lead line says whose identity the list
below proves; the person's documents in it are the representative's own too, in the same shape
(ReferenceRules._copy). A plain 代理人 is both representatives; 任意代理人 or 法定代理人 alone is that
one. The list ends at the next line that speaks of a representative (their own proofs follow).

Also 「代理人の場合は、代理人ご本人の本人確認書類」, 「委任状及び代理人ご自身の本人確認書類をお持ちください」:
the representative's own identity documents named by their kind alone, none listed for them — the
person's, in the same shape. Where a list of their own follows (「【代理人ご自身の本人確認書類】」 over
items) the documents' own rules read it instead."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer.rules_own_above import APPOINTED, LEGAL, person_ids, whose_before
from assistant.importer.terms_documents import DOCUMENTS, RELATION_ONLY, STANDING_PROOFS

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「本人または代理人自身を確認」, 「本人及び代理人本人を確認」, 「本人及び代理人の双方を確認」: both named
# as whose identity is proved (not 「本人又は代理人であることの確認」, the heading of the whole method).
# 「ご本人またはその代理人について本人確認のための資料 / (運転免許証、…)」: both, the list in brackets below
SHARED = re.compile(r"本人(様)?\s?(または|又は|及び|および|・|と|ならびに|並びに)\s?(その)?(?P<rep>(法定|任意)?代理人)"
                    r"(様)?((自身|ご自身|本人|ご本人|の双方|双方)?\s?を\s?(確認|証明)|(?P<about>について)\s?本人確認)")
FOLLOWING = re.compile(r"以下|下記|次の|後記")
BRACKETED = re.compile(r"^\s*[(（]")  # the list on the next line, in brackets
# 「代理人ご本人の本人確認書類」, 「代理人様ご自身の本人確認書類」, 「代理人自身であることを証明する書類」:
# the representative's own ID by its kind.
OWN_NAMED = re.compile(r"代理人(様)?(?P<own>ご本人|ご自身|自身|本人)(様)?(の\s?(本人確認|身元確認)(書類|資料|のための書類)|"
                       r"であることを\s?(証明|確認)(する|できる)(書類|資料))")
# 「本人確認書類(ご本人様・代理人様分両方)」: the person's and the representative's own, of one kind
OWN_BOTH = re.compile(r"本人確認(書類|資料)\s?[(（](ご)?本人(様)?(分)?(・|、|及び|および|と)\s?(?P<own>代理人)(様)?"
                      r"(分|の(もの|分))?\s?(両方|とも|双方)?[)）]")
# "ID copies of both the individual and the proxy": the same in English (a proxy, an agent: appointed)
OWN_BOTH_EN = re.compile(r"\b(IDs?|identification|identity documents?)( copies| documents?)? (of|for) both (the )?"
                         r"(individual|person|principal|applicant) and (the |their |your )?(?P<own>proxy|agent|representative)\b",
                         re.I)
REPRESENTATIVE_LINE = re.compile(r"代理人|委任状")
REACH = 40  # sentences a list of IDs runs at most
MAX_LEADS = 10  # lead lines read in one text (a page has one)


class SharedIdRules:
    """The representatives' own IDs from a list led as both the person's and theirs: mixed into
    the extractor (after the documents' own rules, before the notes)."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def shared_documents_below(self) -> None:
        copied: set[tuple[str, str]] = set()
        leads = 0
        for index, s in enumerate(self.region):
            m = SHARED.search(s.text)
            below = m and m.group("about") and index + 1 < len(self.region) and \
                BRACKETED.match(self.region[index + 1].text)
            if not m or not (FOLLOWING.search(s.text, m.end()) or below):
                continue
            leads += 1
            if leads > MAX_LEADS:
                return
            source = self._listed_below(index)
            self._give(source, _whose(m.group("rep")) if source else (), s, m, copied)

    def own_ids_named(self) -> None:
        person = person_ids(self.proposal)
        copied: set[tuple[str, str]] = set()
        read = 0
        for index, s in enumerate(self.region):
            m = OWN_NAMED.search(s.text) if person else None
            if not m or read >= MAX_LEADS:
                continue
            read += 1
            if names_ids(s.text) or not s.text.endswith(("。", "）", ")")) and index + 1 < len(self.region) \
                    and names_ids(self.region[index + 1].text):
                continue  # their IDs are named (or listed under it as a heading)
            # 「法定代理人ご本人の…」: whose, from the words up to 「ご本人」
            whose = whose_before(s.text, m.start("own"))
            if not (LEGAL.search(s.text, 0, m.start("own")) or APPOINTED.search(s.text, 0, m.start("own"))):
                # a plain 代理人 under 「<法定代理人による請求の場合>」: that one
                heading = self.heading_of(index)
                whose = ("legal-representative",) if LEGAL.search(heading) else \
                    ("agent",) if APPOINTED.search(heading) else whose
            self._give(person, whose, s, m, copied)

    def own_ids_both(self) -> None:
        """「本人確認書類(ご本人様・代理人様分両方)」: after the counted items (the person's IDs are
        often defined below it: 「※本人確認書類は、以下2点…」)."""
        # (the person's seal certificate is the one their 委任状 or form is sealed with: no ID of the representative's)
        person = [f for f in person_ids(self.proposal) if f.value not in STANDING_PROOFS]
        copied: set[tuple[str, str]] = set()
        for s in self.region if person else ():
            if (m := OWN_BOTH.search(s.text)):
                self._give(person, whose_before(s.text, m.end("own")), s, m, copied)
                return
            if (m := OWN_BOTH_EN.search(s.text)):
                rep = m.group("own").lower() == "representative"
                self._give(person, ("legal-representative", "agent") if rep else ("agent",), s, m, copied)
                return

    def _give(self, source: list, whose: tuple[str, ...], s: "Sentence", m: re.Match, copied: set) -> None:
        """The person's documents as each representative's own, but for kinds they already have."""
        for who in whose:
            have = set(self.proposal.values(f"documents.{who}"))
            self._copy([f for f in source if f.value not in have], who, s, m, copied)

    def _listed_below(self, index: int) -> list:
        lead = self.region[index]
        begin = lead.start + len(lead.text)
        last = self.region[min(len(self.region), index + REACH) - 1]
        end = last.start + len(last.text) + 1
        for s in self.region[index + 1:index + REACH]:
            if REPRESENTATIVE_LINE.search(s.text):
                end = s.start
                break
        return [f for f in person_ids(self.proposal) if begin <= f.start < end]


def names_ids(text: str) -> bool:
    """Whether the words name an identity document (a relation's proof or a 委任状 is none)."""
    return any(p.search(text) for p, kind in DOCUMENTS if kind not in RELATION_ONLY)


def _whose(rep: str) -> tuple[str, ...]:
    if rep.startswith("法定"):
        return ("legal-representative",)
    if rep.startswith("任意"):
        return ("agent",)
    return ("legal-representative", "agent")
