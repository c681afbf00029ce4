"""The value passes: numbers set aside, quantities with their names, spans and scopes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import Any

from xinhong_metrics.concepts import catalog
from xinhong_metrics.errors import FigureError
from xinhong_metrics.extract import patterns as p
from xinhong_metrics.extract._state import _core_name, _State, _Value
from xinhong_metrics.extract._text import (
    MAX_DENSITY,
    _first_span_over,
    _first_within,
    _has_digit,
    _has_number,
    _lead_scope_words,
    _matches_from,
    _ordinal_shorthand,
    _paired,
    _referenced,
    _refs,
    _same_dimension,
    _tail_after_shared_ending,
    _without_context,
)
from xinhong_metrics.lexicon import (
    CN_DIGIT_VALUES,
    DECREASE,
    HOTLINES,
    INCREASE,
)
from xinhong_metrics.numbers import Qualifier, StatedNumber, parse_figure
from xinhong_metrics.scan import NumberSpan
from xinhong_metrics.units import RANK_UNIT


class _ValuePasses(_State):
    """Find the values of the text and what is not a metric."""

    def _set_aside(self) -> None:
        text = self.text
        for m in p.SET_ASIDE.finditer(text):
            category = p.CATEGORY.get(m.lastgroup or "name", m.lastgroup or "name")
            if self._free(m.start(), m.end()) and _has_number(m.group()):
                self._aside(m.start(), m.group(), category)
        for m in p.NAMED.finditer(text):
            if self._free(m.start(), m.end()):
                self._aside(m.start(), m.group(), "name")
        for m in p.QUOTED.finditer(text):
            inner, start = m.group(1), m.start(1)
            if inner in HOTLINES:
                self._aside(m.start(), m.group(), "hotline")
            elif _has_number(inner) and set(self._mask[start : start + len(inner)]) <= {
                0,
                self._code("aside:name")[0],
            }:
                # “三个十大”行动: a name, though 十大 inside it is set aside already.
                self._aside(start, inner, "name")

    def _aside(self, offset: int, span: str, category: str) -> None:
        self.not_metrics.append({"text": span, "offset": offset, "category": category})
        self._mark(offset, offset + len(span), f"aside:{category}")

    def _quantities(self) -> None:
        mask, value_code = self._mask, self._code("value")
        listed = [m.span() for m in self._respectively_lists]
        piece, in_piece = -1, 0
        for m in _matches_from(p.QUANTITY, p.QUANTITY_START, self.text):
            start, num_end = m.span("num")
            if any(mask[start:num_end]) or self._is_change_number(m.start()):
                continue
            piece, in_piece = self._count_in_piece(start, piece, in_piece)
            # Past MAX_DENSITY, or one of 分别增长7.5%和3.1% (a change, read by _respectively).
            if in_piece > MAX_DENSITY or (listed and _first_span_over(listed, start)):
                continue
            pre, num, scale, mid, written, post = m.group(
                "pre", "num", "scale", "mid", "unit", "post"
            )
            unit = self._unit_of(m.start(), num, scale, written)
            if unit is None:
                continue
            if self._aside_by_words(m, written):
                continue
            figure_text, unit = _figure_and_unit(pre, num, scale, mid, unit, post)
            if figure_text.isascii() and figure_text.isdigit():
                exact = True  # digits alone: a whole count as written, nothing to parse
            elif p.DECIMAL.fullmatch(figure_text):
                exact = False  # a decimal: valid as matched, and not a whole count
            else:
                try:
                    number = parse_figure(figure_text)
                except FigureError:
                    continue
                if _impossible_level(number):
                    continue
                exact = number.is_exact_count
            end = m.end()
            figure_text, fig_start = self._signed(m, figure_text, unit)
            quote_start = self._clause_start(fig_start)
            value = _Value(
                fig_start,
                end,
                figure_text,
                unit,
                self._name(quote_start, fig_start, end),
                quote_start,
            )
            value.exact_count = exact
            if value.name.endswith("队伍") and len(value.name) > p.CORPS and unit in p.PEOPLE:
                value.name = value.name.removesuffix("队伍")  # 社区工作者队伍达到436名
            self._additions_after_colon(value)
            value.span, value.scope = self._qualifiers(quote_start, end)
            self._without_report_span(value)
            value.estimate = self._estimated(quote_start, fig_start) or (
                p.ESTIMATE_MARK.match(self.text, end) is not None
            )
            self._read_words_before(value)
            value.period = self._earlier_year(quote_start, fig_start)
            if value.period is not None:
                value.name = _name_of_earlier(value.name)
            value.ident = f"v{len(self.values) + 1:03d}"
            self._read_plan(value, quote_start)
            before = p.LIST_ITEMS_TAIL.sub("", self.text[quote_start:fig_start])
            value.undated = (
                not value.target
                # 达到…: the level reached at the span's end; 五年累计产量达750亿立方米 is
                # a total over the span all the same.
                and (p.REACHED.search(before) is None or "累计" in before)
                and self._undated(fig_start)
            )
            self.values.append(value)
            self._starts.append(fig_start)
            mask[start:num_end] = value_code * (num_end - start)

    def _ratios(self) -> None:
        """城乡居民收入比为1.87，比上年缩小0.02: a ratio of two measures, in 倍, and its change.

        Written without a unit (or as 2.21∶1), so that the quantities pass reads none.
        """
        for head in p.RATIO_HEAD.finditer(self.text):
            m = p.RATIO_TAIL.match(self.text, head.end())
            if m is None:
                continue
            start, end = m.span("num")
            if any(self._mask[start:end]):
                continue
            words = p.RATIO_NAME.search(self.text, max(0, head.start() - 18), head.start())
            name_start = words.start() if words else head.start()
            name = _core_name(self.text[name_start : head.end()])
            if len(name) < p.PAIR + 1:
                continue
            quote_start = max(self._clause_start(name_start), name_start)
            figure = m.group("num") + (m.group("post") or "")
            value = _Value(start, m.end(), figure, "倍", name, quote_start)
            value.ident = f"v{len(self.values) + 1:03d}"
            self._read_plan(value, quote_start)
            self._add_value(value, end)
            if m.group("last") and not value.target and not any(self._mask[slice(*m.span("was"))]):
                # 城乡居民收入比由上年的2.17缩小到2.12: last year's ratio of the same measure.
                was = _Value(*m.span("was"), m.group("was"), "倍", name, quote_start)
                was.ident, was.period = f"v{len(self.values) + 1:03d}", self.period - 1
                was.merge_into = value.ident
                self._add_value(was, was.end)
            change = p.RATIO_CHANGE.match(self.text, m.end())
            if change is None or value.target or self._in_plan(start):
                continue
            self.claims.append(
                {
                    "kind": "absolute_change",
                    "indicator": value.ident,
                    "period": self.period,
                    "against": self.period - 1,
                    "stated": change.group("dir") + change.group("num"),
                    "unit": "倍",
                    "quote": self.text[quote_start : change.end()],
                    "offset": quote_start,
                }
            )
            self._mark(change.start("num"), change.end("num"), "claim")

    def _industry_structure(self) -> None:
        """三次产业结构为7.2∶38.8∶54.0: the shares of GDP of the three sectors, in %.

        The proportion before it (由上年的15.9:38.2:45.9调整为…) is the year before's, or
        the year it names.
        """
        gdp = "国内生产总值" if "国内生产总值" in self.text else "地区生产总值"
        for m in p.INDUSTRY_STRUCTURE.finditer(self.text) if "产业结构" in self.text else ():
            quote_start = self._clause_start(m.start())
            if self._in_plan(m.start()):
                continue
            proportions: list[tuple[tuple[str, ...], int | None]] = [(("a", "b", "c"), None)]
            earlier = self.period - 1 if m.group("last") else m.group("year")
            if m.group("a0") and earlier is not None:
                proportions.insert(0, (("a0", "b0", "c0"), int(earlier)))
            for groups, period in proportions:
                for group, sector in zip(groups, p.SECTORS, strict=True):
                    start, end = m.span(group)
                    if any(self._mask[start:end]):
                        continue
                    name = f"{sector}增加值占{gdp}比重"
                    value = _Value(start, end, m.group(group), "%", name, quote_start)
                    value.ident = f"v{len(self.values) + 1:03d}"
                    value.period, value.structure = period, True
                    self._add_value(value, end)

    def _read_plan(self, value: _Value, quote_start: int) -> None:
        """Whether the value is a target, or a budget of its own year."""
        value.target = self._is_target(value.start)
        if not value.target and p.GOAL_AFTER.match(self.text, value.end) is not None:
            value.target = value.reviewed_goal = True
        value.budget = self._budget_figure(quote_start, value.start)
        # 社会保险基金收入预计325.80亿元 in a draft budget: its plan, named as the measure.
        measure = p.BUDGET_TAIL.sub("", value.name.removesuffix("预计"))
        if value.target and len(measure) >= p.PAIR:
            # 全区一般公共预算收入预算45.60亿元 in the draft budget: the target of
            # 一般公共预算收入, which the next report's 为预算的97.0% is of.
            value.name = measure

    def _signed(self, m: re.Match[str], figure_text: str, unit: str) -> tuple[str, int]:
        """The figure and where it starts, with its minus sign if it is a rate below zero.

        人口自然增长率-0.53‰: the sign is part of the figure. A dash between two figures
        (1-2月) is none, and only per-mille rates are read so (a percent below zero is
        read as a change, 增速-2.3%).
        """
        start = m.start("num")
        if m.group("pre"):
            return figure_text, m.start("pre")
        if unit == "‰" and p.MINUS_BEFORE.match(self.text, start - 1, start):
            return "-" + figure_text, start - 1
        return figure_text, start

    def _aside_by_words(self, m: re.Match[str], written: str) -> bool:
        """Set a quantity aside by the words around it, and say whether it was."""
        start = m.start("num")
        if written == "大" and not self._counts_things(m.start()):
            # 以先进制造业高地3大标志性工程为牵引, 五大道, 三大球: N大 names a programme or
            # a place, unless a list or a verb makes it a count.
            self._aside(start, self.text[start : m.end()], "name")
            return True
        if (
            written == "级"
            and m.group("num") in ("一", "二", "三", "四", "五")
            and "\u4e00" <= self.text[m.end() : m.end() + 1] <= "\u9fff"
        ):
            # 一级预算单位, 二级医院, 三级响应: a tier that names the things, no count.
            self._aside(start, self.text[start : m.end()], "name")
            return True
        if written in ("项", "类") and self.text.startswith(("合计", "共计", "总计"), m.end()):
            # 三项合计2876.4亿元: the count names the items the total adds, no level.
            self._aside(start, self.text[start : m.end()], "definition")
            return True
        if p.STREAK_LEVEL.search(self.text, self._clause_start(m.start()), m.start()):
            # 连续五年稳定在130万吨以上: a bound held over years, no year's level.
            self._aside(start, self.text[start : m.end()], "duration")
            return True
        return False

    def _additions_after_colon(self, value: _Value) -> None:
        """全年新增：国家高新技术企业20家、…: the additions, named so, not the stock."""
        quote_start = value.quote_start
        if not quote_start or self.text[quote_start - 1] not in "：:":
            return
        lead = self.text[self._clause_start(quote_start - 1) : quote_start - 1]
        opening = p.FLOW_OPENING.match(self._strip(lead))
        if opening is not None and not value.name.startswith(opening.group()):
            value.name = opening.group().removeprefix("全年") + value.name

    def _estimate_notes(self) -> None:
        """（以上数据均为预计数）: every figure of the paragraph before the note is an estimate.

        A note on the report's figures (注：报告中2023年经济数据为预计数) makes every actual
        of the report one.
        """
        if p.REPORT_ESTIMATE_NOTE.search(self.text) is not None:
            for value in self.values:
                value.estimate = value.estimate or not value.target
        for m in p.ESTIMATE_NOTE.finditer(self.text):
            start = self.text.rfind("\n", 0, m.start()) + 1
            lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, m.start())
            for value in self.values[lo:hi]:
                value.estimate = True

    def _read_words_before(self, value: _Value) -> None:
        """比上年减少0.09亿元: an amount of change; 完成年度目标的105.5%: a completion."""
        quote_start, fig_start = value.quote_start, value.start
        last = self.text[fig_start - 1] if fig_start > quote_start else ""
        if last and last in "长加高升涨降少落滑减增多产收":
            before = self.text[max(quote_start, fig_start - 10) : fig_start]
            value.amount = p.AMOUNT_BEFORE.search(before) is not None
        elif last and any(ch in "多少" for ch in self.text[fig_start - 3 : fig_start - 1]):
            # 比上年多建16所, 比上年少动用2.4亿元: more or less of what the verb does.
            before = self.text[max(quote_start, fig_start - 10) : fig_start]
            value.amount = p.MORE_OR_LESS.search(before) is not None
        elif last == "的" and value.unit == "%":
            before = self.text[max(quote_start, fig_start - 20) : fig_start]
            value.completion = p.COMPLETION_BEFORE.search(before) is not None
            whole = self.values[-1] if self.values else None
            if value.completion and whole is not None and whole.end == fig_start - 1:
                # 完成调整预算50.76亿元的98.2%: the budget's figure is the rate's whole, no
                # level a change after it is of.
                whole.completion = True

    def _counts_things(self, start: int) -> bool:
        """Whether an N大 figure counts things rather than naming a programme.

        It does with items listed before it in its clause (A、B、C三大, 玉米等5大,
        “社区治理通”“企业服务通”和“街面通”三大系统) or right after it (四大处置网格，下设
        街面、居委…; 五大工程：一是…), and after a verb that sets things up (成立五大行业分会).
        """
        words = self.text[self._clause_start(start) : start]
        if "、" in words or words.endswith("等") or "”“" in words or "”和“" in words:
            return True
        return (
            p.SET_UP.search(words) is not None
            or p.LIST_AFTER.search(self.text, start, start + 40) is not None
            # 五大工程：一是…；二是…: its items follow, one by one.
            or p.ANNOUNCED_ORDINAL.match(self.text, start) is not None
        )

    def _unit_of(self, start: int, num: str, scale: str | None, unit: str) -> str | None:
        """The quantity's unit, an unsaid one understood, or ``None`` for no quantity."""
        if not unit and scale in ("万", "亿") and not num.startswith("百分之"):
            unit = self._unsaid_unit(start)
        if unit == "成" or (not unit and not num.startswith("百分之")):
            return None
        return unit

    def _unsaid_unit(self, start: int) -> str:
        """人 or 人次 for people counted in 万 with no unit (入境游客111万), else nothing."""
        words = p.UNSAID_TAIL.sub("", self.text[self._clause_start(start) : start])
        found = p.UNSAID_PEOPLE.search(words)
        if found is None:
            # 农村贫困人口2610万，比上年减少290万: the level before gives the unit.
            # 参保人数分别增加1753万和2028万: the next of a list takes the first's.
            before = self._previous_values(start)
            joined = before and self.text[before[-1].end : start] in p.LIST_JOINS
            if (not words.strip() or joined) and before and before[-1].unit in ("人", "人次"):
                return before[-1].unit
            return ""
        return "人次" if found.group() in ("游客", "旅客", "人次") else "人"

    def _estimated(self, quote_start: int, fig_start: int) -> bool:
        """Whether 预计 (据初步统计, 快报) governs the figure.

        预计 reaches past semicolons (预计全年地区生产总值…；一般公共预算收入…) and into a
        其中 sentence right after it (…预计完成18.62亿元。其中，税收…); a bracket later in
        the sentence (增长7.9%（快报数）) marks its figures too.
        """
        full = self._full_stop_start(quote_start)
        found = p.PRELIMINARY.search(self.text, full, fig_start)
        # 初步核算，全省地区生产总值…；一般公共预算收入…: the accounts' first release, not
        # the budget's or the other measures listed after the semicolon.
        accounts_only = found is not None and found.group() == "初步核算"
        if found and not (accounts_only and "；" in self.text[found.end() : fig_start]):
            return True
        # 社会消费品零售总额112.6亿元，增长7.9%（快报数）: a bracket in the sentence.
        i = bisect_right(self._full_stops, fig_start)
        end = self._full_stops[i] if i < len(self._full_stops) else len(self.text)
        if p.ESTIMATE_MARK.search(self.text, fig_start, end):
            return True
        if self.text.startswith("其中", full) and full > 1:
            return (
                p.PRELIMINARY.search(self.text, self._full_stop_start(full - 2), full) is not None
            )
        return False

    def _earlier_year(self, quote_start: int, fig_start: int) -> int | None:
        """The earlier year a level is of, when its words say so; else None.

        经济普查后，2023年地区生产总值修订为333.2亿元 in the review of 2024 is 2023's; so
        is the second revision of 2023年…修订为4082.6亿元，社会消费品零售总额修订为1835.4亿元,
        and the second final account of 2024年…决算数为3412.6亿元；…支出决算数为7829.5亿元.
        """
        dated = p.CLAUSE_YEAR.match(self.text, quote_start, fig_start)
        last = p.LAST_YEAR_OPENING.match(self.text, quote_start, fig_start)
        # 上年一般公共预算收入基数为20.31亿元: the year before the one reviewed; 去年税收
        # 收入5.16亿元 too in a year-end summary, where 去年 is not the year reviewed.
        if (
            dated is None
            and last is not None
            and (last.group(1) == "上年" or not self.last_year_is_period)
        ):
            return self.period - 1
        if dated is None and any(w in self.text[quote_start:fig_start] for w in p.REVISED):
            full = self._full_stop_start(quote_start)
            dated = p.REVISED_YEAR.search(self.text, full, fig_start)
        if dated is None and any(w in self.text[quote_start:fig_start] for w in p.FINAL_ACCOUNTS):
            # 2024年全省一般公共预算收入决算数为…；一般公共预算支出决算数为…: the year that
            # opens the sentence dates each final account past its semicolons.
            full = self._full_stop_start(quote_start)
            dated = p.CLAUSE_YEAR.match(self.text, full, fig_start)
        if dated is not None and int(dated.group(1)) < self.period:
            return int(dated.group(1))
        return None

    def _is_target(self, offset: int) -> bool:
        """In the plan part, or in a sentence that says it is a goal (年初确定的…)."""
        if self._in_plan(offset):
            return True
        return self._goal_governs(self._goal_words, offset)

    def _listed_names(self) -> None:
        """原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米: names in order.

        A list of figures (joined by 、 or 和 alone) after a list of as many names gives
        each figure its name; the measure the last name ends with (产量) is shared.
        """
        values, i = self.values, 0
        while i < len(values):
            group = [values[i]]
            while (
                i + len(group) < len(values)
                and values[i + len(group)].quote_start == group[0].quote_start
                and self.text[group[-1].end : values[i + len(group)].start] in p.LIST_JOINS
            ):
                group.append(values[i + len(group)])
            i += len(group)
            if len(group) < p.PAIR:
                continue
            head = p.LIST_HEAD.match(self.text, group[0].quote_start, group[0].start)
            if head is None:
                continue
            names = [n for n in re.split(r"[、和及与]", self._strip(head.group(1))) if n]
            if len(names) == len(group):
                for value, name in zip(group, _shared_measure(names), strict=True):
                    value.name = name

    def _respective_names(self) -> None:
        """税收收入和非税收入分别完成10.2亿元、2.2亿元: name each figure in order."""
        for mark in re.finditer("分别", self.text):
            quote_start = self._clause_start(mark.start())
            end = self._next_clause(mark.end())[0]
            lo, hi = bisect_left(self._starts, mark.end()), bisect_left(self._starts, end)
            values = [v for v in self.values[lo:hi] if v.quote_start == quote_start]
            if len(values) < p.PAIR:
                continue
            head = p.RESPECTIVE_HEAD.match(self.text, quote_start, values[0].start)
            if head is None:
                head = self._respective_head_before(quote_start)
            if head is None:
                continue
            words = _without_context(self._strip(head.group(1)))  # 城镇化率比上年分别提高…
            for word in ("年均", "实际", "名义"):
                words = words.removesuffix(word)  # …收入年均分别增长…，分别达到…
            names = _ordinal_shorthand([n for n in re.split(r"和|、|及|与", words) if n])
            if len(names) == 1 and len(values) == p.PAIR:
                names = _paired(names[0]) or names  # 城乡居民人均可支配收入分别达到…
            if len(names) * 2 == len(values) and self._respective_from_to(
                head.end(), values, names
            ):
                continue
            if len(names) == len(values):
                names = _scope_heads(names)  # 城镇、农村居民人均可支配收入分别…
                # 装备制造、新材料、生物医药三大主导产业分别实现产值331.8亿元、…: the list's
                # count is no name's, and the measure after 分别 is each name's.
                names[-1] = p.LIST_COUNT_TAIL.sub("", names[-1]) or names[-1]
                measure = p.MEASURE_AFTER.fullmatch(
                    self._strip(self.text[mark.end() : values[0].start])
                )
                for value, name in zip(values, _shared_measure(names), strict=True):
                    value.name = name + (measure.group() if measure else "")

    def _respective_from_to(self, after_head: int, values: list[_Value], names: list[str]) -> bool:
        """…分别由上年的50012元、26418元增加到53408元、28136元: each name's two levels.

        Returns whether the values were read so.
        """
        n = len(names)
        came = p.FROM_YEAR.search(self.text, after_head, values[0].start)
        to = p.TO_WORDS.match(self.text[values[n - 1].end : values[n].start])
        if came is None or to is None or not (came["year"] or came["last"]):
            return False
        earlier = int(came["year"]) if came["year"] else self.period - 1
        later = int(to["year"]) if to["year"] else self.period
        if earlier >= later or any(v.unit != values[0].unit for v in values):
            return False
        for i, name in enumerate(_shared_measure(_scope_heads(names))):
            first, last = values[i], values[n + i]
            first.name = last.name = name
            first.period, first.merge_into, first.undated = earlier, last.ident, False
            last.period, last.amount = later, False
        return True

    def _respective_head_before(self, quote_start: int) -> re.Match[str] | None:
        """The names of the clause before, when this one opens with 分别 and names nothing.

        城镇化率和户籍人口城镇化率分别提高1.2个和1.5个百分点，分别达到65.3%和48.2%: the
        second list is of the measures the first names.
        """
        if p.RESPECTIVE_LEVELS.match(self.text, quote_start) is None or quote_start == 0:
            return None  # 分别增加10.1亿元和2.3亿元: amounts of change, not the levels
        before = self._clause_start(quote_start - 1)
        if before < self._sentence_start(quote_start):
            return None
        return p.RESPECTIVE_HEAD.match(self.text, before, quote_start - 1)

    def _bracketed_priors(self) -> None:
        """1418户（上年为1252户）, 3318件（上年同期3862件）: the bracket gives last year's.

        The figure in brackets is the earlier year's level of the figure before them: it
        joins that indicator with its year, and is no level of the report's year.
        """
        for earlier, inner in pairwise(self.values):
            opening = max(
                self.text.rfind("（", earlier.end, inner.start),
                self.text.rfind("(", earlier.end, inner.start),
            )
            if opening < 0 or _closes(self.text[opening + 1 : inner.start]):
                said = self._prior_note(earlier, inner)
                if said is None:
                    continue
            elif inner.quote_start == earlier.quote_start or self._change_between(
                earlier.end, opening
            ):
                inner.bracketed = True
                said = p.BRACKET_PRIOR.search(self.text, opening + 1, inner.start)
            else:
                continue
            if said is None or not _same_dimension(earlier.unit, inner.unit):
                continue
            if p.CHANGE_WORD_END.search(self.text, said.end(), inner.start):
                continue  # （比上年年初预算增加0.80亿元）: a change against last year, no level
            if self._names_another(said.end(), inner.start, earlier.name):
                continue  # （2023年全县地区生产总值经…修订为228.6亿元）: another measure's
            named = said.groupdict().get("year")
            year = int(named) if named else self.period - 1
            if year >= self.period:
                continue
            inner.name, inner.period, inner.merge_into = earlier.name, year, earlier.ident
            inner.undated = False

    def _names_another(self, start: int, end: int, name: str) -> bool:
        """Whether the words of a bracket before its figure name a measure other than ``name``."""
        words = p.PRIOR_NOISE.sub("", self.text[start:end])
        named = re.search(p.MEASURE_END, words)
        return named is not None and words not in name and name not in words

    def _change_between(self, start: int, end: int) -> bool:
        """Whether only a change stands between a level and a bracket: ，同比增长4.1%."""
        return p.CHANGE_ONLY.fullmatch(self.text, start, end) is not None

    def _prior_note(self, earlier: _Value, inner: _Value) -> re.Match[str] | None:
        """…同比增长4.1%。上年数据已根据决算结果修订为2211.1亿元: a note gives last year's.

        The sentence right after a level and its change that opens with 上年数据 (or 注：)
        and revises it to a figure gives the earlier year's level of that indicator.
        """
        clause = self._clause_start(inner.start)
        if clause > earlier.end and self._change_between(earlier.end, clause - 1):
            # …增长3.6%，上年同期为20.31亿元: a clause of its own, after the change.
            said = p.PRIOR_CLAUSE.fullmatch(self.text, clause, inner.start)
            if said is not None:
                return said
        full = self._full_stop_start(inner.start)
        if full <= earlier.end or not self._change_between(earlier.end, full - 1):
            return None
        return p.PRIOR_NOTE.match(self.text, full, inner.start)

    def _without_report_span(self, value: _Value) -> None:
        """Take the report's part of the year off a name: 上半年全市地区生产总值 on 上半年.

        The value carries its part of the year; it is no part of the measure's name.
        """
        if value.span is None or value.span != self.title_span:
            return
        lead = p.SPAN.match(value.name)
        if lead is not None and lead.group("span") == value.span:
            value.name = value.name[lead.end() :].lstrip("，, ") or value.name

    def _bounds_before_levels(self) -> None:
        """突破8000公里、达8184公里: a bound, then the level; the bound is a threshold claim.

        The bound is no level of the indicator (it would stand for the level across
        years); the level that follows takes the bound's name and carries the claim.
        """
        claim_code = self._code("claim")
        for bound, level in pairwise(self.values):
            if bound.figure[:1] not in "首超突":
                continue
            word = next((w for w in p.BOUND_WORDS if bound.figure.startswith(w)), None)
            stated = _in_unit_of(bound.figure, bound.unit, level.unit)
            if (
                word is None
                or stated is None
                or bound.target != level.target
                or p.BOUND_THEN_LEVEL.fullmatch(self.text, bound.end, level.start) is None
            ):
                continue
            bound.consumed = True
            level.name, level.quote_start = bound.name, bound.quote_start
            level.span, level.scope = level.span or bound.span, level.scope or bound.scope
            self.claims.append(
                {
                    "kind": "threshold",
                    "indicator": level.ident,
                    "period": self.period,
                    "stated": stated,
                    "first_time": word.startswith("首次") and not self._over_years(bound.start),
                    "quote": self.text[bound.quote_start : level.end],
                    "offset": bound.quote_start,
                }
            )
            number = bound.start + len(word)
            self._mask[number : bound.end] = claim_code * (bound.end - number)

    def _school_subjects(self) -> None:
        """普通高中68所，在校生12.43万人: the bare 在校生 is of the kind of school before it.

        So is 在校生 after 普通高中招生4.2万人: the kind is what the name before it says,
        less its own head. Only kinds of school (高中, 职业教育学校 …) lend themselves.
        """
        for value in self.values:
            if not value.name.endswith(p.SCHOOL_HEADS):
                continue  # most names are of no school: no regex for them
            if re.sub("^(?:全年|当年|年末)", "", value.name) not in p.SCHOOL_HEADS:
                continue
            before = [
                v for v in self._previous_values(value.start) if not v.amount and v is not value
            ]
            clause = self._sentence_start(value.start)
            if not before and self.text[clause - 1 : clause] in ("；", ";"):
                # 普通本专科招生48.3万人，增长3.2%；在校生162.4万人: the clause before.
                before = [v for v in self._previous_values(clause - 1) if not v.amount]
            if not before:
                continue
            subject = before[-1].name
            head = next((h for h in p.SCHOOL_HEADS if subject.endswith(h)), "")
            subject = subject.removesuffix(head)
            if len(subject) >= p.PAIR and p.SCHOOL_KIND.search(subject):
                value.name = subject + re.sub("^(?:全年|当年|年末)", "", value.name)

    def _from_to(self) -> None:
        """从1997年的7.4万亿元增加到2002年的10.2万亿元: two levels of one indicator.

        The later figure takes the earlier one's name and the year written before it (the
        report's year when none is: the span ends at the year reviewed); the earlier one
        joins its indicator with its own year, or, undated, stays apart and links nothing.
        """
        for earlier, later in zip(self.values, self.values[1:], strict=False):
            if earlier.target or later.target or earlier.unit != later.unit:
                continue
            to = p.TO_WORDS.match(self.text[earlier.end : later.start])
            start = earlier.start
            came = p.FROM_YEAR.search(self.text, max(earlier.quote_start, start - 10), start)
            revised = p.REVISED_TO.fullmatch(self.text, earlier.end, later.start)
            if came is not None and revised and not came["last"]:
                # 2023年地区生产总值由2613.5亿元修订为2648.2亿元: the revised level is the
                # year's; the figure it replaces is the earlier report's, no level here. (由上年
                # 的18户调整为16户 is last year's level and this year's.)
                later.name = earlier.name = p.FROM_YEAR.sub("", earlier.name)
                later.period = earlier.period
                earlier.consumed = True
                if "预算" not in self.text[later.quote_start : later.start]:
                    later.budget = False  # 由…调整为… of a level, not a budget's adjustment
                continue
            if to is None or came is None:
                continue
            earlier.starts_span = True
            if (
                to.group().endswith("为")
                and "预算" not in self.text[later.quote_start : later.start]
            ):
                later.budget = False  # 由上年的18户调整为16户: a level, no budget adjusted
            if self.text[later.start - 1] in "长加高升降少":
                later.amount = False  # 增加到: the level reached, not an amount
            # 由上年的198.6亿元增加到…: the name ends before 由 and its year; with nothing
            # before 由 in its clause (…增长8.6%，由上年的10,608元增加到…), the clause
            # before names it.
            earlier.name = later.name = (
                p.FROM_YEAR.sub("", earlier.name)
                or self._previous_subject(earlier.quote_start)
                or "?"
            )
            later.period = int(to["year"]) if to["year"] else self.period
            later.undated = False  # 增加到4140元: the level at the span's end
            base = self._span_base(start)
            if came["year"]:
                earlier.period, earlier.merge_into = int(came["year"]), later.ident
                earlier.undated = False
            elif came["last"] and later.period == self.period:
                earlier.period, earlier.merge_into = self.period - 1, later.ident
                earlier.undated = False
            elif (
                compared := p.COMPARED_WITH_YEAR.search(
                    self.text, self._sentence_start(start), start
                )
            ) is not None and int(compared["year"]) < later.period == self.period:
                earlier.period, earlier.merge_into = int(compared["year"]), later.ident
                earlier.undated = False
            elif base is not None and later.period == self.period:
                # 财政收入从3.16万亿元增加到8.31万亿元 in a review of “十一五”: from 2005.
                earlier.period, earlier.merge_into = base, later.ident
                earlier.undated = False
            elif (
                later.period == self.period
                and p.OWN_CHANGE.match(self.text, later.end)
                and not self._undated(start)
                and not p.SEVERAL_YEARS.search(self.text, self._sentence_start(start), start)
                and not self._figure_outside_values(later.quote_start, came.start())
            ):
                # 比重由12.8%提高到14.3%，提高1.7个百分点 in the review of one year: the change
                # the sentence states is between its two levels, so the first is taken as
                # the year before's. Without such a change (由2476元增加到4140元) the start
                # may be any earlier year, and stays undated.
                earlier.period, earlier.merge_into = self.period - 1, later.ident

    def _ranks(self) -> None:
        """由上年居世界第五位上升到第四位: a measure's rank (位次), and the rank it left.

        The rank is named by its measure and its list (进出口总额世界位次): the measure
        is the words before the ranking (出口增速排名全国第7位) or, with none, the level
        the clause before states (…达到8512亿美元，由上年居世界第五位…), by its concept's
        name when it has one, so that each year's report names the rank alike. The rank
        left takes the year the words give (上年, 由1997年的…增加到2002年的…, the year
        before a several-year review's span); with none, it is not drafted.
        """
        if "位" not in self.text:
            return
        moved: list[int] = []
        for m in p.RANK_FROM_TO.finditer(self.text):
            moved.append(m.start("was"))
            self._rank(m, m.group("scope") or m.group("scope0"))
        for m in p.RANK_AT.finditer(self.text):
            # A rank alone is drafted when it is a ranking's own (在…综合评价中位列第77位,
            # 综合排名第3位): a measure's rank (增速居全国第3位) is its report's boast, seldom
            # restated, and named only by guessing the measure.
            head = self.text[self._rank_clause(m.start()) : m.start()]
            if m.start("num") not in moved and (
                p.RANKING_NAMED.search(head) or p.RANKING_FRAME.search(head)
            ):
                self._rank(m, m.group("scope"))

    def _rank_clause(self, at: int) -> int:
        """Where a rank's clause opens, or the clause before that frames its ranking."""
        start = self._clause_start(at)
        before = self._clause_start(max(0, start - 1))
        if p.RANKING_CLAUSE.fullmatch(self.text, before, start):
            return before  # 在…考核评价中，澜江经开区位列第28位
        return start

    def _rank(self, m: re.Match[str], scope: str | None) -> None:
        start, end = m.span("num")
        if self._is_target(start) or not self._rank_free(start, end):
            return
        quote_start = self._rank_clause(m.start())
        head = self.text[quote_start : m.start()].strip()
        named = p.RANK_WORDS.search(head)
        before = p.RANK_SCOPE_BEFORE.search(head)
        scope = p.PARENTHESES.sub("", scope or (before.group() if before else ""))
        measure, level = self._ranked(
            quote_start, m.start(), head[: named.start()] if named else head
        )
        if len(measure) < p.PAIR or _has_digit(measure):
            return
        concept = catalog().match(measure)
        if concept is not None and concept.unit != "%":
            # 外贸进出口总额, 进出口贸易总额: one measure, so one rank across the years.
            measure = "国内生产总值" if "国内生产总值" in measure else concept.name
        name = f"{measure}{scope}位次"
        value = self._rank_value(start, end, m.group("num"), name, quote_start)
        value.period = level.period if level is not None else None
        value.undated = "was" not in m.groupdict() and self._undated(start)
        self._add_rank(value, end)
        self._rank_change(value, m.end())
        if "was" not in m.groupdict():
            return
        later = value.period or self.period
        left = self._rank_left(m, level, later)
        if left is None or not self._rank_free(*m.span("was")):
            return
        was = self._rank_value(*m.span("was"), m.group("was"), name, quote_start)
        was.period, was.merge_into = left, value.ident
        self._add_rank(was, was.start + len(was.figure))

    def _ranked(self, quote_start: int, at: int, head: str) -> tuple[str, _Value | None]:
        """The measure a rank at ``at`` is of, and the level it was read from, if any.

        The words before the rank (出口增速排名全国第7位), the ranking they frame
        (在…综合评价中位列第77位), or the level the clause before states (…达到8512亿美元，
        由上年居世界第五位…); a bare 增速 is the growth of the measure before it.
        """
        head = p.NO_MEASURE.sub("", head)
        frame = p.RANKING_FRAME.search(head)
        if frame is not None:
            return frame.group("ranking"), None
        words = p.NO_MEASURE.sub("", _core_name(head))
        growth = p.GROWTH_RANKED.fullmatch(words) is not None
        if len(words) >= p.PAIR + 1 and not _has_digit(words):
            return words, None
        before = [v for v in self._previous_values(at) if not v.target]
        level = before[-1] if before and not growth else None
        measure = level.name if level else self._previous_subject(quote_start)
        # 进出口总额年均增长12.2%，从世界第三位…: the measure, not its average growth.
        measure = p.AVERAGE_TAIL.sub("", measure)
        if growth:
            return (measure + words if measure else ""), None
        return measure, level

    def _rank_left(self, m: re.Match[str], level: _Value | None, later: int) -> int | None:
        """The year of the rank a move started from, when the words say it."""
        if m.group("year"):
            return int(m.group("year"))
        if m.group("last"):
            return later - 1
        if level is not None:
            # 由1997年的3252亿美元增加到2002年的6208亿美元，世界排名由第十位…: the years of
            # the levels before it.
            started = [v for v in self.values if v.merge_into == level.ident and v.period]
            if started:
                return started[-1].period
        base = self._span_base(m.start())
        return base if base is not None and later == self.period else None

    def _rank_free(self, start: int, end: int) -> bool:
        """Whether a rank's digits are free, or set aside as an ordinal only (第五)."""
        return {self._use(i) for i in range(start, end)} <= {None, "aside:ordinal"}

    def _add_rank(self, value: _Value, num_end: int) -> None:
        """Add a rank, its digits no longer set aside as an ordinal."""
        self._no_longer_aside(value.start, num_end)
        self._add_value(value, num_end)

    def _no_longer_aside(self, start: int, end: int) -> None:
        """Take back an ordinal set aside at ``start`` (第五, 前移9位): it is read after all."""
        self.not_metrics = [
            n
            for n in self.not_metrics
            if not (
                n["category"] == "ordinal" and n["offset"] <= start < n["offset"] + len(n["text"])
            )
        ]
        self._mask[start:end] = bytes(end - start)

    def _rank_change(self, value: _Value, at: int) -> None:
        """较上年前移9位 after a rank: the change of the rank's number from the year before."""
        change = p.RANK_CHANGE.match(self.text, at)
        if change is None or value.undated:
            return
        start, end = change.span("num")
        if not self._rank_free(start, end):
            return
        period = value.period or self.period
        against = int(change.group("year")) if change.group("year") else period - 1
        self.claims.append(
            {
                "kind": "absolute_change",
                "indicator": value.ident,
                "period": period,
                "against": against,
                # 前移9位: nearer the top, the rank's number falls by 9 (see lexicon).
                "stated": change.group("dir") + change.group("num"),
                "unit": RANK_UNIT,
                "quote": self.text[value.quote_start : change.end()],
                "offset": value.quote_start,
            }
        )
        self._no_longer_aside(start, end)
        self._mark(start, end, "claim")

    def _rank_value(self, start: int, end: int, figure: str, name: str, quote_start: int) -> _Value:
        value = _Value(start, end + 1, figure, RANK_UNIT, name, quote_start)
        value.exact_count = True
        value.ident = f"v{len(self.values) + 1:03d}"
        return value

    def _budget_figure(self, quote_start: int, fig_start: int) -> bool:
        """年初预算为128.00亿元, 经…批准调整为120.00亿元: a budget, not the year's actual.

        Not a level adjusted on verification (经最终核实，2021年地区生产总值调整为1470.2
        亿元): a revised actual.
        """
        found = p.BUDGET_BEFORE.search(self.text, quote_start, fig_start)
        if found is None or "预算" in found.group():
            return found is not None
        before = self.text[self._full_stop_start(quote_start) : fig_start]
        return "预算" in before or not any(w in before for w in (*p.REVISED, "普查"))

    def _target_years(self, value: _Value, year: int) -> tuple[int, int] | None:
        """The years a target is set over (今后三年…), if not its year alone.

        A plan's span (“十一五”期间) is the plan's own years; 今后三年 or 五年 run from the
        plan's year. A target dated by its own year (到2026年) is that year's level.
        """
        found = list(
            p.TARGET_SPAN.finditer(self.text, self._sentence_start(value.start), value.start)
        )
        if not found or found[-1].group("one") or year != self.target_period:
            return None  # 到2026年…力争突破3500亿元: the level of the year named
        last = found[-1]
        plan = p.PLAN_YEARS.get(last.group("plan") or "")
        if plan is not None:
            return (plan + 1, plan + p.PLAN_LENGTH) if plan < year <= plan + p.PLAN_LENGTH else None
        written = last.group("n")
        n = int(written) if written.isdigit() else CN_DIGIT_VALUES[written]
        # 今后五年…五年新增城镇就业30万人以上: the five years from the plan's year.
        return (year, year + n - 1) if n >= p.PAIR else None

    def _over_years(self, offset: int) -> bool:
        """Whether ``offset`` is in a review of several years (五年来，…首次突破100亿元).

        首次 there dates the crossing to some year of the span, not the year reviewed.
        """
        return self._undated(offset) or (
            self._first_in_sentence(self._span_words, offset) is not None
        )

    def _figure_outside_values(self, start: int, end: int) -> bool:
        """Whether a digit between ``start`` and ``end`` is no drafted level's (a year, a span).

        收入50万元以上的村占比由62.5%提高到…: the 50 of the name bounds a class, a
        definition set aside, and is no other year's figure either.
        """
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        spans = [(v.start, v.end) for v in self.values[lo:hi]]
        return any(
            not any(a <= m.start() < b for a, b in spans)
            and self._use(m.start()) != "aside:definition"
            for m in p.DIGIT.finditer(self.text, start, end)
        )

    def _is_change_number(self, start: int) -> bool:
        if start == 0 or self.text[start - 1] not in "长加高升涨降少落滑减":
            return False
        before = self.text[max(0, start - 4) : start]
        # The rate right after the word (下降35.9%), not one further on: 融资平台压降94户、
        # 下降35.9% is an amount of 户, then a rate.
        return any(before.endswith(w) for w in (*INCREASE, *DECREASE)) and (
            p.CHANGE_FIGURE.match(self.text, start) is not None
        )

    def _qualifiers(self, start: int, end: int) -> tuple[str | None, str | None]:
        """The part of the year and the scope written in the value's sentence, if any.

        A period word (1-11月, 上半年) or a scope (不含免抵调, 同口径) anywhere from the
        start of the sentence to just after the value applies to it.
        """
        sentence = self._sentence_start(start)
        i = bisect_right(self._sentences, end)
        sentence_end = self._sentences[i] if i < len(self._sentences) else len(self.text)
        # 1—11月，全县社零…；一般公共预算收入79.86亿元: the span governs past the semicolon,
        # to the full stop, unless a clause says 全年 on its way.
        full = self._full_stop_start(start)
        # 完成一般公共预算收入3.25亿元（截至11月底）: a bracket right after is the value's.
        bracket = p.TRAILING_NOTE.match(self.text, end)
        # Not past the clause's end: …个体工商户738户，截至6月底…总数 is the next clause's.
        k = bisect_right(self._clauses, end)
        clause_end = self._clauses[k] - 1 if k < len(self._clauses) else len(self.text)
        reach = max(min(end + 6, clause_end), bracket.end() if bracket else 0)
        span = _first_within(self._spans, full, min(reach, sentence_end))
        if span is not None and sentence > full:
            at = self.text.find(span, full, end + 6)
            # Past a semicolon only from the sentence's opening words (1—11月，…；…): one
            # in an aside of another clause (…上半年增速一度达到10.2%；…) governs its own.
            leading = 0 <= at - full <= p.LEAD_SPAN_WITHIN
            if at < sentence and (not leading or "全年" in self.text[at:end]):
                span = _first_within(self._spans, sentence, min(reach, sentence_end))
        if span is not None:
            # 6月末…比年初增加1381.4亿元；下半年…，年末…余额35420.6亿元: the year's end said
            # after the span, in the value's clause, dates the value.
            at = self.text.find(span, full, end + 6)
            clause = self._clause_start(end - 1)
            if 0 <= at < clause and p.WHOLE_YEAR.search(self.text, clause, end) is not None:
                return None, self._scope_of(start, end, full, sentence_end)
        if span is None and p.WHOLE_YEAR.search(self.text, full, end) is None:
            span = self._governing_span(start)
            if span is not None and span == f"{self.title_span}{p.LEAD_SPAN_MARK}":
                # 上半年，… in a release on 上半年: the report's own part of the year.
                span = self.title_span
        if span is None and "全年" not in self.text[sentence:end]:
            span = self.title_span
        return span, self._scope_of(start, end, full, sentence_end)

    def _scope_of(self, start: int, end: int, full: int, sentence_end: int) -> str | None:
        # A scope in parentheses belongs to the figure right after it: its own clause.
        scope = _first_within(self._scopes, start, min(end + 12, sentence_end))
        if scope is None:
            scope = self._lead_scope(full, start)
        return scope

    def _lead_scope(self, full: int, start: int) -> str | None:
        r"""从县本级看，…; 经开区：…: the scope the sentence's opening words give its figures.

        Not a heading's words before its paragraph (（三）县城扩容提质步伐加快，…\n…城镇化率
        达到41.2%): the scope opens the figure's own line.
        """
        full = self.text.rfind("\n", full, start) + 1 or full  # not past the sentence
        while full < start and self.text[full].isspace():
            full += 1
        return _lead_scope_words(self.text, full, start)

    def _plans(self) -> None:
        """Claims in the plan part, or on a target, are targets: set aside as such.

        An amount or a growth stated of a planned level is the exception: it is kept, on
        its target.
        """
        claim_code, target_code = self._code("claim")[0], self._code("aside:target")[0]
        targets = {v.ident for v in self.values if v.target}
        kept = []
        for claim in self.claims:
            start = claim["offset"]
            in_review = not self._in_plan(start) and not _refs(claim) & targets
            # 单位地区生产总值能耗下降3%的目标任务未能完成: a goal's change, no outturn.
            in_review = in_review and not p.GOAL_AFTER.match(self.text, start + len(claim["quote"]))
            # 拟安排财政赤字7500亿元，比上年增加5700亿元: the planned level against last
            # year's actual is arithmetic the plan states, and is kept as a claim on it.
            # 把好土地审批和信贷投放两个闸门 in the plan: a count of the list the sentence
            # names is no goal, and is checked wherever it stands.
            # 玉米等5大加工产业 in the plan is a goal of five, two named: not a count of a list.
            closed_list = claim["kind"] == "listed_count" and not claim["open_list"]
            if in_review or closed_list or claim["kind"] == "absolute_change":
                kept.append(claim)
                continue
            if claim["kind"] == "relative_change" and claim["indicator"] in targets:
                # 今年中央财政科技投入1461亿元，增长25.6%: a planned level's growth, the same
                # arithmetic; whether against last year's budget, estimate or outturn the
                # text seldom says, so a misfit is a question for the reviewer.
                claim["review"] = True
                claim["note"] = "a plan's change: against last year's budget, estimate or outturn"
                kept.append(claim)
                continue
            for i in range(start, min(len(self.text), start + len(claim["quote"]))):
                if self._mask[i] == claim_code:
                    self._mask[i] = target_code
        self.claims = kept

    def _account(self, numbers: list[NumberSpan]) -> None:
        for n in numbers:
            how = self._use(n.start) or self._use(n.end - 1)
            if how is None:
                self.coverage.unexplained.append((n.start, n.text))
            elif how == "value":
                self.coverage.values += 1
            elif how == "claim":
                self.coverage.claims += 1
            else:
                self.coverage.set_aside[how.removeprefix("aside:")] += 1

    # -- output --------------------------------------------------------------------------

    def indicators(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        by_id: dict[str, dict[str, Any]] = {}
        for v in sorted(self.values, key=lambda v: v.merge_into is not None):
            if v.consumed:
                continue
            value: dict[str, Any] = {
                "period": v.period or self.period,
                "figure": v.figure,
                "quote": self.text[v.quote_start : v.end],
                "offset": v.quote_start,
            }
            if v.scope:
                value["scope"] = v.scope
            if v.span:
                value["span"] = v.span
            if v.estimate:
                value["estimate"] = True
            if v.target:
                value["target"] = True
                value["period"] = self._target_year(v)
                span = self._target_years(v, value["period"])
                if span is not None and (
                    p.REACHED.search(self.text, v.quote_start, v.start) or _a_bound(v.figure)
                ):
                    # 三年内参保率均提高到90%以上: a level to reach by the span's end.
                    value["period"] = span[1]
                elif span is not None:
                    value["years"] = f"{span[0]}-{span[1]}"
            elif v.budget:
                value["target"] = True  # of the value's own year, kept apart from actuals
            if v.undated:
                value["_undated"] = True  # read and removed when ids are given
                base = self._span_base(v.start)
                # 社会消费品零售总额突破千亿元大关: a level reached, of no span of years.
                if base is not None and base + 1 < value["period"] and not _a_bound(v.figure):
                    # 五年来…新设经营主体62.91万户: stated for the review's years.
                    value["years"] = f"{base + 1}-{value['period']}"
            joined = by_id.get(v.merge_into or "")
            if joined is not None and all(w["period"] != value["period"] for w in joined["values"]):
                # Another year's level of the indicator; one of the same year (a bracket's
                # change read as its level) keeps an indicator of its own, so the draft loads.
                joined["values"].insert(0, value)
                continue
            # A name is never empty: "?" says the extractor found none (a report file
            # refuses an empty one).
            indicator = {"id": v.ident, "name": v.name or "?", "unit": v.unit, "values": [value]}
            by_id[v.ident] = indicator
            out.append(indicator)
        for name, ident in self._valueless.items():
            unit = self._valueless_units.get(ident) or _unit_by_name(name)
            valueless: dict[str, Any] = {
                "id": ident,
                "name": name or "?",
                "unit": unit,
                "values": [],
            }
            if ident in self._valueless_undated:
                valueless["_undated"] = True
            out.append(valueless)
        referenced = _referenced(self.claims)
        known = {i["id"] for i in out}
        self.claims = [c for c in self.claims if _refs(c) <= known]
        return [i for i in out if i["values"] or i["id"] in referenced]


def _a_bound(figure: str) -> bool:
    """Whether a figure is a bound passed (突破3500, 超过2.5万亿): a level at a time, no total."""
    try:
        return parse_figure(figure).qualifier is Qualifier.MORE_THAN
    except FigureError:
        return False


def _unit_by_name(name: str) -> str:
    """The unit a measure's name says when no figure gives one (三公经费支出下降10%: money).

    Only the dimension matters (a change has no scale); 个 when the name says nothing.
    """
    for head, unit in p.UNIT_BY_HEAD:
        if head.search(name):
            return unit
    return "个"


def _closes(between: str) -> bool:
    return "）" in between or ")" in between


def _scope_heads(names: list[str]) -> list[str]:
    """Give a scope word alone the rest of the last item: 城镇、农村居民人均可支配收入.

    Only a scope of a pair (城镇/农村, 境内/境外, 进口/出口) whose partner opens the last
    item, with as many characters: 原煤、原油、天然气产量 share their measure, not a tail.
    """
    last = names[-1]
    out = []
    for name in names[:-1]:
        partner = last[: len(name)]
        paired = name != partner and {name, partner} <= p.SCOPE_WORDS
        shared = None if paired else _tail_after_shared_ending(name, last)
        out.append(name + last[len(name) :] if paired else name + (shared or ""))
    return [*out, last]


def _name_of_earlier(name: str) -> str:
    """The measure's name of a figure of an earlier year, without the words that date it.

    社会消费品零售总额根据统计年报核定为169.16亿元: the name ends before 根据; 上年一般公共
    预算收入基数为…: the measure is 一般公共预算收入.
    """
    name = p.REVISION_TAIL.sub("", name) or name
    return p.LAST_YEAR_WORDS.sub("", name) or name


def _shared_measure(names: list[str]) -> list[str]:
    """Give every item the measure the last one ends with: 原煤、原油、天然气产量."""
    last = names[-1]
    measure = next((m for m in p.MEASURE_NOUNS if last.endswith(m) and last != m), None)
    if measure is None or any(n.endswith(p.MEASURE_NOUNS) for n in names[:-1]):
        return names
    return [*(n + measure for n in names[:-1]), last]


def _in_unit_of(figure: str, unit: str, other: str) -> str | None:
    """A figure in another unit, where only a scale word moves; ``None`` where more differs.

    突破1.4万亿 (in 元) is 突破1.4万 in 亿元.
    """
    if unit == other:
        return figure
    written = figure + unit
    if not written.endswith(other) or written[: -len(other)][-1:] not in ("万", "亿", "千"):
        return None
    return written[: -len(other)]


def _impossible_level(number: StatedNumber) -> bool:
    """近0个, 不足0: a figure that allows values below 0 (or none) is no report's level."""
    if number.qualifier is Qualifier.EXACT and number.value > 0:
        return False  # v − half a step is at least v/2: the common case, no interval built
    interval = number.interval()
    return interval.is_empty or interval.lo is None or interval.lo < 0


def _figure_and_unit(
    pre: str | None, num: str, scale: str | None, mid: str | None, unit: str, post: str | None
) -> tuple[str, str]:
    """The figure as a report file writes it, and its unit: 2.7万 with 人, 340.1 with 万元."""
    if unit in ("%", "％") or num.startswith("百分之"):
        # 75%以上, 1.8%以内, 6.8%左右: a bound or an approximation, never the exact rate.
        figure_text, unit = (pre or "") + num + (post or ""), "%"
    elif not mid and (
        (scale in ("万", "亿") and unit == "元") or (scale == "万" and unit in p.SCALED_MEASURES)
    ):
        figure_text = (pre or "") + num + (post or "")
        unit = scale + unit
    else:
        figure_text = (pre or "") + num + (scale or "") + (mid or "") + (post or "")
        if unit in ("大", "类"):
            unit = "个" if unit == "大" else "类"
    return figure_text, unit
