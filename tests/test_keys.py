"""The hand-made keys in benchmarks/ stay true to the texts they label."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
GOLD = sorted((ROOT / "benchmarks" / "gold").glob("*.yaml"))
KEYS = sorted((ROOT / "benchmarks" / "crossyear-key").glob("*.csv"))
ROLES = {"value", "target", "claim", "set_aside"}


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_every_gold_item_stands_at_its_offset(path: Path) -> None:
    """Each labelled number is in its text at its offset, once, in order, with a role."""
    gold = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    text = (CORPUS / gold["text"]).read_text(encoding="utf-8")
    offsets = [item["offset"] for item in gold["items"]]
    assert sorted(set(offsets)) == offsets
    for item in gold["items"]:
        number = str(item["number"])
        assert number == text[item["offset"] : item["offset"] + len(number)], item
        assert item["role"] in ROLES, item


@pytest.mark.parametrize("path", KEYS, ids=lambda p: p.stem)
def test_every_key_quote_stands_at_its_offset(path: Path) -> None:
    """Both quotes of each cross-year row are verbatim at their offsets."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 50
    for row in rows:
        for side in ("later", "earlier"):
            if not row[f"{side}_report"] or not row[f"{side}_offset"]:
                continue
            text = (CORPUS / row[f"{side}_report"]).read_text(encoding="utf-8")
            offset, quote = int(row[f"{side}_offset"]), row[f"{side}_quote"]
            assert quote == text[offset : offset + len(quote)], row
        assert row["link"] in ("yes", "no"), row
