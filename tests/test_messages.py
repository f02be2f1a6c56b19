"""Messages from the headless core: English for the command line, any language for the editor."""

from __future__ import annotations

from journeymapper.messages import Message


def test_placeholders_numbers_and_nested_messages() -> None:
    word = Message("Ctx", "card")
    message = Message("Ctx", "%1 at %2 pt, %10 pages (%3)", (word, 5.1, "A4", 4, 5, 6, 7, 8, 9, 10))
    assert str(message) == "card at 5.1 pt, 10 pages (A4)"
    catalogue = {"card": "tarjeta", "%1 at %2 pt, %10 pages (%3)": "%1 a %2 pt, %10 páginas (%3)"}
    spanish = message.text(lambda _context, text: catalogue[text], lambda v: f"{v:g}".replace(".", ","))
    assert spanish == "tarjeta a 5,1 pt, 10 páginas (A4)"


def test_text_values_are_never_read_as_placeholders_or_numbers() -> None:
    message = Message("Ctx", "%1 and %2", ("50%2 off", "a card titled %1"))
    assert str(message) == "50%2 off and a card titled %1"
    assert str(Message("Ctx", "%3 stays", ("x",))) == "%3 stays"  # no value: left as written
