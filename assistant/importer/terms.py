"""Words that name the procedural facts, in Japanese and English policies, and the record value
each stands for. Extraction rules (extract.py) read only these tables, so a new term is one line.
Every pattern runs in linear time: bounded repeats, no nested quantifier over digits or dashes,
numbers matched from the start of their digits.
"""
from __future__ import annotations

import re

from assistant.importer.terms_address import *  # noqa: F401,F403 - the address's words, named here
from assistant.importer.terms_fees import *  # noqa: F401,F403 - the fee's words, named here for the rules
from assistant.importer.terms_documents import *  # noqa: F401,F403 - the documents' words, named here
from assistant.importer.terms_answer import *  # noqa: F401,F403 - the answer's words, named here
from assistant.importer.terms_grounds import *  # noqa: F401,F403 - the grounds' words, named here
from assistant.importer.terms_not_sending import *  # noqa: F401,F403 - words that send nothing, named here
from assistant.importer.terms_form import FORM_ASK, FORM_HOW, FREE_FORMAT, OFFERED_INSTEAD, OWN_LETTER  # noqa: F401 - the form's

# Headings or sentences that open the request-procedure part of a policy.
PROCEDURE = re.compile(
    r"開示等[」』)）]{0,3}の(ご|お)?(請求|求め|手続|申し?出)|開示等?の?要求|開示等に応じる|開示等のお申し出|開示請求|保有個人データの開示|"
    r"開示[・、]訂正|"
    # 「6. 個人情報の開示」: a heading of its own
    # (「第8条（個人情報の開示）」: an article's heading)
    r"^[\s\d.．、)）(（]*(第\d{1,2}条\s?[(（]?)?(個人情報|個人データ|カルテ|診療記録等?|診療情報)の?開示(等)?(について|の請求|請求|のご案内)?[)）]?$|"
    r"利用目的の通知|request(s)? for disclosure|disclosure,? etc|requests relating to|^[\s\d.)(]*access to your personal (information|data)$|"
    r"request(s)? regarding (your )?personal information|inquiries regarding rights|"
    r"procedures? for (making )?(a )?request|request procedure|procedures? for disclosure|disclosure request|"
    r"requests? for (the )?disclosure|disclosure of retained|(may|can) request (the )?(disclosure|notification)|requests? related to (the )?disclosure|"
    r"contact for requests|disclosure,? (and|&) (other |related )?requests", re.I)  # "Disclosure and Other Requests …"

