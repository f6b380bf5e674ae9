"""A year's close labelling its figure, '(Schlusskurs 2025: 142,80 HKD)', is the close of that year's last session
(`dates._YEAR_END`), and a label's day is its figure's only, also where the label opens the sentence or follows a
colon (`bindings._bracket_label_owner`). A price of a window whose last session's row holds the close only (Hong
Kong's half day of 2025-12-31: no open, high nor low) is read against that close (`readings._readings_at`), not
against another day of the window. Before, the label's figure took the day the text was in (a true close called
imprecise or wrong), and 'Ende Dezember ... bei 142,80' was measured against 2025-12-30's range (imprecise)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# seeds/quotes/9988.HK.csv: 2025-12-31 close 142.80 (a half day: no open, high, low); 2025-12-30 range 143.20..145.70;
# 2026-02-27 close 142.90
FRIDAY = date(2026, 2, 27)


def test_years_close_label_is_its_last_session() -> None:
    claims = claims_by_quote(
        "Die Alibaba-Aktie liegt in Hongkong seit Jahresbeginn kaum verändert (Schlusskurs 2025: 142,80 HKD).", FRIDAY
    )
    assert claims["142,80"].kind == "close"
    assert claims["142,80"].reference == {"date": "2025-12-31"}


def test_label_opening_the_sentence_dates_its_figure_only() -> None:
    claims = claims_by_quote("Alibaba in Hongkong: Schlusskurs 2025: 142,80 HKD, zuletzt 142,90 HKD.", FRIDAY)
    assert claims["142,80"].reference == {"date": "2025-12-31"}
    assert claims["142,90"].reference == {"date": "2026-02-27"}


def test_end_of_december_price_is_the_half_days_close(tmp_path: Path) -> None:
    text = (
        "Die Alibaba-Aktie beendete den Handel in Hongkong bei 142,90 HKD. Ende Dezember hatte das Papier bei "
        "{x} HKD gestanden."
    )
    (tmp_path / "t").mkdir()
    (tmp_path / "a").mkdir()
    assert verdicts_by_quote(tmp_path / "t", text.format(x="142,80"), "2026-02-27")["142,80"] == "accurate"
    assert verdicts_by_quote(tmp_path / "a", text.format(x="152,80"), "2026-02-27")["152,80"] == "wrong"
