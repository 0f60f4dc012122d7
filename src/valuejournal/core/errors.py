"""The base of every error whose message is meant for the person using the app."""


class UserError(Exception):
    """Bad input or an environment problem: show the message, never a traceback."""
