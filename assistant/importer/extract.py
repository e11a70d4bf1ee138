"""Propose a company record's facts from a policy text, each with the sentence it came from.

Rule-based and offline: the text is split into sentences with their offsets; the request-procedure
part is found by its heading; then each fact has one small rule over the term tables in terms.py.
A rule that is unsure finds nothing: a wrong fact is worse than an unknown, which the program
turns into "ask the company".
"""
from __future__ import annotations

import re

from assistant.importer import terms as t
from assistant.importer.facts import (  # noqa: F401 - MAX_QUOTE, Found: named for callers
    MAX_QUOTE, Found, Proposal, Sentence, _quote, sentences,
)
from assistant.importer.count_each_one import EachOneCountRules
from assistant.importer.counted_items import CountedItemRules
from assistant.importer.desk_block_above import DeskBlockAboveRules
from assistant.importer.desk_named_in_sending import DeskNamedInSendingRules
from assistant.importer.defined_ids import DefinedIdRules
from assistant.importer.desk_named_plainly import DeskNamedPlainlyRules
from assistant.importer.desk_pointed import DeskPointedRules
from assistant.importer.documents_may_ask import MayAskDocumentRules
from assistant.importer.documents_note import NoteDocumentsRules
from assistant.importer.first_step_after import FirstStepAfterRules
from assistant.importer.page_only_address import PageOnlyAddressRules
from assistant.importer.paired_items import PairedItemRules
from assistant.importer.plain_agent_both import PlainAgentBothRules
from assistant.importer.contacts_header import HeaderPhoneRules
from assistant.importer.desk_en_sent_to import EnglishDeskSentToRules
from assistant.importer.desk_role_in_block import DeskRoleInBlockRules
from assistant.importer.fee_kinds_by_marker import FeeKindsByMarkerRules
from assistant.importer.form_asked_over_lines import FormAskedOverLinesRules
from assistant.importer.forms_by_kind import FormsByKindRules
from assistant.importer.forms_en_titles import EnglishFormTitleRules
from assistant.importer.grounds_excluded import ExcludedGroundsRules
from assistant.importer.rules_address import AddressRules
from assistant.importer.rules_address_en import EnglishDeskInAddressRules
from assistant.importer.rules_answer import AnswerRules
from assistant.importer.rules_ask_first import AskFirstRules
from assistant.importer.contact_first_plain import ContactFirstPlainRules
from assistant.importer.channels_by_contact import ChannelsByContactRules
from assistant.importer.address_no_code import AddressNoCodeRules
from assistant.importer.rules_case_clauses import CaseClauseRules
from assistant.importer.rules_cut_mail import CutMailRules
from assistant.importer.rules_desk_after_address import DeskAfterAddressRules
from assistant.importer.rules_desks import DeskSplitRules
from assistant.importer.rules_fee_items import FeeItemRules
from assistant.importer.rules_fee_tables import FeeTableRules
from assistant.importer.rules_fee_unpriced import UnpricedFeeKindRules
from assistant.importer.rules_fees import FeeRules
from assistant.importer.rules_footnotes import FootnoteRules
from assistant.importer.rules_grounds import GroundsRules
from assistant.importer.rules_own_above import OwnAboveRules
from assistant.importer.rules_own_plain import PlainOwnIdRules
from assistant.importer.rules_references import ReferenceRules
from assistant.importer.rules_relation_proofs import RelationProofRules
from assistant.importer.rules_company import CompanyRules
from assistant.importer.rules_request import RequestRules
from assistant.importer.rules_kinds import KindRules
from assistant.importer.rules_first_contact import FirstContactRules
from assistant.importer.rules_sending import SendingRules
from assistant.importer.rules_shared_ids import SharedIdRules
from assistant.importer.rules_shared_ids_en import SharedIdEnglishRules
from assistant.importer.rules_web_form import WebFormRules
from assistant.importer.contact_hours import ContactHoursRules
from assistant.importer.documents_on_form import DocumentsOnFormRules
from assistant.importer.ways_listed import WaysListedRules
from assistant.importer.ids_unnamed import IdsUnnamedRules
from assistant.importer.short_term import ShortTermRules
from assistant.importer.answer_pace import PaceRules
from assistant.importer.procedure_elsewhere import ElsewhereRules
from assistant.importer.section_pointed import SectionPointedRules
from assistant.importer.public_body import PublicBodyRules
from assistant.importer.postage_borne import PostageRules
from assistant.importer.return_envelope import ReturnEnvelopeRules

