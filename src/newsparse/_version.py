"""The version of newsparse."""

__version__ = "0.1.0"
