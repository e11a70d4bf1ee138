"""The program's own YAML data files (law, labels, wording): read in one way, everywhere."""
from __future__ import annotations

from pathlib import Path


def read_own_yaml(path: Path) -> object:
    """One of the program's own data files: trusted, so read whole and without the checks a
    person's file gets (yaml_read.py), with the C safe loader where present (several times
    faster)."""
    import yaml  # here: start-up reads none of these files

    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
