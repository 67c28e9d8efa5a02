"""Photos resized on several cores come back in order, with progress, and a bad photo stops the batch by name."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from meetingkit.media.files import MediaError
from meetingkit.media.pool import ResizeJob, resize_many


def _photo(path: Path, width: int, height: int, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (width, height), colour).save(path, "JPEG", quality=90)
    return path


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    sizes = [(400, 300), (300, 400), (500, 100), (120, 80), (640, 480)]
    return [
        _photo(tmp_path / f"p{i}.jpg", w, h, (40 * i, 200 - 30 * i, 90)) for i, (w, h) in enumerate(sizes)
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order(photos: list[Path], workers: int) -> None:
    seen: list[tuple[int, int]] = []
    jobs = [ResizeJob(p, long_side=200) for p in photos]
    jobs.append(ResizeJob(photos[0].read_bytes(), long_side=50, name="from-bytes.jpg"))

    results = resize_many(jobs, workers=workers, progress=lambda done, total: seen.append((done, total)))

    sizes = [Image.open(io.BytesIO(data)).size for data in results]
    assert sizes == [(200, 150), (150, 200), (200, 40), (120, 80), (200, 150), (50, 38)]
    assert seen == [(i, 6) for i in range(7)]


def test_a_bad_photo_stops_the_batch_naming_it(photos: list[Path], tmp_path: Path) -> None:
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"not a jpeg at all")
    jobs = [ResizeJob(p) for p in photos[:2]] + [ResizeJob(bad)] + [ResizeJob(p) for p in photos[2:]]

    with pytest.raises(MediaError, match=r"broken\.jpg is not a photo"):
        resize_many(jobs, workers=2)


def test_progress_can_cancel_the_batch(photos: list[Path]) -> None:
    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        resize_many([ResizeJob(p) for p in photos], workers=2, progress=progress)


def test_empty_batch_reports_nothing_to_do() -> None:
    seen: list[tuple[int, int]] = []
    assert resize_many([], progress=lambda d, t: seen.append((d, t))) == []
    assert seen == [(0, 0)]
