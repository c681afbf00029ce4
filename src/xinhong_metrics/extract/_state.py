"""The extractor's shared state: the text, its sentence index, how each character was used."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from xinhong_metrics.concepts import catalog
from xinhong_metrics.extract import patterns as p
from xinhong_metrics.extract._text import (
    MAX_LOOKBACK,
    _bounded,
    _governing_spans,
    _has_digit,
    _last_digit,
    _noun_length,
    _respectively_lists,
    _several_years_regions,
)


@dataclass(slots=True)
class _Value:
    start: int  # of the figure
    end: int  # past the unit
    figure: str
    unit: str
    name: str
    quote_start: int
    span: str | None = None
    scope: str | None = None
    ident: str = ""
    exact_count: bool = False
    estimate: bool = False
    period: int | None = None  # when not the report's own year (从2015年的…)
    structure: bool = False  # 三次产业结构为7.2∶38.8∶54.0: a share named, of no share claim
    merge_into: str | None = None  # the indicator this earlier level belongs to
    amount: bool = False  # 比上年减少0.09亿元: a change, not a level
    completion: bool = False  # 为调整预算的100.2%: a completion rate
    target: bool = False  # in the plan part: a target, never an actual
    reviewed_goal: bool = False  # 略低于6%左右的预期目标 in the review: the year's own goal
    budget: bool = False  # 年初预算为128亿元, 调整为120亿元: the year's own plan, not its actual
    consumed: bool = False  # drafted as a claim's stated amount, not as a value
    starts_span: bool = False  # 由20.15亿元 of 由20.15亿元增加到21.04亿元: the start, not the level
    undated: bool = False  # in a several-year review, of no stated year: links nothing
    bracketed: bool = False  # in brackets after another figure: an aside, no change's level


@dataclass
class Coverage:
    """What happened to every number found in the text.

    Attributes:
        found: numbers the scan found.
        values: numbers that became indicator values.
        claims: numbers that became stated figures of claims (changes, shares …).
        set_aside: numbers recognised as not metrics, by category.
        unexplained: the numbers left over, with their offsets.
    """

    found: int = 0
    values: int = 0
    claims: int = 0
    set_aside: Counter[str] = field(default_factory=Counter)
    unexplained: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line for the end of a run."""
        aside = ", ".join(f"{n} {c}" for c, n in sorted(self.set_aside.items()))
        notes = "".join(f"; {note}" for note in self.notes)
        return (
            f"{self.found} numbers found: {self.values} values, {self.claims} in claims, "
            f"{sum(self.set_aside.values())} set aside ({aside or 'none'}), "
            f"{len(self.unexplained)} unexplained{notes}"
        )


