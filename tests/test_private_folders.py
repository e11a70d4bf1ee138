"""The program's folders are owner-only whoever makes them first, and tightened at start; its
temporary files are recognisable and removed once stale; outputs are regular files only."""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from assistant.cli.commands import main as cli
from assistant.io import temporaries
from assistant.io.paths import cache_dir, user_data_dir
from assistant.io.private_dirs import private_dir, private_file
from assistant.io.safe_write import OutputError, write_atomically
from tests.conftest import posix_only
from tests.repo import ROOT

pytestmark = posix_only


def _mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_every_folder_of_ours_is_made_owner_only_whoever_makes_it(tmp_path):
    from assistant.case.drafts import drafts_dir
    from assistant.io import parsed_cache
    from assistant.records.index import DirectoryIndex

    os.umask(0o022)
    private_dir(user_data_dir() / "companies" / "policies")  # as the importer makes it, first
    DirectoryIndex.open().close()  # the cache folder
    parsed_cache.keep(tmp_path / "x.yaml", "1:2:3:4", {"a": 1})
    private_dir(drafts_dir())
    for folder in (user_data_dir(), user_data_dir() / "drafts", user_data_dir() / "companies",
                   user_data_dir() / "companies" / "policies", cache_dir(), cache_dir() / "parsed"):
        assert folder.is_dir() and _mode(folder) == 0o700, folder


def test_folders_found_looser_are_tightened_at_start_and_links_left_alone(tmp_path, capsys):
    outside = tmp_path / "someone-elses"
    outside.mkdir(mode=0o755)
    for name in ("", "companies", "drafts"):
        (user_data_dir() / name).mkdir(parents=True, exist_ok=True)
        os.chmod(user_data_dir() / name, 0o755)
    os.symlink(outside, user_data_dir() / "cases")
    assert cli(["companies"]) == 0
    capsys.readouterr()
    for name in ("", "companies", "drafts"):
        assert _mode(user_data_dir() / name) == 0o700
    assert _mode(outside) == 0o755  # the link's target is not ours to change


def test_a_file_in_place_of_a_folder_of_ours_is_one_clear_error(capsys):
    from assistant.case.drafts import save_recovery
    from assistant.case.request import RequestCase
    from assistant.io.private_dirs import FolderError
    from tests.render.helpers import details

    user_data_dir().parent.mkdir(parents=True, exist_ok=True)
    user_data_dir().write_text("not a folder")
    with pytest.raises(FolderError, match="cannot make the folder .*a file is in its place") as err:
        private_dir(user_data_dir() / "drafts")
    assert isinstance(err.value, OSError) and isinstance(err.value, OutputError)
    save_recovery(RequestCase.from_details("porters", details()))  # a safety net: quietly not
    assert cli(["import", str(ROOT / "assistant/resources/policies/000_a89de472e0e51828.txt"),
                "--id", "x", "--name", "株式会社テスト"]) != 0
    err = capsys.readouterr().err
    assert "cannot make the folder" in err and "Traceback" not in err


def test_a_private_file_is_never_made_through_a_link(tmp_path):
    target = tmp_path / "target"
    target.write_text("keep")
    os.chmod(target, 0o644)
    link = user_data_dir() / "cases.sqlite3"
    private_dir(link.parent)
    os.symlink(target, link)
    with pytest.raises(OSError):
        private_file(link)
    assert _mode(target) == 0o644 and target.read_text() == "keep"


@pytest.mark.parametrize("make", ["fifo", "symlink", "device"])
def test_an_output_that_is_not_a_regular_file_is_refused_even_with_overwrite(tmp_path, make):
    secret = tmp_path / "secret.txt"
    secret.write_text("CANARY")
    name = tmp_path / "out.pdf"
    if make == "fifo":
        os.mkfifo(name)
    elif make == "symlink":
        os.symlink(secret, name)
    else:
        os.symlink("/dev/null", name)
    with pytest.raises(OutputError, match="symbolic link|named pipe"):
        write_atomically(name, b"%PDF", overwrite=True)
    assert secret.read_text() == "CANARY"
    assert os.path.islink(name) or stat.S_ISFIFO(os.lstat(name).st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp-")] == []


def test_a_device_named_as_output_is_refused_on_the_command_line(capsys):
    status = cli(["calibration", "-o", "/dev/null", "--overwrite"])
    assert status == 1 and "a device, not a file" in capsys.readouterr().err


def _age(path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_only_stale_temporaries_of_ours_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    files = {
        f".tmp-dra-{dead}-abc123xy.part": True,  # its writer is gone
        f".tmp-dra-{os.getpid()}-abc123xy.part": False,  # being written by a live process
        f".tmp-dra-{os.getpid()}-old123xy.part": True,  # alive, but far too old
        ".tmp-abcd1234.pdf": True,  # an earlier version's, old
        ".tmp-notours.txt": False, "letter.pdf": False, ".tmp-dra-1-x.pdf": False,
    }
    for name in files:
        (tmp_path / name).write_bytes(b"personal data")
    for name in (f".tmp-dra-{os.getpid()}-old123xy.part", ".tmp-abcd1234.pdf", "letter.pdf"):
        _age(tmp_path / name, temporaries.STALE_AFTER_S + 5)
    os.symlink(tmp_path / "letter.pdf", tmp_path / f".tmp-dra-{dead}-link12xy.part")
    assert temporaries.remove_stale(tmp_path, once=False) == 3
    left = {p.name for p in tmp_path.iterdir()}
    assert left == {name for name, stale in files.items() if not stale} | {f".tmp-dra-{dead}-link12xy.part"}


def test_a_killed_writer_leaves_a_temporary_that_the_next_run_removes(tmp_path):
    out = tmp_path / "letter.pdf"
    code = ("import os, sys, time\n"
            "from pathlib import Path\n"
            "from assistant.io import safe_write\n"
            "def stall(fd): print('writing', flush=True); time.sleep(60)\n"
            "safe_write.os.fsync = stall\n"
            "safe_write.write_atomically(Path(sys.argv[1]), b'personal data' * 1000)\n")
    child = subprocess.Popen([sys.executable, "-c", code, str(out)], cwd=ROOT, text=True,
                             stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout.readline().strip() == "writing"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=20)
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].startswith(".tmp-dra-") and left[0].endswith(".part")
    assert cli(["calibration", "-o", str(tmp_path / "next.pdf")]) == 0  # the next run
    assert sorted(p.name for p in tmp_path.iterdir()) == ["next.pdf"]


def test_a_temporary_left_in_the_data_folder_goes_at_the_next_start(capsys):
    folder = user_data_dir() / "cases" / "7"
    private_dir(folder)
    stale = folder / ".tmp-dra-999999-abcdef12.part"
    stale.write_bytes(b"personal data")
    _age(stale, temporaries.STALE_AFTER_S + 5)
    assert cli(["companies"]) == 0
    assert not stale.exists()
