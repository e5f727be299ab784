"""Spelled ages opening a sentence, statements of a named issuer, agencies
described after their full name, and institution names that hold commas."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, SaidBy

_SPELLED_AGES = [
    (
        "By Odile Varga, Staff Reporter\n\n"
        "Seventy-four-year-old Wilhelmina Struthers waits at her window for a van.\n\n"
        "“I paid for the whole kitchen up front,” the retired bookkeeper told the Herald."
    ),
    (
        "By Carys Pembroke, Senior Correspondent\n\n"
        "Ninety-year-old Augustin Delacroix-Hale has lived on Tamarack Lane since 1961.\n\n"
        "“They can take the house when I am gone,” the stubborn veteran said."
    ),
    (
        "By Ruben Ostrowski, Reporter\n\n"
        "Sixty-eight-year-old Philippa Norcross still opens her bakery at five every morning.\n\n"
        "“Bread does not wait for anybody,” the tireless baker said."
    ),
    (
        "By Meinhard Solberg, Staff Writer\n\n"
        "Eighty-three-year-old Ignatius Brannagh fixed his first radio in 1954.\n\n"
        "“I could never throw anything away,” the widowed tinkerer told the Gazette."
    ),
    (
        "By Jolene Abernethy, Columnist\n\n"
        "Twelve-year-old Marisela Quiroga-Danes raised $9,000 for the shelter.\n\n"
        "“The dogs need blankets,” the determined sixth-grader said."
    ),
]


@pytest.mark.parametrize("text", _SPELLED_AGES)
def test_a_spelled_age_opening_a_sentence_is_no_name(all_said_by: SaidBy, text: str) -> None:
    name = text.split("\n\n")[1].split("-old ", 1)[1].split(" ")
    full = " ".join(name[:2])
    all_said_by(text, full)


_PORTFOLIO_BODIES = [
    (
        "Nova Scotia’s Department of Tourism, Heritage and Wildlife said in an email that "
        "the trail would reopen in April.",
        "Department of Tourism, Heritage and Wildlife",
    ),
    (
        "The Ministry of Seniors, Housing and Community Safety said the rebate had been paid.",
        "Ministry of Seniors, Housing and Community Safety",
    ),
    (
        "The federal Department of Lakes, Rivers and Coastal Trade said licences would be cut "
        "by a third.",
        "Department of Lakes, Rivers and Coastal Trade",
    ),
    (
        "Yukon’s Ministry of Mines, Forests, Energy and Northern Roads said crews were on the way.",
        "Ministry of Mines, Forests, Energy and Northern Roads",
    ),
    (
        "In a statement, the Agency of Ports, Rail and Inland Shipping said the strike had ended "
        "at midnight.",
        "Agency of Ports, Rail and Inland Shipping",
    ),
]


@pytest.mark.parametrize(("text", "body"), _PORTFOLIO_BODIES)
def test_a_body_named_by_its_portfolios_keeps_its_commas(
    all_said_by: SaidBy, text: str, body: str
) -> None:
    all_said_by(text, body)


def test_a_list_of_people_after_a_body_is_no_portfolio(all_said_by: SaidBy) -> None:
    text = "The Ministry of Transport, Mayor Hollis Varga and Premier Jo Strand said it was safe."
    rows = all_said_by(text, "Jo Strand")
    assert rows


_STATEMENTS_OF_NAMED_ROLES = [
    (
        "In a written statement, council chair Beatrix Olumide-Hart said the council "
        "“welcomes the debate” and would meet again.\n\n"
        "“Our focus is safe roads for every family,” the statement said.",
        "Beatrix Olumide-Hart",
    ),
    (
        "In an emailed statement, union president Casimir Wojcik said members were ready "
        "to walk out.\n\n"
        "“Nobody takes this step lightly,” the statement said.",
        "Casimir Wojcik",
    ),
    (
        "In a letter to parents, principal Henrietta Mbeki-Laurent said the gym would stay "
        "closed until March.\n\n"
        "“The safety of students comes first,” the letter said.",
        "Henrietta Mbeki-Laurent",
    ),
    (
        "In a news release Thursday, fire chief Ottoline Garvey said crews had contained the "
        "blaze.\n\n"
        "“Residents may return to their homes tonight,” the release said.",
        "Ottoline Garvey",
    ),
    (
        "In a brief statement, team owner Lysander Pruitt said the coach had been let go.\n\n"
        "“We thank him for four seasons of hard work,” the statement said.",
        "Lysander Pruitt",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _STATEMENTS_OF_NAMED_ROLES)
def test_a_document_speaks_for_the_role_holder_who_issued_it(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


_AGENCIES_NAMED_AS_CORPORATIONS = [
    (
        "Farm loan defaults rose in the spring, Prairie Crop Insurance Corp. said Tuesday.\n\n"
        "The federal agency said claims had doubled since March.\n\n"
        "In Brandon, hail damage topped $40 million, the agency said.",
        "Prairie Crop Insurance Corp.",
    ),
    (
        "The Atlantic Gaming Corporation said Friday that its sales fell "
        "3 per cent last year.\n\n"
        "The provincial agency said online play made up a third of its revenue.",
        "Atlantic Gaming Corporation",
    ),
    (
        "Exports to Asia grew for a sixth month, Northland Export Credit Corp. said.\n\n"
        "The Crown agency said most of the growth came from potash and canola.",
        "Northland Export Credit Corp.",
    ),
    (
        "Ridership on the coastal line reached a record, Pacific Passenger Rail Corporation "
        "reported Monday.\n\n"
        "The agency said it would add two trains a day in the summer.",
        "Pacific Passenger Rail Corporation",
    ),
    (
        "Bank failures were rare this year, the Deposit Guarantee Corporation of Albion said.\n\n"
        "The national agency said it had paid out no claims since 2019.",
        "Deposit Guarantee Corporation of Albion",
    ),
]


@pytest.mark.parametrize(("text", "body"), _AGENCIES_NAMED_AS_CORPORATIONS)
def test_an_agency_description_takes_a_public_corporation(
    fast_quotes: QuoteRows, text: str, body: str
) -> None:
    rows = fast_quotes(text)
    assert len(rows) >= 2, rows
    assert all(name is not None and name.split()[-1] == body.split()[-1] for _, name in rows), rows


def test_an_agency_description_prefers_a_named_government_body(fast_quotes: QuoteRows) -> None:
    text = (
        "The Food Safety Agency said Monday it had recalled the cheese.\n\n"
        "Dairy maker Kestrel Foods Corp. said the plant was closed.\n\n"
        "The recall covers four provinces, the agency said."
    )
    assert fast_quotes(text)[-1][1] == "Food Safety Agency"


_TOWN_AND_REGION_MODIFIERS = [
    (
        "Quillon Systems Inc. reported a loss on Tuesday.\n\n"
        "The Halifax, N.S.-based company said revenue fell to $12 million.",
        "Quillon Systems Inc.",
    ),
    (
        "Brackwater Mills Ltd. cut its dividend on Friday.\n\n"
        "The Waterloo, Ont.-based firm said lumber prices had halved.",
        "Brackwater Mills Ltd.",
    ),
    (
        "Tessaly Outdoor Corp. beat forecasts in the third quarter.\n\n"
        "The Boise, Idaho-based company said sales of tents rose 9 per cent.",
        "Tessaly Outdoor Corp.",
    ),
    (
        "Orvanne Pharma Inc. won approval for its migraine drug.\n\n"
        "The Laval, Que.-based drugmaker said it would hire 80 people.",
        "Orvanne Pharma Inc.",
    ),
    (
        "Kelderwick Foods Ltd. reported higher profit on Thursday.\n\n"
        "The Red Deer, Alta.-based food company said shoppers were buying in bulk.",
        "Kelderwick Foods Ltd.",
    ),
]


@pytest.mark.parametrize(("text", "company"), _TOWN_AND_REGION_MODIFIERS)
def test_a_town_and_a_region_modifier_stay_in_the_description(
    all_said_by: SaidBy, text: str, company: str
) -> None:
    all_said_by(text, company)


_PLACED_INDEFINITES = [
    (
        "The tip came when a man in Kamloops saw the stolen bike listed online.\n\n"
        "That man, who asked not to be named, told the Times he called police at once.\n\n"
        "“I knew that paint job,” he said.",
        "a man in Kamloops",
    ),
    (
        "Help arrived after a farmer from Moose Jaw spotted smoke over the ridge.\n\n"
        "The farmer told reporters he drove his water truck straight to the fire.\n\n"
        "“You don’t wait for anybody out here,” he said.",
        "a farmer from Moose Jaw",
    ),
    (
        "The wallet turned up days later, after a teenager in Lethbridge found it in a "
        "snowbank.\n\n"
        "That teenager, who did not want her name published, said she mailed it back "
        "with a note.",
        "a teenager in Lethbridge",
    ),
    (
        "Police were called when a driver from Prince George noticed the trailer "
        "swerving.\n\n"
        "This driver, who followed it for 20 kilometres, said he kept dispatchers "
        "on the line.",
        "a driver from Prince George",
    ),
    (
        "The puzzle was finally solved by accident when a cyclist in Thunder Bay "
        "read the old letter aloud.\n\n"
        "That cyclist told the Chronicle she recognized her grandmother’s handwriting.",
        "a cyclist in Thunder Bay",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _PLACED_INDEFINITES)
def test_a_definite_description_takes_a_placed_indefinite_one(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert rows
    assert all(name is not None and name.startswith(speaker) for _, name in rows), rows


_GROUPS_OF_POSSESSED_NAMES = [
    (
        "Organizers of Regina’s Prairie Lights Festival say the event drew record crowds.\n\n"
        "Organizers say they will apply for a provincial grant next year.",
        "Organizers of Regina’s Prairie Lights Festival",
    ),
    (
        "Neighbours of Kelowna’s Lakeview Arena say the noise goes on past midnight.\n\n"
        "Neighbours say the city ignored their complaints.",
        "Neighbours of Kelowna’s Lakeview Arena",
    ),
    (
        "Members of Saskatoon’s Riverbend Curling Club say the roof has leaked for years.\n\n"
        "Members say the city promised repairs in 2022.",
        "Members of Saskatoon’s Riverbend Curling Club",
    ),
    (
        "Parents of students at Moncton’s Harrowgate Elementary say buses are late "
        "every morning.\n\n"
        "Parents say they have written to the district twice.",
        "Parents of students at Moncton’s Harrowgate Elementary",
    ),
    (
        "Supporters of Winnipeg’s Osborne Street Library say the branch must stay open.\n\n"
        "Supporters say 2,000 people have signed a petition.",
        "Supporters of Winnipeg’s Osborne Street Library",
    ),
]


@pytest.mark.parametrize(("text", "group"), _GROUPS_OF_POSSESSED_NAMES)
def test_a_group_keeps_a_complement_with_a_possessor(
    all_said_by: SaidBy, text: str, group: str
) -> None:
    all_said_by(text, group)


_GROUPS_REPEATED_WITH_SAID = [
    (
        "Organizers of the Larchmere Folk Festival say attendance doubled this summer.\n\n"
        "Organizers said planning is already underway for next year.",
        "Organizers of the Larchmere Folk Festival",
    ),
    (
        "Parents of students at Glenholme School say the buses come late.\n\n"
        "Parents said they would meet the trustee on Monday.",
        "Parents of students at Glenholme School",
    ),
    (
        "Activists with the Greenbank Alliance say the marsh must be protected.\n\n"
        "Activists said they would camp at the site until the vote.",
        "Activists with the Greenbank Alliance",
    ),
    (
        "Organisers of the Fenwick Winter Market say vendors sold out by noon.\n\n"
        "Organisers said the market would return in February.",
        "Organisers of the Fenwick Winter Market",
    ),
    (
        "Organizers of the Copperfield Half Marathon say 3,000 runners took part.\n\n"
        "Organizers said the course would change next year.",
        "Organizers of the Copperfield Half Marathon",
    ),
]


@pytest.mark.parametrize(("text", "group"), _GROUPS_REPEATED_WITH_SAID)
def test_a_plural_of_people_before_said_is_no_name(
    all_said_by: SaidBy, text: str, group: str
) -> None:
    all_said_by(text, group)


_POSSESSED_ROLES_NAMED_LATER = [
    (
        "Kelderwick Foods Ltd. beat forecasts on Thursday, but the grocer’s chief executive "
        "warned that shoppers were still trading down.\n\n"
        "Revenue rose 3 per cent to $4.1 billion. Same-store sales climbed 2 per cent.\n\n"
        "Analysts had expected weaker results.\n\n"
        "“People are buying more in bulk,” chief executive Moira Tallant-Osei said on a call.",
        "Moira Tallant-Osei",
    ),
    (
        "Orvanne Pharma Inc. won approval for its migraine drug, and the drugmaker’s "
        "research chief said trials in children would start next year.\n\n"
        "The drug will cost about $600 a month. Insurers have not said whether they will "
        "cover it.\n\n"
        "“We have waited nine years for this,” research chief Anselm Verhoeven said.",
        "Anselm Verhoeven",
    ),
    (
        "The Halden Ravens lost their sixth straight game on Saturday, and the club’s "
        "head coach said changes were coming.\n\n"
        "The Ravens have scored just nine goals in those games. Attendance has fallen "
        "by a quarter.\n\n"
        "“Nobody’s job is safe, mine included,” head coach Lucinda Marrow said.",
        "Lucinda Marrow",
    ),
    (
        "Tessaly Outdoor Corp. is recalling 40,000 tents, and the retailer’s safety "
        "director said no injuries had been reported.\n\n"
        "The tents were sold between March and June. Customers can return them to any "
        "store.\n\n"
        "“The poles can snap in high wind,” safety director Idris Kalloway said.",
        "Idris Kalloway",
    ),
    (
        "Brackwater Mills Ltd. cut 200 jobs on Friday, and the miller’s board chair "
        "said the company had no other choice.\n\n"
        "Flour prices have fallen 30 per cent since January. Two mills will close.\n\n"
        "“This was the hardest decision we have made,” board chair Ottilie Mensah said.",
        "Ottilie Mensah",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _POSSESSED_ROLES_NAMED_LATER)
def test_a_role_of_a_described_institution_is_named_later(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)
