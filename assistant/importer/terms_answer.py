"""Words of the company's answer: its method and its time limit (read by rules_answer.py).
Every pattern runs in linear time: bounded repeats, numbers matched from the start of their digits."""
from __future__ import annotations

import re

RESPONDS = re.compile(r"回答|通知|ご連絡|開示いたします|開示します|お知らせ|決定|(開示|回答)の方法|開示の実施|"
                      r"(開示|回答)(報告書|結果|書面)|respon|answer|reply|(notice|result)s? (is|are) sent|"
                      r"notif|will be sent|decision|we will (\w{1,15}ly )?disclose (it|them|the)\b|"
                      # 「ご請求を受け付けてから、原則として30日以内に対応いたします」, 「対応期間」
                      r"(日|週間)以内[)）]?に(ご)?対応(いた|致)?します|^対応期間$|"
                      # 「開示は、「閲覧」及び「複写文書の交付」の方法にて行います」
                      r"開示は、?[^。]{0,40}方法(にて|で|により)行", re.I)
METHODS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), v) for p, v in (
    # 「回答書(書面)によりご郵送」, 「「回答書」にて通知します」: an answer document is a written one;
    # 「本人限定受取郵便にて回答」: papers by a post only the addressee collects
    (r"書面|文書|郵送|書留|郵便(?=で|、|により|にて|または|又は)|本人限定受取郵便|写しの交付|回答書|報告書|返信用封筒|in writing|by (registered |postal |certified )?(post|mail)\b|mail it|sent to you by post|"
     r"written (document|response|reply|notice|form)|(document|written) disclosure|disclosure in (document|written) form",
     "in-writing"),
    (r"電子メール|(?<!電子)メール|by e-?mail", "email"),
    # 「…電子メールアドレス宛てにPDFファイルを送付する方法」: a file, an electronic record
    (r"電磁的記録|電子データ|PDFファイル|PDF形式|electronic (record|data|form)", "electronic-record"),
    # 「書面又は口頭にてご通知いたします」: by word of mouth (a phone call is not said to be the answer
    # itself often enough: 「折り返し、電話にて回答いたします」 answers a question)
    (r"口頭|orally", "orally"),
))
WITHIN = re.compile(
    r"(?<![\d一二三四五六七八九十])(?P<n>\d{1,4}|[一二三四五六七八九十]{1,4})\s?(?P<unit>営業日|日|週間)以内|"
    # 「社内の調査期間として 2週間のご猶予をいただきたく」: the time the company asks for
    r"(?<![\d一二三四五六七八九十~〜-])(?P<n2>\d{1,4}|[一二三四五六七八九十]{1,4})\s?(?P<unit2>営業日|日|週間)(程度)?の(ご)?猶予|"
    # 「回答期限:受付日から14日」: the limit named as one
    r"回答期限[^。\d]{0,20}?(?P<n3>\d{1,4})\s?(?P<unit3>営業日|日|週間)(?!程度)|"
    r"within (?:(?P<word>[a-z-]{1,12}) )?\(?(?P<en>\d{1,4})?\)? ?(?P<eunit>business days|working days|(?:calendar )?days|weeks?)\b",
    re.I)
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "five": 5, "seven": 7, "ten": 10, "fourteen": 14,
                "fifteen": 15, "twenty": 20, "thirty": 30}
