"""What a figure of a message measures when the message says it (s31, issue 14: never state a fact the user did not give).

A figure is a clause's only by words of that clause's role. The slot readers give a figure with no cue word of its own the
figure of the clause on the table that its unit fits, or the role of a cue word said before it in the sentence. Neither
holds when the message says what the figure measures:

- a bare complement after it names the thing counted ("3 jours de travail", "2 ans de recul", "12 months of logs", "99%
  of their staff", "a 4-hour drive", "a 4 hours drive"), and that thing is no word of the slot's role or measure (a cap
  "de redevance", a penalty "of the monthly fee", a retention "of backups", a notice "d'avance" keep their reading); a
  complement with an article after it is a reference point, not the thing counted ("30 jours de la réception de la
  facture", "within 4 hours of the call", "99.9% of the time");
- a sum owed or already paid, a time overdue ("ils nous doivent 2 mois de redevance", "we paid 6 months of fees upfront",
  "45 days late", "2 mois de retard");
- the figure is told as the time something takes or took ("la migration prendra 4 mois", "the install takes 2 days",
  "il nous a fallu 2 mois", "needs 10 days to sign", "met 10 jours à signer"), the age of a thing ("le serveur a 6 ans",
  "6 years old"), a time gone by or to come ("ça fait 5 ans que…", "depuis 3 ans", "il y a 2 ans", "for 3 years" after
  "been", "4 years ago", "in 30 days we move").

`measures_other(folded, quantity, slot)` says so; the reader then sets no figure from it (with no slot, for the
figures matched to the draft's own by their unit, `router._figures_said`: the role words of any clause figure).
"""

from __future__ import annotations

import re

from assistant.chat.figure_roles import ROLE_WORDS
from assistant.chat.slot_figure_cues import FIGURE_CUES

# words any clause figure may be counted in or qualified by
_MEASURE = (r"plus|moins|more|less|extra|supplementaires?|additional|additionnels?|delais?|grace|"
            r"battement|marge|margin|franchise|avance|advance|notice|temps|time|calendaires?|calendar|ouvres|ouvre|ouvrees?|"
            r"ouvrables?|business|working|consecutive|consecutifs?|glissants?|rolling|fermes?|firm|fixes?|fixed|minimum|"
            r"maximum|max|min|net|nets|prior|suite|affilee|row|periodes?|periods?|duree|interval\w*|cycles?|"
            # words that say a value of the figure under discussion ("notre proposition est de 12 mois", "their ask is 15%")
            r"propositions?|proposals?|offres?|offers?|demandes?|requests?|asks?|positions?|idees?|ideas?|choix|choices?|"
            r"limites?|limits?|objectifs?|targets?|cibles?|souhaits?|wish|compromis|compromises?|valeurs?|values?|"
            r"chiffres?|figures?|numbers?|nombres?|seuils?|thresholds?|niveaux?|levels?|standards?|normes?|norms?|usages?|"
            r"moyennes?|averages?|base|baseline|defaut|default|"
            # a commitment, a need or a window said of the value ("leur engagement est de 4 h", "what we need is 4 hours",
            # "a 4-hour window"); a party said to be at a value ("le client est à 45 jours")
            r"engagements?|commitments?|promesses?|promises?|garanties?|guarantees?|obligations?|sla|besoins?|needs?|"
            r"attentes?|expectations?|requirements?|exigences?|windows?|fenetres?|deadlines?|turnaround|timeframes?|"
            r"time-frames?|clients?|customers?|prestataires?|presta|providers?|msp|infogereurs?|fournisseurs?|suppliers?|"
            r"vendors?")
# the sums a figure is counted in (a cap in months of fees, a penalty as a share of the fee, an indemnity in salary)
_SUMS = (r"redevances?|fees?|factur\w*|invoic\w*|montants?|amounts?|prix|price|prices|abonnements?|subscriptions?|loyers?|"
         r"charges?|remuneration|honoraires|sommes|sums?|paiements?|payments?|salaires?|salary|"
         r"salaries|wages?|bruts?|gross|mensualites?|monthly|mensuel\w*|annuel\w*|annual|yearly|billing|contrat|contract|"
         r"valeur|value|forfaits?|retainer|services?|prestations?")
