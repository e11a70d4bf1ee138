"""`main.py checklist`: text and JSON carry the same content; bad ids and kinds exit 2."""
from __future__ import annotations

import json
import re

import pytest

from assistant.cli.commands import main as cli


def run(capsys, *args):
    code = cli(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _items(items: list[dict]):
    for item in items:
        yield item
        yield from _items(item["children"])


def _contents(data: dict) -> list[str]:
    """Every piece of content in the JSON that a person must also hear in the text."""
    found: list[str] = []
    for section in data["sections"]:
        if section["layout"] == "steps":
            found.append(section["title"]["en"].upper())
        for item in _items(section["items"]):
            text = item["text"]["en"]
            # The text capitalises what the tree keeps as written (a group's label, an unknown).
            found.append(text[1:] if item["type"] in ("unknown", "document-group") else text)
            found += [a["en"] for a in item.get("ask", [])]
            if item["type"] != "instruction":  # printed once, with the group they belong to
                found += item["quotes"]
            if item["type"] == "date":
                found.append(item["day"])
    if data["envelope"]:
        found += data["envelope"]["address_lines"] + [data["envelope"]["company"]]
        found += [data["envelope"]["postal_code"] or "postal code unknown"]
    found += [data["company"], data["request"], data["article"], data["requester"]]
    return found


@pytest.mark.parametrize("company, kind, requester", [
    ("porters", "disclosure", "agent"),
    ("persol-career", "correction", "lawyer"),
    ("infomart", "suspension", "self"),
    ("leverages", "disclosure", "legal-representative"),
    ("nttcom-online", "third-party-records", "self"),
])
def test_json_and_text_agree(capsys, company, kind, requester):
    args = ["checklist", "--language", "en", "--company", company, "--request", kind, "--requester", requester,
            "--sent-on", "2026-12-24"]
    code, text, _ = run(capsys, *args)
    assert code == 0
    code, raw, _ = run(capsys, *args, "--format", "json")
    assert code == 0
    data = json.loads(raw)
    squashed = _squash(text)
    missing = [c for c in _contents(data) if _squash(c) not in squashed]
    assert missing == []


def test_unknown_request_kind_exits_2_listing_the_valid_ones(capsys):
    code = None
    with pytest.raises(SystemExit) as caught:
        cli(["checklist", "--language", "en", "--company", "porters", "--request", "access"])
    code = caught.value.code
    err = capsys.readouterr().err
    assert code == 2 and "third-party-records" in err and "'access'" in err


def test_unknown_company_exits_2_listing_the_ids(capsys):
    code, _, err = run(capsys, "checklist", "--language", "en", "--language", "en", "--company", "acme", "--request", "disclosure")
    assert code == 2 and "porters" in err and "acme" in err


def test_bad_date_is_refused_with_the_expected_shape(capsys):
    with pytest.raises(SystemExit):
        cli(["checklist", "--language", "en", "--company", "porters", "--request", "disclosure", "--sent-on", "24/12/2026"])
    assert "2026-11-22" in capsys.readouterr().err
