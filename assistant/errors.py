"""The two kinds of trouble a face shows as one clear line (CLI exit 2, a banner in the web app)."""


class UserError(Exception):
    """Bad input from the user: shown as a clear message (CLI exit 2, UI error banner)."""


class SetupError(Exception):
    """Configuration or environment problem the user can fix (CLI exit code 2)."""
