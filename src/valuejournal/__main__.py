"""`python -m valuejournal`: same as the `valuejournal` command."""

import sys

from valuejournal.cli import main

sys.exit(main())
