"""The command line: ``xinhong-metrics check`` prints the discrepancy table."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from xinhong_metrics.config import Config, find_config
from xinhong_metrics.errors import ReportFileError, UsageError, XinhongError
from xinhong_metrics.formats import FAIL_ON, OutputFormat, split_output
from xinhong_metrics.numbers import Rounding

if TYPE_CHECKING:
    import polars as pl

    from xinhong_metrics.reports import ReportSet

# Each command imports what it needs when it runs, so that --help and --version start
# without polars, pandera and pint.

__all__ = ["main"]

# How many close matches an unknown indicator error names.
_SHOWN = 12
EXIT_FOUND = 1
EXIT_BAD_INPUT = 2


# Options that check and report share.
_ROUNDING = click.option(
    "--rounding",
    type=click.Choice([r.value for r in Rounding]),
    default=None,
    help="How the reports' figures are taken to be rounded [default: half_up].",
)
_EXCLUDE = click.option(
    "--exclude",
    "excludes",
    multiple=True,
    metavar="PATTERN",
    help="Leave out files and folders matching this glob in the folders searched "
    "(repeatable): --exclude drafts --exclude '*.draft.yaml'.",
)
# The project's concept catalog: every command that drafts or links takes it.
_CONCEPTS = click.option(
    "--concepts",
    type=click.Path(path_type=Path),
    default=None,
    metavar="FILE",
    help="A concept catalog file of the project's (the form of the shipped concepts.yaml): "
    "its concepts are added to the shipped ones, or replace those of the same id "
    "[default: concepts in pyproject.toml].",
)


def _use_concepts(given: Path | None, config: Config) -> None:
    """Draft and link with the project's catalog for the rest of the command, if it has one."""
    chosen = given or config.concepts
    if chosen is not None:
        from xinhong_metrics.concepts import using_catalog

        click.get_current_context().with_resource(using_catalog(chosen))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="xinhong-metrics")
def cli() -> None:
    """Check the numbers in Chinese government work reports."""


