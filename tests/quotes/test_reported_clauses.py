"""Reported clauses by the shape of their cue: without ``that``, through nouns, in the passive."""

from __future__ import annotations

import pytest

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document

EXTRACT = QuoteExtractor()


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in EXTRACT.extract(Document(text))]


# -- a subject and its finite verb open a clause without ``that`` ----------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry company denied the crossing was unsafe.", "the crossing was unsafe"),
        ("Coach Mara Lind insisted her players had done nothing wrong.", "her players had"),
        ("The bakery owner admitted sales were down by a third.", "sales were down"),
        ("Mayor Tom Reyes promised the library would reopen in May.", "the library would"),
        ("The weather office has warned more snow is likely on Friday.", "more snow is likely"),
        ("Ms. Patel vowed ticket prices would not rise this season.", "ticket prices would"),
        ("The grocer’s chief executive predicted most stores would stay open.", "most stores"),
        ("Coun. Ray Okoye replied the bridge had passed every inspection.", "the bridge had"),
        ("The union acknowledged the strike had cost its members dearly.", "the strike had"),
        ("Dr. Lena Holt conceded the clinic’s waiting list wasn’t shrinking.", "waiting list"),
        ("The landlord argued tenants had ignored three written warnings.", "tenants had"),
        ("Police confirmed the driver of the van failed a breath test.", "the driver of the van"),
    ],
)
def test_subject_and_finite_verb_open_a_reported_clause(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and content in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry operator denied the allegations from the crew.",
        "Mayor Tom Reyes promised voters a new library.",
        "The union acknowledged the support of other locals.",
        "The minister confirmed plans for a new bridge over the river.",
        "Coach Mara Lind praised the players who stayed late.",
        "The bakery owner admitted defeat after six months.",
        "The guide also suggests unsweetened milk and water as healthy drinks.",
        "The Rovers added three more unanswered goals in the second half.",
        "The council announced new parking fees for the harbour district.",
        "The company predicted growth in every region except the north.",
        "Ms. Patel vowed revenge on the club that released her.",
    ],
)
def test_noun_phrase_object_is_no_reported_clause(text: str) -> None:
    assert spans(text) == []


# -- a phrase set off by commas between the subject and its cue -------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The airline, in a statement on Monday, said the route would close in June.",
            "the route would close in June",
            "The airline",
        ),
        (
            "The fire chief, speaking at the scene, said nobody had been hurt.",
            "nobody had been hurt",
            "The fire chief",
        ),
        (
            "The goalkeeper, 31, admitted he had thought about retiring.",
            "he had thought about retiring",
            "The goalkeeper",
        ),
        (
            "The hospital, in an email to staff, warned that beds would be scarce all winter.",
            "beds would be scarce all winter",
            "The hospital",
        ),
        (
            "The city’s planner, writing in the annual report, noted the population had doubled.",
            "the population had doubled",
            "The city’s planner",
        ),
        (
            "The union, after a vote on Sunday, announced its members would return to work.",
            "its members would return to work",
            "The union",
        ),
        (
            "Her lawyer, outside the courthouse, said the verdict would be appealed.",
            "the verdict would be appealed",
            "Her lawyer",
        ),
        (
            "The coach, asked about the injury, said the striker would miss a month.",
            "the striker would miss a month",
            "The coach",
        ),
        (
            "The housing association, through its chair, complained that repairs were overdue.",
            "repairs were overdue",
            "The housing association",
        ),
        (
            "The ministry, responding to questions from reporters, said talks would resume.",
            "talks would resume",
            "The ministry",
        ),
        (
            "The company, in a filing with regulators, disclosed that profits had fallen.",
            "profits had fallen",
            "The company",
        ),
    ],
)
def test_subject_before_a_phrase_set_off_by_commas_is_the_speaker(
    text: str, content: str, speaker: str
) -> None:
    (quote,) = EXTRACT.extract(Document(text))
    assert content in text[quote.start : quote.end]
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end] == speaker


