"""meetingkit: turn a multi-day meeting into its written record."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("meetingkit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_ID = "org.meetingkit.MeetingKit"
APP_NAME = "meetingkit"
