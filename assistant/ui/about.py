"""About: the program's name and version, and who made what it ships, with each licence
(resources/attributions.yaml, a list that grows with the program's data sources)."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from assistant.io.paths import RESOURCES

DISTRIBUTION = "disclosure-request-assistant"


def version() -> str:
    """The installed version (the package's metadata; a bundle carries it too)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version(DISTRIBUTION)
    except PackageNotFoundError:
        return "?"


def attributions() -> list[dict]:
    import yaml  # only when About is opened

    with open(RESOURCES / "attributions.yaml", encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def attributions_html(language: str, heading: str, licence_text: str) -> str:
    """Every entry: name, what it is (in the interface's language), licence, source, and the
    licence's full text where the program ships it."""
    entries = attributions()
    parts = [f"<h3>{escape(heading)}</h3>"]
    for entry in entries:
        what = entry.get("what", {})
        what = what.get(language, what.get("en", ""))
        parts.append(f"<p><b>{escape(entry['name'])}</b> — {escape(what)}"
                     f"<br>{escape(entry['licence'])}"
                     + (f"<br>{escape(entry['source'])}" if entry.get("source") else "") + "</p>")
    for entry in entries:
        if entry.get("file"):
            text = (RESOURCES / entry["file"]).read_text(encoding="utf-8")
            parts.append(f"<h4>{escape(licence_text.format(name=entry['name']))}</h4>"
                         f"<pre>{escape(text)}</pre>")
    return "\n".join(parts)


class AboutDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent, objectName="aboutDialog")
        self.setWindowTitle(self.tr("About Disclosure Request Assistant"))
        title = QLabel(objectName="aboutTitle")
        name = self.tr("Disclosure Request Assistant")
        lines = (self.tr("Version {version}").format(version=version()),
                 self.tr("Works offline: nothing you type leaves this computer."))
        title.setText(f"<h2>{escape(name)}</h2>" + "<br>".join(map(escape, lines)))
        self.browser = QTextBrowser(objectName="aboutText")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(attributions_html(language, self.tr("Licences and sources"),
                                               self.tr("Licence of {name}")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
