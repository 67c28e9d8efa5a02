"""The sample event's generated media: meeting photos with real EXIF, and Tim Campbell's slides as a PDF."""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
import random
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from PIL.ExifTags import GPS, IFD, Base

from meetingkit.core.quickentry import parse
from meetingkit.sample.content import (
    SAMPLE_FOCUS_AREAS,
    SAMPLE_PHOTOS,
    SAMPLE_SESSIONS,
    SAMPLE_SLIDES,
    SHORT_TERM_FOCUS_AREAS,
    PhotoSpec,
    Slide,
    SlidesSpec,
)

__all__ = [
    "SAMPLE_PHOTOS",
    "SAMPLE_SLIDES",
    "PhotoSpec",
    "SlidesSpec",
    "make_photo",
    "make_photos",
    "make_slides_pdf",
    "render_photo",
    "render_slide",
]

RGB = tuple[int, int, int]
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

BANNER = "UCLG · Metropolis — Learning meeting, Barcelona"
SLIDE_SIZE = (1600, 900)
JPEG_QUALITY = 88

SKIN: tuple[RGB, ...] = (
    (241, 198, 170),
    (226, 176, 140),
    (204, 144, 104),
    (170, 112, 78),
    (130, 86, 58),
    (96, 64, 44),
    (236, 192, 152),
)
HAIR: tuple[RGB, ...] = (
    (28, 24, 22),
    (52, 36, 26),
    (92, 62, 40),
    (146, 106, 66),
    (196, 164, 116),
    (118, 116, 112),
    (206, 204, 198),
)
CLOTHES: tuple[RGB, ...] = (
    (32, 42, 72),
    (48, 48, 54),
    (120, 32, 42),
    (196, 198, 204),
    (68, 88, 62),
    (146, 118, 90),
    (40, 82, 132),
    (228, 228, 222),
    (104, 60, 108),
    (178, 84, 44),
    (22, 96, 104),
)
POSTITS: tuple[RGB, ...] = ((250, 228, 92), (248, 160, 186), (150, 220, 140), (250, 180, 90), (130, 200, 236))
UCLG_BLUE: RGB = (18, 52, 98)
TEAL: RGB = (0, 122, 135)


# --- text -----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _font(size: int) -> Font:
    # Pillow's bundled scalable font: the same glyphs on every machine, so images are reproducible.
    return ImageFont.load_default(size=size)