SHOWN = r"(?:を示して|を提示して|をご提示(?:の上|のうえ|いただき))[^。]{0,20}窓口(?:まで|に|へ)"
# Channel terms, most specific first (簡易書留 before 書留). Values are the record's channel names.
CHANNELS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), v) for p, v in (
    (r"簡易書留|simple registered mail|simplified registered mail", "simple-registered-mail"),
    (r"(?<!簡易)(?<!簡易 )書留|(?<!simple )(?<!simplified )registered (mail|letter)", "registered-mail"),
    (r"特定記録|certified mail", "certified-mail"),
    (r"配達記録|配達証明|delivery record|proof of delivery|record of delivery|trackable (delivery|mail)|delivery is recorded|"
     r"delivery[- ]registered (post|mail)",  # (an English page's 配達記録郵便)
     "mail-with-delivery-record"),
    (r"持参|ご来社|来社|ご来店|来店|ご来院|来院|来所|来会|来訪(?!者|\s?[:：])|店頭|窓口(まで|に|へ)(直接)?お越し|直接お越し|"
     r"営業店の窓口|窓口(に|へ|まで)(直接)?(ご)?提出|窓口にて|(まで|へ|に)(直接)?お越し(ください|いただ)|"
     # 「1階受付窓口(医事課)にお出し下さい」, 「窓口で開示請求する場合」
     r"窓口(\s?[(（][^()（）]{1,12}[)）])?(に|へ)お出し|窓口で(開示)?(請求|申請|お申し?込)|(窓口|カウンター)(での|では)(受付|受け付け|お受け|ご?請求|お手続)|"
     # 「当院受付にてお手続きをお願いいたします」
     r"受付にて(お手続|ご?提出|お申し?込|ご?請求|お申し?出)|"
     # 「当社をご訪問いただき受付窓口において受け付ける」
     r"(当社|弊社|当院|当組合|当法人|事務所|本社|窓口)(を|への)?(ご)?訪問(いただ|頂|の上|して|され|等?[、,])|面会(?=等?[、,])|窓口において(受け付|受付|ご?請求|お手続|ご?提出)|"
     r"直接(ご)?(提出|持参|お持ち)|手渡し|(対面|面会)等?(による|での|にて)|(まで|に|へ)(直接)?お持ち(いただ|くだ|下さ)|"
     # 「お取引店または最寄りの支店窓口にお申し出ください」: a branch's counter
     r"(支店|営業店|お取引店|店舗|本支店)(の)?(窓口)?(に|へ|まで|にて)(直接)?(お申し?出|お申込|お手続|ご依頼)|"
     r"in person|at (our|the) (office|counter|enquiry desk|branch(es)?|stores?|shops?)|"
     r"visit(ing)? (our|the|us) (office|counter)?(?!(web)?sites?\b|pages?\b|homepage|app\b|online)|come (in|to our office)|visit us|"
     # "send the application by mail (or by hand)": handed over at the office
     r"\bor by hand\b|deliver(ed|y)? (it |them )?by hand|hand-deliver|\b(turn|hand) (it |them )?in or\b|"
     # 「…確認できるもの(運転免許証など)を示して下記の窓口までお申し出ください」: shown at a counter
     + SHOWN, "in-person"),
    # 「ダイレクトメール」: the company's advertising post, no e-mail
    (r"(?<!電子)(?<!ダイレクト)メール(?!アドレス|マガジン|フォーム)|電子メール|(by|via|through) e-?mail|"
     r"e-?mail(?! address)(?= (is|are|will|shall))|, or e-?mail|or by e-?mail|e-?mail(?=\s?(の添付|にて|で|により))|"
     # "by telephone, e-mail or fax": an item of a list of ways
     r"[,、]\s?e-?mail(?!\s?address)(?=\s?[,、]|\s(or|and)\b)|\bsend\b[^.]{0,60}\brequests\b[^.]{0,30}\bat (?=[\w.+-]{1,64}@)", "email"),
    # (「FAX番号」, "telephone/fax number": a number to write or reach, no way to send)
    (r"(FAX|ＦＡＸ|ファクス|ファックス|ファクシミリ|facsimile)(?!\s?(番号|number))", "fax"),
    # "Neither telephone, fax, nor e-mail": the first of a list of ways
    (r"(?<!携帯)電話(?!番|の番号|:|：)|(by|via|over the) (tele)?phone|please (call|phone)|call (us|the number)|"
     r"\b(tele)?phone(?=,\s?(fax|facsimile|e-?mail)\b)",
     "telephone"),
    (r"(お?問い?合わ?せ|専用|ウェブ|Web|WEB|請求|申請|申込)フォーム|フォーム[」』]?(?=[（(]|から|より|にて|を利用|にログイン)|"
     r"(ホームページ|ウェブサイト|Webサイト|WEBサイト|サイト)(から|上で|より)(の|は)?(直接)?(ご)?(請求|申請|申込|お申し込み)|"
     r"online form|web form|query form|inquiry form|contact form|(made|submitted) (directly )?(from|through|via|on) (the|our) web ?site", "online-form"),
))
MAIL_KINDS = ("registered-mail", "simple-registered-mail", "certified-mail", "mail-with-delivery-record")  # kinds of post


def by_post(accepted: list) -> bool:
    """Whether the ways accepted send the request by post (plain or a kind of mail)."""
    return any(v == "post" or v in MAIL_KINDS for v in accepted)


# A counter named as where a posted request arrives (「郵送により以下の窓口にて受け付けします」): no visit.
DESK_WORD = re.compile(r"^窓口(?![^。]{0,6}お越し)")  # 「窓口までお越しください」 is a visit
# 「窓口で開示請求する場合、郵送で…」: requesting at the counter is a visit, whatever way follows.
AT_COUNTER = re.compile(r"^窓口での?(ご)?(開示)?(請求|申請)")
# 「郵送または当社窓口にて受け付けております」: the post and the counter as alternatives, a visit too.
# 「郵送または下記の事業所の受付窓口に提出」: a place's words between, but no other way's
ALTERNATIVE = re.compile(r"(郵送|郵便|書留)(により|で|にて)?[、,]?\s?(または|又は|もしくは|若しくは|あるいは|或いは)"
                         r"(?:(?!により|にて|FAX|ＦＡＸ|メール|電話)[^、。]){0,14}$")
