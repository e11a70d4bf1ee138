"""The letter's choices of words that depend on the case: whose data, the addressee's honorific,
how the company's form is named, the fee sentence and the list of enclosures.

Plain text in one language at a time; letter.py lays it out. The rules come from the data: the
fee from the checklist and Art. 38 (law.fee_allowed), the enclosures from the checklist's own
list (Checklist.packing), the words from forms/letter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from assistant.case.details import Details
from assistant.checklist import Checklist
from assistant.io.user_errors import UserError
from assistant.checklist.enclosures import NAMES
from assistant.law.japanese_dates import written_date
from assistant.law.model import Law
from assistant.law.wording import LetterWording, company_form as wording_company_form
from assistant.law.letter_forms import GENERIC, fits

LATIN = re.compile(r"[A-Za-z]")
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@dataclass(frozen=True)
class FeePaid:
    """The fee as the person confirmed paying it; None on the case: not confirmed."""

    on: date | None = None
    how: str | None = None

    @property
    def confirmed(self) -> bool:
        return self.on is not None and bool(self.how and self.how.strip())


def is_japanese(text: str) -> bool:
    """Written in Japanese: kana or kanji and no Latin letters."""
    return bool(JAPANESE.search(text)) and not LATIN.search(text)


def subject(w: LetterWording, details: Details) -> str:
    """Whose data is asked for: the writer's own, or the person a representative acts for."""
    return w.subject_person if details.representative else w.subject_self


def correction_actions(w: LetterWording, details: Details) -> str:
    """What a correction asks for, in the letter's words: 訂正 / 訂正及び削除 (only those asked)."""
    correction = details.request.correction
    if correction is None:
        return ""
    return w.actions_join.join(w.correction_actions.get(a, a) for a in
                               ("correction", "addition", "deletion") if a in correction.actions)


def company_form(w: LetterWording, language: str, checklists: Sequence[Checklist]) -> str:
    """The company's own form in the letter's words (law.wording.company_form)."""
    # a form per kind, each named where the letter's script fits (「貴社所定の開示請求書及び訂正等請求書」);
    # a kind without a form of its own, or names in another script: the forms in general words
    if (joined := forms_named(w, language, checklists)):
        return w.company_forms.format(names=joined)
    names = {c.form_name for c in checklists}
    return wording_company_form(w, language, names.pop() if len(names) == 1 else None)


def forms_named(w: LetterWording, language: str, checklists: Sequence[Checklist]) -> str | None:
    """The company's forms for several kinds, each by its name (「開示請求書及び訂正等請求書」), where
    each kind has its own and every name fits the letter's script; None otherwise."""
    names = list(dict.fromkeys(c.form_name for c in checklists))
    if len(names) > 1 and all(n and fits(n, language) and not GENERIC.fullmatch(n.strip()) for n in names):
        return w.forms_joiner.join(names)  # type: ignore[arg-type]
    return None


def kind_article(kind: str, article: str, law: Law, grounds: Sequence[str]) -> str:
    """The article a request rests on: for a kind that needs grounds, only the paragraphs the
    chosen grounds name ('Art. 35(5)', not 'Art. 35(1), (5)'); else the kind's own article."""
    cited = [g.article for key, g in law.grounds_for(kind).items() if key in grounds]  # type: ignore[arg-type]
    if not cited:
        return article
    numbers = [a.removeprefix("Art. ") for a in dict.fromkeys(sorted(cited))]
    head, _, _ = numbers[0].partition("(")
    if all(n.startswith(head + "(") for n in numbers):  # Art. 35(1), (5)
        return "Art. " + ", ".join([numbers[0]] + [n[len(head):] for n in numbers[1:]])
    return "Art. " + ", ".join(numbers)


def fee_sentence(w: LetterWording, checklists: Sequence[Checklist], law: Law,
                 paid: FeePaid) -> str | None:
    """One fee line, or None: only for kinds Art. 38 lets a company charge for, citing the
    policy's amount and what it is per (never a sum over kinds: one form is one request unless the
    policy says otherwise); 'paid' only when the person confirmed the day and the method."""
    charged = [c for c in checklists if c.fee.status == "charged" and c.fee.amount_yen
               and law.fee_allowed(c.request_kind)]  # type: ignore[arg-type]
    if not charged:
        return None
    fee = charged[0].fee
    amount = w.fee_amount.format(amount=f"{fee.amount_yen:,}", per=w.fee_per.get(fee.per or "", ""))
    if paid.confirmed:
        assert paid.on is not None and paid.how is not None
        return w.fee_paid.format(fee=amount, day=written_date(paid.on, w.date_format),
                                 how=paid.how.strip())
    if fee.pay_when == "before-sending":  # paid before the letter goes: blanks to fill in by hand
        return w.fee_paid_blank.format(fee=amount)  # (fee_to_fill: the letter command warns)
    if fee.pay_when == "with-request":
        return w.fee_enclosed.format(fee=amount)
    return w.fee_to_pay.format(fee=amount)


