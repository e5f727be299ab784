# ruff: noqa: E501 (one invented sentence per line)
"""A business noun (``the company``) names the business the article named before, by class.

Every paragraph is invented.  A business introduced with its kind in
apposition, the kind followed by a participle phrase (``Larkspur Toys, the
family toy maker founded in 1962,``), is an institution of that kind, even
when its name is later written short as a person's would be; a
co-operative is an institution of civil society, which ``the co-op`` names
whatever its name ends with; a one-word name after a preposition of place
and ``the`` (``mines in the Barossa``) is a region, no business; a business
noun followed by ``which`` (``The carrier, which ...``) is the institution,
never a person who spoke before in the first person.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


def _first_speaker(fast_quotes: QuoteRows, text: str) -> str | None:
    rows = fast_quotes(text)
    assert rows
    return rows[0][1]


def _later_mentions(short: str) -> str:
    """Two later paragraphs that write the business's name short, as a subject and an object."""
    return (
        f"\n\nOne supplier, Ivo Marsh, said {short} owes his company about $40,000."
        f"\n\nLongtime customer Eli Brandt said he had been shopping at {short} since he was a boy."
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Larkspur Toys, the family toy maker founded in a Moncton basement in 1962, has closed its last factory.\n\n"
            "The company said Monday that production would move to a contractor."
            + _later_mentions("Larkspur"),
            "Larkspur Toys",
        ),
        (
            "Pennyroyal Candles, the candle maker owned by a Winnipeg foundation, has cut its staff in half.\n\n"
            "The company said rising wax costs had left it no choice."
            + _later_mentions("Pennyroyal"),
            "Pennyroyal Candles",
        ),
        (
            "Brannock Shoes, the regional shoe retailer headquartered in Regina, will shut 14 of its stores.\n\n"
            "The firm said online sales had not made up for falling traffic at malls."
            + _later_mentions("Brannock"),
            "Brannock Shoes",
        ),
        (
            "Corvid Cycles, a bicycle chain started by two brothers in 1988, has filed for creditor protection.\n\n"
            "The company said its stores would stay open while it restructured."
            + _later_mentions("Corvid"),
            "Corvid Cycles",
        ),
        (
            "Thistledown Grocers, the discount grocery chain acquired by a Dutch fund last year, is raising its prices.\n\n"
            "The company said suppliers had passed on higher freight costs."
            + _later_mentions("Thistledown"),
            "Thistledown Grocers",
        ),
    ],
)
def test_a_business_apposed_to_a_kind_with_a_participle_phrase(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert _first_speaker(fast_quotes, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Okanagan Fruit Packers Ltd. has raised its forecast payment to members by six per cent.\n\n"
            "The co-operative said export demand had been stronger than expected.",
            "Okanagan Fruit Packers Ltd.",
        ),
        (
            "Brandon Grain Co. has cut the price it pays its 300 members for barley.\n\n"
            "The cooperative said a late frost had hurt the quality of the crop.",
            "Brandon Grain Co.",
        ),
        (
            "Guelph Organic Foods will close its cheese plant in the spring.\n\n"
            "The co-op said the plant had lost money for five years.",
            "Guelph Organic Foods",
        ),
        (
            "Truro Dairy Foods reported its first loss in a decade.\n\n"
            "The co-operative said members had shipped less milk during the wet summer.",
            "Truro Dairy Foods",
        ),
        (
            "Halton Hills Credit Union reported its first loss in a decade.\n\n"
            "The co-op said members had borrowed less during the wet summer.",
            "Halton Hills Credit Union",
        ),
    ],
)
def test_a_co_operative_names_the_business_named_before(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert _first_speaker(fast_quotes, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Drivers at Torvald Haulage’s depots in the Barossa will strike on Monday. The company said the strike would delay deliveries for a week.",
            "Torvald Haulage",
        ),
        (
            "Staff at Pellucid Energy’s wind farms across the Karoo have been told to stay home. The company said a storm had damaged two turbines.",
            "Pellucid Energy",
        ),
        (
            "Guides at Snowmere Lodges’ resorts in the Dolomites were laid off last week. The company said bookings had fallen by half.",
            "Snowmere Lodges",
        ),
        (
            "Crews at Varnell Timber’s camps near the Chilcotin will return to work Tuesday. The company said the fire risk had eased.",
            "Varnell Timber",
        ),
        (
            "Pilots at Corran Air’s base in the Kootenays have voted to unionize. The company said it would respect the result.",
            "Corran Air",
        ),
    ],
)
def test_a_region_after_in_the_is_no_business(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert _first_speaker(fast_quotes, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Thomas Lind said the show had mocked his village.\n\n"
            "“My neighbours were made to look like fools,” Lind said. “I want an apology.”\n\n"
            "The broadcaster, which aired the episode in May, said it stood by the program.",
            "The broadcaster",
        ),
        (
            "Bernard Oyelowo said the flight had been cancelled twice.\n\n"
            "“I lost my job interview because of it,” Oyelowo said. “Nobody would help me.”\n\n"
            "The carrier, which has cancelled 300 flights this month, said crew shortages were to blame.",
            "The carrier",
        ),
        (
            "Ilse Moreau said the bills had tripled.\n\n"
            "“I cannot pay my rent and this,” Moreau said. “I have been here 30 years.”\n\n"
            "The distributor, which supplies power to 40,000 homes, said the increase had been approved in March.",
            "The distributor",
        ),
        (
            "Amos Fenn said the claim for his flooded basement had been refused.\n\n"
            "“I paid my premiums for 25 years,” Fenn said. “I trusted them.”\n\n"
            "The insurer, which covers half the homes in the valley, said the policy excluded groundwater.",
            "The insurer",
        ),
        (
            "Helen Rao said the store had refused to refund her broken fridge.\n\n"
            "“I kept my receipt and everything,” Rao said. “I feel cheated.”\n\n"
            "The retailer, which has 40 stores in the province, said the warranty had expired.",
            "The retailer",
        ),
    ],
)
def test_a_business_noun_with_a_relative_which_is_no_person(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert fast_quotes(text)[-1][1] == speaker
