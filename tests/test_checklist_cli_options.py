"""Issue 11 (CLI): --requester from the details file, --request repeated, --blank with text."""
from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader

from assistant.cli.commands import main as cli
from tests.repo import ROOT

EXAMPLE = ROOT / "examples" / "details.yaml"


def _agent_details(tmp_path: Path) -> str:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "request:", "representative:\n  capacity: agent\n  full_name: 山田 花子\n"
                    "  address: 東京都渋谷区神宮前1-2-3\n\nrequest:", 1)
    path = tmp_path / "agent.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_requester_defaults_to_the_details_file(tmp_path, capsys):
    details = _agent_details(tmp_path)
    assert cli(["checklist", "--language", "en", "--company", "porters", "--request", "disclosure",
                "--details", details]) == 0
    assert "Who is asking: Agent" in capsys.readouterr().out
    assert cli(["checklist", "--language", "en", "--company", "porters", "--request", "disclosure"]) == 0
    assert "Who is asking: The person themselves" in capsys.readouterr().out
    out = tmp_path / "x.pdf"
    assert cli(["checklist", "--language", "en", "--company", "porters", "--request", "disclosure", "--details",
                details, "--requester", "self", "--format", "pdf", "-o", str(out)]) == 2
    assert "does not match the details file" in capsys.readouterr().err and not out.exists()


def test_request_may_be_repeated(tmp_path, capsys):
    base = ["checklist", "--language", "en", "--company", "leverages", "--request", "purpose", "--request", "correction"]
    assert cli(base) == 0
    text = capsys.readouterr().out
    assert text.count("CHECKLIST: ") == 2 and "Notification of the purpose" in text \
        and "Correction" in text
    assert cli(base + ["--format", "json"]) == 0
    lists = json.loads(capsys.readouterr().out)
    assert [c["request_kind"] for c in lists] == ["purpose", "correction"]
    out = tmp_path / "two.pdf"
    assert cli(base + ["--format", "pdf", "-o", str(out)]) == 0
    pages = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Notification of the purpose" in pages and "Correction" in pages


def test_blank_text_has_no_personal_data_and_no_dates(capsys):
    base = ["checklist", "--language", "en", "--company", "leverages", "--request", "disclosure"]
    assert cli(base + ["--blank", "--details", str(EXAMPLE)]) == 0
    text = capsys.readouterr().out
    assert "CHECKLIST: " in text and "山田" not in text and "due by" not in text
    assert cli(base + ["--blank", "--sent-on", "2026-11-24"]) == 2
    assert "--blank leaves out every date" in capsys.readouterr().err
