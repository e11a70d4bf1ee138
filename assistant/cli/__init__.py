"""The command line: a thin front end over the facade and the tracker, one module per group of
commands. May import anything but ui; `main` runs one command.
"""
from assistant.cli.commands import main  # noqa: F401 - the entry point (pyproject, main.py)
