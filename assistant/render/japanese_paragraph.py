"""A reportlab Paragraph that breaks Japanese lines by the rules of line_breaks.py (phrases,
禁則, names and numbers kept whole) instead of reportlab's break-anywhere CJK wrapping."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import FragLine, ParaLines, _handleBulletWidth

from assistant.render.fonts import drawable
from assistant.render.line_breaks import CLOSING, fit, levels

HANG = set("、。，． \u3000")  # may hang past the right edge (ぶら下げ; a space is not seen)


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
        # Runs of (frag, text) between forced breaks (<br/>): each is laid out on its own.
        runs: list[list] = [[]]
        for frag in self.frags:
            if hasattr(frag, "lineBreak"):
                runs.append([])
                continue
            text = frag.text if isinstance(frag.text, str) else frag.text.decode("utf8")
            if text:
                runs[-1].append((frag, text))
        lines = []
        for number, run in enumerate(runs):
            forced = number < len(runs) - 1
            frags = [f for f, t in run for _ in t]
            text = "".join(t for _f, t in run)
            widths = [_width(ch, f.fontName, f.fontSize) for f, ch in zip(frags, text)]
            if not text:
                frag = self.frags[0]
                lines.append(_line([], frag, maxWidths[min(len(lines), len(maxWidths) - 1)], 0.0, forced))
                continue
            per_char = max(widths) or 1.0
            level = levels(text, self.kept, int(min(maxWidths) / per_char))
            hanging = [ch in HANG or ch in CLOSING for ch in text]
            pieces = fit(widths, level, list(maxWidths[len(lines):]) or [maxWidths[-1]], hanging)
            for index, (a, b) in enumerate(pieces):
                width = maxWidths[min(len(lines), len(maxWidths) - 1)]
                words = []  # one word per frag the line crosses
                for i in range(a, b):
                    if words and words[-1][0] is frags[i]:
                        words[-1][1].append(text[i])
                    else:
                        words.append((frags[i], [text[i]]))
                lines.append(_line([(f, "".join(t)) for f, t in words], frags[a],
                                   width, sum(widths[a:b]), forced and index == len(pieces) - 1))
        return ParaLines(kind=1, lines=lines)


@lru_cache(maxsize=8192)
def _width(ch: str, font: str, size: float) -> float:
    return stringWidth(ch, font, size)


def _line(words: list, first, width: float, used: float, forced: bool) -> FragLine:
    """One line of a kind-1 paragraph, as reportlab's makeCJKParaLine makes it."""
    parts = []
    for frag, text in words:
        part = frag.clone()
        part.text = text
        parts.append(part)
    sizes = [f for f, _t in words] or [first]
    ascent = max(getAscentDescent(f.fontName, f.fontSize)[0] for f in sizes)
    descent = min(getAscentDescent(f.fontName, f.fontSize)[1] for f in sizes)
    return FragLine(kind=1, extraSpace=width - used, wordCount=1, words=parts,
                    fontSize=max(f.fontSize for f in sizes), ascent=ascent, descent=descent,
                    maxWidth=width, currentWidth=used, lineBreak=forced)


def one_line_style(style: ParagraphStyle, text: str, width: float, smallest: float = 6.0) -> ParagraphStyle:
    """The style, in a smaller size where `text` is wider than `width`, so that a line that must
    not break (a company's name, a reference number) stays one line; never below `smallest`
    points, still legible on paper (past it the line breaks as any other)."""
    room = width - style.rightIndent - style.leftIndent
    wide = stringWidth(drawable(text), style.fontName, style.fontSize)
    if wide <= room:
        return style
    size = max(smallest, style.fontSize * room / wide * 0.99)
    return ParagraphStyle(f"{style.name}-fit", parent=style, fontSize=size,
                          leading=style.leading * size / style.fontSize)
