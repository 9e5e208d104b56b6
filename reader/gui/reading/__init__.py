"""Reading: sentence navigation, find, go to, and the Chinese reading aids (popup, pinyin)."""
