"""Renders resources/icons/labinovasi.svg to the PNG icons of packaging/linux/icons/ (hicolor
sizes 16…512), to resources/icons/labinovasi-<size>.png (the app's window icon, ui/app.py) and
to resources/icons/labinovasi.ico (Windows: the programs and the installer).

    PYTHONPATH=src .venv/bin/python packaging/render_icons.py      (make icons)

The results are committed: the icon changes rarely, and building a bundle or a package should
not need Qt's SVG renderer or Pillow on the build machine. Run it again after editing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from labinovasi.ui.app import ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "labinovasi.svg"
ICO = ROOT / "resources" / "icons" / "labinovasi.ico"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG}: not a valid SVG", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / "labinovasi.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(target))
        print(target.relative_to(ROOT))
    for size in ICON_SIZES:
        target = SVG.with_name(f"labinovasi-{size}.png")
        render(renderer, size).save(str(target))
        print(target.relative_to(ROOT))
    images = [
        Image.open(HICOLOR / f"{s}x{s}" / "apps" / "labinovasi.png").convert("RGBA")
        for s in ICO_SIZES
    ]
    # Each size drawn from the SVG, not scaled down from the largest.
    images[-1].save(ICO, sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    print(ICO.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
