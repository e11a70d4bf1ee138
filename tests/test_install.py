"""A real install: the wheel built from this checkout, installed into a fresh virtual environment,
runs from another folder with nothing of the checkout in reach, and writes nothing into its own
installed folder (the compiled translations come inside the wheel)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.repo import ROOT, copy_of_the_repository


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: float = 120):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if "__pycache__" not in p.parts}


@pytest.fixture
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The venv's bin folder and an environment for it. The wheel is built without build
    isolation and installed without dependencies, the dependencies seen through a .pth line to
    this venv's site-packages (whose own .pth files, the editable install among them, Python
    does not run from there): offline and in seconds."""
    work = tmp_path_factory.mktemp("install")
    clone = copy_of_the_repository(work / "clone")  # no stale build/ folder, as a fresh clone
    build = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                  "--no-index", "-q", "-w", str(work / "dist"), str(clone)], clone,
                 dict(os.environ), timeout=300)
    assert build.returncode == 0, build.stderr
    wheel = next((work / "dist").glob("*.whl"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     work, dict(os.environ)).stdout.strip())
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    done = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                 "--no-deps", "--no-index", str(wheel)], work, dict(os.environ))
    assert done.returncode == 0, done.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{python.parent}{os.pathsep}{env.get('PATH', '')}"
    return python.parent, env


def test_the_installed_command_runs_from_another_folder(installed, tmp_path):
    bin_dir, env = installed
    command = shutil.which("disclosure-assistant", path=str(bin_dir))
    assert command, "the wheel installs the disclosure-assistant command"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(ROOT / "examples" / "details.yaml", elsewhere / "me.yaml")
    where = _run([str(bin_dir / "python"), "-c", "import assistant; print(assistant.__file__)"],
                 elsewhere, env)
    package = Path(where.stdout.strip()).parent
    assert not package.is_relative_to(ROOT), "the installed package, not the checkout"
    before = _files(package)

    companies = _run([command, "companies", "レバレジーズ"], elsewhere, env)
    assert companies.returncode == 0 and companies.stdout.startswith("leverages\t"), companies
    letter = _run([command, "letter", "--company", "leverages", "--details", "me.yaml",
                   "-o", "letter.pdf"], elsewhere, env)
    assert letter.returncode == 0, letter.stderr
    assert (elsewhere / "letter.pdf").read_bytes().startswith(b"%PDF")
    checked = _run([command, "validate"], elsewhere, env)
    assert checked.returncode == 0 and "5 record(s) valid" in checked.stdout, checked
    assert "not checked" not in checked.stdout  # the quotes were checked against the policies

    qm = _run([str(bin_dir / "python"), "-c",
               "from assistant.ui.translations import compiled; print(compiled('ja'))"],
              elsewhere, {**env, "QT_QPA_PLATFORM": "offscreen"})
    assert qm.returncode == 0, qm.stderr
    assert Path(qm.stdout.strip()) == package / "resources" / "translations" / "assistant_ja.qm"
    assert _files(package) == before, "nothing written into the installed package"

    # No arguments: the wizard opens (and here quits after its first paint).
    shown = _run([command], elsewhere, {**env, "QT_QPA_PLATFORM": "offscreen",
                                        "DRA_EXIT_AFTER_FIRST_PAINT": "1"})
    assert shown.returncode == 0 and shown.stdout.startswith("READY"), shown
    assert _files(package) == before, "nothing written into the installed package"
