"""The import dialog's words for each proposed fact: its name and its value in the interface's
language. Names are Qt translations (resources/translations/assistant_ja.ts, context ImportDialog);
values of the record's vocabularies (ways to send, documents, answer methods, request kinds) come
from forms/labels.yaml, as everywhere else in the wizard."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("context", "text") calls
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMessageBox, QTextEdit

if TYPE_CHECKING:
    from assistant.importer.facts import Found


def _names() -> dict[str, str]:
    return {
        "name": translate("ImportDialog", "Company name"),
        "policy.revised": translate("ImportDialog", "Policy revised on"),
        "send_to.postal_code": translate("ImportDialog", "Postal code (where to send)"),
        "send_to.lines": translate("ImportDialog", "Address (where to send)"),
        "send_to.department": translate("ImportDialog", "Department (where to send)"),
        "inquiries.phone": translate("ImportDialog", "Phone for questions"),
        "inquiries.email": translate("ImportDialog", "E-mail for questions"),
        "inquiries.web_form": translate("ImportDialog", "Web form"),
        "channels.accepted": translate("ImportDialog", "Way to send: accepted"),
        "channels.refused": translate("ImportDialog", "Way to send: refused"),
        "envelope_marking": translate("ImportDialog", "What to write on the envelope"),
        "form.name": translate("ImportDialog", "The company's form"),
        "form.required": translate("ImportDialog", "The company has its own form"),
        "form.get_it": translate("ImportDialog", "How to get the form"),
        "documents.self": translate("ImportDialog", "Document: the person's identity"),
        "documents.self_count": translate("ImportDialog", "How many identity documents"),
        "documents.legal-representative": translate("ImportDialog", "Document: legal representative"),
        "documents.agent": translate("ImportDialog", "Document: appointed agent"),
        "documents.conditions": translate("ImportDialog", "Condition on documents"),
        "fees.amount_yen": translate("ImportDialog", "Fee (yen)"),
        "fees.kinds": translate("ImportDialog", "Fee charged for"),
        "fees.per": translate("ImportDialog", "Fee counted per"),
        "fees.payment": translate("ImportDialog", "How to pay the fee"),
        "fees.pay_when": translate("ImportDialog", "When to pay the fee"),
        "fees.charged": translate("ImportDialog", "A fee is charged (amount not given)"),
        "response.methods": translate("ImportDialog", "How the company answers"),
        "response.business_days": translate("ImportDialog", "Answer within (business days)"),
        "response.calendar_days": translate("ImportDialog", "Answer within (days)"),
        "refusal_grounds": translate("ImportDialog", "Ground for refusing"),
        "request_kinds": translate("ImportDialog", "Kind of request offered"),
        "enclosures.return_envelope": translate("ImportDialog", "Return envelope to enclose"),
        "channels.postage": translate("ImportDialog", "Postage for sending the request"),
        "inquiries.hours": translate("ImportDialog", "Hours of the inquiry phone"),
        "response.requester_chooses": translate("ImportDialog", "The person chooses how to be answered"),
        "documents.listed_on_form": translate("ImportDialog", "Documents listed on the company's form"),
        "documents.self_unnamed": translate("ImportDialog", "Identity documents asked for (kinds not named)"),
        "response.paper_instead": translate("ImportDialog", "The company may answer on paper instead"),
        "policy.short_term_excluded": translate("ImportDialog", "Excludes data kept six months or less (old law)"),
        "enclosures.reply_stamps": translate("ImportDialog", "Stamps to enclose for the answer"),
        "response.pace": translate("ImportDialog", "When the company answers (in words, no days)"),
        "procedure.elsewhere": translate("ImportDialog", "The procedure is on another page"),
        "policy.public_body": translate("ImportDialog", "A public body's procedure"),
    }


def _words() -> dict[str, str]:
    return {
        "download": translate("ImportDialog", "download it"),
        "web-form": translate("ImportDialog", "through the web form"),
        "mailed-by-company": translate("ImportDialog", "the company sends it on asking"),
        "inquiry": translate("ImportDialog", "ask the inquiry counter"),
        "with-request": translate("ImportDialog", "with the request"),
        "before-sending": translate("ImportDialog", "before sending the request"),
        "on-notice": translate("ImportDialog", "when the company asks for it"),
        "request": translate("ImportDialog", "request"),
        "yes": translate("ImportDialog", "yes"),
        "paid by the requester": translate("ImportDialog", "paid by the requester"),
    }


def fact_name(widget, field: str) -> str:
    """The fact's name in the interface's language (the raw field where it has none)."""
    return _names().get(field, field)


def fact_value(widget, found: "Found", language: str, labels) -> str:
    """The fact's value as a person reads it, in the interface's language; a part of "one with a
    photo, or two without" says which part it is."""
    from assistant.importer.terms_documents import WITHOUT_PHOTO

    if found.note == WITHOUT_PHOTO and found.field == "documents.self_count":
        return translate("ImportDialog", "1 with a photo, or 2 without")
    if found.note == WITHOUT_PHOTO:
        return translate("ImportDialog", "{document} (no photo: 2 needed)").format(
            document=_value(found, language, labels))
    return _value(found, language, labels)