class _Extractor(SendingRules, AddressRules, EnglishDeskInAddressRules, DeskSplitRules, RequestRules, CompanyRules,
                 FootnoteRules,
                 ReferenceRules, GroundsRules, FeeRules, FeeItemRules, FeeTableRules, AnswerRules, NoteDocumentsRules,
                 RelationProofRules, OwnAboveRules, WebFormRules, SharedIdRules, ExcludedGroundsRules,
                 DeskAfterAddressRules, FormAskedOverLinesRules, FeeKindsByMarkerRules,
                 EachOneCountRules, PlainOwnIdRules, UnpricedFeeKindRules, CaseClauseRules, AskFirstRules, ContactFirstPlainRules, ChannelsByContactRules, AddressNoCodeRules,
                 CutMailRules, EnglishFormTitleRules, FirstStepAfterRules, PairedItemRules,
                 HeaderPhoneRules,
                 EnglishDeskSentToRules, DeskRoleInBlockRules, SharedIdEnglishRules, DeskNamedInSendingRules,
                 CountedItemRules, DeskBlockAboveRules, PlainAgentBothRules, PageOnlyAddressRules,
                 MayAskDocumentRules, DeskPointedRules, FirstContactRules, DeskNamedPlainlyRules,
                 DefinedIdRules, KindRules, FormsByKindRules, ReturnEnvelopeRules, PostageRules,
                 ContactHoursRules, DocumentsOnFormRules, WaysListedRules, IdsUnnamedRules, ShortTermRules,
                 PaceRules, ElsewhereRules, SectionPointedRules, PublicBodyRules):
    def __init__(self, text: str):
        self.text = text
        # A long run without a single letter (digits, markup) states no fact: no rule reads it.
        self.all = [s for s in sentences(text) if len(s.text) < 200 or any(c.isalpha() for c in s.text)]
        start = self._procedure_start()
        # 「ホテル規約」 after the policy: another document (a hotel's stay terms, a site's terms of use)
        # whose refusals, fees and payments are not the request's; no rule reads past its heading
        end = next((i for i in range(start + 1, len(self.all)) if OTHER_DOCUMENT.fullmatch(self.all[i].text.strip())),
                   len(self.all))
        self.all = self.all[:end]
        self.region = self.all[start:]
        self.proposal = Proposal(text, self.region[0].start if self.region else 0)
        self.seen: set[tuple[str, str]] = set()

    def _procedure_start(self) -> int:
        """Where the request procedure begins: of the sentences that name it, the one followed
        by the most procedural detail (a table of contents names it too, with nothing after)."""
        cues = (t.SENDS, t.POSTAL, t.YEN, t.FEE, *(p for p, _ in t.DOCUMENTS))
        detail = [any(c.search(s.text) for c in cues) for s in self.all]
        scores = [(index, sum(detail[index:index + 40])) for index, s in enumerate(self.all)
                  if t.PROCEDURE.search(s.text)]
        best = max((score for _, score in scores), default=0)
        # The first of them that leads into most of that detail: a heading a little above the
        # richest sentence still belongs to the procedure.
        start = next((index for index, score in scores if score and score >= 0.6 * best), 0)
        # A text that opens inside the procedure ("• CE only accepts Request Forms sent by
        # registered mail…" before "For requests for disclosure only, 430 yen"): its first lines count.
        while 0 < start <= 3 and detail[start - 1]:
            start -= 1
        # 「• 請求方法は来店と郵送があります。…開示請求の受付はできません。」: the procedure starts
        # with its line, not inside it.
        while 0 < start and self.all[start - 1].line == self.all[start].line:
            start -= 1
        return start

    def add(self, name: str, value: object, sentence: Sentence, match: re.Match | None = None,
            sure: bool = True, note: str = "") -> None:
        key = (name, repr(value))
        if key in self.seen:  # a set, not a scan: a text of 50,000 bullets stays linear
            return
        self.seen.add(key)
        quote, start, end = _quote(sentence, match)
        self.proposal.facts.append(Found(name, value, quote, start, end, sure, note))

    def add_first(self, name: str, pattern: re.Pattern, sentences: "list[Sentence] | None" = None) -> None:
        """A fact the page states once: True, with the first sentence (of the procedure, or of those
        given) its pattern finds."""
        for s in self.region if sentences is None else sentences:
            if (m := pattern.search(s.text)):
                self.add(name, True, s, m)
                return

    def section_of(self, index: int) -> str:
        """The heading of the part a sentence stands in ("4. 開示に関する費用"): the nearest short
        line above without a full stop, an amount, or brackets all round (a table row or a note)."""
        for s in reversed(self.region[max(0, index - 12):index]):
            text = s.text.strip()
            if len(text) <= 40 and not text.endswith(("。", ".")) and not t.YEN.search(text) \
                    and not (text[:1] in "(（" and text[-1:] in ")）"):
                return text
        return ""

    def list_heading(self, index: int) -> str:
        """The heading of the list a sentence is an item of: the nearest short line above that is
        no item itself ("請求資格確認書類" over "1. 戸籍謄本", "2. 登記事項証明書")."""
        for s in reversed(self.region[max(0, index - 8):index]):
            # 「3.開示申込手続き」: a numbered section on how to ask bounds the list above it
            if len(s.text) <= 40 and not s.text.endswith(("。", ".")) and (
                    not t.BULLET.match(s.text) or t.PROCEDURE_HEADING.search(s.text)):
                return s.text
        return ""

    def heading_of(self, index: int) -> str:
        """The nearest heading above a sentence: a short line without a full stop."""
        for s in reversed(self.region[max(0, index - 6):index]):
            if len(s.text) <= 30 and not s.text.endswith(("。", ".")):
                return s.text
        return ""

