"""Layers stay apart: the core imports no Qt or reportlab; the model and engine import no YAML."""
from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.paths import ROOT

FORBIDDEN = {
    "assistant.model": ("PySide6", "reportlab", "yaml"),
    "assistant.law": ("PySide6", "reportlab", "yaml"),
    "assistant.checklist": ("PySide6", "reportlab", "yaml"),
    "assistant.requirements": ("PySide6", "reportlab", "yaml"),
    "assistant.deadlines": ("PySide6", "reportlab", "yaml"),
    "assistant.checklist_text": ("PySide6", "reportlab", "yaml"),
    "assistant.directory": ("PySide6", "reportlab"),
    # what start-up and the company list need: no YAML, no pydantic (issue 10)
    "assistant.directory_index": ("PySide6", "reportlab", "yaml", "pydantic"),
    "assistant.vocabulary": ("PySide6", "reportlab", "yaml", "pydantic"),
    "assistant.recovery_file": ("PySide6", "reportlab", "yaml", "pydantic"),
    "assistant.reference": ("PySide6", "reportlab"),
    "assistant.quotes": ("PySide6", "reportlab"),
    "assistant.cli": ("PySide6", "reportlab"),
    "assistant.details": ("PySide6", "reportlab", "yaml"),
    "assistant.japanese_dates": ("PySide6", "reportlab", "yaml"),
    "assistant.message": ("PySide6", "reportlab"),
    "assistant.case": ("PySide6", "reportlab", "yaml"),
    "assistant.facade": ("PySide6", "reportlab", "yaml", "pydantic"),
    "assistant.drafts": ("PySide6", "reportlab", "yaml"),
    "assistant.wording": ("PySide6", "reportlab", "yaml"),
    "assistant.render.letter": ("PySide6",),
    "assistant.render.checklist_pdf": ("PySide6",),
}


@pytest.mark.parametrize("module", sorted(FORBIDDEN))
def test_module_imports_nothing_from_a_layer_above(module):
    banned = FORBIDDEN[module]
    code = (f"import sys, {module}; "
            f"bad = sorted({{m.split('.')[0] for m in sys.modules}} & set({banned!r})); "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
