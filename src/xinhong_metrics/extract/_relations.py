"""The relation passes: shares, listed counts, parts and totals."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise
from typing import Any

from xinhong_metrics.concepts import catalog, name_key
from xinhong_metrics.errors import FigureError
from xinhong_metrics.extract import patterns as p
from xinhong_metrics.extract._changes import _ChangePasses
from xinhong_metrics.extract._state import _Value
from xinhong_metrics.extract._text import (
    MAX_SENTENCE,
    _noun_length,
    _related,
    _same_dimension,
    _split_items,
    _verb,
)
from xinhong_metrics.lexicon import BOUNDED_CLASS
from xinhong_metrics.numbers import parse_figure
from xinhong_metrics.units import is_count_unit


class _RelationPasses(_ChangePasses):
    """Relate values within a sentence: rates of wholes, parts of totals, lists."""

    def _shares(self) -> None:
        # Where each change of a measure with no level ends, for a share said right after it.
        names = {ident: name for name, ident in self._valueless.items()}
        changed = {
            c["offset"] + len(c["quote"]): names[c["indicator"]]
            for c in self.claims
            if c["kind"] == "relative_change" and c["indicator"] in names
        }
        for value in self.values:
            if value.unit != "%" or value.structure:
                continue
            before = self.text[value.quote_start : value.start]
            share_of = p.SHARE_OF.search(self.text, value.quote_start, value.end + 1)
            # Not a change (比上年增加27个, read as an amount later): no part of a share.
            previous = [
                v for v in self._previous_values(value.start) if v.unit != "%" and not v.amount
            ]
            claim: dict[str, Any] = {"kind": "share", "rate": value.ident, "period": self.period}
            self._name_by_the_change_before(value, share_of, changed)
            if p.UNBOUNDED_RATE.search(value.name):
                claim["bounded"] = False  # 投资完成率114.2%: a completion rate may pass 100%
            quote_start = value.quote_start
            if value.completion:
                quote_start = self._completion_share(value, previous, claim)
            elif (inside := self._whole_inside(value, previous)) is not None:
                # 民生支出2.86亿元，占街道一般预算支出3.64亿元的78.6%: the whole's figure
                # inside the share's words.
                part, whole = inside
                whole.name = whole.name.removeprefix("占")
                value.name = f"{part.name}占{whole.name}比重"
                claim.update(part=part.ident, whole=whole.ident, whole_name=whole.name)
                quote_start = part.quote_start
            elif (
                share_of
                and share_of.end() == value.end
                and previous
                and not (
                    # 四大主导产业增加值…占规模以上工业增加值的比重为68.5%: a count of
                    # things is no part of an amount.
                    is_count_unit(previous[-1].unit)
                    and p.AMOUNT_MEASURE.search(share_of.group("whole"))
                )
            ):
                quote_start = self._share_of_named(value, previous, share_of, claim)
                self._aliased(value, share_of)
            elif "率" in before or self.text[value.end : value.end + 2] in ("解决", "办结", "完成"):
                if (
                    previous
                    and self._adjacent(previous[-1], value)
                    and _related(value.name, previous[-1].name)
                    and is_count_unit(previous[-1].unit)  # not 农业机械总动力167.3万千瓦
                ):
                    count = previous[-1]
                    verb = _verb(value.name)
                    # 优良天数337天，优良天数比率92.3%: the rate of the count named so is of
                    # a whole not stated (the days monitored); the count is its part.
                    own = p.RATIO_SUFFIX.sub("", value.name)
                    named = len(own) >= p.PAIR and count.name.endswith(own)
                    role = "part" if named or (verb and verb in count.name) else "whole"
                    claim[role] = count.ident
                    quote_start = count.quote_start
                    of_whole = self._whole_before_part(count, previous)
                    if role == "part" and of_whole is not None:
                        # 事项12,460件，其中网上办理11,380件，网上办理率达到95.6%: the rate
                        # of the part is of the whole its 其中 is of.
                        claim["whole"] = of_whole.ident
                        quote_start = of_whole.quote_start
            elif not p.NAMED_SHARE.search(before) and not self._share_named_so(value, claim):
                # 民生支出占一般公共预算支出比例76.7%, 公办幼儿园在园幼儿占比超过60% are
                # shares bounded by 100% with no figure for part or whole; anything else
                # is a share only as the completion of a target.
                completed = self._share_of_unsaid_whole(value, previous, claim, before)
                if completed is None:
                    continue
                quote_start = completed
            claim["quote"] = self.text[quote_start : value.end]
            claim["offset"] = quote_start
            self.claims.append(claim)

    def _whole_before_part(self, part: _Value, previous: list[_Value]) -> _Value | None:
        """The level a part's 其中 is of, in the clause right before it, if any."""
        if len(previous) < p.PAIR or previous[-1] is not part:
            return None
        whole = previous[-2]
        between = self.text[whole.end : part.start]
        if whole.unit != part.unit or p.PART_OF_CLAUSE.fullmatch(between) is None:
            return None
        return whole

    def _completion_share(
        self, value: _Value, previous: list[_Value], claim: dict[str, Any]
    ) -> int:
        """为调整预算的100.2%: the completion of a budget; the claim filled, its quote's start."""
        levels = [v for v in previous if not (v.amount or v.budget or v.completion)]
        claim["bounded"] = False  # 为调整预算的100.2%: a completion rate may pass 100%
        words = self.text[value.quote_start : value.start].rstrip("的")
        claim["whole_name"] = re.sub(r"^.*?(?:为|完成|达到)", "", words) or words
        inner = [v for v in previous if v.completion and v.end + 1 == value.start]
        if inner:
            # 完成调整预算50.76亿元的98.2%: the budget's figure is the whole.
            claim["whole_name"] = p.AMOUNT_AT_END.sub("", claim["whole_name"])
            claim["whole"] = inner[0].ident
        if not levels:
            return value.quote_start
        claim["part"] = levels[-1].ident
        if not inner:
            claim.update(self._budget_whole(claim["whole_name"], levels[-1]))
        return levels[-1].quote_start

    def _whole_inside(self, value: _Value, previous: list[_Value]) -> tuple[_Value, _Value] | None:
        """The part and the whole of 2.86亿元，占街道一般预算支出3.64亿元的78.6%, if so said."""
        # Last year's level and the amount of change said between are no part.
        levels = [v for v in previous if not (v.consumed or v.merge_into)]
        if len(levels) < p.PAIR:
            return None
        part, whole = levels[-2], levels[-1]
        between = self.text[part.end : whole.quote_start]
        if (
            whole.end + 1 != value.start
            or self.text[whole.end] != "的"
            or self.text[whole.quote_start] != "占"
            or part.unit != whole.unit
            or (between not in ("，", ",", "、") and not p.CHANGE_BETWEEN.fullmatch(between))
        ):
            return None
        return part, whole

    def _aliased(self, value: _Value, share_of: re.Match[str]) -> None:
        """占常住人口比重（常住人口城镇化率）为61.44%: the concept its bracket names names it."""
        alias = share_of.group("alias")
        if alias and catalog().match(alias) is not None:
            value.name = alias

    def _name_by_the_change_before(
        self, value: _Value, share_of: re.Match[str] | None, changed: dict[int, str]
    ) -> None:
        """高技术制造业增加值比上年增长10.6%，占规模以上工业增加值的比重为19.4%.

        A share right after a change of a measure with no level stated is that measure's
        share: named 高技术制造业增加值占规模以上工业增加值比重, as when its level is stated.
        """
        if share_of is None or share_of.end() != value.end:
            return
        if not value.name.startswith(p.SHARE_OPENINGS):
            return
        end = value.quote_start - 1
        if end in changed and self.text[end] in "，,":
            value.name = f"{changed[end]}占{share_of.group('whole')}比重"

    def _share_named_so(self, value: _Value, claim: dict[str, Any]) -> bool:
        """新能源装机占电力总装机57.6%: a share named by its part and whole, no 比重.

        Named as the other forms are (…占…比重); of a plan, a target or a budget (占年度
        计划的112%) it may pass 100%.
        """
        shared = p.SHARE_NAME.fullmatch(value.name)
        if shared is None:
            return False
        value.name = f"{shared.group('part')}占{shared.group('whole')}比重"
        if p.PLANNED_WHOLE.search(shared.group("whole")):
            claim["bounded"] = False
        return True

    def _share_of_named(
        self,
        value: _Value,
        previous: list[_Value],
        share_of: re.Match[str],
        claim: dict[str, Any],
    ) -> int:
        """占…的79.6% after its part: fill the claim's part and whole; the quote's start."""
        head = value.name.split("占", 1)[0] if "占" in value.name else ""
        if previous[-1].undated and not value.undated:
            # …五年累计7.79万亿元，…，2012年占国内生产总值比例达到4%: a total over years
            # is no part of one year's whole.
            claim["whole_name"] = share_of.group("whole")
            return value.quote_start
        said, before = name_key(head), name_key(previous[-1].name)
        if len(said) >= p.PAIR and not (said.endswith(before) or before.endswith(said)):
            # 非税收入9.37亿元，税收收入占一般公共预算收入的比重为71.0%: the part is the
            # level its own name gives, not the figure before it.
            named = self._named_before(head, previous[-1])
            if named is None:
                claim["whole_name"] = share_of.group("whole")
                return value.quote_start
            previous = [*previous, named]
        claim["part"] = previous[-1].ident
        claim["whole_name"] = share_of.group("whole")
        if p.PLANNED_WHOLE.search(claim["whole_name"]):
            claim["bounded"] = False  # 完成投资52亿元，占年度计划的112%: a completion
        whole = self._named_before(share_of.group("whole"), previous[-1])
        total = p.TOTAL_OF_PARTS.fullmatch(claim["whole_name"])
        if whole is None and total is not None:
            # 培训860人次，其中女性学员512人次，占比52.6%: a bare 占比 of a 其中 part is of
            # the whole before 其中; so is 占新增总数的42.6% when that whole is 新增市场主体.
            whole = self._whole_of_part(previous)
            if whole is None and total.group() == "比":
                part = previous[-1]
                whole = self._whole_listed_by(part) or self._whole_counted_among(part)
            if whole is not None and (total.group("said") or "") in whole.name:
                claim["whole_name"] = whole.name
            else:
                whole = None
        if value.name.startswith(p.SHARE_OPENINGS) and previous[-1].name not in ("", "?"):
            # 民生支出283.5亿元，占一般公共预算支出的79.6%: the share is named by its
            # part and whole, the same in every year's report.
            value.name = f"{previous[-1].name}占{claim['whole_name']}比重"
        quote_start = previous[-1].quote_start
        if whole is not None:
            # 一般公共预算收入228.7亿元。其中，税收收入169.5亿元，…占一般公共预算收入
            # 的比重为76.1%: the whole is the level its exact name gives just before.
            claim["whole"] = whole.ident
        return quote_start

    def _share_of_unsaid_whole(
        self, value: _Value, previous: list[_Value], claim: dict[str, Any], before: str
    ) -> int | None:
        """A share said with 占 alone, or the completion of a target; None if neither.

        其中税收收入95.3亿元，占79.1%: of the whole the 其中 lists, named by part and whole.
        """
        whole = (
            self._unsaid_whole(previous[-1])
            if p.BARE_SHARE.fullmatch(before) and previous and self._adjacent(previous[-1], value)
            else None
        )
        if whole is None:
            return self._completion_of_target(value, previous, claim)
        part = previous[-1]
        value.name = f"{part.name}占{whole['whole_name']}比重"
        claim.update(part=part.ident, **whole)
        return part.quote_start

    def _unsaid_whole(self, part: _Value) -> dict[str, str] | None:
        """The whole of a share said with no whole (占62.17%), as the claim's fields.

        The whole a 其中 lists the part under, or the whole the list item before names:
        0—15岁人口612.4万人，占常住人口的13.96%；16—59岁人口2726.8万人，占62.17%.
        """
        among = p.AMONG_NAMED.fullmatch(
            self.text, self._sentence_start(part.start), part.quote_start
        )
        if among is not None:
            # 地方一般公共预算收入中，税收收入10.86亿元，占70.6%: the whole the clause names,
            # by its figure when the report states it once in the part's unit.
            said = among.group().rstrip("，,").removesuffix("中")
            named = [
                v
                for v in self.values
                if name_key(v.name) == name_key(said) and v.unit == part.unit and not v.target
            ]
            fields = {"whole_name": said}
            return {**fields, "whole": named[0].ident} if len(named) == 1 else fields
        whole = self._whole_listed_by(part) or self._whole_counted_among(part)
        if whole is not None:
            return {"whole": whole.ident, "whole_name": whole.name}
        shares = [c for c in self.claims[-1:] if c["kind"] == "share" and c.get("whole_name")]
        if not shares:
            return None
        item = shares[0]
        end = item["offset"] + len(item["quote"])
        if self.text[end : part.quote_start].strip() not in ("；", ";"):
            return None
        if next((v.unit for v in self.values if v.ident == item.get("part")), None) != part.unit:
            return None
        fields = {"whole_name": item["whole_name"]}
        return {**fields, "whole": item["whole"]} if item.get("whole") else fields

    def _whole_counted_among(self, part: _Value) -> _Value | None:
        """全县212个行政村中，…的村达到168个，占79.2%: the count the part is among."""
        before = [v for v in self._previous_values(part.start) if v is not part]
        if not before or before[-1].unit != part.unit or not is_count_unit(part.unit):
            return None
        whole = before[-1]
        return whole if p.COUNTED_AMONG.fullmatch(self.text, whole.end, part.quote_start) else None

    def _whole_listed_by(self, part: _Value) -> _Value | None:
        """The whole of the 其中 whose list ``part`` is in, for a share that names none.

        Not past a semicolon after which the part's clause names its own whole (…；地方一般
        公共预算收入中，税收收入10.86亿元，占70.6%).

        全省常住人口4956万人。其中，城镇人口3045万人，占61.4%；乡村人口1911万人，占38.6%:
        the list runs past semicolons to the full stop, each part in the whole's unit. A
        whole that has a share of its own before the 其中 (60岁及以上人口1293万人，占26.1%，
        其中65岁及以上人口912万人，占18.4%) leaves the inner share's whole unsaid: none.
        """
        opening = self.text.rfind("其中", max(0, part.quote_start - MAX_SENTENCE), part.start)
        if opening < 0 or "。" in self.text[opening : part.quote_start]:
            return None
        clause = max(self.text.rfind(mark, opening, part.quote_start) for mark in "；;")
        if clause >= 0 and p.AMONG_NAMED.match(self.text, clause + 1, part.quote_start):
            # …其中民生支出34.52亿元，占80.9%；地方一般公共预算收入中，税收收入10.86亿元，
            # 占70.6%: the clause names its own whole, not the 其中's.
            return None
        lo, hi = bisect_left(self._starts, opening), bisect_left(self._starts, part.start)
        if any(v.unit not in (part.unit, "%") for v in self.values[lo:hi]):
            return None  # another measure stands between: no list of parts
        before = self._previous_values(opening) or self._previous_sentence(opening)
        levels = [v for v in before if v.unit != "%" and not (v.amount or v.completion)]
        whole = levels[-1] if levels else None
        if (
            whole is None
            or whole.unit != part.unit
            or part.amount
            or p.NON_ADDITIVE.search(whole.name)
            or "占" in self.text[whole.end : opening]
        ):
            return None
        return whole

    def _whole_of_part(self, previous: list[_Value]) -> _Value | None:
        """The whole right before 其中, when the last of ``previous`` is the part after it."""
        if len(previous) < p.PAIR:
            return None
        whole, part = previous[-2], previous[-1]
        # …512.3亿元，其中…; …512.3亿元，增长6.2%，其中…: the whole's own change may stand between.
        between = p.LEVEL_THEN_NAMED.fullmatch(self.text, whole.end, part.quote_start)
        if (
            between is None
            or not between.group()
            or not self.text.startswith("其中", part.quote_start)
            or not _same_dimension(whole.unit, part.unit)
        ):
            return None
        return whole

    def _budget_whole(self, whole_name: str, part: _Value) -> dict[str, str]:
        """为调整预算的102.6% after 调整为120.00亿元: the budget figure the rate is of.

        A budget of the part's sentence or the one before, in its dimension: the adjusted
        one (调整为, 调整预算) for 调整预算, the year-start one for 年初预算 or 预算.
        """
        adjusted = "调整" in whole_name
        if not adjusted and "预算" not in whole_name:
            return {}
        for value in reversed(self._near_before(part)):
            words = self.text[max(value.quote_start, value.start - 12) : value.start]
            if (
                value.budget
                and ("调整" in words) == adjusted
                and _same_dimension(value.unit, part.unit)
            ):
                return {"whole": value.ident}
        return {}

    def _named_before(self, name: str, part: _Value) -> _Value | None:
        """The level named ``name`` in the part's sentence or the one before it.

        The names must be the same but for the report's own jurisdiction (全县一般公共预算收入
        is the 一般公共预算收入 a share of the county's report is of).
        """
        said = p.OWN_JURISDICTION.match(name)
        if said is not None and self.own_level and not said.group().endswith(self.own_level):
            return None  # 占全市税收收入的2.1% in a district's report: the city's, not stated
        own = p.OWN_JURISDICTION.sub("", name)
        near = self._near_before(part)
        for value in reversed(near):
            if self._is_named(value, own, part):
                return value
        # 粮食产量1842.7万吨，…其中秋粮产量1386.2万吨，占全年粮食总产量的78.6%: the whole by
        # another name of its catalog concept, in the part's sentence or the one before.
        concept = catalog().match(own)
        if concept is not None:
            for value in reversed(near):
                if catalog().match(value.name) is concept and self._is_named(
                    value, p.OWN_STOCK.sub("", value.name), part
                ):
                    return value
        # 全年民营经济增加值1786.2亿元，…占地区生产总值的比重为57.8%, the GDP stated
        # paragraphs before: the one level of that name the report gives for the year.
        # (A name equal to ``own`` once the jurisdiction is off ends with it: that cheap
        # test first, as the report's every value is looked at.)
        before = self.values[: bisect_left(self._starts, part.start)]
        earlier = [v for v in before if v.name.endswith(own) and self._is_named(v, own, part)]
        if len({(v.figure, v.unit, v.span) for v in earlier}) == 1 and not earlier[0].span:
            return earlier[0]
        return None

    def _is_named(self, value: _Value, own: str, part: _Value) -> bool:
        """Whether ``value`` is a level named ``own`` that a share of ``part`` may be of."""
        return (
            not self._of_another_level(value)  # 全省层面，一般公共预算收入124.7亿元
            and p.OWN_STOCK.sub("", value.name) == own
            and value is not part
            and not (value.amount or value.completion or value.target or value.starts_span)
            and (value.period or self.period) == (part.period or self.period)
            and _same_dimension(value.unit, part.unit)
        )

    def _of_another_level(self, value: _Value) -> bool:
        """Whether the value's sentence opens with a jurisdiction not the report's own."""
        start = self._full_stop_start(value.start)
        while start < value.start and self.text[start].isspace():
            start += 1
        lead = p.LEAD_JURISDICTION.match(self.text, start, value.start)
        return (
            lead is not None
            and self.own_level is not None
            and not lead.group("where").endswith(self.own_level)
        )

    def _completion_of_target(
        self, value: _Value, previous: list[_Value], claim: dict[str, Any]
    ) -> int | None:
        """完成年度目标的108%: fill the claim's whole (the goal) and part; None if not one."""
        target = p.TARGET.search(self.text, max(0, value.quote_start - 30), value.end + 1)
        if target is None or target.end() != value.end:
            return None
        quote_start = value.quote_start
        claim["bounded"] = False  # 完成年度目标的108%: a completion rate may pass 100%
        goal = [v for v in previous if v.start == target.start("target")]
        if goal:
            claim["whole"] = goal[0].ident
            actual = [v for v in previous if v.end <= target.start() and v.unit == goal[0].unit]
            if actual:
                claim["part"] = actual[-1].ident
                quote_start = actual[-1].quote_start
        return quote_start

    def _listed_counts(self) -> None:
        for value in self.values:
            if value.unit in ("%", "万元", "亿元", "元") or not value.exact_count:
                continue
            if value.figure in ("1", "一"):
                continue  # 识别、定位、跟踪、监控和管理的一种网络: one thing, not a list's count
            bracketed = p.BRACKETED_MEMBERS.match(self.text, value.end) or (
                # 新改扩建中小学和幼儿园5所：城南小学、县第三幼儿园…，: named after a colon.
                p.COLON_MEMBERS.match(self.text, value.end + _noun_length(self.text, value.end))
                if "：" in self.text[value.end : value.end + p.MAX_NOUN + 1]
                else None
            )
            if bracketed is not None and value.unit in p.KIND_UNITS:
                self._listed(value, bracketed.group("items").split("、"), False, bracketed.end())
                continue
            clause = self.text[value.quote_start : value.start]
            if clause.endswith("、"):
                continue  # 第三代移动通信、三网融合: an item of the list, not its count
            open_list = clause.endswith("等")
            body = clause.removesuffix("等")
            last = body.rsplit("、", 1)[-1]
            if not open_list and "、" in body and "等" in last:
                # A、B等领域240个: 等 before the noun the count counts still opens the list.
                open_list = True
                body = body[: len(body) - len(last) + last.index("等")]
            if body.endswith(("共", "共计", "累计", "达到", "达")) or re.search(r"\d", body):
                continue
            if value.unit not in p.KIND_UNITS:
                continue  # 47次, 2037人次: counts of events, not of listed things
            items = _split_items(body)
            if len(items) == 1 and value.figure in ("2", "两", "二") and not open_list:
                # 土地审批和信贷投放两个闸门, 中央和地方两个积极性: two items, one 和 between.
                pair = re.split(r"[和与及]", items[0])
                items = pair if len(pair) == p.PAIR and all(pair) else items
            if not items or (len(items) < p.PAIR and not open_list):
                continue
            if not open_list and value.figure.isdigit() and int(value.figure) > 2 * len(items) + 2:
                continue  # 新建、改扩建机场50个: the words before are verbs, not the 50 items
            self._listed(value, items, open_list, value.end + _noun_length(self.text, value.end))

    def _announced_counts(self) -> None:
        """重点抓好以下十个方面的工作。（一）…（十）…: the count of the items announced.

        The items are the ordinals that follow in the style of the first one — headings
        （一）（二）… at the start of a line, or 一是、二是 (一要、二要) — counted in order
        until one is missing or the list starts again.
        """
        announced = [(m, _ordinal_items) for m in p.ANNOUNCED.finditer(self.text)]
        # 全年共完成为民办实事项目12项：（1）…；（2）…: numbered in the paragraph.
        announced += [(m, _numbered_items) for m in p.ANNOUNCED_NUMBERED.finditer(self.text)]
        # 深入实施五大工程：一是…；二是…: the items 一是 … of the paragraph.
        announced += [(m, _items_of_paragraph) for m in self._ordinals_announced()]
        seen: set[int] = set()
        for m, read_items in announced:
            i = bisect_left(self._starts, m.start("num"))
            if i >= len(self.values) or self._starts[i] != m.start("num") or i in seen:
                continue
            seen.add(i)
            value = self.values[i]
            items = read_items(self.text, m.end())
            if len(items) < p.PAIR:
                continue
            self._listed(value, items, False, m.end())

    def _ordinals_announced(self) -> list[re.Match[str]]:
        """Each 五大工程： before its 一是: found from the 一是, the count looked for before it.

        A scan for the count alone would try every numeral of the text.
        """
        found = []
        for opening in p.ORDINAL_OPENING.finditer(self.text):
            m = p.ANNOUNCED_ORDINAL.search(self.text, max(0, opening.start() - p.ORDINAL_LEAD))
            if m is not None and m.end() == opening.end():
                found.append(m)
        return found

    def _listed(self, value: _Value, items: list[str], open_list: bool, end: int) -> None:
        """A listed-count claim on ``value``, quoted from its clause to ``end``."""
        self.claims.append(
            {
                "kind": "listed_count",
                "indicator": value.ident,
                "period": self._target_year(value)
                if value.target
                else (value.period or self.period),
                "items": items,
                "open_list": open_list,
                "quote": self.text[value.quote_start : end].rstrip(),
                "offset": value.quote_start,
            }
        )

    def _natural_growth(self) -> None:
        """出生率为6.36‰；死亡率为7.78‰；人口自然增长率为-1.12‰: births less deaths.

        The natural growth rate is the birth rate less the death rate, by definition:
        drafted as the birth rate made up of the death rate and the natural growth rate,
        when a paragraph states all three, of one year, in ‰.
        """
        found: dict[str, _Value] = {}
        for value in self.values:
            if value.unit != "‰" or value.target or value.span:
                continue
            role = next((r for r, rx in p.NATURAL_GROWTH_PARTS if rx.fullmatch(value.name)), None)
            if role is None:
                continue
            if role == "birth":
                found = {}
            found[role] = value
            if len(found) < len(p.NATURAL_GROWTH_PARTS):
                continue
            birth, death, natural = (found[r] for r, _ in p.NATURAL_GROWTH_PARTS)
            periods = {v.period or self.period for v in (birth, death, natural)}
            if (
                len(periods) == 1
                and birth.start < death.start < natural.start
                and "\n" not in self.text[birth.end : natural.start]
            ):
                self.claims.append(
                    {
                        "kind": "part_of_whole",
                        "whole": birth.ident,
                        "period": periods.pop(),
                        "parts": [death.ident, natural.ident],
                        "relation": "complete",
                        "quote": self.text[birth.quote_start : natural.end],
                        "offset": birth.quote_start,
                    }
                )
            found = {}

    def _parts(self) -> None:
        for m in re.finditer("其中", self.text):
            # Parts run to the full stop (past semicolons), within one piece's length.
            limit = min(len(self.text), m.end() + MAX_SENTENCE)
            stop = self.text.find("。", m.end(), limit)
            stop = limit if stop < 0 else stop
            following = self.text.find("其中", m.end(), stop)
            stop = stop if following < 0 else following  # the next 其中 lists its own parts
            if self.text[m.start() - 1 : m.start()] in ("（", "("):
                # 调入资金28.46亿元（其中动用…21.36亿元，…2.26亿元）、上年结转8.64亿元: a
                # 其中 opened in a bracket ends with it.
                close = re.compile(r"[）)]").search(self.text, m.end(), stop)
                stop = close.start() if close else stop
            lo, hi = bisect_left(self._starts, m.end()), bisect_left(self._starts, stop)
            after = [
                v
                for v in self.values[lo:hi]
                if not (v.amount or v.completion or p.PER_HEAD.search(v.name))
            ]
            after = _without_breakdowns(self.text, after)
            after = _one_class_of_each_bound(self.text, self._parts_before_another_subject(after))
            if not after or re.search("[；;]", self.text[m.end() : after[0].start]):
                # 其中工业投资增长15.3%；一般公共预算收入42.36亿元: past the semicolon,
                # another measure, no part of the 其中.
                continue
            candidates = self._previous_values(m.start())
            if not candidates and not p.DIGIT.search(
                self.text, self._sentence_start(m.start()), m.start()
            ):
                # …常住人口4956万人。其中，城镇人口… (or …。收入结构持续优化，其中…): the parts
                # of the sentence before; not past a figure of its own sentence (…收入全部达到
                # 10万元以上，其中50万元以上的村…), which bounds the class its parts are of.
                candidates = self._previous_sentence(m.start())
            whole = next(
                (
                    v
                    for v in reversed(candidates)
                    if v.unit == after[0].unit
                    # Not a change read as an amount, nor last year's level said before it
                    # (…139.76亿元，比上年末的118.46亿元增加21.30亿元，其中…).
                    and not (v.amount or v.completion or v.consumed or v.merge_into)
                ),
                None,
            )
            if whole is None or whole.unit == "%" or p.NON_ADDITIVE.search(whole.name):
                continue  # 城镇调查失业率4.7%，其中农民工…6.0%: a subgroup's rate, no part
            parts = [v for v in after if v.unit == whole.unit]
            self._add_parts(whole, parts, "complete" if _a_partition(whole, parts) else "parts")
        self._sectors_after()
        self._totals()
        self._totals_before_items()
        # 全年引进项目42个，其中工业项目26个、服务业项目16个: read by 其中 above, once.
        stated = {
            (c["whole"], tuple(c["parts"])) for c in self.claims if c["kind"] == "part_of_whole"
        }
        wholes = {whole for whole, _ in stated}
        for value in self.values:
            nxt = self._next_clause(value.end)
            if self._sentence_start(nxt[0]) != self._sentence_start(value.start):
                continue
            lo, hi = bisect_left(self._starts, nxt[0]), bisect_left(self._starts, nxt[1])
            listed = _one_class_of_each_bound(
                self.text, [v for v in self.values[lo:hi] if v.unit == value.unit]
            )
            if self.text[nxt[0] : nxt[0] + 2] in ("加上", "减去", "扣除", "另有"):
                continue  # 加上上级补助收入35.1亿元、…: additions, summed by _totals
            if _inside_brackets(self.text, self._sentence_start(value.start), nxt[0]):
                continue  # a clause that opens inside a bracket is the bracket's aside
            if (value.ident, tuple(v.ident for v in listed)) in stated or value.ident in wholes:
                continue  # its 其中 lists its parts already
            if self.text[value.end : value.end + 1] == "、" or p.AFTER_AN_ITEM.search(
                self.text, value.quote_start, value.start
            ):
                continue  # 建成示范区36个、基地14个，获批河湖7个、海湾16个: an item, no total
            if (
                len(listed) >= p.PAIR
                and "、" in self.text[listed[0].end : listed[1].start]
                and value.unit != "%"
                and not p.NON_ADDITIVE.search(value.name)
            ):
                note = "the figures after the total may or may not be its parts"
                self._add_parts(value, listed, "uncertain", note=note)

    def _add_parts(self, whole: _Value, parts: list[_Value], relation: str, **extra: str) -> None:
        """A part-of-whole claim, quoted from the whole's clause to the last part."""
        self.claims.append(
            {
                "kind": "part_of_whole",
                "whole": whole.ident,
                "period": self.period,
                "parts": [v.ident for v in parts],
                "relation": relation,
                "quote": self.text[whole.quote_start : parts[-1].end],
                "offset": whole.quote_start,
                **extra,
            }
        )

    def _sectors_after(self) -> None:
        """The three sectors after 分产业看, parts of the output the sentence before states.

        …地区生产总值408.93亿元…。分产业看，第一产业增加值…；第二产业…；第三产业…: they sum to it.
        """
        for m in p.BY_SECTOR.finditer(self.text):
            stop = self.text.find("。", m.end(), m.end() + MAX_SENTENCE)
            lo = bisect_left(self._starts, m.end())
            hi = bisect_left(self._starts, stop if stop >= 0 else m.end() + MAX_SENTENCE)
            parts = [v for v in self.values[lo:hi] if not (v.amount or v.target or v.consumed)]
            before = self._previous_sentence(m.start())
            whole = next(
                (v for v in reversed(before) if "生产总值" in v.name and not v.target), None
            )
            if whole is None or not parts or any(v.unit != whole.unit for v in parts):
                continue
            if _a_partition(whole, parts):
                self._add_parts(whole, parts, "complete")

    def _parts_before_another_subject(self, after: list[_Value]) -> list[_Value]:
        """The parts up to a semicolon that turns to another measure.

        其中：第一产业增加值…；第二产业增加值…: past a semicolon the parts go on while they
        are named as the first is (…增加值, …人口, in names of about its length); 其中税收收入
        52.18亿元…；外贸进出口总额186.5亿元 turns to another subject, and so does 其中工业项目
        74个…；竣工投产项目96个.
        """
        if not after:
            return after
        first = after[0].name
        for i, value in enumerate(after[1:], start=1):
            between = self.text[after[i - 1].end : value.start]
            if value.span != after[0].span or p.STOCK_NAME.search(value.name):
                # …个体工商户738户，截至6月底辖区市场主体总数达到1.86万户: a stock, or a
                # figure of another part of the year, is no part.
                return after[:i]
            clause = self._clause_start(value.start)
            if ("；" in between or ";" in between) and (
                not _parallel(first, value.name)
                or p.CHANGE_IN_CLAUSE.search(self.text, clause, value.start)
            ):
                # 其中村党组织21个…；全年新建“两新”党组织4个: a change of the stock, no part.
                return after[:i]
        return after

    def _totals(self) -> None:
        """A, 加上B、C、D, 收入总计T: T is the sum of A and the additions."""
        for m in p.TOTAL.finditer(self.text):
            lo, hi = bisect_left(self._starts, m.end()), bisect_left(self._starts, m.end() + 3)
            totals = self.values[lo:hi]
            if not totals:
                continue
            total = totals[0]
            sentence = self._sentence_start(m.start())
            if "加上" not in self.text[sentence : m.start()]:
                self._listed_total(m.start(), total)
                continue
            parts = [
                v
                for v in self._previous_values(m.start())
                if v.unit == total.unit
                and not (v.amount or v.completion)
                # 调入资金28.46亿元（其中动用预算稳定调节基金21.36亿元…）: a bracket's
                # figures are parts of the addition before it, not additions of their own.
                and not _inside_brackets(self.text, sentence, v.start)
            ]
            if self.text.startswith("加上", sentence):
                # 全年一般公共预算收入完成34.12亿元…。加上上级补助收入13.02亿元、…，收入
                # 总计53.59亿元: the sum starts from the level the sentences before give.
                base = self._base_of_total(sentence, self.text[m.start() - 2 : m.start()])
                if base is None:
                    continue
                parts = [base, *parts]
            if len(parts) < p.PAIR:
                continue
            self._add_sum(total, parts)

    def _totals_before_items(self) -> None:
        """总投资合计6.12亿元：（1）…总投资2.36亿元；（2）…；（5）…0.64亿元。: the items sum to it.

        A total said as one (合计, 总计, 共计) right before a colon, then numbered items to
        the sentence's end, each with exactly one figure in the total's unit: the items,
        numbered one by one, are all of it.
        """
        for total in self.values:
            if self.text[total.end : total.end + 1] not in ("：", ":") or not (
                p.TOTAL_SAID.search(self.text, total.quote_start, total.start)
            ):
                continue
            if total.target or total.amount or total.completion:
                continue
            end = self.text.find("。", total.end)
            end = len(self.text) if end < 0 else end
            marks = list(p.ITEM_NUMBER.finditer(self.text, total.end + 1, end))
            if (
                len(marks) < p.PAIR
                or marks[0].start() != total.end + 1
                or [_item_number(m.group("n")) for m in marks] != list(range(1, len(marks) + 1))
            ):
                continue
            bounds = [m.start() for m in marks] + [end]
            parts: list[_Value] = []
            for lo, hi in pairwise(bounds):
                found = [
                    v
                    for v in self.values[
                        bisect_left(self._starts, lo) : bisect_left(self._starts, hi)
                    ]
                    if v.unit == total.unit
                ]
                if len(found) != 1 or found[0].amount or found[0].completion:
                    break
                parts.append(found[0])
            else:
                self._add_sum(total, parts, (total.quote_start, parts[-1].end))

    def _listed_total(self, at: int, total: _Value) -> None:
        """争取中央预算内投资245亿元、…国债资金169亿元、…专项债券862亿元，合计1286亿元.

        The 合计 of the list in the clause right before it: every item a figure in the
        total's unit, set apart by 、 or 和, the first opening the clause.
        """
        counted = p.COUNT_BEFORE_TOTAL.search(self.text, max(0, at - 6), at)
        if counted is not None:
            at = counted.start()  # …税收返还48.3亿元，三项合计2876.4亿元: past the count
        if self.text[at - 1 : at] not in ("，", ","):
            return
        clause = self._clause_start(at - 1)
        if (
            self.text[clause - 1 : clause] in ("，", ",")
            and p.RESPECTIVELY.fullmatch(self.text, clause, at - 1) is not None
        ):
            # …分别为3126吨、212吨、1486吨、1138吨，比上年分别增长9.3%、…，四项合计6062吨:
            # the items' changes said between them and their total.
            at, clause = clause, self._clause_start(clause - 1)
        lo, hi = bisect_left(self._starts, clause), bisect_left(self._starts, at)
        parts = self.values[lo:hi]
        if (
            len(parts) < p.PAIR
            or any(v.unit != total.unit or v.amount or v.completion for v in parts)
            or parts[-1].end != at - 1
            or any(self.text[v.end : v.end + 1] not in p.LIST_JOIN for v in parts[:-1])
        ):
            return
        self._add_sum(total, parts)

    def _add_sum(
        self, total: _Value, parts: list[_Value], quoted: tuple[int, int] | None = None
    ) -> None:
        """A claim that ``parts`` add up to ``total``, quoted from the first part by default."""
        start, end = quoted or (parts[0].quote_start, total.end)
        self.claims.append(
            {
                "kind": "part_of_whole",
                "whole": total.ident,
                "period": self.period,
                "parts": [v.ident for v in parts],
                "relation": "complete",
                "quote": self.text[start:end],
                "offset": start,
            }
        )

    def _base_of_total(self, sentence: int, kind: str) -> _Value | None:
        """The revenue (or spending) a 加上… sentence adds to: the last one before it.

        One of the four budgets' totals (一般公共预算收入, 政府性基金收入 …), named as the
        total is (收入 for 收入总计, 支出 for 支出总计), not a 其中 part nor a completion, a
        budget or an amount, and no further back than a paragraph or two.
        """
        for value in reversed(self.values[: bisect_left(self._starts, sentence)]):
            if value.start < sentence - MAX_SENTENCE:
                return None
            opening = self.text[self._sentence_start(value.start) : value.start]
            if (
                value.amount
                or value.completion
                or value.target
                or value.budget
                or "其中" in opening
                or value.unit.endswith("%")
            ):
                continue
            if p.BUDGET_TOTAL.search(value.name) and value.name.endswith(kind):
                return value
        return None


