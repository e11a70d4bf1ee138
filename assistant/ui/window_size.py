"""The wizard's window: resizable, never smaller than its pages need, opened at the size it was
closed at (kept with Qt's own settings, in a small file in the user's config folder)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QWidget

MINIMUM = QSize(760, 560)
# Tall enough that the details page shows every field of one request by a representative without
# scrolling (more kinds add their own fields); smaller screens get what they have.
DEFAULT = QSize(960, 920)
KEY = "wizard/geometry"


def settings_file() -> Path:
    import platformdirs

    from assistant.io.paths import APP_NAME

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "window.ini"


def _settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def restore(window: QWidget) -> None:
    """The size (and place) it last had, else the default within the screen."""
    window.setMinimumSize(MINIMUM)
    saved = _settings().value(KEY)
    if saved is not None and window.restoreGeometry(saved):
        return
    screen = window.screen().availableGeometry().size() if window.screen() else DEFAULT
    window.resize(max(MINIMUM.width(), min(DEFAULT.width(), screen.width())),
                  max(MINIMUM.height(), min(DEFAULT.height(), screen.height())))


def remember(window: QWidget) -> None:
    settings = _settings()
    settings.setValue(KEY, window.saveGeometry())
    settings.sync()
