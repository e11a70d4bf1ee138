"""「本人確認の為、住民票の写し又は運転免許証の写しと、開示の場合には手数料として750円の定額小為替を
同封」: one sentence asks for the IDs and the fee. A fee's sentence names no documents to send, but
the identity documents it names before the fee word are the sentence's own."""
from __future__ import annotations

from assistant.importer import terms as t


def ids_before_fee(text: str, fee_at: int) -> int:
    """Where the documents of a fee's sentence end (the fee word), or 0 where the sentence asks
    for no identity documents before it."""
    if not t.ID_HEADING.search(text, 0, fee_at):
        return 0
    return fee_at if t.kinds_named(text[:fee_at]) else 0
