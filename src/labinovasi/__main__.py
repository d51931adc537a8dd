"""Entry point for `python -m labinovasi`."""

import sys

from labinovasi.cli import main

sys.exit(main())
