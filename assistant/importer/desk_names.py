"""A desk's name from the words that hold it: after a particle or a pointer (「…同封し下記お客様相談
窓口」), after the company's name in an address block, or under a heading on where requests go."""
from __future__ import annotations

import re

from assistant.importer import terms as t

FLOOR = re.compile(r"^(\S{1,8}(棟|館)\s?)?(地下)?\d{1,2}\s?(階|F)\s")
NEXT_HEADING = re.compile(r"\s[-–]\s[^-–]{1,20}$")
OWN_WORD = re.compile(r"(?<=[てし])[当弊](?!該|然|初|日|時|人)[一-龯ァ-ヶー]{1,6}?の(?=[^\s]{2})")
COUNTER_OF = re.compile(r"(?<=[室部課局係])の(受付)?窓口$")
# 「(4)請求先 / 日揮健康保険組合理事長」: the body's head, by title, is whom requests go to
HEAD_TITLE = re.compile(r"[^\s、。]{2,30}?(組合|会社|法人|協会|基金|病院|大学|事務所)\s?"
                        r"(?P<t>理事長|代表理事|代表取締役|院長|学長|所長|会長)(宛て?)?")


ARTICLE = re.compile(r"第\s?\d{1,3}\s?条")


def desk_name(words: str) -> str:
    """"当社個人情報相談窓口" → "個人情報相談窓口"; "" for words that name no desk of its own
    ("各営業店", "同窓口", "それぞれの開示窓口")."""
    # The name starts after the last particle or pointer: "…同封し下記お客様相談窓口" → the desk.
    name = re.split(r"下記|上記|[をはがとで]", words.strip(" “”「」『』\"'"))[-1]
    # 「…同封して当団の個人情報問い合わせ窓口」: the body's word for itself, after a verb's て, opens the desk's
    # name (not 「ご提供された当社のサービスの窓口」: which desk it is depends on the service)
    if (own := OWN_WORD.search(name)):
        name = name[own.start():]
    name = t.DESK_PREFIX.sub("", name).removesuffix("宛").strip()
    name = t.ORG_PREFIX.sub("", name, count=1)  # 「京都生活協同組合本部」: the body's name run into its desk's
    name = COUNTER_OF.sub("", name)  # 「情報公開室の窓口」: the office's counter is the office
    # (「第16条の問い合わせ窓口」: a pointer to an article, no desk's name)
    return "" if len(name) < 2 or t.NOT_A_DESK.search(name) or "の" in name[:4] or ARTICLE.match(name) else name


def desk_under_heading(below: list) -> tuple | None:
    """(name, sentence, match) of the desk under a heading 「受付窓口」, 「申出先」: its line, past the
    company's name and street (「申出先 / 株式会社… / 東京都港区… / 当社個人情報窓口」), or the counter
    the first line sends the person to (「総合受付(1番)にお申し出ください」; not 「お取引店または最寄り
    の支店窓口に」: no desk)."""
    under = next((x for x in below if not (t.COMPANY_NAME.search(x.text) or t.PLACE.search(x.text))
                  or t.DESK_LINE.match(x.text.strip())), below[0])
    # 「中央棟 2階 患者サポートセンター - 請求できる方」: a page's flattened list runs the next heading on
    # (「中央棟 2階 」, 「本館1階」: where the counter stands, before its name)
    line = FLOOR.sub("", NEXT_HEADING.sub("", under.text.strip()))
    if t.DESK_LINE.match(line) and (name := desk_name(line)):
        return name, under, None
    if (hm := HEAD_TITLE.fullmatch(below[0].text.strip())):
        return hm.group("t"), below[0], hm
    if (cm := t.COUNTER_ASKED.match(below[0].text.strip())) and (name := desk_name(cm.group("d"))):
        return name, below[0], cm
    return None


def department_after_name(text: str, form_first: bool = False) -> str:
    """The department in "株式会社… 本部 組合員サポート室 宛": from its first department-like word
    to 宛/御中 or the end of the address ("…窓口宛てに郵送してください" stops at 宛)."""
    split = text.split()
    # 「株式会社 滋賀県農協電算センター 総務部」: a legal form apart before the name, the name is the next word
    words = [t.ROLE_HOLDER.sub(r"\1", w) for w in split[2 if form_first and t.LEGAL_FORM.fullmatch(split[0]) else 1:]]
    # 「総務部(苦情・相談窓口担当)」: the desk's remark in brackets after its name
    starts = [bool(t.DEPT_START.search(t.REMARK.sub("", w))) for w in words]
    start = next((i for i, yes in enumerate(starts) if yes), None)
    if start is None or t.POSTAL.search(" ".join(words)):
        return ""
    # the words that name the desk, up to one that does not ("担当:平川", "6. 当社からのご回答")
    end = next((i for i in range(start + 1, len(words)) if not starts[i]), len(words))
    found = " ".join(words[start:end])
    return re.split(r"宛|御中|まで|へ|[。、]", found, maxsplit=1)[0].strip()


def unlabelled(line: str) -> str:
    """An address block's line without its list mark and its label (「・住所：東京都…」, "Address: 1-2-3
    …" → the rest)."""
    return t.LINE_LABEL.sub("", t.BULLET.sub("", line, count=1).strip(), count=1)


# 「受付窓口   個人情報担当係」, 「開示等請求受付窓口：地域医療連携部」: a label naming where requests go,
# then the desk on the same line (the label is no desk's name)
LABELLED = re.compile(r"^\s*[・•-]?\s*(?:[^\s:：、。]{0,10}(?:受付窓口|申し?出先|請求先|提出先))\s*(?:[:：]\s*|\s{1,4})"
                      r"(?P<d>[^\s:：、。()（）]{2,30}?(?:窓口|係|室|課|部|センター|担当))\s*$")


def labelled_desk(text: str) -> re.Match | None:
    """The desk a labelled line names (group d), or None."""
    m = LABELLED.match(text)
    return m if m and desk_name(m.group("d")) else None


# 「【個人情報の取扱いに関するお問い合わせ窓口】」: a desk's name as the bracketed heading of its block
BRACKETED = re.compile(r"[【［\[〔]([^【】［］\[\]〔〕]{2,40})[】］\]〕]")


def bracketed_desk(below: list) -> tuple | None:
    """(name, sentence, match) of the first line below that is a desk's name in heading brackets."""
    for x in below:
        if (m := BRACKETED.fullmatch(x.text.strip())) and t.DEPARTMENT.fullmatch(m.group(1)) \
                and (name := desk_name(m.group(1))):
            return name, x, m
    return None


# 「開示等を受け付ける窓口は、以下の「個人情報苦情及び相談窓口」をご覧下さい。」: the desk pointed to by its
# quoted name
POINTED_QUOTED = re.compile(r"窓口(は|については)、?[^。「」]{0,10}?(以下|下記|後記|次)の?"
                            r"「(?P<d>[^「」]{2,30}?(窓口|係|室|担当|事務局|センター))」")


def quoted_desk(text: str) -> re.Match | None:
    """The desk a sentence points to by its quoted name (group d), or None."""
    m = POINTED_QUOTED.search(text)
    return m if m and desk_name(m.group("d")) else None
