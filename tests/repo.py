"""The source checkout the tests run in (README, examples, fixtures, main.py): the program itself
never reads it, it finds its own files inside the package (assistant.io.paths)."""
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def copy_of_the_repository(target: Path) -> Path:
    """The files a clone would hold (and new ones not yet committed, not the ignored ones), copied
    into target: what a fresh clone builds and runs from."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True)
    for name in filter(None, listed.stdout.decode().split("\0")):
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    return target
