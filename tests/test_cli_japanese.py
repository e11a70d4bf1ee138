"""Every command says everything in Japanese when the language is Japanese (issues 22 and 27): a
sweep runs each command over a fixture store, details file, register and policy, and fails on an
English word (three or more Latin letters) in any line it prints, except the tokens a person
types or the data holds (file paths, options, command words, URLs, reference numbers, the
record's own Latin text)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.cli.commands import COMMANDS, main as cli
from assistant.cli.imports import IMPORT_FIELDS
from tests.repo import ROOT

DETAILS = ROOT / "examples" / "details.yaml"
AGENT = ROOT / "examples" / "details-agent.yaml"
POLICY = ROOT / "tests" / "fixtures" / "real" / "clinic_paperzz.txt"
REGISTER = ROOT / "tests" / "fixtures" / "register" / "00_zenkoku_all_20261130.csv"

# Tokens a Japanese line may hold in Latin letters: what a person types or reads as a name.
ACRONYMS = {"PDF", "CSV", "ZIP", "JSON", "YAML", "URL", "ID", "MiB", "KiB", "Unicode", "Shift-JIS",
            "UTF-8", "PORTERS"}  # (the last: the fixture company's name in Latin letters)
RECORD_KEYS = {key for key in IMPORT_FIELDS if "." not in key}  # `import` names them as the file does
ALLOWED = [
    r"https?://[\x21-\x7e]+",  # URLs
    r"(?:python )?main\.py(?: (?:[\x21-\x7e]+))*",  # a command to type, with its arguments
    r"\S*[/\\]\S*",  # file paths
    r"(?<![\w.-])[\w.-]*\.(?:pdf|yaml|zip|ics|txt|csv|json|html|db)\b",  # file names and their endings
    r"\[-[^\]]*\]",  # an optional group of a usage line
    r"^\s{2,}[a-z][\w|-]*(?=\s{2,}|$)",  # --help: a command's or an argument's name, as typed
    r"[\w-]+(?=（)",  # a value as typed, with its meaning after it: purpose（利用目的の通知）
    # options, with a metavar (FILE), a choice ({text,json}) or a value as typed before Japanese
    r"(?<![\w-])--?[a-z][\w-]*(?:[ =](?:[A-Z][A-Z0-9_.|-]*|\{[^}]*\}|[\w.,|-]+(?=\s*[^\x00-\x7f]|$)))?",
    r"\{[^}]*\}",  # argparse's choices
    r"^\s*[a-z_]+(?:\.[a-z_-]+)*: [a-z-]+(?=\s|$)",  # `import`: a record's key and value as the file holds them
    r"\b[a-z]+(?:[._][a-z_-]+)+\b",  # a record's keys as the file holds them (send_to.lines)
    r"「[\x20-\x7e]*」", r"'[\x21-\x7e]*'",  # a value quoted as typed or as the data holds it
    r"\b\d{8}-[a-z0-9-]+-[0-9a-f]{8}\b",  # reference numbers
    r"(?<![\w-])[A-Z][A-Z0-9_]+(?![\w-])",  # metavars in usage lines (FILE, KIND)
]


def english_words(line: str, data: tuple[str, ...] = ()) -> list[str]:
    for text in sorted(data, key=len, reverse=True):  # the record's own words, longest first
        line = line.replace(text, " ")
    for pattern in ALLOWED:
        line = re.sub(pattern, " ", line)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z-]{2,}", line) if w not in ACRONYMS | RECORD_KEYS]


def test_the_checker_finds_english_and_passes_typed_tokens():
    assert english_words("エラー：the company refused on 2024-10-01") == ["the", "company", "refused"]
    assert english_words("追加するには：python main.py cases add --company 会社ID --details ファイル.yaml") == []
    assert english_words("保存しました：/tmp/x/letter.pdf") == []
    assert english_words("番号は「cases list」で確認できます") == []
    assert english_words("再開するには --void to reopen") == ["reopen"]  # a word after an option
    assert english_words("--format pdf には -o ファイル名.pdf を指定してください") == []
    assert english_words("請求の種類：purpose（利用目的の通知）、disclosure") == ["disclosure"]


@pytest.fixture
def japanese(monkeypatch, tmp_path):
    monkeypatch.setenv("DRA_LANGUAGE", "ja")
    return tmp_path


def _said(capsys, *argv: str) -> tuple[int | None, list[str]]:
    try:
        code = cli(list(argv))
    except SystemExit as exit_:  # --help and argparse's errors
        code = exit_.code  # type: ignore[assignment]
    out = capsys.readouterr()
    return code, (out.out + out.err).splitlines()


def _sweep(capsys, runs: list[tuple[str, ...]], data: tuple[str, ...] = (),
           wrapped: bool = False) -> str:
    found = {}
    for argv in runs:
        _code, lines = _said(capsys, *argv)
        if wrapped:  # a long line wrapped (the checklist's): one again, so the record's texts show whole
            lines = re.sub(r"\n {4,}(?![\[-] )", " ", "\n".join(lines)).splitlines()
        for line in lines:
            words = english_words(line, data)
            if words and "\t" not in line:  # a data row (tabs) holds the record's names
                found.setdefault(" ".join(a for a in argv if "/" not in a), []).append(line)
    return "".join(f"\n{argv}\n" + "\n".join(f"    {line}" for line in lines)
                   for argv, lines in found.items())


def _record_text() -> tuple[str, ...]:
    """Every text a record holds (names, quotes, the policy's own words): data, not wording."""
    from assistant.records.directory import load_directory
    from assistant.cli.language import PLAIN_VALUES
    from assistant.io.paths import COMPANIES_DIR
    from assistant.law.reference import load_labels

    company = load_directory([COMPANIES_DIR], use_cache=False).get("porters")
    texts: list[str] = []

    def walk(node) -> None:
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            [walk(v) for v in node.values()]
        elif isinstance(node, (list, tuple)):
            [walk(v) for v in node]
    walk(company.model_dump(mode="json"))
    labels = load_labels()
    vocabulary = {value for group in type(labels).model_fields for value in getattr(labels, group)}
    vocabulary |= PLAIN_VALUES
    return tuple(t for t in texts if re.search(r"[A-Za-z]{3}", t)
                 and not set(t.split(", ")) <= vocabulary)


def test_a_tracked_request_speaks_japanese_from_start_to_end(japanese, capsys):
    store = str(japanese / "cases.db")
    pdf = lambda name: str(japanese / name)  # noqa: E731
    cases = lambda *a, today="2024-10-25": ("cases", "--store", store, "--today", today, *a)  # noqa: E731
    follow = lambda kind, today="2024-10-25", *a: ("followup", "--store", store, "--today", today,  # noqa: E731
                                                   "--case", "1", "--kind", kind, "-o", pdf(f"{kind}{today}.pdf"), *a)
    runs = [
        cases("list"), cases("add", "--company", "porters", "--details", str(DETAILS),
                             "--letter-date", "2024-09-20"),
        cases("add", "--company", "porters", "--details", str(DETAILS)),  # the same again
        cases("list"), follow("reminder"), follow("demand"), follow("complaint"),
        cases("posted", "1", "--on", "2024-09-21", "--tracking", "AB123"),
        cases("posted", "1", "--on", "2024-09-22"), cases("delivered", "1", "--on", "2024-10-30"),
        cases("delivered", "1", "--on", "2024-09-19"), cases("delivered", "1", "--on", "2024-09-24"),
        follow("demand", "2024-10-02"), follow("demand", "2024-10-25", "--text", pdf("d.txt")),
        follow("reminder", "2024-09-25"), follow("incomplete"), follow("ppc-sheet"),
        cases("answered", "1", "--refused", "--on", "2024-10-20", "--note", "開示しない"),
        cases("list", "--all"), cases("show", "1"), follow("demand"), follow("reminder"),
        cases("correct", "1", "--event", "99", "--on", "2024-09-22"),
        cases("correct", "1", "--event", "3", "--on", "2024-09-22"),
        cases("correct", "1", "--event", "3"), cases("show", "1"),
        cases("close", "1"), cases("answered", "1", "--on", "2024-10-21"),
        cases("export", "1", "-o", pdf("e.zip")), cases("export-ics", "-o", pdf("c.ics")),
        cases("delete", "1"), cases("delete", "1", "--yes"), cases("show", "1"),
        # a complaint to an accredited organisation
        cases("add", "--company", "persol-career", "--details", str(DETAILS), "--letter-date", "2024-09-20"),
        cases("posted", "2", "--on", "2024-09-21"), cases("answered", "2", "--refused", "--on", "2024-10-01"),
        ("followup", "--store", store, "--today", "2024-10-25", "--case", "2", "--kind", "complaint",
         "-o", pdf("complaint.pdf")),
    ]
    found = _sweep(capsys, runs)
    assert not found, found


def _broken_record(folder: Path) -> Path:
    """A record a person is writing: keys missing, a mistyped key, a postal code wrong."""
    path = folder / "broken.yaml"
    path.write_text("id: broken\nname: Broken Co.\nchecked: 2026-11-01\nquality: reviewed\n"
                    "send_to: {postal_code: 10-0052, lines: [x], quote: x}\nnmae: x\n", encoding="utf-8")
    return path


def test_each_command_speaks_japanese(japanese, capsys):
    out = lambda name: str(japanese / name)  # noqa: E731
    runs = [
        ("companies",), ("companies", "zzzzz"), ("companies", "1234567890123"),
        ("checklist", "--company", "porters", "--request", "disclosure", "--format", "pdf"),
        ("checklist", "--company", "porters", "--request", "bogus"),
        ("checklist", "--request", "disclosure"), ("checklist", "--company", "porters", "--company-name", "x",
                                                     "--request", "disclosure"),
        ("cases", "posted", "abc"), ("cases", "frob"), ("followup", "--case", "1", "--kind", "demand",
                                                         "--copies", "50", "-o", out("x.pdf")),
        ("checklist", "--company", "porters", "--request", "disclosure", "--requester", "agent",
         "--details", str(DETAILS)),
        ("letter", "--company", "porters", "--details", str(DETAILS), "-o", out("l.pdf")),
        ("letter", "--company", "porters", "--details", str(DETAILS)),
        ("letter", "--company", "porters", "--details", str(DETAILS), "--fee-paid-on", "2024-01-01"),
        ("letter", "--company", "porters", "--details", str(DETAILS), "--sent-on", "2024-01-01"),
        ("letter", "--company", "porters", "--details", "nope.yaml", "-o", out("l.pdf")),
        ("letter", "--company-name", "株式会社テスト", "--details", str(DETAILS), "-o", out("m.pdf")),
        ("message", "--company", "porters", "--request", "disclosure", "--language", "ja"),
        ("calibration", "-o", out("cal.pdf")), ("calibration", "-o", out("cal.pdf")),
        ("authority", "--company", "porters", "--details", str(AGENT), "-o", out("a.pdf")),
        ("authority", "--company", "porters", "--details", str(DETAILS), "-o", out("b.pdf")),
        ("profiles", "list"), ("profiles", "save", "--name", "山田", "--details", str(DETAILS)),
        ("profiles", "list"), ("profiles", "delete", "1"), ("profiles", "delete", "1", "--yes"),
        ("validate",), ("validate", out("none.yaml")), ("validate", str(_broken_record(japanese))),
        ("import", str(POLICY), "--dry-run"), ("import", str(POLICY), "-o", out("records")),
        ("register", "status"), ("companies", "--corporate-number"),
        ("checklist", "--corporate-number", "1234567890123", "--request", "disclosure"),
        ("register", "import", str(REGISTER)), ("register", "status"), ("companies", "さくら"),
    ]
    found = _sweep(capsys, runs)
    assert not found, found


def test_show_and_the_checklist_name_keys_and_vocabulary_in_japanese(japanese, capsys):
    found = _sweep(capsys, [("show", "porters")], data=_record_text())
    found += _sweep(capsys, [("checklist", "--company", "porters", "--request", "disclosure")],
                    data=_record_text(), wrapped=True)
    assert not found, found


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_is_japanese(japanese, capsys, command):
    argv = ("--help",) if command is None else (command, "--help")
    found = _sweep(capsys, [argv])
    assert not found, found
    if command in ("cases",):
        for action in ("add", "list", "show", "posted", "answered", "correct", "export-ics"):
            found = _sweep(capsys, [(command, action, "--help")])
    assert not found, found


def test_no_wording_file_names_a_line_twice(tmp_path):
    """A key given twice in a wording file: YAML keeps the last, and the first line's words are
    lost (the status "refused" was said as the record key "refused", 受け付けない方法)."""
    import yaml

    from assistant.io.paths import forms_dir

    class Strict(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):
            keys = [self.construct_object(key, deep=deep) for key, _value in node.value]
            assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
            return super().construct_mapping(node, deep)

    for path in forms_dir().glob("*.yaml"):
        yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)  # noqa: S506


