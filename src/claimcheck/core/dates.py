"""Dates named in article text: publication hints and the day a claim refers to.

Pure: resolves against a given publication date. Trading sessions are the measure step's job.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from claimcheck.core.clauses import clause_bounds
from claimcheck.first_chars import hits_at_starts, literal_heads, with_first_chars
from claimcheck.rules import Rules, Words
from claimcheck.word_scan import FOLDS_APART, CaseBlindGuard, WordIndex, fold_sentence, prefix_tree

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "feber": 2,  # Austrian (Der Standard, Die Presse: 'im Feber', like 'Jänner')
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "october": 10,
    "december": 12,
}
WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
}
_MONTH_ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items() if name.isascii()}
# English month abbreviations in the month-first order ('Nov 24, 2025', 'Sept. 3'): datelines and
# sentence ends (sentences._ENDS_A_DATE)
ENGLISH_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# and the German ones, day first ('am 26. Feb.', 'seit dem 2. Okt.')
_GERMAN_MONTH_ABBREVIATIONS = "Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez"
_MONTH_ABBREVIATIONS["mär"] = 3
_MONTH_ALT = "|".join(MONTHS)
_ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(20\d\d)\b")
_NAMED = re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH_ALT})\s+(20\d\d)\b", re.IGNORECASE)
# 'November 25, 2025', 'Nov 25, 2025', 'Nov. 25, 2025': the English order, month first
_ENGLISH_NAMED = re.compile(
    rf"\b({_MONTH_ALT}|{ENGLISH_MONTH_ABBREVIATIONS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(20\d\d)\b",
    re.IGNORECASE,
)
# A day of a month without its year ('am 7. April', 'on April 8', 'April 9th', 'Aug. 29'): the latest such day up
# to publication. Months capitalised, as both languages write them ('may' is also a verb). Not after
# 'since'/'seit': 'highest since November 13' dates where a comparison starts, not the claim.
_CAPITAL_MONTHS = "|".join(name.capitalize() for name in MONTHS)
_DAY_OF_MONTH = re.compile(
    r"(?<!since )(?<!Since )(?<!seit )(?<!Seit )(?<!seit dem )(?<!Seit dem )"
    # the day first: German '7. April', British '24 November', '24th November'
    rf"\b(?:(?P<de_day>\d{{1,2}})(?:\.\s?|(?:st|nd|rd|th)?\s)"
    rf"(?P<de_month>{_CAPITAL_MONTHS}|{_GERMAN_MONTH_ABBREVIATIONS})"
    rf"|(?P<en_month>{_CAPITAL_MONTHS}|(?:{ENGLISH_MONTH_ABBREVIATIONS})\.?)\s(?P<en_day>\d{{1,2}})(?:st|nd|rd|th)?)"
    # (not followed by a year or another figure; a level with its thousands grouped after it is no part of it:
    # 'erreichte er am 29. Januar 28.056 Punkte')
    r"\b(?![.,]?\s?(?:20\d\d|\d(?!\d{0,2}[.,]\d{3}\b)))"
)
# 'am 24.11.', 'vom 7.4.': a German date in figures without its year, after a preposition (not a decimal
# ending a sentence: 'rose to 24.11.'), or as a table's or a list's row label ('26.03. | -4,2 %', '26.03.: ...')
_SHORT_DOTTED = re.compile(
    r"(?:\b(?:[Aa]m|[Vv]om|[Zz]um|[Bb]is) |^[ \t]*(?=\d{1,2}\.\d{1,2}\.[ \t]*[|:]))"
    r"(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<month>1[0-2]|0?[1-9])\.(?!\d)"
)
# 'on 9/1', 'On 12/03': a US date in figures, month first, after 'on' (not a ratio or a fraction)
_US_DAY = re.compile(r"\b[Oo]n (?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])\b(?![/.,]\d)")
# 'since Jan. 2, when it soared 15%', 'seit dem 7. April, als ...': the day a look-back starts (the
# English months also abbreviated, as wire copy writes them, with or without the full stop: Reuters' 'Sept 1'),
# and the clause after it telling that day
_SINCE_A_DAY = (
    rf"\b(?:[Ss]ince|[Ss]eit(?: dem)?)\s(?:(?P<de_day>\d{{1,2}})\.\s?(?P<de_month>{_CAPITAL_MONTHS})"
    rf"|(?P<en_month>{_CAPITAL_MONTHS}|(?:{ENGLISH_MONTH_ABBREVIATIONS})\.?)\s(?P<en_day>\d{{1,2}})(?:st|nd|rd|th)?)"
)
# (also with an owner before the day and the event it dates after it: "since the company's Aug. 29 earnings report,
# when the shares jumped 12.9%")
_SINCE_DAY_WHEN = re.compile(
    rf"\b(?:[Ss]ince|[Ss]eit(?: dem)?)\s(?:(?:its|their|the|[\w.-]+['’]s)\s){{0,2}}?"
    rf"(?:(?P<de_day>\d{{1,2}})\.\s?(?P<de_month>{_CAPITAL_MONTHS})"
    rf"|(?P<en_month>{_CAPITAL_MONTHS}|(?:{ENGLISH_MONTH_ABBREVIATIONS})\.?)\s(?P<en_day>\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?:\s[a-z][\w-]*){0,3},\s*(?:when|als|an dem)\b(?:[^,;.]|[.,](?=\d))*"
)
_SINCE_WORDS = ("since", "Since", "seit", "Seit")  # one of which every match of _SINCE_DAY_WHEN holds
# 'lost 16.1% since November 10', 'seit dem 10. November': the day a look-back starts, with no clause telling it
_SINCE_DAY = re.compile(_SINCE_A_DAY + r"(?!\d)")
# a count of days back in words ('nine days ago', 'vor neun Tagen'), besides its figure
_DAYS_AGO = {
    n: "".join(f"|{word}" for word in words)
    for n, words in {
        2: ("two", "zwei"),
        3: ("three", "drei"),
        4: ("four", "vier"),
        5: ("five", "fünf"),
        6: ("six", "sechs"),
        7: ("seven", "sieben"),
        8: ("eight", "acht"),
        9: ("nine", "neun"),
        10: ("ten", "zehn"),
        **{n: () for n in range(11, 32)},
    }.items()
}
_A_MONTH_AGO = -100_000  # the offset of a month back (_RELATIVE): the same day of the month before, not a day count


def _month_back(day: date) -> date:
    """The same day of the month before (the month's last day where it has fewer): 2026-03-31 -> 2026-02-28."""
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def day_counted_back(day: date, unit: str) -> date:
    """The day a 'week', 'month' or 'year' before `day` (a year back from 29 February: the 28th)."""
    if unit == "week":
        return day - timedelta(days=7)
    if unit == "month":
        return _month_back(day)
    return date(day.year - 1, day.month, min(day.day, calendar.monthrange(day.year - 1, day.month)[1]))


# a hedge on a look-back's length ('vor gut einem Monat', 'vor rund zwei Wochen', 'about a month ago', 'more than a
# week ago'), by the side of the day counted back it places the day named on ('genau', 'exactly': on it)
_LOOK_BACK_SIDES = {
    "before": ("gut|mehr als|über", "more than|over|just over"),
    "after": ("knapp|fast|beinahe|nicht ganz", "nearly|almost|just under|less than"),
    "around": (r"rund|etwa|ungefähr|circa|ca\.", "about|around|roughly|some|approximately"),
    "on": ("genau|exakt", "exactly|precisely"),
}
# (German puts it inside the phrase, 'vor gut einem Monat'; English before it, 'about a month ago')
_HEDGE_DE = "(?:(?:" + "|".join(de for de, _ in _LOOK_BACK_SIDES.values()) + ") )?"
LOOK_BACK_HEDGES_EN = "|".join(en for _, en in _LOOK_BACK_SIDES.values())
_LOOK_BACK_HEDGE = re.compile(
    r"\bvor (?:" + "|".join(f"(?P<{side}>{de})" for side, (de, _) in _LOOK_BACK_SIDES.items()) + ") "
    r"|\b(?:" + "|".join(f"(?P<{side}_en>{en})" for side, (_, en) in _LOOK_BACK_SIDES.items()) + ") $",
    re.IGNORECASE,
)
_LOOK_BACK_SLACK = {7: 3, 30: 7, 365: 30}  # days a hedged look-back of a week, a month, a year may be off by


_RELATIVE: tuple[tuple[re.Pattern[str], int], ...] = (
    # 'Prior to today's trading, shares had gained 5.03% over the past month': as of the session before
    # (read before 'today', which it holds)
    (
        re.compile(
            r"\b(prior to today's (?:trading|session)|before today's (?:trading|session)|vor dem heutigen Handel"
            # a BUZZ's 'Up to last close, BIDU had gained 34% in the past month'; Zacks's 'Heading into today, shares of
            # the company had gained 5.03% over the past month'
            r"|(?:up to|as of|through) (?:the |its |their )?last close"
            r"|(?:heading|coming|going) into today(?:'s (?:trading|session))?|entering today's (?:trading|session))\b",
            re.IGNORECASE,
        ),
        -1,
    ),
    # ('this morning', 'this afternoon': the day of publication, as 'heute Morgen' is)
    # ('a week ago today' counts back from today: the row of 'a week ago')
    (re.compile(r"\b(heute|heutigen|(?<!ago )today|am heutigen Tag|this (?:morning|afternoon))\b", re.IGNORECASE), 0),
    # a clock time or 'at the time of writing' is the day the article was written (a clock time beside a
    # session's end is that close's hour: `_CLOCK_TIME`, skipped by `_relative_day`)
    (
        re.compile(
            r"(\b(?:um|gegen|bis)\s+\d{1,2}[:.]\d\d\s+Uhr\b|\b(?:at|by)\s+\d{1,2}:\d\d\s*[ap]\.?m\.?"
            r"|\bat the time of writing\b|\bzum Zeitpunkt des Schreibens\b)",
            re.IGNORECASE,
        ),
        0,
    ),
    # 'last night': the evening before publication's day, New York's session told from Europe or Asia
    (re.compile(r"\b(gestern|gestrigen|yesterday|last night)\b", re.IGNORECASE), -1),
    (re.compile(r"\b(vorgestern)\b", re.IGNORECASE), -2),
    # 'A year ago the stock traded at about $147', 'Vor einem Jahr kostete die Aktie noch 112 Euro'
    (
        re.compile(
            rf"\b(vor {_HEDGE_DE}einem Jahr|vor {_HEDGE_DE}zwölf Monaten|a year ago|one year ago"
            r"|(?:12|twelve) months ago)\b",
            re.IGNORECASE,
        ),
        -365,
    ),
    # 'Der Schlusskurs vor einer Woche lag bei 116,50 HKD', 'closed at $120.48 a week ago': seven days back
    (re.compile(rf"\b(vor {_HEDGE_DE}einer Woche|a week ago|one week ago)\b", re.IGNORECASE), -7),
    # 'two weeks ago', 'vor drei Wochen': that many weeks of days back
    *(
        (re.compile(rf"\b((?:{n}{words}) weeks ago|vor {_HEDGE_DE}(?:{n}{words}) Wochen)\b", re.IGNORECASE), -7 * n)
        for n, words in _DAYS_AGO.items()
        if n <= 4
    ),
    # 'Vor einem Monat notierte die Aktie noch bei 169,90 HKD', 'a month ago the stock traded at $155': the same day
    # of the month before (`_A_MONTH_AGO`: no fixed count of days)
    (re.compile(rf"\b(vor {_HEDGE_DE}einem Monat|a month ago|one month ago)\b", re.IGNORECASE), _A_MONTH_AGO),
    # 'The previous big move we wrote about was 9 days ago', 'vor neun Tagen': that many calendar days back
    *(
        (re.compile(rf"\b((?:{n}{words}) days ago|vor {_HEDGE_DE}(?:{n}{words}) Tagen)\b", re.IGNORECASE), -n)
        for n, words in _DAYS_AGO.items()
    ),
)
_CLOCK_TIME = 2  # the clock time's row of _RELATIVE
# 'in der Nacht zum Mittwoch', 'in der Nacht auf Mittwoch': the evening before that weekday
_NIGHT_BEFORE = re.compile(r"\bNacht (?:zum|auf(?: den)?)\s+$", re.IGNORECASE)
# Days named by the week or the night, not by a date:
_WEEK_END = re.compile(
    r"\b(zum Wochenschluss|zum Wochenausklang|am Wochenende|at the end of the week"
    r"|at the end of (?:last|the previous) week"
    r"|Ende (?:der Vorwoche|(?:der )?(?:letzten|vergangenen) Woche|letzter Woche|vergangener Woche)"
    # the previous week's close labelling its figure after a colon ('(Schluss der Vorwoche: 147,10 HKD)'), as 'Vortag:
    # 143,00' does the previous session's (bindings: a label's day is its figure's only); not the base of a move
    # after a preposition ('seit dem Schluss der Vorwoche')
    r"|(?<!dem )(?:Schluss|Schlusskurs|Schlussstand) der Vorwoche(?=:\s?(?:US\$|HK\$|\$|€)?\s?\d)"
    # or named with its level after it, a base's own ('Verglichen mit dem Vorwochenschluss bei 147,10 HKD', 'against
    # last week's close of HK$147.10'): that close is the Friday's (the move keeps its own day)
    r"|(?:(?:Schluss|Schlusskurs|Schlussstand) der Vorwoche|Vorwochenschluss"
    r"|(?:last|the previous|the prior) week['’]s (?:close|closing price))"
    r"(?=,? (?:von|bei|of|at) (?:US\$|HK\$|\$|€)?\s?\d)"
    # the week before named as what a price ended ('The stock had closed last week at $135.21', 'ended the previous
    # week at', 'beendete die Vorwoche bei 135,21 Dollar', 'hatte die Vorwoche mit 135,21 Dollar beendet')
    r"|(?:(?<=closed )|(?<=ended )|(?<=finished )|(?<=settled ))(?:last|the previous|the prior) week"
    r"(?= at (?:US\$|HK\$|\$|€)?\s?\d)"
    r"|(?:(?<=beendete )|(?<=beendeten ))die (?:Vorwoche|vergangene Woche|letzte Woche)(?= (?:bei|mit) )"
    r"|die (?:Vorwoche|vergangene Woche|letzte Woche)(?= (?:bei|mit) [^.;]{0,30}?\b(?:beendet|abgeschlossen)\b))\b",
    re.IGNORECASE,
)
# of those, the end of the week before publication's: its Friday, never publication's own ('closed at $157.01 at
# the end of last week' on a Wednesday: the Friday before; on a Friday: a week back)
_LAST_WEEK = re.compile(r"last|previous|Vorwoche|letzte|vergangene", re.IGNORECASE)
# the close before the day told, in the pluperfect ('The stock had previously closed at $124.90', 'Zuvor hatte sie bei
# 124,90 Dollar geschlossen'): its day is read here (`_PREVIOUS_DAY`), the clause it dates in timing
PREVIOUS_CLOSE_IN_PLUPERFECT = (
    r"had previously closed(?= at\s?(?:US\$|HK\$|\$|€)?\s?\d)"
    # ('Eine Woche zuvor hatte sie ... geschlossen' counts a week back, not a session: timing._A_PERIOD_EARLIER_OPENING)
    # (not a whole session told with its own move, 'An der Heimatbörse in Hongkong hatte Alibaba zuvor 4,7 Prozent höher
    # bei 154,50 HKD geschlossen': 'zuvor' orders that venue's close before the one reported, the same day's session)
    r"|(?<![Tt]ags )(?<!Tag )(?<!Woche )(?<!Monat )(?<!Jahr )[Zz]uvor"
    r"(?=(?:(?!\d\s?(?:Prozent|%))[^.;:]){0,60}\bgeschlossen\b)"
)
# ('über Nacht' is not here: it dates the other market's session, not the number beside it.)
# ('a move from the prior day', 'compared with the previous day': the base of a day's move, not its day)
_PREVIOUS_DAY = re.compile(
    r"\b(am Vortag|vom Vortag|des Vortags|(?<!from )(?<!with )(?<!to )the previous day"
    # ('am letzten Handelstag des Januar', '... der Woche', '... im Monat', '... vor Weihnachten': the last session of
    # the span it names, not the one before the day told)
    r"|am (?:zurückliegenden|letzten|vorangegangenen|vorherigen) "
    r"Handelstag(?!e?s?\s+(?:des|der|im|in|vor)\b)|in the (?:previous|prior|preceding) (?:trading )?session|"
    r"on the (?:previous|prior|preceding) trading day|"
    r"(?:a|one) (?:day|session) earlier|"
    r"(?:in )?(?<!from )(?<!with )(?<!to )the prior (?:day|session)|(?:am Tag|tags) zuvor|"
    r"in der (?:vorangegangenen|vorherigen) (?:Handels)?[Ss]itzung|"
    # 'had lost 2% the session before.', not 'the day before its results'
    r"(?<!from )(?<!with )(?<!to )the (?:day|session) before(?=\s*(?:[.,;:)–—]|$))|"
    # a quote box's label before its price: 'Prev. close $164.32', 'Vortag 164,32 USD'
    # ('The previous close was $150.96': the label said in a sentence, with its copula)
    r"(?:Prev\.|Previous|Prior) close(?=(?::|\s(?:was|is|stood at|came in at))?\s?(?:US\$|HK\$|\$|€)?\s?\d)|"
    rf"{PREVIOUS_CLOSE_IN_PLUPERFECT}|"
    r"(?:Vortag|Vortagesschluss|Schluss Vortag)(?=:?\s?(?:US\$|HK\$|\$|€)?\s?\d)|"
    # a move named with the day before in its noun ('nach dem Vortagesverlust von 2,8 Prozent'; earlier_events.csv
    # day_event_noun): not the base 'Vortagesschluss'
    r"Vortages(?:verlust|gewinn|minus|plus|rückgang|anstieg|einbruch|rally|erholung)(?:e|en|es|s)?)\b",
    re.IGNORECASE,
)
# the label of a quote box's previous close ('Prev. close', 'Previous close', 'Vortag'), as _PREVIOUS_DAY matches it
_BOX_PREVIOUS_CLOSE = re.compile(
    r"(?:Prev\.|Previous|Prior) close|had previously closed|Vortag|Vortagesschluss|Schluss Vortag", re.IGNORECASE
)
# 'Mitte Februar', 'Anfang März 2025', 'late January': part of a month, read as a window of days
# ('closing September at 24,679.99', 'ended September with': the month's last days, as 'Ende September'; not 'at the end
# of October', as often the day of a record told in a relative clause, 'the record close it set at the end of October')
_PART_OF_MONTH = re.compile(
    rf"\b(Anfang|Mitte|Ende|early|mid|late"
    # ('since the end of February'; not 'at', 'by', 'to the end of October', a record's day or a coming one)
    r"|(?<!at )(?<!by )(?<!to )(?<!until )(?<!before )(?<!through )the\s+end\s+of"
    # ('HK$169.20 at the end of January', 'from $169.56 at the end of January': a level right after its number is the
    # month's close, as a year's 'at the end of 2025' is; a record's 'set at the end of October' stays a window; the
    # phrase found so is read again on its own, where it opens the text)
    r"|(?:(?<=\d\s)|^)at\s+the\s+end\s+of"
    rf"|(?:clos|end|finish)(?:ed|ing)(?=\s+(?:{_MONTH_ALT})(?:\s+20\d\d)?\s+(?:at|on|with)\b))"
    rf"[-\s]+({_MONTH_ALT})(?:\s+(20\d\d))?\b",
    re.IGNORECASE,
)
# A month's close named as such ('Januar-Schlusskurs', 'its January close', 'the end-of-January close', 'zum
# Monatsende Januar', 'beendete den Januar bei'): the close of the month's last session
_MONTH_CLOSE = re.compile(
    # (months capitalised: 'may close' is a verb; not a close pointed back to, 'that April close', nor 'close to')
    rf"\b(?:(?<!that )(?<!this )(?<!jenem )(?P<month>{_CAPITAL_MONTHS})"
    r"(?:-Schluss(?:kurs|stand)?|schluss(?:kurs|stand)?\b|\s+(?:close|closing price)\b(?! to\b))"
    rf"|end-of-(?P<month_end>{_CAPITAL_MONTHS})\b|(?:Monatsende|Monatsultimo)\s+(?P<month_named>{_CAPITAL_MONTHS})\b"
    rf"|(?:beendete|beschloss)n?\s+(?:\w+\s+){{0,3}}?den\s+(?P<month_ended>{_CAPITAL_MONTHS})\b"
    rf"|[Dd]en\s+(?P<month_first>{_CAPITAL_MONTHS})\s+(?:beendete|beschloss)n?\b)"
)
# A month's close told without the month's name, beside a month the sentence names ('Der Leitindex büßte im Februar
# 3,8 Prozent ein und ging mit 26.630 Punkten aus dem Monat', 'fell 3% in February and ended the month at'): the close
# of that month's last session, not a day an earlier sentence told
_MONTH_LEFT = re.compile(
    r"\baus\s+dem\s+Monat\b|\b(?:zum|am)\s+Monatsende\b|\bMonatsschluss\b|\bbeendete\w*\s+den\s+Monat\b"
    # ('Am letzten Handelstag des Monats legte er knapp 1 Prozent zu': the month's last session, `LAST_SESSION_OF`)
    r"|\bletzten\s+(?:Handels|Börsen)tag(?:e?s)?\s+(?:des|im)\s+Monats?\b"
    r"|\blast\s+(?:trading\s+)?(?:day|session)\s+of\s+the\s+month\b"
    r"|\b(?:ended|finished|closed)\s+(?:out\s+)?the\s+month\b",
    re.IGNORECASE,
)
# The last session of a month it names ('Am letzten Handelstag des Januar', 'on the last trading day of January'): the
# month's last weekday up to publication (not the session before the day told, as 'am letzten Handelstag' alone is)
_LAST_SESSION_OF_MONTH = re.compile(
    rf"\b(?:letzten\s+(?:Handels|Börsen)tag(?:e?s)?\s+(?:des|im)|last\s+(?:trading\s+)?(?:day|session)\s+of)\s+"
    rf"({_MONTH_ALT})s?\b(?!\s*20\d\d)",
    re.IGNORECASE,
)
# The first session of a year ('seit dem ersten Handelstag des Jahres', 'am ersten Börsentag 2026', 'since the first
# trading day of the year'): the year's first weekday after New Year's Day, a holiday on every exchange held (the year
# named, else publication's)
_FIRST_SESSION_OF_YEAR = re.compile(
    r"\b(?:ersten\s+(?:Handels|Börsen)tag(?:e?s)?\s+(?:des\s+(?:neuen\s+|laufenden\s+)?Jahres|(?:im\s+(?:Jahr\s+)?)?(20\d\d))"
    r"|first\s+(?:trading\s+)?(?:day|session)\s+of\s+(?:the\s+(?:new\s+)?year|(20\d\d)))\b",
    re.IGNORECASE,
)
# 'Ende 2024', 'at the end of 2024', 'year-end 2024': a year's last day (its last session's close is meant)
_YEAR_END = re.compile(
    r"\b(?:the\s+end\s+of|year-end|end-|(?:Ende|Jahresende|Jahresultimo|Jahresschluss)(?:\s+des\s+Jahres)?"
    # a year's close labelling its figure: 'Schlusskurs 2025: 142,80 HKD', its last session's
    r"|(?:Schlusskurs|Schlussstand)(?=\s+20\d\d:))\s*(20\d\d)\b"
)
# 'im April 2025', 'in April 2025': a whole past month with its year, read as a window of days
_WHOLE_MONTH = re.compile(rf"\b(?:im|in)\s+({_MONTH_ALT})\s+(20\d\d)\b", re.IGNORECASE)
_PART_DAYS = {"anfang": (1, 10), "mitte": (10, 20), "ende": (20, 31)}
_PART_DAYS |= {"early": _PART_DAYS["anfang"], "mid": _PART_DAYS["mitte"], "late": _PART_DAYS["ende"]}
# A compound naming the session itself ('im Donnerstagshandel', 'den Freitagshandel', 'zum Montagsschluss') is that
# day's; so is one naming a part of the day ('am Mittwochmorgen', 'Dienstagabend', 'am Freitagnachmittag'), whose
# part (group 2) is kept: on the publication day it is the moment the text was written (`DateRef.moment`)
DAY_PARTS = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
_WEEKDAY = re.compile(
    r"\b(?:am\s+|on\s+)?("
    + "|".join(WEEKDAYS)
    + r")(?:s?(?:handel|handels|sitzung|schluss)|("
    + "|".join(DAY_PARTS)
    + r"))?\b",
    re.IGNORECASE,
)
# 'Zum Wochenstart', 'at the start of the week': the Monday of the week up to publication ('seit
# Wochenbeginn' is a period, not a day)
_WEEK_START = re.compile(
    r"\b(zum Wochenstart|zum Wochenauftakt|zum Wochenbeginn|zu Wochenbeginn|am Wochenanfang|zum Wochenanfang"
    r"|at the start of the week|at the beginning of the week)\b",
    re.IGNORECASE,
)
_UNDATED_SESSION = re.compile(r"\b(in einer Sitzung|an einem Tag|in one session)\b", re.IGNORECASE)
# Each of them led by the characters its matches can start with: the same matches, found two to
# four times faster (they run over every sentence and clause).
_ISO, _DOTTED, _NAMED, _YEAR_END, _WEEK_END, _WEEK_START, _PREVIOUS_DAY, _PART_OF_MONTH, _WHOLE_MONTH, _WEEKDAY = (
    with_first_chars(p)
    for p in (
        _ISO,
        _DOTTED,
        _NAMED,
        _YEAR_END,
        _WEEK_END,
        _WEEK_START,
        _PREVIOUS_DAY,
        _PART_OF_MONTH,
        _WHOLE_MONTH,
        _WEEKDAY,
    )
)
_UNDATED_SESSION = with_first_chars(_UNDATED_SESSION)
_PREVIOUS_DAY_GUARD = CaseBlindGuard(_PREVIOUS_DAY)
_DAY_OF_MONTH = with_first_chars(_DAY_OF_MONTH)
_RELATIVE = tuple((with_first_chars(p), offset) for p, offset in _RELATIVE)


# Every way a sentence names a day, for finding where the day words stand (clause scoping): a full
# date, part or all of a month, and the phrases read as a relative day (today, yesterday, the week's
# end, the day before, a weekday). Searched by family, only where `_Families` lets a family match.
_RELATIVE_PHRASES = (
    *(p for p, _ in _RELATIVE),
    _WEEK_END,
    _WEEK_START,
    _PREVIOUS_DAY,
    _WEEKDAY,
    _FIRST_SESSION_OF_YEAR,
    _LAST_SESSION_OF_MONTH,
)


def day_phrases(sentence: str) -> list[tuple[int, int]]:
    """The spans of the day expressions in a sentence ('am Freitag', '13.01.2026', 'gestern')."""
    if not names_a_day(sentence):
        return []
    return sorted({(m.start(), m.end()) for m in _phrase_matches(sentence, _phrase_patterns(sentence))})


def since_day_with_clause(sentence: str) -> list[tuple[str, int, int]]:
    """A day a look-back starts on, followed by a clause telling that day ('best day since Jan. 2,
    when it soared 15%'): the day in words `resolve_day` reads ('2. January') and the clause's span."""
    if "," not in sentence or not any(word in sentence for word in _SINCE_WORDS) or not names_a_day(sentence):
        return []  # most sentences: the pattern, led by '\b', would be tried at every position
    return [(_day_in_words(m), m.start(), m.end()) for m in _SINCE_DAY_WHEN.finditer(sentence)]


def since_days(sentence: str) -> list[tuple[str, int, int]]:
    """The days look-backs start on ('since November 10', 'seit dem 10. November'), which a day phrase
    leaves out: the day in words `resolve_day` reads and the span from 'since' on."""
    if not any(word in sentence for word in _SINCE_WORDS):
        return []
    return [(_day_in_words(m), m.start(), m.end()) for m in _SINCE_DAY.finditer(sentence)]


def _day_in_words(m: re.Match[str]) -> str:
    """A day of a month as `resolve_day` reads it ('10. November'), from either order and an abbreviation."""
    name = (m["de_month"] or m["en_month"]).lower().rstrip(".")
    month = MONTHS.get(name) or _MONTH_ABBREVIATIONS[name[:3]]
    day = m["de_day"] or m["en_day"]
    return f"{day}. {next(n.capitalize() for n, v in MONTHS.items() if v == month)}"


def without_previous_day(words: str) -> str:
    """The words with each 'am Vortag', 'the prior session', 'a day earlier' blanked (its length kept): what
    else they name a day by."""
    if not names_previous_day(words):
        return words
    return _PREVIOUS_DAY.sub(lambda m: " " * len(m[0]), words)


_DAYS_AGO_GUARD = CaseBlindGuard(re.compile(r"ago|vor "))


def names_days_ago(words: str) -> bool:
    """'vor zehn Tagen', 'a week ago', 'vor einem Jahr': a day counted back from the time of writing, a week or more."""
    return _DAYS_AGO_GUARD.may_match(words) and any(
        pattern.search(words) for pattern, offset in _RELATIVE if offset == _A_MONTH_AGO or offset <= -7
    )


def names_previous_day(words: str) -> bool:
    """'am Vortag', 'the previous day': the session before the day the words around them name."""
    # asked for every number's clause: most hold none of the phrases' texts, told by a substring test each
    return _PREVIOUS_DAY_GUARD.may_match(words) and _PREVIOUS_DAY.search(words) is not None


@lru_cache(maxsize=16)  # asked for each number of a sentence, of the same clause or sentence
def has_day_phrase(sentence: str) -> bool:
    """Whether day_phrases(sentence) finds any: the first match of any pattern settles it."""
    return names_a_day(sentence) and any(True for _ in _phrase_matches(sentence, _phrase_patterns(sentence)))


@lru_cache(maxsize=16)  # the day phrases and the test for one are asked of the same sentence
def _phrase_patterns(sentence: str) -> tuple[re.Pattern[str], ...]:
    """The day-phrase patterns whose family may match the sentence (see _Families)."""
    may = _Families(sentence)
    return (
        *((_ISO, _DOTTED, _NAMED, _ENGLISH_NAMED, _YEAR_END) if may.date else ()),
        *((_PART_OF_MONTH, _WHOLE_MONTH, _DAY_OF_MONTH) if may.month else ()),
        *(pattern for pattern in _RELATIVE_PHRASES if may.relative),
        *((_US_DAY,) if "/" in sentence else ()),
        *((_SHORT_DOTTED,) if "." in sentence else ()),
    )


@dataclass(frozen=True)
class _PhraseHeads:
    """The literal heads of the day-phrase patterns (`first_chars.literal_heads`, lower-cased: the
    case-blind ones read with case) in one Aho-Corasick index."""

    index: WordIndex
    # id of a pattern (hashing a compiled pattern reads its whole program) -> the ids of its heads in the
    # index; None for a pattern whose heads cannot be told
    words_of: dict[int, tuple[int, ...] | None]


@lru_cache(maxsize=1)
def _phrase_heads() -> _PhraseHeads:
    patterns = (
        _ISO,
        _DOTTED,
        _NAMED,
        _ENGLISH_NAMED,
        _YEAR_END,
        _PART_OF_MONTH,
        _WHOLE_MONTH,
        _DAY_OF_MONTH,
        _US_DAY,
        _SHORT_DOTTED,
    )
    heads = {id(pattern): literal_heads(re.compile(pattern.pattern)) for pattern in (*patterns, *_RELATIVE_PHRASES)}
    index = WordIndex(head for found in heads.values() for head in found or ())
    words_of = {key: None if hs is None else tuple(index.ids[head] for head in hs) for key, hs in heads.items()}
    return _PhraseHeads(index, words_of)


def _phrase_matches(sentence: str, patterns: tuple[re.Pattern[str], ...]) -> Iterator[re.Match[str]]:
    """Each pattern's matches in the sentence, pattern after pattern, as its finditer gives them: a
    pattern with literal heads matched only where one of them stands in the lower-cased sentence, found
    for all patterns in one pass (most sentences hold the heads of few: 21 -> 12 us a sentence)."""
    folded = fold_sentence(sentence) if patterns else None
    if folded is None:
        yield from (m for pattern in patterns for m in pattern.finditer(sentence))
        return
    heads = _phrase_heads()
    starts: dict[int, list[int]] = {}
    for start, word in heads.index.starts(folded):
        starts.setdefault(word, []).append(start)
    for pattern in patterns:
        words = heads.words_of.get(id(pattern))  # (a pattern not among them is searched as it is)
        if words is None:
            yield from pattern.finditer(sentence)
        elif at := sorted({start for word in words for start in starts.get(word, ())}):
            yield from hits_at_starts(pattern, at, sentence)


@dataclass(frozen=True)
class DateRef:
    day: date | None  # the day, or the last day of a window
    basis: str  # stated | relative | approximate | implied | unresolved
    note: str | None = None
    start: date | None = None  # the first day of a window ('Mitte Februar': 10th to 20th)
    after_publication: bool = False  # `day` lies after the publication date the words were read from
    # a part of the publication day ('am Mittwochmorgen' in a Wednesday text): the time of writing, which dates its
    # own sentence's figures but is no session reported for the sentences after it
    moment: bool = False


def explicit_date(text: str) -> date | None:
    """The first full date written out in text (ISO, 13.01.2026, 13. Januar 2026)."""
    candidates: list[tuple[int, date | None]] = []
    for m in _ISO.finditer(text):
        candidates.append((m.start(), _safe(int(m[1]), int(m[2]), int(m[3]))))
    for m in _DOTTED.finditer(text):
        candidates.append((m.start(), _safe(int(m[3]), int(m[2]), int(m[1]))))
    for m in _NAMED.finditer(text):
        candidates.append((m.start(), _safe(int(m[3]), MONTHS[m[2].lower()], int(m[1]))))
    for m in _ENGLISH_NAMED.finditer(text):
        month = MONTHS.get(m[1].lower()) or _MONTH_ABBREVIATIONS.get(m[1].lower()[:3])
        candidates.append((m.start(), _safe(int(m[3]), month, int(m[2])) if month else None))
    valid = sorted((pos, d) for pos, d in candidates if d is not None)
    return valid[0][1] if valid else None


# '16.01.2026 - 00:10:53', '16.01.2026, 09:15 Uhr', '2026-01-16T00:10:53+01:00', '2026-01-16 00:10 MEZ', and the
# year first in slashes as Hong Kong's financial wires stamp ('2025/10/30 16:25 HKT'; used only with its zone)
_STAMP = re.compile(
    # (a German portal's two-digit year, '10.10.25 08:31', as ariva and others stamp their news: 2025; a middle dot or
    # bullet between date and clock, '04.02.2026 · 18:45 Uhr', as a dateline's parts are parted)
    r"\b(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:20)?\d\d)|(?P<iy>20\d\d)(?P<sep>[-/])(?P<im>\d\d?)(?P=sep)(?P<id>\d\d?))"
    r"(?:T|\s*[-–,|·•]?\s*(?:um\s+)?)(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?"
    r"(?:\s*(?P<offset>Z|[+-]\d\d:?\d\d)|\s*(?P<zone>Uhr|MEZ|MESZ|CET|CEST|ET|EST|EDT|HKT|UTC|GMT)\b)?"
)
_ZONES = {
    "Uhr": "Europe/Berlin",
    "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "HKT": "Asia/Hong_Kong",
    "JST": "Asia/Tokyo",
    "SGT": "Asia/Singapore",
    "BST": "Europe/London",
    "IST": "Asia/Kolkata",
    "UTC": "UTC",
    "GMT": "UTC",
}


def _stamp_zone(m: re.Match[str]) -> tzinfo:
    """A stamp's zone: its offset after GMT or UTC where it writes one ('GMT+8'), else its zone word's."""
    if m["offset_hours"]:
        sign = -1 if m["offset_hours"][0] == "-" else 1
        return timezone(sign * timedelta(hours=int(m["offset_h"]), minutes=int(m["offset_minutes"] or 0)))
    return ZoneInfo(_ZONES[m["zone"].upper()])


def publication_instant(head: str, day: date) -> datetime | None:
    """The time of day a text's head gives for its publication date, as an aware instant: with
    its offset or zone word, or for a German-style date ('16.01.2026 - 00:10') Berlin time. A time
    whose zone cannot be told, or one stamped on another date, is not used."""
    for m in _STAMP.finditer(head):
        if m["d"]:
            stamped = _safe(int(m["y"]) + (2000 if len(m["y"]) == 2 else 0), int(m["m"]), int(m["d"]))
        else:
            stamped = _safe(int(m["iy"]), int(m["im"]), int(m["id"]))
        if stamped != day:
            continue
        clock = datetime(day.year, day.month, day.day, int(m["hh"]), int(m["mm"]), int(m["ss"] or 0))
        if m["offset"]:
            text = "+00:00" if m["offset"] == "Z" else m["offset"]
            return datetime.fromisoformat(clock.isoformat() + (text if ":" in text else f"{text[:3]}:{text[3:]}"))
        zone = _ZONES.get(m["zone"] or "") or ("Europe/Berlin" if m["d"] else None)
        if zone is not None:
            return clock.replace(tzinfo=ZoneInfo(zone))
    for m in _GERMAN_MONTH_STAMP.finditer(head):
        # '26. März 2026, 22:35' (the month's name, as Austrian and German sites write it) and '24.09.2025, 10.30 Uhr'
        # (a clock with a dot, only with its 'Uhr'): Berlin time, as the German dates in figures
        numbered = MONTHS.get((m["month"] or "").lower()) or int(m["nm"] or 0)
        if _safe(int(m["year"]), numbered, int(m["day"])) != day:
            continue
        hour, minute = (int(m["hh"]), int(m["mm"])) if m["hh"] else (int(m["dh"]), int(m["dm"]))
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo("Europe/Berlin"))
    for m in _ENGLISH_STAMP.finditer(head):
        month = MONTHS.get(m["month"].lower()) or _MONTH_ABBREVIATIONS.get(m["month"].lower()[:3])
        if month is None or _safe(int(m["year"]), month, int(m["day"])) != day:
            continue
        if m["ampm"]:
            hour, minute = int(m["hh"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0), int(m["mm"])
        else:
            hour, minute = int(m["hh24"]), int(m["mm24"])
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=_stamp_zone(m))
    for m in _DAY_FIRST_STAMP.finditer(head):
        month = MONTHS.get(m["month"].lower()) or _MONTH_ABBREVIATIONS.get(m["month"].lower()[:3])
        if month is None or _safe(int(m["year"]), month, int(m["day"])) != day:
            continue
        hour = int(m["hh"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0) if m["ampm"] else int(m["hh"])
        return datetime(day.year, day.month, day.day, hour, int(m["mm"]), tzinfo=_stamp_zone(m))
    for m in _CLOCK_FIRST_STAMP.finditer(head):
        month = MONTHS.get(m["month"].lower()) or _MONTH_ABBREVIATIONS.get(m["month"].lower()[:3])
        if month is None or _safe(int(m["year"]), month, int(m["day"])) != day:
            continue
        hour = int(m["hh"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
        return datetime(day.year, day.month, day.day, hour, int(m["mm"]), tzinfo=ZoneInfo(_ZONES[m["zone"].upper()]))
    for m in _SLASH_STAMP.finditer(head):
        # 'Published 03/04/2026, 10:12 AM GMT': month first (US sites) or day first; the reading that is the
        # publication date is the stamp's
        first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
        if day not in (_safe(year, first, second), _safe(year, second, first)):
            continue
        hour = int(m["hh"]) % 12 + (12 if m["ampm"][0].lower() == "p" else 0) if m["ampm"] else int(m["hh"])
        return datetime(day.year, day.month, day.day, hour, int(m["mm"]), tzinfo=_stamp_zone(m))
    for m in _CLOCK_FIRST_SLASH_STAMP.finditer(head):
        first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
        if day not in (_safe(year, first, second), _safe(year, second, first)):
            continue
        hour = int(m["hh"]) % 12 + (12 if m["ampm"][0].lower() == "p" else 0)
        return datetime(day.year, day.month, day.day, hour, int(m["mm"]), tzinfo=ZoneInfo(_ZONES[m["zone"].upper()]))
    for m in _HONG_KONG_PAPER_STAMP.finditer(head):
        month = _MONTH_ABBREVIATIONS.get(m["month"].lower()[:3])
        if month is None or _safe(int(m["year"]), month, int(m["day"])) != day:
            continue
        hour = int(m["hh"]) % 12 + (12 if m["ampm"].lower() == "pm" else 0)
        return datetime(day.year, day.month, day.day, hour, int(m["mm"]), tzinfo=ZoneInfo("Asia/Hong_Kong"))
    return None


# an offset written after GMT or UTC ('March 26, 2026 at 8:05 AM GMT+8', 'GMT+08:00', 'UTC-4'): the zone is that offset,
# not Greenwich (Bloomberg stamps its Asian pages so)
_ZONE_OFFSET = r"(?P<offset_hours>(?<=GMT|UTC)[+-](?P<offset_h>1[0-4]|0?\d)(?::?(?P<offset_minutes>[0-5]\d))?)?"


# 'Published 03/04/2026, 10:12 AM GMT', '11/18/2025 07:05 ET': a date in slashes with its clock and zone
_SLASH_STAMP = re.compile(
    r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>20\d\d),?\s+(?:at\s+)?(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)\s*"
    rf"(?P<ampm>[ap]\.?m\.?)?\s*(?P<zone>ET|EST|EDT|HKT|JST|SGT|UTC|GMT|CET|CEST)\b{_ZONE_OFFSET}",
    re.IGNORECASE,
)


# '04:38 PM ET 03/10/2026', '4:04:48 PM ET 03/25/2026': Investor's Business Daily's stamp, the clock (its seconds
# written or not) and zone before the date in slashes, on one line
_CLOCK_FIRST_SLASH_STAMP = re.compile(
    r"\b(?P<hh>1[0-2]|0?[1-9]):(?P<mm>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?m\.?)\s*"
    r"(?P<zone>ET|EST|EDT|HKT|JST|SGT|UTC|GMT)[ \t]+(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>20\d\d)\b",
    re.IGNORECASE,
)


# 'Published: 12:10pm, 8 Sep 2025': the South China Morning Post's stamp, which names no zone because it is always
# Hong Kong time (the clock before the day, 'am'/'pm' joined to it, the day before the month)
_HONG_KONG_PAPER_STAMP = re.compile(
    r"\b(?:Published|Updated):\s*(?P<hh>1[0-2]|0?[1-9]):(?P<mm>[0-5]\d)(?P<ampm>[ap]m),\s*(?P<day>\d{1,2})\s+"
    rf"(?P<month>{ENGLISH_MONTH_ABBREVIATIONS})[a-z]*\.?\s+(?P<year>20\d\d)\b"
)


# 'November 25, 2025, 4:30 p.m. ET', 'Nov 24, 2025 6:15 PM EST': an English dateline with its clock
_ENGLISH_STAMP = re.compile(
    rf"\b(?P<month>{_MONTH_ALT}|{ENGLISH_MONTH_ABBREVIATIONS})\.?\s+(?P<day>\d{{1,2}}),?\s+"
    # the clock on the date's line or the next, never across a blank line (a live page's first entry, '4:10 a.m. ET -')
    # (a briefing's header parts its date and clock by a bar or a dash: 'September 17, 2025 | 7:30 AM HKT')
    r"(?P<year>20\d\d)(?:[, \t]+|[, \t]*\n[, \t]*|[ \t]*[|–-][ \t]*)(?:at\s+)?"
    # (its seconds written too, as the Economic Times stamps: 'Last Updated: Jan 28, 2026, 07:50:00 AM IST')
    r"(?:(?P<hh>1[0-2]|0?[1-9]):(?P<mm>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?m\.?)"
    # or a 24-hour clock, as Asian sites stamp ('November 26, 2025 18:40 JST')
    r"|(?P<hh24>[01]?\d|2[0-3]):(?P<mm24>[0-5]\d)(?::[0-5]\d)?)\s*"
    rf"(?P<zone>ET|EST|EDT|HKT|JST|SGT|IST|UTC|GMT|CET|CEST)\b{_ZONE_OFFSET}",
    re.IGNORECASE,
)


# '30 March 2026, 07:40 BST', '07 Mar 2026, 09:15 AM IST': the day before the month, as British and Indian sites stamp,
# with the clock and its zone (IST: India's, the only one financial sites stamp so)
_DAY_FIRST_STAMP = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_ALT}|{ENGLISH_MONTH_ABBREVIATIONS})\.?,?\s+(?P<year>20\d\d)"
    r"(?:,?\s+|[ \t]*[|–-][ \t]*)(?:at\s+)?"
    r"(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?\s*"
    rf"(?P<zone>ET|EST|EDT|HKT|JST|SGT|BST|IST|UTC|GMT|CET|CEST)\b{_ZONE_OFFSET}",
    re.IGNORECASE,
)


