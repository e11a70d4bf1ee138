"""The conditions on documents as the record keeps them: 「本籍地の項目は…住所と異なる場合のみ…塗り
つぶしてください」 is the narrower mask (only where the domicile differs from the address), never the
plain one beside it; a mask the page asks of whatever ID is sent (「本人確認書類に本籍地情報・個人番号が
含まれる場合は、黒塗り」) stays on the person's list where none of its documents is one the record
ties the mask to; and where the page names no kinds of ID (its list cut off) the mask stays on one
line "the person's identity document, kinds not stated", never dropped."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer.facts import sentences
from assistant.importer.terms_documents import DOCUMENTS, FRESH, FRESH_6, FRESH_30, MASKS, kinds_named

if TYPE_CHECKING:
    from assistant.importer.facts import Found

UNLESS_SAME = "mask-honseki-unless-same-as-address"
UNSTATED_LABEL = "proof of identity, kinds not stated"  # in forms/checklist/ja.yaml
NOT_STATED = "the person's identity document: the text names no kinds; ask the company which it accepts"
# 「運転免許証等の本人確認書類に本籍の記載がある場合は」: documents named as examples, of any ID.
EXAMPLES = re.compile(r"(証|票|ート|カード)(等|など)|such as|e\.g\.", re.I)
# The conditions that concern the person's ID whatever its kind (the others name their documents).
ANY_ID = frozenset({UNLESS_SAME, "mask-honseki", "mask-my-number"})


def settled(conditions: list[str]) -> list[str]:
    """The conditions without the plain mask where the narrower one is there."""
    return [c for c in conditions if not (c == "mask-honseki" and UNLESS_SAME in conditions)]


def unstated_ids(conditions: list[str], found: "list[Found]") -> dict | None:
    """The person's line where the page names no kinds but a masking condition on them."""
    kept = [c for c in conditions if c in ANY_ID]
    if not kept:
        return None
    quotes = list(dict.fromkeys(f.quote for f in found if f.field == "documents.conditions" and f.value in kept))
    return {"label": UNSTATED_LABEL, "one_of": [{"kind": "other", "note": NOT_STATED}],
            "conditions": kept, "quote": quotes}


def person_conditions(out: dict, conditions: list[str], found: "list[Found]") -> None:
    """The masks no document of the person's list took: on the list, or on a line of their own."""
    groups = out.get("self")
    if not groups:
        if unstated := unstated_ids(conditions, found):
            out["self"] = [unstated]
        return
    if not isinstance(groups, list):
        return  # a choice of sets: each set's documents carry theirs
    for group in groups:  # each condition a document took, with the sentence that asks it
        held = {c for d in group["one_of"] for c in d.get("conditions", [])}
        group["quote"] = list(dict.fromkeys(group.get("quote", []) + [
            f.quote for f in found if f.field == "documents.conditions" and f.value in held]))
    taken = {c for g in groups for d in g["one_of"] for c in d.get("conditions", [])}
    # said of the ID sent, not of a document the sentence names (「住民票(個人番号の記載のないもの)」,
    # 「マイナンバーカード(…の記載がない表面)」 are those documents')
    general = {f.value for f in found if f.field == "documents.conditions"
               and not any(pattern.search(f.quote) for pattern, _ in DOCUMENTS)}
    left = [c for c in conditions if c in ANY_ID and c not in taken and c in general]
    if left:  # with the sentence that asks it
        groups[0]["conditions"] = list(dict.fromkeys(groups[0].get("conditions", []) + left))
        groups[0]["quote"] = list(dict.fromkeys(groups[0].get("quote", []) + [
            f.quote for f in found if f.field == "documents.conditions" and f.value in left]))


def said_of(conditions: list[str], text: str, ties: dict[str, set[str]]) -> dict[str, set[str]]:
    """The documents each condition is on: the kinds the record ties it to, narrowed to those the
    sentences that ask it name where every such sentence names some (「住民票の写し(本籍の記載のない
    もの)」 masks the 住民票, never the licence beside it); a sentence that names none, or names
    them as examples (「運転免許証等」), asks it of any."""
    named: dict[str, set[str]] = {c: set() for c in conditions}
    general: set[str] = set()
    for sentence in sentences(text):
        line = sentence.text
        for c in conditions:
            if not _asks(line, c):
                continue
            kinds = set(kinds_named(line))
            if not kinds or EXAMPLES.search(line):
                general.add(c)
            named[c] |= kinds
    scope = {}
    for c in conditions:
        tied = set(ties.get(c, ()))
        # 「健康保険証の記号・番号、および個人番号は…マスキング」: named kinds the condition is never on
        # (the card has no 個人番号) leave it asked of any
        scope[c] = tied & named[c] if c not in general and tied & named[c] else tied
    return scope


# How recently a certificate must have been issued, by the period the page states.
PERIODS = {"issued-within-3-months": FRESH, "issued-within-30-days": FRESH_30, "issued-within-6-months": FRESH_6}


def _asks(line: str, condition: str) -> bool:
    if condition in PERIODS:
        return bool(PERIODS[condition].search(line))
    return any(value == condition and subject.search(line) and action.search(line)
               for subject, action, value in MASKS)
