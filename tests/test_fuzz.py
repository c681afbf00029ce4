"""The input contract under fuzzing: findings (exit 0 or 1) or one line (exit 2), never a
traceback; and no ``consistent`` resting on a missing, infinite or zero-width test.

Hypothesis mutates the bundled report files (deleting, duplicating and replacing lines,
swapping figures for hostile ones) and generates text in the genre's alphabet for
``extract``; each example runs the command line as a user would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xinhong_metrics.errors import ReportFileError
from xinhong_metrics.extract import MAX_DENSITY, MAX_SENTENCE, draft_report
from xinhong_metrics.extract import patterns as p
from xinhong_metrics.extract._text import _bounded, _matches_from
from xinhong_metrics.files import figure_in_quote

from .conftest import DATA
from .helpers import run_cli as _run

REPORTS = sorted([DATA / "xinhong-2020.yaml", *sorted((DATA / "minhang").glob("*.yaml"))])
HOSTILE_FIGURES = [
    "0",
    "0.0",
    "零",
    "逾0",
    "近0",
    "不足0",
    "-5",
    "下降5",
    "1" + "0" * 400,
    "1e309",
    "nan",
    "∞",
    "增长2.6倍",
    "提高2.6个百分点",
    "100%",
    "",
    "'",
    "[",
    "{a: b}",
    "2021-02-30",
    "0000-00-00",
    str(2**63),
    "上年",
    "\\0",
    "../../etc/passwd",
]


@st.composite
def mutated_report(draw: st.DrawFn) -> tuple[str, str]:
    """A bundled report file with a few lines deleted, duplicated or given hostile values."""
    path = draw(st.sampled_from(REPORTS))
    lines = path.read_text(encoding="utf-8").splitlines()
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "value", "indent"]))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "indent":
            lines[i] = " " + lines[i]
        elif ":" in lines[i]:
            key = lines[i].split(":", 1)[0]
            lines[i] = f"{key}: {draw(st.sampled_from(HOSTILE_FIGURES))!r}"
        if not lines:
            lines = ["report: {}"]
    return path.name, "\n".join(lines) + "\n"


@settings(
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=mutated_report())
def test_a_mutated_report_file_gives_findings_or_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: tuple[str, str]
) -> None:
    """Exit 0/1 with findings, or exit 2 with one line naming the file; never a traceback."""
    name, body = case
    folder = tmp_path / name.removesuffix(".yaml")
    folder.mkdir(exist_ok=True)
    text = DATA / "xinhong-2020-work-report.txt"
    (folder / text.name).write_bytes(text.read_bytes())
    target = folder / name
    target.write_text(body, encoding="utf-8")
    code, out, err = _run(["check", str(target), "--format", "json", "--fail-on", "error"], capsys)
    assert "Traceback" not in err
    assert "internal error" not in err
    if code == 2:
        assert 1 == len(err.strip().splitlines()), err
        assert name in err
        return
    assert code in (0, 1), err
    for finding in json.loads(out):
        if finding["verdict"] == "consistent":
            recomputed = finding["recomputed"]
            assert "∞" not in recomputed, finding
            assert "nan" not in recomputed.lower(), finding
            assert recomputed.strip() != "", finding


_GENRE = st.text(
    alphabet=st.sampled_from(
        [
            *list(
                "0123456789０１２３.．,，%％、。；：（）“”—-其中分别增长下降提高个百分点倍万亿元人家项同比上年"
            ),
            "一",
            "二",
            "三",
            "十",
            "百",
            "千",
            "两",
            "第",
            "年",
            "月",
            "日",
            "逾",
            "近",
            "约",
            "\n",
        ]
    ),
    max_size=400,
)


# Pieces of the genre's quantities (a word before, a figure, a unit, a word after) and
# the characters QUANTITY's look-behinds refuse a start after, in any order.
_QUANTITY_TEXT = st.lists(
    st.tuples(
        st.sampled_from(
            [
                *("", "", "首次超过", "首次突破", "不超过", "不高于", "不低于", "不少于"),
                *("至少", "超过", "突破", "超", "逾", "近", "约", "不足", "不到", "统", "之"),
                *("零部", "同", "·", "\u200b", "、", "，", "3 ", "4.\n", "5，"),
            ]
        ),
        st.sampled_from(["3", "12.5", "1,200", "一", "两", "三十", "百分之九点一", "十"]),
        st.sampled_from(["", "万", "亿", "万亿", "余", "多", "万余"]),
        st.sampled_from(["", "个", "人", "亿元", "吨", "%", "％", "个百分点", "大", "类"]),
        st.sampled_from(["", "以上", "以内", "左右", "和", "、", "。", "个和2个百分点"]),
    ).map("".join),
    max_size=8,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=_GENRE)
def test_drafting_any_genre_text_gives_a_draft(text: str) -> None:
    """Drafting never fails on text made of the genre's characters, and bounds its pieces.

    A text that names no year is refused with that reason (its period is unknown), and
    drafts once the period is given.
    """
    try:
        draft = draft_report(text)
    except ReportFileError as exc:
        reason = exc.reason
        draft = draft_report(text, period=2020)
        assert "names no year" in reason
    assert draft.coverage.found >= 0
    for indicator in draft.document["indicators"]:
        for value in indicator["values"]:
            assert figure_in_quote(value["figure"], value["quote"]), value


@given(
    ends=st.lists(st.integers(1, 5000), max_size=30).map(lambda xs: sorted(set(xs))),
    extra=st.integers(0, 5000),
)
def test_no_piece_of_text_is_longer_than_the_bound(ends: list[int], extra: int) -> None:
    """However the text is punctuated, no sentence piece exceeds MAX_SENTENCE."""
    length = (ends[-1] if ends else 0) + extra
    cuts = _bounded(ends, length)
    assert cuts == sorted(set(cuts))
    assert set(ends) - {length} <= set(cuts)
    previous = 0
    for cut in [*cuts, length]:
        assert cut - previous <= MAX_SENTENCE
        previous = cut


@pytest.mark.parametrize(
    "piece",
    [
        "1",
        "１",
        "一",
        "其中1家，",
        "（测试数字12个，",
        "增长1%、",
        "地区生产总值增长",
        "1.2亿元、",
        "1,",
    ],
)
def test_hostile_text_drafts_with_bounded_density(piece: str) -> None:
    """50,000 characters of each hostile form draft, with no sentence over MAX_DENSITY values."""
    text = (piece * (50_000 // len(piece) + 1))[:50_000]
    draft = draft_report(text, period=2020)
    starts = sorted(
        value["offset"]
        for indicator in draft.document["indicators"]
        for value in indicator["values"]
    )
    per_piece: dict[int, int] = {}
    for offset in starts:
        per_piece[offset // MAX_SENTENCE] = per_piece.get(offset // MAX_SENTENCE, 0) + 1
    assert max(per_piece.values(), default=0) <= 2 * MAX_DENSITY


@settings(max_examples=300, deadline=None)
@given(text=_QUANTITY_TEXT)
def test_quantities_tried_from_their_starts_are_all_of_them(text: str) -> None:
    """QUANTITY tried only where a run of digits or numerals (or a bound's word) begins
    finds what trying it at every character finds: the same matches, in order."""
    every = [(m.span(), m.groupdict()) for m in p.QUANTITY.finditer(text)]
    tried = [(m.span(), m.groupdict()) for m in _matches_from(p.QUANTITY, p.QUANTITY_START, text)]
    assert tried == every