def test_a_refused_request_is_listed_as_refused(japanese, capsys):
    store = str(japanese / "cases.db")
    cases = lambda *a: ("cases", "--store", store, "--today", "2024-10-25", *a)  # noqa: E731
    for argv in (cases("add", "--company", "porters", "--details", str(DETAILS), "--letter-date", "2024-09-20"),
                 cases("posted", "1", "--on", "2024-09-21"),
                 cases("answered", "1", "--refused", "--on", "2024-10-01")):
        assert _said(capsys, *argv)[0] == 0
    code, lines = _said(capsys, *cases("list"))
    assert code == 0 and lines[0].split("\t")[5] == "不開示等の回答", lines
    code, lines = _said(capsys, *cases("show", "1"))
    assert "状況：不開示等の回答" in lines[1] and any("2024年10月1日  会社が請求に応じない旨を回答" in line
                                                     for line in lines), lines


def test_a_complaint_addresses_the_organisation_in_japanese(directory):
    """The accredited organisation as it writes itself in Japanese (JIPDEC, JUAS); where a record
    has no Japanese address, a line to write it on, said in Japanese, and never the English
    address or desk in a Japanese letter."""
    from assistant.followup.facts import FollowupFacts
    from assistant.followup.from_case import _organisation
    from assistant.followup.letters import addressee_lines

    def lines(company, language: str = "ja") -> list[str]:
        facts = FollowupFacts.__new__(FollowupFacts)  # only the organisation is read
        object.__setattr__(facts, "organisation", _organisation(company))
        return addressee_lines(facts, language, "complaint")

    assert lines(directory.get("nttcom-online")) == [
        "〒106-0032", "東京都港区六本木一丁目9番9号 六本木ファーストビル内",
        "一般財団法人日本情報経済社会推進協会", "認定個人情報保護団体事務局　御中"]
    persol = directory.get("persol-career")
    assert lines(persol) == ["〒103-0012", "東京都中央区日本橋堀留町二丁目4番3号",
                             "一般社団法人日本情報システム・ユーザー協会", "認定個人情報保護団体事務局 苦情相談室　御中"]
    unchecked = persol.model_copy(update={"complaints": tuple(
        body.model_copy(update={"address_ja": None, "department_ja": None})
        for body in persol.complaints)})
    said = lines(unchecked)
    assert said[0] == "〒103-0012" and said[1].startswith("住所：＿") and "ご記入ください" in said[1]
    assert said[2:] == ["一般社団法人日本情報システム・ユーザー協会　御中"]
    assert not any(re.search(r"[A-Za-z]{3}", line) for line in said)


