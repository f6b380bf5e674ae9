"""One plain sentence per verdict, and the diagnosis: which reading would make a claim hold.

Sentences follow the report language (German by default: the readers are German editors).
"""

from __future__ import annotations

import math
from functools import lru_cache

from babel.numbers import get_decimal_symbol, get_group_symbol

from claimcheck.core.band import ClaimBand, banded, claim_band, excess, unit_class
from claimcheck.model import Claim, Evidence, Judgement, Measurement, Reading, Verdict
from claimcheck.rules import Rules

LOCALES = {"de": "de_DE", "en": "en_GB"}
KIND_LABELS = {
    "en": {
        "close": "closing price",
        "open_price": "opening price",
        "intraday_price": "intraday price",
        "last_price": "price",
        "level_break": "break of a price level",
        "day_change": "day's move",
        "intraday_move": "intraday move",
        "open_move": "move at the open",
        "ytd_return": "year-to-date return",
        "week_return": "one-week return",
        "month_return": "month-to-date return",
        "twelve_month_return": "twelve-month return",
        "distance_52w_high": "distance to the 52-week high",
        "distance_52w_low": "distance to the 52-week low",
        "high_52w": "52-week high",
        "low_52w": "52-week low",
        "day_high": "day's high",
        "day_low": "day's low",
        "year_high": "high of the year",
        "year_low": "low of the year",
        "rsi": "RSI",
        "fx_conversion": "currency conversion",
        "index_move": "index move",
        "index_level": "index level",
        "direction": "statement of the direction",
        "extreme_since": "statement of a highest/lowest level",
        "since_return": "move over a past period",
        "calendar_year_return": "return of a calendar year",
        "period_low": "low of a past period",
        "period_high": "high of a past period",
    },
    "de": {
        "close": "Der Schlusskurs",
        "open_price": "Der Eröffnungskurs",
        "intraday_price": "Der Kurs im Handelsverlauf",
        "last_price": "Der Kurs",
        "level_break": "Der Durchbruch der Marke",
        "day_change": "Die Tagesveränderung",
        "intraday_move": "Die Bewegung im Handelsverlauf",
        "open_move": "Die Bewegung zur Eröffnung",
        "ytd_return": "Das Plus/Minus seit Jahresanfang",
        "week_return": "Die Veränderung binnen einer Woche",
        "month_return": "Die Veränderung im laufenden Monat",
        "twelve_month_return": "Die Veränderung über zwölf Monate",
        "distance_52w_high": "Der Abstand zum 52-Wochen-Hoch",
        "distance_52w_low": "Der Abstand zum 52-Wochen-Tief",
        "high_52w": "Das 52-Wochen-Hoch",
        "low_52w": "Das 52-Wochen-Tief",
        "day_high": "Das Tageshoch",
        "day_low": "Das Tagestief",
        "year_high": "Das Jahreshoch",
        "year_low": "Das Jahrestief",
        "rsi": "Der RSI",
        "fx_conversion": "Die Währungsumrechnung",
        "index_move": "Die Indexbewegung",
        "index_level": "Der Indexstand",
        "direction": "Die Aussage zur Kursrichtung",
        "extreme_since": "Die Aussage zum Höchst-/Tiefststand",
        "since_return": "Die Veränderung über einen zurückliegenden Zeitraum",
        "calendar_year_return": "Die Veränderung eines Kalenderjahres",
        "period_low": "Der Tiefstand eines zurückliegenden Zeitraums",
        "period_high": "Der Höchststand eines zurückliegenden Zeitraums",
    },
}
SENTENCES = {
    "en": {
        "accurate": "The {label} {claimed} holds: {reading} on {where} was {span}.",
        "imprecise": "The {label} {claimed} is close but outside its band: {reading} on {where} was {span}.",
        "wrong": "The {label} {claimed} does not match: {reading} on {where} was {span}.",
        "unconfirmed": "The {label} {claimed} names no session it can be held to; the nearest reading, "
        "{reading} on {where}, was {span}.",
        "no_data": "Cannot check the {label}: {reason}.",
        "indicative": " An FX-implied value is shown as indicative evidence only.",
        "out_of_scope": "Not checked: {reason}.",
        "on": "on",
    },
    "de": {
        "accurate": "{label} {claimed} stimmt: {reading} am {where} lag bei {span}.",
        "imprecise": "{label} {claimed} liegt knapp daneben: {reading} am {where} lag bei {span}.",
        "wrong": "{label} {claimed} stimmt nicht: {reading} am {where} lag bei {span}.",
        "unconfirmed": "{label} {claimed} nennt keinen Handelstag, an dem sie sich prüfen ließe; die "
        "nächstliegende Lesart, {reading} am {where}, lag bei {span}.",
        "no_data": "Nicht prüfbar ({label}): {reason}.",
        "indicative": " Ein über Devisenkurse abgeleiteter Wert ist nur als Anhaltspunkt gezeigt.",
        "out_of_scope": "Nicht geprüft: {reason}.",
        "on": "am",
    },
}


