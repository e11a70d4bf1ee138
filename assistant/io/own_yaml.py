"""The program's own YAML data files (law, labels, wording): read in one way, everywhere."""
from __future__ import annotations

from pathlib import Path

from assistant.io import parsed_cache


def read_own_yaml(path: Path) -> object:
    """One of the program's own data files: trusted, so read whole and without the checks a
    person's file gets (yaml_read.py), with the C safe loader where present (several times
    faster); what was parsed is kept (parsed_cache.py) until the file changes."""
    stamp = parsed_cache.source_stamp(path)
    found, data = parsed_cache.load(path, stamp)
    if found:
        return data
    import yaml  # here: start-up reads none of these files, and a warm command no YAML at all

    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    parsed_cache.keep(path, stamp, data)
    return data
