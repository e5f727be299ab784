"""Faulty plugins: one fails to import, one misspells a hook, one raises while processing,
one raises in its registry hook,
and one fails, hangs or crashes on chosen documents."""
