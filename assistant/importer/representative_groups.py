"""A representative's documents, each needed on its own unless one line names several inside one
bracket as examples of one thing (「代理人の公的な身分証明書(保険証、運転免許証、パスポート)」,
「関係性を示す書類(住民票、戸籍謄本など(※取得から3か月以内))」): those are one of a kind, and the
record offers them as "one of" — never all three IDs asked for at once. So are the identity
documents a line gives as examples of one kind (「代理人の運転免許証、パスポート等の写真で代理人確認が
できるものの写し」, 「代理人の運転免許証や健康保険被保険者証等の公的証明書のコピー」)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer.terms_documents import DOCUMENTS, NOT_AN_ID, PHOTO_KINDS

if TYPE_CHECKING:
    from assistant.importer.facts import Found

# 「…等の写真で…できるもの」, 「運転免許証や健康保険被保険者証等の公的証明書」: the IDs named just before
# are examples of one kind (a category's noun after 「等の」, bounded)
EXAMPLES = re.compile(r"等の[^。、]{0,25}(もの|証明書|書類)")
# A bracket, with at most one bracket inside it (a note on freshness): bounded, linear.
BRACKET = re.compile(r"[(（]((?:[^()（）]|[(（][^()（）]{0,40}[)）]){2,160})[)）]")
# 「(運転免許証及び住民票)」: documents a bracket joins with "and" are each needed.
BOTH = re.compile(r"及び|および|並びに|ならびに|かつ|とともに|\band\b|\bplus\b", re.I)


# Documents that alone show who someone is (a 住民票 or a seal certificate often goes besides one)
OWN_ID_KINDS = frozenset({"drivers-licence", "passport", "my-number-card", "residence-card",
                          "special-permanent-resident-certificate", "health-insurance-card", "pension-book",
                          "other-official-photo-id"})
DEFINED = re.compile(r"「[^「」]{2,12}」とは")


def bracket_groups(found: "list[Found]", docs: list[dict]) -> list[list[dict]]:
    """The documents in groups: those named together in one bracket of a quoted line form one
    group, every other document a group of its own; in the documents' order."""
    kinds = [d["kind"] for d in docs]
    group_of: dict[str, int] = {}
    for quote in dict.fromkeys(f.quote for f in found):
        for b in BRACKET.finditer(quote):
            if BOTH.search(b.group(1)):
                continue
            named = [k for k in kinds if k not in group_of and
                     any(kind == k and pattern.search(b.group(1)) for pattern, kind in DOCUMENTS)]
            if len(named) >= 2:
                number = len(set(group_of.values())) + len(kinds)  # a number no single kind uses
                group_of.update((k, number) for k in named)
        for e in EXAMPLES.finditer(quote):  # the IDs named just before 「等の…もの」
            window = quote[max(0, e.start() - 40):e.start()]
            named = [k for k in kinds if k not in group_of and k not in NOT_AN_ID and
                     any(kind == k and pattern.search(window) for pattern, kind in DOCUMENTS)]
            if len(named) >= 2:
                number = len(set(group_of.values())) + len(kinds)
                group_of.update((k, number) for k in named)
        # 「※「公的証明書」とは、運転免許証、…などを言います」, or a line whose kinds the page defines
        # elsewhere (「・代理人の住所を確認できる公的証明書のコピー」): the kinds of one term, one of them
        of_quote = [k for k in kinds if k not in group_of and k not in NO_ALTERNATIVE
                    and any(f.value == k and f.quote == quote for f in found)]
        if len(of_quote) >= 2 and (DEFINED.search(quote) or not any(
                kind in of_quote and pattern.search(quote) for pattern, kind in DOCUMENTS)):
            number = len(set(group_of.values())) + len(kinds)
            group_of.update((k, number) for k in of_quote)
    # a representative's own identity documents on lines of their own (「②代理人様ご自身を証明する資料 /
    # 運転免許証 / パスポート / 健康保険の被保険者証」): one of them, as the person's (no page asks for a
    # licence and a passport both), unless a line joins them with "and"
    alone = [k for k in kinds if k not in group_of and k in OWN_ID_KINDS
             and not any(f.value == k and BOTH.search(f.quote) for f in found)]
    if len(alone) >= 2:
        number = len(set(group_of.values())) + len(kinds)
        group_of.update((k, number) for k in alone)
    groups: dict[int, list[dict]] = {}
    for number, doc in enumerate(docs):
        groups.setdefault(group_of.get(doc["kind"], number), []).append(doc)
    return list(groups.values())


RELATION_PROOF = re.compile(r"関係|続柄|代理権|代理人であること|資格|relationship|authority|qualification", re.I)
OWN_IDENTITY = "the representative's identity"  # named in the checklist's wording (known.document_group)
# Proofs of standing: never an alternative to an identity document.
STANDING = frozenset({"power-of-attorney", "family-register", "certificate-of-registered-matters"})
# ... nor the seal certificate that goes with a 委任状 (「委任状に捺印し、その印鑑の印鑑登録証明書を添付」)
NO_ALTERNATIVE = STANDING | {"seal-registration-certificate"}


