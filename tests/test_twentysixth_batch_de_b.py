"""Rules added after trying the twenty-sixth batch of written German articles as an editor would, second set
(tests/golden/articles de169..de173: a Focus Money analysis of Nvidia with its record, moving averages and RSI, a Sunday
'Euro am Sonntag' review of Alibaba's week and January in Hong Kong and Frankfurt with the DAX, an NZZ note in Swiss
style on the Hang Seng and Alibaba, an Onvista profile of Tencent with its key figures, a Tagesschau report on Chinese
tech stocks under pressure). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'seit vergangenem Freitag' (the dative without an article) is a move since that Friday's close --------------------


def test_seit_vergangenem_freitag_is_a_move_since_fridays_close(tmp_path: Path) -> None:
    # 3690.HK Wednesday 2026-03-25 close 90.00; Friday 2026-03-20 79.15 (+13.71 %); Tuesday 79.00 (+13.92 % on the day)
    text = (
        "Meituan-Aktie springt an\n\nDie Meituan-Aktie schloss am Mittwoch in Hongkong bei 90,00 HKD. "
        "Seit vergangenem Freitag hat das Papier damit 13,7 Prozent gewonnen."
    )
    claims = _claims(text, date(2026, 3, 25))
    assert claims["13,7"].kind == "since_return" and claims["13,7"].listing == "3690.HK"
    assert claims["13,7"].reference == {"start": "2026-03-20", "end": "2026-03-25"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["13,7"] == "accurate"
    wrong = verdicts_by_quote(tmp_path, text.replace("13,7", "18,7"), "2026-03-25")
    assert wrong["18,7"] == "wrong"


def test_seit_letztem_freitag_too(tmp_path: Path) -> None:
    # 9888.HK Wednesday 2025-10-22 close 115.10; Friday 2025-10-17 112.90 (+1.95 %)
    text = (
        "Baidu in Hongkong gefragt\n\nDie Baidu-Aktie ging am Mittwoch in Hongkong mit 115,10 HKD aus dem Handel, "
        "seit letztem Freitag ein Plus von 1,9 Prozent."
    )
    claims = _claims(text, date(2025, 10, 22))
    assert claims["1,9"].kind == "since_return"
    assert claims["1,9"].reference == {"start": "2025-10-17", "end": "2025-10-22"}
    assert verdicts_by_quote(tmp_path, text, "2025-10-22")["1,9"] == "accurate"


def test_since_last_friday_in_english_reads_the_same(tmp_path: Path) -> None:
    # BABA Wednesday 2026-03-25 close 129.87; Friday 2026-03-20 122.41 (+6.09 %)
    text = "Alibaba's U.S.-listed shares closed at $129.87 on Wednesday, up 6.1% since last Friday."
    claims = _claims(text, date(2026, 3, 25))
    assert claims["6.1"].kind == "since_return"
    assert claims["6.1"].reference == {"start": "2026-03-20", "end": "2026-03-25"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-25")["6.1"] == "accurate"
