"""The desktop interface: PySide6 widgets, pages and dialogs over an open journal."""
