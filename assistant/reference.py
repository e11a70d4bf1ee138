"""Load the law data (resources/law.yaml) and the labels (forms/labels.yaml), once."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from .law import Labels, Law
from .paths import FORMS_DIR, RESOURCES

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)  # noqa: S506 - a safe loader


@lru_cache(maxsize=1)
def load_law() -> Law:
    """The APPI facts and general rules the checklist relies on."""
    return Law.model_validate(_read(RESOURCES / "law.yaml"))


@lru_cache(maxsize=1)
def load_labels() -> Labels:
    """Words shown for record values, in English and Japanese."""
    return Labels.model_validate(_read(FORMS_DIR / "labels.yaml"))
