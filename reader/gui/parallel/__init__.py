"""The parallel view that features draw on: rows, sentence map and cursor, highlights, selection."""
