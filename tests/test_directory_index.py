"""The directory's SQLite index: the same answers as a plain scan, noticing every change on disk,
surviving damage, private to its owner, and fast paths that read no record (issue 10)."""
from __future__ import annotations

import os
import random
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import assistant.records.directory as directory_module
import assistant.records.directory_core as directory_core
import assistant.records.index as index_module
import assistant.records.index_search as index_search
from assistant.cli.commands import main as cli
from assistant.cli.common import progress_on_stderr
from assistant.records.directory import Directory, Entry, RecordError, load_directory, normalise
from assistant.records.index import INDEX_FILE, DirectoryIndex, index_path
from assistant.io.paths import COMPANIES_DIR
from tests.repo import ROOT

TEMPLATE = (COMPANIES_DIR / "porters.yaml").read_text(encoding="utf-8")
KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノパーソル"
HALF_KANA = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉ"
KANJI = "株式会社日本情報通信東京大阪"
SYLLABLES = ["ka", "mi", "to", "ra", "no", "su", "ke", "ya", "ho", "ri", "ta", "na", "x", "q"]


def record_text(record_id: str, name: str, name_ja: str | None, aliases: list[str]) -> str:
    """A valid record (a copy of porters.yaml) with other id and names."""
    lines = []
    for line in TEMPLATE.splitlines():
        if line.startswith("id: "):
            line = f"id: {record_id}"
        elif line.startswith("name: "):
            line = f"name: {name}"
        elif line.startswith("name_ja: "):
            line = f"name_ja: {name_ja}" if name_ja else ""
        elif line.startswith("aliases: "):
            line = "aliases: [" + ", ".join(f'"{a}"' for a in aliases) + "]"
        lines.append(line)
    return "\n".join(lines) + "\n"


