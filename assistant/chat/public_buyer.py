"""A public buyer named in a question or a story: one lexicon, read wherever the public procurement rules may apply (issue
15, s28).

A public buyer is a typed fact of the question: its contracts follow the public procurement code (Code de la commande
publique), whose rules on duration, renewal, payment periods, invoicing and subcontracting are not those between
companies. Until s28 two lists read it (the card premise `public_buyer` in `chat.cards`, the told situation of invoices
sent to a public buyer in `chat.situation_cues`), each missing what the other had. Read here, once:

- local authorities: a town and its town hall, a département, a région, their councils, groupings of towns (communauté,
  métropole, syndicat mixte or intercommunal), in both languages ("local authority", "county council");
- public bodies and establishments: a public hospital, a university, a public school, a ministry, a prefecture, "public
  body", "government agency";
- the procurement words that presuppose one: "pouvoir adjudicateur", "acheteur public", "titulaire du marché", "marché
  public", "contracting authority", "public tender", a procedure named by its kind.

A company's own department ("notre département informatique", "le département achats") and a trade union ("le syndicat
des salariés") are no public buyer; nor is a place ("en région parisienne", "dans plusieurs régions").
"""

from __future__ import annotations

import re

from assistant.text import fold

# a company's own departments: "le département informatique / des achats / RH" is no local authority
_OWN_DEPARTMENT = (r"(?! (informatique|it|si|systemes?|des systemes|rh|ressources|des ressources|juridique|achats?|des achats|"
                   r"commercial|technique|financier|finances?|des finances|comptab\w*|marketing|qualite|support|production|r&d|"
                   r"recherche|ventes?|des ventes|logistique|securite|communication|innovation|data|digital|numerique|"
                   r"informatique|infra\w*|reseaux?|exploitation|developpement|dev|ops|devops))")

PUBLIC_BUYER = re.compile(
    r"\b("
    # towns and their groupings
    r"mairies?|(la|notre|une|petite|cette|votre|leur|de la|d'une|par la|avec la|pour la|chaque) commune\b(?! (mesure|accord|volonte))|"
    r"communes? de \d|collectivites?( territoriales?| locales?)?|intercommunal\w*|interco\b|"
    r"communaute (de communes|d'agglomeration|urbaine)|metropoles?\b(?! (lilloise|de france))|"
    r"syndicats? (mixtes?|intercommuna\w*|departementa\w*|d'energie|des eaux|de communes|d'agglomeration|de traitement)|"
    # départements and régions (not a company's department, not a place)
    r"conseils? (departementa\w*|regiona\w*|municipa\w*)|"
    r"(le|du|au|un|ce|par le|pour le|avec le|chaque) departement\b" + _OWN_DEPARTMENT + r"|"
    r"(la|une|notre|cette|leur|de la|d'une|par la|avec la|pour la|chaque) region\b(?! (parisienne|\w+(aise|oise|enne|aine|ine)\b|de |d'|ou |autour))|"
    # public bodies and establishments
    r"hopital|hopitaux|centres? hospitaliers?|chu|groupements? hospitaliers?|ehpad publics?|"
    r"universites?|etablissements? publics?|ministeres?|prefectures?|personnes? publiques?|administrations? publiques?|"
    r"lycees?|colleges? publics?|ecoles? publiques?|"
    # procurement words that presuppose a public buyer
    r"acheteurs? publics?|pouvoirs? adjudicateurs?|entites? adjudicatrices?|titulaires? (du|d'un|de ce|de notre) marche|"
    r"marches? publics?|contrats? publics?|accords?-cadres? publics?|commande publique|ccap|ccag|appels? d'offres? publics?|procedure (formalisee|adaptee)|\bmapa\b|"
    r"boamp|avis d'appel public|offres? anormalement basses?|anormalement bas|"
    # English
    r"town hall|city hall|(town|city|county|district|parish|borough|regional|village) councils?|(a|the|our|local|county|city|town) council|"
    # s31: the mayor named ("le maire veut…", "the mayor asks…")
    r"(le|du|au|un|notre|leur|votre|son|la|ma) maire\b|mayors?|"
    r"municipalit\w*|local (authorit\w*|government|council)|regional authorit\w*|"
    r"public (body|bodies|hospital|hospitals|school|schools|university|universit\w*|authorit\w*|buyer|buyers|purchaser|sector|"
    r"entity|entities|agency|agencies|administration)|public( \w+){0,2} (contracts?|procurement|tenders?|framework agreements?|frameworks?)|"
    r"government (agency|agencies|department|body)|ministry|contracting authorit\w*|awarding authorit\w*|"
    r"hospital trusts?|state (school|university)|universit(y|ies)|formal tender (procedure|process)|abnormally low"
    r")\b")


def public_buyer_named(text: str) -> bool:
    """Does the text name a public buyer (a local authority, a public body, the holder of a public contract)?"""
    return bool(PUBLIC_BUYER.search(fold(text)))
