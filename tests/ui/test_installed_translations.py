"""Installed (site-packages or a bundle), the program never writes into its own folder: the .qm
built with the wheel is used as it is; without one it is built in the user's cache folder."""
from __future__ import annotations

import os
import shutil

import pytest

from assistant.io.paths import cache_dir
from assistant.ui import translations
from assistant.ui.translations import TRANSLATIONS_DIR, compiled


@pytest.fixture
def installed_folder(tmp_path, monkeypatch):
    folder = tmp_path / "site-packages" / "assistant" / "resources" / "translations"
    folder.mkdir(parents=True)
    shutil.copy(TRANSLATIONS_DIR / "assistant_ja.ts", folder / "assistant_ja.ts")
    monkeypatch.setattr(translations, "installed", lambda _folder: True)
    return folder


def test_the_shipped_qm_is_used_as_it_is_whatever_its_time(installed_folder):
    shipped = installed_folder / "assistant_ja.qm"
    shipped.write_bytes(b"built with the wheel")
    os.utime(shipped, (0, 0))  # older than the .ts, as extracting a wheel may leave it
    assert compiled("ja", installed_folder) == shipped
    assert shipped.read_bytes() == b"built with the wheel"


def test_without_a_shipped_qm_it_is_built_in_the_cache_not_in_the_package(installed_folder):
    built = compiled("ja", installed_folder)
    assert built.parent == cache_dir() and built.stat().st_size > 1000
    assert sorted(p.name for p in installed_folder.iterdir()) == ["assistant_ja.ts"]


def test_a_source_checkout_is_not_taken_for_an_installed_program():
    assert not translations.installed(TRANSLATIONS_DIR)