# 「ご依頼は書面もしくは電子メールにてお受けいたします」: requests taken "in writing" are posted papers.
IN_WRITING_TAKEN = re.compile(r"書面(?:(?:もしくは|または|又は|若しくは|か|や|・|、)[^。、]{1,12}?)?"
                              r"(?:にて|で|により|による)[^。]{0,8}?(?:お受け|受け付け|受付)(?!かね)")
# Sending, without the way: the post where the clause names no other.
BARE_SEND = re.compile(r"送付して(ください|下さい)|ご?送付(ください|下さい|願います)|送付するか|"
                       # 「…申請書を送付する方法でのみ行うものとします」
                       r"送付する方法(で|により|にて|によって)|"
                       r"send (it|them|the (request|form|documents))", re.I)
BY_WAY = re.compile(r"(で|にて|により|によって|を利用して|\bby|\bvia)\s*$", re.I)
# 「郵便または宅配便にてお送りください」: a courier beside the mail is still the post to us.
POST = re.compile(r"郵送(?!料)|同封(の上|のうえ|して)[、,]?\s?(お申し?込み|お申込)(ください|下さい)|郵便(?:(?:または|又は|もしくは|か|・)(?:宅配便|宅急便|信書便))?(?:で|にて|により)|ご?返送|次の(宛先|住所|送付先)(まで|に|へ)|下記(の)?(宛先|住所|送付先)(まで|に|へ)|(by|via) (post|postal mail|mail)\b|"
                  r"mail(ing)? (it|them|the form)|\bby mailing (the |a |your )?(\w+ ){0,2}(documents?|forms?|requests?)\b|to the address (shown |given |indicated )?(below|above|specified|described)|to the (following|above|below) (postal )?address|\bpost (the|your) (\w+ ){0,2}(documents|forms?|requests?) to\b|"
                  # "send the Application Form to our Information Desk with: …" (the desk's address below)
                  r"send (the|your|this|a) (\w+ ){0,3}(form|application|request)s? to (our|the) (\w+ ){0,4}"
                  r"(desk|office|department|cent(er|re)|address)\b(?![^.]{0,60}e-?mail)", re.I)

# 「お受けいたしかねます場合があります」, "may not be accepted": a refusal only sometimes, to check.
HEDGED = re.compile(r"(かね|でき|られ)(ます|ない|ません)?(場合|こと)が(あります|ございます|ある)|"
                    r"\b(may|might) not be (accepted|possible)", re.I)
# A sentence that refuses a channel ("requests by telephone shall not be entertained").
REFUSES = re.compile(
    r"受け付けて(おり|い)ません|お受けして(おり|い)ません|(受付|受け付け)は行って(おり|い)ません|"
    r"受け?付けない|受け?付けません|取り扱わない|"
    r"行っておりません|受付(いた)?しかねます|お受けでき(ません|かねます)|受け付けできません|"
    r"受付できません|応じられません|応じかねます|いたしかねます|致しかねます|ご遠慮|お断り|不可|"
    r"(請求|申請|申込|申し出|申出|受付)(すること)?(は|を)?(でき|いたし|し)(ません|かねます|ておりません)|"
    r"承っておりません|行っておりません|(には|では)対応(して|いたして|致して)?(おり|い)ません|ご利用いただけません|受付は(でき|いたし)(ません|かね)|"
    r"not (be )?(accept|entertain|receiv|process)|do(es)? not accept|shall not be (accepted|entertained)|"
    r"cannot accept|will not accept|(be|are|is) refused|(be|are|is) rejected|(requests|demands) (cannot|may not) be made", re.I)
PLEASE = re.compile(r"ください|下さい|願います|お願い(いた|致)?します|\bplease\b", re.I)
# "入手方法は…メール・電話にて申込みください": a topic of getting the form carries over the sentence.
FIRST_TOPIC = re.compile(r"(入手|取り?寄せ|お取寄せ)(方法)?(は|について)|to obtain (the|a|our) form", re.I)
# "郵送以外の方法", "other than by post": the way named is the one NOT refused.
OTHER_THAN = re.compile(r"(郵便|郵送|便)?\s?(以外|によらない)")
OTHER_THAN_EN = re.compile(r"(other than|except|besides)( by)?\s*$", re.I)
# Getting the form or contacting the company first: a way named here is not how the request goes.
FIRST_STEP = re.compile(
    r"入手|取り?寄せ|お取寄せ|(申請書|請求書|用紙|書式|様式|記入用紙)(一式)?(を|は|の)?[^。]{0,20}(ご)?(請求|申込|申し込|依頼|ご連絡|お申し付け)|"
    r"ご連絡[^。]{0,30}(送付|お送り|郵送)(いた|致)?します|(問い?合わせ|問合せ)いただき|お知らせください|"
    r"request (the|a|our) form|ask (us )?for (the|a|our) form|after you contact|upon request|"
    r"to obtain|contact us", re.I)
