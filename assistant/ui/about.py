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
    """The list in resources/attributions.yaml, then the corporate register's source and licence
    from its own data file (resources/register_source.json, worded as its terms ask)."""
    import yaml  # only when About is opened

    from assistant.records.register_source import register_source

    with open(RESOURCES / "attributions.yaml", encoding="utf-8") as stream:
        entries = yaml.safe_load(stream)
    register = register_source()
    return [*entries, {"name": register["name"], "what": register["attribution"],
                       "licence": register["licence"], "source": register["url"],
                       "note": register.get("note")}]


def _in(language: str, value) -> str:
    """A text given once, or by language ({en: …, ja: …})."""
    if isinstance(value, dict):
        return value.get(language, value.get("en", ""))
    return value or ""


def attributions_html(language: str, heading: str, licence_text: str) -> str:
    """Every entry: name, what it is (in the interface's language), licence, source, and the
    licence's full text where the program ships it."""
    entries = attributions()
    parts = [f"<h3>{escape(heading)}</h3>"]
    for entry in entries:
        lines = [_in(language, entry.get(key)) for key in ("licence", "source", "note")]
        parts.append(f"<p><b>{escape(_in(language, entry['name']))}</b> — "
                     f"{escape(_in(language, entry.get('what')))}"
                     + "".join(f"<br>{escape(line)}" for line in lines if line) + "</p>")
    for entry in entries:
        if entry.get("file"):
            text = (RESOURCES / entry["file"]).read_text(encoding="utf-8")
            name = _in(language, entry["name"])
            parts.append(f"<h4>{escape(licence_text.format(name=name))}</h4>"
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
