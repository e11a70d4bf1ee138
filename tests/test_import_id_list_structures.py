"""Structures of identity-document lists read from the passages of tests/fixtures/id_lists*, each
in our own words here: one of two and a third besides, a sentence that adds a document, one photo
ID or two without said in English, a note under a list that is no item of it, and an item that
names its own kinds."""
from __future__ import annotations

from datetime import date

from assistant.importer.extract import propose
from assistant.importer.record import record_data

HEAD = "株式会社ことり商店\n個人情報の開示等の請求について\n開示等の請求は郵送で受け付けます。\n"
TAIL = "\n送付先：〒100-0001 東京都千代田区千代田1-1 株式会社ことり商店 お客様窓口\n"


def _person(body: str, head: str = HEAD, tail: str = TAIL):
    proposal = propose(head + body + tail)
    data = record_data(proposal, list(proposal.facts), company_id="x", name="x", policy_file="x.txt",
                       today=date(2026, 12, 6))
    return data["documents"]["self"]


def _kinds(group: dict) -> set[str]:
    return {d["kind"] for d in group["one_of"]}


def test_one_of_two_and_a_third_besides():
    person = _person("請求書に、パスポートの写し又は運転免許証の写し、並びに住民票の写しを同封してください。\n")
    assert sorted(map(_kinds, person), key=len) == [{"certificate-of-residence"}, {"passport", "drivers-licence"}]
    assert all("count" not in g for g in person)


def test_a_sentence_that_adds_a_document_puts_it_on_its_own_line():
    person = _person("運転免許証かマイナンバーカードのいずれかの写しを同封してください。"
                     "加えて、住所の確認のため住民票の写しもお送りください。\n")
    assert sorted(map(_kinds, person), key=len) == [{"certificate-of-residence"}, {"drivers-licence", "my-number-card"}]


def test_one_photo_id_or_two_without_in_english():
    head = "Example Books K.K.\nRequests for disclosure of personal data\nRequests are accepted by post.\n"
    person = _person("Enclose a copy of one photo ID (passport or driver's license), or, without a photo ID, "
                     "copies of two non-photo IDs (health insurance card, pension book).\n", head, "")
    photo, two = person["either"]
    assert _kinds(photo) == {"passport", "drivers-licence"} and two["count"] == 2
    assert _kinds(two) == {"health-insurance-card", "pension-book"}


def test_a_note_under_a_list_is_no_item_of_it():
    # 「※…住民票の写し及び印鑑登録証明書は」 says how recent they must be, not that two go
    person = _person("以下のものをお送りください。\n1. 請求書\n2. 本人確認書類（運転免許証の写し、住民票の写し、印鑑登録証明書）\n"
                     "3. 手数料（定額小為替）\n※住民票の写し及び印鑑登録証明書は、発行から3か月以内のものに限ります。\n")
    [group] = person
    assert _kinds(group) == {"drivers-licence", "certificate-of-residence", "seal-registration-certificate"}
    assert group["count"] == "unknown"  # the page does not say one of them, nor how many


def test_every_one_of_a_list_that_asks_for_all_its_items():
    person = _person("次の書類をすべて同封してください。\n(1) 運転免許証の写し\n(2) 住民票の写し\n"
                     "※住民票は本籍の記載のないものをご用意ください。\n")
    assert [g.get("count", 1) for g in person] in ([2], ["unknown"])  # both, or to check: never one of


def _conditions(person: list[dict]) -> dict[str, list[str]]:
    return {d["kind"]: d.get("conditions", []) for g in person for d in g["one_of"]}


def test_a_card_asked_for_as_a_copy_is_a_copy_and_a_certificate_is_sent_as_issued():
    conditions = _conditions(_person("次のいずれか1点を同封してください。\n・パスポートのコピー\n"
                                     "・マイナンバーカード（表面）の写し\n・住民票の写し\n・健康保険証（原本）\n"))
    assert "copy" in conditions["passport"] and "copy" in conditions["my-number-card"]
    assert "copy" not in conditions["certificate-of-residence"]  # 住民票の写し is the issued certificate
    assert "copy" not in conditions["health-insurance-card"]  # 原本: the card itself


def test_a_copy_asked_in_english_and_for_a_list_at_once():
    head = "Example Books K.K.\nRequests for disclosure of personal data\nRequests are accepted by post.\n"
    english = _conditions(_person("Enclose a copy of one of the following: passport or driver's license.\n", head, ""))
    assert all("copy" in english[k] for k in ("passport", "drivers-licence"))
    listed = _conditions(_person("本人確認書類（運転免許証、パスポート等）の写しを同封してください。\n"))
    assert all("copy" in listed[k] for k in ("passport", "drivers-licence"))


