"""Figures and counts changed relative to a value already set: halved, doubled, tripled, divided, a
fraction of itself, so many more or less (`read_relative`, `apply_relative`, `relative_candidates`), counts of
people or sites gained or lost, and a fact corrected after "pardon", "sorry" (`correction_value`)."""

from __future__ import annotations

import re

from assistant.chat.slot_figure_cues import _CUE_BEFORE, _PEOPLE, _ROLES, _SITES, FIGURE_CUES, _convert
from assistant.chat.slot_places_hours import _ONE_SITE
from assistant.text.numbers import Quantity


# -- a figure changed relative to the one on the table ("halve that", "divise le plafond par deux", "un mois de plus") --
_NUMWORD = {"deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4, "cinq": 5, "five": 5, "dix": 10,
            "ten": 10, "un": 1, "une": 1, "one": 1, "an": 1, "a": 1, "six": 6, "douze": 12, "twelve": 12}
_N = r"(\d+(?:[.,]\d+)?|deux|two|trois|three|quatre|four|cinq|five|six|dix|ten|douze|twelve|une?|one|an?)"
# the unit of a change, with the kind of day or hour it counts ("5 jours ouvrés de plus", "two more business days"):
# the qualifier stays outside the group and `_relative_match` reads it from the whole match
_UNIT_WORD = (r"(?:(?:business|working|calendar|clear) )?"
              r"(mois|months?|ans?|annees?|years?|semaines?|weeks?|jours?|days?|heures?|hours?|h|minutes?|mins?|"
              r"points?|pour ?cent|percent|%|postes?|utilisateurs?|users?|seats?|sites?)"
              r"(?: (?:ouvres|ouvrees|ouvrables|calendaires|francs|pleins))?")
_BUSINESS_QUALIFIER = re.compile(r"\b(?:business|working|ouvres|ouvrees|ouvrables)\b")
_UNIT_OF = {"mois": "month", "month": "month", "an": "year", "ans": "year", "annee": "year", "year": "year",
            "semaine": "week", "week": "week", "jour": "day", "day": "day", "heure": "hour", "hour": "hour", "h": "hour",
            "minute": "minute", "min": "minute", "point": "percent", "pour cent": "percent", "pourcent": "percent",
            "percent": "percent", "%": "percent", "poste": "users", "utilisateur": "users", "user": "users",
            "seat": "users", "site": "sites", "pc": "users", "ordinateur": "users", "computer": "users",
            "laptop": "users", "desktop": "users", "portable": "users", "workstation": "users", "endpoint": "users",
            "machine": "users", "personne": "users", "people": "users", "salarie": "users",
            "employe": "users", "employee": "users", "staff": "users", "collaborateur": "users", "collab": "users",
            "agent": "users", "starter": "users", "agence": "sites", "office": "sites", "location": "sites",
            "depot": "sites", "entrepot": "sites", "warehouse": "sites", "branche": "sites", "branch": "sites",
            "antenne": "sites", "succursale": "sites", "boutique": "sites", "magasin": "sites", "studio": "sites",
            "atelier": "sites", "workshop": "sites", "shop": "sites", "store": "sites", "till": "users"}
# the object of the change: a pronoun or a figure's noun ("the response time", "le plafond", "la durée")
_OBJ = r"(?:it|that|this|them|those|ca|cela|le|la|les|l'|the|ce|cette|ces|ton|ta|tes|our|their|notre|leur|[a-z'-]+(?: [a-z'-]+)?)"
_HALF = re.compile(r"\b(halve[sd]?|halving|cut (?:it|that|this|them|the|our|their)(?: \w+){0,2}? (?:in|by) half|(?:reduce|bring|take) "
                   r"(?:it|that|this|the|our|their)(?: \w+){0,2}? (?:down )?by half|half (?:of )?(?:it|that|this)\b(?! is)|"
                   r"divis\w*(?:-(?:moi|nous|le|la|les))? (?:" + _OBJ + r" )*?par (?:deux|2)|"
                   r"coupe\w*(?:-(?:moi|nous|le|la|les))? (?!la poire)(?:" + _OBJ + r" )*?en deux|"
                   r"(?:la |de )?moitie (?:moins|plus court\w*|plus bas\w*)|(?:prends|mets|garde|fais) (?:en )?la moitie|"
                   r"(?:par|by) (?:deux|two|2) (?:moins|less)|deux fois moins(?: long\w*| de temps| eleve\w*)?|reduis\w* (?:" + _OBJ + r" )*?de moitie|de moitie)\b")
_DOUBLE = re.compile(r"(?<!-)\b(double(?= (?:it|that|this|them|the|our|their|le|la|les|l'|ca|cela)\b)|doubl(?:es|ed|ez|er|ons|ing)|(?:mets|met|mettez|prends) (?:le )?double|"
                     r"multipli\w* (?:" + _OBJ + r" )*?par (?:deux|2|two)|twice (?:that|it|as (?:long|much|high|many))|"
                     r"deux fois plus(?: long\w*| haut\w*| eleve\w*| de temps)?|two times (?:that|as)|x ?2)\b"
                     r"(?! (?:authenti\w*|check\w*|sauvegarde\w*|backup\w*|factor|verification|emploi|controle|"
                     r"saisie|peine|usage|compte|entry|dip|standard|sens)\b)(?!-)")
_TRIPLE = re.compile(r"\b(tripl(?:e|es|ed|ez|er|ing)|multipli\w* (?:" + _OBJ + r" )*?par (?:trois|3|three)|"
                     r"three times (?:that|as)|trois fois plus)\b")
