"""Small inline SVG charts, drawn on the server: no JavaScript, no chart library, labels escaped.

Pure Python: numbers in, markup out, so the tests need no database.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext, ngettext

WIDTH, HEIGHT = 360, 200
PLOT_LEFT, PLOT_BOTTOM, PLOT_TOP = 34, 170, 14


def _n(value: float) -> str:
    return f"{value:.1f}"


def _nice_max(value: int) -> int:
    """The axis maximum: the value rounded up to 1, 2 or 5 times a power of ten.

    >>> [_nice_max(v) for v in (0, 3, 7, 12, 180, 4321)]
    [1, 5, 10, 20, 200, 5000]
    """
    if value <= 1:
        return 1
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def score_histogram(bins: Sequence[tuple[int, int]], *, title: str = "") -> SafeString:
    """Ten bars (0-9, 10-19 ... 90-100), eligible candidates stacked under the others."""
    title = title or gettext("Scores")
    top = _nice_max(max((sum(b) for b in bins), default=0))
    plot_height = PLOT_BOTTOM - PLOT_TOP
    bar_width = (WIDTH - PLOT_LEFT - 6) / len(bins)
    parts = []
    for i, (eligible, others) in enumerate(bins):
        x = PLOT_LEFT + i * bar_width + 2
        low, high = i * 10, 100 if i == len(bins) - 1 else i * 10 + 9
        label = gettext("Score %(low)s-%(high)s: %(eligible)s eligible, %(others)s not (yet) eligible") % {
            "low": low,
            "high": high,
            "eligible": eligible,
            "others": others,
        }
        y = PLOT_BOTTOM
        for count, css in ((eligible, "bar-ok"), (others, "bar-other")):
            height = count / top * plot_height
            y -= height
            if count:
                parts.append(
                    format_html(
                        '<rect class="{}" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>',
                        css, _n(x), _n(y), _n(bar_width - 4), _n(height), label,
                    )
                )  # fmt: skip
        parts.append(
            format_html(
                '<text class="axis" x="{}" y="{}" text-anchor="middle">{}</text>',
                _n(x + (bar_width - 4) / 2), PLOT_BOTTOM + 14, low,
            )
        )  # fmt: skip
    return format_html(
        '<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-labelledby="hist-title">'
        '<title id="hist-title">{title}</title>'
        '<line class="axis-line" x1="{left}" y1="{bottom}" x2="{w}" y2="{bottom}"/>'
        '<text class="axis" x="{tx}" y="{ty}" text-anchor="end">{top}</text>'
        '<text class="axis" x="{tx}" y="{bottom}" text-anchor="end">0</text>{bars}</svg>',
        w=WIDTH, h=HEIGHT, title=title, left=PLOT_LEFT, bottom=PLOT_BOTTOM, tx=PLOT_LEFT - 4,
        ty=PLOT_TOP + 8, top=top, bars=SafeString("".join(parts)),
    )  # fmt: skip


def missed_essentials(missed: Sequence[tuple[str, int]], *, total: int, title: str = "") -> SafeString:
    """One horizontal bar per kind of essential: how many of the ``total`` candidates miss it."""
    if not missed:
        return format_html(
            '<p class="muted">{}</p>', gettext("No candidate misses an essential requirement.")
        )
    title = title or gettext("Missed")
    row, label_width = 26, 110
    height = len(missed) * row + 8
    scale = (WIDTH - label_width - 60) / max(total, 1)
    bars = format_html_join(
        "",
        '<g><title>{tip}</title>'
        '<text class="axis" x="{lx}" y="{ty}" text-anchor="end">{label}</text>'
        '<rect class="bar-bad" x="{x}" y="{y}" width="{width}" height="16"/>'
        '<text class="axis" x="{cx}" y="{ty}">{count}</text></g>',
        (
            {
                "label": label, "count": count, "lx": label_width - 6, "x": label_width,
                "tip": ngettext(
                    "%(label)s: %(count)s of %(total)s candidate misses it",
                    "%(label)s: %(count)s of %(total)s candidates miss it",
                    total,
                ) % {"label": label, "count": count, "total": total},
                "y": 4 + i * row, "ty": 16 + i * row, "width": _n(max(count * scale, 1)),
                "cx": _n(label_width + max(count * scale, 1) + 4),
            }
            for i, (label, count) in enumerate(missed)
        ),
    )  # fmt: skip
    return format_html(
        '<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-labelledby="missed-title">'
        '<title id="missed-title">{title}</title>{bars}</svg>',
        w=WIDTH, h=height, title=title, bars=bars,
    )  # fmt: skip