def write_records(folder: Path, count: int, seed: int = 3) -> list[str]:
    """count records with names in Latin, full-width, Japanese and half-width katakana."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for number in range(count):
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()
        if number % 7 == 0:  # full-width Latin in the record itself
            word = word.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
        name = f"{word} {rng.choice(['Holdings', 'Co., Ltd.', 'Inc.', 'ホールディングス'])} {number}"
        name_ja = None if number % 5 == 0 else (
            "".join(rng.choice(KANA) for _ in range(rng.randint(1, 4)))
            + rng.choice(["株式会社", "", "情報通信"]))
        aliases = [word.lower(), "".join(rng.choice(HALF_KANA) for _ in range(2))]
        if number % 3 == 0:
            aliases.append("".join(rng.choice(KANJI) for _ in range(2)))
        record_id = f"rec-{number:04d}"
        (folder / f"{record_id}.yaml").write_text(record_text(record_id, name, name_ja, aliases),
                                                  encoding="utf-8")
        ids.append(record_id)
    return ids


def plain_scan(entries: list[Entry], query: str, limit: int | None = None) -> list[str]:
    """What search must answer, the slow obvious way: every word in some name; names starting
    with the first word first; each group by normalised name, then id."""
    words = normalise(query).split()
    ordered = sorted(entries, key=lambda e: (normalise(e.name), e.id))
    names = {e.id: [normalise(n) for n in e.names()] for e in entries}
    found = [e.id for e in ordered if all(any(w in n for n in names[e.id]) for w in words)]
    if words:
        starts = [i for i in found if any(n.startswith(words[0]) for n in names[i])]
        found = starts + [i for i in found if i not in starts]
    return found if limit is None else found[:limit]


QUERIES = ["", "k", "x", "q", "ka", "xq", "kam", "ho", "hol", "holdings", "ｋａ", "ＫＡＭＩ", "KA",
           "ア", "アイ", "ｱｲ", "ﾊﾟｰｿﾙ", "パー", "株", "株式", "株式会社", "会社", "情報", "ホール", "ﾎｰﾙ",
           "rec", "rec-001", "00", "1", "ka hol", "hol ka", "ア 株", "co., ltd.", "inc 1", "no such",
           "ltd 3", '"', "%", "_", "ka*", "ka OR mi", "NEAR", "あい", "ぱー", "㈱", "(株)ア", "ﾎｰﾙ co., ltd.",
           # several words: two words (a name's start and a number), repeated words, words of one
           # or two characters only, full-width and half-width forms
           "kam 1", "hol 12", "1 hol", "ka 1 ka", "ho ho", "hol hol 1", "ＫＡ ｈｏｌ ２", "ア 1",
           "株 ho", "x q", "rec 00 1", "ﾎｰﾙ 2", "holdings 1", "情報 ア 2", "mi ka to"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, list[Entry]]:
    folder = tmp_path_factory.mktemp("generated") / "records"
    write_records(folder, 240)
    loaded = load_directory([folder], use_cache=False)
    assert loaded.problems == [] and len(loaded) == 240
    return folder, [loaded.entries[i] for i in loaded.entries]


# few candidates: sorted; many: walked (or intersected first, where both indexes name many)
@pytest.mark.parametrize("probe", [index_module.PROBE, 40, 3])
@pytest.mark.parametrize("limit", [None, 1, 7, 201])
def test_search_answers_what_a_plain_scan_does(generated, monkeypatch, probe, limit):
    folder, entries = generated
    monkeypatch.setattr(index_module, "PROBE", probe)
    monkeypatch.setattr(index_search, "PROBE", probe)
    loaded = load_directory([folder], use_cache=False)
    for query in QUERIES:
        assert [e.id for e in loaded.search(query, limit)] == plain_scan(entries, query, limit), query


def test_search_without_the_trigram_index_walks_and_answers_the_same(generated):
    folder, entries = generated
    loaded = load_directory([folder], use_cache=False)
    loaded.index._grams = False  # as on a SQLite without FTS5's trigram tokenizer
    for query in QUERIES:
        assert [e.id for e in loaded.search(query, 9)] == plain_scan(entries, query, 9), query
    loaded.index._short = False  # without FTS5 at all
    for query in QUERIES:
        assert [e.id for e in loaded.search(query, 9)] == plain_scan(entries, query, 9), query


def test_a_rare_word_of_one_or_two_characters_is_looked_up_not_walked(generated, monkeypatch):
    folder, entries = generated
    loaded = load_directory([folder], use_cache=False)
    walks: list[str] = []
    real = loaded.index._pick
    monkeypatch.setattr(loaded.index, "_pick", lambda candidates, where, *rest: (
        walks.append(where) if candidates is None and "NOT instr" in where else None)
        or real(candidates, where, *rest))
    for query in ("q", "xq", "ﾊﾟ", "株", "zz", "ゑ"):
        assert [e.id for e in loaded.search(query, 201)] == plain_scan(entries, query, 201), query
    assert walks == []  # the list was never walked for these: the short words' index answered


def _two_kinds(count: int) -> Directory:
    """Half the names hold "alpha", the other half "beta"; the number 7 only odd ones."""
    directory = Directory()
    for number in range(count):
        name = f"{'Alpha' if number % 2 == 0 else 'Beta'} {number}"
        directory.add_entry(Entry(f"c-{number}", name, None, (), Path(f"/nowhere/c-{number}.yaml")))
    return directory


def test_two_common_words_seldom_together_are_intersected_not_walked(monkeypatch):
    directory = _two_kinds(70)
    entries = [directory.entries[i] for i in directory.entries]
    monkeypatch.setattr(index_search, "PROBE", 4)  # "alp" (35 names) and "7" (7) are both many
    walks: list[str] = []
    real = directory.index._pick
    monkeypatch.setattr(directory.index, "_pick", lambda candidates, where, *rest: (
        walks.append(where) if candidates is None and "NOT instr" in where else None)
        or real(candidates, where, *rest))
    for query in ("alp 7", "alpha 7", "7 alp", "ａｌｐ ７ alp", "eta 1"):
        assert [e.id for e in directory.search(query, 5)] == plain_scan(entries, query, 5), query
    assert walks == ["NOT instr(names, char(10) || ?) > 0 AND instr(names, ?) > 0 AND "
                     "instr(names, ?) > 0"]  # only "eta 1": the two are often together


def test_two_answers_of_a_few_each_are_intersected_rather_than_looked_up(monkeypatch):
    directory = _two_kinds(70)
    entries = [directory.entries[i] for i in directory.entries]
    monkeypatch.setattr(index_search, "PROBE", 40)  # "alp" (35 names) and "7" (7): both few
    merges: list[tuple] = []
    real = directory.index._matches
    monkeypatch.setattr(directory.index, "_matches", lambda *queries: (
        merges.append(queries) if len(queries) == 2 else None) or real(*queries))
    for query in ("alp 7", "7 alp", "ｂｅｔａ ７"):
        assert [e.id for e in directory.search(query, 5)] == plain_scan(entries, query, 5), query
    assert len(merges) == 2  # "beta 7": the names starting with it are enough


def test_the_short_words_index_follows_changed_and_removed_records(tmp_path):
    folder = tmp_path / "records"
    write_records(folder, 30)
    index = DirectoryIndex.open(tmp_path / "index.sqlite3")
    directory = Directory(index)
    directory_module.load_folder(folder, directory)
    target = next(folder.glob("*.yaml"))
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("name: ", "name: Qz", 1), encoding="utf-8")
    (folder / sorted(p.name for p in folder.glob("*.yaml"))[-1]).unlink()
    again = Directory(DirectoryIndex.open(tmp_path / "index.sqlite3"))
    directory_module.load_folder(folder, again)
    entries = [again.entries[i] for i in again.entries]
    for query in ("qz", "q", "z", "ka", "ア"):
        assert [e.id for e in again.search(query, 9)] == plain_scan(entries, query, 9), query
    (stored,) = again.index.db.execute("SELECT count(*) FROM files").fetchone()
    (indexed,) = again.index.db.execute(
        "SELECT count(*) FROM short WHERE short MATCH ?", (index_module.short_gram("q"),)).fetchone()
    assert stored == 29 and indexed == sum("q" in normalise(" ".join(e.names())) for e in entries)


NAME_CHARS = st.sampled_from(list("abkaｋＡAｱア株式 -.'\"") + ["ﾊﾟ", "パ", "ß", "ǅ"])
NAMES = st.lists(NAME_CHARS, min_size=1, max_size=8).map("".join).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(st.tuples(NAMES, st.one_of(st.none(), NAMES), st.lists(NAMES, max_size=3)),
                      min_size=1, max_size=12),
       query=st.lists(NAME_CHARS, max_size=5).map("".join), limit=st.sampled_from([None, 1, 3]))
def test_search_equals_a_plain_scan_for_any_names(names, query, limit):
    directory = Directory()
    for number, (name, name_ja, aliases) in enumerate(names):
        directory.add_entry(Entry(f"c-{number}", name.strip(), name_ja, tuple(aliases),
                                  Path(f"/nowhere/c-{number}.yaml")))
    entries = [directory.entries[i] for i in directory.entries]
    assert [e.id for e in directory.search(query, limit)] == plain_scan(entries, query, limit)


def test_changed_removed_and_added_records_are_noticed_and_nothing_else_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "records"
    write_records(folder, 30)
    first = load_directory([folder])
    assert len(first) == 30 and first.search("renamed") == []
    reads: list[Path] = []
    real = directory_module.read_bytes_limited
    monkeypatch.setattr(directory_module, "read_bytes_limited", lambda p, *a: reads.append(p) or real(p, *a))
    again = load_directory([folder])
    assert len(again) == 30 and reads == []  # nothing changed: no record file read

    # Same size, new content: only the stamp (times) tells.
    path = folder / "rec-0003.yaml"
    text = path.read_text(encoding="utf-8")
    old_name = next(line for line in text.splitlines() if line.startswith("name: "))
    new_name = "name: Renamed" + "x" * (len(old_name) - len("name: Renamed"))
    path.write_text(text.replace(old_name, new_name), encoding="utf-8")
    assert path.stat().st_size == len(text.encode())
    (folder / "rec-0004.yaml").unlink()
    (folder / "new-one.yaml").write_text(record_text("new-one", "Brand New K.K.", "新会社", ["bnk"]),
                                         encoding="utf-8")
    after = load_directory([folder])
    assert sorted(p.name for p in reads) == ["new-one.yaml", "rec-0003.yaml"]
    assert len(after) == 30 and "rec-0004" not in after and "new-one" in after
    assert [e.id for e in after.search("renamed")] == ["rec-0003"]
    assert [e.id for e in after.search("新会社")] == ["new-one"]
    assert after.get("rec-0003").name == new_name.removeprefix("name: ")


def test_a_record_broken_after_indexing_is_reported_on_the_next_load(tmp_path, monkeypatch):
    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "records"
    write_records(folder, 5)
    assert len(load_directory([folder])) == 5
    path = folder / "rec-0002.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("send_to:", "sned_to:"), encoding="utf-8")
    again = load_directory([folder])
    assert "rec-0002" not in again and any(p.field == "sned_to" for p in again.problems)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "folder"])
def test_a_damaged_index_is_rebuilt_never_a_crash(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "records"
    write_records(folder, 20)
    first = load_directory([folder])
    assert len(first) == 20
    first.index.close()  # as when the program has ended
    path = index_path()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    if damage == "garbage":
        path.write_bytes(os.urandom(50_000))
    elif damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # not even a file: the index cannot live there; it is kept in memory
        path.unlink()
        path.mkdir()
    loaded = load_directory([folder])
    assert len(loaded) == 20 and loaded.problems == []
    assert [e.id for e in loaded.search("rec-0007")] == ["rec-0007"]
    if damage != "folder":
        with sqlite3.connect(path) as db:  # a sound index again
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert db.execute("SELECT count(*) FROM files").fetchone() == (20,)


def test_index_file_is_readable_by_its_owner_only(tmp_path, monkeypatch):
    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "records"
    write_records(folder, 3)
    loaded = load_directory([folder])
    path = tmp_path / "cache" / INDEX_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0
    for extra in path.parent.iterdir():  # the write-ahead log and shared memory, while open
        assert stat.S_IMODE(extra.stat().st_mode) & 0o077 == 0, extra.name
    loaded.index.close()
    # A file left readable by others (say, copied by hand) is made private again.
    os.chmod(path, 0o644)
    load_directory([folder])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_progress_is_reported_while_many_records_are_indexed(tmp_path, monkeypatch):
    monkeypatch.setattr(directory_module, "BATCH", 40)
    folder = tmp_path / "records"
    write_records(folder, 130)
    heard: list[tuple[int, int]] = []
    loaded = load_directory([folder], use_cache=False, progress=lambda *a: heard.append(a))
    assert len(loaded) == 130
    assert heard == [(0, 130), (40, 130), (80, 130), (120, 130), (130, 130)]
    heard.clear()
    load_directory([COMPANIES_DIR], use_cache=False, progress=lambda *a: heard.append(a))
    assert heard == [(0, 5), (5, 5)]


def test_the_command_line_reports_progress_on_stderr_only_when_slow(capsys):
    quick = progress_on_stderr(after_seconds=60)
    for done in (0, 50, 100):
        quick(done, 100)
    assert capsys.readouterr().err == ""
    slow = progress_on_stderr(after_seconds=0)
    for done in (0, 50, 100):
        slow(done, 100)
    err = capsys.readouterr().err
    assert "indexing company records: 50 of 100" in err and err.endswith("100 of 100\n")


def test_the_progress_line_returns_to_its_start_through_the_terminal_guard(monkeypatch):
    """The command line shows hidden characters as \\uXXXX (cli/guard.py); the progress line's
    own carriage return must still act, not print as \\u000d, while a record's one still shows."""
    import io

    from assistant.cli.guard import _TerminalSafe

    seen = io.StringIO()
    monkeypatch.setattr(sys, "stderr", _TerminalSafe(seen))
    slow = progress_on_stderr(after_seconds=0)
    for done in (0, 100):
        slow(done, 100)
    print("a name\rwith a return", file=sys.stderr)
    assert seen.getvalue() == ("\rindexing company records: 0 of 100\rindexing company records: 100 of "
                               "100\na name\\u000dwith a return\n")


