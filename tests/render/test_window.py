"""The addressee shows through a 長形3号 window envelope (90 × 45 mm window) wherever the folded
sheet sits: it stays inside the area render/window.py computes, on the first page of every
language; fold marks and a calibration page let a person check their printer and envelopes."""
from __future__ import annotations

import re

import subprocess

import pytest

from assistant.render.window import ADDRESS, FOLDS, calibration_pdf
from tests.render.helpers import details, letter, text_of, words_with_boxes


def _inside_window(words, page: int) -> list[str]:
    left, top, width, height = ADDRESS  # points, measured from the top left as pdftotext does
    return [w for p, x0, y0, x1, y1, w in words
            if p == page and x0 >= left - 1 and x1 <= left + width + 1
            and y0 >= top - 1 and y1 <= top + height + 1]


@pytest.mark.parametrize("company", ["persol-career", "infomart", "leverages"])
def test_the_addressee_lies_within_the_window_on_each_language_s_first_page(company, tmp_path):
    pdf = letter(company, details(), "both")
    words = words_with_boxes(pdf, tmp_path)
    first_pages = [1] + [p for p in sorted({w[0] for w in words})[1:]
                         if any(w[0] == p and w[5].startswith("〒") for w in words)]
    assert len(first_pages) == 2, "a first page per language, each with the addressee"
    for page in first_pages:
        shown = "".join(_inside_window(words, page))
        postal = next(w[5] for w in words if w[0] == page and w[5].startswith("〒"))
        assert postal in shown
        # Nothing else of the letter (date, sender, subject) is in the window's area.
        assert "差出人" not in shown and "From" not in shown


def test_the_calibration_page_shows_what_to_do_and_where_the_window_is(tmp_path):
    pdf = calibration_pdf(deterministic=True)
    text = "".join(text_of(pdf).split())
    assert "100%" in text and "三つ折り" in text and "90×45mm" in text
    words = words_with_boxes(pdf, tmp_path)
    assert _inside_window(words, 1), "the sample address is inside the window's area"
    assert FOLDS == (99 * 72 / 25.4, 198 * 72 / 25.4)


def test_the_cli_prints_the_calibration_page(tmp_path):
    from assistant.cli.commands import main as cli

    out = tmp_path / "cal.pdf"
    assert cli(["calibration", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout.count("Pages:") == 1


def test_a_record_s_japanese_address_is_used_in_the_japanese_letter_and_envelope(records, tmp_path):
    from assistant.cli.commands import main as cli

    path = records / "porters.yaml"
    text = path.read_text(encoding="utf-8")
    # The company's own Japanese page (here made up for the test) replaces the derived address.
    text = re.sub(r"  lines_ja: .*\n  postal_code_ja: .*\n  source_ja: .*\n",
                  '  lines_ja: ["東京都港区赤坂8-5-34 TODA BUILDING青山3階"]\n'
                  '  department_ja: 情報セキュリティ推進室\n'
                  '  source_ja: https://www.porters.jp/privacy/ (the Japanese policy page)\n', text)
    path.write_text(text, encoding="utf-8")
    both = tmp_path / "letter.pdf"
    assert cli(["--data-dir", str(records), "letter", "--company", "porters", "--details",
                "examples/details.yaml", "--language", "both", "-o", str(both)]) == 0
    joined = "".join("".join(text_of(both.read_bytes()).split()))
    assert "東京都港区赤坂8-5-34" in joined and "情報セキュリティ推進室御中" in joined
    assert "日本郵便の郵便番号データ" not in joined
    assert "Akasaka,Minato-ku" in joined  # the English letter keeps the policy's own words


def test_a_japanese_address_without_its_source_is_refused(records):
    from assistant.records.directory import parse_record
    from assistant.records.directory_core import RecordError

    path = records / "porters.yaml"
    text = re.sub(r"  postal_code_ja: .*\n  source_ja: .*\n", "", path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RecordError, match="where the Japanese address comes from"):
        parse_record(path)


def test_the_checklist_and_the_letter_carry_the_same_reference_number(tmp_path):
    import re

    from assistant.cli.commands import main as cli

    letter_pdf = tmp_path / "letter.pdf"
    checklist_pdf = tmp_path / "checklist.pdf"
    common = ["--company", "porters", "--details", "examples/details.yaml"]
    assert cli(["letter", *common, "--date", "2026-12-01", "-o", str(letter_pdf)]) == 0
    assert cli(["checklist", "--language", "en", *common, "--request", "disclosure", "--sent-on", "2026-12-02",
                "--format", "pdf", "-o", str(checklist_pdf)]) == 0
    letter_text = "".join(text_of(letter_pdf.read_bytes()).split())
    reference = re.search(r"20261201-porters-[0-9a-f]{4}", letter_text).group(0)
    checklist_text = "".join(text_of(checklist_pdf.read_bytes()).split())
    assert re.search(r"\d{8}-porters-[0-9a-f]{4}", checklist_text).group(0)[9:] == reference[9:]
