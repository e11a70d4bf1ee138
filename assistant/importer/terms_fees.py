"""Words of the fee: amounts, what they are paid for, how and when (read by rules_fees.py)."""
from __future__ import annotations

import re

# "the specified postage fee": what the mail costs, no fee for the request.
FEE = re.compile(r"手数料|(?<!公共)料金|費\s?用|(?<!postage )(?<!postal )(?<!mailing )(?<!shipping )fee|(handling|processing|service) charge|"
                 r"(is|are|be) charged|cost of", re.I)
NO_FEE = re.compile(r"手数料(は|\s?[:：]\s?)?(無料|不要|いただき?ません|頂いておりません|かかりません|必要(あり|ござい)ません|"
                    r"徴収(いた|致)?しません|徴収(いた|致)?しておりません)|無料|"
                    r"(do|does|will) not charge|no (fee|charge)|free of charge", re.I)
# Every pattern here runs in linear time: a number is matched only from the start of its run of
# digits (the look-behind), so a line of 50,000 digits is scanned once, not once per digit.
# 「1,000円」, and a sign before the number: 「\\1,000」 (a yen sign as a page in a Japanese code shows it), 「¥500」
YEN = re.compile(r"(?:(?P<sign>[¥￥\\]|JPY)\s?)?(?<![\d,])(?P<n>\d{1,3}(?:,\d{3}){1,4}|\d{1,9})(?(sign)(?![\d,])|\s?(円|(?:[-\s]?Japanese\s)?yen))",
                 re.I)
# A band's upper bound, 「額面金額¥1,000 まで」, and a mail's rate, 「配達記録郵便一律・・・¥210」: a
# table of charges, no fee for a request.
BAND = re.compile(r"\s?まで")
MAIL_RATE = re.compile(r"(配達記録|書留|速達|郵便)[^。\d]{0,4}一律")
MAIL_CHARGE_AFTER = re.compile(r"(書留|速達|本人限定受取郵便|配達証明)\s?(料|代)")
PER = re.compile(r"(?<!文書)(1|一)\s?(回|件|請求)(の(ご|お)?(請求|求め|申請|申出|申し?込み?))?(につき|について|あたり|当たり|ごと)|"
                 r"(ご)?(請求|申請)(ごと|毎)に|[/／]\s?(1|一)?\s?(回|件)|per (an? |one )?(request|application|item|inquiry|case)|for each (request|application)|"
                 # 「診療記録開示手数料:1件 5,500円」: the amount of one request
                 r"(?<!文書)(?<!\d)(1|一)\s?(回|件)\s?[:：]?\s?(?=\d{1,3}(,\d{3}){0,3}\s?円)", re.I)
MONEY_ORDER = re.compile(r"定額小為替|郵便(小)?為替|為替証書|postal money order|fixed-amount money order", re.I)  # 「郵便小為替」: the same
PAYMENTS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), v) for p, v in (
    (MONEY_ORDER.pattern, "fixed-amount postal money order (定額小為替)"),
    (r"郵便切手|(?<!郵便代の)切手(?!代)|postage stamps?|yen stamps?", "postage stamps (郵便切手)"),
    (r"収入印紙|revenue stamps?", "revenue stamps (収入印紙)"),
    # 「払込取扱票を使用し、手数料を郵便振替口座に払い込んでください」: a transfer into an account
    (r"振込|振り込み|振り込んで|郵便振替口座|払込取扱票|(銀行)?口座(へ|に)の?送金|bank transfer|transfer (the fee )?(at|to|through|via) (a |the )?bank|remit (the fee )?to the bank",
     "bank transfer (振込)"),
    (r"クレジットカード|credit card", "credit card"),
    (r"現金書留|cash envelope|registered cash", "cash (現金書留)"),
    (r"(?<!書留)現金(?!書留)|\bin cash\b", "cash"),
    (r"コンビニ(エンスストア)?[^。]{0,30}(利用券|払込票|お支払)|convenience[- ]store", "convenience-store voucher"),
    (r"口座振替|direct debit", "direct debit (口座振替)"),
))
# A fee sentence about the other kinds ("訂正等のご請求には手数料はかかりません").
OTHER_KINDS = re.compile(r"訂正|追加|削除|利用停止|消去|第三者(へ|への)提供の停止|correction|suspension|deletion|"
                         r"erasure|amendment|discontinuance|cessation", re.I)
