"""Charts drawn with pygal as inline SVG: nothing is loaded from elsewhere and no script is needed
to see them (pygal's tooltip script is switched off). Every label comes from the report's Wording.
"""

from __future__ import annotations

from typing import Any

import pygal
from pygal.style import Style

from claimcheck.adapters.wording import OPEN_EDGE, Wording

Point = tuple[str, float | None, float | None, float | None]  # (session, low, high, close)

_PLAIN = {
    "background": "white",
    "plot_background": "white",
    "font_family": "system-ui, sans-serif",
    "label_font_size": 11,
    "major_label_font_size": 11,
    "legend_font_size": 11,
}
STYLE = Style(
    **_PLAIN,
    title_font_size=12,
    # close, day's high, day's low, claimed, band low, band high, session of the finding
    colors=("#222222", "#9aa0a6", "#9aa0a6", "#c0392b", "#e67e22", "#e67e22", "#1f6feb"),
)
HISTORY_STYLE = Style(**_PLAIN, colors=("#c0392b", "#d4a017"))


def _common(w: Wording) -> dict[str, Any]:
    return {
        "js": [],  # no tooltip script from a CDN: the chart is complete as SVG
        "disable_xml_declaration": True,
        "explicit_size": False,
        "legend_at_bottom": True,
        "legend_at_bottom_columns": 2,
        "x_label_rotation": 0,
        "show_minor_x_labels": False,
        "truncate_legend": -1,
        "truncate_label": -1,
        "value_formatter": w.number,
        "width": 560,
        "height": 300,
    }


def price_chart(points: list[Point], claim: dict[str, Any], w: Wording) -> str:
    """Sessions around the claim's session: close, the day's range, the claimed value and its band
    (for a claim in a currency), the session the verdict used marked; a derived reading said so."""
    if len(points) < 2 or all(close is None for _, _, _, close in points):
        return ""
    session = claim["evidence"][0]["date"] if claim.get("evidence") else ""
    in_currency = claim.get("unit") in ("HKD", "USD", "EUR")
    title = w.text("chart.title")
    if claim.get("derived"):
        title += " · " + w.text("chart.derived")
    chart = pygal.Line(title=title, style=STYLE, dots_size=2, **_common(w))
    listing = claim["evidence"][0]["symbol"] if claim.get("evidence") else claim.get("listing") or "–"
    chart.x_title = w.text("chart.session_axis")
    chart.y_title = w.text("chart.price_axis", listing=listing)
    chart.x_labels = [w.short_day(day) for day, _, _, _ in points]
    chart.x_labels_major_every = max(1, len(points) // 5)
    chart.add(w.text("chart.close"), [close for _, _, _, close in points])
    chart.add(w.text("chart.high"), [high for _, _, high, _ in points], show_dots=False, stroke_style={"width": 1})
    chart.add(w.text("chart.low"), [low for _, low, _, _ in points], show_dots=False, stroke_style={"width": 1})
    if in_currency and claim.get("value") is not None:
        flat = {"show_dots": False, "stroke_style": {"width": 2, "dasharray": "6,4"}}
        chart.add(w.text("chart.claimed"), [claim["value"]] * len(points), **flat)
        band = claim.get("band") or [None, None]
        for key, edge in (("chart.band_low", band[0]), ("chart.band_high", band[1])):
            if edge is not None and abs(edge) < OPEN_EDGE:
                chart.add(
                    w.text(key), [edge] * len(points), show_dots=False, stroke_style={"width": 1, "dasharray": "2,3"}
                )
    marked = [close if day == session else None for day, _, _, close in points]
    if any(v is not None for v in marked):
        chart.add(w.text("chart.session"), marked, dots_size=6, stroke=False)
    return str(chart.render(is_unicode=True))


def history_chart(nights: list[tuple[str, int, int]], w: Wording) -> str:
    """Wrong and imprecise claims per night, stacked."""
    if not nights:
        return ""
    chart = pygal.StackedBar(style=HISTORY_STYLE, **{**_common(w), "height": 260})
    chart.x_labels = [w.short_day(night) for night, _, _ in nights]
    chart.x_labels_major_every = max(1, len(nights) // 8)
    chart.x_title = w.text("chart.history_axis")
    chart.y_title = w.text("index.history_series")
    chart.add(w.verdict("wrong"), [wrong for _, wrong, _ in nights])
    chart.add(w.verdict("imprecise"), [imprecise for _, _, imprecise in nights])
    return str(chart.render(is_unicode=True))


def source_chart(sources: list[tuple[str, int, int]], w: Wording) -> str:
    """Wrong and imprecise claims of one run per article source (publisher), stacked bars."""
    if not sources:
        return ""
    chart = pygal.HorizontalStackedBar(style=HISTORY_STYLE, **{**_common(w), "height": 120 + 28 * len(sources)})
    chart.x_labels = [name for name, _, _ in sources]
    chart.add(w.verdict("wrong"), [wrong for _, wrong, _ in sources])
    chart.add(w.verdict("imprecise"), [imprecise for _, _, imprecise in sources])
    return str(chart.render(is_unicode=True))
