"""A return envelope the person encloses for the answer: 「…729円分の郵便切手を貼り付けた返信用封筒を同封
のうえ」, 「③返信用封筒（定型封筒に限ります）に612円分の切手（書留料…を含む）を貼付」, a list's item 「3)
返信用封筒」 with its note below (「※宛先に…392円分の切手（通常郵便代金82円+簡易書留代310円）を貼って同封
してください」). Its amount where the page gives one, and the postage it pays for where the page names
the mail (簡易書留, 書留, 特定記録; an ordinary letter's alone): the checklist then prices it at Japan
Post's current fees. Not an envelope sent to get the form (「請求書のダウンロードができない場合は、…返信用
封筒を…ご郵送ください」), nor one the company sends (「申請書と返信用封筒を郵送させていただきます」)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

ENVELOPE = re.compile(r"返信用封筒|return envelope|self-addressed(,? stamped)? envelope", re.I)
ENCLOSED = re.compile(r"同封|添付|添えて|貼付|貼って|貼り付け|enclos|include", re.I)
ITEM = re.compile(r"^\s*(?:[(（]?[0-9０-９①-⑳]{1,2}[)）.．、]|[-・•]|[アイウエオ][.．])\s*(?:[^。、]{1,12}?の)?返信用封筒")  # 「(3)回答通知のための返信用封筒」
# the form asked for by post, or the company's own envelope
FOR_FORM = re.compile(r"(ダウンロード|印刷)[^。]{0,12}できない|(請求書|申請書|用紙|様式)[^。]{0,16}(送付|お送り|郵送)(いた|致)?し(ます|させて)|"
                      r"返信用封筒を(郵送|送付|お送り)(させて|いた|致)|request (a|the) form", re.I)
STAMPS = re.compile(r"(?<![\d,])(?P<yen>\d{1,3}(?:,\d{3})?|\d{1,5})\s?円(分)?の?(郵便)?切手|stamps? (worth|for|of) (¥|JPY ?)?(?P<en>\d{1,5})", re.I)
NOT_NEEDED = re.compile(r"不要|必要(は)?ありません|必要ございません|not (required|necessary|needed)", re.I)
# The mail the stamps pay for, dearest first: a registered kind adds to a letter's postage.
MAIL = ((re.compile(r"簡易書留|simple registered", re.I), "simple-registered-mail"),
        (re.compile(r"(?<!簡易)書留|registered mail", re.I), "registered-mail"),
        (re.compile(r"特定記録|certified mail", re.I), "certified-mail"))
LETTER = re.compile(r"通常郵便|普通郵便|定形|定型|ordinary (mail|post)", re.I)
REPLY_STAMPS = re.compile(r"(返信|返送|回答(書)?(の)?(送付|返送))(用|のため)に?\s?(?P<yen>\d{1,4})\s?円分?の?(郵便)?切手")
REACH = 2  # lines under an item 「3) 返信用封筒」 its note may stand on
# a service Japan Post prices apart (本人限定受取, 速達, 配達証明): the stamps' sum is not priced anew
OTHER_SERVICE = re.compile(r"本人限定受取|速達|配達証明|express", re.I)


def _phrase(text: str, m: re.Match) -> str:
    """The envelope's own words: its clause before it (「…住所を記載し729円分の郵便切手を貼り付けた」)
    to the verb that encloses it (「…に612円分の切手(書留料…を含む)を貼付」), not the sentence's way
    of sending the request (「…を同封のうえ、…書留、簡易書留…により」)."""
    before = re.split(r"[、。,]", text[max(0, m.start() - 40):m.start()])[-1]
    after = text[m.end():m.end() + 80]
    verb = ENCLOSED.search(after)
    return before + m.group(0) + (after[:verb.end()] if verb else after[:40])


class ReturnEnvelopeRules:
    """Mixed into the extractor after the fee rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def return_envelope(self) -> None:
        for index, s in enumerate(self.region):
            m = ENVELOPE.search(s.text)
            if not m or FOR_FORM.search(s.text) or NOT_NEEDED.search(s.text, m.end(), m.end() + 40):
                continue
            # 「3) 返信用封筒」, or a list run onto one line: 「…ご用意ください。 3) 返信用封筒」
            item = ITEM.match(s.text) or s.text[m.end():].strip() == "" and \
                ITEM.match(s.text[:m.end()].rsplit("。", 1)[-1])
            if not (ENCLOSED.search(s.text) or item) or \
                    not item and t.COMPANY_ACTS.search(s.text) and not t.PLEASE.search(s.text):
                continue  # (「…申請書と返信用封筒を郵送させていただきます」: the company's own)
            # the item's note on the lines below says its stamps (「※宛先に…392円分の切手…を貼って同封」)
            note = next((x for x in self.region[index + 1:index + 1 + REACH]
                         if STAMPS.search(x.text) and ENCLOSED.search(x.text)), None) if item else None
            words = _phrase(s.text, m) + (" " + note.text if note else "")
            stamps = STAMPS.search(words)
            amount = int((stamps.group("yen") or stamps.group("en")).replace(",", "")) if stamps else 0
            mail = next((v for p, v in MAIL if p.search(words)), None)
            postage = () if OTHER_SERVICE.search(words) else \
                ("letter", mail) if mail else ("letter",) if LETTER.search(words) and amount else ()
            quoted = note if note is not None and not STAMPS.search(s.text) else s
            self.add("enclosures.return_envelope", (amount, postage), quoted)
            return
        for s in self.region:  # no envelope named: the reply's stamps alone (「検討結果返信用に82円分の切手を同封」)
            if (m := REPLY_STAMPS.search(s.text)) and ENCLOSED.search(s.text, m.end()):
                mail = next((v for p, v in MAIL if p.search(s.text)), None)
                self.add("enclosures.reply_stamps", (int(m.group("yen")), ("letter", mail) if mail else ("letter",)), s, m)
                return
