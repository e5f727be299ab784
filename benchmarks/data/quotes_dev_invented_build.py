# ruff: noqa: E501 (one article paragraph or quote per line)
"""Build ``quotes_dev_invented.jsonl``: invented news paragraphs annotated in the GGT shape.

Run from the repository root::

    python benchmarks/data/quotes_dev_invented_build.py

Every article below is invented (people, places, companies and events), written
in one of several house styles (wire, tabloid, business, sports, local news,
politics), with speakers introduced in varied ways: apposition before and after
the name, title and name, a description named in the next sentence, pronoun
chains across paragraphs, institutions and their spokespeople, ``said X, who
...``, quotations opening a paragraph that continue the previous speaker, two
speakers alternating, group speakers and possessives.  The last articles
report speech with verbs of many classes (warning, promise, denial, admission,
complaint, reply, manner of speaking), with and without ``that``, through
nouns (``her claim that``), the passive and ``according to``, and hold
sentences that report nothing (belief verbs, ``the said property``,
questions, headlines, captions, future announcements).  It is a development set, measured
beside GGT dev half A: rules may be developed on it, as on half A.

Each quote is written as ``(content, kind, speaker, cue, reference)``: the
content and, when present, the speaker and cue are exact substrings of the
article; content is found in order from the previous quote, the speaker and cue
are the occurrences nearest the content within its paragraph.  ``reference``
is the speaker's fullest name in the article (the description itself for
unnamed speakers and groups), as in GGT.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("quotes_dev_invented.jsonl")

Q = tuple[str, str, str | None, str | None, str]

ARTICLES: list[tuple[str, list[str], list[Q]]] = [
    (
        "wire",
        [
            "Finance Minister Chrystia Boland said on Tuesday that the federal deficit would shrink by a third next year, as Ottawa moved to rein in pandemic-era spending.",
            "“We are not going to balance the books on the backs of seniors,” Boland told reporters in Ottawa. “But every program will be reviewed.”",
            "Opposition finance critic Pierre Lachance called the plan a shell game and said families would pay more in hidden fees.",
            "“This is a budget written for bond traders,” he said, adding that his party would table amendments next week.",
            "The parliamentary budget officer, Yvette Girard, said in a report that the forecasts relied on optimistic growth assumptions.",
        ],
        [
            (
                "the federal deficit would shrink by a third next year",
                "indirect",
                "Chrystia Boland",
                "said",
                "Chrystia Boland",
            ),
            (
                "“We are not going to balance the books on the backs of seniors,”",
                "direct",
                "Boland",
                "told",
                "Chrystia Boland",
            ),
            ("“But every program will be reviewed.”", "direct", None, None, "Chrystia Boland"),
            (
                "families would pay more in hidden fees",
                "indirect",
                "Pierre Lachance",
                "said",
                "Pierre Lachance",
            ),
            (
                "“This is a budget written for bond traders,”",
                "direct",
                "he",
                "said",
                "Pierre Lachance",
            ),
            (
                "his party would table amendments next week",
                "indirect",
                "he",
                "adding",
                "Pierre Lachance",
            ),
            (
                "the forecasts relied on optimistic growth assumptions",
                "indirect",
                "Yvette Girard",
                "said",
                "Yvette Girard",
            ),
        ],
    ),
    (
        "tabloid",
        [
            "A heartbroken mum has told how her dog saved her toddler from a house fire in Swindon.",
            "Kerry Marsh, 31, said the family’s terrier, Biscuit, started barking at 3am and would not stop.",
            "“I thought he just wanted to go out,” the mother-of-two said. “Then I smelled the smoke.”",
            "Her partner, Dean Foster, 34, was working a night shift. “I owe that dog everything,” he said.",
            "“Biscuit is getting steak for a month,” Kerry added.",
            "Fire crews said the blaze was probably started by a faulty phone charger.",
        ],
        [
            (
                "the family’s terrier, Biscuit, started barking at 3am and would not stop",
                "indirect",
                "Kerry Marsh",
                "said",
                "Kerry Marsh",
            ),
            (
                "“I thought he just wanted to go out,”",
                "direct",
                "the mother-of-two",
                "said",
                "Kerry Marsh",
            ),
            ("“Then I smelled the smoke.”", "direct", None, None, "Kerry Marsh"),
            ("“I owe that dog everything,”", "direct", "he", "said", "Dean Foster"),
            ("“Biscuit is getting steak for a month,”", "direct", "Kerry", "added", "Kerry Marsh"),
            (
                "the blaze was probably started by a faulty phone charger",
                "indirect",
                "Fire crews",
                "said",
                "Fire crews",
            ),
        ],
    ),
    (
        "business",
        [
            "Shares of Northwind Logistics fell 8 per cent on Thursday after the company cut its full-year outlook.",
            "“Demand softened faster than we expected in the third quarter,” chief executive Anita Varga said on a call with analysts.",
            "Varga, who took the helm in March, said the company would cut about 400 jobs, mostly in its German warehouses.",
            "Chief financial officer Marcus Hale said margins should recover next year. “We have taken the pain early,” he said.",
            "Analysts at Brightline Securities said in a note that the cut was deeper than feared. “The market will want proof before it rewards this stock again,” wrote analyst Jun Park.",
            "A Northwind spokesperson said the company does not comment on share price movements.",
        ],
        [
            (
                "“Demand softened faster than we expected in the third quarter,”",
                "direct",
                "Anita Varga",
                "said",
                "Anita Varga",
            ),
            (
                "the company would cut about 400 jobs, mostly in its German warehouses",
                "indirect",
                "Varga",
                "said",
                "Anita Varga",
            ),
            ("margins should recover next year", "indirect", "Marcus Hale", "said", "Marcus Hale"),
            ("“We have taken the pain early,”", "direct", "he", "said", "Marcus Hale"),
            (
                "the cut was deeper than feared",
                "indirect",
                "Analysts at Brightline Securities",
                "said",
                "Analysts at Brightline Securities",
            ),
            (
                "“The market will want proof before it rewards this stock again,”",
                "direct",
                "Jun Park",
                "wrote",
                "Jun Park",
            ),
            (
                "the company does not comment on share price movements",
                "indirect",
                "A Northwind spokesperson",
                "said",
                "A Northwind spokesperson",
            ),
        ],
    ),
    (
        "sports",
        [
            "Mia Kowalczyk scored twice as the Halifax Tides beat the Moncton Surge 4-2 on Saturday night.",
            "“We finally played a full sixty minutes,” said Kowalczyk, who now has 11 goals this season. “That’s what we talked about all week.”",
            "Tides coach Ray Dunleavy was less effusive. He said his team still gave up too many chances on the penalty kill.",
            "“We can’t keep bailing ourselves out,” Dunleavy said.",
            "Surge captain Elena Brandt said her team lost its composure after the second goal. “We stopped doing the simple things,” she said.",
            "“She’s been our best player for two months,” Dunleavy said of Kowalczyk.",
        ],
        [
            (
                "“We finally played a full sixty minutes,”",
                "direct",
                "Kowalczyk",
                "said",
                "Mia Kowalczyk",
            ),
            ("“That’s what we talked about all week.”", "direct", None, None, "Mia Kowalczyk"),
            (
                "his team still gave up too many chances on the penalty kill",
                "indirect",
                "He",
                "said",
                "Ray Dunleavy",
            ),
            (
                "“We can’t keep bailing ourselves out,”",
                "direct",
                "Dunleavy",
                "said",
                "Ray Dunleavy",
            ),
            (
                "her team lost its composure after the second goal",
                "indirect",
                "Elena Brandt",
                "said",
                "Elena Brandt",
            ),
            ("“We stopped doing the simple things,”", "direct", "she", "said", "Elena Brandt"),
            (
                "“She’s been our best player for two months,”",
                "direct",
                "Dunleavy",
                "said",
                "Ray Dunleavy",
            ),
        ],
    ),
    (
        "local",
        [
            "Residents of the Fairview neighbourhood say a proposed gravel pit would ruin the area’s only walking trails.",
            "“My kids learned to ride their bikes on that trail,” said Gloria Mensah, who has lived on Birch Street for 22 years.",
            "Her neighbour, Tom Okafor, said the pit would bring dozens of trucks a day past the elementary school.",
            "The company behind the proposal, Rockbridge Aggregates, said in a statement that it would plant a buffer of trees and limit hauling to daytime hours.",
            "Coun. Sandra Whitfield, who represents the area, said she would ask council to delay the vote. “People deserve to see the traffic study first,” Whitfield said.",
        ],
        [
            (
                "a proposed gravel pit would ruin the area’s only walking trails",
                "indirect",
                "Residents of the Fairview neighbourhood",
                "say",
                "Residents of the Fairview neighbourhood",
            ),
            (
                "“My kids learned to ride their bikes on that trail,”",
                "direct",
                "Gloria Mensah",
                "said",
                "Gloria Mensah",
            ),
            (
                "the pit would bring dozens of trucks a day past the elementary school",
                "indirect",
                "Tom Okafor",
                "said",
                "Tom Okafor",
            ),
            (
                "it would plant a buffer of trees and limit hauling to daytime hours",
                "indirect",
                "Rockbridge Aggregates",
                "said",
                "Rockbridge Aggregates",
            ),
            (
                "she would ask council to delay the vote",
                "indirect",
                "Sandra Whitfield",
                "said",
                "Sandra Whitfield",
            ),
            (
                "“People deserve to see the traffic study first,”",
                "direct",
                "Whitfield",
                "said",
                "Sandra Whitfield",
            ),
        ],
    ),
    (
        "wire",
        [
            "The foreign ministers of Norway and Chile met in Oslo on Monday to discuss a joint fisheries agreement.",
            "“We share the same ocean problems, only on opposite ends of the map,” Norwegian Foreign Minister Ingrid Solheim said at a joint news conference.",
            "Her Chilean counterpart, Alberto Fuenzalida, said the deal would include shared satellite monitoring of trawlers.",
            "“Illegal fishing is a crime without borders,” he said.",
            "“And it needs answers without borders,” she replied.",
            "The two ministers said they expected to sign the agreement before the end of the year.",
        ],
        [
            (
                "“We share the same ocean problems, only on opposite ends of the map,”",
                "direct",
                "Ingrid Solheim",
                "said",
                "Ingrid Solheim",
            ),
            (
                "the deal would include shared satellite monitoring of trawlers",
                "indirect",
                "Alberto Fuenzalida",
                "said",
                "Alberto Fuenzalida",
            ),
            (
                "“Illegal fishing is a crime without borders,”",
                "direct",
                "he",
                "said",
                "Alberto Fuenzalida",
            ),
            (
                "“And it needs answers without borders,”",
                "direct",
                "she",
                "replied",
                "Ingrid Solheim",
            ),
            (
                "they expected to sign the agreement before the end of the year",
                "indirect",
                "The two ministers",
                "said",
                "The two ministers",
            ),
        ],
    ),
    (
        "business",
        [
            "Maple Basket Foods said on Wednesday it would freeze prices on 1,500 house-brand products until the end of January.",
            "The retailer said the freeze was a response to customer feedback, not political pressure.",
            "“We heard loud and clear that families are struggling,” company spokesperson Denise Arsenault said in an interview.",
            "Consumer advocate Leo Bertrand said the move was welcome but overdue. “A freeze is not a cut,” he said. “Prices went up 20 per cent in two years.”",
            "“We’ll keep reviewing our pricing every month,” Arsenault said.",
        ],
        [
            (
                "it would freeze prices on 1,500 house-brand products until the end of January",
                "indirect",
                "Maple Basket Foods",
                "said",
                "Maple Basket Foods",
            ),
            (
                "the freeze was a response to customer feedback, not political pressure",
                "indirect",
                "The retailer",
                "said",
                "Maple Basket Foods",
            ),
            (
                "“We heard loud and clear that families are struggling,”",
                "direct",
                "Denise Arsenault",
                "said",
                "Denise Arsenault",
            ),
            (
                "the move was welcome but overdue",
                "indirect",
                "Leo Bertrand",
                "said",
                "Leo Bertrand",
            ),
            ("“A freeze is not a cut,”", "direct", "he", "said", "Leo Bertrand"),
            ("“Prices went up 20 per cent in two years.”", "direct", None, None, "Leo Bertrand"),
            (
                "“We’ll keep reviewing our pricing every month,”",
                "direct",
                "Arsenault",
                "said",
                "Denise Arsenault",
            ),
        ],
    ),
    (
        "local",
        [
            "A 43-year-old Kelowna man has been charged with impaired driving after a crash that sent two cyclists to hospital, RCMP said Friday.",
            "Police said the driver’s vehicle crossed the centre line on Lakeshore Road shortly before 7 p.m.",
            "Const. Jasmine Rai said both cyclists were expected to recover. “They were very lucky,” Rai said. “Wear a helmet. It saved one of them.”",
            "The man’s lawyer, Gordon Pike, said his client would plead not guilty.",
        ],
        [
            (
                "A 43-year-old Kelowna man has been charged with impaired driving after a crash that sent two cyclists to hospital",
                "indirect",
                "RCMP",
                "said",
                "RCMP",
            ),
            (
                "the driver’s vehicle crossed the centre line on Lakeshore Road shortly before 7 p.m.",
                "indirect",
                "Police",
                "said",
                "Police",
            ),
            (
                "both cyclists were expected to recover",
                "indirect",
                "Jasmine Rai",
                "said",
                "Jasmine Rai",
            ),
            ("“They were very lucky,”", "direct", "Rai", "said", "Jasmine Rai"),
            ("“Wear a helmet. It saved one of them.”", "direct", None, None, "Jasmine Rai"),
            ("his client would plead not guilty", "indirect", "Gordon Pike", "said", "Gordon Pike"),
        ],
    ),
    (
        "feature",
        [
            "When Aiko Tanaka opened her bakery in 2009, the block was mostly boarded-up storefronts.",
            "“People told me I was crazy,” said Tanaka, who is now 52. “Maybe I was.”",
            "She said the first winter nearly broke her, with sales of less than $200 some days.",
            "Today the bakery employs 14 people. “I still come in at four every morning,” she said.",
            "Her son, Kenji Tanaka, who manages the shop’s catering business, said his mother has never taken a vacation.",
            "“She says she will retire when the oven does,” he said, laughing.",
        ],
        [
            ("“People told me I was crazy,”", "direct", "Tanaka", "said", "Aiko Tanaka"),
            ("“Maybe I was.”", "direct", None, None, "Aiko Tanaka"),
            (
                "the first winter nearly broke her, with sales of less than $200 some days",
                "indirect",
                "She",
                "said",
                "Aiko Tanaka",
            ),
            ("“I still come in at four every morning,”", "direct", "she", "said", "Aiko Tanaka"),
            (
                "his mother has never taken a vacation",
                "indirect",
                "Kenji Tanaka",
                "said",
                "Kenji Tanaka",
            ),
            (
                "“She says she will retire when the oven does,”",
                "direct",
                "he",
                "said",
                "Kenji Tanaka",
            ),
        ],
    ),
    (
        "sports",
        [
            "Midfielder Jonah Abara has signed a three-year extension with the Toronto Blue Herons, the team announced Tuesday.",
            "“Jonah is the heartbeat of this group,” general manager Carla Mendes said in a release.",
            "Abara, 26, said he never considered leaving. “This city took a chance on me,” he said.",
            "Mendes said the club would also add a designated player before the transfer window closes, with head coach Luis Ortega describing the roster as “one piece away.”",
        ],
        [
            (
                "Midfielder Jonah Abara has signed a three-year extension with the Toronto Blue Herons",
                "indirect",
                "the team",
                "announced",
                "Toronto Blue Herons",
            ),
            (
                "“Jonah is the heartbeat of this group,”",
                "direct",
                "Carla Mendes",
                "said",
                "Carla Mendes",
            ),
            ("he never considered leaving", "indirect", "Abara", "said", "Jonah Abara"),
            ("“This city took a chance on me,”", "direct", "he", "said", "Jonah Abara"),
            (
                "the club would also add a designated player before the transfer window closes",
                "indirect",
                "Mendes",
                "said",
                "Carla Mendes",
            ),
            (
                "the roster as “one piece away.”",
                "mixed",
                "Luis Ortega",
                "describing",
                "Luis Ortega",
            ),
        ],
    ),
    (
        "tabloid",
        [
            "Pop star Lana Reyes has split from her fiancé, actor Milo Grant, her publicist Tara Quinn confirmed on Sunday.",
            "“They remain close friends and ask for privacy at this difficult time,” Quinn said in a statement.",
            "Grant’s agent, Simon Adebayo, said the actor was “focusing on work” and would not comment further.",
            "Reyes, 29, told fans at a concert in Lisbon last month that she was “happier than ever.”",
        ],
        [
            (
                "Pop star Lana Reyes has split from her fiancé, actor Milo Grant",
                "indirect",
                "Tara Quinn",
                "confirmed",
                "Tara Quinn",
            ),
            (
                "“They remain close friends and ask for privacy at this difficult time,”",
                "direct",
                "Quinn",
                "said",
                "Tara Quinn",
            ),
            (
                "the actor was “focusing on work” and would not comment further",
                "mixed",
                "Simon Adebayo",
                "said",
                "Simon Adebayo",
            ),
            ("she was “happier than ever.”", "mixed", "Reyes", "told", "Lana Reyes"),
        ],
    ),
    (
        "wire",
        [
            "A senior United Nations official warned on Thursday that the drought in the Horn of Africa could push another two million people into hunger by spring.",
            "“We are running out of time and running out of money,” said Hanna Lindqvist, the deputy head of the World Food Programme’s emergency division.",
            "“The rains failed for a fifth season. Families have sold their livestock, and now they are selling their roofs.”",
            "Lindqvist said the agency had received less than a third of the $1.2 billion it requested in January.",
            "Kenya’s agriculture minister, Joseph Mwangi, said the government was distributing seed and water. “We will not let our people starve,” Mwangi said.",
        ],
        [
            (
                "the drought in the Horn of Africa could push another two million people into hunger by spring",
                "indirect",
                "A senior United Nations official",
                "warned",
                "Hanna Lindqvist",
            ),
            (
                "“We are running out of time and running out of money,”",
                "direct",
                "Hanna Lindqvist",
                "said",
                "Hanna Lindqvist",
            ),
            (
                "“The rains failed for a fifth season. Families have sold their livestock, and now they are selling their roofs.”",
                "direct",
                None,
                None,
                "Hanna Lindqvist",
            ),
            (
                "the agency had received less than a third of the $1.2 billion it requested in January",
                "indirect",
                "Lindqvist",
                "said",
                "Hanna Lindqvist",
            ),
            (
                "the government was distributing seed and water",
                "indirect",
                "Joseph Mwangi",
                "said",
                "Joseph Mwangi",
            ),
            ("“We will not let our people starve,”", "direct", "Mwangi", "said", "Joseph Mwangi"),
        ],
    ),
    (
        "local",
        [
            "The Riverside school board voted 5-2 on Monday night to close Elm Park Elementary at the end of the school year.",
            "Board chair Patricia Nguyen said the decision was “painful but necessary” given falling enrolment.",
            "Trustee Raymond Bell, one of the two who voted against, said the board had not consulted parents. “We owe these families better than a vote in June,” Bell said.",
            "Parents at the meeting said they would appeal to the province.",
            "“This school is the heart of the neighbourhood,” said Amira Haddad, whose two children attend Elm Park.",
        ],
        [
            (
                "the decision was “painful but necessary” given falling enrolment",
                "mixed",
                "Patricia Nguyen",
                "said",
                "Patricia Nguyen",
            ),
            (
                "the board had not consulted parents",
                "indirect",
                "Raymond Bell",
                "said",
                "Raymond Bell",
            ),
            (
                "“We owe these families better than a vote in June,”",
                "direct",
                "Bell",
                "said",
                "Raymond Bell",
            ),
            (
                "they would appeal to the province",
                "indirect",
                "Parents at the meeting",
                "said",
                "Parents at the meeting",
            ),
            (
                "“This school is the heart of the neighbourhood,”",
                "direct",
                "Amira Haddad",
                "said",
                "Amira Haddad",
            ),
        ],
    ),
    (
        "business",
        [
            "Central bank governor Elise Dumont said Wednesday that interest rates are likely to stay on hold until inflation is clearly heading back to 2 per cent.",
            "“We are not declaring victory,” Dumont told a news conference in Ottawa.",
            "Economists were split. Owen Petrakis, a senior economist at Harbourview Bank, said the first cut could come as soon as April.",
            "Others were more cautious. “The labour market is still too tight,” said Priya Raman, chief economist at Coastline Capital. She said she did not expect a cut before summer.",
        ],
        [
            (
                "interest rates are likely to stay on hold until inflation is clearly heading back to 2 per cent",
                "indirect",
                "Elise Dumont",
                "said",
                "Elise Dumont",
            ),
            ("“We are not declaring victory,”", "direct", "Dumont", "told", "Elise Dumont"),
            (
                "the first cut could come as soon as April",
                "indirect",
                "Owen Petrakis",
                "said",
                "Owen Petrakis",
            ),
            (
                "“The labour market is still too tight,”",
                "direct",
                "Priya Raman",
                "said",
                "Priya Raman",
            ),
            ("she did not expect a cut before summer", "indirect", "She", "said", "Priya Raman"),
        ],
    ),
    (
        "wire",
        [
            "Provincial police said Saturday they had recovered the body of a hiker missing for a week near Golden, British Columbia.",
            "The search was led by volunteers from Columbia Valley Search and Rescue. “Conditions were brutal, with whiteouts most afternoons,” said Dr. Anil Mehta, a physician who has volunteered with the group for 15 years and who coordinated the ground teams.",
            "“We never stopped believing we would bring her home.”",
            "The hiker’s sister, Fiona Gallagher, thanked the searchers in a statement. She said the family was “forever grateful” to the people who gave up their week.",
        ],
        [
            (
                "they had recovered the body of a hiker missing for a week near Golden, British Columbia",
                "indirect",
                "Provincial police",
                "said",
                "Provincial police",
            ),
            (
                "“Conditions were brutal, with whiteouts most afternoons,”",
                "direct",
                "Dr. Anil Mehta",
                "said",
                "Anil Mehta",
            ),
            (
                "“We never stopped believing we would bring her home.”",
                "direct",
                None,
                None,
                "Anil Mehta",
            ),
            (
                "the family was “forever grateful” to the people who gave up their week",
                "mixed",
                "She",
                "said",
                "Fiona Gallagher",
            ),
        ],
    ),
    (
        "sports",
        [
            "The Calgary Wranglers fired head coach Bruno Salvatore on Monday after a run of nine losses in eleven games, the club said in a statement.",
            "“This was not a decision we made lightly,” said general manager Owen Thibault, who hired Salvatore two years ago.",
            "Thibault said assistant coach Marie-Claude Ruel would take over for the rest of the season, making her the first woman to lead the franchise.",
            "“I have been preparing for this my whole career,” Ruel told reporters after practice. She said she would not change the team’s system overnight.",
            "Salvatore’s agent, Derek Lum, said his client was disappointed but proud of the young players he had developed.",
        ],
        [
            (
                "The Calgary Wranglers fired head coach Bruno Salvatore on Monday after a run of nine losses in eleven games",
                "indirect",
                "the club",
                "said",
                "Calgary Wranglers",
            ),
            (
                "“This was not a decision we made lightly,”",
                "direct",
                "Owen Thibault",
                "said",
                "Owen Thibault",
            ),
            (
                "assistant coach Marie-Claude Ruel would take over for the rest of the season, making her the first woman to lead the franchise",
                "indirect",
                "Thibault",
                "said",
                "Owen Thibault",
            ),
            (
                "“I have been preparing for this my whole career,”",
                "direct",
                "Ruel",
                "told",
                "Marie-Claude Ruel",
            ),
            (
                "she would not change the team’s system overnight",
                "indirect",
                "She",
                "said",
                "Marie-Claude Ruel",
            ),
            (
                "his client was disappointed but proud of the young players he had developed",
                "indirect",
                "Derek Lum",
                "said",
                "Derek Lum",
            ),
        ],
    ),
    (
        "local",
        [
            "The proposed bike lanes on Queen Street were described as “a safety necessity” by Coun. Naomi Feldman at Tuesday’s council meeting.",
            "Business owners on the street were less enthusiastic. Rafael Ortiz, who has run a hardware store there since 1998, told council that losing parking would drive his customers to the big-box stores on the highway.",
            "Feldman told Ortiz the city would add loading zones on every block. “Nobody is trying to put anyone out of business,” she said.",
            "“Then show us the numbers,” Ortiz replied.",
            "The city’s transportation director, Gwen Holloway, said a study of similar lanes in three other cities found retail sales rose after they opened.",
        ],
        [
            (
                "The proposed bike lanes on Queen Street were described as “a safety necessity”",
                "mixed",
                "Naomi Feldman",
                "by",
                "Naomi Feldman",
            ),
            (
                "losing parking would drive his customers to the big-box stores on the highway",
                "indirect",
                "Rafael Ortiz",
                "told",
                "Rafael Ortiz",
            ),
            (
                "the city would add loading zones on every block",
                "indirect",
                "Feldman",
                "told",
                "Naomi Feldman",
            ),
            (
                "“Nobody is trying to put anyone out of business,”",
                "direct",
                "she",
                "said",
                "Naomi Feldman",
            ),
            ("“Then show us the numbers,”", "direct", "Ortiz", "replied", "Rafael Ortiz"),
            (
                "a study of similar lanes in three other cities found retail sales rose after they opened",
                "indirect",
                "Gwen Holloway",
                "said",
                "Gwen Holloway",
            ),
        ],
    ),
    (
        "business",
        [
            "Ottawa-based software maker Quillfeather Inc. says it will move its headquarters to Montreal next year.",
            "In an email to employees, chief executive Siobhan Kearney wrote that the move would put the company closer to its largest customers. “Montreal is where our future is,” she wrote.",
            "The company’s founder, Gareth Pryce, who stepped down as CEO in 2021, called the decision “heartbreaking” in a post on LinkedIn.",
            "Pryce said he still owned about 12 per cent of the shares and would not oppose the move.",
            "Quillfeather employs about 600 people in Ottawa. The company said staff would be offered relocation packages or the option to work remotely.",
        ],
        [
            (
                "it will move its headquarters to Montreal next year",
                "indirect",
                "Quillfeather Inc.",
                "says",
                "Quillfeather Inc.",
            ),
            (
                "the move would put the company closer to its largest customers",
                "indirect",
                "Siobhan Kearney",
                "wrote",
                "Siobhan Kearney",
            ),
            ("“Montreal is where our future is,”", "direct", "she", "wrote", "Siobhan Kearney"),
            (
                "he still owned about 12 per cent of the shares and would not oppose the move",
                "indirect",
                "Pryce",
                "said",
                "Gareth Pryce",
            ),
            (
                "staff would be offered relocation packages or the option to work remotely",
                "indirect",
                "The company",
                "said",
                "Quillfeather Inc.",
            ),
        ],
    ),
    (
        "tabloid",
        [
            "Reality TV bad boy Jaxon Steele has finally broken his silence after being booted from the villa.",
            "The 27-year-old personal trainer from Essex told this paper he had been “stitched up” by the show’s editors.",
            "“They only showed the bits where I lost my temper,” he fumed. “Nobody saw me making breakfast for everyone every morning.”",
            "His ex, Chantelle Birch, 25, was having none of it. “He’s been like that since school,” she laughed.",
            "A spokesman for the show said: “All contestants are treated fairly and given full support.”",
        ],
        [
            (
                "he had been “stitched up” by the show’s editors",
                "mixed",
                "The 27-year-old personal trainer from Essex",
                "told",
                "Jaxon Steele",
            ),
            (
                "“They only showed the bits where I lost my temper,”",
                "direct",
                "he",
                "fumed",
                "Jaxon Steele",
            ),
            (
                "“Nobody saw me making breakfast for everyone every morning.”",
                "direct",
                None,
                None,
                "Jaxon Steele",
            ),
            ("“He’s been like that since school,”", "direct", "she", "laughed", "Chantelle Birch"),
            (
                "“All contestants are treated fairly and given full support.”",
                "direct",
                "A spokesman for the show",
                "said",
                "A spokesman for the show",
            ),
        ],
    ),
    (
        "wire",
        [
            "Health Minister Tomasz Wójcik and his Irish counterpart, Aoife Brennan, agreed on Friday to share data on drug shortages.",
            "“No country can solve this alone,” Brennan said after the meeting in Dublin.",
            "Wójcik said his ministry had identified 40 medicines at risk of shortage this winter. He said Poland would fund half of a joint stockpile.",
            "Pharmaceutical industry groups welcomed the agreement. The European Generic Medicines Association said in a statement that manufacturers needed “predictable demand, not emergency orders.”",
        ],
        [
            ("“No country can solve this alone,”", "direct", "Brennan", "said", "Aoife Brennan"),
            (
                "his ministry had identified 40 medicines at risk of shortage this winter",
                "indirect",
                "Wójcik",
                "said",
                "Tomasz Wójcik",
            ),
            (
                "Poland would fund half of a joint stockpile",
                "indirect",
                "He",
                "said",
                "Tomasz Wójcik",
            ),
            (
                "manufacturers needed “predictable demand, not emergency orders.”",
                "mixed",
                "The European Generic Medicines Association",
                "said",
                "The European Generic Medicines Association",
            ),
        ],
    ),
    (
        "local",
        [
            "A Saskatoon couple who lost their home to a flood say their insurer is refusing to pay.",
            "Darnell and Keisha Brooks say the company told them the damage was caused by groundwater, which their policy does not cover.",
            "“We paid our premiums for 19 years,” Keisha Brooks said, standing in what used to be the family’s basement.",
            "Her husband said the couple had hired a lawyer. “We’re not going away,” he said.",
            "The insurer, Prairie Mutual, said it could not comment on individual claims but that every decision could be appealed.",
        ],
        [
            (
                "their insurer is refusing to pay",
                "indirect",
                "A Saskatoon couple who lost their home to a flood",
                "say",
                "Darnell and Keisha Brooks",
            ),
            (
                "the company told them the damage was caused by groundwater, which their policy does not cover",
                "indirect",
                "Darnell and Keisha Brooks",
                "say",
                "Darnell and Keisha Brooks",
            ),
            (
                "“We paid our premiums for 19 years,”",
                "direct",
                "Keisha Brooks",
                "said",
                "Keisha Brooks",
            ),
            ("the couple had hired a lawyer", "indirect", "Her husband", "said", "Darnell Brooks"),
            ("“We’re not going away,”", "direct", "he", "said", "Darnell Brooks"),
            (
                "it could not comment on individual claims but that every decision could be appealed",
                "indirect",
                "Prairie Mutual",
                "said",
                "Prairie Mutual",
            ),
        ],
    ),
    (
        "business",
        [
            "Copper prices hit a two-year high on Monday as traders bet on stronger demand from China.",
            "“The market is pricing in a recovery that hasn’t shown up in the data yet,” said Lorna McAllister, head of commodities research at Eastgate Capital in London.",
            "“I’d be careful chasing this rally.”",
            "Her view is not shared by everyone. Vikram Desai, a portfolio manager at Saltmarsh Partners, said mine supply would stay tight for years. “There simply isn’t enough new copper coming,” Desai said.",
            "According to the International Copper Study Group, global refined output rose just 1 per cent last year.",
        ],
        [
            (
                "“The market is pricing in a recovery that hasn’t shown up in the data yet,”",
                "direct",
                "Lorna McAllister",
                "said",
                "Lorna McAllister",
            ),
            ("“I’d be careful chasing this rally.”", "direct", None, None, "Lorna McAllister"),
            (
                "mine supply would stay tight for years",
                "indirect",
                "Vikram Desai",
                "said",
                "Vikram Desai",
            ),
            (
                "“There simply isn’t enough new copper coming,”",
                "direct",
                "Desai",
                "said",
                "Vikram Desai",
            ),
            (
                "global refined output rose just 1 per cent last year",
                "indirect",
                "the International Copper Study Group",
                "According to",
                "International Copper Study Group",
            ),
        ],
    ),
    (
        "sports",
        [
            "Valencia midfielder Tomás Ferrer was sent off in the 38th minute of Sunday’s derby, and his manager did not hide his anger afterwards.",
            "“It was a yellow card at most,” the Spaniard’s coach, Hugo Almeida, told reporters. “The referee lost control of the game.”",
            "The Portuguese, who took charge in October, said his side would appeal the suspension.",
            "Ferrer apologised on social media. He wrote that he had let his teammates down.",
            "Referees’ body PGMO said in a statement that the decision was correct.",
        ],
        [
            ("“It was a yellow card at most,”", "direct", "Hugo Almeida", "told", "Hugo Almeida"),
            ("“The referee lost control of the game.”", "direct", None, None, "Hugo Almeida"),
            (
                "his side would appeal the suspension",
                "indirect",
                "The Portuguese",
                "said",
                "Hugo Almeida",
            ),
            ("he had let his teammates down", "indirect", "He", "wrote", "Tomás Ferrer"),
            ("the decision was correct", "indirect", "PGMO", "said", "PGMO"),
        ],
    ),
    (
        "local",
        [
            "Commuters who rely on the Route 9 bus say a plan to cut evening service will leave them stranded.",
            "“I finish my shift at 11,” said Beatriz Santos, a cleaner at the General Hospital. “After that there is no way home.”",
            "The transit commission’s chair, Coun. Derek Mah, said ridership after 8 p.m. had fallen by half since 2019.",
            "A report prepared by city staff recommends replacing the late buses with an on-demand shuttle. The report says the change would save $1.2 million a year.",
            "Santos isn’t convinced. “A shuttle you have to book a day ahead isn’t a bus,” she said.",
        ],
        [
            (
                "a plan to cut evening service will leave them stranded",
                "indirect",
                "Commuters who rely on the Route 9 bus",
                "say",
                "Commuters who rely on the Route 9 bus",
            ),
            ("“I finish my shift at 11,”", "direct", "Beatriz Santos", "said", "Beatriz Santos"),
            ("“After that there is no way home.”", "direct", None, None, "Beatriz Santos"),
            (
                "ridership after 8 p.m. had fallen by half since 2019",
                "indirect",
                "Derek Mah",
                "said",
                "Derek Mah",
            ),
            (
                "the change would save $1.2 million a year",
                "indirect",
                "The report",
                "says",
                "city staff",
            ),
            (
                "“A shuttle you have to book a day ahead isn’t a bus,”",
                "direct",
                "she",
                "said",
                "Beatriz Santos",
            ),
        ],
    ),
    (
        "wire",
        [
            "Two Canadian climbers who were stranded for three days on Mount Logan have been rescued, Parks Canada said Wednesday.",
            "The pair, Julien Roy and Mei Lin Zhao, were airlifted to Whitehorse on Tuesday evening.",
            "“We rationed our food and kept each other talking,” Zhao said in a phone interview. “Julien never stopped making jokes.”",
            "Roy said the storm arrived hours earlier than forecast. The couple said they would return to the mountain next year.",
            "A Parks Canada spokesperson said the rescue team waited two days for the weather to clear.",
        ],
        [
            (
                "Two Canadian climbers who were stranded for three days on Mount Logan have been rescued",
                "indirect",
                "Parks Canada",
                "said",
                "Parks Canada",
            ),
            (
                "“We rationed our food and kept each other talking,”",
                "direct",
                "Zhao",
                "said",
                "Mei Lin Zhao",
            ),
            ("“Julien never stopped making jokes.”", "direct", None, None, "Mei Lin Zhao"),
            (
                "the storm arrived hours earlier than forecast",
                "indirect",
                "Roy",
                "said",
                "Julien Roy",
            ),
            (
                "they would return to the mountain next year",
                "indirect",
                "The couple",
                "said",
                "Julien Roy and Mei Lin Zhao",
            ),
            (
                "the rescue team waited two days for the weather to clear",
                "indirect",
                "A Parks Canada spokesperson",
                "said",
                "A Parks Canada spokesperson",
            ),
        ],
    ),
    (
        "tabloid",
        [
            "A grandmother who won £2 million on a scratchcard says she will keep working at her local chip shop.",
            "Maureen Platt, 71, from Doncaster, bought the ticket on her way home from bingo.",
            "“I had to sit down on the kerb,” the great-grandmother of six said. “My hands were shaking that much.”",
            "Her son, Gary, 48, said the family had begged her to retire. “She won’t hear of it,” he laughed.",
            "Lottery operator Allwyn said it was the largest scratchcard win in Yorkshire this year.",
        ],
        [
            (
                "she will keep working at her local chip shop",
                "indirect",
                "A grandmother who won £2 million on a scratchcard",
                "says",
                "Maureen Platt",
            ),
            (
                "“I had to sit down on the kerb,”",
                "direct",
                "the great-grandmother of six",
                "said",
                "Maureen Platt",
            ),
            ("“My hands were shaking that much.”", "direct", None, None, "Maureen Platt"),
            ("the family had begged her to retire", "indirect", "Gary", "said", "Gary"),
            ("“She won’t hear of it,”", "direct", "he", "laughed", "Gary"),
            (
                "it was the largest scratchcard win in Yorkshire this year",
                "indirect",
                "Allwyn",
                "said",
                "Allwyn",
            ),
        ],
    ),
    (
        "business",
        [
            "Ottawa-based Kestrel Robotics has laid off a quarter of its staff, its co-founder confirmed on Thursday.",
            "“It’s the hardest thing I’ve ever had to do,” Nadia Osman wrote in a LinkedIn post. “These are people I hired myself.”",
            "Osman, who started the company in her garage in 2015, blamed a slump in orders from car makers.",
            "Industry analyst Pierre-Luc Gagnon of Northfield Research said smaller robotics firms were being squeezed by Asian rivals. “Kestrel won’t be the last,” he said.",
            "The Ontario Robotics Council said in a statement that it would lobby Queen’s Park for support.",
        ],
        [
            (
                "Ottawa-based Kestrel Robotics has laid off a quarter of its staff",
                "indirect",
                "its co-founder",
                "confirmed",
                "Nadia Osman",
            ),
            (
                "“It’s the hardest thing I’ve ever had to do,”",
                "direct",
                "Nadia Osman",
                "wrote",
                "Nadia Osman",
            ),
            ("“These are people I hired myself.”", "direct", None, None, "Nadia Osman"),
            (
                "smaller robotics firms were being squeezed by Asian rivals",
                "indirect",
                "Pierre-Luc Gagnon",
                "said",
                "Pierre-Luc Gagnon",
            ),
            ("“Kestrel won’t be the last,”", "direct", "he", "said", "Pierre-Luc Gagnon"),
            (
                "it would lobby Queen’s Park for support",
                "indirect",
                "The Ontario Robotics Council",
                "said",
                "The Ontario Robotics Council",
            ),
        ],
    ),
    (
        "sports",
        [
            "The Regina Rebels clinched a playoff spot with a 5-1 win over Moose Jaw on Friday.",
            "Rookie goaltender Ethan Whitebear made 31 saves. “The guys in front of me did all the work,” the 19-year-old said.",
            "Head coach Sandra Kowalchuk said the team had turned a corner since Christmas. “We’ve stopped beating ourselves,” she said.",
            "“Ethan has been unbelievable,” captain Luc Tremblay added. “He keeps us in every game.”",
            "The club said Whitebear would start again on Sunday in Brandon.",
        ],
        [
            (
                "“The guys in front of me did all the work,”",
                "direct",
                "the 19-year-old",
                "said",
                "Ethan Whitebear",
            ),
            (
                "the team had turned a corner since Christmas",
                "indirect",
                "Sandra Kowalchuk",
                "said",
                "Sandra Kowalchuk",
            ),
            ("“We’ve stopped beating ourselves,”", "direct", "she", "said", "Sandra Kowalchuk"),
            ("“Ethan has been unbelievable,”", "direct", "Luc Tremblay", "added", "Luc Tremblay"),
            ("“He keeps us in every game.”", "direct", None, None, "Luc Tremblay"),
            (
                "Whitebear would start again on Sunday in Brandon",
                "indirect",
                "The club",
                "said",
                "Regina Rebels",
            ),
        ],
    ),
    (
        "local",
        [
            "Bus drivers in Dunmore could walk off the job next week after members of the Transit Workers Council voted to reject the city’s latest offer.",
            "The union said 91 per cent of drivers had voted in favour of a strike mandate. “Our members have been without a contract for two years,” it said in a statement.",
            "Mayor Celia Osei said the city had bargained in good faith. “The offer on the table is fair,” she told reporters on Wednesday.",
            "The Dunmore Riders Alliance, which speaks for passengers, urged both sides to return to talks. The group said a strike would strand thousands of students and shift workers.",
            "“People who rely on the buses have no other way to get to work,” said Farah Lindqvist, who chairs the alliance.",
        ],
        [
            (
                "91 per cent of drivers had voted in favour of a strike mandate",
                "indirect",
                "The union",
                "said",
                "Transit Workers Council",
            ),
            (
                "“Our members have been without a contract for two years,”",
                "direct",
                "it",
                "said",
                "Transit Workers Council",
            ),
            (
                "the city had bargained in good faith",
                "indirect",
                "Celia Osei",
                "said",
                "Celia Osei",
            ),
            ("“The offer on the table is fair,”", "direct", "she", "told", "Celia Osei"),
            (
                "a strike would strand thousands of students and shift workers",
                "indirect",
                "The group",
                "said",
                "Dunmore Riders Alliance",
            ),
            (
                "“People who rely on the buses have no other way to get to work,”",
                "direct",
                "Farah Lindqvist",
                "said",
                "Farah Lindqvist",
            ),
        ],
    ),
    (
        "wire",
        [
            "The Kestrel Valley Heritage Foundation has bought the shuttered Albion textile mill and plans to turn it into a museum of local industry.",
            "The charity said it paid $2.4 million for the site, raised mostly from small donors. “This building is where the town was made,” the foundation’s director, Tomasz Rybak, said.",
            "Not everyone is pleased. The Albion Business Association had hoped to see the mill converted to shops and flats. The association said the museum would bring few jobs.",
        ],
        [
            (
                "it paid $2.4 million for the site, raised mostly from small donors",
                "indirect",
                "The charity",
                "said",
                "Kestrel Valley Heritage Foundation",
            ),
            (
                "“This building is where the town was made,”",
                "direct",
                "Tomasz Rybak",
                "said",
                "Tomasz Rybak",
            ),
            (
                "the museum would bring few jobs",
                "indirect",
                "The association",
                "said",
                "Albion Business Association",
            ),
        ],
    ),
    (
        "local",
        [
            "Owen and Carys Pryce have run the garage on Mill Road since 1985, and say a new bypass will cost them most of their passing trade.",
            "“Half our customers stop because they see the sign,” Carys Pryce said. Her husband said the couple had written to the county twice without a reply.",
            "“We are not asking for money,” he said. “We are asking for a sign at the junction.”",
        ],
        [
            (
                "“Half our customers stop because they see the sign,”",
                "direct",
                "Carys Pryce",
                "said",
                "Carys Pryce",
            ),
            (
                "the couple had written to the county twice without a reply",
                "indirect",
                "Her husband",
                "said",
                "Owen Pryce",
            ),
            ("“We are not asking for money,”", "direct", "he", "said", "Owen Pryce"),
            ("“We are asking for a sign at the junction.”", "direct", None, None, "Owen Pryce"),
        ],
    ),
    (
        "entertainment",
        [
            "Film star Maya Ortiz used her speech at the Harbourfront festival on Saturday to call for a tax credit for independent studios.",
            "The actress said three of the films she made this decade would not have been shot in Canada without public money. “We are losing crews to Georgia every month,” she said.",
            "Conservative MP Ian Dorsey, whose riding includes two studio lots, agreed. The MP said he would raise the credit with the finance committee next week.",
        ],
        [
            (
                "three of the films she made this decade would not have been shot in Canada without public money",
                "indirect",
                "The actress",
                "said",
                "Maya Ortiz",
            ),
            (
                "“We are losing crews to Georgia every month,”",
                "direct",
                "she",
                "said",
                "Maya Ortiz",
            ),
            (
                "he would raise the credit with the finance committee next week",
                "indirect",
                "The MP",
                "said",
                "Ian Dorsey",
            ),
        ],
    ),
    (
        "local",
        [
            "Plans for a gravel pit north of Elmvale drew more than 200 people to the township hall on Thursday night.",
            "Quarry Watch Elmvale, the group that collected 4,000 signatures against the pit, said the township had ignored its own water studies. The group said it would appeal any approval to the land tribunal.",
            "“We are not against jobs,” said Reeve Alma Drost. “But we will not trade our wells for them.”",
        ],
        [
            (
                "the township had ignored its own water studies",
                "indirect",
                "Quarry Watch Elmvale",
                "said",
                "Quarry Watch Elmvale",
            ),
            (
                "it would appeal any approval to the land tribunal",
                "indirect",
                "The group",
                "said",
                "Quarry Watch Elmvale",
            ),
            ("“We are not against jobs,”", "direct", "Alma Drost", "said", "Alma Drost"),
            ("“But we will not trade our wells for them.”", "direct", None, None, "Alma Drost"),
        ],
    ),
    (
        "local",
        [
            "Hugo and Ines Carvalho spent four years and most of their savings restoring the old grist mill on Cedar Creek.",
            "They said the township had promised to repave the road to the mill once the work was done, but no crew has come. “We kept our side of the deal,” Ines Carvalho said.",
        ],
        [
            (
                "the township had promised to repave the road to the mill once the work was done",
                "indirect",
                "They",
                "said",
                "Hugo and Ines Carvalho",
            ),
            ("“We kept our side of the deal,”", "direct", "Ines Carvalho", "said", "Ines Carvalho"),
        ],
    ),
    (
        "analysis",
        [
            "Analysts expect the Bank of Canada to hold its key rate at 4.5 per cent on Wednesday, and most economists think a cut is still months away.",
            "The central bank hopes that slower hiring will cool wage growth without tipping the economy into recession.",
            "Governor Elaine Moreau said last month that the bank was “prepared to wait” for clearer evidence of easing prices.",
            "A report from the Prairie Policy Institute found that rents in Winnipeg and Regina rose faster than wages for a fifth straight year.",
            "Its author, economist Daniel Osei, said rent controls would not solve a shortage of supply. “You cannot regulate your way out of a housing deficit,” he said.",
            "Critics fear the bank is moving too slowly, and some business groups want immediate relief for borrowers.",
            "The data shows that household debt has climbed to 182 per cent of disposable income.",
        ],
        [
            (
                "the bank was “prepared to wait” for clearer evidence of easing prices",
                "mixed",
                "Elaine Moreau",
                "said",
                "Elaine Moreau",
            ),
            (
                "rent controls would not solve a shortage of supply",
                "indirect",
                "Daniel Osei",
                "said",
                "Daniel Osei",
            ),
            (
                "“You cannot regulate your way out of a housing deficit,”",
                "direct",
                "he",
                "said",
                "Daniel Osei",
            ),
        ],
    ),
    (
        "tabloid",
        [
            "Love Island star Chloe Banner has hit back at online trolls after a week of abuse over her wedding.",
            "The 27-year-old told fans on Instagram that she had “never been happier” and begged them to leave her family alone.",
            "Pals fear the constant abuse is taking its toll. One friend said Chloe had barely left the house in a week.",
            "“She cries every night,” the source told The Sun. “It’s so unfair.”",
            "Chloe’s husband, footballer Ryan Doyle, 29, wants the couple to move abroad, and he thinks Spain would suit them.",
            "Her agent would not say whether the pair had bought a house there.",
        ],
        [
            (
                "she had “never been happier”",
                "mixed",
                "The 27-year-old",
                "told",
                "Chloe Banner",
            ),
            (
                "Chloe had barely left the house in a week",
                "indirect",
                "One friend",
                "said",
                "One friend",
            ),
            ("“She cries every night,”", "direct", "the source", "told", "One friend"),
            ("“It’s so unfair.”", "direct", None, None, "One friend"),
        ],
    ),
    (
        "sports",
        [
            "Asked whether his team could still reach the playoffs, Kingston coach Marc Dufresne said it was too early to tell.",
            "The Frontenacs have lost six straight and sit four points out of the final spot with 11 games left.",
            "“We’re not scoring, and when you don’t score you don’t win,” Dufresne said after Saturday’s 4-1 loss to Oshawa.",
            "Captain Josh Bellamy, who missed the game with a shoulder injury, hopes to return next week. The team expects him to be out at least until March, however.",
            "Oshawa goalie Tyler Greaves stopped 38 shots. He said the win meant a lot after a rough start to the season, adding that his teammates had “bailed him out” all year.",
            "The teams meet again on Friday in Kingston.",
        ],
        [
            ("it was too early to tell", "indirect", "Marc Dufresne", "said", "Marc Dufresne"),
            (
                "“We’re not scoring, and when you don’t score you don’t win,”",
                "direct",
                "Dufresne",
                "said",
                "Marc Dufresne",
            ),
            (
                "the win meant a lot after a rough start to the season",
                "indirect",
                "He",
                "said",
                "Tyler Greaves",
            ),
            (
                "his teammates had “bailed him out” all year",
                "mixed",
                "He",
                "adding",
                "Tyler Greaves",
            ),
        ],
    ),
    (
        "business",
        [
            "Harbourline Foods plans to close its bakery in Moncton by the end of the year, putting 140 jobs at risk.",
            "The company aims to move production to a new plant in Ontario, which it expects to open in the spring.",
            "In a statement, Harbourline said the decision followed a review of its Atlantic operations and was “not taken lightly.”",
            "Union president Gloria Saunders said workers learned of the closure from the news. She wants the province to step in.",
            "Premier Blaine Higgs did not comment on Thursday. His office said the government would meet the company next week.",
            "The plant’s closure shows that food manufacturers are consolidating, according to industry analyst Priya Raman.",
        ],
        [
            (
                "the decision followed a review of its Atlantic operations and was “not taken lightly.”",
                "mixed",
                "Harbourline",
                "said",
                "Harbourline Foods",
            ),
            (
                "workers learned of the closure from the news",
                "indirect",
                "Gloria Saunders",
                "said",
                "Gloria Saunders",
            ),
            (
                "the government would meet the company next week",
                "indirect",
                "His office",
                "said",
                "His office",
            ),
            (
                "The plant’s closure shows that food manufacturers are consolidating",
                "indirect",
                "Priya Raman",
                "according to",
                "Priya Raman",
            ),
        ],
    ),
    (
        "local",
        [
            "PHOTO: Volunteers fill sandbags along the Red River on Monday. (Dana Kim/The Herald)",
            "Residents along River Road are bracing for another spring flood, and many worry the dikes will not hold.",
            "City engineer Omar Haddad told council on Monday that crews had raised the dike by half a metre since last year.",
            "Councillors want the province to pay for a permanent wall. Coun. Beth Lorimer thinks the cost would be recovered within a decade.",
            "The provincial forecast predicts a crest on April 12, the Water Stewardship office said in a release.",
            "With files from The Canadian Press",
        ],
        [
            (
                "crews had raised the dike by half a metre since last year",
                "indirect",
                "Omar Haddad",
                "told",
                "Omar Haddad",
            ),
            (
                "The provincial forecast predicts a crest on April 12",
                "indirect",
                "the Water Stewardship office",
                "said",
                "the Water Stewardship office",
            ),
        ],
    ),
    (
        "opinion",
        [
            "Every government promises to fix health care. Few seem to know what that means.",
            "The province’s new plan aims to cut emergency-room waits by a third, and the minister hopes to hire 800 nurses by 2027.",
            "Those are worthy goals. But the plan shows that the government still believes money alone will solve the problem.",
            "Nurses I spoke with think otherwise. One emergency nurse in Halifax told me the staff shortage was a symptom, not the cause. “We are burning out because nothing changes,” she said.",
            "Doctors Nova Scotia argues that family practice is the real bottleneck. Its president, Dr. Kwame Asante, says half of the patients in his waiting room should never have needed an emergency department.",
            "I suspect he is right. Whether the minister is listening is another question.",
        ],
        [
            (
                "the staff shortage was a symptom, not the cause",
                "indirect",
                "One emergency nurse in Halifax",
                "told",
                "One emergency nurse in Halifax",
            ),
            (
                "“We are burning out because nothing changes,”",
                "direct",
                "she",
                "said",
                "One emergency nurse in Halifax",
            ),
            (
                "family practice is the real bottleneck",
                "indirect",
                "Doctors Nova Scotia",
                "argues",
                "Doctors Nova Scotia",
            ),
            (
                "half of the patients in his waiting room should never have needed an emergency department",
                "indirect",
                "Dr. Kwame Asante",
                "says",
                "Kwame Asante",
            ),
        ],
    ),
    (
        "wire",
        [
            "OTTAWA — The federal government will not extend the deadline for the carbon rebate, Environment Minister Farah Qureshi said Tuesday.",
            "Qureshi said about 2.1 million households had not yet applied, and she urged them to do so before the end of the month.",
            "The Conservatives want the rebate scrapped altogether. Their environment critic, Greg Lund, called the program a cash grab.",
            "Economists expect the rebate to cost Ottawa about $9 billion this year. The parliamentary budget officer estimated in March that most families receive more than they pay.",
            "Qureshi would not say whether the rebate would survive the next budget.",
        ],
        [
            (
                "The federal government will not extend the deadline for the carbon rebate",
                "indirect",
                "Farah Qureshi",
                "said",
                "Farah Qureshi",
            ),
            (
                "about 2.1 million households had not yet applied",
                "indirect",
                "Qureshi",
                "said",
                "Farah Qureshi",
            ),
            (
                "to do so before the end of the month",
                "indirect",
                "she",
                "urged",
                "Farah Qureshi",
            ),
            ("a cash grab", "indirect", "Greg Lund", "called", "Greg Lund"),
        ],
    ),
    (
        "interview",
        [
            "Novelist Irene Castellanos has spent a decade on her new book, a family saga set in Valparaíso. We spoke to her before her reading in Victoria.",
            "Q: Why did this book take so long?",
            "A: I kept throwing it away. Every draft felt like someone else had written it.",
            "Q: Do you think readers will see your own family in it?",
            "A: Some will. My mother certainly will, and I am not sure she will forgive me.",
            "Castellanos said she was already working on a shorter book, which she hopes to finish next year.",
            "This interview has been edited and condensed.",
        ],
        [
            (
                "she was already working on a shorter book, which she hopes to finish next year",
                "indirect",
                "Castellanos",
                "said",
                "Irene Castellanos",
            ),
        ],
    ),
    (
        "business",
        [
            "Key points from the quarter:",
            "• Revenue rose 12 per cent to $1.4 billion.",
            "• The company expects margins to improve in the second half.",
            "• Management wants to cut costs by $60 million.",
            "Chief executive Harold Ng told analysts on a conference call that the results were “a clear step forward,” but he cautioned that demand in Europe remained weak.",
            "Analysts at Fenwick Capital wrote in a note that the guidance looked conservative. Shares closed up 4 per cent.",
        ],
        [
            (
                "the results were “a clear step forward,”",
                "mixed",
                "Harold Ng",
                "told",
                "Harold Ng",
            ),
            (
                "demand in Europe remained weak",
                "indirect",
                "he",
                "cautioned",
                "Harold Ng",
            ),
            (
                "the guidance looked conservative",
                "indirect",
                "Analysts at Fenwick Capital",
                "wrote",
                "Analysts at Fenwick Capital",
            ),
        ],
    ),
    (
        "local",
        [
            "Should the town build a new arena or repair the old one? That question has divided Cobourg for two years.",
            "Mayor Linda Voss believes a new arena would pay for itself. A consultant’s study commissioned by the town estimated that repairs would cost $11 million.",
            "Hockey parents say the old rink is falling apart. “The roof leaks onto the ice,” said Tanya Rhodes, whose two sons play minor hockey.",
            "Coun. Ray Duchene, who opposes the new building, said the town could not afford another mortgage. He fears taxes would rise by 6 per cent.",
            "Council is expected to vote on the plan next Tuesday.",
        ],
        [
            (
                "the old rink is falling apart",
                "indirect",
                "Hockey parents",
                "say",
                "Hockey parents",
            ),
            ("“The roof leaks onto the ice,”", "direct", "Tanya Rhodes", "said", "Tanya Rhodes"),
            (
                "the town could not afford another mortgage",
                "indirect",
                "Ray Duchene",
                "said",
                "Ray Duchene",
            ),
        ],
    ),
    (
        "feature",
        [
            "When Amira Haddad opened her bakery in 2019, she thought it would last a year.",
            "Five years later, the line outside Sunflour on Gottingen Street starts before 7 a.m. She says the secret is simple: cardamom, and patience.",
            "Haddad, 41, learned to bake from her grandmother in Aleppo. She wants to open a second shop, and her brother hopes to run it.",
            "Regulars seem to agree she has found something special. “I drive 40 minutes for these buns,” said Paul Whitty, a retired teacher from Truro.",
            "Haddad said the hardest part was not the baking but the paperwork. She laughs when she remembers her first health inspection.",
        ],
        [
            (
                "the secret is simple: cardamom, and patience",
                "indirect",
                "She",
                "says",
                "Amira Haddad",
            ),
            (
                "“I drive 40 minutes for these buns,”",
                "direct",
                "Paul Whitty",
                "said",
                "Paul Whitty",
            ),
            (
                "the hardest part was not the baking but the paperwork",
                "indirect",
                "Haddad",
                "said",
                "Amira Haddad",
            ),
        ],
    ),
    (
        "wire",
        [
            "Prices will keep rising through the summer, the head of the country’s largest grocery chain warned on Thursday.",
            "Farmfield chief executive Louise Tremblay said drought in California and higher transport costs were to blame, and she denied that the chain was profiting from inflation.",
            "The grocer reported a profit of $412 million in the quarter, up 9 per cent from a year earlier.",
            "Consumer advocate Martin Ellery has long been a critic of the big chains. The grocers have used inflation as cover to widen their margins, he said.",
            "The Competition Bureau is expected to release its own study next month.",
        ],
        [
            (
                "Prices will keep rising through the summer",
                "indirect",
                "the head of the country’s largest grocery chain",
                "warned",
                "Louise Tremblay",
            ),
            (
                "drought in California and higher transport costs were to blame",
                "indirect",
                "Louise Tremblay",
                "said",
                "Louise Tremblay",
            ),
            (
                "the chain was profiting from inflation",
                "indirect",
                "she",
                "denied",
                "Louise Tremblay",
            ),
            (
                "The grocers have used inflation as cover to widen their margins",
                "indirect",
                "he",
                "said",
                "Martin Ellery",
            ),
        ],
    ),
    (
        "sports",
        [
            "Blue Jays fans hoping for a big trade before the deadline may be disappointed.",
            "General manager Colin Marsh told reporters on Monday that the club was “not going to mortgage the future” for a rental player.",
            "Marsh said the team had talked to several clubs about relief pitching. He would not say which players were involved.",
            "Manager Dave Ortiz thinks his bullpen is good enough as it is. “These guys have been lights-out for a month,” he said before Monday’s game.",
            "Toronto, 54-48, trails Baltimore by three games for the final wild-card spot.",
        ],
        [
            (
                "the club was “not going to mortgage the future” for a rental player",
                "mixed",
                "Colin Marsh",
                "told",
                "Colin Marsh",
            ),
            (
                "the team had talked to several clubs about relief pitching",
                "indirect",
                "Marsh",
                "said",
                "Colin Marsh",
            ),
            (
                "“These guys have been lights-out for a month,”",
                "direct",
                "he",
                "said",
                "Dave Ortiz",
            ),
        ],
    ),
    (
        "analysis",
        [
            "Why are young voters drifting away from the governing party? A new poll offers some clues.",
            "The survey, by Northbridge Research, shows that only 22 per cent of voters under 35 would back the Liberals, down from 38 per cent in 2021.",
            "Pollster Sandra Obi said housing costs were driving the shift. “Young people feel locked out, and they blame whoever is in power,” she said.",
            "Strategists in the party believe the numbers will improve once new housing starts come on stream. Others doubt it.",
            "The poll suggests the Conservatives have gained the most from the shift, although the NDP has also picked up support in cities.",
            "The prime minister’s office declined to comment on the poll.",
        ],
        [
            (
                "housing costs were driving the shift",
                "indirect",
                "Sandra Obi",
                "said",
                "Sandra Obi",
            ),
            (
                "“Young people feel locked out, and they blame whoever is in power,”",
                "direct",
                "she",
                "said",
                "Sandra Obi",
            ),
        ],
    ),
    (
        "tabloid",
        [
            "Cheeky seagull steals chips from pensioner — then comes back for the ketchup!",
            "Grandad Frank Tull, 78, was enjoying a seaside lunch in Brighton when the bird swooped.",
            "He said the gull grabbed a whole handful before he could react, and his wife thought it was hilarious.",
            "“I’ve been coming here since 1962 and I’ve never seen anything like it,” Frank said.",
            "Council bosses want visitors to stop feeding the birds. A spokesman said signs would go up along the seafront this summer.",
            "Video: Watch the moment the gull strikes",
        ],
        [
            (
                "the gull grabbed a whole handful before he could react, and his wife thought it was hilarious",
                "indirect",
                "He",
                "said",
                "Frank Tull",
            ),
            (
                "“I’ve been coming here since 1962 and I’ve never seen anything like it,”",
                "direct",
                "Frank",
                "said",
                "Frank Tull",
            ),
            (
                "signs would go up along the seafront this summer",
                "indirect",
                "A spokesman",
                "said",
                "A spokesman",
            ),
        ],
    ),
    (
        "local",
        [
            "Paramedics at the Lakeshore ambulance base refused overtime shifts on Wednesday, the third week of a dispute over missed meal breaks.",
            "They said dispatchers had kept crews on the road for fourteen hours without a pause. “Somebody is going to crash a truck,” they said.",
            "The regional health authority said it was hiring twelve more paramedics by spring.",
        ],
        [
            (
                "dispatchers had kept crews on the road for fourteen hours without a pause",
                "indirect",
                "They",
                "said",
                "Paramedics at the Lakeshore ambulance base",
            ),
            (
                "“Somebody is going to crash a truck,”",
                "direct",
                "they",
                "said",
                "Paramedics at the Lakeshore ambulance base",
            ),
            (
                "it was hiring twelve more paramedics by spring",
                "indirect",
                "The regional health authority",
                "said",
                "The regional health authority",
            ),
        ],
    ),
    (
        "wire",
        [
            "Tenants of the Birchwood Towers complex marched to city hall on Saturday with a petition signed by more than 400 households.",
            "“We have had no hot water since October,” they told councillors.",
            "Property manager Colette Rainier said a new boiler had been ordered in December.",
        ],
        [
            (
                "“We have had no hot water since October,”",
                "direct",
                "they",
                "told",
                "Tenants of the Birchwood Towers complex",
            ),
            (
                "a new boiler had been ordered in December",
                "indirect",
                "Colette Rainier",
                "said",
                "Colette Rainier",
            ),
        ],
    ),
    (
        "business",
        [
            "Dockworkers at the port of Saint-Aubin voted overwhelmingly on Monday to reject the employers' latest offer.",
            "“Four per cent over three years does not cover the rent,” said Omar Belhadj, who chairs the bargaining committee.",
            "Shipping lines have started diverting freight to other ports. They warned that the backlog could last into the new year.",
        ],
        [
            (
                "“Four per cent over three years does not cover the rent,”",
                "direct",
                "Omar Belhadj",
                "said",
                "Omar Belhadj",
            ),
            (
                "the backlog could last into the new year",
                "indirect",
                "They",
                "warned",
                "Shipping lines",
            ),
        ],
    ),
    (
        "sports",
        [
            "The two goalkeepers trained apart from the squad all week after a dispute with the coaching staff.",
            "They said the new training schedule left them no time to recover between matches.",
            "Head coach Anders Lindqvist dismissed the complaint. “Everybody trains the same hours,” he said.",
        ],
        [
            (
                "the new training schedule left them no time to recover between matches",
                "indirect",
                "They",
                "said",
                "The two goalkeepers",
            ),
            ("“Everybody trains the same hours,”", "direct", "he", "said", "Anders Lindqvist"),
        ],
    ),
    (
        "local",
        [
            "Beekeepers from across Halden County packed the community hall on Thursday night to oppose a plan to spray the marshes.",
            "“One season of this and our hives are finished.”",
            "County engineer Ruth Oduya said the spraying would only go ahead if mosquito counts rose again.",
        ],
        [
            (
                "“One season of this and our hives are finished.”",
                "direct",
                None,
                None,
                "Beekeepers from across Halden County",
            ),
            (
                "the spraying would only go ahead if mosquito counts rose again",
                "indirect",
                "Ruth Oduya",
                "said",
                "Ruth Oduya",
            ),
        ],
    ),
    (
        "wire",
        [
            "Transport Minister Helen Okafor warned on Wednesday that the rail strike could cost the economy $40 million a day if it dragged into next week.",
            "Union president Marc Delorme denied the walkout was illegal and insisted members had given the required notice.",
            "The railway, in a statement issued late Tuesday, said it had offered a 9 per cent raise over three years.",
            "Okafor said she would not rule out back-to-work legislation. Asked when, she replied that Parliament would sit on Monday.",
            "Analysts believe the dispute will be settled before the long weekend.",
        ],
        [
            (
                "the rail strike could cost the economy $40 million a day if it dragged into next week",
                "indirect",
                "Helen Okafor",
                "warned",
                "Helen Okafor",
            ),
            ("the walkout was illegal", "indirect", "Marc Delorme", "denied", "Marc Delorme"),
            (
                "members had given the required notice",
                "indirect",
                "Marc Delorme",
                "insisted",
                "Marc Delorme",
            ),
            (
                "it had offered a 9 per cent raise over three years",
                "indirect",
                "The railway",
                "said",
                "The railway",
            ),
            (
                "she would not rule out back-to-work legislation",
                "indirect",
                "Okafor",
                "said",
                "Helen Okafor",
            ),
            ("Parliament would sit on Monday", "indirect", "she", "replied", "Helen Okafor"),
        ],
    ),
    (
        "tabloid",
        [
            "Reality star Kayla Vance has slammed her former co-star, claiming he leaked their private messages to a magazine.",
            "The 29-year-old told fans on Instagram she was “heartbroken and furious” and that lawyers were now involved.",
            "A source close to the show insisted producers had known nothing about the messages.",
            "Her rep confirmed the pair had not spoken since the finale.",
            "Will she return for the next series? Fans will find out in the spring.",
        ],
        [
            (
                "he leaked their private messages to a magazine",
                "indirect",
                "Kayla Vance",
                "claiming",
                "Kayla Vance",
            ),
            (
                "she was “heartbroken and furious” and that lawyers were now involved",
                "mixed",
                "The 29-year-old",
                "told",
                "Kayla Vance",
            ),
            (
                "producers had known nothing about the messages",
                "indirect",
                "A source close to the show",
                "insisted",
                "A source close to the show",
            ),
            (
                "the pair had not spoken since the finale",
                "indirect",
                "Her rep",
                "confirmed",
                "Her rep",
            ),
        ],
    ),
    (
        "business",
        [
            "Shares of Norland Steel fell 6 per cent on Thursday after the company announced it would cut 1,200 jobs at its Hamilton works.",
            "Chief executive Arvind Mehta admitted the restructuring was “painful,” but said the plant had lost money for eleven straight quarters.",
            "Severance costs will reach $85 million, according to a regulatory filing.",
            "Analysts at Brookfield Securities said in a note to clients that the cuts were overdue.",
            "The company will announce its quarterly results on May 3.",
        ],
        [
            (
                "it would cut 1,200 jobs at its Hamilton works",
                "indirect",
                "the company",
                "announced",
                "Norland Steel",
            ),
            (
                "the restructuring was “painful,”",
                "mixed",
                "Arvind Mehta",
                "admitted",
                "Arvind Mehta",
            ),
            (
                "the plant had lost money for eleven straight quarters",
                "indirect",
                "Arvind Mehta",
                "said",
                "Arvind Mehta",
            ),
            (
                "Severance costs will reach $85 million",
                "indirect",
                "a regulatory filing",
                "according to",
                "a regulatory filing",
            ),
            (
                "the cuts were overdue",
                "indirect",
                "Analysts at Brookfield Securities",
                "said",
                "Analysts at Brookfield Securities",
            ),
        ],
    ),
    (
        "sports",
        [
            "Coach Tamsin Rowe conceded her side had been second best for most of the match, but she praised the late fightback.",
            "“We switched off at set pieces,” Rowe said. “That cannot happen at this level.”",
            "Striker Joel Ambrose, who scored twice, said the dressing room was “angry but not beaten.”",
            "The league confirmed on Sunday that the referee’s report would be reviewed.",
            "Ambrose is expected to start against Rovers on Saturday.",
        ],
        [
            (
                "her side had been second best for most of the match",
                "indirect",
                "Tamsin Rowe",
                "conceded",
                "Tamsin Rowe",
            ),
            ("“We switched off at set pieces,”", "direct", "Rowe", "said", "Tamsin Rowe"),
            ("“That cannot happen at this level.”", "direct", None, None, "Tamsin Rowe"),
            (
                "the dressing room was “angry but not beaten.”",
                "mixed",
                "Joel Ambrose",
                "said",
                "Joel Ambrose",
            ),
            (
                "the referee’s report would be reviewed",
                "indirect",
                "The league",
                "confirmed",
                "The league",
            ),
        ],
    ),
    (
        "local",
        [
            "Residents of Birch Hollow complained at Tuesday’s council meeting that the new speed bumps were damaging their cars.",
            "Coun. Ellen Marsh replied the bumps had cut speeds on the street by half.",
            "The town’s engineer, speaking after the meeting, said a review would be finished by the end of the month.",
            "It was also announced that the bumps on Birch Lane would be lowered.",
            "Marsh knows the street well: she has lived on it for thirty years.",
        ],
        [
            (
                "the new speed bumps were damaging their cars",
                "indirect",
                "Residents of Birch Hollow",
                "complained",
                "Residents of Birch Hollow",
            ),
            (
                "the bumps had cut speeds on the street by half",
                "indirect",
                "Ellen Marsh",
                "replied",
                "Ellen Marsh",
            ),
            (
                "a review would be finished by the end of the month",
                "indirect",
                "The town’s engineer",
                "said",
                "The town’s engineer",
            ),
            ("the bumps on Birch Lane would be lowered", "indirect", None, "announced", "council"),
        ],
    ),
    (
        "politics",
        [
            "Opposition Leader Grant Halloway accused the government of hiding the true cost of the hospital project, arguing that the budget had doubled since 2021.",
            "He dismissed Health Minister Sonia Brandt’s claim that the hospital would open on schedule.",
            "Brandt, in a statement, said the project remained on budget and that the opening date had not changed.",
            "The province’s auditor general will release her report on the project in June.",
            "Halloway promised his party would publish its own costing before the summer.",
        ],
        [
            (
                "the budget had doubled since 2021",
                "indirect",
                "Grant Halloway",
                "arguing",
                "Grant Halloway",
            ),
            (
                "the hospital would open on schedule",
                "indirect",
                "Sonia Brandt",
                "claim",
                "Sonia Brandt",
            ),
            (
                "the project remained on budget and that the opening date had not changed",
                "indirect",
                "Brandt",
                "said",
                "Sonia Brandt",
            ),
            (
                "his party would publish its own costing before the summer",
                "indirect",
                "Halloway",
                "promised",
                "Grant Halloway",
            ),
        ],
    ),
    (
        "wire",
        [
            "At least 14 people were killed when a landslide buried part of a village in the northern highlands, the Interior Ministry said on Friday.",
            "Rescue teams were still searching for survivors, a ministry spokesman told reporters, adding that heavy rain was hampering the work.",
            "The country’s weather service has warned more storms are likely over the weekend.",
            "Local media reported that dozens of homes had been destroyed.",
            "Landslides are common in the region during the rainy season.",
        ],
        [
            (
                "At least 14 people were killed when a landslide buried part of a village in the northern highlands",
                "indirect",
                "the Interior Ministry",
                "said",
                "the Interior Ministry",
            ),
            (
                "Rescue teams were still searching for survivors",
                "indirect",
                "a ministry spokesman",
                "told",
                "a ministry spokesman",
            ),
            (
                "heavy rain was hampering the work",
                "indirect",
                "a ministry spokesman",
                "adding",
                "a ministry spokesman",
            ),
            (
                "more storms are likely over the weekend",
                "indirect",
                "The country’s weather service",
                "warned",
                "The country’s weather service",
            ),
            (
                "dozens of homes had been destroyed",
                "indirect",
                "Local media",
                "reported",
                "Local media",
            ),
        ],
    ),
    (
        "business",
        [
            "Coastal Air will suspend flights between Halifax and Boston from March, the airline said in a statement on Monday.",
            "Demand on the route had fallen by a third since the pandemic, the statement said.",
            "Union representative Gail Forde said the decision had come “out of the blue” for the 60 staff based in Boston.",
            "The airline’s chief executive, Paul Rennick, would not say whether other routes were under review.",
        ],
        [
            (
                "Coastal Air will suspend flights between Halifax and Boston from March",
                "indirect",
                "the airline",
                "said",
                "Coastal Air",
            ),
            (
                "Demand on the route had fallen by a third since the pandemic",
                "indirect",
                "the statement",
                "said",
                "Coastal Air",
            ),
            (
                "the decision had come “out of the blue” for the 60 staff based in Boston",
                "mixed",
                "Gail Forde",
                "said",
                "Gail Forde",
            ),
        ],
    ),
    (
        "sports",
        [
            "Defending champion Lena Kovac pulled out of the Westbury Open on Tuesday, saying a wrist injury had not healed in time.",
            "Kovac’s coach, Daniel Petit, said she had been “in tears” when the scan came back.",
            "Tournament director Roy Hale lamented the loss of the star attraction but vowed ticket holders would get a refund if they asked.",
            "Kovac hopes to return for the grass season.",
        ],
        [
            (
                "a wrist injury had not healed in time",
                "indirect",
                "Lena Kovac",
                "saying",
                "Lena Kovac",
            ),
            (
                "she had been “in tears” when the scan came back",
                "mixed",
                "Daniel Petit",
                "said",
                "Daniel Petit",
            ),
            (
                "ticket holders would get a refund if they asked",
                "indirect",
                "Roy Hale",
                "vowed",
                "Roy Hale",
            ),
        ],
    ),
    (
        "local",
        [
            "A Fairview landlord has been fined $12,000 after a judge ruled that he had ignored repeated orders to repair a leaking roof.",
            "Records show the said property had been inspected three times since 2021.",
            "Tenant Maria Santos testified that water had poured through her ceiling for months.",
            "The landlord’s lawyer, Colin Ferris, argued his client had hired a contractor who never showed up.",
            "Ferris said outside court that his client would appeal.",
        ],
        [
            (
                "he had ignored repeated orders to repair a leaking roof",
                "indirect",
                "a judge",
                "ruled",
                "a judge",
            ),
            (
                "water had poured through her ceiling for months",
                "indirect",
                "Maria Santos",
                "testified",
                "Maria Santos",
            ),
            (
                "his client had hired a contractor who never showed up",
                "indirect",
                "Colin Ferris",
                "argued",
                "Colin Ferris",
            ),
            ("his client would appeal", "indirect", "Ferris", "said", "Colin Ferris"),
        ],
    ),
    (
        "tabloid",
        [
            "Pop singer Ricky Dalton has hit back at critics of his new album, insisting it is “the most honest thing I’ve ever made.”",
            "The star, 34, told a radio host that he had written most of the songs “in a dark place” after his divorce.",
            "His ex-wife, model Sienna Cole, is said to be furious about the lyrics.",
            "Dalton joked that the album was cheaper than therapy.",
        ],
        [
            (
                "it is “the most honest thing I’ve ever made.”",
                "mixed",
                "Ricky Dalton",
                "insisting",
                "Ricky Dalton",
            ),
            (
                "he had written most of the songs “in a dark place” after his divorce",
                "mixed",
                "The star",
                "told",
                "Ricky Dalton",
            ),
            ("the album was cheaper than therapy", "indirect", "Dalton", "joked", "Ricky Dalton"),
        ],
    ),
    (
        "politics",
        [
            "The governing coalition is on the brink of collapse, according to two senior officials familiar with the talks.",
            "According to the officials, the junior partner has demanded a new finance minister as the price of staying in government.",
            "Prime Minister Ilse Varga told parliament the coalition was “stronger than the rumours.”",
            "Her spokesman, Tomas Berg, stressed there were no plans for an early election.",
            "Will the coalition survive the budget vote?",
        ],
        [
            (
                "The governing coalition is on the brink of collapse",
                "indirect",
                "two senior officials familiar with the talks",
                "according to",
                "two senior officials familiar with the talks",
            ),
            (
                "the junior partner has demanded a new finance minister as the price of staying in government",
                "indirect",
                "the officials",
                "According to",
                "two senior officials familiar with the talks",
            ),
            (
                "the coalition was “stronger than the rumours.”",
                "mixed",
                "Ilse Varga",
                "told",
                "Ilse Varga",
            ),
            (
                "there were no plans for an early election",
                "indirect",
                "Tomas Berg",
                "stressed",
                "Tomas Berg",
            ),
        ],
    ),
    (
        "local",
        [
            "The school bus contract, trustees said Monday, will go back out to tender next month.",
            "Board chair Nadia Ruiz explained that the current operator had missed too many routes last winter.",
            "Parents have long complained that children were left waiting in the cold.",
            "The operator, Valley Coach Lines, declined to comment.",
            "In an email, a Valley Coach spokesperson said the company had been short of drivers.",
        ],
        [
            ("The school bus contract", "indirect", "trustees", "said", "trustees"),
            ("will go back out to tender next month", "indirect", "trustees", "said", "trustees"),
            (
                "the current operator had missed too many routes last winter",
                "indirect",
                "Nadia Ruiz",
                "explained",
                "Nadia Ruiz",
            ),
            (
                "children were left waiting in the cold",
                "indirect",
                "Parents",
                "complained",
                "Parents",
            ),
            (
                "the company had been short of drivers",
                "indirect",
                "a Valley Coach spokesperson",
                "said",
                "a Valley Coach spokesperson",
            ),
        ],
    ),
    (
        "business",
        [
            "Grocer FreshWay reported a 12 per cent drop in quarterly profit on Wednesday and warned that food inflation would squeeze margins for the rest of the year.",
            "Chief financial officer Lydia Chan told analysts on a conference call the company expected prices to stabilise by the autumn.",
            "Investors appeared unconvinced by Chan’s assurance that the dividend was safe, sending the shares down 4 per cent.",
            "The company is scheduled to announce its full-year results in February.",
        ],
        [
            (
                "food inflation would squeeze margins for the rest of the year",
                "indirect",
                "FreshWay",
                "warned",
                "FreshWay",
            ),
            (
                "the company expected prices to stabilise by the autumn",
                "indirect",
                "Lydia Chan",
                "told",
                "Lydia Chan",
            ),
            ("the dividend was safe", "indirect", "Chan", "assurance", "Lydia Chan"),
        ],
    ),
    (
        "sports",
        [
            "Asked whether he would waive his no-trade clause, Marcus Lindgren said he had not been approached by the team.",
            "General manager Bev Tolliver denied that any offers had been made for the veteran defenceman.",
            "“Marcus is part of our core,” Tolliver said.",
            "Teammates, Lindgren added, had been “nothing but supportive.”",
            "The trade deadline is March 3, and the team knows it needs help on defence.",
        ],
        [
            (
                "he had not been approached by the team",
                "indirect",
                "Marcus Lindgren",
                "said",
                "Marcus Lindgren",
            ),
            (
                "any offers had been made for the veteran defenceman",
                "indirect",
                "Bev Tolliver",
                "denied",
                "Bev Tolliver",
            ),
            ("“Marcus is part of our core,”", "direct", "Tolliver", "said", "Bev Tolliver"),
            (
                "Teammates, Lindgren added, had been “nothing but supportive.”",
                "mixed",
                "Lindgren",
                "added",
                "Marcus Lindgren",
            ),
        ],
    ),
    (
        "local",
        [
            "Storm knocks out power to 30,000",
            "More than 30,000 customers were without power Sunday morning after high winds toppled trees across the valley, Valley Power said.",
            "The utility cautioned that some customers might not be reconnected until Tuesday.",
            "Fire Chief Dale Moreno urged residents to stay away from downed lines and said crews had answered more than 200 calls overnight.",
            "A tree lies across Orchard Road in Millbrook on Sunday. (Jen Park/Valley Courier)",
        ],
        [
            (
                "More than 30,000 customers were without power Sunday morning after high winds toppled trees across the valley",
                "indirect",
                "Valley Power",
                "said",
                "Valley Power",
            ),
            (
                "some customers might not be reconnected until Tuesday",
                "indirect",
                "The utility",
                "cautioned",
                "Valley Power",
            ),
            ("to stay away from downed lines", "indirect", "Dale Moreno", "urged", "Dale Moreno"),
            (
                "crews had answered more than 200 calls overnight",
                "indirect",
                "Dale Moreno",
                "said",
                "Dale Moreno",
            ),
        ],
    ),
    (
        "politics",
        [
            "The federal government announced Thursday that it would raise the cap on skilled-worker visas by 20 per cent next year.",
            "Immigration Minister Kwame Asante said the change would help fill shortages in construction and health care.",
            "Business groups welcomed the move. The Chamber of Commerce said in a statement that the move was “long overdue.”",
            "Critics argued the cap should have been tied to housing supply.",
            "Asante will brief provincial ministers next week.",
        ],
        [
            (
                "it would raise the cap on skilled-worker visas by 20 per cent next year",
                "indirect",
                "The federal government",
                "announced",
                "The federal government",
            ),
            (
                "the change would help fill shortages in construction and health care",
                "indirect",
                "Kwame Asante",
                "said",
                "Kwame Asante",
            ),
            (
                "the move was “long overdue.”",
                "mixed",
                "The Chamber of Commerce",
                "said",
                "The Chamber of Commerce",
            ),
            (
                "the cap should have been tied to housing supply",
                "indirect",
                "Critics",
                "argued",
                "Critics",
            ),
        ],
    ),
    (
        "wire",
        [
            "Drugmaker Pellion said on Monday it had not hidden any data about side effects of its arthritis pill.",
            "A former researcher at the company, Dr. Ines Walther, has alleged that safety reports were edited before they reached regulators.",
            "The company acknowledged it had been slow to respond to her concerns.",
            "Regulators are reviewing the reports, a health agency spokeswoman said.",
            "Walther knew the pill had problems long before it was approved, her lawyer believes.",
        ],
        [
            (
                "it had not hidden any data about side effects of its arthritis pill",
                "indirect",
                "Pellion",
                "said",
                "Pellion",
            ),
            (
                "safety reports were edited before they reached regulators",
                "indirect",
                "Dr. Ines Walther",
                "alleged",
                "Ines Walther",
            ),
            (
                "it had been slow to respond to her concerns",
                "indirect",
                "The company",
                "acknowledged",
                "Pellion",
            ),
            (
                "Regulators are reviewing the reports",
                "indirect",
                "a health agency spokeswoman",
                "said",
                "a health agency spokeswoman",
            ),
        ],
    ),
    (
        "tabloid",
        [
            "Football ace Jordan Pike has confessed he nearly quit the game after being dropped by his boyhood club.",
            "The winger, 23, revealed he spent six months working in a warehouse and “hated every minute.”",
            "His mum Tracey said she never doubted he would make it back.",
            "Pike thinks he is playing the best football of his life.",
        ],
        [
            (
                "he nearly quit the game after being dropped by his boyhood club",
                "indirect",
                "Jordan Pike",
                "confessed",
                "Jordan Pike",
            ),
            (
                "he spent six months working in a warehouse and “hated every minute.”",
                "mixed",
                "The winger",
                "revealed",
                "Jordan Pike",
            ),
            (
                "she never doubted he would make it back",
                "indirect",
                "His mum Tracey",
                "said",
                "Tracey",
            ),
        ],
    ),
    (
        "local",
        [
            "Developers behind the Riverside Towers project told a public hearing Wednesday the buildings would include 120 affordable units.",
            "Neighbours were sceptical. Retired teacher Alan Brooke said the towers would “cast a shadow over the whole street” for most of the afternoon.",
            "Planning staff noted the site had been zoned for high-rise housing since 2015.",
            "Council is expected to vote on the application in May.",
        ],
        [
            (
                "the buildings would include 120 affordable units",
                "indirect",
                "Developers behind the Riverside Towers project",
                "told",
                "Developers behind the Riverside Towers project",
            ),
            (
                "the towers would “cast a shadow over the whole street” for most of the afternoon",
                "mixed",
                "Alan Brooke",
                "said",
                "Alan Brooke",
            ),
            (
                "the site had been zoned for high-rise housing since 2015",
                "indirect",
                "Planning staff",
                "noted",
                "Planning staff",
            ),
        ],
    ),
    (
        "business",
        [
            "Software maker Quillon said in a blog post on Tuesday that it would stop supporting older versions of its accounting app at the end of the year.",
            "Roughly 8,000 small businesses still use the older versions, the company estimates.",
            "Chief technology officer Renee Sato predicted most customers would switch before the deadline.",
            "Small-business owners complained on social media that the upgrade would cost them hundreds of dollars.",
            "Sato said the company would offer discounts, adding: “Nobody will be left behind.”",
        ],
        [
            (
                "it would stop supporting older versions of its accounting app at the end of the year",
                "indirect",
                "Quillon",
                "said",
                "Quillon",
            ),
            (
                "most customers would switch before the deadline",
                "indirect",
                "Renee Sato",
                "predicted",
                "Renee Sato",
            ),
            (
                "the upgrade would cost them hundreds of dollars",
                "indirect",
                "Small-business owners",
                "complained",
                "Small-business owners",
            ),
            ("the company would offer discounts", "indirect", "Sato", "said", "Renee Sato"),
            ("“Nobody will be left behind.”", "direct", "Sato", "adding", "Renee Sato"),
        ],
    ),
    (
        "politics",
        [
            "Mayor Victor Chen promised voters on Saturday that property taxes would not rise next year.",
            "Challenger Rita Okonjo scoffed at the mayor’s promise, saying the city faced a $30-million shortfall.",
            "Protesters outside city hall shouted that the mayor had broken his word before.",
            "Chen’s campaign manager, Lise Aubert, said the shortfall figure was “simply made up.”",
            "Should the council vote to raise taxes, the mayor would have to explain why.",
        ],
        [
            (
                "property taxes would not rise next year",
                "indirect",
                "Victor Chen",
                "promised",
                "Victor Chen",
            ),
            (
                "the city faced a $30-million shortfall",
                "indirect",
                "Rita Okonjo",
                "saying",
                "Rita Okonjo",
            ),
            (
                "the mayor had broken his word before",
                "indirect",
                "Protesters outside city hall",
                "shouted",
                "Protesters outside city hall",
            ),
            (
                "the shortfall figure was “simply made up.”",
                "mixed",
                "Lise Aubert",
                "said",
                "Lise Aubert",
            ),
        ],
    ),
    (
        "wire",
        [
            "The foreign ministry said in a statement that talks with its neighbour over the disputed islands would resume next month.",
            "State media quoted Deputy Foreign Minister Oleg Marin as saying both sides had shown “goodwill and patience.”",
            "Diplomats in the capital cautioned that a deal was still far off.",
            "The islands, which lie on a major shipping lane, are thought to hold large gas reserves.",
        ],
        [
            (
                "talks with its neighbour over the disputed islands would resume next month",
                "indirect",
                "The foreign ministry",
                "said",
                "The foreign ministry",
            ),
            (
                "both sides had shown “goodwill and patience.”",
                "mixed",
                "Oleg Marin",
                "saying",
                "Oleg Marin",
            ),
            (
                "a deal was still far off",
                "indirect",
                "Diplomats in the capital",
                "cautioned",
                "Diplomats in the capital",
            ),
        ],
    ),
    (
        "sports",
        [
            "Veteran forward Kasia Nowak will miss the rest of the season after tearing a knee ligament, the Harbour City Storm announced on Wednesday.",
            "Nowak, 31, wrote on social media that she was “gutted” but would be back next year.",
            "General manager Len Otieno called the injury “a massive blow” and said the club would look for a replacement before the deadline.",
            "Teammate Ruby Sharpe said the dressing room had taken the news hard. “She is the heart of this team,” Sharpe said.",
            "The Storm sit third in the table, two points behind the leaders.",
        ],
        [
            (
                "Veteran forward Kasia Nowak will miss the rest of the season after tearing a knee ligament",
                "indirect",
                "the Harbour City Storm",
                "announced",
                "the Harbour City Storm",
            ),
            (
                "she was “gutted” but would be back next year",
                "mixed",
                "Nowak",
                "wrote",
                "Kasia Nowak",
            ),
            (
                "the club would look for a replacement before the deadline",
                "indirect",
                "Len Otieno",
                "said",
                "Len Otieno",
            ),
            (
                "the dressing room had taken the news hard",
                "indirect",
                "Ruby Sharpe",
                "said",
                "Ruby Sharpe",
            ),
            ("“She is the heart of this team,”", "direct", "Sharpe", "said", "Ruby Sharpe"),
        ],
    ),
    (
        "local",
        [
            "A Dunmore family says their rent has nearly doubled since a numbered company bought their building last spring.",
            "Priya Desai, who has lived in the apartment for nine years, said the new owner told tenants the increases were needed to pay for renovations.",
            "The company did not respond to a request for comment by deadline.",
            "Tenant advocate Colm Reilly explained that landlords can raise rents without limit on units first occupied after 2018.",
            "Desai said she has started looking for a cheaper place but has found nothing within her budget.",
        ],
        [
            (
                "their rent has nearly doubled since a numbered company bought their building last spring",
                "indirect",
                "A Dunmore family",
                "says",
                "A Dunmore family",
            ),
            (
                "the new owner told tenants the increases were needed to pay for renovations",
                "indirect",
                "Priya Desai",
                "said",
                "Priya Desai",
            ),
            (
                "landlords can raise rents without limit on units first occupied after 2018",
                "indirect",
                "Colm Reilly",
                "explained",
                "Colm Reilly",
            ),
            (
                "she has started looking for a cheaper place but has found nothing within her budget",
                "indirect",
                "Desai",
                "said",
                "Priya Desai",
            ),
        ],
    ),
    (
        "politics",
        [
            "The premier’s office confirmed Friday that the legislature will return two weeks early to pass an emergency wildfire budget.",
            "Premier Aileen Strand told reporters in Kelvin the province could not wait until the fall sitting.",
            "Opposition House leader Darius Yeboah accused the government of “governing by press release” and demanded the full cost of the fire season be tabled.",
            "The finance minister has estimated the bill at more than $600 million.",
            "Strand stressed the money would go to firefighting and evacuee support first.",
        ],
        [
            (
                "the legislature will return two weeks early to pass an emergency wildfire budget",
                "indirect",
                "The premier’s office",
                "confirmed",
                "The premier’s office",
            ),
            (
                "the province could not wait until the fall sitting",
                "indirect",
                "Aileen Strand",
                "told",
                "Aileen Strand",
            ),
            (
                "the full cost of the fire season be tabled",
                "indirect",
                "Darius Yeboah",
                "demanded",
                "Darius Yeboah",
            ),
            (
                "the money would go to firefighting and evacuee support first",
                "indirect",
                "Strand",
                "stressed",
                "Aileen Strand",
            ),
        ],
    ),
    (
        "business",
        [
            "Lumen Motors has recalled 48,000 electric scooters after reports that their batteries can overheat while charging.",
            "The company said in a notice posted on its website that no injuries had been reported.",
            "Consumer groups have complained for months that the scooters were sold without proper safety testing, a claim the company rejects.",
            "“We acted as soon as we understood the risk,” Lumen spokesperson Aria Blom said.",
            "Owners are advised to stop charging the scooters until a free repair is done.",
        ],
        [
            ("no injuries had been reported", "indirect", "The company", "said", "Lumen Motors"),
            (
                "the scooters were sold without proper safety testing",
                "indirect",
                "Consumer groups",
                "complained",
                "Consumer groups",
            ),
            (
                "“We acted as soon as we understood the risk,”",
                "direct",
                "Aria Blom",
                "said",
                "Aria Blom",
            ),
        ],
    ),
    (
        "tabloid",
        [
            "TV chef Marco Bellini has denied he walked off the set of his cooking show after a row with producers.",
            "A crew member claimed Bellini threw a pan across the studio and “screamed like a toddler.”",
            "But the chef’s publicist said the story was “total fiction” and that Bellini had simply finished filming early.",
            "Bellini himself posted a photo of a plate of pasta with the words: “Still cooking.”",
        ],
        [
            (
                "he walked off the set of his cooking show after a row with producers",
                "indirect",
                "Marco Bellini",
                "denied",
                "Marco Bellini",
            ),
            (
                "Bellini threw a pan across the studio and “screamed like a toddler.”",
                "mixed",
                "A crew member",
                "claimed",
                "A crew member",
            ),
            (
                "the story was “total fiction” and that Bellini had simply finished filming early",
                "mixed",
                "the chef’s publicist",
                "said",
                "the chef’s publicist",
            ),
            ("“Still cooking.”", "direct", "Bellini", "posted", "Marco Bellini"),
        ],
    ),
    (
        "wire",
        [
            "Two aid workers kidnapped in the country’s north last month have been freed, their employer said on Sunday.",
            "The charity, Relief Bridge, said in a statement that both were in good health and would return home this week.",
            "It did not say whether a ransom had been paid.",
            "A government spokesman insisted no money had changed hands and credited “patient negotiation” by local elders.",
        ],
        [
            (
                "Two aid workers kidnapped in the country’s north last month have been freed",
                "indirect",
                "their employer",
                "said",
                "Relief Bridge",
            ),
            (
                "both were in good health and would return home this week",
                "indirect",
                "The charity",
                "said",
                "Relief Bridge",
            ),
            (
                "no money had changed hands",
                "indirect",
                "A government spokesman",
                "insisted",
                "A government spokesman",
            ),
        ],
    ),
    (
        "wire",
        [
            "Flooding in the river delta has forced 12,000 people from their homes, with officials warning that water levels would keep rising until the weekend.",
            "The regional governor, Tomasz Wilk, told state television the army had been asked to help build temporary dikes.",
            "Residents of Nowa Wola, one of the worst-hit towns, complained that warnings had come too late.",
            "Forecasters expect more rain on Thursday.",
        ],
        [
            (
                "water levels would keep rising until the weekend",
                "indirect",
                "officials",
                "warning",
                "officials",
            ),
            (
                "the army had been asked to help build temporary dikes",
                "indirect",
                "Tomasz Wilk",
                "told",
                "Tomasz Wilk",
            ),
            (
                "warnings had come too late",
                "indirect",
                "Residents of Nowa Wola",
                "complained",
                "Residents of Nowa Wola",
            ),
        ],
    ),
    (
        "business",
        [
            "Harbourline Bank has agreed to pay $30 million to settle claims that it charged customers fees for accounts they never opened.",
            "The bank admitted no wrongdoing but acknowledged its sales practices had “fallen short.”",
            "Regulator spokesperson Nina Hale said the settlement sent a clear message to the industry.",
            "Chief executive Owen Price, who took over last year, went on to say that every affected customer would be repaid by March.",
        ],
        [
            (
                "its sales practices had “fallen short.”",
                "mixed",
                "The bank",
                "acknowledged",
                "Harbourline Bank",
            ),
            (
                "the settlement sent a clear message to the industry",
                "indirect",
                "Nina Hale",
                "said",
                "Nina Hale",
            ),
            (
                "every affected customer would be repaid by March",
                "indirect",
                "Owen Price",
                "say",
                "Owen Price",
            ),
        ],
    ),
    (
        "sports",
        [
            "Midfielder Ola Brandt (pictured) insisted on Friday that she had never asked for a transfer.",
            "Reports in the Spanish press had claimed the 24-year-old wanted to leave in January.",
            "“I am happy here and I want to win the league,” Brandt told the club’s website.",
            "Manager Cecile Roux, asked about the rumours, said she had not even read them.",
        ],
        [
            (
                "she had never asked for a transfer",
                "indirect",
                "Ola Brandt",
                "insisted",
                "Ola Brandt",
            ),
            (
                "the 24-year-old wanted to leave in January",
                "indirect",
                "Reports in the Spanish press",
                "claimed",
                "Reports in the Spanish press",
            ),
            (
                "“I am happy here and I want to win the league,”",
                "direct",
                "Brandt",
                "told",
                "Ola Brandt",
            ),
            ("she had not even read them", "indirect", "Cecile Roux", "said", "Cecile Roux"),
        ],
    ),
    (
        "local",
        [
            "Library board chair Devon Marsh’s promise that no branch would close has been put to the test by a $400,000 budget cut.",
            "Marsh, speaking at Monday’s meeting, conceded that opening hours at two branches might have to be reduced.",
            "Patrons who packed the meeting argued that the branches were the only free indoor space in their neighbourhoods.",
            "The board will vote on the budget on April 12.",
        ],
        [
            ("no branch would close", "indirect", "Devon Marsh", "promise", "Devon Marsh"),
            (
                "opening hours at two branches might have to be reduced",
                "indirect",
                "Marsh",
                "conceded",
                "Devon Marsh",
            ),
            (
                "the branches were the only free indoor space in their neighbourhoods",
                "indirect",
                "Patrons who packed the meeting",
                "argued",
                "Patrons who packed the meeting",
            ),
        ],
    ),
    (
        "politics",
        [
            "If the senator says the bill is dead, it is dead, one aide joked.",
            "Senator Paula Grant, who chairs the finance committee, said on Wednesday the bill would get a vote before the recess.",
            "Her Republican colleagues have argued for weeks that the bill costs too much.",
            "Grant’s office did not say which amendments she would accept.",
        ],
        [
            (
                "If the senator says the bill is dead, it is dead",
                "indirect",
                "one aide",
                "joked",
                "one aide",
            ),
            (
                "the bill would get a vote before the recess",
                "indirect",
                "Paula Grant",
                "said",
                "Paula Grant",
            ),
            (
                "the bill costs too much",
                "indirect",
                "Her Republican colleagues",
                "argued",
                "Her Republican colleagues",
            ),
        ],
    ),
    (
        "wire",
        [
            "The central bank held its key rate at 4.5 per cent on Wednesday, saying inflation was easing more slowly than it had hoped.",
            "Governor Ingrid Solberg told a news conference that a cut this year was “not off the table” but would depend on wage growth.",
            "Economists at Nordbank had predicted a hold, noting that the housing market had cooled.",
            "Markets will watch the bank’s next report in June.",
        ],
        [
            (
                "inflation was easing more slowly than it had hoped",
                "indirect",
                "The central bank",
                "saying",
                "The central bank",
            ),
            (
                "a cut this year was “not off the table” but would depend on wage growth",
                "mixed",
                "Ingrid Solberg",
                "told",
                "Ingrid Solberg",
            ),
            (
                "the housing market had cooled",
                "indirect",
                "Economists at Nordbank",
                "noting",
                "Economists at Nordbank",
            ),
        ],
    ),
    (
        "local",
        [
            "A long-awaited crosswalk on Maple Avenue will finally be built this summer, the city’s transportation manager confirmed Tuesday.",
            "Parents at Maple Elementary have lobbied for the crossing since 2019, arguing that children had to dodge traffic to reach the school.",
            "“It should not have taken a near miss,” said parent council chair Lori Bennett.",
            "Coun. Sam Adeyemi admitted the project had been delayed by staffing shortages.",
        ],
        [
            (
                "A long-awaited crosswalk on Maple Avenue will finally be built this summer",
                "indirect",
                "the city’s transportation manager",
                "confirmed",
                "the city’s transportation manager",
            ),
            (
                "children had to dodge traffic to reach the school",
                "indirect",
                "Parents at Maple Elementary",
                "arguing",
                "Parents at Maple Elementary",
            ),
            (
                "“It should not have taken a near miss,”",
                "direct",
                "Lori Bennett",
                "said",
                "Lori Bennett",
            ),
            (
                "the project had been delayed by staffing shortages",
                "indirect",
                "Sam Adeyemi",
                "admitted",
                "Sam Adeyemi",
            ),
        ],
    ),
    (
        "tabloid",
        [
            "Soap star Dean Hollis has revealed he was secretly married last summer in a tiny ceremony on a Greek island.",
            "The 38-year-old told Hello! magazine that only six guests were invited and that his mum “cried through the whole thing.”",
            "Hollis, who plays villain Rex on the long-running show, said he and his wife wanted to keep the wedding private.",
            "Fans flooded social media with messages of congratulations.",
        ],
        [
            (
                "he was secretly married last summer in a tiny ceremony on a Greek island",
                "indirect",
                "Dean Hollis",
                "revealed",
                "Dean Hollis",
            ),
            (
                "only six guests were invited and that his mum “cried through the whole thing.”",
                "mixed",
                "The 38-year-old",
                "told",
                "Dean Hollis",
            ),
            (
                "he and his wife wanted to keep the wedding private",
                "indirect",
                "Hollis",
                "said",
                "Dean Hollis",
            ),
        ],
    ),
    (
        "politics",
        [
            "The health minister’s assurance that no emergency room would close this winter lasted less than a week.",
            "On Friday, the Riverbend hospital announced its emergency department would shut overnight from December 1.",
            "Minister Carla Jensen blamed a shortage of nurses and promised that the closure would be temporary.",
            "NDP health critic Raj Patel said the government had been warned about staffing for two years.",
        ],
        [
            (
                "no emergency room would close this winter",
                "indirect",
                "The health minister",
                "assurance",
                "Carla Jensen",
            ),
            (
                "its emergency department would shut overnight from December 1",
                "indirect",
                "the Riverbend hospital",
                "announced",
                "the Riverbend hospital",
            ),
            (
                "the closure would be temporary",
                "indirect",
                "Carla Jensen",
                "promised",
                "Carla Jensen",
            ),
            (
                "the government had been warned about staffing for two years",
                "indirect",
                "Raj Patel",
                "said",
                "Raj Patel",
            ),
        ],
    ),
    (
        "sports",
        [
            "The Halden Hawks fired head coach Brian Tully on Monday after a 2-9 start, with general manager Eva Lind saying the team needed “a fresh voice.”",
            "Tully, reached by phone, said he was disappointed but had no hard feelings.",
            "Assistant coach Marco Diaz will take over for the rest of the season.",
        ],
        [
            ("the team needed “a fresh voice.”", "mixed", "Eva Lind", "saying", "Eva Lind"),
            (
                "he was disappointed but had no hard feelings",
                "indirect",
                "Tully",
                "said",
                "Brian Tully",
            ),
        ],
    ),
]


def _nearest(paragraph: str, offset: int, needle: str, start: int, end: int) -> tuple[int, int]:
    """Return the occurrence of *needle* in *paragraph* nearest the span [start, end).

    An occurrence outside the span wins; a cue and speaker written inside the
    content they report (``The plan, she said, will fail.``) are the first
    occurrence inside it.
    """
    best: tuple[int, int] | None = None
    inside: int | None = None
    for found in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", paragraph):
        at = found.start()
        if not (start - offset <= at < end - offset):
            distance = min(abs(at - (end - offset)), abs(start - offset - at - len(needle)))
            if best is None or distance < best[0]:
                best = (distance, at)
        elif inside is None:
            inside = at
    if best is None and inside is not None:
        best = (0, inside)
    if best is None:
        raise ValueError(f"{needle!r} is not in the paragraph of its quote")
    return offset + best[1], offset + best[1] + len(needle)


def build() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for number, (style, paragraphs, quotes) in enumerate(ARTICLES, start=1):
        text = "\n\n".join(paragraphs)
        starts = [text.index(p) for p in paragraphs]
        cursor = 0
        out = []
        for content, kind, speaker, cue, reference in quotes:
            start = text.index(content, cursor)
            end = start + len(content)
            cursor = end
            k = max(i for i, s in enumerate(starts) if s <= start)
            para, offset = paragraphs[k], starts[k]
            item: dict[str, object] = {
                "start": start,
                "end": end,
                "text": content,
                "kind": kind,
                "speaker": None,
                "cue": None,
                "reference": reference,
                "floating": speaker is None,
            }
            if speaker is not None:
                s, e = _nearest(para, offset, speaker, start, end)
                item["speaker"] = {"start": s, "end": e, "text": speaker}
            if cue is not None:
                s, e = _nearest(para, offset, cue, start, end)
                item["cue"] = {"start": s, "end": e, "text": cue}
            out.append(item)
        records.append(
            {"id": f"invented-{number:02d}", "outlet": style, "text": text, "quotes": out}
        )
    return records


def main() -> None:
    with OUT.open("w", encoding="utf-8") as handle:
        for record in build():
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
