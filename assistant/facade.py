"""The one object every front end talks to: give it a RequestCase, get checklists, text, PDFs and
messages back.

It loads the law, the labels and the wording once (when first needed) and calls the engine
(requirements.build_checklist) and the renderers; the CLI and the wizard only build cases. Light to
import: the wizard's first page creates it before anything heavy is loaded.
"""
from __future__ import annotations

import threading
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from assistant.io.paths import forms_dir

if TYPE_CHECKING:
    from assistant.case.request import DetailsCheck, RequestCase
    from assistant.checklist import Checklist
    from assistant.records.directory import Directory
    from assistant.law.model import Labels, Law
    from assistant.records.model import Company
    from assistant.checklist.build import Options
    from assistant.law.wording import LetterWording
    from assistant.law.checklist_words import ChecklistWords
    from assistant.law.localized import Localized


class Assistant:
    """The program's core behind one door (compare Anki's Collection)."""

    def __init__(self, directory: "Directory | None" = None, forms: Path | None = None):
        self._directory = directory
        self.forms = forms or forms_dir()
        # reportlab keeps some state per process; one PDF at a time (the preview renders on a
        # worker thread while a save may render on the GUI thread).
        self._render_lock = threading.Lock()
        # Records made in memory for companies without one (law-only), by id; they come first.
        self._unlisted: dict[str, "Company"] = {}

    # -- what is loaded once ------------------------------------------------------------------
    @property
    def directory(self) -> "Directory":
        if self._directory is None:
            from assistant.records.directory import load_directory

            self._directory = load_directory()
        return self._directory

    @cached_property
    def law(self) -> "Law":
        from assistant.law.reference import load_law

        return load_law()

    @cached_property
    def labels(self) -> "Labels":
        from assistant.law.reference import load_labels

        return load_labels(self.forms)

    @cached_property
    def checklist_words(self) -> "ChecklistWords":
        """The checklist's wording in every language (forms/checklist/<language>.yaml)."""
        from assistant.law.reference import load_checklist_words

        return load_checklist_words(self.forms)

    def wording(self, language: str) -> "LetterWording":
        """The letter's wording in one language; ValueError names the file to add."""
        from assistant.law.wording import letter_wording

        try:
            return letter_wording(language, self.forms)
        except FileNotFoundError:
            raise ValueError(f"no letter wording in '{language}': add "
                             f"{self.forms / 'letter' / (language + '.yaml')}") from None

    def languages(self) -> tuple[str, ...]:
        """The languages a letter can be written in (one per forms/letter/<language>.yaml)."""
        from assistant.law.wording import available_languages

        return available_languages(self.forms)

    # -- the case -----------------------------------------------------------------------------
    def company(self, case: "RequestCase") -> "Company | None":
        """The case's company record (UnknownCompany or RecordError if it cannot be had)."""
        entered = case.company_entered
        if entered is not None:  # a company without a record: from the law alone
            from assistant.records.law_only import law_only_company

            company = law_only_company(entered.name, entered.address, entered.postal_code,
                                       entered.department, corporate_number=entered.corporate_number,
                                       register_as_of=entered.register_as_of)
            self._unlisted[company.id] = company  # its checklists must not look in the directory
            return company
        if case.company_id in self._unlisted:
            return self._unlisted[case.company_id]
        return None if case.company_id is None else self.directory.get(case.company_id)

    def add_unlisted(self, company: "Company") -> None:
        """Use this in-memory record (law_only.py) for cases naming its id."""
        self._unlisted[company.id] = company

    def file_name(self, case: "RequestCase", what: str, language: str, suffix: str = ".pdf") -> str:
        """The file name to suggest for saving (case/file_names.py): person, company, day, kinds."""
        from assistant.case.file_names import suggested_name
        from assistant.io.yaml_errors import RecordError
        from assistant.records.directory import UnknownCompany

        try:
            company = self.company(case)
        except (UnknownCompany, RecordError):
            company = None
        return suggested_name(what, case, company, language, suffix=suffix)

    def forget_unlisted(self) -> None:
        """Drop the in-memory records (the next caller's company is typed anew)."""
        self._unlisted.clear()

    def check(self, case: "RequestCase", language: str = "en") -> "DetailsCheck":
        """The case's typed details, checked for its kinds and requester (errors in language)."""
        from assistant.case.request import check_details

        return check_details(case.typed, case.kinds, case.requester, self.law, language)

    def checked(self, case: "RequestCase") -> "RequestCase":
        """The case with its details checked from what was typed (None while incomplete)."""
        return case.model_copy(update={"details": self.check(case).details})

    def options(self, case: "RequestCase") -> "Options":
        from assistant.checklist.build import Options

        rep = case.details.representative if case.details is not None else None
        return Options(sent_on=case.options.sent_on, arrived_on=case.options.arrived_on,
                       capacity=rep.capacity if rep is not None else None,
                       born=case.details.requester.date_of_birth if case.details is not None else None,
                       today=case.options.letter_date)

    def checklist(self, company: "Company", kind: str, requester: str = "self",
                  options: "Options | None" = None) -> "Checklist":
        """One checklist for one kind (the company page's summary asks for a company alone)."""
        from assistant.checklist.build import build_checklist

        # The envelope is addressed as the Japanese letter is (law.addressee).
        return build_checklist(company, kind, requester, options,  # type: ignore[arg-type]
                               law=self.law, labels=self.labels, words=self.checklist_words,
                               letters={lang: self.wording(lang) for lang in self.languages()})

    def checklists(self, case: "RequestCase") -> "list[Checklist]":
        """One checklist per kind of the case, in the Act's order; none without a company."""
        from dataclasses import replace  # not at import: the wizard's first paint does without

        company = self.company(case)
        if company is None:
            return []
        options = self.options(case)
        # A record from the person's own folder that replaces an installed one is announced.
        override = self.override(company.id) if company.id not in self._unlisted else None
        notice = {"record_override": override.text("en") if override else None,
                  "override": override,
                  "reference": case.reference(case.options.letter_date or date.today())
                  if case.details is not None else None}
        return [replace(self.checklist(company, kind, case.requester, options), **notice)
                for kind in case.kinds]

    def override(self, company_id: str) -> "Localized | None":
        """The notice that the record replaces another, in every language of the checklist."""
        from assistant.records.directory import override_folders

        found = override_folders(self.directory, company_id)
        if found is None:
            return None
        words = self.checklist_words
        folder, replaced = found
        which = words.say("notice.installed") if replaced is None else \
            words.say("notice.replaced_folder", folder=str(replaced))
        return words.say("notice.override", folder=str(folder), which=which)

    def checklist_text(self, case: "RequestCase", quotes: bool = True,
                       languages: Sequence[str] = ("ja",)) -> str:
        """The checklists as text, in these languages in order (each language a whole list)."""
        from assistant.checklist.text import checklist_text

        return "\n\n".join(checklist_text(c, quotes=quotes, languages=tuple(languages),
                                          words=self.checklist_words)
                           for c in self.checklists(case))

    def checklist_json(self, case: "RequestCase", languages: Sequence[str] = ("ja",)) -> list[dict]:
        """The checklists as JSON-ready data, texts and labels in these languages only."""
        from assistant.checklist.data import checklist_data

        return [checklist_data(c, tuple(languages), self.checklist_words)
                for c in self.checklists(case)]

    def checklist_pdf(self, case: "RequestCase", blank: bool = False,
                      deterministic: bool = False, languages: Sequence[str] = ("ja",)) -> bytes:
        """The printable checklist; blank: no name and no dates, lines to write them on."""
        from assistant.render.checklist_pdf import checklist_pdf

        lists = self.checklists(case)
        name = case.details.requester.full_name if case.details and not blank else None
        with self._render_lock:
            return checklist_pdf(lists, blank=blank, name=name, deterministic=deterministic,
                                 languages=tuple(languages), words=self.checklist_words)

    def letter_pdf(self, case: "RequestCase", deterministic: bool = False) -> bytes:
        """The request letter in the case's languages; ValueError while the details are incomplete."""
        from assistant.render.letter import LetterInput, letter_pdf

        if case.details is None:
            raise ValueError("the details are not complete yet")
        from assistant.render.letter_text import FeePaid, check_documents

        day = case.options.letter_date or date.today()
        # The reference is that of the case as the tracker stores it: with its letter date.
        dated = case.model_copy(update={"options": case.options.model_copy(update={"letter_date": day})})
        lists = tuple(self.checklists(case))
        check_documents(case.details, lists)  # a document named that this company does not take
        data = LetterInput(lists, case.details,
                           {language: self.wording(language) for language in case.languages},
                           self.labels, self.law, day, reference=dated.reference(day),
                           fee_paid=FeePaid(case.options.fee_paid_on, case.options.fee_paid_how))
        with self._render_lock:
            return letter_pdf(data, case.languages, deterministic)

    def fee_warnings(self, case: "RequestCase") -> list[str]:
        """What to tell the person before sending, in each letter language: the policy wants the
        fee paid first and the letter leaves its day and method blank (none: nothing to say)."""
        from assistant.render.letter_text import FeePaid, fee_to_fill

        if not fee_to_fill(self.checklists(case), self.law,
                           FeePaid(case.options.fee_paid_on, case.options.fee_paid_how)):
            return []
        return [self.wording(language).fee_unpaid_warning for language in case.languages]

    def authority_pdf(self, case: "RequestCase", deterministic: bool = False) -> bytes:
        """The 委任状 for the case's agent or lawyer, in the case's languages (ValueError while
        the details are incomplete; NotForThisRequester without an agent or lawyer)."""
        from assistant.law.authority_wording import authority_wording
        from assistant.render.authority import AuthorityInput, authority_pdf
        from assistant.render.letter_text import kind_article

        company = self.company(case)
        if case.details is None or company is None:
            raise ValueError("the details are not complete yet")
        grounds = case.details.request.grounds
        data = AuthorityInput(
            case.details, {lang: (company.name_ja or company.name) if lang == "ja" else company.name
                           for lang in case.languages}, case.kinds,
            {k: kind_article(k, self.law.request_kinds[k].article, self.law, grounds) for k in case.kinds},
            {lang: authority_wording(lang, self.forms) for lang in case.languages},
            {lang: self.wording(lang) for lang in case.languages},
            case.options.letter_date or date.today(),
            registered_seal=any(d.kind == "seal-registration-certificate"
                                for g in self.checklists(case)[0].documents for d in g.choices))
        with self._render_lock:
            return authority_pdf(data, case.languages, deterministic)

    def message(self, case: "RequestCase", languages: Sequence[str]) -> str:
        """The first-contact message about the case's first kind, in these languages in order."""
        from assistant.checklist.message import MessageSender, first_contact_message

        first = self.checklists(case)[0]
        sender = None
        if case.details is not None:  # signed by whoever writes, with the person's numbers
            d = case.details
            who = d.representative or d.requester
            sender = MessageSender(who.full_name, who.full_name_kana,
                                   d.requester.full_name if d.representative else None,
                                   d.representative.capacity if d.representative else None,
                                   tuple(d.request.account_ids), who.postal_code, who.address,
                                   who.phone, who.email)
        return first_contact_message(first, tuple(languages), self.forms, sender)