# -- verbs of manner, complaint and reply before ``that`` and a clause -------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The comedian joked that the tour was cheaper than therapy.", "the tour was cheaper"),
        ("Marchers outside the plant shouted that the owners had lied.", "the owners had lied"),
        ("The witness whispered that she had seen the driver before.", "she had seen"),
        ("The fans yelled that the referee was blind.", "the referee was blind"),
        ("The manager boasted that his side had never lost at home.", "his side had never"),
        ("Neighbours grumbled that the new lights kept them awake.", "the new lights kept"),
        ("The minister retorted that the figures were out of date.", "the figures were"),
        ("The defence lawyer countered that the video had been edited.", "the video had been"),
        ("The old sailor muttered that the storm would break by midnight.", "the storm would"),
        ("Her brother moaned that the queue had not moved in an hour.", "the queue had not"),
        ("The striker bragged that he would score twice on Sunday.", "he would score"),
    ],
)
def test_manner_verb_before_that_reports_the_clause(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and content in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The storm continued that night and well into the morning.",
        "The crowd shouted that name until the band came back on stage.",
        "The choir sang that hymn at every funeral in the village.",
        "The delays went on that way for most of the winter.",
        "The hearing began that afternoon with the coroner’s report.",
        "The fans chanted that slogan for the whole second half.",
        "The toddler whispered that word to everyone she met.",
        "The river roared that spring as it had not for decades.",
        "The foghorn boomed that evening across the harbour.",
        "The audience cheered that goal louder than any other.",
    ],
)
def test_manner_verb_before_a_demonstrative_reports_nothing(text: str) -> None:
    assert spans(text) == []


# -- a verb that reports nothing inside the content of ``According to X ,`` --------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("According to officials, the union has demanded a new contract.", "the union has"),
        ("According to the coroner, the driver admitted nothing at the scene.", "the driver"),
        ("According to police, the suspect confessed his part in the robbery.", "the suspect"),
        ("According to the league, the club has appealed the fine.", "the club has appealed"),
        ("According to court filings, the bank denied every claim.", "the bank denied"),
        ("According to two aides, the senator praised the deal in private.", "the senator"),
        ("According to the minutes, the board discussed the sale twice.", "the board"),
        ("According to her agent, the singer announced her retirement to friends.", "the singer"),
        ("According to local reports, the mayor promised a review.", "the mayor promised"),
        ("According to the survey, residents called for more buses.", "residents called"),
        ("According to the filing, the company disclosed the breach in March.", "the company"),
    ],
)
def test_clause_after_according_to_holds_its_own_verbs(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and found[0].startswith(content)


# -- a hearer before ``that`` after verbs of promise, warning and assurance ---------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Ana Ruiz promised voters on Saturday that fares would not rise.", "fares would"),
        ("The utility warned customers that bills would climb in January.", "bills would climb"),
        ("The coach assured Ms. Okafor that she would start on Sunday.", "she would start"),
        ("The principal reminded parents last week that classes end at noon.", "classes end"),
        ("The airline promised passengers that refunds would arrive within a week.", "refunds"),
        ("The minister warned farmers in Alberta that the drought could last.", "the drought"),
        ("Dr. Ravi Nair cautioned drivers that the bridge would be closed.", "the bridge would"),
        ("The owner pledged employees that no jobs would be lost.", "no jobs would"),
        ("Police warned residents on Elm Street that the gas leak was serious.", "the gas leak"),
        ("The senator promised supporters that she would run again.", "she would run"),
        ("The council complained bitterly that the province had cut its grant.", "the province"),
    ],
)
def test_hearer_before_that_is_no_content(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and found[0].startswith(("that " + content, content))


@pytest.mark.parametrize(
    "text",
    [
        "The firm announced plans that would cut its costs by half.",
        "The city confirmed changes that will affect every bus route.",
        "The company announced measures that it said would save money.",
        "The union reported gains that were larger than expected.",
        "The team announced signings that should help the defence.",
        "The board disclosed payments that had been made to a consultant.",
        "Officials reported little progress but are hopeful that a deal is near.",
        "The ministry announced grants that could reach every school.",
        "The club confirmed deals that have been in the works for months.",
        "The bank disclosed losses that were twice the forecast.",
    ],
)
def test_relative_clause_after_a_noun_object_is_no_content(text: str) -> None:
    assert spans(text) == []


# -- a noun of a speech act with a possessor reports its ``that`` clause ------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Voters doubted Mayor Ana Ruiz’s claim that the budget was balanced.",
            "the budget was balanced",
            "Ana Ruiz",
        ),
        (
            "Shares fell despite Okafor’s assurance that the dividend was safe.",
            "the dividend was safe",
            "Okafor",
        ),
        (
            "The mayor’s promise that fares would not rise did not last a year.",
            "fares would not rise",
            "The mayor",
        ),
        (
            "Ms. Ada Lund spoke first. Nobody took her warning that the dam could fail seriously.",
            "the dam could fail",
            "her",
        ),
        (
            "The club rejected Lindqvist’s allegation that the referee had been bribed.",
            "the referee had been bribed",
            "Lindqvist",
        ),
        (
            "The inquiry heard the driver’s admission that he had been texting.",
            "he had been texting",
            "the driver",
        ),
        (
            "Critics mocked the minister’s insistence that prices were falling.",
            "prices were falling",
            "the minister",
        ),
        (
            "Tom Baird did not testify. His denial that the firm had paid bribes was read out.",
            "the firm had paid bribes",
            "His",
        ),
        (
            "Residents welcomed the council’s announcement that the pool would reopen.",
            "the pool would reopen",
            "the council",
        ),
        (
            "Reporters questioned Mr. Haddad’s contention that the strike was illegal.",
            "the strike was illegal",
            "Haddad",
        ),
        (
            "Fans cheered the coach’s prediction that the team would reach the final.",
            "the team would reach the final",
            "the coach",
        ),
    ],
)
def test_noun_of_a_speech_act_reports_its_that_clause(
    text: str, content: str, speaker: str
) -> None:
    (quote,) = EXTRACT.extract(Document(text))
    assert text[quote.start : quote.end].startswith(content)
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end].endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The claim that the river was clean turned out to be false.",
        "A promise that the bridge would open by May was never kept.",
        "The report that the mine had closed spread through the town.",
        "The fact that the shop was closed surprised nobody.",
        "Her promise that was broken last year still angers voters.",
        "The minister’s claim was rejected by the committee.",
        "The council’s warning about the floods came too late.",
        "The union’s complaints about the heat were ignored for weeks.",
        "The news that the plant would close shocked the town.",
        "The mayor’s pledge to cut fares that nobody believed was dropped.",
    ],
)
def test_noun_without_possessor_or_clause_reports_nothing(text: str) -> None:
    assert spans(text) == []


