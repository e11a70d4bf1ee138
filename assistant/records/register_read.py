"""Read the NTA's register files as a stream of checked rows: zip or CSV, UTF-8 or Shift-JIS.

Nothing is ever read whole: a zip member or a CSV file is decoded and parsed line by line, so
memory stays the same for one prefecture or the whole country. Every input is bounded where it
enters: only regular files (no symlink, pipe or device), a zip's members by count, size and
compression ratio (a zip bomb is refused before a byte is inflated), each row by its column
count and each field by its length, each file by its row count. A row that is not in the layout
(register_layout.py) stops the import with the file, the line and what is wrong, quoting nothing
from the file.
"""
from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator, NamedTuple

from assistant.records.register_files import RegisterFileError, Source
from assistant.records.register_layout import (
    CLOSE_CAUSE, COLUMN, COLUMNS, KIND, MAX_FIELD_CHARS, MAX_ROWS, PROCESS, is_corporate_number,
    is_date,
)

MAX_FILE_BYTES = 8 << 30  # the whole country is about 1.3 GB of CSV, 0.25 GB zipped
MAX_MEMBERS = 100
MAX_RATIO = 60  # CSV of names and addresses deflates about 5-10 times; a bomb, thousands
_HEAD = 1 << 16
_ODD = re.compile("[\x00-\x08\x0b-\x1f\x7f]")  # control characters have no place in the register


class Row(NamedTuple):
    """One corporation as a row gives it (texts as published, empty for none)."""

    number: int
    process: str
    latest: bool
    name: str
    kind: str
    prefecture: str
    city: str
    street: str
    postal: str
    outside: str
    closed_on: str
    close_cause: str
    successor: int | None
    en_name: str
    furigana: str
    hidden: bool
    updated: str


def _open_regular(path: Path) -> BinaryIO:
    """The file opened for reading, if it is a regular file and not a link; else why not."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise RegisterFileError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    if stat.S_ISLNK(info.st_mode):
        raise RegisterFileError(f"{path}: is a symbolic link; name the file itself")
    if not stat.S_ISREG(info.st_mode):
        raise RegisterFileError(f"{path}: is not a regular file (a folder, pipe or device); "
                                "name the downloaded .zip or .csv file")
    if info.st_size > MAX_FILE_BYTES:
        raise RegisterFileError(f"{path}: {info.st_size:,} bytes is more than the register's "
                                f"files ever are ({MAX_FILE_BYTES:,}); is this the right file?")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) \
        | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise RegisterFileError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else meanwhile
        os.close(fd)
        raise RegisterFileError(f"{path}: is not a regular file")
    return os.fdopen(fd, "rb")


def _members(path: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The CSV members of a zip, each checked for size and ratio before anything is inflated."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise RegisterFileError(f"{path}: a zip of {len(infos):,} files is not the register's")
    csvs = [i for i in infos if not i.is_dir() and i.filename.lower().endswith(".csv")]
    if not csvs:
        raise RegisterFileError(f"{path}: the zip holds no .csv file; download the CSV form "
                                "(CSV形式) of the data, not the XML one")
    total = 0
    for info in csvs:
        if info.flag_bits & 0x1:
            raise RegisterFileError(f"{path}: a file in the zip is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise RegisterFileError(f"{path}: a file in the zip uses a compression the "
                                    "register's files never use")
        total += info.file_size
        if info.file_size > MAX_FILE_BYTES or total > MAX_FILE_BYTES or \
                info.file_size > MAX_RATIO * max(info.compress_size, 1) + _HEAD:
            raise RegisterFileError(f"{path}: a file in the zip would inflate far beyond what "
                                    "the register's files do (a zip bomb?); nothing was read")
    return csvs


class _Prefixed(io.RawIOBase):
    """A byte stream with its first bytes already read put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head, self._rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _encoding(head: bytes) -> str:
    """UTF-8 (with or without its mark) where the first 64 KiB decode as such, else Shift-JIS
    (cp932, which reads the JIS level 1-2 files the NTA publishes)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "cp932"


@contextmanager
def _field_limit(chars: int):
    """csv's field limit is global: set it for this read only."""
    before = csv.field_size_limit(chars)
    try:
        yield
    finally:
        csv.field_size_limit(before)


