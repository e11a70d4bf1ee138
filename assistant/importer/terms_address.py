"""Words of the address and the desk requests go to, with or without the address (read by
rules_address.py). Every pattern runs in linear time: bounded repeats, numbers matched from the
start of their digits."""
from __future__ import annotations

import re

# (「〒359?8520」, 「359?8520 埼玉県…」: a dash mis-decoded as 「?」 after 〒 or before a prefecture)
POSTAL = re.compile(r"〒\s*(\d{3})\s*[-‐－ー−?]\s*(\d{4})|"
                    r"(?<![\d-])(\d{3})(?:-|\?(?=\d{4}\s?[^\s\d、。]{1,3}[都道府県]))(\d{4})(?![\d-])")
PLACE = re.compile(r"都|道|府|県|市|区|町|村|Tokyo|Osaka|-ku|-shi|Japan|Prefecture|Building|Bldg", re.I)
SENDS_TO = re.compile(r"送付先|宛先|お送り|郵送|請求先|提出先|申出先|申し出先|send|address below|mail(ing)? address|"
                      r"where to (make|send|submit)|addressed to|contact point for|send us mail|Contact|"
                      r"following address|mail it to", re.I)
DEPARTMENT = re.compile(
    # (「担当部署」 is no 「担当部」; 「【…窓口】」: a heading's brackets are no part of the name)
    r"([^\s、。：:（）()「」【】\[\]<>＜＞]{2,30}(窓口|推進室|管理室|事務局|相談室|センター|デスク|担当|部(?![署門])|課|室|係|チーム))|"
    r"((?:[A-Z][\w&’'.-]{0,30}\s){0,6}(Department|Office|Desk|Center|Centre|Counter|Section|Customer Service"
    r"(?: of [\w .-]{1,40})?|Manager))")
# A label before a postal code: 「請求受付窓口 〒380-8688」.
# 「• 受付窓口」, 「開示等のご請求の受付窓口」 alone on the line over an address block: where requests go
# (a complaints' or inquiries' desk is not named so)
RECEIVING_HEADING = re.compile(r"((開示等?の?)?(ご)?請求(等)?の)?受付窓口")
ADDRESS_LABEL = re.compile(r"(窓口|宛先|送付先|提出先|請求先|申出先|所在地|住所)\s?[:：]?\s?〒?$")
# A body's name before its department, with no space between (「日本証券業協会総務部」): the
# department is what follows, when that still names one.
ORG_PREFIX = re.compile(r"^[^\s、。]{1,30}(協会|連合会|株式会社|組合|機構|大学|基金)(?=[^\s、。]{1,20}(部|課|室|窓口|事務局|事務|センター|係)$)")
# 「電話:(042)659-2790」: the area code in brackets too
# 「電話:03(3254)1330」: the exchange in brackets too
PHONE = re.compile(r"(TEL|Tel|電話|☎|Phone|phone|連絡先|代表(?!取締役|者|理事|社員))[^0-9+]{0,8}(\+81\)?[\s-]?(?:\(0\)\s?)?|0)(\d{1,4})(?:[-‐－ー−(（)）]?|\s)(\d{1,4})(?:[-‐－ー−)）]|\s)(\d{3,4})(?!\d)")


def dialled(m: re.Match) -> str:
    """The number a PHONE match holds, as dialled in Japan: 「03(3254)1330」, "+81-3-…" → 03-3254-1330."""
    return f"0{m.group(3)}-{m.group(4)}-{m.group(5)}"


