"""Of which kinds a 「不要」 says the fee: 「開示手数料(開示または利用目的の通知のご請求の場合のみと
し、訂正等および利用停止等のご請求の場合には当該手数料は不要。)」 charges disclosure and the purpose
notice; the nil stands in its own clause, which names only the kinds that carry no fee."""
from __future__ import annotations

import re

from assistant.importer import terms as t
from assistant.importer.clauses import clause_at


def nil_for_other_kinds(text: str, nm: re.Match) -> bool:
    """The clause saying no fee names correction, suspension… and neither disclosure nor the
    purpose notice: the nil is theirs, not the charged kinds'."""
    clause = clause_at(text, nm.start())
    return bool(t.OTHER_KINDS.search(clause)) and not t.CHARGED_KINDS.search(clause)


def no_fee_said(text: str) -> bool:
    """The sentence says no fee for the kinds a fee could be charged for (a nil said only of the
    other kinds, in a clause of its own, is none)."""
    return any(not nil_for_other_kinds(text, nm) for nm in t.NO_FEE.finditer(text))


# 「…729円分の郵便切手を貼り付けた返信用封筒を同封のうえ」, 「返信用封筒に612円分の切手を貼付」:
# stamps stuck on a return envelope are the answer's postage, never a fee.
RETURN_POSTAGE_AFTER = re.compile(r"^分?の?(郵便)?切手を?(貼付|貼り付け|貼っ|貼り)[^。、]{0,6}返信用封筒")
RETURN_POSTAGE_BEFORE = re.compile(r"返信用封筒[^。、]{0,12}(に|へ)$")
# "An envelope and postage stamps for an ordinary registered letter (¥500) for Lion to use when
# responding": the amount the stamps are worth, in brackets after them
# ("…(postage: JPY 392)": the postage's own amount)
POSTAGE_BEFORE_EN = re.compile(r"\b(postage|stamps?)\b[^.()]{0,50}\($|\bpostage\s?[:：]\s?$", re.I)


def return_postage(text: str, ym: re.Match) -> bool:
    """The amount is the postage stamped on a return envelope."""
    return bool(RETURN_POSTAGE_AFTER.search(text[ym.end():ym.end() + 40])
                or RETURN_POSTAGE_BEFORE.search(text[max(0, ym.start() - 24):ym.start()])
                or POSTAGE_BEFORE_EN.search(text[max(0, ym.start() - 64):ym.start()]))


def item_above(region: list, index: int) -> str:
    """The item an amount alone on its line stands under, in a list of charges: 「・会員証の再発行について
    / ※… / 3,000 円(税込)」 (※ notes between skipped); "" where the line is more than an amount."""
    if not t.YEN.match(region[index].text.strip()):
        return ""
    for x in reversed(region[max(0, index - 3):index]):
        if not x.text.lstrip().startswith(("※", "*")):
            return x.text if t.BULLET.match(x.text) else ""
    return ""


def item_above_other(region: list, index: int) -> bool:
    """An amount under an item of another service's charge (a card's reissue), not a request's."""
    item = item_above(region, index)
    return bool(item and t.OTHER_SERVICE.search(item) and not t.REQUEST_CONTEXT.search(item))