class _State:
    """The text being drafted and everything the passes share."""

    def __init__(self, text: str, period: int, plan_start: int | None = None) -> None:
        self.text = text
        self.period = period
        self.plan_start = len(text) if plan_start is None else plan_start
        self.target_period = period
        # Whether 去年 in the text is the reviewed year: in a report delivered the year after
        # it (a government work report); in a year-end summary, 去年 is the year before.
        self.last_year_is_period = True
        # The report's own level (市, 区, 县 …) when its entity is known: 全区 is its own
        # jurisdiction in a district's report, 全市 a wider one.
        self.own_level: str | None = None
        # Changes against a level whose year the text names (比2022年的641.8亿元增长4.8%).
        self._named_changes: list[dict[str, Any]] = []
        self.values: list[_Value] = []
        self.claims: list[dict[str, Any]] = []
        self.not_metrics: list[dict[str, Any]] = []
        # How each character was used: 0 free, else an index into self._uses.
        self._mask = bytearray(len(text))
        self._uses: list[str] = [""]
        self._codes: dict[str, bytes] = {}
        self.coverage = Coverage()
        self._valueless: dict[str, str] = {}  # name → indicator id of a change without value
        self._valueless_undated: set[str] = set()  # those in a several-year review, undated
        self._valueless_units: dict[str, str] = {}  # id → unit an amount on it gives
        self._plan_growths: list[re.Match[str]] = []  # 增长5%左右 in the plan part
        self._several = _several_years_regions(text, self.plan_start, period)
        self._lookbacks = _lookbacks(text, self.plan_start)
        self._span_starts: dict[str, _Value] | None = None  # end's id → start of 从…到
        note = p.COMPARABLE_NOTE.search(text)
        self.comparable_note = note.group() if note else None
        # The measures the note's sentence says were revised (2023年地区生产总值修订为…):
        # the note is about their changes only; with none named, about every change.
        self.noted_names, self.census_note = _revised(text, note)
        # The measures a note says grow at comparable prices; () for all of them.
        self.price_noted: tuple[str, ...] | None = None
        for found in p.PRICE_NOTE.finditer(text) if "价" in text else ():
            before = p.PRICE_NOTE_SUBJECT.search(text, max(0, found.start() - 30), found.start())
            subject = before.group("subject").strip() if before else ""
            subject = p.PRICE_NOTE_DOCUMENT.sub("", p.PRICE_NOTE_FRAME.sub("", subject))
            if p.PRICE_NOTE_ALL.search(subject):
                self.price_noted = ()
                break
            named = tuple(
                n
                for w in re.split(r"[、,，和及与]", subject)
                for n in _each_of(w)
                if len(n) >= p.PAIR
            )
            self.price_noted = (*(self.price_noted or ()), *named)
        self._dated = re.compile(f"{p.DATED}|{period}年")
        # Offsets just past each sentence and clause end, for bisection.
        self._sentences = _bounded([m.end() for m in p.SENTENCE_RE.finditer(text)], len(text))
        self._clauses = _bounded([m.end() for m in p.CLAUSE_RE.finditer(text)], len(text))
        self._full_stops = [m.end() for m in p.FULL_STOP.finditer(text)]
        self._starts: list[int] = []  # value starts, in order, filled by _quantities
        self._respectively_lists = _respectively_lists(text)
        self._goal_words = [(m.start(), m.group()) for m in p.TARGET_LEVEL.finditer(text)]
        self._plan_words = [(m.start(), m.group()) for m in p.TARGET_WORDS.finditer(text)]
        self._span_words = [(m.start(), m.group()) for m in p.SEVERAL_YEARS.finditer(text)]
        self._spans = [(m.start(), m.end(), m.group("span")) for m in p.SPAN.finditer(text)]
        self._governing = _governing_spans(text, self._spans) if self._spans else []
        # The part of the year a whole document covers (…2024年前三季度经济运行情况).
        self.title_span: str | None = None
        has_scope = any(word in text for word in ("口径", "含", "剔除", "非房产"))
        self._scopes = [
            (m.start(), m.end(), m.group("scope") or m.group("scope2"))
            for m in (p.SCOPE.finditer(text) if has_scope else ())
        ]

    def _code(self, how: str) -> bytes:
        code = self._codes.get(how)
        if code is None:
            self._uses.append(how)
            code = self._codes[how] = bytes([len(self._uses) - 1])
        return code

    def _mark(self, start: int, end: int, how: str) -> None:
        code = self._code(how)[0]
        for i in range(start, end):
            if not self._mask[i]:
                self._mask[i] = code

    def _add_value(self, value: _Value, num_end: int) -> None:
        """Put a value found after the quantities pass in its place, its digits marked."""
        at = bisect_left(self._starts, value.start)
        self.values.insert(at, value)
        self._starts.insert(at, value.start)
        self._mark(value.start, num_end, "value")

    def _mark_claimed(self, value: _Value) -> None:
        """Mark a value's digits as read into a claim (its stated figure), not a level."""
        value.consumed = True
        self._mask[value.start : value.end] = self._code("claim") * (value.end - value.start)

    def _noted(self, name: str) -> bool:
        """Whether the report's note on revised or comparable data covers this measure."""
        if self.comparable_note is None:
            return False
        if any("生产总值" in n for n in self.noted_names) and "增加值" in name:
            return True  # 地区生产总值等相关数据: the accounts, value added with them
        if self.census_note and not self.noted_names and p.NOT_CENSUS.search(name):
            return False  # 经济普查…有关数据已作修订: no census figure is a customs total
        return not self.noted_names or any(n in name or name in n for n in self.noted_names)

    def _at_comparable_prices(self, start: int, end: int, name: str) -> bool:
        """Whether the change at ``start``–``end`` of ``name`` is said to be at comparable prices.

        By the words of its clause sentence up to its end, by words opening its full
        sentence (按可比价格计算，…), or by a note on the report's rates that names it or
        names no measure.
        """
        note = p.TRAILING_NOTE.match(self.text, end)  # 增长2.1%（按可比价格计算）
        upto = note.end() if note else end
        if p.PRICE_BASIS.search(self.text, self._sentence_start(start), upto):
            return True
        opening = self.text[self._full_stop_start(start) : start].lstrip()
        if p.PRICE_BASIS.match(opening):
            return True
        if self.text[upto : upto + 1] in ("，", ",") and p.PRICE_BASIS.match(self.text, upto + 1):
            return True  # 增长3.9%，扣除价格因素: the basis said after the change
        if self.price_noted is None:
            return False
        return not self.price_noted or any(w in name for w in self.price_noted)

    def _target_year(self, value: _Value) -> int:
        """The year a target is for.

        The plan's, or the reviewed year's for a goal the review names (增长5.8%，略低于6%
        左右的预期目标).
        """
        if value.reviewed_goal:
            return self.period
        # 今后五年…的主要目标是：…到2025年，地区生产总值突破1200亿元: the year its sentence
        # names.
        named = list(
            p.TARGET_BY_YEAR.finditer(self.text, self._full_stop_start(value.start), value.start)
        )
        year = int(named[-1].group(1) or named[-1].group(2)) if named else 0
        if year > self.period:
            return year
        return self.target_period

    def _in_plan(self, offset: int) -> bool:
        """Whether ``offset`` is in the plan part, and not in a look back from it."""
        return offset >= self.plan_start and not any(
            start <= offset < end for start, end in self._lookbacks
        )

    def _free(self, start: int, end: int) -> bool:
        return not any(self._mask[start:end])

    def _use(self, offset: int) -> str | None:
        code = self._mask[offset] if 0 <= offset < len(self._mask) else 0
        return self._uses[code] if code else None

    def _first_in_sentence(self, found: list[tuple[int, str]], offset: int) -> str | None:
        """The first of ``found`` (words at offsets, sorted) between sentence start and offset.

        The words are found once over the whole text; a look-up is a bisection, so a
        sentence of many numbers is not searched once per number.
        """
        i = bisect_left(found, (self._sentence_start(offset), ""))
        return found[i][1] if i < len(found) and found[i][0] < offset else None

    def _undated(self, offset: int) -> bool:
        """Whether ``offset`` is in a review of several years, in a sentence of no year.

        五年来…新设经营主体62.91万户 is of the span or some year in it; 2007年，国内生产
        总值达到24.66万亿元 (the year reviewed, named) is the year's level all the same.
        """
        if not any(start <= offset < end for start, end, _ in self._several):
            return False
        return self._dated.search(self.text, self._sentence_start(offset), offset) is None

    def _governing_span(self, offset: int) -> str | None:
        """The part of the year a heading or a paragraph's lead governs ``offset`` by."""
        found = None
        for start, end, span in self._governing:
            if start > offset:
                break
            if offset < end:
                found = span  # the innermost: the last to open
        return found

    def _span_base(self, offset: int) -> int | None:
        """The year before the several-year span ``offset`` is in, when its words say."""
        for start, end, base in self._several:
            if start <= offset < end:
                return base
        return None

    def _goal_governs(self, found: list[tuple[int, str]], offset: int) -> bool:
        """Whether a goal word of ``found`` in this sentence governs the figure at ``offset``.

        Not when the goal is said met before the figure: 全面实现年初确定的主要目标，国内生产
        总值增长7.8% states the outturn after the goal's clause has closed.
        """
        sentence = self._sentence_start(offset)
        i = bisect_left(found, (offset, "")) - 1
        if i < 0 or found[i][0] < sentence:
            return False
        met = p.GOAL_MET.search(self.text, sentence, offset)
        return met is None or met.end() <= found[i][0]

    def _count_in_piece(self, offset: int, piece: int, count: int) -> tuple[int, int]:
        """The sentence (piece) of ``offset`` and how many numbers it has reached."""
        here = self._sentence_start(offset)
        return (piece, count + 1) if here == piece else (here, 1)

    # -- text helpers --------------------------------------------------------------------

    def _clause_start(self, offset: int) -> int:
        i = bisect_right(self._clauses, offset) - 1
        start = self._clauses[i] if i >= 0 else 0
        while start < offset and self.text[start].isspace():
            start += 1
        return start

    def _sentence_start(self, offset: int) -> int:
        i = bisect_right(self._sentences, offset) - 1
        return self._sentences[i] if i >= 0 else 0

    def _full_stop_start(self, offset: int) -> int:
        """Where the sentence around ``offset`` starts, past semicolons: after 。！？ or a line."""
        i = bisect_right(self._full_stops, offset) - 1
        return self._full_stops[i] if i >= 0 else 0

    def _near_before(self, value: _Value) -> list[_Value]:
        """The values of ``value``'s sentence before it, and those of the sentence before."""
        return self._previous_sentence(value.start) + self._previous_values(value.start)

    def _next_clause(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self._clauses, offset)
        if i >= len(self._clauses):
            return len(self.text), len(self.text)
        start = self._clauses[i]
        end = self._clauses[i + 1] - 1 if i + 1 < len(self._clauses) else len(self.text)
        return start, end

    def _adjacent_end(self, earlier: _Value, offset: int) -> bool:
        """Whether the earlier value ends the clause just before ``offset``'s clause."""
        between = self.text[earlier.end : self._clause_start(offset)]
        return len(between) <= p.MAX_GAP and all(
            ch in p.CLAUSE_END or ch.isspace() for ch in between
        )

    def _adjacent_end_at(self, end: int, quote_start: int) -> bool:
        """Whether only a clause end stands between ``end`` and the clause at ``quote_start``."""
        return _only_a_gap(self.text[end:quote_start])

    def _adjacent(self, earlier: _Value, later: _Value) -> bool:
        """Whether the earlier value ends the clause just before the later one's."""
        between = self.text[earlier.end : later.quote_start]
        return len(between) <= p.MAX_GAP and all(
            ch in p.CLAUSE_END or ch.isspace() for ch in between
        )

    def _previous_values(self, offset: int) -> list[_Value]:
        """The values of this sentence before ``offset``, the nearest ``MAX_LOOKBACK`` of them."""
        sentence = self._sentence_start(offset)
        lo, hi = bisect_left(self._starts, sentence), bisect_right(self._starts, offset)
        lo = max(lo, hi - MAX_LOOKBACK)
        return [v for v in self.values[lo:hi] if v.end <= offset]

    def _previous_sentence(self, offset: int) -> list[_Value]:
        """The values of the sentence before ``offset``'s, past a line break after its 。."""
        text, start = self.text, self._sentence_start(offset)
        while start > 0 and (text[start - 1].isspace() or text[start - 1] in p.SENTENCE_END):
            start -= 1
        return self._previous_values(start) if start > 0 else []

    def _name(self, quote_start: int, fig_start: int, end: int) -> str:
        words = self.text[quote_start:fig_start]
        if "（" in words or "(" in words:
            words = p.PARENTHESES.sub("", words)  # 通高速公路县（市、区）达82个
        if words.endswith("等") or (
            "、" in words and self.text[end - 1] in "大类个项" and _last_digit(words) < 0
        ):
            # 公共管理、公共安全、公共服务三大主责主业: the thing counted follows. Not after
            # a figure of the list (集群1个、现代农业产业园2个: each names its own).
            noun = self.text[end : end + _noun_length(self.text, end)]
            if noun:
                return noun
        # Only the words after the last list mark or figure name this one:
        # 来信来访自收5件、区委延伸巡察组交办4件; 2020年处置问题线索5件.
        mark, digit = words.rfind("、"), _last_digit(words)
        of_class = self._class_named(quote_start, fig_start) or (
            (_age_group(words) or _sized_works(words)) if digit > mark else ""
        )
        if of_class:
            return of_class
        words, mark, digit = self._past_streak(words, quote_start, mark, digit)
        cut = max(mark, digit)
        if cut == mark >= 0:
            words = words[cut + 1 :]  # 企业548户、个体工商户738户: 个 is the name's own
            # 教育、社会保障和就业、卫生健康等民生支出: the kinds listed are of the class
            # named after 等, which is the measure.
            words = p.KINDS_BEFORE_CLASS.sub("", words)
        elif cut >= 0:
            # 3岁以下婴幼儿托位数: the age bounds the group, and the group names the measure.
            words = p.AFTER_FIGURE.sub("", p.AGE_BOUND.sub("", words[cut + 1 :]))
        name = _core_name(_without_per_tail(_what_is_added(words).strip()))
        name = p.ORDINAL_ITEM.sub("", name)  # 三是对上消化道癌高危人群开展内镜检查

        if name.endswith(("和", "及", "与", "的")) or p.ONLY_DOING.fullmatch(name):
            # 13座城市公园和275个口袋公园, 扎实推进200个重点项目, 省委确定的339项重点改革
            # 任务: the thing counted follows; but not in 由上年的18户调整为16户, which goes on
            # to the level it was set to.
            noun = self.text[end : end + _noun_length(self.text, end)]
            if len(noun) >= p.PAIR and not p.NO_NOUN.match(noun) and not p.SET_TO.match(noun):
                return noun
        if "(" in name or "（" in name:
            name = p.PARENTHESES.sub("", name)
        direction = p.DIRECTION_ONLY.fullmatch(name) is not None
        if len(name) <= 1 or _has_digit(name) or direction:
            # 固定资产投资从2018年的20.5亿元增长到…31.2亿元: the clause's head names it;
            # so it does 空气质量优良天数较2020年增加41天, whose 增加 is no name (增加4442亿元
            # alone keeps its word for the subject before: see _amounts).
            name = self._clause_head(quote_start, fig_start) or (name if direction else "")
        opening = self.text[quote_start:fig_start].strip()
        if (len(name) <= 1 or _has_digit(name)) and (
            p.CONTINUATION.fullmatch(opening) or p.FROM_YEAR.fullmatch(opening)
        ):
            # 国内生产总值比上年增长9.1%，达到11.67万亿元; 城镇居民人均可支配收入，由1997年的
            # 5160元增加到…: the subject of the clause before names it.
            name = self._previous_subject(quote_start)
        if len(name) <= 1 or _has_digit(name):
            # 抽调83名机关企事业干部: only a verb before the figure, the thing follows.
            name = self.text[end : end + _noun_length(self.text, end)]
        return self._completed(quote_start, name, fig_start) or "?"

    def _past_streak(
        self, words: str, quote_start: int, mark: int, digit: int
    ) -> tuple[str, int, int]:
        """The words, last list mark and last digit, past a streak of years before the figure.

        “津农精品”销售额连续3年突破百亿元: the streak's years are no figure that cuts the
        name; the words before the streak name the measure.
        """
        streak = p.STREAK_BEFORE.search(words) if digit > mark else None
        if (
            streak is None
            or streak.start() < p.PAIR
            or self._use(quote_start + digit) != "aside:duration"
        ):
            return words, mark, digit
        words = words[: streak.start()]
        return words, words.rfind("、"), _last_digit(words)

    def _clause_head(self, quote_start: int, fig_start: int) -> str:
        """The words opening a figure's clause, without a change's or comparison's words."""
        head = p.CLAUSE_HEAD.match(self.text, quote_start, fig_start)
        # 城镇化率提升0.9个百分点、达62.1%: the change's words are not the name.
        name = p.CHANGE_TAIL.sub("", self._strip(head.group(1))) if head else ""
        return p.AGAINST_WORD.sub("", name)

    def _completed(self, quote_start: int, name: str, fig_start: int) -> str:
        """A name the sentence before completes; any other is returned as it is.

        实施省市重点项目92个，完成投资203.6亿元: 省市重点项目投资, the projects' own.
        全体居民人均可支配收入43260元，…其中城镇居民54820元: 城镇居民人均可支配收入.
        新增市场主体3.86万户，总数突破40万户，达到41.2万户: 市场主体, the stock added to.
        """
        if p.STOCK_ALONE.fullmatch(name) or (
            name in ("", "?")
            and p.CUMULATIVE_ALONE.fullmatch(self.text, quote_start, fig_start) is not None
        ):
            # 新增高新技术企业68家、总数达到412家: the quote may open at the addition.
            added = list(
                p.ADDED_THING.finditer(self.text, self._sentence_start(quote_start), fig_start)
            )
            # 新建和改造提升高标准农田320万亩，年末累计建成5170万亩: the thing, past the verbs.
            return p.JOINED_VERBS.sub("", added[-1].group("noun")) if added else name
        if p.ACTUAL_ALONE.fullmatch(name):
            # 一般公共预算收入预算为18.90亿元，实际完成19.55亿元: the budget's measure.
            budgets = [
                v for v in self._previous_values(quote_start) if p.BUDGET_TAIL.search(v.name)
            ]
            budgeted = p.BUDGET_TAIL.sub("", budgets[-1].name) if budgets else ""
            return budgeted if len(budgeted) >= p.PAIR else name
        side = name.removesuffix("预计")  # 收入预计325.80亿元；支出预计318.40亿元
        # 失业保险基金收入58.62亿元，基金支出47.35亿元: the same fund's, its head said again.
        head, side = (side[:-2], side[-2:]) if len(side) <= p.PAIR * 2 else ("", side)
        if side in p.OTHER_SIDE:
            # 基金收入14.06亿元，增长5.9%，支出13.90亿元: the fund's spending.
            before = self._previous_values(fig_start)
            sentence = self._sentence_start(fig_start)
            if self.text[sentence - 1 : sentence] in ("；", ";"):
                # …收入预计325.80亿元，增长4.3%；支出预计318.40亿元: past the semicolon too.
                before = self._previous_sentence(fig_start) + before
            other = head + p.OTHER_SIDE[side]
            sides = [
                v.name.removesuffix("预计")
                for v in before
                if v.name.removesuffix("预计").endswith(other) and len(v.name) > len(other)
            ]
            return sides[-1][: -len(other)] + name if sides else name
        if p.OUTPUT_ALONE.fullmatch(name):
            crop = list(p.CROP.finditer(self.text, self._sentence_start(quote_start), quote_start))
            return crop[-1].group() + name if crop else name
        if p.RESIDENTS.fullmatch(name):
            measure = p.RESIDENTS_MEASURE.search(
                self.text, self._full_stop_start(quote_start), quote_start
            )
            return name + measure.group("measure") if measure else name
        bare = p.BARE_INVESTMENT.fullmatch(name)
        start = self._clause_start(max(0, quote_start - 1))
        if bare is not None and p.COUNT_CHANGE.fullmatch(self.text, start, quote_start):
            # 实施重点项目26个，比上年增加3个，完成投资20.15亿元: past the count's change.
            quote_start, start = start, self._clause_start(max(0, start - 1))
        if bare is None or start < self._sentence_start(quote_start):
            return name
        counted = p.PROJECTS_COUNTED.fullmatch(self.text, start, quote_start)
        return counted.group("projects") + bare.group("measure") if counted else name

    def _class_named(self, quote_start: int, fig_start: int) -> str | None:
        """经营性收入超过50万元的村达到126个, 产值超50亿元企业3家: a count of a class.

        The class's bound (set aside as a definition) is the name's own, not a figure
        that cuts it.
        """
        written = self.text[quote_start:fig_start]
        bound, mark = _last_digit(written), written.rfind("、")
        if (
            bound > mark
            and self._use(quote_start + bound) == "aside:definition"
            and p.MONEY_AFTER.match(written, bound + 1)
        ):
            name = self._strip(written[mark + 1 :])
            if p.BOUND_FIRST.match(name):
                # 村级集体经济收入全部超过10万元，其中超50万元的村7个: the measure the
                # sentence bounds before names the class's.
                said = list(
                    p.MEASURE_BOUNDED.finditer(
                        self.text, self._sentence_start(quote_start), quote_start
                    )
                )
                name = said[-1].group("measure") + name if said else name
            return name or None
        return None  # 3岁以下婴幼儿托位数: an age bounds a group, not a class of the count

    def _previous_subject(self, quote_start: int) -> str:
        """The subject of the clause before, when that clause states only its change."""
        i = bisect_right(self._clauses, quote_start - 1) - 1
        start = self._clauses[i] if i >= 0 else 0
        if start < self._sentence_start(quote_start):
            return ""
        before = self.text[start:quote_start].strip()
        if p.CHANGE_ALONE.fullmatch(before):
            # 粮食总产量在上年…的基础上，又增产1454万吨，达到48401万吨: past a change
            # with no subject of its own to the clause that names one.
            return self._previous_subject(start)
        found = p.SUBJECT_OF_CHANGE.match(before) or p.BARE_SUBJECT.fullmatch(before)
        if found is None:
            return ""
        subject = p.ON_BASIS.sub("", self._strip(found.group(1)))
        said = p.SAID_OF_SUBJECT.search(subject)
        return subject[: said.start()] if said and said.start() >= p.PAIR else subject

    def _strip(self, words: str) -> str:
        found = p.NAME_CORE.match(words.strip())
        name = found.group(1) if found and found.group(1) else words.strip()
        return _balanced(name.strip('“”"、'))


