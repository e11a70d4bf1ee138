"""The wording of letters and messages, kept in forms/ per language so it can be edited as text.

Which languages there are is read from the data: every forms/letter/<language>.yaml is one. A new
language is a new file (and its words in forms/labels.yaml), never new code.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

# The language of the companies the letters go to (PRIMARY), and how the company's own form is
# named: in letter_forms.py, for the checklist too, which reads no YAML.
from assistant.law.letter_forms import PRIMARY, company_form  # noqa: F401
from assistant.law.localized import Localized
from assistant.records.vocabulary import Capacity, RequestKind
from assistant.io.paths import forms_dir

Language = str  # a language code as the forms/ file names spell it: "ja", "en", …
# What "both" has always meant on the command line and in old drafts: Japanese, then English.
BOTH: tuple[Language, ...] = ("ja", "en")


class KindWording(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    title: str
    request: str


class LetterWording(BaseModel):
    """Every phrase of the letter in one language (forms/letter/<language>.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    # The language's name, in any languages (shown where a language is chosen).
    language_name: Localized = Localized()
    date_label: str
    # How dates are written: {era} (令和8年11月22日), {year}, {month}, {day}, {month_name}
    # (English month), {iso} (2026-11-22).
    date_format: str = "{iso}"
    # How an article is cited: {article} (Art. 33(1)), {number} (33(1)), {article_ja} (第33条第1項).
    article_format: str = "{article}"
    # The title of a cover letter sent with the company's own form: {cover}, {title}.
    cover_heading: str = "{cover}: {title}"
    addressee_suffix: str
    law_name: str
    opening: str
    closing: str
    end_mark: str
    end_of_document: str  # closes the numbered items (以上); "" where the language has no such mark
    items_heading: str = ""  # opens the numbered items (記)
    closing_before_items: bool = False  # 拝啓…敬具 before 記, as a Japanese letter has it
    subject_label: str  # 件名
    colon: str = ": "  # between a label and its value
    subject_self: str  # whose data, when the person writes: 私 / me
    subject_person: str  # when a representative writes: 下記本人 / the person named below
    reference_label: str
    corporate_number_label: str | None = None  # the addressee's 法人番号, where it is known
    sender_label: str = ""  # a heading over the sender's block; "" for none (a plain letter)
    # The addressee's honorific: a department ending in a person's title takes person_suffix (様),
    # any other the addressee_suffix (御中).
    person_suffix: str = ""
    person_titles: tuple[str, ...] = ()
    # The desk addressed by its function where the company names it only in another language
    # (開示等請求ご担当者): never a translated department name.
    addressee_function: str = ""
    kinds: dict[RequestKind, KindWording]
    combined_title: str
    on_behalf: str
    capacities: dict[Capacity, str]
    cover_title: str
    cover_intro: str
    company_form: str  # the company's form in general words (the policy names none)
    company_form_named: str  # … by the policy's own name for it: {name}
    company_forms: str  # a form for each kind, named: {names} (joined with forms_joiner)
    forms_joiner: str
    headings: dict[str, str]
    fields: dict[str, str]
    response_method: str
    # The answer methods as this sentence names them (電磁的記録の提供); else the label, lower-cased.
    methods: dict[str, str] = {}
    # A ground of Art. 35 with its article: {ground}, {article} (as article_format cites it).
    ground_format: str = "{ground} ({article})"
    # A ground that says the company broke the law: {ground}, {breach} (the article broken), {article}.
    ground_breach_format: str = "{ground} ({breach}; {article})"
    # What a correction asks for (Art. 34(1)): each action's word, joined by actions_join.
    correction_actions: dict[str, str] = {}
    actions_join: str = " and "
    # Beside the chosen answer method, how it is to be delivered ({email}: the person's address).
    method_detail: dict[str, str] = {}
    method_detail_no_email: dict[str, str] = {}
    separator: str = ", "  # between the names of documents enclosed together
    # The fee paid before sending, where the details do not say when and how (stderr says it too).
    fee_unpaid_warning: str = ""
    fee_amount: str  # {amount}, {per}
    fee_per: dict[str, str] = {}  # the record's `per` ("request") in words
    fee_enclosed: str
    fee_paid: str
    fee_paid_blank: str = ""  # paid before sending, day and method written in by hand: {fee}
    fee_to_pay: str
    no_enclosures: str
    signature_line: str
    seal: str
    page: str
    # The letter's frame (render/letter_frame.py): the first words of the main text after the
    # greeting (さて、); a representative's sentence per capacity (else on_behalf); where replies
    # go when a representative writes ({result} from results); the sender's name line as a
    # representative ({person}, {capacity}, {name}, {bar}); the cover letter's line that the
    # company's form prevails ({form}); the header of later pages ({who}, {title}, {reference},
    # {page}, {pages}).
    transition: str = ""
    on_behalf_by: dict[Capacity, str] = {}
    reply_to: str = ""
    reply_to_lawyer: str = ""
    results: dict[RequestKind, str] = {}
    results_combined: str = ""
    sender_as: str = "{name}"
    sender_capacities: dict[Capacity, str] = {}
    bar_member: str = ""
    cover_precedence: str = ""
    page_header: str = ""
    reference_part: str = ""

    def honorific(self, department: str | None) -> str:
        """様 for a person's title (個人情報保護管理者), 御中 for an organisation (お客様相談室):
        the letter and the envelope address the same way."""
        if department and any(department.rstrip().endswith(t) for t in self.person_titles):
            return self.person_suffix
        return self.addressee_suffix

    def signed_as(self, person: str, capacity: Capacity, name: str, bar: str | None) -> str:
        """A representative's name line (佐藤花子 代理人弁護士　田中 誠（第二東京弁護士会所属）):
        the request letter's and every follow-up's."""
        said = self.sender_capacities.get(capacity) or self.capacities[capacity]
        member = self.bar_member.format(bar=bar) if bar and capacity == "lawyer" else ""
        return self.sender_as.format(person=compact_name(person), capacity=said, name=name, bar=member)


SPACES = re.compile(r"[ \u3000]{1,50}")
LATIN = re.compile(r"[A-Za-z]")


def compact_name(name: str) -> str:
    """A Japanese name written as one word (佐藤 花子 → 佐藤花子) where another word follows it
    (佐藤花子代理人); a name in Latin letters keeps its spaces."""
    return name if LATIN.search(name) else SPACES.sub("", name)


def placeholders(template: str) -> set[str]:
    """The {names} a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def available_languages(forms: Path | None = None) -> tuple[Language, ...]:
    """The letter languages the forms folder holds: the primary language first, then by code."""
    found = sorted(p.stem for p in ((forms or forms_dir()) / "letter").glob("*.yaml"))
    return tuple(sorted(found, key=lambda language: language != PRIMARY))


def parse_languages(text: str) -> tuple[Language, ...]:
    """A user's spelling of letter languages as an ordered list: 'both', 'ja', 'en', 'ja,en'."""
    if text.strip() == "both":
        return BOTH
    return tuple(part.strip() for part in text.split(",") if part.strip())


LANGUAGES: tuple[Language, ...] = available_languages()


def letter_wording(language: Language, forms: Path | None = None) -> LetterWording:
    """The letter's phrases in this language."""
    return _letter_wording(language, forms or forms_dir())


def message_template(language: Language, forms: Path | None = None) -> str:
    """The first-contact message template in this language."""
    return _message_template(language, forms or forms_dir())


@lru_cache(maxsize=16)
def _letter_wording(language: Language, forms: Path) -> LetterWording:
    from assistant.io.own_yaml import read_own_yaml

    return LetterWording.model_validate(read_own_yaml(forms / "letter" / f"{language}.yaml"))


@lru_cache(maxsize=16)
def _message_template(language: Language, forms: Path) -> str:
    return (forms / "message" / f"{language}.txt").read_text(encoding="utf-8")
