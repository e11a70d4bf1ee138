"""The request's first step: contacting the company before sending (「…お申し出に際しましては、下記の
お問合わせ先…までご連絡ください」), or a contact that is the request itself (「…書面又は電子メールにて
ご連絡ください」); a question about the procedure, or the other kinds' route, is neither."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.cut_lines import lines_joined, whole_sentences
from assistant.importer.contact_ways import METHOD_LABEL, PROCEDURE_ASKED, made_by_way, request_by_contact, ways_named

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence


BEFORE_APPLYING = re.compile(r"(申請|請求|ご請求|お申し?込み?)(される|する)?前に[、,]?\s?(必ず)?[、,]?[^。]{0,60}"
                             r"(ご連絡|お問い?合わ?せ|お申し出)(ください|下さい)")
# 「まずは下記メールアドレスにご連絡ください。当社から所定の請求書と…をご住所に郵送させていただきます。」
# 「…下記の受付窓口までご連絡ください。ご連絡いただきましたら、当社所定の「…請求書」を郵送…でお送り致します。」
FIRST_ASK = re.compile(r"(ご連絡|お問い?合わ?せ|お申し出)(ください|下さい)")
FORM_SENT_NEXT = re.compile(r"((当社|弊社|当院|当会|当組合)(から|より)|(ご連絡|お問い?合わ?せ|お申し出)(いただき|頂き)ましたら)"
                            r"[^。]{0,40}(請求書|申請書|申込書|用紙|様式|書式)[^。]{0,40}(郵送|送付|お送り|発送)")
APART = 10  # sentences between a procedure's sending and a notice of its own below it
REQUEST_METHOD_HEADING = re.compile(r"(請求|申請|申出|お申し?出)(の)?(方法|手続き?)")


class FirstContactRules:
    """Mixed into the extractor (which provides add()); channels() reads _first_contact_at too."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def first_contact(self) -> None:
        """「…お申し出に際しましては、下記のお問合わせ先…までご連絡ください」, 「郵送でご依頼いただく
        場合は、下記宛に、お問い合わせください」: the request starts by contacting the company."""
        written_later, sent_at = None, self._first_sending()
        for index, s in whole_sentences(self.region):  # a sentence a PDF's line breaks cut, read whole
            if s is None:
                continue
            if (pm := PROCEDURE_ASKED.search(s.text)):  # "…asked to direct inquiries on the specific procedures…"
                self.add("contact_first", True, s, pm)
                return
            if (bm := BEFORE_APPLYING.search(s.text)):  # 「申請書にて申請される前に、必ず、…ご連絡ください」
                self.add("contact_first", True, s, bm)
                return
            next_at = index + lines_joined(s) + 1  # the sentence after it (and after what it took in)
            after = self.region[next_at] if next_at < len(self.region) else None
            if (fm := FIRST_ASK.search(s.text)) and after and (sm := FORM_SENT_NEXT.search(after.text)):
                self.add("contact_first", True, s, fm)  # first contact, then the company mails its form
                self.add("form.get_it", "mailed-by-company", after, sm)
                return
            if self._first_contact_at(index):
                self.add("contact_first", True, s, t.APPLY.search(s.text))
                return
            topic = t.REQUEST_TOPIC.search(s.text[:m.start()]) if (m := t.CONTACT_ASK.search(s.text)) else None
            if topic and t.UNSURE.search(s.text, 0, m.start()):
                continue  # 「お申出方法にご不明な点がある場合には、…お問い合わせください」: a question
            if m and (topic or METHOD_LABEL.match(s.text)) and (ways := request_by_contact(s.text)):
                for value, cm in ways:  # 「…書面又は電子メールにてご連絡ください」: the request itself
                    self.add("channels.accepted", value, s, cm)
                continue
            # 「開示等請求方法及び請求先 / 下記のお問い合わせ先へお電話・メールでご連絡ください」: under a
            # heading on how requests are made, the contact's ways are the request's (where the page
            # names no other way: 「ご来院ください。…お電話または来院にて…お問い合わせください」 asks for forms)
            if m and not self.proposal.values("channels.accepted") and \
                    REQUEST_METHOD_HEADING.search(self.heading_of(index)) and (ways := ways_named(s.text, 0, m.start())):
                for value, cm in ways:
                    self.add("channels.accepted", value, s, cm)
                continue
            if topic and made_by_way(s.text[:m.end()]):
                continue  # 「お電話、メールにて…請求を行う場合には、…をご連絡ください」: what it says
            if topic and written_later is None:  # once: where the page says how to contact in writing
                written_later = max((i for i, x in enumerate(self.region) if request_by_contact(x.text)), default=-1)
            if topic and written_later > index:
                continue  # 「前項の請求は…窓口までご連絡ください」, then how: 「…メールまたは郵送でご連絡ください」
            # 「…請求に関するお問い合わせについては、…までご連絡ください」: a question, no first step
            if topic and not t.INQUIRY.search(s.text, 0, topic.end()) and not self._other_kinds_asked(s.text[:m.start()]) \
                    and not self._sent_before(index, sent_at):
                self.add("contact_first", True, s, m)
                return

    def _other_kinds_asked(self, topic: str) -> bool:
        """「なお、…訂正、追加または削除…のご請求につきましては、…窓口にお問い合わせ下さい」 on a page
        that says how to send the disclosure request: the other kinds' route, no first step."""
        return bool(t.OTHER_KINDS.search(topic)) and "開示" not in topic and \
            bool(self.proposal.values("channels.accepted"))

    def _first_sending(self) -> int:
        """The first sentence a way to send the request was read in (the ways-to-send rule ran
        before); the region's end where none was."""
        starts = [f.start for f in self.proposal.facts if f.field == "channels.accepted"]
        return next((i for i, x in enumerate(self.region) if any(x.start <= at <= x.start + len(x.text) for at in starts)),
                    len(self.region))

    def _sent_before(self, index: int, sent_at: int) -> bool:
        """Whether a part above already said how the request itself is sent (「…by registered mail to
        the address below」): a 'please contact … to make a request' in a notice of its own further
        down (another section, APART sentences on) repeats where to turn, no first step."""
        return index - sent_at >= APART and self.section_of(sent_at) != self.section_of(index)

    def _first_contact_at(self, index: int) -> bool:
        """「…に電話、または郵便でお申込ください。」 with 「詳細は、お申し出頂いた際にご案内」 in it or
        the sentence after: a first contact, the procedure given then."""
        text = self.region[index].text
        after = self.region[index + 1].text if index + 1 < len(self.region) else ""
        return bool(t.APPLY.search(text)) and not t.REFUSES.search(text) and (
            bool(t.GUIDED.search(text)) or bool(t.GUIDED.match(after) or t.GUIDED.search(after, 0, 60)))
