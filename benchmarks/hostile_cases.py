"""The hostile runs of benchmarks/hostile.py, the program's own first (details files, records,
options, outputs, folders, the wizard's drafts), then the case store's and the importer's.
Each makes its inputs in a fresh Sandbox and names the command; the runner judges the outcome."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import Callable

from hostile_fixtures import (  # type: ignore[import-not-found]  # run as a script
    BILLION_LAUGHS, POLICY, details, draft, record)
from hostile_sandbox import Sandbox  # type: ignore[import-not-found]

Check = Callable[[Sandbox], list[tuple[str, str]]]  # (figure it counts towards, what was found)


@dataclass
class Case:
    name: str
    owner: str  # "harden" (this program's core), "timeline" (case store), "import" (importer)
    args: Callable[[Sandbox], list[str]]  # makes the inputs, returns main.py's arguments
    expect: str = "refuse"  # refuse: a non-zero exit; ok: exit 0; any: either
    output: str | None = None  # a file in work/ that must not exist after a refusal
    program: str = "main"  # or "wizard": benchmarks/hostile_wizard.py
    quick: bool = False  # in the quick subset the test suite runs
    timeout: float = 60
    check: Check | None = None
    closed_stdout: bool = False  # stdout a pipe whose reader is gone (`show | head`)


def letter(path_of: Callable[[Sandbox], object], *more: str) -> Callable[[Sandbox], list[str]]:
    return lambda sb: ["letter", "--company", "porters", "--details", str(path_of(sb)), *more,
                       "-o", str(sb.work / "letter.pdf")]


def _fifo(sb: Sandbox, name: str) -> str:
    os.mkfifo(sb.work / name)
    return str(sb.work / name)


def _link(sb: Sandbox, name: str, target) -> str:
    (sb.work / name).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, sb.work / name)
    return str(sb.work / name)


def _device(sb: Sandbox) -> str:
    """A character device of our own (the null device's numbers), never the system's /dev/null."""
    path = sb.work / "device.pdf"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (OSError, AttributeError):
        os.symlink("/dev/null", path)
    return str(path)


def _modes(*names: str) -> Check:
    def check(sb: Sandbox) -> list[tuple[str, str]]:
        loose = []
        for name in names:
            path = sb.data / name
            if path.is_dir() and stat.S_IMODE(path.stat().st_mode) & 0o077:
                loose.append(("loose_folders", f"{name or 'data folder'} is {path.stat().st_mode & 0o777:o}"))
        return loose
    return check


def _loosened(sb: Sandbox) -> list[str]:
    for name in ("", "companies", "drafts"):
        (sb.data / name).mkdir(parents=True, exist_ok=True)
        os.chmod(sb.data / name, 0o755)
    return ["companies"]


def _stale_temporaries(sb: Sandbox) -> list[str]:
    import time

    for name in (".tmp-dra-999999-abcdef12.part", ".tmp-abcd1234.pdf"):
        path = sb.write(name, b"personal data")
        os.utime(path, (time.time() - 3600,) * 2)
    return ["calibration", "-o", str(sb.work / "cal.pdf")]


def _full(sb: Sandbox, name: str = "full") -> str:
    point = sb.mount(name)
    if point is None:  # no tmpfs here: any file the command writes may hold 30 kB
        sb.file_size = 30_000
        point = sb.work / name
    return str(point)


def _read_only(sb: Sandbox) -> str:
    point = sb.mount("ro", read_only=True)
    if point is None:
        point = sb.work / "ro"
        os.chmod(point, 0o555)  # a read-only folder; root writes there anyway, so then: skipped
        if os.geteuid() == 0:
            sb.skipped = "no read-only file system can be mounted here, and root writes anywhere"
    return str(point)


def _record_folder(sb: Sandbox, name: str, content: str | bytes) -> str:
    target = sb.records / name
    target.write_bytes(content.encode() if isinstance(content, str) else content)
    return str(sb.records)


def _draft(case: dict, version: int = 2) -> Callable[[Sandbox], list[str]]:
    return lambda sb: ["open", str(sb.write("draft.json", draft(case, version)))]


def after(make: Callable[[Sandbox], object], *command: str) -> Callable[[Sandbox], list[str]]:
    """The command, once make(sb) has put its inputs in place."""
    def args(sb: Sandbox) -> list[str]:
        make(sb)
        return list(command)
    return args


def _records(make: Callable[[Sandbox], object], *command: str) -> Callable[[Sandbox], list[str]]:
    """`--data-dir RECORDS COMMAND` after make(sb) put something into the records folder."""
    def args(sb: Sandbox) -> list[str]:
        make(sb)
        return ["--data-dir", str(sb.records), *command]
    return args


def _validate(old: str, new: str) -> Callable[[Sandbox], list[str]]:
    return lambda sb: ["validate", _record_folder(sb, "leverages.yaml", record(old, new))]


CHECKLIST = ("checklist", "--company", "leverages", "--request", "disclosure")
HUGE_DAYS = (r"business_days: \d+", "business_days: " + "9" * 29)


def _letter_with(*options: str) -> Callable[[Sandbox], list[str]]:
    return lambda sb: ["letter", "--company", "porters", "--details", str(sb.details), *options,
                       "-o", str(sb.work / "l.pdf")]


def _unlisted(name: str) -> Callable[[Sandbox], list[str]]:
    return lambda sb: ["letter", "--company-name", name, "--company-address", "東京都千代田区1-1",
                       "--details", str(sb.details), "-o", str(sb.work / "l.pdf")]


def own_cases() -> list[Case]:
    """Details files, records, options, outputs, folders and drafts (this program's core)."""
    far = {"options": {"sent_on": "9999-12-30"}, "typed": {"sent_on": "9999-12-30"}}
    out = {"output": "letter.pdf"}
    return [
        Case("details: the secret file itself", "harden", letter(lambda sb: sb.secret), **out,
             quick=True),
        Case("details: a link to the secret", "harden",
             letter(lambda sb: _link(sb, "d.yaml", sb.secret)), **out, quick=True),
        Case("details: a named pipe", "harden", letter(lambda sb: _fifo(sb, "d.yaml")), **out,
             quick=True),
        Case("details: /dev/zero", "harden", letter(lambda sb: "/dev/zero"), **out),
        Case("details: a folder", "harden", letter(lambda sb: sb.work), **out),
        Case("details: 5 MB", "harden",
             letter(lambda sb: sb.write("d.yaml", "a: " + "x" * 5_000_000)), **out),
        Case("details: billion laughs", "harden",
             letter(lambda sb: sb.write("d.yaml", BILLION_LAUGHS)), **out),
        Case("details: nested 100,000 deep", "harden",
             letter(lambda sb: sb.write("d.yaml", "requester: " + "[" * 100_000)), **out),
        Case("details: binary", "harden",
             letter(lambda sb: sb.write("d.yaml", bytes(range(256)) * 40)), **out),
        Case("details: Latin-1 text", "harden", letter(lambda sb: sb.write(
            "d.yaml", details(full_name="Müller").encode("latin-1", "replace"))), **out),
        Case("details: born 9999-12-31", "harden",
             letter(lambda sb: sb.write("d.yaml", details(date_of_birth="9999-12-31"))), **out,
             quick=True),
        Case("details: born 0001-01-01", "harden",
             letter(lambda sb: sb.write("d.yaml", details(date_of_birth="0001-01-01"))), **out),
        Case("details: a 100,000-character name", "harden",
             letter(lambda sb: sb.write("d.yaml", details(full_name="x" * 100_000))), **out),
        Case("details: a 29-digit phone number", "harden",
             letter(lambda sb: sb.write("d.yaml", details(phone="9" * 29))), **out),
        Case("details: bidi override, NUL, escape in the name", "harden", letter(
            lambda sb: sb.write("d.yaml", details(full_name='"山田\\u202e\\0太郎\\e[31m"'))),
             expect="ok"),
        Case("records: a link to the secret", "harden",
             _records(lambda sb: _link(sb, "records/evil.yaml", sb.secret), "companies"),
             expect="ok", quick=True),
        Case("records: business_days of 29 digits, validate", "harden", _validate(*HUGE_DAYS),
             quick=True),
        Case("records: business_days of 29 digits, checklist", "harden", _records(
            lambda sb: _record_folder(sb, "leverages.yaml", record(*HUGE_DAYS)), *CHECKLIST,
            "--sent-on", "2026-12-01"), expect="ok"),
        Case("records: a fee of 10^12 yen", "harden",
             _validate(r"amount_yen: \d+", "amount_yen: 1000000000000")),
        Case("records: checked 9999-12-31", "harden",
             _validate(r"^checked: .*$", "checked: 9999-12-31")),
        Case("records: a file name that is not UTF-8", "harden", _records(lambda sb: _record_folder(
            sb, "x\udcff.yaml", record(r"^id: .*$", "id: x")), "companies"), expect="ok",
             quick=True),
        Case("records: a named pipe named .yaml", "harden",
             _records(lambda sb: _fifo(sb, "records/pipe.yaml"), "companies"), expect="ok"),
        Case("records: billion laughs", "harden",
             _records(lambda sb: _record_folder(sb, "bomb.yaml", BILLION_LAUGHS), "companies"),
             expect="ok"),
        Case("option: --sent-on 9999-12-31", "harden",
             lambda sb: [*CHECKLIST, "--sent-on", "9999-12-31"], quick=True),
        Case("option: --arrived-on 0001-01-01", "harden",
             lambda sb: [*CHECKLIST, "--arrived-on", "0001-01-01"]),
        Case("option: letter --date 9999-12-31", "harden", _letter_with("--date", "9999-12-31"),
             output="l.pdf"),
        Case("option: --fee-paid-on 9999-12-31", "harden", _letter_with(
            "--fee-paid-on", "9999-12-31", "--fee-paid-how", "x"), output="l.pdf"),
        Case("option: --language xx", "harden", lambda sb: [
            "message", "--company", "porters", "--request", "disclosure", "--language", "xx"],
             quick=True),
        Case("option: a 10,000-character search with bidi", "harden",
             lambda sb: ["companies", "\u202e" + "ア" * 10_000], expect="any"),
        Case("option: a 40,000-character company name", "harden", _unlisted("株" * 40_000),
             output="l.pdf"),
        Case("option: a bidi override in the company name", "harden",
             _unlisted("さくら\u202e通販"), output="l.pdf"),
        Case("option: an id with an escape sequence", "harden",
             lambda sb: ["show", "\x1b]0;owned\x07porters"]),
        Case("output: show into a closed pipe", "harden", lambda sb: ["show", "porters"],
             expect="any", quick=True, closed_stdout=True),
        Case("output: onto a named pipe, --overwrite", "harden",
             lambda sb: ["calibration", "-o", _fifo(sb, "out.pdf"), "--overwrite"], quick=True),
        Case("output: onto a link to the secret, --overwrite", "harden", lambda sb: [
            "calibration", "-o", _link(sb, "out.pdf", sb.secret), "--overwrite"], quick=True),
        Case("output: onto a device, --overwrite", "harden",
             lambda sb: ["calibration", "-o", _device(sb), "--overwrite"]),
        Case("output: a full disk", "harden", lambda sb: [
            "letter", "--company", "porters", "--details", str(sb.details), "-o",
            _full(sb) + "/letter.pdf"], output="full/letter.pdf", quick=True),
        Case("output: a read-only folder", "harden",
             lambda sb: ["calibration", "-o", _read_only(sb) + "/cal.pdf"], output="ro/cal.pdf"),
        Case("output: a 300-character name", "harden",
             lambda sb: ["calibration", "-o", str(sb.work / ("x" * 300 + ".pdf"))]),
        Case("output: stale temporaries of a killed run", "harden", _stale_temporaries,
             expect="ok", quick=True),
        Case("output: an empty file name", "harden", lambda sb: ["calibration", "-o", ""]),
        Case("details: a symlink loop", "harden", letter(lambda sb: _link(sb, "d.yaml", "d.yaml")),
             **out),
        Case("validate: a named pipe", "harden", lambda sb: ["validate", _fifo(sb, "r.yaml")]),
        Case("folders: the data folder is a file", "harden", after(
            lambda sb: sb.data.parent.mkdir(parents=True) or sb.data.write_text("a file"),
            "import", str(POLICY), "--id", "x", "--name", "株式会社テスト")),
        Case("folders: a damaged index in the cache", "harden", after(
            lambda sb: sb.cache.mkdir(parents=True) or (sb.cache / "directory-index.sqlite3")
            .write_bytes(b"SQLite format 3\0" + bytes(range(256)) * 16), "companies", "porters"),
             expect="ok"),
        Case("folders: made 0700 by import", "harden",
             lambda sb: ["import", str(POLICY), "--id", "hostile-modes"], expect="any",
             check=_modes("", "companies", "companies/policies")),
        Case("folders: tightened at start", "harden", _loosened, expect="ok", quick=True,
             check=_modes("", "companies", "drafts")),
        Case("wizard: a draft posted 9999-12-30", "harden", _draft(far), program="wizard",
             expect="ok", quick=True),
        Case("wizard: the same as a recovery draft", "harden",
             lambda sb: ["recover", str(sb.write("r.json", draft(far)))], program="wizard",
             expect="ok", quick=True),
        Case("wizard: U+202E in a typed company's address", "harden", _draft({
            "company_id": "law-only", "company_entered": {"name": "さくら通販",
                                                          "address": "東京都1-1\u202e-2"}}),
             program="wizard", expect="ok"),
        Case("wizard: a fee paid on 9999-12-31", "harden", _draft({"options": {
            "fee_paid_on": "9999-12-31", "fee_paid_how": "x"}}), program="wizard", expect="ok"),
        Case("wizard: letter language xx", "harden", _draft({"languages": ["xx"]}),
             program="wizard", expect="ok"),
        Case("wizard: typed fields named x and requester.", "harden", _draft(
            {"typed": {"fields": {"x": "y", "requester.": "z"}}}), program="wizard", expect="ok"),
        Case("wizard: a 1.9 MB field", "harden", _draft(
            {"typed": {"fields": {"requester.full_name": "x" * 1_900_000}}}), program="wizard",
             expect="ok"),
        Case("wizard: 100,000 ticks", "harden", _draft({"ticks": [str(n) for n in range(100_000)]}),
             program="wizard", expect="ok"),
        Case("wizard: nested 100,000 deep", "harden",
             lambda sb: ["open", str(sb.write("d.json", "[" * 100_000))], program="wizard",
             expect="ok"),
        Case("wizard: draft version 99", "harden", _draft({}, version=99), program="wizard",
             expect="ok"),
        Case("wizard: company id ../../etc/passwd", "harden",
             _draft({"company_id": "../../etc/passwd"}), program="wizard", expect="ok"),
        Case("wizard: a link to the secret as draft", "harden",
             lambda sb: ["open", _link(sb, "d.json", sb.secret)], program="wizard", expect="ok",
             quick=True),
        Case("wizard: NUL typed into the search", "harden", lambda sb: ["search", "po\\0rters"],
             program="wizard", expect="ok", quick=True),
    ]
