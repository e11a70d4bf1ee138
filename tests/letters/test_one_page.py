"""A letter by the person fits one A4 page: each shipped company and the law-only route."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from assistant.cli.commands import main as cli
from tests.conftest import COMPANY_IDS
from tests.repo import ROOT

EXAMPLE = str(ROOT / "examples" / "details.yaml")


@pytest.mark.parametrize("company", [*COMPANY_IDS, None])
def test_the_person_s_letter_fits_one_page(tmp_path, company):
    out = tmp_path / "letter.pdf"
    which = ["--company", company] if company else [
        "--company-name", "株式会社さくら通販", "--company-address", "東京都新宿区西新宿2-8-1",
        "--postal-code", "163-8001"]
    assert cli(["letter", *which, "--details", EXAMPLE, "--date", "2026-12-01", "-o", str(out)]) == 0
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    assert len(pages) == 1, pages[-1].extract_text()
    text = pages[0].extract_text()
    assert "以上" in text and "署名・押印" not in text
    # the request itself is signed by hand; a cover letter for the company's form is not signed
    cover = "の送付について" in text
    assert ("署名（自署）" in text) != cover and ("上記のとおり請求します。" in text) != cover, text
