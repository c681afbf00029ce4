"""After the passes: ids that mean something, review marks, quotes as published."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter
from functools import cache
from typing import Any

from xinhong_metrics.concepts import (
    Catalog,
    Concept,
    catalog,
    name_key,
    product_unit,
)
from xinhong_metrics.errors import FigureError, UnitError
from xinhong_metrics.extract import patterns as p
from xinhong_metrics.numbers import Rounding, parse_figure
from xinhong_metrics.reports import level_interval
from xinhong_metrics.units import (
    conversion_factor,
    counts_whole,
    require_same_dimension,
    unit_dimension,
)


def _as_published(
    text: str,
    indicators: list[dict[str, Any]],
    claims: list[dict[str, Any]],
    not_metrics: list[dict[str, Any]],
    positions: list[int] | None = None,
) -> None:
    """Cut every quote from the text as published, at its offsets there.

    Figures and stated changes stay in ASCII (``7.4万亿``), which a quote of
    ``７．４万亿元`` holds once widths are folded (see ``files.figure_in_quote``). With
    ``positions`` (the text read without the breaks of wrapped lines), each offset read is
    mapped to the text's own, and a quote keeps the breaks inside it.
    """
    values = [v for indicator in indicators for v in indicator["values"]]
    for item, key in (
        *((v, "quote") for v in (*values, *claims)),
        *((n, "text") for n in not_metrics),
    ):
        start, end = item["offset"], item["offset"] + len(item[key])
        if positions is not None:
            start, end = (
                positions[start],
                (positions[end - 1] + 1 if end > start else positions[start]),
            )
        item["offset"], item[key] = start, text[start:end]


def _mark_for_review(
    text: str, indicators: list[dict[str, Any]], claims: list[dict[str, Any]]
) -> None:
    """Mark every drafted claim for review unless its link is plain in the text.

    Plain: a change stated right after the level it changes (地区生产总值60199.45亿元、
    增长5%; 粮食总产量达到46947万吨，增产3877万吨; 资金达1030亿元，比上年增长一倍), and a
    bound stated next to its level (达到1042亿元，首次突破千亿元; 突破8000
    公里、达8184公里: the passes draft a threshold only so). Anything else (a
    respectively-list, a share, a part, a list) may have been linked to the wrong figure,
    and a check that fails on it is a question for the reviewer, not an error (see
    ``Claim.review``).
    """
    values = {
        (indicator["id"], value["period"]): value
        for indicator in indicators
        for value in indicator["values"]
    }
    units = {indicator["id"]: indicator["unit"] for indicator in indicators}
    by_id = {indicator["id"]: indicator for indicator in indicators}
    for claim in claims:
        plain = False
        if claim["kind"] in CHANGE_KINDS or claim["kind"] == "average_growth":
            values = _restated_in_quote(text, values, claim)
        if claim["kind"] in CHANGE_KINDS:
            # 研发经费投入强度2.52%，增长12.3%: a growth after a rate or share is, as the genre
            # writes it, the growth of the amount behind it, which is not stated.
            of_a_rate = (
                claim["kind"] in ("relative_change", "multiple")
                and units.get(claim["indicator"]) == "%"
            )
            plain = (
                _net_before_stock(values, claim)
                or _named_prior_plain(text, values, claim)
                or (claim["kind"] == "multiple" and _average_plain(text, values, claim))
                or (_change_plain(text, values, claim) and not of_a_rate)
            )
        elif claim["kind"] == "share":
            plain = _share_plain(text, indicators, by_id, claim) or _budget_completion_plain(
                text, by_id, claim
            )
        elif claim["kind"] == "part_of_whole":
            plain = _parts_plain(text, by_id, claim)
        elif claim["kind"] == "listed_count":
            value = values.get((claim["indicator"], claim["period"]))
            plain = (
                _members_named(text, value, claim)
                or _opened_by_its_verb(text, claim)
                or _members_in_brackets(claim)
                or _great_members(text, claim)
                or _numbered_members(text, claim)
            )
        elif claim["kind"] == "average_growth":
            plain = _average_plain(text, values, claim)
        elif claim["kind"] == "threshold":
            value = values.get((claim["indicator"], claim["period"]))
            stop = claim["offset"] + len(claim["quote"])
            plain = value is not None and claim["offset"] <= value["offset"] < stop
        if not plain:
            claim["review"] = True


CHANGE_KINDS = ("relative_change", "point_change", "absolute_change", "multiple")


def _restated_in_quote(
    text: str, values: dict[tuple[str, Any], dict[str, Any]], claim: dict[str, Any]
) -> dict[tuple[str, Any], dict[str, Any]]:
    """The claim's level where its own words restate it: 由4,120家增加到9,860家，增长1.6倍.

    A draft keeps one value per indicator and year, quoted where first stated (高新技术企业
    达到9,860家 in the year's review); a five-year review that states it again, with its
    change, ties the change to those words.
    """
    key = (claim["indicator"], claim["period"])
    value = values.get(key)
    stop = claim["offset"] + len(claim["quote"])
    if value is None or claim["offset"] <= value["offset"] < stop:
        return values
    figure = value["figure"]
    unit = value["quote"][value["quote"].rfind(figure) + len(figure) :]
    at = text.find(figure + unit, claim["offset"], stop)
    if at < 0 or not unit or re.match(r"[\d.]", text[at - 1 : at]):
        return values
    end = at + len(figure) + len(unit)
    restated = {**value, "offset": claim["offset"], "quote": text[claim["offset"] : end]}
    return {**values, key: restated}


def _named_prior_plain(
    text: str, values: dict[tuple[str, Any], dict[str, Any]], claim: dict[str, Any]
) -> bool:
    """…672.3亿元，比2022年的641.8亿元增长4.8%; …2.86万人次，是2022年全年6950人次的3.6倍.

    The level, then the earlier level its year names, then the change: all in the quote.
    """
    current = values.get((claim["indicator"], claim["period"]))
    prior = values.get((claim["indicator"], claim.get("against")))
    if current is None or prior is None:
        return False
    stop = claim["offset"] + len(claim["quote"])
    if not claim["offset"] <= current["offset"] < prior["offset"] < stop:
        return False
    end = prior["offset"] + len(prior["quote"])
    after = p.TIMES_AFTER_NAMED if claim["kind"] == "multiple" else p.CHANGE_AFTER_NAMED
    said = after.match(text, end)
    return said is not None and said.end() == stop


def _average_plain(
    text: str, values: dict[tuple[str, Any], dict[str, Any]], claim: dict[str, Any]
) -> bool:
    """由2018年的60.0亿元增加到88.6亿元，年均增长13.9%: both levels of the span, then the rate.

    Or the multiple: 由2020年底的138家增加到412家，达到2020年底的3.0倍.
    """
    first = values.get((claim["indicator"], claim["against"]))
    last = values.get((claim["indicator"], claim["period"]))
    if first is None or last is None:
        return False
    stop = claim["offset"] + len(claim["quote"])
    end = last["offset"] + len(last["quote"])
    return (
        claim["offset"] <= first["offset"] <= last["offset"] < stop
        and first["quote"] in last["quote"]  # the from-to of one clause
        and (p.MULTIPLE_TIE if claim["kind"] == "multiple" else p.AVERAGE_TIE).fullmatch(
            text, end, stop - len(claim["stated"])
        )
        is not None
    )


def _net_before_stock(values: dict[tuple[str, Any], dict[str, Any]], claim: dict[str, Any]) -> bool:
    """净增37家，总数达到749家: a net change stated right before its stock, which ends the quote."""
    value = values.get((claim["indicator"], claim["period"]))
    return (
        claim["kind"] == "absolute_change"
        and claim["quote"].startswith(("净增", "净减"))
        and value is not None
        and claim["quote"].endswith(value["quote"])
    )


_DIRECTION_THEN_FIGURE = re.compile(r"^([^\d+\-−.]+)(.+)$")


def _named_again(between: str, indicator: str) -> bool:
    """…调整为8.1∶42.6∶49.3，第三产业比重提高1.2个百分点: the level's concept named again."""
    said = p.NAMED_AGAIN.fullmatch(between)
    concept = catalog().match(said.group("name")) if said else None
    return concept is not None and concept.id == indicator


def _change_plain(
    text: str, values: dict[tuple[str, Any], dict[str, Any]], claim: dict[str, Any]
) -> bool:
    """Whether a change stands right after the level it changes, and nothing else may own it."""
    value = values.get((claim["indicator"], claim["period"]))
    # After the last of a list of parts (其中企业386户、个体工商户1032户，同比增长13.80%)
    # the change may be the total's: not plain.
    if value is None or ("其中" in value["quote"] and "、" in value["quote"]):
        return False
    end = value["offset"] + len(value["quote"])
    stop = claim["offset"] + len(claim["quote"])
    at = text.find(claim["stated"], end, stop)
    if at < 0:  # 提高了16.8个百分点: 了 between the direction word and the figure
        split = _DIRECTION_THEN_FIGURE.match(claim["stated"])
        # 比上年多建16所, stated 多16: the verb between 多 and the figure.
        verb = "[\u4e00-\u9fff]{1,2}" if split and split[1] in ("多", "少") else "了"
        joined = re.compile(f"{split[1]}{verb}{re.escape(split[2])}") if split else None
        said = joined.search(text, end, stop) if joined else None
        at = said.start() if said else -1
    # A bracketed aside between them (（上年为1252户）) does not loosen the tie.
    between = p.TRAILING_NOTE.sub("", text[end:at], count=1) if at >= 0 else ""
    between = "".join(between.split())  # spaces of the text as published (，　增长)
    # A bracket right after the change may give its own base or scope (比上年增加2.1亿元
    # （2023年决算数为59.1亿元）, （按同口径计算）), unless it gives last year's level,
    # which the draft holds (（注：上年数据已根据决算结果修订为22.11亿元）).
    noted = text[stop : stop + 1] in ("（", "(")
    prior = values.get((claim["indicator"], claim.get("against")))
    if noted and prior is not None and prior["offset"] >= stop:
        noted = False
    tied = (
        p.TIE.match(between) is not None
        or p.CHANGE_BETWEEN.fullmatch(between) is not None  # …，由上年的X增加Y，增长Z%
        or (claim["kind"] == "absolute_change" and p.RATE_THEN.match(between) is not None)
        or _named_again(between, claim["indicator"])
    )
    if at < 0 or not tied or noted:
        return False
    # 新增国家高新技术企业21家，增长18.1%，总数达到98家: the growth may be the stock's,
    # named after it, not the additions'.
    if p.FLOW_OPENING.match(value["quote"]) and p.STOCK_AFTER.match(text, stop):
        return False
    # …民生支出160.10亿元、旅游总收入47.43亿元，增长3.9%: one change after a list may be
    # any item's, or the list's; 引进项目36个，其中亿元以上项目13个，同比增长12.5%: the
    # change after one 其中 part may be the total's.
    # (其中工业投资24.1亿元、增长15.8%: 、 binds the change to the part within its clause.)
    after_qizhong = between != "、" and (
        value["quote"].startswith("其中")
        or text[max(0, value["offset"] - 3) : value["offset"]].endswith(("其中", "其中，"))
    )
    if after_qizhong and _whole_changed_before(text, value["offset"]):
        # 卫生机构6915个，比上年增加73个，其中医院194个，比上年增加18个: the total's change
        # is said before 其中; the one after the part is the part's.
        after_qizhong = False
    return not (_last_of_a_list(text, value) or after_qizhong)


def _whole_changed_before(text: str, offset: int) -> bool:
    """Whether the clause before the 其中 at ``offset`` states a change of its own."""
    at = text.rfind("其中", max(0, offset - 3), offset + 2)
    if at < 0:
        return False
    start = max(text.rfind(mark, 0, at) for mark in "。；;\n") + 1
    if start == at and text[at - 1 : at] in ("；", ";"):
        # …一般公共预算收入19.76亿元，增长6.1%；其中税收收入…: the whole's clause is the one
        # right before the semicolon.
        start = max(text.rfind(mark, 0, at - 1) for mark in "。；;\n") + 1
    return p.OWN_CHANGE.search(text, start, at) is not None


def _last_of_a_list(text: str, value: dict[str, Any]) -> bool:
    """Whether a value ends a list: its clause or its figure comes after 、, 和 or 及."""
    if text[value["offset"] - 1 : value["offset"]] in ("、", "和", "及"):
        return True  # …民生支出160.10亿元、旅游总收入47.43亿元
    digits = re.search(r"\d[\d.,]*", value["figure"])
    end = value["offset"] + len(value["quote"])
    at = text.rfind(digits.group(), value["offset"], end) if digits else -1
    if at > 0 and text[at - 1] in "、和及":
        return True  # 分别为83.68亿元及607.65亿元
    # 规模以上工业总产值222.67亿元、一般公共预算支出78.74亿元: a figure and 、 before it.
    before = text[value["offset"] : at] if at > 0 else ""
    return "、" in before and re.search(r"\d", before) is not None


def _parts_plain(text: str, by_id: dict[str, dict[str, Any]], claim: dict[str, Any]) -> bool:
    """Whether the parts after 其中 are plainly parts of the level right before it.

    贷款余额268.4亿元，增长9.2%，其中涉农贷款余额286.1亿元: the whole stands right before
    其中 (its change aside), every part's name ends with the whole's head noun (余额), and
    all are of one period, part of the year and scope.
    """
    if claim.get("relation") == "complete" and p.PARTS_OPENING.search(claim["quote"]):
        return _partition_plain(by_id, claim)
    if claim.get("relation") == "complete" and _LISTED_TOTAL.search(claim["quote"]):
        return True  # A…245亿元、B…169亿元、C…862亿元，合计1286亿元: the list's own sum
    if claim.get("relation") == "complete" and _ITEMS_AFTER_TOTAL.search(claim["quote"]):
        return True  # 总投资合计6.12亿元：（1）…2.36亿元；…: numbered items, one figure each
    if _natural_growth_plain(by_id, claim):
        return True
    whole_ind = by_id.get(claim["whole"])
    parts = [by_id.get(ident) for ident in claim["parts"]]
    if claim.get("relation") != "parts" or (
        len(claim["parts"]) != 1 and not _disjoint_sectors([i["name"] for i in parts if i])
    ):
        return False  # 其中工业投资…、民间投资…: parts may overlap, their sum is no test
    if whole_ind is None or any(i is None for i in parts) or len(whole_ind["name"]) < p.PAIR:
        return False

    def value_of(indicator: dict[str, Any]) -> dict[str, Any] | None:
        found = [v for v in indicator["values"] if v["period"] == claim["period"]]
        return found[0] if len(found) == 1 else None

    whole = value_of(whole_ind)
    if whole is None or whole.get("target") or whole.get("estimate"):
        return False
    quotes = [whole["quote"], *(v["quote"] for i in parts if i for v in i["values"])]
    if any(p.SEVERAL_YEARS.search(q) or re.search(r"(?:19|20)\d{2}年", q) for q in quotes):
        return False  # 五年累计…，其中2024年…: a span and a year in it, not parts of one level
    head = whole_ind["name"][-2:]
    at = text.find("其中", whole["offset"] + len(whole["quote"]))
    between = text[whole["offset"] + len(whole["quote"]) : at] if at >= 0 else "。"
    if p.PARTS_TIE.fullmatch(between) is None:
        return False
    for indicator in parts:
        assert indicator is not None
        part = value_of(indicator)
        if part is not None and re.search("[；;。]", text[at : part["offset"]]):
            return False  # 其中税收收入…；…旅游总收入…: past the clause, no part of it
        if (
            part is None
            or not (
                indicator["name"].endswith(head)
                # 农村公路里程15.27万公里，其中县道…、乡道…、村道…: roads by their level.
                or ("公路" in whole_ind["name"] and _ROAD_LEVEL.fullmatch(indicator["name"]))
            )
            or indicator["name"] == whole_ind["name"]
            or indicator["unit"] != whole_ind["unit"]
            or any(part.get(k) != whole.get(k) for k in ("span", "scope", "target", "estimate"))
        ):
            return False
    return True


_ROAD_LEVEL = re.compile(r"[国省县乡村专]道")


# Sectors that share no member, in one scheme at a time: 工业 is in 第二产业, and
# 基础设施 may be in either, so they are never taken as disjoint from each other.
_SECTOR_SCHEMES = (
    re.compile(r"工业|(?:现代)?服务业|(?:现代)?农业"),
    re.compile(r"第[一二三]产业"),
    # Roads by the level that runs them (县道、乡道、村道), people and schools by kind: each
    # in one class only.
    re.compile(r"[国省县乡村]"),
    re.compile(r"城镇|乡村|农村"),
    re.compile(r"公办|民办"),
    re.compile(r"男性?|女性?"),
)


def _disjoint_sectors(names: list[str]) -> bool:
    """其中工业项目47个、现代服务业项目25个: parts by sector, which no project is in twice.

    The names share their head (项目) and differ only by a sector before it, each another.
    """
    if len(names) < p.PAIR:
        return False
    shared = 0
    while shared < min(map(len, names)) and len({n[-1 - shared] for n in names}) == 1:
        shared += 1
    # 工业项目/服务业项目 share 业项目, their head is 项目; 县道/乡道 share 道 alone.
    for size in range(shared, 0, -1):
        sectors = [n[: len(n) - size] for n in names]
        if any(all(scheme.fullmatch(s) for s in sectors) for scheme in _SECTOR_SCHEMES):
            return len({s.removeprefix("现代") for s in sectors}) == len(sectors)
    return False


# Births less deaths, by the catalog's concepts: the identity holds by definition.
_NATURAL_GROWTH = ("birth-rate", ("death-rate", "natural-growth-rate"))


def _natural_growth_plain(by_id: dict[str, dict[str, Any]], claim: dict[str, Any]) -> bool:
    """出生率6.36‰、死亡率7.78‰、人口自然增长率-1.12‰ of the report's own population.

    Plain when all three are the catalog's concepts (so of the report's own jurisdiction)
    with one value each in the year.
    """
    found = [by_id.get(ident) for ident in (claim["whole"], *claim["parts"])]
    if any(i is None for i in found):
        return False
    concepts = (found[0] or {}).get("concept"), tuple(i.get("concept") for i in found[1:] if i)
    return concepts == _NATURAL_GROWTH and all(
        [v["period"] for v in i["values"]].count(claim["period"]) == 1 for i in found if i
    )


def _partition_plain(by_id: dict[str, dict[str, Any]], claim: dict[str, Any]) -> bool:
    """其中，第一产业增加值…，第二产业…，第三产业…: the parts that define their whole.

    The extractor calls parts complete only by their names (the three sectors of 生产总值,
    城镇 and 乡村 of 人口); plain when each is one value of the whole's year, part of the
    year, scope and kind (none a target, none an estimate unless all are).
    """
    found = [by_id.get(i) for i in (claim["whole"], *claim["parts"])]
    values = []
    for indicator in found:
        if indicator is None:
            return False
        of_year = [v for v in indicator["values"] if v["period"] == claim["period"]]
        if len(of_year) != 1:
            return False
        values.append(of_year[0])
    keys = ("span", "scope", "target", "estimate")
    return all(v.get(k) == values[0].get(k) for v in values for k in keys)


def _own_ratio_plain(text: str, by_id: dict[str, dict[str, Any]], claim: dict[str, Any]) -> bool:
    """优良天数337天，优良天数比率92.3%: the ratio named by its count, right after it."""
    part, rate = by_id.get(claim["part"]), by_id.get(claim["rate"])
    if part is None or rate is None:
        return False
    own = p.RATIO_SUFFIX.sub("", rate["name"])
    if len(own) < p.PAIR or not part["name"].endswith(own):
        return False
    count = next((v for v in part["values"] if v["period"] == claim["period"]), None)
    ratio = next((v for v in rate["values"] if v["period"] == claim["period"]), None)
    if count is None or ratio is None or count.get("span") != ratio.get("span"):
        return False
    if not counts_whole(part["unit"], part["name"] + count["quote"]):
        return False  # 全市平均优良天数326天: a mean of places, no count of days
    between = text[count["offset"] + len(count["quote"]) : ratio["offset"]]
    return between in ("，", ",", "、")


# The goal a completion rate is of when the goal is the year's target, which the report
# before states (完成年度目标的112.6%, 完成全年目标任务的105%); not a budget, a plan or an
# adjusted target, which may be stated nowhere else.
_YEAR_GOAL = re.compile(r"(?:年度|全年)?(?:目标|任务|目标任务)")


def _completion_plain(text: str, by_id: dict[str, dict[str, Any]], claim: dict[str, Any]) -> bool:
    """全年完成税收13.92亿元，同比增长8.2%，完成年度目标的106.4%: the actual is plain.

    The level stands right before the completion (its own change aside), and the goal is
    the year's target, which the earlier report states; the check finds it there.
    """
    if _YEAR_GOAL.fullmatch(claim["whole_name"]) is None:
        return False
    part, rate = by_id.get(claim["part"]), by_id.get(claim["rate"])
    if part is None or rate is None:
        return False
    level = next((v for v in part["values"] if v["period"] == claim["period"]), None)
    ratio = next((v for v in rate["values"] if v["period"] == claim["period"]), None)
    if level is None or ratio is None or level.get("span") or ratio.get("span"):
        return False
    if any(level.get(k) for k in ("target", "estimate", "years")):
        return False
    if "分别" in level["quote"] or "、" in level["quote"] or _last_of_a_list(text, level):
        return False
    between = text[level["offset"] + len(level["quote"]) : ratio["offset"]]
    return p.PARTS_TIE.fullmatch(between) is not None


_BUDGET = re.compile(p.BUDGET_WORD)


def _budget_completion_plain(
    text: str, by_id: dict[str, dict[str, Any]], claim: dict[str, Any]
) -> bool:
    """一般公共预算收入预算为18.90亿元，实际完成19.55亿元，为预算的106.8%: all in a row.

    The budget of the measure, its actual right after it, then the completion: the whole
    and the part are the two figures the sentence has just given.
    """
    if _BUDGET.fullmatch(claim.get("whole_name") or "") is None:
        return False
    if _budget_named_in_rate(by_id, claim):
        return True
    budget, actual = (by_id.get(claim.get(k) or "") for k in ("whole", "part"))
    if budget is None or actual is None:
        return False
    if not name_key(budget["name"]).startswith(name_key(actual["name"])):
        return False  # the budget of another measure
    whole, part = (
        next((v for v in i["values"] if v["period"] == claim["period"]), None)
        for i in (budget, actual)
    )
    if whole is None or part is None:
        return False
    # The actual may be stated first elsewhere (一般公共预算收入19.55亿元 in the summary):
    # here it is the figure the claim's quote opens with, right after the budget.
    whole_end = whole["offset"] + len(whole["quote"])
    said = p.ACTUAL_THEN_RATE.fullmatch(claim["quote"])
    return (
        text[whole_end : claim["offset"]] in ("", "，", ",")  # 预算为18.90亿元，实际完成…
        and said is not None
        and said.group("figure").replace(",", "") == part["figure"].replace(",", "")
    )


def _budget_named_in_rate(by_id: dict[str, dict[str, Any]], claim: dict[str, Any]) -> bool:
    """…支出完成96.85亿元，为调整预算99.27亿元的95.6%: the budget's figure in the rate's words.

    The actual right before, the budget inside 为…的: the claim's own quote gives both
    figures, and they are the ones the claim links.
    """
    said = p.BUDGET_IN_RATE.search(claim["quote"])
    if said is None:
        return False
    figures = []
    for key in ("part", "whole"):
        indicator = by_id.get(claim.get(key) or "")
        value = next(
            (v for v in (indicator or {}).get("values", []) if v["period"] == claim["period"]),
            None,
        )
        figures.append(value["figure"].replace(",", "") if value else None)
    return figures == [said.group("part").replace(",", ""), said.group("whole").replace(",", "")]


def _expected(text: str, value: dict[str, Any]) -> bool:
    """Whether a value is an expectation (预计全年可完成58.9亿元), which a part may not share.

    A figure of preliminary accounts (经初步核算，全年全市地区生产总值3268.5亿元) is the
    report's level of the year: its shares are of it.
    """
    if not value.get("estimate"):
        return False
    start = max(text.rfind(mark, 0, value["offset"]) for mark in "。\n") + 1
    return "初步核算" not in text[start : value["offset"] + len(value["quote"])]


def _whole_inside_plain(text: str, by_id: dict[str, dict[str, Any]], claim: dict[str, Any]) -> bool:
    """民生支出2.86亿元，占街道一般预算支出3.64亿元的78.6%: part, then whole inside the words."""
    found = [by_id.get(str(claim.get(k))) for k in ("part", "whole", "rate")]
    stated = [
        next((v for v in i["values"] if v["period"] == claim["period"]), None) if i else None
        for i in found
    ]
    part, whole, rate = stated
    if part is None or whole is None or rate is None:
        return False
    end = part["offset"] + len(part["quote"])
    return (
        text[whole["offset"]] == "占"
        and rate["offset"] == whole["offset"]
        and (
            text[end : whole["offset"]] in ("，", ",", "、")
            # 57.1万亩，比上年末的52.6万亩增加4.5万亩，占…的57.9%: its change between.
            or p.CHANGE_BETWEEN.fullmatch(text, end, whole["offset"]) is not None
        )
        and len({v.get("span") for v in (part, whole, rate)}) == 1
    )


def _share_plain(
    text: str,
    indicators: list[dict[str, Any]],
    by_id: dict[str, dict[str, Any]],
    claim: dict[str, Any],
) -> bool:
    """Whether a share's part and whole are plain in the text.

    其中税收收入48.6亿元，占一般公共预算收入比重达86.2% after 一般公共预算收入58.9亿元:
    the part stands right before the 占… words, the whole is named by exactly those words
    (the report's jurisdiction aside), and all three are of one period and part of year.
    """
    if _whole_inside_plain(text, by_id, claim):
        return True
    if claim.get("part") and claim.get("whole") and _PART_RATE.search(claim["quote"]):
        return True  # …12,460件，其中网上办理11,380件，网上办理率达到95.6%
    if claim.get("part") and not claim.get("whole") and not claim.get("whole_name"):
        return _own_ratio_plain(text, by_id, claim)
    if claim.get("part") and not claim.get("whole") and claim.get("bounded") is False:
        return _completion_plain(text, by_id, claim)
    if not (claim.get("part") and claim.get("whole") and claim.get("whole_name")):
        return False
    found = [by_id.get(claim[k]) for k in ("part", "whole", "rate")]
    if any(i is None for i in found):
        return False
    part, whole, rate = (
        next((v for v in i["values"] if v["period"] == claim["period"]), None)
        for i in found
        if i is not None
    )
    if part is None or whole is None or rate is None:
        return False
    if len({v.get("span") for v in (part, whole, rate)}) > 1 or whole["offset"] > part["offset"]:
        return False
    if _expected(text, whole) or _expected(text, part):
        return False
    # Nothing of the unit between whole and part (截至11月底…52.3亿元，预计全年可完成58.9
    # 亿元，其中…: which is the whole is in doubt), and no scope of the sentence's own
    # (剔除…后同口径为61.2亿元).
    unit = found[1]["unit"] if found[1] is not None else ""
    # Unless the whole is the one level its indicator has in the year (the GDP a share
    # of 地区生产总值 is of, stated paragraphs before).
    only = (
        found[1] is not None
        and [v["period"] for v in found[1]["values"]].count(claim["period"]) == 1
    )
    if not only and any(
        i["unit"] == unit and whole["offset"] < v["offset"] < part["offset"]
        for i in indicators
        for v in i["values"]
    ):
        return False
    if p.CHANGE_SCOPE.search(text, whole["offset"], rate["offset"] + len(rate["quote"])):
        return False
    whole_name = claim["whole_name"]
    named = found[1]["name"] if found[1] is not None else ""
    same_concept = (
        found[1] is not None
        and found[1].get("concept") is not None
        and (found[1].get("concept") == getattr(catalog().match(whole_name), "id", None))
    )
    if p.OWN_STOCK.sub("", named) != p.OWN_STOCK.sub("", whole_name) and not same_concept:
        # 粮食产量1842.7万吨…，占全年粮食总产量的78.6%: one concept by two of its names.
        return False
    rate_end = rate["offset"] + len(rate["quote"])
    between = text[part["offset"] + len(part["quote"]) : rate_end]
    # Not after a list of figures (分别为12.1亿元、8.2亿元、9.7亿元，占…: the share may be
    # of their sum), nor with a bracket of its own after it (（剔除留抵退税因素）).
    listed = "分别" in part["quote"] or "、" in part["quote"]
    noted = text[rate_end : rate_end + 1] in ("（", "(")
    return p.SHARE_TIE.fullmatch(between) is not None and not listed and not noted


def _members_named(text: str, value: dict[str, Any] | None, claim: dict[str, Any]) -> bool:
    """Whether every listed item ends with the noun the count counts (A村、B村等4个村).

    Then the items are plainly the things counted, not verbs or words before the list.
    """
    if value is None or len(claim["items"]) < p.PAIR:
        return False
    if any(p.ITEM_JOINS.search(item) for item in claim["items"]):
        return False  # 南山村和北山村 as one item: the split is in doubt
    before = text[max(0, claim["offset"] - 2) : claim["offset"]]
    if before[-1:] in ("，", "；", ",", ";") and before[:1] == claim["items"][0][-1:]:
        return False  # 城关镇东湖村、西湖村，城南镇南山村、北山村4个村: the list goes back
    end = value["offset"] + len(value["quote"])
    # The noun must end there (4个村成功创建, 4个村，): 4个村民小组, 3个村级项目 and 4个村庄
    # count something else that starts with 村. It may be a word (桂园社区、丹桂社区…5个
    # 社区的老旧小区).
    for size in range(_LONGEST_NOUN, 0, -1):
        noun, after = text[end : end + size], text[end + size : end + size + 1]
        if (
            len(noun) == size
            and all("\u4e00" <= ch <= "\u9fff" for ch in noun)
            and (after == "" or after in p.AFTER_COUNTED_NOUN)
            and all(item.endswith(noun) and item != noun for item in claim["items"])
        ):
            return True
    return False


def _opened_by_its_verb(text: str, claim: dict[str, Any]) -> bool:
    """形成装备制造、新材料、现代食品三个产业集群: a verb of building opens the list.

    Or a verb of work done in places opens a list of places (完成黄家坪、杨柳湾…5个村).

    The first item is the verb and the first member; every member is a short noun
    phrase with nothing joined inside it, and the list does not go back past the clause.
    """
    items = claim["items"]
    if claim.get("open_list") or len(items) < p.PAIR:
        return False
    if text[max(0, claim["offset"] - 1) : claim["offset"]] not in _CLAUSE_OPENERS:
        return False
    verbs = p.PLACES_OPENING if p.COUNT_OF_PLACES.search(claim["quote"]) else p.LIST_OPENING
    if verbs is p.LIST_OPENING and p.COUNT_OF_A_CLASS.search(claim["quote"]) is None:
        return False  # 新建农贸市场、菜市场4个: kinds, and a count of places of those kinds
    lead = claim["quote"][: max(0, claim["quote"].find(items[0]))]
    if lead:
        # 完成黄家坪、…: the drafting took the verb out of the first item.
        opening = verbs.fullmatch(lead)
        members = list(items)
    else:
        opening = verbs.match(items[0])
        members = [items[0][opening.end() :] if opening else "", *items[1:]]
    return opening is not None and all(
        p.LIST_MEMBER.fullmatch(m) and not p.ITEM_JOINS.search(m) for m in members
    )


def _great_members(text: str, claim: dict[str, Any]) -> bool:
    """市图书馆新馆、市科技馆、市档案馆新馆三大公共文化设施: the named members of the N大.

    The list opens its clause, and every member is a short name: no verb before it (统筹
    推进扩消费六大工程、城建六大攻坚行动 lists two programmes of six), no count inside it,
    nothing joined inside it.
    """
    items = claim["items"]
    if claim.get("open_list") or len(items) < p.PAIR:
        return False
    if text[max(0, claim["offset"] - 1) : claim["offset"]] not in _CLAUSE_OPENERS:
        return False
    if not claim["quote"].startswith(items[0]) or not _GREAT_COUNT.match(
        claim["quote"], claim["quote"].rfind(items[-1]) + len(items[-1])
    ):
        return False
    return all(_a_short_name(m) for m in items)


# The count of a list of named members: 三大, 四大 (十大 and 两大 too).
_GREAT_COUNT = re.compile(r"[一二两三四五六七八九十]+大")
_COUNT_INSIDE = re.compile(r"[一二两三四五六七八九十百千\d]+[大个项条家所座类]")


def _numbered_members(text: str, claim: dict[str, Any]) -> bool:
    """民生实事项目12项：（1）…；（2）…: the items numbered right after the count's colon.

    So are the items 一是、二是 … (五大工程：一是…).
    """
    end = claim["offset"] + len(claim["quote"])
    return (
        len(claim["items"]) >= p.PAIR
        and claim["quote"].endswith(("：", ":"))
        and (
            p.FIRST_NUMBERED.match(text, end) is not None or text.startswith(("一是", "一要"), end)
        )
    )


def _members_in_brackets(claim: dict[str, Any]) -> bool:
    """新增省级龙头企业5家（桐岭茶业集团、湘岭油茶…）: the bracket names the members.

    So does a colon, when each member is a short name (…5所：城南小学、县第三幼儿园、
    河口镇中心小学), with no verb before it and no count inside it.
    """
    inner = "、".join(claim["items"])
    quote: str = claim["quote"]
    if quote.endswith((f"（{inner}）", f"({inner})")):
        return True
    return quote.endswith((f"：{inner}", f":{inner}")) and all(
        _a_short_name(m) for m in claim["items"]
    )


def _a_short_name(member: str) -> bool:
    """Whether a listed member is a short name: no verb before it, no count, no join."""
    return (
        p.LIST_MEMBER.fullmatch(member) is not None
        and not p.ITEM_JOINS.search(member)
        and not _COUNT_INSIDE.search(member)
        and not p.ONLY_DOING.match(member)
    )


# A total said as one before a colon and its numbered items: 总投资合计6.12亿元：（1）….
_ITEMS_AFTER_TOTAL = re.compile(r"(?:合计|总计|共计)[^：:，,。；;]{0,20}[：:][（(](?:1|一)[）)]")
# A 其中 part, then the rate named by the part's own name: 其中网上办理11,380件，网上办理率
# 达到95.6%, the part over the level the 其中 is of.
_PART_RATE = re.compile(
    r"^[^。；;]*?\d[^，,。；;]{0,4}[，,](?:[^，,。；;\d]{0,8}\d+(?:\.\d+)?%[，,])?其中[，,]?"
    r"(?P<name>[^\d，,。；;、]{2,12}?)[\d,.]+[^\d，,。；;]{0,3}[，,](?P=name)率(?:达到|达|为)?[\d.]+%$"
)
# The 合计 of the list right before it, as the quote of its claim ends: ，合计1286亿元.
_LISTED_TOTAL = re.compile(
    r"[，,](?:(?:以上|上述)?[一二两三四五六七八九十\d]{1,2}(?:项|类|个方面))?合计(?:为|达)?"
    r"[\d.,]+[^\d，,。；;、]{0,4}$"
)

# What may stand right before a list's opening verb: the clause starts there.
_CLAUSE_OPENERS = ("", "，", "；", "。", "\n", "：", "(", "（")

_LONGEST_NOUN = 3  # 社区, 街道, 开发区: the nouns a listed count repeats from its items


def _with_meaningful_ids(
    indicators: list[dict[str, Any]],
    claims: list[dict[str, Any]],
    text: str,
    period: int | None = None,
    entity: str | None = None,
) -> list[dict[str, Any]]:
    """Give each drafted indicator its concept's id, or an id made from its name.

    The first actual that matches a catalog concept takes the concept's id and links
    across reports; every other indicator takes ``n-`` and a hash of its normalised
    name (the same in every year's draft), which links nothing while the draft is
    unreviewed. Claims are rewritten to the new ids. A figure of a wider jurisdiction
    than the report's entity (全省一般公共预算收入 in a city's report) takes no concept.
    """
    wider = _wider_than(entity)
    stops = [m.end() for m in p.FULL_STOP.finditer(text)]
    taken: set[str] = set()
    seen: Counter[str] = Counter()
    renamed: dict[str, str] = {}
    merged: set[int] = set()  # valueless indicators folded into their concept's
    # Actuals first, so that the headline figure, not its target, takes the concept; the
    # whole year's before a part's (上半年…45.2亿元 before 全年…94.1亿元 of the same measure:
    # the year's level is the series); and indicators with a value before those without,
    # which fold into them.
    order = sorted(
        indicators,
        key=lambda i: (
            any(v.get("target") for v in i["values"]),
            bool(i["values"]) and all(v.get("span") for v in i["values"]),
            not i["values"],
        ),
    )
    known: dict[tuple[str, str, bool], tuple[str | None, str]] = {}  # (name, unit, output) → …
    holders: dict[str, dict[str, Any]] = {}  # concept → the indicator that took it
    named: dict[str, dict[str, Any]] = {}  # a name's hashed id → the indicator that took it
    bases: dict[int, str] = {}  # an indicator → its name's hashed id
    candidates = {
        id(indicator): _candidate(indicator, (known, bases), text, period, (wider, stops))
        for indicator in order
    }
    contested = _contested(order, candidates)
    for indicator in order:
        base = bases[id(indicator)]
        undated = _undated(indicator)
        concept = None if id(indicator) in contested else candidates[id(indicator)]
        concept = _series_taken(concept, taken, has_values=bool(indicator["values"]))
        if (
            concept is not None
            and concept in taken
            and (
                (not indicator["values"] and not undated)
                or _fold_into(holders.get(concept), indicator)
            )
        ):
            # 国内生产总值增长7.8% after 国内生产总值从26.6万亿元增加到51.9万亿元: a change
            # stated without its level is of the indicator that already holds the concept;
            # so is a level of another year (2023年…修订为333.2亿元, then 2024年…352.1亿元).
            renamed[indicator["id"]] = concept
            merged.add(id(indicator))
            continue
        if concept is not None and concept not in taken:
            new = concept
            holders[concept] = indicator
            indicator["concept"] = concept
            if not indicator["values"]:
                # A change stated without its level (实际增长9%): the unit is the
                # concept's, so that an earlier report's level converts to it.
                indicator["unit"] = _known_unit(concept) or indicator["unit"]
        elif (
            base in named
            and indicator["values"]
            and all(v.get("target") for v in indicator["values"])
            and _fold_into(named[base], indicator)
        ):
            # 招商引资实际到位资金300亿元, then the plan's …力争达到350亿元: the target joins
            # the series its name is, as a concept's does, for the next report's 完成年度目标.
            renamed[indicator["id"]] = base
            merged.add(id(indicator))
            continue
        else:
            seen[base] += 1
            new = base if seen[base] == 1 else f"{base}-{seen[base]}"
            named.setdefault(new, indicator)
        taken.add(new)
        renamed[indicator["id"]] = new
        indicator["id"] = new
    indicators[:] = [i for i in indicators if id(i) not in merged]
    out = []
    for original in claims:
        claim = dict(original)
        for key in ("indicator", "rate", "part", "whole"):
            if key in claim:
                claim[key] = renamed.get(claim[key], claim[key])
        for key in ("parts", "also_refers_to"):
            if key in claim:
                claim[key] = [renamed.get(i, i) for i in claim[key]]
        out.append(claim)
    return out


# Words of a sentence that lists products' output: 从主要产品产量看, 主要工业产品产量中.
_SENTENCE = 400
_OUTPUT_WORDS = re.compile(r"产量|产品")


def _listed_output(indicator: dict[str, Any], text: str) -> bool:
    """Whether a product named alone in its unit is its output, not a stock of it.

    新能源汽车1.82万辆 after 从主要产品产量看 is 新能源汽车产量; 机动车保有量…其中新能源
    汽车9.86万辆 is not.
    """
    if not product_unit(indicator["unit"]) or not indicator["values"]:
        return False
    if name_key(indicator["name"]).endswith("产量"):
        return False
    for value in indicator["values"]:
        offset = value.get("offset")
        if not isinstance(offset, int):
            return False
        # The sentence, looked for no further back than a long sentence runs.
        start = max(text.rfind(mark, max(0, offset - _SENTENCE), offset) for mark in "。；\n") + 1
        if not _OUTPUT_WORDS.search(text, start, offset) or "保有" in text[start:offset]:
            return False
    return True


def _candidate(
    indicator: dict[str, Any],
    found: tuple[dict[tuple[str, str, bool], tuple[str | None, str]], dict[int, str]],
    text: str,
    period: int | None,
    wider: tuple[tuple[str, ...], list[int]],
) -> str | None:
    """The concept an indicator's name and unit give, unless its figures are not the series.

    Fills ``found``: the concept and hashed id of each name and unit (cached: names recur),
    and the hashed id of this indicator.
    """
    known, bases = found
    output = _listed_output(indicator, text)
    name_unit = (indicator["name"], indicator["unit"], output)
    if name_unit not in known:
        # 从主要产品产量看，新能源汽车1.82万辆: the product's output, 新能源汽车产量.
        normal = _normal_name(indicator["name"]) + ("产量" if output else "")
        digest = hashlib.sha1(normal.encode("utf-8"), usedforsecurity=False).hexdigest()
        # An indicator drafted without a value has no known unit: its name decides.
        unit = indicator["unit"] if indicator["values"] else ""
        known[name_unit] = (_concept_of(normal, unit), "n-" + digest[:8])
    concept, bases[id(indicator)] = known[name_unit]
    if concept is not None and (
        _undated(indicator)
        or _of_a_wider_jurisdiction(indicator, text, *wider)
        or _of_a_sub_area(indicator, text, wider[1])
        or _undated_start(indicator, text, period)
        or _is_flow_of_a_stock(concept, indicator, text)
        or any(_BENEFICIARIES.search(v["quote"]) for v in indicator["values"])
        or _not_named_in_quote(concept, indicator)
    ):
        return None
    return concept


def _not_named_in_quote(concept_id: str, indicator: dict[str, Any]) -> bool:
    """Whether a value's own words hold one of the concept's ``not_names``.

    The name is cut before the verb (全年发行地方政府专项债券4.04万亿元 is named 地方政府专项
    债券), but the verb may make it another measure: bonds issued are not the quota.
    """
    concept = catalog().concepts.get(concept_id)
    if concept is None or not concept.not_names:
        return False
    for value in indicator["values"]:
        digits = re.search(r"\d[\d.,]*", value["figure"])
        at = value["quote"].rfind(digits.group()) if digits else -1
        words = value["quote"][: max(0, at)]
        # The value's own clause, not a list's head (…收入分别达到52000元和26000元).
        words = re.split(r"[、，,；;]|\d[^\d、，,；;]{0,4}[和及与]", words)[-1]
        # 其中医院186个: 其中 and 医院 make no 中医 (nor 其中长期… a 中长期).
        words = words.removeprefix("其中")
        if any(word in words for word in concept.not_names):
            return True
    return False


def _contested(indicators: list[dict[str, Any]], candidates: dict[int, str | None]) -> set[int]:
    """Indicators of one concept that the report states twice for a year, differently.

    办理省人大代表建议25件、市人大代表建议312件; 造林面积12万亩，其中人工造林5万亩: two
    figures of a year under one concept leave in doubt which is the series; neither takes
    the concept (each may still link by its name). So do two figures under one name
    (举办开茶节，吸引游客2.3万人次 and 全年接待游客86.5万人次) — unless one alone is the
    headline, said of the whole year or jurisdiction (全年…, 全镇…): that one is the series.
    """
    seen: dict[tuple[str, object, object], list[tuple[str, str, str]]] = {}
    for indicator in indicators:
        concept = candidates[id(indicator)]
        if concept is None:
            continue
        for value in indicator["values"]:
            if value.get("target"):
                continue
            # 6月末…存款余额 and 年末…存款余额: a part of the year is no second reading.
            key = (concept, value["period"], value.get("span"))
            reading = (_normal_name(indicator["name"]), value["figure"], indicator["unit"])
            seen.setdefault(key, []).append(reading)
    doubtful = {
        key
        for key, readings in seen.items()
        if len({(name, figure) for name, figure, _ in readings}) > 1 and not _one_figure(readings)
    }
    doubted = [
        indicator
        for indicator in indicators
        if candidates[id(indicator)] is not None
        and any(
            (candidates[id(indicator)], v["period"], v.get("span")) in doubtful
            for v in indicator["values"]
            if not v.get("target")
        )
    ]
    headlines = [i for i in doubted if any(_HEADLINE.match(v["quote"]) for v in i["values"])]
    by_concept = Counter(candidates[id(i)] for i in headlines)
    contested: set[int] = set()
    for indicator in doubted:
        if by_concept[candidates[id(indicator)]] == 1:
            if indicator not in headlines:
                contested.add(id(indicator))  # the headline alone is the series
        elif _differently_named(indicator, doubted, candidates):
            contested.add(id(indicator))
    return contested


def _differently_named(
    indicator: dict[str, Any], doubted: list[dict[str, Any]], candidates: dict[int, str | None]
) -> bool:
    """Whether another doubted indicator of the concept has another name.

    Two readings under one name with no headline between them: the first in the text
    takes the concept, as before.
    """
    concept, name = candidates[id(indicator)], _normal_name(indicator["name"])
    return any(
        candidates[id(other)] == concept and _normal_name(other["name"]) != name
        for other in doubted
    )


# A figure said of the whole year or jurisdiction: 全年接待游客86.5万人次, 全镇规上工业企业….
_HEADLINE = re.compile(
    r"^[^，,。；;\d]{0,4}?(?:全年|全(?:国|省|市|区|县|州|盟|旗|镇|乡|街道)|年末全)"
)


def _one_figure(readings: list[tuple[str, str, str]]) -> bool:
    """Whether the figures may all be one: 接待游客1486万人次 and 游客接待量首次突破1400万."""
    try:
        intervals = [
            level_interval(parse_figure(figure), unit, Rounding.HALF_UP).scale(
                conversion_factor(unit, readings[0][2])
            )
            for _, figure, unit in readings
        ]
    except (FigureError, UnitError):
        return False
    return all(a.overlaps(b) for a in intervals for b in intervals)


# The jurisdictions wider than an entity of each level: a city's report quotes 全省 and
# 全国 figures beside its own, a 街道's report its 区's.
_WIDER = (
    ("自治区", ("全国",)),
    ("省", ("全国",)),
    ("市", ("全省", "全国")),
    ("区", ("全市", "全省", "全国")),
    ("县", ("全市", "全州", "全省", "全国")),
    ("旗", ("全盟", "全区", "全国")),
    ("街道", ("全区", "全县", "全市", "全省", "全国")),
    ("镇", ("全区", "全县", "全市", "全省", "全国")),
    ("乡", ("全区", "全县", "全市", "全省", "全国")),
)


def _bare_entity(entity: str) -> str:
    """The jurisdiction without the body that governs it (…街道办事处, …人民政府)."""
    for suffix in ("办事处", "党工委", "党委", "人民政府", "政府", "管委会"):
        entity = entity.removesuffix(suffix)
    return entity


def _wider_than(entity: str | None) -> tuple[str, ...]:
    """The words of jurisdictions wider than ``entity`` (全省 for a city), if known."""
    if not entity or entity.startswith("未知"):
        return ()
    entity = _bare_entity(entity)
    return next((wider for end, wider in _WIDER if entity.endswith(end)), ())


def _own_level(entity: str | None) -> str | None:
    """The level of a jurisdiction by its last word: 区 for 青州市江北区, 街道 for a 街道."""
    if not entity:
        return None
    entity = _bare_entity(entity)
    if entity.endswith("街道"):
        return "街道"
    last = entity[-1:]
    return last if last in "省市区县镇乡州盟旗" else None


def _of_a_wider_jurisdiction(
    indicator: dict[str, Any], text: str, wider: tuple[str, ...], stops: list[int]
) -> bool:
    """全省一般公共预算收入2798.6亿元 in a city's report, or after 从全省看: not the city's.

    ``stops`` are the offsets just past each full stop of ``text``, in order.
    """
    if not wider:
        return False
    if indicator["name"].startswith(wider):
        return True
    for value in indicator["values"]:
        i = bisect_right(stops, value["offset"]) - 1
        start = stops[i] if i >= 0 else 0
        before = text[start : value["offset"]]
        if value["quote"].lstrip().startswith(wider) or any(
            f"从{w}看" in before or before.endswith(w) for w in wider
        ):
            return True
        # 放眼全省，…; 全省范围内，…; 全省层面：…: the opening words name the wider one.
        lead = p.LEAD_JURISDICTION.match(before.lstrip())
        if lead is not None and lead.group("where") in wider:
            return True
    return False


def _of_a_sub_area(indicator: dict[str, Any], text: str, stops: list[int]) -> bool:
    """栖澜经济开发区全年实现…；实际使用外资1.08亿美元: a zone's figures, not the entity's.

    A sentence whose subject is a development zone, a park or a new area states that
    part's figures, however its measures are named. (A report of the zone itself names
    it in its title, and its sentences open with 全区 or no subject at all.)
    """
    for value in indicator["values"]:
        i = bisect_right(stops, value["offset"]) - 1
        start = stops[i] if i >= 0 else 0
        while start < value["offset"] and text[start].isspace():
            start += 1
        if p.SUB_AREA_LEAD.match(text, start, value["offset"]) is not None:
            return True
    return False


# 惠及市场主体2.3万户, 带动就业1.2万人: those a measure reached, not the stock it names.
_BENEFICIARIES = re.compile(r"惠及|受益|帮扶|带动|吸纳|惠企|走访|慰问|培训")


def _fold_into(holder: dict[str, Any] | None, indicator: dict[str, Any]) -> bool:
    """Move an indicator's values into the concept's holder when they are other years of it.

    Only values in the same unit, none of a year the holder states already unless it is
    the same figure: two levels of one year are two readings (a scope, a part), never one
    series. The plan's target
    of the next year (城镇新增就业5.5万人以上 after 城镇新增就业5.6万人) joins the actual's
    series, so that the next report's 完成年度目标的105.5% finds it; it stays a target,
    never another report's actual.
    """
    if holder is None or holder["unit"] != indicator["unit"]:
        return False
    if not indicator["values"] or any(v.get("target") for v in holder["values"]):
        return False
    # 区级一般公共预算收入由2020年的33.6亿元增加到42.51亿元 in a five-year review, then
    # 区级一般公共预算收入42.51亿元，同比增长3.1%: the same figure of the same year is one
    # reading, stated twice; it joins the holder, and the change with it.
    held = {(v["period"], v["figure"], v.get("span"), v.get("scope")) for v in holder["values"]}
    own = [
        v
        for v in indicator["values"]
        if v.get("target") or (v["period"], v["figure"], v.get("span"), v.get("scope")) not in held
    ]
    values = [*holder["values"], *own]
    if any(v.get("target") for v in indicator["values"]) and not all(
        v.get("target") for v in indicator["values"]
    ):
        return False
    if len({v["period"] for v in values}) < len(values):
        return False
    holder["values"] = sorted(values, key=lambda v: (str(v["period"]), v["offset"]))
    return True


def _series_taken(concept: str | None, taken: set[str], *, has_values: bool) -> str | None:
    """The series a change stated without its level belongs to, among those taken.

    进出口总额年均增长15.9% in a report that gives the trade total in 美元 only is a
    change of that series (``imports-and-exports-usd``), not of the yuan one.
    """
    if concept is None or concept in taken or has_values:
        return concept
    return next(
        (f"{concept}-{c}" for c in _CURRENCIES.values() if f"{concept}-{c}" in taken), concept
    )


def _undated(indicator: dict[str, Any]) -> bool:
    """A figure of a several-year review, undated, is no year's level: it links nothing.

    Reads (and removes) the marks the value passes left on the indicator and its values.
    """
    undated = bool(indicator.pop("_undated", False))
    for value in indicator["values"]:
        undated = bool(value.pop("_undated", False)) or undated
    return undated


def _undated_start(indicator: dict[str, Any], text: str, period: int | None) -> bool:
    """Whether a value is the undated start of a span (由2476元增加到…): it links nothing.

    A start dated in its words (从2005年的…, or the year before a “十一五” review) is that
    year's level, and links as one.
    """
    values = indicator["values"]
    if period is None:
        return any(_spans_years(text, v) for v in values)
    return any(_spans_years(text, v) for v in values if v["period"] == period)


def _words_before(text: str, value: dict[str, Any]) -> str:
    """The words of a value's quote before its figure."""
    start = value["offset"]
    quote = text[start : start + len(value["quote"])]
    figure_at = quote.find(value["figure"][:3]) if value["figure"] else -1
    words = quote if figure_at < 0 else quote[:figure_at]
    # 新增高新技术企业68家、总数达到412家: the words of the figure before 、 are its own.
    listed = [m.end() for m in _FIGURE_LISTED.finditer(words)]
    return words[listed[-1] :] if listed else words


_FIGURE_LISTED = re.compile(r"\d[^\d、，,。；]{0,4}、")


def _spans_years(text: str, value: dict[str, Any]) -> bool:
    """Whether the words before a value make it a multi-year total or a span's start."""
    return p.NOT_A_YEARS_LEVEL.search(_words_before(text, value)) is not None


def _normal_name(name: str) -> str:
    """The name a hashed id is made from: the same for 全省X and X, in every year."""
    return name_key(name)


# Words that make a figure the year's addition to a stock (新增高新技术企业326家 beside
# 总数达到3250家): a flow, not the stock the catalog names, unless the concept is a flow.
_FLOW = re.compile(
    rf"新增|净增|新认定|新登记|新设立?|新建成?|新开工|新引进|当年新|{p.ADDITION_VERBS}"
)


def _is_stock(concept: Concept | None) -> bool:
    """Whether a concept is a stock (高新技术企业), not a flow its names say (新增就业)."""
    return concept is not None and not any(_FLOW.search(n) for n in (concept.name, *concept.names))


def _is_flow_of_a_stock(concept_id: str | None, indicator: dict[str, Any], text: str) -> bool:
    """Whether the words before the figures make them additions to a stock concept."""
    concept = catalog().concepts.get(concept_id) if concept_id else None
    return _is_stock(concept) and any(
        _FLOW.search(_words_before(text, v)) for v in indicator["values"]
    )


def _concept_of(name: str, unit: str) -> str | None:
    """The concept of the catalog in use that a drafted name in a unit measures."""
    return _concept_in(catalog(), name, unit)


@cache
def _concept_in(known: Catalog, name: str, unit: str) -> str | None:
    """The concept a drafted name in a unit measures (cached: names recur)."""
    concept = known.match(name)
    if _is_stock(concept) and _FLOW.search(name):
        return None
    if concept is None or concept.unit in ("", unit) or not unit:
        return None if concept is None else concept.id
    usual = _known_unit(concept.id)
    if usual is None:
        # A unit the registry does not know (岁, 微克/立方米): only the same words match.
        return concept.id if _scale_free(concept.unit) == _scale_free(unit) else None
    try:
        require_same_dimension(usual, unit)
    except UnitError:
        # 进出口总额 in 亿美元 where the catalog counts it in 亿元: the same indicator in
        # another currency, a series of its own (growth differs by currency).
        return _currency_variant(concept.id, concept.unit, unit)
    return concept.id


def _known_unit(concept_id: str) -> str | None:
    """The concept's usual unit as the unit registry knows it: 万人 as 人, 万辆 as 辆.

    A draft writes the scale word in the figure (1266万 with 人), so a concept's 万人 is
    compared, and given to a change stated without its level, as 人.
    """
    concept = catalog().concepts.get(concept_id)
    if concept is None or not concept.unit:
        return None
    for unit in (concept.unit, _scale_free(concept.unit)):
        try:
            unit_dimension(unit)
        except UnitError:
            continue
        return unit
    return None


def _scale_free(unit: str) -> str:
    """万人次 → 人次, 亿吨 → 吨: the unit without its scale word."""
    for scale in ("万亿", "亿", "万"):
        if unit.startswith(scale) and len(unit) > len(scale):
            return unit.removeprefix(scale)
    return unit


# A money concept stated in another currency links as a series of its own.
_CURRENCIES = {"[currency]": "cny", "[usd]": "usd"}


def _currency_variant(concept_id: str, concept_unit: str, unit: str) -> str | None:
    """``imports-and-exports-usd`` for 进出口总额 in 美元; ``None`` if either is not money."""
    try:
        ours, theirs = unit_dimension(concept_unit), unit_dimension(unit)
    except UnitError:
        return None
    if ours in _CURRENCIES and theirs in _CURRENCIES:
        return f"{concept_id}-{_CURRENCIES[theirs]}"
    return None  # 地区生产总值 in 个 is a misread name, not GDP
