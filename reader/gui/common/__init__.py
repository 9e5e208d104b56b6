"""Helpers for every package: settings, background runner, progress, errors, fonts, theme."""