# 「株式会社アスリートプランニング」 on a line of its own: the company's block begins
COMPANY_NAME_START = re.compile(r"株式会社|有限会社|合同会社|\(株\)")
# 「下記窓口までご連絡下さい」: the company's own desk block follows
BELOW_DESK = re.compile(r"(下記|以下)(の)?(窓口|連絡先|お問い?合わ?せ先)")
# 「開示等のご請求等、ご意見…のお問合せは、以下の窓口までお願い致します」: requests are made at the desk below
REQUESTS_TO_BELOW = re.compile(r"(開示等|ご請求|請求)[^。]{0,60}(以下|下記)(の)?(窓口|宛先|連絡先|お問い?合わ?せ先)(まで|に|へ)|"
                               # 「個人情報の開示等、及び苦情・相談の窓口を次に示します。」
                               r"(開示等|ご請求|請求)[^。]{0,40}窓口(を|は)[、,]?(次|以下|下記)(に|の)(示|とお|通)")
# The accredited privacy body's block (its complaints desk, address and phone), not the company's;
# a public body's too (「個人情報保護委員会 電話相談窓口: 03-6457-9849」, a consumer centre).
ACCREDITED = re.compile(r"認定個人情報保護団体|JIPDEC|日本情報経済社会推進協会|accredited personal information protection", re.I)
# (「中央ビジネス株式会社 個人情報保護委員会」: the company's own committee)
PUBLIC_BODY = re.compile(r"(?<!社\s)(?<!社)個人情報保護委員会|国民生活センター|消費生活センター|消費者ホットライン|"
                         r"Personal Information Protection Commission", re.I)


def accredited_block(texts: list[str]) -> bool:
    """Whether the last of these lines (an address's, with up to 8 above it) stands in the block of
    the accredited privacy body (JIPDEC's complaints desk), not the company's: the body named on
    it or above, and no block of the company's begun in between (「…は下記窓口までご連絡下さい。」,
    「株式会社アスリートプランニング」)."""
    for at, text in enumerate(reversed(texts)):
        # a public body on the line itself or as a block's heading (not in a sentence about it)
        if ACCREDITED.search(text) or PUBLIC_BODY.search(text) and (at == 0 or len(text) <= 40):
            return True
        if BELOW_DESK.search(text) or COMPANY_NAME_START.match(text.strip()):
            return False
    return False
# A number the page labels a fax (「FAX：03-5207-2956」, 「ＦＡＸ番号 03-…」): bounded, linear.
FAX_NUMBER = re.compile(r"(?:FAX|Fax|fax|ファックス|ファクス)(?:番号)?\s?[:：]?\s?(0\d{1,4})-(\d{1,4})-(\d{3,4})(?![\d-])")
PHONE_LEADING = re.compile(r"\s*(0\d{1,4})-(\d{1,4})-(\d{3,4})(?![\d-])")
FREEPHONE = re.compile(r"(0120|0800|0570)[-‐－ー−](\d{2,3})[-‐－ー−](\d{3,4})")
EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,12}")
URL = re.compile(r"https?://[^\s）)」、。<>\"']{1,300}")

# An English address block's lines: the company, its department (a line of its own, or quoted).
COMPANY_EN = re.compile(r"\b(Co\., ?Ltd\.?|Inc\.|Corporation|K\.K\.|Ltd\.|(?-i:Limited\b))", re.I)
QUOTED_DEPT = re.compile(r"[“\"「]([^”\"」]{4,60})[”\"」]")
DEPARTMENT_LINE = re.compile(r"(?:The Company['’]s )?([A-Za-z][A-Za-z&,.' -]{2,70}(Department|Office|Desk|Center|"
                             r"Centre|Counter|Section|Division|Team|[Mm]anagers?|[Ss]upervisors?|[Oo]fficers?|Contact|"
                             r"(?<=Information )Inquiries|(?<=Protection )Group)"  # "… Personal Data Protection Group"
                             # "Information Desk for Disclosure and Opt Out": what the desk is for, after it
                             r"(?: (?:for|of) [A-Z][A-Za-z&,' -]{2,50})?)")  # "Personal Information Inquiries"