# the user's own business figures, never a share a clause counts in ("30 % de notre CA", "40% of our turnover")
_BUSINESS = re.compile(r"ca|chiffre|revenues?|turnover|sales|ventes|benefices?|profits?|marges?|resultats?|croissance|growth")
# the words of a slot's measure its cue words do not hold, by the slot's prefix
_OWN = {
    "backup_retention": r"sauvegardes?|backups?|copies|snapshots?|historique|history|archives?|retention|conservation",
    "rpo": r"donnees|data|pertes?|loss",
    "rto": r"indisponibilite|downtime|interruption|coupure|arret",
    "restoration": r"indisponibilite|downtime|interruption|coupure|arret|retablissement|reparation|repair|resolution|fix",
    "intervention": r"deplacement|intervention",
    "response": r"prise|reponse|response|reaction",
    "availability": r"disponibilite|dispo|availability|uptime|service|heures?|hours?|jours?|days?|mois|months?|plages?|"
                    r"periodes?|ouvr\w*|business|working|fonctionnement|operation\w*",
    "breach": r"violation|breach|notification",
    "initial_term": r"engagement|contrat|contract|abonnement|subscription",
    # "each breach is 2%", "chaque jour de retard c'est 1 %": what a penalty is counted per
    "penalty": r"manquements?|breach\w*|incidents?|retards?|defauts?|failures?|miss\w*|jours?|days?|heures?|hours?|"
               r"semaines?|weeks?|mois|months?|tickets?|penalites?|penalties|credits?|sla",
    # "au-delà de 30 jours de suspension": the time the event stops the service
    "force_majeure": r"suspension|empechement|interruption|arret|blocage|impossibilite|force|majeure",
}
_STOP = {"a", "au", "aux", "un", "une", "ce", "cet", "cette", "ces", "the", "an", "that", "this", "which", "que", "qui", "et",
         "and", "ou", "or", "en", "in", "on", "sur", "pour", "for", "to", "par", "per", "ici", "plus", "mon", "ma", "mes",
         "it", "ours", "theirs", "mine", "yours", "celle", "celui", "ceux", "they", "ils", "elles", "eux", "what", "ce"}

# "3 jours de travail", "2 ans de recul", "15 % d'absentéisme", "99 % des tickets": a bare complement, its head words
# ("90 % de leurs clients": the thing counted after a possessive; "de la facture", "du signalement": a reference point)
_FR_COMPLEMENT = re.compile(r"\s*(?:de |d'|des )(?:(?:leurs?|nos|notre|vos|votre|ses|son|sa|mes|mon|ma) )?"
                            r"(?!(?:la|le|les|l'|ce|cet|cette|un|une)\b)([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")
# "12 months of logs", "99% of their staff", "4 hours' drive": the thing counted (not "of the invoice": a reference point)
_EN_COMPLEMENT = re.compile(r"(?:'s|s'|')?\s*(?:of |worth of )(?:(?:their|our|his|her|its|my|your|all|those|these) )?"
                            r"(?!(?:the|a|an)\b)([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?|'\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")
# "a 4-hour drive", "a 4 hours drive", "une 3-day workshop": the figure as an adjective of the noun after it
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|their|our|its)\s*$")
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")

# the time something takes or took, a time gone by, said before the figure ("la migration prendra 4 mois", "it took us 2
# months", "ça fait 5 ans", "il y a 2 ans"); not taken by the user's side ("on prend 12 mois", "we'll take 6")
_FILL = (r"(?:\s+(?:nous|leur|lui|me|moi|us|them|him|her|it|about|around|environ|a peu pres|pres de|nearly|almost|over|"
         r"plus de|moins de|more than|less than|only|seulement|que|qu'|just|au moins|at least|like|bien|deja|already|en gros|"
         r"roughly|typically|usually|souvent|toujours|always|often|generalement|en general|encore|still|yet|a|an))*\s*$")
_TAKES_BEFORE = re.compile(r"\b(?:prend|prennent|prendra|prendront|prendrait|prenait|a pris|ont pris|avait pris|fallu|"
                           r"takes?|took|taking|will take|would take|lasted|en l'espace de)" + _FILL)