# -- a cue with adjuncts set off by commas inside the clause it reports --------------------
@pytest.mark.parametrize(
    ("text", "after"),
    [
        (
            "The school bus contract, trustees said Monday, will go back out to tender.",
            "will go back out to tender",
        ),
        (
            "The new arena, the mayor said on Friday, should open before the playoffs.",
            "should open before the playoffs",
        ),
        (
            "Most of the old docks, Ms. Lee said at the hearing, were built before 1950.",
            "were built before 1950",
        ),
        (
            "The harbour ferry, officials said this week, has been late all winter.",
            "has been late all winter",
        ),
        (
            "The night buses, the agency said in a statement, would run until two.",
            "would run until two",
        ),
        (
            "The seniors’ centre, Coun. Ray Okoye said Tuesday, could close by June.",
            "could close by June",
        ),
        (
            "The two goalkeepers, the coach said after training, had trained apart all week.",
            "had trained apart all week",
        ),
        (
            "A new wing of the hospital, the minister said on Monday, is due next year.",
            "is due next year",
        ),
        (
            "Every ticket for the final, organisers said last night, was sold within an hour.",
            "was sold within an hour",
        ),
        (
            "The landslide, police said early on Sunday, had cut the only road to the village.",
            "had cut the only road",
        ),
    ],
)
def test_clause_resumes_after_a_cue_and_its_adjuncts(text: str, after: str) -> None:
    assert any(after in found for found in spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "The new arena opened, the mayor said on Friday, after two years of delays.",
        "The ferry was late, officials said this week, adding to the backlog.",
        "The buses ran late, the agency said in a statement, which nobody read.",
        "The centre will close, Coun. Ray Okoye said Tuesday, and the staff moved.",
        "The docks were rebuilt, Ms. Lee said at the hearing, with federal money.",
        "The road reopened, police said early on Sunday, for the first time in a week.",
        "The tickets sold out, organisers said last night, within an hour of release.",
        "The hospital wing is due next year, the minister said on Monday, in Halifax.",
        "The goalkeepers trained apart, the coach said after training, for a whole week.",
        "The contract expired, trustees said Monday, when the vote failed.",
    ],
)
def test_adjuncts_after_an_interrupting_cue_are_no_content(text: str) -> None:
    found = spans(text)
    assert len(found) == 1 and text.startswith(found[0])


