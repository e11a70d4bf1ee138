"""The build backend: setuptools', with Qt's lrelease (PySide6-Essentials) required only for a
wheel, whose translations setup.py compiles. An editable install or an sdist needs no Qt to build,
so `pip install -e .` does not fetch PySide6 a second time for its build environment."""
from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403 - every hook as setuptools has it

LRELEASE = "pyside6-essentials>=6.8,<6.12"  # as the program's own PySide6 pin


def get_requires_for_build_wheel(config_settings=None):
    return [*_setuptools.get_requires_for_build_wheel(config_settings), LRELEASE]
