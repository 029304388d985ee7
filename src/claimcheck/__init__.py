"""claimcheck: compare news articles about one event, claim by claim."""

__version__ = "0.1.0"
