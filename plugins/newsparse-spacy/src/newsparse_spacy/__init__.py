"""spaCy segmentation, syntax and entities as newsparse processors."""

__version__ = "0.1.0"
