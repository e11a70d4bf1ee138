"""The Japanese addressee block of a company: 〒, address, company, department and 御中 or 様.

One function for every Japanese document (letter, envelope, checklist, first-contact message,
委任状, and the follow-ups: reminder, 催告書, complaint, PPC sheet), so they all address the company
the same way. The address is the record's Japanese one (from the company's Japanese page, or
derived from Japan Post's data and marked so); a department is written only as the company
writes it in Japanese. Where the policy names its desk in English only, the desk is addressed by
its function (forms/letter/ja.yaml: addressee_function), never by a translated name.
"""
from __future__ import annotations

from dataclasses import dataclass

from assistant.law.letter_forms import LetterWords
from assistant.records.model import Address, Company, Contact, is_known


@dataclass(frozen=True)
class JapaneseAddressee:
    """Who a Japanese document is addressed to, line by line."""

    postal_code: str | None  # None: unknown (ask the company)
    lines: tuple[str, ...]  # the address, in Japanese where the record has it
    company: str  # the company's Japanese name (or its name as it writes it)
    department: str | None  # as the company writes it in Japanese, or the desk's function
    honorific: str  # 御中 or 様, as the letter addresses it
    derived: bool = False  # the address comes from Japan Post's data: to be checked
    confirmed: bool = True  # False: an inquiry address, or one the user typed

    def block(self, unknown_code: str = "") -> tuple[str, ...]:
        """The lines to write, top to bottom; unknown_code stands where the 〒 is not known."""
        head = (f"〒{self.postal_code}",) if self.postal_code else ((unknown_code,) if unknown_code else ())
        tail = (self.company, f"{self.department} {self.honorific}") if self.department \
            else (f"{self.company} {self.honorific}",)
        return head + self.lines + tail


def _japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" for ch in text)


def _where(company: Company) -> tuple[Address, bool] | None:
    """The address for requests and whether the policy names it for requests (else inquiries)."""
    if isinstance(company.send_to, Address):
        return company.send_to, True
    if isinstance(company.inquiries, Contact) and company.inquiries.address is not None:
        return company.inquiries.address, False
    return None


def japanese_addressee(company: Company, wording: LetterWords | None) -> JapaneseAddressee | None:
    """The Japanese addressee block of this company (wording: the Japanese letter's, for 様/御中
    and the desk's function: Assistant.wording("ja")), or None where no address is known.
    Without wording: 御中, and a department only as the company writes it in Japanese."""
    name = company.name_ja or company.name
    typed = company.entered_address
    if typed is not None:  # law-only: what the user typed, never presented as the policy's
        # No desk typed: the desk by its function (general practice; the checklist says so),
        # so the letter reaches the people who answer such requests, not the post room.
        department = typed.department or (wording.addressee_function if wording else None)
        return JapaneseAddressee(typed.postal_code, typed.lines, name, department,
                                 _honorific(wording, department), confirmed=False)
    found = _where(company)
    if found is None:
        return None
    to, confirmed = found
    code = to.postal_code if is_known(to.postal_code) else to.postal_code_ja
    written = to.lines if is_known(to.lines) else ()  # a desk named without its address
    lines, derived = to.lines_ja, to.derived_ja
    if not lines and written and not any(_japanese(line) for line in written) and code:
        from assistant.records.japanese_address import derive  # Japan Post's data, when needed

        made = derive(code, written)
        lines, derived = (made.lines, True) if made else (None, False)
    department = to.department_ja
    if department is None and is_known(to.department):
        department = to.department if _japanese(to.department) else \
            (wording.addressee_function if wording else None)
    return JapaneseAddressee(code, tuple(lines or written), name, department or None,
                             _honorific(wording, department), derived=derived, confirmed=confirmed)


def _honorific(wording: LetterWords | None, department: str | None) -> str:
    return wording.honorific(department) if wording else "御中"
