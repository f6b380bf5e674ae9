"""What the quotes say about each claim: on which listings and days it is read, and its readings there (a point or a
range, with their evidence: `readings.py`).

Frames in, Measurement records out. Raw traded prices only; sessions from exchange_calendars.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pandas as pd

from claimcheck.core.kinds import (
    DISTANCE_KINDS,
    MOVING_AVERAGE_KINDS,
    PERIOD_EXTREME_KINDS,
    PERIOD_KINDS,
    SESSION_KINDS,
    SET_EXTREME_KINDS,
    SHARE_PRICE_KINDS,
    STATEMENT_KINDS,
    UNMEASURED_KINDS,
)
from claimcheck.core.readings import (
    DERIVED_OPEN,
    INDEX_KINDS,
    INDEX_VOLUME,
    VOLUME_NOT_JUDGED,
    WINDOW_SESSIONS,
    ListingData,
    dated_base,
    percent_move,
    point_reading,
    quote_field,
    readings_for,
    whole_year,
)
from claimcheck.core.session_ties import tie_extremes_to_reported_session
from claimcheck.core.sessions import (
    MissingData,
    is_session,
    next_session,
    previous_session,
    session_on_or_before,
    sessions_between,
    sessions_ending,
)
from claimcheck.model import CURRENCIES, INFERRED_LISTING, Claim, Evidence, Measurement, Reading
from claimcheck.rules import Listing, Rules

APPROXIMATE_SESSIONS = 8  # 'Mitte Februar' for a figure as of a day: the sessions up to the window's end
MAX_GAP_DAYS = 10  # an FX rate older than this many days is not used


def _candidate_days(claim: Claim, code: str, published: date | None, own_quotes: bool = True) -> list[date]:
    """The sessions a claim's words permit: the day it names; for a day that resolved after
    publication, that day and the sessions of the publication week; for a claim that names no day
    (or a vague one), each session it may mean. A week's move may also be the last calendar week's
    ('in der Vorwoche', 'last week'), read as of that week's last session."""
    days = _days_named(claim, code, published, own_quotes)
    # (not for a week bound to a session the text reported: it is as of that session or later)
    if claim.kind == "week_return" and days and claim.not_before is None:
        end = max(days)
        days = sorted({*days, session_on_or_before(code, end - timedelta(days=end.weekday() + 1))})
    if claim.set_on is not None and claim.kind in SET_EXTREME_KINDS:
        # 'hit a year high of HK$185 on Oct. 2': the extreme as of the day it was set, beside the one as of now
        days = sorted({*days, session_on_or_before(code, date.fromisoformat(claim.set_on))})
    if claim.kind in MOVING_AVERAGE_KINDS and claim.date_basis == "implied" and days:
        # a chart figure naming no day is as of the latest session: the close a distance rests on moves a few
        # per cent in a week, so any of five sessions would pass a wrong figure ('gut 30 Prozent über ihrer
        # 50-Tage-Linie' at +26.5 % on the day, +30.8 % three sessions before); its readings as of the session
        # before stay permitted (`_average_readings`)
        days = days[-1:]
    counted_sessions = claim.window_back is not None and claim.window_back[1] == "sessions"
    if (claim.kind == "rsi" or counted_sessions) and claim.date_basis == "implied" and days:
        # so is an RSI naming no day: it swings several points a session ('slipped to about 32' at 28.5 on the day,
        # the simple average's 32.7 two sessions before), and a move over a few sessions ('over the past two
        # sessions') more; as of the latest session, or the one before (a morning text's chart of yesterday, or the
        # latest session not yet closed)
        days = days[-2:]
    return days


# a price or an open told of a session trading when the text was written: that session's (its open had taken place)
_OF_THE_SESSION_TRADING = frozenset({"last_price", "intraday_price", "open_move", "open_price"})


