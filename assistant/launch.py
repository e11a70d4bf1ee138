"""How the program starts, from every door: `python main.py`, `python -m assistant`, the installed
`disclosure-assistant` command and the packaged app. No arguments open the wizard; a command runs
the command line."""
from __future__ import annotations

import gc
import importlib.util
import os
import sys


def tune() -> None:
    """Settings that must be in place before the heavy imports."""
    # Start-up makes tens of thousands of objects that live until the program ends (pydantic
    # builds its validators, the law data is read); the default collects the youngest objects
    # every 700 allocations and so scans them again and again for nothing. Every 10,000 is about
    # 10% faster for a command and still collects cycles.
    gc.set_threshold(10_000, *gc.get_threshold()[1:])
    # A few library modules compile a costly pattern at import that our documents rarely or never
    # use (reportlab's link checker, some 55 ms): compiled when first used instead.
    from assistant.io import lazy_patterns

    lazy_patterns.install()
    # No pydantic plugins are used: without this pydantic reads the metadata of every installed
    # package on the first model class (about 10 ms on every command).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # Even so, the module that would load them imports importlib.metadata (and with it email,
    # socket, zipfile: about 12 ms) before it reads the setting: with plugins off, pydantic gets
    # a module in its place that says what it would say, no plugins.
    if (os.environ["PYDANTIC_DISABLE_PLUGINS"] in ("__all__", "1", "true")
            and not any(isinstance(finder, _NoPlugins) for finder in sys.meta_path)):
        sys.meta_path.insert(0, _NoPlugins())


class _NoPlugins:
    """Finds pydantic's plugin loader module, and only that, as one whose get_plugins() is ()."""

    NAME = "pydantic.plugin._loader"

    def find_spec(self, name: str, path=None, target=None):
        return importlib.util.spec_from_loader(name, self) if name == self.NAME else None

    def create_module(self, spec):
        return None  # the default module

    def exec_module(self, module) -> None:
        module.get_plugins = lambda: ()


def _no_display() -> bool:
    # On Linux without X11 or Wayland, Qt would abort with a cryptic message; say what to do instead.
    return (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"))


def _before_qt() -> None:
    """Import what the wizard's first page uses besides Qt before Qt itself: once PySide6 is
    loaded, its import hook reads the source of every module imported after it (to see whether
    it uses PySide6), some 10 ms for these; imported before, they are never read."""
    import assistant.facade  # noqa: F401
    import assistant.records.directory  # noqa: F401 - and with it its index, its view, SQLite
    import assistant.records.readings  # noqa: F401 - the Japanese list's order
    import assistant.case.recovery_file  # noqa: F401
    import assistant.io.startup  # noqa: F401


def run(argv: list[str]) -> int:
    """The wizard without arguments, else one CLI command; returns the exit status."""
    # Qt is imported only when the wizard is wanted, so CLI commands start fast.
    if not argv and importlib.util.find_spec("assistant.ui.app") is not None:
        if _no_display():
            command = ("python main.py" if sys.argv[0].endswith("main.py")
                       else "disclosure-assistant")
            print("No display found, so the wizard cannot open. Everything also works on the "
                  f"command line: {command} --help", file=sys.stderr)
            return 2
        # Start-up makes objects that live as long as the window: scanning them for cycles is
        # work for nothing before the first paint (ui/app.py turns the collector on again).
        gc.disable()
        _before_qt()
        from assistant.ui.app import run_gui

        return run_gui()
    from assistant.cli.commands import main as cli_main

    return cli_main(argv)


def main() -> int:
    """The console entry point (pyproject's `disclosure-assistant`, the packaged app)."""
    tune()
    return run(sys.argv[1:])
