"""A read-only folder: `new`, `import NEW.json` and `demo` say so in one line and leave nothing behind.

As root, permissions do not stop a write, so the folder is a read-only tmpfs mount when this runs as
root (and may mount); otherwise it is a folder without write permission.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.attack import Event, Tally, attack_size, run_all

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and mounts")


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip("running as root without permission to mount a read-only folder")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_creating_in_a_read_only_folder_ends_in_one_line(
    read_only_folder: Path, event: Event, tmp_path: Path
) -> None:
    assert not os.access(read_only_folder, os.W_OK)
    tally = Tally("read-only folder: new, import, demo")
    for n in range(attack_size()):
        commands: list[list[str | Path]] = [
            [
                "new",
                read_only_folder / f"new-{n}.meeting",
                "--title",
                "T",
                "--start",
                "2024-01-01",
                "--end",
                "2024-01-02",
            ],
            ["import", read_only_folder / f"imported-{n}.meeting", event.json],
            ["demo", read_only_folder / f"demo-{n}.meeting"],
        ]
        run_all(tally, commands, cwd=tmp_path, home=tmp_path / "home")
    tally.assert_clean()
    assert list(read_only_folder.iterdir()) == []