_DIVIDE_N = re.compile(r"\bdivis\w* (?:" + _OBJ + r" )*?par " + _N + r"\b|\bdivide (?:" + _OBJ + r" )*?by " + _N + r"\b")
_MORE = re.compile(r"(?<![\w.,])" + _N + r" " + _UNIT_WORD + r" (?:de plus|supplementaires?|en plus(?! (?:du|de|des|d'))|more|"
                   r"extra|additional)\b(?! (?:than|que|qu'))|"
                   r"\b(?:an?|one|une?) (?:more|extra|additional) " + _UNIT_WORD + r"(?!\w)|(?<![\w.,])" + _N + r" (?:more|extra|"
                   r"additional) " + _UNIT_WORD + r"(?!\w)(?! (?:than|que|qu'))|\b(?:rajoute\w*|ajoute\w*|add) " + _N + r" (postes?|utilisateurs?|users?|"
                   r"seats?)\b|\b(?:augmente\w*|allonge\w*|prolonge\w*|rallonge\w*|monte\w*|extend\w*|increase\w*|"
                   r"raise\w*|bump\w*|lengthen\w*)(?: [a-z'-]+){0,3}? (?:de|by) " + _N + r" ?" + _UNIT_WORD + r"(?!\w)|"
                   # "ajoute un mois au préavis", "add two weeks to the notice", "give them a month on top"
                   r"\b(?:rajoute\w*|ajoute\w*|add) " + _N + r" " + _UNIT_WORD +
                   r" (?:au|aux|a la|a l'|(?:to|on|onto) (?:it|that|this|the|their|our))\b|"
                   # "et ajoute 3 mois", "add two weeks": the amount alone, the figure on the table its object
                   r"^(?:(?:et|and|ok|bon|alors|then|puis)\W+)*(?:rajoute\w*|ajoute\w*|add|adds) (?:encore )?" + _N + r" "
                   + _UNIT_WORD + r"(?: (?:de plus|en plus|more|extra))?\W*$|"
                   r"\bgive (?:them|us|it) " + _N + r" " + _UNIT_WORD + r" on top\b|"
                   # "rajoute 5 jours ouvrés", "add another two weeks", "give them an extra month": more of the same
                   r"\b(?:rajoute\w*|add another|give (?:them|us|it) (?:another|an extra)) " + _N + r" " + _UNIT_WORD + r"(?!\w)|"
                   r"\b(?:add|rajoute\w*|ajoute\w*|give (?:them|us|it)) (?:another|an extra|one more|un autre|une autre|"
                   r"encore une?) " + _UNIT_WORD + r"(?!\w)")
_LESS = re.compile(r"(?<![\w.,])" + _N + r" " + _UNIT_WORD + r" (?:de moins|en moins|less|fewer)\b|"
                   r"\b(?:an?|one|une?) (?:less|fewer) " + _UNIT_WORD + r"(?!\w)|(?<![\w.,])" + _N + r" (?:fewer|less) "
                   + _UNIT_WORD + r"(?!\w)|\b(?:reduis\w*|reduit\w*|raccourci\w*|baisse\w*|diminue\w*|redui\w*|reduce\w*|"
                   r"cut\w*|shorten\w*|lower\w*|drop\w*|trim\w*)(?: [a-z'-]+){0,3}? (?:de|by) " + _N + r" ?" + _UNIT_WORD + r"(?!\w)|"
                   # "raccourcis-la d'un an", "réduis-le d'une semaine": the amount after "d'"
                   r"\b(?:reduis\w*|raccourci\w*|baisse\w*|diminue\w*)(?:-(?:le|la|les))?(?: [a-z'-]+){0,3}? d'" + _N + r" ?"
                   + _UNIT_WORD + r"(?!\w)|"
                   # "enlève 2 mois", "take off 3 months": the amount alone, the figure on the table its object
                   r"^(?:(?:et|and|ok|bon|alors|then|puis)\W+)*(?:enleve\w*|retire\w*|ote\w*|take off|knock off) " + _N + r" "
                   + _UNIT_WORD + r"\W*$|"
                   # "enlève un mois au préavis", "take two weeks off the notice"
                   r"\b(?:enleve\w*|retire\w*|ote\w*|take|knock|shave) " + _N + r" " + _UNIT_WORD +
                   r" (?:au|aux|a la|a l'|du|de la|off|from)\b")

# a figure changed by a fraction of itself, the verb giving the way ("réduis-le d'un tiers", "cut it by a quarter",
# "augmente le préavis de moitié", "raise it by half"): a typed ("mul", factor) on the figure on the table
_FRACTION_OF = {"tiers": 1 / 3, "third": 1 / 3, "quart": 0.25, "quarter": 0.25, "moitie": 0.5, "half": 0.5,
                "cinquieme": 0.2, "fifth": 0.2}
