"""Indicator tables: the checks as pandera schemas over polars, for many rows at once.

A table of indicators — a yearbook sheet, a bureau's CSV of levels with their stated
growth, millions of county rows — holds one row per entity, indicator and period: the
level as written (``297.7``, ``297.7亿元``, ``2.7万``), its unit, and the change as
written (``增长5.1%``, ``提高2.3个百分点``, ``增加2787亿元``).

- :class:`IndicatorTableSchema` validates such a table (after :func:`indicator_table`
  has named its columns);
- :func:`parse_table` reads the written figures into interval columns once, in the
  base unit of each figure's dimension (万元 and 亿元 meet as 元);
- :func:`table_findings` checks each stated change against the previous period's level
  of the same entity and indicator (relative change, points, amounts, 增长…倍), and a
  change of a whole count with no previous level by whole-number reasoning, and returns
  a LazyFrame of findings in the output contract (:class:`~xinhong_metrics.schemas.
  FindingSchema`).

Everything is a polars expression or a join, so a LazyFrame in gives a LazyFrame out
that the streaming engine runs in bounded memory. A missing level or change is never a
pass: the finding is ``unverifiable`` and says what is missing. Figures with a
qualifier (约, 逾, 以上, 左右) are bounded on one side or loosely, and are not decided.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pandera.polars as pa
import polars as pl

from xinhong_metrics import columns as col
from xinhong_metrics.checks.crossyear import name_basis
from xinhong_metrics.checks.relative_change._scalar import relative_change_frame
from xinhong_metrics.errors import ReportFileError, UnitError
from xinhong_metrics.findings import Severity, Verdict, default_severity
from xinhong_metrics.lexicon import CHANGE_CONTEXT, DECREASE, HALF_WIDTH, INCREASE, is_share_name
from xinhong_metrics.units import base_factor, is_count_unit, registry_units

__all__ = [
    "TABLE_COLUMNS",
    "IndicatorTableSchema",
    "ParsedTableSchema",
    "check_table_file",
    "indicator_table",
    "parse_table",
    "read_table",
    "refuse_bad_rows",
    "table_findings",
    "table_findings_frame",
]

# The columns of an indicator table, by their role.
ENTITY, INDICATOR, PERIOD, LEVEL, UNIT, CHANGE, BASIS, SCOPE = col.TABLE_ROLES
TABLE_COLUMNS = col.TABLE_ROLES
_OPTIONAL = (UNIT, CHANGE, BASIS, SCOPE)
ROW = "row"  # the row's number in the table, from 1


class IndicatorTableSchema(pa.DataFrameModel):
    """An indicator table, its columns named by role (see :func:`indicator_table`).

    Levels and changes stay as written (strings): the rounding a figure implies is in
    its digits (7.0% is not 7%), which a float column would lose.
    """

    entity: str = pa.Field(str_length={"min_value": 1})
    indicator: str = pa.Field(str_length={"min_value": 1})
    period: pl.Int64 = pa.Field(ge=1949, le=2100)
    level: str = pa.Field(nullable=True)
    unit: str = pa.Field(nullable=True)
    change: str = pa.Field(nullable=True)
    basis: str = pa.Field(nullable=True, isin=["comparable", "nominal"])
    scope: str = pa.Field(nullable=True)

    class Config:
        """Other columns pass through; a period written as text is read as a year."""

        strict = False
        coerce = True


class ParsedTableSchema(IndicatorTableSchema):
    """An indicator table with its figures read (:func:`parse_table`).

    ``level_lo`` and ``level_hi`` bound the level in the base unit of ``level_dim``
    (a whole count written in full is exact); ``level_plain`` is false for a figure
    with a qualifier or one that was not read. ``change_kind`` is ``relative`` (in
    percent), ``points``, ``amount`` (in the base unit of ``change_dim``), ``unread`` or
    null, and ``change_lo``, ``change_hi`` bound it.
    """

    row: pl.Int64 = pa.Field(ge=1)
    level_lo: pl.Float64 = pa.Field(nullable=True)
    level_hi: pl.Float64 = pa.Field(nullable=True)
    level_dim: str = pa.Field(nullable=True)
    level_plain: bool = pa.Field(nullable=True)
    level_count: pl.Int64 = pa.Field(nullable=True, ge=0)
    change_kind: str = pa.Field(nullable=True, isin=["relative", "points", "amount", "unread"])
    change_lo: pl.Float64 = pa.Field(nullable=True)
    change_hi: pl.Float64 = pa.Field(nullable=True)
    change_dim: str = pa.Field(nullable=True)
    change_unit: str = pa.Field(nullable=True)
    change_factor: pl.Float64 = pa.Field(nullable=True, gt=0)
    unknown_unit: str = pa.Field(nullable=True)
    unknown_in: str = pa.Field(nullable=True)
    level_shown: str = pa.Field(nullable=True)

    @pa.dataframe_check
    @classmethod
    def level_bounds_in_order(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Where a level was read, its low bound is not above its high one."""
        return data.lazyframe.select(
            pl.col("level_lo").is_null() | (pl.col("level_lo") <= pl.col("level_hi"))
        )


