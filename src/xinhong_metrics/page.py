"""One self-contained HTML page of checked reports: the source text, every figure marked.

``xinhong-metrics report PATH… -o report.html`` writes it. The page holds everything it
shows (styles, script, the texts, inline SVG): nothing is fetched when it is opened.

- Each report's source text, with every checked figure marked by its verdict in colour
  and by a symbol (so the marks read in greyscale), the values drafted or curated
  outlined, the numbers set aside shown faintly, and the numbers nothing explains
  flagged. A report without a source text shows its quotes instead.
- Each finding beside it: the stated and the recomputed figure as intervals on a number
  line, the message, every reading of an ambiguous claim.
- Per entity, each indicator linked across reports as a timeline of its levels, with
  the cross-year findings and the values kept apart.
- On top, the verdict counts per check and per report, filters by verdict and check, and
  keys to go from finding to finding (j/n next, k/p previous).
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from xinhong_metrics.errors import FigureError, UnitError
from xinhong_metrics.files import LoadedReport
from xinhong_metrics.findings import Finding, Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.lexicon import HALF_WIDTH
from xinhong_metrics.numbers import parse_figure
from xinhong_metrics.reports import ReportSet, StatedValue, written_figure
from xinhong_metrics.scan import scan_numbers

__all__ = ["SYMBOLS", "html_report"]

# A symbol per verdict, so that a mark reads without its colour.
SYMBOLS = {
    Verdict.CONSISTENT.value: "✓",
    Verdict.INCONSISTENT.value: "✗",
    Verdict.AMBIGUOUS.value: "?",
    Verdict.UNVERIFIABLE.value: "…",
    Verdict.NOT_COMPARABLE.value: "≠",
}
# Which verdict a mark of several findings shows: the loudest.
_LOUDNESS = [
    Verdict.INCONSISTENT.value,
    Verdict.AMBIGUOUS.value,
    Verdict.UNVERIFIABLE.value,
    Verdict.NOT_COMPARABLE.value,
    Verdict.CONSISTENT.value,
]
# A link needs values from at least two reports.
_PAIR = 2
# Where marks overlap, the one of lower rank is drawn.
_RANK = {"finding": 0, "value": 1, "aside": 2, "unexplained": 3}
# A figure's number as the text writes it: digits, or Chinese numerals (三大, 两网).
_NUMBER = re.compile(r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+")
_RANGE = re.compile(r"(-?\d+(?:\.\d+)?)–(-?\d+(?:\.\d+)?)")
_YEAR = re.compile(r"\d{4}年(?:初|末|底)?")
_INTERVAL = re.compile(
    r"([\[(])\s*(-?∞|-?\d[\d,]*(?:\.\d+)?)\s*,\s*(-?∞|-?\d[\d,]*(?:\.\d+)?)\s*([\])])"
)


@dataclass
class _Mark:
    start: int
    end: int
    kind: str  # finding | value | aside | unexplained
    verdict: str = ""
    findings: list[int] = field(default_factory=list)
    title: str = ""


def html_report(
    collection: ReportSet, findings: Sequence[Finding], *, title: str = "xinhong-metrics"
) -> str:
    """The HTML page of these reports and their findings.

    Args:
        collection: the checked reports (report files and drafted texts alike).
        findings: the findings of :func:`xinhong_metrics.check_findings` on them.
        title: the page's title.

    Returns:
        One self-contained HTML document.
    """
    numbered = list(enumerate(findings))
    # A finding belongs to the report of its file, else to its claim's report id.
    paths = {str(loaded.path): loaded.report.report.id for loaded in collection}
    by_report: dict[str, list[tuple[int, Finding]]] = defaultdict(list)
    for i, finding in numbered:
        by_report[paths.get(finding.file or "", finding.report[0])].append((i, finding))
    by_entity: dict[str, list[LoadedReport]] = defaultdict(list)
    for loaded in collection:
        by_entity[loaded.report.report.entity].append(loaded)
    sections = []
    index = []
    for entity in sorted(by_entity):
        reports = sorted(by_entity[entity], key=lambda r: (r.report.report.period, r.path.name))
        parts = []
        for loaded in reports:
            meta = loaded.report.report
            own = by_report.get(meta.id, [])
            anchor = _anchor(meta.id)
            counts = Counter(f.verdict.value for _, f in own)
            index.append(
                f'<li><a href="#{anchor}">{_e(entity)} · {meta.period} · {_e(meta.title)}</a> '
                f"{_counts_inline(counts)}</li>"
            )
            parts.append(_report_section(loaded, own, anchor))
        parts.append(_timelines(collection, entity, numbered))
        sections.append(f'<section class="entity"><h2>{_e(entity)}</h2>{"".join(parts)}</section>')
    checks = sorted({f.check for f in findings})
    return _PAGE.format(
        title=_e(title),
        style=_STYLE,
        script=_SCRIPT,
        controls=_controls(checks),
        summary=_summary(findings),
        index="".join(index),
        sections="".join(sections),
    )


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _anchor(report_id: str) -> str:
    return "r-" + re.sub(r"[^0-9A-Za-z_-]", "_", report_id)


def _counts_inline(counts: Counter[str]) -> str:
    return " ".join(
        f'<span class="v v-{v}" title="{v}">{SYMBOLS[v]} {counts[v]}</span>'
        for v in _LOUDNESS
        if counts[v]
    )


# -- summary and controls ----------------------------------------------------------------


def _summary(findings: Sequence[Finding]) -> str:
    per_check: dict[str, Counter[str]] = defaultdict(Counter)
    per_report: dict[str, Counter[str]] = defaultdict(Counter)
    for f in findings:
        per_check[f.check][f.verdict.value] += 1
        per_report[f.report[0]][f.verdict.value] += 1
    total = Counter(f.verdict.value for f in findings)
    head = "".join(f'<th scope="col">{SYMBOLS[v]} {v}</th>' for v in _LOUDNESS)

    def table(caption: str, rows: dict[str, Counter[str]]) -> str:
        body = "".join(
            f'<tr><th scope="row">{_e(name)}</th>'
            + "".join(f"<td>{counts[v] or ''}</td>" for v in _LOUDNESS)
            + "</tr>"
            for name, counts in sorted(rows.items())
        )
        return (
            f'<table class="counts"><caption>{caption}</caption><thead><tr><th></th>{head}'
            f"</tr></thead><tbody>{body}</tbody></table>"
        )

    line = ", ".join(f"{total[v]} {v}" for v in _LOUDNESS if total[v]) or "no findings"
    return (
        f'<p class="total">{len(findings)} findings: {line}.</p>'
        + table("Verdicts per check", per_check)
        + table("Verdicts per report", per_report)
    )


def _controls(checks: list[str]) -> str:
    boxes = "".join(
        f'<label class="v v-{v}"><input type="checkbox" class="verdict" value="{v}" checked> '
        f"{SYMBOLS[v]} {v}</label>"
        for v in _LOUDNESS
    )
    options = "".join(f'<option value="{_e(c)}">{_e(c)}</option>' for c in checks)
    return (
        f'<div class="controls" role="group" aria-label="Filters">{boxes}'
        f'<label>check <select id="check-filter"><option value="">all</option>{options}'
        "</select></label>"
        '<span class="keys">keys: <kbd>j</kbd>/<kbd>n</kbd> next finding, '
        "<kbd>k</kbd>/<kbd>p</kbd> previous</span></div>"
    )


# -- one report --------------------------------------------------------------------------


def _report_section(loaded: LoadedReport, own: list[tuple[int, Finding]], anchor: str) -> str:
    meta = loaded.report.report
    if loaded.text is not None:
        marked, placed = _marked_text(loaded.text, _marks(loaded, own), anchor)
        body = f'<div class="text" data-report="{_e(meta.id)}">{marked}</div>'
    else:
        body, placed = _quotes_only(own, anchor)
    items = "".join(_finding_item(i, f, placed.get(i, "")) for i, f in own)
    items = items or "<li class='none'>no findings</li>"
    source = meta.source.text or "no source text"
    drafted = " · drafted from the text, unreviewed" if meta.drafted else ""
    return (
        f'<section class="report" id="{anchor}"><h3>{_e(meta.title)} '
        f"<small>{_e(meta.id)} · {meta.period} · {_e(source)}{drafted}</small></h3>"
        f'<div class="pair">{body}<ol class="findings">{items}</ol></div></section>'
    )


def _marks(loaded: LoadedReport, own: list[tuple[int, Finding]]) -> list[_Mark]:
    """Every mark of the report's text: findings, values, numbers set aside, unexplained."""
    text = loaded.text or ""
    plain = text.translate(HALF_WIDTH)  # one character for one: offsets hold
    marks: list[_Mark] = []
    by_span: dict[tuple[int, int], _Mark] = {}
    for i, finding in own:
        span = _finding_span(plain, finding)
        if span is None:
            continue
        mark = by_span.get(span)
        if mark is None:
            mark = by_span[span] = _Mark(*span, kind="finding")
            marks.append(mark)
        mark.findings.append(i)
    for mark in marks:
        verdicts = [own_f.verdict.value for j, own_f in own if j in mark.findings]
        mark.verdict = min(verdicts, key=_LOUDNESS.index)
    for indicator in loaded.report.indicators:
        for value in indicator.values:
            span = _figure_span(plain, value.offset, value.quote, value.figure)
            if span is not None:
                shown = written_figure(value.figure, indicator.unit)
                title = f"{indicator.name} {value.period}: {shown}"
                if value.target:
                    title += " (target)"
                marks.append(_Mark(*span, kind="value", title=title))
    for aside in loaded.report.not_metrics:
        end = aside.offset + len(aside.text)
        if text[aside.offset : end] == aside.text or plain[aside.offset : end] == aside.text:
            marks.append(
                _Mark(aside.offset, end, kind="aside", title=f"set aside: {aside.category}")
            )
    taken = sorted((m.start, m.end) for m in marks)
    for number in scan_numbers(text):
        if not _covered(taken, number.start, number.end):
            marks.append(_Mark(number.start, number.end, kind="unexplained", title="not explained"))
    return marks


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _finding_span(plain: str, finding: Finding) -> tuple[int, int] | None:
    """Where the finding's stated figure stands in the text (its own quote's part)."""
    if finding.offset is None:
        return None
    quote = finding.quote.split(" | ")[-1].translate(HALF_WIDTH)
    stated = finding.stated.split(" / ")[-1].translate(HALF_WIDTH)
    return _figure_span(plain, finding.offset, quote, stated)