OTHER_DOCUMENT = re.compile(r"(ホテル|宿泊|ご?利用|会員|サービス利用)(規約|約款)|宿泊約款|"
                            r"特定商取引(法|に関する法律)に基づく(表記|表示)")


def propose(text: str) -> Proposal:
    """Every fact the rules find in this policy text, each with its verbatim quote."""
    extractor = _Extractor(text)
    for step in (extractor.channels, extractor.ways_listed, extractor.first_contact, extractor.mail_at_the_cut,
                 extractor.drop_plain_post, extractor.address, extractor.address_no_code, extractor.desk_in_address_line, extractor.desk,
                 extractor.desk_inside, extractor.desk_after_address, extractor.drop_generic_desk,
                 extractor.desks_by_service, extractor.desk_sent_to_en, extractor.desk_role_in_block,
                 extractor.desk_named_in_sending,
                 extractor.contacts, extractor.header_phone, extractor.desk_pointed, extractor.desk_block_above, extractor.section_pointed,
                 extractor.privacy_desk_contacts, extractor.page_only_address, extractor.desk_named_plainly,
                 extractor.international_phone, extractor.contact_hours, extractor.form, extractor.english_form_titles, extractor.forms_by_kind,
                 extractor.form_asked_over_lines, extractor.first_step_then_form, extractor.web_form,
                 extractor.ask_first_for_form, extractor.contact_first_plain, extractor.asked_then_form, extractor.channels_by_contact,
                 extractor.documents, extractor.paired_items,
                 extractor.agent_relation_proofs, extractor.documents_in_cases, extractor.footnote_documents,
                 extractor.reference_documents, extractor.own_documents_above,
                 extractor.shared_documents_below, extractor.own_ids_named, extractor.shared_ids_inline_en,
                 extractor.own_ids_plain, extractor.defined_ids,
                 extractor.documents_in_notes, extractor.each_one_count, extractor.counted_id_items, extractor.joined_id_lists, extractor.own_ids_both, extractor.plain_agent_both,
                 extractor.documents_may_ask, extractor.documents_on_form, extractor.ids_unnamed,
                 extractor.fees, extractor.fee_table, extractor.fee_items, extractor.drop_partial_no_fee,
                 extractor.unpriced_fee_kinds, extractor.fee_kinds_by_marker, extractor.return_envelope, extractor.postage_borne, extractor.response, extractor.answer_pace,
                 extractor.refusal_grounds, extractor.excluded_grounds, extractor.request_kinds, extractor.company, extractor.short_term,
                 extractor.procedure_elsewhere, extractor.public_body):
        step()
    return extractor.proposal
