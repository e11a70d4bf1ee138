"""The first page's summary of the chosen company: address, channels, fee and policy date, from the
core's checklist for a disclosure, in the interface language."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from assistant.records.model import Company

STALE_AFTER_DAYS = 365


def company_names(company: "Company", language: str) -> list[str]:
    """The company's names, the one in the interface language first."""
    names = [company.name] + ([company.name_ja] if company.name_ja else [])
    return names[::-1] if language == "ja" else names


def summary_html(company: "Company", wizard) -> str:
    from datetime import date
    from html import escape

    from assistant.checklist.sections.envelope import OWN_NOTES
    from assistant.checklist.speech import Speech
    from assistant.records.model import Channels

    checklist = wizard.assistant.checklist(company, "disclosure", "self")
    language, labels = wizard.ui_language, wizard.assistant.labels
    words = wizard.assistant.checklist_words

    def day(value: date) -> str:  # Japanese: the era first, as on the checklist
        return words.day(value, "date.short").text(language)

    def own_note(note: str) -> str:  # the program's own notes are kept in English: say them here
        text = words.format(language, OWN_NOTES[note]).rstrip("。") if note in OWN_NOTES else note
        return f"（{text}）" if language == "ja" else f"({text})"

    law_only = company.quality == "law-only"
    silent = (QCoreApplication.translate("CompanySummary", "not known: ask the company") if law_only
              else QCoreApplication.translate("CompanySummary", "not stated in the policy"))
    note_label = QCoreApplication.translate("CompanySummary", "Note:")
    parts = ["<h3>" + "<br>".join(escape(n) for n in company_names(company, wizard.ui_language)) + "</h3>"]
    if company.corporate_number:  # a company of the national register
        parts.append("<p>" + escape(words.format(language, "render.corporate_number",
                                                 number=company.corporate_number)) + "</p>")
    override = wizard.assistant.override(company.id)  # in the interface language, as the checklist says it
    notice = override.text(language) if override else None
    if notice:
        parts.append(f"<p style='color:#a00000'><b>{note_label}</b> {escape(notice)}</p>")
    if checklist.envelope is not None:
        speech = Speech(words, language)  # the unknown postal code said in the interface language
        block = "<br>".join(escape(speech.envelope_line(row)) for row in checklist.envelope.block())
        note = ("" if checklist.envelope.confirmed else
                f" <i>{escape(own_note(checklist.envelope.note or ''))}</i>" if law_only else
                " <i>" + QCoreApplication.translate("CompanySummary", "(inquiry address: ask first)") + "</i>")
        send_to = QCoreApplication.translate("CompanySummary", "Send to")
        if checklist.envelope.derived:  # from Japan Post's data: said, so it is checked
            note += f" <i>{escape(words.template(language, 'envelope.derived'))}</i>"
        parts.append(f"<p><b>{send_to}</b>{note}<br>{block}</p>")
    else:
        parts.append("<p>" + QCoreApplication.translate(
            "CompanySummary", "<b>Send to:</b> the policy names no address; ask the company.") + "</p>")
    comma = words.template(language, "sep.ways")
    # The ways of sending in the interface language (the checklist's own fields keep English).
    ways = company.channels if isinstance(company.channels, Channels) else None
    accepted = [labels.channels[v].text(language) for v in ways.accepted] if ways else []
    refused_ways = [labels.channels[v].text(language) for v in ways.refused] if ways else []
    channels = comma.join(accepted) or silent
    how, refused = (QCoreApplication.translate("CompanySummary", "How:"),
                    QCoreApplication.translate("CompanySummary", "Not accepted:"))
    parts.append(f"<p><b>{how}</b> {escape(channels)}")
    if refused_ways:
        parts.append(f"<br><b>{refused}</b> {escape(comma.join(refused_ways))}")
    parts.append("</p>")
    if checklist.fee.status == "charged" and checklist.fee.amount_yen is None:
        fee = words.template(language, "fee.summary_to_ask")  # charged, the amount not stated
    elif checklist.fee.status == "charged":
        # As the checklist says it: 「1,000円（請求1件あたり）」, the unit in the record's words only
        # in English (the checklist wording names the units records share).
        fee = words.format(language, "yen", amount=f"{checklist.fee.amount_yen:,}")
        if checklist.fee.per:
            unit = checklist.fee.per if language == "en" else (
                words.known(language, f"known.per.{checklist.fee.per.strip().lower()}")
                or words.format(language, "stand_in.per"))
            fee += words.format(language, "fee.per", per=unit)
    else:
        fee = QCoreApplication.translate("CompanySummary", "no fee") if checklist.fee.status == "none" else silent
    fee_label = QCoreApplication.translate("CompanySummary", "Fee for disclosure:")
    parts.append(f"<p><b>{fee_label}</b> {escape(fee)}</p>")
    if law_only:  # no policy, no record date: say where the lines come from
        quality = checklist.quality.text(language) if checklist.quality else ""
        parts.append(f"<p><b>{note_label}</b> {escape(quality)}</p>")
        return "".join(parts)
    revised = (day(checklist.policy_revised) if checklist.policy_revised
               else QCoreApplication.translate("CompanySummary", "not dated"))
    parts.append("<p>" + QCoreApplication.translate(
        "CompanySummary", "<b>Policy revised:</b> {revised}. <b>Record checked:</b> {checked}").format(
        revised=revised, checked=day(company.checked)) + "</p>")
    age = (date.today() - company.checked).days
    if age > STALE_AFTER_DAYS:
        parts.append("<p style='color:#a00000'>" + QCoreApplication.translate(
            "CompanySummary", "<b>Warning:</b> this record was last checked {months} months ago; the "
            "company's procedure may have changed. Check its current privacy policy.").format(
            months=age // 30) + "</p>")
    return "".join(parts)
