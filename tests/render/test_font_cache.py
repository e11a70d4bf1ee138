"""The bundled fonts parsed once (render/font_cache.py): a face from the cache is the face
reportlab parses, its subsets are the same bytes, and a stale, damaged or foreign entry is never
used."""
from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
import reportlab
from reportlab.pdfbase import ttfonts

from assistant.io import parsed_cache
from assistant.io.paths import FONTS_DIR, cache_dir
from assistant.render import font_cache
from assistant.render.font_cache import KeptFont, parsed_face

TEXT = "個人情報開示請求書 Disclosure request 〒100-0001 ①"


@pytest.fixture
def font(tmp_path: Path) -> Path:
    copy = tmp_path / "ipaexg.ttf"
    shutil.copyfile(FONTS_DIR / "ipaexg.ttf", copy)
    return copy


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files reportlab's parser is run on."""
    seen: list[str] = []
    real = ttfonts.TTFontFile.__init__

    def counting(self, file, *args, **kwargs):
        seen.append(str(file))
        real(self, file, *args, **kwargs)
    monkeypatch.setattr(ttfonts.TTFontFile, "__init__", counting)
    return seen


def _entries() -> list[Path]:
    return sorted((cache_dir() / parsed_cache.FOLDER).glob("*.json"))


def test_a_kept_face_is_the_face_reportlab_parses(font: Path, parses: list[str]):
    fresh = ttfonts.TTFontFace(str(font))
    parsed_face(font)  # parses, and keeps it
    kept = parsed_face(font)
    assert parses == [str(font)] * 2  # the fresh one and the first call; not the second
    assert "glyphToChar" not in vars(kept)  # unpacked only when read (text shaping reads it)
    assert set(vars(kept)) - {"_waiting"} | {"glyphToChar"} == set(vars(fresh))
    for key, value in vars(fresh).items():
        if key != "_pdfScale":
            assert getattr(kept, key) == value, key
            assert type(getattr(kept, key)) is type(value), key
    assert "glyphToChar" in vars(kept) and not kept._waiting
    assert [type(w) for w, _ in kept.hmetrics] == [type(w) for w, _ in fresh.hmetrics]
    assert kept._pdfScale(1234) == fresh._pdfScale(1234)
    subset = [0] + sorted({ord(ch) for ch in TEXT} & set(fresh.charToGlyph))
    assert kept.makeSubset(subset) == fresh.makeSubset(subset)


def test_a_kept_font_is_what_ttfont_makes(font: Path):
    fresh, kept = ttfonts.TTFont("Fresh", str(font)), KeptFont("Kept", parsed_face(font))
    assert set(vars(kept)) == set(vars(fresh))
    assert kept.shapable == fresh.shapable and kept._asciiReadable == fresh._asciiReadable
    assert kept.stringWidth(TEXT, 10.5) == fresh.stringWidth(TEXT, 10.5)


def test_the_entry_is_owner_only_and_holds_no_font_bytes(font: Path):
    parsed_face(font)
    (entry,) = _entries()
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(entry.parent.stat().st_mode) == 0o700
    assert entry.stat().st_size < font.stat().st_size / 4


def test_a_changed_font_file_is_parsed_again(font: Path, parses: list[str]):
    parsed_face(font)
    os.utime(font, (1, 1))  # another stamp, as any write gives
    parsed_face(font)
    assert len(parses) == 2


@pytest.mark.parametrize("damage", [
    lambda kept: kept["data"].update(reportlab="0.0"),  # another reportlab
    lambda kept: kept["data"]["face"]["charToGlyph"]["keys"].update(data="not base64!"),
    lambda kept: kept["data"]["face"]["glyphToChar"]["lengths"].update(data="AAAA"),
    lambda kept: kept["data"]["face"]["charWidths"]["values"].update(type="x"),
    lambda kept: kept["data"]["face"].pop("unitsPerEm"),
    lambda kept: kept["data"].update(face=[]),
    lambda kept: kept["data"]["face"].update(unitsPerEm=0),  # valid JSON, a value changed
    lambda kept: kept["data"]["face"].update(charToGlyph={}),  # would draw every character blank
])
def test_a_damaged_or_foreign_entry_is_parsed_again_and_rewritten(font: Path, parses, damage):
    good = parsed_face(font)
    (entry,) = _entries()
    kept = json.loads(entry.read_text(encoding="utf-8"))
    damage(kept)
    entry.write_text(json.dumps(kept), encoding="utf-8")
    again = parsed_face(font)
    assert len(parses) == 2
    assert again.charToGlyph == good.charToGlyph and again.charWidths == good.charWidths
    assert json.loads(entry.read_text(encoding="utf-8"))["data"]["reportlab"] == reportlab.Version


def test_a_face_it_cannot_keep_exactly_is_parsed_each_time(font: Path, parses, monkeypatch):
    monkeypatch.setattr(font_cache, "_NOT_KEPT", ())  # the parser's function cannot be kept
    parsed_face(font)
    parsed_face(font)
    assert len(parses) == 2 and _entries() == []