ASK_US = re.compile(r"お申し付け|ご連絡|お知らせ|お問い?合わせ|let us know|contact us", re.I)  # telling us, not sending
# The company's own actions (it mails the form, it answers): not a way for the person to send.
COMPANY_ACTS = re.compile(r"郵送いたします|お送りします|お送り(いた|致)します|送付いたします|送付致します|回答|返信(?!用|封筒)|ご本人宛|本人宛て?に|"
                          r"(通知|結果)の(郵送|送付)|"  # 「決定通知の郵送を希望される場合は」: the answer's mail
                          # 「FAX 又は郵送で当社から送付させて頂きます」: the company sends its form
                          r"(当社|弊社|当行|当金庫|当院)(から|より)[^。、]{0,10}(送付|郵送|お送り|送信|発送)|"
                          # 「当社が送付するダイレクトメールやメールマガジン」: what the company sends
                          r"(当社|弊社|当行|当金庫|当院)が[^。、]{0,6}(送付|郵送|送信|発送)(する|した)|"
                          # (「…電子メールなどをそのサービス部門より直接送信させていただく場合がございます」)
                          r"(送付|郵送|お送り|送信|発送)を?させて(いただ|頂)(きます|く)|"
                          # 「こちらからご本人確認の電話をさせていただきます」: the company calls
                          r"(こちら|当社|弊社)(から|より)[^。]{0,20}(電話|メール|連絡)を(させて(いただ|頂)きます|いたします|致します)|"
                          r"開示内容を|respon|reply|answer|we will (then |also )?(send|mail)|"
                          # 「・開示および利用目的の通知は、…郵便にて送付する方法、もしくは電子メール…により行います」
                          r"^[・\s]{0,3}[^。、]{0,20}(開示|通知|回答)(等)?(は|については|につきましては)、[^。]{0,160}により行います|"
                          # "Lion will send an identity confirmation letter by registered mail"
                          r"\b(?<!you )(?<!You )will (then |also )?(send|mail) (an?|the|its|their)\b|"
                          r"method of (notice|disclosure)", re.I)
SENDS = re.compile(r"送付|郵送|(?<!当社から)(?<!弊社から)発送|お送り|送って|ご提出|提出|お申し込み|お申込み|申込|申し込|持参|来社|来院|来所|来訪(?!者)|来店|お越し|"
                   r"お申し?出(ください|下さい|いただ|頂)|ご申請(ください|下さい)|お申し付け(ください|下さい)|ご依頼(いただ|の際|される|ください)|送信|(から|より|で|にて)(ご)?(請求|申請)(ください|下さい)|"
                   # 「お電話、メールにて開示等の請求をすることができます」: a way the person may use
                   r"(で|にて|により)[^。、]{0,12}(請求|申請|申し出)(を)?(する|行う)ことができます|"
                   r"請求書.{0,40}(を|は).{0,40}(送|提出)|返送|\bsent\b|"
                   r"受け付け|受付(?!時間)|お受け(いた|致)?し(ます|ております)|send|submit|\bpost (the|your|them|it|requests?)\b|e-?mail(?!\s?(address)?\s?[:：])|(?<![e-])mail|return it|requests? (by|via|through)|"
                   r"\baccept(ed|s)? (by|via|through|at|only)|"
                   # "Please contact the reception points listed below either in person or by registered letter"
                   r"please contact[^.]{0,60}(in person|by (post|mail|registered))|(required|asked) to (visit|come)\b[^.]{0,40}\bin person|"
                   # "Requests must be made to the above contact desk by post"
                   r"requests? (must|should|shall|can|may) be (made|sent|submitted)", re.I)
