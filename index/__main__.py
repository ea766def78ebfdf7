"""`python -m index`: the command line of the data layer. Its runs log to the same file as the window
(the app-data folder's logs/), so a maintainer's failed build or import can be looked at afterwards."""
from __future__ import annotations

import sys

from index.cli import main

sys.exit(main())  # main sets up the log
