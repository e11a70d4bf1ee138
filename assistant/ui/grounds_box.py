"""The grounds of a suspension or third-party-stop request on the details page: one tick box each,
the Act's wording with its article, and under it the same in everyday words (law.yaml's plain),
both wrapping so that nothing is cut off at any size or scale. A ground that says the company
broke the law (law.yaml's facts: true) asks, once ticked, for the facts behind it: the letter
states such a ground only with them."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from assistant.case.request import GROUND_FACTS

from assistant.ui.plain import plain_labels


class GroundRows(QObject):
    """The tick boxes (objectName ground-<key>) and their words, in a layout of their own."""

    def __init__(self, law, parent_layout: QVBoxLayout, on_toggled):
        super().__init__()
        self._law = law
        self.boxes: dict[str, QCheckBox] = {}
        self._words: dict[str, tuple[QLabel, QLabel]] = {}
        self.facts: dict[str, QPlainTextEdit] = {}  # the grounds that allege a breach
        self.holder = QWidget()
        grid = QGridLayout(self.holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        for row, key in enumerate(law.suspension_grounds):
            box = QCheckBox(objectName=f"ground-{key}")
            box.toggled.connect(lambda _on: on_toggled())
            statute, plain = QLabel(objectName=f"ground-{key}-act"), QLabel(objectName=f"ground-{key}-plain")
            for label in (statute, plain):
                label.setWordWrap(True)
                label.setBuddy(box)
                label.installEventFilter(self)  # a click on the words ticks the box, as on a box's own text
            plain.setStyleSheet("color: #505050")
            plain_labels(statute, plain)
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(statute)
            column.addWidget(plain)
            if law.suspension_grounds[key].facts:
                facts = QPlainTextEdit(objectName=f"ground-{key}-facts", tabChangesFocus=True)
                facts.setFixedHeight(50)
                facts.setVisible(False)
                facts.textChanged.connect(on_toggled)
                box.toggled.connect(facts.setVisible)
                column.addWidget(facts)
                self.facts[key] = facts
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(column, row, 1)
            self.boxes[key] = box
            self._words[key] = (statute, plain)
        parent_layout.addWidget(self.holder)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(watched, QLabel) and watched.buddy():
            watched.buddy().toggle()
            return True
        return super().eventFilter(watched, event)

    def facts_fields(self) -> dict[str, str]:
        """The facts typed for the ticked grounds, as the case's typed fields hold them."""
        return {GROUND_FACTS + key: edit.toPlainText() for key, edit in self.facts.items()
                if self.boxes[key].isChecked() and edit.toPlainText().strip()}

    def apply_facts(self, fields: dict[str, str]) -> None:
        for key, edit in self.facts.items():
            edit.setPlainText(fields.get(GROUND_FACTS + key, ""))

    def retranslate(self, language: str) -> None:
        """The Act's wording in the interface's language (Japanese cites its articles itself)."""
        for key, box in self.boxes.items():
            ground = self._law.suspension_grounds[key]
            act = ground.words.text(language) if language == "ja" else \
                f"{ground.words.text(language)} ({ground.article})"
            plain = ground.plain.text(language) if ground.plain else ""
            statute, said = self._words[key]
            statute.setText(act)
            said.setText(plain)
            said.setVisible(bool(plain))
            box.setAccessibleName(act)
            box.setAccessibleDescription(plain)
            if key in self.facts:
                words = self.tr("The facts that show it (needed: the letter states this ground only "
                                "with them)")
                self.facts[key].setPlaceholderText(words)
                self.facts[key].setAccessibleName(words)

    def show_for(self, kinds: set[str]) -> None:
        for key, box in self.boxes.items():
            shown = bool(set(self._law.suspension_grounds[key].kinds) & kinds)
            statute, plain = self._words[key]
            box.setVisible(shown)
            statute.setVisible(shown)
            plain.setVisible(shown and bool(plain.text()))