# The kinds a fee is charged for: a nil fee said of the others only (「訂正…(no fee)」) is none for these.
# ("cessation of disclosing to third parties": the stop of provision, no disclosure to the person)
CHARGED_KINDS = re.compile(r"(?<!提供の)開示(?!の停止)|利用目的|disclos(?!ing to third|ure to third)|purpose", re.I)
# Where the words of one item end: "…Request Form - To request revision…", 「…。」.
ITEM_EDGE = re.compile(r".*(?:\s[-–•・]\s|。|\.\s)", re.S)
# How the answer is given, beside an amount: the fee depends on it.
METHOD_WORD = re.compile(r"書面|メール|口頭|電磁的|郵送による開示|in writing|\(?written\)?|electronic|by e-?mail|orally", re.I)
# A fee charged without an amount: "所定の手数料をお支払いいただきます", "a handling charge".
FEE_NO_AMOUNT = re.compile(r"手数料等?(?:[(（][^()（）]{0,80}[)）])?(を(事前に|あらかじめ)?(お支払い|申し受け|いただき|頂き|同封|徴収)|"
                           r"(と|を)(併せて|合わせて|あわせて|添えて|ともに|共に))|"
                           r"(手数料|費用)が(かかり|必要|発生し)|手数料として[^。]{0,12}を(お支払い|申し受け|いただき|頂き|徴収)|手数料は[^。]{0,20}必要(です|となります)|"
                           r"手数料を[^。]{0,16}(払い込んで|振り込んで|お振込み|納付して)(ください|下さい)|"
                           # 「「開示」のご請求の場合は手数料 下記(※(4))参照のうえ」: its amount elsewhere
                           r"手数料\s?(下記|以下|別記)[^。]{0,12}参照|"
                           # 「請求方法： / • 手数料（実費）のご負担」: a fee at cost, no amount
                           r"手数料\s?[(（]実費[)）]の?(ご)?負担|"
                           r"(attach|enclos\w{0,3})[^.]{0,60}\bfees?\b|"
                           r"(handling|processing) (charge|fee)|fee (is|will be) (charged|required)|(?<!no )\bfees? appl(y|ies)\b|"
                           r"\(for a fee\)", re.I)
# 「手数料(開示請求の際に必要)」: what the fee's own brackets say.
FEE_BRACKET = re.compile(r"手数料等?[(（]([^()（）]{1,80})[)）]")
# A payment named as not taken: "定額小為替証書はお受けしておりません", "その他(切手、印紙…)の同封".
PAY_OTHER = re.compile(r"その他[(（][^)）]{0,40}$")
# The company paying back ("超過分を切手でお返しします"): not how the person pays.
PAY_BACK = re.compile(r"お返し|返却|返金|refund|return(ed)? to you", re.I)
# A fee said without an amount, or free: "無料で請求できます", "(手数料等は無料)".
FREE_REQUEST = re.compile(r"無料で(ご)?(請求|申請)|手数料等?は無料|(請求|申請)は無料|"
                          r"requests? (is|are) free of charge", re.I)
# The fee is asked for after the request: "見積書と請求書を送付します", "手数料の振込みを依頼し".
ON_NOTICE = re.compile(r"(見積書|請求書)[」』]?(\s?[(（][^()（）]{0,20}[)）])?[^。]{0,12}(送付|お送り)(いた|致)?します|振込み?を依頼|"
                       r"(費用|料金|手数料)の請求書[^。]{0,12}(お渡し|送付|郵送|お送り)|"
                       r"(金額|費用|料金)[^。]{0,30}(お知らせ|ご連絡|ご案内)(いた|致)?します|後に(お知らせ|ご連絡)(いた|致)?します|"
                       r"連絡がありましたら[、,]?\s?手数料|手数料については[^。]{0,20}(連絡|お知らせ)|"
                       # 「回答させていただく際に、以下の手数料をお支払いただきます」: paid with the answer
                       r"(回答|開示|通知)(させていただく|いたす|する|の)(際|時|とき)に?[、,]?[^。]{0,20}(お支払|ご負担|徴収)|"
                       # 「代金は、回答書送付時に同封の振込用紙にてお振込みください」
                       r"回答書?の?(送付|発送|郵送)(時|の際)[^。]{0,20}(振込|振り込|お支払)|"
                       r"after (we|the company) (notif|inform)|"
                       # 「請求受理後、当方が指定する方法によりお支払いください」: paid once the request is received
                       r"(請求|申請|お申込み?|ご依頼)(の)?(受理|受付|受領)後[、,]?[^。]{0,30}(お支払|お振込|振り込|ご送金)|"
                       # 「書類内容に不備がない場合は、bの事務手数料を請求させていただきます」
                       r"手数料を(ご)?請求(させて(いただ|頂)きます|いたします|致します)|"
                       # "…will send out an invoice for handling fees"
                       r"send (out )?(you )?an invoice|invoice for (the )?([\w-]{1,20} )?(fees?|charges?)", re.I)
