"""The pure core: extract -> resolve -> measure -> band. Text and frames in, records out."""