# 'Updated 4:40 AM EST, January 28, 2026': the Associated Press's stamp, its clock and zone before the date;
# CNN's names the weekday before it ('Updated 4:20 PM EDT, Wed March 25, 2026')
_GERMAN_MONTH_STAMP = re.compile(
    r"\b(?P<day>\d{1,2})\.\s?(?:(?P<month>Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember)\s+|(?P<nm>\d{1,2})\.)(?P<year>20\d\d)\s*[-–,|·•]?\s*(?:\(?Stand:?\s*)?(?:um\s+)?"
    r"(?:(?(month)(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)|(?!))|(?P<dh>[01]?\d|2[0-3])\.(?P<dm>[0-5]\d)\s*Uhr\b)"
)
_CLOCK_FIRST_STAMP = re.compile(
    r"\b(?P<hh>1[0-2]|0?[1-9]):(?P<mm>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)\s*(?P<zone>ET|EST|EDT|HKT|JST|SGT|UTC|GMT)"
    r",?\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?P<month>{_MONTH_ALT}|{ENGLISH_MONTH_ABBREVIATIONS})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>20\d\d)\b",
    re.IGNORECASE,
)


# 'March 10, 2026 1:05 PM', 'Feb 26, 2026 at 1:52PM': an English dateline whose clock names no zone (`bare_clock`)
_ENGLISH_BARE_STAMP = re.compile(
    rf"\b(?P<month>{_MONTH_ALT}|{ENGLISH_MONTH_ABBREVIATIONS})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>20\d\d)"
    r"(?:[, \t]+|[ \t]*[|–-][ \t]*)(?:at\s+)?(?P<hh>1[0-2]|0?[1-9]):(?P<mm>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)"
    r"(?![ \t]*(?:ET|EST|EDT|HKT|JST|SGT|IST|UTC|GMT|CET|CEST|BST)\b)",
    re.IGNORECASE,
)