def test_many_new_records_are_validated_on_first_use(tmp_path, monkeypatch, capsys):
    """Over FULL_CHECK_UP_TO new records only their names are read at load; a broken one is
    listed, says what is wrong when used, and `validate` still names it."""
    monkeypatch.setattr(directory_module, "FULL_CHECK_UP_TO", 3)
    folder = tmp_path / "records"
    write_records(folder, 8)
    path = folder / "rec-0005.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("send_to:", "sned_to:"), encoding="utf-8")
    validated: list = []
    real = directory_core.parse_record
    monkeypatch.setattr(directory_core, "parse_record", lambda *a: validated.append(a) or real(*a))
    loaded = load_directory([folder], use_cache=False)
    assert len(loaded) == 8 and loaded.problems == [] and validated == []
    assert loaded.get("rec-0001").id == "rec-0001" and len(validated) == 1
    with pytest.raises(RecordError) as caught:
        loaded.get("rec-0005")
    assert any(p.field == "sned_to" and p.file == path for p in caught.value.problems)
    assert cli(["validate", str(folder)]) == 1
    assert "rec-0005.yaml" in capsys.readouterr().err


def test_many_new_records_still_have_each_file_checked_for_utf8_at_load(tmp_path, monkeypatch):
    """The names are read off the bytes, but a file that is not UTF-8 after its names (where the
    parser, stopping early, never looks) is still reported at load, not listed."""
    monkeypatch.setattr(directory_module, "FULL_CHECK_UP_TO", 3)
    folder = tmp_path / "records"
    write_records(folder, 8)
    path = folder / "rec-0002.yaml"
    path.write_bytes(path.read_bytes() + "# caf\xe9\n".encode("latin-1"))
    loaded = load_directory([folder], use_cache=False)
    assert len(loaded) == 7 and "rec-0002" not in loaded
    assert [p.file for p in loaded.problems] == [path]


