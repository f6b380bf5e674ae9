"""claimcheck: fact-checks numeric share-price claims in financial news."""

__version__ = "0.1.0"
