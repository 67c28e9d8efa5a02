"""meetingkit: turn a multi-day meeting into its written record."""

# The one place the version and the app id are written: pyproject.toml reads __version__, and the PyInstaller
# spec, the desktop file, the AppStream metainfo, the Windows installer and the UI take them from here
# (tests/unit/test_packaging.py keeps them equal). A literal, not importlib.metadata: a frozen bundle and a
# never-installed source tree have no distribution metadata to read.
__version__ = "0.1.0"

APP_ID = "org.meetingkit.MeetingKit"
APP_NAME = "meetingkit"
