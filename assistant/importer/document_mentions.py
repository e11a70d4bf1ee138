"""Each document a sentence names, where it names it: 「(※1)本人確認書類:運転免許証、パスポート…の写し
(※2)代理人確認書類:委任状、運転免許証、パスポート…」 names the licence twice, once for the person and
once for the agent. A document's second mention is read too where a representative's list is
labelled between the two (「代理人確認書類:」); otherwise the first mention is the document's (as it
always was: 「本人の場合は…、代理人の場合は、本人及び代理人の運転免許証…」 is the case rules' to read)."""
from __future__ import annotations

import re
from typing import Iterator

from assistant.importer import terms as t

# 「(※2)代理人補任確認書類:」: a representative's list, labelled
LABELLED = re.compile(r"(代理人|代理)[^、。:：]{0,10}書類\s?[:：]")


def mentions(text: str, end: int) -> Iterator[tuple[str, re.Match]]:
    """(kind, match) for each document named before end: the first mention of each kind, in the
    order of terms.DOCUMENTS, then second mentions after a representative's labelled list."""
    later: list[tuple[str, re.Match]] = []
    for pattern, kind in t.DOCUMENTS:
        first = pattern.search(text, 0, end)
        if not first:
            continue
        yield kind, first
        second = pattern.search(text, first.end(), end)
        if second and LABELLED.search(text, first.end(), second.start()):
            later.append((kind, second))
    yield from later