# "ça fait 5 ans", "depuis 3 ans", "il y a 2 ans", "leur dernier audit date de 3 ans": a time gone by
_GONE_BEFORE = re.compile(r"\b(?:depuis|since|(?:ca|cela|ceci) fait|il y a|voila|date de|dates? (?:back )?from|remonte a|goes back|"
                          r"went back|dating back)" + _FILL)
# "ils nous doivent 2 mois de redevance", "we paid 6 months of fees upfront", "they still owe us 3 months": a sum owed or
# already paid, no figure of a clause
# (a past tense only: "on paye à 30 jours", "invoices are paid 30 days after receipt" say the payment term)
_OWED_BEFORE = re.compile(r"\b(?:doi(?:t|vent)|devai(?:t|ent)|owe[sd]?|owing|(?:a|ont|avons|avez|ai|avait|avaient|deja)\s+"
                          r"(?:\w+\s+){0,2}?(?:paye\w*|regle\w*|verse\w*|avance\w*|rembourse\w*)|(?:we|they|i|you)(?:'ve| have|"
                          r"'d| had)?\s+(?:already\s+)?paid|already paid|prepaid|pre-paid|refunded)" + _FILL)
# s36: the months or sums claimed from the other side ("can we claim the 28 months?", "réclamer les 20 mois restants",
# "bill them for the remaining 10 months"): what is owed under a clause, not the clause's own figure
_CLAIMED_BEFORE = re.compile(r"\b(?:claim|claiming|reclamer|reclame\w*|recover|recouvrer|exiger|charge (?:them|him|her|for)|"
                             r"bill (?:them|him|her)(?: for)?|facturer)\s+(?:them |him |her |leur |lui )?(?:for )?(?:the |les |"
                             r"all |all the |toutes les |tous les |ces |those |these )?(?:remaining |restants? )?$")
_OURS = re.compile(r"(?:\bon|\bnous|\bje|\bj'|\bwe|\bi|\bwe'll|\bi'll|let'?s|let us|\bon va|\bwe can|\bwe could)\s*$")
# "il met 10 jours à signer", "their CFO needs 10 days to sign", "il faut 45 jours pour recruter": the time spent doing
# something (a time to pay said so stays the payment term's)
_SPENT_BEFORE = re.compile(r"\b(?:met|mettent|mettait|mettaient|mettra|mettront|a mis|ont mis|avait mis|faut|faudra|"
                           r"faudrait|needs?|needed)" + _FILL)
_SPENT_AFTER = re.compile(r"\s+(?:a|pour|to) (?!compter\b|partir\b|pay\b|payer\b|regler\b|settle\b)[a-z]+(?:er|ir|re|n)?\b")
# "been our provider for 3 years": a time gone by
_BEEN_FOR = re.compile(r"\bbeen\b[^,.;!?]{0,40}\bfor\s+(?:(?:about|around|nearly|almost|over|more than|some) )*$")
# "le serveur principal a 6 ans", "leur contrat actuel a 2 ans": a thing's age
# (folded, "a" is also "à": "mets la durée initiale à un an" names the figure's own role, no thing's age)
_AGE_BEFORE = re.compile(r"\b(?:le|la|l'|leur|notre|son|sa|ce|cet|cette|les|leurs|nos|ses|ces)\s*([a-z'-]+)(?:\s+([a-z'-]+))?\s+"
                         r"(?:a|ont|avait|avaient)\s+(?:(?:deja|bientot|presque|plus de|pres de|environ) )*$")
# (a time gone by, an age; a sum or a time overdue: "45 days late", "3 mois d'impayés", "paid upfront")
_AFTER = re.compile(r"\s*(?:ago|old|plus tard|later|auparavant|earlier|d'anciennete|d'age|late|overdue|in arrears|en retard|"
                    r"d'impayes?|impayes?|d'arrieres?|upfront|up front)\b")
# "le déménagement est dans 2 mois", "in 30 days we move office": a time to come
_IN_BEFORE = re.compile(r"\b(?:est|sont|c'est|ce sera|is|are|it's|happens?|arrive\w*|prevue?s?|planned|scheduled|due|"
                        r"demenag\w*|move|moving|ferme\w*|ouvr\w*|open\w*|clos\w*|start\w*|commence\w*)\s+(?:dans|in)\s+$")