def translate(text: str, lang: str, rules: Rules) -> str:
    for english, local in rules.phrases.get(lang, ()):
        text = text.replace(english, local)
    return text


# Whole reasons the reader sees in the report's language; the rest of a reason (symbols, days,
# fetch errors) stays as measured, since translating its words one by one would garble it.
_REASON_PHRASES = (
    "no quotes for",
    "no listing in the tables",
    "a move over a past period the text does not date to sessions: not measured yet",
)


def _localised_reason(reason: str, lang: str, rules: Rules) -> str:
    table = dict(rules.phrases.get(lang, ()))
    for english in _REASON_PHRASES:
        if english in reason and english in table:
            reason = reason.replace(english, table[english])
    return reason


@lru_cache(maxsize=4)
def _symbols(lang: str) -> tuple[str, str]:
    """The locale's decimal and group marks, from Babel's CLDR data (read once per language)."""
    return get_decimal_symbol(LOCALES[lang]), get_group_symbol(LOCALES[lang])


def fmt(value: float, cls: str, lang: str = "en") -> str:
    """A number as the report's readers write it. Python formats the digits; Babel supplies the
    marks (format_decimal per number was a third of the verify stage's time)."""
    decimal, group = _symbols(lang)
    pattern = {"percent": "+,.2f", "points": ",.1f"}.get(cls, ",.2f")
    text = format(value, pattern).replace(",", "\0").replace(".", decimal).replace("\0", group)
    if text.startswith("+-"):
        text = text[1:]
    return text + " %" if cls == "percent" else text


def _span(lo: float, hi: float, cls: str, lang: str) -> str:
    if lo == hi:
        return fmt(lo, cls, lang)
    return f"{fmt(lo, cls, lang)} {'bis' if lang == 'de' else 'to'} {fmt(hi, cls, lang)}"


def diagnosis(
    claim: Claim, found: Measurement, band: ClaimBand, chosen: str | None, rules: Rules, lang: str
) -> list[str]:
    """Readings other than the chosen one, nearest first: the neighbour that would make it hold."""
    cls = unit_class(claim)
    words = SENTENCES[lang]
    lines: list[str] = []
    for reading in sorted(found.readings, key=lambda r: excess(band, r)):
        if reading.name == chosen and len({r.session for r in found.readings}) == 1:
            continue
        state = "holds" if excess(band, reading) == 0.0 else "does not hold"
        line = f"{state}: {reading.name} {words['on']} {reading.session} = {_span(reading.lo, reading.hi, cls, lang)}"
        lines.append(translate(line, lang, rules))
    return lines[:6]


CONSISTENCY = {
    "en": "Together, {move} and {price} imply a previous close of {implied}; the data show {actual} "
    "({gap}): {verdict}.",
    "de": "Zusammen ergeben {move} und {price} einen Vortagesschluss von {implied}; die Daten zeigen {actual} "
    "({gap}): {verdict}.",
}
CONSISTENT = {
    "en": ("consistent within rounding", "the two numbers do not fit together"),
    "de": ("im Rahmen der Rundung stimmig", "die beiden Zahlen passen nicht zusammen"),
}


def consistency_note(move: Claim, price: Claim, previous_close: float, rules: Rules, lang: str) -> str | None:
    """'4,88 Prozent auf 167,80 HKD': the move and the price bind each other through the previous
    close. Says whether the pair fits the data's previous close, within what both claims allow
    (their precision and hedges)."""
    if move.value is None or price.value is None:
        return None
    moves, prices = claim_band(move, rules), claim_band(price, rules)
    candidates = [p / (1 + m / 100) for p in (prices.lo, prices.hi) for m in (moves.lo, min(moves.hi, 1e6))]
    low, high = min(candidates), max(candidates)
    sign = -1.0 if move.direction == "down" else 1.0
    implied = price.value / (1 + sign * move.value / 100)
    gap = (previous_close / implied - 1) * 100
    fits = low <= previous_close <= high
    return CONSISTENCY[lang].format(
        move=f"„{move.quote}“",
        price=f"„{price.quote}“",
        implied=fmt(implied, "price", lang),
        actual=fmt(previous_close, "price", lang),
        gap=fmt(gap, "percent", lang),
        verdict=CONSISTENT[lang][0 if fits else 1],
    )