DEPARTMENT_TO = re.compile(r"(?:to|at) the ((?:[A-Z][a-z]{1,20} ){1,5}(Department|Office|Desk|Section|Division))\b")
# 「Contact: …」, 「宛先：…」: a label before the words of an address block's line.
LINE_LABEL = re.compile(r"^(?:[A-Za-z][A-Za-z -]{1,20}|[^\s:：、。]{1,6})\s?[:：]\s*")
# A desk for personal information named in an address block: 「…人事・総務本部 個人情報担当」.
PRIVACY_DESK = re.compile(r"個人情報[^\s。、]{0,12}(窓口|担当|係|事務局|相談室|デスク)|"
                          # 「苦情・相談及び問い合わせ窓口」 over a block 「…PMS事務局」: the personal-information desk
                          r"苦情(・|及び|および)相談(及び|および|・)?(お?問い?合わ?せ)?窓口|PMS事務局|"
                          r"Personal Information[\w ]{0,40}(Desk|Office|Contact|Center|Centre)", re.I)
BUILDING = re.compile(r"ビル|タワー|階|号室|センター|Building|Bldg|Tower|(?<!\d)\d{1,3}F\b", re.I)
# An address the text says is NOT where requests go.
NOT_SEND_HERE = re.compile(r"宛先ではありません|宛先ではない|では(開示等の)?(ご)?請求を受け?付け(ない|ません|て(おり|い)ません)|"
                           r"not (the|an) address for|does not accept requests", re.I)
# A desk named where the request goes, with or without an address: "当社個人情報相談窓口まで現金書留
# によりご郵送ください", "申し出先は社長室までお願いします", "…企画総務担当にご請求ください".
# (「…ご記入のうえ 個人情報お問い合わせ窓口 までご郵送ください」: a web page sets the name off by spaces)
DESK_SEND = re.compile(
    # (「苦情・相談窓口」: a 「・」 inside the name; 「「…窓口」宛、…郵送」: addressed to it, a comma after)
    r"(?P<d>[^\s、。「」（）()：:・][^\s、。「」（）()：:]{1,29}?(窓口|推進室|管理室|事務局|相談室|センター|デスク|担当|部|課|室|係))[”」』]?"
    r"(?:\s?(?:宛て?|あて)[、,]|(?:\s?(?:宛て?|あて))?(?:\s?(?:まで|迄)|に|へ))[^。]{0,40}?"
    r"(?P<v>郵送|送付|お送り|ご請求|請求して|お申し出|お願い|ご?提出)")
# The company's own act after a verb of sending: 「郵送いたします」, 「送付させていただきます」.
OWN_ACT = re.compile(r"(いた|致)します|します|させて(いただ|頂)")
# 「各会社の「…窓口」」, 「それぞれの」: each one's own desk, before a desk's name.
EACH_OWN = re.compile(r"(各(グループ)?(会社|社|事業所|店舗|部署|サービス)|それぞれ)の")
# A heading over the desk's own line: "2.開示請求等手続の受付窓口" / "当社業務管理部".
DESK_HEADING = re.compile(r"受付窓口|申し?出先|請求先|送付先|提出先|宛先|where to (send|submit)", re.I)
DESK_LINE = re.compile(r"^[^\s、。「」（）()：:]{0,30}(窓口|推進室|管理室|事務局|相談室|センター|デスク|担当|部|課|室|係)"
                       r"(宛て?|御中)?$")
# 「総合受付(1番)にお申し出ください」 under a heading 「受付窓口」: a counter the person goes to (a
# visit, and the counter is where the request goes)
COUNTER_ASKED = re.compile(r"^(?P<d>[^\s、。「」『』()（）]{1,20}?(受付|窓口|カウンター)(\s?[(（][^()（）]{1,8}[)）])?)"
                           r"(に|へ|まで)(直接)?(お申し出|お越し|ご提出|お申し?込み)(ください|下さい)")
