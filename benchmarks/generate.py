"""Synthetic German articles in the style of finance-portal copy, with numbers from the real
snapshot: some true, some perturbed (about one in four). For benchmarks only, never for verdict tests."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from claimcheck.paths import SNAPSHOT_DIR

WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
LISTINGS = {
    "BABA": ("Alibaba", "in New York", "US-Dollar"),
    "9988.HK": ("Alibaba", "in Hongkong", "HKD"),
    "BIDU": ("Baidu", "an der Wall Street", "US-Dollar"),
}
TEMPLATES = [
    "{company}-Aktie: Kursbewegung\n\nDie Aktie von {company} schloss am {weekday} {venue} bei {close} {currency}. "
    "Das entspricht einem {word} von {move} Prozent gegenüber dem Vortag. ",
    "{company} im Fokus\n\nAm {weekday} {verb} die {company}-Aktie {venue} um {move} Prozent. "
    "Zum Handelsschluss kostete das Papier {close} {currency}. Analysten sehen das Kursziel bei {target} {currency}. ",
    "Marktbericht\n\nDie Papiere von {company} {verb} am {weekday} {venue} zeitweise {move} Prozent. "
    "Seit Jahresanfang liegt die Performance bei rund {ytd} %. Der Konzern meldete einen Umsatz von "
    "{revenue} Milliarden Yuan. ",
]


def _fmt(value: float, decimals: int = 2) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def generate(folder: Path, count: int, seed: int = 7) -> int:
    """Writes `count` articles and a manifest.csv into folder; returns the bytes written."""
    rng = random.Random(seed)
    frames = {
        s: pd.read_csv(SNAPSHOT_DIR / f"{s}.csv").dropna(subset=["close"]).reset_index(drop=True) for s in LISTINGS
    }
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        manifest = csv.writer(handle)
        manifest.writerow(["file", "published", "how_known"])
        for number in range(count):
            symbol = rng.choice(list(LISTINGS))
            bars = frames[symbol]
            i = rng.randrange(260, len(bars) - 1)
            day = date.fromisoformat(bars.at[i, "date"])
            previous = bars.at[i - 1, "close"]
            close, move = bars.at[i, "close"], (bars.at[i, "close"] / previous - 1) * 100
            year_base = bars[bars["date"] < f"{day.year}-01-01"]["close"].iloc[-1]
            ytd = (close / year_base - 1) * 100
            if rng.random() < 0.25:  # a perturbed article: the numbers are off
                close, move, ytd = close * 1.08, move + 3.0, ytd + 12
            company, venue, currency = LISTINGS[symbol]
            text = rng.choice(TEMPLATES).format(
                company=company,
                venue=venue,
                currency=currency,
                weekday=WEEKDAYS[day.weekday()],
                close=_fmt(close),
                move=_fmt(abs(move)),
                word="Plus" if move >= 0 else "Minus",
                verb="gewann" if move >= 0 else "verlor",
                ytd=_fmt(abs(ytd), 0),
                target=_fmt(close * 1.3, 0),
                revenue=_fmt(rng.uniform(200, 300), 1),
            )
            text += "Die Zahlen sprechen eine klare Sprache. " * rng.randrange(2, 12) + "\n"
            name = f"bench_{number:05d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            written += len(text.encode())
            manifest.writerow([name, (day + timedelta(days=1)).isoformat(), "generated"])
    return written
