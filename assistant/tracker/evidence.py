"""The evidence file of a case — what a PPC consultation, an accredited organisation or a lawyer
asks for: the letter and checklist copies (corrected ones too), every follow-up made, the posting
and delivery records kept with the case, and the timeline on one page in Japanese and in English.
Nothing from other cases or saved profiles; the zip is made in memory and written whole."""
from __future__ import annotations

import io
import zipfile
from datetime import date
from typing import TYPE_CHECKING

from assistant.case.store import CaseStore, StoreError

if TYPE_CHECKING:
    from assistant.facade import Assistant

TIMELINE_LANGUAGES = ("ja", "en")


class Evidence:
    """The half of the Tracker that gathers a case's evidence."""

    assistant: "Assistant"
    store: CaseStore

    def timeline_pdf(self, case_id: int, language: str, today: date | None = None,
                     deterministic: bool = False) -> bytes:
        """The case's timeline, one page in this language."""
        from assistant.followup.evidence import timeline_sheet
        from assistant.render.timeline_pdf import timeline_pdf

        summary = self.store.summary(case_id)
        labels = self.assistant.labels.request_kinds
        kinds = [labels[k].text(language) if k in labels else k for k in summary.kinds]
        sheet = timeline_sheet(
            self.store.events(case_id), summary.kinds, self.assistant.law, language,
            reference=summary.reference, company=summary.company_name,
            requests=self.assistant.checklist_words.template(language, "sep.parts").join(kinds),
            today=today or date.today())
        return timeline_pdf([(language, sheet)], deterministic)

    def export(self, case_id: int, today: date | None = None, deterministic: bool = False) -> bytes:
        """The evidence file as zip bytes: numbered copies of the case's files in the order they
        were made, then timeline-ja.pdf and timeline-en.pdf."""
        today = today or date.today()
        stamp = (1980, 1, 1, 0, 0, 0) if deterministic else (today.year, today.month, today.day, 0, 0, 0)
        entries: list[tuple[str, bytes]] = []
        for event in self.store.events(case_id):
            for name in event.data.get("files", ()):
                data = self.store.read_file(case_id, name)
                if data is None:
                    raise StoreError(f"case {case_id}'s file {name} is missing from its folder "
                                     f"({self.store.case_folder(case_id)}); nothing was exported")
                entries.append((f"{len(entries) + 1:02d}-{name}", data))
        for language in TIMELINE_LANGUAGES:
            entries.append((f"timeline-{language}.pdf",
                            self.timeline_pdf(case_id, language, today, deterministic)))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o600 << 16
                archive.writestr(info, data)
        return buffer.getvalue()
