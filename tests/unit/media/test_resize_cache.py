"""Resized copies are made once per (photo, size, quality), whole, under the user's cache folder."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from meetingkit.core.paths import cache_dir
from meetingkit.media.pool import ResizeJob
from meetingkit.media.resize_cache import ResizeCache


def _jpeg(width: int, height: int, colour: tuple[int, int, int] = (10, 120, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG", quality=90)
    return out.getvalue()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_copy_is_made_once_and_then_reused() -> None:
    cache = ResizeCache()
    data = _jpeg(800, 600)
    calls: list[int] = []

    def load() -> bytes:
        calls.append(1)
        return data

    first = cache.get_or_make(_sha(data), load, 400, 85)
    second = cache.get_or_make(_sha(data), load, 400, 85)

    assert first == second
    assert first.is_relative_to(cache_dir() / "resized")
    assert Image.open(first).size == (400, 300)
    assert len(calls) == 1


def test_size_and_quality_are_part_of_the_key() -> None:
    cache = ResizeCache()
    data = _jpeg(800, 600)
    small = cache.get_or_make(_sha(data), data, 200, 85)
    large = cache.get_or_make(_sha(data), data, 400, 85)
    other_quality = cache.get_or_make(_sha(data), data, 400, 60)
    assert len({small, large, other_quality}) == 3
    assert Image.open(small).size == (200, 150)


def test_incomplete_copy_is_made_again(tmp_path: Path) -> None:
    cache = ResizeCache(tmp_path / "cache")
    data = _jpeg(800, 600)
    path = cache.get_or_make(_sha(data), data, 400, 85)
    path.write_bytes(path.read_bytes()[:100])

    assert cache.get(_sha(data), 400, 85) is None
    again = cache.get_or_make(_sha(data), data, 400, 85)
    assert Image.open(again).size == (400, 300)


def test_no_temporary_files_are_left_behind(tmp_path: Path) -> None:
    cache = ResizeCache(tmp_path / "cache")
    data = _jpeg(300, 200)
    path = cache.get_or_make(_sha(data), data, 100, 85)
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_hash_that_is_not_a_sha256_cannot_reach_outside_the_cache() -> None:
    with pytest.raises(ValueError, match="sha256"):
        ResizeCache().get_or_make("../../etc/passwd", _jpeg(10, 10), 100, 85)


@pytest.mark.parametrize("workers", [1, 2])
def test_make_many_fills_the_cache_in_order_with_progress(tmp_path: Path, workers: int) -> None:
    cache = ResizeCache(tmp_path / "cache")
    sources = [_jpeg(600, 400, (i * 50, 100, 100)) for i in range(4)]
    paths = []
    for i, data in enumerate(sources):
        path = tmp_path / f"photo{i}.jpg"
        path.write_bytes(data)
        paths.append(path)
    cached_before = cache.get_or_make(_sha(sources[1]), sources[1], 300, 85)
    seen: list[tuple[int, int]] = []

    jobs = [ResizeJob(p, long_side=300, sha256=_sha(d)) for p, d in zip(paths, sources, strict=True)]
    made = cache.make_many(jobs, workers=workers, progress=lambda d, t: seen.append((d, t)))

    assert made[1] == cached_before
    assert made == [cache.get(_sha(d), 300, 85) for d in sources]
    assert [round(Image.open(p).getpixel((5, 5))[0] / 50) for p in made] == [0, 1, 2, 3]  # type: ignore[index]
    assert seen[0] == (1, 4) and seen[-1] == (4, 4)