def bare_clock(head: str, day: date) -> tuple[int, int] | None:
    """The hour and minute of an English dateline on the publication day whose clock names no zone."""
    for m in _ENGLISH_BARE_STAMP.finditer(head):
        month = MONTHS.get(m["month"].lower()) or _MONTH_ABBREVIATIONS.get(m["month"].lower()[:3])
        if month is not None and _safe(int(m["year"]), month, int(m["day"])) == day:
            return int(m["hh"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0), int(m["mm"])
    return None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_DAY_WORDS = (
    "heut",
    "uhr",
    "writing",
    "schreibens",
    "a.m",
    "p.m",
    "gestern",
    "today",
    "this morning",
    "this afternoon",
    "yesterday",
    "night",
    "tag",
    "woch",
    "week",
    "day",
    "sitzung",
    "session",
    "monat",  # 'vor einem Monat' (a guard's word: 'Monatsplus' only lets the day patterns be tried)
    "month ago",
    *MONTHS,
)
# lower-cased, what `names_a_day` looks for besides a digit: found for a whole text at once
# (`extract.scan`), so that a sentence naming no day is told without reading it
NAMES_A_DAY_WORDS = _DAY_WORDS
_DIGIT = re.compile(r"\d")
# The day words as one pattern, a tree of their prefixes: a search for it finds a match exactly
# when one of them is a substring, at the cost of about one character test per position.
_ANY_DAY_WORD = re.compile(prefix_tree(_DAY_WORDS))


@lru_cache(maxsize=16)  # asked of the same sentence by the day bindings, each number's day scope and the context
def names_a_day(sentence: str) -> bool:
    """A cheap test before the patterns: digits, or a day, weekday or month word."""
    return _DIGIT.search(sentence) is not None or _ANY_DAY_WORD.search(sentence.lower()) is not None


# A piece of every phrase from which `resolve_day` reads a relative day, lower-cased: today, a clock
# time ('um 10.30 Uhr', 'at 10:30 a.m.', 'at the time of writing'), yesterday, the week's end, the
# day before, a weekday. A sentence holding none of them names no relative day: the context update
# need not read it.
RELATIVE_DAY_WORDS = (
    "heut",
    "today",
    "this morning",
    "this afternoon",
    "uhr",
    # 'at 10:30 a.m.': a digit right before the colon (a bare colon, 'Fazit:', 'NYSE:BABA', stands in a
    # third of all sentences, each then read for a day in vain)
    *(f"{digit}:" for digit in "0123456789"),
    "writing",
    "schreibens",
    "gest",  # gestern, gestrigen, vorgestern
    "yesterday",
    "last night",
    "wochen",
    "week",
    "woche",  # 'Ende der Vorwoche', 'Ende letzter Woche'
    "vortag",
    "handelstag",
    "first trading day",  # 'since the first trading day of the year' (_FIRST_SESSION_OF_YEAR)
    "first day of",
    "first session of",
    "previous",
    "day earlier",  # 'a day earlier', 'one session earlier', 'the prior session'
    "session earlier",
    "prior day",
    "prior session",
    "prior trading",  # 'on the prior trading day', 'in the prior trading session'
    "preceding",
    "day before",
    "session before",
    "zuvor",  # 'am Tag zuvor', 'tags zuvor', 'Zuvor hatte sie bei 124,90 Dollar geschlossen'
    "vorangegangenen",
    "vorherigen",
    "last close",  # 'Up to last close, ...': the session before
    "prior close",  # a quote box's label: 'Prior close: $124.90', 'Prev. close $164.32' (_PREVIOUS_DAY)
    "prev. close",
    "heading into today",
    "coming into today",  # Zacks's other openings: 'Coming into today, shares of the company had lost 5.8% ...'
    "going into today",
    "entering today",
    "einem jahr",
    "year ago",
    "zwölf monaten",
    "einem monat",  # 'vor einem Monat'
    "month ago",
    "months ago",
    "days ago",
    "tagen",
    *WEEKDAYS,
)


_MONTH_STEMS = tuple(sorted({month[:3] for month in MONTHS}))
_UNDATED_WORDS = ("sitzung", "einem tag", "session")
# A sentence holding a character that folds apart (word_scan.FOLDS_APART: 'ſ' is 's' to a case-blind
# pattern, but not lower-cased) is searched with every pattern.


class _Families:
    """Which families of day patterns may match a sentence, by a substring test each on the
    lower-cased sentence: a full date needs a year ('20'), a part or a whole month a month's name,
    an undated session its words, a relative day one of RELATIVE_DAY_WORDS. Cheaper than searching
    with every pattern; a family ruled out cannot match."""

    def __init__(self, sentence: str) -> None:
        folded = sentence.lower()
        odd = any(char in sentence for char in FOLDS_APART)
        self.date = "20" in sentence
        self.month = odd or any(stem in folded for stem in _MONTH_STEMS)
        self.undated = odd or any(word in folded for word in _UNDATED_WORDS)
        self.relative = odd or any(word in folded for word in RELATIVE_DAY_WORDS)


def resolve_day(sentence: str, published: date | None, rules: Rules, past: bool = False) -> DateRef | None:
    """The day a sentence talks about, or None when it names no day at all. Words about an earlier,
    completed session (`past`: 'after falling 4.7% on Friday') name the latest such weekday up to
    publication, never a coming one."""
    return _resolve_day(sentence, published, past, rules.tenses)


@lru_cache(maxsize=32)  # asked for each number of a sentence: a long sentence is read once
def _resolve_day(sentence: str, published: date | None, past: bool, tenses: Words) -> DateRef | None:
    if not names_a_day(sentence):
        return None
    may = _Families(sentence)
    stated = explicit_date(sentence) if may.date else None
    if stated is not None:
        return DateRef(stated, "stated")
    part = _PART_OF_MONTH.search(sentence) if may.month else None
    if part:
        return part_of_month(part, published)
    month_close = _MONTH_CLOSE.search(sentence) if may.month and published is not None else None
    if month_close and published is not None:
        return month_close_day(month_close, published)
    last_session = _LAST_SESSION_OF_MONTH.search(sentence) if may.month and published is not None else None
    if last_session and published is not None:
        # (relative, as a weekday is: a sentence naming it without a figure dates the sentences after it)
        return DateRef(month_left_day(last_session, last_session, published).day, "relative")
    unnamed_close = _MONTH_LEFT.search(sentence) if may.month and published is not None else None
    if unnamed_close and published is not None and (named := _NAMED_MONTH.search(sentence)) is not None:
        return month_left_day(unnamed_close, named, published)
    whole = _WHOLE_MONTH.search(sentence) if may.month else None
    if whole:
        return whole_month(whole, published)
    if may.undated and _UNDATED_SESSION.search(sentence):
        return DateRef(None, "implied", "the article does not say which session")
    a_year_back = _day_a_year_back(sentence, published) if may.month and published is not None else None
    if a_year_back is not None:
        return DateRef(a_year_back, "stated")
    if may.relative and may.month and published is not None:
        apposed = _apposed_date(sentence, published)
        if apposed is not None:
            return DateRef(apposed, "stated")
    first_session = _FIRST_SESSION_OF_YEAR.search(sentence) if may.relative or may.date else None
    if first_session and (published is not None or first_session[1] or first_session[2]):
        return first_session_of_year(first_session, published)
    if may.relative:
        relative = _relative_day(sentence, published, past, tenses)
        if relative is not None:
            return relative
    # last: a weekday or a relative day in the same words is the day reported, a day of a month
    # beside it most often a past reference ('Am Freitag ... über dem Schlusskurs vom 7. April')
    year_end = _YEAR_END.search(sentence) if may.date else None
    if year_end and (published is None or int(year_end[1]) < published.year):
        # (a year's end still to come, 'Analysten sehen die Aktie bis Ende 2026 bei 200 HKD', is no session reported)
        return DateRef(date(int(year_end[1]), 12, 31), "stated")
    day_of_month = _DAY_OF_MONTH.search(sentence) if may.month and published is not None else None
    if day_of_month and published is not None:
        on = _latest_day_of_month(day_of_month, published)
        if on is not None:
            return DateRef(on, "stated")
    for figures, present in ((_US_DAY, "/" in sentence), (_SHORT_DOTTED, "." in sentence)):
        found = figures.search(sentence) if present and published is not None else None
        if found and published is not None:
            on = _latest_of(int(found["month"]), int(found["day"]), published)
            if on is not None:
                return DateRef(on, "stated")
    return None


# A year counted back right before or after a day of a month ('a year ago, on March 19', 'on March 19 last year', 'vor
# einem Jahr, am 19. März', 'am 19. März des vergangenen Jahres'): that day in the year before publication's, not the
# latest March 19 nor the day 365 days back
_YEAR_BACK_BEFORE = re.compile(
    r"\b(?:(?:a|one) year (?:ago|earlier)|vor einem Jahr|ein Jahr (?:zuvor|früher)),?\s+(?:on|am)\s+$", re.IGNORECASE
)
_YEAR_BACK_AFTER = re.compile(
    r",?\s+(?:last year|a year (?:ago|earlier)|(?:des )?(?:vergangenen|letzten|vorigen) Jahres|im Vorjahr)\b",
    re.IGNORECASE,
)


def _day_a_year_back(sentence: str, published: date) -> date | None:
    """The day of a month a year counted back right beside it places in the year before publication's."""
    for m in _DAY_OF_MONTH.finditer(sentence):
        if _YEAR_BACK_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) or _YEAR_BACK_AFTER.match(
            sentence, m.end()
        ):
            on = _latest_day_of_month(m, published)
            return None if on is None else _safe(published.year - 1, on.month, on.day)
    return None