def _parallel(first: str, name: str) -> bool:
    """Whether a name past a semicolon goes on the list the first part opens.

    第一产业增加值/第二产业增加值, 城镇人口/乡村人口, 一般公共预算收入/政府性基金收入: the same
    ending, in names of about one length. 工业项目/竣工投产项目 share only a noun.
    """
    if first != name and {first, name} <= p.SCOPE_WORDS:
        return True  # 其中，出口302.84亿元…；进口205.41亿元: the two halves of a pair
    shared = 0
    while shared < min(len(first), len(name)) and first[-1 - shared] == name[-1 - shared]:
        shared += 1
    if shared == min(len(first), len(name)):
        return False  # 税收收入 … 全口径税收收入: one measure of another scope, no member
    return shared >= p.PAIR and (shared >= _LONG_ENDING or abs(len(first) - len(name)) <= 1)


_LONG_ENDING = 3


def _one_class_of_each_bound(text: str, parts: list[_Value]) -> list[_Value]:
    """The parts up to a second class bounded the same way: nested, not disjoint.

    其中亿元以上项目52个，10亿元以上项目18个: the projects of 10亿元 and more are among those
    of 1亿元 and more; summing them counts some twice. So do classes bounded on two measures.
    """
    # 其中35岁以下18名、大专以上学历15名: classes of two measures (age, schooling) overlap.
    # 其中超50万元的村7个、超100万元的村2个: the bound said in the name, before the figure.
    bounded = [
        i
        for i, v in enumerate(parts)
        if p.CLASS_BOUND.search(text, v.quote_start, v.end) or BOUNDED_CLASS.search(v.name)
    ]
    return parts[: bounded[1]] if len(bounded) > 1 else parts