def _figure_span(plain: str, offset: int | None, quote: str, figure: str) -> tuple[int, int] | None:
    """The span of the figure's number within its quote, found in the text."""
    if offset is None:
        return None
    number = _NUMBER.search(figure.translate(HALF_WIDTH).replace(",", ""))
    if number is None:
        return None
    end = offset + len(quote)
    region = plain[offset:end]
    at = region.rfind(number.group())
    while at > 0 and region[at - 1].isdigit() and number.group()[0].isdigit():
        at = region.rfind(number.group(), 0, at)  # 12 inside 312 is not the figure
    if at < 0:
        return None
    return offset + at, offset + at + len(number.group())


def _marked_text(text: str, marks: list[_Mark], prefix: str) -> tuple[str, dict[int, str]]:
    """The text, escaped, with each mark wrapped; overlapping marks give way by rank.

    Returns:
        The HTML, and for each finding the id of the mark that shows it.
    """
    chosen: list[_Mark] = []
    for mark in sorted(marks, key=lambda m: (_RANK[m.kind], m.start)):
        if not any(m.start < mark.end and mark.start < m.end for m in chosen):
            chosen.append(mark)
    chosen.sort(key=lambda m: m.start)
    out = []
    placed: dict[int, str] = {}
    at = 0
    for n, mark in enumerate(chosen):
        out.append(_e(text[at : mark.start]))
        inner = _e(text[mark.start : mark.end])
        ident = f"{prefix}-m{n}"
        attrs = f'id="{ident}" data-start="{mark.start}" data-end="{mark.end}"'
        if mark.kind == "finding":
            placed.update(dict.fromkeys(mark.findings, ident))
            ids = " ".join(f"f{i}" for i in mark.findings)
            out.append(
                f'<mark class="mark v-{mark.verdict}" {attrs} data-f="{ids}" '
                f'data-verdict="{mark.verdict}" tabindex="0" '
                f'title="{SYMBOLS[mark.verdict]} {mark.verdict}">{inner}</mark>'
            )
        else:
            out.append(f'<span class="{mark.kind}" {attrs} title="{_e(mark.title)}">{inner}</span>')
        at = mark.end
    out.append(_e(text[at:]))
    return "".join(out), placed


