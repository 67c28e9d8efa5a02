"""Whole-or-nothing outputs: a temporary name in the target's folder, fsync, rename; and the cleanup of
what a killed run left there, done by the next run that writes the same target.

Every file the app writes for the user (documents, CSV, calendars, JSON, zips, event files built from an
import) goes through here, so a kill, a full disk or a Cancel leaves either the previous file or the new
one, never a fragment.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Iterator

from meetingkit.core.errors import UserError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import BinaryIO

    from meetingkit.core.paths import StrPath

# `.NAME.partial-PID-RANDOM` beside NAME: hidden, tied to its target, and to the process that made it.
# Anything whose name starts with `.NAME.partial-PID-` (SQLite's journal, a file built from a partial
# one) belongs to the same run and is cleared with it.
PARTIAL_MARK = ".partial-"

_CREATE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)

# Where a process cannot be asked whether it still runs (Windows: os.kill(pid, 0) would terminate it),
# leftovers older than this are taken as abandoned.
_ABANDONED_AFTER = 24 * 3600.0

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
}


class OutputError(UserError):
    """An output could not be written; the previous file, if any, is untouched."""


# Paths are handled as strings here (os.path), never as pathlib's Path: `meetingkit add` writes its register
# of known files through atomic_output, and pathlib (with fnmatch, urllib.parse and ipaddress) cost it ~4 ms.


def _prefix(target: StrPath) -> str:
    # A target that is itself hidden (a partial name, when one temporary thing is built from another)
    # gets no second dot, so its own leftovers still start with its target's prefix and are cleared.
    name = os.path.basename(target)
    hidden = name if name.startswith(".") else f".{name}"
    return f"{hidden}{PARTIAL_MARK}"


def _partial_file(target: StrPath) -> str:
    return os.path.join(os.path.dirname(target), f"{_prefix(target)}{os.getpid()}-{os.urandom(4).hex()}")


def partial_name(target: Path) -> Path:
    """A fresh hidden name beside `target` for building it (a file or a folder)."""
    return target.with_name(os.path.basename(_partial_file(target)))


def _still_running(pid: int, path: str) -> bool:
    if pid == os.getpid():
        return True  # another job of this very process (the app can run two exports at once)
    if os.name != "posix":
        try:
            return time.time() - os.lstat(path).st_mtime < _ABANDONED_AFTER
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: not ours to judge
    return True


def clear_leftovers(target: StrPath) -> None:
    """Remove the temporary files and folders that a killed run writing `target` left beside it."""
    prefix = _prefix(target)
    try:
        entries = [
            entry for entry in os.scandir(os.path.dirname(target) or ".") if entry.name.startswith(prefix)
        ]
    except OSError:
        return
    for entry in entries:
        pid = entry.name[len(prefix) :].partition("-")[0]
        path = entry.path
        if not pid.isdigit() or _still_running(int(pid), path):
            continue
        if entry.is_dir(follow_symlinks=False):
            import shutil  # here: a leftover folder is rare, and shutil brings its compression modules

            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(path)


def make_partial_folder(target: Path) -> Path:
    """A new empty folder beside `target` to build it in (see `clear_leftovers` for what a kill leaves)."""
    clear_leftovers(target)
    folder = partial_name(target)
    try:
        # Mode 0o777 minus the umask, applied by the kernel: the folder gets the permissions any folder
        # the user makes would get, with no process-wide umask call racing other threads.
        folder.mkdir(0o777)
    except OSError as exc:
        raise output_error(target, exc) from None
    return folder


def output_error(target: StrPath, exc: OSError) -> OutputError:
    """One sentence for a write that failed because of the disk or the folder."""
    reason = _REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).rstrip(".").lower()
    return OutputError(f"Cannot write {target}: {reason}; nothing was left half written.")


def _sync_folder(folder: StrPath) -> None:
    # The rename is durable only once the folder's entry is on disk (POSIX); Windows cannot open folders.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_output(target: StrPath, *, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file to write `target`'s new content into; it replaces `target` only when the block ends
    without an exception (after fsync when `durable`), else it is removed and `target` is untouched.

    Any OSError on the way (full disk, read-only folder) becomes one OutputError sentence.
    """
    clear_leftovers(target)
    partial = _partial_file(target)
    try:
        # 0o666 minus the umask, applied by the kernel: the permissions any new file of the user gets.
        fd = os.open(partial, _CREATE, 0o666)
    except OSError as exc:
        raise output_error(target, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise output_error(target, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise
    if durable:
        _sync_folder(os.path.dirname(target) or ".")


def write_atomically(
    target: Path, data: bytes | str, *, encoding: str = "utf-8", durable: bool = True
) -> Path:
    """Write `data` (text is encoded as given, with no newline translation) to `target`, whole or not at all."""
    # A lone surrogate that slipped past the text cleaning must not cost the user the whole file.
    payload = data.encode(encoding, "replace") if isinstance(data, str) else data
    with atomic_output(target, durable=durable) as handle:
        handle.write(payload)
    from pathlib import Path  # for the callers' sake, which hold Paths: pathlib is loaded already

    return Path(target)
