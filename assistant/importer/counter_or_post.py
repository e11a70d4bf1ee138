"""「情報公開室の窓口に提出するか又は郵送して申請してください」: the counter a request is handed in at,
offered as the other way beside the post. Such a counter is a visit, not the desk the post goes to
(「郵送により以下の窓口にて受け付けします」, which rules_sending.py skips)."""
from __future__ import annotations

import re

# After 「窓口(に提出)」: 「(に提出)するか又は」, 「へ持参するか、」, 「にご提出いただくか又は」 (bounded, linear).
HANDED_IN_OR = re.compile(r"(?:(に|へ|で)(直接)?(ご)?(提出|持参))?(する|いただく|頂く)か[、,]?(又は|または|あるいは|もしくは)?")


def handed_in_or(text: str, desk_end: int) -> bool:
    """Whether the counter ending at `desk_end` is where the request is handed in, as one way of two."""
    return HANDED_IN_OR.match(text, desk_end) is not None
