"""Shares and rates (占…X%, …率X%): the whole or part a rate implies, in whole numbers.

``新发展"两新"党员48人,占街道发展总数76%`` holds only if the whole is 63 (48/63 =
76.19%); ``提出问题198个,问题办结率100%`` only if all 198 were settled.
"""

from xinhong_metrics.checks.registry import Family
from xinhong_metrics.checks.shares._decide import decide, stated
from xinhong_metrics.checks.shares._scalar import (
    CHECK_ID,
    ShareCheck,
    check_share,
    share_frame,
    share_frame_inputs,
    smallest_base,
)

__all__ = [
    "CHECK_ID",
    "FAMILIES",
    "ShareCheck",
    "check_share",
    "share_frame",
    "share_frame_inputs",
    "smallest_base",
]

FAMILIES = (Family("share", CHECK_ID, decide, stated, share_frame),)
