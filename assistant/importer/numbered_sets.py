"""「次の①から1点、または②から2点」: the person's identity documents as two numbered lists, one
document from the first or two from the second. The record holds that as its choice of two sets
only where the lists are the usual ones (every document of the one-document list bears a photo,
none of the two-document list does): then it is the same alternative as 「顔写真付き1点、または顔
写真のないもの2点」 (rules_request._two_without_photo). Lists mixed otherwise stay a note to check."""
from __future__ import annotations

import re
from typing import Iterable

from assistant.importer.rules_references import ITEM

# The two lists' marks as the count sentence names them, as NFKC leaves them: (1), 1., ①→1, A,
# イ (a document's line: its own mark, as rules_references.ITEM reads an item's).
_MARK = r"[(（]?(?:\d{1,2}|[A-Za-zＡ-Ｚア-ンｱ-ﾝイロハニ])[)）.．]?"
NUMBERED = re.compile(rf"(?P<one>{_MARK})\s?(?:の中)?(?:から|より|のうち)\s?(?:1|一)\s?(?:点|種類|通)\s?[、,]?\s?"
                      rf"(?:または|又は|もしくは|若しくは|或いは|あるいは)\s?(?P<two>{_MARK})\s?(?:の中)?"
                      rf"(?:から|より|のうち)\s?(?:2|二)\s?(?:点|種類|通)")


def _mark(text: str) -> str:
    return text.strip("(（)）.． ")


def lists_agree(count_quote: str, documents: Iterable[tuple[str, str]], photo_kinds: frozenset[str]) -> bool:
    """Whether a count sentence naming two numbered lists (NUMBERED) matches the documents
    found, (kind, quote) each: every document's line starts with one of the two marks, those of
    the one-document list all bear a photo and those of the two-document list none. True where
    the count sentence names no numbered lists (nothing to check against)."""
    found = NUMBERED.search(count_quote)
    if found is None:
        return True
    one, two = _mark(found["one"]), _mark(found["two"])
    if one == two:
        return False
    for kind, quote in documents:
        item = ITEM.match(quote.strip())  # the line's own mark: 「(1)」, 「1.」, 「A.」
        mark = next((g for g in item.groups() if g), "") if item else ""
        if mark == one and kind in photo_kinds or mark == two and kind not in photo_kinds:
            continue
        return False
    return True
