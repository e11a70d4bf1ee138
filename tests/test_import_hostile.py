"""Hostile files for the importer, generated here (never stored): each gives one line and saves
nothing; patterns stay linear on long runs of digits or markup."""
from __future__ import annotations

import time
import zlib
from pathlib import Path

import pytest

from assistant.importer.pdf_text import pdf_text
from assistant.importer.source import SourceError, read_policy

TEXT_OPS = b"BT /F1 12 Tf 72 720 Td (Requests for disclosure are accepted by post.) Tj ET\n"


def build_pdf(pages: list[bytes] | None = None, *, shared: bytes | None = None, count: int = 1,
              extra_page: bytes = b"", trailer: bytes = b"", stream_dict: bytes = b"") -> bytes:
    """A small PDF: one content stream per page, or one stream `shared` by `count` pages."""
    objects: list[bytes] = []
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    contents = [shared] if shared is not None else (pages or [TEXT_OPS])
    n_pages = count if shared is not None else len(contents)
    first_stream = 3
    first_page = first_stream + len(contents)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(n_pages))
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages)
    for data in contents:
        body = zlib.compress(data, 9)
        objects.append(b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(body), stream_dict)
                       + body + b"\nendstream")
    font_obj = first_page + n_pages
    for i in range(n_pages):
        stream = first_stream + (0 if shared is not None else i)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> %s >>" % (stream, font_obj, extra_page))
    objects.append(font)
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer, xref)
    return bytes(out)


def _one_line(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "policy.pdf"
    path.write_bytes(data)
    began = time.monotonic()
    with pytest.raises(SourceError) as caught:
        read_policy(path)
    assert time.monotonic() - began < 30
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message and "pypdf" not in message
    return message


def test_a_plain_generated_pdf_reads(tmp_path):
    path = tmp_path / "policy.pdf"
    path.write_bytes(build_pdf([TEXT_OPS * 3]))
    assert "disclosure" in read_policy(path)


def test_flate_bomb_is_one_line(tmp_path):
    bomb = b"BT (a) Tj ET " + b" " * 60_000_000
    assert "more" in _one_line(tmp_path, build_pdf([bomb]))


def test_array_of_more_than_100k_entries_is_one_line(tmp_path):
    big = b"/Junk [" + b"0 " * 150_000 + b"]"
    _one_line(tmp_path, build_pdf(extra_page=big))


def test_huge_declared_stream_length_is_one_line(tmp_path):
    data = build_pdf().replace(b"/Length ", b"/Length 99999999999 /L ", 1)
    _one_line(tmp_path, data)


def test_aes256_encrypted_is_one_line(tmp_path):
    encrypt = (b"/Encrypt << /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 "
               b"/AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O <00> /U <00> "
               b"/OE <00> /UE <00> /Perms <00> /P -4 >> /ID [<01> <01>]")
    assert "encrypted" in _one_line(tmp_path, build_pdf(trailer=encrypt))


def test_deep_nesting_is_one_line(tmp_path):
    deep = b"/Junk " + b"[" * 100_000 + b"]" * 100_000
    _one_line(tmp_path, build_pdf(extra_page=deep))


def test_200_pages_sharing_one_2mb_stream_are_read_once(tmp_path):
    stream = TEXT_OPS + b"q Q " * 500_000  # 2 MB of drawing that draws nothing
    data = build_pdf(shared=stream, count=200)
    assert len(data) < 60_000
    path = tmp_path / "policy.pdf"
    path.write_bytes(data)
    began = time.monotonic()
    try:
        text = read_policy(path)
    except SourceError as exc:  # refused as too much drawing data: also an answer in time
        text = str(exc)
    assert time.monotonic() - began < 30
    assert "disclosure" in text or "drawing data" in text


def test_time_limit_stops_a_slow_pdf(tmp_path):
    ticks = iter(range(0, 1000, 20))  # every look at the clock is 20 s later
    pages = [TEXT_OPS + b"%% page %d\n" % i for i in range(5)]
    with pytest.raises(SourceError, match="longer than"):
        pdf_text(build_pdf(pages), tmp_path / "p.pdf", clock=lambda: next(ticks))
