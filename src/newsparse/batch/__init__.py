"""Parsing archives on more than one machine, through Dask."""

from newsparse.batch.dask import parse_bag, read_texts

__all__ = ["parse_bag", "read_texts"]
