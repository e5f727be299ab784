"""Extend newsparse's entities with names from a user-supplied gazetteer."""

__version__ = "0.1.0"
