"""Place nouns (twenty-sixth session): which nouns after a count name business premises — the sites of a deal — and
which name things inside one site. A count of sites is "N <place noun>" for premises of any trade, named by what they
are ("3 bowlings", "4 hostels", "6 fromageries", "five distilleries", "3 car washes"); "N <room noun>" (classrooms,
training rooms, floors, lanes, beds, guest rooms) counts parts of a site and never sites. The lexicon is written in the
plural (the readers derive it from a singular), with families of trade places by their ending: French "-erie(s)"
(fromagerie, crêperie, laverie, scierie) and English "-ery/-eries" (brewery, distillery, creamery), less the words of
those endings that name no place (batteries, deliveries, queries, messageries…). Read by `slot_figure_cues._SITES`
and the relative-count readers (`slot_relative`)."""

from __future__ import annotations

import re

# the words ending like a trade's premises that name none: goods, services, abstractions, rooms inside a site
_NOT_TRADE_ERIES = (r"batteries|queries|deliveries|recoveries|discoveries|machineries|mysteries|lotteries|loteries|"
                    r"messageries|billetteries|plomberies|tuyauteries|argenteries|lingeries|infirmeries|groceries|"
                    r"cutleries|jewelleries|jewelries|stationeries|sceneries|imageries|artilleries|flatteries|robberies|"
                    r"celeries|galeries marchandes|boiseries|broderies|tromperies|rêveries|reveries|railleries|"
                    r"sorcelleries|camaraderies|coteries|periphery|peripheries")
# families by ending: "fromageries", "creperies", "laveries", "distilleries", "breweries", "creameries"
TRADE_ERIES = r"(?!(?:" + _NOT_TRADE_ERIES + r")\b)[a-z]{2,}eries"

# premises named by what they are, in the plural (French and English); two-word names first
TRADE_PLACES = (
    # lodging and leisure
    r"bowling alleys|bowlings|ice rinks|rinks|patinoires|piscines|swimming pools|leisure centres|leisure centers|"
    r"centres aquatiques|centres de loisirs|sports halls|arenas|stadiums|stades|gymnases|dojos|"
    r"hostels|auberges(?: de jeunesse)?|motels|inns|lodges|guesthouses|guest houses|b&bs|gites|chalets|"
    r"holiday cottages|cottages|campsites|caravan parks|holiday parks|village vacances|villages vacances|"
    # food, drink and shops
    r"pubs|taprooms|bistros|bistrots|takeaways|pizzerias|pizzerie|cantines|snack-bars|food courts|"
    r"tattoo parlou?rs|tattoo studios|tattoo shops|salons de tatouage|salons de coiffure|hair salons|nail salons|"
    r"barbershops|barber shops|"
    # salons of a trade ("3 salons", "tanning salons"), not trade fairs ("3 salons par an", "salons professionnels")
    r"salons(?! (?:par|per|a|an|chaque|each|professionnels?|pros?|du|des|d'exposants|d'affaires)\b)|kiosks|kiosques|showrooms|dealerships|car washes|stations de lavage|"
    r"stations-service|stations service|petrol stations|gas stations|service stations|filling stations|officines|"
    r"superettes|supermarches|supermarkets|hypermarches|comptoirs|relais|"
    # land, farm and industry
    r"orchards|vergers|greenhouses|serres|ecuries|haras|kennels|chenils|quarries|sawmills|mills|moulins|"
    r"foundries|forges|dairies|abattoirs|slaughterhouses|packhouses|caves|chais|exploitations|"
    # public and care
    r"libraries|bibliotheques|mediatheques|town halls|hospices|dispensaries|maisons de retraite|"
    # s31: culture and community places of a town ("4 conservatoires", "3 music schools", "2 maisons de quartier")
    r"conservatoires|ecoles de musique|ecoles de danse|music schools|dance schools|auditoriums|salles de spectacle|"
    r"maisons de quartier|centres sociaux|community centres|community centers|"
    r"maisons de sante|centres de sante|health centres|health centers|medical centres|medical centers|"
    r"dialysis centres|dialysis centers|centres de dialyse|"
    # s29: bookshops and launderettes by their own names; bases of an outdoor trade ("2 bases", "3 bases nautiques"), not
    # databases or a legal basis
    r"librairies|bookshops|bookstores|launderettes|laundrettes|laundromats|"
    # s33: a sea or river trade's places ("18 users across 3 ports", "2 marinas", "3 capitaineries"), not a switch's ports
    r"harbou?rs|marinas|quays|capitaineries|embarcaderes|gares maritimes|ferry terminals|ports de plaisance|"
    r"(?<!switch \d )(?<!switch \d\d )(?<!de \d\d )(?<!a \d\d )(?<!de \d )(?<!a \d )ports(?! (?:usb|ethernet|rj-?45|reseau|"
    r"network|poe|sfp|gigabit|giga|series?|serial|com|tcp|udp|ouverts?|open|lan|wan|switch\w*|par|per|on|sur)\b)|"
    # s34: parks of a leisure or outdoor trade ("3 parcs accrobranche", "two theme parks", "on rachète un parc"), not an
    # IT fleet ("parc informatique", "un parc de 40 postes", "parc d'imprimantes")
    r"parcs(?! (?:informatiques?|machines?|materiels?|applicatifs?|logiciels?|it|pc|clients?|(?:de|d'|du|des) (?:\d|[a-z]+ )?"
    r"(?:machines?|postes?|pcs?|ordinateurs?|serveurs?|imprimantes?|copieurs?|vehicules?|materiels?|licences?|terminaux|"
    r"smartphones?|telephones?|mobiles?|portables?|laptops?|tablettes?|equipements?|appareils?|caisses?|ecrans?|"
    r"l'entreprise|la societe|clients?|\d+))\b)|parks|zoos|aquariums|golfs|golf courses|"
    r"bases(?! (?:de donnees|de donnee|de data|de connaissances?|de calcul|de code|de clients?|clients?|legales?|juridiques?|"
    r"contractuelles?|de (?:la |l')?facturation|de remuneration|de depart)\b)|" + TRADE_ERIES)

