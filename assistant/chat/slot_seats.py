"""The seats a message counts beside a staff total ("60 salariés mais 25 postes informatiques", "45 salariés dont 20 sur
ordinateur", "80 staff but only 30 PCs", "150 employees, around 40 computer users"): the users of the services are the
seats (workstations, computers, accounts, people working on one), not the head-count of the firm."""

from __future__ import annotations

import re

# a count of seats: the machine or the account, or people said to work on one
# (s35: "sixteen of them on computers", "dont vingt d'entre eux sur PC": the part said of the whole, plural devices)
_SEAT_AFTER = re.compile(r"\s*(?:-\s*)?(?:(?:of (?:them|whom|those|these)|d'entre (?:eux|elles)|parmi (?:eux|elles)),?\s+)?(?:(?:postes?|ordinateurs?)(?: (?:informatiques?|de travail|fixes|portables))?|pcs?|computers?|"
                         r"laptops?|desktops?|workstations?|endpoints?|seats?|comptes?(?: (?:utilisateurs?|informatiques?|"
                         r"microsoft|m365|office))?|(?:user )?accounts?|licen[cs]es?|utilisateurs? (?:informatiques?|de l'informatique)|"
                         r"(?:computer|pc|it) users?|users? (?:with|on) (?:a )?(?:pc|computer|laptop)|"
                         r"(?:personnes?|people|salaries?|employees?|staff|agents?|collaborateurs?)? ?(?:sur|on|with|avec|qui ont|who have|ont|have|has|"
                         r"(?:ont|have|has) (?:chacun|each|got)|"
                         r"using|utilisant|use|utilisent|work on|travaillent sur|equipes? d'un|equipped with) (?:un |une |a |an |their own |des |les |)(?:ordinateurs?|postes?|pcs?|"
                         r"computers?|laptops?|workstations?|ecrans?|screens?))\b")
# a count of the firm's people, whatever their seat
_STAFF_AFTER = re.compile(r"\s*(?:-\s*)?(?:salaries?|employes?|employees?|staff|personnes?|people|collaborateurs?|collabs?|agents?|"
                          r"fte|ftes|etp|team members?|staff members?|personnels?)\b(?! (?:sur|on|with|avec|using|utilisant) "
                          r"(?:un |une |a |an )?(?:ordinateur|poste|pc|computer|laptop))")


def seats_beside_staff(folded: str, quantities: list) -> int | None:
    """The seats counted when the message also gives a different staff total (`quantities`: the text toolkit's, digits
    and words, with their spans in `folded`); None when it gives only one of them (the readers of the facts then read
    it) or both alike."""
    seats, staff = [], []
    for q in quantities:
        if q.unit not in (None, "users", "workstations") or not float(q.value).is_integer() or not 1 <= q.value <= 1_000_000:
            continue
        n = int(q.value)
        if n == 1 and re.search(r"\b(?:ont|a|have|has|got|sur|on|with|avec|utilisent|use)\s+(?:chacun\s+|each\s+)?$",
                                folded[max(0, q.span[0] - 20):q.span[0]]):
            continue  # s33: "22 ont un poste", "25 have a computer": the one seat each is no count
        if q.unit:  # "25 postes", "12 users": the toolkit read the seat with the number
            seats.append(n)
            continue
        after = re.sub(r"^\s*(?:au total|en tout|in all|in total|environ|about)\b", "", folded[q.span[1]:q.span[1] + 60])
        if _SEAT_AFTER.match(after):
            seats.append(n)
        elif _STAFF_AFTER.match(after):
            staff.append(n)
    if seats and staff and seats[0] != staff[0]:
        return seats[0]
    return None
