# ruff: noqa: E501 (one invented sentence per line)
"""Documents whose author a participle phrase or a described name gives, and short names.

Every sentence is invented.  A document set off with a participle phrase
whose agent follows ``by`` (``The report, prepared for the council by
Halden & Crowe Consulting,``) speaks for that agent, and so does the
pronoun that continues it; a document ``from`` an institution noun and the
name it introduces (``data from research firm Quillmark``) speaks for the
name; a company's name cut short (``Silver Loaf`` after ``Silver Loaf
Bakeries``), which a recogniser may take for a person's, is the company.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The report, prepared for the council by Halden & Crowe Consulting, describes the bridge deck as “badly corroded”.",
            "Halden & Crowe Consulting",
        ),
        (
            "WESTPORT — The audit, commissioned by the province and carried out by Lindqvist Partners, found that the hospital had overspent by $3 million, according to the audit.\n\nThe audit, carried out by Lindqvist Partners, says the overspending began in 2021.",
            "Lindqvist Partners",
        ),
        (
            "The study, prepared for the city by the Marrow Institute, describes rent rules as “badly out of date”.",
            "Marrow Institute",
        ),
        (
            "The review, published on Monday by Orrin Sports Integrity, says the club broke spending rules in three seasons.",
            "Orrin Sports Integrity",
        ),
        (
            "The survey, conducted in March by Pellam Research, says most voters want a new stadium built with private money.",
            "Pellam Research",
        ),
        (
            "The analysis, released Tuesday by Caddick Energy Advisors, says power prices will fall next winter.",
            "Caddick Energy Advisors",
        ),
        (
            "Officials met on Friday to discuss the findings.\n\nThe assessment, completed last month by Strand & Hale Engineering, says the dam needs urgent repairs.",
            "Strand & Hale Engineering",
        ),
        (
            "The memo, drafted by the Northvale Teachers Federation, says class sizes will grow by four pupils.",
            "Northvale Teachers Federation",
        ),
        (
            "The report, prepared for the ministry by Tarrow Analytics, describes the program as “poorly run”. It says two in five grants went to ineligible firms.",
            "Tarrow Analytics",
        ),
        (
            "The poll, carried out for the party by Brightwell Opinion, says the Greens have lost ground in the north. It says turnout may fall.",
            "Brightwell Opinion",
        ),
    ],
)
def test_a_document_speaks_for_the_agent_of_its_set_off_participle(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harlan Foods was valued at $400 million last year, according to data from market research firm Quillmark.",
            "Quillmark",
        ),
        (
            "Home sales fell 12 per cent in October, according to figures from real estate firm Corbett Lane.",
            "Corbett Lane",
        ),
        (
            "The club lost $14 million last season, according to estimates from sports consultancy firm Redline Analytics.",
            "Redline Analytics",
        ),
        (
            "Vacancy rates rose for a third quarter, according to a report from property firm Ashby Grant.",
            "Ashby Grant",
        ),
        (
            "The party raised more than its rivals combined, according to records from the election watchdog group Open Ledger.",
            "Open Ledger",
        ),
        (
            "Flights into the city were down a fifth, according to data from aviation analytics company Skyvane.",
            "Skyvane",
        ),
        (
            "The average wage in the region rose 4 per cent, according to figures from payroll company Tallis.",
            "Tallis",
        ),
        (
            "Three of the five biggest banks cut rates, according to a survey from consumer group Fair Money Watch.",
            "Fair Money Watch",
        ),
        (
            "The chain sold 2 million coffees in a week, according to data from retail tracking firm Pointer Metrics.",
            "Pointer Metrics",
        ),
        (
            "Turnout among young voters doubled, according to estimates from polling firm Keystone Insight.",
            "Keystone Insight",
        ),
    ],
)
def test_a_document_from_a_described_name_speaks_for_the_name(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "About 300 workers at Silver Loaf Bakeries went on strike on Monday.\n\nSilver Loaf, which makes rolls and buns, said it was “disappointed” by the walkout.",
            "Silver Loaf Bakeries",
        ),
        (
            "Drivers at Blue Heron Logistics voted to join a union.\n\nBlue Heron, which delivers parcels across the county, said it “respected the vote”.",
            "Blue Heron Logistics",
        ),
        (
            "Shares of Quiet Harbour Software fell 9 per cent on Thursday.\n\nQuiet Harbour said the fall reflected weaker sales in Europe.",
            "Quiet Harbour Software",
        ),
        (
            "Workers at Silver Birch Bakeries voted to strike.\n\nSilver Birch, which bakes bread for three provinces, said it was “surprised” by the vote.",
            "Silver Birch Bakeries",
        ),
        (
            "Drivers at Sandy Cove Logistics will get a raise.\n\nSandy Cove said the deal was “fair to everyone”.",
            "Sandy Cove Logistics",
        ),
        (
            "Grey Owl Breweries has bought a rival in Halifax.\n\nGrey Owl said the deal would double its output.",
            "Grey Owl Breweries",
        ),
        (
            "Cedar Meadow Pharmaceuticals has halted trials of its arthritis drug.\n\nCedar Meadow said two patients had fallen ill.",
            "Cedar Meadow Pharmaceuticals",
        ),
        (
            "Cedar Hollow Breweries will open a taproom in Moncton.\n\nCedar Hollow said 30 people would be hired.",
            "Cedar Hollow Breweries",
        ),
        (
            "Passengers of Tall Pine Airways were stranded in Regina.\n\nTall Pine, which flies to six cities, said it would pay for hotel rooms.",
            "Tall Pine Airways",
        ),
        (
            "Sales at Copper Kettle Restaurants rose 8 per cent last quarter.\n\nCopper Kettle said new stores in Ontario drove the growth.",
            "Copper Kettle Restaurants",
        ),
    ],
)
def test_a_company_name_cut_short_is_the_company(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Online tutor Brightleaf Learning Inc. has cut 300 jobs, according to a report by The Harbour Ledger.\n\nThe newspaper reported that staff were told on a video call.",
            "Harbour Ledger",
        ),
        (
            "Airline Skyreach Inc. will cut flights to Boston, according to a report by The Harbour Herald.\n\nThe newspaper said the cuts would start in May.",
            "Harbour Herald",
        ),
        (
            "Ministers will meet Castlegate Energy Ltd. about a fuel tax cut, according to a report by The Daily Sentinel.\n\nThe newspaper said the cut would cost £2 billion a year.",
            "Daily Sentinel",
        ),
        (
            "Retailer Pennywise Stores Inc. is looking for a buyer, according to a report by The Market Dispatch.\n\nThe newspaper said two private equity firms had made offers.",
            "Market Dispatch",
        ),
        (
            "Staff at Harrowgate Water Corp. were warned about the leak in 2019, according to a report by The Valley Echo.\n\nThe newspaper said it had seen emails sent to the chief executive.",
            "Valley Echo",
        ),
        (
            "Broadcaster Tellstar Media Group will drop its bid for the league's rights, according to a report by The Capital Standard.\n\nThe newspaper said the price had risen too far.",
            "Capital Standard",
        ),
        (
            "Mining group Orecrest Resources Inc. plans to close two pits, according to a report by The Prairie Press.\n\nThe newspaper said 400 jobs were at risk.",
            "Prairie Press",
        ),
        (
            "Insurer Hollis Mutual Ltd. will raise premiums, according to a report by The Morning Courier.\n\nThe newspaper said the rise would be 12 per cent.",
            "Morning Courier",
        ),
        (
            "Lender Grantfield Bank Ltd. has paused new mortgages, according to a report by The Coastal Observer.\n\nThe newspaper said the pause would last a month.",
            "Coastal Observer",
        ),
        (
            "Party donor Ashcombe Holdings Inc. gave £2 million last year, according to a report by The Weekly Tribune.\n\nThe newspaper said the gift was the largest on record.",
            "Weekly Tribune",
        ),
    ],
)
def test_the_newspaper_is_the_newspaper_the_article_cited(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1].endswith(speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "About 400 workers at Harlow Meats walked out on Monday.\n\nThe United Meat and Packing Workers, Local 212, said its members wanted a raise.\n\nNo talks are planned, the union said.",
            "United Meat and Packing Workers, Local 212",
        ),
        (
            "Cleaners at Northgate Mall went on strike.\n\nThe Service and Building Employees, Local 77, said the mall’s owner had refused to meet.\n\nThe strike will go on, the union said.",
            "Service and Building Employees, Local 77",
        ),
        (
            "Drivers at Pinecrest Transit rejected the offer.\n\nThe Amalgamated Bus and Rail Workers, Local 1450, said the vote was close.\n\nPickets will go up on Friday, the union said.",
            "Amalgamated Bus and Rail Workers, Local 1450",
        ),
        (
            "Nurses at Kestrel Valley Hospital voted to strike.\n\nThe Federation of Health and Care Workers, Local 9, said staffing was the main issue.\n\nA strike could begin next week, the union said.",
            "Federation of Health and Care Workers, Local 9",
        ),
        (
            "Players’ wages at Harbour City FC were paid late again.\n\nThe Stadium and Arena Workers, Local 44, said ground staff were also unpaid.\n\nThe club owes them two months, the union said.",
            "Stadium and Arena Workers, Local 44",
        ),
        (
            "The port of Westhaven was shut for a second day.\n\nThe Dock and Harbour Workers, Local 502, said talks with the port authority had failed.\n\nNo ships will be unloaded this week, the union said.",
            "Dock and Harbour Workers, Local 502",
        ),
        (
            "Teachers in Linden County stayed home on Thursday.\n\nThe Teachers and Education Workers, Local 31, said class sizes were too large.\n\nSchools will stay closed on Friday, the union said.",
            "Teachers and Education Workers, Local 31",
        ),
        (
            "Workers at the Brookfield paper mill were locked out.\n\nThe Paper and Forest Workers, Local 880, said the company wanted to cut pensions.\n\nThe lockout is illegal, the union said.",
            "Paper and Forest Workers, Local 880",
        ),
        (
            "City garbage collectors returned to work on Monday.\n\nThe Municipal and Public Employees, Local 16, said its members had approved a deal.\n\nThe deal runs for four years, the union said.",
            "Municipal and Public Employees, Local 16",
        ),
        (
            "Hotel staff in Lakeport walked out during the festival.\n\nThe Hotel and Restaurant Workers, Local 75, said its members earned too little to live in the city.\n\nThe walkout will last three days, the union said.",
            "Hotel and Restaurant Workers, Local 75",
        ),
    ],
)
def test_the_union_is_a_local_named_after_a_comma(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Fans of Kingsmead Athletic Football Club booed the team off after a 3-0 defeat.\n\nKingsmead’s board said it “shared the anger” of supporters.",
            "Kingsmead Athletic Football Club",
        ),
        (
            "Harlow Rovers have sacked their manager after eight straight defeats.\n\nIn a statement, Harlow’s board said the decision had been “painful but necessary”.",
            "Harlow Rovers",
        ),
        (
            "The Ashdown Museum of Art will close two galleries to save money.\n\nAshdown’s trustees said the cuts were the only way to keep the museum open.",
            "Ashdown Museum of Art",
        ),
        (
            "Pupils at Greyfield Academy will wear a new uniform from September.\n\nGreyfield’s governors said parents had asked for a cheaper one.",
            "Greyfield Academy",
        ),
        (
            "Shares in Tolland Mining fell after a warning on profits.\n\nTolland’s board said the company would cut its dividend.",
            "Tolland Mining",
        ),
        (
            "Norbury Hospital Trust has missed its waiting-time targets again.\n\nNorbury’s board said more beds would open in the spring.",
            "Norbury Hospital Trust",
        ),
        (
            "Westcliff Rugby Club has been fined for breaching the salary cap.\n\nWestcliff’s board said it would appeal.",
            "Westcliff Rugby Club",
        ),
        (
            "The Calder Valley Housing Association plans to sell 200 homes.\n\nCalder Valley’s board said the money would pay for repairs.",
            "Calder Valley Housing Association",
        ),
        (
            "Brennock Theatre Company has cancelled its winter season.\n\nBrennock’s board said ticket sales had not recovered.",
            "Brennock Theatre Company",
        ),
        (
            "Members of Eastmoor Golf Club voted against the merger.\n\nEastmoor’s board said it would respect the vote.",
            "Eastmoor Golf Club",
        ),
    ],
)
def test_the_board_of_a_named_institution_speaks_for_it(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]
