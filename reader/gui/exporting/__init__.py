"""File › Export: the export dialog with its preview and progress."""
