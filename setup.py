"""The build steps beyond pyproject.toml: the interface's translations compiled (.ts → .qm) with
Qt's lrelease into the wheel, so an installed program never writes into its own folder; and, for
an editable install (`pip install -e .`, the README's way), the checkout's modules compiled to
bytecode once. Everything else is configured in pyproject.toml."""
from __future__ import annotations

import compileall
import importlib.util
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path("assistant", "resources", "translations")


def lrelease() -> Path:
    """Qt's lrelease from the PySide6-Essentials wheel (a build requirement)."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease", "lrelease.exe"):
            if (Path(folder) / name).is_file():
                return Path(folder) / name
    raise SystemExit("building the translations needs PySide6-Essentials (lrelease) installed")


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if self.dry_run:
            return
        if self.editable_mode:  # a checkout builds its .qm at run time
            compile_checkout()
            return
        target = Path(self.build_lib) / TRANSLATIONS
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(TRANSLATIONS.glob("*.ts")):
            qm = target / f"{source.stem}.qm"
            subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(qm)], check=True)


def compile_checkout() -> None:
    """Bytecode for the checkout's own modules, as pip writes it for an installed package. Python
    would write it at the first start, but not where PYTHONDONTWRITEBYTECODE is set: then every
    start would compile some hundred modules again (about 40 ms before the first paint)."""
    compileall.compile_dir(str(Path(__file__).resolve().parent / "assistant"), quiet=1)


setup(cmdclass={"build_py": BuildWithTranslations})
