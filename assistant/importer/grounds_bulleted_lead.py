"""A lead that stands as an item of a list of groups:

    以下の場合には、請求に応じることができません。
    • (1)手続き上の不備等により請求を受理できない場合
        • 以下の場合には、請求を受理することはできません。不備な箇所を…ください。
        • 当社指定の請求書を使用していない場合
        • …

The bulleted 「以下の場合には…できません。」 is no ground but the lead of the items below it, and
the group's title just above it (「(1)…場合」, a line with no full stop) names the group, no ground
of its own. Every pattern here is bounded (linear time)."""
from __future__ import annotations

import re

from assistant.importer import terms as t

# 「以下の場合には、請求を受理することはできません。」: points at the items below and refuses them
POINTS_FIRST = re.compile(r"^(以下|次|下記)(の|に)")
REFUSES = re.compile(r"(でき|いたし|致し|し)(ません|かねます)|お断り(いた|致)?します|受理(でき|いたし|致し)(ません|かね)")


def bulleted_lead(text: str) -> bool:
    """Whether a bulleted sentence is the lead of the items below it."""
    item = t.BULLET.match(text)
    if not item:
        return False
    body = t.BULLET.sub("", text[item.end():], count=1).strip()
    return bool(POINTS_FIRST.match(body) and REFUSES.search(body)) and body.endswith(("。", ":", "："))


def group_title(text: str) -> bool:
    """Whether a ground taken just before a bulleted lead is its group's title: no full stop."""
    return not text.rstrip().endswith(("。", "."))