# A weekday with its date set beside it ('on Friday, March 20', 'am Freitag, 20. März')
_WEEKDAY_APPOSED = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"),?\s+(?:den\s+)?", re.IGNORECASE)


def _apposed_date(sentence: str, published: date) -> date | None:
    """The date beside a weekday that falls on it ('Friday, March 20' a week back): that date, not the latest
    Friday; a date on another weekday is left to the other readings."""
    for weekday in _WEEKDAY_APPOSED.finditer(sentence):
        m = _DAY_OF_MONTH.match(sentence, weekday.end())
        on = _latest_day_of_month(m, published) if m is not None else None
        if on is not None and on.weekday() == WEEKDAYS[weekday[1].lower()]:
            return on
    return None


def later_weekday_told(sentence: str, day: DateRef, published: date, rules: Rules) -> DateRef:
    """Of two weekdays a report names ('belasteten am Freitag die Wall Street und am Montag die Börsen in Asien'),
    the later one: the story has moved on to it (`resolve_day` reads the first). `day` is the sentence's day."""
    told = day.day if day.basis == "relative" else None
    weekdays = list(_WEEKDAY.finditer(sentence)) if told is not None else []
    if told is None or len(weekdays) < 2:
        return day
    later = resolve_day(sentence[weekdays[-1].start() :], published, rules, past=told_in_past(sentence, rules))
    return later if later is not None and later.day is not None and told < later.day <= published else day


