"""The case store's files: one private folder per case holding copies of its PDFs.

Files are written before the row that names them is committed, inside the same write lock, and
a marker (`.pending/<case id>`) stands while they are written. A process killed or a disk full
between the first file and the commit leaves the marker behind; the next start (under the same
lock) then removes the folder of a case that was never committed, or the files and `.tmp-*`
leftovers no event of a committed case names. So no case is ever without its files, and no file
with personal data outlives a case that does not exist.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Mapping

from assistant.case.rows import StoreError

PENDING = ".pending"
MAX_FILE_NAME = 80


class CaseFiles:
    """The folders of a store's cases (`<store folder>/cases/<id>/`)."""

    def __init__(self, root: Path):
        self.root = root
        self.pending = root / PENDING

    def folder(self, case_id: int) -> Path:
        return self.root / str(case_id)

    def _private(self, folder: Path) -> None:
        folder.mkdir(exist_ok=True, mode=0o700)
        if folder.is_symlink() or not folder.is_dir():
            raise StoreError(f"{folder} is not a folder of this program; move it away")
        os.chmod(folder, 0o700)

    # -- while a case's files are written ----------------------------------------------------------
    def mark(self, case_id: int) -> None:
        """Say that this case's folder is being written (until unmark)."""
        self._private(self.root)
        self._private(self.pending)
        (self.pending / str(case_id)).touch(mode=0o600)

    def unmark(self, case_id: int) -> None:
        try:
            (self.pending / str(case_id)).unlink()
        except FileNotFoundError:
            pass

    def markers(self) -> list[int]:
        """Cases whose files a process was writing when it stopped (usually none)."""
        try:
            names = os.listdir(self.pending)
        except OSError:
            return []
        return [int(name) for name in names if name.isdigit()]

    def write(self, case_id: int, files: Mapping[str, bytes], fresh: bool = False) -> list[str]:
        """Write these files into the case's folder (a new case: an empty folder) and return
        their names. Call between mark and the commit."""
        from assistant.io.safe_write import OutputError, write_atomically  # here: listing needs neither

        folder = self.folder(case_id)
        if fresh and folder.exists():
            _remove_tree(folder)  # left by a case that was never committed
        self._private(folder)
        for name in files:
            if "/" in name or name.startswith(".") or len(name) > MAX_FILE_NAME:
                raise StoreError(f"'{name[:MAX_FILE_NAME]}' is not a file name for a case")
        try:
            for name, data in files.items():
                write_atomically(folder / name, data, overwrite=True)
        except OutputError as exc:
            raise StoreError(f"the case's files could not be saved: {exc}") from None
        return list(files)

    def discard(self, case_id: int, names: Iterable[str], whole: bool = False) -> None:
        """Undo a write whose row was not committed."""
        folder = self.folder(case_id)
        if whole:
            _remove_tree(folder)
        else:
            for name in names:
                (folder / name).unlink(missing_ok=True)
        self.unmark(case_id)

    def tidy(self, case_id: int, exists: bool, named: set[str]) -> None:
        """After a stop mid-write: a case never committed loses its folder; a committed one keeps
        the files its events name and nothing else."""
        folder = self.folder(case_id)
        if not exists:
            _remove_tree(folder)
        elif folder.is_dir() and not folder.is_symlink():
            for entry in os.scandir(folder):
                if entry.is_file(follow_symlinks=False) and entry.name not in named:
                    os.unlink(entry.path)
        self.unmark(case_id)

    # -- reading and deleting ---------------------------------------------------------------------
    def read(self, case_id: int, name: str) -> bytes | None:
        path = self.folder(case_id) / name
        if path.is_symlink() or not path.is_file():
            return None
        return path.read_bytes()

    def remove(self, case_id: int) -> None:
        _remove_tree(self.folder(case_id))


def _remove_tree(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
