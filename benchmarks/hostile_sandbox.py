"""One isolated place per hostile run (benchmarks/hostile.py): its own user folders, an output
folder, a canary "secret" file the program must never echo or change, and, where the machine
allows, a tiny full file system and a read-only one."""
from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = "disclosure-request-assistant"
MEMORY_CAP = 3 * 2**29  # 1.5 GiB for a command; the wizard gets twice that


class Sandbox:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="dra-hostile-"))
        self.work = self.root / "work"
        self.records = self.work / "records"
        for folder in (self.work, self.records, self.root / "home"):
            folder.mkdir()
        self.data = self.root / "home" / "data" / APP
        self.cache = self.root / "home" / "cache" / APP
        self.canary = f"CANARY-{secrets.token_hex(6)}"
        self.secret = self.root / "secret.txt"  # a stand-in for /etc/shadow or a private key
        self.secret.write_text(f"root:$6${self.canary}$x:19000:0:99999:7:::\n"
                               f"password: {self.canary}\nname: {self.canary}\n")
        os.chmod(self.secret, 0o640)
        self.details = self.write("details.yaml", (ROOT / "examples" / "details.yaml").read_text())
        self._mounts: list[Path] = []
        self.file_size: int | None = None  # RLIMIT_FSIZE for the run, where no tmpfs mounts
        self.skipped: str | None = None  # why the case cannot be run on this machine
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                    "XDG_DATA_HOME": str(self.root / "home" / "data"),
                    "XDG_CACHE_HOME": str(self.root / "home" / "cache"),
                    "XDG_CONFIG_HOME": str(self.root / "home" / "config")}
        for name in ("DRA_CACHE_DIR", "DRA_DATA_DIR", "DRA_FORMS_DIR"):
            self.env.pop(name, None)

    def write(self, name: str, content: str | bytes) -> Path:
        path = self.work / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    def mount(self, name: str, read_only: bool = False) -> Path | None:
        """A 64 kB tmpfs (full after the first small file), or a read-only one; None where the
        machine does not allow mounting (the runner then limits the file size instead)."""
        point = self.work / name
        point.mkdir()
        options = "size=64k,mode=0777" + (",ro" if read_only else "")
        try:
            done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
                                  capture_output=True, timeout=30)
        except (OSError, subprocess.SubprocessError):  # no mount command at all
            return None
        if done.returncode != 0:
            return None
        self._mounts.append(point)
        if not read_only:  # full: what is left is too little for a letter
            try:
                (point / "filler").write_bytes(b"\0" * 40_000)
            except OSError:
                pass
        return point

    def main(self, *args: str, timeout: float = 60, **more) -> subprocess.CompletedProcess:
        """`main.py ARGS` as the runner runs it (for setting a case up)."""
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=self.env,
                              cwd=self.work, capture_output=True, timeout=timeout, **more)

    def watched(self) -> dict[str, tuple]:
        """What must not change: the secret's mode and content, and every symlink target's."""
        found = {str(self.secret): _state(self.secret)}
        for path in self.root.rglob("*"):
            if path.is_symlink():
                target = Path(os.path.realpath(path))
                if target.exists() and not str(target).startswith("/proc"):
                    found[str(target)] = _state(target)
        return found

    def files(self) -> dict[str, float]:
        """Every regular file in the sandbox and its change time (to find new or changed ones)."""
        found = {}
        for path in self.root.rglob("*"):
            try:
                info = os.lstat(path)
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode):
                found[str(path)] = info.st_ctime_ns
        return found

    def close(self) -> None:
        for point in reversed(self._mounts):
            subprocess.run(["umount", "-l", str(point)], capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)


def _state(path: Path) -> tuple:
    info = os.stat(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if stat.S_ISREG(info.st_mode) else ""
    return stat.S_IMODE(info.st_mode), info.st_uid, digest


def limits(memory: int, file_size: int | None, qt: bool = False):
    """A preexec function: memory capped, and optionally the size of any file written. Qt
    reserves far more address space than it uses (it traps under any RLIMIT_AS), so for the
    wizard the data segment is capped instead."""
    def apply() -> None:
        import resource

        which = resource.RLIMIT_DATA if qt else resource.RLIMIT_AS
        resource.setrlimit(which, (memory, memory))
        if file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))
    return apply