def _quotes_only(own: list[tuple[int, Finding]], prefix: str) -> tuple[str, dict[int, str]]:
    """A report without a source text: each finding's quote, its figure marked."""
    rows = []
    placed: dict[int, str] = {}
    for n, (i, finding) in enumerate(own):
        quote = finding.quote.split(" | ")[-1]
        span = _figure_span(quote.translate(HALF_WIDTH), 0, quote, finding.stated.split(" / ")[-1])
        ident = f"{prefix}-q{n}"
        placed[i] = ident
        verdict = finding.verdict.value
        mark = (
            f'<mark class="mark v-{verdict}" id="{ident}" data-f="f{i}" '
            f'data-verdict="{verdict}" tabindex="0" title="{SYMBOLS[verdict]} {verdict}">'
        )
        if span is None:
            rows.append(f"<p>{mark}{_e(quote)}</mark></p>")
        else:
            a, b = span
            rows.append(f"<p>{_e(quote[:a])}{mark}{_e(quote[a:b])}</mark>{_e(quote[b:])}</p>")
    note = '<p class="note">No source text: the quotes of the report file are shown.</p>'
    return f'<div class="text quotes">{note}{"".join(rows)}</div>', placed


# -- one finding ---------------------------------------------------------------------------


def _finding_item(i: int, finding: Finding, mark_id: str) -> str:
    verdict = finding.verdict.value
    periods = "–".join(str(p) for p in finding.periods)
    readings = ""
    if finding.readings:
        readings = (
            "<ul class='readings'>"
            + "".join(
                f"<li class='v-{r.verdict.value}'>{SYMBOLS[r.verdict.value]} {_e(r.label)}: "
                f"{_e(r.recomputed)} — {_e(r.message)}</li>"
                for r in finding.readings
            )
            + "</ul>"
        )
    against = ""
    if len(finding.report) > 1:
        against = f"<p class='against'>against {_e(', '.join(finding.report[1:]))}</p>"
    line = _number_line(finding)
    return (
        f'<li class="finding v-{verdict}" id="f{i}" tabindex="-1" data-verdict="{verdict}" '
        f'data-check="{_e(finding.check)}" data-mark="{mark_id}">'
        f'<div class="head"><span class="sym" aria-label="{verdict}">{SYMBOLS[verdict]}</span> '
        f"<b>{_e(finding.indicator)}</b> {_e(finding.stated)} "
        f"<span class='check'>{_e(finding.check)} · {periods} · {verdict}</span></div>"
        f'<div class="detail"><p>{_e(finding.message)}</p>'
        f"<p>recomputed: {_e(finding.recomputed) or '—'}</p>{against}{line}{readings}"
        f"<p class='quote'>“{_e(finding.quote)}”</p></div></li>"
    )