# 「送料(書留・本人限定受取郵便)」: the mail a postage is for (the answer's), named in its brackets.
POSTAGE_OF = re.compile(r"(送料|郵送料|郵便代|返送料|postage)\s?[(（][^()（）]{0,30}$|"
                        # "postage stamps for an ordinary registered letter (¥500) for Lion to use"
                        r"\b(postage|stamps)\b[^.]{0,30}\bfor (an? |the )?(ordinary |simple )?$|"
                        # "If the cost of simple registered mail … is changed, the fee …": what it costs
                        r"\bcosts? (of|for) (an? |the )?$", re.I)
# 「切手(書留料及び本人限定受取郵便料を含む)」: a mail's charge (料, 代, 料金) is postage, no way to send.
MAIL_CHARGE = re.compile(r"\s?(郵送|郵便)?(料金|料|代|(fee|charge|system|costs?)\b)", re.I)  # 「書留郵送代金」
# A short aside in brackets (「返信用封筒(送料ご本人様負担)」), left out where it would decide alone.
ASIDE = re.compile(r"[(（][^()（）]{0,40}[)）]")
POSTAGE_BORNE = re.compile(r"(送料|郵送料|郵送費|郵便代|返送料|postage)[^。]{0,40}(負担|to be borne|borne by|paid by)", re.I)
CONTACT_LINE = re.compile(r"^\s*[-・•]?\s*((連絡先|お問い?合わ?せ先)\s?[:：]\s?)?(TEL|Tel|電話番号|電話|FAX|E-?mail|Email|(電子)?メール(アドレス)?|"
                          r"Mail)\s*([:：]|\s*(\+|\(?0\d))", re.I)
# 「…在中」, or 「封筒に「個人情報請求関係」と朱書き」: the marking the company asks for (group 1 either way)
ENVELOPE = re.compile(r"(?:[「『“](?=[^「」『』“”]{2,30}在\s?中[」』”])|封筒(?:の?(?:表|おもて)面?)?に\s?[「『“](?=[^「」『』“”]{2,30}[」』”]\s?と\s?"
                      r"(?:朱書|朱記|赤字|赤で|記載|明記|記入|ご記入|お書き|表記)))([^「」『』“”]{2,30})[」』”]")  # 『…』, “…” too
# 'write "Personal Information Request enclosed" in red on the envelope'
# 'Please also note "Personal information request form enclosed" in red ink on the envelope'
ENVELOPE_EN = re.compile(r"(?:write|note|mark)[^\"“”]{0,50}[\"“]([^\"”]{3,80})[\"”]", re.I)  # where "envelope" is said
FORM = re.compile(r"(当社|弊社|貴社)?(所定の[^。、「」]{0,16}?(請求書|申請書|申込書|求め書|申出書|依頼書|依頼票|様式|書式|用紙))|"
                  r"「([^」]{2,50}(請求書|申請書|申込書|求め書|申出書|依頼書|依頼票))」|"
                  r"(request form|form (designated|provided|prescribed) by|prescribed form|designated form|"
                  r"application form)|(?:帳票|申請様式|請求様式)(?:類)?(?:は|を)[^。]{0,12}(?:から|より)(?:ダウンロード|印刷)", re.I)  # 「帳票は下記からダウンロードできます」
# "the Request Form for Disclosure, etc., of retained personal data in": the name without its edges.
# A form's code before its name (「様式 IS05-1 」, 「様式第3号 」, 「別紙2 」): a label, not the name.
FORM_CODE = re.compile(r"^(様式|書式|別紙|別記様式)\s?第?\s?[A-Za-z0-9][A-Za-z0-9\-]{0,11}号?\s?(?=[^\sA-Za-z0-9\-])")
# ("…Personal Data Held herein": where the form is, no part of its name)
FORM_NAME_EDGES = re.compile(r"^(the|a|an|our)\s+|\s+(in|of|to|and|the|from|by|on|herein|below|above)$|,?\s?etc\.,?$",
                             re.I)
# Paying the fee ("手数料を現金で納付する場合は…来所し"): a way named here is how to pay.
PAYING = re.compile(r"(手数料|料金)[^。]{0,20}(納付|支払|振込|振り込)", re.I)
FORM_WORD = re.compile(r"請求書|申請書|申込書|依頼書|依頼票|用紙|様式|書式|書類|PDF|\bform\b", re.I)
# A form's name that says it is for the disclosure request (「開示対象個人情報開示請求書」).
FOR_DISCLOSURE = re.compile(r"開示(?!対象)|disclosure", re.I)
# Asking to be contacted about a request, before making it: the request starts there.
CONTACT_ASK = re.compile(r"(ご連絡|お問い?合わ?せ|お問合せ|お申し付け|お電話)(を)?(ください|下さい|願います)|"
                         r"please (first )?contact\b", re.I)
