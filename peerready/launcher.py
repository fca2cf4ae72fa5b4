"""The ``peerready`` program: the desktop app when called alone, the command line otherwise.

The one module that knows both faces; the command line never imports Qt, and the desktop
app is imported only when a window is wanted (so commands start fast).
"""

from __future__ import annotations

import sys

from peerready import cli


class Desktop:
    """The desktop face, as the command line sees it."""

    @staticmethod
    def run(args, err) -> int:
        # Deferred: Qt loads only when a window is wanted (keeps the commands' start-up fast).
        from peerready.ui import display

        problem = display.display_problem()  # Qt would abort the process with its own message
        if problem:
            err(problem)
            return 1
        # Deferred, as above (keeps start-up fast), and only once a window can open.
        from peerready.ui import app

        return app.run(startup_probe=args.startup_probe)

    @staticmethod
    def self_test(out, err) -> int:
        # Deferred: Qt and reportlab load only for the self-test (keeps the commands' start-up fast).
        from peerready.ui import self_test

        return self_test.self_test(out, err)


def main(argv: list[str] | None = None) -> int:
    return cli.main(argv, desktop=Desktop)


if __name__ == "__main__":
    sys.exit(main())
