"""How official texts count a period and say that one comes back: "2年", "两年", "6个月", "30日" (a count), "每年",
"每季度", "每月" (a period every …). Shared by the readers of a text's own dates (index/source/dates.py) and of a
business's windows (index/source/windows.py), each with the bounds it reads."""
from __future__ import annotations

import re

# the numerals a count is written in besides digits (二 and 两 both: 二十年, 两年)
CN_COUNT_DIGITS = "一二两三四五六七八九十"


def count(digits: int) -> str:
    """A count of 1 to `digits` digits or Chinese numerals, as the group `n`: a text's own period (有效期2年,
    两年内有效: dates.py) is years or months, two digits at most; a business's window (30日内, 180个工作日内:
    windows.py) counts days too, three."""
    return rf"(?P<n>\d{{1,{digits}}}|[{CN_COUNT_DIGITS}]{{1,{digits}}})"


# a period that comes back, after 每, in two readings that differ on purpose:
#  - EVERY (windows.py) names the period as `per`, to find the next window in it (每年6月底前, 每季度首月10日前,
#    每个月月底前), so it takes only what it can count (a year, a quarter, a month, with their short forms 每季 and
#    每个月) and the 的 after it;
#  - RECURS (dates.py) only tells that a date stands in a window every year, half year, quarter or month
#    (每年1月1日至6月30日报送年度报告: not an end), in the words it has always taken.
EVERY = re.compile(r"每(?P<per>个?年度|年|季度|个?季|个?月)(?:的)?")
RECURS = re.compile(r"每(?:年|季度|月|半年|个?年度)")
