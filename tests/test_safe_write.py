"""Saving PDFs: all or nothing, never over an existing file unless asked, clear errors."""
from __future__ import annotations

import errno
import os

import pytest

from assistant.io import safe_write as output
from assistant.io.safe_write import OutputError, write_atomically


def test_writes_the_file(tmp_path):
    path = write_atomically(tmp_path / "a.pdf", b"%PDF-1.4 data")
    assert path.read_bytes() == b"%PDF-1.4 data"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_existing_file_is_kept_unless_overwrite(tmp_path):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    with pytest.raises(OutputError, match="already exists"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    write_atomically(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_missing_folder_and_folder_as_name_are_explained(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        write_atomically(tmp_path / "nope" / "a.pdf", b"x")
    with pytest.raises(OutputError, match="is a folder"):
        write_atomically(tmp_path, b"x")


def test_disk_full_leaves_no_partial_file(tmp_path, monkeypatch):
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[:10])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
    with pytest.raises(OutputError, match="No space left on device.*Nothing was saved"):
        write_atomically(tmp_path / "a.pdf", b"x" * 1000)
    assert list(tmp_path.iterdir()) == []


def test_a_name_the_file_system_refuses(tmp_path):
    with pytest.raises(OutputError):
        write_atomically(tmp_path / ("x" * 300 + ".pdf"), b"x")  # longer than NAME_MAX
    assert list(tmp_path.iterdir()) == []
