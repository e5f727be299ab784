"""National teams: in a sports report, a country that plays is its national team.

Newswire annotation (CoNLL, OntoNotes as spaCy learnt it) keeps the
country's place label for its team (``Sweden beat South Korea 1-0``): the
mention stays a ``GPE`` and carries ``attributes["team"] = True``.  A
document is a sports report when it uses at least :data:`MIN_SPORTS_WORDS`
different words of :data:`SPORTS_WORDS`; there, every country that does not
follow a preposition of place (``in Russia``) is taken as its national team.
"""

from __future__ import annotations

from newsparse.builtin.fast.entities.segments import Segment
from newsparse.builtin.fast.entities.view import TokenView

__all__ = ["MIN_SPORTS_WORDS", "SPORTS_WORDS", "is_sports_report", "relabel_national_teams"]

# fmt: off
#: Words that, several together, show that a document reports on a match.
SPORTS_WORDS: frozenset[str] = frozenset(
    [
        "goal", "goals", "scored", "striker", "midfielder", "goalkeeper", "defender", "winger",
        "penalty", "referee", "half-time", "halftime", "equaliser", "equalizer", "substituted",
        "kick-off", "innings", "wicket", "wickets", "touchdown", "quarterback", "playoff",
        "playoffs", "semi-final", "semi-finals", "quarter-final", "quarter-finals", "squad",
        "tournament", "match", "matches", "coach", "stoppage", "fixture", "opener",
        "goalkeepers", "defenders", "midfielders", "strikers", "qualifier", "qualifiers",
        "standings", "rebounds", "assists", "semifinal", "semifinals", "quarterfinal",
        "quarterfinals",
    ]
)
# fmt: on

#: How many different sports words make a sports report.
MIN_SPORTS_WORDS = 4

_PLACE_PREPOSITIONS = frozenset({"in", "into", "from", "to", "across", "near", "throughout"})


def is_sports_report(view: TokenView) -> bool:
    """Whether the document uses enough sports words to be a sports report.

    :param view: the document's tokens.
    """
    return len(SPORTS_WORDS & view.lower_vocabulary) >= MIN_SPORTS_WORDS


def relabel_national_teams(segments: list[Segment], view: TokenView) -> None:
    """Mark the countries of a sports report as national teams, in place.

    Their label stays ``GPE``; their source becomes ``"national team"``.

    :param segments: the document's labelled candidates.
    :param view: the document's tokens.
    """
    if not is_sports_report(view):
        return
    words = view.words
    for segment in segments:
        known = segment.known
        if known is None or known.kind != "country" or segment.label != "GPE":
            continue
        if segment.first > 0 and words[segment.first - 1] in _PLACE_PREPOSITIONS:
            continue
        segment.source = "national team"
