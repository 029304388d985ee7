"""`python -m claimcheck`: the same command line as the `claimcheck` script."""

from .cli import app

app(prog_name="claimcheck")
