"""`main.py letter` and `main.py message` from the command line."""
from __future__ import annotations

import io

from pypdf import PdfReader

from assistant.cli import main as cli
from assistant.paths import ROOT

EXAMPLE = str(ROOT / "examples" / "details.yaml")


def test_letter_from_the_example_details_file(tmp_path, capsys):
    out = tmp_path / "letter.pdf"
    assert cli(["letter", "--company", "persol-career", "--details", EXAMPLE, "--language", "both",
                "-o", str(out)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "山田" in text and "Request for disclosure" in text
    assert "saved" in capsys.readouterr().out


def test_existing_output_is_not_overwritten(tmp_path, capsys):
    out = tmp_path / "letter.pdf"
    out.write_bytes(b"keep me")
    assert cli(["letter", "--company", "porters", "--details", EXAMPLE, "-o", str(out)]) == 1
    assert out.read_bytes() == b"keep me"
    assert "already exists" in capsys.readouterr().err


def test_missing_details_give_one_message_per_field(tmp_path, capsys):
    details = tmp_path / "d.yaml"
    details.write_text("requester:\n  full_name: 山田\nrequest:\n  kinds: [disclosure]\n", encoding="utf-8")
    assert cli(["letter", "--company", "porters", "--details", str(details), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2
    assert any("requester.date_of_birth: missing" in line for line in err)
    assert any("requester.address: missing" in line for line in err)
    assert not (tmp_path / "x.pdf").exists()


def test_requester_must_match_the_details(tmp_path, capsys):
    assert cli(["letter", "--company", "porters", "--details", EXAMPLE, "--requester", "agent",
                "-o", str(tmp_path / "x.pdf")]) == 2
    assert "does not match" in capsys.readouterr().err


def test_checklist_pdf_and_blank_variant(tmp_path, capsys):
    full, blank = tmp_path / "c.pdf", tmp_path / "b.pdf"
    assert cli(["checklist", "--company", "porters", "--request", "disclosure", "--format", "pdf",
                "--details", EXAMPLE, "-o", str(full)]) == 0
    assert cli(["checklist", "--company", "porters", "--request", "disclosure", "--format", "pdf",
                "--blank", "--details", EXAMPLE, "-o", str(blank)]) == 0
    read = lambda p: "".join(x.extract_text() for x in PdfReader(io.BytesIO(p.read_bytes())).pages)
    assert "山田" in read(full) and "山田" not in read(blank)


def test_message_in_both_languages(capsys):
    assert cli(["message", "--company", "infomart", "--request", "disclosure"]) == 0
    out = capsys.readouterr().out
    assert "株式会社インフォマート" in out and "Infomart Corporation" in out
    assert "第33条第1項" in out and "Art. 33(1)" in out
    assert out.index("株式会社インフォマート") < out.index("Dear Infomart")


def test_first_contact_message_is_offered_where_the_policy_wants_contact_or_leaves_gaps():
    from assistant.message import wants_contact_first
    from tests.render.helpers import checklists, details

    wanted = {c: wants_contact_first(checklists(c, details())[0])
              for c in ("porters", "persol-career", "infomart", "leverages", "nttcom-online")}
    assert wanted == {"porters": False, "persol-career": False, "infomart": True,
                      "leverages": True, "nttcom-online": True}
