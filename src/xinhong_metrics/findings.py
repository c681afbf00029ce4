"""Verdicts, severities and the finding every check returns for a claim."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Finding", "Reading", "Severity", "Verdict", "default_severity"]


class Verdict(StrEnum):
    """What a check concluded about one claim (DESIGN.md, Verdicts)."""

    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    AMBIGUOUS = "ambiguous"
    UNVERIFIABLE = "unverifiable"
    NOT_COMPARABLE = "not_comparable"


class Severity(StrEnum):
    """How loud a finding is; CI fails on the severities the user picks."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for error, 1 for warning, 2 for info: lower is louder."""
        return (Severity.ERROR, Severity.WARNING, Severity.INFO).index(self)


def default_severity(verdict: Verdict) -> Severity:
    """An inconsistency is an error, an ambiguity a warning, everything else info."""
    if verdict is Verdict.INCONSISTENT:
        return Severity.ERROR
    if verdict is Verdict.AMBIGUOUS:
        return Severity.WARNING
    return Severity.INFO


@dataclass(frozen=True)
class Reading:
    """One way to read an ambiguous claim, and what it gives.

    Attributes:
        label: the reading in words (``满意率 +9.87% relative``).
        verdict: the verdict under this reading.
        possible: whether the reading can be true at all (a rate below 0% cannot).
        recomputed: what the reading recomputes, for people.
        message: why, in a sentence.
        tag: a short name of the reading for tables (``points``, ``relative``).
    """

    label: str
    verdict: Verdict
    possible: bool
    recomputed: str
    message: str
    tag: str = ""


@dataclass(frozen=True)
class Finding:
    """The result of checking one claim: the row of the discrepancy table.

    Attributes mirror the output contract of DESIGN.md; ``file``, ``line`` and
    ``offset`` say where the claim lies, for annotations and for people.
    """

    check: str
    verdict: Verdict
    entity: str
    report: tuple[str, ...]  # the claim's report first, then those it was checked against
    indicator: str
    periods: tuple[int, ...]
    quote: str
    stated: str
    recomputed: str
    message: str
    severity: Severity | None = None
    file: str | None = None
    line: int | None = None
    offset: int | None = None
    readings: tuple[Reading, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.severity is None:
            object.__setattr__(self, "severity", default_severity(self.verdict))
