"""Load the law data (resources/law.yaml) and the labels (forms/labels.yaml), once."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from assistant.law.checklist_words import ChecklistWords, flatten
from assistant.law.model import Labels, Law
from assistant.io.paths import RESOURCES, forms_dir
from assistant.io.own_yaml import read_own_yaml as _read


@lru_cache(maxsize=1)
def load_law() -> Law:
    """The APPI facts and general rules the checklist relies on."""
    return Law.model_validate(_read(RESOURCES / "law.yaml"))


def load_labels(forms: Path | None = None) -> Labels:
    """Words shown for record values, in every language of the forms folder."""
    return _labels(forms or forms_dir())


@lru_cache(maxsize=4)
def _labels(forms: Path) -> Labels:
    return Labels.model_validate(_read(forms / "labels.yaml"))


def load_checklist_words(forms: Path | None = None) -> "ChecklistWords":
    """The checklist's wording, one forms/checklist/<language>.yaml per language."""
    return _checklist_words(forms or forms_dir())


@lru_cache(maxsize=4)
def _checklist_words(forms: Path) -> "ChecklistWords":
    folder = forms / "checklist"
    return ChecklistWords({path.stem: flatten(_read(path))
                           for path in sorted(folder.glob("*.yaml"))})
