"""``python -m claimx`` and the ``claimx`` command."""

import sys


def main() -> None:
    """The Typer app; Ctrl-C outside the places that handle it (Python still importing,
    say) is one line and exit 130, not a traceback."""
    try:
        from .cli import app

        app(prog_name="claimx")
    except KeyboardInterrupt:
        sys.stderr.write("claimx: interrupted\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
