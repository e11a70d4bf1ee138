"""Structures of pages seen this round, in our own words, each failing on the rules before: a
representative's own IDs given "(same as the documents in (1) above)" under a bulleted "• (1)"
item that sits inside a section "1." listing the same documents (no doubt which item it names);
"the proxy" where the page names "a statutory proxy" as one kind of it (both representatives);
"One of the above-mentioned documents for identification of the representative" under a heading
"Request by proxy" (the representative: both)."""
from __future__ import annotations

import pytest

from tests.test_import_sentences import saved

HEAD_EN = "Privacy Policy\nSample Works Limited\nRequests for disclosure of retained personal data\n"


def _kinds(groups: list) -> list[str]:
    return sorted(k["kind"] for g in groups for k in (g.get("one_of") or [g]))


def test_same_as_the_documents_in_item_one_above(tmp_path):
    data = saved(tmp_path, "Procedures for Disclosure\n1. How to Make a Request\nPlease contact the contact point below. "
                 "Please also submit the following documents:\n• (1)For requests made on the person's own behalf\n"
                 "• A copy of a document issued by a public institution, such as a driver's license, passport or "
                 "health insurance card.\n• (2)For requests made by a proxy\nA document that permits identification of "
                 "the proxy (same as the documents in (1) above). In addition, please submit the following documents:\n"
                 "• For a statutory proxy, a copy of one's family register.\n"
                 "• For a privately appointed proxy, a Letter of Proxy.\n", head=HEAD_EN)
    docs = data["documents"]
    for who in ("legal-representative", "agent"):
        assert {"drivers-licence", "passport", "health-insurance-card"} <= set(_kinds(docs[who])), who
    assert "power-of-attorney" not in _kinds(docs["legal-representative"])


def test_the_above_documents_of_the_representative_under_a_proxy_heading(tmp_path):
    data = saved(tmp_path, "Required documents\nA copy of your driver's license or passport.\n●Request by proxy\n"
                 "In the case of a request by a representative (please enclose the following documents)\n"
                 "One of the above-mentioned documents for identification of the representative\n"
                 "Legal representative: a copy of family register\nVoluntary representative: A letter of attorney\n",
                 head=HEAD_EN)
    docs = data["documents"]
    assert {"drivers-licence", "passport"} <= set(_kinds(docs["legal-representative"]))
    assert {"drivers-licence", "passport"} <= set(_kinds(docs["agent"]))


def test_a_proxy_alone_is_the_appointed_agent(tmp_path):
    # no statutory proxy on the page: "the proxy" is the one the person appoints
    data = saved(tmp_path, "Required documents\n(1) For the person: a copy of your driver's license or passport.\n"
                 "(2) For a proxy: the proxy's identification documents (same as the documents in (1) above) and "
                 "a letter of proxy.\n", head=HEAD_EN)
    docs = data["documents"]
    assert {"drivers-licence", "passport"} <= set(_kinds(docs["agent"]))
    assert "drivers-licence" not in str(docs.get("legal-representative", ""))


def test_a_form_for_each_kind_of_request(tmp_path):
    from tests.test_import_sentences import checklist
    data = saved(tmp_path, "請求書を下記よりダウンロードし、ご記入の上、本人確認書類を同封して当社までご郵送ください。\n"
                           "1. 開示請求書\n2. 訂正等請求書\n3. 利用停止等請求書\n4. 利用目的通知請求書\n")
    forms = {f["name"]: f["kinds"] for f in data["form"]}
    assert forms == {"開示請求書": ["disclosure"], "訂正等請求書": ["correction"],
                     "利用停止等請求書": ["suspension", "third-party-stop"], "利用目的通知請求書": ["purpose"]}
    assert all(f["get_it"] == "download" for f in data["form"])
    text = "".join(checklist(tmp_path, "correction").split())
    assert "名称：「訂正等請求書」" in text and "「開示請求書」" not in text


def test_forms_named_in_one_sentence_each_for_its_requests(tmp_path):
    data = saved(tmp_path, "開示をご請求される場合は開示請求書に、個人情報の訂正、追加、削除をご請求される場合は"
                           "訂正等請求書に、利用停止等をご請求される場合は保有個人データ利用停止・消去・第三者提供停止請求書に"
                           "必要事項をご記入のうえ、当社までご郵送ください。\n")
    forms = {f["name"]: f["kinds"] for f in data["form"]}
    assert forms["保有個人データ利用停止・消去・第三者提供停止請求書"] == ["third-party-stop", "suspension"]
    assert forms["訂正等請求書"] == ["correction"] and forms["開示請求書"] == ["disclosure"]


