"""Kinds of information a company says it will not disclose, listed inline in one Japanese
sentence: 「なお、当社又は第三者の営業秘密に関する情報、与信審査における個人に対する評価情報、保有
期間を経過し現に当社が保有していない情報については開示いたしかねます」. Each kind is a ground of
refusal. The items share their last word (情報): the list is cut where that word is followed by a
separator (、 及び 又は …), so a comma inside an item (「…を経過し、現に…情報」) stays in it. A
sentence naming one kind only is left alone."""
from __future__ import annotations

import re

# The refusal after the topic the kinds make: 「…については開示いたしかねます」, 「…は開示しておりません」.
WITHHELD = re.compile(r"(?:について|につきまして|に関して)?は、?(?:原則として)?(?:開示|ご?提供|お答え)"
                      r"(?:いた|致)?(?:しかねます|できません|しておりません|いたしません|致しません|しません)")
# Where the sentence (and so the list) begins, and words that open it.
START = re.compile(r"^.*[。]", re.S)
OPENER = re.compile(r"^\s*(?:なお|ただし|但し|また|尚|(?:前項|前条|上記)の(?:定め|規定)にかかわらず)、?")
# 「履歴情報および特性情報などの個人情報以外の情報については…開示いたしません」: what is no personal
# data at all, no ground for refusing a request for it
NOT_PERSONAL = re.compile(r"個人情報以外|個人データ以外")
SEPARATOR = "、|及び|および|並びに|ならびに|又は|または"


def withheld_kinds(text: str) -> list[str]:
    """The kinds of information the sentence withholds, in order ([] when fewer than two)."""
    refusal = WITHHELD.search(text)
    if not refusal:
        return []
    head = START.sub("", text[:refusal.start()])
    head = OPENER.sub("", head).strip()
    noun = head[-2:]
    if len(head) < 12 or not re.fullmatch(r"[一-龥ァ-ヶー]{2}", noun) or NOT_PERSONAL.search(head):
        return []
    items = re.split(rf"(?<={re.escape(noun)})(?:{SEPARATOR})", head)
    items = [i.strip() for i in items]
    if len(items) < 2 or any(len(i) < 6 or not i.endswith(noun) for i in items):
        return []
    return items


# 「…開示の請求があった場合には、A場合、あるいはB場合を除き、遅滞なくこれを開示します」: the cases
# excepted from a promise to disclose are the grounds of refusal. The promise is positive (「第三者に
# 提供しません」 excepts cases from a refusal: consent, no grounds) and follows a request.
EXCEPTED = re.compile(r"場合を除(?:き|いて)、?[^。]{0,40}?(?:開示|応じ|お答え|回答)(?:いた|致)?(?:し|いたし|致し)?ます")
ASKED = re.compile(r"(?:請求|求め|申し出|申出)(?:が|を)?(?:あった|された|受けた)場合(?:に)?(?:は|には|でも)、")
CASE_SEPARATOR = re.compile(r"(?<=場合)(?:、?(?:あるいは|または|又は|もしくは|若しくは|や)|、)")


def excepted_cases(text: str) -> list[str]:
    """The cases a promise to disclose excepts, in order ([] when fewer than two)."""
    promise = EXCEPTED.search(text)
    asked = None
    for asked in ASKED.finditer(text, 0, promise.start() if promise else 0):
        pass  # the last request clause before the exception: the cases begin after it
    if not promise or asked is None or "第三者" in text[asked.end():promise.end()]:
        return []
    items = [i.strip() for i in CASE_SEPARATOR.split(text[asked.end():promise.start() + 2])]
    if len(items) < 2 or any(len(i) < 6 or not i.endswith("場合") for i in items):
        return []
    return items
