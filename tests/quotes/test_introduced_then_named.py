# ruff: noqa: E501 (one invented sentence per line)
"""People introduced by a description with a relative clause and named later.

``A woman who walks her dogs past the lot argued ...`` introduces a new,
unnamed person; the article names her when it next names a person of her
sex a few sentences on: after a definite description that points back
(``The speaker, Lisa Marchetti,``), with an age (``said Lisa Marchetti,
41``) or in a clause of naming (``said the man, who was later identified as
Sipho Dube``).  A person known by an office's title, or one after another
unnamed person of that sex, is someone else.  Invented paragraphs through
the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The council heard from residents for two hours.\n\n"
            "A woman who walks her two terriers past the field every evening argued that a fence would keep the dogs off the road.\n\n"
            "“It is chaos at the moment,” she said.\n\n"
            "The speaker, Nadia Orlov, later said she had collected 90 signatures.",
            "It is chaos at the moment",
            "Nadia Orlov",
        ),
        (
            "The storm flattened dozens of homes on the coast.\n\n"
            "A man who lost his boat and his nets said he had never seen waves like it.\n\n"
            "“The sea came into the kitchen,” said the man, who was later identified by neighbours as Kofi Mensah, a fisherman.",
            "The sea came into the kitchen",
            "Kofi Mensah",
        ),
        (
            "Shoppers queued before dawn for the sale.\n\n"
            "A woman who drove four hours from the coast said she wanted a television for her son.\n\n"
            "“He has saved all year,” said the woman, who was later identified as Greta Lund, 44.",
            "He has saved all year",
            "Greta Lund",
        ),
        (
            "The footy club held its awards night on Saturday.\n\n"
            "A man who has mowed the oval for forty years was given a standing ovation.\n\n"
            "“I just turned up every week,” he said.\n\n"
            "The groundsman, Barry Fitch, said he would keep going as long as his knees held out.",
            "I just turned up every week",
            "Barry Fitch",
        ),
        (
            "The bakery closed its doors for the last time on Friday.\n\n"
            "A woman who has bought her bread there every morning since 1979 wept at the counter.\n\n"
            "“It was the heart of the street,” she said.\n\n"
            "The customer, Edith Marr, said she did not know where she would go now.",
            "It was the heart of the street",
            "Edith Marr",
        ),
        (
            "The ferry was cancelled for a third day.\n\n"
            "A man who had waited since Tuesday at the terminal said he would miss his daughter’s wedding.\n\n"
            "“I have a suit in my bag and nowhere to wear it,” said the man, who was later named by staff as Arvid Holm.",
            "I have a suit in my bag",
            "Arvid Holm",
        ),
        (
            "Shares in the grocer slumped after the profit warning.\n\n"
            "A woman whose pension fund holds the stock said she was furious.\n\n"
            "“They told us everything was fine,” she said.\n\n"
            "The investor, Carla Benn, said she would vote against the board.",
            "They told us everything was fine",
            "Carla Benn",
        ),
        (
            "Fans mobbed the singer outside her hotel.\n\n"
            "A woman who flew from Dublin for the show said she had met the star once before.\n\n"
            "“She remembered my name,” she gushed.\n\n"
            "The superfan, Tara Quinn, 26, said she had seen every tour since 2015.",
            "She remembered my name",
            "Tara Quinn",
        ),
        (
            "The flood reached the village just after midnight.\n\n"
            "A man who carried his mother through the water said the alarm never sounded.\n\n"
            "“Nobody warned us,” said the man, who was later identified by relatives as Hamid Rasuli.",
            "Nobody warned us",
            "Hamid Rasuli",
        ),
        (
            "The hearing ran late into the evening.\n\n"
            "A man who has farmed beside the quarry for thirty years said the dust had ruined his crops.\n\n"
            "“My wheat is grey,” he said.\n\n"
            "The farmer, Owen Price, said he would take the company to court.",
            "My wheat is grey",
            "Owen Price",
        ),
    ],
)
def test_a_person_introduced_with_a_relative_clause_is_named_later(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The council heard from residents for two hours.\n\n"
            "A woman who lives beside the field said the fence was too low.\n\n"
            "“The dogs jump it,” she said.\n\n"
            "Mayor Helen Cray, 58, said the fence would be raised.",
            "The dogs jump it",
            "Helen Cray",
        ),
        (
            "The market flooded again on Monday.\n\n"
            "A man who sells fish at the market said the drains were blocked.\n\n"
            "Another man who runs a fruit stall said the council never came.\n\n"
            "The trader, Ade Bello, said he had lost a week of stock.",
            "the drains were blocked",
            "Ade Bello",
        ),
    ],
)
def test_no_name_for_a_person_named_with_an_office_or_after_another_unnamed_person(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) != name
