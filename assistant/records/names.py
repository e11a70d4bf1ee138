"""A record's id and names, read cheaply off the YAML parser's events, for indexing many records
without building or validating them (the full check happens when a record is first used)."""
from __future__ import annotations

from typing import Iterator

from assistant.io.lazy_patterns import LazyPattern
from assistant.records.index import Names

_ID_KEYS = ("id", "name", "name_ja", "aliases")
# Characters that make a name print oddly (controls, invisible and direction marks): a record
# with one is never listed on its names alone; the full check decides about it. Compiled when
# records are first indexed, not at every start (the wizard imports this module).
_ODD = LazyPattern("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
                   "\u2060-\u206f\ufeff\ufff9-\ufffb]", 0)


class _Unusable(Exception):
    """Something names_of does not read on its own: the full check will say what it is."""


def names_of(text: str | bytes, stem: str) -> Names | None:
    """The id and names of a record, read off the YAML parser's events (the C parser when
    installed) without building or validating the record, stopping once all four are seen.
    None when anything is unusual (the full check then says what), or the id is not `stem`.
    Bytes are given as they are in a file already known to be UTF-8."""
    import yaml

    events = yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    found: dict[str, object] = {}
    try:
        opening = [type(next(events)) for _ in range(3)]
        if opening != [yaml.StreamStartEvent, yaml.DocumentStartEvent, yaml.MappingStartEvent]:
            return None
        while len(found) < len(_ID_KEYS):
            key = next(events)
            if isinstance(key, yaml.MappingEndEvent):
                break
            if not isinstance(key, yaml.ScalarEvent) or key.value in found:
                return None  # an odd key, or a key given twice
            if key.value in _ID_KEYS:
                found[key.value] = _value(events, yaml)
            else:
                _skip(next(events), events, yaml)
    except (yaml.YAMLError, StopIteration, _Unusable):
        return None
    finally:
        events.close()
    aliases = found.get("aliases", [])
    aliases = [aliases] if isinstance(aliases, str) else aliases
    names = found.get("name"), found.get("name_ja")
    if (found.get("id") != stem or not isinstance(names[0], str) or not names[0]
            or not isinstance(names[1], (str, type(None))) or not isinstance(aliases, list)):
        return None
    result = Names(stem, names[0], names[1], tuple(aliases))
    return None if any(_ODD.search(name) for name in result.all()) else result


def _value(events: Iterator, yaml) -> object:
    """A plain value (text, null, or a list of texts) from the events; _Unusable otherwise."""
    event = next(events)
    if isinstance(event, yaml.ScalarEvent):
        return _scalar(event, yaml)
    if not isinstance(event, yaml.SequenceStartEvent):
        raise _Unusable  # a mapping, or an alias (*name)
    items = []
    for event in events:
        if isinstance(event, yaml.SequenceEndEvent):
            return items
        item = _scalar(event, yaml) if isinstance(event, yaml.ScalarEvent) else None
        if not isinstance(item, str):
            raise _Unusable
        items.append(item)
    raise _Unusable


def _skip(event, events: Iterator, yaml) -> None:
    """Pass over one value, however nested, of a key that is not wanted here."""
    depth = 0
    while True:
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
        if depth == 0:
            return
        event = next(events)


_RESOLVER = None


def _scalar(event, yaml) -> str | None:
    """The text of a scalar; None for null; _Unusable for a number, date or other type."""
    global _RESOLVER
    if event.anchor is not None:
        raise _Unusable
    if event.tag is None and event.implicit[0]:  # plain: what would YAML make of it?
        if _RESOLVER is None:
            _RESOLVER = yaml.resolver.Resolver()
        tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))
    else:
        tag = event.tag if event.tag not in (None, "!") else "tag:yaml.org,2002:str"
    if tag == "tag:yaml.org,2002:str":
        return event.value
    if tag == "tag:yaml.org,2002:null":
        return None
    raise _Unusable