def _bars(finding: Finding) -> list[tuple[str, Interval]]:
    """What the number line shows, each interval with its label.

    The recomputed interval, and the stated one beside it when both measure one thing
    in one unit (a change in %, an amount in 亿元). A recomputed prior level (``prior
    (30.05, 30.33]家``) or a year's implied level is shown alone, named as what it is.
    """
    recomputed = finding.recomputed.translate(HALF_WIDTH)
    found = _INTERVAL.search(recomputed)
    if found is not None:
        lo_mark, lo, hi, hi_mark = found.groups()
        computed = Interval(_end(lo), _end(hi), lo_mark == "[", hi_mark == "]")
    else:
        found = _RANGE.search(recomputed)  # yearly 11.78–11.91%
        if found is None:
            return []
        computed = Interval(Fraction(found.group(1)), Fraction(found.group(2)), True, True)
    if computed.is_empty:
        return []
    prefix = recomputed[: found.start()].strip().rstrip("( ")
    unit = _unit(recomputed[found.end() :].lstrip(")"))
    named = prefix if prefix in ("prior", "sum") or _YEAR.fullmatch(prefix) else ""
    figures = finding.stated.translate(HALF_WIDTH).split(" / ")[-1].split("⊇")
    stated_text = figures[0] if named == "sum" else figures[-1]
    if named and named != "sum":
        label = "implied prior" if named == "prior" else f"implied {named}"
        return [(label, computed)]
    stated_figure = re.sub(r"[^\d.%∞]+$", "", stated_text.strip())
    if _unit(stated_text) != unit:
        return [("recomputed", computed)]
    try:
        stated = parse_figure(stated_figure).interval()
    except (FigureError, ValueError, ArithmeticError):
        return [("recomputed", computed)]
    label = "sum of parts" if named == "sum" else "recomputed"
    return [("stated", stated), (label, computed)]


