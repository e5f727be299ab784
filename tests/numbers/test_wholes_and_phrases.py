"""Implied units and long counted noun phrases.

A fraction of a counted whole, the level of a stock index, a vote tally; the
counted noun behind adverbs, compound adjectives, nouns in ``-ly``, plurals
that modify and Latin plurals; proper-noun plurals and counts after ``a
record``.  Every sentence here is invented for the test; each states the
values and units of the sentence's quantities (dates, ranks and ordinals left
out).
"""

from __future__ import annotations

import pytest

from .helpers import quantities

Expected = list[tuple[object, str | None]]


def _read(text: str) -> Expected:
    found: Expected = []
    for claim in quantities(text):
        value = claim.value
        if isinstance(value, float):
            value = round(value, 4)
        elif isinstance(value, tuple):
            value = (round(value[0], 4), round(value[1], 4))
        found.append((value, claim.unit))
    return found


def _check(text: str, expected: Expected) -> None:
    assert _read(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two-thirds of the 900 dockers walked out.", [(0.6667, "% docker"), (900, "docker")]),
        ("Half of all pensioners rely on the state pension.", [(0.5, "% pensioner")]),
        (
            "A third of new teachers quit within five years.",
            [(0.3333, "% new teacher"), (5, "year")],
        ),
        ("Three-quarters of the county's farms grow barley.", [(0.75, "% farm")]),
        (
            "A fifth of the museum's 3,000 paintings are on loan.",
            [(0.2, "% painting"), (3000, "painting")],
        ),
        ("Nearly half of first-time buyers used a family loan.", [(0.5, "% first-time buyer")]),
        ("One in six hospital beds is taken by flu patients.", [(0.1667, "% hospital bed")]),
        ("Two out of three small shops reported a drop in trade.", [(0.6667, "% small shop")]),
        ("Seven in 10 commuters drive to work.", [(0.7, "% commuter")]),
        ("Four out of five dentists recommend the paste.", [(0.8, "% dentist")]),
        (
            "Half of the estimated 200 volunteers stayed on.",
            [(0.5, "% volunteer"), (200, "volunteer")],
        ),
    ],
)
def test_a_fraction_of_a_counted_whole_is_a_share_of_its_noun(
    text: str, expected: Expected
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floods covered a third of the valley.", [(0.3333, None)]),
        ("Half of the budget goes on salaries.", [(0.5, None)]),
        ("Two-thirds of them never returned.", [(0.6667, None)]),
        ("Prices rose by a fifth in a year.", [(0.2, None)]),
        ("A quarter of the time the line is busy.", [(0.25, None)]),
        ("Half of the $40 million was spent.", [(0.5, None), (40000000, "USD")]),
        ("A third of the 12 miles is paved.", [(0.3333, None), (12, "mile")]),
        ("One in four miles of track needs repair.", [(0.25, None)]),
        ("Half of those surveyed agreed.", [(0.5, None)]),
        ("A tenth of the population speaks Welsh.", [(0.1, None)]),
    ],
)
def test_a_fraction_of_no_counted_whole_has_no_unit(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry carried 310 Italians to the island.", [(310, "italians")]),
        ("Some 45 Republicans signed the letter.", [(45, "republicans")]),
        ("The airline flew 120 Canadians home.", [(120, "canadians")]),
        ("The club fielded four Nigerians in the final.", [(4, "nigerians")]),
        ("Polls show 52 Democrats in tight races.", [(52, "democrats")]),
        (
            "Three of the 11 Catholics on the panel abstained.",
            [(3, "catholics"), (11, "catholics")],
        ),
        ("The regiment lost 60 Gurkhas in the campaign.", [(60, "gurkhas")]),
        ("The visa scheme admitted 9,000 Filipinos last year.", [(9000, "filipinos")]),
        ("The team has won eight straight Grand Finals.", [(8, "straight grand final")]),
        ("The firm sold 300 Boeing jets.", [(300, "boeing jet")]),
        ("Only 12 Britons finished the race.", [(12, "britons")]),
    ],
)
def test_a_capitalised_plural_keeps_its_plural(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan's Topix fell 0.8% to 2,710.", [(0.8, "percentage"), (2710, "point")]),
        ("The Dow lost 412 to close at 39,100.", [(412, "point"), (39100, "point")]),
        (
            "Britain's FTSE 100 edged up 0.1 per cent to 8,250.",
            [(0.1, "percentage"), (8250, "point")],
        ),
        ("India's Sensex rose 1.3% to end at 74,120.", [(1.3, "percentage"), (74120, "point")]),
        ("The Kospi ended flat at 2,655.", [(2655, "point")]),
        ("The benchmark index closed at 1,712.4 on Friday.", [(1712.4, "point")]),
        ("The Hang Seng index dropped 220 to 16,900.", [(220, "point"), (16900, "point")]),
        ("Spain's IBEX 35 slipped 0.4% to 11,050.", [(0.4, "percentage"), (11050, "point")]),
        (
            "The pan-European STOXX 600 gained 0.5% to 512.3.",
            [(0.5, "percentage"), (512.3, "point")],
        ),
        ("The Nasdaq Composite added 95 to 17,800.", [(95, "point"), (17800, "point")]),
    ],
)
def test_a_stock_index_level_and_change_are_in_points(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dollar index slipped 0.2% to 103.9.", [(0.2, "percentage"), (103.9, None)]),
        ("The consumer price index rose 0.4% to 312.7.", [(0.4, "percentage"), (312.7, None)]),
        ("Shares of the bank fell 3% to 88.5.", [(3, "percentage"), (88.5, None)]),
        (
            "The Dow rose 1% to 39,000 and Apple shares rose 2% to 190.",
            [(1, "percentage"), (39000, "point"), (2, "percentage"), (190, None)],
        ),
        ("The Nikkei reporter counted 14 votes.", [(14, "vote")]),
        ("The index of leading indicators was 99.1.", [(99.1, None)]),
        ("Gold rose 0.5% to 2,340.", [(0.5, "percentage"), (2340, None)]),
        ("The house price index stood at 154.2.", [(154.2, None)]),
        ("The Nikkei rose on Monday after 3 days of losses.", [(3, "day")]),
        ("The yen weakened 0.3% to 151.2 per dollar.", [(0.3, "percentage"), (151.2, None)]),
    ],
)
def test_other_indices_and_prices_take_no_points(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate voted 51 to 49 to confirm the judge.", [(51, "vote"), (49, "vote")]),
        ("The board voted 5 to 4 to close the school.", [(5, "vote"), (4, "vote")]),
        ("Members voted 2,310 to 1,045 for the strike.", [(2310, "vote"), (1045, "vote")]),
        ("The motion carried by a vote of 83-12.", [(83, "vote"), (12, "vote")]),
        ("Delegates voted 140-96 against the merger.", [(140, "vote"), (96, "vote")]),
        ("The committee voted 9 to 0 in favour.", [(9, "vote"), (0, "vote")]),
        ("The union's members voted 3,400 to 2,100 to accept.", [(3400, "vote"), (2100, "vote")]),
        ("The jury voted 10 to 2 to convict.", [(10, "vote"), (2, "vote")]),
        ("In the final ballot 61 to 38 backed the deal.", [(61, "vote"), (38, "vote")]),
        ("The assembly voted 74 to 21 on Thursday.", [(74, "vote"), (21, "vote")]),
    ],
)
def test_a_vote_tally_is_two_counts_of_votes(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters aged 18 to 29 backed the change.", [((18, 29), "year of age")]),
        ("The vote will take 3 to 5 days.", [((3, 5), "day")]),
        ("Turnout was 5 to 7 points higher.", [((5, 7), "point")]),
        ("The voted budget grew from 12 to 15 percent.", [((12, 15), "percentage")]),
        ("Sales rose 20 to 25 percent.", [((20, 25), "percentage")]),
        ("Prices climbed 3 to 4 percent in the year.", [((3, 4), "percentage")]),
        ("The team won 3-1 on Saturday.", [(None, None)]),
        ("Temperatures will reach 25 to 28 degrees.", [((25, 28), "degree")]),
        ("The vote count took 2 to 3 hours.", [((2, 3), "hour")]),
        ("About 40 to 60 people voted.", [((40, 60), "people")]),
    ],
)
def test_ranges_and_scores_are_no_vote_tallies(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity housed 30 newly arrived refugee families.", [(30, "refugee family")]),
        ("The reserve shelters 6 critically endangered black rhinos.", [(6, "black rhino")]),
        (
            "The council named 12 newly elected parish council members.",
            [(12, "parish council member")],
        ),
        ("The group runs 8 highly rated primary schools.", [(8, "primary school")]),
        ("The museum acquired 3 recently discovered Roman mosaics.", [(3, "roman mosaic")]),
        (
            "The firm opened 14 new regional customer service centres.",
            [(14, "new regional customer service centre")],
        ),
        ("Builders finished 75 affordable family homes.", [(75, "affordable family home")]),
        ("The scheme helped 200 single-parent families.", [(200, "single-parent family")]),
        ("The town has 5 assembly halls.", [(5, "assembly hall")]),
        ("Police raided 9 supply depots.", [(9, "supply depot")]),
        ("The rebels seized 4 rally sites.", [(4, "rally site")]),
    ],
)
def test_a_counted_noun_behind_adverbs_and_nouns_in_ly(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The side picked 4 left-footed defenders.", [(4, "left-footed defender")]),
        ("The guide lists 6 Michelin-starred chefs.", [(6, "michelin-starred chef")]),
        ("The survey asked 900 medium-sized firms.", [(900, "medium-sized firm")]),
        ("The fleet has 20 long-haired ponies.", [(20, "long-haired pony")]),
        ("Researchers bred 50 blue-eyed mice.", [(50, "blue-eyed mouse")]),
        ("The ward has 30 recorded cases.", [(30, "case")]),
        ("Police questioned 8 suspected thieves.", [(8, "thief")]),
        ("The club sold 2,000 discounted tickets.", [(2000, "ticket")]),
        ("The show features 12 hand-painted sets.", [(12, "hand-painted set")]),
        ("The school hired 3 newly-qualified teachers.", [(3, "teacher")]),
    ],
)
def test_hyphenated_adjectives_in_ed_stay_and_participles_go(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dealer sold 40 sports cars.", [(40, "sports car")]),
        ("The treaty banned 12 arms dealers.", [(12, "arms dealer")]),
        ("The firm cut 300 sales jobs.", [(300, "sales job")]),
        ("The bank closed 5 savings accounts.", [(5, "savings account")]),
        ("The port added 2 goods trains a day.", [(2, "goods train per day")]),
        ("The agency hired 14 customs officers.", [(14, "customs officer")]),
        ("The shop stocks 600 electronics brands.", [(600, "electronics brand")]),
        ("The school has 3 athletics coaches.", [(3, "athletics coach")]),
        ("The archive holds letters from 300 alumni.", [(300, "alumnus")]),
        ("The lab grew 25 fungi and 40 bacteria.", [(25, "fungus"), (40, "bacterium")]),
        ("The survey found 12 larvae.", [(12, "larva")]),
    ],
)
def test_plurals_that_modify_and_latin_plurals(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dealer sold 80 second-hand vans.", [(80, "second-hand van")]),
        ("The club fielded 3 second-string goalkeepers.", [(3, "second-string goalkeeper")]),
        ("The race lasted 12 seconds.", [(12, "second")]),
        ("He ran 100 metres in 9.9 seconds.", [(100, "metre"), (9.9, "second")]),
        ("The striker scored a record 41 league goals.", [(41, "record league goal")]),
        ("The museum drew a record 2.1 million visitors.", [(2100000, "record visitor")]),
        ("A record 300 boats entered the regatta.", [(300, "record boat")]),
        ("She posted a career-high 15 assists.", [(15, "career-high assist")]),
        ("The team set a club-record 19 wins.", [(19, "club-record win")]),
        ("It reached a record 47 degrees.", [(47, "degree")]),
        ("Records show 20 boats sank.", [(20, "boat")]),
    ],
)
def test_ordinal_compounds_and_counts_of_record(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pentagon sent 300 U.S. marines.", [(300, "u.s. marine")]),
        ("The mission has 9,000 U.N. peacekeepers.", [(9000, "u.n. peacekeeper")]),
        ("Rebels captured 12 U.S.-made tanks.", [(12, "u.s.-made tank")]),
        ("The survey covered 4,000 U.K. households.", [(4000, "u.k. household")]),
        ("The study spans 31 NHS trusts.", [(31, "nhs trust")]),
        ("Leaders of the 5 BRICS countries met.", [(5, "brics country")]),
        ("The bank sold 40 ETF products.", [(40, "etf product")]),
        ("The firm runs 70 KFC outlets.", [(70, "kfc outlet")]),
        ("The fund bought 20 SUVs.", [(20, "suv")]),
        ("Exports reached 3,000 cars in the U.S.", [(3000, "car")]),
        ("The team scored 45 RBIs.", [(45, "rbi")]),
    ],
)
def test_abbreviations_before_a_counted_noun(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city bought 60 school buses.", [(60, "school bus")]),
        ("Staff received 200 bonuses.", [(200, "bonus")]),
        ("Labs isolated 3 new viruses.", [(3, "new virus")]),
        ("The treaty has 14 clauses.", [(14, "clause")]),
        ("Doctors named 5 causes of the outbreak.", [(5, "cause")]),
        ("The speech had 11 pauses.", [(11, "pause")]),
        ("The university has 4 campuses.", [(4, "campus")]),
        ("The guide lists 15 of Italy's most popular beaches.", [(15, "italy popular beach")]),
        ("He visited 8 of London's least known museums.", [(8, "london known museum")]),
        ("The club sold 6 of its most valuable players.", [(6, "valuable player")]),
        ("Seven of Canada's biggest banks reported.", [(7, "canada big bank")]),
    ],
)
def test_plurals_in_uses_and_superlatives_after_a_possessive(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One in four of the city's libraries will close.", [(0.25, "% library")]),
        ("Two in five of all new cars are electric.", [(0.4, "% new car")]),
        ("One in 10 of the region's schools is full.", [(0.1, "% school")]),
        ("Three out of four of the club's players are local.", [(0.75, "% player")]),
        ("One in five of its 800 stores lost money.", [(0.2, "% store"), (800, "store")]),
        ("One in three of the 60 patients improved.", [(0.3333, "% patient"), (60, "patient")]),
        ("Two in three of their members voted.", [(0.6667, "% member")]),
        ("One in four of them agreed.", [(0.25, None)]),
        ("One in six of the land is flooded.", [(0.1667, None)]),
        ("Four in 10 of the firm's drivers are women.", [(0.4, "% driver")]),
    ],
)
def test_a_ratio_of_a_whole_after_of(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chain will open 25 Tim Hortons cafes.", [(25, "tim hortons cafe")]),
        ("The city has 40 Starbucks outlets.", [(40, "starbucks outlet")]),
        ("The firm sold 300 Toyotas last year.", [(300, "toyotas")]),
        ("Fans bought 2,000 Raiders jerseys.", [(2000, "raiders jersey")]),
        ("The group runs 18 Walgreens stores.", [(18, "walgreens store")]),
        ("The museum holds 3 Picassos and 2 Monets.", [(3, "picassos"), (2, "monets")]),
        (
            "The state has 12 Democrats and 9 Republicans in Congress.",
            [(12, "democrats"), (9, "republicans")],
        ),
        ("He coached 4 Springboks players.", [(4, "springboks player")]),
        ("The poll asked 800 Texans.", [(800, "texans")]),
        ("The jury heard from 6 Johnsons witnesses.", [(6, "johnsons witness")]),
    ],
)
def test_a_name_in_the_plural_before_a_noun_modifies_it(text: str, expected: Expected) -> None:
    _check(text, expected)
