"""The output formats and the --fail-on levels: light, so the command line starts fast."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["FAIL_ON", "OutputFormat", "split_output"]

# The severities each --fail-on value fails on.
FAIL_ON: dict[str, frozenset[str]] = {
    "error": frozenset({"error"}),
    "warning": frozenset({"error", "warning"}),
    "never": frozenset(),
}


class OutputFormat(StrEnum):
    """The formats ``xinhong-metrics check --format`` prints."""

    TABLE = "table"  # tabulate "simple": the discrepancy table for a terminal
    PLAIN = "plain"  # tabulate "plain": no rules, for pasting
    MARKDOWN = "markdown"  # a GitHub-flavoured Markdown table
    GITHUB = "github"  # GitHub Actions workflow annotations for errors and warnings
    JSON = "json"  # the output contract of DESIGN.md
    CSV = "csv"
    JUNIT = "junit"  # JUnit XML: a test case per finding, failing as --fail-on says
    SARIF = "sarif"  # SARIF 2.1.0, for code-scanning dashboards


def split_output(spec: str) -> tuple[str, str] | None:
    """Read ``FORMAT=PATH`` (of --output, or of outputs in pyproject.toml), or ``None``."""
    fmt, sep, path = spec.partition("=")
    if not sep or not path or fmt not in {f.value for f in OutputFormat}:
        return None
    return fmt, path