_FRACTION = re.compile(
    r"\b(?:(?P<down>reduis\w*|reduit\w*|redui\w*|raccourci\w*|baisse\w*|diminue\w*|abaisse\w*|allege\w*|reduce\w*|cut\w*|"
    r"shorten\w*|lower\w*|drop\w*|trim\w*|slash\w*|(?:bring|take|knock)\w*(?: [a-z'-]+){0,3}? down)|"
    r"(?P<up>augmente\w*|allonge\w*|prolonge\w*|rallonge\w*|monte\w*|hausse\w*|rehausse\w*|extend\w*|increase\w*|"
    r"raise\w*|bump\w*|lengthen\w*|(?:bring|push|put)\w*(?: [a-z'-]+){0,3}? up))"
    r"(?:-(?:le|la|les|moi))?(?: [a-z'-]+){0,4}? (?:de (?:la |un |une )?|d'(?:un |une )?|by (?:a |one |an? )?)"
    r"(?P<frac>tiers|third|quart|quarter|moitie|half|cinquieme|fifth)\b(?! (?:des|de|du|d'|of)\b)|"
    # s31: the fraction taken off or added as the verb's object ("enlève un quart", "retire-lui un tiers", "take a third
    # off", "knock a quarter off it", "rajoute un quart", "add a fifth")
    r"\b(?:(?P<off>enleve\w*|retire\w*|ote\w*|otez|coupe\w*|rabote\w*|retranche\w*|take|takes|knock|knocks|shave|shaves|"
    r"chop|chops|lop)|(?P<on>ajoute\w*|rajoute\w*|add|adds|tack on|put on))(?:-(?:en|le|la|lui|leur|moi))?"
    r"(?: (?:en|lui|leur|y|it|them|just|juste|encore))?(?: (?:un|une|a|one))? "
    r"(?P<part>tiers|third|quart|quarter|moitie|half|cinquieme|fifth)\b(?! (?:des|de|du|d'|of)\b)"
    r"(?!\s+(?!(?:off|it|them|that|stp|svp|please|pls|dessus|au|a|sur|to|from|on|en|then|alors|plutot|instead|"
    r"aussi|too|also|et|and|mais|but)\b)[a-z])")  # "add a fifth shop": a place by its rank, no fraction


# a head count or a number of sites changed by a number of people or places ("on enlève 3 postes", "deux salariés
# partent", "we're losing 4 seats", "add two users", "trois nouveaux postes", "5 new starters", "one more office")
_COUNT = (r"(postes?|utilisateurs?|users?|seats?|sites?|pcs?|ordinateurs?|computers?|laptops?|desktops?|portables?|"
          r"workstations?|endpoints?|"
          # s24: the seats named by the machine ("enlève 2 PC", "une machine de plus"), virtual machines no seats
          r"machines?(?!\s+(?:virtu\w*|outils?|de production|a \w+))|personnes?|people|salaries?|employes?|employees?|staff|"
          r"collaborateurs?|collabs?|agents?|starters?|agences?|offices?|locations?|depots?|entrepots?|warehouses?|branches?|"
          r"antennes?|succursales?|boutiques?|magasins?|studios?|ateliers?|workshops?|shops?|stores?|"
          r"tills?)")  # s30: a shop's tills are its workstations ("a fifth shop, with 4 more tills")
_COUNT_LESS = re.compile(r"\b(?:enleve\w*|retire\w*|ote[rsz]?|supprime\w*|remove\w*|drop\w*|los(?:e|es|ing)|lost|perd\w*|minus|"
                         r"(?<!au )(?<!du )(?<!pas )(?<!a )moins|cut\w*|take (?:away|off|out)|deduct\w*|decompte\w*|retranche\w*)(?: (?:les?|the|our|their|nos|leurs))?"
                         r" " + _N + r" " + _COUNT + r"\b(?! (?:au|aux|a la|a l'|off|from) (?!perimetre|scope|contrat|contract))|"
                         r"(?<![\w.,])" + _N + r" " + _COUNT + r" (?:(?:are |will |vont |sont |have |ont )?(?:partent|partir|parti|s'en vont|"
                         r"s'en aller|quittent|quitter|nous quittent|leave|leaving|left us|retire|retiring|going away)|"
                         r"de moins|en moins|less|fewer)\b(?! (?:du|de|des|d'|than|que|qu'|par rapport|compared))|"
                         # s28: "two fewer laptops", "one less seat"
                         r"(?<![\w.,])" + _N + r" (?:fewer|less) " + _COUNT + r"\b(?! (?:than|que|qu'))")
_PLACE = (r"(?:sites?|agences?|offices?|branch(?:es)?|bureaux?|cliniques?|magasins?|boutiques?|entrepots?|warehouses?|depots?|"
          r"usines?|plants?|stores?|shops?|antennes?|etablissements?|locations?|succursales?|cabinets?|ecoles?|schools?|"
          r"hotels?|restaurants?|pharmacies?|pharmacy|labs?|laboratoires?|locaux|premises|buildings?|batiments?)")
_COUNT_MORE = re.compile(r"\b(?:rajoute\w*|ajoute\w*|add(?:s|ed|ing)?|gagne\w*|embauche\w*|recrute\w*|hir(?:e|es|ed|ing)|"
                         r"onboard\w*|ouvr\w*|open(?:s|ed|ing)?)(?: (?:encore|another|les?|the|their|our|leurs|nos|ses|his|her))? " + _N + r" (?:(?:nouveaux|nouvelles|new|more|"
                         # s19: an ordinal says one more place ("they've opened a second office", "un 3e site")
                         r"extra|additional|autres|other|second|deuxieme|seconde?|2e|2eme|2nd|third|troisieme|3e|3eme|3rd|"
                         r"fourth|quatrieme|4e|4eme|4th) )?" + _COUNT + r"\b(?! (?:au|aux|a la|a l'|to|onto) (?!perimetre|scope|contrat|contract))|"
                         r"(?<![\w.,])" + _N + r" (?:nouveaux|nouvelles|new) " + _COUNT + r"\b|"
                         r"(?<![\w.,])" + _N + r" " + _COUNT + r" (?:(?:are |will |vont )?(?:arrivent|arriver|nous rejoignent|rejoignent|"
                         r"rejoindre|join(?! us for)|joining|arriving)|de plus|en plus|supplementaires?|more|extra|additional)\b"
                         r"(?! (?:du|de|des|d'|than|que|qu'|par rapport|compared))|"
                         # people placed at a place said to be new ("6 postes pour la nouvelle clinique", "a new office
                         # with 12 people"): they come on top of the people already counted
                         r"(?<![\w.,])" + _N + r" " + _COUNT + r" (?:pour|for|at|in|dans|a|sur|on|de|chez) (?:le |la |l'|the |"
                         r"leur |their |our |notre |ce |cette |cet |this |that |un |une |a )?(?:nouveau|nouvel|nouvelle|new|futur|"
                         r"future|prochain|prochaine|next)\b|"
                         r"\b(?:nouveau|nouvel|nouvelle|new|futur|future|second|deuxieme|troisieme|third) " + _PLACE + r" (?:avec|with|de|of) "
                         + _N + r" " + _COUNT + r"\b|^(?:and |so )?plus " + _N + r" " + _COUNT + r"\b")