WITH_REQUEST = re.compile(r"(ご)?(申請|請求|申込み?)時に[、,]?(?=[^。]{0,20}(円|手数料))|(と|を)(併せて|合わせて|あわせて|添えて)[^。]{0,40}(郵送|送付|お送り|提出)|(切手|為替|為替証書)を(ご)?(郵送|送付|お送り)|同封|封入|貼付|貼って|貼り付け|添付|と共に|とともに|受付時(?!間|[^。]{0,12}(ご案内|お知らせ|ご連絡))|enclos|affix|attach|along with|together with",
                          re.I)
# "次に示す書類等を封入のうえ", "次の3点を揃え": a list of things to enclose follows.
# 「手数料と徴収方法」, 「手数料について」: the heading of the fee's own section.
FEE_SECTION = re.compile(r"徴収方|(手数料|料金|費用)(について|に関して|の(お)?支払(い)?方法)")
# (「以下の書類を封緘して…ご郵送してください」: the things listed go in the envelope)
ENCLOSE_LEAD = re.compile(r"(次|以下|下記)[^。]{0,30}(同封|封入|添付|揃え)|(同封|封入|添付)[^。]{0,20}(次|以下|下記)|"
                          r"(次|以下|下記)の(書類|もの)を?(封緘|封筒に入れ)|"
                          # 「【同封するもの】」, 「ご送付いただく書類」: a heading over what goes in the envelope
                          r"^\W{0,3}(ご)?(同封|封入|添付|送付)(する|して|いただく|頂く|していただく)?(もの|書類)\W{0,3}$|"
                          # (not "send … by certified mail to the following address": where, not what)
                          r"(send|enclos\w{0,3}|attach|submit)[^.]{0,40}the following(?! (address|addressee|contact|desk|office))|"
                          r"the following[^.]{0,30}enclos",
                          re.I)
# "現金書留によりご郵送ください": sent as cash by registered mail, the fee with it.
CASH_MAIL = re.compile(r"現金書留|cash envelope|registered cash", re.I)
# A clause that restricts a fee to some kinds: "…の場合のみ", "only in the case of", 「利用目的の通知
# 及び開示の場合は」, 「…の通知に関しましては」, "When requesting disclosure".
KINDS_RESTRICT = re.compile(r"のみ|に限り|\bonly\b|場合|に関しては|に関しましては|については|につきましては|"
                            r"の(ご)?請求(には|の際)|when requesting|in the case of|charged for (your|a|the|each) requests?\b", re.I)
# A clause saying no fee is needed for what it names: 「(訂正…の場合は不要です。)」.
NO_FEE_CLAUSE = re.compile(r"不要|無料|かかりません|必要(あり|ござい)ません|頂いておりません|いただきません|"
                           r"no (fee|charge)|free of charge|not (be )?(charged|required)", re.I)
# A heading over the records of provision to third parties: 「個人データに係る第三者提供記録について」.
RECORDS_HEADING = re.compile(r"第三者提供記録|records? of (the )?provision", re.I)
# A heading on "開示等の請求" speaks of every kind, not of disclosure only.
ALL_KINDS = re.compile(r"開示等(?!(依頼|請求|申請)者)|開示請求等|開示・訂正|disclosure,? etc", re.I)
BEFORE = re.compile(r"(事前に|あらかじめ)[^。]{0,20}(お支払|お振込|振込|振り込|納付)|(請求書|申請書)(の)?(送付|提出)(の)?前|"
                    # 「手数料(1件300円)を入金した際の受領証の写し」 sent with the request: paid before
                    r"(入金|振込|振り込|払込|払い込|納付)(み)?(した|された|いただいた)(際|時|とき)?の(受領証|領収書|控え|受付票|利用明細)|"
                    # 「振込の控え」, 「払込受領証」, "a copy of … receipt of payment": proof of a payment made
                    r"(振込|振り込み|払込|払い込み)(金)?の?(控え|受領証|明細)|"
                    r"receipt of (the )?payment|proof of (the )?payment|payment (receipt|slip)|"
                    r"before (submitting|sending)", re.I)
# 「開示請求等については、1件あたり1,000円の手数料を申し受ける場合があります」: a fee the company only may charge
# (not 「請求手数料につきましては、予告なく変更させていただく場合があります」: a charged fee that may change)
SOMETIMES = re.compile(r"\d円[^。、]{0,20}(申し受け|頂戴|徴収|かか|必要とな|ご負担(いただ|頂))[^。]{0,6}(場合|こと)が(あります|ございます|ある)|"
                       r"(fee|charge)[^.]{0,40}\bmay be (charged|required|collected)|\bmay (charge|collect) (a |an |the )?(fee|handling)",
                       re.I)
