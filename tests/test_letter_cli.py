"""`main.py letter` and `main.py message` from the command line."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from assistant.cli.commands import main as cli
from tests.repo import ROOT
from tests.conftest import posix_only, run_main

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
    assert cli(["checklist", "--language", "en", "--company", "porters", "--request", "disclosure", "--format", "pdf",
                "--details", EXAMPLE, "-o", str(full)]) == 0
    assert cli(["checklist", "--language", "en", "--company", "porters", "--request", "disclosure", "--format", "pdf",
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
    from assistant.checklist.message import wants_contact_first
    from tests.render.helpers import checklists, details

    wanted = {c: wants_contact_first(checklists(c, details())[0])
              for c in ("porters", "persol-career", "infomart", "leverages", "nttcom-online")}
    assert wanted == {"porters": False, "persol-career": False, "infomart": True,
                      "leverages": True, "nttcom-online": True}


# --- hostile details files: one clear line, exit 2, nothing written, no traceback --------------

def _details_file(tmp_path, **replace: str):
    """The example details file with some lines replaced (key: the text that starts the line)."""
    lines = (ROOT / "examples" / "details.yaml").read_text(encoding="utf-8").splitlines()
    for start, new in replace.items():
        number = next(i for i, line in enumerate(lines) if line.startswith(start))
        lines[number] = new
    path = tmp_path / "details.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _letter(details, out):
    return run_main("letter", "--company", "porters", "--details", str(details), "-o", str(out))


@pytest.mark.parametrize("written, message", [
    ("  date_of_birth: 2000-02-30", "requester.date_of_birth: '2000-02-30' is not a real date"),
    ("  date_of_birth: 0000-00-00", "requester.date_of_birth: '0000-00-00' is not a real date"),
    ("  phone: " + "9" * 4400, "requester.phone: this number is 4,400 characters long"),
])
def test_impossible_dates_and_huge_numbers_in_details_are_one_clear_line(tmp_path, written, message):
    key = written.split(":")[0]
    details = _details_file(tmp_path, **{key: written})
    result = _letter(details, tmp_path / "x.pdf")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {details}:") and message in line
    assert not (tmp_path / "x.pdf").exists()


def test_a_key_written_twice_in_details_names_both_lines(tmp_path, capsys):
    details = _details_file(tmp_path, **{"  full_name_kana:": "  full_name: 佐藤 花子"})
    lines = details.read_text(encoding="utf-8").splitlines()
    first, second = [i + 1 for i, line in enumerate(lines) if line.startswith("  full_name:")]
    assert cli(["letter", "--company", "porters", "--details", str(details), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert f"requester.full_name: 'full_name' is written twice here (lines {first} and {second})" in err
    assert not (tmp_path / "x.pdf").exists()


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "folder", "/dev/zero", "/dev/null"])
def test_a_pipe_device_or_folder_as_details_file_is_refused_without_hanging(tmp_path, kind):
    import os

    if kind == "fifo":
        details = tmp_path / "details.yaml"
        os.mkfifo(details)
    elif kind == "folder":
        details = tmp_path / "details.yaml"
        details.mkdir()
    else:
        details = tmp_path / "details.yaml"
        os.symlink(kind, details)
    result = _letter(details, tmp_path / "x.pdf")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    expected = {"fifo": "a named pipe (FIFO)", "folder": "a folder"}.get(kind, "a device")
    assert f"this is {expected}, not a file" in line
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("name", ["\u200b\u200b", " \u200b\u2060 ", "\u3164", "\ufeff\u3000"])
def test_a_name_of_only_invisible_characters_is_missing(tmp_path, capsys, name):
    details = _details_file(tmp_path, **{"  full_name:": f'  full_name: "{name}"'})
    assert cli(["letter", "--company", "porters", "--details", str(details), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "requester.full_name: missing" in capsys.readouterr().err


@pytest.mark.parametrize("code", ["١٥٠-٠٠٠١", "۱۵۰-۰۰۰۱", "१५०-०००१", "১৫০০০০১"])
def test_postal_code_takes_only_ascii_or_full_width_digits(tmp_path, capsys, code):
    from assistant.case.details import check_postal

    assert check_postal("〒１５０－０００１") == "150-0001"  # full-width digits are still fine
    details = _details_file(tmp_path, **{"  postal_code:": f"  postal_code: {code}"})
    assert cli(["letter", "--company", "porters", "--details", str(details), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "requester.postal_code: postal code must be 7 digits" in capsys.readouterr().err


def test_errors_in_a_details_file_say_what_to_type_not_pydantic_s_words(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "d.yaml"
    text = (ROOT / "examples" / "details.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("date_of_birth: 1985-04-12", "date_of_birth: 12 April 1985")
                    .replace("kinds: [disclosure]", "kinds: [disclosure, everything]"), encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "letter", "--company", "porters",
                             "--details", str(path), "-o", str(tmp_path / "l.pdf")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "Input should" not in result.stderr
    assert "1985-04-12" in result.stderr and "昭和60年4月12日" in result.stderr  # the forms it takes


def test_the_letter_says_the_fee_was_paid_only_with_the_day_and_method_given(tmp_path, capsys):
    out = tmp_path / "letter.pdf"
    base = ["letter", "--company", "infomart", "--details", EXAMPLE, "-o", str(out), "--overwrite"]
    assert cli(base) == 0
    squash = lambda: "".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages).split())
    assert "お支払いしました" not in squash()
    assert cli(base + ["--fee-paid-on", "2026-11-20", "--fee-paid-how", "銀行振込"]) == 0
    assert "令和8年11月20日に銀行振込によりお支払いしました" in squash()
    out.unlink()
    assert cli(base + ["--fee-paid-on", "2026-11-20"]) == 2
    assert "--fee-paid-how" in capsys.readouterr().err and not out.exists()


def test_letter_takes_the_requester_from_the_details_file(tmp_path):
    text = (ROOT / "examples" / "details.yaml").read_text(encoding="utf-8")
    text = text.replace("# representative:\n#   capacity: agent", "representative:\n  capacity: agent")
    text = text.replace("#   full_name: 山田 花子\n#   address: 東京都渋谷区神宮前1-2-3 ハイツ神宮前101",
                        "  full_name: 山田 花子\n  address: 東京都渋谷区神宮前1-2-3 ハイツ神宮前101")
    details = tmp_path / "rep.yaml"
    details.write_text(text, encoding="utf-8")
    out = tmp_path / "letter.pdf"
    assert cli(["letter", "--company", "porters", "--details", str(details), "-o", str(out)]) == 0
    assert cli(["letter", "--company", "porters", "--details", str(details), "--requester", "self",
                "-o", str(tmp_path / "other.pdf")]) == 2
