"""The import assistant: a saved policy text becomes a reviewed record, every fact with its verbatim
sentence, anything not found unknown; hostile files get a clear error and nothing is written."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assistant.importer.extract import MAX_QUOTE, propose
from assistant.importer.record import ImportError_
from assistant.importer.run import import_policy
from assistant.importer.source import SourceError, read_policy
from tests.repo import ROOT
from assistant.records.quotes import fold

FIXTURES = ROOT / "tests" / "fixtures" / "procedures"
TEXTS = sorted(FIXTURES.glob("*.txt"))


def _main(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_every_proposed_fact_quotes_a_sentence_of_the_text_verbatim(path: Path):
    text = read_policy(path)
    proposal = propose(text)
    assert proposal.facts
    for fact in proposal.facts:
        assert len(fact.quote) <= MAX_QUOTE
        assert text[fact.start:fact.end] == fact.quote, fact
        assert fold(fact.quote) in fold(text)


def test_a_fee_in_postage_stamps_with_the_request_is_found_with_its_sentence():
    proposal = propose(read_policy(FIXTURES / "stamps.txt"))
    assert proposal.values("fees.amount_yen") == [500]
    assert proposal.values("fees.payment") == ["postage stamps (郵便切手)"]
    assert proposal.values("fees.pay_when") == ["with-request"]
    assert "500円分の郵便切手" in proposal.first("fees.amount_yen").quote
    assert proposal.values("envelope_marking") == ["個人情報開示等請求書在中"]
    assert set(proposal.values("channels.refused")) == {"telephone", "email"}


def test_a_representative_s_documents_are_not_taken_for_the_person_s():
    proposal = propose(read_policy(FIXTURES / "stamps.txt"))
    assert "seal-registration-certificate" in proposal.values("documents.agent")
    assert "seal-registration-certificate" not in proposal.values("documents.self")


def test_an_online_form_only_procedure_refuses_post_and_has_no_address():
    proposal = propose(read_policy(FIXTURES / "online_only.txt"))
    assert proposal.values("channels.accepted") == ["online-form"]
    assert "post" in proposal.values("channels.refused")
    assert proposal.values("send_to.postal_code") == []
    assert proposal.values("response.calendar_days") == [14]  # 2週間以内


def test_the_company_mailing_the_form_is_not_a_way_to_send_the_request():
    proposal = propose(read_policy(FIXTURES / "kogawase.txt"))
    assert proposal.values("channels.accepted") == ["certified-mail"]
    assert proposal.values("form.get_it") == ["mailed-by-company"]


@pytest.mark.parametrize("company_id, postal_code, fee", [
    ("porters", None, None), ("persol-career", "100-6328", None), ("infomart", "105-0022", 1000),
    ("leverages", "150-6190", 0), ("nttcom-online", None, None)])
def test_the_shipped_english_policies_give_the_hand_written_records_key_facts(
        directory, policies_dir, company_id, postal_code, fee):
    company = directory.get(company_id)
    proposal = propose(read_policy(policies_dir / company.policy.file))
    if postal_code:
        assert proposal.values("send_to.postal_code") == [company.send_to.postal_code] == [postal_code]
    if fee is not None:
        assert proposal.values("fees.amount_yen") == [f.amount_yen for f in company.fees] == [fee]
    kinds = {kind for kind, _ in proposal.values("request_kinds")}
    assert kinds >= set(company.request_kinds) - {"third-party-records"}


def test_an_imported_record_validates_and_the_checklist_says_it_is_imported(tmp_path: Path):
    saved = import_policy(FIXTURES / "fax_refused.txt", tmp_path, company_id="tsubasa")
    assert saved == tmp_path / "tsubasa.yaml"
    assert (tmp_path / "policies" / "tsubasa.txt").is_file()
    data = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert data["quality"] == "imported"
    assert data["fees"][0]["amount_yen"] == 1000
    assert data["send_to"]["postal_code"] == "450-0002"
    result = _main("validate", str(tmp_path))
    assert result.returncode == 0, result.stderr
    result = _main("--data-dir", str(tmp_path), "checklist", "--language", "en", "--company", "tsubasa",
                   "--request", "disclosure")
    assert result.returncode == 0, result.stderr
    assert "made by the import assistant" in result.stdout
    assert "〒450-0002" in result.stdout


def test_a_reviewed_import_names_who_checked_it(tmp_path: Path):
    saved = import_policy(FIXTURES / "stamps.txt", tmp_path, company_id="sakura",
                          reviewed_by="Suzuki")
    data = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert (data["quality"], data["reviewed_by"]) == ("reviewed", "Suzuki")


def test_facts_the_person_rejects_become_unknown(tmp_path: Path):
    saved = import_policy(FIXTURES / "stamps.txt", tmp_path, company_id="sakura",
                          keep=lambda f: not f.field.startswith("fees."))
    assert yaml.safe_load(saved.read_text(encoding="utf-8"))["fees"] == "unknown"


def test_the_cli_never_replaces_a_record_silently(tmp_path: Path):
    first = _main("import", str(FIXTURES / "email_first.txt"), "-o", str(tmp_path))
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "hoshizora-pub.yaml").is_file()  # the id comes from the e-mail domain
    again = _main("import", str(FIXTURES / "email_first.txt"), "-o", str(tmp_path))
    assert again.returncode == 0 and "saved as hoshizora-pub-2" in again.stdout
    assert (tmp_path / "hoshizora-pub-2.yaml").is_file()
    named = _main("import", str(FIXTURES / "email_first.txt"), "-o", str(tmp_path), "--id", "hoshizora-pub")
    assert named.returncode == 1 and "already exists" in named.stderr and "--replace" in named.stderr
    replaced = _main("import", str(FIXTURES / "stamps.txt"), "-o", str(tmp_path), "--id",
                     "hoshizora-pub", "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert "replaces hoshizora-pub: fees:" in replaced.stdout


def test_importing_a_shipped_company_s_policy_keeps_its_checked_record(tmp_path: Path, policies_dir,
                                                                      directory):
    done = _main("import", str(policies_dir / directory.get("leverages").policy.file), "-o", str(tmp_path), "--id", "leverages")
    assert done.returncode == 1 and "already exists" in done.stderr
    assert not (tmp_path / "leverages.yaml").exists()


def _pdf_without_text() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.rect(100, 100, 200, 200, fill=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("name, content, message", [
    ("huge.txt", b"a" * 5_000_001, "larger than"),
    ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 100, "not text"),
    ("scan.pdf", None, "no text layer"),
    ("broken.pdf", b"%PDF-1.4\n garbage", "PDF"),
    ("empty.txt", b"   \n\n", "no text"),
])
def test_hostile_files_get_one_clear_line_and_nothing_is_written(tmp_path: Path, name, content, message):
    source = tmp_path / name
    source.write_bytes(_pdf_without_text() if content is None else content)
    out = tmp_path / "out"
    out.mkdir()
    result = _main("import", str(source), "-o", str(out))
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(out.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_pipe_is_refused_without_hanging(tmp_path: Path):
    fifo = tmp_path / "policy.txt"
    os.mkfifo(fifo)
    with pytest.raises(SourceError, match="not a regular file"):
        read_policy(fifo)


def test_a_web_page_s_scripts_and_styles_are_dropped(tmp_path: Path):
    page = tmp_path / "policy.html"
    page.write_text(
        "<html><head><title>x</title><style>body{color:red}</style></head><body>"
        "<script>alert('開示等の請求 〒999-9999')</script>"
        "<h2>開示等の請求手続</h2><p>株式会社テスト商事の開示等のご請求は、簡易書留でお送りください。</p>"
        "<p>〒100-0001 東京都千代田区千代田1番1号<br>株式会社テスト商事 お客様窓口</p></body></html>",
        encoding="utf-8")
    text = read_policy(page)
    assert "alert" not in text and "color:red" not in text and "999-9999" not in text
    proposal = propose(text)
    assert proposal.values("send_to.postal_code") == ["100-0001"]
    assert proposal.values("channels.accepted") == ["simple-registered-mail"]


def test_a_text_without_a_request_procedure_is_refused(tmp_path: Path):
    source = tmp_path / "p.txt"
    source.write_text("株式会社サンプル\n当社はお客様の情報を大切にします。\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="names no kind of request"):
        import_policy(source, tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
