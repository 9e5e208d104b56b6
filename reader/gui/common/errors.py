"""How an error is worded for the user of the desktop app."""

from reader.core.errors import InputError


def error_text(error: Exception) -> str:
    """InputError messages are written for users; anything else gets its type. Never two lines."""
    text = str(error) if isinstance(error, InputError) else f"{type(error).__name__}: {error}"
    return " ".join(text.split())
