"""A representative's own identity documents that the page gives as "the same as" the person's
(rules_references.py), written in the shape the person's have: one of them, that many of them, or
one with a photo or two without; the representative's other documents are needed besides."""
from __future__ import annotations

from assistant.importer.facts import Found
from assistant.importer.terms_documents import PHOTO_KINDS, WITHOUT_PHOTO

LABEL = "the representative's own proof of identity"


def own_documents(own: list[Found], count: Found | None, besides: list[dict]) -> list | dict:
    kinds = list(dict.fromkeys(str(f.value) for f in own))
    quotes = list(dict.fromkeys(f.quote for f in own))

    def group(of: list[str], times: int = 1, label: str = LABEL) -> dict:
        return {"label": label, "whose": "representative", **({"count": times} if times > 1 else {}),
                "one_of": [{"kind": k} for k in of], "quote": quotes + ([count.quote] if count and count.quote not in quotes else [])}

    photo = [k for k in kinds if k in PHOTO_KINDS]
    without = [k for k in kinds if k not in PHOTO_KINDS]
    if count and count.note == WITHOUT_PHOTO and photo and len(without) >= 2:
        one, two = group(photo), group(without, 2, "the representative's own identity documents without a photo")
        return {"either": [one, two], **({"also": besides} if besides else {}),
                "quote": list(dict.fromkeys(one["quote"]))}
    times = int(count.value) if count and count.note != WITHOUT_PHOTO and int(count.value) <= len(kinds) else 1
    return [group(kinds, times)] + besides
