"""PySide6's import hook reads no module's source at start-up (ui/source_reads.py): its table
already holds the answer the hook looks for, whether the module uses PySide6."""
from __future__ import annotations

import inspect
import sys

from assistant.ui import source_reads
from tests.test_directory_index import _python

START = """
import inspect, os, sys
read = []
source = inspect.getsource
inspect.getsource = lambda module: (read.append(module.__name__), source(module))[1]
os.environ["DRA_EXIT_AFTER_FIRST_PAINT"] = "1"
sys.argv = ["main.py"]
from assistant.launch import main
status = main()
print(status, "|".join(read))
"""


def test_the_wizard_starts_without_the_hook_reading_ours_or_the_standard_librarys_modules(tmp_path):
    _python(START, tmp_path)  # the first start after installing indexes the records
    ready, last = _python(START, tmp_path).strip().splitlines()[-2:]
    assert ready.startswith("READY")  # the first page was painted
    status, _, read = last.partition(" ")
    assert status == "0"
    read_names = set(read.split("|")) - {""}
    assert not {name for name in read_names if name.startswith("assistant")}
    assert not read_names & {"typing", "pathlib", "threading", "platformdirs", "json", "sqlite3"}


def test_the_table_says_of_each_of_our_modules_whether_it_uses_pyside6():
    feature = sys.modules["shibokensupport.feature"]
    source_reads.spare_source_reads()
    table = feature.pyside_feature_dict
    ours = {name: module for name, module in sys.modules.items()
            if name.startswith("assistant.") and getattr(module, "__file__", None)}
    assert any(name.startswith("assistant.ui.") for name in ours)
    assert any(name.startswith("assistant.records.") for name in ours)
    for name, module in ours.items():
        source = inspect.getsource(module)  # the hook's test is the word anywhere (launch.py's
        uses = "from PySide6" in source or "import PySide6" in source  # docstrings name it)
        if name.startswith("assistant.ui.") and not uses:
            # an interface module without Qt (checklist_sources, source_reads) is counted with its
            # neighbours (0), or read by the hook itself where it was imported first (-1): the
            # order the tests import them in decides which, and either is harmless
            assert table[name] in (0, -1), name
        else:
            assert table[name] == (0 if uses else -1), name
