"""Rules for how a request is sent: the ways accepted and refused, the envelope marking, the
company's form (where it goes is in rules_address.py)."""
from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.contact_ways import ACQUIRED, CHILDREN, EN_QUOTED, NOTICES, PURPOSES_HEADING, labelled_ways, ways_named
from assistant.importer.cut_lines import plain_at, plain_text, whole_sentences
from assistant.importer.counter_or_post import handed_in_or
from assistant.importer.first_step_after import first_step_end
from assistant.importer.form_generic import generic_form_words
from assistant.importer.form_pointer import form_aliases, pointed_form, without_mark
from assistant.importer.form_steps import who_moves_form
from assistant.importer.form_ways import kept_ways, ways_in
from assistant.importer.terms_documents import FORM_SPACED

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

POINTER = re.compile(r"^(以下|下記|次|上記|前記|後記)の")
NAME_IN_BRACKETS = re.compile(r"[(（]((?!兼)[^()（）]{2,40}(?:請求書|申請書|申込書|依頼書|依頼票|申出書))[)）]")  # (「(兼…依頼書)」: another)
# 「「個人情報問い合わせ窓口 アドレス」または…送信してください」: a desk's アドレス (not its 住所) is its e-mail address.
DESK_ADDRESS = re.compile(r"(窓口|係|担当|事務局)\s?(メール)?アドレス")
# 「代理人が当院へ来院のうえ、…ご提示頂くことで本人を確認する」: a visit to be checked, no way to send
VISIT_TO_CHECK = re.compile(r"(来院|来社|来所|来店)(のうえ|の上|して)[^。]{0,40}提示[^。]{0,16}(本人|代理人)(を|の)?確認")
# 「・お問い合わせフォームにて受付」 under the procedure: the form's name, no question
INQUIRY_FORM = re.compile(r"お問い?合わ?せフォーム(?=(にて|で|から|より)(受付|受け付け|お受け))")
# 「次のお問合せ窓口まで郵便にてご送付ください」: the desk's name holds the inquiry word; the papers go
# there by post (a question by telephone to it stays a question).
TO_INQUIRY_DESK = re.compile(r"(問い?合わ?せ|問合せ|相談)(窓口|係)」?(まで|へ|宛)[^。]{0,12}(郵送|郵便|書留|ご?送付(ください|下さい)|送付して(ください|下さい))|"
                             # "…and mail them to the "Personal Information Inquiry Desk.""
                             r"\b(mail|send|post|submit)\b[^.]{0,40}\bto (the |our )?[\"“]?[\w ]{0,40}\bInquiry "
                             r"(Desk|Office|Counter|Cent(er|re)|Section)\b")