# -- a cue in a clause of condition reports nothing yet -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "If the coach says the team is tired, the fans will revolt.",
        "Unless the bank confirms the loan is approved, the sale will collapse.",
        "If the mayor announces that fares will rise, riders will protest.",
        "If Ms. Lee admits the figures were wrong, she will have to resign.",
        "Unless the union agrees the offer is fair, the strike will go on.",
        "If the minister insists the clinic must close, the town will fight it.",
        "If officials confirm the water is safe, the beach will reopen.",
        "Unless the league says the goal was offside, the result stands.",
        "If the company warns that profits will fall, its shares will slide.",
        "If the club denies the player was injured, fans will not believe it.",
    ],
)
def test_cue_in_a_condition_reports_nothing(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The coach said that if the team is tired, it will rest.", "if the team is tired"),
        ("Ms. Lee said the sale would collapse unless the bank agreed.", "the sale would"),
        ("The mayor warned that if fares rose, riders would leave.", "if fares rose"),
        ("The union said it would strike if the offer was not improved.", "it would strike"),
        ("If asked, the minister said, she would resign.", "she would resign"),
    ],
)
def test_condition_inside_reported_speech_is_content(text: str, content: str) -> None:
    assert any(content in found for found in spans(text))


# -- a name that ends in a word spelled like a modal (``Theresa May said``) -------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Prime Minister Theresa May said the vote was binding.", "the vote was binding"),
        ("Guitarist Brian May said the tour would end in June.", "the tour would end"),
        ("Dr. Ellen May told reporters the clinic had run out of beds.", "the clinic had"),
        ("Coach Tom May admitted his side had been poor.", "his side had been poor"),
        ("Harriet May said on Monday that the bakery would close.", "the bakery would close"),
        ("Senator Ruth May warned that the bill would fail.", "the bill would fail"),
        ("Mayor Gil May insisted the budget was balanced.", "the budget was balanced"),
        ("Principal Joan May explained that classes would resume.", "classes would resume"),
        ("Chef Andre Will said the restaurant would reopen in spring.", "the restaurant would"),
        ("Captain Ada Will confirmed the ferry had left on time.", "the ferry had left"),
    ],
)
def test_name_ending_in_a_modal_word_is_the_subject(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and content in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Officials may say the plan has failed.",
        "The minister might announce that taxes will rise.",
        "Residents could argue the fees are too high.",
        "Some voters may claim the count was wrong.",
        "The union will claim the vote was rigged.",
    ],
)
def test_modal_before_a_cue_reports_nothing(text: str) -> None:
    assert spans(text) == []


# -- a parenthesis between a name and its cue -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sen. Ann Ruiz (D-Ohio) said the bill would pass by June.", "Ann Ruiz"),
        ("Rep. Tom Baird (R-Texas) warned that the vote could slip.", "Tom Baird"),
        ("Karen Olsen (pictured) said the shop had been robbed twice.", "Karen Olsen"),
        ("Paul Grady (44) told the court he had been at home.", "Paul Grady"),
        ("Leah Stone (NDP) argued the cuts would hurt rural schools.", "Leah Stone"),
        ("Dr. Omar Haddad (Toronto General) said the ward was full.", "Omar Haddad"),
        ("Mayor Ruth Kim (Lakeside) insisted the budget was balanced.", "Ruth Kim"),
        ("Coach Ines Ortiz (left) admitted the team had played badly.", "Ines Ortiz"),
        ("Senator Jo Park (D-Maine) on Tuesday said the deal was dead.", "Jo Park"),
        ("Gov. Ed Varga (R-Idaho) confirmed the fires were contained.", "Ed Varga"),
    ],
)
def test_parenthesis_between_name_and_cue_is_stepped_over(text: str, speaker: str) -> None:
    (quote,) = EXTRACT.extract(Document(text))
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end].endswith(speaker)


