"""Invented news-like articles for the batch benchmark, built from seeds/ and templates.

Sentences come from the project's own ``seeds/`` articles and from templates
filled with invented people, places and organisations; a fixed random seed
makes the same archive every time.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

GIVEN = [
    "Alma",
    "Bruno",
    "Celia",
    "Dario",
    "Edith",
    "Farid",
    "Greta",
    "Hector",
    "Ines",
    "Jonas",
    "Kaori",
    "Luis",
    "Mirela",
    "Nils",
    "Oona",
    "Pavel",
    "Quinn",
    "Rosa",
    "Sami",
    "Tove",
]
FAMILY = [
    "Abernathy",
    "Brisco",
    "Castellan",
    "Dunmore",
    "Eskildsen",
    "Fairweather",
    "Galloway",
    "Holmqvist",
    "Ibarra",
    "Jorgensen",
    "Kettering",
    "Lindqvist",
    "Marchetti",
    "Norcross",
    "Okonkwo",
    "Pellegrini",
    "Quarles",
    "Rasmussen",
    "Stavros",
    "Thackeray",
]
ROLES = [
    "mayor",
    "finance minister",
    "chief executive",
    "spokeswoman",
    "union leader",
    "police chief",
    "harbour master",
    "school superintendent",
    "senator",
    "economist",
]
ORGS = [
    "the Northbridge Water Authority",
    "Calder & Finch Holdings",
    "the Vellmark City Council",
    "the Eastern Rail Union",
    "Orison Biotech",
    "the Port of Aldway",
    "the Tamsin Hospital Trust",
    "Greyfield Mutual",
    "the Lakeshore School Board",
    "the Ministry of Coastal Affairs",
]
PLACES = [
    "Aldway",
    "Vellmark",
    "Port Tamsin",
    "Greyfield",
    "North Calder",
    "Lakeshore",
    "Orison Bay",
    "Upper Fenwick",
    "Marrow Point",
    "Eastholm",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "last week", "on Sunday night"]
NOUNS = ["bridges", "bus routes", "clinics", "schools", "ferries", "jobs", "wind turbines", "homes"]
VERBS = ["close", "reopen", "be rebuilt", "be cut", "expand", "be reviewed"]

TEMPLATES = [
    "{name}, the {role} of {org}, said on {day} that {count} {noun} would {verb} by {year}.",
    "“We will not accept a plan that leaves {place} behind,” {name} told reporters in {place2}.",
    "{org} reported revenue of ${amount} million for the quarter, up {pct} percent from a year "
    "earlier.",
    "The council voted {a} to {b} to approve the plan, which will cost about {amount} million "
    "euros over {years} years.",
    "According to {name}, a {role} at {org}, about {count} people were affected in {place}.",
    "“It is too early to say,” said {name}, adding that inspectors would return to {place} {day}.",
    "Prices in {place} rose {pct}% in {month}, the fastest pace since {year2}, {org} said.",
    "{name} denied the claim, saying {org} had “always followed the rules” in {place}.",
    "Some {count} residents attended the meeting, and {pct} percent of them backed the proposal.",
    "The {noun_single} near {place} will remain closed until at least {month}, officials said.",
]
MONTHS = ["January", "March", "May", "July", "September", "November"]
SINGLE = ["bridge", "station", "clinic", "harbour road", "market hall", "reservoir"]


def _seed_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            sentences += [s.strip() for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", paragraph)]
    return [s for s in sentences if len(s.split()) >= 4]


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", role=rng.choice(ROLES),
        org=rng.choice(ORGS), day=rng.choice(DAYS), count=rng.randint(2, 4000),
        noun=rng.choice(NOUNS), verb=rng.choice(VERBS), year=rng.randint(2026, 2035),
        place=rng.choice(PLACES), place2=rng.choice(PLACES), amount=rng.randint(2, 900),
        pct=round(rng.uniform(0.5, 40), 1), a=rng.randint(5, 12), b=rng.randint(0, 4),
        years=rng.randint(2, 15), month=rng.choice(MONTHS), year2=rng.randint(1990, 2020),
        noun_single=rng.choice(SINGLE),
    )  # fmt: skip


def articles(n: int, seed: int = 0) -> Iterator[str]:
    """Yield *n* invented articles of 3 to 10 paragraphs (about 100 to 500 words)."""
    rng = random.Random(seed)
    seeds = _seed_sentences()
    for _ in range(n):
        paragraphs = []
        for _ in range(rng.randint(3, 10)):
            size = rng.randint(1, 3)
            sentences = [
                _fill(rng, rng.choice(TEMPLATES)) if rng.random() < 0.7 else rng.choice(seeds)
                for _ in range(size)
            ]
            paragraphs.append(" ".join(sentences))
        yield "\n\n".join(paragraphs) + "\n"