# 「…にお電話、または郵便でお申込ください。詳細は、お申し出頂いた際にご案内申しあげます」: the
# company guides the request after a first contact (the ways named are for that contact).
APPLY = re.compile(r"(お申し?込み?|お申し出|ご連絡|お問い?合わ?せ)(ください|下さい|願います)")
# The company's sending of its form offered to those who want it (「ご希望の方には…発送致します」):
# one way to have it, not a first step every request takes.
ON_WISH = re.compile(r"ご希望の(方|場合)(に|へ)?は|ご希望により|ご希望があれば")
# 「(運転免許証・パスポートの写し) - (3)手数料」: the next item of a list run into the line.
TRAILING_ITEM = re.compile(r"\s[-–・•]\s?[（(]?\d{1,2}[)）.．].*$")
GUIDED = re.compile(r"(お申し?出|ご連絡|お問い?合わ?せ|お申し?込み?)(頂|いただ)いた(際|とき|後)[^。]{0,10}(ご)?案内|"
                    r"(手続き?|手順)[^。]{0,40}(ご)?(案内|説明)(を)?(いた|致|申し?あげ|申し上げ|します|させて(いただ|頂)きます)")
REQUEST_TOPIC = re.compile(r"(お?申し?出|ご依頼|ご請求|請求|申請|お申込|お手続)[^。、]{0,12}(に際しましては|に際しては|"
                           r"の際は|の際には|場合は|場合には|については|につきましては|は、|[」』]は|"
                           # 「…の開示の申し出は上記2項の個人情報保護管理者までご連絡下さい」
                           r"は(?=(上記|下記|前記|後記|当社|弊社)))|"
                           # "If you wish to request the notification of …, please contact …"
                           r"if you wish to (make a )?request|to make a request", re.I)
# A form named in full: "個人情報開示申請書(PDF:41KB)", "Application Form for Disclosure Request".
FORM_NAMED = re.compile(
    # (「所定様式[診療記録等開示申請書…]」: a bracket ends the name; 「…請求書 兼 …依頼書」: one form)
    # (「開示等の請求等申請書」: a 「の」 right after 開示等 is part of the name)
    r"((?:[^\s、。「」()（）:：ぁ-ゖ\[\]［］【】]|又は|及び){0,20}開示(?:等の|等?に関する)?[^\s、。「」()（）:：ぁ-ゖ\[\]［］【】]{0,16}"
    r"(請求書|申請書|申込書|依頼書|依頼票|申出書)(?:\s?兼\s?[^\s、。「」()（）:：ぁ-ゖ\[\]［］【】]{1,20}?(?:請求書|申請書|申込書|依頼書|申出書))?)|"
    r"((?:(?:[A-Z][\w’'.-]{0,20}|for|of|and|to|the)[ ,]{1,2}){0,6}"
    r"(Request|Application) [Ff]orm(?: for (?:(?!or\b)(?:[A-Za-z’'.-]{1,20}|etc\.,?)[ ,]{0,2}){1,10})?)")
# "診療情報等の" before "開示請求書": part of the form's name (not "当社の", "所定の").
FORM_OF = re.compile(r"(?<![^\s、。「」『』()（）:：・ぁ-ゖ])((?![当弊貴]|所定|各種|下記|上記)(?![^の]{0,12}所定)"
                     r"[^\s、。「」『』()（）:：・ぁ-ゖ]{2,12}の)$")
