"""Words of the company's answer: its method and its time limit (read by rules_answer.py).
Every pattern runs in linear time: bounded repeats, numbers matched from the start of their digits."""
from __future__ import annotations

import re

RESPONDS = re.compile(r"回答|通知|ご連絡|開示いたします|お知らせ|決定|(開示|回答)の方法|開示の実施|"
                      r"(開示|回答)(報告書|結果|書面)|respon|answer|reply|"
                      r"notif|will be sent|decision", re.I)
METHODS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), v) for p, v in (
    (r"書面|文書|郵送|書留|郵便で|写しの交付|in writing|by (post|mail)\b|mail it|sent to you by post|"
     r"written (document|response|reply|notice)", "in-writing"),
    (r"電子メール|(?<!電子)メール|by e-?mail", "email"),
    (r"電磁的記録|電子データ|electronic (record|data|form)", "electronic-record"),
))
WITHIN = re.compile(
    r"(?<![\d一二三四五六七八九十])(?P<n>\d{1,4}|[一二三四五六七八九十]{1,4})\s?(?P<unit>営業日|日|週間)以内|"
    r"within (?:(?P<word>[a-z-]{1,12}) )?\(?(?P<en>\d{1,4})?\)? ?(?P<eunit>business days|working days|days)",
    re.I)
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "five": 5, "seven": 7, "ten": 10, "fourteen": 14,
                "fifteen": 15, "twenty": 20, "thirty": 30}
KANJI_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# The company answering: a method named here is how it answers.
ANSWERS = re.compile(r"回答(いた)?します|回答いたします|ご回答|回答を(送付|郵送)|お知らせします|通知します|"
                     r"回答する際|開示の実施(等)?(は|については)|(開示|回答|通知)(等)?(は|の方法は)[^。]{0,60}(送付|郵送|交付|行い|行います)|"
                     r"we will (prepare|send|mail)|(result|response)s? will be|"
                     r"郵送いたします|送付いたします|お送りします|"
                     r"開示します|開示いたします|(will|shall) (\w{1,15}ly )?(respond|reply|answer|notify)|response (to|will)",
                     re.I)
# The company's own doing, in a sentence that leads into a list ("…遅滞なくご連絡します").
COMPANY_WILL = re.compile(r"(ご連絡|ご通知|通知|回答|お知らせ|送付|郵送)(いた|致)?します|we will (notify|inform|send)", re.I)
# A sentence that leads into a list: "以下の方法により…ご連絡します。", "…as follows:".
LIST_LEAD = re.compile(r"(以下|次|下記)の|following|as follows|[:：]\s*$", re.I)