def _end(text: str) -> Fraction | None:
    return None if "∞" in text else Fraction(text.replace(",", ""))


def _unit(text: str) -> str:
    """The unit after a figure or interval: %, 亿元, points (个百分点 is points)."""
    found = re.search(r"(?:\d|[)\]])?\s*([^\d\s()\[\]|,;:]*)\s*\)?$", text.strip())
    unit = found.group(1) if found else ""
    return "points" if unit in ("个百分点", "百分点", "points") else unit


def _number_line(finding: Finding) -> str:
    """The stated and the recomputed intervals on one axis (inline SVG)."""
    bars = [(label, iv) for label, iv in _bars(finding) if not iv.is_empty]
    ends = [x for _, iv in bars for x in (iv.lo, iv.hi) if x is not None]
    if not ends:
        return ""
    low, high = min(ends), max(ends)
    pad = (high - low) / 4 or max(abs(high) / 20, Fraction(1, 10))
    low, high = low - pad, high + pad
    width, left, right = 360, 80, 10

    def x(value: Fraction | None, default: float) -> float:
        if value is None:
            return default
        return left + float((value - low) / (high - low)) * (width - left - right)

    def bar(iv: Interval, y: int, label: str, css: str) -> str:
        a, b = x(iv.lo, left), x(iv.hi, width - right)
        b = max(b, a + 2)
        text = _e(_interval_text(iv))
        return (
            f'<text x="0" y="{y + 9}" class="lbl">{_e(label)}</text>'
            f'<rect x="{a:.1f}" y="{y}" width="{b - a:.1f}" height="10" class="{css}"/>'
            f'<text x="{min(a, width - 120):.1f}" y="{y + 22}" class="val">{text}</text>'
        )

    height = 32 * len(bars)
    drawn = "".join(
        bar(iv, 2 + 32 * n, label, "stated" if label == "stated" else "computed")
        for n, (label, iv) in enumerate(bars)
    )
    return (
        f'<svg class="numberline v-{finding.verdict.value}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="'
        f'{_e(" and ".join(label for label, _ in bars))} on a number line">'
        f'<line x1="{left}" y1="{height - 2}" x2="{width - right}" y2="{height - 2}" '
        f'class="axis"/>{drawn}</svg>'
    )


def _interval_text(iv: Interval) -> str:
    def show(value: Fraction | None, sign: str) -> str:
        return f"{sign}∞" if value is None else f"{float(value):.6g}"

    return (
        ("[" if iv.lo_closed and iv.lo is not None else "(")
        + show(iv.lo, "-")
        + ", "
        + show(iv.hi, "")
        + ("]" if iv.hi_closed and iv.hi is not None else ")")
    )