# The house's word before its form's name in a list item: 「・当院書式の開示請求書」 is 「開示請求書」.
HOUSE_FORM = re.compile(r"^(当社|弊社|当院|当行|当組合|当法人|当会)(所定|書式|様式|指定)?の?")
# A list item that is only a form's name: "・個人情報の利用目的の通知・開示の求め申請書(PDF)".
FORM_ITEM = re.compile(r"([^\s、。「」()（）:：]{2,40}(請求書|申請書|申込書|依頼書|依頼票|申出書))(\s?[(（][^)）]{0,20}[)）])?")
# Forms of the procedure that are not the request's: the answer's method ("開示実施方法等申出書"), the
# power of attorney (not 「…請求書、委任状」, one form for both), an investigation (「調査依頼書」).
OTHER_FORM = re.compile(r"実施方法|^[\s「『]?委任状|^[\s「『]?(調査|苦情)")
GENERIC_FORM_EN = re.compile(r"(the |a |our )?(request|application) form", re.I)
# 'the “Request Form for Disclosure”', '• "Application for disclosure of personal data held"': an
# English form's title in quotes, capitalised, naming an application or a form.
FORM_QUOTED_EN = re.compile(r"[\"“]((?:(?:An?|The) )?(?:Application|Request)\b[^\"”\n]{0,80}?)[\"”]")
# "Please download the [1] Request for Disclosure of Retained Personal Data form": a capitalised
# title before the word "form" (each word bounded, so the scan stays linear).
FORM_TITLE_EN = re.compile(r"\b((?:Request|Application) for(?: (?:[A-Z][\w’'-]{0,20}|of|and|the|etc\.,?)){1,10}) form\b")
# 「「保有個人データ」等開示請求書」: a quoted word that opens the form's name.
QUOTE_OPENS_NAME = re.compile(r"「[^「」。]{1,20}」$")
# A sentence that points at the list below it, and one about disclosing or what a request covers.
POINTS_BELOW = re.compile(r"以下|次(の|に)|下記|the following|as follows|below", re.I)
ABOUT_DISCLOSURE = re.compile(r"開示|対象|応じ|対応|disclos|comply|respond", re.I)
BULLET = re.compile(r"^\s*([-・•●○◆◇■□※－]|[（(]?[0-9０-９一二三四五六七八九十]{1,2}[)）.．、]|[①-⑳]|\[\d{1,2}\]|"  # 「[1]」
                    r"[（(]?[アイウエオカキクケコ][)）.．]|[アイウエオカキクケコ](?=\s)|[（(]?[a-zA-Z][)）.](?=\s|[^\x00-\x7f]))\s*")

COMPANY_NAME = re.compile(r"(株式会社|有限会社|合同会社|（株）|\(株\)|生活協同組合|協同組合|学校法人|"
                          r"専門学校|大学|医療法人|社会福祉法人|一般社団法人|一般財団法人|公益社団法人|"
                          r"公益財団法人|特定非営利活動法人|信用金庫|信用組合)")
PAYS = re.compile(r"手数料|料金|費用|支払|払込|納付|fee|pay", re.I)  # (振込 alone: "給与振込口座" too)

# The kinds of request a policy names, with the words it uses for them.
KINDS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), v) for p, v in (
    (r"利用目的の?通知|利用目的の?明示(?=の?(請求|求め))|利用目的(?=(及び|および|・|、)開示)|notification of (the )?purpose( of use)?|notice of (the )?purpose( of use)?|purpose-of-use|"
     r"\bnotification(?=,? (and |or )?disclosure)|(notification|notice) of (the )?(intended )?(usage|uses?)\b", "purpose"),
    (r"第三者提供記録(の開示)?|記録の開示|records? of (the )?provision to (a )?third part(y|ies)|"
     r"records? of third[- ]party provision|"
     r"third[- ]party provision records?", "third-party-records"),
    (r"第三者(へ|へ?の)提供(の)?停止|第三者提供の停止|(suspension|stopping|cessation) of "
     r"(the )?provision to (a )?third part(y|ies)|(stopping|termination of) provision to (a )?third part(y|ies)|"
     r"\bstop(ping)? sharing with third parties|suspension of (the )?third[- ]party provision",
     "third-party-stop"),
    # Not in a form's name ("開示請求書を同封"), nor 不開示, 開示できない (a refusal), and "保有個人データ又は第三者提供記録の開示": both.
    (r"(?<!記録の)(?<!提供記録)(?<!不)開示(?!対象|できない|できかね|いたしかね|致しかね|しない)(?![^。、「」()（）]{0,6}(請求書|申請書|申込書|依頼書|申出書))|"
     r"(保有個人データ|個人情報|個人データ)(又は|または|もしくは|若しくは)(?=第三者提供)|"
     r"(?<!records of )disclosure(?! of records)|revealing of|^\W{0,4}\d?\.?\s?disclosing\b|\brequests? (that we|(for us )?to) disclose\b|"
     r"\bright of access\b|\bsubject access request|\baccess(ing)? (or|and) (correct|updat)(e|ing) (your|personal)\b|\baccess to your "
     r"personal (information|data)$", "disclosure"),  # (GDPR-worded rights; "Accessing or correcting Your information")
    (r"訂正|(データ|情報)の削除|correction|revision|\bamend(ing|ment)\b|\bcorrecting\b|\brectification\b", "correction"),
    (r"利用(の)?停止|消去|suspension of use|stopping of use|erasure|deletion|\bdeleting\b|\bstop (of usage|the use)\b|\bending (the )?use\b", "suspension"),
))
COMPANY_LINE = re.compile(r"(?:[ァ-ヶー]{2,12} (?=[ァ-ヶー]))?"  # 「パナソニック ホームズ株式会社」: one name
                          r"[^\s、。「」（）()：:]{0,20}(株式会社|有限会社|合同会社|信用金庫|信用組合)"
                          r"(?: (?=[^\s、。「」（）()：:]{2}))?[^\s、。「」（）()：:]{0,20}|(学校法人|(?:社会)?医療法人(?:社団|財団)?|(?:一般|公益)(?:社団|財団)法人|社会福祉法人)"
                          r" ?[^\s、。「」（）()：:]{1,20}|"
                          r"[A-Z][\w&.,' -]{1,60}(Co\., ?Ltd\.|Corporation|Inc\.|K\.K\.|Limited\b|\bGK\b|\bG\.K\.)")
