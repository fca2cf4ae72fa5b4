"""The ``peerready`` program: the desktop app when called alone, the command line otherwise.

The one module that knows both faces; the command line never imports Qt, and the desktop
app is imported only when a window is wanted (so commands start fast).
"""

from __future__ import annotations


class Desktop:
    """The desktop face, as the command line sees it."""

    @staticmethod
    def run(args, err) -> int:
        from peerready.ui import app

        problem = app.display_problem()  # Qt would abort the process with its own message
        if problem:
            err(problem)
            return 1
        return app.run(startup_probe=args.startup_probe)

    @staticmethod
    def self_test(out, err) -> int:
        from peerready.ui import app

        return app.self_test(out, err)


def main(argv: list[str] | None = None) -> int:
    from peerready import cli

    return cli.main(argv, desktop=Desktop)


if __name__ == "__main__":
    import sys

    sys.exit(main())
