"""A new language is data only: a toy language "xx" added in a copy of forms/ (letter wording,
labels, message) gives letters, messages and CLI choices in it without a line of code."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from assistant.case.request import CaseOptions, RequestCase
from assistant.cli.commands import main as cli
from assistant.facade import Assistant
from assistant.io.paths import FORMS_DIR
from tests.render.helpers import details, squash, text_of
from tests.repo import ROOT

TOY = {"opening": "Tojo saluton, kara kompanio,", "title": "Toja peto pri malkasxo",
       "closing": "Tojan dankon.", "page": "pagxo {page} el {pages}"}


def make_toy_forms(folder: Path) -> Path:
    """A copy of forms/ with the toy language xx added: only files written, no code."""
    forms = folder / "forms"
    shutil.copytree(FORMS_DIR, forms)
    wording = yaml.safe_load((forms / "letter" / "en.yaml").read_text(encoding="utf-8"))
    wording.update(language_name={"xx": "Tojlingvo", "en": "Toy"}, opening=TOY["opening"],
                   closing=TOY["closing"], page=TOY["page"], date_format="{day}.{month}.{year}",
                   article_format="artikolo {number}")
    wording["kinds"]["disclosure"]["title"] = TOY["title"]
    (forms / "letter" / "xx.yaml").write_text(yaml.safe_dump(wording, allow_unicode=True), encoding="utf-8")
    labels = yaml.safe_load((forms / "labels.yaml").read_text(encoding="utf-8"))
    for group in labels.values():
        for label in group.values():
            label["xx"] = "toja " + label["en"]
    (forms / "labels.yaml").write_text(yaml.safe_dump(labels, allow_unicode=True), encoding="utf-8")
    # The checklist's words in xx too: the letter's enclosures are the checklist's lines.
    shutil.copy(forms / "checklist" / "en.yaml", forms / "checklist" / "xx.yaml")
    (forms / "message" / "xx.txt").write_text("Toja mesagxo al {company} pri {request} ({article}).\n",
                                              encoding="utf-8")
    return forms


@pytest.fixture(scope="module")
def toy_forms(tmp_path_factory) -> Path:
    return make_toy_forms(tmp_path_factory.mktemp("toy"))


@pytest.fixture(scope="module")
def toy(toy_forms, directory) -> Assistant:
    return Assistant(directory, forms=toy_forms)


def _case(*languages: str) -> RequestCase:
    return RequestCase.from_details("persol-career", details(), languages=languages,
                                    options=CaseOptions(letter_date=date(2026, 11, 22)))


def test_the_toy_language_is_found_in_the_data(toy):
    assert toy.languages() == ("ja", "en", "xx")
    assert toy.labels.missing(toy.languages()) == []
    assert Assistant().languages() == ("ja", "en")  # the installed forms are untouched


def test_a_letter_in_the_toy_language_uses_its_wording_labels_and_dates(toy):
    text = text_of(toy.letter_pdf(_case("xx"), deterministic=True))
    for expected in [TOY["opening"], TOY["title"], TOY["closing"], "pagxo 1 el", "22.11.2026",
                     "12.4.1985", "artikolo 33(1)", "provision of an electronic record",
                     "(name: ____________)"]:
        assert squash(expected) in squash(text), expected
    assert "保有個人データ開示請求書" not in text and "Dear Sir or Madam" not in text


def test_the_toy_language_goes_after_japanese_in_a_bilingual_letter(toy):
    text = text_of(toy.letter_pdf(_case("ja", "xx"), deterministic=True))
    assert text.index("保有個人データ開示請求書") < text.index(TOY["title"])
    assert squash("（書類名：＿＿＿＿＿＿＿＿）") in squash(text)  # the document enclosed, to write in
    assert squash("(name: ____________)") in squash(text)


def test_the_command_line_offers_the_toy_language_from_the_data(toy_forms, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DRA_FORMS_DIR", str(toy_forms))
    out = tmp_path / "letter.pdf"
    assert cli(["letter", "--company", "porters", "--details", str(ROOT / "examples" / "details.yaml"),
                "--language", "xx", "-o", str(out)]) == 0
    assert TOY["title"] in text_of(out.read_bytes())
    assert cli(["message", "--company", "infomart", "--request", "disclosure", "--language", "ja,xx"]) == 0
    message = capsys.readouterr().out
    assert message.index("株式会社インフォマート") < message.index("Toja mesagxo al Infomart Corporation")
    with pytest.raises(SystemExit):
        cli(["letter", "--company", "porters", "--details", "x.yaml", "--language", "yy", "-o", "x.pdf"])
    assert "use one of: ja, en, xx, both" in capsys.readouterr().err