# "株式会社ミナトは", "…株式会社では", "…株式会社より": particles that follow a name in a sentence.
TRAILING_PARTICLE = re.compile(r"(では|には|より|から|とは|は|が|の|に|へ|と|を|も|で)$")

# A fee sentence is about requests when it (or its heading) speaks of them; "再発行手数料は2,200円"
# is about another service.
REQUEST_CONTEXT = re.compile(r"開示|請求|求め|利用目的|申請|申出|disclos|request|application", re.I)
OTHER_SERVICE = re.compile(r"再発行|再製|再交付|発行手数料|診断書|会費|年会費|解約|振込手数料|送料|配送料|郵便代|郵送料|購読|"
                           r"速達|本人限定|受け取りをご希望|コピー\(|コピー代|画像代|送付手数料|説明料|写しの交付費用|"
                           # "When you purchase products …, we may ask your credit card number", "a credit card company": a sale's
                           r"reissu|membership|cancellation|\bpurchas(e|es|ing)\b|credit card compan|\bpay(ments?)? for (products|goods)\b|\bbuy (something|products?|goods)\b|"
                           # 「当社が送付するダイレクトメールやメールマガジン…の方法に従う場合に限り…手数料は不要」
                           r"ダイレクトメール|メールマガジン|メルマガ|direct mail|newsletter", re.I)
# A heading that names the way of making the request the paragraph below describes: "(2)電話
# による方法", "来社による請求", "電話・メールによる請求を行われる場合", "(A) by Phone".
METHOD_HEADING = re.compile(r"による(方法|請求|ご請求|申請|お申し込み|お手続|手続)|(で|にて)の(ご)?(請求|申請|お申し込み)\s?[:：]?$|^\W{0,4}\(?[A-Za-z0-9]\)?\s*by (phone|telephone|mail|post|e-?mail|fax)\b",
                            re.I)
# A branch's or office's counter, as a place requests are taken.
BRANCH = re.compile(r"店舗|支店|営業店|お取引店|本支店|店頭|窓口")
CASE_END = re.compile(r"(場合|とき)[。.]?\s*$")
# Words a cut-off line ends on ("When it violates other laws and"): no complete ground.
DANGLING = re.compile(r"(\b(and|or|of|the|to|by|in|a)|及び|又は|並びに|若しくは|(?<!も)の|[をがにで、])\s*$", re.I)
# A list of ways to send follows a sentence like "次のいずれかの方法でお送りください".
SEND_LEAD = re.compile(r"(次|以下)の(いずれか|方法)|following (ways|methods)|either of the following", re.I)
NONE_HERE = re.compile(r"^(は|が)?(ありません|ございません|なし)|^ (is|are) not", re.I)
INQUIRY = re.compile(r"問い?合わせ|問合せ|ご質問|ご相談|inquir|question", re.I)
REQUEST_WORD = re.compile(r"請求|申請|申し出|申出|求め|での申し?込み|request", re.I)