# people counted by their job or as people, changed: "3 extra people", "deux comptables de plus", "two fewer drivers"
_PEOPLE_CHANGED = re.compile(r"(?<![\w.,])" + _N + r" (?:(more|extra|additional|new|nouveaux|nouvelles|supplementaires|autres|fewer|less)"
                             r" )?(?P<who>[a-z'-]+)(?: (?P<how>de plus|en plus|supplementaires?|more|extra|"
                             r"additional|de moins|en moins|fewer|less))?\b(?! (?:du|de|des|d'|than|que|qu'|par rapport|compared))")


def _count_change(folded: str) -> tuple[tuple, tuple[int, int]] | None:
    """("add", ±n, "users"|"sites") for a head count or a number of sites changed by n ("on enlève 3 postes")."""
    for pattern, sign in ((_COUNT_LESS, -1), (_COUNT_MORE, 1)):
        for m in pattern.finditer(folded):
            groups = [g for g in m.groups() if g is not None]
            n = next((x for x in (_number(g) for g in groups) if x is not None), None)
            unit = next((x for x in (_unit(g) for g in groups) if x in ("users", "sites")), None)
            if n and unit and float(n).is_integer():
                return ("add", sign * n, unit), m.span()
    for m in _PEOPLE_CHANGED.finditer(folded):
        n, before, how = _number(m.group(1)), m.group(2), m.group("how")
        if not n or not float(n).is_integer() or not (before or how) or (before and how):
            continue
        start = m.start("who")
        if not (_PEOPLE.match(folded, start) or _ROLES.match(folded, start)) or _SITES.match(folded, start):
            continue
        sign = -1 if how in ("de moins", "en moins", "fewer", "less") or before in ("fewer", "less") else 1
        return ("add", sign * n, "users"), m.span()
    return _place_change(folded)


# s24: a place closed, given up or opened, named by any place noun ("retire une boulangerie, celle de Tours ferme", "drop
# one salon", "add another clinic", "ils ferment une des agences", "three more branches", "un cabinet en moins"): the
# number of sites moved by that many (one when the article or "another" says it); a place that lacks something ("un des
# sites n'a pas de serveur") or closes at certain hours ("une des boutiques ferme le lundi") moves nothing
_PLACE_N = (r"(?P<n>\d{1,3}|deux|two|trois|three|quatre|four|cinq|five|six|dix|ten|douze|twelve|une?|one|an?|another|"
            r"un autre|une autre|one more|encore une?|a second|a third|un deuxieme|une deuxieme|une seconde|un troisieme|"
            r"une troisieme)")
_PLACE_NOUN = r"(?P<noun>[a-z][a-z'-]{2,24})"
_PLACE_DOWN = (r"enleve\w*|retire\w*|ote[rsz]?|supprime\w*|remove\w*|drop\w*|scratch\w*|cut\w*|los(?:e|es|ing)|lost|perd\w*|"
               r"minus|take (?:away|off|out)|ferm(?:e|es|ent|er|era|eront|ons|ez)|(?:a|ont|avons) ferme|"
               r"clos(?:e|es|ed|ing)|shut(?:s|ting)?(?: down)?|vend(?:re|ent|ons|u|us)|sold|cede\w*")
_PLACE_UP = (r"rajoute\w*|ajoute\w*|add(?:s|ed|ing)?|ouvr(?:e|es|ent|ir|ira|iront|ons|ez)|(?:a|ont|avons) ouvert|"
             r"open(?:s|ed|ing)?|gagne\w*|reprend\w*|rachete\w*|buy(?:s|ing)?|bought|take on|taking on")
_PLACE_VERB_N = re.compile(r"\b(?:(?P<down>" + _PLACE_DOWN + r")|(?P<up>" + _PLACE_UP + r"))(?:-(?:en|la|le|les))?"
                           r"(?: (?:encore|aussi|also|still))? " + _PLACE_N + r"(?: (?:more|extra|additional|new|nouvel(?:le)?|"
                           r"nouveau|supplementaire))? " + _PLACE_NOUN)
_PLACE_N_HOW = re.compile(r"(?<![\w.,])" + _PLACE_N + r" " + _PLACE_NOUN + r" (?P<how>de plus|en plus|supplementaires?|more|extra|"
                          r"additional|de moins|en moins|less|fewer)\b(?! (?:du|de|des|d'|than|que|qu'|par rapport|compared))")