def indicator_table(
    frame: pl.LazyFrame | pl.DataFrame, mapping: Mapping[str, str] | None = None
) -> pl.LazyFrame:
    """Name a table's columns by role, add the optional ones that are missing, validate.

    Cells are trimmed; a period is read from a year alone (2023, 2023年, ２０２３);
    a basis of 可比价, 按可比价格计算 or real is ``comparable``, one of 现价 or 名义
    ``nominal``. What cannot be read stays null, for :func:`refuse_bad_rows` to name.

    Args:
        frame: the user's table.
        mapping: role → the table's column (``{"entity": "地区", "level": "数值"}``);
            a role not named is looked for under its own name.

    Raises:
        ReportFileError: naming the column, when a required one is missing, a role is
            unknown, or a level or change column holds floating-point numbers (whose
            written precision, 7.0 or 7, is lost).
    """
    lazy = frame.lazy()
    schema = lazy.collect_schema()
    names = schema.names()
    unknown = sorted(set(mapping or {}) - set(TABLE_COLUMNS))
    if unknown:
        raise ReportFileError(
            f"unknown role {unknown[0]!r} (roles: {', '.join(TABLE_COLUMNS)})", field=unknown[0]
        )
    chosen = {role: (mapping or {}).get(role, role) for role in TABLE_COLUMNS}
    for role in (ENTITY, INDICATOR, PERIOD, LEVEL):
        if chosen[role] not in names:
            raise ReportFileError(
                f"no column {chosen[role]!r} for the {role} (columns: {', '.join(names)})",
                field=role,
            )
    for role in (LEVEL, CHANGE):
        column = chosen[role]
        if column in names and (schema[column].is_float() or schema[column].is_decimal()):
            raise ReportFileError(
                f"column {column!r} holds numbers with a fixed or floating point: how each "
                "figure was written (7.0 or 7) is lost, and with it its rounding; give the "
                "figures as text (read a CSV with every column as text)",
                field=role,
            )
    selected = []
    for role in TABLE_COLUMNS:
        if chosen[role] in names:
            text = pl.col(chosen[role]).cast(pl.String).str.strip_chars()
            selected.append(pl.when(text != "").then(text).alias(role))
        else:
            selected.append(pl.lit(None, dtype=pl.String).alias(role))
    rest = [pl.col(n) for n in names if n not in chosen.values() and n not in TABLE_COLUMNS]
    year = _normal(PERIOD).str.extract(r"^((?:19|20)\d{2})\s*(?:年度|年)?$").cast(pl.Int64)
    basis = pl.col(BASIS).str.to_lowercase()
    table = lazy.select(*selected, *rest).with_columns(
        year.alias(PERIOD),
        pl.col(PERIOD).alias("period_written"),
        pl.when(basis.str.contains(_COMPARABLE))
        .then(pl.lit("comparable"))
        .when(basis.str.contains(_NOMINAL))
        .then(pl.lit("nominal"))
        .otherwise(pl.col(BASIS))
        .alias(BASIS),
    )
    return IndicatorTableSchema.validate(table, lazy=True)


# The words of a basis column: real growth, or growth at current prices.
_COMPARABLE = "可比|不变价|实际|^real$|^comparable$"
_NOMINAL = "现价|名义|当年价|^nominal$"


def refuse_bad_rows(parsed: pl.DataFrame, path: Path | None = None) -> None:
    """Refuse a parsed table with a row that cannot be checked, naming its line and column.

    An empty entity or indicator, a period that is not a year, a basis that is neither
    comparable nor nominal, a unit the registry does not know.

    Raises:
        ReportFileError: for the first such row (its line in a CSV with one header line).
    """
    tests = [
        (pl.col(ENTITY).is_null(), ENTITY, pl.lit("the entity is empty")),
        (pl.col(INDICATOR).is_null(), INDICATOR, pl.lit("the indicator is empty")),
        (
            pl.col(PERIOD).is_null(),
            PERIOD,
            pl.format(
                "the period {} is not a year (2023, 2023年); a part of a year is not compared "
                "with a whole one",
                pl.col("period_written").fill_null("(empty)"),
            ),
        ),
        (
            pl.col(BASIS).is_not_null() & ~pl.col(BASIS).is_in(["comparable", "nominal"]),
            BASIS,
            pl.format("the basis {} is neither comparable (可比价) nor nominal (现价)", BASIS),
        ),
        (
            pl.col("unknown_unit").is_not_null(),
            UNIT,
            pl.format("unknown unit '{}'", pl.col("unknown_unit")),
        ),
    ]
    for test, field, reason in tests:
        bad = parsed.filter(test).head(1)
        if bad.height:
            row = bad.with_columns(reason.alias("_reason")).row(0, named=True)
            where = row["unknown_in"] if field == UNIT else field
            raise ReportFileError(
                str(row["_reason"]),
                file=None if path is None else str(path),
                line=int(row[ROW]) + 1,
                field=str(where),
            )


# -- reading the written figures ----------------------------------------------------------

_SCALES = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3}
_LEVEL = re.compile(
    r"^\s*(?P<before>约|近|逾|超过|超|不足|不到|突破|达)?\s*"
    r"(?P<num>-?\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<scale>万亿|亿|万|千)?\s*"
    r"(?P<unit>[^\d\s]*?)\s*(?P<after>以上|左右|多|余|以内|以下)?\s*$"
)
_CONTEXT = "|".join(sorted(CHANGE_CONTEXT, key=len, reverse=True))
# Longest first, then the one-character forms (增9.3%, 降2%).
_DIRECTION = "|".join((*INCREASE, *DECREASE, "增", "降", "减"))
_CHANGE = re.compile(
    rf"^\s*(?:{_CONTEXT})?\s*(?:实际|名义)?(?P<dir>{_DIRECTION})?\s*"
    r"(?P<num>[+-]?\d+(?:\.\d+)?)\s*(?P<scale>万亿|亿|万)?\s*(?P<unit>[^\d\s]*)\s*$"
)
_DOWN = (*DECREASE, "降", "减")
_PERCENT_UNITS = ("%", "个百分点", "百分点", "倍")


