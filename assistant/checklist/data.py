"""The checklist as JSON-ready data in the languages asked for: every text (items, titles, the
notice) keeps only those languages, and `labels` gives the words a reader needs for the fields
(the sources, the section names are in the tree), so the JSON reads in Japanese when asked."""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any, Sequence

from assistant.checklist.speech import Speech
from assistant.checklist.tree import Checklist, Node
from assistant.law.checklist_words import ChecklistWords
from assistant.law.localized import Localized

# The fields that hold a Localized (a mapping language → text) in the dumped tree.
_LOCALIZED = {"text", "title", "short_title", "caveat", "quality", "override", "named", "blank"}


def json_ready(value: Any) -> Any:
    """A tree (or any part of it) as JSON data: mappings, lists, strings, numbers, ISO dates."""
    if is_dataclass(value):
        kind = {"type": value.type} if isinstance(value, Node) else {}  # a class's, not a field
        return {**kind, **{f.name: json_ready(getattr(value, f.name)) for f in fields(value)}}
    if isinstance(value, Localized):
        return dict(value)
    if isinstance(value, (tuple, list)):
        return [json_ready(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _only(value: Any, languages: Sequence[str]) -> Any:
    if isinstance(value, dict):
        return {k: ({lang: v[lang] for lang in languages if lang in v} or v)
                if k in _LOCALIZED and isinstance(v, dict) else _only(v, languages)
                for k, v in value.items()}
    if isinstance(value, list):
        # ways to ask: each a mapping language → text
        return [_only(v, languages) if not _is_words(v) else
                ({lang: v[lang] for lang in languages if lang in v} or v) for v in value]
    return value


def _is_words(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and all(
        isinstance(k, str) and len(k) <= 3 and isinstance(v, str) for k, v in value.items())


def checklist_data(checklist: Checklist, languages: Sequence[str],
                   words: ChecklistWords) -> dict[str, Any]:
    """The checklist's JSON: the tree in these languages, and labels for its fields."""
    data = _only(json_ready(checklist), languages)
    labels: dict[str, dict[str, str]] = {}
    for language in languages:
        say = Speech(words, language)
        header = say.header(checklist)
        labels[language] = {
            "title": say("render.title", **header), "company": say("render.company", **header),
            "requester": say("render.who", **header),
            **{f"source.{s}": say(f"render.source.{s}")
               for s in ("policy", "law", "general-practice", "assumption")},
        }
    return {"languages": list(languages), "labels": labels, **data}
