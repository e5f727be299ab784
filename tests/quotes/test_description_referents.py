# ruff: noqa: E501 (one invented paragraph per line)
"""Whom descriptions name: offices taken on through ``as``, governing bodies, unnamed sources.

Every sentence is invented.  A verb of serving or of appointing and ``as``
link a role to a name as an apposition does (``Ilse Marrow, who served two
terms as mayor,`` is ``the former mayor``; ``appointed Corvane Advisory Ltd.
as receiver`` makes the firm ``the receiver``), and a place whose name opens
with the institution noun that governs it (``the City of Brelford``, ``the
District of Osk Harbour``) is what a later ``the city`` or ``the district``
names.  ``the government`` names a government, none of its agencies or
authorities, and a surname a recogniser took for an institution's name
(``Vadhera`` after ``Priyanka Vadhera``) is the person, whom ``the company``
does not name.  A restrictive relative clause on a subject ends at the main
clause's verb: the noun phrase after it is no part of the subject (``A nurse
who worked at the clinic is being sued by three patients who say ...`` is
said by the patients).  A paragraph that opens on a person's possessive
(``Wrobel's father, Piotr, drove six hours.``) is about that person, whom a
description in it (``The sprinter said``) names.  A definite description
whose sentence keeps the source unnamed (``The waiter, who asked not to be
named, said``) is no person the article named before.  An institution named
by coordinated fields and its country (``Border Services and Customs
Canada``), which a recogniser cuts at ``and`` and before the country, is one
name, what ``the department`` later names.  A family noun owned by a
description (``the fisherman's daughter``) names the person last spoken of
when the article told that person's father or mother (``Marta Lund, whose
father, Arne, ...``).
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, SaidBy

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document, Entity

EXTRACT = QuoteExtractor()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ilse Marrow, who served two terms as mayor of Dunmore before retiring in 2022, won the seat easily.\n\nGus Telford finished second and conceded shortly after midnight.\n\nThe former mayor said her first task would be to reopen the county clinic.",
            "Ilse Marrow",
        ),
        (
            "Tobias Quenneville was first elected in 2015 and served as parliamentary secretary to the fisheries minister until the spring.\n\nOpposition critic Lena Sorvik called for a review.\n\nThe former parliamentary secretary said he had broken no rules.",
            "Tobias Quenneville",
        ),
        (
            "Hanne Grelsby, who works as a pharmacist in rural Alberta, finished the marathon in record time.\n\nRunner-up Petra Olan praised the course.\n\n“I have a shift at eight tomorrow,” the pharmacist said.",
            "Hanne Grelsby",
        ),
        (
            "A judge granted the company protection from its creditors on Monday and appointed Corvane Advisory Ltd. as receiver.\n\nLawyer Ruben Ilić, who represents 40 suppliers, called the filing a surprise.\n\nAccording to the receiver, about $12 million is owed to small suppliers.",
            "Corvane Advisory Ltd.",
        ),
        (
            "The board of the Wexley Food Co-operative named Ottilie Brandt as interim manager on Friday.\n\nMember Joel Varga said the choice was a good one.\n\nThe interim manager said the store would open on Sundays again.",
            "Ottilie Brandt",
        ),
        (
            "Marek Holub, who served as deputy chief of the Lindale fire service for a decade, has retired.\n\nChief Ana Ferreira thanked him for his work.\n\nThe former deputy chief said he would spend more time fishing.",
            "Marek Holub",
        ),
    ],
)
def test_a_role_taken_on_through_as_names_its_holder(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The arena on Dunmore Street will close for repairs in March, the City of Brelford said on Monday.\n\nCoun. Ada Whelan said she had asked for the work two years ago.\n\nThe city said the repairs would cost about $800,000.",
            "City of Brelford",
        ),
        (
            "Residents of Osk Harbour, B.C., must boil their water until further notice, the District of Osk Harbour said Tuesday.\n\nMayor Frida Lund said crews were working around the clock.\n\nThe district said water would be handed out at the fire hall.",
            "District of Osk Harbour",
        ),
        (
            "The County of Harlan said on Friday that two bridges would stay closed all winter.\n\nFarmer Ned Coyle said the detour added an hour to his trips.\n\nThe county said it was looking for money to repair them.",
            "County of Harlan",
        ),
        (
            "Snow clearing will start at 4 a.m., the Regional Municipality of Tavener said in a release.\n\nCoun. Ivo Pask said the budget was too small.\n\nAccording to the municipality, 60 plows will be on the roads.",
            "Regional Municipality of Tavener",
        ),
        (
            "The Province of Westmark said the new hospital would open in 2029.\n\nOpposition critic Maren Holt said the date had slipped twice.\n\nThe province said the delay was caused by a shortage of steel.",
            "Province of Westmark",
        ),
    ],
)
def test_a_place_named_by_its_governing_body_is_that_body(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Kestrel River Water Agency said on Monday that the new intake was ready.\n\nIn a statement, the federal government said it had paid $20 million toward the plant.",
            "the federal government",
        ),
        (
            "Tolland Regional Transit Authority said ridership had doubled.\n\nThe provincial government said the new buses would arrive next year.",
            "The provincial government",
        ),
        (
            "The Marrowby Housing Agency said 300 families were on its waiting list.\n\nThe government said it would build 120 units by 2028.",
            "The government",
        ),
        (
            "Officials at the Lakehead Ports Commission said the harbour would be dredged in May.\n\nThe federal government said the dredging would cost $6 million.",
            "The federal government",
        ),
        (
            "The Grey Hollow Conservation Authority said water levels were near a record.\n\nAccording to the provincial government, flood money will be released next week.",
            "the provincial government",
        ),
    ],
)
def test_the_government_is_none_of_its_bodies(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]


def _entity(text: str, surface: str, label: str, name: str, n: int, occurrence: int = 0) -> Entity:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Entity(id=f"e{n}", start=start, end=start + len(surface), label=label, name=name)


@pytest.mark.parametrize(
    ("text", "company", "person", "surname"),
    [
        (
            "Tallowmere Foods Ltd. will close its Moncton plant, the company said. Chief executive Priyanka Vadhera said the decision was painful. “I own it,” Vadhera wrote. The company said the board backed Vadhera fully.",
            "Tallowmere Foods Ltd.",
            "Priyanka Vadhera",
            "Vadhera",
        ),
        (
            "Osprey Lane Software Inc. is cutting 90 jobs, the company said. Founder Rahel Tesfaye said two clients had left. “This is on me,” Tesfaye wrote. The company said severance would be generous.",
            "Osprey Lane Software Inc.",
            "Rahel Tesfaye",
            "Tesfaye",
        ),
        (
            "Harbourline Media Corp. will sell its radio stations, the company said. President Anjali Rao said the sale would close in June. “Radio was good to us,” Rao said. The company said no layoffs were planned.",
            "Harbourline Media Corp.",
            "Anjali Rao",
            "Rao",
        ),
        (
            "Quillfeather Games Inc. has cancelled its next title, the company said. Studio head Matteo Brisco said the team would move to a new project. “We aimed too high,” Brisco said. The company said its other games were unaffected.",
            "Quillfeather Games Inc.",
            "Matteo Brisco",
            "Brisco",
        ),
        (
            "Bramblecote Farms Ltd. recalled 4,000 jars of honey, the company said. Managing director Yusuf Karaca said the jars had faulty lids. “Nobody has been hurt,” Karaca said. The company said refunds were available in stores.",
            "Bramblecote Farms Ltd.",
            "Yusuf Karaca",
            "Karaca",
        ),
    ],
)
def test_a_surname_taken_for_an_institution_is_the_person(
    text: str, company: str, person: str, surname: str
) -> None:
    layer = [
        _entity(text, company, "ORG", company, 1),
        _entity(text, person, "PERSON", person, 2),
        _entity(text, surname, "ORG", surname, 3, occurrence=1),
    ]
    names = [
        q.speaker.name if q.speaker else None
        for q in EXTRACT.extract(Document(text, {"entities": layer}))
    ]
    assert names[-1] == company, names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A pharmacist who dispensed the pills for a decade was questioned by inspectors who say records were missing.",
            "inspectors",
        ),
        (
            "A nurse who worked at the Bayfield clinic for a decade is being sued by three patients who say their complaints were ignored.",
            "three patients",
        ),
        (
            "The contractor who repaved Mill Road last summer has been criticized by residents who say the potholes came back within weeks.",
            "residents",
        ),
        (
            "A coach who trained the junior team for years was reported by parents who say he shouted at their children.",
            "parents",
        ),
        (
            "A developer who purchased the old mill in 2021 is being challenged by neighbours who say the new tower will block their light.",
            "neighbours",
        ),
    ],
)
def test_a_relative_clause_on_the_subject_ends_at_the_main_verb(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ines Dalgaard scored twice as the Harbour Gulls beat Fenmoor 3-1 on Sunday.\n\nJonas Kiel, who also scored, said the dressing room was loud afterwards.\n\nDalgaard's mother, Birte, flew in from Aarhus for the match. The striker said she had not known her mother was in the stands.",
            "Ines Dalgaard",
        ),
        (
            "Tomasz Wrobel won the 400 metres in a meet record on Saturday.\n\nRunner-up Kwame Asante said the wind had helped everyone.\n\nWrobel's father, Piotr, drove six hours to watch. The sprinter said he only saw his father after the race.",
            "Tomasz Wrobel",
        ),
        (
            "Hannah Oyelaran finished first in the provincial spelling bee on Friday.\n\nOrganizer Gwen Tully said 60 students had entered.\n\nOyelaran's grandmother, Folake, watched from the front row. The student said she had practised every night for a month.",
            "Hannah Oyelaran",
        ),
        (
            "Rasmus Lind made 41 saves as the Crestwood Owls shut out the Kelvin Hawks on Tuesday.\n\nEli Brandt, who scored the second goal, said the team never lost its focus.\n\nLind's brother, Mats, flew in from Oslo. The goalie said the two had barely spoken before the game.",
            "Rasmus Lind",
        ),
        (
            "Priya Nallasamy won the junior chess title in Regina on Sunday.\n\nArbiter Colin Haig said the final lasted five hours.\n\nNallasamy's coach, Irina Petrova, was not able to attend. The champion said she would dedicate the win to her coach.",
            "Priya Nallasamy",
        ),
    ],
)
def test_a_paragraph_opening_on_a_possessive_is_about_its_owner(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lawyer Dana Okafor said the tenants would appeal.\n\nThe clerk at the Elm Street pharmacy, a young woman who would not give her name, said the store had run out of masks.",
            "The clerk at the Elm Street pharmacy",
        ),
        (
            "Ivo Sandberg, who rents the hall next door, said the arena would reopen in June.\n\nThe manager of the arena, who declined to give his name, said the ice plant had failed twice.",
            "The manager of the arena",
        ),
        (
            "Inspector Lena Voss said the fire started in the kitchen.\n\nThe waiter, who asked not to be named, said the alarms never sounded.",
            "The waiter",
        ),
        (
            "Economist Farid Shaikh said prices would keep rising.\n\nThe owner of the corner bakery, an older man who refused to give his name, said flour had doubled in price.",
            "The owner of the corner bakery",
        ),
        (
            "Principal Ruth Calder said classes would resume Monday.\n\nThe bus driver, speaking on condition of anonymity, said the route had been cut twice this year.",
            "The bus driver",
        ),
    ],
)
def test_a_source_kept_unnamed_is_no_person_named_before(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Coastal Shipping and Ports Canada said the harbour would be dredged in May.\n\nMayor Lise Tardif said the work was welcome.\n\nThe department said the dredging would take six weeks.",
            "Coastal Shipping and Ports Canada",
        ),
        (
            "Veterans Services and Benefits Canada, which handles pension claims, said wait times had fallen.\n\nAdvocate Rina Bose said many veterans still waited a year.\n\nThe department said it had hired 300 staff.",
            "Veterans Services and Benefits Canada",
        ),
        (
            "Water Services and Infrastructure Canada, which funds treatment plants, said 12 advisories had been lifted.\n\nChief Nora Bear said her nation was still waiting.\n\nThe department said the plant would be finished next year.",
            "Water Services and Infrastructure Canada",
        ),
        (
            "Border Services and Customs Canada said the crossing would stay open overnight.\n\nTrucker Ray Olin said lines were hours long.\n\nThe department said more officers would be added.",
            "Border Services and Customs Canada",
        ),
        (
            "Health Services and Benefits Canada, which runs the dental plan, said 2 million people had signed up.\n\nDentist Ana Greer said many offices were full.\n\nThe department said wait times would ease.",
            "Health Services and Benefits Canada",
        ),
        (
            "Community Services and Housing Canada said the shelter grants would double.\n\nOutreach worker Jo Tran said the money was late.\n\nThe department said cheques would go out in May.",
            "Community Services and Housing Canada",
        ),
    ],
)
def test_an_institution_named_by_coordinated_fields_and_a_country_is_one_name(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Hal Greer said the clinic would reopen in May.\n\nMarta Lund, whose father, Arne, fished out of the harbour for 40 years, said the town owed him a clinic.\n\nLund will speak at Monday's council meeting. “We are not going away,” the fisherman's daughter said.",
            "Marta Lund",
        ),
        (
            "Reeve Ola Brandt said the road would be paved next year.\n\nTeodor Vik, whose mother, Signe, ran the general store until 2019, said the detour had emptied the main street.\n\nVik plans to run for council. “Someone has to speak up,” the shopkeeper's son said.",
            "Teodor Vik",
        ),
        (
            "Coach Dale Innis said the rink had been booked for the final.\n\nHenna Sarr, whose father coached the team in the 1990s, said the arena meant everything to the family.\n\nSarr will drop the first puck on Saturday. “It feels like coming home,” the coach's daughter said.",
            "Henna Sarr",
        ),
        (
            "Inspector Rob Hale said the mill fire was under investigation.\n\nLeif Moberg, whose father, Karl, worked at the mill for 30 years, said the building was a landmark.\n\nMoberg wants the mill rebuilt. “It was his whole life,” the millworker's son said.",
            "Leif Moberg",
        ),
        (
            "Principal Gail Voss said the school would be renamed.\n\nRuth Adair, whose mother, Elsie, taught there for decades, said the family was honoured.\n\nAdair will unveil the new sign in June. “She would have laughed,” the teacher's daughter said.",
            "Ruth Adair",
        ),
    ],
)
def test_a_family_noun_owned_by_a_description_names_the_relative_the_article_told(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]