def _normal(column: str) -> pl.Expr:
    pairs = {chr(k): v if isinstance(v, str) else chr(v) for k, v in HALF_WIDTH.items()}
    pairs |= {"−": "-", "＋": "+", "，": ""}
    return pl.col(column).str.replace_all(",", "").str.replace_many(pairs)


def parse_table(table: pl.LazyFrame) -> pl.LazyFrame:
    """Read each level and change as written into interval columns (ParsedTableSchema).

    One regular expression per column, and one join with the units the registry knows:
    no pass over the table before the one that checks it. A unit the registry does not
    know leaves ``level_dim`` (or ``change_kind``) unread; :func:`refuse_bad_rows` finds
    those rows.
    """
    # A table split into parts keeps the row numbers of the whole (check_table_file).
    if ROW in table.collect_schema().names():
        numbered = table
    else:
        numbered = table.with_row_index(ROW, offset=1).with_columns(pl.col(ROW).cast(pl.Int64))
    level = _normal(LEVEL).str.extract_groups(_LEVEL.pattern)
    change = _normal(CHANGE).str.extract_groups(_CHANGE.pattern)
    parts = numbered.with_columns(
        *[level.struct.field(g).alias(f"_{LEVEL}_{g}") for g in _LEVEL.groupindex],
        *[change.struct.field(g).alias(f"_{CHANGE}_{g}") for g in _CHANGE.groupindex],
    )
    level_unit = pl.coalesce(pl.col(f"_{LEVEL}_scale"), pl.lit("")) + pl.when(
        pl.col(f"_{LEVEL}_unit").fill_null("") != ""
    ).then(pl.col(f"_{LEVEL}_unit")).otherwise(_normal(UNIT).fill_null(""))
    change_unit = pl.coalesce(pl.col(f"_{CHANGE}_scale"), pl.lit("")) + pl.col(
        f"_{CHANGE}_unit"
    ).fill_null("")
    parts = parts.with_columns(level_unit.alias("_level_full"), change_unit.alias("_change_full"))
    units = _known_units()
    joined = parts.join(
        units.rename({"_unit": "_level_full", "_dim": "level_dim", "_factor": "_lf"}),
        on="_level_full",
        how="left",
    ).join(
        units.rename({"_unit": "_change_full", "_dim": "_cdim", "_factor": "_cf"}),
        on="_change_full",
        how="left",
    )
    unknown = (
        pl.when(pl.col("_lf").is_null() & (pl.col("_level_full") != ""))
        .then(pl.col("_level_full"))
        .when(
            pl.col("_cf").is_null()
            & (pl.col("_change_full") != "")
            & ~pl.col("_change_full").is_in(list(_PERCENT_UNITS))
        )
        .then(pl.col("_change_full"))
    )
    where = (
        pl.when(pl.col("_lf").is_null() & (pl.col("_level_full") != ""))
        .then(
            pl.when(pl.col(f"_{LEVEL}_unit").fill_null("") != "")
            .then(pl.lit(LEVEL))
            .otherwise(pl.lit(UNIT))
        )
        .otherwise(pl.lit(CHANGE))
    )
    # The level as a person reads it: 297.7亿元 as written, or 296.8 with its unit column.
    own_unit = pl.col(f"_{LEVEL}_unit").fill_null("") != ""
    shown = (
        pl.when(own_unit).then(pl.col(LEVEL)).otherwise(pl.col(LEVEL) + pl.col(UNIT).fill_null(""))
    )
    return joined.with_columns(
        *_level_columns(),
        *_change_columns(),
        shown.alias("level_shown"),
        unknown.alias("unknown_unit"),
        pl.when(unknown.is_not_null()).then(where).alias("unknown_in"),
    ).drop([c for c in joined.collect_schema().names() if c.startswith("_")])


def _known_units() -> pl.LazyFrame:
    """Every unit the registry knows, with each scale word before it (万人, 亿吨), and %."""
    global _UNITS  # noqa: PLW0603 - built once, on first use
    if _UNITS is None:
        # A figure with no unit is a plain number, and 2.7万 is 27,000 of it; ‰ is a rate.
        rows: dict[str, tuple[str, float]] = {
            "%": ("percent", 1.0),
            "‰": ("percent", 0.1),
            "": ("number", 1.0),
            **{scale: ("number", float(factor)) for scale, factor in _SCALES.items()},
        }
        for name in registry_units():
            for scale in ("", *_SCALES):
                read = _read_unit(scale + name)
                if read is not None and (scale + name) not in rows:
                    rows[scale + name] = read
        _UNITS = pl.DataFrame(
            [(u, d, f) for u, (d, f) in rows.items()],
            schema={"_unit": pl.String, "_dim": pl.String, "_factor": pl.Float64},
            orient="row",
        )
    return _UNITS.lazy()


_UNITS: pl.DataFrame | None = None


def _read_unit(unit: str) -> tuple[str, float] | None:
    if unit == "%":
        return "percent", 1.0
    for scale, factor in (("", 1), *_SCALES.items()):
        if scale and not unit.startswith(scale):
            continue
        rest = unit.removeprefix(scale)
        try:
            dimension, base = base_factor(rest or "个")
        except UnitError:
            continue
        count = "count" if is_count_unit(rest) else "measure"
        return f"{dimension}:{count}", float(base * factor)
    return None