_PLACE_HOW_N = re.compile(r"(?<![\w.,])" + _PLACE_N + r" (?P<how>more|extra|additional|fewer|less|new|nouveaux|nouvelles|"
                          r"supplementaires) " + _PLACE_NOUN + r"(?! (?:than|que|qu'))")
_PLACE_PLUS_N = re.compile(r"^(?:(?:and|so|et|ok|oh|alors)\W+)?plus " + _PLACE_N + r" " + _PLACE_NOUN)
_CLOSING_AFTER_SRC = (r"\s+(?:(?:va|vont|is|are|will|'s|gets?|get|s'est|est|a|ont|be)\s+(?:\w+\s+)?)?"
                      r"(?:ferm(?:e|ent|er|era|eront)|clos(?:e|es|ed|ing)|shut(?:s|ting)?|vendue?s?|sold|disparai\w*|"
                      r"s'arrete\w*|stops?|stopping)\b"
                      # s36: the place named first, then taken up by a pronoun ("le troisième salon, on le ferme", "the
                      # Bath shop, we're closing it", "celui de Dole ils le vendent")
                      r"|\s*,?\s+(?:on|nous|ils|elles|je)\s+(?:le|la|l')\s*(?:ferm\w*|vend\w*|enleve\w*|retire\w*|supprime\w*|"
                      r"lach\w*|abandonn\w*)\b|\s*,?\s+(?:we|they|i)(?:'re|'ll| are| will| have| 've)?\s+(?:closing|shutting|selling|"
                      r"dropping|giving up|close|shut|sell|drop|closed|sold|dropped)(?: down)?\s+(?:it|that one)\b")
# one place named by its town or its name, closed or given up ("on ferme le magasin de Vierzon", "close the Leeds office",
# "enlève le site de Blois du périmètre", "the Hull warehouse is closing", "le dépôt de Tours ferme"): one site less
_THE_PLACE = (r"(?:the|le|la|l'|our|their|notre|leur)\s*(?:[a-z][a-z'-]{2,20} )?" + _PLACE_NOUN +
              r"(?= (?:de|d'|du|in|at|a|en) [a-z]|\b(?! (?:manager|assistant|365)))")
_NAMED_CLOSED = re.compile(r"\b(?P<verb>ferm(?:e|es|ent|er|era|eront|ons|ez)|(?:a|ont|avons) ferme|clos(?:e|es|ed|ing)|"
                           r"shut(?:s|ting)?(?: down)?|enleve\w*|retire\w*|supprime\w*|remove\w*|drop\w*|scratch\w*|"
                           r"vend(?:re|ent|ons|u|us)|sold|selling|lose|losing|lost|perd\w*)(?:-(?:le|la))? " + _THE_PLACE)
# s34: one place said closing with "one"/"un" ("one depot is closing in march", "un dépôt ferme en juin")
_NAMED_CLOSING = re.compile(r"\b(?:the|le|la|l'|our|their|notre|leur|one|un|une|a)\s*(?:[a-z][a-z'-]{2,20} )?" + _PLACE_NOUN +
                            r"(?: (?:de|d'|du|in|at|a|en) [a-z][a-z'-]+)?" + r"(?=" + _CLOSING_AFTER_SRC + r")")
_ONE_OF = re.compile(r"\b(?:un|une|l'un|l'une|one) (?:des|de nos|de leurs|de ses|of (?:the|our|their|its|his|her)) " + _PLACE_NOUN)
_CLOSING_BEFORE = re.compile(r"\b(?:" + _PLACE_DOWN + r")(?: (?:down|definitivement|for good))?\s+$")
_CLOSING_AFTER = re.compile(_CLOSING_AFTER_SRC)
# the place's hours, not the place: "ferme le lundi", "closes at 6pm", "shuts on sundays", "ferme tôt", "for the summer"
_HOURS_AFTER = re.compile(r"\s*(?:(?:down|ses portes|its doors)\s+)?(?:(?:le|les|on|at|a|the|en|every|chaque|tous les|le soir|in the)\s+)?"
                          r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
                          r"saturday|sunday|week-?ends?|weekdays?|soirs?|midi|matin|nuit|evenings?|nights?|lunch\w*|mornings?|"
                          r"\d{1,2}(?:[:.h]\d{2}|\s?(?:h|am|pm))?\b|tot|tard|early|late|tonight|ce soir|today|aujourd'hui|demain|tomorrow|"
                          r"temporairement|temporarily|pour (?:noel|les fetes|les vacances|travaux)|for (?:christmas|repairs|a (?:week|day|month))|plus tot|earlier|pendant|during|for (?:lunch|the "
                          r"(?:summer|holidays|day|night|weekend))|l'ete|aout|les jours feries|bank holidays)")
# a place word that names a thing or a person ("shop assistant", "office manager", "salle serveur")
_NOT_THE_PLACE = re.compile(r"\s*(?:manager|assistant|365|suite|equipment|materiel|staff|team|equipe|servers?|serveurs?|"
                            r"informatique|de reunion|meeting|printers?|imprimantes?|pcs?|computers?|ordinateurs?|phones?)\b")