# -- the antecedent of a relative pronoun that is a cue's subject --------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("There are economists who argue that taxes should be low.", "taxes should be low"),
        ("The clinic employs nurses who say the wards are understaffed.", "the wards are"),
        ("Families of the victims, many of whom say the claims are false, will sue.", "claims"),
        ("The club has fans who insist the coach must go.", "the coach must go"),
        ("The town has residents who complain that the buses are late.", "the buses are late"),
        ("The union has members who warn that the mine is unsafe.", "the mine is unsafe"),
        ("The farmers, some of whom said the price was too low, left early.", "the price was"),
        ("The tenants, most of whom say rents have doubled, met on Monday.", "rents have"),
        ("The board heard from parents who argued the school should stay open.", "the school"),
        ("The firm hired lawyers who claim the contract was void.", "the contract was void"),
    ],
)
def test_relative_pronoun_subject_reports_for_its_antecedent(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and content in found[0]


# -- a relative clause set off by commas ends before the main verb -------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor, who said the plan was sound, voted against it.", "the plan was sound"),
        ("The agency, which said the data were flawed, has pulled the report.", "the data"),
        ("The study, which notes that rents rose, should worry the city.", "that rents rose"),
        ("Ms. Lee, who argued the fees were too high, resigned on Friday.", "the fees were"),
        ("The union, which warned that jobs were at risk, called a strike.", "that jobs were"),
        ("The coach, who admitted the team was tired, rested six players.", "the team was"),
        ("The bank, which said profits had fallen, lowered its dividend.", "profits had fallen"),
        ("Mr. Ruiz, who insisted he was innocent, was jailed for a year.", "he was innocent"),
        ("The council, which confirmed the pool would close, has apologised.", "the pool"),
        ("The firm, which denied the leak was serious, was fined.", "the leak was serious"),
    ],
)
def test_relative_clause_content_ends_before_the_main_verb(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and content in found[0] and "," not in found[0]


# -- a duration between a cue and its content -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Consumer groups complained for months that the scooters were unsafe.", "the scooters"),
        ("The mayor said for the first time that she would not run again.", "she would not"),
        ("The minister said for years the bridge was safe.", "the bridge was safe"),
        ("Neighbours have argued for decades that the quarry should close.", "the quarry"),
        ("The union warned for weeks that the mine was unsafe.", "the mine was unsafe"),
        ("Ms. Lee insisted for the past two years that the figures were wrong.", "the figures"),
        ("The club has claimed for months the stadium was paid for.", "the stadium was"),
        ("Residents complained for days that the water smelled of oil.", "the water smelled"),
        ("The coach said for the second time that the team was tired.", "the team was tired"),
        ("Farmers have warned for three years that prices would collapse.", "prices would"),
    ],
)
def test_duration_after_a_cue_is_no_content(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and content in found[0] and " for " not in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The team trained for hours in the rain.",
        "Residents asked for more time to comment on the plan.",
        "The council voted for a new budget on Tuesday.",
        "The coach said nothing for a week.",
        "The club pleaded for patience from its fans.",
    ],
)
def test_for_before_no_duration_is_no_adjunct(text: str) -> None:
    assert spans(text) == []