_IN_START = re.compile(r"(?:^|[.;!?]\s*)\W*(?:(?:et|and|so|alors|bon|btw)\W+)?(?:dans|in)\s+$")
# ("in 30 days we move", not a bare "dans 30 jours" given as a value: a sentence of its own follows)
_CLAUSE_AFTER = re.compile(r"\s*,?\s*(?:we|they|on|ils|elles|nous|je|j'|i|il|elle|c'est|it|the|le|la|l'|les|their|leur|our|notre)\b")
# "take 6 months then", "ok take 45 days": the verb said to the assistant, no time something takes
_IMPERATIVE = re.compile(r"(?:^|[.;!?,:]\s*)\W*(?:(?:ok|okay|alors|bon|so|then|well|and|et|just|juste|fine|d'accord|right)\W+)*$")
# "la TVA est à 20 %", "inflation is running at 4%", "le serveur fait 4 To": a figure said of another thing
_SUBJECT_IS = re.compile(r"(?:\b(?:le|la|l'|les|leur|leurs|notre|nos|the|their|our|its)\s*)?\b([a-z][a-z'-]+)(?:\s+([a-z][a-z'-]+))?\s+"
                         r"(?:est|sont|etait|etaient|sera|is|are|was|were|(?:is |are )?running at|runs at|stands? at|"
                         r"tourne autour de|s'eleve a)\s+(?:(?:a|de|at|of|around|about|environ|autour de|now|maintenant|"
                         r"actuellement|currently|deja|already)\s+)*$")
_EN_UNIT = re.compile(r"(?:hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?)$")


def _own_word(word: str | None, slot: str) -> bool:
    """Is `word` one of the slot's role or measure (any clause figure's when `slot` is empty)?"""
    if not word:
        return False
    if word in _STOP or len(word) < 3:
        return True  # no noun: nothing said of what the figure counts
    for name, cue, _units in FIGURE_CUES:
        if not slot or name == slot or name.replace("{p}", "1") == slot or (
                "{p}" in name and re.sub(r"_p\d_", "_p{p}_", slot) == name):
            if re.match(r"(?:" + cue + r")", word):
                return True
    for prefix, pat in list(ROLE_WORDS.items()):
        if slot.startswith(prefix) and pat.fullmatch(word):
            return True
    own = [w for p, w in _OWN.items() if slot.startswith(p)]
    return any(re.fullmatch(words, word) for words in (_MEASURE, _SUMS, *own) if words)


def _foreign(words: tuple, slot: str) -> bool:
    words = tuple(w for w in words if w)
    if any(_BUSINESS.fullmatch(w) for w in words):
        return True
    return bool(words) and len(words[0]) >= 3 and words[0] not in _STOP and not any(
        _own_word(w, slot) for w in words if w not in _STOP and len(w) >= 3)


# s32: a share of people after a percent, with a possessive or a plural article ("90 % de leurs clients", "70 % des
# adhérents", "60% of our customers", "half of their users"): the people counted, no clause figure — "clients" and
# "customers" alone are measure words ("le client est à 45 jours"), not after "de leurs" / "of our"
_SHARE_OF_PEOPLE = re.compile(
    r"\s*(?:de (?:leurs|nos|vos|ses|mes)|des|of (?:their|our|your|its|his|her|the|all (?:their|our|the)))\s+(?:\w+\s+)?"
    r"(?:clients|customers|users|utilisateurs|staff|employees|salaries|employes|members|membres|adherents|visiteurs|"
    r"visitors|patients|eleves|students|pupils|abonnes|subscribers|usagers|collaborateurs|agents|techniciens|"
    r"technicians|people|personnes|gens|guests|hotes|residents|familles|families|parents|benevoles|volunteers|"
    r"licencies|joueurs|players|spectateurs|spectators|passagers|passengers|locataires|tenants|acheteurs|buyers)\b")


_SEGMENT_CUT = re.compile(r"[.;,!?\n]|\s(?:et|and|mais|but|puis|then|alors que|whereas|while)\s")


