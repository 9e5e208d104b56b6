"""Flagging errors and working through them: flag dialog, annotations panel, find similar."""
