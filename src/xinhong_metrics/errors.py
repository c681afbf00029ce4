"""Errors for misuse and bad input; an inconsistent figure is a finding, never an error."""

from __future__ import annotations


class XinhongError(Exception):
    """Base class of every error the library raises on purpose.

    The message is built before the raise, so that ``str(error)`` is the one line the
    command-line tool prints: ``FILE:LINE: FIELD: what is wrong``.

    Attributes:
        file: the file the bad input came from, if any.
        line: 1-based line in that file, if known.
        field: dotted path of the offending field (``claims[3].stated``), if any.
        reason: what is wrong, without the location.
    """

    def __init__(
        self,
        reason: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.reason = reason
        self.file = file
        self.line = line
        self.field = field
        super().__init__(self._format())

    def _format(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [p for p in (where, self.field) if p]
        return ": ".join([*parts, self.reason])


class FigureError(XinhongError, ValueError):
    """A stated figure (``"逾500"``, ``"-43.68%"``) that cannot be read as a number."""


class UnitError(XinhongError, ValueError):
    """A unit the registry does not know, or a comparison across dimensions."""


class ReportFileError(XinhongError, ValueError):
    """A report file that is missing, malformed or inconsistent with its source text."""


class UsageError(XinhongError, ValueError):
    """A call of the library or the command line that cannot be carried out as asked."""


class ArgumentError(XinhongError, TypeError):
    """A library function called with an argument of the wrong type or shape."""
