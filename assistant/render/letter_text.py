"""The letter's choices of words that depend on the case: whose data, the addressee's honorific,
how the company's form is named, the fee sentence and the list of enclosures.

Plain text in one language at a time; letter.py lays it out. The rules come from the data: the
fee from the checklist and Art. 38 (law.fee_allowed), the representative's proof from the
checklist's documents or else law.representative_proof, the words from forms/letter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from assistant.case.details import Details
from assistant.checklist import Checklist
from assistant.law.japanese_dates import written_date
from assistant.law.model import Labels, Law
from assistant.law.wording import PRIMARY, LetterWording

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


def company_form(w: LetterWording, language: str, checklists: Sequence[Checklist]) -> str:
    """The company's own form in the letter's words; the policy's name for it in parentheses
    only when that name is written in the letter's script (no English inside Japanese)."""
    kinds = [c.request_kind for c in checklists]
    kind = w.kinds[kinds[0]].form if len(kinds) == 1 else w.combined_form
    name = checklists[0].form_name or ""
    fits = is_japanese(name) if language == PRIMARY else not JAPANESE.search(name)
    if name and fits:
        return w.company_form_named.format(kind=kind or w.combined_form, name=name)
    return w.company_form.format(kind=kind or w.combined_form)


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
    if fee.pay_when == "with-request":
        return w.fee_enclosed.format(fee=amount)
    return w.fee_to_pay.format(fee=amount)


def _line_text(line: object, language: str) -> str:
    text = getattr(line, "text")
    return text.text(language) if hasattr(text, "text") else str(text)


def enclosures(w: LetterWording, language: str, checklists: Sequence[Checklist], details: Details,
               labels: Labels, law: Law) -> list[str]:
    """What goes in the envelope: the company's form, the documents (the person's, then the
    representative's proof of the right to act), then anything else the policy asks for."""
    first = checklists[0]
    items: list[str] = [company_form(w, language, checklists)] if first.form_name else []
    for need in first.documents:
        names = [labels.documents[choice.kind].text(language) for choice in need.choices]
        if names:
            text = w.choice_separator.join(names) + (w.choice_suffix if len(names) > 1 else "")
            items.append(w.representatives_document.format(document=text)
                         if need.whose == "representative" else text)
    rep = details.representative
    if rep is not None:
        # The proof of this capacity (委任状, 戸籍謄本…) always goes in: the usual one wherever the
        # policy's list for representatives does not name it.
        named = {choice.kind for need in first.documents for choice in need.choices}
        items += [labels.documents[kind].text(language)
                  for kind in law.representative_proof.get(rep.capacity, ()) if kind not in named]
    items += [_line_text(line, language) for line in first.enclosures]
    return [item for item in items if item]
