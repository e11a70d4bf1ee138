"""Structures the sixth round's pages used where the rules read them poorly (issue 21), each in a
real-looking example of our own words, with the page of the corpus it came from named. The rules
are general: the structure decides, not the page's words."""
from __future__ import annotations

from assistant.importer.extract import propose
from assistant.importer.source import clean
from tests.test_import_sentences import HEAD, saved


def _facts(body: str) -> dict[str, set]:
    """The settled facts the rules propose for a text, by field."""
    found: dict[str, set] = {}
    for f in propose(clean(HEAD + body)).facts:
        if f.sure:
            found.setdefault(f.field, set()).add(f.value)
    return found


def test_a_mails_charge_in_the_return_postage_is_no_way_to_send_nor_a_time_to_pay():
    # real6/jsda: 「返信用封筒に612円分の切手(書留料及び本人限定受取郵便料を含む)を貼付」
    facts = _facts("請求書、本人確認書類、及び返信用封筒(84円切手に簡易書留料を含めて貼付)を同封の上、"
                   "下記窓口宛にご郵送ください。\n")
    assert facts["channels.accepted"] == {"post"}
    assert "fees.pay_when" not in facts
    # a way named as a way is still one
    assert _facts("請求書を簡易書留にてご郵送ください。\n")["channels.accepted"] == {"simple-registered-mail"}


def test_an_answer_document_mailed_is_a_written_answer():
    # real6/jsda 「回答書(書面)によりご本人に対し速やかにご郵送致します」; real6/amway 「「回答書」にて通知します」
    assert _facts("確認の結果を、回答書によりご自宅へご郵送致します。\n")["response.methods"] == {"in-writing"}
    assert _facts("請求書の受領後、その結果を「回答書」にて通知します。\n")["response.methods"] == {"in-writing"}
    # the company mailing its form is no answer (real/kcn)
    assert "response.methods" not in _facts("ご連絡をいただければ、開示請求書をお届けの住所に送付致します。\n")


def test_a_labelled_postal_code_over_its_address():
    # real6/tokyo_horei: 「請求受付窓口 〒380-8688 / 長野市… / 東京法令出版株式会社 / 個人情報担当」
    facts = _facts("所定の申請書を配達記録郵便にてご郵送ください。\n請求受付窓口 〒100-0005\n"
                   "東京都千代田区丸の内9-9-9\n株式会社みなと商会\n個人情報担当\n")
    assert facts["send_to.postal_code"] == {"100-0005"}
    assert facts["send_to.department"] == {"個人情報担当"}
    # a bare bullet before the code is no label (real3/zhi lists several hospitals so)
    facts = _facts("請求書をご郵送ください。\n• 〒100-0005\n東京都千代田区丸の内9-9-9\n• 〒100-0006\n東京都千代田区有楽町9-9\n")
    assert "send_to.postal_code" not in facts


def test_a_bodys_name_run_into_its_department():
    # real6/jsda: 「日本証券業協会総務部」 above the address
    facts = _facts("申請書を受付窓口宛にご郵送ください。\n【受付窓口】\nみなと商工協会総務部\n所在地\n"
                   "〒100-0005 東京都千代田区丸の内9-9-9\n")
    assert facts["send_to.department"] == {"総務部"}


def test_documents_listed_in_a_footnote_the_items_cite():
    # real6/kosaido: 「a. 本人であることを確認できる書類 (※1)(※2)」 … 「※1 運転免許証・パスポート・健康保険証等の写し」
    facts = _facts("(1) ご準備いただくもの\n【ご本人によるご請求の場合】\na. 本人であることを確認できる書類 (※1)(※2)\n"
                   "【法定代理人によるご請求の場合】\nb. 法定代理人であることを示す書類 (※2)\n"
                   "c. 代理人本人であることを確認できる書類 (※1)(※2)\n"
                   "※1 運転免許証・旅券・健康保険証等の写し\n"
                   "※2 いずれの書類も有効期限内のものに限ります。なお、住民票については発行後3か月以内のものをご用意下さい。\n")
    ids = {"drivers-licence", "passport", "health-insurance-card"}
    assert facts["documents.self"] == ids
    assert facts["documents.legal-representative"] == ids  # ※2 notes one document: no list
    assert "documents.agent" not in facts