def _value(found: "Found", language: str, labels) -> str:
    field, value = found.field, found.value
    groups = {"channels.accepted": "channels", "channels.refused": "channels",
              "documents.self": "documents", "documents.legal-representative": "documents",
              "documents.agent": "documents", "documents.conditions": "conditions",
              "response.methods": "response_methods"}
    if field in groups:
        label = getattr(labels, groups[field]).get(str(value))
        return label.text(language) if label is not None else str(value)
    if field == "request_kinds":
        kind, wording = value
        label = labels.request_kinds.get(kind)
        return f"{label.text(language)}（{wording}）" if label is not None else str(wording)
    if field == "fees.kinds":
        return "、".join(labels.request_kinds[k].text(language) for k in value if k in labels.request_kinds)
    if field in ("enclosures.return_envelope", "enclosures.reply_stamps"):
        amount = value[0]
        return translate("ImportDialog", "with {amount} yen in stamps").format(amount=f"{amount:,}") if amount \
            else translate("ImportDialog", "stamps not stated")
    if field == "fees.amount_yen":
        return f"{value:,}円" if language == "ja" else f"{value:,} yen"
    if isinstance(value, bool):
        return _words()["yes"]
    if isinstance(value, (tuple, list)):
        return "、".join(str(v) for v in value) if language == "ja" else ", ".join(str(v) for v in value)
    return _words().get(str(value), str(value))


def _shown(value: object) -> str:
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _utf16(text: str, offset: int) -> int:
    """A Python offset as Qt counts it (UTF-16 code units: characters beyond U+FFFF count two)."""
    return len(text[:offset].encode("utf-16-le")) // 2


def highlight(view: QTextEdit, text: str, start: int, end: int, colour) -> None:
    """Select and highlight text[start:end] in the view, scrolled into sight."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(_utf16(text, start))
    cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    mark = QTextEdit.ExtraSelection()
    mark.cursor = cursor
    mark.format = QTextCharFormat()
    mark.format.setBackground(colour)
    view.setExtraSelections([mark])
    view.setTextCursor(cursor)
    view.ensureCursorVisible()


def ask_existing(parent, record_id: str, new_id: str) -> str:
    """Ask before an import replaces a record: "replace", "new" (save as new_id) or "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("ImportDialog", "A record with this id exists"),
                      translate("ImportDialog", "A company record with the id {id} already exists. Replace it "
                                        "with this import, or save this one as {new}?").format(
                          id=record_id, new=new_id), parent=parent)
    replace_button = box.addButton(translate("ImportDialog", "&Replace it"), QMessageBox.ButtonRole.DestructiveRole)
    new_button = box.addButton(translate("ImportDialog", "Save as {new}").format(new=new_id),
                               QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(new_button)
    box.exec()
    return {replace_button: "replace", new_button: "new"}.get(box.clickedButton(), "cancel")
