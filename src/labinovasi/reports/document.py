"""The PDF frame every report shares: A4 pages, running footer "Halaman x dari y", outline
(bookmarks) per section and metadata. Laid out once: each finished page waits in the canvas
until the total is known, then gets its page number."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from labinovasi.i18n import _
from labinovasi.reports import styles
from labinovasi.reports.fonts import BOLD, REGULAR, register_fonts

AUTHOR = "Labinovasi"


class SectionMark(Flowable):
    """Zero-size marker at the start of a section: adds a PDF outline entry pointing at its
    page and names the section in the running footer from there on."""

    def __init__(self, key: str, title: str, level: int = 0, footer: str = ""):
        super().__init__()
        self.key, self.title, self.level, self.footer = key, title, level, footer
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key, fit="XYZ", top=self.canv._pagesize[1])
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        doc = getattr(self.canv, "_doctemplate", None)  # set by ReportLab while building
        if isinstance(doc, ReportDocument) and self.footer:
            doc.section = self.footer


class HoldingCanvas(Canvas):
    """A canvas that holds every finished page until `save()`, then stamps each with its
    number and the total ("Halaman x dari y"): one layout pass instead of a counting pass and
    a printing pass (the layout is what printing costs)."""

    def __init__(self, *args, stamp: Callable[[Canvas, int, int], None], **kwargs):
        super().__init__(*args, **kwargs)
        self._stamp = stamp
        self._held: list[dict] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        # Bookmarks made on the next page name it (PDF page objects are named by this count).
        self._doc.pageCounter += 1
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        self._doc.pageCounter = 1  # the held pages are added now, in order, under those names
        for state in self._held:
            self.__dict__.update(state)
            self._stamp(self, self._pageNumber, total)
            super().showPage()
        super().save()


class ReportDocument(BaseDocTemplate):
    def __init__(self, target: str | BinaryIO, *, title: str, subject: str, footer: str):
        super().__init__(
            target,
            pagesize=styles.PAGE_SIZE,
            leftMargin=styles.MARGIN_X,
            rightMargin=styles.MARGIN_X,
            topMargin=styles.MARGIN_TOP,
            bottomMargin=styles.MARGIN_BOTTOM,
            title=title,
            author=AUTHOR,
            subject=subject,
            creator=AUTHOR,
            lang="id-ID",
        )
        self.footer = footer
        self.section = ""
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._footer)])

    def beforeDocument(self) -> None:
        self.canv.showOutline()  # viewers open with the bookmarks panel

    def _footer(self, canvas, doc) -> None:
        """Drawn when a page is finished, so it names the section the page ended in."""
        canvas.saveState()
        y = styles.MARGIN_BOTTOM - 9 * 2.835
        left, right = styles.MARGIN_X, styles.PAGE_SIZE[0] - styles.MARGIN_X
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 10, right, y + 10)
        canvas.setFillColor(styles.MUTED)
        canvas.setFont(REGULAR, 7.5)
        text = " · ".join(t for t in (self.section, self.footer) if t)
        canvas.drawString(left, y, _shorten(text, REGULAR, 7.5, (right - left) * 0.72))
        canvas.restoreState()

    @staticmethod
    def _page_number(canvas: Canvas, page: int, total: int) -> None:
        """Stamped by HoldingCanvas once the total is known."""
        canvas.saveState()
        canvas.setFillColor(styles.MUTED)
        canvas.setFont(BOLD, 7.5)
        canvas.drawRightString(
            styles.PAGE_SIZE[0] - styles.MARGIN_X,
            styles.MARGIN_BOTTOM - 9 * 2.835,
            _("Halaman {page} dari {total}").format(page=page, total=total),
        )
        canvas.restoreState()

    def build(self, flowables: list[Flowable]) -> None:
        super().build(flowables, canvasmaker=partial(HoldingCanvas, stamp=self._page_number))


def _shorten(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def build_pdf(
    make_story: Callable[[], list[Flowable]],
    target: Path | BinaryIO,
    *,
    title: str,
    subject: str,
    footer: str,
) -> int:
    """Lay out `make_story()` once into `target`; returns the number of pages."""
    register_fonts()
    document = ReportDocument(
        target if not isinstance(target, Path) else str(target),
        title=title,
        subject=subject,
        footer=footer,
    )
    document.build(make_story())
    return document.page
