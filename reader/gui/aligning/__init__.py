"""Correcting the alignment: merge, split, move, mark untranslated, confirm, re-align."""