def without_look_back_hedge(words: str) -> str:
    """A look-back's words without the hedge on its length ('vor gut einem Monat' -> 'vor einem Monat'): the day
    counted back itself, which a move measured from then is read from."""
    return _LOOK_BACK_HEDGE.sub(lambda m: "vor " if m[0].lower().startswith("vor ") else "", words)


def _hedged_look_back(sentence: str, m: re.Match[str], offset: int, then: date) -> DateRef | None:
    """A look-back its words hedge ('vor gut einem Monat', 'about two weeks ago'; `m` the look-back's match): the days
    around the one counted back on the side the hedge names, an approximate window; None for none (or 'genau',
    'exactly': that day)."""
    if offset > -7 and offset != _A_MONTH_AGO:
        return None
    hedge = _LOOK_BACK_HEDGE.match(m[0]) or _LOOK_BACK_HEDGE.search(sentence, max(0, m.start() - 20), m.start())
    side = hedge.lastgroup.removesuffix("_en") if hedge is not None and hedge.lastgroup else "on"
    if side == "on":
        return None
    length = 30 if offset == _A_MONTH_AGO else min(-offset, 365)
    slack = timedelta(days=next(days for span, days in _LOOK_BACK_SLACK.items() if length <= span))
    start = then - slack if side in ("before", "around") else then
    end = then + slack if side in ("after", "around") else then
    return DateRef(end, "approximate", f"'{m[0]}' read as {start} .. {end}", start)


def _relative_day(sentence: str, published: date | None, past: bool, tenses: Words) -> DateRef | None:
    """Today, yesterday, a clock time, the week's end, the day before, a weekday."""
    for at, (pattern, offset) in enumerate(_RELATIVE):
        if found := pattern.search(sentence):
            if at == _CLOCK_TIME and (_closing_clock(tenses).search(sentence) or _WEEKDAY.search(sentence)):
                # 'Auf Xetra hatte das Papier bereits um 17:30 Uhr bei 149,10 Euro geschlossen': the hour of a
                # session's close, no time of writing; the sentence's day is the one in play. 'trading 4.6% lower at
                # 2:45 p.m. EST on Thursday': the hour of the weekday named, which dates it
                continue
            if published is None:
                return DateRef(None, "unresolved", "relative day without a publication date")
            then = _month_back(published) if offset == _A_MONTH_AGO else published + timedelta(days=offset)
            return _hedged_look_back(sentence, found, offset, then) or DateRef(then, "relative")
    week_end = _WEEK_END.search(sentence)
    week_start = None if week_end else _WEEK_START.search(sentence)
    named = week_end or week_start or _PREVIOUS_DAY.search(sentence)
    if named:
        if published is None:
            return DateRef(None, "unresolved", f"'{named[0]}' without a publication date")
        # the week's last session is the Friday on or before publication, its first the Monday (a
        # holiday: the calendar's job)
        back = (published.weekday() - 4) % 7 if week_end else published.weekday() if week_start else 1
        if not (week_end or week_start) and published.weekday() >= 5 and _BOX_PREVIOUS_CLOSE.fullmatch(named[0]):
            # a quote page's 'Previous close: $177.18' read at the weekend: the page shows Friday's session, its
            # previous close is Thursday's
            back = published.weekday() - 3
        elif not (week_end or week_start) and published.weekday() == 0 and _BOX_PREVIOUS_CLOSE.fullmatch(named[0]):
            # 'The previous close was $150.96' on a Monday: the last session before it, Friday's
            back = 3
        if week_end and _LAST_WEEK.search(week_end[0]):
            back = published.weekday() + 3
        return DateRef(published - timedelta(days=back), "relative")
    m = _WEEKDAY.search(sentence)
    if m:
        if published is None:
            return DateRef(None, "unresolved", "weekday without a publication date")
        back = (published.weekday() - WEEKDAYS[m[1].lower()]) % 7
        if _NIGHT_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            # 'in der Nacht zum Mittwoch': the session that ran into that night, New York's told from Europe
            return DateRef(published - timedelta(days=back + 1), "relative")
        if _earlier_weekday(sentence, m, tenses):
            after = _tense(tenses).earlier_day_after.match(sentence, m.end())
            if after is not None and _OF_A_WEEK.search(after[0]):
                # 'am Freitag der Vorwoche', 'Friday of last week': that day of the calendar week before publication's
                # (a Saturday's review: the Friday eight days back, not the day before)
                monday = published - timedelta(days=published.weekday())
                return DateRef(monday - timedelta(days=7 - WEEKDAYS[m[1].lower()]), "relative")
            return DateRef(published - timedelta(days=back or 7), "relative")
        if m[2] and back == 0:
            return DateRef(published, "relative", moment=True)  # 'kostet am Mittwochmorgen' on that Wednesday
        if past or (_in_past(sentence, tenses) and not _coming_weekday(sentence, m, tenses)):
            return DateRef(published - timedelta(days=back), "relative")
        return nearest_weekday(WEEKDAYS[m[1].lower()], published, m[1])
    return None


class _Tense(NamedTuple):
    past: re.Pattern[str]
    past_irregular: re.Pattern[str]  # the same without the bare '-ed' ending
    coming: re.Pattern[str]
    coming_day: re.Pattern[str]
    earlier_day_before: re.Pattern[str]
    earlier_day_after: re.Pattern[str]


@lru_cache(maxsize=4)
def _tense(words: Words) -> _Tense:
    """Around the words of tenses.csv: a report in the past tense or the perfect (preterites, a
    participle with its auxiliary, '-ed' forms but not an adjective made of one: 'Hong Kong-listed'),
    which dates a bare weekday to the latest such day up to publication ('Am Montag sprangen die ADRs
    ...' in a Saturday recap); a future or a plan naming a coming day instead ('reports results on
    Tuesday, as expected'); and a coming word governing the weekday after it ('next Thursday')."""
    irregular = (
        rf"{words['past']}|(?:{words['late_participle']})\s+(?:{words['late_auxiliary']})"
        rf"|(?:{words['perfect_opens']})\b[^.;]*?\b(?:{words['perfect_closes']})"
    )
    regular = rf"(?<!-)(?!(?:{words['ed_adjective']})\b)\w{{3,}}(?:{words['past_ending']})"
    return _Tense(
        re.compile(rf"\b(?:{irregular}|{regular})\b", re.IGNORECASE),
        # (these two led by their first characters, `with_first_chars`: the first starts with any word character)
        with_first_chars(re.compile(rf"\b(?:{irregular})\b", re.IGNORECASE)),
        with_first_chars(re.compile(rf"\b(?:{words['coming']})\b", re.IGNORECASE)),
        re.compile(rf"\b(?:{words['coming_day']})\s+(?:(?:am|on|the|dem|den)\s+)?$", re.IGNORECASE),
        re.compile(rf"\b(?:{words['earlier_day_before']})\s+$", re.IGNORECASE),
        re.compile(rf"\s+(?:{words['earlier_day_after']})\b", re.IGNORECASE),
    )


@lru_cache(maxsize=4)
def _closing_clock(words: Words) -> re.Pattern[str]:
    """The words of a session's end beside which a clock time is that close's hour (tenses.csv closing_clock)."""
    return re.compile(rf"\b(?:{words['closing_clock']})\b", re.IGNORECASE)


# the dot of a day's ordinal before its month ('am 13. Januar', 'am 13.01.'), which ends no sentence
_ORDINAL_DOT = (
    r"(?<=\d)\.(?=\s?(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember)\b)|(?<=\d\.[01]\d)\.(?=\s)"
)


@lru_cache(maxsize=4)
def _pluperfect(words: Words) -> re.Pattern[str]:
    """The pluperfect of a main clause, around the words of tenses.csv ('Am Mittwoch hatte es noch bei
    195,56 US-Dollar geschlossen', 'On Wednesday the shares had still gained 0.7%'): an earlier day
    told as background to the one reported."""
    # (a date's ordinal dot inside the bracket is no sentence's end: 'Ihr Monatshoch hatte die Aktie am 13. Januar bei
    # 649 Hongkong-Dollar markiert', 'hatte am 13.01. ... geschlossen')
    return re.compile(
        rf"\b(?:{words['pluperfect_opens']})\b(?:[^.;]|[.,](?=\d)|{_ORDINAL_DOT})*?"
        rf"\b(?:{words['pluperfect_closes']})\b"
        rf"|\b(?:{words['pluperfect_auxiliary']})\s+(?:(?:{words['pluperfect_adverb']})\s+)?"
        rf"(?:{words['pluperfect_participle']})\b",
        re.IGNORECASE,
    )


_CLAUSE_END = re.compile(r"[;:–—]|,(?!\d)")


@lru_cache(maxsize=4)
def _present_perfect(words: Words) -> re.Pattern[str]:
    """The present perfect of a clause, around the words of tenses.csv ('the six-day run has lifted it 5.1%', 'seither
    hat sie 3 Prozent zugelegt'): a move told up to now."""
    return re.compile(
        rf"\b(?:{words['perfect_opens']})\b(?:[^.;,]|[.,](?=\d))*?\b(?:{words['perfect_closes']})\b"
        rf"|\b(?:{words['perfect_auxiliary']})\s+(?:(?:{words['pluperfect_adverb']})\s+)?"
        rf"(?:{words['pluperfect_participle']})\b",
        re.IGNORECASE,
    )


def in_present_perfect(sentence: str, at: int, rules: Rules) -> bool:
    """Whether the clause holding offset `at` is told in the present perfect (and not in the pluperfect)."""
    opened, closed = clause_bounds(sentence, at, _CLAUSE_END)
    return (
        _present_perfect(rules.tenses).search(sentence, opened, closed) is not None
        and _pluperfect(rules.tenses).search(sentence, opened, closed) is None
    )


def told_as_earlier(sentence: str, rules: Rules) -> bool:
    """The clause naming the sentence's day is in the pluperfect: the day is an earlier one's, told
    as background, not the session the text goes on to report."""
    phrases = day_phrases(sentence)
    if not phrases:
        return False
    start, end = phrases[0]
    opened = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    closed = after.start() if (after := _CLAUSE_END.search(sentence, end)) else len(sentence)
    if after is not None and not sentence[end : after.start()].strip() and len(sentence[opened:start].split()) <= 1:
        # a day fronted and set off by a comma ('On Wednesday, the index had added 157 points', 'Late on
        # Friday, ...'): its clause is the one the comma opens
        closed = following.start() if (following := _CLAUSE_END.search(sentence, after.end())) else len(sentence)
    return _pluperfect(rules.tenses).search(sentence, opened, closed) is not None


def pluperfect_clause(sentence: str, at: int, rules: Rules) -> int | None:
    """Where the clause holding offset `at` opens, if it is told in the pluperfect ('Am Vortag hatte Baidu
    2,7 Prozent verloren, Alibaba hatte 1,5 Prozent gewonnen', 'the shares had gained 1.5%'): an earlier
    session summed up. None for a clause in another tense."""
    span = pluperfect_clause_span(sentence, at, rules)
    return span[0] if span is not None else None


def pluperfect_clause_span(sentence: str, at: int, rules: Rules) -> tuple[int, int] | None:
    """Where the clause holding offset `at` opens and closes, if it is told in the pluperfect."""
    opened, closed = clause_bounds(sentence, at, _CLAUSE_END)
    return (opened, closed) if _pluperfect(rules.tenses).search(sentence, opened, closed) is not None else None


@lru_cache(maxsize=4)
def pluperfect_auxiliaries(words: Words) -> re.Pattern[str]:
    """The auxiliaries opening a pluperfect (tenses.csv: 'hatte', 'war', 'had'), whose absence spares a sentence
    the search for a pluperfect clause."""
    return re.compile(rf"\b(?:{words['pluperfect_opens']}|{words['pluperfect_auxiliary']})\b", re.IGNORECASE)


def told_in_past(words: str, rules: Rules, any_ed_form: bool = True) -> bool:
    """Words that report in the past tense or the perfect, and name no coming event. Without
    `any_ed_form`, a bare '-ed' form is no report (the caller knows the verbs that count: a move's,
    not 'unveiled' or 'booked' of a reason clause)."""
    return _in_past(words, rules.tenses, any_ed_form)


def speaks_of_coming_only(words: str, rules: Rules) -> bool:
    """Words that name a coming event (a future, a plan, a modal: 'dürfte', 'will') and report nothing in
    the past tense: 'Die Aktie dürfte an ihre Verluste vom Vortag anknüpfen' looks ahead; the day it names is
    the earlier event's, no session the sentences after it report."""
    tense = _tense(rules.tenses)
    if tense.coming.search(words) is None:
        return False
    # (a coming word may itself end like a past: 'are expected to extend Thursday's losses')
    return tense.past.search(tense.coming.sub(" ", words)) is None


def _in_past(words: str, tenses: Words, any_ed_form: bool = True) -> bool:
    tense = _tense(tenses)
    past = tense.past if any_ed_form else tense.past_irregular
    return past.search(words) is not None and tense.coming.search(words) is None


def _coming_weekday(sentence: str, weekday: re.Match[str], tenses: Words) -> bool:
    """A coming word governs the weekday: it stands right before it ('next Thursday', 'am kommenden
    Donnerstag'), not elsewhere in the sentence ('ahead of the Fed decision', 'vor der nächsten
    Zinsentscheidung')."""
    return _tense(tenses).coming_day.search(sentence, 0, weekday.start(1)) is not None


# the words after a weekday naming the week it lies in (tenses.csv earlier_day_after: 'der Vorwoche', 'of last week')
_OF_A_WEEK = re.compile(r"Woche|week", re.IGNORECASE)


