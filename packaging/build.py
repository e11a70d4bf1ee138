"""Build the packaged app, one folder with everything inside (Python, Qt, fonts, translations):

    .venv/bin/pip install -q -e '.[bundle]' && .venv/bin/python packaging/build.py

Writes dist/disclosure-assistant/ (run `disclosure-assistant` inside it; on Linux
`install-desktop-entry.sh` there adds it to the desktop's menu). The same script builds on
Windows and macOS (.github/workflows/bundle.yml). PyInstaller was chosen after trying Briefcase
and pyside6-deploy: see README "Install".
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
NAME = "disclosure-assistant"
# Qt modules the program never uses but PyInstaller's Qt hook may reach through a dependency:
# left out, the bundle is smaller and starts the same.
EXCLUDES = ["tkinter", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtQuick",
            "PySide6.QtQml", "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtNetwork",
            "PySide6.QtOpenGL", "PySide6.QtDBus", "pytest", "hypothesis", "PyInstaller"]


def translations(work: Path) -> Path:
    """The interface's .qm files, compiled from the .ts at build time into the bundle."""
    folder = work / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    from assistant.ui.translations import TRANSLATIONS_DIR, _lrelease

    for source in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        subprocess.run([str(_lrelease()), "-silent", str(source), "-qm",
                        str(folder / f"{source.stem}.qm")], check=True)
    return folder


def pyinstaller(work: Path, dist: Path) -> Path:
    try:
        import PyInstaller.__main__ as pyinstaller_main
    except ImportError:
        raise SystemExit("PyInstaller is not installed: .venv/bin/pip install -e '.[bundle]'")
    sep = os.pathsep
    qm = translations(work)
    args = [str(PACKAGING / "entry.py"), "--name", NAME, "--noconfirm", "--clean",
            "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
            "--specpath", str(work), "--paths", str(ROOT),
            "--collect-data", "assistant", "--add-data", f"{qm}{sep}assistant/resources/translations",
            "--collect-data", "budoux",  # its phrase model (JSON), read when letters are laid out
            "--hidden-import", "assistant.ui.app", "--log-level", "WARN",
            "--copy-metadata", "disclosure-request-assistant"]  # About's version
    for name in EXCLUDES:
        args += ["--exclude-module", name]
    if sys.platform == "win32":  # started from Explorer, no console window (from a terminal, the CLI)
        args += ["--hide-console", "hide-early"]
    if sys.platform == "darwin":
        args += ["--windowed", "--osx-bundle-identifier", "jp.disclosure-request-assistant"]
    pyinstaller_main.run(args)
    return dist / NAME


def desktop_files(bundle: Path) -> None:
    """Linux: the desktop entry, the icons and the script that installs them for the user."""
    shutil.copy(PACKAGING / f"{NAME}.desktop", bundle)
    shutil.copytree(ROOT / "assistant" / "resources" / "icons", bundle / "icons", dirs_exist_ok=True)
    script = bundle / "install-desktop-entry.sh"
    shutil.copy(PACKAGING / "install-desktop-entry.sh", script)
    script.chmod(0o755)


def size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="where the bundle goes")
    parser.add_argument("--work", default=str(ROOT / "build" / "bundle"), help="scratch folder")
    args = parser.parse_args(argv)
    bundle = pyinstaller(Path(args.work), Path(args.dist))
    if sys.platform.startswith("linux"):
        desktop_files(bundle)
    print(f"bundle: {bundle} ({size_mib(bundle):.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