def test_english_forms_listed_under_their_heading(tmp_path):
    data = saved(tmp_path, "Please download the relevant form from among our prescribed request forms and send it "
                 "by mail.\nSample's Prescribed Request Forms\n- Request for Notification of Purpose of Use of Retained "
                 "Personal Data\n- Request for Disclosure of Retained Personal Data\n", head=HEAD_EN)
    forms = {f["name"]: f["kinds"] for f in data["form"]}
    assert forms == {"Request for Notification of Purpose of Use of Retained Personal Data": ["purpose"],
                     "Request for Disclosure of Retained Personal Data": ["disclosure"]}


@pytest.mark.parametrize("body", [
    # one form for every request
    "開示等請求書に必要事項をご記入の上、ご郵送ください。訂正請求の場合も開示等請求書をご利用ください。\n",
    # two forms for one kind: which is which is not clear, the one form the rules chose
    "「個人情報開示請求書」または「診療録開示請求書」に記入し、郵送してください。訂正の場合は「個人情報訂正請求書」をご利用ください。\n",
])
def test_one_form_where_the_names_do_not_split_by_kind(tmp_path, body):
    data = saved(tmp_path, body)
    assert isinstance(data["form"], dict), data["form"]


def test_ways_in_a_list_of_purposes_or_of_how_data_came_are_no_ways_to_send(tmp_path):
    data = saved(tmp_path, "個人情報の利用目的\n1. 会員の管理\n2. 電子メール、電話、郵送等各種媒体により、協会が行うアンケート調査\n"
                           "開示等の請求は書面により行うものとする。\n")
    assert "email" not in str(data["channels"]) and "telephone" not in str(data["channels"])
    data = saved(tmp_path / "en", "Table 1\nBusiness cards\nObtained directly from the individual (telephone, e-mail, "
                 "facsimile/letter, etc.)\nFor requests for disclosure, please contact the Public Relations Department.\n",
                 head=HEAD_EN)
    assert "fax" not in str(data["channels"]) and "telephone" not in str(data["channels"])


def test_the_managers_deputy_is_no_requester(tmp_path):
    data = saved(tmp_path, "2.個人情報保護管理者(若しくはその代理人)の氏名又は職名、所属及び連絡先\n個人情報保護管理者:製造部部長\n"
                           "4.請求書の提出に当たり、ご本人を確認する書類の写しを併せてお送りください。\n"
                           "運転免許証、旅券(パスポート)または健康保険等の被保険者証\n")
    docs = data["documents"]
    assert "drivers-licence" in str(docs["self"]) and "drivers-licence" not in str(docs.get("agent", ""))


def test_blacking_out_allowed_is_no_mask_asked(tmp_path):
    data = saved(tmp_path, "本人確認書類として運転免許証の写しをお送りください。本籍など、これら3点以外の記載欄は塗りつぶしたうえで"
                           "送付いただいても結構です。\n")
    assert "mask-honseki" not in str(data["documents"])
    data = saved(tmp_path / "asked", "本人確認書類として運転免許証の写しをお送りください。本籍は塗りつぶしてください。\n")
    assert "mask-honseki" in str(data["documents"])


def test_stamps_stuck_on_a_return_envelope_pay_no_fee(tmp_path):
    data = saved(tmp_path, "申請書がダウンロードできない場合は、所定料金分の切手を張った返信用封筒を添えて、上記の窓口まで封書で"
                           "ご請求ください。\n")
    assert "postage stamps" not in str(data.get("fees"))


def test_a_question_on_a_qa_page_states_no_answer_method(tmp_path):
    data = saved(tmp_path, "Q.電話やメールで開示することはできますか?\nA.本人確認が難しいため、電話やメールでの情報の開示は"
                           "行っておりません。\nQ.開示の結果はどのように受け取れますか?\nA.書面で回答いたします。\n")
    assert "email" not in str(data["response"]["methods"])


def test_a_contact_run_into_the_street_ends_it(tmp_path):
    data = saved(tmp_path, "開示等の請求は下記窓口までご郵送ください。\n個人情報問合せ窓口\n〒150-0021 東京都渋谷区恵比寿西2-2-8 "
                           "えびす第2ビル2FTEL：03-6427-0081メール：info@example.co.jp\n")
    assert data["send_to"]["lines"] == ["東京都渋谷区恵比寿西2-2-8 えびす第2ビル2F"]
