"""Draft a report file from raw text: every number a value, a claim, or set aside with a reason.

The draft is for a person to review: indicator ids are numbered, names are the words
before each figure, and where a change could refer to more than one figure the draft
says so (``also_refers_to``). It follows the report-file format exactly, so
``xinhong-metrics check DRAFT.yaml`` runs on it at once.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xinhong_metrics.errors import ReportFileError, UsageError
from xinhong_metrics.extract._relations import _RelationPasses
from xinhong_metrics.extract._review import (
    _as_published,
    _mark_for_review,
    _own_level,
    _with_meaningful_ids,
)
from xinhong_metrics.extract._state import Coverage
from xinhong_metrics.extract.metadata import REVIEW_HEADING_BASIS, Metadata, read_metadata
from xinhong_metrics.extract.patterns import (
    HEADING_MARK,
    PAGE_FOOTER,
    SPAN,
    WRAP_HEADING_WORDS,
)
from xinhong_metrics.lexicon import (
    HALF_WIDTH,
    half_width,
)
from xinhong_metrics.scan import scan_numbers

__all__ = ["Coverage", "Draft", "draft_file", "draft_report", "iter_text_files"]


@dataclass
class Draft:
    """A drafted report file and its coverage.

    Attributes:
        document: the report file as plain data, ready to write as YAML.
        coverage: what became of every number in the text.
        text: the text it was drafted from, as given (its quotes are cut from it).
    """

    document: dict[str, Any]
    coverage: Coverage
    text: str = ""


def draft_report(
    text: str,
    *,
    report_id: str = "draft",
    source_text: str | None = None,
    source_sha256: str | None = None,
    period: int | None = None,
    entity: str | None = None,
    kind: str | None = None,
) -> Draft:
    """Draft a report file from a report's text.

    Args:
        text: the report's full text.
        report_id: the id of the drafted report.
        source_text: the text file's path as the report file will name it.
        source_sha256: the text file's sha256, to be recorded.
        period: the year the report's actuals belong to; read from the text when absent
            (a work report delivered in 2025 reviews 2024).
        entity: the jurisdiction; read from the text when absent.
        kind: the report-file kind; read from the text when absent.

    Returns:
        The draft (a document in the report-file format) and its coverage.

    Raises:
        UsageError: when the text is not a string.
    """
    if not isinstance(text, str):
        raise UsageError(f"extract takes text, got {type(text).__name__}")
    meta = read_metadata(text)
    year, basis = period, "given"
    if year is None:
        year, basis = meta.period, meta.period_basis
    if year is None:
        guessed = _guess_period(text)
        if guessed is None:
            # An unknown is said, never defaulted to a year.
            raise ReportFileError(
                "the text names no year, so the year it reports on is unknown; give it "
                "(xinhong-metrics extract --period YEAR)",
                field="report.period",
            )
        year, basis = guessed, "guessed from the most frequent year (review it)"
    # Full-width digits, points and percent signs (７．４万亿元, ２００９年, ５％) are read
    # as their ASCII forms; the translation keeps every offset, and quotes are cut
    # from the text as published (see _as_published).
    read, positions = _unwrapped(half_width(text))
    extractor = _Extractor(read, year, meta.plan_start)
    titled_span = SPAN.search(meta.title.translate(HALF_WIDTH))
    extractor.title_span = titled_span.group("span") if titled_span else None
    extractor.target_period = _plan_period(year, basis, meta)
    extractor.last_year_is_period = (
        "reviews the year before" in basis
        or basis == REVIEW_HEADING_BASIS
        or meta.kind == "government_work_report"
    )
    extractor.own_level = _own_level(entity or meta.entity)
    extractor.run()
    indicators = extractor.indicators()
    claims = _with_meaningful_ids(
        indicators, extractor.claims, extractor.text, year, entity or meta.entity
    )
    _mark_for_review(extractor.text, indicators, claims)
    claims = _once_each(claims)
    _as_published(text, indicators, claims, extractor.not_metrics, positions)
    if positions is not None:
        extractor.coverage.unexplained = [
            (positions[at], number) for at, number in extractor.coverage.unexplained
        ]
    extractor.coverage.notes.append(f"period {year}: {basis}")
    if entity is None and meta.entity is None:
        extractor.coverage.notes.append(
            "entity unknown: the text does not name it (give it with --entity)"
        )
    # Published when delivered; a date line without a day (2024年12月) gives the year; a
    # report that names no date is taken as published the year after its period.
    published: object = meta.delivered or (meta.dated[0] if meta.dated else year + 1)
    document: dict[str, Any] = {
        "report": {
            "id": _safe_id(report_id),
            # An unknown entity is this report's own: two texts that name no place are
            # never one series (a 统计公报 of 临川市 against one of 安平市).
            "entity": entity or meta.entity or f"未知（{_safe_id(report_id)}）",
            "title": meta.title,
            "kind": kind or meta.kind,
            "period": year,
            "published": published,
            "source": {
                k: v for k, v in (("text", source_text), ("sha256", source_sha256)) if v is not None
            },
            "drafted": True,
        },
        "indicators": indicators,
        "claims": claims,
        "not_metrics": extractor.not_metrics,
    }
    return Draft(document, extractor.coverage, text)


def draft_file(
    text_path: Path,
    yaml_path: Path,
    *,
    entity: str | None = None,
    period: int | None = None,
    kind: str | None = None,
) -> Draft:
    """Draft a report file for a text file that will lie at ``yaml_path``'s side.

    ``entity``, ``period`` and ``kind``, when given, override what the text says.

    Raises:
        UsageError: when the text cannot be read as UTF-8.
        ReportFileError: when the text names no year and none is given.
    """
    try:
        raw = text_path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read ({exc.strerror})", file=str(text_path)) from None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UsageError("not UTF-8 text", file=str(text_path), line=line) from None
    try:
        relative = text_path.resolve().relative_to(yaml_path.resolve().parent)
    except ValueError:
        relative = Path(text_path.resolve())
    try:
        return draft_report(
            text,
            report_id=text_path.stem,
            source_text=relative.as_posix(),
            source_sha256=hashlib.sha256(raw).hexdigest(),
            period=period,
            entity=entity,
            kind=kind,
        )
    except ReportFileError as exc:
        raise ReportFileError(exc.reason, file=str(text_path), field=exc.field) from None


def _safe_id(raw: str) -> str:
    cleaned = re.sub(r"[^a-z0-9._-]+", "-", raw.lower()).strip("-._")
    return cleaned or "draft"


def _guess_period(text: str) -> int | None:
    head = text[:200]
    found = re.search(r"((?:19|20)\d{2})年(?:度)?(?:[^\d]{0,12})(?:工作|报告|总结|决算|预算)", head)
    if found:
        return int(found.group(1))
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", text[:2000])]
    return Counter(years).most_common(1)[0][0] if years else None


def _plan_period(year: int, basis: str, meta: Metadata) -> int:
    """The year the plan part's targets are for.

    The year its heading names (二、2025年工作安排) when that is the report's year or the
    next; else, in a report that reviews the year before (delivered in its first months,
    or headed 一、2024年工作回顾), the next year; else the report's own year.
    """
    if meta.plan_year in (year, year + 1):
        return meta.plan_year
    if meta.plan_after is not None:
        return year + 1 if meta.plan_after else year
    reviews = "reviews the year before" in basis or basis == REVIEW_HEADING_BASIS
    # A year-end summary (工作总结, or delivered late in its year) plans the next year.
    late = "late in the year" in basis or meta.kind == "work_summary"
    return year + 1 if reviews or late else year


def _once_each(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims, each stated once: a summary and its section may repeat a level's change.

    社会消费品零售总额412.6亿元，增长6.8% in the review's summary and again in its section:
    one claim on one value, found once. Of the statements, the one whose tie is plain, then
    the one that quotes most (房地产开发投资下降10.2% in a list, then 全年房地产开发投资
    1962.3亿元，比上年下降10.2%: the second), in the text's order.
    """
    kept: dict[tuple[str, ...], dict[str, Any]] = {}
    for claim in claims:
        key = tuple(str(claim.get(field)) for field in _WHAT)
        held = kept.setdefault(key, claim)
        if _told_better(claim, held):
            kept[key] = claim
    chosen = {id(c) for c in kept.values()}
    return [c for c in claims if id(c) in chosen]


