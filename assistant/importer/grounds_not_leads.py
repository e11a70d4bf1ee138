"""Two things that look like refusal grounds and are not.

- An item that states its own case and its refusal together, pointing at nothing below: 「・当協会に
  登録されている住所と相違がある場合については、開示請求に応じられない場合がございますのでご注意
  願います。」 leads no list (the next numbered line, 「(2) 代理人が開示等請求される場合」, is the
  page's next part).
- A case of who makes the request: 「(2) 代理人が開示等請求される場合」, 「ご本人が請求する場合」 heads
  the documents that person sends; no ground for refusing.
"""
from __future__ import annotations

import re

from assistant.importer import terms as t

# 「代理人が開示等請求される場合」, 「ご本人が請求する場合」, 「法定代理人による請求の場合」 (bounded: linear).
WHO_ASKS = re.compile(r"^(ご?本人|法定代理人|任意代理人|代理人|請求者|親権者|成年後見人)(様)?(が|による|から(の)?)"
                      r"[^。、]{0,12}(請求|申請|申し?出|求め|手続)(を)?(さ(れ|れる)|する|行う|の)?場合$")


# Bounded and linear; a ground with a harm or a breach of its own (おそれ, 違反, 抵触) is no catch-all.
CATCH_ALL = re.compile(r"^(その他|そのほか)[、,]?[^。]{0,24}(定め|規定)[^。]{0,8}(事項|事由|もの)等?$")
OWN_CASE = re.compile(r"おそれ|恐れ|違反|抵触|侵害|支障")


def catch_all(body: str) -> bool:
    """「その他、法令等に定められる事項等」: every other case the law names, none in particular."""
    body = body.strip()
    return CATCH_ALL.match(body) is not None and not OWN_CASE.search(body)


def item_states_own_case(text: str) -> bool:
    """A list item with its own condition and refusal that points at no list below."""
    return bool(t.BULLET.match(text)) and text.rstrip().endswith("。") and not t.POINTS_BELOW.search(text)


def who_asks_case(body: str) -> bool:
    """An item naming who makes the request, as the heading of what that person sends."""
    return WHO_ASKS.match(body.strip()) is not None