def _earlier_weekday(sentence: str, weekday: re.Match[str], tenses: Words) -> bool:
    """Words right around the weekday place it before publication ('last Friday', 'am vergangenen
    Freitag', 'am Freitag zuvor', 'the Friday before'): the latest such day before the publication
    day, in any tense."""
    tense = _tense(tenses)
    return (
        tense.earlier_day_before.search(sentence, 0, weekday.start(1)) is not None
        or tense.earlier_day_after.match(sentence, weekday.end()) is not None
    )


def with_earlier_word(sentence: str, start: int, end: int, tenses: Words) -> str:
    """The day phrase at start..end with the word placing a weekday before publication around it ('am vergangenen
    Mittwoch' gives 'vergangenen Mittwoch', 'am Freitag zuvor' 'Freitag zuvor'): a phrase read for one number alone is
    resolved without its sentence, and a Wednesday's 'vergangenen Mittwoch' is the week before, not that day."""
    tense = _tense(tenses)
    before = tense.earlier_day_before.search(sentence, max(0, start - 20), start)
    after = tense.earlier_day_after.match(sentence, end)
    if (before is None and after is None) or _WEEKDAY.search(sentence, start, end) is None:
        return sentence[start:end]
    return sentence[before.start() if before else start : after.end() if after else end]


def _latest_day_of_month(m: re.Match[str], published: date) -> date | None:
    """'7. April' or 'April 8' in the year of publication, or the year before when that day is more
    than two months ahead; a day up to two months ahead is a coming event ('results on November
    25'), which dates no claim."""
    name = (m["de_month"] or m["en_month"]).lower().rstrip(".")
    month = MONTHS.get(name) or _MONTH_ABBREVIATIONS[name[:3]]  # 'Aug. 29', 'Sept. 4' as wire copy writes them
    return _latest_of(month, int(m["de_day"] or m["en_day"]), published)


def _latest_of(month: int, day: int, published: date) -> date | None:
    """That day of that month in the year of publication, or the year before (see _latest_day_of_month)."""
    on = _safe(published.year, month, day)
    if on is None or on <= published:
        return on
    return None if on <= published + timedelta(days=61) else _safe(published.year - 1, month, day)


def nearest_weekday(weekday: int, published: date, word: str) -> DateRef:
    """The such-named day nearest to publication; a later one is kept but flagged."""
    back = (published.weekday() - weekday) % 7
    forward = (weekday - published.weekday()) % 7
    if back <= forward:
        return DateRef(published - timedelta(days=back), "relative")
    day = published + timedelta(days=forward)
    return DateRef(
        day,
        "relative",
        f"'{word}' resolved to {day.isoformat()}, after the publication date "
        f"{published.isoformat()} (the nearest such day)",
        after_publication=True,
    )


def part_of_month(m: re.Match[str], published: date | None) -> DateRef:
    """'Mitte Februar' is a window of days; without a year, the latest such month up to publication."""
    first, last = _PART_DAYS.get(m[1].lower(), _PART_DAYS["ende"])  # 'closing September at': its last days
    month = MONTHS[m[2].lower()]
    if m[3]:
        year = int(m[3])
    elif published is not None:
        year = published.year if month <= published.month else published.year - 1
    else:
        return DateRef(None, "unresolved", f"'{m[0]}' without a year or a publication date")
    last = min(last, month_end(year, month).day)
    start, end = date(year, month, first), date(year, month, last)
    if m[1].lower().startswith(("the", "at")) and (published is None or end < published):
        # 'since the end of February': the month's last weekday (its last session's close is meant)
        while end.weekday() >= 5:
            end -= timedelta(days=1)
        return DateRef(end, "stated", f"'{m[0]}' read as {end.isoformat()}, the month's last weekday")
    note = f"'{m[0]}' read as the sessions from {start.isoformat()} to {end.isoformat()}"
    return DateRef(end, "approximate", note, start)


def month_close_day(m: re.Match[str], published: date) -> DateRef:
    """'Januar-Schlusskurs': the last weekday of the latest such month before publication (a holiday: the calendar's
    job)."""
    name = next(group for group in m.groups() if group)
    month = MONTHS[name.lower()]
    year = published.year if month < published.month else published.year - 1
    end = _last_weekday_up_to(year, month, published)
    return DateRef(end, "stated", f"'{m[0]}' read as {end.isoformat()}, the month's last weekday")


def first_session_of_year(m: re.Match[str], published: date | None) -> DateRef:
    """'seit dem ersten Handelstag des Jahres': the first weekday after January 1 of the year named, else of
    publication's."""
    named = m[1] or m[2]
    year = int(named) if named or published is None else published.year
    first = date(year, 1, 2)
    while first.weekday() >= 5:
        first += timedelta(days=1)
    return DateRef(first, "stated", f"'{m[0]}' read as {first.isoformat()}, the year's first session")


def month_left_day(left: re.Match[str], named: re.Match[str], published: date) -> DateRef:
    """'ging im Februar ... mit 26.630 Punkten aus dem Monat': the close of the last weekday of the month the sentence
    names (up to publication, when that month ends on the publication day)."""
    month = MONTHS[next(group for group in named.groups() if group).lower()]
    year = published.year if month <= published.month else published.year - 1
    end = _last_weekday_up_to(year, month, published)
    return DateRef(end, "stated", f"'{left[0]}' read as {end.isoformat()}, the last weekday of the month named")


def month_left_unnamed(sentence: str, published: date, in_play: date) -> DateRef | None:
    """'They ended the month at $144.11' in a sentence naming no month, after a recap of that month's sessions: the
    last weekday of the month of the day in play (up to publication)."""
    left = _MONTH_LEFT.search(sentence)
    if left is None or _NAMED_MONTH.search(sentence) is not None:
        return None
    end = _last_weekday_up_to(in_play.year, in_play.month, published)
    return DateRef(end, "stated", f"'{left[0]}' read as {end.isoformat()}, the last weekday of the month told of")


def _last_weekday_up_to(year: int, month: int, published: date) -> date:
    """The month's last weekday, or the last one up to publication in the month of publication (a holiday: the
    calendar's job)."""
    end = min(month_end(year, month), published)
    while end.weekday() >= 5:
        end -= timedelta(days=1)
    return end


def whole_month(m: re.Match[str], published: date | None) -> DateRef:
    """'im April 2025': every session of that month (up to publication, if it is the current one)."""
    month, year = MONTHS[m[1].lower()], int(m[2])
    start, end = date(year, month, 1), month_end(year, month)
    if published is not None and start <= published < end:
        end = published
    note = f"'{m[0]}' read as the sessions from {start.isoformat()} to {end.isoformat()}"
    return DateRef(end, "approximate", note, start)


# 'Oktoberhoch', 'Oktober-Tief', 'October peak', 'Hoch vom Oktober', 'high in October': the high or low
# of a month named without a year
_MONTHS_EXTREME = re.compile(
    # with its year between ('its March 2025 peak'): that year's month
    rf"\b({_MONTH_ALT})(?:(?:['’]s)?(?:\s+(20\d\d))?\s+(?:peak|high|low|trough)s?\b|-?(?:hoch|tief)s?\b)"
    # or the words saying it was set between ('the closing high it set in October')
    rf"|\b(?:Hoch|Tief|high|low|peak|trough)\s+(?:(?:it|they)\s+(?:set|hit|reached|touched|marked)\s+)?"
    # (or the part of the month: 'Vom Hoch Anfang Oktober', 'the high in mid-October')
    rf"(?:(?:vom|im|in|of)\s+|(?:(?:vom|im|in|of)\s+)?(?:Anfang|Mitte|Ende|early|mid|late)[-\s]+)({_MONTH_ALT})\b(?!\s+20\d\d)"
    # with its level between ('Vom Tief bei 95,73 Dollar aus dem April')
    rf"|\b(?:Hoch|Tief)\s+(?:bei|von)\s+\d[\d.,]*\s*(?:HKD|Hongkong-Dollar|US-Dollar|Dollar|Euro)?"
    rf"\s+(?:aus dem|vom|im)\s+({_MONTH_ALT})\b(?!\s+20\d\d)"
    # or in English after its level ('the closing high of HK$183.50 it reached last March')
    rf"|\b(?:high|low|peak|trough)\s+of\s+(?:HK\$|US\$|\$|€)?\s?\d[\d.,]*\s+(?:it|they)\s+(?:set|hit|reached|touched|marked)"
    rf"\s+(?:in|last)\s+({_MONTH_ALT})\b(?!\s+20\d\d)"
    # the month of publication, so far ('this month's high of $168.26', 'das Monatshoch bei 168,26 Dollar')
    r"|(?P<current>\bthis month['’]s\s+(?:peak|high|low|trough)s?\b|\bMonats(?:hoch|tief)s?\b)",
    re.IGNORECASE,
)


# a year's or 52 weeks' extreme told with the month it was set in ('Das Jahreshoch aus dem Oktober bei 186,20 HKD', 'das
# im Oktober markierte Jahreshoch', 'the year high of HK$186.20 set in October', 'its 52-week low from April')
_SET_EXTREME = (
    r"(?:Jahres|52-Wochen-|Rekord|Allzeit)(?:hoch|tief)s?|(?:year|annual|52-week|yearly|record)[- ](?:high|low)s?"
)
_LEVEL = r"(?:(?:bei|von|of|at)\s+(?:HK\$|US\$|\$|€)?\s?\d[\d.,]*\s*(?:HKD|Hongkong-Dollar|US-Dollar|Dollar|Euro)?\s+)?"
_SET_IN_MONTH = re.compile(
    rf"\b(?:{_SET_EXTREME})\s+{_LEVEL}(?:aus dem|vom|im|from|(?:(?:it|they)\s+)?(?:set|hit|reached|touched|marked)"
    rf"\s+in)\s+({_MONTH_ALT})\b(?!\s+20\d\d)"
    rf"|\b(?:im|in)\s+({_MONTH_ALT})\s+(?:erreichte|markierte|aufgestellte|erzielte)[nsm]?\s+(?:{_SET_EXTREME})\b",
    re.IGNORECASE,
)


def extreme_set_in_month(sentence: str, published: date | None) -> date | None:
    """The last day of the month a year's or 52 weeks' extreme was set in, as its words name it ('Das Jahreshoch aus
    dem Oktober' in January: October of the year before); the latest such month up to publication."""
    m = _SET_IN_MONTH.search(sentence) if published is not None else None
    if m is None or published is None:
        return None
    month = MONTHS[(m[1] or m[2]).lower()]
    year = published.year if month <= published.month else published.year - 1
    return min(month_end(year, month), published)


_MONTH_RIGHT_BEFORE = re.compile(rf"\b(?:{_MONTH_ALT})\s+$", re.IGNORECASE)


def month_right_before(sentence: str, at: int) -> bool:
    """A month's name stands right before `at` ('its March 2025 high': the year's extreme cue is a month's)."""
    return _MONTH_RIGHT_BEFORE.search(sentence, max(0, at - 12), at) is not None


def extreme_month_window(sentence: str, published: date | None, at: int | None = None) -> DateRef | None:
    """The month whose high or low a sentence names ('am Oktoberhoch bei 186,20 HKD', 'their October peak
    of HK$186.20', 'its March 2025 peak', 'this month's high'): the year's named, else the latest such month up
    to publication (a month named in itself is the month so far: 'ihr Februar-Hoch' in late February), every
    session of it up to then. Of several, the last before `at` (the number's place: 'since its March 2025 peak of
    HK$183.50, and ... since its October high of HK$683'), else the first."""
    found = list(_MONTHS_EXTREME.finditer(sentence)) if published is not None else []
    if not found or published is None:
        return None
    before = [x for x in found if at is None or x.start() < at]
    m = before[-1] if before else found[0]
    month = published.month if m["current"] else MONTHS[(m[1] or m[3] or m[4] or m[5]).lower()]
    latest = published.year if month <= published.month else published.year - 1
    if m[5] and month == published.month and m[0].lower().split()[-2] == "last":
        latest -= 1  # 'it reached last March' written in March: a year before
    year = int(m[2]) if m[2] else latest
    start, end = date(year, month, 1), min(month_end(year, month), published)
    note = f"'{m[0]}' read as the sessions from {start.isoformat()} to {end.isoformat()}"
    return DateRef(end, "approximate", note, start)


_SINCE = re.compile(
    rf"\s*(?:dem\s+|the\s+)?(?:(?P<start_of_year>Jahresbeginn|Jahresanfang|Jahresstart|the start of the year)"
    rf"|(?P<part>Anfang|Mitte|Ende|early|mid|late|end\s+of)?[-\s]*(?P<month>{_MONTH_ALT})(?:\s+(?P<year>20\d\d))?"
    r"|(?P<only_year>20\d\d))\b",
    re.IGNORECASE,
)


def since_start(after: str, day: date) -> tuple[date, int] | None:
    """The first day of the look-back that 'seit ...' opens, and how many characters of `after`
    (the text right after 'seit') name it. Read charitably: after the whole period named ('seit
    Oktober 2024' -> from 2024-11-01), so that the earlier peak lies before it. None when it names
    no period that can be read ('seit Wochen')."""
    dated = re.match(r"\s*(?:dem\s+|the\s+)?(?=\d)", after)
    stated = explicit_date(after[:25]) if dated else None
    if dated and stated is not None:
        found = next(m for p in (_ISO, _DOTTED, _NAMED) if (m := p.search(after[:25])))
        return stated + timedelta(days=1), found.end()
    m = _SINCE.match(after)
    if m is None:
        return None
    if m["start_of_year"]:
        return date(day.year, 1, 1), m.end()
    if m["only_year"]:
        return date(int(m["only_year"]) + 1, 1, 1), m.end()
    month = MONTHS[m["month"].lower()]
    year = int(m["year"]) if m["year"] else (day.year if month < day.month else day.year - 1)
    if m["part"]:
        last = min(_PART_DAYS.get(m["part"].lower(), _PART_DAYS["ende"])[1], month_end(year, month).day)
        return date(year, month, last) + timedelta(days=1), m.end()  # ('since the end of February': its last close)
    return month_end(year, month) + timedelta(days=1), m.end()


