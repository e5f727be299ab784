"""The ``newsparse`` command line."""
