"""The block of lines above a postal code that belongs to its address: the desk's name, its
contact lines, up to the company's name or a sentence (read by rules_address.py)."""
from __future__ import annotations

import re

from assistant.importer import terms as t


def block_above(region: list, code_at: int) -> list:
    """The lines above the postal code, nearest first: three; up to seven where those three are the
    block's contact lines (「個人情報相談窓口 / 個人情報管理責任者 / 電話:… / FAX:… / メール:… / 郵送: /
    〒…」), never past a sentence or the company's name, which end the block."""
    near = list(reversed(region[max(0, code_at - 3):code_at]))
    if len(near) < 3 or not all(contact_like(s.text) for s in near):
        return near
    above = list(near)
    for s in reversed(region[max(0, code_at - 7):code_at - 3]):
        if s.text.endswith(("。", ".")) or t.COMPANY_NAME.search(s.text):
            break
        above.append(s)
    return above


def contact_like(text: str) -> bool:
    return bool(t.CONTACT_LINE.match(text) or t.PHONE.search(text) or re.fullmatch(r"\s*(郵送|住所|所在地)\s?[:：]?\s*", text))