@cli.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    default=None,
    help="table/plain/markdown for people; json, csv, github, junit, sarif for machines "
    "[default: table, or format in pyproject.toml].",
)
@click.option(
    "--fail-on",
    type=click.Choice(list(FAIL_ON)),
    default=None,
    help="Exit 1 when a finding of this severity (or louder) is found [default: error].",
)
@_ROUNDING
@_EXCLUDE
@click.option(
    "--summary",
    is_flag=True,
    help="After the findings, print the verdicts per check id (and per entity, for several).",
)
@click.option(
    "--output",
    "outputs",
    multiple=True,
    metavar="FORMAT=PATH",
    help="Also write the findings in FORMAT to PATH (repeatable): --output junit=r.xml "
    "--output sarif=r.sarif. The --format output still goes to the terminal.",
)
@_CONCEPTS
@click.option(
    "--project",
    is_flag=True,
    help="With no paths: the paths of [tool.xinhong-metrics], else the current folder; "
    "never the bundled reports (the pre-commit hook and the GitHub Action use it).",
)
def check_command(
    paths: tuple[Path, ...],
    fmt: str | None,
    fail_on: str | None,
    rounding: str | None,
    excludes: tuple[str, ...],
    summary: bool,
    outputs: tuple[str, ...],
    concepts: Path | None,
    project: bool,
) -> None:
    """Check report files and texts, and print the findings.

    With no paths: the paths of [tool.xinhong-metrics] in the project's pyproject.toml,
    else the bundled reports. Options not given take their values from that table.
    Exit status: 0 when nothing reaches --fail-on, 1 when something does, 2 for bad
    input or usage. Under GitHub Actions the Markdown table is also added to the job
    summary ($GITHUB_STEP_SUMMARY).
    """
    from tabulate import tabulate

    from xinhong_metrics.checks import audit, by_entity
    from xinhong_metrics.engine import check_findings, report_set
    from xinhong_metrics.files import bundled_report_paths, find_report_files
    from xinhong_metrics.frames import findings_frame
    from xinhong_metrics.rendering import render

    config = find_config()
    _use_concepts(concepts, config)
    fmt = fmt or config.fmt or OutputFormat.TABLE.value
    fail_on = fail_on or config.fail_on or "error"
    rounding = rounding or config.rounding or Rounding.HALF_UP.value
    written = [_output_target(spec) for spec in (*config.outputs, *outputs)]
    targets: list[Path] = list(paths) or list(config.paths)
    if not targets and config.file is not None:
        raise UsageError(
            "no paths given, and [tool.xinhong-metrics] sets none", file=str(config.file)
        )
    if not targets and project:
        targets = [Path(".")]
    if not targets:
        targets = bundled_report_paths()
        if not targets:
            raise UsageError("no report files given and no bundled reports found")
        logging.getLogger("xinhong_metrics").info(
            "no paths given: checking the bundled reports (%s)", targets[0].parent
        )
    exclude = (*config.exclude, *excludes)
    inputs = find_report_files(targets, texts=True, exclude=exclude)
    if not inputs:
        raise UsageError("no report files or texts to check in the paths given")
    # A text that cannot be drafted is named on stderr and ends the run with status 2,
    # after the rest of the folder is checked: one text does not hide the others' findings.
    skipped: list[ReportFileError] = []
    collection = report_set(targets, exclude=exclude, skipped=skipped)
    protected = [*inputs, *_source_texts(collection), *filter(None, [config.file])]
    _refuse_overwriting([p for _, p in written], protected)
    findings = findings_frame(check_findings(collection, Rounding(rounding)), validate=False)
    root = None if config.file is None else config.file.parent
    click.echo(render(findings, fmt, fail_on=fail_on, base=root), nl=False)
    for out_fmt, path in written:
        write_atomically(path, render(findings, out_fmt, fail_on=fail_on, base=root))
    _github_summary(findings, fail_on)
    if summary:
        counts = audit(findings)
        table = tabulate(counts.rows(), headers=counts.columns, tablefmt="simple", floatfmt=".0%")
        if findings.get_column("entity").n_unique() > 1:
            corpus = by_entity(findings)
            table += "\n\n" + tabulate(
                corpus.rows(), headers=corpus.columns, tablefmt="simple", floatfmt=".0%"
            )
        # After a table, on standard output; after machine output, apart from it.
        machine = fmt in ("json", "csv", "junit", "github", "sarif")
        click.echo(("\n" if not machine else "") + table, err=machine)
    _end_if_skipped(skipped)
    failing = FAIL_ON[fail_on]
    severities = set(findings.get_column("severity").to_list())
    if severities & failing:
        sys.exit(EXIT_FOUND)


def _github_summary(findings: pl.DataFrame, fail_on: str) -> None:
    """Under GitHub Actions, add the Markdown table to the job summary."""
    from xinhong_metrics.rendering import render, summary_line

    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if step_summary:
        # GitHub takes 1 MiB of summary per step: the table holds the errors and warnings,
        # and the summary line counts everything (a corpus's full table ran to 892 KB).
        loud = findings.filter(findings.get_column("severity").is_in(["error", "warning"]))
        table = render(loud, "markdown", fail_on=fail_on) if loud.height else ""
        _append_step_summary(Path(step_summary), table, summary_line(findings))


def _end_if_skipped(skipped: list[ReportFileError]) -> None:
    """Name each text that could not be drafted, and end with status 2 if one was."""
    for exc in skipped:
        click.echo(f"xinhong-metrics: {exc} (not checked)", err=True)
    if skipped:
        sys.exit(EXIT_BAD_INPUT)


