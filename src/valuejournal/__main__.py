"""`python -m valuejournal`: same as the `valuejournal` command."""

import sys

from valuejournal.cli import main

if __name__ == "__main__":
    sys.exit(main())
