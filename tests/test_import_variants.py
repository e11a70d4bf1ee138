"""Variants, in our own words, of how Japanese procedure pages state what the twelfth round found
read poorly (issue 21): a representative's own identity documents named plainly, address blocks,
envelope markings, fees, refusal grounds. Each is built from phrasings the real corpus uses
(tests/fixtures/real*/), recombined; the structure decides, not one page's words. Precision
first: a guard beside each (no refused way accepted, no fee invented)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_round6_structures import _facts
from tests.test_import_sentences import saved

PERSON = "本人確認書類として、運転免許証又はパスポートの写しを同封してください。\n"


# --- 1. 「代理人の本人確認書類」: the representative's own IDs, the person's kinds (README) -----------

def test_a_plain_representatives_id_is_of_the_persons_kinds():
    # procedures/fax_refused, real2_unseen/tanyo_shinkin: 「…及び代理人の本人確認書類」
    facts = _facts(PERSON + "任意代理人の場合は、委任状、ご本人の印鑑登録証明書及び代理人の本人確認書類を"
                            "お送りください。\n")
    assert facts["documents.agent"] >= {"drivers-licence", "passport", "power-of-attorney"}
    assert "documents.legal-representative" not in facts
    # 「法定代理人の本人確認のための書類」: the legal representative's alone
    facts = _facts(PERSON + "法定代理人の場合は、戸籍謄本及び法定代理人の本人確認のための書類をお送りください。\n")
    assert facts["documents.legal-representative"] >= {"drivers-licence", "passport", "family-register"}
    assert "documents.agent" not in facts
    # a plain 代理人 where the page provides for a legal representative: both
    facts = _facts("請求できる方:ご本人、親権者、委任を受けた代理人\n" + PERSON +
                   "代理人の本人確認書類(代理人からのご請求の場合)\n")
    assert facts["documents.agent"] == facts["documents.legal-representative"] == {"drivers-licence", "passport"}


def test_a_plain_representatives_id_keeps_its_own_list_and_none_needed():
    # their own kinds named after it: those, not the person's
    facts = _facts(PERSON + "代理人の場合は、委任状及び代理人の本人確認書類(健康保険証)をお送りください。\n")
    assert "drivers-licence" not in facts.get("documents.agent", set())
    # a heading over their own list
    facts = _facts(PERSON + "代理人の本人確認書類\n在留カード\n")
    assert "passport" not in facts.get("documents.agent", set())
    # 「…は不要です」: none
    facts = _facts(PERSON + "代理人の本人確認書類は不要です。委任状をお送りください。\n")
    assert facts["documents.agent"] == {"power-of-attorney"}


def test_a_plain_representatives_id_without_kinds_is_a_line_to_ask(tmp_path: Path):
    # real2_unseen/kyotobank, real_unseen/aos: no kinds named for anyone (the list cut off)
    data = saved(tmp_path, "ご提出いただくもの\n開示依頼書\n代理人の本人確認書類(代理人からのご請求の場合)\n"
                           "委任状(代理人からのご請求の場合)\n")
    groups = data["documents"]["agent"]
    own = [g for g in groups if g["one_of"][0]["kind"] == "other"]
    assert len(own) == 1 and "names no kinds" in own[0]["one_of"][0]["note"]
    assert own[0]["quote"] == ["代理人の本人確認書類(代理人からのご請求の場合)"]
    assert own[0]["label"] == "the representative's identity, kinds not stated"
    # the Japanese checklist for an agent lists it, and says to ask
    from assistant.checklist.text import checklist_text
    from assistant.facade import Assistant
    from assistant.records.directory import load_directory

    assistant = Assistant(load_directory([tmp_path], use_cache=False))
    case = assistant.checklist(assistant.directory.get("minato"), "disclosure", requester="agent")
    assert "本人確認書類（種類の記載なし。どれを受け付けるか送る前に会社に確認する）" in \
        checklist_text(case, languages=("ja",)).replace("\n", "").replace(" ", "")
    assert any(g["one_of"][0]["kind"] == "power-of-attorney" for g in groups)
    # the person's kinds given: those, no line of `other`
    data = saved(tmp_path / "b", PERSON + "代理人の場合は、委任状及び代理人の本人確認書類をお送りください。\n")
    kinds = {d["kind"] for g in data["documents"]["agent"] for d in g["one_of"]}
    assert kinds == {"drivers-licence", "passport", "power-of-attorney"}


# --- 2. The corpus's one-off misses, as structures ----------------------------------------------

def test_a_list_cut_off_inside_the_my_number_cards_name():
    # real10_unseen/sevencs_card 「④個人番号カ」 and real/ashiya_city 「…、個人番号カ」 at the page's end
    facts = _facts("本人確認書類として次のいずれかをお送りください。\n運転免許証\nパスポート\n個人番号カ")
    assert facts["documents.self"] == {"drivers-licence", "passport", "my-number-card"}
    # 「個人番号」 alone is no card (a notice of the number)
    facts = _facts("本人確認書類として次のいずれかをお送りください。\n運転免許証\n個人番号")
    assert facts["documents.self"] == {"drivers-licence"}


def test_the_kind_of_a_fee_without_an_amount_from_how_it_is_paid():
    # real10_unseen/sevencs_card: 「開示費用としての切手または定額小為替」 in a table of what to send
    facts = _facts("必要書類\n開示請求書\n本人確認書類\n開示費用としての切手または定額小為替\n")
    assert facts["fees.kinds"] == {("disclosure",)}
    assert "fees.amount_yen" not in facts  # never an amount the page does not give
    # a postage that pays no fee names no kind
    facts = _facts("必要書類\n開示請求書\n返信用の切手\n")
    assert "fees.kinds" not in facts
    # real12/ntv: 「開示方法は、…手数料分の郵便切手を郵送していただき」: the procedure's word, no kind of the fee
    facts = _facts("開示方法は、郵送でのみ行い、開示請求書、本人確認書類、手数料分の郵便切手を郵送していただきます。\n")
    assert "fees.kinds" not in facts


def test_documents_named_again_in_a_legal_representatives_case():
    # real5_unseen/o_hara: 「…代理を示す旨の委任状…(法定代理人の場合も同様、戸籍謄本…を併せ、代理を示す
    # 旨の委任状および委任状に押印された印鑑の印鑑登録証明書)」
    facts = _facts("代理人の場合は、本人確認書類のほか委任状が必要です(法定代理人の場合も同様、戸籍謄本を併せ、"
                   "委任状および印鑑登録証明書をお送りください)。\n")
    assert facts["documents.legal-representative"] >= {"family-register", "power-of-attorney",
                                                       "seal-registration-certificate"}
    # a case that refuses it: not theirs
    facts = _facts("任意代理人の場合は委任状をお送りください。法定代理人の場合は委任状は不要です。\n")
    assert "power-of-attorney" not in facts.get("documents.legal-representative", set())


def test_a_plain_representatives_case_that_speaks_of_a_legal_representative_is_both():
    # real5/mymc: 「イ 代理人の場合 ①本人及び代理人の運転免許証等の公的証明書、②戸籍謄本等の法定代理人
    # の資格を証明する公的書類又は委任状」
    facts = _facts("ア ご本人の場合 運転免許証\nイ 代理人の場合 ①本人及び代理人のパスポート等の公的証明書、"
                   "②戸籍謄本等の法定代理人の資格を証明する書類又は委任状\n")
    assert "passport" in facts["documents.legal-representative"] and "passport" in facts["documents.agent"]
    assert "power-of-attorney" not in facts["documents.legal-representative"]  # the agent's, as before


def test_ask_first_then_the_companys_own_form(tmp_path: Path):
    # real5/mymc: 「診療記録の開示をご希望される場合、事務局までお問い合わせください。当クリニック所定の
    # 診療記録開示請求書によって、開示請求の手続きができます。」
    data = saved(tmp_path, "開示をご希望される場合、総務課までお問い合わせください。当社所定の個人情報開示請求書"
                           "により、開示請求の手続きができます。\n")
    assert data["form"]["name"] == "個人情報開示請求書" and data["form"]["get_it"] == "inquiry"
    assert data["contact_first"]
    # a question to ask, or a page that says how to send, is no first step
    facts = _facts("ご不明な点は総務課までお問い合わせください。当社所定の個人情報開示請求書により手続きができます。\n")
    assert "form.get_it" not in facts
    facts = _facts("開示をご希望される場合、総務課までお問い合わせください。当社所定の開示請求書を郵送してください。\n")
    assert "inquiry" not in facts.get("form.get_it", set())


def test_a_mark_before_a_forms_name_is_no_part_of_it():
    # real5/mymc 「→診療記録開示請求書サンプルはこちら」
    facts = _facts("当社所定の請求書をお送りください。\n→個人情報開示請求書はこちら\n")
    assert facts["form.name"] == {"個人情報開示請求書"}


# --- 3. The weak fact types, in varied real-looking wordings ------------------------------------
# (recombined from the corpus: 「封筒に朱書きで「…在中」とお書き添えください」, 「…と朱書きしていただきます
# よう」; 〒 lines, 「送付先」, a desk on the line after the company, bullet lines; fees per request, by
# stamps or 定額小為替; 「次の場合は開示いたしません」 lists; 「郵送のみ…受け付けておりません」)

SEND = "開示等の請求は、所定の請求書に本人確認書類を添えて郵送してください。\n"


@pytest.mark.parametrize("body, marking", [
    ("封筒の表面に「個人情報開示請求書在中」と朱記してください。", "個人情報開示請求書在中"),
    ("封筒には赤字で「開示請求書在中」とご記入ください。", "開示請求書在中"),
    ("郵送の際は、封筒表面に「保有個人データ開示請求在中」と記載してください。", "保有個人データ開示請求在中"),
    ("請求書類は、封筒に「開示等請求書類在中」と朱書のうえ、下記宛先へご郵送ください。", "開示等請求書類在中"),
    ("「開示請求書在中」と封筒に朱書きしてご送付ください。", "開示請求書在中"),
    ("封筒に「個人情報請求関係」と朱書きしていただきますようお願いいたします。", "個人情報請求関係"),
    ("封筒表面に朱書きで『個人情報開示等請求書在中』と記載の上、ご郵送ください。", "個人情報開示等請求書在中"),
    ("封筒には“個人情報開示請求書在中”と朱書きしてください。", "個人情報開示請求書在中"),
])
def test_envelope_markings(body: str, marking: str):
    assert _facts(SEND + body + "\n")["envelope_marking"] == {marking}


def test_no_envelope_marking_from_the_companys_envelope_or_a_forms_title():
    assert "envelope_marking" not in _facts(SEND + "回答書は「親展」と記載した封筒でお送りします。\n")
    assert "envelope_marking" not in _facts("「個人情報開示請求書」に記入し、郵送してください。\n")


@pytest.mark.parametrize("block, code, desk", [
    ("〒100-0005\n東京都千代田区丸の内一丁目2番3号\n株式会社みなと商会 お客様相談室\n", "100-0005", "お客様相談室"),
    ("送付先:〒530-0001 大阪府大阪市北区梅田一丁目1番1号 株式会社みなと商会 個人情報保護担当\n", "530-0001",
     "個人情報保護担当"),
    ("宛先\n〒460-0008 愛知県名古屋市中区栄三丁目4番5号\n株式会社みなと商会\n総務部 個人情報窓口\n", "460-0008",
     "総務部 個人情報窓口"),
    ("・〒060-0001 北海道札幌市中央区北一条西二丁目3番 株式会社みなと商会 個人情報相談窓口 宛\n", "060-0001",
     "個人情報相談窓口"),
    ("■郵送先\n〒５５０－０００２ 大阪府大阪市西区江戸堀一丁目9番1号 株式会社みなと商会 総務部総務課 個人情報担当係\n",
     "550-0002", "総務部総務課 個人情報担当係"),
    # a label before the desk (「担当部署:」 is no 「担当部」)
    ("送付先住所:〒100-0005 東京都千代田区丸の内一丁目2番3号 丸の内ビル8F\n担当部署:お客様相談室\n", "100-0005",
     "お客様相談室"),
    # the address in brackets after the desk, or below it
    ("宛先:株式会社みなと商会 お客様相談室(〒100-0005 東京都千代田区丸の内1-2-3)\n", "100-0005", "お客様相談室"),
    ("株式会社みなと商会 個人情報保護管理者 宛\n(〒100-0005 東京都千代田区丸の内一丁目2番3号)\n", "100-0005",
     "個人情報保護管理者"),
    # a heading's brackets are no part of the desk
    ("下記の窓口までご郵送ください。\n【個人情報に関するお問合せ窓口】\n〒100-0005 東京都千代田区丸の内1-2-3\n"
     "株式会社みなと商会\n", "100-0005", "個人情報に関するお問合せ窓口"),
])
def test_address_blocks(tmp_path: Path, block: str, code: str, desk: str):
    send_to = saved(tmp_path, SEND + block)["send_to"]
    assert send_to["postal_code"] == code and send_to["department"] == desk
    assert all(")" not in line and "）" not in line for line in send_to["lines"])


@pytest.mark.parametrize("body, fee", [
    ("手数料:1回の請求につき1,000円(税込)\n手数料は定額小為替で請求書に同封してください。\n",
     {"amount_yen": 1000, "pay_when": "with-request", "payment": "fixed-amount postal money order (定額小為替)"}),
    ("開示請求1件につき、手数料として500円分の定額小為替を同封してください。\n", {"amount_yen": 500, "pay_when": "with-request"}),
    ("利用目的の通知及び開示の請求については、1件あたり880円(税込)の手数料をいただきます。\n",
     {"amount_yen": 880, "kinds": ["purpose", "disclosure"]}),
    ("手数料は、1件につき500円分の郵便切手を請求書に同封してください。\n",
     {"amount_yen": 500, "payment": "postage stamps (郵便切手)"}),
    ("・手数料:800円(1回の請求ごと)\n・お支払方法:郵便定額小為替(請求書に同封)\n", {"amount_yen": 800, "pay_when": "with-request"}),
    ("開示等の請求1回ごとに、手数料として1,000円分の郵便切手を同封してください。\n",
     {"amount_yen": 1000, "payment": "postage stamps (郵便切手)", "pay_when": "with-request"}),
    ("3.手数料\n利用目的の通知または開示を求める場合は、1件につき1,000円の手数料がかかります。\n",
     {"amount_yen": 1000, "kinds": ["purpose", "disclosure"]}),
    # real2_unseen/chuo_business 「手数料の支払証書(個人情報の訂正、追加、削除の場合は不要です)」: the
    # kinds a fee may be charged for, the others exempted
    ("※手数料として、1請求ごとに500円分の切手を同封してください(訂正・利用停止等の場合は不要です)。\n",
     {"amount_yen": 500, "kinds": ["purpose", "disclosure", "third-party-records"]}),
])
def test_fees(tmp_path: Path, body: str, fee: dict):
    got = saved(tmp_path, SEND + body)["fees"][0]
    assert {k: got.get(k) for k in fee} == fee
    assert "request" in str(got.get("per"))


@pytest.mark.parametrize("body", [
    "書面による開示 1,100円 / 電子メールによる開示 無料\n",  # by answer method: to check
    "手数料は、利用目的の通知が500円、開示が1,000円です。\n",  # by kind: to check
    "返信用として84円切手を貼った封筒を同封してください。\n",  # postage, no fee
])
def test_no_fee_settled_where_the_page_does_not_settle_one(tmp_path: Path, body: str):
    fees = saved(tmp_path, SEND + body)["fees"]
    assert not isinstance(fees, list) or all(f["amount_yen"] == "unknown" for f in fees)


GROUNDS = ("本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合",
           "当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合", "他の法令に違反することとなる場合")


@pytest.mark.parametrize("lead, item", [
    ("次の場合は開示いたしません。", "({n}){g}"),
    ("以下のいずれかに該当する場合は、開示できないことがあります。", "・{g}"),
    ("但し、次の各号のいずれかに該当する場合は、その全部又は一部を開示しないことがあります。", "{n}. {g}"),
    ("なお、以下の場合には開示のご請求にお応えできませんのでご了承ください。", "- {g}"),
    ("以下に該当する場合は、非開示とさせていただきます。", "{n}.{g}"),
    ("【不開示事由】", "({n}) {g}"),  # a heading that names the grounds
    # items marked ア) イ), (ア), [1] (real/…: 「ア) 開示等の請求者…」, 「[1]ご本人が請求される場合」)
    ("次に定める事由に該当する場合は不開示とさせていただきます。", "{k}) {g}"),
    ("以下の事由に該当する場合、全部、または一部の開示に応じられないことがあります。", "({k}){g}"),
    ("ただし、次の各号に該当する場合には、開示を控えることといたします。", "[{n}] {g}"),
    ("原則として、全ての個人情報を開示いたしますが、次のいずれかに該当する場合は開示しないことがあります。", "{k} {g}"),
])
def test_refusal_grounds_listed_after_a_lead(lead: str, item: str):
    lines = "\n".join(item.format(n=n, k="アイウ"[n - 1], g=g) for n, g in enumerate(GROUNDS, 1))
    assert _facts(SEND + lead + "\n" + lines + "\n")["refusal_grounds"] == set(GROUNDS)
    # 「不開示事由はお答えいたしかねます」 leads nothing; nor does a list of cases to tell the company
    assert "refusal_grounds" not in _facts(SEND + "尚、不開示事由はお答えいたしかねます。\n・住所が変わった場合\n")


@pytest.mark.parametrize("body, accepted, refused", [
    ("郵送(簡易書留)にてお送りください。窓口での受付は行っておりません。", {"simple-registered-mail"}, {"in-person"}),
    ("請求は郵送に限ります。FAX・電子メールでのご請求はお受けできません。", {"post"}, {"fax", "email"}),
    ("お電話・メールでの開示請求は受け付けておりません。郵送のみ受け付けます。", {"post"}, {"telephone", "email"}),
    ("郵便(書留)によりお送りください。持参、FAX、電子メールによる請求は受け付けません。", {"registered-mail"},
     {"in-person", "fax", "email"}),
    ("請求方法:郵送のみ(電話、FAX、メールでの受付不可)", {"post"}, {"telephone", "fax", "email"}),
    # 「窓口までお越しください」 beside the post is a visit, not the desk the post goes to
    ("下記窓口まで書留郵便でご郵送いただくか、窓口までお越しください。", {"registered-mail", "in-person"}, set()),
    ("窓口では受け付けておりませんので、郵送にてお送りください。", {"post"}, {"in-person"}),
    ("窓口持参又は郵送にてご提出ください。", {"in-person", "post"}, set()),
    # no way to send from the answer, the company's mailing of its form, or a question's channels
    ("回答は書面にて郵送いたします。請求書は当社窓口にご提出ください。", {"in-person"}, set()),
    ("お電話でお問い合わせいただければ、請求書を郵送いたします。記入後、郵送でご返送ください。", {"post"}, set()),
    ("ご不明な点は、お電話またはメールでお問い合わせください。請求書は郵送でお送りください。", {"post"}, set()),
])
def test_ways_to_send_and_refused(body: str, accepted: set, refused: set):
    facts = _facts("所定の請求書に本人確認書類を添えてください。\n" + body + "\n")
    assert facts.get("channels.accepted", set()) == accepted
    assert facts.get("channels.refused", set()) == refused


def test_a_familys_case_is_no_agents():
    # real5/mymc: 「…イ 代理人の場合 …委任状ウ ご家族の場合 ①本人及びご家族の運転免許証等 ②戸籍謄本等の
    # 配偶者、子、父母…を証明する公的書類」: the family's relation proof is no agent's
    facts = _facts("ア ご本人の場合 運転免許証\nイ 代理人の場合 委任状\nウ ご家族の場合 戸籍謄本等の続柄を証明する書類\n")
    assert facts["documents.agent"] == {"power-of-attorney"}
