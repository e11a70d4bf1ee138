"""Of which kinds a 「不要」 says the fee: 「開示手数料(開示または利用目的の通知のご請求の場合のみと
し、訂正等および利用停止等のご請求の場合には当該手数料は不要。)」 charges disclosure and the purpose
notice; the nil stands in its own clause, which names only the kinds that carry no fee. Also
whether a fee's line is an item of a list of things to enclose (paid with the request)."""
from __future__ import annotations

import re

from assistant.importer import terms as t
from assistant.importer.clauses import clause_at
from assistant.importer.rules_fee_items import PART_MARK, TOPIC_HEADING


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
# (「検討結果返信用に82円分の切手を同封してください」: the reply's stamps, no envelope named)
RETURN_POSTAGE_BEFORE = re.compile(r"返信用封筒[^。、]{0,12}(に|へ)$|(返信|返送|回答(書)?(の)?送付)(用|のため)に?$")
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


FEE_TOPIC = re.compile(r"\s?(なお、?)?(開示の?)?手数料(は|につきましては|については|について)")
ITEM_NUMBER = re.compile(r"\s?[(（]?(\d{1,2})[)）.．]")


def enclosure_lead(region: list, index: int):  # -> Sentence | None
    """The sentence that leads into a list of things to enclose, where the fee's line is one
    of its items (a list item or a short line a few lines below it)."""
    line = region[index].text
    if not (t.BULLET.match(line) or len(line) <= 40) or t.FEE_SECTION.search(line):
        return None  # 「5.手数料と徴収方法」 heads a section of its own, no item of a list
    if FEE_TOPIC.match(line):
        return None  # 「手数料は1件につき800円です。」: a sentence about the fee, no item of the list
    own = ITEM_NUMBER.match(line)
    for s in reversed(region[max(0, index - 10):index]):
        if t.ENCLOSE_LEAD.search(s.text):
            return s
        if PART_MARK.match(s.text) and TOPIC_HEADING.search(s.text):
            return None  # 「6. 手数料について」 between: the fee's own part, no item of the list above
        if own and (above := ITEM_NUMBER.match(s.text)) and int(above.group(1)) >= int(own.group(1)):
            return None  # 「(3) Fee …」 under 「…④ / ⑤」: the parts' own numbering, no item of that list
    return None
