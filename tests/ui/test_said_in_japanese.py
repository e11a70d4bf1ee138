"""The wizard says a tracker's refusal in Japanese whole: the steps and the date in it as well as
the sentence around them (law/message_words.py, shared with the command line)."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.case.timeline import TimelineError
from assistant.cli import language as cli_language
from assistant.ui.plain import said
from assistant.ui.translations import use_language
from tests.tracking import case_for, tracker_for

D = lambda day: date(2026, 12, day)  # noqa: E731


def refusal(tmp_path, record) -> str:
    tracker = tracker_for(tmp_path)
    case_id = tracker.add(case_for("leverages", "disclosure"), D(1))
    with pytest.raises(TimelineError) as caught:
        record(tracker, case_id)
    return str(caught.value)


@pytest.mark.parametrize("record, words", [
    (lambda tracker, case_id: tracker.delivered(case_id, D(3), today=D(3)),
     ["「配達済み」", "「投函済み」"]),  # delivered before it was posted
    (lambda tracker, case_id: (tracker.posted(case_id, D(2), today=D(2)),
                               tracker.posted(case_id, D(3), today=D(3))),
     ["「投函済み」", "2026年12月2日"]),  # posted twice
])
def test_a_refusal_names_its_steps_and_its_date_in_japanese(qtbot, tmp_path, record, words):
    message = refusal(tmp_path, record)
    use_language("ja")
    shown = said(message)
    assert all(word in shown for word in words), shown
    assert not any(english in shown for english in ("posted", "delivered", "2026-12")), shown
    cli_language.use("ja")
    try:  # the command line says it in the same words
        assert cli_language.said(message) == shown
    finally:
        cli_language.use("en")
    use_language("en")
    assert said(message) == message  # English: the code's own words
