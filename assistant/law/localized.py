"""Text in several languages as one value: a mapping language code → text.

Language is a dimension, not a field suffix: labels, law texts, checklist lines and wordings hold a
`Localized`, and renderers take an ordered list of languages (["ja"], ["en"], ["ja", "en"]). A new
language is a new key in the data, never new code.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

FALLBACK = "en"  # the language every text is written in first, used where another is missing


class Localized(Mapping[str, str]):
    """An immutable mapping language → text, e.g. Localized(en="Fee", ja="手数料")."""

    __slots__ = ("_texts",)

    def __init__(self, texts: Mapping[str, str] | None = None, /, **by_language: str):
        merged = {**(texts or {}), **by_language}
        self._texts: dict[str, str] = {k: v for k, v in merged.items() if v is not None}

    def __getitem__(self, language: str) -> str:
        return self._texts[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._texts.items())))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._texts) == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Localized({self._texts!r})"

    def text(self, language: str, fallback: str | None = FALLBACK) -> str:
        """The text in this language, else in the fallback language, else any; '' if empty."""
        if language in self._texts:
            return self._texts[language]
        if fallback is not None and fallback in self._texts:
            return self._texts[fallback]
        return next(iter(self._texts.values()), "")

    def texts(self, languages: Iterable[str]) -> list[str]:
        """The text in each of these languages, in order, without repeating an identical text."""
        found: list[str] = []
        for language in languages:
            value = self.text(language)
            if value and value not in found:
                found.append(value)
        return found

    def with_text(self, language: str, text: str) -> "Localized":
        """A copy with one language's text added or replaced."""
        return Localized({**self._texts, language: text})

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, handler: Any) -> Any:
        # Validated as a plain dict of strings; a bare string means the fallback language.
        from pydantic_core import core_schema

        def build(value: Any) -> "Localized":
            return value if isinstance(value, Localized) else Localized(value)

        def from_str(value: Any) -> Any:
            return {FALLBACK: value} if isinstance(value, str) else value

        dict_schema = handler.generate_schema(dict[str, str])
        return core_schema.no_info_before_validator_function(
            from_str,
            core_schema.no_info_after_validator_function(build, dict_schema),
            serialization=core_schema.plain_serializer_function_ser_schema(lambda v: dict(v)))