def _decimals(number: pl.Expr) -> pl.Expr:
    return number.str.extract(r"\.(\d+)$").str.len_chars().fill_null(0)


def _level_columns() -> list[pl.Expr]:
    number = pl.col(f"_{LEVEL}_num")
    value = number.cast(pl.Float64, strict=False)
    factor = pl.col("_lf")
    half = 0.5 * pl.lit(10.0).pow(-_decimals(number).cast(pl.Float64)) * factor
    scaled = value * factor
    plain = (
        number.is_not_null()
        & pl.col(f"_{LEVEL}_before").is_null()
        & pl.col(f"_{LEVEL}_after").is_null()
        & factor.is_not_null()
    )
    # A whole count written in full (32家, not 3.2万家) is exact, as the engine reads it.
    count = (
        plain
        & pl.col("level_dim").str.ends_with(":count")
        & (_decimals(number) == 0)
        & (pl.col(f"_{LEVEL}_scale").is_null())
        & (factor == 1.0)
    )
    return [
        pl.when(plain).then(pl.when(count).then(scaled).otherwise(scaled - half)).alias("level_lo"),
        pl.when(plain).then(pl.when(count).then(scaled).otherwise(scaled + half)).alias("level_hi"),
        pl.col("level_dim"),
        plain.alias("level_plain"),
        pl.when(count).then(value.cast(pl.Int64)).alias("level_count"),
    ]


def _change_columns() -> list[pl.Expr]:
    number = pl.col(f"_{CHANGE}_num")
    unit = pl.col(f"_{CHANGE}_unit").fill_null("")
    down = pl.col(f"_{CHANGE}_dir").is_in(list(_DOWN))
    sign = pl.when(down).then(-1.0).otherwise(1.0)
    half = 0.5 * pl.lit(10.0).pow(-_decimals(number).cast(pl.Float64))
    value = number.cast(pl.Float64, strict=False)
    multiple = unit == "倍"
    # 增长1.71倍 is a change of 171%; the half-unit of its last digit scales with it.
    scale = (
        pl.when(multiple)
        .then(100.0)
        .when(unit.is_in(["%", "个百分点", "百分点"]))
        .then(1.0)
        .otherwise(pl.col("_cf"))
    )
    kind = (
        pl.when(pl.col(CHANGE).is_null())
        .then(None)
        .when(number.is_null() | (multiple & pl.col(f"_{CHANGE}_dir").is_null()))
        .then(pl.lit("unread"))
        .when((unit == "%") | multiple)
        .then(pl.lit("relative"))
        .when(unit.is_in(["个百分点", "百分点"]))
        .then(pl.lit("points"))
        .when(pl.col("_cf").is_not_null())
        .then(pl.lit("amount"))
        .otherwise(pl.lit("unread"))
    )
    low = sign * (value * scale) - half * scale
    high = sign * (value * scale) + half * scale
    decided = kind.is_in(["relative", "points", "amount"])
    return [
        kind.alias("change_kind"),
        pl.when(decided).then(low).alias("change_lo"),
        pl.when(decided).then(high).alias("change_hi"),
        pl.when(kind == "amount").then(pl.col("_cdim")).alias("change_dim"),
        # The amount's own unit, to say a recomputed amount in it (亿元, not 元).
        pl.when(kind == "amount").then(pl.col("_change_full")).alias("change_unit"),
        pl.when(kind == "amount").then(pl.col("_cf")).alias("change_factor"),
    ]


# -- the checks ---------------------------------------------------------------------------

# Relative slack of the float comparisons: a tie at an interval's end, which exact
# arithmetic may decide either way, is taken as a fit (never a false alarm).
_SLACK = 1e-9
_PRIOR = ("level_lo", "level_hi", "level_dim", "level_plain", ROW, LEVEL, "level_shown")


def table_findings(
    parsed: pl.LazyFrame, *, source: str = "table", file: str | None = None
) -> pl.LazyFrame:
    """Check every stated change of a parsed table; one finding per row with a change.

    Args:
        parsed: the output of :func:`parse_table`.
        source: the name the findings give as their report (the table's file stem).
        file: the table's path, for the findings' ``file``; ``line`` is the row's line
            in a CSV with one header line.

    Returns:
        A LazyFrame in the columns of :class:`~xinhong_metrics.schemas.FindingSchema`.
    """
    # A row without entity, indicator or year is no claim here (refuse_bad_rows names it).
    keyed = parsed.filter(
        pl.col(ENTITY).is_not_null()
        & pl.col(INDICATOR).is_not_null()
        & pl.col(PERIOD).is_not_null()
    ).with_columns(pl.col(SCOPE).fill_null("").alias("_scope"))
    claims = keyed.filter(pl.col(CHANGE).is_not_null())
    # The year before, of the same entity, indicator and scope (口径): one row, or the
    # count of rows when the table states that year more than once.
    keys = [ENTITY, INDICATOR, PERIOD, "_scope"]
    prior = (
        keyed.with_columns((pl.col(PERIOD) + 1).alias(PERIOD))
        .group_by(keys)
        .agg(
            pl.len().alias("prior_count"),
            *[pl.col(c).first().alias(f"prior_{c}") for c in _PRIOR],
        )
    )
    basis = _default_basis(parsed)
    rows = (
        claims.join(prior, on=keys, how="left")
        .join(basis, on=INDICATOR, how="left")
        .with_columns(pl.coalesce(pl.col(BASIS), pl.col("_basis")).alias("_basis"))
    )
    rows = _whole_prior(rows)
    decided = rows.with_columns(*_decision())
    return decided.select(*_finding_columns(source, file))