def test_names_read_off_the_bytes_are_those_read_off_the_text():
    text = record_text("acme", "ＡＣＭＥ K.K.", "アクメ株式会社", ["acme", "ｱｸ", "株"])
    assert directory_module.names_of(text.encode("utf-8"), "acme") == directory_module.names_of(text, "acme")
    assert directory_module.names_of(("\ufeff" + text).encode("utf-8"), "acme") == (
        "acme", "ＡＣＭＥ K.K.", "アクメ株式会社", ("acme", "ｱｸ", "株"))


@pytest.mark.parametrize("text", [
    "id: odd\nname: [*a]\n",                      # an alias
    "id: odd\nname: 12\n",                         # a number, not text
    "id: odd\nname: \"Bell\\a\"\n",                # a control character
    "id: odd\nname: \"\\u202eevil\"\n",            # a direction override
    "id: odd\nname: A\nname: B\n",                 # a key given twice
    "id: other\nname: A\n",                        # an id that is not the file name
    "name: A\n",                                   # no id
    "- a list\n",
])
def test_names_are_read_alone_only_from_plain_records(text):
    assert directory_module.names_of(text, "odd") is None


def test_names_are_read_alone_from_a_plain_record():
    names = directory_module.names_of(record_text("acme", "ACME K.K.", "アクメ", ["acme", "アク"]), "acme")
    assert names == ("acme", "ACME K.K.", "アクメ", ("acme", "アク"))
    assert directory_module.names_of("id: a\nname: 'A: B'\naliases: one\n", "a") == ("a", "A: B", None, ("one",))


