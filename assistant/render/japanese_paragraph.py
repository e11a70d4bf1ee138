"""A reportlab Paragraph that breaks Japanese lines by the rules of line_breaks.py (phrases,
禁則, names and numbers kept whole) instead of reportlab's break-anywhere CJK wrapping."""
from __future__ import annotations

from typing import Sequence

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, _handleBulletWidth, cjkU, makeCJKParaLine

from assistant.render.line_breaks import CLOSING, fit, levels

HANG = set("、。，．")  # may hang past the right edge (ぶら下げ): the styles leave room for one


class JapaneseParagraph(Paragraph):
    """Paragraph(text, style, kept=names): wordWrap must be "CJK"; kept strings never split."""

    def __init__(self, text: str, style, bulletText: str | None = None,
                 kept: Sequence[str] = (), **kwargs):
        self.kept = tuple(k for k in kept if k)
        super().__init__(text, style, bulletText=bulletText, **kwargs)

    def breakLinesCJK(self, maxWidths):  # noqa: N802 - reportlab's name
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara  # a part of a paragraph split across frames keeps its lines
        self.height = 0
        _handleBulletWidth(self.bulletText, self.style, maxWidths)
        units: list = []
        for frag in self.frags:
            text = frag.text if isinstance(frag.text, str) else frag.text.decode("utf8")
            units += [cjkU(ch, frag, "utf8") for ch in text] if text else [cjkU("", frag, "utf8")]
        autoLeading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        calcBounds = autoLeading not in ("", "off")
        lines = []
        # Forced breaks (<br/>) split the text into runs, each laid out on its own.
        start = 0
        for index, unit in enumerate(units + [None]):
            if unit is not None and not hasattr(unit.frag, "lineBreak"):
                continue
            run = units[start:index]
            text = "".join(run)
            widths = [u.width for u in run]
            per_char = max(widths) if widths else 1.0
            chars = int(min(maxWidths) / per_char) if per_char else None
            level = levels(text, self.kept, chars)
            hanging = [ch in HANG or ch in CLOSING for ch in text]
            pieces = fit(widths, level, [w for w in maxWidths[len(lines):]] or [maxWidths[-1]],
                         hanging) if run else [(0, 0)]
            for number, (a, b) in enumerate(pieces):
                width = maxWidths[min(len(lines), len(maxWidths) - 1)]
                used = sum(widths[a:b])
                forced = number == len(pieces) - 1 and unit is not None
                lines.append(makeCJKParaLine(run[a:b] or [cjkU("", self.frags[0], "utf8")],
                                             width, used, width - used, forced, calcBounds))
            start = index + 1
        return ParaLines(kind=1, lines=lines)
