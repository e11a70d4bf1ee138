"""How a page says to get the company's form: asking for it, downloading it, its being mailed.

Each pattern is a plain alternation (bounded gaps, no nested quantifiers): linear in the text.
"""
from __future__ import annotations

import re

# The form mailed to whoever wishes it by post: 「郵送をご希望される場合は、…」.
MAIL_WISHED = r"郵送(を|での送付を)(ご)?希望"
# Asking for the company's form: 「…請求書 ※ いずれも…までご請求ください」, 「申請書類の入手には…電話にてお申し出ください」
# (not the form as the means: 「当社所定の書式にてお申し出ください」 is the request made on it).
FORM_ASK = re.compile(r"(請求書|申請書|申込書|用紙|書式|様式)(?!\s?(にて|で|により|によって))(は|を|につきましては|については)?[-\s※]{0,6}(いずれも)?"
                      r"[^。、]{0,30}(まで|に|へ|にて)(ご)?(請求|お申し付け|お申し?出|ご連絡|お問い?合わ?せ)(ください|下さい)")

FORM_HOW: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), v) for p, v in (
    # 「リンク先をクリックし、…請求書をプリントアウトして」, 「「開示等依頼書」を開くためには、Adobe Readerが
    # 必要です」, 「…請求書(PDF)」, 「…請求書 / 」(PDF)」, 「請求書はこちらからお取り出しください」: a file on the page
    (r"ダウンロード|download|[(（]?(請求書|申請書|様式)\s?DL|リンク先をクリック|(様式|申請書|請求書)の(閲覧)?印刷が?でき|プリントアウト|Adobe (Acrobat )?Reader|こちらから\s?(お取り?出し|印刷)|"
     # 「本ページのリンクから印刷したもの」, 「様式の請求書(本ポリシーに添付しております)」
     r"リンクから印刷|(本|この)(ポリシー|ページ)に添付|"
     # (「請求用紙（…依頼票）［PDF］」: its name's bracket closed before the file's)
     r"(請求書|申請書|依頼書|依頼票|申出書|様式)[」』)）]?\s?[(（\[［](PDF|Word|Excel)|^[」』]\s?[(（\[［](PDF|Word|Excel)|"
     # "Personal Information Inquiry and Request Form (PDF: 12 KB)": the form's file on the page
     r"\b(Form|Request)\s?[(\[](PDF|Word|Excel)\b|"
     # "…fill out the applicable form among the forms attached below": files on the page
     r"\bforms? attached (below|to this page|hereto)|^Attached files?\s?:",
     "download"),
    (r"入力フォーム|フォームに[^。]{0,30}入力|form below|web form|fill (it )?in online", "web-form"),
    # 「回答書類を…郵送いたします」: the answer's papers, no form
    # (「…請求書記載住所に送付します」: the answer, sent to the address the form gives)
    (r"(請求書|申請書|申込書|依頼書|用紙|(?<!回答)(?<!開示)書類|PDF|書式|様式)(?!に?記載)[^。]{0,30}(郵送いたします|お送りします|"
     r"送付いたします|送付致します|ご郵送いたします|お送りいたします|送付します|郵送します)|"
     # 「この様式の送付に関し、まず下記窓口までご連絡ください」: the company sends it on being asked
     r"(様式|請求書|申請書|用紙)の(送付|郵送|お取り?寄せ)に(関し|つき|ついて)[^。]{0,30}(ご連絡|お問い?合わ?せ|お申し出)|"
     # 「「…請求書」(以下、「開示等申請書」という)を送付します」 (not 「見積書と請求書を送付します」: a bill)
     r"(申請書|申込書|様式|用紙)[」』]?[^。]{0,30}(送付|郵送)します|will (then |also )?(send|mail) (you )?(the|a|our|it)\b(?! (response|reply|answer|result))|"
     r"(form|forms|documents?)[^.]{0,40}(will be sent to you|sent to you upon request)|"
     r"will (then |also )?send you (the|a|our) (form|request form|necessary documents)|"
     # "our prescribed form, which we will send to you", "the … form (A) that have been sent by KBGS"
     r"form,?(\s?\([A-Za-z0-9]\))?,? (which|that) (we will (send|mail)|(has|have) been (sent|mailed) by)|"
     r"(申込用紙|請求書|申請書|申込書|用紙|書類|書式|様式)[^。]{0,10}(お)?取り?寄せ|"
     r"(申請書|請求書)[^。]{0,20}郵送させて(頂|いただ)きます|"
     # 「申請書は北海道新聞社から郵送することもできます」
     r"(申請書|請求書|様式|用紙)は[^。]{0,20}から(郵送|送付|お送り)すること(も|が)(でき|可能)|"
     # 「…ダウンロードできない場合には、FAXまたは郵送で当社から送付させていただきます」
     r"(当社|弊社)から(ご)?(送付|郵送|お送り)(させて(いただ|頂)きます|いたします|致します)|"
     # 「…窓口にご請求いただければ、郵送いたします」, "we will send out the documents necessary for …"
     r"郵送で(お渡し|お届け)(する|いたす|致す|でき)|(ご請求|ご連絡|お申し出|お申し付け)(いただ|頂)ければ[^。]{0,20}(郵送|送付|お送り)(いたし|致し|し)ます|"
     r"will (then |also )?send out (the|our) (documents|forms?|application)|"
     # 「郵送をご希望される場合は、…『「個人情報開示等請求書」を希望』と明記していただき、下記までお申込みください」
     + MAIL_WISHED + r"(される|の|する)(場合|方)[^。]{0,60}(請求書|申請書|様式|用紙)[^。]{0,40}"
     r"(お申し?込み|ご請求|ご連絡|お申し?出|お申し付け)(ください|下さい)|"
     r"\bform\W{0,3} will be (sent|mailed) to (the|your) (registered )?(address|home)", "mailed-by-company"),
    (r"お問い合わせ(窓口)?(に|へ|まで)(ご連絡|お申し出)|(書類|請求書|申請書|依頼書|用紙|書式)[」』]?を(ご)?請求(して|のうえ|の上|後|した後)|"
     + FORM_ASK.pattern + r"|窓口に(ご)?用意|ask (us|the inquiry counter) for|"  # and "receive … form … from the …"
     # "Please contact GMO Registry for the relevant form (…)"
     r"\bcontact (us|[A-Z][\w.-]{0,20}( [A-Z][\w.,-]{0,20}){0,3}) for (the|a|our) (relevant |appropriate |prescribed |required )?"
     r"(request |application )?forms?\b|"
     r"receive (a copy of )?(the|a|our) (request |application )?form\b[^;]{0,60}? from (the|our|its)\b|"
     # "Our designated \"Request Form …\" (If not in your possession, please contact us to request a copy.)"
     r"\bcontact us to (request|obtain|receive|get) (a copy|one|it|the form)\b|"
     # 「当社各事務所及び下記送付先にご用意しておりますのでお問合せ下さい」
     r"ご?用意し\s?て\s?お\s?ります[^。]{0,6}(お問い?合わ?せ|お問合せ|ご請求|お申し?付け|ご連絡)|"
     # 「所定の請求書(…ダウンロードして使用するか、当社へ請求)」: asked for, in the form's brackets
     r"(請求書|申請書|様式|用紙)[(（][^()（）]{0,40}(当社|弊社)(へ|に)(ご)?請求", "inquiry"),
))

