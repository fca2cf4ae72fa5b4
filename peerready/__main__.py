"""Allow ``python -m peerready``."""

import sys

from peerready.launcher import main

sys.exit(main())
