"""The change passes: relative and point changes, amounts, average growth, thresholds."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise
from typing import Any

from xinhong_metrics.concepts import catalog
from xinhong_metrics.extract import patterns as p
from xinhong_metrics.extract._state import _Value
from xinhong_metrics.extract._text import (
    MAX_DENSITY,
    _first_span_over,
    _lead_scope_words,
    _ordinal_shorthand,
    _paired,
    _same_dimension,
    _shared_tail,
    _tail_after_shared_ending,
    _without_context,
    _years_of,
)
from xinhong_metrics.extract._values import _ValuePasses
from xinhong_metrics.files import stated_in_quote
from xinhong_metrics.lexicon import (
    CHANGE_CONTEXT,
    NAMED_NUMBER,
)
from xinhong_metrics.numbers import growth_figure

CN_YEARS = "两三四五六七八九十"
# Points of a percent, or of a per-mille rate (出生率…提高0.16个千分点).
POINT_WORDS = ("个百分点", "个千分点")
KIND_OF_UNIT = {**dict.fromkeys(POINT_WORDS, "point_change"), "倍": "multiple"}


# The claims drafted last, among which the growth a point change follows is (增长5.6%，…).
_RECENT = 8
# How far back a growth may end before the point change that follows it ends.
_TIE_REACH = 40


class _ChangePasses(_ValuePasses):
    """Tie each stated change to the level it changes."""

    def _named_in(self, name: str, previous: list[_Value]) -> str | None:
        """The value of this sentence that ``name`` names, else an indicator without one."""
        for value in reversed(previous):
            if value.name and (value.name.endswith(name) or name.endswith(value.name)):
                return value.ident
        return self._valueless_indicator(name)

    def _named_rate(self, name: str) -> str | None:
        for value in self.values:
            if value.name.endswith(name):
                return value.ident
        return self._valueless_indicator(name)

    def _changes(self) -> None:
        piece, in_piece = -1, 0
        listed = [r.span() for r in self._respectively_lists]
        for m in p.CHANGE.finditer(self.text):
            num_start = m.start("num")
            piece, in_piece = self._count_in_piece(num_start, piece, in_piece)
            if in_piece > MAX_DENSITY or not self._free(num_start, m.end("num")):
                continue  # past MAX_DENSITY a piece is a table, not prose
            if listed and _first_span_over(listed, num_start):
                continue  # 实际增长8.4%和11.4%: one of a respectively-list, read there
            window = self.text[self._clause_start(m.start()) : m.start()][-24:]
            context = p.CHANGE_CONTEXT_RE.search(window)
            if context is None or context.group("avg") or context.group("resp"):
                continue
            explicit = any(context.group(g) for g in ("ctx", "ctx2", "base", "year", "year2"))
            written = m.group("unit")
            unit = written or "%"  # 增长百分之九点一: a percent, its unit in its words
            if not explicit and not self._understood(m, window, unit) and unit not in ("倍", "成"):
                continue
            # 增长超50%, 增长10%以上: the qualifier widens the stated figure, never dropped.
            stated = (
                m.group("dir")
                + (m.group("pre") or "")
                + m.group("num")
                + ("%" if written == "％" else written)
                + (m.group("post") or "")
            )
            against: int | str = self.period - 1
            if context.group("base"):
                against = context.group("base").strip()
            elif context.group("year") or context.group("year2"):
                against = int(context.group("year") or context.group("year2"))
            kind = KIND_OF_UNIT.get(unit, "relative_change")
            start = m.start() - (len(window) - context.start())
            base = None if explicit else self._span_base(num_start)
            if base is not None and self._undated(num_start):
                # 全国财政收入达到5.13万亿元，增长1.71倍 in a review of five years: over the
                # five years, not over the last one.
                against = base
            self._change_claim(start, m.end(), stated, against, kind, explicit=explicit)
            self._mark(num_start, m.end("num"), "claim")
            if kind == "relative_change" and self._in_plan(m.start()):
                self._plan_growths.append(m)  # 国内生产总值增长8%左右: a target, unless kept
        self._doublings()
        self._named_growth_rates()
        for m in p.SHI_BEI.finditer(self.text):
            if not self._free(m.start("num"), m.end("num")):
                continue
            stated = m.group("num") + "倍"
            year = int(m.group("year")) if m.group("year") else self.period - 1
            self._change_claim(m.start(), m.end(), stated, year, "multiple")
            self._mark(m.start("num"), m.end("num"), "claim")

    def _understood(self, m: re.Match[str], window: str, unit: str) -> bool:
        """Whether a change naming no year or base is, by its words, against the year before."""
        if p.CHANGE_SCOPE.search(window):
            return True  # 剔除…因素后同口径增长2.1%: against the year before
        if self._right_after_a_level(m.start(), window):
            return True
        if window.lstrip().startswith("其中"):
            # 同比下降15.3%,其中盗窃类警情下降21.6%: the 其中 clause shares the 同比.
            earlier = self.text[self._sentence_start(m.start()) : m.start() - len(window)]
            if any(word in earlier for word in CHANGE_CONTEXT):
                return True
        if unit in ("%", *POINT_WORDS) and self._names_a_measure(window):
            # 全年地区生产总值增长5.1%, 城镇化率提升0.9个百分点: a named measure and its
            # change, the year before understood, as government work reports write it.
            return True
        # 增长3.2%，增幅回落1.4个百分点: the growth rate's points, against last year.
        return unit in POINT_WORDS and self._growth_tied_to(m.end()) is not None

    def _growth_rate_points(self) -> None:
        """增长5.6%，增速比上年回落0.2个百分点: a change in points of the growth rate itself.

        A point change right after a growth (its own subject 增速, 增幅 or none) is of the
        growth rate, not of the level: drafted on an indicator named for the measure's
        growth (地区生产总值增速), whose value this year is the stated growth; last year's
        is the growth the earlier report states (see ``ReportSet.growth_rates``).
        """
        names = {ident: name for name, ident in self._valueless.items()}
        names |= {v.ident: v.name for v in self.values}
        ends = {
            c["offset"] + len(c["quote"]): c for c in self.claims if c["kind"] == "relative_change"
        }
        for claim in self.claims:
            if claim["kind"] != "point_change":
                continue
            end = claim["offset"] + len(claim["quote"])
            growth = next(
                (
                    ends[at]
                    for at in range(end - 1, max(0, end - _TIE_REACH), -1)
                    if at in ends and p.POINTS_AFTER_GROWTH.fullmatch(self.text, at, end)
                ),
                None,
            )
            name = names.get(growth["indicator"], "") if growth else ""
            if growth is None or len(name) < p.PAIR or growth["against"] != claim["against"]:
                continue
            figure = growth_figure(growth["stated"])
            if figure is None:
                continue  # 增长10%以上: a bound, no rate to take points from
            digits = figure.removeprefix("-")
            at = growth["offset"] + growth["quote"].rfind(digits)
            value = _Value(at, at + len(digits) + 1, figure, "%", f"{name}增速", growth["offset"])
            value.ident = f"r{len(self.values) + 1:03d}"
            value.period = growth["period"]
            # Of the part of the year its level, or the growth itself, says (1—9月).
            level = next((v for v in self.values if v.ident == growth["indicator"]), None)
            value.span = level.span if level is not None else growth.get("span")
            i = bisect_left(self._starts, value.start)
            self.values.insert(i, value)
            self._starts.insert(i, value.start)
            claim["indicator"] = value.ident
            # Quoted from the growth on: 比上年增长5.6%，增速比上年回落0.2个百分点.
            end = claim["offset"] + len(claim["quote"])
            claim["quote"], claim["offset"] = self.text[growth["offset"] : end], growth["offset"]
            if growth.get("scope"):
                claim["scope"] = growth["scope"]

    def _growth_ending_at(self, clause_start: int) -> dict[str, Any] | None:
        """The growth claim whose quote ends right before the clause (增长3.2%，|比上年…)."""
        end = clause_start - 1
        if end < 0 or self.text[end] not in "，,":
            return None
        return next(
            (
                c
                for c in reversed(self.claims[-_RECENT:])
                if c["kind"] == "relative_change" and c["offset"] + len(c["quote"]) == end
            ),
            None,
        )

    def _growth_tied_to(self, end: int) -> dict[str, Any] | None:
        """The growth a point change ending at ``end`` is of: 增长5.6%，增速回落0.2个百分点."""
        claim: dict[str, Any]
        for claim in reversed(self.claims[-_RECENT:]):
            if claim["kind"] != "relative_change":
                continue
            growth_end = claim["offset"] + len(claim["quote"])
            if growth_end < end and p.POINTS_AFTER_GROWTH.fullmatch(self.text, growth_end, end):
                return claim
        return None

    def _names_a_measure(self, window: str) -> bool:
        """Whether the words before a change end in a measure's name.

        By a word measures end in (…总额, …率), or by being, whole, the name of a concept
        of the catalog (全年GDP, 居民消费价格总水平): 全年GDP增长4% is the year's growth.
        """
        if p.SUBJECT_BEFORE.search(window):
            return True
        words = self._strip(window)
        return len(words) >= p.PAIR and catalog().match(words) is not None

    def _period_of_change(self, target: _Value | None, against: int | str) -> tuple[int, int | str]:
        """The year a change is of, and the year it is against, by the level it changes."""
        if target is None or against != self.period - 1:
            return self.period, against
        if target.target:
            # 今年中央财政科技投入1461亿元，增长25.6%: the plan's year over the year before.
            year = self._target_year(target)
            return year, year - 1
        if target.period is not None:
            # 2024年…支出决算数为7829.5亿元，比上年增长2.9% in the review of 2025: the change
            # is of the level's own year, over the year before it.
            return target.period, target.period - 1
        return self.period, against

    def _growth_targets(self) -> None:
        """主要预期目标是：国内生产总值增长8%左右: the plan's growth rates, as targets.

        Each is drafted as a target value in % of the measure it names (国内生产总值增长),
        of the plan's year; a planned level's growth kept as a claim (今年中央财政科技投入
        1461亿元，增长25.6%) is not drafted twice.
        """
        kept = [
            (c["offset"], c["offset"] + len(c["quote"]))
            for c in self.claims
            if c["kind"] == "relative_change"
        ]
        for m in self._plan_growths:
            num = m.start("num")
            if any(lo <= num < hi for lo, hi in kept) or self._use(num) == "value":
                continue
            clause_start = self._clause_start(m.start())
            name = self._strip(p.BASIS_WORDS.sub("", self.text[clause_start : m.start()]))
            name = _without_context(name)
            if len(name) < p.PAIR or p.DIGIT.search(name):
                continue
            figure = (m.group("pre") or "") + m.group("num") + (m.group("post") or "")
            value = _Value(num, m.end(), figure, "%", name + m.group("dir"), clause_start)
            value.ident, value.target = f"g{len(self.values) + 1:03d}", True
            self._add_value(value, m.end("num"))

    def _named_growth_rates(self) -> None:
        """制造业技改投资增速23.9%: a growth rate named so is the measure's change.

        A rate in the review whose name ends with 增速, 增幅 or 增长率 (the verb 为, 达 …
        aside) is drafted as a relative change of the measure it names, against the year
        before, not as a level of its own; one compared with another (增速高于全国…) or
        ranked is no such rate.
        """
        for value in list(self.values):
            if value.unit != "%" or value.target or value.consumed or self._in_plan(value.start):
                continue
            words = self.text[value.quote_start : value.start]
            rate = p.GROWTH_RATE_NAME.search(words)
            if rate is None or p.GROWTH_RATE_NOT.search(words):
                continue
            after = self.text[value.end : value.end + 4].lstrip("，,、")
            if p.GROWTH_RATE_NOT.match(after):
                continue  # 增速23.9%，高于全国15.9个百分点: the rate is compared, kept a value
            sign = "-" if rate.group().endswith(("-", "−")) else ""
            before = len(self.claims)
            self._change_claim(
                value.quote_start + rate.start(),
                value.end,
                sign + value.figure + "%",
                self.period - 1,
                "relative_change",
            )
            if len(self.claims) > before:
                self._mark_claimed(value)

    def _doublings(self) -> None:
        """较2020年翻两番, 比上年实现翻番: a multiple against the year the words name."""
        if "番" not in self.text:
            return  # most texts double nothing: skip the scan
        for m in p.DOUBLING.finditer(self.text):
            num = m.start("num") if m.group("num") else -1
            if num >= 0 and not self._free(num, num + 1):
                continue
            against = int(m.group("year")) if m.group("year") else self.period - 1
            self._change_claim(m.start(), m.end(), m.group("stated"), against, "multiple")
            if num >= 0:
                self._mark(num, num + 1, "claim")

    def _is_bound_of(self, bound: _Value, level: _Value) -> bool:
        """Whether ``bound`` (首次突破3000亿元) is a bound said right after ``level``."""
        return (
            bound.figure.startswith(p.BOUND_WORDS)
            and bound.unit == level.unit
            and p.LEVEL_THEN_BOUND.fullmatch(self.text, level.end, bound.start) is not None
        )

    def _past_bound(self, values: list[_Value]) -> list[_Value]:
        """The values without a last one that is a bound passed after its level.

        地区生产总值3012.8亿元，首次突破3000亿元，按可比价格计算，增长5.8%: the bound is a
        threshold of the level, not what grew.
        """
        if len(values) > 1 and self._is_bound_of(values[-1], values[-2]):
            return values[:-1]
        return values

    def _bound_after(self, level: _Value) -> int | None:
        """Where a bound said right after ``level`` ends, if one is."""
        i = bisect_left(self._starts, level.end)
        if i < len(self.values) and self._is_bound_of(self.values[i], level):
            return self.values[i].end
        return None

    def _before_aside(self, values: list[_Value], start: int) -> list[_Value]:
        """The values up to a level whose aside in brackets ends right before ``start``.

        新增债券1452.0亿元（一般债券226.0亿元、专项债券1226.0亿元），增长4.8%: the figures
        in brackets are parts said aside; the change after them is the level's.
        """
        close = start - 1
        while close >= 0 and self.text[close] in "，,、 ":
            close -= 1
        if close < 0 or self.text[close] not in "）)":
            return values
        opening = max(self.text.rfind("（", 0, close), self.text.rfind("(", 0, close))
        kept = [v for v in values if v.end <= opening]
        return kept if kept and kept[-1].end == opening else values

    def _right_after_a_level(self, start: int, window: str) -> bool:
        """Whether a bare change is the change of the level right before it.

        税收收入246.3亿元,下降6.8%; 地区生产总值60199.45亿元、增长5%: a bare change right
        after a level is that level's change against the year before, as the genre writes
        it; so is one after the words of its basis (…，按可比价格计算增长5.8%).
        """
        if window.endswith("实际"):  # 工业增加值50.12亿元，实际增长2.1%: real, as basis words say
            window, start = window[:-2], start - 2
        mark = self.text[start - 1] if start else ""
        stripped = p.BASIS_WORDS.sub("", window)
        basis = stripped != window and not stripped
        if window.strip() and mark not in "、，,（(" and not basis:
            return False
        previous = self._before_aside(self._past_bound(self._previous_values(start)), start)
        # Last year's level and the amount from it are said of the level before them.
        previous = [v for v in previous if not (v.merge_into or v.consumed)]
        if not previous:
            return False
        tail = self.text[previous[-1].end : start]
        bound_end = self._bound_after(previous[-1])
        if bound_end is not None and bound_end <= start:
            tail = self.text[bound_end:start]  # past the bound: ，按可比价格计算，
        tail = p.ASIDE_FIRST.sub("", tail, count=1)  # 2000.5亿元（按可比价格计算），增长6.1%
        right_after = (
            (not window.strip() and self._adjacent_end(previous[-1], start))
            or tail in ("、", "，", ",", "（", "(")  # 3785.2亿元（增长4.3%）: the level's
            or p.CHANGE_BETWEEN.fullmatch(tail) is not None
            or p.RANK_BETWEEN.fullmatch(tail) is not None
            or p.BASIS_WORDS.sub("", tail) in ("", "、")  # 2748.6亿元，按可比价格计算，增长5.8%
        )
        # 融资平台压降94户、下降35.9%: 94 is how many went, not how many are left; the rate
        # is of the reduction, so it is no change of that level. (比上年减少0.09亿元,下降
        # 9.5%: an amount drafted as such is passed over, and the rate is the level's.)
        reduced = not previous[-1].amount and p.AMOUNT_VERB.search(
            self.text[previous[-1].quote_start : previous[-1].start]
        )
        return right_after and not reduced

    def _change_claim(
        self,
        start: int,
        end: int,
        stated: str,
        against: int | str,
        kind: str,
        *,
        explicit: bool = False,
    ) -> None:
        """Draft a stated change as a claim on the level it changes.

        ``explicit``: the change names what it is against (比上年, 同比), which no span of
        years before it in the sentence overrides (学前三年毛入园率…比上年提高0.6个百分点).
        """
        if self._goal_governs(self._plan_words, start):
            return  # 预期目标是…增长5%左右, 力争…增长4%: a plan, not a claim about the year
        span = None if explicit else self._first_in_sentence(self._span_words, start)
        if span is not None and against == self.period - 1:
            # 五年…增长29倍, “十四五”以来…增长: against the start of the span, which the
            # words name but do not date, not against last year; 近三年累计 dates it.
            against = self._span_year(span) or span
        clause_start = self._clause_start(start)
        own_name = self._own_name(clause_start, start)
        previous = [
            v
            for v in self._before_aside(self._past_bound(self._previous_values(start)), start)
            # Nor an amount read as a claim already (由上年的362.8亿元增加38.7亿元).
            if not (v.amount or v.completion or v.merge_into or v.bracketed or v.consumed)
        ]
        if kind == "relative_change" and previous and self._a_share(previous[-1]):
            # 税收收入17.24亿元，占…的81.9%，同比增长11.4%: the amount grew, not the share.
            amounts = [v for v in previous if v.unit != "%"]
            if amounts and amounts[-1].start >= self._full_stop_start(start):
                previous = amounts
        target: _Value | None = None
        also: list[str] = []
        subject = self._subject_after(previous[-1], start) if previous else ""
        if subject:
            # ESI排名前1%的学科数量增长两倍: a measure named after the figure, in the same
            # clause, is what changed, not the figure before it.
            own_name, previous = subject, []
        if own_name and not any(v.start >= clause_start for v in previous):
            following = self._level_following(end, own_name)
            ident = following or self._valueless_indicator(own_name)
            if following is None and self._undated(start):
                self._valueless_undated.add(ident)
            quote_start = clause_start
        elif previous:
            target = previous[-1]
            ident = target.ident
            quote_start = target.quote_start
            if target.unit in ("%", "‰"):
                also = [v.ident for v in previous[:-1] if v.unit not in ("%", "‰")][-1:]
            elif kind == "point_change":
                # 生产总值40356.82亿元，同比增长5.3%，比上年同期回落0.3个百分点: points of
                # the growth rate, which has no level drafted; not of the 亿元.
                ident = self._valueless_indicator(f"{target.name}增速")
                target = None
        elif kind == "point_change" and self._growth_ending_at(clause_start) is not None:
            # 固定资产投资增长3.2%，比上年回落1.4个百分点: the growth rate's points, named
            # and given its value by the growth-rate pass.
            ident, quote_start = self._valueless_indicator("增速"), clause_start
        else:
            return
        period, against = self._period_of_change(target, against)
        since = None if explicit else self._span_start(target)
        if since is not None and since.period is not None and against == period - 1:
            against = since.period  # 从2020年的45180元增加到60694元，增长34.3%: since 2020
        claim: dict[str, Any] = {
            "kind": kind,
            "indicator": ident,
            "period": period,
            "against": against,
            "stated": stated,
        }
        if also and kind == "relative_change":  # only a relative change has other readings
            claim["also_refers_to"] = also
        self._qualify_change(
            claim, target, own_name or (target.name if target else ""), (start, end)
        )
        quote = self.text[quote_start:end]
        if not stated_in_quote(stated, quote):  # 提高16.8个百分点 in 提高了16.8个百分点
            return
        claim["quote"] = quote
        claim["offset"] = quote_start
        self.claims.append(claim)

    def _qualify_change(
        self, claim: dict[str, Any], target: _Value | None, name: str, at: tuple[int, int]
    ) -> None:
        """The part of the year, the scope and the price basis a change's words give it."""
        start, end = at
        kind = claim["kind"]
        if target is None:
            # 1—11月，规模以上工业增加值增长10.1%: no level carries the part of the year.
            span = self._qualifiers(start, end)[0]
            if span:
                claim["span"] = span
        scope = self._change_scope(self._clause_start(start), start, end)
        if scope:
            claim["scope"] = scope
        elif (
            self.comparable_note
            and kind in ("relative_change", "point_change")
            and self._noted(name)
        ):
            claim["scope"] = "注：" + self.comparable_note  # the report's note, not its own
        if kind == "relative_change" and self._at_comparable_prices(start, end, name):
            claim["basis"] = "comparable"

    def _own_name(self, clause_start: int, start: int) -> str:
        """The measure a change's own clause names before it, without its context words."""
        own_name = _without_context(
            p.BASIS_WORDS.sub("", self._strip(self.text[clause_start:start]))
        )
        own_name = p.MANNER.sub("", own_name)
        own_name = p.BASIS_WORDS.sub("", own_name).removesuffix("实际").removesuffix("名义")
        if p.AMOUNT_WORDS_ONLY.match(own_name):
            return ""  # 比上年增加0.43亿元、增长13.6%: an amount's words, no measure's name
        if p.SHARE_ALONE.fullmatch(own_name) and any(
            self._a_share(v) for v in self._previous_values(start)[-1:]
        ):
            # …占一般公共预算支出的80.0%，占比提高0.6个百分点: the share just stated.
            return ""
        return own_name

    def _change_scope(self, clause_start: int, start: int, end: int) -> str | None:
        """The scope a change names for itself, if any.

        In its clause, in brackets right after it (增长6.9%（剔除留抵退税因素）), or in
        the words opening its sentence (扣除留抵退税因素，税收收入15.02亿元，增长9.1%).
        """
        note = p.TRAILING_NOTE.match(self.text, end)
        scope = p.CHANGE_SCOPE.search(self.text, clause_start, note.end() if note else end)
        if scope is None and self.text[end : end + 1] in ("，", ","):
            # 增长6.9%，剔除了留抵退税因素: the scope said right after the change.
            scope = p.CHANGE_SCOPE.match(self.text, end + 1)
        if scope is None:
            full = self._full_stop_start(start)
            while full < start and self.text[full].isspace():
                full += 1
            # 按可比口径计算，全年社会消费品零售总额…: the words of the opening clause.
            opening_end = self._next_clause(full)[0] if full < start else start
            scope = p.CHANGE_SCOPE.search(self.text, full, min(opening_end, start))
            if scope is None and full < start:
                return _lead_scope_words(self.text, full, start)
        return scope.group() if scope else None

    def _subject_after(self, value: _Value, start: int) -> str:
        """A measure named between a figure of the clause and the change at ``start``."""
        if value.start < self._clause_start(start):
            return ""
        between = _without_context(self.text[value.end : start])
        between = p.BASIS_WORDS.sub("", between).removesuffix("实际").removeprefix("的")
        if len(between) < p.PAIR or p.DIGIT.search(between) or not p.SUBJECT_BEFORE.search(between):
            return ""
        return self._strip(between)

    def _a_share(self, value: _Value) -> bool:
        """Whether a percentage is a share of a whole its words name (占…的81.9%, 占比达).

        Or of the whole a 其中 lists, with none named (其中税收收入955.3亿元，占75.8%).
        """
        if value.unit != "%":
            return False
        if p.BARE_SHARE.fullmatch(self.text, value.quote_start, value.start):
            return True
        share_of = p.SHARE_OF.search(self.text, value.quote_start, value.end + 1)
        return share_of is not None and share_of.end() == value.end

    def _level_following(self, end: int, name: str) -> str | None:
        """The level the next clause gives for ``name`` (…增长9.1%，达到11.67万亿元)."""
        i = bisect_left(self._starts, end)
        if i >= len(self.values):
            return None
        value = self.values[i]
        if value.name != name or not self._adjacent_end_at(end, value.quote_start):
            return None
        return value.ident

    def _valueless_indicator(self, name: str) -> str:
        if name not in self._valueless:
            self._valueless[name] = f"c{len(self._valueless) + 1:03d}"
        return self._valueless[name]

    def _respectively(self) -> None:
        for m in self._respectively_lists:
            years = None
            if self.text[max(0, m.start() - 4) : m.start()].endswith(("年均", "年均实际")):
                # 年均分别增长9.7%和8.9%: yearly averages over a span, decided as such when
                # the sentence or the review it is in says which years.
                years = self._yearly_span(m.start())
                if years is None:
                    continue
            group = next(g for g in ("list", "list2", "list3", "list4") if m.group(g))
            listed = m.group(group)
            direction = m.group("dir") or m.group("dir2") or m.group("dir3") or ""
            direction = direction or m.group("dir4") or ""
            start = m.start(group)
            rates = list(re.finditer(r"[-−]?\d+(?:\.\d+)?%", listed))
            previous = self._previous_values(m.start())
            names_before = self.text[self._clause_start(m.start()) : m.start()]
            names_before = names_before.removesuffix("实际").removesuffix("年均")
            named = [n for n in re.split(r"[、和及与]", self._strip(names_before)) if n]
            named = _ordinal_shorthand(named)  # 第一、二、三产业增加值分别增长…
            if len(named) == 1 and len(rates) == p.PAIR:
                named = _paired(named[0]) or named
            if len(named) != len(rates):
                # 信息传输、租赁和商务服务业增加值分别增长18.6%、13.4%: 和 inside an item's
                # name; the list marks 、 alone may count the items right.
                by_mark = [n for n in self._strip(names_before).split("、") if n]
                named = by_mark if len(by_mark) == len(rates) else named
            targets: list[str | None]
            if len(named) == len(rates) and all(n.endswith("率") for n in named):
                targets = [self._named_rate(n) for n in named]
            elif len(named) == len(rates) >= p.PAIR:
                # 城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%: the changes belong to
                # the items named before 分别, not to the figures earlier in the sentence.
                targets = [self._named_in(n, previous) for n in _shared_tail(named)]
            elif len(previous) >= len(rates) and (
                group != "list4" or self._a_list(previous[-len(rates) :])
            ):
                targets = [v.ident for v in previous[-len(rates) :]]
            else:
                continue
            for rate, ident in zip(rates, targets, strict=True):
                # 分别增长9.3%、14.0%、下降3.6%: an item's own direction, kept for the next.
                own = p.DIRECTION_AT_END.search(listed, 0, rate.start())
                direction = own.group() if own else direction
                if ident is None:
                    continue
                figure = rate.group().replace("−", "-")
                stated = (
                    (direction + figure) if direction and not figure.startswith("-") else figure
                )
                quote_start = self._clause_start(m.start())
                if previous and targets == [v.ident for v in previous[-len(rates) :]]:
                    quote_start = previous[-len(rates)].quote_start
                end = start + rate.end()
                against, period = self._respective_base(m, years)
                self.claims.append(
                    {
                        "kind": "relative_change" if years is None else "average_growth",
                        "indicator": ident,
                        "period": period,
                        "against": against,
                        "stated": stated,
                        "quote": self.text[quote_start:end],
                        "offset": quote_start,
                        "note": "one of a respectively-list (分别): check the pairing",
                    }
                )
                digits = re.search(r"\d", rate.group())
                offset = start + rate.start() + (digits.start() if digits else 0)
                self._mark(offset, start + rate.end() - 1, "claim")

    def _amount_after(self, i: int) -> re.Match[str] | None:
        """增加21.30亿元 right after the earlier level ``self.values[i]``, in its unit."""
        if i + 1 >= len(self.values):
            return None
        level, amount = self.values[i], self.values[i + 1]
        said = p.AMOUNT_AFTER_NAMED.match(self.text, level.end)
        if said is None or said.start("num") != amount.start or amount.unit != level.unit:
            return None
        return said

    def _against_named_levels(self) -> None:
        """达到672.3亿元，比2022年的641.8亿元增长4.8%: the earlier level, and the change.

        The figure after 比2022年的 is that year's level of the measure the clause before
        names (or its own clause does, with no level before it); the change after it is
        against that year.
        """
        for i, value in enumerate(self.values):
            words = self.text[value.quote_start : value.start]
            named = p.AGAINST_NAMED.search(words)
            after = p.CHANGE_AFTER_NAMED
            if named is not None and (named.group("times") or named.group("stock")):
                after = p.TIMES_AFTER_NAMED  # 是2022年全年6950人次的3.6倍
            change = after.match(self.text, value.end)
            amount = self._amount_after(i) if change is None and named is not None else None
            if amount is not None:
                change = amount  # 比上年末的118.46亿元增加21.30亿元: an amount, in the unit
            if named is None or change is None or value.target or value.consumed:
                continue
            level = self.values[i - 1] if i else None
            if (
                level is not None
                and named.start() == 0
                and level.unit == value.unit
                and not level.target
                and p.LEVEL_THEN_NAMED.fullmatch(self.text, level.end, value.quote_start)
            ):
                period = level.period or self.period
                value.name, value.merge_into = level.name, level.ident
                quote_start = level.quote_start
            else:
                name = self._strip(words[: named.start()])
                if len(name) < p.PAIR or p.DIGIT.search(name):
                    continue
                period, value.name, quote_start = self.period, name, value.quote_start
            written = named.group("year") or named.group("times") or named.group("stock")
            year = int(written) if written else period - 1
            if year >= period or (written is None and named.group() == "比上年"):
                continue  # 比上年8.2亿元: not a level of last year written into a change
            value.period, value.undated = year, False
            if "全年" in named.group():
                value.span = None  # 是2022年全年6950人次: the whole of that year
            if any(w in named.group() for w in ("实际", "决算")):
                value.estimate = False  # 预计全年…，较上年实际完成数20.5亿元: last year's actual
            times = named.group("times") is not None or named.group("stock") is not None
            stated, unit, figure = _stated_after_named(change, times)
            kind = KIND_OF_UNIT.get(unit, "relative_change")
            claim: dict[str, Any] = {
                "kind": kind,
                "indicator": value.merge_into or value.ident,
                "period": period,
                "against": year,
                "stated": stated,
                "quote": self.text[quote_start : change.end()],
                "offset": quote_start,
            }
            if amount is not None:
                # 增加4.5万亩 against levels of 52.6万 亩: the scale is the figure's, as theirs.
                scale = unit.removesuffix(value.unit) if unit != value.unit else ""
                claim.update(
                    kind="absolute_change",
                    stated=stated.removesuffix(unit) + scale,
                    unit=unit.removeprefix(scale),
                )
                self.values[i + 1].consumed = True
            if kind == "relative_change" and self._at_comparable_prices(
                change.start(), change.end(), value.name
            ):
                claim["basis"] = "comparable"
            self.claims.append(claim)
            self._named_changes.append(claim)
            self._mark(change.start(figure), change.end(figure), "claim")

    def _rates_after(self, end: int, count: int) -> list[str | None]:
        """The rates of the clause after ``end`` when it lists ``count`` of them after 分别."""
        start, stop = self._next_clause(end)
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, stop)
        following = [v for v in self.values[lo:hi] if v.unit == "%" and not v.target]
        if self.text.startswith("分别", start) and len(following) == count:
            return [v.ident for v in following]
        return []

    def _beside_named_years(self) -> None:
        """…68.2亿元，增长6.2%，比2019年的48.6亿元增长40.3%: the first change is on a year.

        In a review of several years a bare change is dated from the span's start; when its
        sentence names that year for another change of the level, the bare one is the
        year's change, against the year before.
        """
        for named in self._named_changes:
            stop = named["offset"] + len(named["quote"])
            for claim in self.claims:
                if (
                    claim is not named
                    and claim["kind"] == named["kind"]
                    and claim["indicator"] == named["indicator"]
                    and claim["against"] == named["against"]
                    and named["offset"] <= claim["offset"] < stop
                    and claim["period"] - 1 > claim["against"]
                ):
                    claim["against"] = claim["period"] - 1

    def _respective_points(self) -> None:
        """城镇化率和户籍人口城镇化率分别提高1.2个和1.5个百分点: a point change for each.

        Each name before 分别 takes one change in order; the levels they change are the
        clause after when it lists as many (…，分别达到65.3%和48.2%), else the rates of
        the text with that name, else the change stands alone.
        """
        for m in p.POINTS_LIST.finditer(self.text):
            if self._in_plan(m.start()) or self._use(m.start("list")):
                continue
            clause_start = self._clause_start(m.start())
            head = _without_context(self._strip(self.text[clause_start : m.start()]))  # 比上年分别…
            names = [n for n in re.split(r"[、和及与]", head) if n]
            points = list(re.finditer(r"\d+(?:\.\d+)?", m.group("list")))
            if len(names) == 1 and len(points) == p.PAIR:
                names = _paired(names[0]) or names
            levels: list[str | None] = []
            if not names:
                # 城镇化率和户籍人口城镇化率分别为65.3%和48.2%，分别提高…: the levels just before.
                before = [
                    v
                    for v in self._previous_values(m.start())
                    if v.unit == "%" and not v.target and v.start >= self._sentence_start(m.start())
                ][-len(points) :]
                if len(before) != len(points) or not self._a_list(before):
                    continue
                names, levels = [v.name for v in before], [v.ident for v in before]
            elif len(names) != len(points):
                continue
            names = _shared_tail(names)
            if len(names) != len(points) or not all(p.RATE_NAME.search(n) for n in names):
                continue
            if not levels:
                levels = self._rates_after(m.end(), len(points)) or [
                    self._named_rate(n) for n in names
                ]
            for point, ident in zip(points, levels, strict=True):
                if ident is None:
                    continue
                self.claims.append(
                    {
                        "kind": "point_change",
                        "indicator": ident,
                        "period": self.period,
                        "against": self.period - 1,
                        "stated": m.group("dir") + point.group() + "个百分点",
                        "quote": self.text[clause_start : m.end()],
                        "offset": clause_start,
                        "note": "one of a respectively-list (分别): check the pairing",
                    }
                )
                start = m.start("list") + point.start()
                self._mark(start, m.start("list") + point.end(), "claim")

    def _span_year(self, span: str) -> int | None:
        """The year a span of the review starts after, when its words say.

        三年累计 in the review of 2008 is against 2005; “十一五”以来 against 2005. A bare
        三年 (连续三年) dates nothing.
        """
        counted = p.COUNTED_SPAN.fullmatch(span)
        if counted is not None:
            years = counted.group("n")
            n = int(years) if years.isdigit() else CN_YEARS.index(years) + 2
            return self.period - n
        plan = p.PLAN_SPAN.match(span)
        return p.PLAN_YEARS[plan.group(1)] if plan else None

    def _a_list(self, values: list[_Value]) -> bool:
        """Whether the values are written as one list: 774亿元、536亿元和123亿元."""
        return all(
            self.text[a.end : b.start] in p.LIST_JOINS for a, b in pairwise(values)
        ) and not any(v.consumed or v.target for v in values)

    def _a_named_list(self, values: list[_Value]) -> bool:
        """Whether the values are a list of named levels: 农民合作社51家、家庭农场45家."""
        return all(
            p.NAMED_LIST_JOIN.fullmatch(self.text, a.end, b.start) for a, b in pairwise(values)
        ) and not any(v.consumed or v.target for v in values)

    def _yearly_span(self, offset: int) -> tuple[int, int] | None:
        """The years an average growth at ``offset`` runs over: named, or the review's."""
        sentence = self.text[self._sentence_start(offset) : offset]
        years = _years_of(sentence)
        if years is not None and years[1] > self.period and not p.TARGET_BY_YEAR.search(sentence):
            # “十四五”以来 in the review of 2024: from the plan's start to the year reviewed.
            years = (years[0], self.period)
        # 由2018年的60.0亿元增加到88.6亿元，年均增长13.9%: from the level's year, to the
        # range's end (2016年至2020年，…由2015年的…) or the year reviewed.
        since = p.FROM_YEAR_TO.search(sentence)
        start = int(since.group(1)) if since is not None else None
        if start is None and (compared := p.COMPARED_WITH_YEAR.search(sentence)) is not None:
            start = int(compared["year"])  # 与2019年相比，…由6.58亿元增加到8.73亿元
        if start is not None and start < self.period:
            end = years[1] if years is not None and years[1] > start else self.period
            years = (start, end)
        base = self._span_base(offset)
        if years is None and base is not None:
            years = (base, self.period)  # 年均增长11.2% in a review of the five years
        return years

    def _respective_base(
        self, m: re.Match[str], years: tuple[int, int] | None
    ) -> tuple[int | str, int]:
        """What a respectively-list's changes are against, and the year they are of."""
        if years is not None:
            return years
        named_year = int(m.group("ryear")) if m.group("ryear") else None
        span = self._first_in_sentence(self._span_words, m.start())
        if named_year is not None and named_year < self.period:
            return named_year, self.period  # 分别比2016年末增长62.4%和85.1%
        if span is not None:
            # 近三年累计，…分别减少6.61%和8.95%: over the span, not the last year.
            return self._span_year(span) or span, self.period
        # 分别由2020年的42150元、19860元增加到…，分别增长29.0%: since that year.
        since = self._from_year(m.start())
        return (self.period - 1 if since is None else since), self.period

    def _from_year(self, offset: int) -> int | None:
        """The year a 由…的 or 从…的 span of the sentence starts at, before ``offset``."""
        since = p.FROM_A_YEAR.search(self.text, self._sentence_start(offset), offset)
        year = int(since.group("year")) if since else None
        return year if year is not None and year < self.period else None

    def _span_start(self, level: _Value | None) -> _Value | None:
        """The level a 从…增加到 span ending at ``level`` starts at, if any.

        Read once the spans are known (after ``_from_to``), then looked up.
        """
        if level is None:
            return None
        if self._span_starts is None:
            self._span_starts = {}
            for v in self.values:
                if v.starts_span and v.merge_into:
                    self._span_starts.setdefault(v.merge_into, v)
        return self._span_starts.get(level.ident)

    def _amounts(self) -> None:
        """财政收入2.17万亿元，比上年增加2787亿元: a change stated as an amount.

        The amount changes the nearest level before it in its sentence that measures
        the same dimension; it is drafted as a claim on that level, not as a value.
        """
        claim_code = self._code("claim")
        for value in self.values:
            if not value.amount:
                continue
            before = self.text[max(value.quote_start, value.start - 8) : value.start]
            word = _amount_word(before)
            listed = self._amount_list(value)
            if word is not None and len(listed) > 1:
                self._listed_amounts(listed, word)
                continue
            level = next(
                (
                    v
                    for v in reversed(self._previous_values(value.start))
                    if not (v.amount or v.completion) and _same_dimension(v.unit, value.unit)
                ),
                None,
            )
            if word is None:
                continue
            stock = self._stock_after_net(value) if before.endswith(("净增", "净减")) else None
            if stock is not None:
                # 新增…企业53家，净增37家，总数达到749家: the net change is the stock's.
                self.claims.append(
                    self._year_amount(
                        stock.ident, word + value.figure, value, value.quote_start, stock.end
                    )
                )
                value.consumed = True
                self._mark_claimed(value)
                continue
            ident, quote_start = (level.ident, level.quote_start) if level else ("", 0)
            if level is None:
                # 农村贫困人口比上年减少290万, 粮食又增产1454万吨，达到48401万吨: no level
                # before; the amount is the change of the measure its clause names.
                name = p.CHANGE_TAIL.sub("", value.name)
                if name == value.name and not self._named_before_amount(value):
                    continue
                if len(name) < p.PAIR:
                    name = self._previous_subject(value.quote_start)
                if len(name) < p.PAIR:
                    continue
                ident = self._level_following(value.end, name) or ""
                if not ident:
                    ident = self._valueless_indicator(name)
                    unit = self._valueless_units.setdefault(ident, value.unit)
                    if not _same_dimension(unit, value.unit):
                        continue  # the name's other amounts measure something else
                quote_start = value.quote_start
            # A planned amount (拟安排…比上年增加5700亿元) changes the planned level, of
            # the year the plan is for.
            held = level or value
            period = self._target_year(held) if held.target else self.period
            period, baseline = _amount_baseline(before, period, level)
            # 比上年增加… names its base; an amount that names none is over the span.
            since = None if re.search("[比较]", before) else self._span_start(level)
            if since is not None:
                if since.period is None:
                    continue  # 由612家增加到1402家，增加790家 over years it leaves undated
                baseline = since.period  # 从2020年的1680家增加到2458家，净增778家: since 2020
            self.claims.append(
                {
                    "kind": "absolute_change",
                    "indicator": ident,
                    "period": period,
                    "against": baseline,
                    "stated": word + value.figure,
                    "unit": value.unit,
                    "quote": self.text[quote_start : value.end],
                    "offset": quote_start,
                }
            )
            value.consumed = True
            start, end = value.start, value.end
            self._mask[start:end] = bytes(
                claim_code[0] if self._mask[i] else 0 for i in range(start, end)
            )

    def _named_before_amount(self, amount: _Value) -> bool:
        """空气质量优良天数较2020年增加41天: the name, then only the amount's words."""
        words = self.text[amount.quote_start : amount.start]
        at = words.rfind(amount.name) if len(amount.name) >= p.PAIR else -1
        return at >= 0 and p.AMOUNT_BEFORE.fullmatch(words[at + len(amount.name) :]) is not None

    def _year_amount(
        self, ident: str, stated: str, amount: _Value, start: int, end: int
    ) -> dict[str, Any]:
        """An amount of change of the year reviewed, against the year before."""
        return {
            "kind": "absolute_change",
            "indicator": ident,
            "period": self.period,
            "against": self.period - 1,
            "stated": stated,
            "unit": amount.unit,
            "quote": self.text[start:end],
            "offset": start,
        }

    def _stock_after_net(self, net: _Value) -> _Value | None:
        """The stock right after a net change (，净增37家，总数达到749家), if one is."""
        i = bisect_left(self._starts, net.start) + 1
        stock = self.values[i] if i < len(self.values) else None
        if (
            stock is None
            or stock.amount
            or stock.target
            or stock.unit != net.unit
            or self.text[net.end : stock.quote_start] not in ("，", ",")
            or not p.STOCK_WORDS.match(self.text[stock.quote_start : stock.start])
        ):
            return None
        return stock

    def _amount_list(self, first: _Value) -> list[_Value]:
        """The amounts listed from ``first`` on: 增加2170元、1640元 (one verb, two amounts)."""
        i = bisect_left(self._starts, first.start)
        listed = [first]
        for value in self.values[i + 1 :]:
            if (
                self.text[listed[-1].end : value.start] not in p.LIST_JOINS
                or value.unit != first.unit
                or value.consumed
            ):
                break
            listed.append(value)
        return listed

    def _listed_amounts(self, amounts: list[_Value], word: str) -> None:
        """分别为47380元、24790元，增加2170元、1640元: each amount to its level, in order.

        With no list of as many levels right before, the amounts change nothing drafted:
        which is whose is not plain, and none is tied to the nearest level.
        """
        before = [
            v
            for v in self._previous_values(amounts[0].start)
            if not (v.amount or v.completion) and _same_dimension(v.unit, amounts[0].unit)
        ][-len(amounts) :]
        paired = len(before) == len(amounts) and (
            self._a_list(before) or self._a_named_list(before)
        )
        for level, amount in zip(before if paired else [], amounts, strict=False):
            claim = self._year_amount(
                level.ident, word + amount.figure, amount, before[0].quote_start, amount.end
            )
            self.claims.append({**claim, "note": "one of a list of amounts: check the pairing"})
        names = [] if paired else self._names_before_respectively(amounts[0], len(amounts))
        for name, amount in zip(names, amounts, strict=False):
            # 小麦、稻谷最低收购价平均每斤分别提高0.11元和0.13元: no levels, the names
            # before 分别 take one amount each.
            ident = self._valueless_indicator(name)
            unit = self._valueless_units.setdefault(ident, amount.unit)
            if not _same_dimension(unit, amount.unit):
                continue
            start = self._clause_start(amounts[0].start)
            claim = self._year_amount(ident, word + amount.figure, amount, start, amount.end)
            if amount.target:
                claim["period"] = self._target_year(amount)
                claim["against"] = claim["period"] - 1
            self.claims.append({**claim, "note": "one of a list of amounts: check the pairing"})
        for amount in amounts:
            if paired or names:
                self._mark_claimed(amount)
            amount.consumed = True

    def _names_before_respectively(self, first: _Value, count: int) -> list[str]:
        """The measures named before 分别 of a list of ``count`` amounts, or none.

        城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和2028万: as many names as
        amounts (the short ones take the last one's measure), the unit they are counted per
        (平均每斤) left out.
        """
        clause_start = self._clause_start(first.start)
        at = self.text.rfind("分别", clause_start, first.start)
        if at < 0:
            return []
        head = p.PER_UNIT_TAIL.sub("", _without_context(self._strip(self.text[clause_start:at])))
        names = _ordinal_shorthand([n for n in re.split(r"[、和及与]", head) if n])
        if len(names) == 1 and count == p.PAIR:
            names = _paired(names[0]) or names
        if len(names) != count:
            return []
        names = _shared_tail(names)
        if p.MEASURE_AT_END.search(names[-1]):
            # 城镇职工基本养老保险、基本医疗保险参保人数: an item of the same length takes
            # the last one's measure after the ending they share (保险).
            names = [
                n
                if p.MEASURE_AT_END.search(n)
                else n + (_tail_after_shared_ending(n, names[-1], p.PAIR) or "")
                for n in names[:-1]
            ] + names[-1:]
        return names if all(len(n) >= p.PAIR for n in names) else []

    def _additions(self) -> None:
        """新增…企业48家，总数达到257家: the stock less last year's is the year's additions.

        Drafted as an amount of change of the stock (增48), marked for review: exits and
        reclassifications may make the difference differ from the additions, so a misfit
        is a question, never an error. A stock named by its clause's words alone (总数,
        累计建成) takes the additions' name without the verb (国家级专精特新“小巨人”企业).
        """
        for stock, flow in pairwise(self.values):
            self._additions_after(stock, flow)
        # 新增…53家，净增37家，总数达到749家: the net change between them is no level.
        levels = [
            v
            for v in self.values
            if not (
                v.amount
                and p.NET_BEFORE.search(self.text, max(v.quote_start, v.start - 3), v.start)
            )
        ]
        for flow, stock in pairwise(levels):
            between = p.NET_BETWEEN.sub("", self.text[flow.end : stock.quote_start])
            words = self.text[flow.quote_start : flow.start]
            opening = p.FLOW_OPENING.match(words)
            # 5G基站新增3.8万个，累计达到18.6万个: the thing named before its additions.
            named = None if opening else p.NAME_THEN_FLOW.fullmatch(words)
            if (
                flow.unit != stock.unit
                or flow.target
                or stock.target
                or flow.amount
                or not (opening or named)
                # (5G基站新增…: 5G names a thing, no figure before the additions.)
                or p.DIGIT.search(NAMED_NUMBER.sub("", words))
                or between.strip() not in ("", "，", ",", "、")
                or not p.STOCK_WORDS.match(self.text[stock.quote_start : stock.start])
            ):
                continue
            if named is not None:
                flow_name = named.group("name")
                flow.name = named.group("verb") + flow_name
                if stock.name in ("?", "") or p.STOCK_ONLY.fullmatch(stock.name):
                    stock.name = flow_name
                self._add_additions(flow, stock, "增")
                continue
            assert opening is not None  # one of the two, as checked above
            flow_name = p.FLOW_OPENING.sub("", flow.name)
            if len(flow_name) < p.PAIR:
                continue
            if stock.name in ("?", "") or p.STOCK_ONLY.fullmatch(stock.name):
                # 新建和改造提升高标准农田…，年末累计建成…: the thing, past the joined verb.
                stock.name = p.JOINED_VERBS.sub("", flow_name)
            if not flow.name.startswith(opening.group()):
                # The additions are not the stock: 新增…企业, not …企业, in every year.
                flow.name = opening.group().removeprefix("全年").removeprefix("今年") + flow_name
            # 新增…48家 states 增48; 新建5G基站1.5万个 the amount alone (an increase).
            word = "增" if "增" in opening.group() and flow.figure[:1].isdigit() else ""
            self._add_additions(flow, stock, word)

    def _add_additions(
        self, flow: _Value, stock: _Value, word: str, quoted: tuple[int, int] | None = None
    ) -> None:
        """The year's additions as a change of the stock, for review, quoted flow to stock."""
        start, end = quoted or (flow.quote_start, stock.end)
        self.claims.append(
            {
                "kind": "absolute_change",
                "indicator": stock.ident,
                "period": self.period,
                "against": self.period - 1,
                "stated": word + flow.figure,
                "unit": flow.unit,
                "quote": self.text[start:end],
                "offset": start,
                "review": True,
                "note": "the year's additions against the stock: exits may make them differ",
            }
        )

    def _additions_after(self, stock: _Value, flow: _Value) -> None:
        """全镇规模以上工业企业达到51家，新增4家: the additions after the stock, for review."""
        if (
            flow.unit != stock.unit
            or flow.target
            or stock.target
            or stock.amount
            or flow.consumed
            or not flow.figure[:1].isdigit()
            or self.text[stock.end : flow.quote_start] not in ("，", ",")
            or p.ADDED_AFTER.fullmatch(self.text, flow.quote_start, flow.start) is None
        ):
            return
        self._mark_claimed(flow)
        self._add_additions(flow, stock, "增", (stock.quote_start, flow.end))

    def _average_growth(self) -> None:
        for m in p.YEARLY.finditer(self.text):
            if not self._free(m.start("num"), m.end("num")):
                continue
            years = self._yearly_span(m.start())
            previous = self._previous_values(m.start("dir"))
            if years is None:
                continue
            start_year, end_year = years
            clause_start = self._clause_start(m.start())
            own_name = self._strip(self.text[clause_start : m.start()]).removesuffix("年均")
            if own_name and not any(v.start >= clause_start for v in previous):
                # 进出口总额年均增长15.9%: its own measure, whatever figure came before.
                self._yearly_alone(m, own_name, start_year, end_year, clause_start)
                continue
            if not previous:
                continue
            target = previous[-1]
            earlier = [v for v in previous[:-1] if v.unit == target.unit]
            if earlier and "从" in self.text[max(0, earlier[-1].start - 8) : earlier[-1].start]:
                earlier[-1].merge_into, earlier[-1].period = target.ident, start_year
            stated = m.group("dir") + m.group("num") + "%"
            quote_start = min(target.quote_start, self._clause_start(m.start()))
            if earlier and earlier[-1].merge_into == target.ident:
                quote_start = min(quote_start, earlier[-1].quote_start)
            claim: dict[str, Any] = {
                "kind": "average_growth",
                "indicator": target.ident,
                "period": end_year,
                "against": start_year,
                "stated": stated,
                "quote": self.text[quote_start : m.end()],
                "offset": quote_start,
            }
            # 按可比口径计算，…年均增长8.1%; 按可比价格计算，…: the rate's own scope or basis.
            scope = self._change_scope(clause_start, m.start(), m.end())
            if scope:
                claim["scope"] = scope
            if self._at_comparable_prices(m.start(), m.end(), target.name):
                claim["basis"] = "comparable"
            self.claims.append(claim)
            if end_year != self.period:
                target.period = end_year
            self._mark(m.start("num"), m.end("num"), "claim")

    def _yearly_alone(
        self, m: re.Match[str], name: str, start_year: int, end_year: int, quote_start: int
    ) -> None:
        """An average growth stated of a measure with no level beside it."""
        if self._goal_governs(self._plan_words, m.start()):
            return  # 年均增长5%左右 in a goal: a plan, not a claim about the years
        self.claims.append(
            {
                "kind": "average_growth",
                "indicator": self._valueless_indicator(name),
                "period": end_year,
                "against": start_year,
                "stated": m.group("dir") + m.group("num") + "%",
                "quote": self.text[quote_start : m.end()],
                "offset": quote_start,
            }
        )
        self._mark(m.start("num"), m.end("num"), "claim")

    def _thresholds(self) -> None:
        """全市生产总值达到1042亿元，首次突破千亿元: a bound stated after its level."""
        for m in p.THRESHOLD.finditer(self.text):
            if self._use(m.start("num")) == "claim":
                continue  # 突破8000公里、达8184公里: drafted with the level after it
            unit = m.group("unit")
            # The level right before the bound (…1042亿元，首次突破…), never one further back:
            # 技术合同成交额突破3000亿元、增长15.1% is a level of its own.
            levels = [
                v for v in self._previous_values(m.start()) if not (v.consumed or v.merge_into)
            ]
            owner = [
                v
                for v in levels[-1:]
                if (_same_dimension(v.unit, unit) if unit.endswith("元") else v.unit.endswith(unit))
                and p.LEVEL_THEN_BOUND.fullmatch(self.text, v.end, m.start())
            ]
            if not owner:
                continue
            # The bound in the level's unit: 千亿元 against a level in 亿元 is 千; against
            # one in 元 (1.1万亿 元), the scale goes into the bound (万亿).
            stated = m.group("word") + m.group("num")
            if unit.endswith("元"):
                scale, level_scale = unit.removesuffix("元"), owner[-1].unit.removesuffix("元")
                if level_scale == "":
                    stated += scale
                elif scale != level_scale:
                    continue
            for value in self._previous_values(m.end()):
                if value.start <= m.start("num") < value.end:
                    value.consumed = True  # the bound, no level of its own
            self.claims.append(
                {
                    "kind": "threshold",
                    "indicator": owner[-1].ident,
                    "period": self.period,
                    "stated": stated,
                    "first_time": m.group("word").startswith("首次")
                    and not self._over_years(m.start()),
                    "quote": self.text[owner[-1].quote_start : m.end()],
                    "offset": owner[-1].quote_start,
                }
            )
            start, end = m.start("num"), m.end("num")
            self._mask[start:end] = self._code("claim") * (end - start)

    def _gap_lists(self) -> None:
        """园区规模工业增加值、税收增速分别高于全省2.2个和3.7个百分点: a gap of each measure.

        The measures are named before 分别 (their growth rates not stated here); each
        gap is drafted against the benchmark, with no figure of its own to compare.
        """
        for m in p.GAP_LIST.finditer(self.text):
            if self._in_plan(m.start()) or self._use(m.start("list")):
                continue
            clause_start = self._clause_start(m.start())
            head = self._strip(self.text[clause_start : m.start()])
            names = _shared_tail([n for n in re.split(r"[、和及与]", head) if n] or [""])
            points = list(re.finditer(r"\d+(?:\.\d+)?", m.group("list")))
            if len(names) != len(points) or any(len(n) < p.PAIR for n in names):
                continue
            for name, point in zip(names, points, strict=True):
                self.claims.append(
                    {
                        "kind": "gap",
                        "indicator": self._valueless_indicator(name),
                        "period": self.period,
                        "benchmark": m.group("bench"),
                        "stated": m.group("word") + point.group() + "个百分点",
                        "quote": self.text[clause_start : m.end()],
                        "offset": clause_start,
                    }
                )
                start = m.start("list") + point.start()
                self._mark(start, m.start("list") + point.end(), "claim")

    def _gaps(self) -> None:
        """增长5.4%、高于全国1.9个百分点: a figure against a benchmark's, same period."""
        for m in p.GAP.finditer(self.text):
            if self._in_plan(m.start()) or self._use(m.start("num")):
                continue
            clause = self._clause_start(m.start())
            lead = self.text[clause : m.start()]
            figures = list(p.PERCENT_FIGURE.finditer(self.text, clause, m.start()))
            if not figures and p.GAP_LEAD.fullmatch(lead) and clause > 0:
                before = self._clause_start(clause - 1)
                figures = list(p.PERCENT_FIGURE.finditer(self.text, before, clause))
            subject = self._compared(figures[-1]) if figures else None
            if figures and subject is None:
                continue  # a percent no value or change holds: nothing sure to compare
            if subject is None:
                name = self._strip(lead)
                if len(name) < p.PAIR:
                    continue
                ident, figure, start = self._valueless_indicator(name), None, clause
            else:
                ident, figure, start = subject
            claim: dict[str, Any] = {
                "kind": "gap",
                "indicator": ident,
                "period": self.period,
                "benchmark": m.group("bench"),
                "stated": m.group("word") + m.group("num") + "个百分点",
                "quote": self.text[start : m.end()],
                "offset": start,
            }
            if figure is not None:
                claim["figure"] = figure
            self.claims.append(claim)
            self._mark(m.start("num"), m.end("num"), "claim")

    def _compared(self, figure: re.Match[str]) -> tuple[str, str, int] | None:
        """The indicator, figure and quote start of the percent a gap compares."""
        i = bisect_left(self._starts, figure.start() + 1) - 1
        if i >= 0:
            value = self.values[i]
            if value.start <= figure.start() < value.end and value.unit == "%":
                if value.consumed or value.target:
                    return None
                return value.ident, figure.group(), value.quote_start
        for claim in reversed(self.claims):
            end = claim["offset"] + len(claim["quote"])
            if claim["kind"] == "relative_change" and end == figure.end():
                return claim["indicator"], claim["stated"], claim["offset"]
        return None


