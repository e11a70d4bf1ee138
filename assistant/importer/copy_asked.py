"""A card the page asks for as a copy (「運転免許証の写し」「パスポートのコピー」 "a copy of your
passport"): the record's condition `copy`, so the checklist and the letter say to send a copy,
never the card itself. Only cards: a certificate's 「写し」 (住民票の写し) is its issued original,
and a card the words call 原本 is not a copy. Every pattern runs in linear time."""
from __future__ import annotations

import re

from assistant.importer.facts import Found
from assistant.importer.terms_documents import DOCUMENTS, PHOTO_KINDS

CARDS = PHOTO_KINDS | {"health-insurance-card", "pension-book"}
PATTERNS = {kind: pattern for pattern, kind in DOCUMENTS}
# After the card's name, in its sentence: 「の写し」「（表面）のコピー」, or the list's shared
# 「…、パスポート等の写し」.
COPY_AFTER = re.compile(r"写し|コピー|複写|写(?!真)")
CERTIFICATE_COPY = re.compile(r"(住民票|戸籍|除票|附票)[^、。\s]{0,8}?の?写し")
ORIGINAL = re.compile(r"原本|現物|original", re.I)
COPY_BEFORE_EN = re.compile(r"\b(photo)?cop(y|ies) of\b|\bphotocop", re.I)
REACH = 40  # characters after a name within which its 写し may stand (a list of names before it)
REACH_BEFORE = 60  # "a copy of one of the following: passport or driver's license": before, in English


def _asked(kind: str, quote: str) -> bool:
    pattern = PATTERNS.get(kind)
    for m in (pattern.finditer(quote) if pattern else ()):
        after = re.split(r"[。\n]", quote[m.end():m.end() + REACH], maxsplit=1)[0]
        # 「運転免許証、パスポート、住民票の写しのうち1通」: the certificate's own name, no copy of the cards
        after = CERTIFICATE_COPY.sub(lambda c: "＿" * len(c.group(0)), after)
        shown = COPY_AFTER.search(after)
        if shown and not ORIGINAL.search(after, 0, shown.start()):
            return True
        before = re.split(r"[。\n]|\.\s", quote[max(0, m.start() - REACH_BEFORE):m.start()])[-1]
        if COPY_BEFORE_EN.search(before) and not ORIGINAL.search(before):
            return True
    return False


def mark_copies(documents: dict | str, facts: list[Found]) -> dict | str:
    """`documents` with `copy` among the conditions of each card a quote asks for as a copy."""
    if not isinstance(documents, dict):
        return documents
    copied = {f.value for f in facts if f.field.startswith("documents.") and f.value in CARDS
              and _asked(str(f.value), f.quote)}
    for entry in documents.values():
        for group in _groups(entry):
            for doc in group.get("one_of", []):
                if doc["kind"] in copied and "copy" not in doc.setdefault("conditions", []):
                    doc["conditions"].append("copy")
    return documents


def _groups(entry: object) -> list[dict]:
    if isinstance(entry, list):
        return entry
    if isinstance(entry, dict) and "either" in entry:
        return [g for s in entry["either"] for g in ([s] if isinstance(s, dict) else s)] + list(entry.get("also", []))
    return []