def _days_named(claim: Claim, code: str, published: date | None, own_quotes: bool = True) -> list[date]:
    ref = claim.reference or {}
    if claim.kind in PERIOD_EXTREME_KINDS and "end" in ref:
        return [session_on_or_before(code, date.fromisoformat(ref["end"]))]  # one reading of the whole window
    stated = date.fromisoformat(ref["date"]) if "date" in ref else None
    if stated is not None and published is not None and stated > published:
        return sorted({*sessions_ending(code, published, WINDOW_SESSIONS), session_on_or_before(code, stated)})
    if (
        stated is not None
        and claim.time_source == "earlier_sentence"
        and claim.kind in SESSION_KINDS
        and not claim.completed_session  # a session the text reports finished had traded
        and not claim.day_told_of_its_market  # so had one a sentence before told of the same market
        # a price of a ticker entry written while its session traded (`linking.as_of_entry`) is of that session
        and not (claim.kind in _OF_THE_SESSION_TRADING and claim.open_session_day == ref["date"])
    ):
        # a day carried over from a sentence about maybe another market ('am Montag' in Hong Kong,
        # then 'in den USA zuletzt bei ...'): that listing's session may not have traded yet
        # (never one on or before the close the move is measured from, `Claim.not_before`)
        day = session_on_or_before(code, stated)
        before = previous_session(code, day)
        return [before, day] if claim.not_before is None or before.isoformat() >= claim.not_before else [day]
    if stated is not None and claim.time_source != "publication_default":
        return [session_on_or_before(code, stated)]
    if stated is not None and claim.open_session_day == ref["date"] and own_quotes:
        # a move naming no day in a text written while that session of its listing traded ('12:31 PM EDT'): that
        # session's so far, or the one before told in the past tense, not an older one's (another listing's session,
        # or a derived euro parity resting on bars that may trade hours later, is left to the window); a distance
        # from the price the text gave then ('more than 75% above their 52-week low' after 'fell 6% to $124.56') is
        # that moment's only
        if claim.moved_to is not None and claim.kind in DISTANCE_KINDS:
            return [stated]
        return [previous_session(code, stated), stated]
    # the publication default: a window up to it (a period bound to a reported session: up to publication)
    end = date.fromisoformat(claim.latest or ref.get("end") or ref["date"])
    if claim.date_basis == "approximate" and claim.kind in SESSION_KINDS:
        return sessions_between(code, date.fromisoformat(ref["start"]), end)
    # a period's move up to a session still trading when the text was written ('down 8.4% so far in March' at 10:10
    # in Hong Kong): as of that moment, or of the close before, which a morning report counts its periods from
    still_trading = claim.kind in PERIOD_KINDS and claim.open_session_day is not None and own_quotes
    if claim.date_basis not in ("implied", "approximate"):
        last = session_on_or_before(code, end)
        return [previous_session(code, last), last] if still_trading and claim.open_session_day == str(last) else [last]
    count = WINDOW_SESSIONS if claim.date_basis == "implied" else APPROXIMATE_SESSIONS
    window = sessions_ending(code, end, count)
    if claim.not_before is not None:  # the text reports that session: the claim is as of it or later
        floor = date.fromisoformat(claim.not_before)
        if still_trading and claim.open_session_day == claim.not_before:
            floor = previous_session(code, floor)
        window = [day for day in window if day >= floor] or window[-1:]
    return window


def listings_data(quotes: pd.DataFrame, rules: Rules, fx: pd.DataFrame | None = None) -> dict[str, ListingData]:
    """Each listing's bars, indexed once for every claim that reads them; for a euro listing that
    mirrors another and has no quotes of its own, a derived parity series (given FX rates)."""
    calendars = {item.symbol: item.calendar for item in rules.all_listings}
    found = {
        str(sym): ListingData(str(sym), calendars.get(str(sym), "XNYS"), frame.set_index("session"))
        for sym, frame in quotes.groupby("symbol", sort=False)
    }
    if fx is None or fx.empty:
        return found
    for listing in rules.all_listings:
        mirrored = found.get(listing.mirrors or "")
        if listing.currency == "EUR" and listing.symbol not in found and mirrored is not None:
            derived = derived_listing(listing.symbol, mirrored, listing.ratio or 1.0, fx, rules)
            if derived is not None:
                found[listing.symbol] = derived
                derived.home_parity = _home_parity(listing, found, fx, rules)
                derived.closes_mid_session = listing.calendar == "XETR" and mirrored.calendar_code in ("XNYS", "XNAS")
        if listing.currency == "EUR" and listing.symbol in found:
            found[listing.symbol].share_parities = _share_parities(listing, found, fx, rules)
    return found


