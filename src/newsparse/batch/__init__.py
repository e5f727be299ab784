"""Parsing archives on more than one machine, through Dask."""