# -- an implicative predicate before ``to`` and a cue -----------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The mayor went on to say that the budget was balanced.", "the budget", "The mayor"),
        (
            "The coach was quick to point out that the team had won six straight.",
            "the team",
            "The coach",
        ),
        ("The singer took to Instagram to say she was fine.", "she was fine", "The singer"),
        (
            "The premier was the first to admit the rollout had been botched.",
            "the rollout",
            "The premier",
        ),
        (
            "Ms. Okafor was careful to stress that no decision had been made.",
            "no decision",
            "Okafor",
        ),
        (
            "The chief took the opportunity to announce that two officers had been hired.",
            "two officers",
            "The chief",
        ),
        (
            "The senator took to social media to argue the bill was unfair.",
            "the bill was",
            "The senator",
        ),
        (
            "The owner made a point to mention that the shop had never closed.",
            "the shop had",
            "The owner",
        ),
        (
            "The minister hastened to add that the plan was not final.",
            "the plan was not",
            "The minister",
        ),
        (
            "Mr. Varga goes on to explain that the rules were never enforced.",
            "the rules were",
            "Varga",
        ),
    ],
)
def test_implicative_predicate_before_a_cue_reports(text: str, content: str, speaker: str) -> None:
    (quote,) = EXTRACT.extract(Document(text))
    assert content in text[quote.start : quote.end]
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end].endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor declined to say whether the budget was balanced.",
        "The minister wanted to say the plan was fair.",
        "The firm is expected to announce that profits fell.",
        "The coach refused to admit the team had played badly.",
        "The union plans to argue that the strike was legal.",
        "The senator hopes to explain that the bill was misread.",
        "The company is due to confirm that the plant will close.",
        "The chief was eager to announce that officers had been hired.",
        "The owner tried to claim the shop had never closed.",
        "The minister is set to reveal that the deficit has grown.",
    ],
)
def test_cue_after_a_predicate_of_intention_reports_nothing(text: str) -> None:
    assert spans(text) == []


# -- an absolute clause: ``with`` and a subject before a participle of saying ---------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The toll rose to 40, with officials saying it could climb further.",
            "it could climb",
            "officials",
        ),
        (
            "The mayor said the toll had risen, with police warning that roads were closed.",
            "roads were",
            "police",
        ),
        (
            "With the union warning that a strike was likely, the talks resumed.",
            "a strike was likely",
            "the union",
        ),
        (
            "Prices fell again, with analysts noting that demand had slowed.",
            "demand had slowed",
            "analysts",
        ),
        (
            "The vote passed, with Ms. Ruiz insisting the count was fair.",
            "the count was fair",
            "Ruiz",
        ),
        (
            "The plant closed, with the owners complaining that power cost too much.",
            "power cost too much",
            "the owners",
        ),
        (
            "The game was delayed, with the referee saying the pitch was unsafe.",
            "the pitch was",
            "the referee",
        ),
        (
            "Shares slid, with traders arguing the forecast was too rosy.",
            "the forecast was",
            "traders",
        ),
        (
            "With residents insisting the water was brown, the city sent a crew.",
            "the water was brown",
            "residents",
        ),
        (
            "The fire spread, with neighbours saying they had smelled smoke for hours.",
            "they had smelled",
            "neighbours",
        ),
    ],
)
def test_subject_of_an_absolute_clause_speaks(text: str, content: str, speaker: str) -> None:
    quotes = EXTRACT.extract(Document(text))
    (quote,) = [q for q in quotes if content in text[q.start : q.end]]
    assert "," not in text[quote.start : quote.end]
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end].endswith(speaker)


# -- a verb of joking, reply or complaint closing the clause it reports ---------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bill is dead, one aide joked.", "The bill is dead"),
        ("The plan is a farce, the mayor retorted.", "The plan is a farce"),
        ("The figures were wrong, Ms. Okafor countered.", "The figures were wrong"),
        ("Nobody ever reads the minutes, a councillor remarked.", "Nobody ever reads"),
        ("The buses are always late, residents griped.", "The buses are always late"),
        ("His team would have won with a fit striker, the coach boasted.", "His team would"),
        ("The food was cold again, the patients moaned.", "The food was cold again"),
        ("That was the easy part, the captain joked.", "That was the easy part"),
        ("The referee had a good game, the manager answered.", "The referee had"),
        ("The rent has doubled in two years, the tenants grumbled.", "The rent has doubled"),
    ],
)
def test_verb_of_joking_or_reply_closing_a_clause_reports_it(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and found[0].startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The bells rang out, and the choir sang.",
        "The lights went down, the crowd roared.",
        "The wind picked up, the foghorn boomed.",
        "The gates opened, the fans chanted.",
        "The engine stalled, the driver groaned.",
        "The lights dimmed, and the band began.",
        "The rain stopped, the game continued.",
        "The whistle blew, the crowd screamed.",
        "The doors closed, and the baby cried.",
        "The storm passed, the dogs howled.",
    ],
)
def test_sound_verb_closing_a_clause_reports_nothing(text: str) -> None:
    assert spans(text) == []


