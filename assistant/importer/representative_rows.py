"""Whose a document is in a row or section for anyone but the person (「患者本人以外 右記4つの書類 |
… 2.代理人の公的な身分証明書(保険証、運転免許証、パスポート)」, 「患者様ご本人以外の方がお求めになら
れる場合」): there the plain word 代理人 means whoever acts for the person — a legal representative
or an appointed agent — not the appointed agent alone. 任意代理人, 委任 and the like still name the
agent, 法定代理人 and the like the legal representative."""
from __future__ import annotations

import re
from itertools import islice

from assistant.importer import terms as t

MAX_MENTIONS = 40  # of one kind in one line (a real line names a few; the overlap check is quadratic)
# Words that make an acting person an appointed agent, not anyone acting.
APPOINTED = re.compile(r"任意代理人|委任|受任")
# A relation a document proves (「法定代理人親権者ご本人と代理人の関係が証明できる住民票」); unlike
# terms.RELATION not the 委任 of a 委任状 named before it (「…、任意代理人の場合は委任状及びご本人の
# 印鑑登録証明書」 is the agent's).
RELATION_OF = re.compile(r"関係|続柄|資格|代理権|代理人であること|委任(?!状)|relationship|authority|on behalf", re.I)


# 「…請求者の法定代理人であることを証明する書類(」: the bracket after names that proof's examples
CAPACITY_EXAMPLES = re.compile(r"(法定代理人|親権者|成年後見人)(の|である)(資格|権限|こと)を?(証明|証)する(書類|もの)[(（]$")


def row_requester(who: str, context: str, before: str) -> str:
    """The requester a document goes to, given the one its line named (`who`), the requester the
    row or section is for (`context`) and the line's words before the document."""
    if who == "agent" and CAPACITY_EXAMPLES.search(before[-30:]):
        return "legal-representative"
    if context != "representatives" or who != "agent":
        return who
    last = None
    for last in t.GENERIC_AGENT.finditer(before):
        pass
    if last is None or APPOINTED.search(before, max(0, last.start() - 6), last.end() + 2):
        return who
    return "representatives"


def requester_mentions(text: str) -> list[tuple[int, str]]:
    """(position, requester kind) of each mention of who is asking, in order."""
    spans: list[tuple[int, int, str]] = []
    text = t.REP_WHO_IS.sub(lambda m: " " * len(m.group(0)), text)  # 「代理人様が…法定代理人の場合」: the latter
    for pattern, who in t.REQUESTER_MENTIONS:
        for m in islice(pattern.finditer(text), MAX_MENTIONS):
            # "患者様本人が指名する親族": the person named inside an agent's mention is no mention
            if not any(b < m.end() and m.start() < e for b, e, _ in spans):
                spans.append((m.start(), m.end(), who))
    spans.sort()
    # 「法定代理人又は遺族の場合」: a deceased patient's family named as the other of a pair leaves
    # the documents to the requester the record knows
    return [(b, who) for i, (b, e, who) in enumerate(spans)
            if not (who == "other" and i and t.PAIRED.fullmatch(text[spans[i - 1][1]:b]))]
