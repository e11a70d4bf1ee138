"""Keys a support worker presses for three callers in a row (tests/ui/callers.py: a listed
company, one typed in, a listed one again with a saved profile), keyboard only, in Japanese.
Prints {"keys": [..], "typed": [..]} as JSON; --write stores it as "after" in keystrokes.json
(whose "before" was measured with the same walk on the wizard before it was made for a support
desk: the commit it names).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/keystrokes.py [--write]
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "keystrokes.json"


def measure() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):  # no user's own data
        os.environ[name] = tempfile.mkdtemp()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from assistant.ui.fonts import application_font

    app.setFont(application_font())
    from tests.ui.callers import run

    counts = run("ja", home=Path(tempfile.mkdtemp()))
    return {"keys": [c["keys"] for c in counts], "typed": [c["typed"] for c in counts],
            "walk": [" ".join(c["log"]) for c in counts]}


if __name__ == "__main__":
    figures = measure()
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    if "--write" in sys.argv:
        recorded = json.loads(RESULTS.read_text(encoding="utf-8"))
        recorded["after"] = figures
        RESULTS.write_text(json.dumps(recorded, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