def _default_basis(parsed: pl.LazyFrame) -> pl.LazyFrame:
    """Per indicator name, what its words say (read once per name, in Python).

    ``_basis`` is ``comparable`` for GDP, whose growth is real: a table's 地区生产总值
    增长5.5% against nominal levels is not comparable unless a basis column says
    ``nominal``, as in reports; ``unknown`` for a sector's value added, whose growth a
    mismatch does not call an error (see :func:`~xinhong_metrics.checks.crossyear.
    infer_basis`).
    ``_share`` is true for a share (比重, 覆盖率), whose rate lies in 0–100%.
    """
    names = parsed.select(pl.col(INDICATOR).unique()).collect().get_column(INDICATOR)
    rows = []
    for name in names.to_list():
        basis = name_basis(str(name))
        rows.append((name, None if basis == "nominal" else basis, is_share_name(str(name))))
    return pl.LazyFrame(
        rows, schema={INDICATOR: pl.String, "_basis": pl.String, "_share": pl.Boolean}, orient="row"
    )


def _whole_prior(rows: pl.LazyFrame) -> pl.LazyFrame:
    """A relative change of a whole count with no previous level: the whole priors.

    Decided on every row at once (null where it does not apply), in Int128, so that the
    plan above runs once: no join back, no pass to read the data's bounds.
    """
    lo, hi = pl.col("change_lo"), pl.col("change_hi")
    # The stated rate, exact, over a denominator of 2·10^k (half-up: [2N−1, 2N+1)/den).
    k = pl.col("_k")
    den = (2 * pl.lit(10, dtype=pl.Int64).pow(k)).cast(pl.Int64)
    centre = ((lo + hi) / 2 * den.cast(pl.Float64)).round(0).cast(pl.Int64)
    applies = (
        (pl.col("change_kind") == "relative")
        & pl.col("level_count").is_not_null()
        & pl.col("prior_level_lo").is_null()
        & (pl.col(CHANGE).str.contains("倍").not_())
    )
    frame = rows.with_columns(
        pl.col(CHANGE)
        .str.extract(r"\.(\d+)")
        .str.len_chars()
        .fill_null(0)
        .cast(pl.Int64)
        .alias("_k"),
    ).with_columns(
        pl.when(applies).then(pl.col("level_count")).alias(col.CURRENT),
        (centre - 1).alias(col.RATE_LO_NUM),
        (centre + 1).alias(col.RATE_HI_NUM),
        den.alias(col.RATE_DEN),
        (lo >= 0).alias(col.RATE_LO_CLOSED),
        (lo < 0).alias(col.RATE_HI_CLOSED),
    )
    # Where it does not apply the frame check says unverifiable (a missing count): null
    # here, so that the row's own reason is given.
    return relative_change_frame(frame, int_type=pl.Int128()).with_columns(
        pl.when(applies).then(pl.col(col.VERDICT)).alias("_whole_verdict"),
        pl.when(applies).then(pl.col(col.CANDIDATE_MIN)).alias("_first"),
        pl.when(applies).then(pl.col(col.CANDIDATE_MAX)).alias("_last"),
    )


def _fmt(expr: pl.Expr, digits: int = 2) -> pl.Expr:
    return expr.round(digits).cast(pl.String)


