"""The first page's rows from the national corporate register, after the curated records: the
company's name, its registered head office and corporate number, 「閉鎖」 for a closed one.
Choosing one makes a law-only case with that address (records/law_only.py register_record).

Nothing here runs before the first paint: the register is opened on the first search typed."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from assistant.records.model import Company
    from assistant.records.register import RegisterCompany

PREFIX = "corp:"  # a row's id: corp:法人番号
SHOWN = 50


def search(page, text: str) -> tuple[list["RegisterCompany"], str | None]:
    """Register companies matching the text, and a problem to say (a wrong check digit)."""
    if not text.strip():
        return [], None
    from assistant.records.company_search import LazyRegister

    if page.register is None:
        page.register = LazyRegister()
    register = page.register.get()
    if register is None:
        return [], None
    found = register.search(text, SHOWN)
    return found.companies, found.problem


def row_text(company: "RegisterCompany") -> str:
    """Two lines: the name (and 閉鎖), then 〒, the registered address and the number."""
    postal = f"〒{company.postal_code} " if company.postal_code else ""
    first = f"{company.name}（法人番号 {company.number}）"
    first += f"　{company.closure()}" if company.closed else ""
    return f"{first}\n{postal}{company.address}"


def tooltip() -> str:
    return QCoreApplication.translate(
        "RegisterRows", "From the national corporate register (国税庁法人番号公表サイト): the "
        "registered head office. The company may take requests at another address: check its "
        "privacy policy.")


def problem_text(problem: str | None) -> str | None:
    if problem == "check-digit":
        return QCoreApplication.translate(
            "RegisterRows", "These 13 digits are not a corporate number: the check digit does "
            "not match. Check the number.")
    return None


def company(page, row_id: str) -> "Company | None":
    """The law-only record of a register row (made once per row)."""
    found = page._register_rows.get(row_id)
    if found is None:
        return None
    made = page._register_made.get(row_id)
    if made is None:
        from assistant.records.law_only import register_record

        register = page.register.get() if page.register is not None else None
        as_of = register.status()["as_of"] if register is not None else None
        made = page._register_made[row_id] = register_record(found, as_of)
    return made


def closed_note(page, row_id: str | None) -> str:
    """A warning above the summary when the chosen register company is closed."""
    found = page._register_rows.get(row_id) if row_id else None
    if found is None or not found.closed:
        return ""
    from html import escape

    text = QCoreApplication.translate(
        "RegisterRows", "This company is closed: {closure}. A request may need to go to its "
        "successor.").format(closure=found.closure())
    return f"<p style='color:#a00000'><b>{escape(text)}</b></p>"


def entered(record: "Company") -> dict:
    """The case's company_entered for a law-only record (typed, or from the register)."""
    place = record.entered_address
    return {"name": record.name, "address": "\n".join(place.lines),
            "postal_code": place.postal_code, "department": place.department,
            "corporate_number": record.corporate_number,
            "register_as_of": place.as_of if place.source == "register" else None}
