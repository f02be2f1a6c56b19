"""Poster colours: a calm light theme, a dark one and a colour-blind-safe one.

Every colour used for text is checked against the surface it sits on with the WCAG
2.x contrast ratio (tests require ≥ 4.5:1). Colours that come from the file (stage and
lane colours) are user data: the text drawn on them is chosen here by contrast, and
the colour itself is validated as #RRGGBB before any backend sees it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from journeymapper.model.vocabulary import Channel, Evidence, PainKind

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def valid_colour(value: object, fallback: str = "#808080") -> str:
    """`value` as upper-case #RRGGBB when it is one, else `fallback` (never raises)."""
    if isinstance(value, str) and _HEX.match(value):
        return value.upper()
    return fallback


def _rgb(colour: str) -> tuple[float, float, float]:
    colour = valid_colour(colour)
    r, g, b = (int(colour[i : i + 2], 16) / 255.0 for i in (1, 3, 5))
    return r, g, b


def _hex(r: float, g: float, b: float) -> str:
    return "#{:02X}{:02X}{:02X}".format(*(max(0, min(255, round(c * 255))) for c in (r, g, b)))


@lru_cache(maxsize=4096)
def relative_luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@lru_cache(maxsize=4096)
def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio between two colours, from 1 to 21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


@lru_cache(maxsize=4096)
def mix(a: str, b: str, t: float) -> str:
    """The colour `t` of the way from `a` to `b` (t=0 → a, t=1 → b)."""
    ra, ga, ba = _rgb(a)
    rb, gb, bb = _rgb(b)
    return _hex(ra + (rb - ra) * t, ga + (gb - ga) * t, ba + (bb - ba) * t)


@lru_cache(maxsize=4096)
def readable_on(background: str, dark: str = "#1F2933", light: str = "#FFFFFF") -> str:
    """Whichever of two text colours contrasts more with `background`; black or white
    when neither reaches WCAG AA (4.5:1) on a mid-tone such as Okabe–Ito vermillion."""
    best = dark if contrast_ratio(dark, background) >= contrast_ratio(light, background) else light
    if contrast_ratio(best, background) >= 4.5:
        return best
    return (
        "#000000"
        if contrast_ratio("#000000", background) >= contrast_ratio("#FFFFFF", background)
        else "#FFFFFF"
    )


@lru_cache(maxsize=4096)
def ensure_contrast(text: str, background: str, minimum: float = 4.5) -> str:
    """`text`, darkened or lightened towards black/white until it reaches `minimum`."""
    if contrast_ratio(text, background) >= minimum:
        return text
    target = "#000000" if relative_luminance(background) > 0.18 else "#FFFFFF"
    for step in range(1, 21):
        candidate = mix(text, target, step / 20)
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
    return target


@dataclass(frozen=True)
class Theme:
    """Every colour the layout uses, by purpose."""

    name: str
    background: str
    ink: str  # main text
    muted: str  # secondary text on the background and on cards
    card_fill: str
    card_border: str
    shadow: str
    grid_line: str
    cell_tint_strength: float  # how much of the lane colour tints a cell (0..1)
    label_tint_strength: float  # how much tints the lane label column
    tint_base: str  # what lane colours are mixed with
    curve: str
    zero_line: str
    emotion_negative: str
    emotion_neutral: str
    emotion_positive: str
    good: str
    bad: str
    unknown: str
    accent: str
    pain_colours: dict[PainKind, str] = field(default_factory=dict)
    channel_colours: dict[Channel, str] = field(default_factory=dict)
    evidence_dash: dict[Evidence, tuple[float, ...]] = field(default_factory=dict)

    def emotion_colour(self, score: float, low: int, high: int) -> str:
        """Diverging colour of a score: negative side, neutral at zero, positive side."""
        if score >= 0:
            t = score / high if high > 0 else 0.0
            return mix(
                self.emotion_neutral, self.emotion_positive, min(1.0, 0.35 + 0.65 * t) if score else 0.0
            )
        t = score / low if low < 0 else 0.0
        return mix(self.emotion_neutral, self.emotion_negative, min(1.0, 0.35 + 0.65 * t))

    def cell_fill(self, lane_colour: str) -> str:
        return mix(self.tint_base, valid_colour(lane_colour, "#F3F4F6"), self.cell_tint_strength)

    def label_fill(self, lane_colour: str) -> str:
        return mix(self.tint_base, valid_colour(lane_colour, "#F3F4F6"), self.label_tint_strength)

    def text_on(self, background: str) -> str:
        """The theme's ink or its inverse, whichever reads on `background` (≥4.5:1 if possible)."""
        return readable_on(background, dark="#1F2933", light="#FFFFFF")