def _core_name(words: str) -> str:
    """The name in the words before a figure, without the verbs before it.

    年末全省累计建成5G基站 names 年末5G基站: the year's end is kept (it says the figure is a
    stock), the jurisdiction and verbs after it are not. 加上上级补助收入 names 上级补助收入:
    the sum's verb is no part of the measure.
    """
    # 省财政厅核定我市政府债务限额: the body granting it and the jurisdiction are no name.
    words = p.GRANTED_TO.sub("", words)
    year_end = p.YEAR_END_OPENING.match(words)
    core = p.NAME_CORE.match(words, year_end.end() if year_end else 0)
    # “津农精品”销售额: a quote mark whose pair the strip took is dropped too.
    name = _balanced(p.SUM_VERB.sub("", (core.group(1) if core else words).strip('“”"、')))
    return year_end.group() + name if year_end and core and name else name


def _revised(text: str, note: re.Match[str] | None) -> tuple[tuple[str, ...], bool]:
    """The measures a note on revised data names, and whether a census revised them."""
    if note is None:
        return (), False
    start = max(text.rfind(mark, 0, note.start()) for mark in "。！？\n") + 1
    revised = [
        next(g for g in m.groups() if g).strip()
        for m in p.NOTE_NAMED.finditer(text, start, note.start())
    ]
    if not revised and start > 1:
        # 2023年全县地区生产总值修订为276.82亿元…。2024年相关指标增长速度按修订后数据
        # 计算: 相关 points back to the measures the sentence before names.
        before = max(text.rfind(mark, 0, start - 1) for mark in "。！？\n") + 1
        if p.RELATED.search(text, start, note.start()):
            revised = [
                next(g for g in m.groups() if g).strip()
                for m in p.NOTE_NAMED.finditer(text, before, start)
            ]
    if not revised:
        # 3.规模以上工业企业营业收入增速按可比口径计算: the measure the note opens with; the
        # clause's own (…部分税收收入由市级上划省级，一般公共预算收入增长速度按同口径计算).
        # …行政事业性国有资产总额口径有所调整，增长速度按可比口径计算: the clause before,
        # when the note opens its own, names the measure whose scope changed.
        clauses = re.split("[，,；;]", text[start : note.start()])
        # 节水灌溉面积自2024年起调整统计口径，…，与上年公布数据不可直接比较，增长速度按可比
        # 口径计算: the clause that says whose scope changed, wherever it stands.
        changed = [c for c in clauses if p.SCOPE_CHANGED.search(c.strip())]
        for clause in changed[:1] or reversed(clauses[-2:]):
            subject = p.PRICE_NOTE_FRAME.sub("", p.SCOPE_CHANGED.sub("", clause.strip()))
            subject = p.NOTE_PERIOD.sub("", subject)  # 本期增速按可比口径: the period, no measure
            if not subject:
                continue
            if p.MEASURE_AT_END.search(subject) and not p.PRICE_NOTE_ALL.search(subject):
                revised = [subject]
            break
    if not revised:
        # 全县500万元以上固定资产投资项目入库执行新的统计标准，…，上年同期数据相应调整，增速按
        # 可比口径计算: the one measure of the catalog the note's sentence names.
        named_here = _concepts_named(text[start : note.start()])
        if len(named_here) == 1:
            revised = list(named_here.values())
    named = tuple(n for n in revised if not re.search("有关|相关|各项|部分", n))
    return named, p.CENSUS_REVISION.search(text, start, note.start()) is not None


