"""Resized photos cached on disk by (blob sha256, long side, quality), so the DOCX, the pack and the UI share them."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from meetingkit.core.atomic import write_atomically
from meetingkit.core.paths import cache_dir
from meetingkit.media.images import Source, clean_image, output_suffix
from meetingkit.media.pool import Progress, ResizeJob, map_in_processes

# Bump when clean_image's output changes (filter, colour handling, encoder settings), so that copies
# made by an older version are made again instead of being reused.
PIPELINE_VERSION = 1

_SHA256 = re.compile(r"[0-9a-f]{64}")

# What a complete file made by clean_image ends with: a truncated one is made again.
_ENDINGS = {".jpg": b"\xff\xd9", ".png": b"IEND\xaeB`\x82"}


class ResizeCache:
    """Clean, resized copies of photos on disk; safe to share between processes."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else cache_dir() / "resized"

    def _stem(self, sha256: str, long_side: int | None, quality: int) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a lowercase sha256 hex digest: {sha256!r}")
        size = "full" if long_side is None else str(long_side)
        return self.root / sha256[:2] / f"{sha256}-{size}-q{quality}-v{PIPELINE_VERSION}"

    def get(self, sha256: str, long_side: int | None, quality: int) -> Path | None:
        """The cached copy, or None when there is no complete one."""
        stem = self._stem(sha256, long_side, quality)
        for suffix, ending in _ENDINGS.items():
            path = stem.with_name(stem.name + suffix)
            try:
                with path.open("rb") as fh:
                    fh.seek(-len(ending), os.SEEK_END)
                    if fh.read() == ending:
                        return path
            except OSError:  # missing, or shorter than its ending
                continue
        return None

    def get_or_make(
        self,
        sha256: str,
        source: Source | Callable[[], Source],
        long_side: int | None,
        quality: int,
        *,
        name: str = "",
    ) -> Path:
        """The cached copy, made with clean_image from `source` (or what calling it returns) when missing."""
        found = self.get(sha256, long_side, quality)
        if found is not None:
            return found
        data = source() if callable(source) else source
        return self.put(
            sha256, long_side, quality, clean_image(data, long_side=long_side, quality=quality, name=name)
        )

    def put(self, sha256: str, long_side: int | None, quality: int, data: bytes) -> Path:
        """Store bytes made by clean_image; readers see the whole file or none of it."""
        stem = self._stem(sha256, long_side, quality)
        final = stem.with_name(stem.name + output_suffix(data))
        final.parent.mkdir(parents=True, exist_ok=True)
        # Two processes making the same copy both succeed, last one wins. Not fsynced: a copy cut short
        # by a power cut lacks its ending, which `get` checks, and is made again.
        return write_atomically(final, data, durable=False)

    def make_many(
        self, jobs: Sequence[ResizeJob], *, workers: int | None = None, progress: Progress | None = None
    ) -> list[Path]:
        """get_or_make for every job (each needs its sha256), the missing copies made on every core."""
        results: list[Path | None] = []
        missing: list[tuple[int, ResizeJob]] = []
        for i, job in enumerate(jobs):
            if job.sha256 is None:
                raise ValueError(f"ResizeJob {job.name or i} has no sha256 to cache it under")
            found = self.get(job.sha256, job.long_side, job.quality)
            results.append(found)
            if found is None:
                missing.append((i, job))

        total = len(jobs)
        hits = total - len(missing)

        def shifted(done: int, _: int) -> None:
            if progress is not None:
                progress(hits + done, total)

        made = map_in_processes(
            _make_one, [(self.root, job) for _, job in missing], workers=workers, progress=shifted
        )
        for (i, _), path in zip(missing, made, strict=True):
            results[i] = path
        return [path for path in results if path is not None]


def _make_one(task: tuple[Path, ResizeJob]) -> Path:
    root, job = task
    assert job.sha256 is not None
    return ResizeCache(root).get_or_make(job.sha256, job.source, job.long_side, job.quality, name=job.name)
