"""Model-free named-entity recognition and in-document canonical names.

:class:`FastEntityRecognizer` finds ``PERSON``, ``ORG``, ``GPE``, ``NORP``,
``LOC``, ``FAC``, ``EVENT``, ``LAW``, ``DATE``, ``TIME``, ``MONEY``,
``PERCENT``, ``QUANTITY``, ``ORDINAL`` and ``CARDINAL`` mentions from a
document's tokens and sentences, using word lists shipped in ``data/``.
"""

from newsparse.builtin.fast.entities.gazetteer import Gazetteer, load_gazetteer
from newsparse.builtin.fast.entities.processor import entities_spec
from newsparse.builtin.fast.entities.recognizer import FastEntityRecognizer

__all__ = ["FastEntityRecognizer", "Gazetteer", "entities_spec", "load_gazetteer"]
