"""reader: read an English text beside its Chinese translation and flag what was mistranslated."""

__version__ = "0.1.0"
