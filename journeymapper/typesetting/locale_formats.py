"""Numbers, percentages, dates and counted phrases as the map's language writes them.

Spanish writes "5,5 %", "12.345,5" and "14 oct 2026"; English "5.5%", "12,345.5" and
"Oct 14, 2026". Babel carries the CLDR data for both (and for any language a
translator adds), and its plural rules pick "1 voto" / "4 votos" instead of a
hand-written `n == 1` test that fails in languages with more than two forms.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal, format_percent

# Phrases with a count, by CLDR plural category ("one", "few", "many", "other"...).
_COUNTED: dict[str, dict[str, dict[str, str]]] = {
    "votes": {
        "en": {"one": "{n} vote", "other": "{n} votes"},
        "es": {"one": "{n} voto", "other": "{n} votos"},
    },
    "cards": {
        "en": {"one": "{n} card", "other": "{n} cards"},
        "es": {"one": "{n} tarjeta", "other": "{n} tarjetas"},
    },
}


@cache
def _locale(language: str) -> Locale:
    try:
        return Locale.parse((language or "en").replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def number(value: float, language: str) -> str:
    """A number with the language's separators, at most two decimals, no trailing zeros."""
    # The locale's own pattern keeps its grouping rules (Spanish: "1500", "12.345").
    return format_decimal(round(value, 2), locale=_locale(language))


def quantity(value: float | None, unit: str, language: str) -> str:
    """A KPI value with its unit: '5,5 %' in Spanish, '5.5%' in English; '–' when unknown."""
    if value is None:
        return "–"
    unit = unit.strip()
    if unit == "%":
        return format_percent(value / 100.0, locale=_locale(language), decimal_quantization=False)
    text = number(value, language)
    return f"{text} {unit}" if unit else text


def date(value: dt.date, language: str) -> str:
    """A date as the language writes it in running text ('Oct 14, 2026', '14 oct 2026')."""
    return babel_format_date(value, format="medium", locale=_locale(language))


def counted(count: int, phrase: str, language: str) -> str:
    """'1 vote' / '4 votes' by the language's plural rules, the number formatted too."""
    forms = _COUNTED[phrase]
    chosen = forms.get(_locale(language).language) or forms["en"]
    category = _locale(language).plural_form(count)
    template = chosen.get(category) or chosen["other"]
    return template.format(n=number(count, language))
