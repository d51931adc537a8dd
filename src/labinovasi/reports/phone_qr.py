"""The QR sheet of "Ikut lewat HP": one page per OPD table ("Meja DINKES: pindai untuk ikut")
and one for the jurors, each with its join link as a QR code and as text, and the network advice.
Drawn on a canvas: every text is drawn as it is, never read as markup."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from labinovasi.reports.fonts import BOLD, REGULAR, register_fonts


@dataclass(frozen=True)
class QrPage:
    heading: str  # "Meja DINKES: pindai untuk ikut"
    subheading: str  # the OPD's name
    url: str


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of `text` as rows of dark (True) modules, error correction M (what the
    screen paints and the sheet prints)."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    size = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(size)] for r in range(size)]


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    """Words on lines no wider than `width` (a word longer than a line is cut)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while stringWidth(word, font, size) > width:
            cut = len(word)
            while cut > 1 and stringWidth(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def write_qr_sheet(pages: list[QrPage], advice: list[str], title: str, out: Path) -> Path:
    register_fonts()
    width, height = A4
    canvas = Canvas(str(out), pagesize=A4)
    canvas.setTitle(title)
    margin = 20 * mm
    usable = width - 2 * margin
    for page in pages:
        y = height - margin - 12 * mm
        for line in _wrapped(page.heading, BOLD, 26, usable):
            canvas.setFont(BOLD, 26)
            canvas.drawCentredString(width / 2, y, line)
            y -= 11 * mm
        canvas.setFont(REGULAR, 15)
        for line in _wrapped(page.subheading, REGULAR, 15, usable):
            canvas.drawCentredString(width / 2, y, line)
            y -= 7 * mm
        side = 130 * mm
        widget = QrCodeWidget(page.url, barLevel="M", barWidth=side, barHeight=side)
        drawing = Drawing(side, side)
        drawing.add(widget)
        y -= side + 4 * mm
        renderPDF.draw(drawing, canvas, (width - side) / 2, y)
        y -= 8 * mm
        canvas.setFont(REGULAR, 12)
        for line in _wrapped(page.url, REGULAR, 12, usable):
            canvas.drawCentredString(width / 2, y, line)
            y -= 6 * mm
        y -= 4 * mm
        canvas.setFont(REGULAR, 10)
        for item in advice:
            for number, line in enumerate(_wrapped(item, REGULAR, 10, usable - 5 * mm)):
                canvas.drawString(
                    margin + (0 if number == 0 else 5 * mm), y, ("• " if number == 0 else "") + line
                )
                y -= 5 * mm
        canvas.showPage()
    canvas.save()
    return out