def _concepts_named(words: str) -> dict[str, str]:
    """The catalog's concepts whose names stand in ``words``, each with its longest name."""
    found: dict[str, str] = {}
    for concept in catalog().concepts.values():
        for name in concept.names:
            if (
                len(name) >= p.PAIR + 1
                and name in words
                and len(name) > len(found.get(concept.id, ""))
            ):
                found[concept.id] = name
    return found


def _each_of(name: str) -> tuple[str, ...]:
    """The measures 各 names: 各产业增加值 is 第一、第二 and 第三产业增加值, nothing wider."""
    if name.startswith("各产业"):
        rest = name.removeprefix("各")
        return tuple(f"第{n}{rest}" for n in "一二三")
    return (name,)


def _what_is_added(words: str) -> str:
    """一般公共预算收入加上中央转移支付收入3628.7亿元: what is added is the figure's."""
    added = words.rfind("加上")
    return words[added + 2 :] if added >= 0 and len(words) - added - 2 >= p.PAIR else words


def _without_per_tail(words: str) -> str:
    """Words before a figure without a floor and the unit paid per (不低于每人每月)."""
    tail = p.PER_TAIL.search(words)
    return words[: tail.start()] if tail and tail.start() >= p.PAIR else words


def _balanced(name: str) -> str:
    """A name without a quote mark whose other half was cut off (三公”经费支出)."""
    if ("“" in name) != ("”" in name):
        return name.replace("“", "").replace("”", "")
    return name


