"""Structures of real32_blind's pages (ja_inashiki: a co-operative's rules in articles), in our own
words, each failing on the rules before: a request by phone met by asking for a visit, the post or
a fax (「電話等による開示等の求めがあった場合には、来店又は郵送…による請求等を求める」) is no phone
accepted (refused, to check); the IDs under 「(本人の確認)」 are the person's, after an article on
agents (「代理人による請求については、…代理人資格の確認を求める。」); the desk on the line below
「…を受付ける窓口は、下記のとおりとする。」."""
from __future__ import annotations

from tests.test_import_sentences import saved

RULES = ("第2条 保有個人データの開示等を受付ける窓口は、下記のとおりとする。\n\n本社 管理部 総務課\n\n"
         "第3条 開示の請求は、受付窓口において受付けることを原則とし、やむを得ない事情がある場合には、書面により郵送で受付けることができる。\n"
         "代理人による請求については、第5条の規定に基づき代理人資格の確認を求める。\n"
         "    (本人の確認)\n"
         "第4条 次により請求者の本人確認を行う。なお、電話等による開示等の求めがあった場合には、来店又は郵送による請求を求める。\n"
         "来店による請求の場合\n 窓口において本人であることを証明できる運転免許証、旅券又は個人番号カードの提示を求める。\n")


def test_a_phone_request_met_by_asking_for_another_way(tmp_path):
    data = saved(tmp_path, RULES)
    channels = data["channels"]
    assert "telephone" not in channels["accepted"]
    assert set(channels["accepted"]) == {"in-person", "post"}


def test_ids_under_the_persons_check_after_an_article_on_agents(tmp_path):
    data = saved(tmp_path, RULES)
    (own,) = data["documents"]["self"]
    assert {d["kind"] for d in own["one_of"]} == {"drivers-licence", "passport", "my-number-card"}


def test_the_desk_on_the_line_below(tmp_path):
    assert saved(tmp_path, RULES)["send_to"]["department"] == "本社 管理部 総務課"
