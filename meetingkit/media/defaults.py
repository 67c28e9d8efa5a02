"""The pack's photo defaults (long side, JPEG quality), importable without Pillow: preferences read them at launch."""

from __future__ import annotations

DEFAULT_LONG_SIDE = 2048
DEFAULT_QUALITY = 85
