"""The bundle's executable: the `valuejournal` command (window, or a sub-command)."""

import sys

from valuejournal.cli import main

if __name__ == "__main__":
    sys.exit(main())