class SendingRules:
    """Ways to send and the form: mixed into the extractor."""

    # Provided by the extractor that mixes these rules in (with its add(), heading_of(), answer_part()).
    all: "list[Sentence]"
    region: "list[Sentence]"
    proposal: "Proposal"

    # -- how to send --------------------------------------------------------------------------
    def channels(self) -> None:
        in_list = False  # after "次のいずれかの方法でお送りください": the items are ways to send
        answer_list = False
        for index, s in whole_sentences(self.region):  # 「…での請求は受け付け / ておりません。」 read whole
            self._method_heading(index)
            if s is None:
                continue  # taken in by the cut sentence before it
            text = plain_text(s)  # (the skips read a cut sentence without its breaks: 「…この手続に / よらずに…」)
            m = t.ENVELOPE.search(s.text) or (t.ENVELOPE_EN.search(s.text) if "envelope" in s.text.lower()
                                              else None)
            if m:
                self.add("envelope_marking", m.group(1).strip(), s, m)
            item = bool(t.BULLET.match(text))
            if not item:
                in_list = False
                # "以下の方法により遅滞なくご連絡します。・書面の郵送": the items are the answer's.
                answer_list = bool(t.ANSWERS.search(text) or t.COMPANY_WILL.search(text))
            elif answer_list and not text.lstrip().startswith(("※", "*")):
                continue  # an item of the answer's list (a ※ note is not one)
            if self.answer_part(index):
                continue  # 「(2) 回答方法 / …電子メールの送信」: how the company answers
            if (labelled := labelled_ways(s.text)):  # "・Methods for Requests …: Email or mail"
                for value, word in labelled:
                    self.add("channels.accepted", value, s, re.search(re.escape(word), s.text))
                continue
            if t.CONTACT_LINE.match(text) and not in_list:
                continue
            if index and t.CONTACT_LINE.match(self.region[index - 1].text) and len(text) <= 40 \
                    and not text.endswith(("。", ".")) and not t.PLEASE.search(text):
                continue  # 「TEL 092-… / Eメールによる受付…」: the contact block goes on, no way to send
            if t.OTHER_SERVICE.search(text) and not t.REQUEST_CONTEXT.search(text):
                continue  # "領収書の再発行（郵送）": another service, not how to send a request
            if ACQUIRED.search(text) and not t.PLEASE.search(text):
                continue  # 「メール型ギフト申込より取得した個人情報の利用目的」: where data came from
            if t.OTHER_MATTERS.search(text) or NOTICES.search(heading := self.heading_of(index)) \
                    or PURPOSES_HEADING.search(heading) and not t.PLEASE.search(text):
                continue  # 「それ以外の…ご要望(苦情及びご相談)につきましては」, 「2.各種届出のご案内」, purposes: other matters' ways
            if CHILDREN.search(text) or VISIT_TO_CHECK.search(text):
                continue  # "a minor under the age of thirteen … by email": a children's-data clause's; an ID check's visit
            # (a section's title in quotes, "…listed under \"Privacy Policy and Complaints/Inquiries\"", no inquiry)
            if t.INQUIRY.search(INQUIRY_FORM.sub("", EN_QUOTED.sub("", text))) and not t.REQUEST_WORD.search(text) and not TO_INQUIRY_DESK.search(text):
                continue  # "お問い合わせは事務局（電話…）で受け付ける": questions, not requests
            if self._first_contact_at(index):
                continue  # the ways to make a first contact, after which the company guides
            if t.POSTAGE_BORNE.search(t.ASIDE.sub("", text)) or t.ANSWER_COPIES.search(text):
                continue  # 「郵送希望の場合のみ送料(…)はご請求者負担」: who pays a postage (or the answer's copies), no way to send
                # (「返信用封筒(送料ご本人様負担)を同封のうえ、…書留…」: an aside in brackets is not)
            if t.PAYING.search(text) or (item or len(text) <= 30) and t.PAY_HEADING.search(self.heading_of(index)):
                continue  # "手数料を現金で納付する場合は…来所し": how to pay, not how to send
            lead = bool(t.SEND_LEAD.search(text)) and bool(t.SENDS.search(text))
            refuses = bool(t.REFUSES.search(text))  # (a cut sentence read whole)
            # A sentence of the company's own sending ("…をメールにてお送りします") names no way for
            # the person, unless it also asks the person to send ("…ご郵送いたしますので…ご返送ください").
            # (an item of a list of ways is no way where it is the company's own act either)
            company = bool(t.COMPANY_ACTS.search(text)) and not t.PLEASE.search(text)
            sends = bool(t.SENDS.search(text)) and not company
            if not (refuses or sends or in_list and not company):
                in_list = lead
                continue
            self._channels_in(s, refuses)
            in_list = in_list or lead

    def _method_heading(self, index: int) -> None:
        """"(2)電話による方法 / …お電話のうえ…お申し出ください", "(A) by Phone / Please call the
        number…": the ways a heading names are accepted where the sentences under it ask the person
        to use them; "受付窓口 / • お取引店舗の窓口": a branch's counter under a heading on where
        requests are taken is a visit."""
        s = self.region[index]
        if len(s.text) > 60 or s.text.endswith("。"):
            return
        if t.METHOD_HEADING.search(s.text):
            # (「メールでの請求: / e-mail: …」: the heading's way, its address below)
            asked = [x for x in self.region[index + 1:index + 3] if t.PLEASE.search(x.text)
                     and not t.REFUSES.search(x.text)] or [x for x in self.region[index + 1:index + 2]
                                                          if t.CONTACT_LINE.match(x.text)]
            if asked and not t.REFUSES.search(s.text):
                for pattern, value in t.CHANNELS + ((t.POST, "post"),):
                    if (cm := pattern.search(s.text)):
                        self.add("channels.accepted", value, s, cm)
        elif t.DESK_HEADING.search(s.text) and index + 1 < len(self.region):
            item = self.region[index + 1]
            # 「(1)Webによる会員登録…、登録・提供した窓口が明確な場合。」: a case of which desk, no visit
            # (「・「個人情報に関する相談窓口」(末尾に記載)」: a pointer to the desk's block, no counter)
            if t.BULLET.match(item.text) and (m := t.BRANCH.search(item.text)) and not t.POST.search(item.text) \
                    and not t.CASE_END.search(item.text) and not t.POINTS_TO_BLOCK.search(item.text) \
                    or (m := t.COUNTER_ASKED.match(item.text.strip())):
                self.add("channels.accepted", "in-person", item, m)

    def _channels_in(self, s: "Sentence", refuses: bool) -> None:
        """Each way to send named in the sentence: refused where its clause says no, accepted
        where the sentence tells the person to send that way (and not how to get the form)."""
        from assistant.importer.clauses import clause_at, refused_at

        mail_named = False
        plain = plain_text(s)  # (a sentence a line break cut is read without the break: 「…できかね\nます」)
        found = []
        for pattern, value in t.CHANNELS + ((t.POST, "post"), (DESK_ADDRESS, "email")):
            found += [(cm, value) for cm in pattern.finditer(s.text)][:4]
        # (「書面により受付しますので、…を示して…窓口までお申し出ください」: a written request shown at the counter)
        if not re.search(t.SHOWN, s.text):
            found += [(cm, "post") for cm in t.IN_WRITING_TAKEN.finditer(s.text)][:1]
        # "…担当課に直接提出するか又は送付してください": sending with no way named just before it
        # is by post ("メールにて送付してください" names its way).
        # ("send the request form to our Privacy Desk by e-mail": in English the way follows)
        for cm in t.BARE_SEND.finditer(s.text):
            before = s.text[max(0, cm.start() - 12):cm.start()]
            way_after = s.text.isascii() and ways_named(s.text, cm.end(), cm.end() + 60)
            if not (t.BY_WAY.search(before) and any(p.search(before) for p, _ in t.CHANNELS + ((t.POST, "post"),))) \
                    and not way_after:
                found.append((cm, "post-bare"))
                break

        def _refused(cm: re.Match) -> bool:
            other_than = t.OTHER_THAN.match(s.text, cm.end()) or t.OTHER_THAN_EN.search(s.text[max(0, cm.start() - 16):cm.start()])
            # (「郵送…の書類の紛失…につきましては、当社では責任を負いかねます」: a disclaimer, no refusal)
            return refused_at(plain, plain_at(s, cm.start())) and not other_than and not t.LIABILITY.search(s.text) \
                and (not s.text.isascii() or bool(t.REFUSES.search(s.text) or t.REFUSES_EN.search(s.text)))

        # 「お電話では本人確認が困難なため、お電話での…開示は一切行っておりません」: a way the
        # sentence refuses at one mention is not accepted at another (a reason's clause before).
        refused_here = {value for cm, value in found if value != "post-bare" and _refused(cm)}
        done: set[str] = set()
        for cm, value in found:
            bare = value == "post-bare"  # sending, its way unnamed: only ever an acceptance
            value = "post" if bare else value
            if value in done:
                continue  # one decision per way: the first mention that says something
            if t.POSTAGE_OF.search(s.text, max(0, cm.start() - 30), cm.start()) or (
                    (value in t.MAIL_KINDS or value == "post") and t.MAIL_CHARGE.match(s.text, cm.end())):
                continue  # 「送料(書留・本人限定受取郵便)はご請求者負担」, 「書留料」, 「郵送代」: what a postage pays for
            at = plain_at(s, cm.start())  # (the clause read in the words without a cut sentence's breaks)
            clause = clause_at(plain, at)
            # "入手方法は…メール・電話にて申込みください": the topic before carries over.
            upto = plain[:plain.find(clause, max(0, at - len(clause))) + len(clause)]
            refused = _refused(cm)
            if bare and refused or not refused and value in refused_here:
                continue
            if not refused and t.REDIRECTED.match(s.text, cm.end()):
                # 「電話等による開示等の求めがあった場合には、来店又は郵送…による請求等を求める」
                self.add("channels.refused", value, s, cm, sure=False, note=t.REDIRECTED_NOTE)
                done.add(value)
                continue
            if not refused and (t.FIRST_STEP.search(clause) or t.FIRST_TOPIC.search(upto)
                                or t.COMPANY_ACTS.search(clause) or who_moves_form(plain) == "inquiry"):
                continue  # "申請書はメール・電話にて申込みください": how to get the form
            if not refused and at < first_step_end(plain):
                continue  # 「電話によりご請求いただいた後に、…簡易書留にてご返送ください」: the first step's way
            if not refused and t.ANSWER_VERB.search(clause) and not t.PLEASE.search(clause):
                continue  # 「当社から書留郵便でご本人に開示いたします」: the answer's mail
            if not refused and t.ASK_US.search(clause) and t.COMPANY_ACTS.search(plain[:at]):
                continue  # "ご希望の方には郵送いたしますので、お電話でお申し付けください": to get it sent
            if value == "in-person" and t.DESK_WORD.match(cm.group(0)) and not t.AT_COUNTER.match(cm.group(0)) and (any(
                    p.search(clause) for p, v in t.CHANNELS + ((t.POST, "post"),) if v in ("post", "email") or v in t.MAIL_KINDS)
                    or t.IN_WRITING_TAKEN.search(clause)) \
                    and not t.ALTERNATIVE.search(s.text, max(0, cm.start() - 24), cm.start()) \
                    and not handed_in_or(s.text, cm.end()):
                continue  # 「郵送により以下の窓口にて受け付けします」, 「メールもしくは書面を…窓口にご提出」: the desk the post goes to
                # (「郵送または当社窓口にて」: the counter as the other way, a visit)
            if (tm := t.ANSWER_TOPIC.search(plain, 0, at)) and not t.PLEASE.search(clause) \
                    and not t.REQUEST_WORD.search(plain, tm.end(), at):
                continue  # 「…開示等は、…住所に配達記録郵便により送付することにより行う」: the answer's
            if value == "post" and mail_named:
                continue  # "by post" says less than the kind of mail named beside it
            before = s.text[max(0, cm.start() - 10):cm.start()]
            if value == "post" and cm.group(0).endswith("返送") and t.BY_WAY.search(before) and any(
                    p.search(before) for p, v in t.CHANNELS if v not in t.MAIL_KINDS):
                continue  # 「メールにてご返送ください」: returned by the way named, not by post
            if not refused and not refuses and not t.SENDS.search(plain):
                continue
            hedged = refused and bool(t.HEDGED.search(s.text, cm.end(), cm.end() + 60))
            self.add("channels.refused" if refused else "channels.accepted", value, s, cm, sure=not hedged,
                     note="the page says it may be refused, not that it is" if hedged else "")
            done.add(value)
            mail_named = mail_named or value in t.MAIL_KINDS

    def drop_plain_post(self) -> None:
        """"By post" says less than "by registered mail": keep only the more specific channel."""
        accepted = self.proposal.values("channels.accepted")
        if "post" in accepted and any(v in t.MAIL_KINDS for v in accepted):
            self.proposal.facts = [f for f in self.proposal.facts
                                   if not (f.field == "channels.accepted" and f.value == "post")]

    def form(self) -> None:
        """The company's own form: the most specific name the text gives it (a full name beats
        「所定の請求書」), and how to get it, from any sentence that speaks of the form."""
        names = []
        aliases = form_aliases(self.region)  # 「(以下、「開示等請求書」といいます。)」
        for index, s in enumerate(self.region):
            marking = t.ENVELOPE.search(s.text) or (t.ENVELOPE_EN.search(s.text) if "envelope" in s.text.lower() else None)
            named = t.FORM_NAMED.finditer(s.text) if "開示" in s.text or "orm" in s.text else ()
            for m in named:
                name = t.FORM_NAME_EDGES.sub("", (m.group(1) or m.group(3) or "").strip(" ,")).strip(" ,")
                if marking and marking.start(1) <= m.start() < marking.end(1):
                    continue  # 'write "Personal Information Request Form Included"': the envelope's
                # 「2.開示請求書」: the number of the item the name heads is no part of it
                name = t.NUMBERED.sub("", name, count=1).strip().lstrip("※*＊→⇒▶►")  # 「※開示請求書は…」, 「→…」: a mark
                if m.group(1) and (pm := t.FORM_OF.search(s.text, max(0, m.start() - 14), m.start())):
                    name = pm.group(1) + name  # "診療情報等の開示請求書": the name with its "…の"
                elif m.group(1) and (qm := t.QUOTE_OPENS_NAME.search(s.text, max(0, m.start() - 22), m.start())):
                    name = qm.group(0) + name  # 「「保有個人データ」等開示請求書」
                name = pointed_form(name, aliases) or ""  # 「前項の開示等請求書」: the list it points to
                if len(name) >= 4 and not t.NONE_HERE.search(s.text[m.end():]) and not t.OTHER_FORM.search(name):
                    specific = "開示" in name or "disclosure" in name.lower() or " for " in name
                    generic = t.GENERIC_FORM_EN.fullmatch(name) is not None  # "Application form"
                    names.append((0 if generic else 2 + specific, index, "" if generic else name, s, m))
            item = t.FORM_ITEM.fullmatch(t.BULLET.sub("", s.text, count=1).strip()) if t.BULLET.match(s.text) else None
            if item and "開示" in item.group(1) and not t.OTHER_FORM.search(item.group(1)):
                # "・個人情報の利用目的の通知・開示の求め申請書": a list of the company's forms
                names.append((3, index, t.HOUSE_FORM.sub("", item.group(1)), s, item))  # 「当院書式の開示請求書」
            # 「…の場合は「個人情報 利用目的の通知請求書」に、開示の場合は「個人情報 開示請求書」に」:
            # each form the sentence quotes
            for m in islice(t.FORM.finditer(s.text), 6):
                if t.NONE_HERE.search(s.text[m.end():]):  # "当生協所定の用紙はありません"
                    continue
                quoted = (m.group(4) or "").strip()
                if not quoted and (named := NAME_IN_BRACKETS.match(s.text, m.end())):
                    quoted = named.group(1)  # 「所定の用紙(個人情報開示請求等の依頼書)」: its name in brackets
                quoted = "" if generic_form_words(quoted) else quoted  # 「A.当社所定の申請書」: no name
                quoted = pointed_form(quoted, aliases) if quoted else ""  # 「(以下、「開示等請求書」…)」
                if quoted and t.OTHER_FORM.search(quoted):
                    continue
                if quoted and t.OWN_LETTER.search(" ".join(x.text for x in self.region[max(0, index - 2):index + 1])):
                    continue
                if quoted and not (marking and marking.start(1) <= m.start(4) < marking.end(1)):
                    # 「診療記録の開示請求書」: the company's own name for its form, as it quotes it
                    names.append((4 if "開示" in quoted else 2, index, quoted, s, m))
                elif not quoted:  # "当社所定の申請書", "the request form": a form, its name not given
                    names.append((0, index, "", s, m))
            for m in islice(FORM_SPACED.finditer(s.text), 6):
                if not t.OTHER_FORM.search(m.group(1)) and len(m.group(1)) >= 4:
                    names.append((4 if "開示" in m.group(1) else 2, index, m.group(1), s, m))
            for m in islice(t.FORM_TITLE_EN.finditer(s.text), 3):
                names.append((4 if "disclos" in m.group(1).lower() else 2, index, m.group(1), s, m))
            for m in islice(t.FORM_QUOTED_EN.finditer(s.text), 6):
                title = m.group(1).strip(" ,")
                filled = re.search(r"fill (in|out)", s.text[:m.start()], re.I)  # "fill in … “A Request for …”"
                if ("Application" in title or re.search(r"\bForm\b", title) or filled) and not t.OTHER_FORM.search(title):
                    names.append((4 if "disclos" in title.lower() else 2, index, title, s, m))
        if names:
            # of equal rank, the disclosure request's form before the purpose notice's (「①利用目的の通知
            # の場合 …利用目的通知請求書 ②開示の場合 …開示請求書」), then the first named
            best = max(names, key=lambda n: (n[0], bool(t.FOR_DISCLOSURE.search(n[2])), -n[1]))
            # 「2.開示請求書の提出」 over the item 「保有個人情報開示請求書」: the fuller name of the same form
            fuller = [n for n in names if best[2] and len(n[2]) > len(best[2]) and n[2].endswith(best[2])]
            _, _, name, s, m = max(fuller, key=lambda n: len(n[2])) if fuller else best
            name = t.FORM_CODE.sub("", name) or name  # 「様式 IS05-1 個人情報開示等申請書」: the code goes
            name = without_mark(POINTER.sub("", name)) or name  # 「以下の…」, 「・…」, 「a.…」: no part of it
            if t.FREE_FORMAT.match(s.text, m.end()):
                return  # 「開示等請求書(書式自由。…)」: the person's own letter
            self.add("form.name" if name else "form.required", name or True, s, m)
        if ways := ways_in(self.region, [n[1] for n in names]):
            for way in kept_ways(ways, self.region):
                self.add("form.get_it", way.value, way.sentence, way.match)
