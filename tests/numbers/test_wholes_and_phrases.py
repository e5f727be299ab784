"""Long counted noun phrases, and the units of fractions and proper-noun plurals.

The counted noun behind adverbs, compound adjectives, nouns in ``-ly``,
abbreviations, plurals and names that modify, Latin plurals and plurals in
``-uses``; a fraction of a counted whole counts nothing, a capitalised plural
is written singular and a count after ``a record`` counts the noun after it;
a vote tally is two numbers, not a range.
Every sentence here is invented for the test; each states the values and units
of the sentence's quantities (dates, ranks and ordinals left out).
"""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two-thirds of the 900 dockers walked out.", [(0.6667, None), (900, "docker")]),
        ("Half of all pensioners rely on the state pension.", [(0.5, None)]),
        (
            "A third of new teachers quit within five years.",
            [(0.3333, None), (5, "year")],
        ),
        ("Three-quarters of the county's farms grow barley.", [(0.75, None)]),
        (
            "A fifth of the museum's 3,000 paintings are on loan.",
            [(0.2, None), (3000, "painting")],
        ),
        ("Nearly half of first-time buyers used a family loan.", [(0.5, None)]),
        ("One in six hospital beds is taken by flu patients.", [(0.1667, None)]),
        ("Two out of three small shops reported a drop in trade.", [(0.6667, None)]),
        ("Seven in 10 commuters drive to work.", [(0.7, None)]),
        ("Four out of five dentists recommend the paste.", [(0.8, None)]),
        (
            "Half of the estimated 200 volunteers stayed on.",
            [(0.5, None), (200, "volunteer")],
        ),
    ],
)
def test_a_fraction_of_a_counted_whole_counts_nothing(text: str, expected: Expected) -> None:
    check_values(text, expected)


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
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry carried 310 Italians to the island.", [(310, "italian")]),
        ("Some 45 Republicans signed the letter.", [(45, "republican")]),
        ("The airline flew 120 Canadians home.", [(120, "canadian")]),
        ("The club fielded four Nigerians in the final.", [(4, "nigerian")]),
        ("Polls show 52 Democrats in tight races.", [(52, "democrat")]),
        (
            "Three of the 11 Catholics on the panel abstained.",
            [(3, "catholic"), (11, "catholic")],
        ),
        ("The regiment lost 60 Gurkhas in the campaign.", [(60, "gurkha")]),
        ("The visa scheme admitted 9,000 Filipinos last year.", [(9000, "filipino")]),
        ("The team has won eight straight Grand Finals.", [(8, "straight grand final")]),
        ("The firm sold 300 Boeing jets.", [(300, "boeing jet")]),
        ("Only 12 Britons finished the race.", [(12, "briton")]),
    ],
)
def test_a_capitalised_plural_is_written_singular(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate voted 51 to 49 to confirm the judge.", [(51, None), (49, None)]),
        ("The board voted 5 to 4 to close the school.", [(5, None), (4, None)]),
        ("Members voted 2,310 to 1,045 for the strike.", [(2310, None), (1045, None)]),
        ("The motion carried by a vote of 83-12.", [(83, None), (12, None)]),
        ("Delegates voted 140-96 against the merger.", [(140, None), (96, None)]),
        ("The committee voted 9 to 0 in favour.", [(9, None), (0, None)]),
        ("The union's members voted 3,400 to 2,100 to accept.", [(3400, None), (2100, None)]),
        ("The jury voted 10 to 2 to convict.", [(10, None), (2, None)]),
        ("In the final ballot 61 to 38 backed the deal.", [(61, None), (38, None)]),
        ("The assembly voted 74 to 21 on Thursday.", [(74, None), (21, None)]),
    ],
)
def test_a_vote_tally_is_two_numbers_not_a_range(text: str, expected: Expected) -> None:
    check_values(text, expected)


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
    check_values(text, expected)


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
        ("The firm opened 14 new regional service centres.", [(14, "new regional service centre")]),
        ("Builders finished 75 affordable family homes.", [(75, "affordable family home")]),
        ("The scheme helped 200 single-parent families.", [(200, "single-parent family")]),
        ("The town has 5 assembly halls.", [(5, "assembly hall")]),
        ("Police raided 9 supply depots.", [(9, "supply depot")]),
        ("The rebels seized 4 rally sites.", [(4, "rally site")]),
        (
            "One family lost 3 homes and 12 family homes stood empty.",
            [(3, "home"), (12, "family home")],
        ),
    ],
)
def test_a_counted_noun_behind_adverbs_and_nouns_in_ly(text: str, expected: Expected) -> None:
    check_values(text, expected)


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
    check_values(text, expected)


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
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dealer sold 80 second-hand vans.", [(80, "second-hand van")]),
        ("The club fielded 3 second-string goalkeepers.", [(3, "second-string goalkeeper")]),
        ("The race lasted 12 seconds.", [(12, "second")]),
        ("He ran 100 metres in 9.9 seconds.", [(100, "metre"), (9.9, "second")]),
        ("The striker scored a record 41 league goals.", [(41, "league goal")]),
        ("The museum drew a record 2.1 million visitors.", [(2100000, "visitor")]),
        ("A record 300 boats entered the regatta.", [(300, "boat")]),
        ("She posted a career-high 15 assists.", [(15, "assist")]),
        ("The team set a club-record 19 wins.", [(19, "win")]),
        ("It reached a record 47 degrees.", [(47, "degree")]),
        ("Records show 20 boats sank.", [(20, "boat")]),
    ],
)
def test_ordinal_compounds_and_counts_after_a_record(text: str, expected: Expected) -> None:
    check_values(text, expected)


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
    check_values(text, expected)


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
        ("He visited 8 of London's least known museums.", [(8, "london museum")]),
        ("The club sold 6 of its most valuable players.", [(6, "valuable player")]),
        ("Seven of Canada's biggest banks reported.", [(7, "canada big bank")]),
    ],
)
def test_plurals_in_uses_and_superlatives_after_a_possessive(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chain will open 25 Tim Hortons cafes.", [(25, "tim hortons cafe")]),
        ("The city has 40 Starbucks outlets.", [(40, "starbucks outlet")]),
        ("The firm sold 300 Toyotas last year.", [(300, "toyota")]),
        ("Fans bought 2,000 Raiders jerseys.", [(2000, "raiders jersey")]),
        ("The group runs 18 Walgreens stores.", [(18, "walgreens store")]),
        ("The museum holds 3 Picassos and 2 Monets.", [(3, "picasso"), (2, "monet")]),
        (
            "The state has 12 Democrats and 9 Republicans in Congress.",
            [(12, "democrat"), (9, "republican")],
        ),
        ("He coached 4 Springboks players.", [(4, "springboks player")]),
        ("The poll asked 800 Texans.", [(800, "texan")]),
        ("The jury heard from 6 Johnsons witnesses.", [(6, "johnsons witness")]),
    ],
)
def test_a_name_in_the_plural_before_a_noun_modifies_it(text: str, expected: Expected) -> None:
    check_values(text, expected)
