"""`python -m meetingkit` runs the same entry point as the `meetingkit` script."""

import sys

from meetingkit.cli import main

sys.exit(main())
