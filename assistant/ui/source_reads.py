"""Spare PySide6's import hook the reading of modules it need not read.

Once PySide6 is loaded, every module imported after it, and every module an import statement
names again after it, is read in full as source (`inspect.getsource`) the first time, to see
whether it mentions PySide6: only such modules take part in `from __feature__ import ...`, which
this program never uses. At start-up that was some 35 modules (typing, pathlib, threading,
platformdirs, ours), about 4 ms before the first page is on screen. This fills PySide6's table
with the answer the hook looks for: the modules loaded before it (the standard library's,
platformdirs, ours below the interface: import-linter keeps Qt in assistant/ui/) do not use
PySide6, and every module of assistant/ui/ does (this one is counted with them). Where the table
is not found (another PySide6), nothing is done and the hook reads as before.
"""
from __future__ import annotations

import os
import sys

UI = "assistant.ui"


def spare_source_reads() -> None:
    """Note every module loaded so far, and every module of the interface, in the hook's table
    (which exists once PySide6 is loaded)."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name, module in list(sys.modules.items()):
        if name not in table:
            table[name] = 0 if _uses_qt(name) else -1  # 0: may take features; -1: ignored
    table.setdefault(UI, 0)
    try:
        files = os.listdir(os.path.dirname(__file__))
    except OSError:  # a bundle's modules in an archive: no source for the hook to read either
        files = []
    for file in files:
        if file.endswith(".py"):
            table.setdefault(f"{UI}.{file[:-3]}", 0)


def _uses_qt(name: str) -> bool:
    return name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith(UI + ".")
