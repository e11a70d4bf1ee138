"""Guard for the PySide6 pin: a slot call must not leak a reference to None.

PySide6 6.12.0 under Python 3.11 released None once per slot call with arguments, aborting the
interpreter after a few thousand signals; pyproject.toml pins below it. If this fails, the
installed PySide6 has the bug again.
"""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_slot_calls_keep_the_refcount_of_none(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.textChanged.connect(lambda _text: None)
    before = sys.getrefcount(None)
    for number in range(500):
        edit.setText(str(number))
    assert sys.getrefcount(None) - before > -100