def _share_parities(
    listing: Listing, found: dict[str, ListingData], fx: pd.DataFrame, rules: Rules
) -> list[tuple[ListingData, bool]]:
    """For a euro listing of an ADR of several shares (AHLA.F: BABA, eight shares of 9988.HK), the euro price of one
    share: the euro series divided by the ADR's ratio, and the home listing at the ECB rate (its closes only: its
    ranges are no euro prices)."""
    adr = rules.listing(listing.mirrors or "")
    if adr is None or adr.ratio is None or adr.ratio == 1:
        return []
    euro = found[listing.symbol]
    per_share = euro.bars.copy()
    for field in ("open", "high", "low", "close", "adj_close"):
        per_share[field] = per_share[field].to_numpy(dtype=float) / adr.ratio
    how = f"{euro.derived_from or listing.symbol} ÷ {adr.ratio:g}"
    per_share["source"] = [f"derived: {how}, not a quote"] * len(per_share)
    parities = [(ListingData(listing.symbol, euro.calendar_code, per_share, derived_from=how), False)]
    home = found.get(adr.mirrors or "")
    if home is not None and (at_home := derived_listing(listing.symbol, home, listing.ratio or 1.0, fx, rules)):
        parities.append((at_home, True))
    return parities


def _home_parity(listing: Listing, found: dict[str, ListingData], fx: pd.DataFrame, rules: Rules) -> ListingData | None:
    """The euro parity of the home listing an ADR mirrors (AHLA.F mirrors BABA, BABA eight shares of 9988.HK)."""
    adr = rules.listing(listing.mirrors or "")
    home = found.get(adr.mirrors or "") if adr is not None else None
    if adr is None or home is None or adr.ratio is None:
        return None
    return derived_listing(listing.symbol, home, (listing.ratio or 1.0) * adr.ratio, fx, rules)


def derived_listing(
    symbol: str, mirrored: ListingData, ratio: float, fx: pd.DataFrame, rules: Rules
) -> ListingData | None:
    """The euro parity of a mirrored listing: its raw bars x ratio / the ECB EUR rate of the session
    (the last fixing within MAX_GAP_DAYS). What a German listing of an ADR trades at, give or take
    the gap tolerances.csv bounds; never stored, never shown as a quote."""
    currency = found.currency if (found := rules.listing(mirrored.symbol)) else ""
    column = _FX_COLUMNS.get(currency)
    if column is None or mirrored.bars.empty:
        return None
    rates = fx[["date", column]].dropna().sort_values("date")
    sessions = pd.DataFrame({"session": pd.to_datetime(pd.Series(list(mirrored.bars.index)))})
    matched = pd.merge_asof(
        sessions,
        rates.assign(fx_date=pd.to_datetime(rates["date"]))[["fx_date", column]],
        left_on="session",
        right_on="fx_date",
        direction="backward",
        tolerance=pd.Timedelta(days=MAX_GAP_DAYS),
    )
    rate = matched[column].to_numpy(dtype=float)
    bars = mirrored.bars[["open", "high", "low", "close", "adj_close"]].copy()
    for field in bars.columns:
        bars[field] = bars[field].to_numpy(dtype=float) * ratio / rate
    how = f"{mirrored.symbol} ÷ ECB EUR/{currency}"
    bars["source"] = [
        f"derived: {how} of {day:%Y-%m-%d}, not a quote" if pd.notna(day) else "derived: no ECB rate"
        for day in matched["fx_date"]
    ]
    bars["fetched_at"] = pd.NaT
    return ListingData(symbol, mirrored.calendar_code, bars, derived_from=how)


def measure(
    claims: list[Claim],
    by_symbol: dict[str, ListingData],
    fx: pd.DataFrame,
    rules: Rules,
    unavailable: dict[str, str] | None = None,
    published: date | None = None,
    euro_view: bool = False,
) -> dict[str, Measurement]:
    """Measure every checkable claim. `unavailable` maps symbols to why their data are missing;
    `euro_view` (a German article) permits the company's euro listing where no venue is named."""
    unavailable = unavailable or {}
    results: dict[str, Measurement] = {}
    for claim in claims:
        if not claim.checkable:
            continue
        results[claim.id] = _measure_one(claim, by_symbol, fx, rules, unavailable, published, euro_view)
    tie_extremes_to_reported_session(claims, results, rules)
    return results


