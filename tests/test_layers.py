"""The core and the renderers stay free of Qt; the core stays free of reportlab."""
from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.paths import ROOT

CORE = ["assistant.model", "assistant.directory", "assistant.law", "assistant.reference",
        "assistant.quotes", "assistant.cli"]


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_without_qt_or_reportlab(module):
    code = (f"import sys, {module}; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
