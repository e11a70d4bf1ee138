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
from assistant.importer.contacts_header import INTERNATIONAL

# a company's name in capitals, its last word COMPANY (each word bounded: the scan stays linear)
UPPER_NAME = re.compile(r"^(?:[A-Z&][A-Z&.-]{0,20} ){1,6}COMPANY\b")


def desk_beside_name(lines: list[str]) -> tuple[int, str] | None:
    """(index, desk) of the first line that names a company and a desk, above a telephone line."""
    for index, line in enumerate(lines[:-1]):
        text = line.strip()
        company = t.COMPANY_EN.search(text) or UPPER_NAME.match(text)
        if not company or len(text) > 120 or text.endswith(".") and not text.endswith(company.group(0)):
            continue
        # (its address may stand between: "…Help Desk, Neowing corporation / 3F, … / Tokyo 103-0012 / e-mail: …")
        if not any(_contact_below(x) for x in lines[index + 1:index + 4]):
            continue
        # the name runs from the line's start to its legal form, or from after the desk to the end
        before, after = text[:company.start()], text[company.end():]
        for words in (after, before[:before.rfind(",")] if "," in before else ""):
            desk = t.DEPARTMENT_LINE.fullmatch(words.strip(" ,:"))
            if desk:
                return index, desk.group(1).strip(" ,")
    return None


# "please contact the below enquiry desk:", "Contact Us", "The following department shall handle
# inquiries…": the block below is the desk's
POINTS_BELOW = re.compile(r"\b(contact (the|our) (below|following)|contact us\b|following (department|desk|office)"
                          r"|(department|desk|office)s? (below|listed below)|contact information"
                          r"|contact the (area|section|contact point) below"  # ("please contact the area below")
                          r"|(information|details) (provided|given|listed|shown) below)", re.I)  # "contact us at the information provided below"


def desk_line_over_contact(lines: list[str]) -> tuple[int, str] | None:
    """(index, desk) of a line that is a desk's name alone ("Tokyo 2020 Enquiry Desk", "FROM JAPAN
    Customer Service") right under words that point to the block below, a telephone or e-mail line
    under it."""
    for index, line in enumerate(lines[1:-1], start=1):
        text = line.strip().rstrip(":")
        if len(text) > 60 or text.endswith(".") or not _contact_below(lines[index + 1]) \
                or not any(POINTS_BELOW.search(x) or JA_BELOW.search(x) for x in lines[max(0, index - 2):index]):
            continue
        desk = t.DEPARTMENT_LINE.fullmatch(text) or SERVICE_DESK.fullmatch(text) or (
            DESK_HOLDER.fullmatch(text) if any(t.REQUEST_WORD.search(x) for x in lines[max(0, index - 2):index]) else None)
        if desk:
            return index, desk.group(1).strip(" ,")
    return None


JA_BELOW = re.compile(r"下記|以下")
# 「…を請求される場合…には、下記にご連絡ください。 / 個人情報問合せ窓口：古賀 彌奈子（取締役） / 電話：…」: the
# desk, labelled with the person who holds it
DESK_HOLDER = re.compile(r"([^\s:：、。「」]{2,20}?(窓口|事務局|相談室|センター))\s?[:：]\s?"
                         r"(?![^\s:：、。]{0,12}(部|課|室|係|センター|窓口|担当)$)[^\s:：、。]{1,8}(\s[^\s:：、。]{1,8})?"
                         r"([（(][^）)]{1,10}[）)])?")


# (a brand's own words, digits too: "Tokyo 2020 Enquiry Desk")
SERVICE_DESK = re.compile(r"([A-Z][A-Za-z0-9&' -]{2,40} (Customer (Service|Support|Center|Centre)|Desk))")


def _contact_below(line: str) -> bool:
    # (a number alone in its international form: "+81-3-3744-5502")
    return bool(t.PHONE.search(line) or t.FREEPHONE.search(line) or t.EMAIL.search(line)
                or INTERNATIONAL.fullmatch(line.strip()))


# "Attention: Contact for Personal Information Matter, BANDAI NAMCO Games Inc.": the line an envelope
# is marked for, the company's name after the desk (bounded parts; no digits: no street's line)
ATTENTION = re.compile(r"^\W{0,3}(?:Attention|Attn\.?)\s?:\s?(?P<d>[A-Za-z][A-Za-z&' -]{2,70}?)\s?(?:,\s?(?P<c>[^,\d]{2,60}))?$",
                       re.I)


def attention_desk(text: str) -> re.Match | None:
    """The desk an "Attention:" line names (group d), the company's name after it left off."""
    m = ATTENTION.match(text.strip())
    if not m or t.COMPANY_EN.search(m.group("d")) or m.group("c") and not t.COMPANY_EN.search(m.group("c")):
        return None
    return m
