"""The architecture holds for every module: import-linter checks the contracts in pyproject.toml
(layers, no import cycle at any depth, Qt only in the wizard, reportlab only in the renderers,
no YAML in the model and the rules), and every module belongs to a layer the contracts name."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.repo import ROOT


def _contracts() -> list[dict]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["tool"]["importlinter"]["contracts"]


def test_the_import_contracts_hold_for_every_module():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_every_module_belongs_to_a_layer():
    [layers] = [c["layers"] for c in _contracts() if c["type"] == "layers"]
    named = {part.strip() for layer in layers for part in layer.split("|")}
    for path in sorted((ROOT / "assistant").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts == ("assistant", "__init__"):
            continue
        module = ".".join(parts[:2])
        assert module in named, f"{path.relative_to(ROOT)} is in no layer of pyproject.toml"


def test_the_contracts_cover_the_modules_the_re_seam_named():
    # drafts, wording, the directory index (once records_cache), safe_write and yaml_errors
    # each sit in a layered package, so the layers contract checks them too.
    [layers] = [c["layers"] for c in _contracts() if c["type"] == "layers"]
    text = " ".join(layers)
    for module in ("assistant.case.drafts", "assistant.law.wording", "assistant.records.index",
                   "assistant.io.safe_write", "assistant.io.yaml_errors"):
        assert (ROOT / Path(*module.split("."))).with_suffix(".py").is_file(), module
        assert ".".join(module.split(".")[:2]) in text


# What start-up and the company list import must stay light: these modules are loaded before
# the first page is painted or for `companies`, so they bring in neither YAML nor pydantic.
LIGHT = {
    "assistant.records.index": ("PySide6", "reportlab", "yaml", "pydantic"),
    "assistant.records.vocabulary": ("PySide6", "reportlab", "yaml", "pydantic"),
    "assistant.case.recovery_file": ("PySide6", "reportlab", "yaml", "pydantic"),
    "assistant.facade": ("PySide6", "reportlab", "yaml", "pydantic"),
    "assistant.cli.commands": ("PySide6", "reportlab", "pydantic"),
}


@pytest.mark.parametrize("module", sorted(LIGHT))
def test_start_up_modules_import_nothing_heavy(module):
    banned = LIGHT[module]
    code = (f"import sys, {module}; "
            f"bad = sorted({{m.split('.')[0] for m in sys.modules}} & set({banned!r})); "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