# An office a desk stands in (「本社 / お客様相談室」), and 宛 or 御中 after a desk's name.
OFFICE = re.compile(r"本社|本店|事業所|支社|営業所|[^\s]{0,12}(本社|本店)")
ADDRESSED = re.compile(r"\s?(宛て?|御中)$")
# "下記宛に", "次の宛先まで": the desk is on the lines below.
BELOW = re.compile(r"(下記|以下|次)の?(宛|窓口|住所|宛先|送付先)")
# Words before a desk that are not its name, and names that are no desk of their own.
# 「当財団事務局」, 「当協会事務局」: the body's own word for itself is no part of the desk's name.
# (「当基金の個人情報に関する相談窓口」: the body's own word and its の, no part of the desk's name)
# (「当団の」, 「当園の」, 「本クラブの」: any body's word for itself, with its の; not 当該 "the said")
DESK_PREFIX = re.compile(r"^(下記|上記|以下の|次の|(当社|弊社|当金庫|当行|当会|当院|本会|当財団|当協会|当法人|当機構|"
                         r"当組合|当センター|当学会|当大学|当事務所|当クリニック|当病院|当基金|本基金)の?|"
                         r"[当本弊](?!該|然|初|日|時|人)[一-龯ァ-ヶー]{1,6}?の)")
# A policy's or page's title (a footer's link beside the address block), no desk.
POLICY_TITLE = re.compile(r"方針|ポリシー|規約|規程|policy|terms of", re.I)
NOT_A_DESK = re.compile(r"^(各|同|当該|それぞれ|ご|お取引|最寄|営業店|支店|店舗|本支店|申し?出先)|^窓口$|"
                        r"(?<!関)する|した|係る|される|請求|手続|申し?出|記載の|^(末尾|前記|後記|別記)")  # 「末尾記載の窓口」: a pointer
# ("・Department: Personal Information Inquiry Desk": a contact block's label naming a desk for
# inquiries, not a manager's division: "Department: Administration Division")
# ("Please contact the below 【Complaints … Consultation Desk】for procedures for disclosure.")
DESK_EN = re.compile(r"(?:addressed to (?:the )?|contact the below\s?(?=【)|^\W{0,3}Department\s?:\s?(?=[\w ]{0,40}(?:Inquir|Privacy|Personal Information)))"
                     r"(?:[\"“【](?P<q>[^\"”【】]{4,80})[\"”】]|"
                     r"(?P<d>(?:[A-Z][\w-]{0,20} ){1,6}(?:Desk|Office|Department|Section|Division|Center|Centre)))")
DEPT_START = re.compile(r"本部|本社|事務局|(窓口|推進室|管理室|相談室|センター|デスク|担当|担当者|責任者|管理者|部|課|室|係|委員会|チーム|グループ)$|"
                        r"Department|Office|Desk|Center|Centre", re.I)
# A legal form written apart before the name (「株式会社 滋賀県農協電算センター」), and a desk's
# remark in brackets after its name (「総務部(苦情・相談窓口担当)」).
LEGAL_FORM = re.compile(r"株式会社|有限会社|合同会社|[(（]株[)）]|[(（]有[)）]")
REMARK = re.compile(r"[(（][^()（）]{1,20}[)）]$")
# 「個人情報保護管理責任者:吉澤」: a role, then the person who holds it. The desk is the role; the
# person's name is no part of the envelope's department.
ROLE_HOLDER = re.compile(r"(責任者|担当者|管理者|担当)\s?[:：]\s?\S{1,12}$")
# 「総務部文書課内 個人情報保護委員会事務」: a desk inside the office, on the same line.
DESK_INSIDE = re.compile(r"内\s?[^\s、。：:（）()「」]{1,30}(?:窓口|事務局|事務|相談室|委員会|担当|係)(?![^\s])")
# The words that go on naming a desk after its first: 「事務部 個人情報に関する相談窓口」.
DESK_MORE = re.compile(r"(?:\s[^\s、。：:（）()「」]{1,30}(?:窓口|推進室|管理室|事務局|相談室|センター|デスク|担当者?|責任者|"
                       r"課|室|係|委員会|グループ|チーム)(?![^\s]))+")  # (「総務室 総務グループ」)