# s26: what a place closes that is a part of it ("ferme son bar", "closes its kitchen", "shuts its pool"); its doors
# are the place itself
_A_PART_CLOSED = re.compile(r"\s*(?:down\s+)?(?:son|sa|ses|leur|leurs|its|their|his|her)\s+(?!portes\b|doors\b)[a-z]")
# s26: places named once and taken up by "en" ("des 4 boutiques, on en ferme une", "ils en ouvrent une autre") or by
# "one" in English ("they're opening another one"): the count moved when a place is named in the same message
_EN_PLACE = re.compile(r"\b(?:on|ils|elles|nous|vous|il|elle|je|j') en (?:(?P<down>" + _PLACE_DOWN + r")|(?P<up>" + _PLACE_UP +
                       r"))(?: (?:encore|aussi|bientot))? (?P<n>\d{1,3}|une?|deux|trois|quatre|cinq)"
                       r"(?P<more> autre| de plus| de moins| supplementaire| nouvel(?:le)?)?\b")
_ANOTHER_ONE = re.compile(r"\b(?:(?P<down>" + _PLACE_DOWN + r")|(?P<up>" + _PLACE_UP + r")) (?:(?P<n>another|one more|a new|one|"
                          r"two|2) (?:new )?ones?\b|(?P<n1>another|one more|one)(?=\s*(?:$|[,.;:!?)]|of them|in |at |next|"
                          r"this|last|soon|too|as well|down|for good)))")
_PLACES_NAMED = re.compile(r"[a-z][a-z'-]{2,24}")
# the verbs said of places only (opened, closed, bought, sold), never of seats or people
_PLACE_ONLY_VERB = re.compile(r"ferm|(?:a|ont|avons) ferme|ouvr|(?:a|ont|avons) ouvert|rachete|vend|clos|shut|open|buy|bought|"
                              r"sold")


_COUNTED_THINGS = re.compile(r"\s*(?:postes?|pcs?|seats?|users?|utilisateurs?|comptes?|accounts?|licen[cs]es?|machines?|"
                             r"ordinateurs?|laptops?|portables?|serveurs?|servers?|imprimantes?|printers?)\b")


def _antecedent(before: str) -> bool | None:
    """What a pronoun takes up: True when the last counted noun before it is a place, False when it is people or
    devices ("20 postes, on en ajoute 2"), None when neither is named."""
    for w in reversed(list(_PLACES_NAMED.finditer(before))):
        if _is_place(before, w.span()):
            return True
        if _PEOPLE.match(before, w.start() - 1) or _COUNTED_THINGS.match(before, w.start() - 1):
            return False
    return None


def _place_taken_up(folded: str) -> tuple[tuple, tuple[int, int]] | None:
    """("add", ±n, "sites") for places taken up by a pronoun, a place noun being said in the same message."""
    for rx in (_EN_PLACE, _ANOTHER_ONE):
        for m in rx.finditer(folded):
            before = folded[:m.start()]
            antecedent = _antecedent(before)
            if not antecedent and not (_PLACE_ONLY_VERB.match(m.group("down") or m.group("up") or "") and (
                    antecedent is None or any(_is_place(before, w.span()) for w in _PLACES_NAMED.finditer(before)))):
                # people or devices named last and a verb said of them too ("20 postes, on en ajoute 2"), or nothing
                # named; a verb said of places only ("on en ferme une", "closing one") takes up a place named earlier
                continue
            word = m.group("n") or m.groupdict().get("n1")
            n = 1.0 if word in ("another", "one more", "a new", "one") else _number(word)
            if not n or m.group("down") and _HOURS_AFTER.match(folded, m.end()):
                continue
            down = bool(m.group("down")) or (m.groupdict().get("more") or "").strip() == "de moins"
            return ("add", -n if down else n, "sites"), m.span()
    return None


def _name_end(folded: str, at: int) -> int:
    """Where the place's town or name said after it ends ("de Vierzon", "in Leeds"), `at` when none is said."""
    m = re.match(r" (?:de|d'|du|in|at|a|en) ?[a-z][a-z'-]+", folded[at:])
    return at + m.end() if m else at


def _is_place(folded: str, noun_span: tuple[int, int]) -> bool:
    """The noun at `noun_span` names a place (a site): any place word of the facts' readers, singular or plural, with
    the word after it when the place has a two-word name ("car wash", "ice rink", "tattoo parlour")."""
    noun = folded[noun_span[0]:noun_span[1]]
    if _PEOPLE.fullmatch(" " + noun) or _ROLES.fullmatch(" " + noun) or _NOT_THE_PLACE.match(folded, noun_span[1]):
        return False
    two = re.match(r" [a-z][a-z'-]{2,20}", folded[noun_span[1]:])
    if two and _is_one_place(noun + two.group(0)):
        return True
    return _is_one_place(noun)


def _is_one_place(noun: str) -> bool:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun if noun.endswith(("s", "x")) else \
        noun + "es" if noun.endswith(("sh", "ch")) else noun + "s"
    return bool(_SITES.fullmatch(" " + noun) or _SITES.fullmatch(" " + plural) or
                re.fullmatch(_ONE_SITE, "un " + noun) or re.fullmatch(r"salons?|sites?|points? de vente|gym|salle", noun))


