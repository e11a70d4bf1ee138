"""Smoke test of the packaged app (after packaging/build.py; `.ci/run` and the Windows/macOS
workflow run it): the wizard starts and paints its first page offscreen, a letter PDF is made
with its fonts embedded, the translations and (on Linux) the desktop entry are inside.

    python packaging/smoke.py [dist/disclosure-assistant]

Runs with the user's folders in a scratch folder; prints one line per check; exits 1 on the
first failure."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "disclosure-assistant"


def program(bundle: Path) -> Path:
    for candidate in (bundle / f"{NAME}.exe", bundle / NAME,
                      bundle / f"{NAME}.app" / "Contents" / "MacOS" / NAME):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no {NAME} program in {bundle}: run packaging/build.py first")


def embedded_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font: Poppler's pdffonts where installed, else pypdf."""
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
        rows = out.stdout.splitlines()[2:]
        return [(row.split()[0], re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s", row)[1] == "yes")
                for row in rows]
    from pypdf import PdfReader

    fonts = {}
    for page in PdfReader(str(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            descriptor = descendants[0].get_object().get("/FontDescriptor") or {}
            fonts[str(font["/BaseFont"])] = any(k in descriptor for k in
                                                ("/FontFile", "/FontFile2", "/FontFile3"))
    return list(fonts.items())


def check(name: str, ok: bool, detail: str = "") -> None:
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""))
    if not ok:
        raise SystemExit(1)


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / NAME
    exe = program(bundle)
    scratch = Path(tempfile.mkdtemp(prefix="dra-smoke-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(scratch / "data"),
           "XDG_CACHE_HOME": str(scratch / "cache"), "XDG_CONFIG_HOME": str(scratch / "config"),
           "LANG": "ja_JP.UTF-8"}
    try:
        shown = subprocess.run([str(exe)], env={**env, "DRA_EXIT_AFTER_FIRST_PAINT": "1"},
                               cwd=scratch, capture_output=True, text=True, timeout=120)
        check("the wizard paints its first page", shown.returncode == 0
              and shown.stdout.startswith("READY"), shown.stdout + shown.stderr)
        check("the version is inside (About)",
              any(bundle.rglob("disclosure_request_assistant-*.dist-info")))
        qm = list(bundle.rglob("assistant_ja.qm"))
        check("the Japanese translation is inside", bool(qm) and qm[0].stat().st_size > 1000)
        shutil.copy(ROOT / "examples" / "details.yaml", scratch / "details.yaml")
        letter = subprocess.run([str(exe), "letter", "--company", "leverages", "--details",
                                 "details.yaml", "--language", "both", "-o", "letter.pdf"],
                                env=env, cwd=scratch, capture_output=True, text=True, timeout=120)
        check("a letter PDF is made", letter.returncode == 0
              and (scratch / "letter.pdf").is_file(), letter.stderr)
        fonts = embedded_fonts(scratch / "letter.pdf")
        check("its fonts are the bundled IPAex, embedded",
              bool(fonts) and all(emb for _, emb in fonts)
              and any("IPAex" in name for name, _ in fonts), str(fonts))
        if sys.platform.startswith("linux"):
            installed = subprocess.run(["sh", str(bundle / "install-desktop-entry.sh")], env=env,
                                       capture_output=True, text=True, timeout=60)
            entry = scratch / "data" / "applications" / f"{NAME}.desktop"
            check("the desktop entry installs", installed.returncode == 0 and entry.is_file()
                  and f'Exec="{exe}"' in entry.read_text(encoding="utf-8"), installed.stderr)
            if shutil.which("desktop-file-validate"):  # Debian's desktop-file-utils
                valid = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                                       text=True)
                check("the desktop entry is valid", valid.returncode == 0 and not valid.stdout,
                      valid.stdout + valid.stderr)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