def test_a_later_folder_replaces_an_id_everywhere(tmp_path, monkeypatch):
    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    user = tmp_path / "user"
    user.mkdir()
    (user / "porters.yaml").write_text(
        TEMPLATE.replace("name: PORTERS Corporation", "name: PORTERS (local copy)"), encoding="utf-8")
    for _ in range(2):  # cold, then warm from the index
        loaded = load_directory([COMPANIES_DIR, user])
        assert len(loaded) == 5
        assert [e.name for e in loaded.search("porters")] == ["PORTERS (local copy)"]
        assert loaded.sources["porters"] == user / "porters.yaml"
        assert loaded.get("porters").name == "PORTERS (local copy)"
    # Folders the other way round: the installed record wins; a folder named again wins again.
    assert load_directory([user, COMPANIES_DIR]).get("porters").name == "PORTERS Corporation"
    again = load_directory([user, COMPANIES_DIR, user])
    assert [e.name for e in again.search("porters")] == ["PORTERS (local copy)"] and len(again) == 5


def test_length_and_listing_parse_no_record(tmp_path, monkeypatch):
    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "records"
    ids = write_records(folder, 12)
    load_directory([folder])
    monkeypatch.setattr(directory_core, "parse_record", lambda *a: pytest.fail("parsed"))
    loaded = load_directory([folder])
    assert len(loaded) == 12 and sorted(loaded.entries) == ids and "rec-0003" in loaded
    assert len(loaded.search("")) == 12 and loaded._parsed == {}