_ORDINALS = "一二三四五六七八九十"
_MAX_LIST = 20_000  # a plan part's headings span some thousands of characters


def _ordinal(k: int) -> str:
    """一 … 十九 for 1 … 19."""
    if k <= len(_ORDINALS):
        return _ORDINALS[k - 1]
    return "十" + _ORDINALS[k - 11]


def _ordinal_items(text: str, start: int) -> list[str]:
    """The items that open right at ``start`` with 一是/一要 or （一）, in order."""
    head = text[start : start + 3]
    if head.startswith("（一）"):
        marker = "\n（{}）"
        at = start - 1  # the first heading opens the line
    elif head[:2] in ("一是", "一要"):
        marker = "{}" + head[1]
        at = start
    else:
        return []
    stop = min(len(text), start + _MAX_LIST)
    items: list[str] = []
    k = 1
    while at >= 0:
        here = at + len(marker.format(_ordinal(k)))
        item = re.match(r"[^。；;，,：:\n]{1,30}", text[here:stop])
        items.append(item.group() if item else "")
        k += 1
        restart = text.find(marker.format("一"), here, stop)
        nxt = text.find(marker.format(_ordinal(k)), here, stop)
        if k > _MAX_ORDINAL or nxt < 0 or (0 <= restart < nxt):
            break
        at = nxt
    return items


