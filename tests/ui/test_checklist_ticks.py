"""Issue 12 item 3: the checklist page is a checklist to tick off, kept in the case and in drafts,
with each line's source beside it and in the details pane."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QPlainTextEdit

from assistant.case.drafts import load_draft
from assistant.checklist import Checklist, DocumentGroup, Step
from tests.ui.conftest import click_next, type_into
from tests.ui.test_wizard import fill_person, go_to_details

ID_ROLE, NODE_ROLE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


def _checklist_page(qtbot, wizard, company="leverages", kind_rows=(1,)):
    go_to_details(qtbot, wizard, company, kind_rows=kind_rows)
    fill_person(qtbot, wizard)
    if 3 in kind_rows:  # a correction says what is wrong and what is right
        type_into(qtbot, wizard.findChild(QPlainTextEdit, "correctionCurrent"), "old address")
        type_into(qtbot, wizard.findChild(QPlainTextEdit, "correctionCorrect"), "new address")
    click_next(qtbot, wizard)
    assert wizard.currentId() == 4
    return wizard.checklist_page


def _progress(wizard) -> str:
    return wizard.findChild(QLabel, "checklistProgress").text()


def _things_to_do(page) -> set[str]:
    return {r.data(0, ID_ROLE) for r in page.view.tick_rows()}


def _row(page, predicate):
    return next(r for r in page.view.rows() if predicate(r.data(0, NODE_ROLE)))


def test_ticking_a_step_updates_the_progress(qtbot, wizard):
    page = _checklist_page(qtbot, wizard)
    total = len(_things_to_do(page))
    assert total >= 5 and _progress(wizard) == f"0 of {total} done"
    rows = page.view.tick_rows()
    rows[0].setCheckState(0, Qt.CheckState.Checked)
    assert _progress(wizard) == f"1 of {total} done"
    rows[1].setCheckState(0, Qt.CheckState.Checked)
    assert _progress(wizard) == f"2 of {total} done"
    rows[0].setCheckState(0, Qt.CheckState.Unchecked)
    assert _progress(wizard) == f"1 of {total} done"
    assert wizard.case(check=False).ticks == {rows[1].data(0, ID_ROLE)}


def test_steps_and_document_groups_get_a_box_notes_and_documents_do_not(qtbot, wizard):
    page = _checklist_page(qtbot, wizard)
    boxed = {type(r.data(0, NODE_ROLE)) for r in page.view.tick_rows()}
    assert Step in boxed and DocumentGroup in boxed
    unboxed = [r for r in page.view.rows()
               if r.data(0, NODE_ROLE) is not None and r.parent() is not None and not r.data(0, ID_ROLE)]
    assert {r.data(0, NODE_ROLE).type for r in unboxed} >= {"note", "document", "instruction"}
    assert all(not (r.flags() & Qt.ItemFlag.ItemIsUserCheckable) for r in unboxed)


def test_space_ticks_the_highlighted_line(qtbot, wizard):
    page = _checklist_page(qtbot, wizard)
    view = page.view
    page.sent_on.setFocus()
    qtbot.keyClick(page.sent_on, Qt.Key.Key_Tab)  # Tab reaches it from the field above
    assert view.hasFocus()
    view.setCurrentItem(view.topLevelItem(0))
    while not view.currentItem().data(0, ID_ROLE):  # arrows down to the first thing to do
        qtbot.keyClick(view, Qt.Key.Key_Down)
    first = view.currentItem()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert first.checkState(0) == Qt.CheckState.Checked
    assert _progress(wizard).startswith("1 of ")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert first.checkState(0) == Qt.CheckState.Unchecked and _progress(wizard).startswith("0 of ")


def test_ticks_survive_a_draft_and_start_over(qtbot, wizard, monkeypatch, tmp_path, yes_to_questions):
    page = _checklist_page(qtbot, wizard)
    total = len(_things_to_do(page))
    ticked = page.view.tick_rows()[2]
    item_id = ticked.data(0, ID_ROLE)
    ticked.setCheckState(0, Qt.CheckState.Checked)
    target = tmp_path / "ticks.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveDraftButton"), Qt.MouseButton.LeftButton)
    assert load_draft(target).ticks == {item_id}
    wizard.start_over()
    assert wizard.case(check=False).ticks == frozenset() and _progress(wizard).startswith("0 of ")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "openDraftButton"), Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    assert wizard.currentId() == 4
    checked = [r.data(0, ID_ROLE) for r in page.view.tick_rows() if r.checkState(0) == Qt.CheckState.Checked]
    assert checked == [item_id]
    assert _progress(wizard) == f"1 of {total} done"


def test_ticks_of_items_no_longer_there_are_not_counted(qtbot, wizard):
    page = _checklist_page(qtbot, wizard)
    real = sorted(_things_to_do(page))[0]
    page.apply(wizard.case(check=False).model_copy(update={"ticks": frozenset({real, "gone/step"})}))
    page.refresh()
    assert _progress(wizard) == f"1 of {len(_things_to_do(page))} done"


def test_the_same_step_in_two_kinds_ticks_once(qtbot, wizard):
    page = _checklist_page(qtbot, wizard, kind_rows=(1, 3))  # disclosure and correction
    assert page.view.topLevelItemCount() == 2
    shared = _things_to_do(page)
    row = next(r for r in page.view.tick_rows() if r.data(0, ID_ROLE) == "documents/proof-of-identity")
    row.setCheckState(0, Qt.CheckState.Checked)
    both = [r for r in page.view.tick_rows() if r.data(0, ID_ROLE) == "documents/proof-of-identity"]
    assert len(both) == 2 and all(r.checkState(0) == Qt.CheckState.Checked for r in both)
    assert _progress(wizard) == f"1 of {len(shared)} done"


def test_each_line_says_where_it_comes_from(qtbot, wizard):
    page = _checklist_page(qtbot, wizard)
    policy = _row(page, lambda n: getattr(n, "source", None) == "policy" and n.quotes)
    assert policy.text(1) == "Policy"
    assert policy.data(0, NODE_ROLE).quotes[0] in policy.toolTip(1)
    page.view.setCurrentItem(policy)
    details = page.details.toPlainText()
    assert "From the company's policy" in details and policy.data(0, NODE_ROLE).quotes[0] in details
    law = _row(page, lambda n: getattr(n, "article", None) == "Art. 39")
    assert law.text(1) == "APPI Art. 39" and "APPI Art. 39" in law.toolTip(0)
    page.view.setCurrentItem(law)
    assert "From the law: APPI Art. 39" in page.details.toPlainText()
    general = _row(page, lambda n: getattr(n, "source", None) == "general-practice" and not n.assumption)
    assert general.text(1) == "General practice"
    page.view.setCurrentItem(general)
    assert "General practice, not the company's own rule" in page.details.toPlainText()
    page.view.setCurrentItem(page.view.topLevelItem(0))
    assert isinstance(page.view.topLevelItem(0).data(0, NODE_ROLE), Checklist)
    assert "Leverages" in page.details.toPlainText()


def test_quotes_toggle_shows_the_policy_words_under_the_lines(qtbot, wizard):
    page = _checklist_page(qtbot, wizard)
    quote = _row(page, lambda n: getattr(n, "source", None) == "policy" and n.quotes).data(0, NODE_ROLE).quotes[0]
    assert f"“{quote}”" not in page.view.texts()
    page.quotes.setChecked(True)
    assert f"“{quote}”" in page.view.texts()


def test_unknowns_say_how_to_ask_and_warnings_stand_out(qtbot, wizard):
    # correction: the form's web address and the answer are not stated (no fee to ask about: Art. 38)
    page = _checklist_page(qtbot, wizard, company="persol-career", kind_rows=(3,))
    unknown = _row(page, lambda n: getattr(n, "type", None) == "unknown")
    assert unknown.text(0).startswith("Ask the company: ")
    assert any(a.text("en") in unknown.child(0).text(0) for a in unknown.data(0, NODE_ROLE).ask)
    warning = _row(page, lambda n: getattr(n, "warning", False))
    assert warning.background(0).color().name() != page.view.topLevelItem(0).background(0).color().name()
    assert not warning.icon(0).isNull()


def test_a_language_change_rebuilds_the_rows_in_that_language(qtbot, wizard):
    page = _checklist_page(qtbot, wizard)
    wizard.ui_language = "ja"
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.view.topLevelItem(0).text(0) == "保有個人データの開示（第33条第1項）"
    assert "運転免許証" in page.view.texts()
    law = _row(page, lambda n: getattr(n, "article", None) == "Art. 39")
    assert law.text(1).endswith("第39条")


def test_articles_are_cited_as_a_japanese_text_cites_them():
    from assistant.checklist.speech import Speech
    from assistant.law.reference import load_checklist_words

    # The source column cites as the checklist does (one citer), lists of articles with 「・」.
    ja, en = (Speech(load_checklist_words(), language) for language in ("ja", "en"))
    assert ja.act("Art. 33(1)", tag=True) == "個人情報保護法第33条第1項"
    assert ja.act("Art. 132(ii), Art. 169", tag=True) == "個人情報保護法第132条第2号・第169条"
    assert ja.act("Art. 35(3), (5)", tag=True) == "個人情報保護法第35条第3項・第5項"
    assert ja.act("My Number Act Arts. 15 and 20", tag=True) == "マイナンバー法第15条・第20条"
    assert ja.act("My Number Act Arts. 15 and 20") == "マイナンバー法第15条及び第20条"  # in a sentence
    assert ja.act("Health Insurance Act Art. 194-2", tag=True) == "健康保険法第194条の2"
    assert ja.act("Art. 39", tag=True) == "個人情報保護法第39条"
    assert en.act("Art. 39", tag=True) == "APPI Art. 39"
