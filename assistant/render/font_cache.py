"""The bundled fonts parsed once: reportlab's TrueType parser turns each IPAex file into Python
tables (which glyph draws which character, how wide it is, where it lies in the file), about
35 ms a face on every run. The parsed face is kept in the cache folder as parsed YAML is
(io/parsed_cache.py: JSON known by the font file's stamp, owner-only, a damaged or foreign entry
ignored and written again), its tables of numbers packed as arrays. The font file itself is still
read on each run, as reportlab copies the glyphs a PDF uses out of it.

An entry is used only if it came from this reportlab version and holds exactly the attributes a
parsed face has; anything it cannot hold exactly is not kept, and the font is parsed each time.
"""
from __future__ import annotations

import base64
from array import array
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont, TTFontFace

from assistant.io import parsed_cache

_NOT_KEPT = ("_ttf_data", "_pdfScale", "filename")  # the file's bytes, a function, the path
_NUMBERS = {int: "q", float: "d"}
_SMALLER = ("B", "H", "I")  # unsigned 1, 2 and 4 bytes: glyph ids, code points, offsets


class _Unpackable(Exception):
    """An attribute whose type this module does not know how to keep exactly."""


def parsed_face(path: Path) -> TTFontFace:
    """The face of a TrueType file, from the cache when this file was parsed before."""
    stamp = parsed_cache.source_stamp(path)
    found, kept = parsed_cache.load(path, stamp)
    if found:
        face = _unpacked(kept, path)
        if face is not None:
            return face
    face = TTFontFace(str(path))
    try:
        packed = {"reportlab": reportlab.Version, "face": {
            key: _pack(value) for key, value in vars(face).items() if key not in _NOT_KEPT}}
    except _Unpackable:
        return face
    parsed_cache.keep(path, stamp, packed)
    return face


class KeptFont(TTFont):
    """A TTFont made from a face parsed before: what TTFont.__init__ does, but the parsing."""

    def __init__(self, name: str, face: TTFontFace):
        from fnmatch import fnmatch
        from weakref import WeakKeyDictionary

        from reportlab import rl_config
        from reportlab.pdfbase.ttfonts import TTEncoding, unShapedFontGlob

        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)


# Tables a face keeps that a PDF without text shaping never reads (reportlab fills them while
# parsing, and its HarfBuzz path reads them): unpacked only if something asks for them.
_ON_DEMAND = ("glyphToChar",)


class _KeptFace(TTFontFace):
    """A parsed face rebuilt from its kept form; a table in _ON_DEMAND is unpacked when first read."""

    def __getattr__(self, name: str) -> object:
        waiting = self.__dict__.get("_waiting", {})
        if name not in waiting:
            raise AttributeError(name)
        value = _unpack(waiting.pop(name))
        setattr(self, name, value)
        return value


def _unpacked(kept: object, path: Path) -> TTFontFace | None:
    if not isinstance(kept, dict) or kept.get("reportlab") != reportlab.Version:
        return None  # another reportlab may parse into other attributes
    try:
        packed = dict(kept["face"])
        waiting = {key: packed.pop(key) for key in _ON_DEMAND if key in packed}
        values = {key: _unpack(value) for key, value in packed.items()}
        units = values["unitsPerEm"]
        data = path.read_bytes()
    except (KeyError, TypeError, ValueError, AttributeError, StopIteration, OSError):
        return None  # damaged: parsed again, and kept again
    face = _KeptFace.__new__(_KeptFace)
    pdfmetrics.TypeFace.__init__(face, None)
    vars(face).update(values)
    face._waiting = waiting
    face.filename, face._ttf_data = str(path), data
    if units == 1000:  # as TTFontFile.extractInfo scales
        face._pdfScale = lambda x: x
    else:
        factor = 1000 / units
        face._pdfScale = lambda x: x * factor
    return face


_TAG = "~"  # marks the forms below; a face's own dict with this key is not kept


