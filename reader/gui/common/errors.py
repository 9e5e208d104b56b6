"""How an error is worded for the user of the desktop app."""

from reader.core.errors import DatabaseError, InputError


def error_text(error: Exception) -> str:
    """InputError and DatabaseError messages are written for users; anything else gets its
    type. Never two lines."""
    worded = isinstance(error, InputError | DatabaseError)
    text = str(error) if worded else f"{type(error).__name__}: {error}"
    return " ".join(text.split())