# 'im Juli', 'in July', 'during October', 'im Monat August', 'its losses for October', 'beendete den Januar mit': a
# month named for a move, without a day or year; or the month as the subject of a lead clause ('war der Januar zäher:')
_NAMED_MONTH = re.compile(
    r"\b(?:im|in|during|over|(?:gains?|loss(?:es)?|declines?|drops?|falls?|rises?|advances?|rall(?:y|ies)|returns?|slide|"
    r"slump|performance)\s+for|(?:beendete|beendeten|beendet|schloss|schlossen)\s+den)\s+"
    # ('im Gesamtmonat Januar': the whole month named, as 'im Monat Januar')
    # ('im Septemberverlauf': the month named by its compound with '-verlauf', as 'im September')
    rf"(?:(?:the\s+)?month\s+of\s+|(?:Gesamt)?Monat\s+)?({_MONTH_ALT})(?:verlauf)?\b(?!\s*(?:20\d\d|-))"
    rf"|\bder\s+({_MONTH_ALT})\s+(?:war|verlief|lief|brachte)\b"
    rf"|\b(?:war|verlief|lief|brachte)\s+der\s+({_MONTH_ALT})\b",
    re.IGNORECASE,
)


# 'im Vormonat', 'in the previous month', 'im vergangenen Monat', 'last month': the month before the one the text is
# telling of (not 'over the last month', the month up to now; nor a list's label 'im letzten Monat:', cues.csv)
_PREVIOUS_MONTH = re.compile(
    r"\b(?:im\s+Vormonat|in\s+the\s+(?:previous|prior)\s+month|im\s+(?:letzten|vergangenen)\s+Monat\b(?!\s?:)"
    r"|(?<!over )(?<!in )(?<!during )(?<!the )last\s+month|im\s+Berichtsmonat|in\s+the\s+month\s+under\s+review)\b",
    re.IGNORECASE,
)
# 'im Berichtsmonat', 'in the month under review': a monthly report's month, the one before publication (a report on
# a month comes out after it ended), whatever day the sentences before told ('schloss den Monat bei ...')
_REPORTED_MONTH = re.compile(r"Berichtsmonat|month\s+under\s+review", re.IGNORECASE)


# the month a move before it was told for, not named again ('The ADSs gained 32.4% in the month' after 'rose 7.1% in
# September'); not a month the words go on to name ('in the month of October', 'in the month before the results')
_SAME_MONTH = re.compile(
    r"\b(?:in|during|over|for)\s+the\s+month\b(?!\s+(?:of|before|after|ending|ended|since|under)\b|\s+to\s+date\b)"
    r"|\bim\s+(?:selben|gleichen|selbigen)\s+Monat\b"
    # a month's move named by its noun after a move told for a named month ('ein Monatsplus von 15,7 Prozent' after 'Der
    # Hang Seng legte im Januar um 6,9 Prozent zu'): that month's; without one it stays unmeasured (cues.csv)
    r"|(?P<noun>\bMonats(?:plus|minus|gewinn|verlust)(?:e|es|s)?\b|\bmonthly\s+(?:gain|loss|decline|drop|rise|advance)\b)",
    re.IGNORECASE,
)


def month_move_noun(words: str) -> bool:
    """Whether the words name a month's move by its noun ('Monatsplus', 'monthly loss')."""
    return any(m["noun"] for m in _SAME_MONTH.finditer(words))


def names_same_month(sentence: str) -> bool:
    """The sentence tells a move 'in the month' without naming it: the month told before."""
    return _SAME_MONTH.search(sentence) is not None


def names_month(words: str) -> bool:
    """Whether the words name a month ('im Oktober', 'in October'), which `named_month_window` reads."""
    return _NAMED_MONTH.search(words) is not None


def names_previous_and_other_month(sentence: str) -> bool:
    """Whether the words name the month before ('im Vormonat') beside a month by its name ('im Februar'): each move
    then takes the month of its own clause (`named_month_window`)."""
    return _PREVIOUS_MONTH.search(sentence) is not None and _NAMED_MONTH.search(sentence) is not None


def _weekday_between(earlier: date, later: date) -> bool:
    """Whether a weekday lies strictly between two days (a session the text may have told after the earlier one)."""
    day = earlier + timedelta(days=1)
    while day < later:
        if day.weekday() < 5:
            return True
        day += timedelta(days=1)
    return False


def named_month_window(
    sentence: str, published: date | None, in_play: date | None = None, at: int | None = None
) -> DateRef | None:
    """The month a move is told for ('Alibaba legte im Juli 5,4 Prozent zu', 'rose 6.4% in July'): the
    latest such month up to publication, from its first day to its end (to publication when it is the
    publication's month: the month so far). 'Im Vormonat': the month before the one of the day in play
    (the earlier sentences' day, else publication). Of several months, the one in the clause of the number at
    `at` ('rose 9% in January and fell 6% in February', 'Im Januar legte sie 9 Prozent zu, im Februar verlor
    sie 6 Prozent'), else the last before it, else the first."""
    if published is None:
        return None
    previous = _PREVIOUS_MONTH.search(sentence)
    # ('Im Februar verlor der Index 2,8 Prozent, nachdem er im Vormonat um 7 Prozent gestiegen war': each move the
    # month of its own clause)
    named = list(_NAMED_MONTH.finditer(sentence)) if previous is None or at is not None else []
    m = _month_of_clause(sorted([*named, *([previous] if previous else [])], key=lambda f: f.start()), sentence, at)
    if m is not None and m is previous:
        end = (published if _REPORTED_MONTH.search(m[0]) else in_play or published).replace(day=1) - timedelta(days=1)
        start = end.replace(day=1)
        return DateRef(
            end, "stated", f"'{m[0]}' read as the month from {start.isoformat()} to {end.isoformat()}", start
        )
    if m is None:
        return None
    month = MONTHS[(m[1] or m[2] or m[3]).lower()]
    year = published.year if month <= published.month else published.year - 1
    start, end = date(year, month, 1), min(month_end(year, month), published)
    so_far = end == published
    while so_far and end < month_end(year, month) and end.weekday() >= 5 and end > start:
        # the month so far told at a weekend ('has lost about 9% so far in October' on a Sunday): up to its last
        # weekday, as a year so far runs to the last session (a holiday: the calendar's job); a month told on its
        # own last day, a Saturday, is over: its calendar end stands ('Im Februar verlor die Aktie ...' on the 28th)
        end -= timedelta(days=1)
    if in_play is not None and so_far and start <= in_play < end and not _weekday_between(in_play, end):
        # the month so far as of the day the text is about ('gained 2.7 per cent on Monday. ... up 3.1 per cent so far
        # in March' in Tuesday's morning paper): to that session's close, not to publication's; not an earlier day an
        # earlier paragraph told with sessions after it ('Am 23. Februar sprang das Papier ...' in a review of February
        # published on the 28th: 'Der Leitindex büßte im Februar 3,8 Prozent ein' runs to the month's last session)
        end = in_play
    return DateRef(end, "stated", f"'{m[0]}' read as the month from {start.isoformat()} to {end.isoformat()}", start)


# a range told for a period, not one session ('Die Handelsspanne im Januar reichte von 141,00 bis 174,20 HKD', 'Die
# Wochenspanne lag zwischen 153,90 und 162,70 HKD', 'the week's range'): that week's (the month's) low and high; a
# 52-week range is its cue rows' (cues.csv), and a weekday named in the range's clause makes it that session's
_WEEK_RANGE = re.compile(
    r"(?<![\w-])(?:Wochenspanne|Wochenbandbreite|Wochenhandelsspanne|Wochenhochs?|Wochentiefs?)\b"
    r"|\b(?:(?:in|während)\s+(?:dieser|der)\s+(?:(?:abgelaufenen|vergangenen|letzten)\s+)?Woche|im\s+Wochenverlauf"
    r"|auf\s+Wochensicht|(?:the|this|last)\s+week['’]s\s+(?:trading\s+)?range|weekly\s+range"
    r"|(?:Handels)?[Ss]panne\s+der\s+(?:(?:abgelaufenen|vergangenen|letzten)\s+)?(?:Handels)?[Ww]oche"
    r"|(?:trading\s+)?range\s+(?:for|of)\s+the\s+(?:past\s+|last\s+)?week"
    r"|(?:this|during\s+the|over\s+the)\s+week|(?:the|this)\s+week['’]s\s+(?:high|low|peak)"
    # ('Den höchsten Stand der Woche markierte die Aktie am Donnerstag', the week's extreme its cue rows name)
    r"|(?:höchsten|tiefsten)\s+(?:Stand|Kurs|Niveau)\s+der\s+Woche)\b",
    re.IGNORECASE,
)
_MONTH_RANGE = re.compile(
    r"(?<![\w-])(?:Monatsspanne|Monatsbandbreite)\b|\b(?:im\s+Monatsverlauf|(?:the|this)\s+month['’]s\s+range"
    r"|(?:Handels)?[Ss]panne\s+des\s+(?:laufenden\s+)?Monats|(?:trading\s+)?range\s+(?:for|of)\s+the\s+month"
    r"|monthly\s+range)\b",
    re.IGNORECASE,
)
_RANGE_DAY = re.compile(
    r"\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Monday|Tuesday|Wednesday|Thursday|Friday|heute|gestern|Vortag"
    r"|today|yesterday|Tagesverlauf|Tagesspanne)\w*",
    re.IGNORECASE,
)


def names_day_of_month(words: str) -> bool:
    """Whether the words name one day of a month ('on September 17', 'am 17. September', 'Sept. 17, 2025',
    '17.09.2025'): a date, not a month as a period."""
    return any(p.search(words) for p in (_DAY_OF_MONTH, _ENGLISH_NAMED, _NAMED, _DOTTED, _ISO, _SHORT_DOTTED))


def names_range_period(words: str) -> bool:
    """Whether a range's own words name a week or a month as its period, and no session."""
    if _RANGE_DAY.search(words):
        return False
    return bool(_WEEK_RANGE.search(words) or _MONTH_RANGE.search(words) or _NAMED_MONTH.search(words))


def range_period(sentence: str, published: date | None, in_play: date | None, at: int | None = None) -> DateRef | None:
    """The period a range's words name: the month named ('im Januar'), the month so far ('Monatsspanne'), else the
    week, Monday to the day in play (to publication's last weekday)."""
    if published is None:
        return None
    as_of = in_play or published
    if _NAMED_MONTH.search(sentence):
        return named_month_window(sentence, published, in_play, at)
    if _MONTH_RANGE.search(sentence):
        start = as_of.replace(day=1)
        if not _weekday_between(start - timedelta(days=1), as_of + timedelta(days=1)):
            # no session of this month yet ('Monthly range: ...' in a review published on Sunday 1 March): the month
            # before, whole
            as_of = start - timedelta(days=1)
            start = as_of.replace(day=1)
        return DateRef(as_of, "stated", f"the month from {start.isoformat()} to {as_of.isoformat()}", start)
    if _WEEK_RANGE.search(sentence):
        # the week's range or extreme as of writing: up to publication's last weekday where the day in play is of the
        # publication's week ('Das Wochenhoch lag am Donnerstag bei ...' in Saturday's review after Wednesday's
        # figures), else that week's Friday
        week_end = as_of + timedelta(days=4 - as_of.weekday()) if as_of.weekday() < 5 else as_of
        as_of = max(as_of, min(published, week_end))
        while as_of.weekday() >= 5:
            as_of -= timedelta(days=1)
        start = as_of - timedelta(days=as_of.weekday())
        return DateRef(as_of, "stated", f"the week from {start.isoformat()} to {as_of.isoformat()}", start)
    return None


# where a clause of several moves ends: a comma not in a number, a semicolon or dash, 'and'/'und'
_MOVE_CLAUSE_BREAK = re.compile(r",(?!\d)|[;–—]|\s-\s|\b(?:and|und|but|aber|while|während)\b", re.IGNORECASE)


def _month_of_clause(found: list[re.Match[str]], sentence: str, at: int | None) -> re.Match[str] | None:
    if at is None or len(found) < 2:
        return found[0] if found else None
    start, end = clause_bounds(sentence, at, _MOVE_CLAUSE_BREAK)
    own = [m for m in found if start <= m.start() and m.end() <= end]
    before = [m for m in found if m.start() < at]
    return own[0] if own else before[-1] if before else found[0]


def names_month_in_clause(sentence: str, at: int) -> bool:
    """A month is named in the clause of the number at `at` ('..., but it is up 3.1 per cent so far in March')."""
    return _NAMED_MONTH.search(sentence, *clause_bounds(sentence, at, _MOVE_CLAUSE_BREAK)) is not None


# a month's name as both languages write it, capitalised ('may' is also a verb), for a review's month
_CAPITAL_MONTH = re.compile(rf"\b({_CAPITAL_MONTHS})\b")


def latest_named_month(text: str, published: date | None) -> DateRef | None:
    """The first month named in a text ('Monatsrückblick Juli'): the latest such month up to publication, from its
    first day to its end (to publication when it is the publication's month)."""
    m = _CAPITAL_MONTH.search(text) if published is not None else None
    if m is None or published is None:
        return None
    month = MONTHS[m[1].lower()]
    year = published.year if month <= published.month else published.year - 1
    start, end = date(year, month, 1), min(month_end(year, month), published)
    return DateRef(end, "stated", f"'{m[0]}' read as the month from {start.isoformat()} to {end.isoformat()}", start)


def month_end(year: int, month: int) -> date:
    """The month's last calendar day."""
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


_EXTREME_MONTH = re.compile(
    rf"\b(?:Hochs?|Tiefs?|high|low)\s+(?:vom|von|aus dem|im|from|in|set in)\s+({_MONTH_ALT})(?:\s+(20\d\d))?\b",
    re.IGNORECASE,
)


def extreme_month(sentence: str, as_of: date) -> str | None:
    """'52-Wochen-Hoch vom Oktober' -> the latest October up to the as-of day, as YYYY-MM."""
    m = _EXTREME_MONTH.search(sentence)
    if m is None:
        return None
    month = MONTHS[m[1].lower()]
    year = int(m[2]) if m[2] else (as_of.year if month <= as_of.month else as_of.year - 1)
    return f"{year:04d}-{month:02d}"


_WEEKDAY_WORD = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Vortag|Monday|Tuesday|Wednesday|Thursday|Friday)"


# a character of a clause: no clause or sentence mark, but a number's decimal or thousands mark, the
# dot of a German ordinal date ('das die Aktie am 8. Januar erreicht hatte') and an abbreviation's dots
# ('after its U.S.-listed shares fell', 'after its U.S. shares fell')
_IN_CLAUSE = r"(?:[^,;.]|[.,](?=\d)|(?<=\d)\.(?=\s)|(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.(?=-|\s+[a-z]))"

