"""Every text of the development corpus drafts into a report file that loads and checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xinhong_metrics import check
from xinhong_metrics.cli import main

CORPUS = Path(__file__).parent / "corpus"


def test_the_whole_corpus_drafts_loads_and_checks_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """extract then check over 35 texts: exit 0, and no error resting on an unsure link."""
    main(["extract", str(CORPUS), "-o", str(tmp_path)])  # returns: nothing to fail on
    assert 35 == len(list(tmp_path.glob("*.draft.yaml")))
    capsys.readouterr()
    main(["check", str(tmp_path), "--format", "json", "--fail-on", "never"])  # exit 0: returns
    out, err = capsys.readouterr()
    assert "" == err
    findings = json.loads(out)
    assert len(findings) > 300
    # The command line skips FindingSchema for speed; the API runs it on the same drafts.
    assert len(findings) == check([tmp_path]).height
    across = [f for f in findings if f["check"].startswith("cross-year")]
    assert any(f["verdict"] == "consistent" for f in across)
    # A drafted claim whose link is unsure is at most ambiguous; so is a restatement
    # between drafts, but for a whole number well named: the corpus has one, the 2002
    # trade rank (第五位 in the 2003 and 2004 reports, 第六位 in the 2008 report). Any
    # other inconsistent rests on a plain level-and-change link.
    for finding in findings:
        if finding["verdict"] == "inconsistent" and finding["check"] == "restatement":
            assert finding["message"].startswith("national_2008_gwr restates 2002 as 第六位")
        elif finding["verdict"] == "inconsistent":
            assert finding["check"] in ("relative-change", "cross-year-change"), finding
