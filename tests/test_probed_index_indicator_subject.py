"""An indicator's value in a sentence naming no subject ('Der Relative-Stärke-Index ist mit 28 ... gefallen', 'Its
14-day RSI is at 28') after a sentence that ended on an index's figure is that index's, as a percentage there is
(subjects.subject_of); before, it went to a stock named earlier in the text (de213, en198, en205) or to none (en120).
The RSI is computed here from the snapshot's closes, Wilder's smoothing over the whole history. Each text here is
written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from claimcheck.paths import SEEDS_DIR
from tests.helpers import claims_by_quote, verdicts_by_quote

# ^GDAXI closes 2026-03-19 22839.56, 2026-03-20 (Friday) 22380.19: 22380.19 / 22839.56 - 1 = -2.01 %
_GERMAN = (
    "Tencent legte am Freitag in Hongkong zu. Der Dax gab am Freitag 2,0 Prozent nach und schloss bei 22.380 Punkten. "
    "Der Relative-Stärke-Index ist mit 28 in den überverkauften Bereich gefallen."
)
_ENGLISH = (
    "Tencent rose in Hong Kong on Friday. The DAX lost 2.0% on Friday to close at 22,380. Its 14-day RSI is at 28."
)


def _wilder_rsi(listing: str, day: str, period: int = 14) -> float:
    closes = pd.read_csv(SEEDS_DIR / "quotes" / f"{listing}.csv", index_col="date")["close"].dropna()
    moves = closes.loc[:day].diff().dropna()
    gains = moves.clip(lower=0).ewm(alpha=1 / period, adjust=False).mean().iloc[-1]
    losses = (-moves.clip(upper=0)).ewm(alpha=1 / period, adjust=False).mean().iloc[-1]
    return float(100 - 100 / (1 + gains / losses))


def test_the_dax_rsi_of_the_friday_is_oversold() -> None:
    assert round(_wilder_rsi("^GDAXI", "2026-03-20")) == 28  # 28.06


@pytest.mark.parametrize("text", [_GERMAN, _ENGLISH])
def test_an_indicator_naming_no_subject_is_the_index_of_the_sentence_before(tmp_path: Path, text: str) -> None:
    claim = claims_by_quote(text, date(2026, 3, 21))["28"]
    assert (claim.kind, claim.listing) == ("rsi", "^GDAXI")
    assert verdicts_by_quote(tmp_path, text, "2026-03-21")["28"] == "accurate"
    # an RSI of 45 is not the oversold 28
    altered = text.replace("mit 28", "mit 45").replace("at 28", "at 45")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-21")["45"] == "wrong"
