"""A keyboard-only person at the wizard, counting every key pressed.

The person reaches a control the shortest way a keyboard user can: Tab or Shift+Tab, one press
at a time (the presses are real key events: a field that keeps Tab traps them), or Alt and the
control's underlined letter. A key is one press (Alt+N counts one); text typed is counted apart,
in characters (Japanese is committed as an input method commits it).
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget,
)

MOST_TABS = 60  # more presses than this to reach a control: a trap, not a route


class KeyboardTrap(AssertionError):
    """Tab could not reach a control (a field keeps the key, or the control is not in the chain)."""


def mnemonic(text: str) -> str | None:
    """The underlined letter of a control's text ('&Next >' → 'n', '次へ(&N) >' → 'n')."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


class Keyboard:
    """Presses keys on whatever has the focus, as a person does, and counts them."""

    def __init__(self, window: QWidget):
        self.window = window
        self.keys = 0
        self.typed = 0
        self.log: list[str] = []

    # -- what the person sees ----------------------------------------------------------------
    @staticmethod
    def focused() -> QWidget | None:
        """What keys go to: in a modal window, its focused control (the offscreen platform may
        not have made the new window active yet)."""
        widget, modal = QApplication.focusWidget(), QApplication.activeModalWidget()
        if modal is not None and (widget is None or widget.window() is not modal):
            return modal.focusWidget() or modal
        return widget

    def _top(self) -> QWidget:
        return QApplication.activeModalWidget() or QApplication.activeWindow() or self.window

    def settle(self) -> None:
        """After a dialog closes, the window under it is active again (the window manager's
        part on a desktop; the offscreen platform leaves it to us)."""
        if QApplication.activeWindow() is None:
            self._top().activateWindow()
            QTest.qWaitForWindowActive(self._top())

    # -- keys ------------------------------------------------------------------------------
    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, note: str = "") -> None:
        self.settle()
        target = self.focused() or self._top()
        self.keys += 1
        self.log.append(note or key.name.removeprefix("Key_"))
        QTest.keyClick(target, key, modifiers)
        if modifiers & Qt.KeyboardModifier.AltModifier:
            QTest.qWait(150)  # a button's Alt letter clicks it after its 100 ms "pressed" look
        QApplication.processEvents()

    def alt(self, letter: str) -> None:
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier, f"Alt+{letter}")

    def type(self, text: str) -> None:
        """Type into the focused control: keys for ASCII, an input method's commit for the rest."""
        self.settle()
        widget = self.focused()
        assert widget is not None, "nothing has the focus to type into"
        self.typed += len(text)
        self.log.append(f"«{text}»")
        for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
            if run.isascii():
                QTest.keyClicks(widget, run)
            else:
                event = QInputMethodEvent()
                event.setCommitString(run)
                QApplication.sendEvent(widget, event)
        QApplication.processEvents()

    # -- getting somewhere -----------------------------------------------------------------
    def _chain(self, start: QWidget, forward: bool) -> list[QWidget]:
        """The controls Tab (or Shift+Tab) visits from start, in order, as QWidget does."""
        window = start.window()
        seen: list[QWidget] = []
        widget = start
        for _ in range(2000):
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is start:
                break
            if (widget.window() is window and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
                    and widget.focusProxy() is None):
                seen.append(widget)
        return seen

    def _letter_for(self, button: QAbstractButton) -> str | None:
        """The Alt letter that presses this button."""
        return mnemonic(button.text())

    def _jumps(self, window: QWidget) -> list[tuple[str, QWidget]]:
        """(Alt letter, the control it puts the focus on): a label's buddy, a group's first control."""
        jumps = []
        for label in window.findChildren(QLabel):
            buddy, letter = label.buddy(), mnemonic(label.text())
            if buddy is not None and letter and label.isVisible() and buddy.isVisible() \
                    and buddy.isEnabled() and not isinstance(buddy, QAbstractButton):
                jumps.append((letter, buddy))
        for group in window.findChildren(QGroupBox):
            letter = mnemonic(group.title())
            if letter and group.isVisible() and not group.isCheckable():
                first = next((w for w in self._chain(group, True) if group.isAncestorOf(w)), None)
                if first is not None:
                    jumps.append((letter, first))
        return jumps

    def _tabs(self, start: QWidget, target: QWidget) -> tuple[int, bool]:
        """The fewest Tab (True) or Shift+Tab (False) presses from start to target."""
        if start is target:
            return 0, True
        forward, backward = self._chain(start, True), self._chain(start, False)
        steps_f = forward.index(target) + 1 if target in forward else MOST_TABS
        steps_b = backward.index(target) + 1 if target in backward else MOST_TABS
        return (steps_f, True) if steps_f <= steps_b else (steps_b, False)

    def reach(self, target: QWidget) -> None:
        """Move the focus to a field the shortest way: Tab, Shift+Tab, or an Alt letter (a label's
        or a group's) and Tab from there (a button is pressed with activate())."""
        self.settle()
        if self.focused() is target:
            return
        start = self.focused() or self._top()
        tabs, forward = self._tabs(start, target)
        best: tuple[int, str | None] = (tabs, None)
        for letter, landing in self._jumps(target.window()):
            cost = 1 + self._tabs(landing, target)[0]
            if cost < best[0]:
                best = (cost, letter)
        if best[1] is not None:
            self.alt(best[1])
            tabs, forward = self._tabs(self.focused(), target)
        for _ in range(MOST_TABS):
            if self.focused() is target:
                return
            if forward:
                self.press(Qt.Key.Key_Tab)
            else:
                self.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        raise KeyboardTrap(f"Tab never reached {target.objectName() or type(target).__name__}; "
                           f"focus stays on {self.focused()}")

    def activate(self, button: QAbstractButton) -> None:
        """Press a button or tick a box: its Alt letter, else Tab to it and Space."""
        self.settle()
        letter = self._letter_for(button)
        if letter and self.focused() is not button:
            self.alt(letter)
            return
        self.reach(button)
        self.press(Qt.Key.Key_Space)

    def next(self, wizard) -> None:
        """Go to the wizard's next page: Enter where Enter does it, else Alt and Next's letter."""
        from PySide6.QtWidgets import QWizard

        before = wizard.currentId()
        self.alt(mnemonic(wizard.button(QWizard.WizardButton.NextButton).text()) or "n")
        assert wizard.currentId() != before, f"Next did not leave page {before}"

    def fill(self, field: QLineEdit, text: str) -> None:
        """Type into a field after what is already there (End first if the field selected it
        or the caret is elsewhere: a person sees that and keeps what is there)."""
        self.reach(field)
        if isinstance(field, QLineEdit) and field.text() and (
                field.hasSelectedText() or field.cursorPosition() != len(field.text())):
            self.press(Qt.Key.Key_End)
        self.type(text)

    def down_to(self, list_widget, row: int, focus: bool = True) -> None:
        """Move a list's cursor to a row with Up and Down (focus=False: where it stands already,
        the list need not have the focus: Enter in a search field above it takes that row)."""
        if not focus and list_widget.currentRow() == row:
            return
        self.reach(list_widget)
        for _ in range(200):
            current = list_widget.currentRow()
            if current == row:
                return
            self.press(Qt.Key.Key_Down if current < row else Qt.Key.Key_Up)
        raise KeyboardTrap(f"row {row} never reached")

    def when_asked(self, answer) -> None:
        """Answer the next modal window (a question, a file dialog) with answer(keyboard, window),
        once it is open: a modal window runs its own loop until answered."""
        already = QApplication.activeModalWidget()

        def run() -> None:
            window = QApplication.activeModalWidget()
            if window is None or window is already or not window.isVisible():
                QTimer.singleShot(20, run)
                return
            answer(self, window)

        QTimer.singleShot(0, run)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

