"""Postal codes offline, from Japan Post's data: a code gives its prefecture, city and town, and
an address that does not belong to its code is said so."""
from __future__ import annotations

import re

import pytest

from assistant.records.postal import disagreement, lookup


@pytest.mark.parametrize("code, address", [
    ("100-0005", "東京都千代田区丸の内"), ("1006328", "東京都千代田区丸の内"),
    ("１００－６３２８", "東京都千代田区丸の内"), ("〒060-0042", "北海道札幌市中央区大通西"),
])
def test_a_code_gives_prefecture_city_and_town(code, address):
    assert lookup(code).address() == address


def test_a_code_of_one_building_names_the_building_apart_from_the_town():
    place = lookup("100-6328")
    assert (place.town, place.building, place.floor) == ("丸の内", "丸の内ビルディング", "28階")


@pytest.mark.parametrize("code", ["999-9999", "12-345", "abcdefg", ""])
def test_an_unknown_or_malformed_code_gives_nothing(code):
    assert lookup(code) is None


def test_an_address_of_another_city_is_pointed_out_and_a_matching_one_is_not():
    assert "check both" in disagreement("100-6328", "大阪府大阪市北区梅田1-1")
    assert disagreement("100-6328", "東京都千代田区丸の内2-4-1") is None
    assert disagreement("100-6328", "千代田区丸の内2-4-1") is None  # the prefecture left out
    assert disagreement("100-6328", "Marunouchi, Chiyoda-ku") is None  # nothing to compare


def test_validate_warns_when_a_record_s_postal_code_and_address_disagree(records):
    import subprocess
    import sys

    from tests.repo import ROOT

    path = records / "porters.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('postal_code: unknown\n  lines: ["TODA Building Aoyama 3F 8-5-34, Akasaka, Minato-ku, Tokyo"]',
                        'postal_code: 100-6328\n  lines: ["大阪府大阪市北区梅田1-1"]')
    text = re.sub(r"  lines_ja: .*\n  postal_code_ja: .*\n  source_ja: .*\n", "", text)
    path.write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "validate", str(records)],
                            capture_output=True, text=True, timeout=60)
    assert "warning:" in result.stderr and "porters.yaml" in result.stderr
    assert "100-6328 is for 東京都千代田区丸の内" in result.stderr
    assert "5 record(s) valid" in result.stdout  # a warning, not a problem