def _amount_baseline(before: str, period: int, level: _Value | None) -> tuple[int, int | str]:
    """The year an amount of change is of, and what it is against, by the words before it.

    比2020年增加36天: the year named; 比年初增加: the year's start; 比初步核算数增加8.37亿元
    after 2023年…修订为276.82亿元: a revision of that year's figure against its first
    estimate, not a change over a year.
    """
    if p.AGAINST_ESTIMATE.search(before):
        return (level.period if level and level.period else period), "初步核算数"
    if re.search(r"年初|上年末", before):
        return period, "年初"
    named = re.search(r"[比较](\d{4})年", before)
    return period, int(named.group(1)) if named else period - 1


def _amount_word(before: str) -> str | None:
    """The direction an amount is stated with, as its quote holds it.

    增加2787亿元 is 增加; 净增11家 is stated 增11; 比上年多建16所 is 多16.
    """
    word = next((w for w in p.AMOUNT_WORDS if before.endswith(w)), None)
    if word is None:
        more_or_less = p.MORE_OR_LESS.search(before)
        return more_or_less.group("word") if more_or_less else None
    return word[1:] if word in ("净增", "净减", "多增", "新增") else word


def _stated_after_named(change: re.Match[str], times: bool) -> tuple[str, str, str]:
    """The stated change after a named year's level, its unit, and the group of its figure.

    增长4.8% and 净增548.4公顷 (stated 增548.4: the net change a figure reads); 的3.6倍 of a
    multiple; 增长八成以上, a relative change in tenths, as written.
    """
    if change.groupdict().get("tenths"):
        stated = change.group("dir2") + change.group("tenths") + "成" + (change.group("post") or "")
        return stated, "成", "tenths"
    if times:
        return change.group("num") + "倍", "倍", "num"
    written = change.group("unit")
    unit = "%" if written == "％" else written
    return change.group("dir").removeprefix("净") + change.group("num") + unit, unit, "num"
