"""The plugins that ship with newsparse: the fast model-free pipeline and its companions.

This package is internal: nothing under ``newsparse.builtin`` is part of the
public API (see ``newsparse._public``), and its modules may change in any
release.  The built-in plugins load through entry points like any other
plugin; select, replace or extend them by name through
:class:`~newsparse.pipeline.Pipeline` and the hooks, never by importing them.
"""