_MAX_ORDINAL = 19
# How far past a paragraph a list of 一是 … may be seen to go on (五是 in the next one).
_GOES_ON = 2000


def _items_of_paragraph(text: str, start: int) -> list[str]:
    """The items 一是、二是 … from ``start`` to the paragraph's end.

    None when the list goes on past the paragraph (its next ordinal comes before another
    list's 一是): where it ends is then in doubt.
    """
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    items = _ordinal_items(text[:end], start)
    if not items:
        return []
    verb = text[start + 1]  # 一是 or 一要
    after = text[end : end + _GOES_ON]
    following = after.find(f"{_ordinal(len(items) + 1)}{verb}")
    restart = after.find(f"一{verb}")
    if following >= 0 and (restart < 0 or following < restart):
        return []
    return items


def _numbered_items(text: str, start: int) -> list[str]:
    """The items numbered （1）（2）… (or 1. 2. …) from ``start`` to the paragraph's end.

    Counted until a number is missing or the list starts again at 1. A number 1. to 9.
    counts only after a stop or a colon (…；2.违规…), never inside a figure (12.5).
    """
    first = p.FIRST_NUMBERED.match(text, start)
    if first is None:
        return []
    close = first.group("close")
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop

    def mark(k: int) -> re.Pattern[str]:
        if close == "）":
            return re.compile(f"（{k}）")
        return re.compile(rf"(?<=[：:；;。\s]){k}{re.escape(close)}(?!\d)")

    items: list[str] = []
    at, k = first.end() - len(first.group().lstrip()), 1  # at the first item's number
    while at >= 0 and k <= _MAX_NUMBERED:
        here = mark(k).match(text, at)
        if here is None:
            break
        item = re.match(r"[^。；;，,：:\n]{1,30}", text[here.end() : stop])
        items.append(item.group() if item else "")
        k += 1
        restart = mark(1).search(text, here.end(), stop)
        nxt = mark(k).search(text, here.end(), stop)
        if nxt is None or (restart is not None and restart.start() < nxt.start()):
            break
        at = nxt.start()
    if mark(k).match(text, stop + 1):
        return []  # the list goes on past the paragraph: where it ends is in doubt
    return items


