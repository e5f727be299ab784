"""The ``rules.quotes`` plugin: direct, mixed and indirect quotes with resolved speakers.

See :doc:`/quotes` for the design; :func:`~newsparse.builtin.quotes.processor.quotes_spec`
describes the processor and :class:`~newsparse.builtin.quotes.processor.QuoteExtractor`
is the class to reuse with an extended
:class:`~newsparse.attribution.cue_lexicon.CueLexicon`.
"""