def test_a_certificate_without_the_domicile_and_the_number_is_asked_so():
    # 「本籍及び個人番号の記載がないもの」: both kept; the checklist asks for one without them first
    from assistant.law.reference import load_labels

    conditions = _conditions(_person("運転免許証又はパスポートの写しと、住民票の写し（本籍及び個人番号の"
                                     "記載がないもの）を同封してください。\n"))
    assert {"mask-honseki", "mask-my-number"} <= set(conditions["certificate-of-residence"])
    labels = load_labels().conditions
    assert labels["mask-honseki"].ja == "本籍地の記載のないものを送る（記載があれば黒塗りする）。"
    assert labels["mask-my-number"].ja.startswith("マイナンバー（個人番号）の記載のないものを送る")


def test_an_english_heading_of_disclosure_and_other_requests_opens_the_procedure():
    # "Disclosure and Other Requests …" as the heading: the part under it is read, not only the fee
    text = ("Example Books K.K.\nDisclosure and Other Requests Regarding Your Personal Data\n"
            "We accept requests by post only. Enclose a copy of your passport.\n"
            "Fee: 500 yen per disclosure request.\n")
    proposal = propose(text)
    assert "post" in proposal.values("channels.accepted") and "passport" in proposal.values("documents.self")


def test_a_condition_s_sentence_is_quoted_and_the_general_note_not_repeated(tmp_path):
    # 「なお、住民票の写しは本籍及び個人番号の記載がないもの…」: the checklist's 本籍 and マイナンバー lines
    # are the policy's, so its sentence is quoted under them; the general practice that says the
    # same (and 3 months) is not said again
    from tests.test_import_sentences import checklist, saved

    saved(tmp_path, "運転免許証の写し及び住民票の写し（発行日から3か月以内のもの）を同封してください。\n"
                    "なお、住民票の写しは本籍及び個人番号の記載がないものをご用意ください。\n")
    documents = "".join(checklist(tmp_path).split("2. 書類をそろえる")[1].split("3. ")[0].split())
    assert "「なお、住民票の写しは本籍及び個人番号の記載がないものをご用意ください。」" in documents
    assert "本籍地の記載のないものを送る（記載があれば黒塗りする）。" in documents
    assert "一般的な慣行：住民票の写しは本籍・マイナンバーの記載のないもの" not in documents


def test_one_kind_with_a_photo_else_two_said_in_a_note_under_the_list():
    # 「※上記1の顔写真付きの書類の場合は1種類、その他は2種類」 under a numbered list: one with a
    # photo, or two without — never two of everything
    person = _person("本人確認書類として次の書類を同封してください。\n1.運転免許証、パスポート（コピー）\n"
                     "2.健康保険証（コピー）\n3.住民票の写し\n※上記1の顔写真付きの書類の場合は1種類、その他は2種類\n")
    photo, two = person["either"]
    assert _kinds(photo) == {"drivers-licence", "passport"} and photo.get("count", 1) == 1
    assert two["count"] == 2 and _kinds(two) == {"health-insurance-card", "certificate-of-residence"}


def test_an_item_the_lead_adds_by_its_mark_is_needed_besides_the_choice():
    # 「(a)から(c)のうちいずれか1点に加え、(d)の書類」: one of (a)–(c), and (d) on its own line
    person = _person("本人確認書類：次のアからウのうちいずれか1点の写しに加え、エの書類をお送りください。\n"
                     "ア 運転免許証\nイ パスポート\nウ マイナンバーカード\nエ 住民票の写し\n")
    assert sorted(map(_kinds, person), key=len) == [
        {"certificate-of-residence"}, {"drivers-licence", "passport", "my-number-card"}]


def test_grounds_grouped_under_the_kind_they_are_for():
    # 「以下の場合は…応じられない場合がございます」, then 「(1) 開示」 over its grounds: the kind's
    # heading is no ground and does not end the list
    proposal = propose(HEAD + "なお、以下の場合は、ご請求の全部又は一部に応じられない場合がございます。\n"
                       "(1) 開示\n・本人又は第三者の権利利益を害するおそれがある場合\n・法令に違反することとなる場合\n"
                       "(2) 利用目的の通知\n・利用目的が明らかな場合\n")
    assert proposal.values("refusal_grounds") == [
        "本人又は第三者の権利利益を害するおそれがある場合", "法令に違反することとなる場合", "利用目的が明らかな場合"]
