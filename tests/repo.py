"""The source checkout the tests run in (README, examples, fixtures, main.py): the program itself
never reads it, it finds its own files inside the package (assistant.io.paths)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
