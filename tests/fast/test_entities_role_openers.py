"""A role noun capitalised to open a sentence is no part of the name after it.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from tests.fast.entity_rows import entity_rows as entities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Forward Seo Jun-ho scored both goals.", "Seo Jun-ho"),
        ("Forward Marco Bellini scored twice.", "Marco Bellini"),
        ("Midfielder Kwame Asante-Boateng limped off.", "Kwame Asante-Boateng"),
        ("Striker Okoro Chidubem missed a penalty.", "Okoro Chidubem"),
        ("Defender Park Ji-woo was booked.", "Park Ji-woo"),
        ("Goalkeeper Ilkka Vaananen saved twice.", "Ilkka Vaananen"),
        ("The match ended late. Winger Tavita Leiataua scored first.", "Tavita Leiataua"),
        ("Nurse Oyelaran Bisi worked the night shift.", "Oyelaran Bisi"),
        ("Lawyer Dariusz Wrobel filed the appeal.", "Dariusz Wrobel"),
        ("Economist Nguyen Thanh Binh said prices would rise.", "Nguyen Thanh Binh"),
        ("Activist Tevita Fifita led the march.", "Tevita Fifita"),
        ("Teacher Sione Havili retired in June.", "Sione Havili"),
        ("Photographer Yoshiro Tanabe won the prize.", "Yoshiro Tanabe"),
        ("Architect Oyinda Bakare designed the hall.", "Oyinda Bakare"),
    ],
)
def test_a_role_noun_opening_a_sentence_stays_out_of_the_name(text: str, name: str) -> None:
    assert (name, "PERSON") in entities(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hunter Biden spoke to reporters.", "Hunter Biden"),
        ("Coach Ann Lee said the team was ready.", "Ann Lee"),
        ("Baker Street was closed for the parade.", "Baker Street"),
    ],
)
def test_a_name_a_title_or_a_place_that_opens_with_such_a_word_keeps_it(
    text: str, name: str
) -> None:
    assert any(found == name for found, _label in entities(text))
