"""The word list: words saved while reading, for study."""