# A desk named by words any company uses (「担当窓口」, 「1.受付窓口」): no department.
GENERIC_DESK = re.compile(r"[\d０-９.．)）(（\s]{0,6}(ご)?(担当|受付)?\s?(窓口|係|担当)(宛|あて)?")

# Lines of a desk's block: 「窓口の名称:…」 names the desk; "(Office Hours: …)" names none;
# 「…2FTEL：03-…」: a contact's label run into the street ends it.
DESK_NAME = re.compile(r"(?:窓口|お?問い?合わ?せ窓口|受付窓口)の?名称\s?[:：]\s?([^\s:：]{2,30})$")
# (a line that opens with its hours, not a desk's line with its hours after it: 「お客様相談室 受付時間：…」)
HOURS_LINE = re.compile(r"\W{0,3}((office|business|opening|reception) hours\b|受付時間|営業時間)", re.I)
GLUED_CONTACT = re.compile(r"(?:TEL|Tel|ＴＥＬ|電話|FAX|Fax|ＦＡＸ|メール|E-?mail)\s?[:：]")
# 「株式会社…（以下「当社」といいます。）」: the name a text defines as its own (a page's names for itself)
DEFINED_AS_OWN = re.compile(r"\s?[(（]以下[、,]?\s?[「『“]?(当社|弊社|当グループ|当ショップ|当法人|当会|本会社|当店|当院|当協会)")
# The heading of the person responsible for the data (its block's address takes no request)
RESPONSIBLE = re.compile(r"(管理|取扱い?)について責任を有する者|(個人情報|個人データ)[^。\s]{0,6}(管理|保護)?責任者$")


def in_responsible_block(lines: list, index: int) -> bool:
    """Whether a line stands in that person's block: its heading up to three lines above."""
    return any(RESPONSIBLE.search(x.text) for x in lines[max(0, index - 3):index])
# An address block under a complaint body's or the regulator's heading: another body's, not the company's
OTHER_BODY = re.compile(r"認定個人情報保護団体|苦情の解決の申出先|個人情報保護委員会")
# The policy's date with the word after it that says what the date is (「2023年4月1日改定」, 「2023年4月1日（最終
# 改正）」, 「この規程は、令和3年5月1日から施行する」; "Last updated: April 1, 2023"), in the calendar or in the era
DATED_AS = r"\s*[(（]?\s?(?:から)?(?:最終)?(改定|改訂|制定|更新|改正|施行)"
REVISED = re.compile(r"((?:19|20)\d{2})年\s*(\d{1,2})月\s*(\d{1,2})日" + DATED_AS + "|"
                     # ("(As of November 1,2013)": a page's date as it stood)
                     r"(revised|last (revised|updated)|updated|(?:(?:established|enacted|effective) )?as of)( on)?:? ?([A-Z][a-z]+) (\d{1,2}), ?((?:19|20)\d{2})",
                     re.I)
ERA_REVISED = re.compile(r"(?P<era>令和|平成|昭和)\s?(?P<y>元|\d{1,2})年\s?(?P<m>\d{1,2})月\s?(?P<d>\d{1,2})日" + DATED_AS)
# The policy's date written with its label first (「改定日：2023年4月1日」, 「制定 2005年4月1日」), or alone on
# a line over the company's name (a signature's date)
DATED_LABEL = re.compile(r"(改定|改訂|制定|更新)(日|年月日)?\s?[:：]?\s?(?P<y>(?:19|20)\d{2})(年\s?|-)(?P<m>\d{1,2})(月\s?|-)(?P<d>\d{1,2})日?")
ERA_LABEL = re.compile(r"(改定|改訂|制定|更新)(日|年月日)?\s?[:：]?\s?(?P<era>令和|平成|昭和)\s?(?P<y>元|\d{1,2})年\s?(?P<m>\d{1,2})月\s?(?P<d>\d{1,2})日")
DATE_LINE = re.compile(r"(?P<y>(?:19|20)\d{2})年\s?(?P<m>\d{1,2})月\s?(?P<d>\d{1,2})日")
