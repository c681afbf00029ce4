"""``[tool.xinhong-metrics]`` in pyproject.toml: a project's report paths and CI defaults.

```toml
[tool.xinhong-metrics]
paths = ["reports"]                 # what `xinhong-metrics check` checks with no paths
exclude = ["drafts", "*.draft.yaml"]
fail-on = "warning"
rounding = "half_up"
format = "table"
outputs = ["junit=build/report.xml", "sarif=build/report.sarif"]
columns = { entity = "地区", indicator = "指标", period = "年份", level = "数值" }  # check-table
concepts = "concepts.yaml"          # the project's concepts, added to the shipped catalog
```

The nearest pyproject.toml above the working folder is read; paths are relative to it.
The command line wins over the file, and the file over the built-in defaults.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xinhong_metrics.columns import TABLE_ROLES
from xinhong_metrics.errors import UsageError
from xinhong_metrics.formats import FAIL_ON, OutputFormat, split_output
from xinhong_metrics.numbers import Rounding

__all__ = ["Config", "find_config"]

_TABLE = "xinhong-metrics"


@dataclass(frozen=True)
class Config:
    """What a project's pyproject.toml sets; empty when it sets nothing.

    Attributes:
        file: the pyproject.toml read, or ``None``.
        paths: report files and folders to check when none are given, absolute.
        exclude: glob patterns of files and folders to leave out.
        fail_on, rounding, fmt: defaults of the options of the same names.
        outputs: ``FORMAT=PATH`` outputs to write, paths absolute.
        columns: for ``check-table``, each role (entity, level …) and its column.
        concepts: the project's concept catalog file, absolute, or ``None``.
    """

    file: Path | None = None
    paths: tuple[Path, ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: str | None = None
    rounding: str | None = None
    fmt: str | None = None
    outputs: tuple[str, ...] = field(default=())
    columns: tuple[tuple[str, str], ...] = ()
    concepts: Path | None = None


def find_config(start: Path | None = None) -> Config:
    """The configuration of the project the working folder (or ``start``) lies in.

    Raises:
        UsageError: for a pyproject.toml that is not TOML, or a table with an unknown
            key or a value of the wrong kind, naming the file and the key.
    """
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder / "pyproject.toml", *(p / "pyproject.toml" for p in folder.parents)):
        if candidate.is_file():
            return _read(candidate)
    return Config()


def _read(file: Path) -> Config:
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"cannot read it as TOML ({exc})", file=str(file)) from None
    tools = data.get("tool", {})
    table = tools.get(_TABLE) if isinstance(tools, dict) else None
    if table is None:
        near = [name for name in tools if name.replace("_", "-") == _TABLE]
        if near:
            raise UsageError(f"[tool.{near[0]}]: did you mean [tool.{_TABLE}]?", file=str(file))
        return Config()
    if not isinstance(table, dict):
        raise UsageError(f"[tool.{_TABLE}] must be a table", file=str(file))
    known = {"paths", "exclude", "fail-on", "rounding", "format", "outputs", "columns", "concepts"}
    for key in table:
        if key not in known:
            raise UsageError(
                f"unknown key {key!r} in [tool.{_TABLE}] (known: {', '.join(sorted(known))})",
                file=str(file),
            )
    root = file.parent
    outputs = []
    formats = [f.value for f in OutputFormat]
    for spec in _strings(table, "outputs", file):
        parsed = split_output(spec)
        if parsed is None:
            raise UsageError(
                f"[tool.{_TABLE}] outputs take FORMAT=PATH with FORMAT one of "
                f"{', '.join(formats)}, not {spec!r}",
                file=str(file),
            )
        outputs.append(f"{parsed[0]}={root / parsed[1]}")
    return Config(
        file=file,
        paths=tuple(root / p for p in _strings(table, "paths", file)),
        exclude=tuple(_strings(table, "exclude", file)),
        fail_on=_choice(table, "fail-on", list(FAIL_ON), file),
        rounding=_choice(table, "rounding", [r.value for r in Rounding], file),
        fmt=_choice(table, "format", [f.value for f in OutputFormat], file),
        outputs=tuple(outputs),
        columns=_columns(table, file),
        concepts=_concepts(table, file),
    )


def _concepts(table: dict[str, Any], file: Path) -> Path | None:
    value = table.get("concepts")
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise UsageError(f"[tool.{_TABLE}] concepts must be the path of a file", file=str(file))
    return file.parent / value


def _columns(table: dict[str, Any], file: Path) -> tuple[tuple[str, str], ...]:
    value = table.get("columns", {})
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise UsageError(f"[tool.{_TABLE}] columns must map roles to column names", file=str(file))
    for role in value:
        if role not in TABLE_ROLES:
            raise UsageError(
                f"[tool.{_TABLE}] columns: unknown role {role!r} (roles: {', '.join(TABLE_ROLES)})",
                file=str(file),
            )
    return tuple(value.items())


def _strings(table: dict[str, Any], key: str, file: Path) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"[tool.{_TABLE}] {key} must be a list of strings", file=str(file))
    return value


def _choice(table: dict[str, Any], key: str, choices: list[str], file: Path) -> str | None:
    value = table.get(key)
    if value is not None and value not in choices:
        raise UsageError(
            f"[tool.{_TABLE}] {key} must be one of {', '.join(choices)}, not {value!r}",
            file=str(file),
        )
    return value