_MAX_NUMBERED = 40


# Parts that exhaust their whole by definition: the three sectors of output, urban and
# rural residents, men and women.
_PARTITIONS = (
    (("第一产业", "第二产业", "第三产业"), ("生产总值",)),
    (("城镇", ("乡村", "农村")), ("人口",)),
    (("男", "女"), ("人口",)),
    # The “三公”经费 are these three, in whatever order a report lists them.
    (("因公出国", "公务用车", "公务接待"), ("三公",)),
)

# Partitions whose parts must be named exactly so (对“一带一路”国家出口 is no half of trade):
# 进出口总额…其中，出口…；进口…, and 一般公共预算收入…其中税收收入…，非税收入….
_EXACT_PARTITIONS = (
    (
        (
            re.compile(r"(?:货物)?出口(?:额|总额|总值)?"),
            re.compile(r"(?:货物)?进口(?:额|总额|总值)?"),
        ),
        ("进出口",),
    ),
    ((re.compile(r"税收收入"), re.compile(r"非税收入")), ("一般公共预算收入", "公共财政预算收入")),
)


def _a_partition(whole: _Value, parts: list[_Value]) -> bool:
    """Whether the parts are the whole's partition by definition (they sum to it).

    其中，第一产业增加值…，第二产业增加值…，第三产业增加值…: of 地区生产总值, all three;
    其中，城镇人口…，乡村人口…: of 常住人口.
    """
    for exact, wholes in _EXACT_PARTITIONS:
        names = sorted(part.name.removeprefix("其中") for part in parts)
        if (
            len(parts) == len(exact)
            and any(w in whole.name for w in wholes)
            and any(
                all(m.fullmatch(n) for m, n in zip(order, names, strict=True))
                for order in (exact, exact[::-1])
            )
        ):
            return True
    for members, wholes in _PARTITIONS:
        if len(parts) != len(members) or not any(w in whole.name for w in wholes):
            continue
        left = [member if isinstance(member, tuple) else (member,) for member in members]
        for part in parts:
            found = next((m for m in left if any(word in part.name for word in m)), None)
            if found is None:
                break
            left.remove(found)
        else:
            return True
    return False


def _without_breakdowns(text: str, parts: list[_Value]) -> list[_Value]:
    """The parts after 其中 without the figures a bracket gives of one of them.

    其中新增债券1386.0亿元（一般债券218.0亿元、专项债券1168.0亿元），再融资债券1740.6亿元:
    the figures in the bracket make up the new bonds, not the whole.
    """
    if not parts:
        return parts
    first_end = parts[0].end
    return [v for v in parts if not _inside_brackets(text, first_end, v.start)]


def _inside_brackets(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside a bracket opened after ``start``."""
    words = text[start:at]
    return words.count("（") + words.count("(") > words.count("）") + words.count(")")


def _item_number(written: str) -> int:
    """An item's number, 3 or 三, as an int (0 when it is neither)."""
    if written.isdigit():
        return int(written)
    try:
        return int(parse_figure(written).mantissa)
    except FigureError:
        return 0
