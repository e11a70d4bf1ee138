"""When the company says it answers, in words and no days (「遅滞なく回答いたします」, "we will respond
promptly"): a clerk's cold read found the checklist saying only that the policy names no time limit
beside such a sentence. The record keeps the words with their quote; the checklist says them as the
company's, still counts no due date from them, and keeps the law's 遅滞なく beside them. Sentences
on other things done without delay (a refusal's notice, an erasure, a complaint) are not the answer's."""
from __future__ import annotations

import pytest

from assistant.importer.extract import propose
from tests.test_import_sentences import checklist, saved

POSTED = "開示等のご請求は、所定の請求書に本人確認書類を添えて、下記窓口までご郵送ください。\n"


def _pace(sentence: str) -> list[str]:
    facts = propose("開示等の請求について\n" + POSTED + sentence + "\n").facts
    return [f.value for f in facts if f.field == "response.pace"]


@pytest.mark.parametrize("sentence, words", [
    ("ご請求内容を確認のうえ、遅滞なく書面にて回答いたします。", "遅滞なく"),
    ("下記(1)~(6)の手続きに従って、可能な限り速やかに対応いたします。", "可能な限り速やかに"),
    ("ご請求がお客様ご本人によるものであることが確認できた場合に限り、合理的な期間及び範囲で対応いたします。", "合理的な期間"),
    ("3. Upon receiving a request, the Company will respond within a reasonable period after verifying "
     "the User's identity.", "within a reasonable period"),
    ("We will respond promptly.", "promptly"),
])
def test_the_companys_words_on_when_it_answers_are_read(sentence, words):
    assert _pace(sentence) == [words]


@pytest.mark.parametrize("sentence", [
    "開示しない決定をした場合には、その旨を遅滞なく通知します。",  # a refusal's notice
    "その場合は、遅滞なくその旨をご連絡いたします。",
    "ご本人から削除のご請求があった場合は、対応完了後速やかに削除します。",  # the erasure done
    "お客様からのご意見やご要望を真摯に受け止め、速やかに対応することをお約束します。",  # opinions
    "提出いただいた書類は、回答終了後速やかに、当社が定める手続により廃棄します。",
    "・インシデントへの対応を速やかにできるよう体制を整備しています。",
    "代表者の氏名については、利用者の求めに応じて遅滞なく回答します。",  # Art. 32's matters
    "本人確認書類は速やかにお送りください。",  # the person's pace, no answer
])
def test_other_things_done_without_delay_are_not_the_answers(sentence):
    assert _pace(sentence) == []


def test_the_checklist_says_the_words_as_the_companys_without_a_due_date(tmp_path):
    data = saved(tmp_path, POSTED + "ご請求内容を確認のうえ、遅滞なく書面にて回答いたします。\n")
    assert data["response"]["pace"]["words"] == "遅滞なく" and "kinds" not in data["response"]["pace"]
    assert data["response"]["time_limit"] == "unknown"
    text = "".join(checklist(tmp_path).split())
    said = "この会社は回答の時期を日数ではなく「遅滞なく」と示しているため、期限の日付は決まらない。"
    # (the quote stands once, under the method its sentence also states)
    assert "「ご請求内容を確認のうえ、遅滞なく書面にて回答いたします。」[]" + said in text
    assert "プライバシーポリシーに回答期限の記載はない。法律上、会社は遅滞なく回答しなければならない" in text
    english = " ".join(checklist(tmp_path, language="en").split())
    assert 'not in days but as "without delay (遅滞なく)", so no due date follows from it.' in english


def test_an_english_pages_words_are_said_in_japanese(tmp_path):
    saved(tmp_path, POSTED + "We will respond promptly.\n")
    text = "".join(checklist(tmp_path).split())
    assert "日数で示さず、速やかに回答するとしている（英語の原文の訳）。" in text and "「速やかに」" not in text


def test_words_for_one_kind_are_not_said_for_another(tmp_path):
    data = saved(tmp_path, POSTED + "(1) 利用目的の通知を求められた場合には遅滞なく応じます。\n")
    assert data["response"]["pace"]["kinds"] == ["purpose"]
    assert "日数ではなく" in "".join(checklist(tmp_path, kind="purpose").split())
    assert "日数ではなく" not in "".join(checklist(tmp_path, kind="correction").split())


def test_a_limit_in_days_is_said_instead(tmp_path):
    saved(tmp_path, POSTED + "ご請求を受け付けた後、遅滞なく、原則として14日以内に書面により回答いたします。\n")
    text = "".join(checklist(tmp_path).split())
    assert "日数ではなく" not in text and "14日" in text