# A way offered instead of another, or beside it, said in its sentence or the one before:
# "If you are unable to do this, … The form will be sent …", 「ダウンロードできない場合は、…」
# (「郵送をご希望される場合は、…」: the form mailed to whoever wishes, beside its download)
OFFERED_INSTEAD = re.compile(r"できない場合|できない方|unable to|cannot (download|print)|\balso\b|からも|^または|^あるいは|"
                             r"^" + MAIL_WISHED, re.I)
# 「①開示等請求書(書式自由。請求内容、氏名…を必須記載事項とします。)」: a letter of the person's own,
# in any form: no form of the company's
# 「上記申請書をご利用にならない場合は、以下の事項を記載した書面と…」 over 「1. 書類名「個人情報の開示等に
# 関する申請書」」: the title the person gives a letter of their own, no form of the company's
OWN_LETTER = re.compile(r"(申請書|請求書|様式|書式)を(ご)?(利用|使用)(に)?な(ら|さ)ない場合|書類名\s?[「『]")
# (「開示申込書（代理人の認印の押印あるもの。様式に決まりはございません）」: said later in its aside)
FREE_FORMAT = re.compile(r"\s?[(（]?\s?(書式|様式|形式)(は)?(自由|任意)|\s?[(（]?\s?(自由|任意の)(書式|様式|形式)|"
                         r"\s?[(（][^()（）]{0,40}?(書式|様式|形式)(に|は|の)(決まり|定め|指定)は?(ございません|ありません|ない)")
