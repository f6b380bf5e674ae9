"""Rules added after trying the thirty-fifth batch of written articles as an editor would (tests/golden/articles
de225: a German finfluencer's X thread of numbered posts on Baidu and Alibaba after their big day of 5 March 2025, with
Hong Kong, the Nasdaq 100 and the Dax; en221: a Reddit 'DD' post on r/investing setting Alibaba's ADR against its Hong
Kong shares on 8 January 2026, with an edit correcting a figure at the end). Each sentence here is written for the
test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- '9988 fell 2.3%': a Hong Kong stock code alone names the Hong Kong listing, as its ticker does ----------------


def test_hong_kong_stock_code_alone_names_the_hong_kong_listing(tmp_path: Path) -> None:
    # 9988.HK close 2026-01-08 142.60 / 2026-01-07 145.90 - 1 = -2.26 %; BABA the same day: 154.47 / 146.75 = +5.26 %
    text = "BABA jumped 5.3% to $154.47 on Thursday. On the same day, 9988 fell 2.3%."
    claims = _claims(text, date(2026, 1, 9))
    assert claims["2.3"].listing == "9988.HK" and claims["2.3"].kind == "day_change"
    assert verdicts_by_quote(tmp_path, text, "2026-01-09")["2.3"] == "accurate"
    # a move not said to have ended may be any of the day's range (low 141.00: -3.36 %), or of the session before's
    # (2026-01-07: -4.84 % .. -1.99 %): 6.3 % lies beyond both
    altered = text.replace("2.3%", "6.3%")
    assert verdicts_by_quote(tmp_path, altered, "2026-01-09")["6.3"] != "accurate"


def test_hong_kong_stock_code_with_its_leading_zero() -> None:
    text = "BABA jumped 5.3% to $154.47 on Thursday. On the same day, 09988 fell 2.3%."
    assert _claims(text, date(2026, 1, 9))["2.3"].listing == "9988.HK"


# --- 'BABA rose 5.3% while 9988 lost 2.3%': a ticker in the number's own clause beats one across a contrast word ----


def test_ticker_of_the_own_clause_across_a_contrast_word(tmp_path: Path) -> None:
    # BABA 2026-01-08: 154.47 / 146.75 - 1 = +5.26 %; 9988.HK 2026-01-08: 142.60 / 145.90 - 1 = -2.26 %
    text = "On Thursday BABA rose 5.3% while 9988 lost 2.3%."
    claims = _claims(text, date(2026, 1, 9))
    assert claims["5.3"].listing == "BABA" and claims["2.3"].listing == "9988.HK"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-01-09")
    assert verdicts["5.3"] == "accurate" and verdicts["2.3"] == "accurate"
    # 9988.HK's day range 2026-01-08 vs 145.90: -3.36 % .. -0.69 % (2026-01-07's: -4.84 % .. -1.99 %)
    altered = text.replace("2.3%", "6.3%")
    assert verdicts_by_quote(tmp_path, altered, "2026-01-09")["6.3"] != "accurate"


def test_ticker_of_the_own_clause_beats_a_dollar_of_the_clause_before() -> None:
    text = "BABA climbed 5.3% to $154.47 on Thursday, while 9988 lost 2.3%."
    claims = _claims(text, date(2026, 1, 9))
    assert claims["154.47"].listing == "BABA" and claims["2.3"].listing == "9988.HK"


# --- 'hat bei 89,80 $ eröffnet und ist bis auf 92,09 $ gelaufen': the opening verb after its own price governs no -----
# --- later number after 'und'


def test_opening_verb_after_its_own_price_leaves_the_next_predicate_alone(tmp_path: Path) -> None:
    # BIDU 2025-03-05: open 89.80, low 89.50, high 92.09, close 91.88
    text = "Die Baidu-Aktie hat am Mittwoch bei 89,80 Dollar eröffnet und ist bis auf 92,09 Dollar gelaufen."
    claims = _claims(text, date(2025, 3, 6))
    assert claims["89,80"].kind == "open_price"
    assert claims["92,09"].kind != "open_price"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-03-06")
    assert verdicts["89,80"] == "accurate" and verdicts["92,09"] == "accurate"
    altered = text.replace("92,09", "94,09")  # above the day's high
    assert verdicts_by_quote(tmp_path, altered, "2025-03-06")["94,09"] != "accurate"


def test_opening_price_after_the_verb_is_unchanged() -> None:
    # the opening's price after its verb keeps its kind: 'eröffnete bei 89,80 Dollar und stieg bis auf 92,09 Dollar'
    text = "Die Baidu-Aktie eröffnete am Mittwoch bei 89,80 Dollar und stieg dann bis auf 92,09 Dollar."
    claims = _claims(text, date(2025, 3, 6))
    assert claims["89,80"].kind == "open_price"


# --- '12% above its 200-day moving average ($137.89) but 2% below its 50-day ($157.69)': the second average named by
# --- its window alone after a distance


def test_second_average_named_by_its_window_after_a_distance(tmp_path: Path) -> None:
    # BABA closes up to 2026-01-08: SMA50 157.69 (close 154.47 / 157.69 - 1 = -2.04 %), SMA200 137.89 (+12.02 %)
    text = (
        "Alibaba's ADR closed at $154.47 on Thursday, about 12% above its 200-day moving average ($137.89) "
        "but around 2% below its 50-day ($157.69)."
    )
    claims = _claims(text, date(2026, 1, 9))
    assert claims["157.69"].kind == "moving_average" and claims["157.69"].average_sessions == 50
    assert verdicts_by_quote(tmp_path, text, "2026-01-09")["157.69"] == "accurate"
    altered = text.replace("157.69", "162.69")
    assert verdicts_by_quote(tmp_path, altered, "2026-01-09")["162.69"] != "accurate"


# --- 'it's HK$142.60, not HK$142.90 like I first wrote': a forum post's correction withdraws the figure --------------


def test_correction_in_the_first_person_withdraws_the_figure(tmp_path: Path) -> None:
    # 9988.HK close 2026-01-08 142.60
    text = (
        "Alibaba's Hong Kong shares closed at HK$142.60 on Thursday. "
        "EDIT: fixed the close, not HK$142.90 like I first wrote."
    )
    claims = _claims(text, date(2026, 1, 9))
    assert claims["142.90"].kind == "retracted" and not claims["142.90"].checkable
    verdicts = verdicts_by_quote(tmp_path, text, "2026-01-09")
    assert verdicts["142.60"] == "accurate" and verdicts["142.90"] == "out_of_scope"
    # the figure the text states stays checked: a wrong one is still caught
    altered = text.replace("closed at HK$142.60", "closed at HK$144.60")
    assert verdicts_by_quote(tmp_path, altered, "2026-01-09")["144.60"] != "accurate"


def test_correction_as_i_originally_posted() -> None:
    text = "Alibaba's Hong Kong shares closed at HK$142.60 on Thursday, not HK$142.90 as I originally posted."
    assert _claims(text, date(2026, 1, 9))["142.90"].kind == "retracted"


# --- 'BABA ripped 5.3% to close at $154.47': a forum's word for a sharp rise is a move's sign word ------------------


def test_ripped_is_a_rise(tmp_path: Path) -> None:
    # BABA 2026-01-08: 154.47 / 146.75 (2026-01-07) - 1 = +5.26 %
    text = "BABA ripped 5.3% to close at $154.47 on Thursday."
    claims = _claims(text, date(2026, 1, 9))
    assert claims["5.3"].kind == "day_change" and claims["5.3"].direction == "up"
    assert verdicts_by_quote(tmp_path, text, "2026-01-09")["5.3"] == "accurate"
    altered = text.replace("5.3%", "7.3%")
    assert verdicts_by_quote(tmp_path, altered, "2026-01-09")["7.3"] != "accurate"


# --- 'from $84.79 at the end of 2024 to $146.58': a year's end named right after its price dates that price -------


def test_price_at_the_end_of_a_named_year(tmp_path: Path) -> None:
    # BABA close 2024-12-31 84.79, close 2025-12-31 146.58
    text = "Alibaba's ADR climbed from $84.79 at the end of 2024 to $146.58 on Dec. 31."
    claims = _claims(text, date(2026, 1, 9))
    assert claims["84.79"].reference == {"date": "2024-12-31"}
    assert claims["146.58"].reference == {"date": "2025-12-31"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-01-09")
    assert verdicts["84.79"] == "accurate" and verdicts["146.58"] == "accurate"
    altered = text.replace("84.79", "88.79")
    assert verdicts_by_quote(tmp_path, altered, "2026-01-09")["88.79"] != "accurate"


# --- '2025 was a great year for Alibaba: the ADR gained 73%': the year heading the sentence is the move's period ---


def test_year_heading_the_sentence_as_a_year_told_of(tmp_path: Path) -> None:
    # BABA 2025: 146.58 (2025-12-31) / 84.79 (2024-12-31) - 1 = +72.87 %
    text = "2025 was a great year for Alibaba: the ADR gained 73%."
    claims = _claims(text, date(2026, 1, 9))
    assert claims["73"].kind == "calendar_year_return"
    assert claims["73"].reference == {"start": "2025-01-01", "end": "2025-12-31"}
    assert verdicts_by_quote(tmp_path, text, "2026-01-09")["73"] == "accurate"
    altered = text.replace("73%", "78%")
    assert verdicts_by_quote(tmp_path, altered, "2026-01-09")["78"] != "accurate"


# --- 'wurden gut 132 Mio. Alibaba-Aktien gehandelt': the company of the shares a count names is its subject --------


def test_count_of_a_named_companys_shares_is_that_companys_volume(tmp_path: Path) -> None:
    # 9988.HK volume 2025-03-05: 132,295,744 shares (9888.HK's that day: 14,453,429)
    text = (
        "Baidu gewann am Mittwoch in Hongkong 3,2 Prozent auf 87,50 HK$. "
        "In Hongkong wurden gut 132 Mio. Alibaba-Aktien gehandelt."
    )
    claims = _claims(text, date(2025, 3, 5))
    assert claims["132"].kind == "volume" and claims["132"].listing == "9988.HK"
    assert verdicts_by_quote(tmp_path, text, "2025-03-05")["132"] == "accurate"
    altered = text.replace("gut 132", "gut 152")
    assert verdicts_by_quote(tmp_path, altered, "2025-03-05")["152"] != "accurate"


def test_count_without_a_company_keeps_the_subject_in_play() -> None:
    text = "Baidu gewann am Mittwoch in Hongkong 3,2 Prozent auf 87,50 HK$. Umgesetzt wurden gut 14 Mio. Aktien."
    assert _claims(text, date(2025, 3, 5))["14"].listing == "9888.HK"


# --- 'Rund 14 Mio. Baidu-Aktien gingen dort über den Tisch': the idiom of shares changing hands is a volume's cue ----


def test_shares_going_over_the_counter_is_a_volume(tmp_path: Path) -> None:
    # 9888.HK volume 2025-03-05: 14,453,429 shares
    text = (
        "Die Baidu-Aktie stieg am Mittwoch in Hongkong um 3,2 Prozent. "
        "In Hongkong gingen rund 14 Mio. Baidu-Aktien über den Tisch."
    )
    claims = _claims(text, date(2025, 3, 5))
    assert claims["14"].kind == "volume" and claims["14"].listing == "9888.HK"
    assert verdicts_by_quote(tmp_path, text, "2025-03-05")["14"] == "accurate"
    altered = text.replace("rund 14", "rund 24")
    assert verdicts_by_quote(tmp_path, altered, "2025-03-05")["24"] != "accurate"


def test_shares_going_over_the_counter_after_the_verb() -> None:
    text = (
        "Die Baidu-Aktie stieg am Mittwoch in Hongkong um 3,2 Prozent. Rund 14 Mio. Aktien gingen dort über den Tisch."
    )
    assert _claims(text, date(2025, 3, 5))["14"].kind == "volume"


# --- "that's roughly $146.40 per ADR": a parity the writer works out is a conversion, no quote -----------------------


def test_parity_worked_out_with_thats_is_a_conversion(tmp_path: Path) -> None:
    # 8 x 9988.HK close 2026-01-08 142.60 = 1140.80 HKD / USD-HKD 7.7928 = 146.39 USD per ADR (BABA closed at 154.47)
    text = (
        "Alibaba's Hong Kong shares closed at HK$142.60 on Thursday. At 7.79 Hong Kong dollars per US dollar "
        "that's roughly $146.40 per ADR."
    )
    claims = _claims(text, date(2026, 1, 9))
    assert claims["146.40"].kind == "price_conversion" and not claims["146.40"].checkable
    verdicts = verdicts_by_quote(tmp_path, text, "2026-01-09")
    assert verdicts["146.40"] == "out_of_scope" and verdicts["142.60"] == "accurate"
    altered = text.replace("closed at HK$142.60", "closed at HK$145.60")
    assert verdicts_by_quote(tmp_path, altered, "2026-01-09")["145.60"] != "accurate"