STARTUP = """
import os, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from assistant.ui.wizard import RequestWizard
wizard = RequestWizard()
wizard.show()
app.processEvents()
wizard.offer_recovery()
assert wizard.company_page.list.count() == 5  # listed and searchable; nothing parsed until picked
wizard.company_page.search.setText("ar")  # infomart, persol career, marketing
assert wizard.company_page.list.count() > 1
wizard.reject()
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "yaml", "_hashlib", "holidays")
               or m in ("assistant.records.model", "assistant.case.drafts"))
print(heavy)
"""


def _python(code: str, tmp_path: Path, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DRA_CACHE_DIR": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, *(["-c", code] if code else []), *args], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_wizard_starts_without_pydantic_yaml_or_openssl(tmp_path):
    _python(STARTUP, tmp_path)  # the first start after installing indexes (and checks) the records
    assert _python(STARTUP, tmp_path).strip() == "[]"


def test_listing_companies_and_help_load_no_record_model(tmp_path):
    check = ("import runpy, sys\nsys.argv = ['main.py', *sys.argv[1:]]\ntry:\n"
             "    runpy.run_path('main.py', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'yaml')"
             " or m == 'assistant.records.model'))\n")
    _python(check, tmp_path, "companies")
    for args in (["companies"], ["companies", "doda"], ["--help"], ["checklist", "--help"]):
        assert _python(check, tmp_path, *args).strip().splitlines()[-1] == "[]", args


def test_adding_one_record_adds_only_that_record(tmp_path, monkeypatch):
    """`validate FILE` adds single records; the index may know other files of their folder."""
    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "records"
    write_records(folder, 6)
    load_directory([folder])
    directory = load_directory([COMPANIES_DIR])
    company = directory_module.parse_record(folder / "rec-0002.yaml")
    directory.add(company, folder / "rec-0002.yaml")
    assert len(directory) == 6 and "rec-0002" in directory and "rec-0003" not in directory
    assert directory.get("rec-0002") is company