def _measure_one(
    claim: Claim,
    by_symbol: dict[str, ListingData],
    fx: pd.DataFrame,
    rules: Rules,
    unavailable: dict[str, str],
    published: date | None = None,
    euro_view: bool = False,
) -> Measurement:
    found = Measurement(claim.id, [])
    if claim.kind == "fx_conversion":
        return _measure_fx(claim, fx, found)
    if (
        claim.kind in UNMEASURED_KINDS
        and dated_base(claim) is None
        and not whole_year(claim)
        and claim.average_sessions is None  # a moving average is measured over the window its words name
        and claim.window_back is None  # so is a move over the weeks or months its words count
        # a distance to a named month's peak is measured on that month ('24% under its January peak')
        and not (claim.kind == "distance_past_peak" and claim.extreme_month is not None)
    ):
        found.unverifiable_reason = UNMEASURED_KINDS[claim.kind]
        return found
    if claim.unmeasured_reason is not None:
        found.unverifiable_reason = claim.unmeasured_reason
        return found
    if not claim.reference:
        found.unverifiable_reason = "the day this claim refers to could not be resolved"
        return found
    if claim.listing is None:
        found.unverifiable_reason = (
            f"no quotes for {claim.subject} (no listing in the tables)"
            if claim.subject
            else "the listing this claim refers to could not be resolved"
        )
        return found
    listing = rules.listing(claim.listing)
    assert listing is not None
    if claim.kind == "volume" and (listing.currency == "points" or listing.calendar not in rules.volume_judged):
        found.unverifiable_reason = VOLUME_NOT_JUDGED if listing.currency != "points" else INDEX_VOLUME
        return found
    data = by_symbol.get(claim.listing)
    if claim.kind in ("open_price", "open_move") and data is not None and data.derived:
        found.unverifiable_reason = DERIVED_OPEN
        return found
    if claim.kind in INDEX_KINDS and (data is None or data.bars.empty):
        found.unverifiable_reason = f"no quotes for {claim.subject} ({claim.listing})"
        return found
    if data is None or data.bars.empty:
        # the generic 'none held' adds nothing to the name; a failed fetch says why
        detail = unavailable.get(claim.listing, "")
        found.unverifiable_reason = f"no quotes for {claim.subject} ({claim.listing})" + (
            f": {detail}" if detail and not detail.startswith("no quotes are held") else ""
        )
        found.indicative = _indicative(claim, listing.mirrors, listing.ratio, by_symbol, fx)
        return found
    errors = _read_listing(claim, data, found, True, published)
    if data.home_parity is not None:
        # permitted: the German venue's morning, New York still shut, trades at the parity of Hong Kong's closes (its
        # closes only: the home listing's ranges are no euro prices, the New York session's own range is read)
        parity = Measurement(claim.id, [])
        _read_listing(claim, data.home_parity, parity, False, published)
        found.readings.extend(r for r in parity.readings if r.lo == r.hi)
    if claim.unit in CURRENCIES:
        for share, closes_only in data.share_parities:
            # permitted: a euro price of one of the shares the ADR holds
            per_share = Measurement(claim.id, [])
            _read_listing(claim, share, per_share, False, published)
            found.readings.extend(r for r in per_share.readings if not closes_only or r.lo == r.hi)
    if claim.unit in ("percent", "points") or claim.kind in STATEMENT_KINDS:
        # The company's other listings: permitted readings when the article did not name the
        # listing (a guess about it must never turn a true claim into a wrong one), else a
        # perturbation that only explains ('matches BABA, not 9988.HK'). A German article that
        # names no venue may quote the euro listing: one euro series is read (derived or real).
        # A session's figure told on the venue the sentences before reported is that venue's: its
        # range alone decides ('slipped 0.9% in Hong Kong ... The stock fell as much as 3.5%').
        in_play = _reported_on_venue_in_play(claim)
        inferred = claim.listing_source in INFERRED_LISTING and not in_play
        euro_read = listing.currency == "EUR" or in_play
        for other in rules.listings_of(listing.company):
            if other.symbol == claim.listing or other.symbol not in by_symbol:
                continue
            if other.currency == "EUR" and (euro_read or not (euro_view and inferred)):
                continue
            euro_read = euro_read or other.currency == "EUR"
            _read_listing(claim, by_symbol[other.symbol], found, False, published, diagnostic=not inferred)
    if _far_from_carried_company(claim, found.readings):
        found.readings = []
        found.unverifiable_reason = f"{FAR_FROM_CARRIED} {claim.subject} ({claim.listing}){FAR_FROM_CARRIED_WHY}"
        return found
    if not any(not r.diagnostic for r in found.readings):
        found.unverifiable_reason = "; ".join(dict.fromkeys(errors)) or "no data"
        if claim.listing in unavailable:
            found.unverifiable_reason += f" ({unavailable[claim.listing]})"
        found.readings = []
    return found