def _place_change(folded: str) -> tuple[tuple, tuple[int, int]] | None:
    """("add", ±n, "sites") for places closed or opened in words; None when no place is named as such a change."""
    for rx in (_PLACE_VERB_N, _PLACE_N_HOW, _PLACE_HOW_N, _PLACE_PLUS_N):
        for m in rx.finditer(folded):
            if not _is_place(folded, m.span("noun")):
                continue
            word = m.group("n")
            n = 1.0 if word in ("another", "un autre", "une autre", "one more", "encore un", "encore une") or \
                re.fullmatch(r"a (?:second|third)|une? (?:deuxieme|seconde|troisieme)", word) else _number(word)
            if not n or not float(n).is_integer():
                continue
            down = bool(m.groupdict().get("down")) or m.groupdict().get("how") in ("de moins", "en moins", "less", "fewer")
            if down and _HOURS_AFTER.match(folded, m.end()):
                continue
            return ("add", -n if down else n, "sites"), m.span()
    for rx in (_NAMED_CLOSED, _NAMED_CLOSING):
        for m in rx.finditer(folded):
            noun = folded[m.start("noun"):m.end("noun")]
            if not _is_place(folded, m.span("noun")) or noun.endswith(("s", "x")) and not noun.endswith(("ss", "us")):
                continue  # one place: a plural names several, or the place's kind
            after = _CLOSING_AFTER.match(folded, m.end()) if rx is _NAMED_CLOSING else None
            if after and _A_PART_CLOSED.match(folded, after.end()):
                continue  # "le bowling de Vierzon ferme son bar", "the hostel closes its kitchen": a part, not the place
            if _HOURS_AFTER.match(folded, after.end() if after else m.end()) or \
                    _HOURS_AFTER.match(folded, _name_end(folded, m.end())):
                continue
            return ("add", -1.0, "sites"), m.span()
    taken_up = _place_taken_up(folded)
    if taken_up:
        return taken_up
    for m in _ONE_OF.finditer(folded):
        if not _is_place(folded, m.span("noun")):
            continue
        before = _CLOSING_BEFORE.search(folded, max(0, m.start() - 30), m.start())
        after = _CLOSING_AFTER.match(folded, m.end())
        if before and not _HOURS_AFTER.match(folded, m.end()) or after and not _HOURS_AFTER.match(folded, after.end()):
            return ("add", -1.0, "sites"), m.span()
    return None


# -- a figure taken back ("ah non pardon c'est 1 750", "sorry, I meant 19", "oops 2 not 3", "erreur de ma part : 12") --
CORRECTABLE_FACTS = ("users", "sites", "monthly_fee_eur")
_CORRECTION = re.compile(r"\b(?:pardon|oups|oops|whoops|sorry|desole\w*|(?:je me suis|on s'est|i) (?:trompe\w*|plante\w*|"
                         r"goofed|messed up|got it wrong)|erreur|my bad|my mistake|i meant|je voulais dire|je voulais mettre|"
                         r"correction|rectif\w*|typo|faute de frappe|coquille|mistyped|misread|scratch that|wrong figure|"
                         r"wrong number|mauvais chiffre|(?:ah |oh )?non,? (?:c'est|en fait|attends?|plutot)|no,? (?:it's|it is|wait|"
                         r"actually))\b")
_TAKEN_BACK = re.compile(r"\b(?:not|pas|au lieu de|instead of|rather than|plutot que|et non)\s+(?:de\s+)?$")


def correction_value(folded: str, quantities: list) -> float | None:
    """The value a short correction gives ("ah non pardon c'est 1 750", "sorry I meant 19 not 22"): the one
    figure said (not the one taken back), when the message says it corrects; None otherwise."""
    if not _CORRECTION.search(folded) or len(folded.split()) > 25:
        return None
    kept = [q for q in quantities if q.unit in (None, "eur", "gbp", "usd", "users", "workstations", "sites")
            and not _TAKEN_BACK.search(folded[max(0, q.span[0] - 20):q.span[0]])]
    if len(kept) != 1 or len(quantities) - len(kept) > 1:
        return None
    return kept[0].value


# s21: the same sum or count said again in a short order ("make that 1,500 actually", "mets plutôt 2 300", "change that to
# 2,400", "en fait ce sera 1 750", "put it down as 1,950 instead"): a new value for the figure just stated
_RESTATED = re.compile(r"\b(?:make (?:that|it)|change (?:that|it) to|put (?:that|it) (?:down )?(?:at|to|as)|set (?:that|it) to|"
                       r"go with|mets|mettons|mettez|disons|plutot|en fait|actually|finalement|instead|ce sera|ca sera)\b")


def restated_value(folded: str, quantities: list) -> float | None:
    """The value a short order gives the figure just stated ("make that 1,500 actually", "mets plutôt 2 300"): the one
    figure said, when the message is such an order (eight words at most, no question); None otherwise."""
    if not _RESTATED.search(folded) or len(folded.split()) > 8 or "?" in folded:
        return None
    kept = [q for q in quantities if q.unit in (None, "eur", "gbp", "usd", "users", "workstations", "sites")
            and not _OTHER_THING.match(folded, q.span[1])]
    return kept[0].value if len(kept) == 1 and len(quantities) == 1 else None


# s23: a count of something else than the fact just stated ("passe à deux visites par mois plutôt qu'une"): no restatement
_OTHER_THING = re.compile(r"\s*(?:(?:on-?site|onsite|site)[ -])?(?:visites?|visits?|deplacements?|trips?|call-?outs?|interventions?|reunions?|meetings?|rapports?|reports?|"
                          r"audits?|tickets?|fois|times?|comites?|reviews?|revues?|sauvegardes?|backups?|copies)\b")


_SHARE_OFF = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?) ?(?:%|percent|pour ?cent) (?:off\b|discount\b|de remise\b|de rabais\b|"
                        r"de reduction\b|de ristourne\b)(?! (?:on|sur) (?:the |les? |la )?(?:hardware|materiel|licen))")


def _number(word: str) -> float | None:
    word = word.strip()
    if word in _NUMWORD:
        return float(_NUMWORD[word])
    try:
        return float(word.replace(",", "."))
    except ValueError:
        return None