def _role_in_segment(folded: str, start: int, end: int, slot: str) -> bool:
    """Does the part of the sentence after the figure name the slot's role, the act done in that time ("… to restore",
    "… à rétablir")?"""
    cuts = [m for m in _SEGMENT_CUT.finditer(folded)]
    right = min([m.start() for m in cuts if m.start() >= end] or [len(folded)])
    words = re.findall(r"[a-z][a-z'-]+", folded[end:right])
    for w in words:
        for name, cue, _units in FIGURE_CUES:
            if (not slot or name == slot or name.replace("{p}", "1") == slot or (
                    "{p}" in name and re.sub(r"_p\d_", "_p{p}_", slot) == name)) and re.match(r"(?:" + cue + r")\b", w):
                return True
        for prefix, pat in ROLE_WORDS.items():
            if (not slot or slot.startswith(prefix)) and pat.fullmatch(w) and prefix in ("payment", "restoration",
                                                                                         "intervention", "response"):
                return True
    return False


_ON_CONDITION = re.compile(r"\b(?:if|si|s'il|s'ils|en cas|when|whenever|lorsqu\w*|quand|should|unless|sauf|upon|on (?:early )?"
                           r"(?:termination|exit)|des qu\w*|a la sortie|au depart)\b")


def _act_subject(before_verb: str, slot: str) -> bool:
    """The words right before a verb of time name the slot's act ("la restauration", "the restore", "le paiement")."""
    words = re.findall(r"[a-z][a-z'-]+", before_verb)[-2:]
    return any(pat.fullmatch(w) for w in words for prefix, pat in ROLE_WORDS.items()
               if slot.startswith(prefix) and prefix in ("payment", "restoration", "intervention", "response"))


def measures_other(folded: str, q, slot: str) -> bool:
    """Does the message say the figure measures something else than `slot` (a thing counted, the time something takes,
    an age, a time gone by or to come)? Read around the quantity `q` (its span in `folded`)."""
    start, end = q.span
    before = folded[max(0, start - 60):start]
    said = folded[start:end]
    if re.search(r"\b(?:within|under|sous|dans les|dans un delai de|no later than|at the latest|au plus tard|d'ici)\s*$",
                 before):
        return False  # "within 4 hours of the call": what follows is the time's starting point
    m = _FR_COMPLEMENT.match(folded, end) or _EN_COMPLEMENT.match(folded, end)
    if m and _foreign(tuple(g for g in m.groups() if g), slot):
        return True
    if q.unit == "percent" and _SHARE_OF_PEOPLE.match(folded, end):
        return True  # s32: "90 % de leurs clients viennent le week-end", "60% of our customers pay by card": a share of people
    # ("a year following termination": the article is the number itself, no adjective of a noun)
    if not m and ("-" in said or (_EN_UNIT.search(said) and re.search(r"\d", said) and _ADJECTIVE_BEFORE.search(before))) and \
            (n := _NOUN_AFTER.match(folded, end)) and _foreign(n.groups(), slot):
        return True  # "a 4-hour drive", "a 4 hours drive"
    if _CLAIMED_BEFORE.search(before):
        return True
    if _OWED_BEFORE.search(before) and not _ON_CONDITION.search(folded[end:end + 70]):
        return True  # (a sum owed under a condition is the clause's own term: "the client owes 30% … if it leaves early")
    if _GONE_BEFORE.search(before):
        return True
    subject = _SUBJECT_IS.search(before)
    if subject and _foreign(tuple(w for w in subject.groups() if w), slot):
        return True
    # "ils mettent 8 h à rétablir", "it takes them 4 hours to respond": the time of the slot's own act
    own_act = bool(slot) and _role_in_segment(folded, start, end, slot)
    takes = _TAKES_BEFORE.search(before)
    if takes and slot and _act_subject(before[:takes.start()], slot):
        own_act = True  # "la restauration prend 4 h max", "payment takes 30 days": the act's own time
    if takes and not own_act and not _OURS.search(before[:takes.start()]) and not (takes.group(0).split()[0] == "take" and _IMPERATIVE.search(
            folded[:max(0, start - 60) + takes.start()])):
        return True
    if _BEEN_FOR.search(before) or _IN_BEFORE.search(before) or (_IN_START.search(folded[:start]) and _CLAUSE_AFTER.match(
            folded, end)) or _AFTER.match(folded, end):
        return True
    spent = _SPENT_BEFORE.search(before)
    if spent and not own_act and _SPENT_AFTER.match(folded, end) and not _OURS.search(before[:spent.start()]):
        return True
    age = _AGE_BEFORE.search(before) if q.unit == "year" else None
    return bool(age and _foreign(age.groups(), slot))


