"""An English desk written inside the address line: "Address: Personal Information Desk, Example
Co., Ltd., 1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0001". The address rule takes the whole line
(less its label) as the address; here the desk is taken as the desk, the company's name is dropped
(the envelope prints it on a line of its own) and the rest is the address."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.facts import Found

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal

# Where the street address begins: a house number ("1-2-3 Marunouchi", "4-5-6, Kudan-minami").
STREET = re.compile(r"(?:^|,\s?)(?=\d{1,4}(?:-\d{1,4}){0,3},?\s?[A-Z])")
FLOOR = re.compile(r"\b(Fl|Flr)\.$|\bFloor\b", re.I)  # "6, 7 and 8 Fl." on a line of its own
DESK = re.compile(r"[A-Za-z][A-Za-z&.' -]{2,70}(Desk|Office|Center|Centre|Counter|Section|Division|Team|"
                  r"Department|Contact|[Mm]anager)")


class EnglishDeskInAddressRules:
    """The desk and the company's name out of an English address line: mixed into the extractor."""

    proposal: "Proposal"

    def desk_in_address_line(self) -> None:
        found = self.proposal.first("send_to.lines")
        if found is None or len(found.value) != 1 or not found.value[0].isascii():
            return
        line = found.value[0]
        street = STREET.search(line)
        if street is None or street.start() == 0:
            return
        head = line[:street.start()].strip(" ,")
        company = t.COMPANY_EN.search(head)
        # the desk is what stands before the company's name, or the whole head without one; or,
        # after the name, its first part ("Indotech Co., Ltd. Complaints … Desk, Kanda … Building 7F,
        # 2-2 Kanda Jinbocho, …": the building after it is the address's)
        building = ""
        desk = head[:max(head.rfind(",", 0, company.start()), 0)].strip(" ,") if company else head
        if company and not desk:
            desk, _, building = head[company.end():].strip(" ,").partition(", ")
        if not DESK.fullmatch(desk) or "," in desk:
            return  # "Tokyo Head Office Building, …": not one desk's name
        street_on = line[street.start():].strip(" ,")
        address = f"{building.strip()}, {street_on}" if building.strip() else street_on
        facts = self.proposal.facts
        facts[facts.index(found)] = replace(found, value=(address,))
        if not self.proposal.first("send_to.department"):
            facts.append(Found("send_to.department", desk, found.quote, found.start, found.end))


def street_above(above: list[str], code_line: str) -> list[str]:
    """An English block whose postal code stands alone below the street: "6, 7 and 8 Fl. / Minami-aoyama
    Tokyu Bldg., 3-8-38 Minami-Aoyama, Minato-ku, Tokyo / 107-0062" — the lines just above the code,
    up to the company's or the desk's line (none where the code does not stand alone)."""
    if not t.POSTAL.fullmatch(t.BULLET.sub("", code_line, count=1).strip(" ,")):
        return []
    lines: list[str] = []
    for text in reversed(above):
        text = t.BULLET.sub("", text, count=1).strip()
        if not text.isascii() or t.COMPANY_EN.search(text) or DESK.search(text) or t.PHONE.search(text) \
                or text.endswith(".") and not (t.BUILDING.search(text) or FLOOR.search(text)) or len(text) > 120:
            break
        lines.insert(0, text)
    return [" ".join(lines)] if lines and t.PLACE.search(" ".join(lines)) else []
