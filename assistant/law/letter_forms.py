"""Letter words the checklist needs too, without loading any file (the checklist engine reads no
YAML): the primary language, and how the company's own form is named."""
from __future__ import annotations

import re
from typing import Protocol


class LetterWords(Protocol):
    """What the checklist and the addressee block read of a letter's wording (LetterWording)."""

    company_form: str
    company_form_named: str
    addressee_function: str

    def honorific(self, department: str | None) -> str: ...

# The language of the companies the letters go to: listed first, and first in a bilingual letter.
PRIMARY = "ja"
GENERIC = re.compile(r"(当社|弊社|当行|当金庫|当院)?所定の?(請求書|申請書|申込書|用紙|様式|書式)|"
                     r"(the )?company'?s (own )?(request )?form", re.I)


def company_form(w: LetterWords, language: str, name: str | None) -> str:
    """The company's own form in the letter's words: by the policy's name for it where that name is
    written in the letter's script (貴社所定の個人情報開示等請求書; no English inside Japanese), else in
    general words (貴社所定の請求書) — never a name of the program's making (「…第三者提供記録開示請求書」
    for a form the policy calls otherwise, a cold read's finding)."""
    # 「所定の請求書」 names no form the letter's general words do not: said once
    if name and fits(name, language) and not GENERIC.fullmatch(name.strip()):
        return w.company_form_named.format(name=name.strip())
    return w.company_form


def fits(name: str, language: str) -> bool:
    """Whether a form's name is written in the letter's script (no English inside Japanese)."""
    japanese = any("\u3040" <= ch <= "\u9fff" for ch in name)
    latin = any(ch.isascii() and ch.isalpha() for ch in name)
    return (japanese and not latin) if language == PRIMARY else not japanese