class DocumentNotAccepted(UserError, ValueError):
    """A document the details name that the company does not take for this request."""

    exit_code = 2


def _chosen(details: Details | None, whose: str) -> tuple[str, ...]:
    if details is None:
        return ()
    who = details.representative if whose == "representative" else details.requester
    return who.documents if who is not None else ()


def check_documents(details: Details, checklists: Sequence[Checklist]) -> None:
    """Every document the details name is one this company takes from that person here (the
    checklist's choices), and where a line asks for several different documents (「2点」, or
    one of several sets), the ones named make up a whole set; else DocumentNotAccepted naming
    the field and what to name."""
    packing = checklists[0].packing
    for whose, field in (("person", "requester.documents"), ("representative", "representative.documents")):
        offered = [k for item in packing if item.whose == whose for k in item.choices]
        chosen = _chosen(details, whose)
        for kind in chosen:
            if kind not in offered:
                raise DocumentNotAccepted(
                    f"{field}: {kind} is not a document this company takes here; "
                    f"use one of: {', '.join(offered) or 'none (leave it out)'}")
        for item in packing:
            named = {k for k in chosen if k in item.choices}
            if item.whose == whose and named and item.sets and not any(
                    all(len(named & set(kinds)) >= count for kinds, count in needs) for needs in item.sets):
                raise DocumentNotAccepted(
                    f"{field}: {', '.join(sorted(named))} is not enough for this company: "
                    f"name {_wanted(item.sets)}")


def _wanted(sets: tuple) -> str:
    """What a choice needs, in the details' own words: '2 of: a, b, c' or '1 of: …, or 2 of: …'."""
    return ", or ".join(" and ".join(f"{count} of: {', '.join(kinds)}" for kinds, count in needs)
                        for needs in sets)


def fee_to_fill(checklists: Sequence[Checklist], law: Law, paid: FeePaid) -> bool:
    """Whether the letter leaves the fee's day and method blank for the person to fill in: the
    policy wants the fee paid before sending and the person has not said when and how."""
    return not paid.confirmed and any(
        c.fee.status == "charged" and c.fee.amount_yen and c.fee.pay_when == "before-sending"
        and law.fee_allowed(c.request_kind) for c in checklists)  # type: ignore[arg-type]


def enclosures(language: str, checklists: Sequence[Checklist], details: Details | None = None,
               separator: str = ", ") -> list[str]:
    """What goes in the envelope, as the checklist lists it (checklist/enclosures.py), the same
    documents in the same order; where the checklist offers a choice, the letter names the one
    the details say is enclosed, with its conditions (写し, the card's 表面), or leaves a blank for
    its name, never the list of options."""
    listed = []
    for item in checklists[0].packing:
        if not item.choices or item.named is None or item.blank is None:
            listed.append((item.letter or item.text).text(language))
            continue
        options = {o.kind: o for o in item.options}
        chosen = [options[k] for k in _chosen(details, item.whose) if k in options]
        if not chosen:
            listed.append(item.blank.text(language))
        elif all(o.copy for o in chosen):  # 本人確認書類の写し（運転免許証）
            listed.append(item.named.text(language).replace(NAMES, separator.join(
                o.name.text(language) for o in chosen)))
        else:  # 本人確認書類（住民票の写し）: 写し by each name sent as a copy
            line = item.named_plain or item.named
            listed.append(line.text(language).replace(NAMES, separator.join(
                o.copied.text(language) for o in chosen)))
    # a form per kind: each other request's own form goes in the envelope too, after the first's
    at = next((i + 1 for i, item in enumerate(checklists[0].packing)
               if checklists[0].form_name and checklists[0].form_name in item.text.text("ja")), len(listed))
    for c in checklists[1:]:
        for item in c.packing:
            text = (item.letter or item.text).text(language)
            if c.form_name and c.form_name in item.text.text("ja") and text not in listed:
                listed.insert(at, text)
                at += 1
    return listed
