"""A policy that names no documents and takes the request only by e-mail, a web form or the
telephone: the checklist sends no ID copy unasked (a clerk's cold read: a licence's copy to an
address the page never gives), and only at the counter: the originals are shown there. Both are
general practice, labelled so; a request by post still encloses the usual copies."""
from __future__ import annotations

from tests.test_import_sentences import checklist, saved

NOT_SENT = "本人確認書類の写しは最初から送らない"
SHOWN = "本人確認書類は原本を持参して窓口で提示する"
COPY = "本人確認書類の写し（顔写真付きのもの1点、又は顔写真のないもの2点）"


def _flat(text: str) -> str:
    return "".join(text.split())


def test_a_request_by_e_mail_sends_no_copy_unasked(tmp_path):
    saved(tmp_path, "開示等のご請求は、下記のメールアドレス宛に電子メールでお送りください。\nメール：privacy@example.co.jp\n")
    text = _flat(checklist(tmp_path))
    # the record's own way, not every electronic one (e-mail only: no 「電話」 the page never offered)
    assert "一般的な慣行：請求はメールで行うため、" + NOT_SENT in text
    assert COPY not in text
    assert "The request is made only this way (E-mail): send no copy of an ID document" in \
        " ".join(checklist(tmp_path, language="en").split())


def test_a_request_at_the_counter_shows_the_originals(tmp_path):
    saved(tmp_path, "開示等のご請求は、当社窓口にご来社のうえお申し出ください。\n")
    text = _flat(checklist(tmp_path))
    assert "一般的な慣行：請求は窓口で行うため、" + SHOWN in text and COPY not in text


def test_a_request_by_post_encloses_the_usual_copies(tmp_path):
    saved(tmp_path, "開示等のご請求は、郵送でお願いします。\n")
    text = _flat(checklist(tmp_path))
    assert COPY in text and NOT_SENT not in text and SHOWN not in text
