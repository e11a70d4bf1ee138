"""The wizard's languages: Japanese through Qt's translation tools, English as written in the code.

The translations live in resources/translations/assistant_ja.ts (edited by hand or in Qt Linguist,
refreshed with pyside6-lupdate). The compiled .qm is not kept in git: a wheel or bundle carries one
built at build time (setup.py); a source checkout builds it here with the lrelease that ships in
the PySide6 wheel, when missing or older than the .ts. In English nothing is
loaded, so start-up in an English locale costs what it did before.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from assistant.io.paths import RESOURCES

TRANSLATIONS_DIR = RESOURCES / "translations"
LANGUAGES = ("ja", "en")  # what the interface can be shown in; English is the source text


class TranslationError(RuntimeError):
    """The .qm could not be built (lrelease missing or failing)."""


def system_language() -> str:
    """'ja' when the system's locale is Japanese, else 'en'."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def _lrelease() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return folder / name
    raise TranslationError(f"lrelease not found in {folder}: reinstall PySide6")


def installed(folder: Path) -> bool:
    """True where the program runs from an installed package or a bundle: there the .qm was
    built with the wheel or bundle, and the program's own folder is never written at run time."""
    if getattr(sys, "frozen", False):
        return True
    import site
    import sysconfig

    roots = {sysconfig.get_paths()[key] for key in ("purelib", "platlib")}
    roots |= set(site.getsitepackages()) | {site.getusersitepackages()}
    here = folder.resolve()
    return any(here.is_relative_to(Path(root).resolve()) for root in roots if root)


def compiled(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    """The .qm for a language. Installed: the one built with the package (setup.py's build
    step), else one built in the user's cache folder. In a source checkout: built beside the .ts
    when missing or older than it (or in the cache folder where that cannot be written)."""
    source = folder / f"assistant_{language}.ts"
    shipped = folder / f"assistant_{language}.qm"
    try:  # the usual start: a .qm beside the .ts, not older (the wheel's, or the last build's)
        if shipped.is_file() and (not source.is_file()
                                  or shipped.stat().st_mtime >= source.stat().st_mtime):
            return shipped
    except OSError:
        pass  # gone meanwhile
    import subprocess  # only to build one

    from assistant.io.paths import cache_dir
    from assistant.io.private_dirs import private_dir

    places = [folder, cache_dir()]
    if installed(folder):
        if shipped.is_file():
            return shipped
        places = places[1:]
    if not source.is_file():
        raise TranslationError(f"no translation source {source}")
    problem = ""
    for place in places:
        target = place / f"assistant_{language}.qm"
        if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
            return target
        try:
            if place != folder:  # the cache: a folder of ours, owner-only
                private_dir(place)
            done = subprocess.run([str(_lrelease()), "-silent", str(source), "-qm", str(target)],
                                  capture_output=True, text=True, check=False)
        except OSError as exc:
            problem = str(exc)
            continue
        if done.returncode == 0 and target.is_file():
            return target
        problem = done.stderr.strip() or done.stdout.strip()
    raise TranslationError(f"lrelease failed on {source}: {problem}")


class Translators:
    """The translators installed on the application: ours and Qt's own for standard buttons."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, language: str) -> bool:
        """Show the interface in a language from now on; False if it already was. Qt then posts
        LanguageChange to every window."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown interface language {language!r}")
        if language == self.language:
            return False
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        if language != "en":
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files = [str(Path(qt_folder) / f"qtbase_{language}.qm")]
            try:
                files.append(str(compiled(language)))
            except TranslationError as exc:  # Qt's own words still change; ours stay English
                print(f"The interface stays in English: {exc}", file=sys.stderr)
            for name in files:
                translator = QTranslator(app)
                if translator.load(name):
                    app.installTranslator(translator)
                    self._installed.append(translator)
        self.language = language
        return True


_translators: Translators | None = None


def current_language() -> str:
    """The interface's language now ('en' until another is chosen)."""
    return _translators.language if _translators is not None else "en"


def use_language(language: str) -> bool:
    """Switch the whole application's interface language (one set of translators per process);
    False if it already was in that language."""
    global _translators
    if _translators is None:
        _translators = Translators()
    return _translators.use(language)


class Retranslated:
    """Mixed into a widget with a retranslate() method: called again on every LanguageChange,
    so the language can change while the window is open."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
