"""Disclosure Request Assistant: with no arguments opens the wizard, otherwise runs a CLI command."""
from __future__ import annotations

import importlib.util
import sys


def run(argv: list[str]) -> int:
    # Qt is imported only when the wizard is wanted, so CLI commands start fast.
    if not argv and importlib.util.find_spec("assistant.ui.app") is not None:
        from assistant.ui.app import run_gui

        return run_gui()
    from assistant.cli import main

    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
