"""Quote detection by linguistic class: what a cue reports and what it does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document

EXTRACT = QuoteExtractor()


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in EXTRACT.extract(Document(text))]


# -- verbs of speech only beside a quotation ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A new season of the league, the organisers hope, will begin in Halifax.",
        "In May, a second trial against the builder will begin in Regina.",
        "The festival moved to a larger park, and the parade will begin at noon.",
        "After two years of delays, construction of the ferry terminal began in March.",
        "The bakery on Elm Street lost its lease, and the owners called a lawyer.",
        "Heavy snow closed the highway, and the plows continued through the night.",
        "The pool reopened after repairs, and the swim club continued its lessons.",
        "Grain prices fell sharply last year, so the co-op answered with lower fees.",
        "The council approved the budget, and the mayor went on to other business.",
        "Two hospitals merged their wards, and the nurses began a new rotation.",
        "Most of the shops on the pier are closed, the vendors shouted over the wind.",
    ],
)
def test_quotation_verbs_report_no_unquoted_clause(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The new bridge, she went on, will open to cyclists in the spring.",
            "will open to cyclists",
        ),
        (
            "The harbour dredging, he continued, has cost far more than planned.",
            "has cost far more",
        ),
        ("And the next budget, Ms. Farrow went on, will have to cut deeper.", "will have to cut"),
        (
            "Our lab results, the doctor continued, look much better than last year.",
            "look much better",
        ),
        ("The trains, Mr. Odum went on, have run late for most of the winter.", "have run late"),
        (
            "The new arena, she continued, should be finished before the playoffs.",
            "should be finished",
        ),
        ("That vote, the senator went on, showed how divided the caucus had become.", "showed how"),
        (
            "The river, he continued, has flooded the lower town three times.",
            "has flooded the lower",
        ),
        (
            "Rents in the old quarter, Ms. Haldane went on, have doubled in five years.",
            "have doubled",
        ),
        (
            "The school board, the principal continued, never answered her letters.",
            "never answered",
        ),
    ],
)
def test_quotation_verb_set_off_by_commas_reports_its_clause(text: str, content: str) -> None:
    found = spans(text)
    assert any(content in span for span in found)
    assert any(text.startswith(span) or span in text[:12] for span in found)


# -- -ing forms in a list are nouns ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Cities use many tools, such as zoning, labelling, fees and grants, to steer growth.",
        "The course covers drafting, editing, reporting, and layout for small papers.",
        "Skills such as listening, explaining, and planning matter more than degrees.",
        "The workshop taught budgeting, writing, and presenting to young managers.",
        "Volunteers help with cooking, cleaning, warning, and driving for seniors.",
        "The clinic offers testing, counselling, advising, and referrals for families.",
        "Its staff handle sorting, describing, and shelving of the donated books.",
        "The award honours teaching, mentoring, promising, and lasting research.",
        "Chores like sweeping, repeating drills, and stacking chairs fill the day.",
        "The plan lists hiring, training, announcing, and opening dates for each branch.",
    ],
)
def test_ing_nouns_in_a_list_report_nothing(text: str) -> None:
    assert spans(text) == []


# -- an infinitive after tell and object verbs -------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Hydro Quebec reminded customers to keep freezers closed, saying food stays cold.",
            "to keep freezers closed",
        ),
        (
            "The city urged residents to boil their water until further notice.",
            "to boil their water until further notice",
        ),
        (
            "Ms. Aldana told parents to keep their children home on Friday.",
            "to keep their children home on Friday",
        ),
        (
            "The agency told hikers to stay off the northern trails this week.",
            "to stay off the northern trails this week",
        ),
        (
            "Police advised drivers to avoid the bridge during the morning rush.",
            "to avoid the bridge during the morning rush",
        ),
        (
            "The league reminded coaches to file their rosters before the deadline.",
            "to file their rosters before the deadline",
        ),
        (
            "Dr. Imre urged patients to book their flu shots early, noting clinics fill up.",
            "to book their flu shots early",
        ),
        (
            "The utility told customers to expect outages until Tuesday.",
            "to expect outages until Tuesday",
        ),
        (
            "Mr. Pavlou reminded the council to publish the audit in full.",
            "to publish the audit in full",
        ),
        (
            "The school board advised families to check the bus schedule online.",
            "to check the bus schedule online",
        ),
    ],
)
def test_infinitive_after_tell_verb_is_content(text: str, content: str) -> None:
    assert content in spans(text)


# -- prepositional phrases after say and write --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” economist Dana Pruitt wrote in a new paper for the Coastal Institute.",
        "“The line moves,” Karl Boden, the plant manager, said inside the new assembly hall.",
        "Ms. Vidal, who writes about housing policy on her blog, spoke at the forum.",
        "“It was close,” the coach said after the game against the Falcons in Moncton.",
        "“Keep going,” Mr. Ortiz wrote under a photo of the runners at the finish line.",
        "“We tried,” she said outside the courthouse on a cold and windy morning.",
        "Mr. Lund, who writes for several farming magazines, opened the fair.",
        "“That is all,” the minister said before a meeting with the regional premiers.",
        "“No comment,” he said through a spokesperson for the shipping company.",
        "Anna Roth, who writes about science for young readers, won the prize.",
    ],
)
def test_prepositional_phrase_after_say_is_no_content(text: str) -> None:
    openers = {"in", "inside", "about", "for", "after", "under", "outside", "before", "through"}
    assert not any(span.split(" ", 1)[0] in openers for span in spans(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ms. Cole says about 550 pupils share two washrooms.",
            "about 550 pupils share two washrooms",
        ),
        (
            "The principal said around 40 teachers had signed up.",
            "around 40 teachers had signed up",
        ),
        (
            "Mr. Ito said over 300 boats were moored in the bay.",
            "over 300 boats were moored in the bay",
        ),
        (
            "The mayor said under half of the roads were cleared.",
            "under half of the roads were cleared",
        ),
        (
            "Dr. Blanc says about half of her patients are seniors.",
            "about half of her patients are seniors",
        ),
        (
            "The union said nearly 900 members voted in favour.",
            "nearly 900 members voted in favour",
        ),
        ("Ms. Oyelaran said about 12 families were displaced.", "about 12 families were displaced"),
        (
            "The coach says around 20 players tried out this year.",
            "around 20 players tried out this year",
        ),
        ("Mr. Kaur wrote that over 70 shops had closed.", "that over 70 shops had closed"),
        (
            "The agency said about 3,000 homes lost power overnight.",
            "about 3,000 homes lost power overnight",
        ),
    ],
)
def test_preposition_before_a_number_opens_content(text: str, content: str) -> None:
    assert content in spans(text)


# -- a quotation closed by a comma hands over to its attribution -----------------
@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        ("“We never give up,” the players chant before each game.", "“We never give up,”"),
        (
            "“It took me a week to find work,” quipped Ms. Arden.",
            "“It took me a week to find work,”",
        ),
        (
            "“Please vote for our park,” the children sign off in the video.",
            "“Please vote for our park,”",
        ),
        (
            "“Bring the trophy home,” fans wearing green scarves sang in unison.",
            "“Bring the trophy home,”",
        ),
        (
            "“That was the best meal of my life,” beamed the winner.",
            "“That was the best meal of my life,”",
        ),
        ("“I can hardly believe it,” gushed the young skater.", "“I can hardly believe it,”"),
        (
            "“The roads are a mess,” grumbles a cab driver on King Street.",
            "“The roads are a mess,”",
        ),
        (
            "“We will rebuild the barn,” the family vows on its website.",
            "“We will rebuild the barn,”",
        ),
        ("“Not again,” sighed the commuters as the train stopped.", "“Not again,”"),
        ("“Let them play”, the parents wrote on their placards.", "“Let them play”"),
    ],
)
def test_quotation_closed_by_comma_is_a_direct_quote(text: str, quotation: str) -> None:
    assert quotation in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "“Harbour Lights” is the name of the new ferry.",
        "“Northern Sky” opens at the Rialto on Friday.",
        "Readers loved “The Long Winter” and its sequel.",
        "“Fresh” and “local” are words the grocer uses often.",
        "The band’s album “Blue Hour” sold well in Quebec.",
        "“Ice Road” returns for a fourth season this winter.",
        "The sign read “Closed” for most of the week.",
        "“Best Of” lists fill the papers every December.",
        "“Made in Canada” labels are now on every box.",
        "“Open Doors” weekend draws crowds to old buildings.",
    ],
)
def test_titles_and_terms_are_no_quotes(text: str) -> None:
    assert spans(text) == []


# -- a verb of saying right before a quotation ---------------------------------
@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        (
            "A statement sent to the paper by the club’s lawyer, who joined in May, said "
            "“The club will respect the ruling.”",
            "“The club will respect the ruling.”",
        ),
        (
            "A note pinned to the door of the old mill on Monday said: “Closed until spring.”",
            "“Closed until spring.”",
        ),
        (
            "The sign the protesters carried past the legislature read: “Save our forests.”",
            "“Save our forests.”",
        ),
        (
            "The letter from the tenants of both towers, which arrived Friday, said "
            "“We cannot pay more.”",
            "“We cannot pay more.”",
        ),
        (
            "An email sent to all 400 staff at the plant late Tuesday said, "
            "“Shifts resume Monday.”",
            "“Shifts resume Monday.”",
        ),
        (
            "The banner hung over the rink by the parents’ committee said “Go Lynx go.”",
            "“Go Lynx go.”",
        ),
        (
            "A post on the bakery’s page, shared hundreds of times, said: “We are sold out.”",
            "“We are sold out.”",
        ),
        (
            "The card attached to the flowers left at the station said “Thank you, heroes.”",
            "“Thank you, heroes.”",
        ),
        (
            "A message from the principal of the new high school said: “Classes are cancelled.”",
            "“Classes are cancelled.”",
        ),
        (
            "The notice taped to the pump at the marina said “Out of order until June.”",
            "“Out of order until June.”",
        ),
    ],
)
def test_quotation_after_a_verb_of_saying_is_a_direct_quote(text: str, quotation: str) -> None:
    assert quotation in spans(text)


# -- a document speaks through a participle of saying --------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry published a notice Tuesday saying that travel to the region is unsafe.",
            "that travel to the region is unsafe",
        ),
        (
            "The union sent a letter saying its members will strike on Monday.",
            "its members will strike on Monday",
        ),
        (
            "The club issued a statement saying the coach had resigned.",
            "the coach had resigned",
        ),
        (
            "Ms. Reyes posted a tweet saying she would not run again.",
            "she would not run again",
        ),
        (
            "The school sent an email on Friday saying classes would resume next week.",
            "classes would resume next week",
        ),
        (
            "The city put out a release saying that the pool will reopen in June.",
            "that the pool will reopen in June",
        ),
        (
            "The agency filed a report warning that the dam needs repairs.",
            "that the dam needs repairs",
        ),
        (
            "The board posted a notice claiming the land had been sold.",
            "the land had been sold",
        ),
        (
            "Mr. Obi wrote a memo this week saying that the budget is short.",
            "that the budget is short",
        ),
        (
            "The embassy released a statement yesterday saying two citizens were detained.",
            "two citizens were detained",
        ),
    ],
)
def test_document_with_participle_of_saying_reports(text: str, content: str) -> None:
    assert content in spans(text)


# -- a progressive after a time adjunct ----------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Nurses have for years been saying that the ward is understaffed.",
            "that the ward is understaffed",
        ),
        (
            "Farmers have for months been warning that the drought will cut yields.",
            "that the drought will cut yields",
        ),
        (
            "Researchers have for decades been arguing that the lake is warming.",
            "that the lake is warming",
        ),
        (
            "Residents have for weeks been saying the bridge is unsafe.",
            "the bridge is unsafe",
        ),
        (
            "Teachers have in recent years been saying that classes are too large.",
            "that classes are too large",
        ),
        (
            "Mr. Hale has for years been insisting that the mine is safe.",
            "that the mine is safe",
        ),
        (
            "Economists have over the past months been warning that rents will rise.",
            "that rents will rise",
        ),
        (
            "Doctors have for years been saying that the clinic needs more staff.",
            "that the clinic needs more staff",
        ),
        (
            "Parents have for months been complaining that the buses are late.",
            "that the buses are late",
        ),
        (
            "Ms. Nakamura has for weeks been saying that the deal is close.",
            "that the deal is close",
        ),
    ],
)
def test_progressive_cue_after_time_adjunct_reports(text: str, content: str) -> None:
    assert content in spans(text)


# -- a noun phrase object is no reported clause ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Both clubs confirmed the transfer of their goalkeeper to Lyon.",
        "The premier announced a package of tax credits aimed at small farms.",
        "The court suggested a narrower reading of the statute.",
        "The mayor revealed the design of the new library on Tuesday.",
        "Ms. Duarte proposed a second vote on the zoning bylaw.",
        "The company disclosed the terms of the settlement with its drivers.",
        "The coach confirmed the return of his captain for the final.",
        "The minister announced the closure of three rural post offices.",
        "The board recommended a review of the hiring rules.",
        "The ministry confirmed Canada’s offer of help to the flood victims.",
    ],
)
def test_noun_phrase_object_of_a_cue_is_no_quote(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The premier announced the tax credit will end in May.", "the tax credit will end in May"),
        ("The court suggested the statute was too broad.", "the statute was too broad"),
        ("Ms. Duarte confirmed the vote had been delayed.", "the vote had been delayed"),
        ("The company explained the drivers’ union rejected its offer.", "rejected its offer"),
        (
            "The coach confirmed his captain is fit for the final.",
            "his captain is fit for the final",
        ),
        ("The board noted the rules rarely changed.", "the rules rarely changed"),
        ("Mr. Ray confirmed the mine closed last year.", "the mine closed last year"),
        ("The agency confirmed the plant frequently exceeds its limits.", "frequently exceeds"),
        ("The ministry explained the forms can be filed online.", "the forms can be filed online"),
        ("The union argued the contract doesn’t cover night shifts.", "doesn’t cover night shifts"),
    ],
)
def test_clause_object_of_a_cue_is_a_quote(text: str, content: str) -> None:
    assert any(content in span for span in spans(text))


# -- verbs of characterising with ``as`` and a quotation -------------------------
@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        (
            "The fine, which was described as “a slap on the wrist” by critics, stands.",
            "“a slap on the wrist”",
        ),
        (
            "With a nurse describing the ward as “a war zone,” the hospital hired staff.",
            "“a war zone,”",
        ),
        ("The plan was labelled as “reckless” in the opposition’s press release.", "“reckless”"),
        ("What the auditor described as a “culture of secrecy” has ended.", "“culture of secrecy”"),
        ("Residents, characterizing the tower as “an eyesore,” filed an appeal.", "“an eyesore,”"),
        ("The deal, portrayed as “a win for everyone,” passed on Monday.", "“a win for everyone,”"),
        ("The minister’s remarks were described as “deeply hurtful” online.", "“deeply hurtful”"),
        ("Fans, describing the referee’s call as “a disgrace,” booed loudly.", "“a disgrace,”"),
        ("The storm, which forecasters described as “historic,” hit at dawn.", "“historic,”"),
        ("The new rules, characterised as “unworkable” by farmers, start in May.", "“unworkable”"),
    ],
)
def test_quotation_after_characterising_as_is_a_quote(text: str, quotation: str) -> None:
    assert any(quotation in span for span in spans(text))


# -- a short line with a comma clause is prose, not a label ----------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It is too early to tell, she says", "It is too early to tell"),
        ("He hasn't decided yet, he says", "He hasn't decided yet"),
        ("The roof needs work, they said", "The roof needs work"),
        ("Prices will keep rising, he warns", "Prices will keep rising"),
        ("The vote was fair, she insists", "The vote was fair"),
        ("We will appeal, the club said", "We will appeal"),
        ("Nothing has changed, he added", "Nothing has changed"),
        ("The bus runs hourly, officials say", "The bus runs hourly"),
        ("Turnout was very low, she noted", "Turnout was very low"),
        ("The data are incomplete, he argues", "The data are incomplete"),
    ],
)
def test_short_line_with_attribution_is_prose(text: str, content: str) -> None:
    assert content in spans(text)


# -- parenthesised quotations ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        (
            "She keeps her old habits (“Coffee first, then the news”) even on holiday.",
            "“Coffee first, then the news”",
        ),
        (
            "His slogan (“Build it once, build it right”) is on every sign.",
            "“Build it once, build it right”",
        ),
        (
            "I side with the coach’s view (“We lost this one on defence”) on the game.",
            "“We lost this one on defence”",
        ),
        (
            "Her trademark line (“Never trust a quiet market”) opened the talk.",
            "“Never trust a quiet market”",
        ),
        (
            "The mayor’s motto (“Fix the roads before the fountains”) won votes.",
            "“Fix the roads before the fountains”",
        ),
        (
            "He keeps the family rule (“No phones at the dinner table”) daily.",
            "“No phones at the dinner table”",
        ),
        (
            "Its founder’s warning (“Growth is not a plan”) still hangs in the lobby.",
            "“Growth is not a plan”",
        ),
        (
            "Their chant (“Keep the library open now”) echoed down the street.",
            "“Keep the library open now”",
        ),
        ("The memo’s last line (“We will not be silent”) went viral.", "“We will not be silent”"),
        (
            "My grandmother’s advice (“Save a little every week”) stuck with me.",
            "“Save a little every week”",
        ),
    ],
)
def test_parenthesised_quotation_is_a_quote(text: str, quotation: str) -> None:
    assert quotation in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Water Protection Act (“the Act”) came into force in 2019.",
        "The Northern Rail Company (“NRC”) filed its report.",
        "Her novel (“Tidewater”) sold well.",
        "The agreement (“the Deal”) runs for five years.",
        "The lender (“the Bank”) agreed to the terms.",
        "The film (“Blue Harbour”) opens in June.",
        "The society (“the Club”) meets monthly.",
        "The new law (“Bill 12”) passed on Friday.",
        "The two towns (“the Parties”) signed the accord.",
        "The festival (“Winterlude North”) draws crowds.",
    ],
)
def test_parenthesised_defined_term_is_no_quote(text: str) -> None:
    assert spans(text) == []


# -- a tell verb's hearer and its head noun before ``that`` ------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The envoy told Spanish-language media that the talks had stalled.",
            "that the talks had stalled",
        ),
        (
            "Ms. Ode told French-language radio that the plant would close.",
            "that the plant would close",
        ),
        (
            "The coach told Toronto sports radio that his goalie is healthy.",
            "that his goalie is healthy",
        ),
        (
            "Mr. Sato told Japanese business reporters that sales had doubled.",
            "that sales had doubled",
        ),
        ("The mayor told CBC listeners that the water is safe.", "that the water is safe"),
        ("Dr. Lin told Ottawa health officials that cases were rising.", "that cases were rising"),
        (
            "The chief told Winnipeg city councillors that crime had fallen.",
            "that crime had fallen",
        ),
        ("The minister told Quebec farm groups that aid was coming.", "that aid was coming"),
        ("Ms. Park told Korean-language newspapers that she would run.", "that she would run"),
        ("The CEO told Wall Street analysts that profits would rise.", "that profits would rise"),
    ],
)
def test_content_after_hearer_opens_at_that(text: str, content: str) -> None:
    assert content in spans(text)


# -- a speaker in apposition after a subordinating conjunction --------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The row grew after Ana Ruiz, the city’s planner, said the tower was too tall.",
            "the tower was too tall",
        ),
        (
            "Stocks fell when Tom Baird, the bank’s economist, warned that rates would rise.",
            "that rates would rise",
        ),
        (
            "The meeting ended before Lee Chan, a local farmer, said the road was unsafe.",
            "the road was unsafe",
        ),
        (
            "Fans cheered because Rita Moss, the club’s owner, said the team would stay.",
            "the team would stay",
        ),
        (
            "Talks resumed once Omar Diaz, the union’s leader, said a deal was near.",
            "a deal was near",
        ),
        (
            "The vote was delayed while Eva Holm, the clerk, explained that ballots were missing.",
            "that ballots were missing",
        ),
        (
            "Prices jumped after Max Roy, an oil analyst, said supply would shrink.",
            "supply would shrink",
        ),
        (
            "Crowds gathered when Nia Bell, the fire chief, said the blaze was out.",
            "the blaze was out",
        ),
        (
            "The case stalled after Ken Ito, a defence lawyer, argued that the search was illegal.",
            "that the search was illegal",
        ),
        (
            "Parents worried after Jo Park, the principal, said the school might close.",
            "the school might close",
        ),
    ],
)
def test_apposed_speaker_after_subordinator_reports(text: str, content: str) -> None:
    assert content in spans(text)


# -- verbs of naming: the second object is what was said ---------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Fraser Institute called the plan one of the costliest errors in a decade.",
            "one of the costliest errors in a decade",
        ),
        (
            "He also called the bridge the worst crossing in the province, though he uses it.",
            "the worst crossing in the province",
        ),
        (
            "Lena Ortiz, who he calls a great mentor and a loyal friend, retired.",
            "a great mentor and a loyal friend",
        ),
        (
            "Ms. Kaur called it a bad day for the city and its workers.",
            "a bad day for the city and its workers",
        ),
        (
            "The union called the offer an insult to every nurse in the region.",
            "an insult to every nurse in the region",
        ),
        (
            "Mr. Bell called Ridgeway Mining a bad neighbour for the town.",
            "a bad neighbour for the town",
        ),
        ("Critics dubbed the stadium a monument to wasted money.", "a monument to wasted money"),
        (
            "The mayor called the ruling “a victory for common sense.”",
            "“a victory for common sense.”",
        ),
        (
            "She called him the best young coach in the league.",
            "the best young coach in the league",
        ),
        (
            "The report labelled the program a costly failure for taxpayers.",
            "a costly failure for taxpayers",
        ),
    ],
)
def test_naming_verb_complement_is_content(text: str, content: str) -> None:
    assert any(content in span for span in spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Lee called Mr. Ortiz on Thursday night to talk about the trade.",
        "The caddie called his former boss Thursday night as well.",
        "Lawyers for the driver called witness Ana Petrov, a retired engineer.",
        "The school has a reading program called Story Club for young pupils.",
        "Players aim the balls at a small white target called the jack.",
        "The coach called a timeout with two minutes left in the game.",
        "Neighbours called the police the next morning after the break-in.",
        "The family called an ambulance shortly after the fall.",
        "The premier called an election for the first week of June.",
        "The board called a special meeting on the budget.",
    ],
)
def test_naming_verb_without_complement_reports_nothing(text: str) -> None:
    assert spans(text) == []


# -- modals of the future and the possible ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The opposition will argue that the budget hides a deficit.",
        "Critics could say the new rules go too far.",
        "The union might claim that the vote was rigged.",
        "Lawyers for the city may argue the bylaw is valid.",
        "The minister should explain why the contract was signed.",
        "Residents can complain that the buses are always late.",
        "The board must confirm that the funds were spent.",
        "Voters will say the campaign was too long.",
        "They’ll insist that the deal is fair.",
        "The court shall declare whether the law applies.",
    ],
)
def test_cue_under_future_or_possible_modal_reports_nothing(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ms. Lind would later say that the deal was a mistake.", "that the deal was a mistake"),
        ("The coach would often tell players that defence wins games.", "that defence wins games"),
        ("He would later admit that the plan had failed.", "that the plan had failed"),
        ("Mr. Obi would repeatedly argue that the mine was safe.", "that the mine was safe"),
        (
            "The mayor would eventually concede that the road was unsafe.",
            "that the road was unsafe",
        ),
        ("She would later write that the town had changed.", "that the town had changed"),
        ("The chief would insist that the force had done nothing wrong.", "that the force"),
        ("The author would later say that the book was a warning.", "that the book was a warning"),
        ("Her father would often say that work comes first.", "that work comes first"),
        (
            "The club would later confirm that the coach had resigned.",
            "that the coach had resigned",
        ),
    ],
)
def test_would_before_a_cue_reports(text: str, content: str) -> None:
    assert any(content in span for span in spans(text))


# -- counted plural nouns and hyphenated adjectives --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Athletes came from more than 50 member states that share the language.",
        "The agency filed several reports that were never read.",
        "Two comments that appeared online were removed.",
        "The lab sent 12 notes that described the samples.",
        "Hundreds of claims that reached the insurer were denied.",
        "She answered many calls that came in overnight.",
        "Dozens of reports that cite the study were retracted.",
        "The firm received three complaints that involve the same driver.",
        "Some answers that the students gave were wrong.",
        "The clinic logged 40 member reports that mention delays.",
    ],
)
def test_counted_plural_noun_is_no_cue(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "When the party announced its deficit-funded housing plans in 2015, rents were rising.",
        "The city confirmed its long-delayed transit plans in the spring, and riders cheered.",
        "The premier announced a well-funded training fund in May, after the strike ended.",
        "The board revealed its much-criticized logo in June, and fans were angry.",
        "The club announced its newly-signed goalie on Monday, ahead of the season.",
        "The ministry confirmed the so-called fast-tracked permits in March, after review.",
        "The company announced its cloud-based payroll tool in April, before the launch.",
        "The firm confirmed its long-awaited merger plans in July, as expected.",
        "Officials announced the state-funded daycare spaces in June, to some applause.",
        "The school confirmed its French-based immersion classes in August, as planned.",
    ],
)
def test_hyphenated_adjective_is_no_finite_verb(text: str) -> None:
    assert spans(text) == []


# -- any noun phrase is a source after ``according to`` ---------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the latest figures from the census bureau, rents rose 9 per cent.",
            "rents rose 9 per cent",
        ),
        (
            "According to the most recent survey of local farms, yields fell sharply.",
            "yields fell sharply",
        ),
        (
            "According to a leaked draft of the budget, transit funding will be cut.",
            "transit funding will be cut",
        ),
        (
            "According to the new rules posted online, bikes are banned on the pier.",
            "bikes are banned on the pier",
        ),
        (
            "According to an internal review of the program, costs doubled in two years.",
            "costs doubled in two years",
        ),
        (
            "According to the annual count of shorebirds, numbers are down by a third.",
            "numbers are down by a third",
        ),
        (
            "According to the preliminary results of the vote, the measure passed.",
            "the measure passed",
        ),
        (
            "According to the first estimates of the damage, 300 homes were flooded.",
            "300 homes were flooded",
        ),
        ("According to a summary of the ruling, the fine was reduced.", "the fine was reduced"),
        (
            "According to the data released this week, exports slowed in May.",
            "exports slowed in May",
        ),
    ],
)
def test_according_to_any_noun_phrase(text: str, content: str) -> None:
    assert content in spans(text)


# -- a dated time phrase between subject and cue ------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator, who in 2010 said the tax was unfair, voted for it.", "the tax was unfair"),
        ("The board in March said the school would close.", "the school would close"),
        ("Ms. Vale in 2019 wrote that the river was polluted.", "that the river was polluted"),
        ("The union since January has argued that wages are too low.", "that wages are too low"),
        ("The mayor, who in June said the pool would open, changed course.", "the pool would open"),
        (
            "The firm in 2021 announced that it would move to Calgary.",
            "that it would move to Calgary",
        ),
        ("Mr. Roy, who on Monday said the deal was dead, signed it.", "the deal was dead"),
        (
            "The ministry in April confirmed that the plant would close.",
            "that the plant would close",
        ),
        ("Dr. Sen, who during 2020 warned that beds were short, retired.", "that beds were short"),
        ("The league in October said the season would start late.", "the season would start late"),
    ],
)
def test_dated_time_phrase_before_cue(text: str, content: str) -> None:
    assert any(content in span for span in spans(text))


# -- more members of the verb classes -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The club maintained that its coach did nothing wrong.",
            "that its coach did nothing wrong",
        ),
        ("Ms. Ito reaffirmed that the plant will stay open.", "that the plant will stay open"),
        (
            "The witness swore that she saw the car run the light.",
            "that she saw the car run the light",
        ),
        ("Mr. Dube underscored that the deadline is firm.", "that the deadline is firm"),
        ("The city alerted residents that the water was unsafe.", "that the water was unsafe"),
        ("The coach instructed players to stay off social media.", "to stay off social media"),
        (
            "The survivor relayed that the crew had abandoned ship.",
            "that the crew had abandoned ship",
        ),
        ("“Not my fault,” the driver whined.", "“Not my fault,”"),
        ("“Get out of the water!” the lifeguard barked.", "“Get out of the water!”"),
        ("“We won,” she wailed, in tears.", "“We won,”"),
    ],
)
def test_verb_class_members_are_cues(text: str, content: str) -> None:
    assert content in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Crews maintain the roads in winter.",
        "The dogs barked all night near the barn.",
        "The wind howled through the valley.",
        "Engines roared as the race began.",
        "The kettle hissed on the stove.",
        "The guns thundered across the valley at dawn.",
        "Volunteers relayed sandbags along the dike.",
        "The painting depicts a harbour at dusk.",
        "The city maintains three public pools.",
        "Owls screeched in the woods behind the school.",
    ],
)
def test_verb_class_members_need_their_frame(text: str) -> None:
    assert spans(text) == []


# -- a cue that reports nothing does not cut the content before it ----------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry said it regrets the delay and is cautioning travellers about the border.",
            "and is cautioning travellers about the border",
        ),
        (
            "Ms. Ruiz said the council ignored the report and has criticized its authors since.",
            "and has criticized its authors since",
        ),
        (
            "The union said that talks had failed and was demanding an apology from the board.",
            "and was demanding an apology from the board",
        ),
        (
            "Mr. Ode said the firm broke the rules and has repeated its offer to the families.",
            "and has repeated its offer to the families",
        ),
        (
            "The mayor said the plan is sound and has stressed its benefits for the port.",
            "and has stressed its benefits for the port",
        ),
        (
            "The agency said that prices rose and is predicting a cold winter for the region.",
            "and is predicting a cold winter for the region",
        ),
        (
            "Dr. Amin said the ward is full and has condemned the cuts to nursing staff.",
            "and has condemned the cuts to nursing staff",
        ),
        (
            "The club said that the coach will stay and was promising new signings for the summer.",
            "and was promising new signings for the summer",
        ),
        (
            "The city said the pool is closed and is recommending the lake beach for swimmers.",
            "and is recommending the lake beach for swimmers",
        ),
        (
            "Mr. Haas said that rents doubled and has lamented the loss of small shops.",
            "and has lamented the loss of small shops",
        ),
    ],
)
def test_unreporting_cue_does_not_cut_content(text: str, content: str) -> None:
    assert any(span.endswith(content) for span in spans(text))


# -- after a quotation and its cue, the words that follow are adjuncts -----------------
@pytest.mark.parametrize(
    "text",
    [
        "“We did it,” Ms. Lund said on Friday at the gala dinner in Halifax, where she spoke.",
        "“The ice is thin,” the ranger said near the old boat launch on the east shore.",
        "“It is over,” Mr. Ruiz said outside the arena after his team's long losing streak ended.",
        "“We will rebuild,” the mayor said at a news conference held in the flooded town hall.",
        "“Prices will fall,” the analyst said during a webinar hosted by the local chamber.",
        "“Keep calm,” the chief said from the command post set up beside the burning warehouse.",
        "“This is home,” she said on the porch of the farmhouse her grandfather built in 1921.",
        "“I am ready,” the goalie said after practice at the community rink on Elm Street.",
        "“No more delays,” the minister said in a speech to the chamber of mines in Sudbury.",
        "“We are grateful,” the family said through a lawyer representing them in the civil case.",
    ],
)
def test_words_after_quotation_and_cue_are_adjuncts(text: str) -> None:
    found = spans(text)
    assert found and all(span.startswith("“") for span in found)


# -- the speaker of a quotation closed by a comma ---------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It took me a week to find work,” quipped Dana Arden, who lives nearby.", "Dana Arden"),
        ("“That was the best meal of my life,” beamed Tomas Ruiz after the contest.", "Tomas Ruiz"),
        ("“We never give up,” chanted Priya Nair and her teammates.", "Priya Nair"),
        ("“The roads are a mess,” grumbles Oskar Lind, a cab driver.", "Oskar Lind"),
        ("“I can hardly believe it,” gushed Mei Chen at the finish line.", "Mei Chen"),
        ("“Not again,” sighed Laura Kim as the train stopped.", "Laura Kim"),
        ("“We will rebuild the barn,” vows Pedro Alves on his website.", "Pedro Alves"),
        ("“This is home,” smiled Ruth Okafor from her porch.", "Ruth Okafor"),
        ("“Keep going,” urged Jonas Berg from the sidelines.", "Jonas Berg"),
        ("“Let them play,” pleaded Ana Sousa outside the rink.", "Ana Sousa"),
    ],
)
def test_leading_quotation_takes_the_person_after_it(
    fast_quotes: Callable[[str], list[tuple[str, str | None]]], text: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert rows and rows[0][0].startswith("“") and rows[0][1] == speaker


# -- a subject with a postmodifier: the cue agrees with its head ------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Parents at the meeting said they would write to the school board.",
            "they would write to the school board",
        ),
        (
            "Residents of the Elmwood district say the new tower will block their light.",
            "the new tower will block their light",
        ),
        (
            "Nurses at the county hospital say the night shift is badly understaffed.",
            "the night shift is badly understaffed",
        ),
        (
            "A Brandon couple who lost their barn to a fire say the insurer has stopped calling.",
            "the insurer has stopped calling",
        ),
        (
            "Fishermen from the north shore say the lobster season opened too late.",
            "the lobster season opened too late",
        ),
        (
            "Workers at the Lakeview plant say the new contract cuts their overtime.",
            "the new contract cuts their overtime",
        ),
        (
            "Tenants in the Maple Court building say the heat has been off for a week.",
            "the heat has been off for a week",
        ),
        (
            "Students who marched on Friday say the tuition increase is unfair.",
            "the tuition increase is unfair",
        ),
        (
            "Volunteers near the river said the sandbags would hold until Monday.",
            "the sandbags would hold until Monday",
        ),
        (
            "Farmers across the valley say the drought has halved their yield.",
            "the drought has halved their yield",
        ),
        (
            "Owners of small shops on the strip say parking fees drive customers away.",
            "parking fees drive customers away",
        ),
    ],
)
def test_postmodified_subject_reports(text: str, content: str) -> None:
    assert content in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of the town say nothing about the budget.",
        "Fans of the club have their say on the new kit next week.",
        "The leader of the opposition say in the matter is limited.",
        "A member of the board who was absent say little to anyone.",
        "The owner of the shops on the strip say in this is small.",
        "The editor at the paper say the word and it is done.",
        "The manager from the plant say nothing to the union.",
        "A student who marched on Friday say nothing to reporters.",
        "The head of the agency say in hiring matters little.",
        "The chair of the panel say so rarely.",
    ],
)
def test_singular_head_before_postmodifier_is_no_bare_cue(text: str) -> None:
    assert spans(text) == []


# -- verbs of evidence with evidence as their subject -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The poll suggests the governing party has lost ground in the suburbs.",
        "The latest figures indicate that rents rose for a sixth straight month.",
        "The data suggest most commuters have returned to the buses.",
        "Early results indicate the new drug cuts hospital stays by a day.",
        "The findings reveal that most households carry more debt than in 2019.",
        "A new survey suggests teachers are leaving the profession sooner.",
        "Court records confirm the company paid the fine in March.",
        "The study suggests the bridge will need repairs within five years.",
        "The statistics indicate that fewer farms are changing hands.",
        "Security footage reveals the driver ran a red light.",
        "Satellite images confirm that the ice shelf has split in two.",
    ],
)
def test_evidence_subject_reports_no_clause(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister suggested the talks would resume in the fall.",
            "the talks would resume in the fall",
        ),
        (
            "A former director indicated that he would return to the board.",
            "that he would return to the board",
        ),
        (
            "The coach revealed that two players had tested positive.",
            "that two players had tested positive",
        ),
        ("The mayor confirmed the pool would reopen in June.", "the pool would reopen in June"),
        (
            "The survey suggests schools should “rethink homework entirely.”",
            "schools should “rethink homework entirely.”",
        ),
        (
            "Police confirmed that the driver had been arrested.",
            "that the driver had been arrested",
        ),
        (
            "The union suggested the strike could end by Friday.",
            "the strike could end by Friday",
        ),
        (
            "Her lawyer indicated that she would appeal the ruling.",
            "that she would appeal the ruling",
        ),
        (
            "The premier reaffirmed that the hospital would be built.",
            "that the hospital would be built",
        ),
        (
            "The data, the analyst suggested, point to a slowdown this winter.",
            "The data",
        ),
    ],
)
def test_evidence_verbs_with_speakers_report(text: str, content: str) -> None:
    assert any(content in span for span in spans(text))


# -- verbs of judgement and description: a clause or an infinitive, not a noun phrase --
@pytest.mark.parametrize(
    "text",
    [
        "The critic described the new opera house as a glass shoebox.",
        "The biography portrays the late premier as a lonely man.",
        "The mayor praised the volunteers who cleared the trail after the storm.",
        "Opposition members condemned the closure of the rural clinic in Elgin.",
        "The ombudsman criticised the ministry’s handling of the benefit claims.",
        "Parents demanded an apology from the bus company after the breakdown.",
        "The senator demanded the resignation of the transport minister.",
        "The judge characterised the landlord’s conduct as careless.",
        "The coach praised his goaltender for a calm performance in overtime.",
        "The inspector criticized the state of the kitchen at the diner.",
        "The report depicts the harbour as a place of slow decline.",
    ],
)
def test_judging_verb_with_noun_phrase_reports_nothing(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Police urged drivers to stay off the roads overnight.", "to stay off the roads"),
        (
            "The minister urged all Canadians travelling to Peru to register with the embassy.",
            "to register with the embassy",
        ),
        (
            "The union demanded that the company reopen talks before Friday.",
            "that the company reopen talks",
        ),
        (
            "The council called on the province to fund the new bridge.",
            "to fund the new bridge",
        ),
        (
            "Doctors urged parents to keep sick children at home this week.",
            "to keep sick children at home",
        ),
        (
            "Health officials urged residents of the north end to boil their water.",
            "to boil their water",
        ),
        (
            "The coach urged his players never to give up on a loose puck.",
            "to give up on a loose puck",
        ),
        (
            "Advocates called on the city to open more warming centres.",
            "to open more warming centres",
        ),
        (
            "The mayor praised the crews, who she said “worked through the night.”",
            "“worked through the night.”",
        ),
        (
            "Tenants demanded that the landlord fix the broken elevator.",
            "that the landlord fix the broken elevator",
        ),
    ],
)
def test_object_verb_with_clause_or_infinitive_reports(text: str, content: str) -> None:
    assert any(content in span for span in spans(text))


# -- indirect questions name a topic, not a statement ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A Moncton grandmother has told how a stranger pulled her from the river.",
        "The principal explained why the school had closed two hours early.",
        "He told reporters how the fire had spread from the garage to the kitchen.",
        "The engineer described how the crane had toppled onto the empty lot.",
        "She revealed how she had trained for the race on a frozen lake.",
        "The witness recounted how the car had mounted the curb near the bakery.",
        "Officials explained how the new recycling bins would be collected.",
        "The coach told the team why the practice had been moved to Sunday.",
        "The farmer told how the hail had flattened his barley in ten minutes.",
        "The captain explained whether the ferry would sail in high winds.",
    ],
)
def test_indirect_question_is_no_quote(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She said she did not know how the fire had started.",
            "she did not know how the fire had started",
        ),
        (
            "The chief said nobody could explain why the alarm failed.",
            "nobody could explain why the alarm failed",
        ),
        (
            "He told reporters the team would decide whether to appeal.",
            "the team would decide whether to appeal",
        ),
        (
            "The mayor said residents wanted to know how the money was spent.",
            "residents wanted to know how the money was spent",
        ),
        (
            "The coach explained that he had asked why the game was delayed.",
            "that he had asked why the game was delayed",
        ),
        (
            "Police said it was unclear how the driver lost control.",
            "it was unclear how the driver lost control",
        ),
        (
            "The minister said the review would ask how the contract was awarded.",
            "the review would ask how the contract was awarded",
        ),
        (
            "She told the board that parents deserved to know why buses were late.",
            "that parents deserved to know why buses were late",
        ),
        (
            "The doctor said he wondered whether the clinic could stay open.",
            "he wondered whether the clinic could stay open",
        ),
        (
            "Organisers said they were still working out how the parade would run.",
            "they were still working out how the parade would run",
        ),
    ],
)
def test_question_word_inside_content_still_reports(text: str, content: str) -> None:
    assert any(content in span for span in spans(text))


# -- ``add to``: a verb of combining, not of saying ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Rising fuel costs only add to the misery of the island’s fishermen.",
        "The late snowfall added to the damage left by the spring flood.",
        "Each delay adds to the bill that taxpayers will eventually pay.",
        "The closure of the mill added to a long list of losses in the valley.",
        "Heavy traffic on the bridge adds to the noise on Water Street.",
        "The new fees will add to the cost of running a small farm.",
        "Her second goal added to a remarkable season for the young striker.",
        "Longer shifts have added to the strain on the hospital’s nurses.",
        "The rain added to the gloom at the half-empty stadium on Sunday.",
        "The scandal adds to pressure on the minister, who faces a vote in May.",
    ],
)
def test_add_to_a_noun_phrase_reports_nothing(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“We will be back next year,” she added to reporters.", "“We will be back next year,”"),
        (
            "The coach added that the team would appeal the suspension.",
            "that the team would appeal the suspension",
        ),
        (
            "Ms. Ortiz added that the clinic would stay open through the holidays.",
            "that the clinic would stay open through the holidays",
        ),
        ("“It is a start,” the mayor added.", "“It is a start,”"),
        (
            "He added that the rain had not hurt the wheat crop.",
            "that the rain had not hurt the wheat crop",
        ),
        (
            "The company added that it would hire 50 more drivers.",
            "that it would hire 50 more drivers",
        ),
        (
            "She added: “Nobody expected the river to rise this fast.”",
            "“Nobody expected the river to rise this fast.”",
        ),
        (
            "The minister said talks would resume, adding that she was hopeful.",
            "that she was hopeful",
        ),
        (
            "Mr. Lund added that the ferry would run on its winter schedule.",
            "that the ferry would run on its winter schedule",
        ),
        (
            "Police added that no one had been hurt in the crash.",
            "that no one had been hurt in the crash",
        ),
    ],
)
def test_add_as_a_verb_of_saying_still_reports(text: str, content: str) -> None:
    assert any(content in span for span in spans(text))


# -- a cue with an infinitive of its own reports nothing before it ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The premier and her Quebec counterpart, Luc Giroux, agreed on Friday to share flood data.",
        "The two clubs, the Rebels and the Stars, agreed to play the final game in Brandon.",
        "Both unions, the nurses and the porters, promised to return to the table.",
        "The owners of the mill, Dana and Rob Kerr, vowed last week to rebuild.",
        "The mayor and her deputy, Sam Osei, pledged on Monday to freeze fares.",
        "The three parties, after a long night, agreed to extend the session.",
        "The coach and his captain, Eli Brandt, promised to bring the cup home.",
        "The bakery’s founders, Amy and Li Chen, vowed to reopen by the spring.",
        "The regional chiefs, meeting in Thompson, agreed to draft a common plan.",
        "The town’s two councillors, Ray Lund and Ann Poirier, pledged to hold a vote.",
    ],
)
def test_content_before_a_cue_with_its_own_infinitive_is_none(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bridge will reopen in May, the minister said on Friday.", "The bridge will reopen"),
        ("The plan is dead, Smith told reporters.", "The plan is dead"),
        ("The season is over for Ortiz, the coach said.", "The season is over for Ortiz"),
        (
            "Fares will rise in January, the transit agency announced on Monday.",
            "Fares will rise in January",
        ),
        ("The clinic will stay open, officials promised.", "The clinic will stay open"),
        ("The mill will not reopen, the owners confirmed last week.", "The mill will not reopen"),
        (
            "The river has crested at Selkirk, the flood forecaster said on Sunday.",
            "The river has crested at Selkirk",
        ),
        ("The roof was never inspected, the report said.", "The roof was never inspected"),
        ("Prices will keep rising, the grocer warned.", "Prices will keep rising"),
        (
            "The talks broke down over wages, a union spokesperson said.",
            "The talks broke down over wages",
        ),
    ],
)
def test_content_before_a_cue_without_complement_reports(text: str, content: str) -> None:
    assert any(content in span for span in spans(text))
