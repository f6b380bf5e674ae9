"""An open told in a text written while that session trades is that session's open, which had taken place: a midday
report's 'after opening 7% lower', its day carried from the sentence before, is not also read on the session before
(whose span from its open to its low could hold it).

Quotes (seeds/quotes/9888.HK.csv): 2025-09-22 close 135.70; 2025-09-23 open 133.00, low 125.00, close 128.40;
2025-09-24 open 122.00, low 121.30. The open of 2025-09-24: 122.00 / 128.40 - 1 = -4.98 %. The session before ran from
133.00 / 135.70 - 1 = -1.99 % at its open to 125.00 / 135.70 - 1 = -7.89 % at its low.
"""

from pathlib import Path

from tests.helpers import verdicts_by_quote

STAMP = "Midday wrap\n\nSeptember 24, 2025 12:20 PM GMT+8\n\n"
TEXT = STAMP + (
    "Hong Kong stocks were mixed at the lunch break on Wednesday. Baidu's Hong Kong shares were trading near HK$124 "
    "after opening 5% lower at HK$122."
)


def test_a_midday_open_is_of_the_session_trading(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, TEXT, "2025-09-24")["5"] == "accurate"
    # -7 % lies in the session before's span from its open to its low, but not at this session's open (-4.98 %)
    altered = TEXT.replace("opening 5% lower", "opening 7% lower")
    assert verdicts_by_quote(tmp_path, altered, "2025-09-24")["7"] == "wrong"