def _unit(word: str) -> str | None:
    word = word.strip()
    return _UNIT_OF.get(word) or _UNIT_OF.get(word.rstrip("s")) or _UNIT_OF.get(re.sub(r"e?s$", "", word))


def read_relative(folded: str) -> tuple | None:
    """A change relative to the figure on the table, read from the words: ("mul", factor) for "halve that",
    "divise le plafond par deux", "double the response time", or ("add", delta, unit) for "un mois de plus", "two
    more weeks", "ajoute 2 postes", "réduis de 6 mois". None when the message sets or names no such change."""
    found = _relative_match(folded)
    return found[0] if found else None


# s20: the difference split between the figure's last two values ("on coupe la poire en deux", "let's split the
# difference", "meet them halfway", "on se retrouve au milieu"): ("mid",), resolved on the value the figure had before
# it was last changed (`Toolbox.relative_figures`); a figure said with it is the compromise itself
SPLIT_DIFFERENCE = re.compile(r"\b(?:(?:couper|coupe|coupons|coupez|coupe-t-on|on coupe) la poire en deux|split(?:ting)? the difference|"
                              r"meet(?:ing)? (?:them |each other |him |her |in )?(?:half-?way|the middle|in the middle)|"
                              r"(?:on se retrouve|se retrouver|retrouvons-nous|on coupe|coupons) (?:au milieu|a mi-chemin|a la moitie)|"
                              r"(?:on fait|faisons|fais|go) (?:moitie-moitie|fifty-fifty|50/50))\b")
_MEANING = re.compile(r"\b(?:veut dire|veulent dire|signifi\w*|mean|means|meaning|c'est quoi|what is|what'?s|quoi|comment|how|"
                      r"pourquoi|why|definition|expression)\b")


def split_asked(folded: str) -> bool:
    """The difference split, asked as a change ("bon on coupe la poire en deux", "on se retrouve au milieu ?"), not
    the phrase's meaning asked ("ça veut dire quoi couper la poire en deux ?")."""
    return bool(SPLIT_DIFFERENCE.search(folded)) and not _MEANING.search(folded)


def _relative_match(folded: str) -> tuple[tuple, tuple[int, int]] | None:
    m = SPLIT_DIFFERENCE.search(folded)
    if m and split_asked(folded) and not re.search(r"\d", folded):
        return ("mid",), m.span()
    m = _FRACTION.search(folded)
    if m:
        part = _FRACTION_OF[m.group("frac") or m.group("part")]
        return ("mul", 1 - part if m.group("down") or m.group("off") else 1 + part), m.span()
    for pattern, factor in ((_HALF, 0.5), (_TRIPLE, 3.0), (_DOUBLE, 2.0)):
        m = pattern.search(folded)
        if m:
            return ("mul", factor), m.span()
    m = _DIVIDE_N.search(folded)
    if m:
        n = _number(m.group(1) or m.group(2) or "")
        if n and n > 1:
            return ("mul", 1 / n), m.span()
    m = _SHARE_OFF.search(folded)
    if m:  # "knock 10% off", "5 % de remise": a share taken off
        n = _number(m.group(1))
        if n and 0 < n < 100:
            return ("add", -n, "percent"), m.span()
    counted = _count_change(folded)
    if counted:
        return counted
    for pattern, sign in ((_MORE, 1), (_LESS, -1)):
        m = pattern.search(folded)
        if m:
            groups = [g for g in m.groups() if g is not None]
            nums = [_number(g) for g in groups]
            units = [_unit(g) for g in groups]
            n = next((x for x in nums if x is not None), 1.0)
            unit = next((x for x in units if x is not None), None)
            if unit is None and groups and _number(groups[0]) is None:
                unit = _unit(groups[0])
            if unit in ("day", "hour") and _BUSINESS_QUALIFIER.search(m.group(0)):
                unit = "business_" + unit  # "3 jours ouvrés de plus": counted in working days, written as said
            if unit:
                return ("add", sign * n, unit), m.span()
    return None


def _relative_target(folded: str) -> str | None:
    """The figure a relative change names ("the response time", "le plafond", "la durée"), None for "that"."""
    found = []
    for i, (slot, _cue, _units) in enumerate(FIGURE_CUES):
        m = _CUE_BEFORE[i].search(folded)
        if m:
            found.append((m.start(), i, slot))
    if not found:
        return None
    return min(found)[2].replace("{p}", "1")


def relative_candidates(folded: str) -> list[str]:
    """Every figure whose cue the message names (a cap may be the penalties' or the liability's)."""
    out = []
    for i, (slot, _cue, _units) in enumerate(FIGURE_CUES):
        if _CUE_BEFORE[i].search(folded):
            out.append(slot.replace("{p}", "1"))
    return out


def apply_relative(rel: tuple, slot: str, value: float) -> float | None:
    """The new value of `slot` (now `value`) after the relative change; None when the change's unit does not fit."""
    if rel[0] == "mul":
        new = value * rel[1]
    elif rel[2] == "percent" and not slot.endswith("_percent"):
        new = value * (1 + rel[1] / 100)  # "reduce the payment term by 50%": a proportion of a figure not in percent
    else:
        q = Quantity(abs(rel[1]), rel[2], (0, 0), "")
        delta = _convert(q, slot) if rel[2] not in ("users", "sites") else None
        if delta is None:
            return None
        new = value + (delta if rel[1] > 0 else -delta)
    if new <= 0:
        return None
    return int(new) if float(new).is_integer() else round(new, 2)
