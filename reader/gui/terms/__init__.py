"""The term base: the Terms panel, the term dialog, suggested terms, and the undoable changes."""
