"""A record may say a fee is charged without its amount (amount_yen: unknown) and name the desk
requests go to without its address (send_to.lines: unknown): both validate with messages that say
what to write, and the checklist and the letter never state what the policy does not."""
from __future__ import annotations

import io
from pathlib import Path

import yaml
from pydantic import ValidationError
from pypdf import PdfReader

from assistant.cli.commands import main as cli
from assistant.io.paths import COMPANIES_DIR
from assistant.io.yaml_errors import validation_problems
from assistant.records.model import Company
from tests.repo import ROOT

PORTERS = (COMPANIES_DIR / "porters.yaml").read_text(encoding="utf-8")
FREE = "fees:\n  - amount_yen: 0"


def _problems(text: str) -> list[str]:
    data = yaml.safe_load(text)
    try:
        Company.model_validate(data)
    except ValidationError as exc:
        return [str(p) for p in validation_problems(Path("porters.yaml"), text, data, exc)]
    return []


def test_a_fee_s_amount_may_be_unknown_and_a_wrong_one_says_what_to_write():
    assert _problems(PORTERS.replace(FREE, "fees:\n  - amount_yen: unknown")) == []
    for wrong in ("lots", "-5", "1.5", '"1,000"'):
        [problem] = _problems(PORTERS.replace(FREE, f"fees:\n  - amount_yen: {wrong}"))
        assert problem.startswith("porters.yaml:130: fees[0].amount_yen: ")  # no branch names
        assert "'unknown'" in problem and ("whole number" in problem or "at least 0" in problem)


def test_a_desk_without_its_address_validates_and_nothing_at_all_does_not():
    block = "send_to:\n  department: 個人情報相談窓口\n  postal_code: unknown\n  lines: unknown\n  quote: [x]\n"
    start, end = PORTERS.index("send_to:"), PORTERS.index("\ninquiries:") + 1  # the next key
    text = PORTERS[:start] + block + PORTERS[end:]
    assert yaml.safe_load(text)["send_to"]["lines"] == "unknown"
    assert _problems(text) == []
    [problem] = [p for p in _problems(text.replace("department: 個人情報相談窓口", "department: unknown"))
                 if "send_to" in p]
    assert "the department requests go to" in problem and "send_to: unknown" in problem


def test_the_letter_addresses_the_desk_and_states_no_fee(tmp_path, capsys):
    from assistant.importer.run import import_policy
    from assistant.importer.source import clean

    text = clean("プライバシーポリシー\n株式会社みなと商会\n\n保有個人データの開示等の請求について\n次に示す書類を封入"
                 "のうえ、当社個人情報相談窓口まで現金書留によりご郵送ください。\n当社所定の手数料を同封してください。\n")
    import_policy(None, tmp_path, text=text, company_id="minato", name="株式会社みなと商会")
    out = tmp_path / "letter.pdf"
    assert cli(["--data-dir", str(tmp_path), "letter", "--company", "minato", "--details",
                str(ROOT / "examples" / "details.yaml"), "-o", str(out)]) == 0
    letter = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "個人情報相談窓口" in letter and "御中" in letter
    assert "円" not in letter.split("同封書類")[1]  # the fee is enclosed, its amount never invented
    assert "事前に確認した金額" in letter
    capsys.readouterr()
