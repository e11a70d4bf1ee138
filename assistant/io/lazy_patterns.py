"""Importing a library module that compiles, at import, a regular expression that costs far more
than it is used: that pattern is compiled the first time it is used instead, so every command that
never uses it starts sooner.

Measured on the development machine (Python 3.11): reportlab's paragraph module compiles a URL
pattern, case-insensitive over most of Unicode, to check `<a href>` links (55 ms, more than
importing reportlab's canvas; our documents have no links); its text splitter a CJK range (7 ms);
PyYAML's reader a class of printable characters (8 ms) that only its pure-Python reader uses (we
read with libyaml's where installed); platformdirs a verbose pattern for the XDG user-dirs file
(0.4 ms before the wizard's first paint) for folders we never ask it for. `install()` (assistant/launch.py calls it first) puts a finder
at the front of sys.meta_path that wraps just those modules' import; nothing else is touched."""
from __future__ import annotations

import re
import sys
import threading
from typing import Any

# Each module, and the start of each pattern it compiles at import that waits until first used.
DEFERRED: dict[str, tuple[str, ...]] = {
    "reportlab.platypus.paragraph": ("(^(?:[a-z0-9\\.\\-\\+]*)://)",),
    "reportlab.lib.textsplit": ("([\u2e80-\uffff])",),
    "yaml.reader": ("[^\x09\x0A\x0D\x20-\x7E",),
    # platformdirs' reader of the XDG user-dirs file (Documents, Music…): only folders we never ask.
    "platformdirs.unix": ("\n    [ \\t]*(?P<key>\\w+)",),
}
_ORIGINAL = re.compile
_here = threading.local()  # the starts deferred by the import running in this thread
_swap = threading.Lock()
_importing = 0  # deferred imports running in any thread; re.compile is swapped while > 0


class LazyPattern:
    """Stands for re.compile(source, flags) and compiles it when first used."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int):
        self._source, self._flags, self._compiled = source, flags, None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = _ORIGINAL(self._source, self._flags)
        return getattr(self._compiled, name)


def _compile(pattern: Any, flags: int = 0) -> Any:
    starts = getattr(_here, "starts", ())
    if starts and isinstance(pattern, str) and pattern.startswith(starts):
        return LazyPattern(pattern, flags)
    return _ORIGINAL(pattern, flags)


class _Loader:
    """The module's own loader, its patterns deferred while it runs."""

    def __init__(self, loader: Any, starts: tuple[str, ...]):
        self._loader, self._starts = loader, starts

    def __getattr__(self, name: str) -> Any:  # get_data, get_resource_reader…: the loader's own
        return getattr(self._loader, name)

    def create_module(self, spec: Any) -> Any:
        return self._loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        global _importing
        outer = getattr(_here, "starts", ())
        _here.starts = outer + self._starts
        with _swap:
            _importing += 1
            re.compile = _compile  # type: ignore[assignment]
        try:
            self._loader.exec_module(module)
        finally:
            _here.starts = outer
            with _swap:
                _importing -= 1
                if not _importing:
                    re.compile = _ORIGINAL  # type: ignore[assignment]


class _Finder:
    """Finds the modules in DEFERRED as the other finders do, with the loader wrapped."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name not in DEFERRED:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _Loader(spec.loader, DEFERRED[name])
                return spec
        return None


def install() -> None:
    """Once per process; modules already imported stay as they are."""
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
