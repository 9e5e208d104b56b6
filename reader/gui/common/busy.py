"""How long background work may run before a dialog says that it is running."""

SHOW_AFTER_MS = 300  # quicker jobs finish without a dialog flashing up
