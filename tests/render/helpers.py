"""Build letters and checklists for tests, and read PDFs back."""
from __future__ import annotations

import io
import re
import subprocess
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from assistant.case.details import Details
from assistant.records.directory import load_directory
from assistant.io.paths import COMPANIES_DIR
from assistant.law.reference import load_checklist_words, load_labels, load_law
from assistant.render.letter import LetterInput, letter_pdf
from assistant.checklist.build import Options, build_checklist
from assistant.law.wording import letter_wording, parse_languages

TODAY = date(2026, 11, 22)
A4 = (595.27, 841.89)


def details(**changes) -> Details:
    base = {
        "requester": {"full_name": "山田 太郎", "full_name_kana": "ヤマダ タロウ",
                      "date_of_birth": "1985-04-12", "postal_code": "150-0001",
                      "address": "東京都渋谷区神宮前1-2-3", "phone": "090-1234-5678",
                      "email": "taro@example.jp"},
        "request": {"kinds": ["disclosure"], "services": ["doda"], "account_ids": ["ID-778899"],
                    "period": "2020-2026", "response_method": "electronic-record"},
    }
    for key, value in changes.items():
        base[key] = value if not isinstance(value, dict) else {**base.get(key, {}), **value}
    return Details.model_validate(base)


def checklists(company: str, d: Details, **options):
    c = load_directory([COMPANIES_DIR]).get(company)
    if d.representative is not None:
        options.setdefault("capacity", d.representative.capacity)
    letters = {language: letter_wording(language) for language in ("ja", "en")}
    return tuple(build_checklist(c, k, d.requester_kind, Options(**options), law=load_law(),
                                 labels=load_labels(), words=load_checklist_words(), letters=letters)
                 for k in d.request.ordered_kinds())


def letter(company: str, d: Details, language: str = "ja", **input_changes) -> bytes:
    """input_changes: more LetterInput fields (reference, fee_paid, checklists)."""
    input_changes.setdefault("checklists", checklists(company, d))
    data = LetterInput(details=d, wording={l: letter_wording(l) for l in ("ja", "en")},
                       labels=load_labels(), law=load_law(), today=TODAY, **input_changes)
    return letter_pdf(data, parse_languages(language), deterministic=True)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def words_with_boxes(pdf: bytes, tmp: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) for every word, from poppler's pdftotext -bbox."""
    source = tmp / "in.pdf"
    source.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(source), "-"], capture_output=True,
                          text=True, check=True).stdout
    words, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            words.append((page, *map(float, m.groups()[:4]), m.group(5)))
    return words


FOOTER_WORD = re.compile(r"^(\d+|/)$")


def outside_margins(words, margin: float, page=A4, also=()) -> list:
    """Words whose box leaves the text area; the page number ("1 / 2") may sit in the bottom margin.
    `also`: more areas (left, top, width, height) that belong to the page's text, such as a letter's
    addressee where an envelope's window shows it."""
    left, right = margin - 1, page[0] - margin + 1
    top, bottom = margin - 1, page[1] - margin + 1
    bad = []
    for w in words:
        _, x0, y0, x1, y1, text = w
        inside = left <= x0 and x1 <= right and top <= y0 and y1 <= bottom
        inside = inside or any(a - 1 <= x0 and x1 <= a + b + 1 and c - 1 <= y0 and y1 <= c + d + 1
                               for a, c, b, d in also)
        footer = y0 > bottom - 2 and y1 <= page[1] and FOOTER_WORD.match(text)
        # a later page's header line (pages.RunningHeader): in the top margin, within the sides
        header = w[0] > 1 and 0 <= y0 and y1 <= top + 1 and left <= x0 and x1 <= right
        if not (inside or footer or header):
            bad.append(w)
    return bad


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def letter_pages(company: str, d: Details, **input_changes) -> tuple[str, str]:
    """A bilingual letter's Japanese pages and English pages, as text."""
    japanese = len(pages_of(letter(company, d, "ja", **input_changes)))
    pages = pages_of(letter(company, d, "both", **input_changes))
    return "\n".join(pages[:japanese]), "\n".join(pages[japanese:])