# -- an ``-ed`` verb after a determiner or compound modifier with its complement ----------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Reports had claimed the 24-year-old wanted to leave in January.", "the 24-year-old"),
        ("The club insisted the 19-year-old signed that contract freely.", "the 19-year-old"),
        ("Police confirmed the 45-year-old crashed the van.", "the 45-year-old"),
        ("The coach said the newcomer showed that he was ready.", "the newcomer showed"),
        ("Ms. Lee denied the three-time champion skipped the final.", "the three-time champion"),
        ("Officials warned the two-lane bridge needed a full repair.", "the two-lane bridge"),
        ("The agent claimed the 30-year-old rejected their offer.", "the 30-year-old"),
        ("The union insisted the part-timers deserved the same raise.", "the part-timers"),
        ("Critics argued the long-serving mayor ignored the warnings.", "the long-serving"),
        ("The team confirmed the 22-year-old injured his knee.", "the 22-year-old"),
    ],
)
def test_ed_verb_with_a_complement_after_a_compound_is_finite(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and found[0].startswith(content)


# -- a cue after ``and`` inside reported speech whose subject names no speaker --------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ryan said the shootings and protests demand that everyone listen more.",
            "protests demand",
        ),
        (
            "The mayor said the floods and storms confirmed the dikes were too low.",
            "storms confirmed",
        ),
        ("Ms. Lee said the delays and costs suggest the project was badly run.", "costs suggest"),
        ("The coach said rain and injuries explain why the team lost.", "injuries explain"),
        ("The minister said prices and wages indicate the economy is cooling.", "wages indicate"),
        ("He said the heat and smoke warned residents that the fire was close.", "smoke warned"),
        ("She said the layoffs and closures show the town is struggling.", "closures show"),
        ("The chief said the crashes and fines proved the road was unsafe.", "fines proved"),
        ("Mr. Ortiz said the rents and taxes suggest families are leaving.", "taxes suggest"),
        ("The report said floods and fires reveal the plan had failed.", "fires reveal"),
    ],
)
def test_cue_with_no_speaker_after_and_stays_in_the_content(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and content in found[0]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The mayor said the plan was sound and critics argued it was too costly.", "it was too"),
        (
            "Ms. Lee said the pool would close and residents complained that it was unfair.",
            "it was",
        ),
        ("The coach said the team was tired and players insisted they were fine.", "they were"),
        ("Police said the road was closed and officials warned it could flood.", "it could"),
        ("The firm said sales rose by a third and analysts noted the gain was small.", "the gain"),
    ],
)
def test_cue_with_a_speaker_after_and_reports_apart(text: str, second: str) -> None:
    found = spans(text)
    assert len(found) == 2 and second in found[1]


# -- a fronted subordinate clause ends before the main clause --------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Although the mayor said the pool would close, it reopened in May.",
            "the pool would close",
        ),
        (
            "Because officials warned that the bridge was unsafe, the ferry ran all night.",
            "the bridge was unsafe",
        ),
        (
            "But while Ms. Lee insisted the count was fair, the board ordered a recount.",
            "the count was fair",
        ),
        (
            "While he acknowledged funding was a major reason, he also blamed the rules.",
            "funding was a major reason",
        ),
        (
            "After the coach said the team was tired, the club cancelled training.",
            "the team was tired",
        ),
        (
            "Though residents complained that the water was brown, the city did nothing.",
            "the water was brown",
        ),
        (
            "Since the bank confirmed the loan was approved, the sale went ahead.",
            "the loan was approved",
        ),
        (
            "When the union announced it would strike, the company called a meeting.",
            "it would strike",
        ),
        ("As police warned that roads were icy, schools closed early.", "roads were icy"),
        (
            "Before the minister admitted the plan had failed, critics had said so for months.",
            "the plan had failed",
        ),
    ],
)
def test_fronted_subordinate_clause_reports_up_to_the_main_clause(text: str, content: str) -> None:
    found = spans(text)
    assert found and content in found[0] and "," not in found[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor admitted spending had risen sharply.", "spending had risen"),
        ("The coach said training was cancelled.", "training was cancelled"),
        ("The union warned bargaining had broken down.", "bargaining had broken down"),
        ("Ms. Lee insisted funding would not be cut.", "funding would not"),
        ("The council confirmed parking will be free in December.", "parking will be free"),
        ("Officials admitted flooding was worse than forecast.", "flooding was worse"),
        ("The owner denied smoking had been allowed inside.", "smoking had been"),
        ("The principal stressed bullying would not be tolerated.", "bullying would not"),
        ("The agency conceded housing has become unaffordable.", "housing has become"),
        ("The chief warned speeding is the main cause of crashes.", "speeding is the main"),
    ],
)
def test_noun_in_ing_before_its_verb_is_a_subject(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and content in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The coach denied having any doubts about the striker.",
        "The senator proposed dropping carried interest from the bill.",
        "The union admitted misjudging the mood of its members.",
        "The mayor confessed hating the new logo.",
        "The firm announced closing three stores in the north.",
    ],
)
def test_gerund_with_its_object_is_no_reported_clause(text: str) -> None:
    assert spans(text) == []


