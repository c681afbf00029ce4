"""Findings for people (tabulate tables) and for machines (JSON, CSV, annotations, JUnit, SARIF).

The machine formats follow ``--fail-on``: a JUnit failure, a GitHub error or warning
annotation and a SARIF error are what would fail the run, so a CI report is red exactly
when the command's exit status is.
"""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import polars as pl
from tabulate import tabulate
from wcwidth import wcswidth

from xinhong_metrics import columns as col
from xinhong_metrics.findings import Severity, Verdict
from xinhong_metrics.formats import FAIL_ON, OutputFormat

__all__ = ["FAIL_ON", "OutputFormat", "render", "sort_findings", "summary_line"]

# XML 1.0 refuses control characters other than tab, newline and carriage return; report
# texts from PDFs carry form feeds (page breaks).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# A quote longer than this is cut in the terminal table (markdown keeps it whole).
_QUOTE_CHARS = 60


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


def render(
    findings: pl.DataFrame,
    fmt: OutputFormat | str = OutputFormat.TABLE,
    *,
    fail_on: str = "error",
    base: Path | None = None,
) -> str:
    """Render a findings frame.

    Args:
        findings: a frame in the columns of :class:`~xinhong_metrics.schemas.FindingSchema`.
        fmt: one of :class:`OutputFormat`.
        fail_on: the severity that fails the run (``error``, ``warning``, ``never``): JUnit
            failures, GitHub annotations and SARIF levels follow it.
        base: the folder SARIF locations are relative to (the project root); the
            working folder when not given.

    Returns:
        The text to print, ending with a newline.
    """
    fmt = OutputFormat(fmt)
    failing = FAIL_ON[fail_on]
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
            # Annotations for what fails the run or warns; the rest is in one notice (GitHub
            # shows ten annotations per kind and step, so info findings would crowd them).
            shown = failing | {"error", "warning"}
            rows = [r for r in ordered.iter_rows(named=True) if r[col.SEVERITY] in shown]
            notes = "".join(_annotation(row, failing) for row in rows)
            return notes + f"::notice title=xinhong-metrics::{summary_line(ordered)}\n"
        case OutputFormat.JUNIT:
            return _junit(ordered, failing)
        case OutputFormat.SARIF:
            return _sarif(ordered, failing, base or Path.cwd())
        case OutputFormat.MARKDOWN:
            # A blank line ends the table, so the summary is not read as one more row.
            return _table(ordered, fmt) + "\n\n" + summary_line(ordered) + "\n"
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
        rows = [[_markdown_cell(c) for c in r] for r in rows]
        return tabulate(rows, headers=headers, tablefmt=tablefmt, disable_numparse=True)
    widths = _fitted_widths(headers)
    wrapped = [
        [
            cell if width is None else _wrap(cell, width)
            for cell, width in zip(r, widths, strict=True)
        ]
        for r in rows
    ]
    return tabulate(wrapped, headers=headers, tablefmt=tablefmt, disable_numparse=True)


# A figure, a range of figures or a percentage is one token, and so is a word of Latin
# letters: a line never breaks in them.
_TOKEN = re.compile(r"[\d.,:%+\-−×~∞()\[\]]+[^\s\d]?|[A-Za-z][\w'’-]*[.,;:]?|\s+|.")


def _fitted_widths(headers: list[str]) -> list[int | None]:
    """Column widths for the terminal: the message and quote take what the others leave."""
    columns = shutil.get_terminal_size((200, 24)).columns
    fixed = {t: w for t, w in _WIDTHS.items() if t not in ("message", "quote")}
    # verdict, severity, check, periods and where keep their own width (about 60).
    spare = max(columns - sum(fixed.values()) - 60 - 2 * len(headers), 40)
    flexible = {"message": spare * 2 // 3, "quote": spare // 3}
    return [fixed.get(t) or flexible.get(t) for t in headers]


def _wrap(text: str, width: int) -> str:
    """Wrap to ``width`` display columns at spaces or between characters, never in a figure."""
    lines: list[str] = []
    line, used = "", 0
    for token in _TOKEN.findall(text):
        size = wcswidth(token)
        if used + size > width and line.strip():
            lines.append(line.rstrip())
            line, used = ("", 0) if token.isspace() else (token, size)
            continue
        line, used = line + token, used + size
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines)


def _markdown_cell(text: str) -> str:
    """A cell of a Markdown table: one line, pipes escaped."""
    one_line = re.sub(r"\s*[\r\n]+\s*", "<br>", _CONTROL.sub(" ", text))
    return one_line.replace("|", "\\|")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(row: dict[str, object], failing: frozenset[str]) -> str:
    severity = str(row[col.SEVERITY])
    level = "error" if severity in failing else "warning"
    props = []
    if row[col.FILE]:
        props.append(f"file={_escape_property(str(row[col.FILE]))}")
    if row[col.LINE]:
        props.append(f"line={row[col.LINE]}")
    title = f"{row[col.CHECK]} {row[col.VERDICT]}: {row[col.INDICATOR]}"
    props.append(f"title={_escape_property(title)}")
    text = f"{row[col.MESSAGE]} — «{row[col.QUOTE]}»"
    return f"::{level} {','.join(props)}::{_escape_data(text)}\n"