def _chosen(found: Measurement | None, row: dict[str, object] | None) -> Reading | None:
    if found is None or row is None:
        return None
    return next((r for r in found.readings if r.name == row.get("reading") and r.session == row.get("session")), None)


EXTREME_MONTH_NOTES = {
    "en": (
        "The article dates the extreme to {month}; the data put it on {day}, as stated.",
        "The article dates the extreme to {month}, but the data put it on {day}.",
    ),
    "de": (
        "Laut Artikel stammt der Extremwert aus {month}; die Daten zeigen ihn am {day}, wie angegeben.",
        "Laut Artikel stammt der Extremwert aus {month}, die Daten zeigen ihn aber am {day}.",
    ),
}


def extreme_month_note(claim: Claim, evidence: list[Evidence], lang: str) -> str | None:
    """'52-Wochen-Hoch vom Oktober': does the extreme the verdict rests on fall in that month?"""
    if claim.extreme_month is None or not evidence:
        return None
    day = evidence[-1].date  # a 52-week reading lists the extreme last
    same, differs = EXTREME_MONTH_NOTES[lang]
    return (same if day.startswith(claim.extreme_month) else differs).format(month=claim.extreme_month, day=day)


def judgement(
    claim: Claim,
    verdict: Verdict,
    row: dict[str, object] | None,
    found: Measurement | None,
    rules: Rules,
    lang: str = "de",
) -> Judgement:
    words = SENTENCES[lang]
    if not claim.checkable:
        reason = (rules.scope_reasons_de if lang == "de" else rules.scope_reasons).get(claim.kind, claim.scope_reason)
        return Judgement(claim.id, verdict, None, None, None, None, words["out_of_scope"].format(reason=reason), [])
    label = KIND_LABELS[lang].get(claim.kind, claim.kind)
    cls = unit_class(claim)
    band = claim_band(claim, rules) if banded(claim) else None
    chosen = _chosen(found, row)
    evidence: list[Evidence] = list(chosen.evidence) if chosen else []
    if found is not None:
        evidence.extend(found.indicative)
    observed = row.get("observed") if row else None
    observed_value = float(observed) if isinstance(observed, float) and math.isfinite(observed) else None
    confidence = float(str(row["confidence"])) if row and row.get("confidence") is not None else None
    diag = (
        diagnosis(claim, found, band, str(row.get("reading")) if row else None, rules, lang) if found and band else []
    )
    if observed_value is None or band is None or row is None:
        reason = found.unverifiable_reason if found and found.unverifiable_reason else "nothing could be measured"
        reason = _localised_reason(reason, lang, rules)
        text = words["no_data"].format(label=label, reason=reason)
        if found and found.indicative:
            text += words["indicative"]
        return Judgement(
            claim.id,
            verdict,
            None,
            _band(band),
            band.rule if band else None,
            confidence,
            text,
            evidence,
            None,
            diag,
        )
    reading = translate(str(row["reading"]), lang, rules)
    span = _span(float(str(row["observed_lo"])), float(str(row["observed_hi"])), cls, lang)
    source = claim.listing or ("EZB" if lang == "de" else "ECB")
    where = f"{row['session']} ({source})"
    claimed = f"„{claim.quote}“" + (f" ({claim.hedge_text})" if claim.hedge_text else "")
    template = "unconfirmed" if verdict == "unverifiable" else verdict
    text = words[template].format(label=label, claimed=claimed, reading=reading, where=where, span=span)
    month_note = extreme_month_note(claim, list(chosen.evidence) if chosen else [], lang)
    if month_note:
        diag.insert(0, month_note)
    reasons = [r for r in str(row.get("confidence_reasons") or "").split("; ") if r]
    return Judgement(
        claim.id,
        verdict,
        observed_value,
        _band(band),
        band.rule,
        confidence,
        text,
        evidence,
        str(row["reading"]),
        diag,
        reasons,
        bool(row.get("derived")),
    )


def _band(band: ClaimBand | None) -> tuple[float, float] | None:
    if band is None:
        return None
    return (max(band.lo, -1e308), min(band.hi, 1e308))  # JSON has no infinity
