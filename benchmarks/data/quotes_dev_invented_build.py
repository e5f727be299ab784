# ruff: noqa: E501 (one article paragraph or quote per line)
"""Build ``quotes_dev_invented.jsonl``: invented news paragraphs annotated in the GGT shape.

Run from the repository root::

    python benchmarks/data/quotes_dev_invented_build.py

Every article below is invented (people, places, companies and events), written
in one of several house styles (wire, tabloid, business, sports, local news),
with speakers introduced in varied ways: apposition before and after the name,
title and name, a description named in the next sentence, pronoun chains across
paragraphs, institutions and their spokespeople, ``said X, who ...``,
quotations opening a paragraph that continue the previous speaker, two speakers
alternating, group speakers and possessives.  It is a development set, measured
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
            "Adrian Kowalczyk, the province’s health minister, toured St. Brendan’s Hospital in Moncton on Monday as emergency wait times reached a record.",
            "Nurse Paula Grant, who has worked in the emergency department for 22 years, said staff were exhausted.",
            "The minister said the new wing would open in the fall.",
            "“We know the pressure the staff are under,” the minister told reporters.",
            "The opposition health critic, Jean-Luc Arsenault, said the promise came too late.",
        ],
        [
            ("staff were exhausted", "indirect", "Paula Grant", "said", "Paula Grant"),
            (
                "the new wing would open in the fall",
                "indirect",
                "The minister",
                "said",
                "Adrian Kowalczyk",
            ),
            (
                "“We know the pressure the staff are under,”",
                "direct",
                "the minister",
                "told",
                "Adrian Kowalczyk",
            ),
            (
                "the promise came too late",
                "indirect",
                "Jean-Luc Arsenault",
                "said",
                "Jean-Luc Arsenault",
            ),
        ],
    ),
    (
        "business",
        [
            "Dana Ferris is the chief executive of Larchmont Foods, the country’s third-largest bakery chain.",
            "Larchmont reported a loss of $18 million for the quarter on Tuesday, its first in a decade.",
            "Analyst Tom Beck of Corvid Securities said the loss was worse than expected. “The wheat contracts hurt them badly,” Beck said.",
            "The chief executive said the company would close two plants in Manitoba.",
            "The company said about 300 workers would be affected.",
        ],
        [
            ("the loss was worse than expected", "indirect", "Tom Beck", "said", "Tom Beck"),
            ("“The wheat contracts hurt them badly,”", "direct", "Beck", "said", "Tom Beck"),
            (
                "the company would close two plants in Manitoba",
                "indirect",
                "The chief executive",
                "said",
                "Dana Ferris",
            ),
            (
                "about 300 workers would be affected",
                "indirect",
                "The company",
                "said",
                "Larchmont Foods",
            ),
        ],
    ),
    (
        "business",
        [
            "The Bank of Halifax raised its prime lending rate on Wednesday, a day after the central bank’s decision.",
            "Economist Jill Marr of Westcove Capital said more increases were likely before the end of the year.",
            "The bank said borrowers with variable-rate mortgages would see higher payments next month.",
            "A spokesperson for the bank, Owen Tait, said customers could lock in their rates without a fee.",
        ],
        [
            (
                "more increases were likely before the end of the year",
                "indirect",
                "Jill Marr",
                "said",
                "Jill Marr",
            ),
            (
                "borrowers with variable-rate mortgages would see higher payments next month",
                "indirect",
                "The bank",
                "said",
                "Bank of Halifax",
            ),
            (
                "customers could lock in their rates without a fee",
                "indirect",
                "Owen Tait",
                "said",
                "Owen Tait",
            ),
        ],
    ),
    (
        "local",
        [
            "Grace Ndlovu founded the Northside Food Collective in a church basement in 2015. Today the charity feeds 900 families a week from a warehouse on Dufferin Road.",
            "City councillor Paul Quigley visited on Saturday and said the collective was a lifeline for the neighbourhood.",
            "The founder said demand had doubled since the spring. “We have never turned anyone away, and we are not going to start now,” she said.",
            "The charity said it needed 50 more volunteers for the holidays.",
        ],
        [
            (
                "the collective was a lifeline for the neighbourhood",
                "indirect",
                "Paul Quigley",
                "said",
                "Paul Quigley",
            ),
            (
                "demand had doubled since the spring",
                "indirect",
                "The founder",
                "said",
                "Grace Ndlovu",
            ),
            (
                "“We have never turned anyone away, and we are not going to start now,”",
                "direct",
                "she",
                "said",
                "Grace Ndlovu",
            ),
            (
                "it needed 50 more volunteers for the holidays",
                "indirect",
                "The charity",
                "said",
                "Northside Food Collective",
            ),
        ],
    ),
    (
        "sports",
        [
            "The Halifax Mooseheads fired head coach Ray Dunleavy on Sunday after a run of nine straight losses.",
            "Forward Luca Bernier, who scored twice in Saturday’s loss to Moncton, said the players had let the coach down.",
            "General manager Sandra Pike will run practices until a replacement is found. The general manager said the search would take about two weeks.",
            "Dunleavy, 58, was in his third season. The veteran coach said he had no regrets. “I gave this group everything I had,” he said.",
        ],
        [
            (
                "the players had let the coach down",
                "indirect",
                "Luca Bernier",
                "said",
                "Luca Bernier",
            ),
            (
                "the search would take about two weeks",
                "indirect",
                "The general manager",
                "said",
                "Sandra Pike",
            ),
            ("he had no regrets", "indirect", "The veteran coach", "said", "Ray Dunleavy"),
            ("“I gave this group everything I had,”", "direct", "he", "said", "Ray Dunleavy"),
        ],
    ),
    (
        "tabloid",
        [
            "A mum of two has won £2 million on a scratch card she almost threw away.",
            "Kerry Hobbs, 34, from Swindon, bought the card at a petrol station on her way home from a night shift.",
            "Shop owner Raj Patel said he had never sold a winning ticket before.",
            "The 34-year-old said she would pay off her mother’s mortgage first. “I had to sit down on the kitchen floor,” the delighted mum added.",
        ],
        [
            (
                "he had never sold a winning ticket before",
                "indirect",
                "Raj Patel",
                "said",
                "Raj Patel",
            ),
            (
                "she would pay off her mother’s mortgage first",
                "indirect",
                "The 34-year-old",
                "said",
                "Kerry Hobbs",
            ),
            (
                "“I had to sit down on the kitchen floor,”",
                "direct",
                "the delighted mum",
                "added",
                "Kerry Hobbs",
            ),
        ],
    ),
    (
        "wire",
        [
            "Officials in Kelowna ordered the evacuation of 2,000 homes on Thursday as a wildfire jumped Highway 97.",
            "A fire information officer said the blaze had grown to 4,000 hectares overnight.",
            "Residents of the Glenmore area said they were given less than an hour to leave.",
            "“We grabbed the dog and the photo albums and that was it,” one resident said.",
        ],
        [
            (
                "the blaze had grown to 4,000 hectares overnight",
                "indirect",
                "A fire information officer",
                "said",
                "A fire information officer",
            ),
            (
                "they were given less than an hour to leave",
                "indirect",
                "Residents of the Glenmore area",
                "said",
                "Residents of the Glenmore area",
            ),
            (
                "“We grabbed the dog and the photo albums and that was it,”",
                "direct",
                "one resident",
                "said",
                "one resident",
            ),
        ],
    ),
    (
        "local",
        [
            "Residents of Birch Cove have complained for months about dust from a gravel pit run by Tillman Aggregates.",
            "The Nova Scotia Department of Environment inspected the pit in March and found no violations.",
            "The company said it would install new sprinklers by July.",
            "Environment department spokesperson Marie Boudreau said inspectors would return in the summer.",
        ],
        [
            (
                "it would install new sprinklers by July",
                "indirect",
                "The company",
                "said",
                "Tillman Aggregates",
            ),
            (
                "inspectors would return in the summer",
                "indirect",
                "Marie Boudreau",
                "said",
                "Marie Boudreau",
            ),
        ],
    ),
    (
        "business",
        [
            "Skyward Airlines will cut 14 routes this winter, citing a shortage of pilots.",
            "The cuts were disclosed in a filing with the Canadian Transportation Agency on Friday.",
            "The carrier said passengers on cancelled flights would get full refunds.",
            "The agency said it was reviewing the notice the airline had given.",
        ],
        [
            (
                "passengers on cancelled flights would get full refunds",
                "indirect",
                "The carrier",
                "said",
                "Skyward Airlines",
            ),
            (
                "it was reviewing the notice the airline had given",
                "indirect",
                "The agency",
                "said",
                "Canadian Transportation Agency",
            ),
        ],
    ),
    (
        "wire",
        [
            "Premier Heather Lindqvist met Prime Minister Marc Dufresne in Ottawa on Tuesday to press for more health funding.",
            "Lindqvist was joined by her health minister, Tom Ruelle.",
            "After the meeting, the premier said the talks had gone well. The health minister said wait lists were the province’s first priority.",
            "The prime minister said Ottawa had already offered $2 billion.",
        ],
        [
            ("the talks had gone well", "indirect", "the premier", "said", "Heather Lindqvist"),
            (
                "wait lists were the province’s first priority",
                "indirect",
                "The health minister",
                "said",
                "Tom Ruelle",
            ),
            (
                "Ottawa had already offered $2 billion",
                "indirect",
                "The prime minister",
                "said",
                "Marc Dufresne",
            ),
        ],
    ),
    (
        "local",
        [
            "A water main break flooded three blocks of downtown Brandon on Wednesday morning.",
            "The city said crews had shut off the water by 9 a.m.",
            "A spokeswoman for the utility said repairs would take two days.",
        ],
        [
            ("crews had shut off the water by 9 a.m", "indirect", "The city", "said", "The city"),
            (
                "repairs would take two days",
                "indirect",
                "A spokeswoman for the utility",
                "said",
                "A spokeswoman for the utility",
            ),
        ],
    ),
    (
        "sports",
        [
            "Toronto FC signed midfielder Jonah Achterberg, 19, from the Ajax academy on Monday. Defender Carlos Mejía, 31, agreed to a one-year extension.",
            "The club said Achterberg would join the squad next month.",
            "The 19-year-old said he had dreamed of playing in Canada since he was a boy.",
            "Mejía, the team’s captain, said the young midfielder would fit in quickly.",
        ],
        [
            (
                "Achterberg would join the squad next month",
                "indirect",
                "The club",
                "said",
                "Toronto FC",
            ),
            (
                "he had dreamed of playing in Canada since he was a boy",
                "indirect",
                "The 19-year-old",
                "said",
                "Jonah Achterberg",
            ),
            (
                "the young midfielder would fit in quickly",
                "indirect",
                "Mejía",
                "said",
                "Carlos Mejía",
            ),
        ],
    ),
    (
        "business",
        [
            "Harwood Mining has suspended work at its Red Lake mine after a worker was injured in a rockfall.",
            "The company’s vice-president of operations, Denise Arnott, said an investigation was under way.",
            "A spokesperson for Harwood said the worker was in stable condition in hospital.",
            "Ontario’s Ministry of Labour said inspectors had visited the site. The ministry said no orders had been issued.",
        ],
        [
            (
                "an investigation was under way",
                "indirect",
                "Denise Arnott",
                "said",
                "Denise Arnott",
            ),
            (
                "the worker was in stable condition in hospital",
                "indirect",
                "A spokesperson for Harwood",
                "said",
                "A spokesperson for Harwood",
            ),
            (
                "inspectors had visited the site",
                "indirect",
                "Ministry of Labour",
                "said",
                "Ministry of Labour",
            ),
            ("no orders had been issued", "indirect", "The ministry", "said", "Ministry of Labour"),
        ],
    ),
    (
        "tabloid",
        [
            "Pop star Kayla Brooks, 27, has cancelled the rest of her tour after losing her voice. Her manager, Derek Foy, confirmed the news on Tuesday.",
            "The pop star said she was heartbroken. “I hate letting my fans down,” the 27-year-old wrote on Instagram.",
            "Foy said refunds would be issued within a week.",
        ],
        [
            ("she was heartbroken", "indirect", "The pop star", "said", "Kayla Brooks"),
            (
                "“I hate letting my fans down,”",
                "direct",
                "the 27-year-old",
                "wrote",
                "Kayla Brooks",
            ),
            ("refunds would be issued within a week", "indirect", "Foy", "said", "Derek Foy"),
        ],
    ),
    (
        "local",
        [
            "Police have charged a man in the hit-and-run that killed cyclist Emma Lowry in Guelph last month.",
            "Lowry’s father, Peter Lowry, attended the court hearing on Monday.",
            "Sgt. Craig Munro said the driver had turned himself in on Friday.",
            "The father said the family was relieved. “Nothing brings Emma back, but at least someone will answer for it,” he said.",
        ],
        [
            (
                "the driver had turned himself in on Friday",
                "indirect",
                "Craig Munro",
                "said",
                "Craig Munro",
            ),
            ("the family was relieved", "indirect", "The father", "said", "Peter Lowry"),
            (
                "“Nothing brings Emma back, but at least someone will answer for it,”",
                "direct",
                "he",
                "said",
                "Peter Lowry",
            ),
        ],
    ),
    (
        "business",
        [
            "Toronto-based Ardent Health has agreed to buy Lumiq, a Quebec software firm, for $40 million.",
            "The Quebec firm said its 80 employees would keep their jobs.",
            "Ardent said the deal would close in March.",
        ],
        [
            (
                "its 80 employees would keep their jobs",
                "indirect",
                "The Quebec firm",
                "said",
                "Lumiq",
            ),
            ("the deal would close in March", "indirect", "Ardent", "said", "Ardent Health"),
        ],
    ),
    (
        "wire",
        [
            "Justice Amira Haddad sentenced Derek Vann to eight years on Thursday for a string of armed robberies in Surrey.",
            "Crown prosecutor Lisa Wong had asked for ten years. Defence lawyer Brian Cole asked for five.",
            "The judge said Vann had shown real remorse.",
            "Outside court, the prosecutor said the Crown would review the decision.",
            "The defence lawyer said his client was grateful.",
        ],
        [
            ("Vann had shown real remorse", "indirect", "The judge", "said", "Amira Haddad"),
            (
                "the Crown would review the decision",
                "indirect",
                "the prosecutor",
                "said",
                "Lisa Wong",
            ),
            ("his client was grateful", "indirect", "The defence lawyer", "said", "Brian Cole"),
        ],
    ),
    (
        "local",
        [
            "The Riverside School Board voted on Tuesday to close Maplewood Elementary in June.",
            "Parents packed the meeting. “You are tearing the heart out of this neighbourhood,” said Nadia Keller, whose two children attend the school.",
            "The board said falling enrolment left it no choice.",
            "Board officials said students would be moved to two nearby schools.",
        ],
        [
            (
                "“You are tearing the heart out of this neighbourhood,”",
                "direct",
                "Nadia Keller",
                "said",
                "Nadia Keller",
            ),
            (
                "falling enrolment left it no choice",
                "indirect",
                "The board",
                "said",
                "Riverside School Board",
            ),
            (
                "students would be moved to two nearby schools",
                "indirect",
                "Board officials",
                "said",
                "Board officials",
            ),
        ],
    ),
    (
        "wire",
        [
            "Trade Minister Ingrid Solberg and Agriculture Minister Paul Okafor met farm groups in Saskatoon on Thursday to discuss the canola dispute.",
            "Solberg said Ottawa would file a complaint at the World Trade Organization. The minister said the complaint could be filed within a month.",
            "Grain farmer Dale Hrycak, who grows canola near Humboldt, said prices had already fallen by a third.",
        ],
        [
            (
                "Ottawa would file a complaint at the World Trade Organization",
                "indirect",
                "Solberg",
                "said",
                "Ingrid Solberg",
            ),
            (
                "the complaint could be filed within a month",
                "indirect",
                "The minister",
                "said",
                "Ingrid Solberg",
            ),
            (
                "prices had already fallen by a third",
                "indirect",
                "Dale Hrycak",
                "said",
                "Dale Hrycak",
            ),
        ],
    ),
    (
        "business",
        [
            "Brightloom cut 15 per cent of its workforce on Wednesday, the second round of layoffs at the Waterloo software maker this year.",
            "Analyst Priya Venkat of Hallam Capital said investors had expected deeper cuts.",
            "The company said the layoffs would save $40 million a year.",
        ],
        [
            (
                "investors had expected deeper cuts",
                "indirect",
                "Priya Venkat",
                "said",
                "Priya Venkat",
            ),
            (
                "the layoffs would save $40 million a year",
                "indirect",
                "The company",
                "said",
                "Brightloom",
            ),
        ],
    ),
    (
        "local",
        [
            "The Alberta Utilities Commission has approved a 9 per cent rate increase for Prairie Light Power.",
            "Consumer advocate Helen Marsh said families on fixed incomes would struggle to pay.",
            "The regulator said the increase was needed to replace ageing transmission lines.",
            "The utility said most customers would pay about $11 more a month.",
        ],
        [
            (
                "families on fixed incomes would struggle to pay",
                "indirect",
                "Helen Marsh",
                "said",
                "Helen Marsh",
            ),
            (
                "the increase was needed to replace ageing transmission lines",
                "indirect",
                "The regulator",
                "said",
                "Alberta Utilities Commission",
            ),
            (
                "most customers would pay about $11 more a month",
                "indirect",
                "The utility",
                "said",
                "Prairie Light Power",
            ),
        ],
    ),
    (
        "wire",
        [
            "Justice Harriet Kwan sentenced Wade Lindgren, 29, to four years on Friday for a crash that killed two teenagers near Brandon.",
            "Crown prosecutor Simon Ashe had asked for six years.",
            "The judge said Lindgren had been driving at twice the speed limit.",
            "The defendant said he thought about the two boys every day.",
        ],
        [
            (
                "Lindgren had been driving at twice the speed limit",
                "indirect",
                "The judge",
                "said",
                "Harriet Kwan",
            ),
            (
                "he thought about the two boys every day",
                "indirect",
                "The defendant",
                "said",
                "Wade Lindgren",
            ),
        ],
    ),
    (
        "tabloid",
        [
            "Reality star Jade Morrow, 31, has split from her fiance after just four months.",
            "Her publicist, Tom Briggs, confirmed the news on Sunday and said the pair remained friends.",
            "The 31-year-old said she was focusing on her new fitness range.",
        ],
        [
            ("the pair remained friends", "indirect", "Tom Briggs", "said", "Tom Briggs"),
            (
                "she was focusing on her new fitness range",
                "indirect",
                "The 31-year-old",
                "said",
                "Jade Morrow",
            ),
        ],
    ),
    (
        "sports",
        [
            "The Moncton Wildcats acquired goaltender Felix Aubin, 19, from the Rimouski Oceanic on Tuesday.",
            "Head coach Gary Theriault said the team needed more experience in net.",
            "The goaltender said he was excited to play closer to home.",
            "The club said Aubin would join the team in Halifax on Friday.",
        ],
        [
            (
                "the team needed more experience in net",
                "indirect",
                "Gary Theriault",
                "said",
                "Gary Theriault",
            ),
            (
                "he was excited to play closer to home",
                "indirect",
                "The goaltender",
                "said",
                "Felix Aubin",
            ),
            (
                "Aubin would join the team in Halifax on Friday",
                "indirect",
                "The club",
                "said",
                "Moncton Wildcats",
            ),
        ],
    ),
]


def _nearest(paragraph: str, offset: int, needle: str, start: int, end: int) -> tuple[int, int]:
    """Return the occurrence of *needle* in *paragraph* nearest the span [start, end)."""
    best: tuple[int, int] | None = None
    for found in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", paragraph):
        at = found.start()
        if not (start - offset <= at < end - offset):
            distance = min(abs(at - (end - offset)), abs(start - offset - at - len(needle)))
            if best is None or distance < best[0]:
                best = (distance, at)
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