def _output_target(spec: str) -> tuple[str, Path]:
    """Read ``FORMAT=PATH`` of --output."""
    parsed = split_output(spec)
    if parsed is None:
        known = ", ".join(f.value for f in OutputFormat)
        raise UsageError(f"--output takes FORMAT=PATH with FORMAT one of {known}")
    out_fmt, path = parsed
    target = Path(path)
    if target.is_dir():
        raise UsageError("is a folder; name the output file", file=path)
    return out_fmt, target


def _source_texts(collection: ReportSet) -> list[Path]:
    """The source texts the loaded report files name (an output never replaces one)."""
    found = []
    for loaded in collection:
        text = loaded.report.report.source.text
        if text is not None:
            found.append(loaded.path.parent / text)
    return found


def _refuse_overwriting(targets: list[Path], inputs: list[Path]) -> None:
    """An output never replaces a report file, a report text or the configuration."""
    taken = {p.resolve() for p in inputs}
    for target in targets:
        if target.resolve() in taken:
            raise UsageError(
                "is an input of this check; an output never replaces one", file=str(target)
            )


def _append_step_summary(path: Path, table: str, summary: str) -> None:
    """Add the errors and warnings, and the summary line, to the GitHub Actions job summary."""
    text = "## xinhong-metrics\n\n"
    if table:
        text += table.rstrip("\n").rsplit("\n\n", 1)[0] + "\n\n"
    text += summary + "\n"
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise UsageError(f"cannot write the job summary ({exc.strerror})", file=str(path)) from None


@cli.command("check-table")
@click.argument("table", type=click.Path(path_type=Path))
@click.option("--entity", help="The column of the reporting entity [default: entity].")
@click.option("--indicator", help="The column of the indicator's name [default: indicator].")
@click.option("--period", help="The column of the year [default: period].")
@click.option(
    "--value",
    "level",
    help="The column of the level as written: 297.7, 297.7亿元 [default: level].",
)
@click.option("--unit", help="The column of the level's unit, if any [default: unit].")
@click.option("--change", help="The column of the stated change: 增长5.1% [default: change].")
@click.option("--basis", help="The column of the price basis: comparable or nominal.")
@click.option("--scope", help="The column of the scope (口径), if any.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    default=None,
    help="As for check [default: table].",
)
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)), default=None, help="As for check.")
@click.option(
    "--output", "outputs", multiple=True, metavar="FORMAT=PATH", help="As for check (repeatable)."
)
def check_table_command(
    table: Path,
    fmt: str | None,
    fail_on: str | None,
    outputs: tuple[str, ...],
    **roles: str | None,
) -> None:
    """Check a table of indicators (CSV or Parquet): each stated change against the year before.

    One row per entity, indicator and period, the level and the change as written. The
    column of each role is named by its option, else by [tool.xinhong-metrics] columns
    in pyproject.toml, else by the role's own name. Output formats and exit status as
    for check.
    """
    from xinhong_metrics.rendering import render
    from xinhong_metrics.tables import read_table, table_findings_frame

    config = find_config()
    fmt = fmt or config.fmt or OutputFormat.TABLE.value
    fail_on = fail_on or config.fail_on or "error"
    written = [_output_target(spec) for spec in (*config.outputs, *outputs)]
    _refuse_overwriting([p for _, p in written], [table, *filter(None, [config.file])])
    mapping = dict(config.columns) | {role: c for role, c in roles.items() if c}
    findings = table_findings_frame(read_table(table, mapping), table)
    click.echo(render(findings, fmt, fail_on=fail_on), nl=False)
    for out_fmt, path in written:
        write_atomically(path, render(findings, out_fmt, fail_on=fail_on))
    if set(findings.get_column("severity").to_list()) & FAIL_ON[fail_on]:
        sys.exit(EXIT_FOUND)