def _only_a_gap(between: str) -> bool:
    """Whether the text between two values is a clause end at most (，or a space)."""
    return len(between) <= p.MAX_GAP and all(ch in p.CLAUSE_END or ch.isspace() for ch in between)


def _lookbacks(text: str, plan_start: int) -> list[tuple[int, int]]:
    """Passages of the plan part that look back at the year reviewed.

    三、2011年的工作 … 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%…: from
    the look-back to the end of its paragraph, or to a sentence that turns to the plan's
    year (今年, 明年, 2011年).
    """
    found = []
    for m in p.LOOK_BACK.finditer(text, plan_start):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        turn = p.LOOK_AHEAD.search(text, m.end(), end)
        found.append((m.start(), turn.start() + 1 if turn else end))
    return found


def _sized_works(words: str) -> str:
    """流量5立方米每秒及以上的水闸: works the size that bounds them names, or "" if none."""
    sized = p.SIZED_WORKS.search(words.rstrip())
    return sized.group() if sized else ""


def _age_group(words: str) -> str:
    """0—15岁人口, 60岁及以上人口: a population its ages name, or "" if the words name none.

    The ages stay in the name, said with or without 周 (60周岁及以上) in other years.
    """
    aged = p.AGE_POPULATION.search(words.rstrip())
    if aged is None:
        return ""
    return re.sub("[–\\-－~～至到]", "—", aged.group("age").replace("周", "")) + aged.group("rest")
