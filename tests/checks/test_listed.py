"""Listed counts: 等 leaves a list open; a list longer than its count is always wrong."""

from __future__ import annotations

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from xinhong_metrics import Verdict, check_listed_count, listed_count_frame
from xinhong_metrics import columns as col


def test_complete_list() -> None:
    """图书馆、…、爱博五村邻里中心等5家分站点: five named, five stated."""
    assert Verdict.CONSISTENT is check_listed_count(5, 5, open_list=True).verdict


def test_open_list_may_name_fewer() -> None:
    """冠捷、三湘等5个楼宇工作站: two named behind 等."""
    result = check_listed_count(2, 5, open_list=True)
    assert Verdict.CONSISTENT is result.verdict
    assert not result.complete


def test_closed_list_must_name_all() -> None:
    """Without 等, three names for a count of four is inconsistent."""
    assert Verdict.INCONSISTENT is check_listed_count(3, 4, open_list=False).verdict


def test_one_name_and_deng_tests_nothing() -> None:
    """新建成爱博二村等3家: one name and 等 fit any count of one or more."""
    assert Verdict.UNVERIFIABLE is check_listed_count(1, 3, open_list=True).verdict
    assert Verdict.INCONSISTENT is check_listed_count(1, 0, open_list=True).verdict


def test_deng_before_the_counted_noun_opens_the_list() -> None:
    """智能制造、生物医药等领域240个: 等 then a noun still leaves the list open."""
    from xinhong_metrics.extract import draft_report

    draft = draft_report(
        "全年项目落地，智能制造、生物医药等领域项目240个。", period=2024, entity="某市"
    )
    [claim] = [c for c in draft.document["claims"] if c["kind"] == "listed_count"]
    assert claim["open_list"]
    assert ["智能制造", "生物医药"] == claim["items"]


def test_more_names_than_the_count() -> None:
    """Six names for 等5家 is inconsistent, 等 or not."""
    assert Verdict.INCONSISTENT is check_listed_count(6, 5, open_list=True).verdict


@given(
    listed=st.integers(min_value=1, max_value=50),
    stated=st.integers(min_value=0, max_value=50),
    open_list=st.booleans(),
)
def test_scalar_and_frame_layers_agree(listed: int, stated: int, open_list: bool) -> None:
    """The polars layer decides listed counts as the scalar layer does."""
    frame = pl.LazyFrame({col.LISTED: [listed], col.STATED: [stated], col.OPEN_LIST: [open_list]})
    out = listed_count_frame(frame).collect().get_column(col.VERDICT).to_list()
    assert [check_listed_count(listed, stated, open_list=open_list).verdict.value] == out