@cli.command("report")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(path_type=Path),
    required=True,
    help="The HTML file to write (one page, nothing fetched when it is opened).",
)
@_ROUNDING
@_EXCLUDE
@click.option("--title", default="xinhong-metrics", show_default=True, help="The page's title.")
@_CONCEPTS
def report_command(
    paths: tuple[Path, ...],
    output: Path,
    rounding: str | None,
    excludes: tuple[str, ...],
    title: str,
    concepts: Path | None,
) -> None:
    """Write one HTML page: each report's text with every checked figure marked.

    Takes report files and report texts alike (default: the project's configured paths,
    else the bundled reports). Click a mark, or press j/k, to see what was recomputed
    and why.
    """
    from xinhong_metrics.engine import check_findings, report_set
    from xinhong_metrics.files import bundled_report_paths, find_report_files
    from xinhong_metrics.page import html_report

    config = find_config()
    _use_concepts(concepts, config)
    targets: list[Path] = list(paths) or list(config.paths) or bundled_report_paths()
    exclude = (*config.exclude, *excludes)
    inputs = find_report_files(targets, texts=True, exclude=exclude) if targets else []
    if not inputs:
        raise UsageError("no report files or texts to show in the paths given")
    if output.is_dir():
        raise UsageError("is a folder; name the HTML file", file=str(output))
    collection = report_set(targets, exclude=exclude)
    protected = [*inputs, *_source_texts(collection), *filter(None, [config.file])]
    _refuse_overwriting([output], protected)
    findings = check_findings(collection, Rounding(rounding or config.rounding or "half_up"))
    write_atomically(output, html_report(collection, findings, title=title))
    click.echo(f"wrote {output}: {len(collection)} reports, {len(findings)} findings")


@cli.command("history")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--indicator", "indicator_id", required=True, help="The indicator's stable id.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "markdown", "json", "csv"]),
    default="table",
    show_default=True,
)
@click.option(
    "--rounding",
    type=click.Choice([r.value for r in Rounding]),
    default=Rounding.HALF_UP.value,
    show_default=True,
)
@_CONCEPTS
def history_command(
    paths: tuple[Path, ...], indicator_id: str, fmt: str, rounding: str, concepts: Path | None
) -> None:
    """Print one indicator year by year: stated value and change, implied and stated prior.

    Reads the given report files (default: the bundled reports).
    """
    from xinhong_metrics.engine import report_set
    from xinhong_metrics.files import bundled_report_paths
    from xinhong_metrics.history import history_frame

    _use_concepts(concepts, find_config())
    targets: list[Path] = list(paths) or bundled_report_paths()
    collection = report_set(targets)
    frame = history_frame(collection, indicator_id, Rounding(rounding))
    if frame.height == 0:
        ids = collection.indicator_ids()
        close = [i for i in ids if indicator_id in i or i in indicator_id] or ids
        known = ", ".join(close[:_SHOWN]) + (", …" if len(close) > _SHOWN else "")
        raise UsageError(f"no report states indicator {indicator_id!r} (known: {known})")
    _echo_frame(frame, fmt)


def _echo_frame(frame: pl.DataFrame, fmt: str) -> None:
    """Print a plain frame as a table, markdown, JSON or CSV (history, links)."""
    from tabulate import tabulate

    if fmt == "json":
        click.echo(json.dumps(frame.to_dicts(), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(frame.write_csv(), nl=False)
    else:
        tablefmt = "github" if fmt == "markdown" else "simple"
        click.echo(
            tabulate(frame.rows(), headers=frame.columns, tablefmt=tablefmt, disable_numparse=True)
        )


@cli.command("links")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "markdown", "json", "csv"]),
    default="table",
    show_default=True,
)
@_CONCEPTS
def links_command(paths: tuple[Path, ...], fmt: str, concepts: Path | None) -> None:
    """Show which values are linked across reports (by concept or id), and which kept apart.

    Reads report files and texts (default: the bundled reports).
    """
    from xinhong_metrics.engine import report_set
    from xinhong_metrics.files import bundled_report_paths
    from xinhong_metrics.links import links_frame, unlinked_drafted

    _use_concepts(concepts, find_config())
    collection = report_set(list(paths) or bundled_report_paths())
    frame = links_frame(collection)
    _echo_frame(frame, fmt)
    unlinked = unlinked_drafted(collection)
    if unlinked:
        click.echo(
            f"{unlinked} drafted indicators have no catalog concept nor a specific name, and "
            "link nothing until a person reviews them",
            err=True,
        )


