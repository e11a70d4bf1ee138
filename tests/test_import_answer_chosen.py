"""The person chooses how the company answers: 「…下記の方法のうち、開示申請者の指定するいずれかの方法
により回答いたします。」 over its list. The record says so and the checklist says the person chooses
(a clerk's cold read found 「会社は書面・メール…で回答する」: a choice the requester makes turned into
the company's decision)."""
from __future__ import annotations

import pytest

from assistant.importer.extract import propose
from tests.test_import_sentences import checklist, saved

CHOSEN = ("開示のお申し出があった場合については、下記の方法のうち、開示申請者の指定するいずれかの方法により"
          "回答いたします。\n1. 書面の交付による方法\n2. PDFファイル等をメールにて送付する方法\n")


def _chooses(text: str) -> bool:
    return any(f.field == "response.requester_chooses" for f in propose(text).facts)


def test_the_requesters_choice_is_read_over_its_list():
    assert _chooses("開示等の請求について\n開示等の請求は郵送でお受けします。\n" + CHOSEN)


@pytest.mark.parametrize("sentence", [
    "開示は、当社の指定する方法により回答いたします。",
    "開示方法につきましては、お客様の指定がない限り、当社による適宜の方法で開示いたします。",
    "書面での回答をご希望の場合は、その旨をご記入ください。",
])
def test_the_companys_own_way_is_no_choice(sentence):
    assert not _chooses("開示等の請求について\n開示等の請求は郵送でお受けします。\n" + sentence + "\n")


def test_the_checklist_says_the_person_chooses(tmp_path):
    data = saved(tmp_path, "開示等の請求は郵送でお受けします。\n" + CHOSEN)
    methods = data["response"]["methods"][0]
    assert methods["requester_chooses"] is True and "開示申請者の指定する" in methods["quote"][0]
    text = "".join(checklist(tmp_path).split())
    assert "回答方法は書面・メール・電磁的記録から請求者が選べる。" in text
    assert "会社は書面" not in text


def test_the_companys_paper_instead_is_said_with_the_choice(tmp_path):
    # 「ただし、…多額の費用を要する場合…は、書面の交付による回答とさせていただきます。」 after the lead: the
    # choice is not the last word (a cold read: the proviso was dropped)
    lead = CHOSEN.replace("回答いたします。\n", "回答いたします。ただし、当該方法による開示に多額の費用を要する場合又は当該方法による"
                                          "開示が困難である場合は、書面の交付による回答とさせていただきます。\n", 1)
    data = saved(tmp_path, "開示等の請求は郵送でお受けします。\n" + lead)
    methods = data["response"]["methods"][0]
    assert methods["note"].startswith("on paper instead") and any(q.startswith("ただし、") for q in methods["quote"])
    text = "".join(checklist(tmp_path).split())
    assert "から請求者が選べる。（選んだ方法に多額の費用を要する場合や困難な場合は、書面で回答される）" in text
