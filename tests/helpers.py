"""Helpers shared by tests: small report files written on the fly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from xinhong_metrics.cli import main


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the command line as a user would: exit status, standard output, standard error."""
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def write_report(
    folder: Path, rid: str, period: int, values: list[dict[str, Any]], claims: list[dict[str, Any]]
) -> Path:
    indicators: dict[str, dict[str, Any]] = {}
    for v in values:
        ind = indicators.setdefault(
            v["id"],
            {
                "id": v["id"],
                "name": v.get("name", v["id"]),
                "unit": v.get("unit", "亿元"),
                "values": [],
            },
        )
        value = {
            "period": v.get("period", period),
            "figure": v["figure"],
            "quote": f"{ind['name']}{v['figure']}",
        }
        for key in ("scope", "span", "estimate", "years"):
            if key in v:
                value[key] = v[key]
        ind["values"].append(value)
    document = {
        "report": {
            "id": rid,
            "entity": "测试区",
            "title": rid,
            "period": period,
            "published": period + 1,
            "source": {},
        },
        "indicators": list(indicators.values()),
        "claims": claims,
    }
    path = folder / f"{rid}.yaml"
    yaml = YAML(typ="safe", pure=True)
    yaml.allow_unicode = True
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(document, fh)
    return path
