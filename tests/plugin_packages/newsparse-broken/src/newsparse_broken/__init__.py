"""Faulty plugins: one fails to import, one misspells a hook, one raises while processing,
and one fails, hangs or crashes on chosen documents."""
