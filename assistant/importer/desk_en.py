"""An English contact block that names the company and its desk on one line, with no postal
address: "Sun Frontier Real Estate Co., Ltd. General Affairs Department, Personal Information
Protection Officer" or "Personal Information Protection Section, General Affairs Department, Sun
Frontier Real Estate K.K.", its telephone on the next line. The desk is the words beside the
company's name; the line must stand in a block (a telephone line under it), not in a sentence.
A name in capitals ends in its word for company ("OKINAWA CELLULAR TELEPHONE COMPANY Personal
Information Disclosure Consultation Office:"), and a colon may end the line."""
from __future__ import annotations

import re

from assistant.importer import terms as t

# a company's name in capitals, its last word COMPANY (each word bounded: the scan stays linear)
UPPER_NAME = re.compile(r"^(?:[A-Z&][A-Z&.-]{0,20} ){1,6}COMPANY\b")


def desk_beside_name(lines: list[str]) -> tuple[int, str] | None:
    """(index, desk) of the first line that names a company and a desk, above a telephone line."""
    for index, line in enumerate(lines[:-1]):
        text = line.strip()
        company = t.COMPANY_EN.search(text) or UPPER_NAME.match(text)
        if not company or len(text) > 120 or text.endswith(".") and not text.endswith(company.group(0)):
            continue
        if not (t.PHONE.search(lines[index + 1]) or t.FREEPHONE.search(lines[index + 1])):
            continue
        # the name runs from the line's start to its legal form, or from after the desk to the end
        before, after = text[:company.start()], text[company.end():]
        for words in (after, before[:before.rfind(",")] if "," in before else ""):
            desk = t.DEPARTMENT_LINE.fullmatch(words.strip(" ,:"))
            if desk:
                return index, desk.group(1).strip(" ,")
    return None
