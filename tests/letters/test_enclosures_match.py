"""The letter's 同封書類 are the checklist's "what goes in the envelope", the same documents in the
same order, for every company, kind and requester (a representative in each capacity): word for
word, except that where the checklist offers a choice the letter names the document enclosed or
leaves a blank for its name, and that the letter names the company's form to the company
(「貴社所定の…」) where the checklist speaks to the reader (「会社所定の…」). The checklist follows the capacity the details file names."""
from __future__ import annotations

import re

import pytest

from assistant.checklist.text import checklist_text
from assistant.law.reference import load_checklist_words
from assistant.records.model import REQUEST_KINDS
from assistant.render.letter_text import enclosures
from tests.conftest import COMPANY_IDS
from tests.render.helpers import checklists, details, letter, squash, text_of

CAPACITIES = (None, "legal-representative-minor", "legal-representative-ward", "agent", "lawyer")


def _details(kind: str, capacity: str | None):
    request = {"kinds": [kind]}
    if kind == "correction":
        request["correction"] = {"current": "旧住所", "correct": "新住所"}
    if kind in ("suspension", "third-party-stop"):
        request["grounds"] = ["no-longer-needed"]
    if capacity is None:
        return details(request=request)
    rep = {"capacity": capacity, "full_name": "鈴木 花子", "address": "東京都港区芝公園4-2-8",
           **({"registration_number": "54321"} if capacity == "lawyer" else {})}
    return details(request=request, representative=rep)


@pytest.mark.parametrize("company", COMPANY_IDS)
def test_the_letter_lists_exactly_what_the_checklist_packs(company):
    words = load_checklist_words()
    for kind in REQUEST_KINDS:
        for capacity in CAPACITIES:
            case = f"{company} {kind} {capacity}"
            d = _details(kind, capacity)
            lists = checklists(company, d)
            packing = lists[0].packing
            assert packing, f"{case}: nothing to enclose (the identity documents at least)"
            # The PDF too, for every kind by the person and every capacity for disclosure (the
            # letter prints enclosures() as it is: rendering all 150 would only slow the suite).
            rendered = kind == "disclosure" or capacity is None
            pdf = squash(text_of(letter(company, d, "both", checklists=lists))) if rendered else ""
            for language in ("ja", "en"):
                listed = enclosures(language, lists, d)
                assert listed == [(item.blank if item.choices else item.letter or item.text).text(language)
                                  for item in packing], case
                if rendered:  # …in order, after the heading
                    at = pdf.index("同封書類" if language == "ja" else "Enclosures")
                    for item in listed:
                        found = pdf.find(squash(item), at)
                        assert found > at, f"{case} {language}: {item}"
                        at = found
                text = squash(checklist_text(lists[0], languages=(language,), words=words))
                assert all(squash(item.text.text(language)) in text for item in packing), case


def test_the_representative_s_proof_follows_the_capacity():
    def listed(capacity):
        return " ".join(enclosures("ja", checklists("nttcom-online", _details("disclosure", capacity))))

    minor, ward = listed("legal-representative-minor"), listed("legal-representative-ward")
    assert "戸籍謄本" in minor and "登記事項証明書" not in minor
    assert "登記事項証明書" in ward and "戸籍謄本" not in ward
    agent = listed("agent")
    assert "委任状（本人の実印を押印したもの）" in agent
    assert "本人の印鑑登録証明書（発行後3か月以内のもの、委任状に押印した実印のもの）" in agent
    assert "代理人の本人確認書類の写し" in agent
    lawyer = listed("lawyer")
    assert "委任状" in lawyer and "弁護士登録番号" in lawyer
    # a policy's own list (Leverages: 戸籍謄本 or a health insurance card) keeps only what proves
    # a guardian's right: nothing, so the guardianship certificate comes from general practice
    leverages = " ".join(enclosures("ja", checklists("leverages", _details("disclosure",
                                                                          "legal-representative-ward"))))
    assert "登記事項証明書" in leverages and "戸籍謄本" not in leverages


def test_copies_and_one_of_are_said_as_a_japanese_desk_expects():
    def packed(company, kind):  # the checklist's list, where the choice is spelt out
        return [item.text.text("ja") for item in checklists(company, _details(kind, None))[0].packing]

    assert re.fullmatch(r"本人確認書類の写し（運転免許証・.*のいずれか1点）", packed("leverages", "disclosure")[1])
    persol = packed("persol-career", "disclosure")
    # a certificate of residence is issued as a copy: 写し by each of the others, not of it twice
    assert "運転免許証の写し" in persol[1] and "住民票の写しの写し" not in persol[1]
    assert packed("nttcom-online", "third-party-stop") == ["本人確認書類の写し（顔写真付きのもの1点、又は顔写真のないもの2点）"]
    # the letter: a blank for the document enclosed, never the choice
    law_only = enclosures("ja", checklists("nttcom-online", _details("third-party-stop", None)))
    assert law_only == ["本人確認書類の写し（書類名：＿＿＿＿＿＿＿＿＿＿＿＿）"]


def test_the_details_file_s_capacity_drives_the_checklist_on_the_command_line(tmp_path, capsys):
    from assistant.cli.commands import main as cli
    from tests.repo import ROOT

    text = (ROOT / "examples" / "details.yaml").read_text(encoding="utf-8")
    path = tmp_path / "ward.yaml"
    path.write_text(text + "representative:\n  capacity: legal-representative-ward\n"
                    "  full_name: 鈴木 花子\n  address: 東京都港区芝公園4-2-8\n", encoding="utf-8")
    assert cli(["checklist", "--company", "nttcom-online", "--request", "disclosure",
                "--details", str(path), "--no-quotes"]) == 0
    out = squash(capsys.readouterr().out)
    packing = out[out.index("封筒に入れるもの"):]
    assert "登記事項証明書" in packing and "戸籍謄本" not in packing


@pytest.mark.parametrize("company", ["infomart", "persol-career"])
def test_the_form_is_the_companys_in_the_list_and_yours_in_the_letter(company):
    lists = checklists(company, _details("disclosure", None))
    form = next(item for item in lists[0].packing if item.letter is not None)
    assert form.text.text("ja").startswith("会社所定の") and form.letter.text("ja").startswith("貴社所定の")
    assert form.letter.text("ja") in enclosures("ja", lists, _details("disclosure", None))
    text = squash(checklist_text(lists[0], languages=("ja",), words=load_checklist_words()))
    assert "貴社" not in text
