"""Render the example PDFs and their PNG pictures under docs/images (run after changing PDFs).

    .venv/bin/python docs/render_examples.py     (needs pdftoppm from poppler-utils)
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.cli import main as cli  # noqa: E402

OUT = ROOT / "docs" / "images"
RUNS = {
    "letter-ja": ["letter", "--company", "persol-career", "--language", "ja"],
    "letter-en": ["letter", "--company", "persol-career", "--language", "en"],
    "letter-both": ["letter", "--company", "persol-career", "--language", "both"],
    "checklist": ["checklist", "--company", "porters", "--request", "disclosure", "--format", "pdf",
                  "--sent-on", "2026-12-24"],
    "checklist-blank": ["checklist", "--company", "nttcom-online", "--request", "disclosure",
                        "--format", "pdf", "--blank"],
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    details = str(ROOT / "examples" / "details.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        for name, args in RUNS.items():
            pdf = Path(tmp) / f"{name}.pdf"
            extra = ["--details", details] + (["--date", "2026-11-22"] if args[0] == "letter" else [])
            assert cli(args + extra + ["--deterministic", "-o", str(pdf)]) == 0
            for old in OUT.glob(f"{name}-*.png"):
                old.unlink()
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(OUT / name)], check=True)


if __name__ == "__main__":
    main()