@cli.command("extract")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Draft file (or folder).")
@click.option("--force", is_flag=True, help="Overwrite an existing draft.")
@click.option("--entity", help="The jurisdiction, when the text does not name it.")
@click.option("--period", type=click.IntRange(1949, 2100), help="The year the actuals are for.")
@click.option(
    "--kind",
    type=click.Choice(
        [
            "government_work_report",
            "work_report",
            "work_summary",
            "final_accounts",
            "statistical_communique",
        ]
    ),
    help="The kind of report, when the header does not say.",
)
@_CONCEPTS
def extract_command(
    source: Path,
    output: Path | None,
    force: bool,
    entity: str | None,
    period: int | None,
    kind: str | None,
    concepts: Path | None,
) -> None:
    """Draft report files from report texts: a .txt file, or a folder of them.

    Each draft is written beside its text (or to -o) as NAME.draft.yaml; an existing
    file is never overwritten without --force. Ends with a coverage line per file.
    With -o - the draft of one text is printed, and its coverage line goes to stderr.
    """
    _use_concepts(concepts, find_config())
    given = {"entity": entity, "period": period, "kind": kind}
    if output is not None and str(output) == "-":
        if not source.is_file():
            raise UsageError("-o - prints one draft: give a .txt file", file=str(source))
        _extract_one(source, None, given)
        return
    jobs = _extract_jobs(source, output, force=force)
    if len(jobs) == 1:
        _extract_one(*jobs[0], given)
        return
    with click.progressbar(jobs, label="extracting", file=sys.stderr, show_pos=True) as bar:
        for text_path, target in bar:
            _extract_one(text_path, target, given)


def _extract_jobs(source: Path, output: Path | None, *, force: bool) -> list[tuple[Path, Path]]:
    """Each text to draft and the draft file it goes to, refused where that would lose a file."""
    from xinhong_metrics.extract import iter_text_files

    if source.is_dir():
        texts = list(iter_text_files(source))
        if not texts:
            raise UsageError("no .txt files in the folder", file=str(source))
        folder = output or source
        jobs = [(t, folder / f"{t.stem}.draft.yaml") for t in texts]
    elif source.is_file():
        target = output or source.with_suffix(".draft.yaml")
        if target.is_dir():  # -o drafts/: the draft goes into that folder, named as the text
            target = target / f"{source.stem}.draft.yaml"
        jobs = [(source, target)]
    else:
        raise UsageError("no such file or folder", file=str(source))
    inputs = {t.resolve() for t, _ in jobs}
    for _, target in jobs:
        if target.resolve() in inputs:
            raise UsageError(
                "is an input text; a draft never replaces its source", file=str(target)
            )
        if target.is_dir():
            raise UsageError("is a folder; name the draft file", file=str(target))
        if target.exists() and not target.is_file():
            raise UsageError("is not a regular file", file=str(target))
        if target.exists() and not force:
            raise UsageError("exists; pass --force to overwrite it", file=str(target))
    return jobs