# A price whose sentence names no company and that lies this far (as a factor) from every quote of the company carried
# from the sentences before is no price of it: writers' slips are percent, not multiples, off; a share of another
# company told after an aside ('Tencent verloren 1,7 Prozent. Die Aktie hatte ... mit 169,80 HKD ein Hoch markiert')
_FAR_FACTOR = 1.5
FAR_FROM_CARRIED = "far from every quote of"
FAR_FROM_CARRIED_WHY = ", the company named before: the sentence names none, so whose price it is stays open"


def _far_from_carried_company(claim: Claim, readings: list[Reading]) -> bool:
    """A share price whose company the sentence does not name (`Claim.subject_carried`) and that no reading of that
    company comes within `_FAR_FACTOR` of."""
    decided = [r for r in readings if not r.diagnostic and r.lo > 0]
    if not claim.subject_carried or claim.kind not in SHARE_PRICE_KINDS or not decided or not claim.value:
        return False
    value = claim.value * claim.scale
    return all(value > r.hi * _FAR_FACTOR or value * _FAR_FACTOR < r.lo for r in decided)


def _reported_on_venue_in_play(claim: Claim) -> bool:
    """A completed session's move on the venue the sentences before named ('Handelsschluss. Alibaba +7,0 Prozent auf
    113,50 HKD ... Am Vortag hatte Alibaba 1,5 Prozent gewonnen'): a report of that venue's session, not a figure a
    German portal computes from its euro chart (those are figures as of now: returns over periods, distances to
    extremes), nor one of the company's other listings, so those are no readings of it. So is that session's peak or
    trough ('... um 13,9 Prozent auf 90,00 HKD hochschnellten. In der Spitze hatte das Plus sogar fast 17 Prozent
    betragen'; 'slipped 0.9% in Hong Kong on Thursday. The stock fell as much as 2.5% in early trade': not New York's
    range of that date, a session later)."""
    return (
        claim.listing_source == "earlier_sentence"
        and claim.kind in SESSION_KINDS
        and (claim.completed_session or claim.kind in _SESSION_EXTREME_KINDS)
    )


# a session's peak or trough: the venue's own range, told after the sentences that reported its session
_SESSION_EXTREME_KINDS = frozenset({"intraday_move", "intraday_price", "day_high", "day_low"})


def _read_listing(
    claim: Claim,
    data: ListingData,
    found: Measurement,
    primary: bool,
    published: date | None,
    diagnostic: bool = False,
) -> list[str]:
    try:
        own_quotes = data.symbol == claim.listing and not data.derived
        days = _candidate_days(claim, data.calendar_code, published, own_quotes)
    except MissingData as missing:  # a day before the calendar held ('published: 1900-01-01')
        return [str(missing)]
    errors: list[str] = []
    for day in days:
        try:
            for reading in readings_for(claim.kind, claim, data, day):
                name = reading.name if primary else f"{data.symbol}: {reading.name}"
                if data.derived:
                    name += f" (derived: {data.derived_from})"
                found.readings.append(
                    replace(
                        reading,
                        name=name,
                        primary=reading.primary and primary,
                        session=day.isoformat(),
                        diagnostic=diagnostic,
                        derived=data.derived,
                        listing=data.symbol,
                    )
                )
        except MissingData as missing:
            errors.append(str(missing))
    if primary and len(days) == 1:
        found.readings.extend(_perturbed(claim, data, days[0]))
    return errors


