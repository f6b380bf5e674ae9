"""The report's words and formats in one language: every user-facing string comes from the gettext
catalogues in adapters/locale/ (German and English, compiled with Babel: `pybabel compile -d
src/claimcheck/adapters/locale -D messages`), numbers, dates and times are formatted by Babel, and
times are shown in Europe/Berlin, where the newsroom works.
"""

from __future__ import annotations

import gettext
from datetime import date, datetime
from functools import cache
from pathlib import Path

from babel.dates import format_date, format_datetime, get_timezone
from babel.numbers import format_currency, format_decimal

from claimcheck.core.explain import LOCALES
from claimcheck.model import CURRENCIES

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"
NEWSROOM_TIMEZONE = get_timezone("Europe/Berlin")
OPEN_EDGE = 1e300  # a one-sided band's open side is written as ±1e308


@cache
def translations(lang: str) -> gettext.GNUTranslations:
    """The compiled catalogue of a language; a missing one is an installation error, not a fallback."""
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])


class Wording:
    """Words and formats of one report language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.locale = LOCALES[lang]
        self._catalogue = translations(lang)

    def text(self, key: str, **values: object) -> str:
        message = self._catalogue.gettext(key)
        return message % values if values else message

    def known(self, key: str) -> bool:
        return self._catalogue.gettext(key) != key

    def verdict(self, verdict: str) -> str:
        return self.text(f"verdict.{verdict}")

    def kind(self, kind: str) -> str:
        """A plain label for a claim kind ('ytd_return' reads 'Entwicklung seit Jahresbeginn')."""
        key = f"kind.{kind}"
        return self.text(key if self.known(key) else "kind.other")

    def field(self, name: str) -> str:
        key = f"field.{name}"
        return self.text(key if self.known(key) else "field.other")

    def data_source(self, source: str) -> str:
        key = f"data.{source}"
        return self.text(key) if self.known(key) else source

    def number(self, value: float | None) -> str:
        if value is None:
            return "–"
        if abs(value) >= OPEN_EDGE:
            return "∞" if value > 0 else "−∞"
        return format_decimal(value, format="#,##0.####", locale=self.locale)

    def count(self, n: int) -> str:
        return format_decimal(n, format="#,##0", locale=self.locale)

    def value(self, value: float | None, unit: str | None) -> str:
        """A value in its unit, as a reader writes it: '72,96 %', '167,80 HKD', 'HK$167.80'."""
        if value is None or abs(value) >= OPEN_EDGE:
            return self.number(value)
        if unit in CURRENCIES:
            return format_currency(value, unit, locale=self.locale)
        if unit == "percent":
            return format_decimal(value, format="#,##0.##", locale=self.locale) + "\u00a0%"
        if unit == "percentage_points":
            return format_decimal(value, format="#,##0.##", locale=self.locale) + "\u00a0pp"
        return self.number(value)

    def day(self, iso: str | None) -> str:
        if not iso:
            return "–"
        return format_date(date.fromisoformat(iso[:10]), format="medium", locale=self.locale)

    def short_day(self, iso: str) -> str:
        return format_date(date.fromisoformat(iso[:10]), format="d MMM", locale=self.locale)

    def moment(self, iso: str | None) -> str:
        """An instant (ISO, UTC when naive) in Berlin time, in the reader's format."""
        if not iso:
            return "–"
        instant = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        if instant.tzinfo is None:
            instant = instant.replace(tzinfo=get_timezone("UTC"))
        return format_datetime(instant, format="medium", tzinfo=NEWSROOM_TIMEZONE, locale=self.locale)