def _extract_one(text_path: Path, target: Path | None, given: dict[str, Any]) -> None:
    """Draft one text to ``target``, or print the draft when ``target`` is ``None``."""
    from xinhong_metrics.extract import draft_file
    from xinhong_metrics.files import dump_document, load_document

    draft = draft_file(text_path, target or text_path.with_suffix(".draft.yaml"), **given)
    try:
        # A draft is validated as `check` would load it before it is written: one that
        # would not load is a bug of extract, and is not left for the user to find.
        load_document(draft.document, path=target or text_path, text=draft.text)
    except ReportFileError as exc:
        where = f"{exc.field}: " if exc.field else ""
        raise UsageError(
            f"the draft would not load ({where}{exc.reason}): a bug in extract, please report it",
            file=str(text_path),
        ) from None
    header = (
        f"Draft of {text_path.name}, written by xinhong-metrics extract: review every\n"
        f"indicator name, link and claim before relying on it.\n{draft.coverage.line()}"
    )
    if target is None:
        click.echo(dump_document(draft.document, header), nl=False)
        click.echo(f"{text_path.name}: {draft.coverage.line()}", err=True)
        return
    write_atomically(target, dump_document(draft.document, header))
    click.echo(f"{target}: {draft.coverage.line()}")


def write_atomically(target: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``target`` and rename it into place.

    A kill mid-write leaves the previous file (or none), never half a draft.

    Raises:
        UsageError: when the folder cannot be made or the file cannot be written.
    """
    handle = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - renamed, not closed, at the end
            "w", encoding="utf-8", dir=target.parent, prefix=f".{target.name}.", delete=False
        )
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # NamedTemporaryFile makes a private file; a report is read by others (CI steps).
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(handle.name, 0o666 & ~umask)
        os.replace(handle.name, target)
    except OSError as exc:
        if handle is not None:
            Path(handle.name).unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise UsageError(f"cannot write ({reason})", file=str(target)) from None


@cli.command("schema")
@click.option("--write", "write_to", type=click.Path(path_type=Path), help="Write it to this file.")
@click.option(
    "--check",
    "check_against",
    type=click.Path(path_type=Path),
    help="Exit 1 if this file differs from the schema the code generates.",
)
@click.option(
    "--catalog",
    "of_catalog",
    is_flag=True,
    help="The schema of concept catalog files (--concepts), not of report files.",
)
def schema_command(write_to: Path | None, check_against: Path | None, of_catalog: bool) -> None:
    """Print (or write, or check) the JSON Schema of report files (or catalog files)."""
    from xinhong_metrics.concepts import catalog_json_schema
    from xinhong_metrics.files import report_json_schema

    text = catalog_json_schema() if of_catalog else report_json_schema()
    if check_against is not None:
        try:
            current = check_against.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read ({exc.strerror})", file=str(check_against)) from None
        if current != text:
            click.echo(f"{check_against}: out of date; run `make schema`", err=True)
            sys.exit(EXIT_FOUND)
        return
    if write_to is not None:
        write_to.write_text(text, encoding="utf-8")
        return
    click.echo(text, nl=False)


class _Notes(logging.Handler):
    """Print the library's notes (a file skipped in a folder) as one line each on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"xinhong-metrics: note: {record.getMessage()}", err=True)


def main(argv: list[str] | None = None) -> None:
    """Run the command line; bad input ends with one line on stderr and exit status 2."""
    log = logging.getLogger("xinhong_metrics")
    if not any(isinstance(h, _Notes) for h in log.handlers):
        log.addHandler(_Notes())
        log.setLevel(logging.INFO)
    try:
        cli.main(args=argv, prog_name="xinhong-metrics", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("xinhong-metrics: aborted", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except click.ClickException as exc:
        click.echo(f"xinhong-metrics: {exc.format_message()}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except XinhongError as exc:
        click.echo(f"xinhong-metrics: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        # A bug of ours, not bad input; still one line, never a traceback, unless asked.
        if os.environ.get("XINHONG_METRICS_DEBUG"):
            raise
        first = (str(exc).strip().splitlines() or [""])[0]
        click.echo(
            f"xinhong-metrics: internal error ({type(exc).__name__}: {first}); please report "
            "it, with XINHONG_METRICS_DEBUG=1 for the traceback",
            err=True,
        )
        sys.exit(EXIT_BAD_INPUT)
