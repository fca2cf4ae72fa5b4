"""Allow ``python -m peerready``."""

import sys

from peerready.cli import main

sys.exit(main())
