"""`make bench`: speed of claimcheck measured on generated articles (figures go to BENCHMARKS.md)."""