# -- indicators across reports ------------------------------------------------------------


def _timelines(collection: ReportSet, entity: str, numbered: list[tuple[int, Finding]]) -> str:
    """Each indicator linked across the entity's reports: its levels year by year."""
    charts = []
    for indicator_id in collection.indicator_ids(entity):
        stated = [
            v
            for period in collection.periods(entity, indicator_id)
            for v in collection.values(entity, indicator_id, period)
        ]
        if len({v.report_id for v in stated}) < _PAIR:
            continue
        name = stated[0].indicator.name
        related = [
            (i, f)
            for i, f in numbered
            if f.entity == entity
            and len(f.report) > 1
            and f.indicator in {v.indicator.name for v in stated}
        ]
        chart = _timeline(stated, [f for _, f in related])
        rows = "".join(
            f'<li class="v-{f.verdict.value}"><a href="#f{i}">{SYMBOLS[f.verdict.value]} '
            f"{_e(f.check)} {_e(f.stated)}</a>: {_e(f.message)}</li>"
            for i, f in related
        )
        apart = "".join(
            f"<li>{_e(v.indicator.name)} {v.value.period}: {_e(v.value.figure)}"
            f"{_e(v.indicator.unit)} ({_e(v.report_id)}) — a target, kept apart from the "
            "actuals</li>"
            for v in _planned(collection, entity, indicator_id)
        )
        charts.append(
            f'<figure class="timeline"><figcaption>{_e(name)} <small>{_e(indicator_id)}'
            f"</small></figcaption>{chart}<ul>{rows}{apart}</ul></figure>"
        )
    if not charts:
        return ""
    return f'<section class="timelines"><h3>Linked across reports</h3>{"".join(charts)}</section>'


def _planned(collection: ReportSet, entity: str, indicator_id: str) -> Iterable[StatedValue]:
    for loaded in collection:
        if loaded.report.report.entity != entity:
            continue
        for period in {
            v.period
            for ind in loaded.report.indicators
            if ind.id == indicator_id
            for v in ind.values
            if v.target
        }:
            yield from (
                v
                for v in collection.planned(entity, indicator_id, period)
                if v.report_id == loaded.report.report.id
            )


def _timeline(stated: list[StatedValue], changes: list[Finding]) -> str:
    """Levels by year (dots), and each change stated across two years as a span above."""
    unit = stated[0].indicator.unit
    points: list[tuple[int, float, StatedValue]] = []
    for value in stated:
        try:
            points.append((value.value.period, float(value.converted(unit).point()), value))
        except (UnitError, FigureError):
            continue
    if not points:
        return ""
    years = [p for p, _, _ in points]
    levels = [y for _, y, _ in points]
    y0, y1 = min(levels), max(levels)
    span_y = (y1 - y0) or abs(y1) or 1.0
    x0, x1 = min(years), max(years)
    span_x = (x1 - x0) or 1
    spans = [f for f in changes if len(f.periods) == _PAIR and min(f.periods) >= x0]
    spans = [f for f in spans if max(f.periods) <= x1]
    band = 16 * len(spans)
    width, height, pad = 420, 120 + band, 30

    def px(year: int) -> float:
        return pad + (year - x0) / span_x * (width - 2 * pad)

    def py(level: float) -> float:
        return height - pad - (level - y0) / span_y * (height - band - 2 * pad)

    arcs = "".join(
        f'<line x1="{px(min(f.periods)):.1f}" y1="{10 + 16 * n}" x2="{px(max(f.periods)):.1f}" '
        f'y2="{10 + 16 * n}" class="span v-{f.verdict.value}"/>'
        f'<text x="{(px(min(f.periods)) + px(max(f.periods))) / 2:.1f}" y="{7 + 16 * n}" '
        f'class="val v-{f.verdict.value}" text-anchor="middle">'
        f"{SYMBOLS[f.verdict.value]} {_e(f.stated)}<title>{_e(f.message)}</title></text>"
        for n, f in enumerate(spans)
    )

    dots = "".join(
        f'<circle cx="{px(year):.1f}" cy="{py(level):.1f}" r="4" class="dot">'
        f"<title>{year}: {_e(v.shown)} ({_e(v.report_id)})</title></circle>"
        f'<text x="{px(year):.1f}" y="{py(level) - 7:.1f}" class="val" '
        f'text-anchor="middle">{_e(v.shown)}</text>'
        for year, level, v in points
    )
    ticks = "".join(
        f'<text x="{px(year):.1f}" y="{height - 8}" class="lbl" text-anchor="middle">{year}</text>'
        for year in sorted(set(years))
    )
    ordered = sorted(points, key=lambda p: p[0])
    path = " ".join(f"{px(year):.1f},{py(level):.1f}" for year, level, _ in ordered)
    return (
        f'<svg class="timeline-chart" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="levels by year">'
        f'<polyline points="{path}" class="trend"/>{arcs}{dots}{ticks}</svg>'
    )


