"""The real corpus with its list marks dropped: a page copied as plain text often loses the bullets
its HTML drew (「・」, 「●」, "-"), which the importer reads lists by. Each text of
tests/fixtures/real*/ is imported twice — as kept, and with every line's leading mark removed —
and scored on the saved record against the same truth (benchmarks/real_corpus.py); the difference
by fact type says which readings lean on the marks.

    .venv/bin/python benchmarks/unmarked_probe.py

Prints one JSON object: {"kept": {...}, "unmarked": {...}}, each with the whole corpus's precision
and recall and those by fact type. Takes about twenty seconds (every text imported twice)."""
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


def main() -> None:
    folders = sorted((ROOT / "tests" / "fixtures").glob("real*"))
    with tempfile.TemporaryDirectory() as work:
        copies = []
        for folder in folders:
            copy = Path(work) / folder.name
            copy.mkdir()
            for text in folder.glob("*.txt"):
                (copy / text.name).write_text(MARK.sub(r"\1", text.read_text(encoding="utf-8")), encoding="utf-8")
                shutil.copy(text.with_suffix(".expected.yaml"), copy / f"{text.stem}.expected.yaml")
            copies.append(copy)
        with contextlib.redirect_stderr(io.StringIO()):
            kept, unmarked = real_corpus.score_folder(folders), real_corpus.score_folder(copies)
    print(json.dumps({"kept": _summary(kept), "unmarked": _summary(unmarked)}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