# things counted inside one site: rooms of any use, floors, lanes, beds, guest rooms, desks
ROOMS = (r"classrooms|class rooms|rooms|meeting rooms|training rooms|computer rooms|server rooms|salles de (?:cours|classe|"
         r"formation|reunion|conference|tp|pause|soins?|consultation|bain|examen|repos|stockage|archives|pratique|"
         r"serveurs?|informatique|attente)|salles d'(?:attente|archives|examen|eau|informatique|accueil)|"
         r"salles informatiques|salles serveurs?|salles blanches|floors|etages|niveaux|storeys|stories|lanes|pistes|"
         r"lits|beds|chambres(?: d'hotes)?|bedrooms|guest rooms|desks|bureaux individuels|cabines|bays|wings|ailes|"
         r"couverts|covers|tables|stands")
_ROOM = re.compile(r"\s*(?:(?!(?:and|et|or|ou|of|de|des|du|with|avec)\b)[a-z'-]{3,15}\s+)?(?:" + ROOMS + r")\b")
# "salles" alone stays a place ("3 salles" of a gym chain); followed by a room's use it is a room
SALLES_AS_ROOMS = r"(?! (?:de |d')(?:cours|classe|formation|reunion|conference|tp|pause|soins?|consultation|bain|examen|" \
                  r"repos|stockage|archives|pratique|serveurs?|informatique|attente|accueil|eau)\b| informatiques| serveurs?| blanches)"


def counts_rooms(folded: str, end: int) -> bool:
    """The noun after a count (ending at `end`) names rooms, floors, lanes or beds: parts of one site."""
    return bool(_ROOM.match(folded, end))


# one place named with what it holds: "un bowling de 12 pistes", "a hostel with 40 beds", "une école de 8 salles de
# classe": one site (said with an article, the place's own noun, and a count of its parts)
_ONE_PLACE_HOLDING = re.compile(r"(?:^|[\s,;:(])(?:un|une|a|an|one|notre|our)\s+(?P<noun>[a-z][a-z'-]{2,24})"
                                r"(?: [a-z][a-z'-]{2,20})?\s+(?:de|d'|with|avec|of|qui compte|that has|with about|"
                                r"d'environ|de pres de)\s*(?P<n>\d{1,4})\s*(?=[a-z])")


def one_place_holding(folded: str, is_place) -> int | None:
    """1 when one place is named with a count of its rooms, lanes or beds; None otherwise. `is_place(folded, span)` is
    the facts' reader of place nouns."""
    for m in _ONE_PLACE_HOLDING.finditer(folded):
        if is_place(folded, m.span("noun")) and counts_rooms(folded, m.end("n")):
            return 1
    return None