def _junit(findings: pl.DataFrame, failing: frozenset[str]) -> str:
    """JUnit XML, the report format CI systems read: one suite per check id.

    A finding whose severity fails the run (``--fail-on``) is a failure; an inconsistent
    or ambiguous one below it passes with its message in ``system-out``; unverifiable and
    not-comparable ones are skipped; consistent ones pass. Control characters are removed,
    so the XML is well formed whatever the quotes hold, and the attributes are those that
    the Jenkins xunit plugin's junit-10.xsd allows.
    """
    root = ET.Element("testsuites", name="xinhong-metrics")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for (check,), group in findings.group_by([col.CHECK], maintain_order=True):
        suite = ET.SubElement(root, "testsuite", name=_xml(str(check)))
        counts = {"tests": group.height, "failures": 0, "errors": 0, "skipped": 0}
        for row in group.iter_rows(named=True):
            where = f"{row[col.FILE]}:{row[col.LINE]}" if row[col.LINE] else str(row[col.FILE])
            case = ET.SubElement(
                suite,
                "testcase",
                classname=_xml(f"{row[col.REPORT][0]}.{check}"),
                name=_xml(f"{row[col.INDICATOR]} {row[col.STATED]} ({where})"),
                time="0",
            )
            text = _xml(f"{row[col.MESSAGE]}\n«{row[col.QUOTE]}»")
            verdict = row[col.VERDICT]
            if row[col.SEVERITY] in failing:
                counts["failures"] += 1
                node = ET.SubElement(
                    case, "failure", message=_xml(str(row[col.MESSAGE])), type=str(verdict)
                )
                node.text = text
            elif verdict in (Verdict.INCONSISTENT.value, Verdict.AMBIGUOUS.value):
                ET.SubElement(case, "system-out").text = f"{verdict}: {text}"
            elif verdict != Verdict.CONSISTENT.value:
                counts["skipped"] += 1
                ET.SubElement(case, "skipped", message=_xml(f"{verdict}: {row[col.MESSAGE]}"))
        for key, n in counts.items():
            suite.set(key, str(n))
            totals[key] += n
        suite.set("time", "0")
    for key, n in totals.items():
        if key != "skipped":  # junit-10.xsd allows skipped on a suite, not on testsuites
            root.set(key, str(n))
    root.set("time", "0")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _xml(text: str) -> str:
    return _CONTROL.sub(" ", text)


_SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _sarif(findings: pl.DataFrame, failing: frozenset[str], base: Path) -> str:
    """SARIF 2.1.0: one rule per check id, one result per finding.

    A result's level is ``error`` when its severity fails the run, else ``warning`` for an
    inconsistent or ambiguous finding and ``note`` for the rest; consistent findings are
    kept with ``kind: pass``, so a dashboard shows what was checked as well.
    """
    checks = sorted(set(findings.get_column(col.CHECK).to_list()))
    rules = [
        {
            "id": check,
            "name": check.replace("-", " "),
            "shortDescription": {"text": f"xinhong-metrics check {check} (docs/checks.md)"},
        }
        for check in checks
    ]
    results = []
    for row in findings.iter_rows(named=True):
        severity, verdict = str(row[col.SEVERITY]), str(row[col.VERDICT])
        level = "error" if severity in failing else "warning" if severity != "info" else "note"
        result: dict[str, object] = {
            "ruleId": row[col.CHECK],
            "ruleIndex": checks.index(str(row[col.CHECK])),
            "kind": "pass" if verdict == Verdict.CONSISTENT.value else "fail",
            "level": "none" if verdict == Verdict.CONSISTENT.value else level,
            "message": {"text": f"{row[col.INDICATOR]}: {row[col.MESSAGE]}"},
            "properties": {
                "verdict": verdict,
                "severity": severity,
                "stated": row[col.STATED],
                "recomputed": row[col.RECOMPUTED],
                "quote": row[col.QUOTE],
                "periods": list(row[col.PERIODS]),
                "reports": list(row[col.REPORT]),
            },
        }
        if row[col.FILE]:
            region = {"startLine": int(row[col.LINE])} if row[col.LINE] else None
            physical: dict[str, object] = {
                "artifactLocation": {"uri": _uri(str(row[col.FILE]), base)}
            }
            if region is not None:
                physical["region"] = region
            result["locations"] = [{"physicalLocation": physical}]
        results.append(result)
    log = {
        "$schema": _SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "xinhong-metrics",
                        "version": _version(),
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _uri(file: str, base: Path) -> str:
    """A file as a SARIF artifact URI: relative to ``base`` where it lies under it."""
    path = Path(file)
    try:
        path = path.resolve().relative_to(base.resolve())
    except (ValueError, OSError):
        return path.as_uri() if path.is_absolute() else path.as_posix()
    return path.as_posix()


def _version() -> str:
    try:
        return version("xinhong-metrics")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree not installed
        return "0+unknown"