def _fold(text: str) -> str:
    """Drop accents the bundled font cannot draw ("Ríos" -> "Rios"); dashes are drawn separately."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _text_width(draw: ImageDraw.ImageDraw, text: str, size: int) -> float:
    width = 0.0
    for i, part in enumerate(_fold(text).replace("–", "—").split("—")):
        width += draw.textlength(part, font=_font(size)) + (size * 0.9 if i else 0.0)
    return width


def _text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    size: int,
    fill: RGB,
    align: str = "left",
) -> float:
    """Draw one line from its top-left (or top-centre); return its width."""
    x, y = xy
    width = _text_width(draw, text, size)
    if align == "center":
        x -= width / 2
    font = _font(size)
    for i, part in enumerate(_fold(text).replace("–", "—").split("—")):
        if i:
            # The bundled font has no dash glyphs: draw the em dash as a bar at x-height.
            bar_y = y + size * 0.55
            draw.rectangle((x + size * 0.12, bar_y, x + size * 0.78, bar_y + max(1, size // 14)), fill=fill)
            x += size * 0.9
        draw.text((x, y), part, font=font, fill=fill)
        x += draw.textlength(part, font=font)
    return width


def _wrap(draw: ImageDraw.ImageDraw, text: str, size: int, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and _text_width(draw, candidate, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


# --- drawing helpers ------------------------------------------------------------------------------


def _gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    mask = Image.linear_gradient("L").resize(size, Image.Resampling.BILINEAR)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _shade(color: RGB, factor: float) -> RGB:
    return (
        max(0, min(255, round(color[0] * factor))),
        max(0, min(255, round(color[1] * factor))),
        max(0, min(255, round(color[2] * factor))),
    )


def _jitter(rng: random.Random, color: RGB, amount: int = 12) -> RGB:
    return (
        max(0, min(255, color[0] + rng.randint(-amount, amount))),
        max(0, min(255, color[1] + rng.randint(-amount, amount))),
        max(0, min(255, color[2] + rng.randint(-amount, amount))),
    )


def _head_front(draw: ImageDraw.ImageDraw, cx: float, top: float, h: float, rng: random.Random) -> None:
    skin = _jitter(rng, rng.choice(SKIN), 6)
    hair = rng.choice(HAIR)
    style = rng.random()
    if style < 0.3:  # long hair falls behind the shoulders
        draw.rounded_rectangle(
            (cx - 0.46 * h, top - 0.04 * h, cx + 0.46 * h, top + 1.35 * h), 0.4 * h, fill=hair
        )
    draw.rectangle((cx - 0.15 * h, top + 0.8 * h, cx + 0.15 * h, top + 1.15 * h), fill=_shade(skin, 0.8))
    if style < 0.85:
        draw.ellipse((cx - 0.42 * h, top - 0.06 * h, cx + 0.42 * h, top + 0.7 * h), fill=hair)
    for side in (-1, 1):
        ear = cx + side * 0.35 * h
        draw.ellipse(
            (ear - 0.07 * h, top + 0.45 * h, ear + 0.07 * h, top + 0.68 * h), fill=_shade(skin, 0.92)
        )
    # Light from the upper left: a shaded face with a lit area towards the light.
    draw.ellipse((cx - 0.36 * h, top + 0.1 * h, cx + 0.36 * h, top + h), fill=_shade(skin, 0.9))
    draw.ellipse((cx - 0.35 * h, top + 0.11 * h, cx + 0.24 * h, top + 0.94 * h), fill=skin)
    if style < 0.85:
        draw.chord((cx - 0.38 * h, top - 0.02 * h, cx + 0.38 * h, top + 0.62 * h), 180, 360, fill=hair)
    if h < 16:
        return
    dark = _shade(skin, 0.35)
    eye_y = top + 0.53 * h
    for side in (-1, 1):
        ex = cx + side * 0.14 * h
        draw.ellipse((ex - 0.045 * h, eye_y - 0.03 * h, ex + 0.045 * h, eye_y + 0.03 * h), fill=dark)
    draw.line((cx - 0.09 * h, top + 0.81 * h, cx + 0.09 * h, top + 0.81 * h), fill=_shade(skin, 0.6), width=1)
    if h >= 60:
        line = max(2, round(h / 50))
        brow = _shade(hair, 0.9) if style < 0.85 else _shade(skin, 0.55)
        for side in (-1, 1):
            ex = cx + side * 0.14 * h
            draw.arc(
                (ex - 0.08 * h, eye_y - 0.1 * h, ex + 0.08 * h, eye_y + 0.02 * h),
                200,
                340,
                fill=brow,
                width=line * 2,
            )
        draw.line(
            (cx + 0.02 * h, eye_y + 0.04 * h, cx + 0.04 * h, top + 0.7 * h),
            fill=_shade(skin, 0.75),
            width=line,
        )
        draw.arc(
            (cx - 0.12 * h, top + 0.7 * h, cx + 0.12 * h, top + 0.84 * h),
            20,
            160,
            fill=_shade(skin, 0.55),
            width=line,
        )
        for side in (-1, 1):
            cheek = cx + side * 0.2 * h
            draw.ellipse(
                (cheek - 0.06 * h, top + 0.66 * h, cheek + 0.06 * h, top + 0.74 * h), fill=_shade(skin, 0.96)
            )


def _torso(
    draw: ImageDraw.ImageDraw, cx: float, top: float, h: float, rng: random.Random, length: float = 2.6
) -> RGB:
    """Shoulders and chest below a head; returns the clothing colour so arms can match it."""
    cloth = _jitter(rng, rng.choice(CLOTHES), 10)
    box = (cx - 1.1 * h, top + 1.05 * h, cx + 1.1 * h, top + (1.05 + length) * h)
    draw.rounded_rectangle(box, 0.45 * h, fill=cloth)
    # A fold of shadow on the side away from the light.
    draw.rounded_rectangle(
        (cx + 0.55 * h, box[1] + 0.2 * h, box[2], box[3]), 0.4 * h, fill=_shade(cloth, 0.86)
    )
    if rng.random() < 0.6:  # an open jacket shows the shirt
        shirt = rng.choice(((235, 235, 232), (180, 200, 225), (240, 220, 200)))
        draw.polygon(
            ((cx - 0.28 * h, top + 1.05 * h), (cx + 0.28 * h, top + 1.05 * h), (cx, top + 1.9 * h)),
            fill=shirt,
        )
    return cloth


def _person_front(draw: ImageDraw.ImageDraw, cx: float, top: float, h: float, rng: random.Random) -> None:
    """Head and shoulders of someone facing the camera; `top` is the top of the head, `h` its height."""
    _torso(draw, cx, top, h, rng)
    _head_front(draw, cx, top, h, rng)


def _person_back(draw: ImageDraw.ImageDraw, cx: float, top: float, h: float, rng: random.Random) -> None:
    """Someone seen from behind, as in an audience."""
    cloth = _jitter(rng, rng.choice(CLOTHES), 10)
    hair = rng.choice(HAIR)
    skin = rng.choice(SKIN)
    draw.ellipse((cx - 1.2 * h, top + 0.85 * h, cx + 1.2 * h, top + 2.9 * h), fill=cloth)
    draw.rectangle((cx - 0.17 * h, top + 0.7 * h, cx + 0.17 * h, top + 1.05 * h), fill=_shade(skin, 0.8))
    if rng.random() < 0.25:  # long hair
        draw.rounded_rectangle((cx - 0.44 * h, top, cx + 0.44 * h, top + 1.4 * h), 0.4 * h, fill=hair)
    else:
        for side in (-1, 1):
            ex = cx + side * 0.4 * h
            draw.ellipse((ex - 0.07 * h, top + 0.42 * h, ex + 0.07 * h, top + 0.62 * h), fill=skin)
        draw.ellipse((cx - 0.4 * h, top, cx + 0.4 * h, top + 0.92 * h), fill=hair)


def _standing(draw: ImageDraw.ImageDraw, cx: float, foot: float, height: float, rng: random.Random) -> None:
    """A whole person standing, facing the camera."""
    h = height / 7.2
    top = foot - height
    trousers = rng.choice(((34, 36, 44), (58, 54, 50), (120, 110, 96), (30, 46, 80), (90, 40, 50)))
    for side in (-1, 1):
        draw.rectangle(
            (cx + side * 0.5 * h - 0.3 * h, foot - 3.4 * h, cx + side * 0.5 * h + 0.3 * h, foot),
            fill=trousers,
        )
        draw.ellipse(
            (cx + side * 0.5 * h - 0.38 * h, foot - 0.2 * h, cx + side * 0.5 * h + 0.38 * h, foot + 0.1 * h),
            fill=(20, 18, 18),
        )
    arm = _shade(_torso(draw, cx, top, h, rng, length=3.0), 0.92)
    for side in (-1, 1):
        draw.rounded_rectangle(
            (cx + side * 1.05 * h - 0.22 * h, top + 1.2 * h, cx + side * 1.05 * h + 0.22 * h, top + 3.9 * h),
            0.2 * h,
            fill=arm,
        )
    _head_front(draw, cx, top, h, rng)


def _postit(
    draw: ImageDraw.ImageDraw, cx: float, cy: float, size: float, angle: float, color: RGB, rng: random.Random
) -> None:
    def corner(dx: float, dy: float) -> tuple[float, float]:
        a = math.radians(angle)
        return (cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a))

    half = size / 2
    draw.polygon(
        [corner(dx + 2, dy + 3) for dx, dy in ((-half, -half), (half, -half), (half, half), (-half, half))],
        fill=_shade(color, 0.55),
    )
    draw.polygon(
        [corner(dx, dy) for dx, dy in ((-half, -half), (half, -half), (half, half), (-half, half))],
        fill=color,
    )
    ink = (40, 40, 60)
    for row in range(rng.randint(2, 4)):
        y = -half * 0.55 + row * size * 0.2
        length = size * rng.uniform(0.4, 0.75)
        draw.line(
            (corner(-half * 0.75, y), corner(-half * 0.75 + length, y)),
            fill=ink,
            width=max(1, round(size / 30)),
        )


def _lighting(img: Image.Image, focus: tuple[float, float], strength: float) -> Image.Image:
    """Light falling off away from `focus` (fractions of the frame), and lens vignetting with it."""
    # The frame is a window half the size of a radial gradient, placed so its centre sits on the focus.
    left, top = 128 * (1 - focus[0]), 128 * (1 - focus[1])
    mask = Image.radial_gradient("L").resize(
        img.size, Image.Resampling.BILINEAR, box=(left, top, left + 128, top + 128)
    )
    mask = mask.point(lambda v: round(255 - strength * max(0, v - 70) * 255 / 185))
    return ImageChops.multiply(img, Image.merge("RGB", (mask, mask, mask)))


def _grain(img: Image.Image, rng: random.Random, amount: int) -> Image.Image:
    """Sensor noise: a photo is never flat colour."""
    noise = Image.frombytes("L", img.size, rng.randbytes(img.width * img.height))
    # Map uniform bytes onto a narrow band around 128: ImageChops.add with offset -128 adds +-amount.
    noise = noise.point(lambda v: 128 - amount + (v * (2 * amount + 1)) // 256)
    return ImageChops.add(img, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)


# --- scenes (drawn at half size, then scaled up) ----------------------------------------------------


def _audience(
    draw: ImageDraw.ImageDraw,
    w: int,
    h: int,
    rng: random.Random,
    y0: float,
    y1: float,
    h0: float,
    h1: float,
    rows: int,
) -> None:
    for row in range(rows):
        t = row / max(1, rows - 1)
        head = h0 + (h1 - h0) * t
        y = y0 + (y1 - y0) * t
        x = -head * rng.uniform(0, 2)
        while x < w + head:
            _person_back(
                draw, x + rng.uniform(-0.2, 0.2) * head, y + rng.uniform(-0.15, 0.15) * head, head, rng
            )
            x += head * rng.uniform(2.3, 3.0)


def _scene_plenary(img: Image.Image, rng: random.Random) -> None:
    w, h = img.size
    img.paste(_gradient((w, h), (66, 58, 56), (150, 132, 116)))
    draw = ImageDraw.Draw(img)
    for i in range(7):
        lx = w * (0.08 + i * 0.14)
        draw.ellipse((lx - 14, 10, lx + 14, 22), fill=(255, 244, 214))
    draw.rectangle((0, h * 0.42, w, h * 0.52), fill=(86, 64, 52))
    draw.rectangle((0, h * 0.5, w, h * 0.53), fill=(52, 38, 32))
    sx0, sy0, sx1, sy1 = w * 0.3, h * 0.05, w * 0.7, h * 0.32
    draw.rectangle((sx0 - 6, sy0 - 6, sx1 + 6, sy1 + 6), fill=(40, 40, 44))
    draw.rectangle((sx0, sy0, sx1, sy1), fill=(238, 240, 244))
    draw.rectangle((sx0, sy0, sx1, sy0 + (sy1 - sy0) * 0.22), fill=UCLG_BLUE)
    _text(draw, (w / 2, sy0 + 12), "UCLG · Metropolis", 26, (255, 255, 255), "center")
    _text(draw, (w / 2, sy0 + (sy1 - sy0) * 0.4), "Connecting with a world", 30, UCLG_BLUE, "center")
    _text(draw, (w / 2, sy0 + (sy1 - sy0) * 0.4 + 38), "of learners", 30, UCLG_BLUE, "center")
    _text(draw, (w / 2, sy1 - 28), "Barcelona, 12-14 September 2017", 18, TEAL, "center")
    for i in range(5):
        _person_front(draw, w * (0.27 + i * 0.115), h * 0.33, 32, rng)
    draw.rectangle((w * 0.2, h * 0.4, w * 0.8, h * 0.47), fill=(34, 50, 84))
    _audience(draw, w, h, rng, h * 0.5, h * 0.86, 22, 70, 7)


def _scene_panel(img: Image.Image, rng: random.Random) -> None:
    w, h = img.size
    img.paste(_gradient((w, h), (22, 40, 78), (40, 62, 104)))
    draw = ImageDraw.Draw(img)
    draw.rectangle((w * 0.06, h * 0.07, w * 0.94, h * 0.2), fill=(244, 244, 240))
    draw.rectangle((w * 0.06, h * 0.2, w * 0.94, h * 0.215), fill=TEAL)
    draw.ellipse((w * 0.08, h * 0.095, w * 0.08 + 46, h * 0.095 + 46), fill=UCLG_BLUE)
    draw.ellipse((w * 0.08 + 30, h * 0.095, w * 0.08 + 76, h * 0.095 + 46), fill=TEAL)
    _text(draw, (w * 0.54, h * 0.105), BANNER, 38, UCLG_BLUE, "center")
    draw.rectangle((0, h * 0.6, w, h), fill=(96, 78, 66))
    seats = 5
    for i in range(seats):
        _person_front(draw, w * (0.2 + i * 0.15), h * 0.31, 64, rng)
    draw.rectangle((w * 0.1, h * 0.5, w * 0.9, h * 0.53), fill=(250, 250, 248))
    draw.rectangle((w * 0.1, h * 0.53, w * 0.9, h * 0.7), fill=(226, 228, 230))
    draw.rectangle((w * 0.1, h * 0.68, w * 0.9, h * 0.7), fill=(190, 192, 196))
    for i in range(seats):
        cx = w * (0.2 + i * 0.15)
        draw.polygon(
            ((cx - 40, h * 0.5), (cx + 40, h * 0.5), (cx + 34, h * 0.455), (cx - 34, h * 0.455)),
            fill=(252, 252, 252),
        )
        draw.line((cx + 22, h * 0.5, cx + 8, h * 0.42), fill=(30, 30, 30), width=3)
        draw.ellipse((cx + 3, h * 0.405, cx + 15, h * 0.425), fill=(20, 20, 20))
        draw.rectangle((cx - 56, h * 0.43, cx - 48, h * 0.5), fill=(170, 210, 236))
    _audience(draw, w, h, rng, h * 0.8, h * 0.9, 80, 96, 2)


def _scene_workshop(img: Image.Image, rng: random.Random) -> None:
    w, h = img.size
    img.paste(_gradient((w, h), (206, 200, 188), (170, 160, 146)))
    draw = ImageDraw.Draw(img)
    draw.rectangle((w * 0.78, h * 0.04, w * 0.98, h * 0.46), fill=(236, 242, 248))
    draw.line((w * 0.88, h * 0.04, w * 0.88, h * 0.46), fill=(150, 150, 150), width=4)
    draw.rectangle((w * 0.04, h * 0.08, w * 0.22, h * 0.52), fill=(250, 250, 246))
    draw.line((w * 0.13, h * 0.52, w * 0.06, h * 0.9), fill=(80, 80, 80), width=5)
    draw.line((w * 0.13, h * 0.52, w * 0.2, h * 0.9), fill=(80, 80, 80), width=5)
    _text(draw, (w * 0.13, h * 0.1), "What is learned?", 18, (30, 60, 140), "center")
    for i in range(9):
        _postit(
            draw,
            w * (0.07 + (i % 3) * 0.055),
            h * (0.2 + (i // 3) * 0.09),
            34,
            rng.uniform(-8, 8),
            rng.choice(POSTITS),
            rng,
        )
    for i in range(4):
        _person_front(draw, w * (0.34 + i * 0.13), h * 0.22, 58, rng)
    draw.polygon(
        ((w * 0.26, h * 0.46), (w * 0.8, h * 0.46), (w * 1.05, h * 1.0), (w * 0.0, h * 1.0)),
        fill=(156, 112, 74),
    )
    draw.polygon(
        ((w * 0.26, h * 0.46), (w * 0.8, h * 0.46), (w * 0.8, h * 0.48), (w * 0.26, h * 0.48)),
        fill=(120, 84, 56),
    )
    for _ in range(6):
        _postit(
            draw,
            rng.uniform(w * 0.3, w * 0.75),
            rng.uniform(h * 0.55, h * 0.85),
            rng.uniform(40, 56),
            rng.uniform(-25, 25),
            (248, 248, 244),
            rng,
        )
    for _ in range(18):
        _postit(
            draw,
            rng.uniform(w * 0.25, w * 0.8),
            rng.uniform(h * 0.52, h * 0.92),
            rng.uniform(26, 38),
            rng.uniform(-30, 30),
            rng.choice(POSTITS),
            rng,
        )
    for cx, cy in ((w * 0.36, h * 0.58), (w * 0.7, h * 0.64)):
        draw.ellipse((cx - 18, cy - 8, cx + 18, cy + 8), fill=(250, 250, 250))
        draw.ellipse((cx - 13, cy - 5, cx + 13, cy + 5), fill=(96, 60, 36))
    _person_back(draw, w * 0.08, h * 0.72, 110, rng)
    _person_back(draw, w * 0.93, h * 0.7, 116, rng)


def _scene_wall(img: Image.Image, rng: random.Random) -> None:
    w, h = img.size
    img.paste(_gradient((w, h), (226, 222, 214), (196, 190, 180)))
    draw = ImageDraw.Draw(img)
    draw.rectangle((w * 0.05, h * 0.06, w * 0.82, h * 0.9), fill=(196, 160, 116))
    groups = ("Elected leaders", "Technical staff", "Network secretariats", "Partners")
    for g, name in enumerate(groups):
        x = w * (0.07 + g * 0.19)
        draw.rectangle((x, h * 0.09, x + w * 0.17, h * 0.18), fill=(252, 252, 250))
        _text(draw, (x + w * 0.085, h * 0.115), name, 19, (20, 30, 90), "center")
        for k in range(rng.randint(6, 9)):
            cx = x + w * 0.045 + (k % 2) * w * 0.08 + rng.uniform(-6, 6)
            cy = h * 0.27 + (k // 2) * h * 0.14 + rng.uniform(-6, 6)
            _postit(draw, cx, cy, 70, rng.uniform(-7, 7), rng.choice(POSTITS), rng)
    _standing(draw, w * 0.92, h * 1.25, h * 1.05, rng)


def _scene_coffee(img: Image.Image, rng: random.Random) -> None:
    w, h = img.size
    img.paste(_gradient((w, h), (228, 236, 242), (186, 178, 166)))
    draw = ImageDraw.Draw(img)
    for i in range(4):
        x = w * (0.04 + i * 0.25)
        draw.rectangle((x, h * 0.05, x + w * 0.21, h * 0.5), fill=(246, 250, 255))
        draw.line((x + w * 0.105, h * 0.05, x + w * 0.105, h * 0.5), fill=(170, 176, 184), width=4)
    draw.rectangle((0, h * 0.55, w, h), fill=(170, 158, 142))
    people = sorted(
        ((rng.uniform(0.05, 0.95) * w, rng.uniform(0.62, 0.98) * h) for _ in range(13)), key=lambda p: p[1]
    )
    table_drawn = False
    for x, foot in people:
        if not table_drawn and foot > h * 0.8:
            draw.rectangle((w * 0.3, h * 0.6, w * 0.7, h * 0.74), fill=(250, 250, 250))
            for k in range(12):
                cx = w * 0.32 + k * w * 0.031
                draw.ellipse((cx - 7, h * 0.6 - 4, cx + 7, h * 0.6 + 4), fill=(240, 240, 236))
            draw.rectangle((w * 0.42, h * 0.5, w * 0.45, h * 0.6), fill=(40, 40, 44))
            draw.rectangle((w * 0.55, h * 0.5, w * 0.58, h * 0.6), fill=(150, 30, 30))
            table_drawn = True
        _standing(draw, x, foot, foot * 0.62, rng)


def _scene_keynote(img: Image.Image, rng: random.Random) -> None:
    w, h = img.size
    img.paste(_gradient((w, h), (24, 24, 34), (50, 44, 48)))
    draw = ImageDraw.Draw(img)
    sx0, sy0, sx1, sy1 = (
        round(w * 0.33),
        round(h * 0.06),
        round(w * 0.95),
        round(h * 0.06 + w * 0.62 * 9 / 16),
    )
    glow = Image.new("L", img.size, 0)
    ImageDraw.Draw(glow).rectangle((sx0 - 30, sy0 - 30, sx1 + 30, sy1 + 30), fill=70)
    glow = glow.filter(ImageFilter.BoxBlur(30))
    img.paste(Image.new("RGB", img.size, (120, 130, 150)), (0, 0), glow)
    slide = render_slide(SAMPLE_SLIDES.slides[0], 1, len(SAMPLE_SLIDES.slides), size=(sx1 - sx0, sy1 - sy0))
    img.paste(slide.point(lambda v: min(255, v + 12)), (sx0, sy0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((w * 0.02, h * 0.18, w * 0.3, h * 0.62), fill=(64, 58, 56))
    _person_front(draw, w * 0.15, h * 0.25, 70, rng)
    draw.polygon(
        ((w * 0.07, h * 0.5), (w * 0.23, h * 0.5), (w * 0.21, h * 0.86), (w * 0.09, h * 0.86)),
        fill=(92, 60, 40),
    )
    draw.rectangle((w * 0.06, h * 0.48, w * 0.24, h * 0.51), fill=(70, 46, 30))
    draw.line((w * 0.18, h * 0.48, w * 0.16, h * 0.41), fill=(20, 20, 20), width=3)
    _audience(draw, w, h, rng, h * 0.74, h * 0.86, 56, 86, 3)
    # The audience is backlit by the screen.
    img.paste(
        ImageChops.multiply(
            img.crop((0, round(h * 0.7), w, h)), Image.new("RGB", (w, h - round(h * 0.7)), (110, 110, 120))
        ),
        (0, round(h * 0.7)),
    )


_ROADMAP_ACTIONS: Counter[str] = Counter(
    parsed.focus_area
    for parsed in (parse(item.line) for session in SAMPLE_SESSIONS for item in session.items)
    if parsed.focus_area
)


def _scene_roadmap(img: Image.Image, rng: random.Random) -> None:
    w, h = img.size
    img.paste(_gradient((w, h), (222, 218, 210), (188, 182, 172)))
    draw = ImageDraw.Draw(img)
    draw.rectangle((w * 0.05, h * 0.04, w * 0.95, h * 0.94), fill=(248, 248, 244))
    _text(draw, (w * 0.5, h * 0.055), "ROADMAP", 44, UCLG_BLUE, "center")
    y = h * 0.12
    for name in SAMPLE_FOCUS_AREAS:
        if name == SAMPLE_FOCUS_AREAS[0] or name == SAMPLE_FOCUS_AREAS[len(SHORT_TERM_FOCUS_AREAS)]:
            label = "Short term" if name == SAMPLE_FOCUS_AREAS[0] else "Medium & long term"
            draw.rectangle((w * 0.08, y, w * 0.92, y + 34), fill=TEAL)
            _text(draw, (w * 0.5, y + 5), label, 24, (255, 255, 255), "center")
            y += 50
        draw.rectangle((w * 0.09, y, w * 0.4, y + 104), fill=(255, 255, 255), outline=(150, 150, 150))
        for k, line in enumerate(_wrap(draw, name, 17, w * 0.28)[:4]):
            _text(draw, (w * 0.1, y + 8 + k * 22), line, 17, (20, 20, 20))
        # One post-it per strategic action the workshop agreed for this focus area.
        for k in range(_ROADMAP_ACTIONS.get(name, 0)):
            _postit(draw, w * (0.5 + k * 0.15), y + 52, 84, rng.uniform(-6, 6), rng.choice(POSTITS), rng)
        y += 124
    draw.rectangle((0, h * 0.95, w, h), fill=(120, 100, 80))


def _scene_closeup(img: Image.Image, rng: random.Random) -> None:
    w, h = img.size
    bg = _gradient((w, h), (120, 110, 100), (70, 62, 60))
    bokeh = ImageDraw.Draw(bg)
    for _ in range(26):
        r = rng.uniform(30, 90)
        cx, cy = rng.uniform(0, w), rng.uniform(0, h * 0.7)
        bokeh.ellipse(
            (cx - r, cy - r, cx + r, cy + r),
            fill=_jitter(rng, rng.choice(((230, 210, 170), (190, 200, 220), (150, 120, 100))), 20),
        )
    img.paste(bg.filter(ImageFilter.GaussianBlur(28)))
    draw = ImageDraw.Draw(img)
    head = h * 0.36
    cx, top = w * 0.52, h * 0.22
    _torso(draw, cx, top, head, rng, length=2.0)
    _head_front(draw, cx, top, head, rng)
    draw.line(
        (cx - 0.3 * head, top + 1.1 * head, cx - 0.05 * head, top + 1.9 * head), fill=(30, 90, 160), width=8
    )
    draw.rectangle(
        (cx - 0.2 * head, top + 1.9 * head, cx + 0.22 * head, top + 2.2 * head), fill=(250, 250, 250)
    )


def _scene_group(img: Image.Image, rng: random.Random) -> None:
    w, h = img.size
    img.paste(_gradient((w, h), (150, 190, 230), (220, 232, 240)))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, h * 0.08, w, h * 0.6), fill=(206, 190, 162))
    for row in range(3):
        for col in range(12):
            x = w * (0.03 + col * 0.082)
            y = h * (0.12 + row * 0.14)
            draw.rectangle((x, y, x + w * 0.05, y + h * 0.09), fill=(70, 80, 96))
    for step in range(6):
        y = h * (0.58 + step * 0.04)
        draw.rectangle((0, y, w, y + h * 0.04), fill=_shade((184, 176, 164), 1 - step * 0.04))
        draw.line((0, y, w, y), fill=(150, 142, 132), width=2)
    for foot, count, height in ((h * 0.64, 17, h * 0.3), (h * 0.75, 16, h * 0.33), (h * 0.9, 14, h * 0.36)):
        for k in range(count):
            _standing(
                draw,
                w * (0.06 + k * 0.88 / (count - 1)) + rng.uniform(-8, 8),
                foot + rng.uniform(-4, 4),
                height * rng.uniform(0.94, 1.04),
                rng,
            )
    draw.rectangle((w * 0.3, h * 0.8, w * 0.7, h * 0.9), fill=(250, 250, 250))
    _text(draw, (w * 0.5, h * 0.825), "UCLG · Metropolis", 36, UCLG_BLUE, "center")


def _scene_roundtable(img: Image.Image, rng: random.Random) -> None:
    w, h = img.size
    img.paste(_gradient((w, h), (214, 210, 200), (160, 150, 140)))
    draw = ImageDraw.Draw(img)
    draw.rectangle((w * 0.62, h * 0.06, w * 0.86, h * 0.44), fill=(250, 250, 248))
    _text(draw, (w * 0.74, h * 0.08), "Synergies", 22, TEAL, "center")
    for k in range(8):
        y = h * (0.16 + k * 0.034)
        draw.line((w * 0.64, y, w * 0.64 + rng.uniform(0.1, 0.2) * w, y), fill=(40, 40, 110), width=2)
    for i in range(5):
        _person_front(draw, w * (0.22 + i * 0.14), h * 0.3 + abs(i - 2) * 14, 54, rng)
    draw.ellipse((w * 0.14, h * 0.46, w * 0.86, h * 0.86), fill=(236, 234, 228))
    draw.ellipse((w * 0.14, h * 0.46, w * 0.86, h * 0.84), fill=(250, 249, 245))
    for _ in range(7):
        _postit(
            draw,
            rng.uniform(w * 0.25, w * 0.75),
            rng.uniform(h * 0.55, h * 0.76),
            rng.uniform(40, 60),
            rng.uniform(-30, 30),
            (255, 255, 255),
            rng,
        )
    draw.polygon(
        ((w * 0.4, h * 0.56), (w * 0.52, h * 0.56), (w * 0.54, h * 0.64), (w * 0.38, h * 0.64)),
        fill=(60, 62, 70),
    )
    for _ in range(6):
        _postit(
            draw,
            rng.uniform(w * 0.25, w * 0.75),
            rng.uniform(h * 0.55, h * 0.78),
            30,
            rng.uniform(-20, 20),
            rng.choice(POSTITS),
            rng,
        )
    for cx in (w * 0.18, w * 0.5, w * 0.82):
        _person_back(draw, cx, h * 0.74, 100, rng)


Scene = Callable[[Image.Image, random.Random], None]

# Each scene with where its light comes from (fractions of the frame).
_SCENES: dict[str, tuple[Scene, tuple[float, float]]] = {
    "plenary": (_scene_plenary, (0.5, 0.2)),
    "panel": (_scene_panel, (0.5, 0.35)),
    "workshop": (_scene_workshop, (0.8, 0.25)),
    "wall": (_scene_wall, (0.4, 0.4)),
    "coffee": (_scene_coffee, (0.5, 0.2)),
    "keynote": (_scene_keynote, (0.62, 0.3)),
    "roadmap": (_scene_roadmap, (0.45, 0.35)),
    "closeup": (_scene_closeup, (0.4, 0.35)),
    "group": (_scene_group, (0.5, 0.3)),
    "roundtable": (_scene_roundtable, (0.6, 0.3)),
}


# --- photos -----------------------------------------------------------------------------------------


def render_photo(spec: PhotoSpec) -> Image.Image:
    """The photo as a viewer should see it (upright), before it is stored with its EXIF."""
    width, height = spec.size
    rng = random.Random(spec.seed)
    draw_scene, focus = _SCENES[spec.scene]
    work = Image.new("RGB", (width // 2, height // 2))
    draw_scene(work, rng)
    # Light fall-off and grain at half size, then a soft upscale: reads as "photo", and stays fast.
    phone = spec.camera[0] == "Apple"
    # Pillow draws without anti-aliasing: a slight blur stands in for a lens's soft edges.
    work = work.filter(ImageFilter.BoxBlur(0.7))
    work = _grain(_lighting(work, focus, 0.5), rng, 7 if phone else 5)
    # Bilinear is as good as bicubic at exactly 2x for these soft shapes, and a third faster.
    return work.resize((width, height), Image.Resampling.BILINEAR)


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 2)
    return (float(degrees), float(minutes), seconds)


def _exif(spec: PhotoSpec) -> Image.Exif:
    exif = Image.Exif()
    stamp = spec.taken_at.strftime("%Y:%m:%d %H:%M:%S")
    exif[Base.Make] = spec.camera[0]
    exif[Base.Model] = spec.camera[1]
    exif[Base.Orientation] = spec.orientation
    exif[Base.DateTime] = stamp
    sub = exif.get_ifd(IFD.Exif)
    sub[Base.DateTimeOriginal] = stamp
    sub[Base.DateTimeDigitized] = stamp
    offset = spec.taken_at.utcoffset() or dt.timedelta(0)
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    sub[Base.OffsetTimeOriginal] = f"{hours:+03d}:{rest // 60:02d}"
    if spec.gps is not None:
        lat, lon = spec.gps
        gps = exif.get_ifd(IFD.GPSInfo)
        gps[GPS.GPSLatitudeRef] = "N" if lat >= 0 else "S"
        gps[GPS.GPSLatitude] = _dms(lat)
        gps[GPS.GPSLongitudeRef] = "E" if lon >= 0 else "W"
        gps[GPS.GPSLongitude] = _dms(lon)
    return exif


def make_photo(spec: PhotoSpec) -> bytes:
    """The JPEG file a camera would have written: EXIF date, camera, GPS and orientation as in `spec`."""
    image = render_photo(spec)
    if spec.orientation == 6:
        # Orientation 6 tells viewers to turn the stored pixels a quarter right; store them a quarter left.
        image = image.transpose(Image.Transpose.ROTATE_90)
    elif spec.orientation != 1:
        raise ValueError(f"sample photos use EXIF orientation 1 or 6, not {spec.orientation}")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY, exif=_exif(spec))
    return out.getvalue()


def make_photos(specs: Sequence[PhotoSpec] = SAMPLE_PHOTOS) -> list[tuple[PhotoSpec, bytes]]:
    return [(spec, make_photo(spec)) for spec in specs]


# --- slides -----------------------------------------------------------------------------------------


def _figure_clouds(img: Image.Image, box: tuple[int, int, int, int]) -> None:
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    r = min(x1 - x0, y1 - y0) * 0.3
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    clouds = (
        ("Cities", (0, 122, 135)),
        ("Networks", (18, 52, 98)),
        ("Partners", (230, 140, 40)),
        ("Universities", (150, 60, 120)),
    )
    for k, (_, color) in enumerate(clouds):
        a = math.pi / 4 + k * math.pi / 2
        ox, oy = cx + math.cos(a) * r * 0.55, cy + math.sin(a) * r * 0.55
        draw.ellipse((ox - r, oy - r, ox + r, oy + r), fill=(*color, 80))
    img.paste(Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB"))
    text = ImageDraw.Draw(img)
    for k, (name, color) in enumerate(clouds):
        a = math.pi / 4 + k * math.pi / 2
        tx, ty = cx + math.cos(a) * r * 1.05, cy + math.sin(a) * r * 1.05
        _text(text, (tx, ty - 16), name, 30, _shade(color, 0.8), "center")
    _text(text, (cx, cy - 22), "trust", 40, (20, 20, 20), "center")


def _figure_network(img: Image.Image, box: tuple[int, int, int, int]) -> None:
    x0, y0, x1, y1 = box
    rng = random.Random(7)
    draw = ImageDraw.Draw(img)
    bw, bh = x1 - x0, y1 - y0
    hubs = [
        (x0 + bw * 0.5, y0 + bh * 0.22),
        (x0 + bw * 0.17, y0 + bh * 0.78),
        (x0 + bw * 0.83, y0 + bh * 0.78),
    ]
    cities: list[tuple[float, float]] = []
    for hx, hy in hubs:
        for k in range(7):
            a = k * 2 * math.pi / 7 + rng.uniform(-0.3, 0.3)
            d = rng.uniform(70, 120)
            cities.append((hx + math.cos(a) * d, hy + math.sin(a) * d))
            draw.line((hx, hy, *cities[-1]), fill=(150, 170, 190), width=3)
    for a_, b_ in ((0, 1), (1, 2), (0, 2)):
        draw.line((*hubs[a_], *hubs[b_]), fill=TEAL, width=6)
    for px, py in cities:
        draw.ellipse((px - 12, py - 12, px + 12, py + 12), fill=(230, 140, 40))
    for hx, hy in hubs:
        draw.ellipse((hx - 30, hy - 30, hx + 30, hy + 30), fill=UCLG_BLUE)
    _text(draw, (x0 + bw * 0.5, y0 + bh * 0.5), "networks link", 28, UCLG_BLUE, "center")
    _text(draw, (x0 + bw * 0.5, y0 + bh * 0.5 + 36), "cities", 28, (200, 110, 20), "center")


def render_slide(
    slide: Slide, number: int, total: int, footer: str = "", size: tuple[int, int] = SLIDE_SIZE
) -> Image.Image:
    """One slide as an image, drawn at 1600x900 and scaled to `size`."""
    w, h = SLIDE_SIZE
    if number == 1:
        img = _gradient((w, h), UCLG_BLUE, TEAL)
        draw = ImageDraw.Draw(img)
        _text(draw, (w / 2, h * 0.26), slide.title, 104, (255, 255, 255), "center")
        _text(draw, (w / 2, h * 0.26 + 140), slide.subtitle, 46, (210, 236, 240), "center")
        draw.rectangle((w * 0.4, h * 0.58, w * 0.6, h * 0.585), fill=(255, 255, 255))
        for k, line in enumerate(slide.lines):
            _text(draw, (w / 2, h * 0.64 + k * 50), line, 36 if k else 42, (255, 255, 255), "center")
    else:
        img = Image.new("RGB", (w, h), (251, 251, 248))
        draw = ImageDraw.Draw(img)
        draw.rectangle((0, 0, 26, h), fill=TEAL)
        _text(draw, (90, 60), slide.title, 68, UCLG_BLUE)
        draw.rectangle((90, 160, 290, 166), fill=TEAL)
        text_width = w * 0.5 if slide.figure else w - 200
        y = 230.0
        for line in slide.lines:
            wrapped = _wrap(draw, line, 42, text_width)
            draw.ellipse((100, y + 16, 116, y + 32), fill=TEAL)
            for part in wrapped:
                _text(draw, (140, y), part, 42, (34, 34, 40))
                y += 56
            y += 34
        if slide.subtitle:
            _text(draw, (90, h - 190), slide.subtitle, 60, TEAL)
        box = (round(w * 0.58), 190, w - 60, h - 100)
        if slide.figure == "clouds":
            _figure_clouds(img, box)
        elif slide.figure == "network":
            _figure_network(img, box)
        draw = ImageDraw.Draw(img)
        _text(draw, (90, h - 54), footer, 22, (120, 120, 126))
        _text(draw, (w - 90, h - 54), f"{number} / {total}", 22, (120, 120, 126))
    return img if size == SLIDE_SIZE else img.resize(size, Image.Resampling.LANCZOS)


def make_slides_pdf(spec: SlidesSpec = SAMPLE_SLIDES) -> bytes:
    """The presentation as a multi-page PDF, one page per slide, reproducible byte for byte."""
    footer = f"{spec.author} · {spec.title} · {spec.occasion}"
    pages = [render_slide(s, n, len(spec.slides), footer) for n, s in enumerate(spec.slides, start=1)]
    # A fixed date keeps the file identical from run to run (Pillow would stamp "now").
    stamp = dt.datetime(2017, 9, 13, 11, 0).timetuple()
    out = io.BytesIO()
    pages[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=160.0,
        quality=90,
        title=spec.title,
        author=spec.author,
        subject=spec.caption,
        creator="meetingkit sample",
        producer="meetingkit",
        creationDate=stamp,
        modDate=stamp,
    )
    return out.getvalue()
