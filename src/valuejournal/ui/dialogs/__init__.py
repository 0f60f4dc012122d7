"""The app's dialogs: message boxes (re-exported here), file choosers (`files`), and the
session editor (`session_dialog`)."""

from valuejournal.ui.dialogs.messages import confirm, show_bug, show_error, tell

__all__ = ["confirm", "show_bug", "show_error", "tell"]