class RowReader:
    """Every row of one file (each CSV member of a zip in turn), checked against the layout;
    position() says how far into the file (in bytes) the reading is, for a progress bar."""

    def __init__(self, source: Source, encoding: str | None = None):
        self.source, self.encoding = source, encoding
        self._raw: BinaryIO | None = None

    def position(self) -> int:
        try:
            return self._raw.tell() if self._raw is not None else 0
        except (OSError, ValueError):
            return 0

    def __iter__(self) -> Iterator[Row]:
        source, encoding = self.source, self.encoding
        with _open_regular(source.path) as raw:
            self._raw = raw
            head = raw.read(4)
            raw.seek(0)
            if not (head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06")):
                yield from _csv_rows(source.path.name, raw, encoding)
                return
            try:
                archive = zipfile.ZipFile(raw)
            except (zipfile.BadZipFile, OSError, ValueError) as exc:
                raise RegisterFileError(f"{source.path}: not a readable zip ({exc})") from None
            with archive:
                for number, info in enumerate(_members(source.path, archive), 1):
                    # Named by its place, not its name: nothing from a file is echoed.
                    label = f"{source.path.name} (CSV {number} in the zip)"
                    try:
                        with archive.open(info) as member:
                            yield from _csv_rows(label, member, encoding)
                    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
                        raise RegisterFileError(f"{label}: the zip is damaged ({exc}); download "
                                                "it again") from None


def _csv_rows(label: str, stream: BinaryIO, encoding: str | None) -> Iterator[Row]:
    head = stream.read(_HEAD)
    text = io.TextIOWrapper(io.BufferedReader(_Prefixed(head, stream)),
                            encoding=encoding or _encoding(head), errors="strict", newline="")
    line = 0
    try:
        with _field_limit(MAX_FIELD_CHARS):
            for line, fields in enumerate(csv.reader(text, strict=True), 1):
                if line > MAX_ROWS:
                    raise RegisterFileError(f"{label}: more than {MAX_ROWS:,} rows; the whole "
                                            "country has about 5.5 million")
                if line == 1 and len(fields) == 4 and is_date(fields[0]):
                    continue  # a summary line (最終更新年月日,総件数,分割番号,分割数)
                yield _row(label, line, fields)
    except UnicodeDecodeError:
        raise RegisterFileError(f"{label}:{line + 1}: not Unicode (UTF-8) or Shift-JIS text; "
                                "download the CSV file again") from None
    except csv.Error as exc:
        raise RegisterFileError(f"{label}:{line + 1}: not a CSV row of the register ({exc})") from None
    if line == 0:
        raise RegisterFileError(f"{label}: the file is empty")


def _row(label: str, line: int, fields: list[str]) -> Row:
    """One checked row; RegisterFileError names the line and the item that is wrong."""
    if len(fields) != len(COLUMNS):
        raise RegisterFileError(f"{label}:{line}: {len(fields)} columns where the NTA layout has "
                                f"{len(COLUMNS)}; is this the register's CSV (not another file)?")

    def bad(item: str, what: str) -> RegisterFileError:
        return RegisterFileError(f"{label}:{line}: {item}: {what}")

    get = fields.__getitem__
    number = get(COLUMN["corporate_number"])
    if not is_corporate_number(number):
        raise bad("法人番号", "not a corporate number (13 digits with a matching check digit)")
    process = get(COLUMN["process"])
    if process not in PROCESS:
        raise bad("処理区分", "not one of the NTA's codes")
    kind = get(COLUMN["kind"])
    if kind and kind not in KIND:
        raise bad("法人種別", "not one of the NTA's codes")
    cause = get(COLUMN["close_cause"])
    if cause and cause not in CLOSE_CAUSE:
        raise bad("登記記録の閉鎖等の事由", "not one of the NTA's codes")
    successor = get(COLUMN["successor_corporate_number"])
    if successor and not is_corporate_number(successor):
        raise bad("承継先法人番号", "not a corporate number")
    for item in ("close_date", "update_date"):
        if get(COLUMN[item]) and not is_date(get(COLUMN[item])):
            raise bad(item, "not a date like 2026-11-30")
    postal = get(COLUMN["post_code"])
    if postal and not (len(postal) == 7 and postal.isascii() and postal.isdigit()):
        raise bad("郵便番号", "not seven digits")
    name = get(COLUMN["name"]).strip()
    if not name and process != "99":
        raise bad("商号又は名称", "empty")
    if _ODD.search("".join(fields)):
        raise bad("a field", "holds control characters")
    return Row(int(number), process, get(COLUMN["latest"]) != "0", name, kind,
               get(COLUMN["prefecture_name"]), get(COLUMN["city_name"]),
               get(COLUMN["street_number"]), postal, get(COLUMN["address_outside"]),
               get(COLUMN["close_date"]), cause, int(successor) if successor else None,
               get(COLUMN["en_name"]), get(COLUMN["furigana"]),
               get(COLUMN["hihyoji"]) == "1", get(COLUMN["update_date"]))
