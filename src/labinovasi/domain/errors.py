"""Errors a user can meet, each with the CLI exit code that stands for it."""


class LabinovasiError(Exception):
    """A refusal with a message in the user's language."""

    exit_code = 1

    def __init__(self, message: str, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        return "\n".join([self.message, *self.details])


class RuleRefused(LabinovasiError):
    """A workshop rule (stage gating) says no."""

    exit_code = 3


class BadInput(LabinovasiError):
    """Input that cannot be taken; nothing was written."""

    exit_code = 4


class CannotOpen(LabinovasiError):
    """The workshop file is missing, not a workshop, damaged, or from a newer version."""

    exit_code = 5