KANJI_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# The company answering: a method named here is how it answers.
ANSWERS = re.compile(r"回答(いた|致)?します|回答(書類|文書|書)を[^。]{0,30}(送付|郵送|お送り)|回答させて(いただ|頂)きます|お答え(いた|致)?します|ご回答|開示(させて)?(いただ|頂)きます|(により|によって|にて)開示(?!等?の?(ご)?(請求|求め|申|受付|窓口))|回答を(送付|郵送)|お知らせします|通知します|"
                     r"回答する際|開示の実施(等)?(は|については)|(開示|回答|通知)(等)?([(（][^()（）]{1,20}[)）])?(は|の方法は)[^。]{0,60}(送付|郵送|交付|発送|行い|行います)|"
                     r"we will (prepare|send|mail)|we will (\w{1,15}ly )?disclose (it|them|the)\b|(result|response|reply|answer)s?( letters?)? will be|(notice|result)s? (is|are) sent to you|"
                     r"will send (a|the|its|our|you a) (response|reply|answer)|"
                     r"郵送いたします|送付いたします|お送りします|"
                     # 「照合の結果を、回答書(書面)によりご本人に対し速やかにご郵送致します」
                     # 「当社からの回答を、電磁的記録の提供、所定の書面の交付…により…お送りいたします」
                     r"(結果|回答書?)を?[^。]{0,60}(郵送|送付|通知|お送り)(いた|致)?します|"
                     # 「…個人情報の開示などの回答書を出しています」
                     r"回答書を(出して|お出しして|発行して)(い|おり)ます|"
                     # 「⑤開示報告書にて回答」: a step of a flow chart
                     r"(回答書|報告書|書面|文書)(にて|で|により)回答\s*$|"
                     r"開示します|開示いたします|(will|shall) (\w{1,15}ly )?(respond|reply|answer|notify)|response (to|will)",
                     re.I)
# 「所定の請求書を郵送いたします」: the company sends its own form, no answer (rules_answer.py).
FORM_SENT = re.compile(r"(請求書|申請書|申込書|用紙|様式|書式)(等|類)?(を|は)[^。]{0,24}(郵送|送付|お送り|ご送付)(いた|致)?します|"
                       r"(send|mail) (you )?(the|our|a) (request |application )?form", re.I)
# The company's own doing, in a sentence that leads into a list ("…遅滞なくご連絡します").
COMPANY_WILL = re.compile(r"(ご連絡|ご通知|通知|回答|お知らせ|送付|郵送)(いた|致)?します|we will (notify|inform|send)", re.I)
# A sentence that leads into a list: "以下の方法により…ご連絡します。", "…as follows:".
LIST_LEAD = re.compile(r"(以下|次|下記)の|following|as follows|[:：]\s*$", re.I)
# A heading over the answer's part of the procedure: 「(2) 回答方法」, 「4,検討結果連絡」.
ANSWER_HEADING = re.compile(r"回答(の)?方法|(開示|通知)(等)?の実施|(開示|通知)の方法|回答について|当社からのご回答|"
                            r"(検討|開示)結果(の)?(連絡|通知|送付先)|回答(の)?送付先|"
                            r"how we (respond|reply|answer)|method of (response|reply)|response method", re.I)
# 「窓口で開示請求する場合、郵送で開示請求する場合がございます」 under 「(2) 開示の方法」: how the
# person asks, no way the company answers.
PERSON_REQUESTS = re.compile(r"(開示)?請求(する|される|をする|をされる)場合|ご請求(の|する)?場合")
# The words of a way to answer, as an item of the answer's list: 「店頭での交付」, 「…電子メールの送信」.
ITEM_METHOD = re.compile(r"書面|文書|郵送|郵便|書留|交付|手渡し|お渡し|送信|メール|店頭|窓口|電磁的|口頭|"
                         r"writing|post|mail|hand|electronic|orally", re.I)
# The answer's method said with it: 「書面での回答」, 「郵送にて回答いたします」, 「書面により通知」.
ANSWER_BY = re.compile(r"(書面|文書|郵送|書留|電子メール|メール|電磁的記録)(等)?"
                       # 「書面（開示の求めを行った者が同意した方法があるときは、当該方法）によって開示する」
                       r"([(（][^()（）]{1,40}[)）])?(で|にて|により|によって|による|での)"
                       # (「郵送でご連絡ください」: the person's sending, no answer; 「書面にて遅滞なく回答」)
                       r"(の)?(ご)?(遅滞なく|速やかに)?(回答|通知|開示(?!等?の?(ご)?(請求|求め|申|受付|窓口)|する(資料|情報|内容|文書|範囲|対象|個人情報))|ご連絡(?!を?(ください|下さい|願|お願|いただ|頂)|が(取れ|とれ|つか))|お知らせ|"
                       r"返送(いた|致)し(ます|ております))|"  # 「…その旨を書面でご返送いたします」: the company's answer
                       # ("requests for response in writing", "we will do so in written form")
                       r"(respon|repl|answer)\w{0,4} (in writing|by (e-?mail|post|mail))|\bin (a )?written form\b|"
                       # 「ご請求内容を確認のうえ、書面で対応いたします」: a written answer
                       r"(書面|文書)(で|にて|により)(ご)?対応(いた|致)?します|"
                       # "If requesting disclosure in document form:", "if requesting document disclosure"
                       r"disclosure in (document|written) form|(document|written) disclosure|"
                       # 「(3)回答通知のための返信用封筒(申請人住所を記載)」: the answer comes by post
                       r"(回答|通知)(通知)?(のため|用)の返信用封筒", re.I)
