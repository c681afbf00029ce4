"""The seed report file accounts for every number in its source text."""

from __future__ import annotations

import itertools

from xinhong_metrics import LoadedReport
from xinhong_metrics.model import PointChange, RelativeChange
from xinhong_metrics.scan import scan_numbers


def accounted_spans(seed: LoadedReport) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for ind in seed.report.indicators:
        for value in ind.values:
            assert value.offset is not None
            start = value.offset + value.quote.index(value.figure)
            spans.append((start, start + len(value.figure), f"value of {ind.id}"))
    for claim in seed.report.claims:
        if isinstance(claim, RelativeChange | PointChange):
            assert claim.offset is not None
            start = claim.offset + claim.quote.index(claim.stated)
            spans.append((start, start + len(claim.stated), f"change {claim.stated}"))
    for item in seed.report.not_metrics:
        spans.append((item.offset, item.offset + len(item.text), f"not a metric: {item.category}"))
    return spans


def test_every_number_in_the_text_is_accounted_for(seed: LoadedReport) -> None:
    """Each digit run and counting Chinese numeral is a value, a change, or set aside."""
    assert seed.text is not None
    spans = accounted_spans(seed)
    missing = [
        f"{n.start}:{n.text} in «{seed.text[max(0, n.start - 8) : n.end + 8]}»"
        for n in scan_numbers(seed.text)
        if not any(start <= n.start and n.end <= end for start, end, _ in spans)
    ]
    assert [] == missing


def test_no_number_is_accounted_twice(seed: LoadedReport) -> None:
    """A figure is either a value or set aside, never both."""
    spans = sorted(accounted_spans(seed))
    overlaps = [(a, b) for a, b in itertools.pairwise(spans) if b[0] < a[1]]
    assert [] == overlaps


def test_scanner_finds_both_scripts(seed: LoadedReport) -> None:
    """The scan sees digits and Chinese numerals (三大系统, 第三届) alike."""
    assert seed.text is not None
    found = scan_numbers(seed.text)
    chinese = {n.text for n in found if not n.text[0].isdecimal()}
    assert {"三", "十四五", "七五", "两"} <= chinese
    assert any(n.text == "43.68" for n in found)


def test_scanner_skips_words_made_of_numeral_characters() -> None:
    """统一, 进一步 and 一体化 hold 一 but count nothing."""
    assert [] == scan_numbers("统一指挥,进一步推进一体化指挥")
