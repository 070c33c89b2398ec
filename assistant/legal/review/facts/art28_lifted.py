"""An Art. 28 duty the processor terms expressly take away (read by `art28_duties.obligations`): "n'est pas tenu
d'assister…", "has no further obligation", "waives any right to audit", and the subject-matter of the processing left
out. Without a qualifier (beyond…, except…, where…) the element is refused, whatever else the text says about it.
Moved out of `art28_duties.py` unchanged.
"""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.reading import Sent
from assistant.legal.review.facts.where import Where

# An Art. 28(3) duty the processor terms expressly take away ("n'est pas tenu d'assister…", "has no further obligation
# in that respect", "waives any right to conduct audits"): without a qualifier (beyond…, except…, where…) the element
# is refused, whatever else the text says about it.
LIFT = re.compile(r"\baucun audit\b.{0,120}\b(n'est|ne sont|ne sera|ne seront) (pas )?(accepte|admis|autorise|possible)|"
                  r"\bno (audits?|inspections?)\b.{0,80}\b(are|is|shall be|will be) (permitted|allowed|accepted)|"
                  r"has no (further |other )?obligations?|n'a (aucune|pas d') (autre )?obligation|n'est (pas|nullement) tenue? "
                  r"(de |d')|(is|shall|will) not (be )?(required|obliged|bound) to|waives? (any|all|its|their)? ?(rights?|"
                  r"claims?) to|renonce\w* (a|au) (tout |son |tous |ses )?droits?|"
                  # the undertaking itself denied, or nothing in the contract binding the party ("does not undertake to
                  # notify", "ne s'engage pas à aider", "Nothing in this DPA obliges the Supplier to…", "aucune
                  # stipulation n'oblige le prestataire à…", "n'a pas à restituer"), in the sentence's main clause: a
                  # clause after a semicolon denies only its own duty
                  r"^\W{0,3}(\(?\w{1,4}[.)]\s*)?([\w'-]+ ){0,5}?((does|do|will|shall) not (undertake|commit|agree)\w* to|makes? "
                  r"no (commitment|undertaking)|ne s'engage (pas|nullement|aucunement) (a|au|aux|sur)\b(?! (autre|plus|"
                  r"davantage|d'autres?)\b)|n'(a|ont|aura|auront) pas a (\w+ )?(assist|aider|accept|soumett|restitu|supprim|"
                  r"notifi|inform|fourni|mettre|communiqu|impos))|^\W{0,3}(\(?\w{1,4}[.)]\s*)?(nothing in (this|the|these) "
                  r"[\w ]{1,40}?(shall )?(obliges?|requires?|obligates?|compels?)\b|(aucune|nulle) (disposition|stipulation|"
                  r"clause)\b[^.;]{0,60}\bn'(oblige|impose|contraint))")
LIFT_QUALIFIED = re.compile(r"\b(beyond|except|unless|other than|save|where|if|au-dela|sauf|excepte|lorsque|si|hors|"
                            r"outside|in excess|more (than|often|frequent\w*)|plus (de|d'|que|souvent|frequent\w*))\b")
LIFTED = {
    "art28_3e_data_subject_rights": re.compile(r"(respond\w*|repondre|reponse)\W+(\w+\W+){0,3}(requests|demandes)|"
                                               r"(droits|rights) (des personnes|of data subjects|of the data subject)|"
                                               r"data subjects?'? (rights|requests)|personnes concernees"),
    "art28_3h_audits_information": re.compile(r"\baudits?\b|\binspections?\b"),
    "art28_3f_assist_32_36": re.compile(r"(assist|aider|assistance)\w*\W+(\w+\W+){0,6}(impact|aipd|dpia|autorite de "
                                        r"controle|supervisory authority|notification)"),
}

# the subject-matter of the processing expressly left out ("le contrat ne décrit ni les types de données ni les catégories
# de personnes", "this DPA does not specify the categories of data subjects"): the first subparagraph of Art. 28(3) refused
SUBJECT_OMITTED = re.compile(r"\b(ne (decri|precis|defini|mentionn|enumer|indiqu|list|fix)\w*|n'(enumer|indiqu)\w*|(does|do|"
                             r"shall|will) not (describe|specify|set out|list|define|identify|state)|is silent on)\b (ni |"
                             r"pas |neither |either |any |the )?(les |la |le )?(types?|categories|nature|kinds?)\b[^.;]{0,30}"
                             r"\b(donnees|data|personnes|persons|data subjects|individuals)\b")


def lifted(s: Sent, w: Where) -> list:
    f = s.folded
    lift = LIFT.search(f) or re.search(r"\b(need not|is not required|n'est pas tenue?|does not have to)\b", f)
    if lift is None or LIFT_QUALIFIED.search(f[lift.start():]):
        return []
    return [m.Obligation(evidence=s.evidence(lift), clause=w.index, element=element, actor="processor",
                         modal="need_not") for element, rx in LIFTED.items() if rx.search(f)]