def test_a_yen_sign_before_the_amount_and_a_table_of_charges():
    # real6/photron 「1件につき\\1,000といたします」 (a yen sign as a Japanese code shows it)
    facts = _facts("開示の手数料は、1件につき\\1,000といたします。下記口座にお振込みください。\n")
    assert facts["fees.amount_yen"] == {1000}
    # real/hitachi_foods: the money order's own charges, a band's bound and a mail's rate
    facts = _facts("手数料 800 円を定額小為替にてお送りください。\n〈御参考〉定額小為替の料金\n"
                   "額面金額¥1,000 まで・・・¥10\n配達記録郵便一律・・・¥210\n")
    assert facts["fees.amount_yen"] == {800}


def test_a_fee_sentence_broken_over_lines_keeps_its_kinds():
    # real/hitachi_foods: 「…利用目的の通知又 / は法第 25 条…による開示をご請求になる場合には」
    facts = _facts("手数料について\nお客様が法第 32 条による利用目的の通知又\nは法第 33 条による開示をご請求になる場合には、"
                   "ご請求 1 件につき\n手数料 500 円をお支払いただきます。\n")
    assert facts["fees.kinds"] == {("purpose", "disclosure")}


def test_a_line_that_opens_with_the_legal_representative_keeps_its_relation_documents():
    # real6/amway: 「代理権確認書類 / 法定代理人親権者ご本人と代理人の関係が証明できる住民票または戸籍抄本」
    facts = _facts("代理人が請求する場合は、下記の代理権確認書類を添付してください。\n代理権確認書類\n"
                   "法定代理人親権者ご本人と代理人の関係が証明できる住民票または戸籍謄本\n")
    assert facts["documents.legal-representative"] == {"certificate-of-residence", "family-register"}
    assert "documents.agent" not in facts


def test_each_form_a_sentence_quotes():
    # real6/media_sci: 「…の場合は「個人情報 利用目的の通知請求書」に、開示の場合は「個人情報 開示請求書」に」
    facts = _facts("利用目的の通知は「個人情報 利用目的通知請求書」に、開示は「個人情報 開示請求書」に、"
                   "必要事項をご記入のうえご郵送下さい。\n")
    assert facts["form.name"] == {"個人情報 開示請求書"}


def test_the_answers_papers_mailed_are_no_form_sent(tmp_path):
    # real6/photron: 「…手数料は、回答書類を配達証明付書留で郵送いたしますので、1件につき…」
    data = saved(tmp_path, "開示請求書に必要事項をご記入の上、簡易書留にてご郵送ください。\n"
                           "開示の手数料は、回答書類を書留で郵送いたしますので、1件につき1,000円といたします。\n")
    assert data["form"].get("get_it", "unknown") == "unknown"
    assert "contact_first" not in data


def test_a_basic_resident_card_with_a_photo_is_an_official_photo_id():
    # named in the fifth round's misses: 「写真付住民基本台帳カード」, as 「住民基本台帳カード(写真付)」 already was
    facts = _facts("次の書類の呈示により、ご本人の確認をさせていただきます。\n・運転免許証 ・写真付き住民基本台帳カード\n")
    assert facts["documents.self"] == {"drivers-licence", "other-official-photo-id"}
    assert "documents.self" not in _facts("次の書類により確認します。\n・住民基本台帳カード\n")


def test_a_form_name_keeps_no_item_number():
    # named in the fifth round's misses: 「2.開示請求書」 as an item of what to send
    facts = _facts("下記の書類をご郵送ください。\n1.本人確認書類\n2.保有個人データ開示請求書\n")
    assert facts["form.name"] == {"保有個人データ開示請求書"}


def test_the_exceptions_to_disclosing_are_refusal_grounds(tmp_path):
    # named in the fifth round's misses: grounds led by 「…いずれかに該当する場合を除き」
    data = saved(tmp_path, "開示請求書をご郵送ください。\n当社は、次のいずれかに該当する場合を除き、遅滞なく開示いたします。\n"
                           "(1) 本人又は第三者の権利利益を害するおそれがある場合\n"
                           "(2) 当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合\n")
    assert [g["ground"] for g in data["refusal_grounds"]] == [
        "本人又は第三者の権利利益を害するおそれがある場合", "当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合"]
    # 「…場合を除き」 about something else leads nothing
    data = saved(tmp_path / "2", "開示請求書をご郵送ください。\n法令に基づく場合を除き、第三者に提供いたしません。\n"
                                 "(1) 本人の同意がある場合\n")
    assert not data.get("refusal_grounds")
