"""Each sentence structure real procedure pages use, in a real-looking example (our own words):
the saved record says what the sentence says, and the checklist built from it never misleads."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.importer.clauses import ROUTE
from assistant.importer.extract import propose
from assistant.importer.run import import_policy
from assistant.importer.source import clean

HEAD = "プライバシーポリシー\n株式会社みなと商会\n\n保有個人データの開示等の請求について\n"


def saved(tmp_path: Path, body: str, head: str = HEAD) -> dict:
    path = import_policy(None, tmp_path, text=clean(head + body), company_id="minato", name="株式会社みなと商会")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def checklist(tmp_path: Path, kind: str = "disclosure", language: str = "ja") -> str:
    from assistant.checklist.text import checklist_text
    from assistant.facade import Assistant
    from assistant.records.directory import load_directory

    assistant = Assistant(load_directory([tmp_path], use_cache=False))
    company = assistant.directory.get("minato")
    return checklist_text(assistant.checklist(company, kind), languages=(language,))


def test_full_width_digits_are_read_after_nfkc(tmp_path):
    data = saved(tmp_path, "請求書を下記宛先までご郵送ください。\n〒１５４－００２３\n東京都世田谷区若林１－２－３\n"
                           "個人情報相談窓口\n")
    assert data["send_to"]["postal_code"] == "154-0023"
    assert data["send_to"]["department"] == "個人情報相談窓口"


@pytest.mark.parametrize("refusal", ["受け付けておりません", "不可とさせていただきます", "お受けできません",
                                     "お受けいたしかねます"])
def test_a_refused_way_is_refused_whatever_the_words(tmp_path, refusal):
    data = saved(tmp_path, f"請求書は簡易書留でご郵送ください。メール、FAXでのご請求は{refusal}。\n")
    assert data["channels"]["accepted"] == ["simple-registered-mail"]
    assert set(data["channels"]["refused"]) == {"email", "fax"}
    text = checklist(tmp_path)
    assert "FAX" not in text.split("送付方法")[-1].split("\n")[0]


def test_only_by_post_any_other_application_refused(tmp_path):
    body = ("How to apply\nPlease send the forms to the address below by post. Please note that we only "
            "accept applications made by post. Any other application (such as applications made at our "
            "office, by telephone, facsimile, or e-mail) will be refused.\n")
    data = saved(tmp_path, body, head="Privacy Policy\nMinato Trading Co., Ltd.\n\nRequests for disclosure\n")
    assert data["channels"]["accepted"] == ["post"]
    assert set(data["channels"]["refused"]) == {"in-person", "telephone", "fax", "email"}


def test_a_starred_refusal_refuses_only_its_own_words(tmp_path):
    body = ("Please send them by postal mail (certified mail). *We cannot accept requests made in person.\n")
    data = saved(tmp_path, body, head="Privacy Policy\nMinato Trading Co., Ltd.\n\nRequests for disclosure\n")
    assert data["channels"]["accepted"] == ["certified-mail"]
    assert data["channels"]["refused"] == ["in-person"]


def test_a_refusal_in_brackets_about_who_asks_leaves_the_post_accepted(tmp_path):
    body = ("ご本人様が請求を行う場合は、所定の「開示請求書」にご記入のうえ、下記窓口宛てにご郵送ください"
            "(ご本人様以外からの請求については、原則お受けできません)。\n")
    data = saved(tmp_path, body)
    assert data["channels"]["accepted"] == ["post"]
    assert "refused" not in data["channels"]


def test_a_way_other_than_the_named_one_is_refused_not_the_named_one(tmp_path):
    data = saved(tmp_path, "請求書は書留郵便でお送りください。書留郵便以外の方法によるご請求はお受けできません。\n")
    assert data["channels"]["accepted"] == ["registered-mail"]
    assert "refused" not in data["channels"]


def test_two_documents_of_a_list_are_two_different_ones(tmp_path):
    data = saved(tmp_path, "請求書をご郵送ください。\n本人確認書類\n運転免許証、健康保険証、パスポート、住民票のうち"
                           "合計2点の写しを同封してください。\n")
    [group] = data["documents"]["self"]
    assert group["count"] == 2 and len(group["one_of"]) == 4
    text = "".join(checklist(tmp_path).split())
    assert "次のうち種類の異なる2点を送る" in text  # never "any one"
    assert "次のうちいずれか1点" not in text


def test_one_photo_id_or_two_without_is_two_sets(tmp_path):
    body = ("請求書をご郵送ください。\n本人確認書類\n(1)次の中から1点で足りる本人確認書類\n運転免許証、パスポート、在留カード\n"
            "(2)次の中から2点必要となる本人確認書類\n健康保険被保険者証、年金手帳\n")
    data = saved(tmp_path, body)
    photo, without = data["documents"]["self"]["either"]  # not "two of these", nor "one of them all"
    assert {d["kind"] for d in photo["one_of"]} == {"drivers-licence", "passport", "residence-card"}
    assert "count" not in photo
    assert without["count"] == 2 and {d["kind"] for d in without["one_of"]} == {"health-insurance-card", "pension-book"}
    assert not any("Check this" in n["text"] for n in data.get("notes", []))


def test_a_and_b_are_both_needed(tmp_path):
    data = saved(tmp_path, "請求書をご郵送ください。\n任意代理人の場合\n委任状及び本人の印鑑登録証明書\n")
    agent = data["documents"]["agent"]
    assert [g["one_of"] for g in agent] == [[{"kind": "power-of-attorney"}],
                                           [{"kind": "seal-registration-certificate"}]]


def test_a_fee_only_for_purpose_and_disclosure_is_not_charged_for_correction(tmp_path):
    body = ("請求書をご郵送ください。\n手数料\n利用目的の通知又は開示の請求の場合にのみ、1回の請求につき800円を手数料として"
            "申し受けます。800円分の郵便切手又は郵便為替を同封してください。\n")
    data = saved(tmp_path, body)
    fee = data["fees"][0]
    assert (fee["amount_yen"], fee["kinds"]) == (800, ["purpose", "disclosure"])
    assert fee["payment"] == "fixed-amount postal money order (定額小為替) or postage stamps (郵便切手)"
    assert "800" not in checklist(tmp_path, kind="correction")
    assert "800" in checklist(tmp_path, kind="disclosure")


def test_a_fee_by_answer_method_is_never_said_to_be_none(tmp_path):
    body = ("請求書をご郵送ください。\n手数料\n口頭回答またはメールによる開示 無料\n書面による開示 1,100円\n")
    data = saved(tmp_path, body)
    assert data["fees"] == "unknown"
    assert any("Check this" in n["text"] and "1100" in n["text"] for n in data["notes"])
    assert "手数料は不要" not in checklist(tmp_path) and "不要" not in checklist(tmp_path).split("手数料")[1][:40]


def test_a_fee_without_an_amount_is_kept_with_its_amount_to_check(tmp_path):
    data = saved(tmp_path, "営業店の窓口で請求書を提出していただきます。\n開示請求されるにあたっては、当社所定の手数料を"
                           "お支払いいただきます。\n")
    assert data["fees"][0]["amount_yen"] == "unknown"
    text = checklist(tmp_path)
    assert "手数料がかかる" in text and "要確認" in text and "円" not in text.split("手数料がかかる")[1][:60]
    assert "手数料の金額" in text  # on the list of what to ask the company


def test_a_fee_whose_amount_is_not_given_keeps_how_and_when_to_pay(tmp_path):
    body = ("所定の請求書に必要書類を添付し、郵送してください。手数料は定額小為替または郵便切手で同封してください。"
            "手数料は利用目的の通知及び開示の請求の場合のみ必要です。\n")
    fee = saved(tmp_path, body)["fees"][0]
    assert fee["amount_yen"] == "unknown" and fee["pay_when"] == "with-request"
    assert fee["payment"] == "fixed-amount postal money order (定額小為替) or postage stamps (郵便切手)"
    assert "800" not in checklist(tmp_path) and "同封して支払う" in checklist(tmp_path)


def test_contact_first_then_the_company_s_form_then_post(tmp_path):
    body = ("開示等のご請求を行う場合には、当社に問合せいただき所定の開示等請求書をご郵送いたしますので、全てご記入の上"
            "ご返送ください。お電話でのお問い合わせも承ります。\n")
    data = saved(tmp_path, body)
    assert data["channels"]["accepted"] == ["post"]  # the phone call is a first step, not the request
    assert data["form"]["get_it"] == "mailed-by-company"
    assert "contact_first" in data


def test_a_form_named_and_offered_for_download(tmp_path):
    data = saved(tmp_path, "請求書(1)をダウンロードいただき、所定の事項を記入のうえ、郵送してください。\n"
                           "個人情報開示請求書(PDF:120KB)\n")
    assert (data["form"]["name"], data["form"]["get_it"]) == ("個人情報開示請求書", "download")
    assert "所定の請求書の記載がない" not in checklist(tmp_path)


def test_a_form_named_without_how_to_get_it_is_kept(tmp_path):
    data = saved(tmp_path, "保有個人データ開示請求書に必要事項をご記入のうえ、ご郵送ください。\n")
    assert data["form"] == {"name": "保有個人データ開示請求書", "get_it": "unknown", "quote": data["form"]["quote"]}
    assert "入手方法はプライバシーポリシーに記載がない" in checklist(tmp_path)


def test_the_company_s_envelope_marking_is_the_one_printed(tmp_path):
    data = saved(tmp_path, "封筒に朱書きで「個人情報開示等依頼書在中」とお書き添えのうえ、ご郵送ください。\n")
    assert data["channels"]["envelope_marking"]["text"] == "個人情報開示等依頼書在中"
    assert "個人情報開示等依頼書在中" in checklist(tmp_path)


def test_refusal_grounds_written_as_a_list(tmp_path):
    body = ("請求書をご郵送ください。\n次のいずれかに該当する場合は、開示等のご請求に応じられません。\n"
            "・ご本人であることが確認できない場合\n・所定の申請書類に不備がある場合\n・法令に違反することとなる場合\n")
    data = saved(tmp_path, body)
    assert [g["ground"] for g in data["refusal_grounds"]] == [
        "ご本人であることが確認できない場合", "所定の申請書類に不備がある場合", "法令に違反することとなる場合"]


def test_no_trailing_particle_and_a_name_from_the_address_block():
    assert propose(clean("株式会社みなと商会は、開示等の請求に応じます。")).first("name").value == "株式会社みなと商会"
    text = clean("開示等の請求について\n請求書を下記までご郵送ください。\n〒150-0001\n東京都渋谷区神宮前1-2-3\n"
                 "株式会社あおば商事 お客様相談室\n")
    assert propose(text).first("name").value == "株式会社あおば商事"


def test_unsure_facts_are_shown_and_saved_only_as_notes_to_check(tmp_path):
    proposal = propose(clean(HEAD + "請求書をご郵送ください。\n手数料\n書面による開示 1,100円、メールによる開示 550円\n"))
    unsure = [f for f in proposal.facts if not f.sure]
    assert {f.value for f in unsure} == {1100, 550}
    assert "analyser" in ROUTE or ROUTE == "regex"


def test_a_way_one_sentence_refuses_is_never_listed_as_accepted(tmp_path):
    data = saved(tmp_path, "請求書は郵送又はメールでお送りください。\nなお、メールによるご請求はお受けできません。\n")
    assert data["channels"]["accepted"] == ["post"] and data["channels"]["refused"] == ["email"]
