"""A record for a company that has none: made in memory from the name and address the user typed.

Every procedural fact is `unknown`, so the checklist engine answers from the law alone (Arts.
32-39, the general identity documents, the fee and date rules) and says what to ask the company;
the typed address is carried apart (entered_address), shown as what the user entered, never as
the company's policy."""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from assistant.io.user_errors import UserError

if TYPE_CHECKING:
    from assistant.records.model import Company
    from assistant.records.register import RegisterCompany

LAW_ONLY_ID = "law-only"


class LawOnlyError(UserError, ValueError):
    """What the user typed cannot make a record: the message says what to fix."""

    exit_code = 2


def law_only_company(name: str, address: str, postal_code: str | None = None,
                     department: str | None = None, today: date | None = None,
                     corporate_number: str | None = None,
                     register_as_of: date | None = None) -> "Company":
    """The law-only record for a company named `name` at `address` (lines split at newlines).
    With a corporate number, the name and address are the register's (register_record)."""
    from pydantic import ValidationError

    # Here, not at the top: the CLI names LawOnlyError without loading pydantic.
    from assistant.records.model import UNKNOWN, Company, EnteredAddress, Response

    name = name.strip()
    lines = tuple(line.strip() for line in re.split(r"[\r\n]+", address or "") if line.strip())
    if not name:
        raise LawOnlyError("company name: write the company's name")
    if not lines:
        raise LawOnlyError("company address: write the address to send the request to "
                           "(from the company's website)")
    try:
        entered = EnteredAddress(postal_code=(postal_code or "").strip() or None, lines=lines,
                                 department=(department or "").strip() or None,
                                 source="register" if corporate_number else "typed",
                                 as_of=register_as_of if corporate_number else None)
        return Company(id=LAW_ONLY_ID, name=name, checked=today or date.today(), quality="law-only",
                       corporate_number=corporate_number,
                       entered_address=entered, send_to=UNKNOWN, inquiries=UNKNOWN,
                       channels=UNKNOWN, form=UNKNOWN, documents=UNKNOWN, fees=UNKNOWN,
                       response=Response(methods=UNKNOWN, time_limit=UNKNOWN))
    except ValidationError as exc:
        first = exc.errors()[0]
        field = next((str(p) for p in first["loc"] if str(p) in _FIELDS), "")
        raise LawOnlyError(f"{_FIELDS.get(field, 'company')}: "
                           f"{first['msg'].removeprefix('Value error, ')}") from None


def register_record(company: "RegisterCompany", as_of: date | None,
                    department: str | None = None) -> "Company":
    """The law-only record for a company of the national register: its registered name and head
    office (本店所在地) in Japanese, and its corporate number."""
    return law_only_company(company.name, company.address, company.postal_code, department,
                            corporate_number=company.number, register_as_of=as_of)


# The record's fields as the user knows them (the dialog's and the CLI's words).
_FIELDS = {"name": "company name", "lines": "company address", "postal_code": "postal code",
           "department": "department", "corporate_number": "corporate number"}
