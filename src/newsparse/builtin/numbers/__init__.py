"""The ``rules.numeric_claims`` processor: model-free extraction of the figures in a text.

Money with ISO 4217 codes and scales, percentages and points, counts,
measurements with normalised units, durations, ages, ranges, vague amounts,
dates, ranks and ordinals, each with its approximation, bound, change and
subject.  See :doc:`/numeric_claims`.
"""

from newsparse.builtin.numbers.processor import NumericClaimExtractor, numeric_claims_spec

__all__ = ["NumericClaimExtractor", "numeric_claims_spec"]
