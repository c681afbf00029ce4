"""Findings for people (tabulate tables) and for machines (JSON, CSV, GitHub annotations)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from enum import StrEnum

import polars as pl
from tabulate import tabulate

from xinhong_metrics import columns as col
from xinhong_metrics.findings import Severity, Verdict

__all__ = ["OutputFormat", "render", "sort_findings", "summary_line"]

# A quote longer than this is cut in the terminal table (markdown keeps it whole).
_QUOTE_CHARS = 60


class OutputFormat(StrEnum):
    """The formats ``xinhong-metrics check --format`` prints."""

    TABLE = "table"  # tabulate "simple": the discrepancy table for a terminal
    PLAIN = "plain"  # tabulate "plain": no rules, for pasting
    MARKDOWN = "markdown"  # a GitHub-flavoured Markdown table
    GITHUB = "github"  # GitHub Actions workflow annotations, one per finding
    JSON = "json"  # the output contract of DESIGN.md
    CSV = "csv"
    JUNIT = "junit"  # JUnit XML: a test case per finding, failing when inconsistent


_TABLE_COLUMNS = [
    (col.VERDICT, "verdict"),
    (col.SEVERITY, "severity"),
    (col.CHECK, "check"),
    (col.INDICATOR, "indicator"),
    (col.PERIODS, "periods"),
    (col.STATED, "stated"),
    (col.RECOMPUTED, "recomputed"),
    (col.MESSAGE, "message"),
    (col.QUOTE, "quote"),
    (col.LINE, "where"),
]
_WIDTHS = {
    "indicator": 14,
    "stated": 14,
    "recomputed": 22,
    "message": 46,
    "quote": 26,
}
_SEVERITY_ORDER = {s.value: s.rank for s in Severity}


def sort_findings(findings: pl.DataFrame) -> pl.DataFrame:
    """Loudest first (errors, warnings, info), then by report and place in the text."""
    return (
        findings.with_columns(
            pl.col(col.SEVERITY)
            .replace_strict(_SEVERITY_ORDER, return_dtype=pl.Int64)
            .alias("_rank")
        )
        .with_columns(pl.col(col.REPORT).list.first().alias("_report"))
        .sort(["_rank", "_report", col.OFFSET, col.LINE], nulls_last=True)
        .drop("_rank", "_report")
    )


def summary_line(findings: pl.DataFrame) -> str:
    """``12 claims checked in 1 report: 1 inconsistent, 2 ambiguous, …``."""
    total = findings.height
    # A cross-year finding names two reports; count each once.
    reports = findings.get_column(col.REPORT).explode().n_unique() if total else 0
    parts = []
    for verdict in Verdict:
        n = int((findings.get_column(col.VERDICT) == verdict.value).sum()) if total else 0
        if n:
            parts.append(f"{n} {verdict.value}")
    noun = "report" if reports == 1 else "reports"
    tail = ": " + ", ".join(parts) if parts else ""
    return f"{total} claims checked in {reports} {noun}{tail}"


def render(findings: pl.DataFrame, fmt: OutputFormat | str = OutputFormat.TABLE) -> str:
    """Render a findings frame.

    Args:
        findings: a frame in the columns of :class:`~xinhong_metrics.schemas.FindingSchema`.
        fmt: one of :class:`OutputFormat`.

    Returns:
        The text to print, ending with a newline.
    """
    fmt = OutputFormat(fmt)
    ordered = sort_findings(findings)
    match fmt:
        case OutputFormat.JSON:
            return json.dumps(ordered.to_dicts(), ensure_ascii=False, indent=2) + "\n"
        case OutputFormat.CSV:
            flat = ordered.with_columns(
                pl.col(col.PERIODS).cast(pl.List(pl.String)).list.join(";"),
                pl.col(col.REPORT).list.join(";"),
            )
            return flat.write_csv()
        case OutputFormat.GITHUB:
            return "".join(_annotation(row) for row in ordered.iter_rows(named=True))
        case OutputFormat.JUNIT:
            return _junit(ordered)
        case _:
            return _table(ordered, fmt) + "\n" + summary_line(ordered) + "\n"


def _table(findings: pl.DataFrame, fmt: OutputFormat) -> str:
    headers = [title for _, title in _TABLE_COLUMNS]
    rows = []
    for row in findings.iter_rows(named=True):
        cells = []
        for name, title in _TABLE_COLUMNS:
            value = row[name]
            if name == col.PERIODS:
                value = "–".join(str(p) for p in value)
            elif name == col.REPORT:
                value = ", ".join(value)
            elif name == col.LINE:
                value = f"{row[col.FILE]}:{value}" if row[col.FILE] and value else row[col.FILE]
                if fmt is OutputFormat.TABLE and value:
                    value = value.rsplit("/", 1)[-1]
            elif (
                title == "quote"
                and fmt is not OutputFormat.MARKDOWN
                and len(str(value)) > _QUOTE_CHARS
            ):
                value = str(value)[: _QUOTE_CHARS - 1] + "…"
            cells.append("" if value is None else str(value))
        rows.append(cells)
    tablefmt = {"table": "simple", "plain": "plain", "markdown": "github"}[fmt.value]
    if fmt is OutputFormat.MARKDOWN:
        rows = [[c.replace("|", "\\|") for c in r] for r in rows]
        return tabulate(rows, headers=headers, tablefmt=tablefmt, disable_numparse=True)
    widths = [_WIDTHS.get(title) for title in headers]
    return tabulate(
        rows, headers=headers, tablefmt=tablefmt, maxcolwidths=widths, disable_numparse=True
    )


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(row: dict[str, object]) -> str:
    level = {"error": "error", "warning": "warning"}.get(str(row[col.SEVERITY]), "notice")
    props = []
    if row[col.FILE]:
        props.append(f"file={_escape_property(str(row[col.FILE]))}")
    if row[col.LINE]:
        props.append(f"line={row[col.LINE]}")
    title = f"{row[col.CHECK]} {row[col.VERDICT]}: {row[col.INDICATOR]}"
    props.append(f"title={_escape_property(title)}")
    text = f"{row[col.MESSAGE]} — «{row[col.QUOTE]}»"
    return f"::{level} {','.join(props)}::{_escape_data(text)}\n"


def _junit(findings: pl.DataFrame) -> str:
    """JUnit XML, the report format CI systems read: one suite per check id.

    An inconsistent finding is a failure, an ambiguous one a failure of type warning
    (CI shows both), unverifiable and not-comparable ones are skipped, consistent ones
    pass; the message and the quote go with each.
    """
    root = ET.Element("testsuites", name="xinhong-metrics")
    for (check,), group in findings.group_by([col.CHECK], maintain_order=True):
        suite = ET.SubElement(root, "testsuite", name=str(check), tests=str(group.height))
        failures = skipped = 0
        for row in group.iter_rows(named=True):
            where = f"{row[col.FILE]}:{row[col.LINE]}" if row[col.LINE] else str(row[col.FILE])
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"{row[col.REPORT][0]}.{check}",
                name=f"{row[col.INDICATOR]} {row[col.STATED]} ({where})",
            )
            text = f"{row[col.MESSAGE]}\n«{row[col.QUOTE]}»"
            verdict = row[col.VERDICT]
            if verdict in (Verdict.INCONSISTENT.value, Verdict.AMBIGUOUS.value):
                failures += 1
                kind = "error" if verdict == Verdict.INCONSISTENT.value else "warning"
                node = ET.SubElement(case, "failure", message=str(row[col.MESSAGE]), type=kind)
                node.text = text
            elif verdict != Verdict.CONSISTENT.value:
                skipped += 1
                ET.SubElement(case, "skipped", message=f"{verdict}: {row[col.MESSAGE]}")
        suite.set("failures", str(failures))
        suite.set("skipped", str(skipped))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
