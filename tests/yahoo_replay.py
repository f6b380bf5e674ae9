"""Replays Yahoo's chart API from the snapshot CSVs, so yfinance's own parser runs in tests.

Mounted on a requests.Session: answers the cookie/crumb handshake and
/v8/finance/chart/<SYMBOL> with chart JSON built from the real quote rows. Faults can be
injected per symbol: HTTP 429, malformed JSON, an empty answer.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse
from zoneinfo import ZoneInfo

import pandas as pd
import requests
from requests.adapters import BaseAdapter

from claimcheck.paths import SNAPSHOT_DIR

ZONES = {
    "BABA": "America/New_York",
    "BIDU": "America/New_York",
    "9988.HK": "Asia/Hong_Kong",
    "9888.HK": "Asia/Hong_Kong",
    "NVDA": "America/New_York",
    "TCEHY": "America/New_York",
    "0700.HK": "Asia/Hong_Kong",
    "3690.HK": "Asia/Hong_Kong",
}
OPEN_HOUR = {"America/New_York": 9, "Asia/Hong_Kong": 9, "Europe/London": 0}


FX_COLUMNS = {"EURUSD=X": "eur_usd", "EURHKD=X": "eur_hkd", "EURCNY=X": "eur_cny"}


def chart_json(symbol: str, rows: pd.DataFrame, dividends: dict[str, float] | None = None) -> dict:
    zone = ZONES.get(symbol, "Europe/London")
    tz = ZoneInfo(zone)
    stamps = [
        int(datetime.fromisoformat(d).replace(hour=OPEN_HOUR[zone], minute=30, tzinfo=tz).timestamp())
        for d in rows["date"]
    ]

    def column(name: str) -> list[float | None]:
        return [None if pd.isna(v) else float(v) for v in rows[name]] if name in rows else [None] * len(rows)

    events = {}
    if dividends:
        events["dividends"] = {
            str(stamp): {"amount": amount, "date": stamp}
            for day, amount in dividends.items()
            for stamp in [int(datetime.fromisoformat(day).replace(hour=9, minute=30, tzinfo=tz).timestamp())]
        }
    return {
        "chart": {
            "result": [
                {
                    "meta": {
                        "currency": "USD" if "." not in symbol else "HKD",
                        "symbol": symbol,
                        "exchangeTimezoneName": zone,
                        "instrumentType": "EQUITY",
                        "timezone": "EST",
                        "gmtoffset": 0,
                        "dataGranularity": "1d",
                        "regularMarketPrice": column("close")[-1] if len(rows) else None,
                    },
                    "timestamp": stamps,
                    "events": events,
                    "indicators": {
                        "quote": [
                            {
                                "open": column("open"),
                                "high": column("high"),
                                "low": column("low"),
                                "close": column("close"),
                                "volume": column("volume"),
                            }
                        ],
                        "adjclose": [{"adjclose": column("adj_close") if "adj_close" in rows else column("close")}],
                    },
                }
            ],
            "error": None,
        }
    }


class YahooReplay(BaseAdapter):
    def __init__(
        self,
        folder: Path = SNAPSHOT_DIR,
        faults: dict[str, str] | None = None,
        dividends: dict[str, dict[str, float]] | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.faults = faults or {}
        self.dividends = dividends or {}
        self.chart_requests: list[tuple[str, str, str]] = []  # the history downloads: symbol, period1, period2
        self.symbols_asked: list[str] = []  # every chart request's symbol, the time-zone probes included

    def send(self, request: requests.PreparedRequest, **kwargs: object) -> requests.Response:
        url = urlparse(request.url or "")
        response = requests.Response()
        response.url = request.url or ""
        response.request = request
        response.status_code = 200
        body: bytes = b"ok"
        if "/v8/finance/chart/" in url.path:
            symbol = unquote(url.path.rsplit("/", 1)[-1])  # an index: "%5EHSI" is ^HSI
            query = parse_qs(url.query)
            fault = self.faults.get(symbol)
            self.symbols_asked.append(symbol)
            if "period1" in query:
                self.chart_requests.append((symbol, query["period1"][0], query["period2"][0]))
            if fault == "timeout":
                raise requests.exceptions.ReadTimeout(f"replayed hang for {symbol}")
            if fault == "dns":
                raise requests.exceptions.ConnectionError("Failed to resolve 'query2.finance.yahoo.com'")
            if fault == "429":
                response.status_code, body = 429, b"Too Many Requests"
            elif fault == "malformed":
                body = b'{"chart": {"result": [{"meta": '
            else:
                rows = self._rows(symbol, query, empty=fault == "empty")
                if fault == "partial" and "period1" in query:
                    rows = rows.iloc[:-1]
                body = json.dumps(chart_json(symbol, rows, self.dividends.get(symbol))).encode()
        response._content = body
        response.headers["Content-Type"] = "application/json"
        return response

    def _rows(self, symbol: str, query: dict[str, list[str]], empty: bool) -> pd.DataFrame:
        if symbol in FX_COLUMNS:
            fx = pd.read_csv(self.folder / "FX_ECB_reference_rates.csv")
            rate = fx[FX_COLUMNS[symbol]]
            frame = pd.DataFrame(
                {"date": fx["date"], "open": rate, "high": rate, "low": rate, "close": rate, "volume": 0}
            )
        else:
            frame = pd.read_csv(self.folder / f"{symbol}.csv")
        if empty:
            return frame.iloc[0:0]
        if "period1" in query:
            # yfinance asks from midnight to midnight in the exchange's zone, as the chart meta names it
            zone = ZoneInfo(ZONES.get(symbol, "Europe/London"))
            start = datetime.fromtimestamp(int(query["period1"][0]), zone).date().isoformat()
            end = datetime.fromtimestamp(int(query["period2"][0]), zone).date().isoformat()
            frame = frame[(frame["date"] >= start) & (frame["date"] < end)]
        else:
            frame = frame.tail(1)
        return frame

    def close(self) -> None:
        pass


def replay_session(adapter: YahooReplay) -> requests.Session:
    session = requests.Session()
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