def test_a_message_inside_a_message_is_said_too():
    """The wizard says the tracker's errors without the command line's words for values: the
    message inside ("case 1: {problem} (nothing was recorded)") is looked up as well."""
    from assistant.io.error_wording import translated_message

    said = translated_message("case 1: event 9 is not one this case can correct; 'cases show' lists "
                              "the events and their numbers (nothing was recorded)", "ja")
    assert said == ("請求 1：出来事9は、この請求で訂正できるものではありません。出来事と番号は"
                    "「cases show」で確認できます（何も記録していません）")


def test_a_document_the_company_does_not_take_is_said_in_japanese(japanese, capsys):
    """Review round 2 (S3-17): naming a document this company does not take is refused in the
    run's language, naming the field and the documents it does take."""
    import yaml

    details = yaml.safe_load((ROOT / "examples" / "details.yaml").read_text(encoding="utf-8"))
    details["requester"]["documents"] = ["my-number-card"]
    path = japanese / "details.yaml"
    path.write_text(yaml.safe_dump(details, allow_unicode=True), encoding="utf-8")
    code, lines = _said(capsys, "letter", "--company", "persol-career", "--details", str(path),
                        "-o", str(japanese / "letter.pdf"))
    assert code == 2 and len(lines) == 1
    assert lines[0].startswith("エラー：「requester.documents」：my-number-cardは、この会社がこの請求で受け付ける書類")
    assert "drivers-licence" in lines[0] and "is not a document" not in lines[0]
