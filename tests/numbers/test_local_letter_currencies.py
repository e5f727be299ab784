"""Local letter prefixes of amounts: ``N`` for the naira, ``Sh`` for a shilling."""

from __future__ import annotations

import pytest

from .helpers import claims, only


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The state government approved a budget of N1.2 trillion for next year.", 1.2e12),
        ("Lenders wrote off N75 billion in bad loans during the quarter.", 75e9),
        ("The airline owes its fuel suppliers about N9.6 billion.", 9.6e9),
        ("Police recovered N4 million in cash from the suspects' car.", 4e6),
        ("The club paid N300 million for the striker, a league record.", 3e8),
        ("Tax receipts rose to N2.9 trillion in the first half.", 2.9e12),
        ("A senator said N180bn had been set aside for rural roads.", 180e9),
        ("The market association raised N25 million for the fire victims.", 25e6),
        ("Ticket touts were charging N250,000 for a seat at the final.", 250000),
        ("The court fined the firm N1,500,000 for the breach.", 1.5e6),
        ("Its profit after tax fell to N812 million from N1.1 billion.", None),
    ],
)
def test_n_before_a_scaled_or_grouped_figure_is_the_naira(text: str, value: float | None) -> None:
    found = [c for c in claims(text) if c.kind == "money"]
    assert found and all(c.unit == "NGN" for c in found)
    if value is not None:
        assert found[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Nurses asked for more N95 masks after the outbreak.",
        "The lab stored the samples in N2 gas.",
        "Traffic on the N4 was held up for two hours.",
        "The reference point N52 lies on the ridge above the valley.",
        "Under rule N7 the referee may stop the game.",
    ],
)
def test_n_in_other_uses_is_no_amount(text: str) -> None:
    assert not [c for c in claims(text) if c.kind == "money"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Sugar now sells at Sh220 a kilo in most shops.", 220, "KES per kilogram"),
        ("The lender posted a profit of Sh12.6 billion for the year.", 12.6e9, "KES"),
        ("Each household was asked to contribute Sh1,000 to the fund.", 1000, "KES"),
        ("The county spent Sh3.2 million on new desks.", 3.2e6, "KES"),
        ("A ride across town costs Sh150 at rush hour.", 150, "KES"),
        ("The tea board paid growers a bonus of Sh48 billion.", 48e9, "KES"),
        ("Tanzanian bakers said a loaf of bread went up to Sh2,500.", 2500, "TZS"),
        ("Tanzania's revenue authority collected Sh2.1 trillion in March.", 2.1e12, "TZS"),
        ("Ugandan traders said a bag of cement now costs Sh36,000.", 36000, "UGX"),
        ("Hawkers in Kampala were fined Shs200,000 each.", 200000, "UGX"),
        ("Kenya's Treasury plans to borrow Sh600 billion locally.", 600e9, "KES"),
    ],
)
def test_sh_is_the_shilling_of_the_country_named_or_kenyas(
    text: str, value: float, unit: str
) -> None:
    claim = only(text, "money")
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Bus fares went from Sh60 to Sh90 over the holiday.", 60, 90, "KES"),
        ("School fees rose from Sh35,000 to Sh42,000 a term.", 35000, 42000, "KES per term"),
        ("The fine was raised from N50 million to N200 million.", 50e6, 200e6, "NGN"),
        ("A bag of rice climbed from N45,000 to N62,000 in a month.", 45000, 62000, "NGN"),
    ],
)
def test_a_range_between_letter_amounts(text: str, low: float, high: float, unit: str) -> None:
    claim = only(text, "money")
    assert claim.value == (pytest.approx(low), pytest.approx(high))
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The authority collected Sh2.1 trillion in Tanzania last year.", "TZS"),
        ("Traders paid Sh36,000 a bag in Kampala markets.", "UGX per bag"),
        ("Sh400 million was set aside for Ugandan schools.", "UGX"),
        ("Fees rose to Sh5,000. Parents in Tanzania protested.", "KES"),
    ],
)
def test_sh_takes_a_shilling_named_after_it_in_its_sentence(text: str, unit: str) -> None:
    assert only(text, "money").unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The telco booked a net income of P9.8 billion in the second quarter.", 9.8e9, "PHP"),
        ("Senators trimmed P45 billion from the proposed flood-control budget.", 45e9, "PHP"),
        ("The lender set aside P3.2 billion for bad loans, up from P2.7 billion.", None, "PHP"),
        ("Cebu's new bridge will cost about P27 billion, officials said.", 27e9, "PHP"),
        ("A Quezon City court ordered the firm to pay P1.5 million in damages.", 1.5e6, "PHP"),
        ("The property arm posted revenues of P61.4bn for the year.", 61.4e9, "PHP"),
        ("Police seized shabu worth P6.8 million in a raid in Pasig.", 6.8e6, "PHP"),
        ("Each family will receive P10,000 in cash aid.", 10000, "PHP"),
        ("Jeepney drivers' groups asked for P2.5 billion in fuel subsidies.", 2.5e9, "PHP"),
        ("The diamond miner in Gaborone reported a profit of P1.9 billion.", 1.9e9, "BWP"),
        ("Botswana's budget sets aside P4.6 billion for health.", 4.6e9, "BWP"),
    ],
)
def test_p_before_a_scaled_or_grouped_figure_is_a_peso_or_a_pula(
    text: str, value: float | None, unit: str
) -> None:
    found = [c for c in claims(text) if c.kind == "money"]
    assert found and all(c.unit == unit for c in found), [(c.value, c.unit) for c in found]
    if value is not None:
        assert found[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Verstappen started from P1 after a wet qualifying session.",
        "She was handed her P45 on the Friday before Christmas.",
        "The team moved up to P3 with two laps left.",
        "The P4 mission will launch next spring.",
        "Staff must fill in form P60 by the end of May.",
        "The bus left from bay P12 at noon.",
    ],
)
def test_p_in_other_uses_is_no_amount(text: str) -> None:
    assert not [c for c in claims(text) if c.kind == "money"]