def _decision() -> list[pl.Expr]:
    kind = pl.col("change_kind")
    cur_lo, cur_hi = pl.col("level_lo"), pl.col("level_hi")
    pri_lo, pri_hi = pl.col("prior_level_lo"), pl.col("prior_level_hi")
    lo, hi = pl.col("change_lo"), pl.col("change_hi")
    relative_lo = (cur_lo / pri_hi - 1) * 100
    relative_hi = (cur_hi / pri_lo - 1) * 100
    diff_lo, diff_hi = cur_lo - pri_hi, cur_hi - pri_lo
    got_lo = pl.when(kind == "relative").then(relative_lo).otherwise(diff_lo)
    got_hi = pl.when(kind == "relative").then(relative_hi).otherwise(diff_hi)
    slack = _SLACK * pl.max_horizontal(got_lo.abs(), got_hi.abs(), lo.abs(), hi.abs(), 1.0)
    fits = (got_lo <= hi + slack) & (lo <= got_hi + slack)
    no_prior = pl.col("prior_row").is_null()
    # A relative change of a rate (满意率增长2%) reads two ways, as the engine reads it:
    # relative, or in points. With the earlier rate, the change holds if either reading
    # fits it; without it, each implies an earlier rate, impossible only outside 0–100%
    # for a share, and two possible readings are ambiguous.
    rate = (kind == "relative") & pl.col("level_dim").fill_null("").str.starts_with("percent")
    points_fit = (diff_lo <= hi + slack) & (lo <= diff_hi + slack)
    share = pl.col("_share").fill_null(False)
    whole_rate = 100.0
    relative_prior_ok = ~share | (
        (cur_hi / (1 + lo / 100) >= 0) & (cur_lo / (1 + hi / 100) <= whole_rate)
    )
    points_prior_ok = ~share | ((cur_hi - lo >= 0) & (cur_lo - hi <= whole_rate))
    possible = relative_prior_ok.cast(pl.Int8) + points_prior_ok.cast(pl.Int8)
    # With the earlier rate known, a reading that fits it is how the change was meant.
    rate_verdict = (
        pl.when(~no_prior & (fits | points_fit))
        .then(pl.lit(Verdict.CONSISTENT.value))
        .when(~no_prior)
        .then(pl.lit(Verdict.INCONSISTENT.value))
        .when(possible == 2)  # noqa: PLR2004 - both readings
        .then(pl.lit(Verdict.AMBIGUOUS.value))
        .when(possible == 1)
        .then(pl.lit(Verdict.UNVERIFIABLE.value))
        .otherwise(pl.lit(Verdict.INCONSISTENT.value))
    )
    unit = pl.col("level_dim").fill_null("")
    repeated = ~no_prior & (pl.col("prior_count") > 1)
    # Why a row cannot be decided, first reason first: the conditions alone decide the
    # verdict (cheap), the words are formatted once, for the message.
    reasons: list[tuple[pl.Expr, pl.Expr]] = [
        (kind == "unread", pl.format("the change {} was not read", pl.col(CHANGE))),
        (pl.col(LEVEL).is_null(), pl.format("no level is stated for {}", pl.col(PERIOD))),
        (
            ~pl.col("level_plain").fill_null(False),
            pl.format("the level {} is not a plain figure", pl.col("level_shown")),
        ),
        (
            (kind == "relative") & (pl.col("_basis") == "comparable"),
            pl.lit(
                "the change is at comparable prices (可比价) while the levels are nominal, "
                "so their ratio is no test"
            ),
        ),
        (
            repeated,
            pl.format(
                "the table states {} levels for {}; which one the change is against is not known",
                pl.col("prior_count"),
                pl.col(PERIOD) - 1,
            ),
        ),
        (
            (no_prior | pl.col("prior_" + LEVEL).is_null())
            & pl.col("_whole_verdict").is_null()
            & ~rate,
            pl.format("no level is stated for {}", pl.col(PERIOD) - 1),
        ),
        (
            ~no_prior & ~pl.col("prior_level_plain").fill_null(False),
            pl.format("the earlier level {} is not a plain figure", pl.col("prior_level_shown")),
        ),
        (
            ~no_prior & (unit != pl.col("prior_level_dim").fill_null("")),
            pl.lit("the two levels measure different things (units of two dimensions)"),
        ),
        (
            (kind == "points") & ~unit.str.starts_with("percent"),
            pl.lit("a change in points needs levels in percent"),
        ),
        (
            (kind == "amount") & (pl.col("change_dim") != unit),
            pl.lit("the amount and the levels are in units of two dimensions"),
        ),
        (
            ~no_prior & (kind == "relative") & (pri_lo <= 0),
            pl.lit("the earlier level may be 0 or below: no relative rate from it"),
        ),
    ]
    has_reason = pl.any_horizontal(*[cond.fill_null(False) for cond, _ in reasons])
    reason: pl.Expr = pl.when(reasons[0][0]).then(reasons[0][1])
    for cond, words in reasons[1:]:
        reason = reason.when(cond).then(words)  # type: ignore[attr-defined]
    not_comparable = ((kind == "relative") & (pl.col("_basis") == "comparable")) | (
        ~no_prior
        & ~repeated
        & pl.col("prior_level_plain").fill_null(False)
        & (unit != pl.col("prior_level_dim").fill_null(""))
    )
    whole = no_prior & pl.col("_whole_verdict").is_not_null()
    # Value added (增加值) grows in real or nominal terms as the report chooses: a fit at
    # nominal levels is consistent, a mismatch no error.
    loose = (kind == "relative") & (pl.col("_basis") == "unknown")
    verdict = (
        pl.when(has_reason & not_comparable & pl.col(LEVEL).is_not_null())
        .then(pl.lit(Verdict.NOT_COMPARABLE.value))
        .when(has_reason)
        .then(pl.lit(Verdict.UNVERIFIABLE.value))
        .when(whole)
        .then(pl.col("_whole_verdict"))
        .when(rate)
        .then(rate_verdict)
        .when(fits)
        .then(pl.lit(Verdict.CONSISTENT.value))
        .when(loose)
        .then(pl.lit(Verdict.NOT_COMPARABLE.value))
        .otherwise(pl.lit(Verdict.INCONSISTENT.value))
    )
    unit_shown = (
        pl.when(kind == "relative")
        .then(pl.lit("%"))
        .when(kind == "points")
        .then(pl.lit(" points"))
        .otherwise(pl.col("change_unit").fill_null(""))
    )
    per = pl.when(kind == "amount").then(pl.col("change_factor")).otherwise(1.0)
    computed = pl.format("({}, {}){}", _fmt(got_lo / per), _fmt(got_hi / per), unit_shown)
    last = pl.col("_last").cast(pl.String).fill_null("∞")
    priors = (
        pl.when(pl.col("_first") == pl.col("_last"))
        .then(pl.format("prior {}", pl.col("_first")))
        .when(pl.col("_first").is_not_null())
        .then(pl.format("prior {}–{}", pl.col("_first"), last))
    )
    points = pl.format("({}, {}) points", _fmt(diff_lo), _fmt(diff_hi))
    points_verb = pl.when(points_fit).then(pl.lit("fits")).otherwise(pl.lit("does not fit"))
    implied = pl.format(
        "relative, the earlier rate ({}, {})%; in points, ({}, {})%",
        _fmt(cur_lo / (1 + hi / 100)),
        _fmt(cur_hi / (1 + lo / 100)),
        _fmt(cur_lo - hi),
        _fmt(cur_hi - lo),
    )
    recomputed = (
        pl.when(has_reason)
        .then(pl.lit(""))
        .when(whole)
        .then(priors.otherwise(pl.lit("no whole prior")))
        .when(rate & no_prior)
        .then(implied)
        .when(rate)
        .then(pl.format("relative {} | points {}", computed, points))
        .otherwise(computed)
    )
    verb = pl.when(fits).then(pl.lit("fits")).otherwise(pl.lit("does not fit"))
    across = pl.format(
        "{} against {} ({}) is a change of {} within rounding: {} {}",
        pl.col("level_shown"),
        pl.col("prior_level_shown"),
        pl.col(PERIOD) - 1,
        computed,
        pl.col(CHANGE),
        verb,
    )
    alone = (
        pl.when(pl.col("_whole_verdict") == Verdict.INCONSISTENT.value)
        .then(pl.format("no whole-number prior gives {} for {}", pl.col(CHANGE), pl.col(LEVEL)))
        .otherwise(
            pl.format(
                "{} after {} implies the earlier level: {}",
                pl.col(LEVEL),
                pl.col(CHANGE),
                priors.otherwise(pl.lit("none")),
            )
        )
    )
    two_ways = (
        pl.when(no_prior)
        .then(pl.format("a change of a rate reads two ways: {}", implied))
        .otherwise(
            pl.format(
                "a change of a rate reads two ways: relative, {} {}; in points, {} {}",
                computed,
                verb,
                points,
                points_verb,
            )
        )
    )
    message = (
        pl.when(has_reason & not_comparable)
        .then(pl.format("not comparable: {}", reason))
        .when(has_reason)
        .then(reason)
        .when(whole)
        .then(alone)
        .when(rate)
        .then(two_ways)
        .when(loose & ~fits)
        .then(
            pl.format(
                "not comparable: growth of value added (增加值) is often stated at "
                "comparable prices, and the table does not say which; set its basis to "
                "nominal to make this an error; {}",
                across,
            )
        )
        .otherwise(across)
    )
    check = (
        pl.when(whole | (no_prior & (kind == "relative")))
        .then(pl.lit("relative-change"))
        .when(kind == "points")
        .then(pl.lit("cross-year-points"))
        .otherwise(pl.lit("cross-year-change"))
    )
    return [
        verdict.alias("_verdict"),
        recomputed.alias("_recomputed"),
        message.alias("_message"),
        check.alias("_check"),
    ]