def _pack(value: object) -> object:
    """The value as JSON data; _unpack gives back an equal value of the same types."""
    kind = type(value)
    if value is None or kind in (str, bool, int, float):
        return value
    if kind is TTFNameBytes and TTFNameBytes(value.ustr.encode("utf8")) == value:
        return {_TAG: "name", "text": value.ustr}
    if kind is bytes:
        return {_TAG: "bytes", "text": value.decode("latin-1")}
    if kind is tuple:
        return {_TAG: "tuple", "items": [_pack(item) for item in value]}
    if kind is list:
        if value and all(type(item) is tuple and len(item) == 2 for item in value):  # hmetrics
            return {_TAG: "pairs", "first": _packed([a for a, _ in value]),
                    "second": _packed([b for _, b in value])}
        if value and {type(item) for item in value} <= set(_NUMBERS):
            return {_TAG: "numbers", "numbers": _packed(value)}
        return [_pack(item) for item in value]
    if kind is dict:
        if value and all(type(key) is int for key in value):
            keys, items = _packed(list(value)), list(value.values())
            if all(type(item) is list for item in items):  # glyph → its characters
                return {_TAG: "lists", "keys": keys, "lengths": _packed([len(i) for i in items]),
                        "flat": _packed([n for item in items for n in item])}
            return {_TAG: "table", "keys": keys, "values": _packed(items)}
        if _TAG not in value and all(type(key) is str for key in value):
            return {key: _pack(item) for key, item in value.items()}
    raise _Unpackable(kind.__name__)


def _unpack(value: object) -> object:
    if isinstance(value, list):
        return [_unpack(item) for item in value]
    if not isinstance(value, dict):
        return value
    kind = value.get(_TAG)
    if kind is None:
        return {key: _unpack(item) for key, item in value.items()}
    if kind == "name":
        return TTFNameBytes(value["text"].encode("utf8"))
    if kind == "bytes":
        return value["text"].encode("latin-1")
    if kind == "tuple":
        return tuple(_unpack(item) for item in value["items"])
    if kind == "pairs":
        return list(zip(_numbers(value["first"]), _numbers(value["second"])))
    if kind == "numbers":
        return _numbers(value["numbers"])
    if kind == "table":
        return dict(zip(_numbers(value["keys"]), _numbers(value["values"])))
    if kind == "lists":  # nearly every glyph draws one character
        flat = iter(_numbers(value["flat"]))
        lists = [[next(flat)] if n == 1 else [next(flat) for _ in range(n)]
                 for n in _numbers(value["lengths"])]
        if next(flat, None) is not None:
            raise ValueError("lengths and characters disagree")
        return dict(zip(_numbers(value["keys"]), lists))
    raise ValueError(kind)


def _packed(items: list) -> dict:
    """Numbers of one type as an array's bytes in base64: JSON would spell out every one."""
    kinds = {type(item) for item in items}
    if not kinds <= set(_NUMBERS):
        raise _Unpackable("not numbers")
    if len(kinds) > 1:  # a few widths are floats among ints: JSON keeps each one's type
        return {"type": "mixed", "list": items}
    code = _NUMBERS[kinds.pop()] if kinds else "q"
    if code == "q" and items and min(items) >= 0:
        largest = max(items)
        code = next((c for c in _SMALLER if largest < 256 ** array(c).itemsize), code)
    try:
        data = array(code, items).tobytes()
    except OverflowError:
        raise _Unpackable("a number too large") from None
    return {"type": code, "data": base64.b64encode(data).decode("ascii")}


def _numbers(packed: dict) -> list:
    if packed["type"] == "mixed" and all(type(n) in _NUMBERS for n in packed["list"]):
        return packed["list"]
    if packed["type"] not in (*_NUMBERS.values(), *_SMALLER):
        raise ValueError(packed["type"])
    numbers = array(packed["type"])
    numbers.frombytes(base64.b64decode(packed["data"], validate=True))
    return numbers.tolist()
