"""The PySide6 desktop interface; it talks to reader.services only."""