# -- the page ------------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>{title}</h1>
{controls}
</header>
<main>
<section class="summary">{summary}
<h2>Reports</h2><ul class="index">{index}</ul>
<p class="legend">Marks: <mark class="mark v-consistent">✓ consistent</mark>
<mark class="mark v-inconsistent">✗ inconsistent</mark>
<mark class="mark v-ambiguous">? ambiguous</mark>
<mark class="mark v-unverifiable">… unverifiable</mark>
<mark class="mark v-not_comparable">≠ not comparable</mark>
<span class="value">a value</span> <span class="aside">a number set aside</span>
<span class="unexplained">a number nothing explains</span></p>
</section>
{sections}
</main>
<script>{script}</script>
</body>
</html>
"""

_STYLE = """
:root { --ok: #1a7f37; --bad: #c62828; --amb: #b26a00; --unv: #5a6b7b; --nc: #6a3fa0; }
body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 0;
  color: #1b1b1b; background: #fff; }
header { position: sticky; top: 0; background: #f6f8fa; border-bottom: 1px solid #ccd;
  padding: .4em 1em; z-index: 2; }
header h1 { font-size: 1.1em; margin: .2em 0; }
main { padding: 0 1em 2em; }
.controls label { margin-right: .8em; white-space: nowrap; }
.keys { color: #555; font-size: .9em; }
table.counts { border-collapse: collapse; margin: .5em 1em .5em 0; display: inline-table;
  vertical-align: top; }
table.counts caption { text-align: left; font-weight: 600; }
table.counts th, table.counts td { border: 1px solid #ccd; padding: .15em .5em;
  text-align: right; }
table.counts th[scope=row] { text-align: left; font-weight: normal; }
.pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1em; }
.text { white-space: pre-wrap; line-height: 1.9; max-height: 75vh; overflow: auto;
  border: 1px solid #dde; padding: .5em .8em; }
ol.findings { max-height: 75vh; overflow: auto; margin: 0; padding-left: 2.2em; }
li.finding { margin: .2em 0; cursor: pointer; }
li.finding .detail { display: none; font-size: .92em; border-left: 3px solid #ccd;
  padding-left: .6em; color: #1b1b1b; }
li.finding.current { outline: 2px solid #0969da; }
li.finding.current .detail { display: block; }
.check { color: #555; font-size: .85em; }
mark.mark { background: none; border-bottom: 3px solid; padding: 0 .1em; cursor: pointer; }
mark.mark::after { font-size: .75em; vertical-align: super; margin-left: .1em; }
mark.mark.current { outline: 2px solid #0969da; }
mark.mark.off { border-bottom-color: transparent !important; background: none !important; }
mark.mark.off::after { content: "" !important; }
.v-consistent { color: var(--ok); } mark.v-consistent { border-color: var(--ok);
  background: #e6f4ea; } mark.v-consistent::after { content: "✓"; }
.v-inconsistent { color: var(--bad); } mark.v-inconsistent { border-color: var(--bad);
  background: #fde7e7; border-bottom-style: double; } mark.v-inconsistent::after { content: "✗"; }
.v-ambiguous { color: var(--amb); } mark.v-ambiguous { border-color: var(--amb);
  background: #fff3d6; border-bottom-style: dashed; } mark.v-ambiguous::after { content: "?"; }
.v-unverifiable { color: var(--unv); } mark.v-unverifiable { border-color: var(--unv);
  border-bottom-style: dotted; } mark.v-unverifiable::after { content: "…"; }
.v-not_comparable { color: var(--nc); } mark.v-not_comparable { border-color: var(--nc);
  border-bottom-style: dotted; } mark.v-not_comparable::after { content: "≠"; }
mark.mark, li.finding b, .text { color: #1b1b1b; }
span.value { outline: 1px solid #9aa7b4; border-radius: 2px; }
span.aside { color: #9aa0a6; }
span.unexplained { text-decoration: underline wavy #c62828; }
span.unexplained::after { content: "⚑"; font-size: .7em; vertical-align: super; color: #c62828; }
svg text { font-size: 10px; fill: #333; }
svg .axis { stroke: #999; } svg .stated { fill: #0969da; opacity: .7; }
svg .computed { fill: currentColor; opacity: .7; }
svg .trend { fill: none; stroke: #9aa7b4; } svg .dot { fill: #0969da; }
svg .span { stroke: currentColor; stroke-width: 2; } svg text.v-inconsistent { fill: var(--bad); }
figure.timeline { display: inline-block; vertical-align: top; margin: .5em 1em .5em 0;
  max-width: 460px; }
.note, small { color: #555; }
.quote { color: #444; }
@media (max-width: 900px) { .pair { grid-template-columns: 1fr; } }
"""

_SCRIPT = """
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.mark[data-f]"));
  function visible() { return items.filter(function (li) { return !li.hidden; }); }
  function show(li) {
    if (!li) { return; }
    items.forEach(function (x) { x.classList.remove("current"); });
    marks.forEach(function (m) { m.classList.remove("current"); });
    li.classList.add("current");
    li.scrollIntoView({block: "nearest"});
    var mark = li.dataset.mark ? document.getElementById(li.dataset.mark) : null;
    if (mark) { mark.classList.add("current"); mark.scrollIntoView({block: "center"}); }
  }
  function step(by) {
    var shown = visible();
    if (!shown.length) { return; }
    var at = shown.indexOf(document.querySelector("li.finding.current"));
    var next = at < 0 ? (by > 0 ? 0 : shown.length - 1)
      : Math.max(0, Math.min(shown.length - 1, at + by));
    show(shown[next]);
  }
  function apply() {
    var on = {};
    document.querySelectorAll("input.verdict").forEach(function (box) {
      on[box.value] = box.checked;
    });
    var check = document.getElementById("check-filter").value;
    items.forEach(function (li) {
      li.hidden = !(on[li.dataset.verdict] && (!check || li.dataset.check === check));
    });
    marks.forEach(function (m) {
      var any = m.dataset.f.split(" ").some(function (id) {
        var li = document.getElementById(id);
        return li && !li.hidden;
      });
      m.classList.toggle("off", !any);
    });
  }
  marks.forEach(function (m) {
    function open() { show(document.getElementById(m.dataset.f.split(" ")[0])); }
    m.addEventListener("click", open);
    m.addEventListener("keydown", function (e) { if (e.key === "Enter") { open(); } });
  });
  items.forEach(function (li) { li.addEventListener("click", function () { show(li); }); });
  document.querySelectorAll("input.verdict, #check-filter").forEach(function (el) {
    el.addEventListener("change", apply);
  });
  document.addEventListener("keydown", function (e) {
    var tag = e.target && e.target.tagName;
    if (tag === "INPUT" || tag === "SELECT" || e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (e.key === "j" || e.key === "n") { step(1); e.preventDefault(); }
    if (e.key === "k" || e.key === "p") { step(-1); e.preventDefault(); }
  });
}());
"""
