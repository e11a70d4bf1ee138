"""A representative's own identity documents that the page gives as "the same as" the person's
(rules_references.py), written in the shape the person's have: one of them, that many of them, or
one with a photo or two without; the representative's other documents are needed besides."""
from __future__ import annotations

from assistant.importer.counted_items import ITEM_NOTE
from assistant.importer.facts import Found
from assistant.importer.representative_groups import OWN_IDENTITY as LABEL
from assistant.importer.terms_documents import KINDS_NOT_STATED, PHOTO_KINDS, WITHOUT_PHOTO

UNSTATED = "the representative's identity, kinds not stated"  # 「代理人の本人確認書類」, no kinds anywhere


def own_documents(own: list[Found], person: list[Found], count: Found | None, besides: list[dict]) -> list | dict:
    """`own`: the representative's documents, quoting the words that refer to the person's;
    `person`: the person's, quoting the words that name them."""
    kinds = list(dict.fromkeys(str(f.value) for f in own))
    quotes = list(dict.fromkeys([f.quote for f in own] + [f.quote for f in person if f.value in kinds]))

    def group(of: list[str], times: int = 1, label: str = LABEL) -> dict:
        counted = [count.quote] if count and count.quote not in quotes else []
        return {"label": label, "whose": "representative", **({"count": times} if times > 1 else {}),
                "one_of": [{"kind": k, **({"note": KINDS_NOT_STATED} if k == "other" else {})} for k in of],
                "quote": (quotes + counted)[:6]}

    # 「本人確認書類は、以下2点 / 1)住民票 / 2)運転免許証またはパスポート…のいずれか1点」: the same
    # groups, one per item, for the representative's own
    items: dict[str, list[str]] = {}
    for f in person:
        if (item := ITEM_NOTE.match(f.note)) and str(f.value) in kinds:
            items.setdefault(item.group(1), []).append(str(f.value))
    if items:
        counted = [list(dict.fromkeys(of)) for _, of in sorted(items.items())]
        rest = [k for k in kinds if not any(k in of for of in counted)]
        return [group(of) for of in counted] + ([group(rest)] if rest else []) + besides
    photo = [k for k in kinds if k in PHOTO_KINDS]
    without = [k for k in kinds if k not in PHOTO_KINDS]
    if count and count.note == WITHOUT_PHOTO and photo and len(without) >= 2:
        one = group(photo, 1, "identity document with a photo")
        two = group(without, 2, "identity document without a photo")
        return {"label": LABEL, "either": [one, two], **({"also": besides} if besides else {}),
                "quote": list(dict.fromkeys(one["quote"]))}
    times = int(count.value) if count and count.note != WITHOUT_PHOTO and int(count.value) <= len(kinds) else 1
    return [group(kinds, times, UNSTATED if kinds == ["other"] else LABEL)] + besides