def _told_better(claim: dict[str, Any], held: dict[str, Any]) -> bool:
    """Whether a repeated claim's statement shows it better than the one held."""
    return (not claim.get("review"), len(claim["quote"])) > (
        not held.get("review"),
        len(held["quote"]),
    )


# The fields that say what a claim says (not where: its quote, offset, note, review).
_WHAT = (
    "kind", "indicator", "period", "against", "stated", "unit", "rate", "part", "whole",
    "whole_name", "parts", "relation", "items", "open_list", "first_time", "bounded", "basis",
    "also_refers_to", "benchmark", "figure", "scope",
)  # fmt: skip


def _unwrapped(text: str) -> tuple[str, list[int] | None]:
    """The text without the line breaks of wrapped sentences, and where each character was.

    Text copied from a PDF breaks lines mid-sentence, mid-word and mid-figure (完成交通⏎
    固定资产投资36.2亿元, 增⏎加到, 1,6⏎31.45亿元), and puts a page's footer between (— 3 —):
    read as a sentence end, the break cuts a name short and makes a part the total. A
    break is a wrap when its line runs on: it ends with ， or 、, or it is no heading (no
    mark, no heading words, past the header) and ends no sentence. Wraps and the footers
    inside them are dropped; the positions map each character read to the text's own
    offset (``None`` when nothing was dropped), so that quotes are cut as published.
    """
    if "\n" not in text:
        return text, None
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    kept: list[tuple[int, int]] = []  # (start, end) of each run of the text kept
    header, dropped, i = True, False, 0
    while i < len(lines):
        line = lines[i]
        body = line.strip()
        if header and body.endswith(("。", "！", "？", "：", ":")):
            header = False
        nxt = i + 1
        if nxt + 1 < len(lines) and PAGE_FOOTER.fullmatch(lines[nxt]):
            # …的一般公共⏎— 3 —⏎预算收入: a footer inside a wrapped sentence.
            footer = not header and _wraps(body, lines[nxt + 1].strip())
            nxt += 1 if footer else 0
        wraps = nxt < len(lines) and not header and _wraps(body, lines[nxt].strip())
        end = starts[i] + len(line) + (0 if wraps or nxt >= len(lines) else 1)
        kept.append((starts[i], end))
        dropped = dropped or wraps
        i = nxt
    if not dropped:
        return text, None
    positions = [k for a, b in kept for k in range(a, b)]
    read = "".join(text[a:b] for a, b in kept)
    positions.append(len(text))
    return read, positions


