"""What every part of speaker resolution reads about one document.

:class:`SpeakerContext` holds the document's text and name index, its
antecedents (the speakers and subjects so far) and its role holders.  The
speaker resolver builds it once per document and gives it to each part, so
that a part's constructor takes the context and only what is its own.
"""

from __future__ import annotations

import attrs

from newsparse.attribution.names import NameIndex
from newsparse.attribution.wordlists import ANONYMITY_CUES
from newsparse.builtin.quotes.antecedents import Antecedents
from newsparse.builtin.quotes.role_holders import RoleHolders

__all__ = ["SpeakerContext"]


@attrs.frozen(kw_only=True, eq=False)
class SpeakerContext:
    """The document that speaker resolution reads, shared by its parts.

    :param text: the document text.
    :param names: the document's name index.
    :param antecedents: the document's speakers and subjects so far, and its sentences.
    :param roles: who holds the roles the article names.
    """

    text: str
    names: NameIndex
    antecedents: Antecedents
    roles: RoleHolders

    @classmethod
    def of(cls, text: str, names: NameIndex) -> SpeakerContext:
        """Return the context of a document, with no speakers or subjects yet.

        :param text: the document text.
        :param names: the document's name index.
        """
        antecedents = Antecedents(text, names)
        roles = RoleHolders(text, names, antecedents)
        return cls(text=text, names=names, antecedents=antecedents, roles=roles)

    def unnamed_source(self, pos: int) -> bool:
        """Whether the sentence holding *pos* says its source goes unnamed.

        ``A senior source, speaking on condition of anonymity, said ...``,
        ``a nurse, who asked not to be named, said ...`` (the lexicon's
        ``anonymity_cues``): the article keeps the source unnamed, so no
        person it names is that source.
        """
        if self.antecedents.sentence_ends:
            start, end = self.antecedents.sentence_around(pos)
        else:  # no sentences given: the paragraph
            start = self.text.rfind("\n", 0, pos) + 1
            end = self.text.find("\n", pos) % (len(self.text) + 1)
        sentence = " ".join(self.text[start:end].lower().split())
        return any(cue in sentence for cue in ANONYMITY_CUES)