_SEVERITY = {v.value: (default_severity(v) or Severity.INFO).value for v in Verdict}


def _finding_columns(source: str, file: str | None) -> list[pl.Expr]:
    quote = pl.format(
        "row {}: {} {} {}: {} {}",
        pl.col(ROW),
        pl.col(ENTITY),
        pl.col(INDICATOR),
        pl.col(PERIOD),
        pl.col("level_shown").fill_null("—"),
        pl.col(CHANGE),
    )
    # The earlier year first, as check writes a change's years.
    periods = (
        pl.when(pl.col("prior_" + ROW).is_not_null())
        .then(pl.concat_list(pl.col(PERIOD) - 1, pl.col(PERIOD)))
        .otherwise(pl.concat_list(pl.col(PERIOD)))
    )
    return [
        pl.col("_check").alias(col.CHECK),
        pl.col("_verdict").alias(col.VERDICT),
        pl.col("_verdict").replace_strict(_SEVERITY, return_dtype=pl.String).alias(col.SEVERITY),
        pl.col(ENTITY).alias(col.ENTITY),
        pl.concat_list(pl.lit(source)).alias(col.REPORT),
        pl.col(INDICATOR).alias(col.INDICATOR),
        periods.cast(pl.List(pl.Int64)).alias(col.PERIODS),
        quote.alias(col.QUOTE),
        pl.col(CHANGE).alias(col.STATED),
        pl.col("_recomputed").alias(col.RECOMPUTED),
        pl.col("_message").alias(col.MESSAGE),
        pl.lit(file, dtype=pl.String).alias(col.FILE),
        (pl.col(ROW) + 1).alias(col.LINE),
        pl.lit(None, dtype=pl.Int64).alias(col.OFFSET),
    ]