def _wraps(line: str, following: str) -> bool:
    if not line or not following or HEADING_MARK.match(following):
        return False
    if _TABLE_ROW.search(line) or _TABLE_ROW.search(following):
        return False  # 粮食产量  万吨  1234.5  2.1: a table's rows, one per line
    if line.endswith(("，", "、", ",")):
        return True
    last = line[-1]
    if last in ".．" and following[:1].isdigit():
        return True  # 民生支出46.\n12亿元: a figure broken at its point
    if not ("\u4e00" <= last <= "\u9fff" or last.isdigit()) or HEADING_MARK.match(line):
        return False
    # 外贸进\n出口总额…: an unmarked line that ends no sentence and names no part of the
    # report is the first half of a sentence.
    return WRAP_HEADING_WORDS.search(line) is None


# Fields set apart by a run of spaces or a tab, as a table copied as text sets them.
_TABLE_ROW = re.compile(r"\S(?: {2,}|\t|　{2,})\S")


def iter_text_files(folder: Path) -> Iterator[Path]:
    """The ``.txt`` files under a folder, sorted."""
    yield from sorted(p for p in folder.rglob("*.txt") if p.is_file())


class _Extractor(_RelationPasses):
    """Every pass over one text, in order."""

    # -- the passes ----------------------------------------------------------------------

    def run(self) -> None:
        numbers = scan_numbers(self.text)
        self.coverage.found = len(numbers)
        self._set_aside()
        self._quantities()
        self._ratios()
        self._industry_structure()
        self._estimate_notes()
        self._bracketed_priors()
        self._listed_names()
        self._respective_names()
        self._school_subjects()
        self._bounds_before_levels()
        self._from_to()
        self._against_named_levels()
        self._changes()
        self._beside_named_years()
        self._respectively()
        self._respective_points()
        self._shares()
        self._listed_counts()
        self._announced_counts()
        self._parts()
        self._natural_growth()
        self._thresholds()
        self._average_growth()
        self._amounts()
        self._additions()
        self._gap_lists()
        self._gaps()
        self._plans()
        self._growth_targets()
        self._growth_rate_points()
        # Last: a rank is of no part, sum or share; the passes before never see one.
        self._ranks()
        self._account(numbers)
