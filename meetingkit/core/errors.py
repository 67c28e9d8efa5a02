"""The one error family a user may see: a clear sentence about their situation, never a traceback.

Anything else that is raised is our bug and propagates as usual.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input or environment, explained in one sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """A value the user gave does not fit (names the field)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class NotFoundError(UserError):
    """A session, item or attachment the user named does not exist."""
