"""A transcript label in capitals that is a family name written first names its person.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of

_TRANSCRIPT = (
    "{role} {guest} won the final on Sunday. Afterwards {pronoun} spoke to our reporter, "
    "{host}.\n\n"
    "{host_label}: Two goals in a final. How does it feel?\n\n"
    "{guest_label}: Honestly, I still cannot feel my legs after that second goal.\n\n"
    "{host_label}: You were on the bench last season. Did you think about leaving?\n\n"
    "{guest_label}: Yes, I will not lie. I spoke to two clubs abroad in the winter."
)


@pytest.mark.parametrize(
    ("role", "guest", "pronoun", "host"),
    [
        ("Forward", "Seo Jun-ho", "he", "Lee Su-jin"),
        ("Striker", "Park Min-seok", "he", "Kang Hye-won"),
        ("Midfielder", "Nguyen Van Long", "he", "Tran Thi Mai"),
        ("Defender", "Zhang Wei-ming", "he", "Liu Yan"),
        ("Winger", "Kovacs Bence", "he", "Szabo Anna"),
    ],
)
def test_a_family_name_written_first_labels_its_person(
    fast_quotes: QuoteRows, role: str, guest: str, pronoun: str, host: str
) -> None:
    text = _TRANSCRIPT.format(
        role=role,
        guest=guest,
        pronoun=pronoun,
        host=host,
        guest_label=guest.split()[0].upper(),
        host_label=host.split()[0].upper(),
    )
    rows = fast_quotes(text)
    assert speaker_of(rows, "cannot feel my legs") == guest
    assert speaker_of(rows, "two clubs abroad") == guest
