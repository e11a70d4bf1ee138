"""Render the example PDFs and their PNG pictures under docs/images (run after changing PDFs).

    .venv/bin/python docs/render_examples.py           (needs pdftoppm from poppler-utils)
    .venv/bin/python docs/render_examples.py letters   (the letters, checklists and 委任状 only)
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.cli.commands import main as cli  # noqa: E402

OUT = ROOT / "docs" / "images"
RUNS = {
    "letter-ja": ["letter", "--company", "persol-career", "--language", "ja"],
    "letter-en": ["letter", "--company", "persol-career", "--language", "en"],
    "letter-both": ["letter", "--company", "persol-career", "--language", "both"],
    # One letter per company in each language, to read as the company would.
    **{f"letter-{company}-{language}": ["letter", "--company", company, "--language", language]
       for company in ("infomart", "leverages", "nttcom-online", "porters")
       for language in ("ja", "en", "both")},
    "checklist": ["checklist", "--company", "porters", "--request", "disclosure", "--format", "pdf",
                  "--sent-on", "2026-12-24"],
    "checklist-en": ["checklist", "--company", "porters", "--request", "disclosure", "--format",
                     "pdf", "--sent-on", "2026-12-24", "--language", "en"],
    "checklist-blank": ["checklist", "--company", "nttcom-online", "--request", "disclosure",
                        "--format", "pdf", "--blank"],
    # The 委任状 an appointed agent sends (examples/details-agent.yaml), and the agent's letter.
    "authority-ja": ["authority", "--company", "leverages", "--language", "ja"],
    "authority-en": ["authority", "--company", "leverages", "--language", "en"],
    "letter-agent-ja": ["letter", "--company", "leverages", "--language", "ja"],
}
AGENT = {"authority-ja", "authority-en", "letter-agent-ja"}


# Tracked requests played on real dates, each follow-up made on a day it is true: Leverages
# (limit 14 business days) and PERSOL CAREER (no limit; JUAS), posted 1 Dec 2026, delivered 2 Dec.
FOLLOWUPS = {
    "followup-demand": (1, "2026-12-17", ["--kind", "demand", "--grid", "26x20", "--copies", "1"]),
    "followup-ppc-sheet": (1, "2026-12-17", ["--kind", "ppc-sheet", "--language", "ja"]),
    "followup-reminder": (1, "2026-12-23", ["--kind", "reminder", "--language", "ja"]),
    "followup-complaint": (2, "2026-12-17", ["--kind", "complaint", "--language", "ja"]),
    "followup-incomplete": (2, "2026-12-23", ["--kind", "incomplete", "--language", "ja", "--problem",
                                              "開示された情報には、2024年4月以降の利用履歴が含まれておらず、"
                                              "開示しない理由の説明もありません。"]),
}


def _followups(tmp: str, details: str) -> None:
    store = ["--store", str(Path(tmp) / "cases.sqlite3")]
    for company in ("leverages", "persol-career"):
        assert cli(["cases", *store, "--today", "2026-12-01", "add", "--company", company,
                    "--details", details]) == 0
    for case in ("1", "2"):
        assert cli(["cases", *store, "--today", "2026-12-01", "posted", case, "--on", "2026-12-01",
                    "--tracking", "1234-5678-9012"]) == 0
        assert cli(["cases", *store, "--today", "2026-12-03", "delivered", case, "--on", "2026-12-02"]) == 0
    for name, (case, day, args) in FOLLOWUPS.items():
        if name == "followup-incomplete":
            assert cli(["cases", *store, "--today", "2026-12-20", "answered", str(case), "--partly",
                        "--on", "2026-12-20"]) == 0
        pdf = Path(tmp) / f"{name}.pdf"
        assert cli(["followup", *store, "--today", day, "--case", str(case), *args,
                    "--deterministic", "-o", str(pdf)]) == 0
        _pictures(pdf, name)
    evidence = Path(tmp) / "evidence.zip"
    assert cli(["cases", *store, "--today", "2026-12-24", "export", "1", "--deterministic", "-o",
                str(evidence)]) == 0
    import zipfile

    for language in ("ja", "en"):
        pdf = Path(tmp) / f"timeline-{language}.pdf"
        pdf.write_bytes(zipfile.ZipFile(evidence).read(f"timeline-{language}.pdf"))
        _pictures(pdf, f"evidence-timeline-{language}")


def _pictures(pdf: Path, name: str) -> None:
    for old in OUT.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(OUT / name)], check=True)


def main(letters_only: bool = False) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    details = str(ROOT / "examples" / "details.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        if not letters_only:
            _followups(tmp, details)
            calibration = Path(tmp) / "window-calibration.pdf"
            assert cli(["calibration", "--deterministic", "-o", str(calibration)]) == 0
            _pictures(calibration, "window-calibration")
        for name, args in RUNS.items():
            pdf = Path(tmp) / f"{name}.pdf"
            who = str(ROOT / "examples" / "details-agent.yaml") if name in AGENT else details
            dated = ["--date", "2026-11-22"] if args[0] in ("letter", "authority") else []
            extra = ["--details", who] + dated
            assert cli(args + extra + ["--deterministic", "-o", str(pdf)]) == 0
            _pictures(pdf, name)


if __name__ == "__main__":
    main(letters_only=sys.argv[1:] == ["letters"])