# A note that counts the answer's days without weekends and holidays: they are business days.
BUSINESS_COUNT = re.compile(r"(日数|期間|起算)[^。]{0,30}(土日|土・日|土曜|休日|祝日)[^。]{0,20}(除|含まない|含めない)|"
                            r"excluding (weekends|saturdays)|not counting (weekends|holidays)", re.I)
# The person's own deadline after a time ("2週間以内にお支払が無い場合"): not the answer's time.
PAYS_DEADLINE = re.compile(r"支払|払込|振込|振り込|入金|納付|ご返送|ご提出|pay", re.I)
# The answer as the topic of a sentence: what follows is how the company answers.
# 「開示の結果は郵送にてご本人様へお知らせします」: the result as the topic too
ANSWER_TOPIC = re.compile(r"(開示|回答|通知)(等)?(の(結果|内容))?(は|については|につきましては)、?")
# 「開示等の求めに応じることができない場合は、その理由を書面でお知らせいたします」: how a refusal is
# told, not how the answer is given.
# 「不開示を決定した場合も、その旨の回答を書面にて通知いたします」: the notice of a decision not to disclose
REFUSAL_NOTICE = re.compile(r"(できない|できかねる|いたしかねる|致しかねる|応じられない|応じかねる|しない)場合[^。]{0,20}"
                            r"(その|当該)?理由|不開示(を|の)?(決定|と)?[^。、]{0,6}場合[^。]{0,30}(回答|通知)")
# 「日本テレビから一般書留郵便でご本人に開示いたします」: a clause whose verb is the company giving
# its answer; the mail named in it is the answer's, not the way to send the request.
ANSWER_VERB = re.compile(r"(開示|回答|通知|ご連絡|お知らせ)(いた|致)します|(開示|回答|通知)します|ご?回答(申し上げ|もうしあげ)ます")
# 「開示等の回答を郵送でご希望される場合…料金を負担いただきます」: a way of answering the person may
# wish for, one option, not the company's method (proposed to check, never settled).
# 「書面での回答をご要望の場合」: the wish may name the answer before it
WISHED = re.compile(r"(で|にて|による)の?(ご)?((回答|通知|開示|ご連絡)を(ご)?)?(希望|要望)(される|の|する|なさる)?(場合|方)")
# The person chooses among the ways the company answers: 「…下記の方法のうち、開示申請者の指定するいずれかの
# 方法により回答いたします」, 「…から、ご本人の指定いただいた方法により…お送りいたします」, 「…のいずれかご希望の
# 方法により、回答いたします」 (not 「当社の指定する方法」, nor 「お客様の指定がない限り」)
CHOSEN = re.compile(r"(請求者|申請者|申込者|ご?本人|お客様|お客さま|ご請求者)(様)?(が|の)(ご)?(指定|選択)(する|した|された|いただいた|頂いた|の)?"
                    r"(いずれか)?の?方法|ご指定(の|いただいた|頂いた|された)方法|ご希望の方法(により|で|にて)|"
                    r"(method|way)s? (that )?(you|the (requester|applicant|person)) (choose|select|specif|designat)|"
                    r"of your choice\b|\byou (may|can) (choose|select|specify|designate)", re.I)
# 「ただし、当該方法による開示に多額の費用を要する場合又は当該方法による開示が困難である場合は、書面の交付による
# 回答とさせていただきます」: the Act's exception (Art. 33(2)) to the way the person chose
PAPER_INSTEAD = re.compile(r"^\W{0,2}(ただし|但し)[^。]{0,80}(多額の費用|困難)[^。]{0,60}書面|^\W{0,2}However[^.]{0,120}(cost|difficult)[^.]{0,80}in writing", re.I)
