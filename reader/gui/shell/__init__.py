"""The window that assembles the features: start-up, menus, status bar, library, preferences."""