_EVIDENCE_DASH: dict[Evidence, tuple[float, ...]] = {
    Evidence.OBSERVED: (),
    Evidence.ASSUMED: (4.0, 2.5),
    Evidence.PROPOSED: (1.0, 2.0),
}

# Pain kinds: distinct hues that also differ in lightness, each with its own icon.
_PAIN_LIGHT = {
    PainKind.FRUSTRATION: "#C0392B",
    PainKind.INEFFICIENCY: "#B9650C",
    PainKind.NEED: "#2F6FB0",
    PainKind.PROBLEM: "#8E3B8E",
    PainKind.MISSED_OPPORTUNITY: "#1F7A66",
}
# Okabe–Ito, the standard palette that stays distinct under the common colour-vision deficiencies.
_PAIN_CB = {
    PainKind.FRUSTRATION: "#D55E00",
    PainKind.INEFFICIENCY: "#E69F00",
    PainKind.NEED: "#0072B2",
    PainKind.PROBLEM: "#CC79A7",
    PainKind.MISSED_OPPORTUNITY: "#009E73",
}
_CHANNELS = {
    Channel.WEB: "#2F6FB0",
    Channel.MOBILE_APP: "#5B4FB5",
    Channel.STORE: "#A65312",
    Channel.PHONE: "#1F7A66",
    Channel.CHAT: "#0E7C86",
    Channel.EMAIL: "#9A2F66",
    Channel.SOCIAL: "#B03060",
    Channel.FORMS: "#5D6B7A",
    Channel.CALL_CENTRE: "#2D6A4F",
    Channel.PARTNER: "#7A5C12",
    Channel.OTHER: "#52606D",
}

LIGHT = Theme(
    name="light",
    background="#FFFFFF",
    ink="#1F2933",
    muted="#52606D",
    card_fill="#FFFFFF",
    card_border="#C5CDD6",
    shadow="#1F2933",
    grid_line="#E4E7EB",
    cell_tint_strength=0.55,
    label_tint_strength=1.0,
    tint_base="#FFFFFF",
    curve="#334E68",
    zero_line="#9AA5B1",
    emotion_negative="#C0392B",
    emotion_neutral="#9AA5B1",
    emotion_positive="#1F8A4C",
    good="#1F7A4D",
    bad="#B42318",
    unknown="#7B8794",
    accent="#2F6FB0",
    pain_colours=_PAIN_LIGHT,
    channel_colours=_CHANNELS,
    evidence_dash=_EVIDENCE_DASH,
)

DARK = Theme(
    name="dark",
    background="#12161C",
    ink="#E9EDF2",
    muted="#AEB8C4",
    card_fill="#1E252E",
    card_border="#3A4552",
    shadow="#000000",
    grid_line="#2A323C",
    cell_tint_strength=0.10,
    label_tint_strength=0.22,
    tint_base="#181D24",
    curve="#E9EDF2",
    zero_line="#6B7785",
    emotion_negative="#F2765F",
    emotion_neutral="#8C97A4",
    emotion_positive="#5CC98B",
    good="#5CC98B",
    bad="#F2765F",
    unknown="#AEB8C4",
    accent="#7FB0E8",
    pain_colours={
        PainKind.FRUSTRATION: "#F2765F",
        PainKind.INEFFICIENCY: "#F0B45A",
        PainKind.NEED: "#7FB0E8",
        PainKind.PROBLEM: "#D99ADB",
        PainKind.MISSED_OPPORTUNITY: "#5CC9A7",
    },
    channel_colours=_CHANNELS,
    evidence_dash=_EVIDENCE_DASH,
)

COLOUR_BLIND = Theme(
    name="colour-blind",
    background="#FFFFFF",
    ink="#1F2933",
    muted="#52606D",
    card_fill="#FFFFFF",
    card_border="#C5CDD6",
    shadow="#1F2933",
    grid_line="#E4E7EB",
    cell_tint_strength=0.55,
    label_tint_strength=1.0,
    tint_base="#FFFFFF",
    curve="#1F2933",
    zero_line="#9AA5B1",
    emotion_negative="#D55E00",
    emotion_neutral="#9AA5B1",
    emotion_positive="#0072B2",
    good="#0072B2",
    bad="#D55E00",
    unknown="#7B8794",
    accent="#0072B2",
    pain_colours=_PAIN_CB,
    channel_colours=_CHANNELS,
    evidence_dash=_EVIDENCE_DASH,
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, COLOUR_BLIND)}


def theme_named(name: str) -> Theme:
    """The theme called `name` ('light', 'dark', 'colour-blind'; 'color-blind' accepted)."""
    key = name.replace("color", "colour").lower()
    if key not in THEMES:
        raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}")
    return THEMES[key]