# the words going on with a German phrase of an earlier move, not the main clause's verb after it
_PHRASE_GOES_ON = "(?:zum|zur|zu|am|vom|von|im|in|an|der|des|dem|den|bei|nach|seit|auf|um|mit|für|gegenüber|und|wie)"


@lru_cache(maxsize=4)
def _earlier_event(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of earlier_events.csv in their places: '..., nachdem er am Mittwoch noch 1,7 Prozent
    gewonnen hatte', '... after falling on Friday', '..., nach einem Kurssprung von 7,3 Prozent am
    Dienstag', ', whose shares had risen 1.6% on Wednesday,': an earlier event told in a subordinate
    clause or phrase, whose day is not the day the sentence reports. And the test a sentence must
    pass to be searched for one (its plain words)."""
    pattern = re.compile(
        rf"\b(?:{words['conjunction']}|(?:{words['conjunction_before_verb']})"
        rf"(?=\s+(?:\w+ing\b|(?:{words['subject']})\s+(?:(?:{words['perfect']})\s+)?"
        # (up to a conjunct going on with the main clause's subject: '... after slipping 0.1% on Wednesday and is now up
        # 3.2% this week')
        rf"(?:\w+ed|{words['irregular_past']})\b)))(?:(?!\s+(?:{words['main_resumes']})\b){_IN_CLAUSE})*"
        # (with the circumstance told after it, which shares its day: '... after the company's Hong Kong-listed stock
        # jumped 3.1% on Tuesday, with the Hang Seng Index climbing 2.8%')
        rf"(?:,\s*(?:{words['attendant']})\s+{_IN_CLAUSE}*?\b\w+ing\b{_IN_CLAUSE}*)?"
        # a German sentence opened by the phrase puts the main clause's verb right after it, no comma between: the
        # phrase is the noun with its own figure and day only ('Nach dem Kursrutsch vom Vortag erholte sich die Aktie
        # am Dienstag um 3,2 Prozent': Tuesday and the stock are the main clause's)
        rf"|(?-i:\bNach)\s+(?:(?:{words['determiner']})\s+|(?=\d))(?:[\w%,.]+\s+){{0,3}}?(?:{words['event_noun']})\b"
        rf"(?:\s+(?:(?:von|um)\s+(?:[a-zäöü]+\s+)?\d[\d.,]*\s*(?:Prozent|%|Punkten|Punkte|Zählern)?"
        rf"|(?:am|vom|von|des)\s+(?:{_WEEKDAY_WORD}|{words['event_day']})\b)){{0,2}}+"
        # (the main clause's verb next, not a preposition or article going on with the phrase: then it is read whole)
        rf"(?=\s+(?!{_PHRASE_GOES_ON}\b)(?-i:[a-zäöüß]))"
        # a German phrase of an earlier move inside the main clause, after its verb, its day an attribute of the noun
        # ('gibt nach dem gestrigen Kurssprung 1,1 Prozent auf 172,00 HKD ab', 'legt nach dem Rückschlag vom Vortag 2
        # Prozent zu'): the phrase ends at the noun and its own attributes; a bare figure right after it is the main
        # clause's, as is any word after it that does not go on with the phrase (its own figure is led by 'von'/'um':
        # 'nach einem Minus von 2,2 Prozent')
        rf"|(?-i:\bnach)\s+(?:{words['determiner']})\s+(?:[\w-]+\s+){{0,3}}?(?:{words['event_noun']})\b"
        rf"(?:\s+(?:(?:am|vom|von|des)\s+(?:{_WEEKDAY_WORD}|{words['event_day']}|gestern|vorgestern)\b"
        rf"|(?:von|um)\s+(?:[a-zäöü]+\s+)?\d[\d.,]*\s*(?:Prozent|%|Punkten|Punkte|Zählern)?)){{0,2}}+"
        rf"(?=\s+(?!{_PHRASE_GOES_ON}\b)[\w\d])"
        # ('nach einem Minus von 2,2 Prozent', or with the figure first and no article: 'nach 2,2 Prozent Minus')
        # (up to three words before the noun: 'after a 7.9 per cent surge')
        rf"|\b(?:{words['preposition']})\s+(?:(?:{words['determiner']})\s+|(?=\d))(?:[\w%,.]+\s+){{0,3}}?"
        # up to its own weekday when it names one ('Nach dem Kurssprung von 4,1 Prozent am Donnerstag folgte am
        # Freitag ein Minus von 3 Prozent': German puts no comma before the main clause's verb)
        rf"(?:{words['event_noun']})\b(?:{_IN_CLAUSE}*?\b(?:am|on)\s+{_WEEKDAY_WORD}\b|{_IN_CLAUSE}*)"
        # (not a demonstrative with its verb right after it, a main clause: ', das waren 4,6 Prozent weniger als ...')
        rf"|,\s*(?!(?:{words['demonstrative']})\s+(?:{words['auxiliary']})\b)"
        rf"(?:{words['relative']})\s+{_IN_CLAUSE}*?\b(?:{words['auxiliary']})\b{_IN_CLAUSE}*"
        # ', nach 157,80 HKD am Vortag': the figure the one before it followed, with its own day
        rf"|,\s*(?:{words['prior_level']})\s+(?=\d){_IN_CLAUSE}*"
        # (or in the simple past between commas, the main clause after it: ', which closed at HK$532 on Monday, fell
        # 3.5%', ', die am Montag bei 532 HKD schloss, verlor 3,5 Prozent')
        rf"|,\s*(?:{words['relative']})\s+(?:(?:{words['relative_past']})\b{_IN_CLAUSE}*"
        rf"|{_IN_CLAUSE}*?\b(?:{words['relative_past_final']}))"
        # (with the move told right after it between commas, which is that session's: ', which closed at $119.57 on
        # Thursday, down 2.2%, were indicated 8% higher')
        rf"(?:,\s*(?:{words['relative_past_move']})\s+(?:[a-z]+\s+){{0,2}}?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b))?"
        rf"(?=\s*,)"
        # ', recovering part of Monday's 3.5% slide': a clause after the main one looking back at an
        # earlier session's move by its weekday, up to six words after the comma ('handing back a large part of
        # Monday's rally'); that move keeps its day, the sentence reports another ('per cent' one word of the two
        # before the move: 'more than recovering Friday's 1.2 per cent drop')
        rf"|,\s*(?:[\w-]+\s+){{1,6}}?(?:{words['weekday_possessive']})['’]s\s+(?:(?:per\s+cent|[\w$%,.-]+)\s+){{0,2}}?"
        rf"(?:{words['looked_back_move']})\b(?:\s+(?:{words['looked_back_tail']})\b{_IN_CLAUSE}*)?"
        # a move named with its day as an attribute ('an die Erholung vom Vortag anknüpfen', 'extending the previous
        # session's rebound'): that day is the earlier move's, not the one the sentence reports
        rf"|\b(?:{words['event_noun']})\s+(?:{words['event_day_of']})\s+(?:{words['event_day']})\b"
        # a move named with the day before in its noun ('Nach dem Vortagesverlust von 2,8 Prozent eröffnet der Dax
        # ...'): the phrase up to the noun's own figure; the main clause's verb and numbers after it are the sentence's
        rf"|\b(?:{words['preposition']})\s+(?:(?:{words['determiner']})\s+)?(?:[\w%,.-]+\s+){{0,2}}?"
        rf"(?:{words['day_event_noun']})\b(?:\s+(?:von|um)\s+(?:(?:rund|knapp|gut|fast|mehr als|über)\s+)?"
        rf"\d[\d.,]*\s*(?:Prozent|%|Punkten|Punkte|Zählern)?)?"
        # an earlier day named by how it went ('nach schwachem Dienstag', 'nach einem starken Wochenstart', 'after a
        # weak Tuesday'): that day is the earlier session's, not the one the sentence and the ones after it report
        rf"|\b(?:{words['preposition']})\s+(?:(?:{words['determiner']})\s+)?(?:{words['day_adjective']})\s+"
        rf"(?:{_WEEKDAY_WORD}|{words['event_day']})\b"
        rf"|\b(?:{words['event_day_possessive']})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{words['event_noun']})\b"
        # a quantity set against another session's ('fast dreimal so viel wie am Vortag', 'more than on Wednesday'):
        # that day is the compared figure's, and so is the figure its possessive names, up to the clause's end ('in
        # line with Tuesday's 178.1 million shares')
        rf"|\b(?:{words['quantity_comparison']})\s+(?:(?:am|an|on)\s+)?"
        rf"(?:{_WEEKDAY_WORD}|{words['event_day']}|{words['event_day_possessive']})\b(?:['’]s\s{_IN_CLAUSE}*)?"
        rf"|{_upcoming_event(words)}"
        # an event after a session's end ('reported results after Wednesday's close', 'nach Börsenschluss am
        # Mittwoch'): its weekday dates the event, not the session the sentence or the ones after it report
        rf"|\b(?:{words['close_lead']})\s+(?:(?:the\s+)?{_WEEKDAY_WORD}['’]s\s+(?:{words['close_noun']})"
        rf"|(?:the\s+)?(?:{words['close_noun']})\s+(?:on|am)\s+{_WEEKDAY_WORD})\b"
        # a market holiday the session followed ('reopened after Wednesday's Chung Yeung holiday', 'nach dem Feiertag
        # am Mittwoch'): its weekday had no session, it dates no figure of the sentence or the ones after it
        rf"|\b(?:{words['close_lead']})\s+(?:the\s+|dem\s+)?(?:{_WEEKDAY_WORD}['’]s\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{words['closure_noun']})|(?:{words['closure_noun']})\s+(?:on|am)\s+{_WEEKDAY_WORD})\b"
        # 'nach der Handelspause am Montag ... am Dienstag': with 'der' only where the sentence names the session's
        # own weekday after it (alone, 'Nach der Feiertagspause am Dienstag legte der Dax zu' is Tuesday's session)
        rf"|\b(?:{words['close_lead']})\s+der\s+(?:{words['closure_noun']})\s+am\s+{_WEEKDAY_WORD}\b"
        rf"(?=[^.;]*?\bam\s+{_WEEKDAY_WORD}\b)",
        re.IGNORECASE,
    )
    may_tell = re.compile(
        rf"{words['conjunction']}|{words['conjunction_before_verb']}|(?:{words['preposition']}) "
        rf"|, *(?:{words['relative']}) |(?:{words['weekday_possessive']})['’]s |{words['upcoming_event']}"
        rf"|(?:{words['close_lead']}) |(?:{words['event_noun']}) (?:{words['event_day_of']}) "
        rf"|(?:{words['event_day_possessive']})['’]s |(?:{words['quantity_comparison']}) ",
        re.IGNORECASE,
    )
    # led by their first characters: the words are case-blind, so the engine would try every position
    return with_first_chars(pattern), with_first_chars(may_tell)


# a day a coming event is set for, written as a weekday ('on Tuesday', 'due Tuesday', 'am kommenden Dienstag') or a
# date ('am 25. November', 'on Nov. 25'); the evening or day after of a text's own day ('am heutigen Abend', 'tonight')
# are earlier_events.csv upcoming_day
_EVENT_DATE = (
    rf"(?:(?:am|on|due|für|for)\s+(?:(?:next|this|kommenden|nächsten)\s+)?"
    rf"(?:{_WEEKDAY_WORD}\b|\d{{1,2}}\.\s*(?:{_MONTH_ALT})\b|(?:{_MONTH_ALT})\.?\s+\d{{1,2}}\b))"
)


def _upcoming_event(words: Words) -> str:
    """The alternatives of `_earlier_event` for a coming company event, whose day is the event's, not a
    session's (earlier_events.csv upcoming_*): after a lead word, the event and its day within three words
    ('ahead of its results on Tuesday', 'vor den Quartalszahlen am Dienstag'); a relative clause naming the
    event (', which reports results on Tuesday,', ', die am Dienstag Zahlen vorlegt,'); the clause from a verb
    announcing it ('will report third-quarter results on Tuesday'); German with the verb in second place and
    the day before or after it ('Am Dienstag legt der Konzern seine Quartalszahlen vor')."""
    event = rf"[\w-]*?(?:{words['upcoming_event']})\b"
    verb = rf"(?:{words['upcoming_verb']})\b"
    day = rf"(?:{_EVENT_DATE}|(?:{words['upcoming_day']})\b)"
    # (the words between the event and its day hold no move verb: 'Nach den Quartalszahlen fiel die Aktie am 26.
    # Februar um 5,5 Prozent': that day is the move's)
    between = rf"(?:\s+(?!(?:{words['event_then_verb']})\b)[\w.-]+){{0,3}}?"
    return (
        rf"\b(?:{words['upcoming_lead']})\s+(?:[\w'’-]+\s+){{0,4}}?{event}"
        rf"(?:{between}\s+{day})?"
        rf"|(?P<past_event>\b(?:{words['past_lead']})\s+(?:[\w'’-]+\s+){{0,4}}?{event}"
        rf"(?:{between}\s+{day})?)"
        rf"|,\s*(?:{words['relative']})\s+{_IN_CLAUSE}*?{event}{_IN_CLAUSE}*"
        rf"|\b(?:am|on)\s+{_WEEKDAY_WORD}\s+{verb}{_IN_CLAUSE}*?{event}{_IN_CLAUSE}*"
        rf"|\b{verb}(?:\s+[\w-]+){{0,3}}?\s+{day}(?:\s+[\w-]+){{0,3}}?\s+{event}{_IN_CLAUSE}*"
        rf"|\b{verb}(?:\s+[\w'’-]+){{0,4}}?\s+{event}(?:\s+[\w.-]+){{0,3}}?\s+{day}"
    )


def without_earlier_events(sentence: str, rules: Rules) -> str:
    """The sentence with its subordinate clauses and phrases of earlier events blanked (positions kept)."""
    return _without_earlier_events(sentence, rules.earlier_events)


@lru_cache(maxsize=32)  # asked for the same sentence by the context, the day scope and the statements
def _without_earlier_events(sentence: str, words: Words) -> str:
    pattern, may_tell = _earlier_event(words)
    if not may_tell.search(sentence):
        return sentence

    def blanked(m: re.Match[str]) -> str:
        if m.group("past_event") is not None and not has_day_phrase(
            sentence[: m.start()] + " " * len(m.group()) + sentence[m.end() :]
        ):
            return m.group()  # 'Nach den Quartalszahlen am Dienstag stieg die Aktie um 5 Prozent': the move's day too
        return " " * len(m.group())

    return pattern.sub(blanked, sentence)