def choice_groups(found: "list[Found]", docs: list[dict], one_of: re.Pattern) -> list[list[dict]]:
    """Where a line says "one of" (又は, いずれか), a representative's documents are one of a kind;
    but a proof of standing named only on lines without a choice (「⑤委任状 ※任意代理人の場合」
    beside 「…印鑑証明書の添付、又は委任者の運転免許証…の写し」) is needed on its own, and so is a
    委任状 beside identity documents wherever it is named."""
    chosen = {f.value for f in found if one_of.search(f.quote)}
    ids = any(d["kind"] not in NOT_AN_ID for d in docs)
    # a 委任状 is never an alternative to an identity document ("attach a) and b), and one of c) to f)"),
    # nor its seal certificate where no line names it as one of the choices
    alone = [d for d in docs if d["kind"] in NO_ALTERNATIVE and (
        d["kind"] not in chosen or d["kind"] == "power-of-attorney" and ids)]
    rest = [d for d in docs if d not in alone]
    # what proves a relation (「ご本人様との関係がわかる住民票または健康保険の被保険者証」) is no
    # alternative to the representative's own identity document named on another line
    relation = [d for d in rest if all(RELATION_PROOF.search(f.quote) for f in found if f.value == d["kind"])]
    own = [d for d in rest if d not in relation]
    groups = [*_standing_apart(relation, found), *_standing_apart(own, found)]
    return [[d] for d in alone] + [group for group in groups if group]


# 「戸籍謄本または住民票の写し」: two documents joined as alternatives, nothing else between them
JOINED = re.compile(r"\s?(の写し|のコピー)?\s?([(（][^()（）]{0,30}[)）])?\s?(又は|または|もしくは|若しくは|、|,|\bor\b)\s?", re.I)
# 「…のうちいずれか1点」: a choice said of everything its line names
ANY_ONE = re.compile(r"いずれか|どれか|one of", re.I)


def _standing_apart(own: list[dict], found: "list[Found]") -> list[list[dict]]:
    """A proof of standing is no alternative to a photo ID (「法定代理人であることを証する戸籍謄本又は
    登記事項証明書と、法定代理人ご本人の運転免許証又はパスポート」, "…; Legal representative: Certified
    copy … of the family register"): the proofs, with what is joined to one of them as its
    alternative (「戸籍謄本または住民票の写し」), are a group apart — unless a line holding both says
    one of them all (「…運転免許証またはパスポートのコピー、…戸籍謄本…のうちいずれか1点」)."""
    kinds = {d["kind"] for d in own}
    if not kinds & STANDING or not kinds & PHOTO_KINDS:
        return [own]
    quotes = list(dict.fromkeys(f.quote for f in found))
    if any(ANY_ONE.search(q) and _named(q) & STANDING and _named(q) & PHOTO_KINDS for q in quotes):
        return [own]
    proofs = set(kinds & STANDING)
    for quote in quotes:
        spans = sorted((m.start(), m.end(), kind) for pattern, kind in DOCUMENTS if kind in kinds
                       for m in pattern.finditer(quote))
        for (_, end, a), (start, _, b) in zip(spans, spans[1:]):
            if JOINED.fullmatch(quote[end:start]) and (a in proofs) != (b in proofs):
                proofs |= {a, b}
    return [[d for d in own if d["kind"] in proofs], [d for d in own if d["kind"] not in proofs]]


def _named(quote: str) -> set[str]:
    return {kind for pattern, kind in DOCUMENTS if pattern.search(quote)}


def group_label(group: list[dict], label: str) -> str:
    """A representative's group is their own identity (「運転免許証、住民票の写し、健康保険証の被保険者
    証のいずれか1点」) where it holds an identity document with a photo and no proof of standing;
    else what proves their standing (`label`): 「関係がわかる住民票または健康保険の被保険者証」 is that."""
    kinds = {d["kind"] for d in group}
    return OWN_IDENTITY if kinds & PHOTO_KINDS and not kinds & NO_ALTERNATIVE else label


def among_ids(text: str, at: int) -> bool:
    """Whether the words at `at` stand in a bracket that lists identity documents ("(a copy of a
    seal registration, driver's license, passport, or health insurance card)"): there a seal
    certificate is one of the person's IDs, no proof of a relation."""
    for b in BRACKET.finditer(text):
        if b.start() < at < b.end():
            return sum(1 for pattern, kind in DOCUMENTS if kind not in NOT_AN_ID and pattern.search(b.group(1))) >= 2
    return False


# What proves a legal representation, by its case: a parent's family register (with a 住民票 that
# shows the relation), an adult guardian's registry certificate.
CASE_PROOFS = frozenset({"family-register", "certificate-of-registered-matters", "certificate-of-residence"})


def case_proofs_one_of(groups: list[list[dict]]) -> list[list[dict]]:
    """「ア.親権者の場合 …戸籍謄本 / イ.成年後見人の場合 …登記事項証明書」: a legal representative
    proves their standing by the paper of their own case, never both; the groups of such papers
    (a family register in one, the registry certificate in another) are one "one of"."""
    proofs = [g for g in groups if {d["kind"] for d in g} <= CASE_PROOFS]
    kinds = {d["kind"] for g in proofs for d in g}
    if len(proofs) < 2 or not {"family-register", "certificate-of-registered-matters"} <= kinds:
        return groups
    merged = [d for g in proofs for d in g]
    first = groups.index(proofs[0])
    rest = [g for g in groups if g not in proofs]
    return rest[:first] + [merged] + rest[first:]
