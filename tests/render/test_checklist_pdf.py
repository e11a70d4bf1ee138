"""The printable checklist PDF, and its blank variant for support staff."""
from __future__ import annotations

from functools import partial

import io
from datetime import date

import pytest
from pypdf import PdfReader

from assistant.render.checklist_pdf import checklist_pdf
from tests.conftest import COMPANY_IDS
from tests.render.helpers import checklists, details, squash, text_of

# These tests pin the English wording; the renderers' default language is Japanese.
checklist_pdf = partial(checklist_pdf, languages=("en",))


def _pdf(company, blank=False, name="山田 太郎", requester="self"):
    d = details() if requester == "self" else details(representative={
        "capacity": requester, "full_name": "鈴木 花子", "address": "東京都"})
    [cl] = checklists(company, d, sent_on=date(2026, 12, 24))
    return checklist_pdf(cl, blank=blank, name=name, deterministic=True)


def test_porters_fits_one_page_with_tick_boxes_and_the_envelope_address():
    pdf = _pdf("porters")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = squash(text_of(pdf))
    for expected in ["□", "Envelopeaddress", "〒107-0052", "東京都港区赤坂八丁目5番34号3階", "ポーターズ株式会社", "個人情報開示等請求ご担当者様",
                     "Registeredmail(kakitome)", "500yen", "590yen",
                     "山田太郎", "2026-12-24", "2027-01-"]:
        assert expected in text, expected
    assert "Aoyama3階" not in text  # no Latin building name in the Japanese address


@pytest.mark.parametrize("company", COMPANY_IDS)
def test_blank_variant_holds_no_personal_data_and_no_dates(company):
    text = text_of(_pdf(company, blank=True, requester="agent"))
    assert "山田" not in text and "鈴木" not in text
    assert "2026-12-24" not in text and "2027" not in text
    assert "Posted on: ____" in text and "Answer due by: ____" in text


def test_checklist_pdf_metadata_has_no_name():
    reader = PdfReader(io.BytesIO(_pdf("leverages")))
    assert "山田" not in " ".join(str(v) for v in (reader.metadata or {}).values())
