"""Hostile inputs for benchmarks/hostile.py, made on the fly (nothing hostile is stored in git):
details files, records, drafts, and PDFs crafted byte by byte (bombs, deep nesting, huge arrays,
one content stream shared by hundreds of pages, a damaged cross-reference table, AES-256)."""
from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_DETAILS = (ROOT / "examples" / "details.yaml").read_text(encoding="utf-8")
RECORD = (ROOT / "assistant" / "resources" / "companies" / "leverages.yaml").read_text(encoding="utf-8")
POLICY = ROOT / "assistant" / "resources" / "policies" / "000_a89de472e0e51828.txt"

BILLION_LAUGHS = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{k}: &{k} [{','.join(['*' + p] * 9)}]\n" for p, k in zip("abcdefgh", "bcdefghi")) + \
    "requester: [*i]\nrequest: x\n"


def details(**change: str) -> str:
    """The example details file with lines replaced: {"full_name": "x"} sets `full_name: x`."""
    text = EXAMPLE_DETAILS
    for key, value in change.items():
        text, count = re.subn(rf"^(\s*){key}: .*$", lambda m: f"{m.group(1)}{key}: {value}",
                              text, count=1, flags=re.M)
        assert count == 1, key
    return text


def record(old: str, new: str) -> str:
    """The Leverages record with one line's value replaced (a regex on the whole line)."""
    text, count = re.subn(old, new, RECORD, count=1, flags=re.M)
    assert count == 1, old
    return text


def draft(case: dict, version: int = 2) -> str:
    """A draft file holding this case (merged over a plain one for Leverages)."""
    base = {"company_id": "leverages", "kinds": ["disclosure"], "requester": "self",
            "typed": {"fields": {"requester.full_name": "山田 太郎",
                                 "requester.date_of_birth": "1985-04-12",
                                 "requester.address": "東京都渋谷区神宮前1-2-3"}}}
    for key, value in case.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            base[key] = {**base[key], **value}
        else:
            base[key] = value
    return json.dumps({"version": version, "case": base}, ensure_ascii=False)


# -- PDFs ----------------------------------------------------------------------------------------
def _pdf(objects: list[bytes], trailer_extra: bytes = b"", broken_xref: bool = False) -> bytes:
    """A PDF whose objects are numbered 1…n in order; object 1 is the catalog."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % (999_999_999 if broken_xref else offset)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"", length: int | None = None) -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data) if length is None else length, extra) + \
        data + b"\nendstream"


def _pages(contents: list[int], first_object: int) -> list[bytes]:
    """Catalog, page tree and one page per content object number."""
    kids = b" ".join(b"%d 0 R" % (first_object + i) for i in range(len(contents)))
    font = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    pages = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s "
             b"/Contents %d 0 R >>" % (font, c) for c in contents]
    return [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents)), *pages]


def pdf_flate_bomb(megabytes: int = 600) -> bytes:
    """A few hundred kB that inflate to `megabytes` of text operators."""
    packer = zlib.compressobj(9)
    chunk = b"BT /F1 12 Tf 72 720 Td (0) Tj ET\n" * 30_000
    body = b"".join(packer.compress(chunk) for _ in range(megabytes * 2**20 // len(chunk)))
    body += packer.flush()
    return _pdf([*_pages([4], 3), _stream(body, b"/Filter /FlateDecode")])


def pdf_shared_stream(pages: int = 200, megabytes: int = 2) -> bytes:
    """Hundreds of pages that all draw one content stream of a few MB."""
    text = b"BT /F1 10 Tf 72 720 Td (procedure 0123456789) Tj ET\n"
    body = zlib.compress(text * (megabytes * 2**20 // len(text)), 9)
    content = 3 + pages
    return _pdf([*_pages([content] * pages, 3), _stream(body, b"/Filter /FlateDecode")])


def pdf_deep_nesting(depth: int = 100_000) -> bytes:
    return _pdf([*_pages([4], 3), _stream(b"BT ET", b"/Nest " + b"[" * depth + b"]" * depth)])


def pdf_huge_array(entries: int = 300_000) -> bytes:
    return _pdf([*_pages([4], 3), _stream(b"BT ET", b"/Big [" + b"0 " * entries + b"]")])


def pdf_huge_length() -> bytes:
    return _pdf([*_pages([4], 3), _stream(b"BT /F1 12 Tf (x) Tj ET", length=2**62)],
                broken_xref=True)


def pdf_aes256() -> bytes:
    encrypt = (b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O <%s> /U <%s> /OE <%s> "
               b"/UE <%s> /Perms <%s> /CF << /StdCF << /CFM /AESV3 /Length 32 >> >> "
               b"/StmF /StdCF /StrF /StdCF >>" % (b"ab" * 48, b"cd" * 48, b"ef" * 32,
                                                     b"01" * 32, b"23" * 16))
    return _pdf([*_pages([4], 3), _stream(b"\x00" * 64), encrypt],
                trailer_extra=b"/Encrypt 5 0 R /ID [<00112233445566778899aabbccddeeff> "
                              b"<00112233445566778899aabbccddeeff>] ")
