"""Render the app icon (resources/icons/meetingkit.svg) to the PNG sizes desktops ask for.

    python packaging/icons.py OUT_DIR      writes OUT_DIR/SIZExSIZE/apps/APP_ID.png (a hicolor theme tree)

Run by packaging/meetingkit.spec at build time: the PNGs are build output, never committed. Uses Qt's own
SVG renderer (already a dependency), offscreen, so it needs no display and no extra tool.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The hicolor sizes desktops look up (GNOME and KDE menus, docks, alt-tab, software centres) plus 512 for
# HiDPI and the macOS .icns; the SVG itself is installed as "scalable" beside them.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parent.parent


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    sys.path.insert(0, str(ROOT))  # run as a script from the build's venv: the package is this source tree
    import meetingkit

    svg = ROOT / "resources" / "icons" / "meetingkit.svg"
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: cannot read {svg}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / f"{meetingkit.APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"icons: cannot write {target}")
        written.append(target)
    del app
    return written


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: python packaging/icons.py OUT_DIR", file=sys.stderr)
        return 2
    for path in render(Path(sys.argv[1])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
