"""The words of an input error in the person's language (forms/errors.yaml).

The code words its errors in English; this module looks the English words up in forms/errors.yaml
and fills in the values, so the wizard says what to type in Japanese while the CLI keeps English.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from assistant.io.paths import forms_dir

ENGLISH = "en"  # the language the code writes its messages in


def translated(template: str, language: str, **values: object) -> str:
    """The message in this language (English when the catalogue has none), values filled in."""
    words = template if language == ENGLISH else \
        _catalogue(forms_dir() / "errors.yaml").get(template, {}).get(language, template)
    return words.format(**values) if values else words


@lru_cache(maxsize=4)
def _catalogue(path: Path) -> dict[str, dict[str, str]]:
    from assistant.io.own_yaml import read_own_yaml  # here: only a language but English needs it

    data = read_own_yaml(path) or {}
    return {str(k): {str(lang): str(text) for lang, text in (v or {}).items()}
            for k, v in data.items()}
