"""A form's "name" that names no form: 「A.当社所定の申請書」, 「(A)当社所定の請求書」 — the heading of
a list of the company's forms, an item letter before generic words. The record keeps that a form
is required (as for 「所定の請求書」 elsewhere), never those words as the form's name."""
from __future__ import annotations

import re

# An item's letter or number before the words: 「A.」, 「(A)」, 「A)」, 「1.」, 「(1)」.
_ITEM_LABEL = re.compile(r"^\s?(?:[(（][A-Za-z0-9]{1,2}[)）]|[A-Za-z0-9]{1,2}[.．)）、])\s?")
# Only the company's prescribed form, in generic words: 「当社所定の申請書」, 「弊社指定の様式」, 「所定用紙」.
_GENERIC = re.compile(r"(?:当社|弊社|貴社|当[^\s所指]{1,3})?(?:所定|指定)の?"
                      r"(?:請求書|申請書|申込書|申出書|依頼書|様式|用紙|書式)(?:類|等)?")


def generic_form_words(name: str) -> bool:
    """Whether a quoted form name is only generic words, an item's label aside."""
    return _GENERIC.fullmatch(_ITEM_LABEL.sub("", name, count=1).strip()) is not None
