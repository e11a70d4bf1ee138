"""Saving and printing PDFs from the wizard: ask where, write whole or not at all, say what happened."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from assistant.io.safe_write import OutputError, write_atomically
from assistant.ui.plain import warn


def save_pdf(parent: QWidget, title: str, suggested: str, data: bytes) -> Path | None:
    """Ask for a file name and write the PDF there; None if cancelled or it failed (and said so)."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested),
                                                QCoreApplication.translate("Actions", "PDF files (*.pdf)"))
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    try:
        # The dialog has already asked before replacing an existing file.
        return write_atomically(path, data, overwrite=True)
    except OutputError as exc:
        warn(parent, QCoreApplication.translate("Actions", "Not saved"), exc,
             QCoreApplication.translate("Actions", "Everything you typed is still here."))
        return None


def load_pdf(document: QPdfDocument, data: bytes) -> QBuffer:
    """Load PDF bytes into a QPdfDocument, from a buffer the document owns.

    The document reads from the buffer on other threads while pages render, so the buffer's life
    must follow the document's (a Qt parent), not a Python reference that may be collected first.
    """
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def print_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of the document on the printer; returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            image = document.render(index, QSize(area.width(), area.height()))
            painter.drawImage(area, image)
    finally:
        painter.end()
    return document.pageCount()


def print_pdf(parent: QWidget, data: bytes) -> None:
    """Show the print dialog and print the PDF."""
    document = QPdfDocument(parent)
    buffer = load_pdf(document, data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        print_pages(document, printer)
    buffer.close()