# -- a sum of another thing or paid to another party ------------------------------------------------------------------------
# the words of the deal's own price (the fee of the contract being discussed)
_FEE_WORDS = re.compile(r"redevances?|forfaits?|abonnements?|prix|price|fees?|contrats?|contracts?|presta\w*|prestataires?|"
                        r"providers?|msp|infogereurs?|offres?|offers?|devis|quotes?|budgets?|factures?|invoices?|tarifs?|"
                        r"mensualites?|totals?|montants?|amounts?|couts?|costs?|services?|deals?|packages?|packs?|formules?|"
                        r"plans?|it|that|this|ca|cela|tout|everything|all|bill|billing|infogerance|support|maintenance")
# "le loyer du local c'est 1200 €", "their accountant charges 300 a month", "notre ancien presta nous facturait 900 €":
# the sum's subject; an earlier or other contract's adjective says another deal
_SUM_SUBJECT = re.compile(r"\b(?:le|la|l'|les|leur|leurs|notre|nos|son|sa|ses|the|their|our|its|his|her)\s*"
                          r"(?:(?P<other>ancien\w*|previous|former|old|precedent\w*|last|dernier\w*|autre|other)\s+)?"
                          r"(?:(?:current|actuel\w*|new|nouveau|nouvel|nouvelle|present|existing|main|principal\w*|own|propre)\s+)?"
                          r"(?P<noun>[a-z][a-z'-]+)(?:\s+(?:du|de la|de l'|des|de|d'|of the|of)\s*[a-z'-]+)?\s+"
                          r"(?:nous |us |me |leur |them )?(?:c'est|est de|est a|coute\w*|costs?|charges?|factur\w*|bill\w*|is|"
                          r"runs|comes to|revient a|s'eleve a|demande\w*|asks?|prend\w*|takes?)\b[^\d.;!?]{0,20}$")
# "… 450 € par mois à l'éditeur", "… a month to the telecom operator": the party paid
_PAID_TO = re.compile(r"[^.;!?\d]{0,30}?\b(?:a|au|aux|to)\s+(?:l'|le |la |les |the |their |our |leur |leurs |notre |nos )"
                      r"(?:(?:current|actuel\w*|new|nouveau|nouvel|nouvelle|present|existing|main|principal\w*|own|propre)\s+)?"
                      r"(?P<noun>[a-z][a-z'-]+)")
_NOT_A_PAYEE = re.compile(r"fin|end|debut|start|livraison|delivery|signature|commande|order|postes?|users?|utilisateurs?|seats?|"
                          r"sites?|mois|months?|an|annee|years?|jours?|days?|semaines?|weeks?|heures?|hours?|date|reception|"
                          r"receipt|echeance|terme|hauteur|raison|place|total|maximum|max|minimum|charges?|demande|request|"
                          r"hausse|baisse|fois|unite|ligne|volee|mise|renouvellement|renewal|reconduction|rentree|"
                          r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
                          r"january|february|march|april|may|june|july|august|september|october|november|december")


def sum_of_another(folded: str, q) -> bool:
    """Is the sum at `q` said of another thing or paid to another party than the deal's provider (rent, an accountant,
    another vendor, a former provider)?"""
    start, end = q.span
    before = folded[max(0, start - 70):start]
    cut = max(before.rfind(c) for c in ".;!?")
    before = before[cut + 1:]
    m = _SUM_SUBJECT.search(before)
    if m and (m.group("other") or not _FEE_WORDS.fullmatch(m.group("noun"))):
        return True
    paid = _PAID_TO.match(folded, end)
    return bool(paid and not _FEE_WORDS.fullmatch(paid.group("noun")) and not _NOT_A_PAYEE.fullmatch(paid.group("noun")))
