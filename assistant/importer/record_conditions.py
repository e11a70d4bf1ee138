"""The conditions on documents as the record keeps them: 「本籍地の項目は…住所と異なる場合のみ…塗り
つぶしてください」 is the narrower mask (only where the domicile differs from the address), never the
plain one beside it; and a condition the page states where it names no kinds of ID (its list cut
off) stays on one line "the person's identity document, kinds not stated", never dropped."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.importer.facts import Found

UNLESS_SAME = "mask-honseki-unless-same-as-address"
UNSTATED_LABEL = "proof of identity, kinds not stated"  # in forms/checklist/ja.yaml
NOT_STATED = "the person's identity document: the text names no kinds; ask the company which it accepts"
# The conditions that concern the person's ID whatever its kind (the others name their documents).
ANY_ID = frozenset({UNLESS_SAME, "mask-honseki"})


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
