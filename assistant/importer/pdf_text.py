"""The text of a saved PDF, read within limits: pages, content size, time, and pypdf's own limits
tightened. A PDF that breaks any of them, or that pypdf cannot read for whatever reason (a
decompression bomb, an array of a million entries, a huge declared length, AES-256 encryption,
nesting a hundred thousand deep), is refused with one line; nothing of pypdf's reaches the person.
"""
from __future__ import annotations

import contextlib
import io
import logging
import time
from pathlib import Path

from assistant.importer.errors import SourceError

MAX_PAGES = 200
MAX_PAGE_CONTENT = 1_000_000  # decoded bytes of one page's drawing instructions
MAX_CONTENT = 4_000_000  # of all pages together; a long policy has a few hundred kB
MAX_SECONDS = 10.0
# pypdf refuses more than this while decoding (its defaults are 75 MB).
PYPDF_LIMITS = {"zlib_maximum_output_length": 8_000_000,
                "maximum_declared_stream_length": 8_000_000,
                "array_based_stream_maximum_output_length": 8_000_000,
                "lzw_maximum_output_length": 8_000_000,
                "run_length_maximum_output_length": 8_000_000}


def _limits():
    """pypdf's configuration with our limits, where this pypdf has one (7.1 and later)."""
    import pypdf

    apply = getattr(pypdf, "apply_configuration", None)
    if apply is None:
        return contextlib.nullcontext()
    known = {k: v for k, v in PYPDF_LIMITS.items() if hasattr(pypdf.get_configuration(), k)}
    return apply(**known)


def _refuse(path: Path, why: str) -> SourceError:
    return SourceError(f"{path}: {why}; save the page as .txt or .html instead, or copy the "
                       "policy's text into a .txt file")


def pdf_text(data: bytes, path: Path, *, max_seconds: float = MAX_SECONDS,
             clock=time.monotonic) -> str:
    """The text of the PDF's first MAX_PAGES pages, or SourceError with one line saying why."""
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings are not the person's business
    began = clock()
    try:
        with _limits():
            return _read(data, path, began, max_seconds, clock)
    except SourceError:
        raise
    except RecursionError:
        raise _refuse(path, "the PDF is nested too deeply to read") from None
    except MemoryError:
        raise _refuse(path, "the PDF is too large to read") from None
    except Exception as exc:  # noqa: BLE001 - pypdf is a black box on hostile input: any failure is one line
        kind = type(exc).__name__
        if "Limit" in kind:
            raise _refuse(path, "the PDF holds more data than a policy page can "
                                "(a compressed bomb or a huge table?)") from None
        if "Dependency" in kind or "Decrypt" in kind or "Password" in kind:
            raise _refuse(path, "the PDF is encrypted") from None
        raise _refuse(path, "not a readable PDF") from None


def _read(data: bytes, path: Path, began: float, max_seconds: float, clock) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise _refuse(path, "the PDF is encrypted (save it again without a password)")
    texts: list[str] = []
    done: dict[object, str] = {}  # pages that share one content stream are read once
    total = 0
    for number, page in enumerate(reader.pages):
        if number >= MAX_PAGES:
            break
        if clock() - began > max_seconds:
            raise _refuse(path, f"reading the PDF took longer than {max_seconds:.0f} seconds")
        key = _content_key(page)
        if key is not None and key in done:
            continue  # the same words again: a 200-page copy of one page adds nothing
        contents = page.get_contents()
        size = len(contents.get_data()) if contents is not None else 0
        if size > MAX_PAGE_CONTENT:
            raise _refuse(path, "a page of the PDF holds more drawing data than a policy page can")
        total += size
        if total > MAX_CONTENT:
            raise _refuse(path, "the PDF holds more drawing data than a policy can")
        text = page.extract_text() or ""
        if key is not None:
            done[key] = text
        texts.append(text)
    return "\n".join(texts)


def _content_key(page) -> object:
    """What identifies a page's content: the indirect object(s) it draws from."""
    raw = page.get("/Contents")
    if raw is None:
        return None
    ref = getattr(raw, "idnum", None)
    if ref is not None:
        return ("ref", ref, getattr(raw, "generation", 0))
    try:
        return ("refs", tuple(getattr(item, "idnum", id(item)) for item in raw))
    except TypeError:
        return None