def read_table(path: str | Path, mapping: Mapping[str, str] | None = None) -> pl.LazyFrame:
    """Scan a CSV or TSV (every column as text) or Parquet table, its columns named by role.

    A CSV must be UTF-8 (with or without a byte-order mark); its separator (comma,
    semicolon or tab) is read from its header line.

    Raises:
        ReportFileError: naming the file, for one that cannot be read or lacks a column.
    """
    path = Path(path)
    try:
        if path.suffix.lower() == ".parquet":
            frame = pl.scan_parquet(path)
        elif path.suffix.lower() in (".csv", ".txt", ".tsv"):
            frame = pl.scan_csv(path, infer_schema=False, separator=_separator(path))
        else:
            raise ReportFileError("a table is read from .csv, .tsv or .parquet", file=str(path))
        frame.collect_schema()
        return indicator_table(frame, mapping)
    except ReportFileError as exc:
        raise ReportFileError(exc.reason, file=str(path), line=exc.line, field=exc.field) from None
    except (OSError, pl.exceptions.PolarsError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReportFileError(f"cannot read the table ({reason})", file=str(path)) from None


def _separator(path: Path) -> str:
    """The separator of a CSV, from its header line; refuses text that is not UTF-8."""
    with path.open("rb") as handle:
        head = handle.read(65536)
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not a character cut at the end of the sample
            raise ReportFileError(
                "not UTF-8 text (a table saved as GBK? convert it: iconv -f GBK -t UTF-8)",
                file=str(path),
            ) from None
        text = head[: exc.start].decode("utf-8-sig")
    header = text.splitlines()[0] if text else ""
    if path.suffix.lower() == ".tsv":
        return "\t"
    return max((",", ";", "\t"), key=header.count)


def _lines_are_rows(path: Path, rows: int) -> bool:
    """Whether each row of a CSV is one line (no quoted cell spans lines)."""
    if path.suffix.lower() not in (".csv", ".txt", ".tsv"):
        return False
    lines, last = 0, b"\n"
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            lines, last = lines + chunk.count(b"\n"), chunk[-1:]
    return lines + (last != b"\n") == rows + 1


def _checked(table: pl.LazyFrame, path: Path | None) -> tuple[int, pl.LazyFrame]:
    """Read a table (or a part of one), refuse a row that cannot be checked, check it.

    Returns:
        The number of rows, and the findings as a LazyFrame.
    """
    parsed = parse_table(table).collect(engine="streaming")
    refuse_bad_rows(parsed, path)
    source, file = ("table", None) if path is None else (path.stem, str(path))
    return parsed.height, table_findings(parsed.lazy(), source=source, file=file)


def table_findings_frame(table: pl.LazyFrame, path: str | Path | None = None) -> pl.DataFrame:
    """Parse and check a table; the findings, validated against FindingSchema.

    Raises:
        ReportFileError: for a row that cannot be checked (naming its line and column).
    """
    from xinhong_metrics.schemas import FindingSchema  # noqa: PLC0415

    path = None if path is None else Path(path)
    try:
        rows, lazy = _checked(table, path)
        found = lazy.collect(engine="streaming")
        if path is None or not _lines_are_rows(path, rows):
            # A quoted cell spans lines (or there are none): the row is in the quote.
            found = found.with_columns(pl.lit(None, dtype=pl.Int64).alias(col.LINE))
    except pl.exceptions.PolarsError as exc:
        raise ReportFileError(
            f"cannot check the table ({str(exc).splitlines()[0]})",
            file=None if path is None else str(path),
        ) from None
    return FindingSchema.validate(found)


# A streaming split keeps a buffer per open file (about 7 MB each, measured): at most
# this many files are written at once, so a table of any length splits in two passes.
_FAN_OUT = 16


def _split(table: pl.LazyFrame, folder: Path, parts: int) -> list[Path]:
    """Write the table's rows to one Parquet file per value of ``_part``, in two passes.

    The first pass splits by ``_part % 16``; each of its files is split again by
    ``_part // 16``, so no pass writes more than ``max(16, parts / 16)`` files at once.
    """
    first = folder / "first"
    table.with_columns((pl.col("_part") % _FAN_OUT).alias("_first")).sink_parquet(
        pl.PartitionBy(first, key="_first", include_key=False), mkdir=True
    )
    if parts <= _FAN_OUT:
        return sorted(first.rglob("*.parquet"))
    second = folder / "second"
    for n, group in enumerate(sorted(first.rglob("*.parquet"))):
        pl.scan_parquet(group).with_columns(
            (pl.col("_part") // _FAN_OUT).alias("_second")
        ).sink_parquet(
            pl.PartitionBy(second / str(n), key="_second", include_key=False), mkdir=True
        )
        group.unlink()
    return sorted(second.rglob("*.parquet"))


def check_table_file(
    source: str | Path,
    target: str | Path,
    mapping: Mapping[str, str] | None = None,
    *,
    rows_per_part: int = 500_000,
) -> int:
    """Check a Parquet or CSV table of any size into a folder of Parquet findings.

    Memory stays bounded whatever the table's length: one streaming pass splits the
    table by a hash of the entity into parts of about ``rows_per_part`` rows (a change
    and the level before it are of one entity, so they fall in one part); each part is
    then parsed, checked and written on its own.

    Args:
        source: the table (.parquet, .csv or .tsv).
        target: a folder for the findings, one Parquet file per part (made if missing).
        mapping: role → column, as for :func:`indicator_table`.
        rows_per_part: the rows each part holds, about.

    Returns:
        The number of findings written.
    """
    import tempfile  # noqa: PLC0415

    source, target = Path(source), Path(target)
    table = read_table(source, mapping)
    rows = table.select(pl.len()).collect(engine="streaming").item()
    parts = max(1, -(-rows // rows_per_part))
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    with tempfile.TemporaryDirectory(prefix="xm-table-") as folder:
        # The row numbers of the whole table, before it is split, name each row's line.
        numbered = table.with_row_index(ROW, offset=1).with_columns(
            pl.col(ROW).cast(pl.Int64), (pl.col(ENTITY).hash() % parts).alias("_part")
        )
        for n, part in enumerate(_split(numbered, Path(folder), parts)):
            _, found = _checked(pl.scan_parquet(part).drop("_part"), source)
            out = target / f"findings-{n:05d}.parquet"
            found.sink_parquet(out, engine="streaming")
            written += pl.scan_parquet(out).select(pl.len()).collect().item()
    return written