def _perturbed(claim: Claim, data: ListingData, day: date) -> list[Reading]:
    """Neighbouring readings of a dated claim: the sessions before and after, the adjusted
    close and the open instead of the close. Shown in the diagnosis, never used for the verdict."""
    try:
        neighbours = [(previous_session(data.calendar_code, day), "previous session")]
    except MissingData:  # the calendar's first session has none before it
        neighbours = []
    following = next_session(data.calendar_code, day)
    if following is not None and is_session(data.calendar_code, day):
        neighbours.append((following, "next session"))
    found: list[Reading] = []
    for other, label in neighbours:
        try:
            for reading in readings_for(claim.kind, claim, data, other):
                found.append(
                    replace(
                        reading,
                        name=f"{label}: {reading.name}",
                        primary=False,
                        session=other.isoformat(),
                        diagnostic=True,
                    )
                )
        except MissingData:
            continue
    if claim.kind in ("close", "last_price"):
        for field, label in (("adj_close", "adjusted close"), ("open", "open")):
            value = data.evidence(day, field)
            if value is not None:
                found.append(Reading(label, value.value, value.value, (value,), False, day.isoformat(), True))
    if claim.kind in ("day_change", "direction"):
        try:
            prev = quote_field(data, previous_session(data.calendar_code, day), "close")
            opened = quote_field(data, day, "open")
            found.append(
                Reading(
                    "open vs previous close",
                    percent_move(opened, prev),
                    percent_move(opened, prev),
                    (opened, prev),
                    False,
                    day.isoformat(),
                    True,
                )
            )
        except MissingData:
            pass
    return found


_FX_COLUMNS = {"USD": "eur_usd", "HKD": "eur_hkd", "CNY": "eur_cny", "EUR": None}


def eur_rate(fx: pd.DataFrame, currency: str, day: date) -> tuple[float, date] | None:
    """Units of `currency` per euro on the last ECB fixing on or before `day`."""
    column = _FX_COLUMNS.get(currency)
    if currency == "EUR":
        return 1.0, day
    if column is None or fx.empty:
        return None
    held = fx[(fx["date"] <= day) & (fx["date"] > day - timedelta(days=MAX_GAP_DAYS))]
    held = held.dropna(subset=[column])
    if held.empty:
        return None
    row = held.iloc[-1]
    return float(row[column]), row["date"]


def _measure_fx(claim: Claim, fx: pd.DataFrame, found: Measurement) -> Measurement:
    assert claim.fx_from is not None and claim.value is not None
    amount, from_currency = claim.fx_from
    days = _fx_days(claim)
    for day in days:
        src, dst = eur_rate(fx, from_currency, day), eur_rate(fx, str(claim.unit), day)
        if src is None or dst is None:
            continue
        converted = amount / src[0] * dst[0] / claim.scale
        evidence = (
            Evidence(f"EUR/{from_currency}", src[1].isoformat(), "ECB reference rate", src[0], "ECB"),
            Evidence(f"EUR/{claim.unit}", dst[1].isoformat(), "ECB reference rate", dst[0], "ECB"),
        )
        reading = point_reading(f"{amount:,.0f} {from_currency} at the ECB cross rate", converted, evidence)
        found.readings.append(replace(reading, session=dst[1].isoformat()))
    if not found.readings:
        found.unverifiable_reason = "no ECB rate held for that day"
    return found


def _fx_days(claim: Claim) -> list[date]:
    ref = claim.reference or {}
    if "date" in ref and claim.time_source != "publication_default":
        return [date.fromisoformat(ref["date"])]
    if "end" in ref or "date" in ref:
        end = date.fromisoformat(ref.get("end") or ref["date"])
        return [end - timedelta(days=offset) for offset in range(0, 7)]
    return []


def _indicative(
    claim: Claim,
    mirrors: str | None,
    ratio: float | None,
    by_symbol: dict[str, ListingData],
    fx: pd.DataFrame,
) -> list[Evidence]:
    """For a listing without data: the mirrored listing's close in this currency. Never a verdict."""
    if not mirrors or mirrors not in by_symbol or claim.reference is None or claim.unit not in _FX_COLUMNS:
        return []
    day_text = claim.reference.get("date") or claim.reference.get("end")
    if day_text is None:
        return []
    mirrored = by_symbol[mirrors]
    bars = mirrored.bars
    day = date.fromisoformat(day_text)
    held = bars[bars.index <= day]["close"].dropna()
    if held.empty:
        return []
    session, close = held.index[-1], float(held.iloc[-1])
    base_currency = "USD" if not mirrors.endswith(".HK") else "HKD"
    src, dst = eur_rate(fx, base_currency, session), eur_rate(fx, str(claim.unit), session)
    if src is None or dst is None:
        return []
    value = close * (ratio or 1.0) / src[0] * dst[0]
    return [
        Evidence(mirrors, session.isoformat(), "close", close, mirrored.sources[session]),
        Evidence(
            claim.listing or "",
            session.isoformat(),
            "indicative close (FX-implied, not a quote)",
            round(value, 4),
            f"{mirrors} close / ECB EUR/{base_currency}",
        ),
    ]
