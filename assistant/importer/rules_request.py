"""Rules for what a request needs: documents and the company's name (the fee's rules are in
rules_fees.py, the kinds of request named in rules_kinds.py)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.record_conditions import PERIODS
from assistant.importer.bulleted_sets import added_by_mark, each_item_needed, id_beside_a_document, next_item, opening_marker
from assistant.importer.clauses import clause_at, spans
from assistant.importer.document_mentions import mentions as named_documents
from assistant.importer.ids_before_fee import ids_before_fee
from assistant.importer.numbered_sets import lists_agree
from assistant.importer.representative_groups import among_ids
from assistant.importer.representative_rows import RELATION_OF, requester_mentions, row_requester
from assistant.importer.rules_categories import names_a_category

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence


# 「…手数料の「請求書」…を送付いたしますので、…ご返送ください」: the fee's clause, then the sending's
FEE_THEN_IDS = re.compile(r"(ので|ため)[、,][^。]{0,80}(本人確認|身分証明|運転免許証|旅券|パスポート|保険証)")
RELATION_DOCS = ("family-register", "certificate-of-registered-matters", "seal-registration-certificate")

# 「「個人情報」とは、…健康保険証の保険者番号などの…情報を指します」: the policy defining personal data
DEFINES_DATA = re.compile(r"\s*[「『]?(個人情報|個人データ|保有個人データ|個人識別情報)[」』]?(と|,|、)?(は|とは)[、,]")


# ", while, by the agent, be sure to enclose …": a clause of its own opens with whose case it is
CLAUSE_WHO_EN = re.compile(r"(,|;|\bwhile|\bwhereas)\s*(by|for|from) (the |an? )$", re.I)


class RequestRules:
    """Documents, fees, the answer, refusal grounds, kinds and name: mixed into the extractor
    (which provides these attributes, add() and heading_of())."""

    all: "list[Sentence]"
    region: "list[Sentence]"
    proposal: "Proposal"

    # -- documents ----------------------------------------------------------------------------
    def documents(self) -> None:
        context = "self"
        alternative = False  # "one photo ID, or two without": see _two_without_photo
        downloads = False  # after "下記より当社所定の各書類をダウンロードしてください": forms listed
        # 「(1)開示請求者の本人確認 / ・運転免許証 …」: the requester's own documents, whoever asks;
        # 「(2)…本人以外の場合は(1)の他に」 then gives them to the representatives too
        requesters_list, requesters_docs = False, []
        choice_item, marker, both = False, None, False  # an item with its own choice: bulleted_sets
        for index, s in enumerate(self.region):
            text = s.text
            before_context = context
            if not t.BULLET.match(text):  # a note in brackets under the lead keeps its list
                downloads = bool(t.DOWNLOAD_LEAD.search(text)) or downloads and text.startswith(("(", "（"))
            elif downloads:
                continue  # "・委任状" among the forms to download: a form, not a document
            body = t.BULLET.sub("", text, count=1)
            named = t.kinds_named(text)
            # a short line naming no document heads what follows ("3Additional documents to attach
            # when a proxy is making a request": English words make longer headings)
            header = text.rstrip().endswith((":", "：")) or (
                len(text) <= (80 if text.isascii() else 40) and not named and not text.endswith(("。", ".")))
            # 「…の法定代理人の資格を証明する書類又は委任状」: no mention of whose case it is
            capacity = [(c.start(), c.end()) for c in t.LEGAL_CAPACITY.finditer(body)]
            mentions = [(at, who) for at, who in requester_mentions(body) if not any(b <= at < e for b, e in capacity)]
            # "3.法定代理人(親権者、後見人など)の場合 本人及び代理人の公的証明書…": an item that
            # opens with whose case it is heads what follows, whatever it names after.
            case = t.CASE_OF.match(body) if t.BULLET.match(text) else None
            if case and (whose := {who for at, who in mentions if at < case.end()}) and len(whose) == 1:
                mentions, header = [(at, who) for at, who in mentions if at < case.end()], True
            # "…that you are a legitimate agent": in English ("…; Legal representative: …" a label)
            if not header and body.isascii():
                mentions = [(at, who) for at, who in mentions  # (", while, by the agent, … the powers of attorney")
                            if at < max(25, len(body) // 3) or t.LABEL_EN.match(body, at)
                            or CLAUSE_WHO_EN.search(body, max(0, at - 25), at)]
            if context != "self" and not header:  # "ご本人からの委任状、ご本人の印鑑証明書": possessive
                mentions = [(at, who) for at, who in mentions if who != "self"] or mentions[:0]
            kinds_named = {who for _, who in mentions}
            # A heading or an intro sentence that names ONE kind of requester sets who the list
            # below is for; "ご本人またはその代理人から" names two and sets nothing.
            # 「代理人からの請求はお受けできません」 refuses who may ask: it heads no list
            # 「A.法定代理人である旨の証明書類」 among the proofs anyone but the person brings: an
            # item naming what it proves, not a heading for legal representatives
            # (「（ただし、法定代理人はのぞきます。）」: an aside on who may ask, no heading either)
            if len(kinds_named) == 1 and (header or not named) and not t.REFUSES.search(text) \
                    and not (text.startswith(("(", "（")) and text.endswith((")", "）"))) \
                    and not (context == "representatives" and t.CAPACITY_PROOF.search(text)):
                context = next(iter(kinds_named))
                if context != "self" and t.IN_ADDITION.search(text):
                    for kind, x, xm in requesters_docs:
                        for who in _whos(context, kind):
                            self.add(f"documents.{who}", kind, x, xm)
            elif t.ID_DEFINED.match(text) or not kinds_named and header and not named and (
                    t.ID_HEADING.search(text) or t.PROCEDURE.search(text) or t.PROCEDURE_HEADING.search(text)) \
                    and not (context != "self" and (t.REQUESTER_WORD.search(text) or t.REFERS_ABOVE.search(text))):
                context = "self"  # "【下表1】(身分証明書)", 「(※1)本人確認書類:…」: the person's IDs again
            if header:  # (「本人確認書類/代理人本人確認のための書類」: both the person's and the agent's)
                requesters_list = bool(t.REQUESTER_ID.search(text)) or (requesters_list and not kinds_named)
                both = bool(t.BOTH_IDS.search(text)) or (both and not kinds_named)
                requesters_docs = requesters_docs if requesters_list else []
            limit = (fee := t.FEE.search(t.TRAILING_ITEM.sub("", text))) and ids_before_fee(text, fee.start())
            # a fee's sentence (but the IDs before the fee, or in a clause of their own: 「…事務手数料の
            # 「請求書」を送付いたしますので、…本人確認書(運転免許証の写し…)と共にご返送ください」), or
            # "委任状(PDF:8KB)": a form's file
            fee_clauses = bool(fee and not limit)
            if fee_clauses and not FEE_THEN_IDS.search(text) or t.FILE_LINK.search(text) or DEFINES_DATA.match(text):
                continue  # (「「個人情報」とは、…健康保険証の保険者番号など…を指します」: what data is, no document)
            # "(two or more identity verification documents …)": that many, the list elsewhere.
            each_list = t.ONE_AND_ONE.search(text)  # one from each of two lists: two, no alternative
            if context == "self" and (cm := t.COUNT.search(text) or each_list) \
                    and (named or header or t.ID_HEADING.search(text) or t.OF_LIST.search(text)) \
                    and not t.COUNT_OF_ITEMS.match(text, cm.end()):  # 「顔写真のない書類の場合は2点」: of IDs
                # "いずれかのうち少なくとも2種類": that many; beside "1点で足りる", or said of the
                # documents without a photo (「顔写真のない…写し:2点」), it is an alternative (one
                # photo ID, or two without) the record cannot hold: check this, never a count.
                near = " ".join(x.text for x in self.region[max(0, index - 8):index + 8])
                if not each_list and (t.ONE_SUFFICES.search(near) or t.NO_PHOTO.search(text)):
                    alternative = True
                    self.add("documents.self_count", 2, s, cm, sure=False, note=t.TWO_WITHOUT_PHOTO)
                else:
                    self.add("documents.self_count", 2, s, cm)
            elif context == "self" and not named and (im := id_beside_a_document([x.text for x in self.region[max(0, index - 9):index + 9]], min(index, 9))):
                self.add("documents.self_count", 2, s, im)  # 「ア.印鑑証明書 / イ.ご本人確認書類の写し」
            footnote = bool(t.FOOTNOTE.match(text)) or self.in_footnote(index)  # 「※1 …に限ります」
            for kind, m in named_documents(text, limit or len(text)):  # twice: after a representative's word
                if footnote or fee_clauses and t.FEE.search(clause_at(text, m.start())):
                    continue
                # "健康保険証はご利用いただけません", "委任状に代えて": named, but not to send;
                # "(コピーは不可)" in brackets refuses only what is in them.
                if _in_form_name(text, m.start()) or kind == "other-official-photo-id" and \
                        names_a_category(text, m, [x.text for x in self.region[index + 1:index + 5]]):
                    continue  # a form's name quoted (「…請求書、委任状」), or what the named IDs are
                if t.NOT_ACCEPTED.search(clause_at(text, m.start())) or t.INSTEAD.match(text, m.end()) \
                        or t.ABSENT.match(text, m.end()) \
                        or t.NUMBER_OF.match(text, m.end()) or t.ON_COLLECTING.search(text, 0, m.start()):
                    continue
                # "健康保険証は顔写真がないため、本人確認書類としてはお受けしておりません": the
                # document is the topic the sentence's last clause refuses (「…できません(…)」: an aside after it)
                last = (spans(bare := t.ASIDE.sub("", text)) or [(0, len(bare))])[-1]
                if text.startswith("は", m.end()) and t.NOT_ACCEPTED.search(bare[last[0]:last[1]]):
                    continue
                # In "成年後見人は登記事項証明書を、任意代理人は委任状を" each document belongs to
                # the requester named last before it; a list item to the heading above it.
                before = [who for start, who in mentions if start < m.start() - (len(text) - len(body))]
                who = row_requester(before[-1] if before and not header else context, context, text[:m.start()])
                if who == "other":
                    continue  # a deceased patient's family: no requester the record knows
                if who != "self" and t.OWNER_MARK.match(text, m.end()):
                    # 「・住民票原本（本人）」 among a representative's papers: the person's, a line of its own
                    self.add("documents.self", kind, s, m, note=t.ALSO_NOTE if len(named) == 1 else None)
                    continue
                # 「法定代理人親権者ご本人と代理人の関係が証明できる住民票」: the line is the legal
                # representative's; the agent named after is one end of the relation it proves
                if who == "agent" and mentions and mentions[0] == (0, "legal-representative") and \
                        RELATION_OF.search(body, 0, max(0, m.start() - (len(text) - len(body)))):
                    who = "legal-representative"
                cap = t.LEGAL_CAPACITY.search(text, m.end(), m.end() + 30)
                if who != "self" and kind in RELATION_DOCS and (cap and cap.start() - m.end() <= 4 or
                                                                t.FOR_LEGAL_EN.match(text, m.end())):
                    who = "legal-representative"  # 「戸籍謄本等の法定代理人の資格を証明する書類」, "… for legal representatives"
                if who != "self" and kind not in RELATION_DOCS + ("power-of-attorney",) and \
                        t.PERSONS.search(text[:m.start()]) and not t.AGENT.search(text[:m.start()]):
                    continue  # under "代理人の方が請求される場合": "本人の…公的証明書" is the person's
                if who == "agent" and kind in RELATION_DOCS[:2] and "power-of-attorney" in named and \
                        t.GENERIC_AGENT.search(text) and not t.LEGAL_REP.search(text):
                    continue  # 「代理人資格の確認は、委任状、戸籍謄本等」: whose 戸籍謄本 it does not say
                if kind == "certificate-of-residence" and who == "self" and t.RELATION.search(text[:m.start()]):
                    continue  # 「続柄を証明する書類(住民票、戸籍謄本等)」: a relation's proof, no ID
                if kind == "power-of-attorney" and (who == "self" or t.AGENT_CASE_AFTER.match(text, m.end())):
                    who = "agent"  # the person's is an agent's; 「…または委任状(委任による代理の場合)」 too
                elif who == "agent" and kind == "certificate-of-registered-matters":
                    who = "legal-representative"  # adult guardianship's: never an appointed agent's
                elif who == "self" and kind in RELATION_DOCS and not among_ids(text, m.start()) and any(
                        t.RELATION.search(_without_form_names(x))
                        for x in (text, self.heading_of(index), self.list_heading(index))):
                    # "親権者の場合は関係がわかる戸籍謄本": a legal representative's; a relation proof
                    # for whom it does not say ("続柄の確認できる書類 / 戸籍謄本", "請求資格確認書類"),
                    # perhaps a deceased patient's family, is no one's to guess.
                    # 「(戸籍謄本、…) / ・ 法定代理人の場合のみ必要です」: a note below says whose
                    notes = [x.text for x in self.region[index + 1:index + 3] if t.ONLY_NOTE.search(x.text)]
                    if not any(t.LEGAL_REP.search(x) for x in [text, self.list_heading(index), *notes]):
                        continue
                    who = "legal-representative"
                if who == "self" and requesters_list:
                    requesters_docs.append((kind, s, m))
                if who == "self" and t.needed_in_a_case(text, m.start(), m.end()):
                    # 「住民票(代理人請求又は郵送の場合のみ)」: needed besides, in one case only; in
                    # a "one of" list it would stand in for the others
                    self.add("documents.self", kind, s, m, sure=False, note="needed only in the case its line names")
                    continue
                # a sentence a PDF broke over lines goes on in the next one
                whole = text if text.endswith("。") or index + 1 >= len(self.region) else \
                    text + self.region[index + 1].text[:200]
                if who == "self" and (t.ALSO.search(text, 0, m.start()) or t.AND_THEN_ONE.match(whole, m.end())
                                      or t.OR_THEN_AND.search(text, max(0, m.start() - 60), m.start())
                                      or added_by_mark([x.text for x in self.region[max(0, index - 8):index]], text)
                                      or (choice_item and len(named) == 1 and t.NUMBERED.match(text))
                                      or (len(named) == 1 and next_item(text, marker))):
                    self.add("documents.self", kind, s, m, note=t.ALSO_NOTE)  # a line of its own
                    continue
                # 「ご本人または代理人であることを確認できるもの(運転免許証など…)」: whoever asks
                # (「本人確認(代理人が代理人本人であることを確認することも含む)のための書類は、…」: both too)
                either = who != "self" and kind not in (*t.STANDING_PROOFS, *RELATION_DOCS) and \
                    (both or t.EITHER_ASKS.search(text, max(0, m.start() - 60), m.start())
                     or t.REPS_INCLUDED.search(text, 0, m.start()) or t.BOTH_MARK.search(text, m.end()))
                for who in _whos(who, kind) + (("self",) if either else ()):
                    self.add(f"documents.{who}", kind, s, m)
            choice_item = each_item_needed(text, named, choice_item and context == before_context,
                                            " ".join(x.text for x in self.region[max(0, index - 8):index + 8]))
            lead = self.region[index - 1].text if index else ""
            marker = marker if next_item(text, marker) else opening_marker(text, named, lead)
            for subject, action, condition in t.MASKS:
                sm, am = subject.search(text), action.search(text)
                if sm and am and not t.MASK_ALLOWED.match(text, am.end()):
                    self.add("documents.conditions", condition, s, sm)
            # (the page's own period: 「…30日以内に作成されたもの」 is no 3 months)
            if (period := next(((c, m) for c, pattern in PERIODS.items() if (m := pattern.search(text))), None)):
                self.add("documents.conditions", period[0], s, period[1])
        if alternative:
            self._two_without_photo()
        if not self.proposal.first("documents.self"):  # 「次の2種類の本人確認書類が必要です」, no list
            self.proposal.facts = [replace(f, sure=False, note=t.COUNT_WITHOUT_LIST)
                                   if f.field == "documents.self_count" else f for f in self.proposal.facts]

    def _two_without_photo(self) -> None:
        """Where one photo ID or two without a photo will do and the page names documents with a
        photo and two or more kinds without (none of unknown kind), the documents without a
        photo and the count are marked WITHOUT_PHOTO: the record offers the two sets. Else the
        documents without a photo are proposed as "check this" (a "one of" list holding them
        would say one is enough); those with a photo stay settled: one of them alone is enough."""
        facts = self.proposal.facts
        plain = [f for f in facts if f.field == "documents.self" and not f.note and f.sure]
        photo = {f.value for f in plain if f.value in t.PHOTO_KINDS}
        without = {f.value for f in plain if f.value not in t.PHOTO_KINDS}
        counts = [f for f in facts if f.field == "documents.self_count"]
        settled = bool(photo) and len(without) >= 2 and not without & t.NOT_AN_ID and \
            all(f.note == t.TWO_WITHOUT_PHOTO and not t.EITHER_PHOTO.search(f.quote) and
                lists_agree(f.quote, [(d.value, d.quote) for d in plain], t.PHOTO_KINDS) for f in counts)
        marked = {id(f) for f in plain if f.value in without} | {id(f) for f in counts}
        for number, f in enumerate(facts):
            if settled and id(f) in marked:
                facts[number] = replace(f, sure=True, note=t.WITHOUT_PHOTO)
            elif not settled and f.field == "documents.self" and f.value not in t.PHOTO_KINDS:
                facts[number] = replace(f, sure=False, note=t.TWO_WITHOUT_PHOTO)


def _whos(who: str, kind: str) -> tuple[str, ...]:
    """The requester kinds a document goes to: 「本人以外の場合」 is both representatives (a power of
    attorney only ever an agent's)."""
    if who != "representatives":
        return (who,)
    return {"power-of-attorney": ("agent",), "certificate-of-registered-matters": ("legal-representative",)
            }.get(kind, ("legal-representative", "agent"))


def _in_form_name(text: str, at: int) -> bool:
    """Whether the words at `at` stand inside quotes that name a form (「…の請求書、委任状」)."""
    for q in t.QUOTED.finditer(text):
        if q.start() < at < q.end() and t.FORM_WORD.search(q.group(0)):
            return True
    return False


def _without_form_names(text: str) -> str:
    """The text without the forms' names it quotes (「…請求書、委任状」 says no relation)."""
    return t.QUOTED.sub(lambda q: "" if t.FORM_WORD.search(q.group(0)) else q.group(0), text)
