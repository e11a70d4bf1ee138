"""A photo ID named as the category of the documents around it, not as one more document:
「運転免許証、パスポート等の官公庁が発行した顔写真付き本人確認書類」 (what the named ones are), or a
heading 「(1)写真付身分証明書(下記いずれか1点のコピー)」 over a list of them."""
from __future__ import annotations

import re

from assistant.importer import terms as t
from assistant.importer.terms_documents import PHOTO_KINDS

AFTER_ETC = re.compile(r"(等|など|などの|等の|ほか)の?\s?$")
POINTS_DOWN = re.compile(r"下記|以下|次の|below|following", re.I)


def names_a_category(text: str, m: re.Match, below: list[str]) -> bool:
    """Whether the photo ID matched at m names the category of other photo documents: right after
    「…等の」 with two photo documents named before it, or on a line pointing down at a list that
    names two (and naming none itself)."""
    named = lambda piece: {k for p, k in t.DOCUMENTS if k in PHOTO_KINDS and k != "other-official-photo-id"  # noqa: E731
                           and p.search(piece)}
    if AFTER_ETC.search(text[max(0, m.start() - 6):m.start()]) and len(named(text[:m.start()])) >= 2:
        return True
    return bool(POINTS_DOWN.search(text)) and not named(text) and len(set().union(*map(named, below))) >= 2
