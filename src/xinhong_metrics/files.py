"""Report files: YAML in, typed model out, every error located at a file, line and field."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from xinhong_metrics._yaml import (
    MAX_TEXT_BYTES,
    FieldPath,
    dump_document,
    format_field,
    line_of,
    read_regular_file,
    read_text_file,
    read_yaml_mapping,
    validation_error,
)
from xinhong_metrics.discovery import bundled_report_paths, find_report_files
from xinhong_metrics.errors import ReportFileError, UnitError
from xinhong_metrics.lexicon import half_width
from xinhong_metrics.model import (
    AbsoluteChange,
    PartOfWhole,
    Report,
    Share,
)
from xinhong_metrics.numbers import parse_figure
from xinhong_metrics.units import is_count_unit, require_same_dimension

__all__ = [
    "LoadedReport",
    "bundled_report_paths",
    "dump_document",
    "find_report_files",
    "load_document",
    "load_report",
    "read_text_file",
    "report_json_schema",
]

_log = logging.getLogger("xinhong_metrics")


@dataclass(frozen=True)
class LoadedReport:
    """A report file read and verified against its source text.

    Attributes:
        path: the file it was read from.
        report: the typed content.
        text: the bundled source text, or ``None`` when the report has none.
        tree: the YAML as read, kept for the line numbers of its fields.
    """

    path: Path
    report: Report
    text: str | None
    tree: Any

    def line_of(self, path: FieldPath) -> int | None:
        """1-based line of a field given as a path (``("claims", 3, "stated")``)."""
        return line_of(self.tree, path)

    def text_line(self, offset: int | None) -> int | None:
        """For a report drafted from a text (its path is the .txt), the line of an offset.

        A finding on a raw text then points at the sentence, as one on a report file
        points at the claim's YAML.
        """
        if offset is None or self.text is None or self.path.suffix != ".txt":
            return None
        return self.text.count("\n", 0, min(offset, len(self.text))) + 1


def load_report(path: str | Path, *, text_root: str | Path | None = None) -> LoadedReport:
    """Read a report file, validate it, and verify every quote against the source text.

    Args:
        path: a YAML report file.
        text_root: the folder the report's source text must lie in; by default the
            report file's own folder. A text outside it, a device, a FIFO or a file
            above the size limit is refused before it is read.

    Returns:
        The report with its source text and line map.

    Raises:
        ReportFileError: for an unreadable file, malformed YAML, a field of the wrong
            type or value, an unknown unit or indicator, a source text that is missing
            or altered, or a quote that is not at its offset. The message names the
            file, the line and the field.
    """
    path = Path(path)
    name = str(path)
    tree = read_yaml_mapping(path, name)
    try:
        report = Report.model_validate(tree)
    except ValidationError as exc:
        raise validation_error(exc, tree, name) from None
    except RecursionError:
        raise ReportFileError("nested too deeply", file=name) from None
    loaded = LoadedReport(path=path, report=report, text=None, tree=tree)
    _check_references(loaded)
    _check_levels(loaded)
    _check_figures_in_quotes(loaded)
    text = _read_source_text(loaded, None if text_root is None else Path(text_root))
    loaded = LoadedReport(path=path, report=report, text=text, tree=tree)
    if text is not None:
        _check_quotes(loaded, text)
    return loaded


def load_document(
    document: dict[str, Any], *, path: str | Path, text: str | None = None
) -> LoadedReport:
    """Validate a report file's content held in memory (a draft), as :func:`load_report` does.

    Args:
        document: plain data in the report-file format.
        path: the file it stands for, named in errors.
        text: the source text its quotes are checked against, if any.

    Raises:
        ReportFileError: for content that would not load from a file.
    """
    path = Path(path)
    try:
        report = Report.model_validate(document)
    except ValidationError as exc:
        raise validation_error(exc, document, str(path)) from None
    loaded = LoadedReport(path=path, report=report, text=text, tree=document)
    _check_references(loaded)
    _check_levels(loaded)
    _check_figures_in_quotes(loaded)
    if text is not None:
        _check_quotes(loaded, text)
    return loaded


def _fail(loaded: LoadedReport, path: FieldPath, reason: str) -> ReportFileError:
    return ReportFileError(
        reason, file=str(loaded.path), line=loaded.line_of(path), field=format_field(path)
    )


def _check_references(loaded: LoadedReport) -> None:
    report = loaded.report
    ids: dict[str, int] = {}
    for i, ind in enumerate(report.indicators):
        if ind.id in ids:
            raise _fail(loaded, ("indicators", i, "id"), f"duplicate indicator id {ind.id!r}")
        ids[ind.id] = i
        periods = [v.period for v in ind.values]
        for j, period in enumerate(periods):
            if period in periods[:j]:
                raise _fail(
                    loaded,
                    ("indicators", i, "values", j, "period"),
                    f"second value for period {period}",
                )
    for i, claim in enumerate(report.claims):
        for field, ref in claim.references():
            if ref not in ids:
                raise _fail(loaded, ("claims", i, field), f"unknown indicator {ref!r}")
        for field, ref in claim.references():
            if field == "also_refers_to" or not claim.NEEDS_VALUES:
                continue  # a change may be stated without the value it changes
            if report.indicator(ref).value_for(claim.period) is None:
                raise _fail(
                    loaded,
                    ("claims", i, field),
                    f"indicator {ref!r} has no value for period {claim.period}",
                )
        _check_dimensions(loaded, i, claim)


def _check_dimensions(loaded: LoadedReport, index: int, claim: object) -> None:
    """Parts and wholes must measure one thing: 户 never adds up with 人."""
    report = loaded.report
    pairs: list[tuple[str, str, str]] = []
    if isinstance(claim, PartOfWhole):
        pairs = [("parts", claim.whole, part) for part in claim.parts]
    elif isinstance(claim, Share) and claim.part is not None and claim.whole is not None:
        pairs = [("whole", claim.part, claim.whole)]
    elif isinstance(claim, AbsoluteChange):
        try:
            require_same_dimension(report.indicator(claim.indicator).unit, claim.unit)
        except UnitError as exc:
            raise _fail(loaded, ("claims", index, "unit"), exc.reason) from None
    for field, first, second in pairs:
        a, b = report.indicator(first).unit, report.indicator(second).unit
        try:
            require_same_dimension(a, b)
        except UnitError as exc:
            raise _fail(loaded, ("claims", index, field), exc.reason) from None


def _read_source_text(loaded: LoadedReport, root: Path | None) -> str | None:
    source = loaded.report.report.source
    if source.text is None:
        return None
    field = ("report", "source", "text")
    folder = (root if root is not None else loaded.path.parent).resolve()
    text_path = loaded.path.parent / source.text
    # Resolved, so that neither ../ nor a symbolic link leads a report file to read
    # (or, through the quote-offset hints, probe) a file elsewhere on the machine. A
    # text elsewhere is read only when the file pins it by its sha256 (as drafts do):
    # then nothing about it is told but whether it is exactly that file.
    outside = not text_path.resolve().is_relative_to(folder)
    if outside and source.sha256 is None:
        raise _fail(
            loaded,
            field,
            f"source text {source.text} is outside {folder}; a text must lie beside the "
            "report file (or under the text root), or be pinned by report.source.sha256",
        )
    try:
        raw = read_regular_file(
            text_path, MAX_TEXT_BYTES, str(text_path), what=f"source text {text_path}"
        )
    except ReportFileError as exc:
        raise _fail(loaded, field, exc.reason) from None
    if source.sha256 is not None and hashlib.sha256(raw).hexdigest() != source.sha256:
        raise _fail(
            loaded,
            ("report", "source", "sha256"),
            f"source text {text_path} does not match its sha256 (was it edited?)",
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail(loaded, field, f"source text {text_path} is not UTF-8") from None


def _check_levels(loaded: LoadedReport) -> None:
    """A level is a level: no direction word, and never below zero where it counts."""
    shared = _parts_and_wholes(loaded.report)
    for i, ind in enumerate(loaded.report.indicators):
        for j, value in enumerate(ind.values):
            number = parse_figure(value.figure)
            where: FieldPath = ("indicators", i, "values", j, "figure")
            if number.signed and value.figure.strip()[:1] not in "+-−":
                raise _fail(
                    loaded,
                    where,
                    f"figure {value.figure!r} is a change, not a level; state it as a claim",
                )
            allowed = number.interval()
            if allowed.is_empty:
                raise _fail(loaded, where, f"no value is {value.figure!r}")
            below_zero = allowed.hi is not None and (
                allowed.hi < 0 or (allowed.hi == 0 and not allowed.hi_closed)
            )
            if (number.sign < 0 or below_zero) and (is_count_unit(ind.unit) or ind.id in shared):
                what = f"a count in {ind.unit}" if is_count_unit(ind.unit) else "a part or whole"
                raise _fail(
                    loaded, where, f"figure {value.figure!r} is negative, which {what} cannot be"
                )


def _parts_and_wholes(report: Report) -> set[str]:
    ids: set[str] = set()
    for claim in report.claims:
        if isinstance(claim, Share):
            ids.update(i for i in (claim.rate, claim.part, claim.whole) if i is not None)
        elif isinstance(claim, PartOfWhole) and claim.relation == "complete":
            # 出生率 = 死亡率 + 人口自然增长率: a part of a signed identity may be negative.
            ids.add(claim.whole)
        elif isinstance(claim, PartOfWhole):
            ids.update((claim.whole, *claim.parts))
    return ids


def _check_figures_in_quotes(loaded: LoadedReport) -> None:
    """Each figure and stated change stands in its own quote, with or without a text."""
    report = loaded.report
    for i, ind in enumerate(report.indicators):
        for j, value in enumerate(ind.values):
            if not figure_in_quote(value.figure, value.quote):
                raise _fail(
                    loaded,
                    ("indicators", i, "values", j, "figure"),
                    f"figure {value.figure!r} is not in the quote",
                )
    for i, claim in enumerate(report.claims):
        stated = getattr(claim, "stated", None)
        if isinstance(stated, str) and not stated_in_quote(stated, claim.quote):
            raise _fail(loaded, ("claims", i, "stated"), f"stated {stated!r} is not in the quote")


def _check_quotes(loaded: LoadedReport, text: str) -> None:
    report = loaded.report
    for i, ind in enumerate(report.indicators):
        for j, value in enumerate(ind.values):
            base: FieldPath = ("indicators", i, "values", j)
            _check_quote(loaded, text, base, value.quote, value.offset)
    for i, claim in enumerate(report.claims):
        _check_quote(loaded, text, ("claims", i), claim.quote, claim.offset)
    for i, item in enumerate(report.not_metrics):
        _check_quote(loaded, text, ("not_metrics", i), item.text, item.offset, key="text")


def _check_quote(
    loaded: LoadedReport,
    text: str,
    base: FieldPath,
    quote: str,
    offset: int | None,
    key: str = "quote",
) -> None:
    if offset is None:
        raise _fail(loaded, (*base, "offset"), "offset is required when the source text is bundled")
    if text[offset : offset + len(quote)] == quote:
        return
    found = text.find(quote)
    hint = f"; it is at offset {found}" if found >= 0 else "; it is nowhere in the source"
    raise _fail(loaded, (*base, key), f"{key} {quote!r} is not at offset {offset}{hint}")


_TRAILING_QUALIFIER = re.compile(r"^(.+?)(以上|以下|以内|左右)$")


_FALL_WORDS = "(?:下降|减少|降低|回落|下滑)"


def figure_in_quote(figure: str, quote: str) -> bool:
    """Whether a value's figure stands in its quote.

    Verbatim, or with the unit between the number and a trailing qualifier, as reports
    write it: figure 1000万以上 in 1000万人以上, 6.8左右 in 6.8%左右; or with the points
    word said once for a list (1.2个百分点 in 1.2个和1.5个百分点). Widths are folded:
    7.4万亿 stands in ７．４万亿元; and line breaks are read through, as a text wrapped
    mid-figure is (1,631.45 stands in 1,6⏎31.45亿元). A figure below zero stands in its
    fall (-2.1 in 下降2.1%).
    """
    figure, quote = half_width(figure), _LINE_BREAK.sub("", half_width(quote))
    if figure in quote:
        return True
    if figure.startswith("-"):
        # A growth below zero, -2.1 in 下降2.1%: the sign in the direction's word.
        said = re.search(rf"{_FALL_WORDS}(?<![\d.]){re.escape(figure[1:])}(?![\d.])", quote)
        return said is not None
    if figure.endswith("个百分点"):
        # 1.2个百分点 in 分别提高1.2个和1.5个百分点 (or 1.2和1.5个百分点): the points word
        # said once for a list.
        number = figure.removesuffix("个百分点")
        said = re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", quote)
        return said is not None and "百分点" in quote[said.end() :]
    split = _TRAILING_QUALIFIER.match(figure)
    if split is None:
        return False
    core, word = split.groups()
    at = quote.find(core)
    return at >= 0 and quote.find(word, at + len(core)) >= 0


_LEADING_WORD = re.compile(r"^([^\d+\-−.]*)(.*)$")
# A line break and the spaces around it, which a wrapped text puts inside a figure, with
# a page's footer between two breaks (12.0⏎第1页⏎6亿元).
_LINE_BREAK = re.compile(
    r"[ \t]*(?:\r?\n[ \t]*(?:第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|[-—]\s*\d+\s*[-—]|\d+\s*/\s*\d+)"
    r"[ \t]*)?[\r\n]+[ \t]*"
)


def stated_in_quote(stated: str, quote: str) -> bool:
    """Whether a claim's stated figure stands in its quote.

    Verbatim, or, for one item of a respectively-list (同比分别下降4.1%和12.7%), its
    direction word and its figure each stand there apart; the figure stands as a value's
    does, its unit maybe before a trailing qualifier (增加300以上 in 增加300亿元以上).
    """
    stated, quote = half_width(stated), _LINE_BREAK.sub("", half_width(quote))
    if stated in quote:
        return True
    word, figure = _LEADING_WORD.match(stated).groups()  # type: ignore[union-attr]
    return bool(word) and bool(figure) and word in quote and figure_in_quote(figure, quote)


def report_json_schema() -> str:
    """The JSON Schema of report files, as the text stored in ``schemas/``."""
    schema = Report.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "xinhong_metrics report file",
        **{k: v for k, v in schema.items() if k != "title"},
    }
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
