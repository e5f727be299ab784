"""The built-in Stanza plugin: neural segmentation, syntax and named entities.

See :mod:`newsparse.builtin.stanza.plugin` for what it registers and
:mod:`newsparse.builtin.stanza.models` for where its models live.
"""
