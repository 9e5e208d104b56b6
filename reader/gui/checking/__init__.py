"""The Checks panel: automatic checks' findings, shown in the text and flagged."""