# -- the whole noun phrase after ``according to`` is the source -------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The coalition is near collapse, according to two officials familiar with the talks.",
            "two officials familiar with the talks",
        ),
        (
            "According to two officials familiar with the talks, the coalition is near collapse.",
            "two officials familiar with the talks",
        ),
        (
            "The mine will close in May, according to a memo seen by reporters.",
            "a memo seen by reporters",
        ),
        (
            "According to three people close to the team, the coach will resign.",
            "three people close to the team",
        ),
        (
            "The deal is worth $40 million, according to a source close to the club.",
            "a source close to the club",
        ),
        (
            "According to a filing made public on Friday, the bank lost $2 billion.",
            "a filing made public on Friday",
        ),
        (
            "The ferry sank in minutes, according to two crew members interviewed by police.",
            "two crew members interviewed by police",
        ),
        (
            "According to the minutes of the meeting, the board voted twice.",
            "the minutes of the meeting",
        ),
        (
            "Fares will rise by a fifth, according to the draft budget released Monday.",
            "the draft budget released Monday",
        ),
        (
            "According to several residents of the street, the fire began at midnight.",
            "several residents of the street",
        ),
    ],
)
def test_according_to_takes_the_whole_source_phrase(text: str, source: str) -> None:
    (quote,) = EXTRACT.extract(Document(text))
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end] == source


# -- a relative clause, a connective or a number between commas before the cue ---------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The union, representing 3,000 workers, said the offer was an insult.", "The union"),
        ("The company, which employs 400 people, said the plant would stay open.", "The company"),
        ("The minister, however, insisted the plan was sound.", "The minister"),
        ("The coach, meanwhile, admitted the team was tired.", "The coach"),
        ("The hospital, which opened in 1950, warned that the roof was failing.", "The hospital"),
        ("The club, nevertheless, confirmed the stadium would be sold.", "The club"),
        ("The tenants, who pay $2,100 a month, complained that the heat was off.", "The tenants"),
        ("The agency, too, said the figures were wrong.", "The agency"),
        ("The airline, whose planes are grounded, said refunds would be paid.", "The airline"),
        ("The council, moreover, argued the tax was legal.", "The council"),
    ],
)
def test_relative_clause_or_connective_between_commas_is_stepped_over(
    text: str, speaker: str
) -> None:
    (quote,) = EXTRACT.extract(Document(text))
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end] == speaker


# -- a floating quantifier between a plural subject and its cue ------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The two leaders both said the talks had been useful.", "the talks had been"),
        ("They all said the food was cold.", "the food was cold"),
        ("The three candidates all promised that taxes would fall.", "taxes would fall"),
        ("The unions both warned the deal would cost jobs.", "the deal would"),
        ("Residents all complained that the buses were late.", "the buses were late"),
        ("The parents both insisted the school had ignored them.", "the school had"),
        ("The senators all argued the bill was too costly.", "the bill was"),
        ("The teams both confirmed the match would go ahead.", "the match would"),
        ("The coaches both admitted the pitch was poor.", "the pitch was poor"),
        ("Analysts all predicted the bank would hold its rate.", "the bank would"),
    ],
)
def test_floating_quantifier_before_a_cue_is_stepped_over(text: str, content: str) -> None:
    found = spans(text)
    assert len(found) == 1 and content in found[0]
