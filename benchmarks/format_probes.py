"""The real corpus as other copies of the same pages would give it: a page copied as plain text often
loses the bullets its HTML drew (「・」, 「●」, "-"), which the importer reads lists by; a PDF's text
breaks every line at the page's width. Each text of tests/fixtures/real*/ is imported as kept, with
every line's leading mark removed ("unmarked"), and with every Japanese line longer than 45
characters cut every 40 ("wrapped"), and scored on the saved record against the same truth
(benchmarks/real_corpus.py); the difference by fact type says which readings lean on the marks or
on whole lines. A browser's copy may put an empty line after every line ("spaced").

    .venv/bin/python benchmarks/format_probes.py

Prints one JSON object: {"kept": {...}, "unmarked": {...}, "wrapped": {...}, "spaced": {...}}, each with the whole
corpus's precision and recall and those by fact type. Takes about half a minute."""
from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real_corpus  # noqa: E402

# a line's leading list mark (the marks a page's HTML draws, not the numbers it writes)
MARK = re.compile(r"^(\s*)[・•●○◆■□\-–]\s?", re.M)


def _summary(result: dict) -> dict:
    return {"all": {k: result["all"][k] for k in ("precision", "recall", "expected")},
            "by_type": {k: {"precision": v["precision"], "recall": v["recall"]} for k, v in result["by_type"].items()}}


def _unmarked(text: str) -> str:
    return MARK.sub(r"\1", text)


def _wrapped(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        lines += [line] if len(line) <= 45 or line.isascii() else [line[i:i + 40] for i in range(0, len(line), 40)]
    return "\n".join(lines)


def _spaced(text: str) -> str:
    return text.replace("\n", "\n\n")


def _copies(folders: list[Path], work: Path, change) -> list[Path]:
    copies = []
    for folder in folders:
        copy = work / folder.name
        copy.mkdir()
        for text in folder.glob("*.txt"):
            (copy / text.name).write_text(change(text.read_text(encoding="utf-8")), encoding="utf-8")
            shutil.copy(text.with_suffix(".expected.yaml"), copy / f"{text.stem}.expected.yaml")
        copies.append(copy)
    return copies


def main() -> None:
    folders = sorted((ROOT / "tests" / "fixtures").glob("real*"))
    results = {}
    with tempfile.TemporaryDirectory() as work, contextlib.redirect_stderr(io.StringIO()):
        results["kept"] = _summary(real_corpus.score_folder(folders))
        for name, change in (("unmarked", _unmarked), ("wrapped", _wrapped), ("spaced", _spaced)):
            (Path(work) / name).mkdir()
            results[name] = _summary(real_corpus.score_folder(_copies(folders, Path(work) / name, change)))
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
