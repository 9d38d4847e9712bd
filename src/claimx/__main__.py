"""``python -m claimx`` and the ``claimx`` command."""

import sys


def main() -> None:
    try:
        from .cli import run
    except KeyboardInterrupt:  # Ctrl-C while Python is still importing: one line, no traceback
        sys.stderr.write("claimx: interrupted\n")
        sys.exit(130)
    run()


if __name__ == "__main__":
    main()
