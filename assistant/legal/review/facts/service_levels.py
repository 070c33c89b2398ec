"""Service-level measurement: who measures the levels (the provider alone, records as sole proof, a tool or
report, a method) and whether the client may contest the figures."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.reading import denied_before, Sent
from assistant.legal.review.facts.where import Where


# a remedy said not to apply at all (no rate given): no penalty scheme
NOT_APPLIED = r"^\W*(\w+\W+){0,3}?((do|does|shall|will) not apply|(are|is|shall be|will be) not (applicable|payable|due|available)|" \
              r"ne s'appliqu\w* pas|(ne|n') ?(sont|est|seront|sera) (pas|nullement|en aucun cas) (applicables?|dus|dues?|exigibles?))"


SLA_CONTEXT = r"\bsla\b|\brto\b|\brpo\b|recovery (time |point )?objectives?|" \
              r"objectifs? de (reprise|restauration|recuperation)|\bdmia\b|\bpdma\b|service levels?|niveaux? de service|qualite de service|(quality of|level of) service|disponibilit|availability|uptime|delai|response time|" \
              r"resolution time|temps de (reponse|retablissement|resolution|prise en charge)|\bgt[ir]\b|incidents?|" \
              r"tickets?|penalit|credits?|interruption|indisponibilit|downtime|outages?|pannes?|coupures?|intervention|retards?|delays?|depassements?|" \
              r"(ces|those|these|such|lesdits|the same) (manquements|ecarts|failures|breaches|shortfalls|misses)"


BY_PROVIDER = r"(constate|mesure|releve|determine|calcule|etabli)\w* (et (mesure|constate)\w* )?(exclusivement |" \
              r"uniquement |seul(ement)? )?par (le |la |l')?{p}|(measured|determined|calculated|recorded|assessed) " \
              r"(solely |exclusively |only )?by (the )?{p}|(au seul|selon le seul) (constat|releve|outil|systeme)\w* " \
              r"(du |de )?{p}|{p}'?s? (own |sole )?(records|logs|monitoring tools?|measurements?) (shall be|are|" \
              r"will be) (conclusive|final|binding|authoritative)|(releves|mesures|outils)\w* du {p}.{{0,40}}font foi|" \
              r"(releves|mesures|outils?|donnees|journaux|enregistrements)\w* (du seul|exclusifs? du) {p}|" \
              r"(solely|only|exclusively) (on|from|by reference to) (the )?({p}'?s?|our) (\w+ ){0,3}?(records|logs|data|measurements|tools?)|" \
              r"(exclusivement|uniquement|seulement) (a partir|sur la base|au vu) (des|de ses) (\w+ ){0,3}?(journaux|releves|" \
              r"enregistrements|donnees|mesures|outils)\b[^.;]{0,20}\b(du|de la|de l') {p}|" \
              r"(calcul|mesure|releve|constat|measurement|calculation)\w*\b[^.;]{0,60}\b(effectue|realise|etabli|assure|made|" \
              r"performed|carried out|done)\w* (exclusivement |uniquement |solely |only )?(par|by) (le |la |l'|the )?{p}( seul)?|" \
              r"(mesure|constate|releve|determine|calcule|etabli)\w* (exclusivement |uniquement |seulement )?(par|au moyen " \
              r"d\w*|a partir d\w*) (les |des |ses )?(propres )?(outils|systemes|sondes|releves)\w* (\w+ ){0,4}(du |de la )?" \
              r"{p}|{p}\W+(\w+\W+){0,3}font (seuls? )?foi|(measured|recorded|determined) (solely |exclusively |only )?" \
              r"(by|with|using) (the )?{p}'?s? (own |internal )?(tools?|systems?|monitoring)|" \
              r"\b(seul|only|solely) (le |la |l'|the )?{p} (etablit|calcule|mesure|determine|redige|prepares?|calculates?|" \
              r"measures?|determines?|compiles?)|(mesure|calcule|constate|releve|etabli)\w* (exclusivement |uniquement )?(par|au " \
              r"moyen d\w*|a partir d\w*) (la |le |les |l')?(plateformes?|outils?|systemes?|sondes?|logiciels?) (\w+ ){0,5}(du |de " \
              r"la |de l'|d')?{p}"


MEASURE = r"\bmesure(e|es|s)? (par|a partir|depuis|selon|au moyen|dans|sur)|mode de (mesure|calcul)|methode de " \
          r"(mesure|calcul)|calcul\w* (sur|a partir|selon|par)|horodat|ticket|outil de (supervision|suivi|gestion)|" \
          r"decompt|constate\w* (par|au moyen|dans)|measured|measurement|calculated|timestamp|ticketing|monitoring " \
          r"(tool|system)|logged|tableau de bord|rapport (mensuel|de service|d'activite)|(monthly|service) report|" \
          r"\bcomput(ed|es)\b|\b(as )?recorded (by|in|on)|monitoring (service|platform|probes?)|(outil|service|plateforme|" \
          r"sondes?) de (supervision|monitoring|mesure)|enregistre\w* dans (l'|le |la )?(outil|systeme|portail)|" \
          r"(courent|court|run|runs|start|starts) (a compter|a partir|from)|" \
          r"(rapport|releve|etat|compte rendu|report|statement) (\w+ ){0,2}?(des |de ses |of (the |its )?)(delais|temps|niveaux|" \
          r"response times?|resolution times?|service levels?)|reports? (its |the )?(response|resolution) times"


# the provider's own records as the only proof ("seuls les journaux de l'outil du Prestataire font preuve", "the time
# stamps of Supplier's ticketing system shall be the sole admissible evidence")
RECORDS = r"(journaux|releves|enregistrements|horodatages?|donnees|mesures|outils?|systemes?|plateformes?|platforms?|" \
          r"records?|logs?|time ?stamps?|" \
          r"data|measurements?|tools?|systems?|reports?|rapports?)"


PROOF = r"(seul\w*|unique|exclusi\w*|sole|only)\b[^.;]{0,60}\b(preuve|proof|evidence|foi|reference)|(font|fait|fera|feront|" \
        r"faire|faisant) (seuls? )?(foi|preuve)|\bconclusive\b|mode de preuve|(are|is|shall be|will be|sont|est|seront) (final|" \
        r"binding|definiti\w*)\b|(sole|only|exclusive) (admissible )?(evidence|" \
        r"proof)"


CONTESTABLE = r"sauf preuve contraire|unless (the )?\w+ (proves|shows|demonstrates)|(may|can|peut|pourra) (\w+ ){0,3}(dispute|" \
              r"contest|challenge|contester|remettre en cause)|sauf (contestation|reclamation)|unless (disputed|contested|" \
              r"challenged)|subject to (the )?\w+'?s? (right to )?(dispute|challenge|contest)"


# records pointed back to, whose owner the sentence before named ("…l'outil de tickets du Titulaire. Les relevés de ces
# outils font seuls foi", "…the Supplier's monitoring platform. Data from that platform shall be conclusive")
RECORDS_POINTED = rf"\b(ces|ce|cet|cette|lesdits|ledit|ladite|these|those|such|that|this|the said)\s+(\w+\s+){{0,2}}?{RECORDS}\b"


def _provider_records(text: str, p: str) -> re.Match | None:
    # (the elided article runs into the name: "des relevés de l'Intégrateur"). Terms written as "we" name the provider
    # by a subject pronoun: "we process personal data" is what it does, not its records ("our logs" are)
    rx = rf"{RECORDS}\b[^.;]{{0,60}}?\b((du|de la|of|in|by)\s+(the\s+)?|de l'\s*){p}|{p}'?s?\s+(\w+\s+){{0,3}}?{RECORDS}"
    return next((m for m in re.finditer(rx, text) if not re.match(r"(we|nous)\s", m.group(0))), None)


def _records_as_proof(f: str, p: str, clause: str = "") -> re.Match | None:
    own = _provider_records(f, p)
    if own and re.search(PROOF, f) and not _contestable(f):
        return own
    pointed = re.search(RECORDS_POINTED, f) if not own else None
    if pointed and re.search(PROOF, f) and _provider_records(clause, p) and not _contestable(f) \
            and not _contestable(clause) and not denied_before(f, pointed.span()):
        return pointed
    # the levels worked out from the provider's records and nothing else: "on the basis of the Provider's ticketing
    # timestamps only", "sur la seule base des journaux du Prestataire", "exclusively from Provider's logs"
    if own and re.search(r"\b(only|solely|exclusively|uniquement|exclusivement)\b|\b(seule?s?) (base|source)\b|\bsur (la )?seule\b|"
                         r"\b(du|des) seuls?\b", f) and re.search(r"\b(determin|calcul|measur|mesur|assess|establish|etabli|"
                                                                 r"evalu|based|base|fond|comput)\w*", f) \
            and not _contestable(f) and not denied_before(f, own.span()):
        return own
    final = re.search(rf"{p}'?s? (own |sole )?(determination|decision|assessment|calculation|measurement|appreciation|" \
                      rf"constat|evaluation)\w* (shall be|is|will be|sera|est|seront|sont)\W+(\w+\W+){{0,2}}?(final|binding|" \
                      rf"conclusive|definiti\w*|sans appel|irrevocable)|(measurements?|mesures?|releves?|calculs?)\w* (shall be |" \
                      rf"are |will be |sont |seront )?(made|performed|carried out|effectue\w*|realise\w*|etabli\w*) (solely |" \
                      rf"exclusively |uniquement )?(by|par) (the |le |la |l')?{p}", f)
    return final if final and not _contestable(f) else None


NO_CLIENT_VIEW = r"{c} (n'a|n'aura|ne dispose|has|shall have|will have|does not have|is not given)\W+(\w+\W+){0,2}?(pas|aucun|no|" \
                 r"not)\W+(\w+\W+){0,2}?(acces|access)|(donnees brutes|raw data|underlying data|logs|journaux|releves)\W+" \
                 r"(\w+\W+){0,8}?(ne sont pas|n'est pas|ne seront pas|are not|is not|will not be|shall not be) (\w+ )?" \
                 r"(communique|transmis|accessible|fourni|provided|disclosed|available|shared|made available)"


TIMING = r"mesur|calcul|decompt|compt(e|es|ent|ee)\b|a compter|a partir|des (l'|la )?(ouverture|creation)|measur|" \
         r"calculat|count|from the (time|moment|opening|creation)|starts? (when|at)|timestamp|horodat"


FEE_BASE = r"\s*((on|as a percentage of|by reference to|based on|on the basis of|sur|selon|par rapport a|a partir d\w*)\s+)?" \
           r"(la |le |les |l'|the |each |chaque )?(base (de |d'|of )?)?(la |le |l'|the )?(total |totalite de la )?(monthly |" \
           r"mensuel\w* )?(redevances?|montants?|prix|factures?|remuneration|forfaits?|fees?|charges?|invoices?|price)"


def _is_method(f: str, x: re.Match) -> bool:
    """A measurement method, not a tool merely named ("une Anomalie ne figurant pas dans l'outil de suivi", "tickets
    raised by the Customer": how requests arrive) nor the base of a penalty ("calculées sur la redevance mensuelle",
    "calculated on the monthly fee": what the penalty is a percentage of)."""
    g = x.group(0)
    if re.fullmatch(r"tickets?|ticketing|outil de (supervision|suivi|gestion)", g) and not re.search(TIMING, f):
        return False
    if re.match(r"calcul", g) and re.match(FEE_BASE, f[x.end():]):
        return False
    return True


# the client's own measurements may not be relied on against the provider's ("le Client ne peut leur opposer ses propres
# mesures", "Customer's own logs shall not be taken into account", "measurements made by the Customer are disregarded")
CLIENT_OWN_EXCLUDED = r"{c}\b[^.;]{0,80}\b(ne peut|ne pourra|ne saurait|ne peuvent|may not|cannot|shall not|will not|is not " \
    r"entitled to|n'est pas (fonde|autorise|admis) a)\b[^.;]{0,40}\b(opposer|invoquer|se prevaloir|produire|faire valoir|" \
    r"rely|invoke|submit|use|produce|put forward|challenge|contest)\w*\b[^.;]{0,40}\b(ses |its |his |their )?(propres|own) " \
    r"(\w+ )?(mesures|releves|enregistrements|records|measurements|logs|data|donnees|statistiques|statistics|outils|tools|" \
    r"journaux|horodatages?)|(mesures|releves|enregistrements|records|measurements|logs|journaux)\w* (propres )?(du|de la|of " \
    r"the|by the|(made|taken|carried out|kept) by the|effectue\w* par le|realise\w* par le|tenu\w* par le) {c}\b[^.;]{0,60}\b(ne sont pas|ne seront pas|n'est pas|" \
    r"are not|will not be|shall not be|is not) (\w+ )?(pris\w* en (compte|consideration)|opposables?|retenu\w*|admis\w*|" \
    r"taken into (account|consideration)|considered|admissible|accepted|relevant)|{c}'?s? own (records|measurements|logs|" \
    r"data|tools)\b[^.;]{0,60}\b(are not|will not be|shall not be|is not|have no) (\w+ )?(taken into (account|" \
    r"consideration)|considered|admissible|accepted|relevant|effect|weight|bearing)"


# the client's proof held to the provider's own records, or the figure retained being the one the provider reports ("Sauf
# preuve contraire que le Client ne peut rapporter que par les journaux du Titulaire, le taux retenu est celui que le
# Titulaire communique", "the availability applied shall be that reported by the Supplier")
PROVIDER_FIGURE = r"{c}\b[^.;]{0,60}\b(ne peut|ne pourra|ne peuvent)\b[^.;]{0,40}\bqu(e |')(par|au moyen d\w*|sur la base d\w*|a " \
    r"partir d\w*)\b[^.;]{0,30}\b(journaux|releves|donnees|logs|outils|mesures|rapports?|enregistrements)\w* (du|de la|de l') " \
    r"{p}|{c}\b[^.;]{0,40}\b(may|can) (only )?(prove|establish|show|rebut|contest|challenge)\w*\b[^.;]{0,60}\b(only )?(by|" \
    r"through|with|from) (the )?{p}'?s? (own )?(logs|records|data|tools|reports?|measurements)|(taux|niveau|valeur|chiffre)s? " \
    r"(de \w+ )?(retenue?s?|applicables?|pris en compte) (est|sont|sera|seront) (celui|celle|ceux|celles) (que|qu'|" \
    r"communique\w* par|indique\w* par|calcule\w* par) (le |la |l')?{p}|(figure|rate|level|percentage|availability)\w* " \
    r"(used|retained|applied|taken into account) (is|shall be|will be) (the one|that) (reported|calculated|stated|notified) " \
    r"by (the )?{p}"


# what a measurement is of: a level, a time, a rate, a credit ("the order of intervention shall be determined solely by
# Provider" is a priority the provider sets, not a service level it measures)
MEASURED_THING = r"disponibilit|availability|uptime|niveaux? de service|service levels?|\bsla\b|\bdelais?\b|\btimes?\b|" \
                 r"\btemps\b|\btaux\b|\brates?\b|percentage|pourcentage|\bdurees?\b|duration|downtime|indisponibilit|" \
                 r"credits?|penalit|penalt|performance|complian|respect|conformit|mesures?|measure\w*|releves?|levels?|" \
                 r"niveaux?|objecti\w*|targets?|kpi|indicat\w*|statisti\w*|metrics?|results?|resultats?|chiffres?|figures?"


# the client may contest the figures, not "may not contest" ("who may contest any measurement within thirty days", "le
# Client peut en contester les chiffres")
_NO_CONTEST = r"\b(not|no|never|ne|n'|cannot|aucun\w*|nullement|jamais)\b|n'"


def _contestable(text: str) -> bool:
    return any(not re.search(_NO_CONTEST, text[max(0, c.start() - 12):c.end()]) for c in re.finditer(CONTESTABLE, text))


def _measures_a_level(f: str, by: re.Match) -> bool:
    """A "determined/decided by the provider" is a measurement when what is determined is a level, a time or a credit."""
    if not re.match(r"(determin|decid|decide)", by.group(0)):
        return True
    start = max(f.rfind(x, 0, by.start()) for x in (",", ";", ":", " where ", " lorsque ", " si "))
    return bool(re.search(MEASURED_THING, f[start + 1:by.start()]))


def sla_measure(s: Sent, w: Where) -> list:
    f = s.folded
    own = re.search(CLIENT_OWN_EXCLUDED.replace("{c}", w.names.client), f)
    if own and re.search(SLA_CONTEXT, " ".join((f, w.heading, w.article))):
        # the client's own measurements may not be set against the provider's: the provider alone measures
        return [m.SlaMeasure(evidence=s.evidence(own), clause=w.index, measured_by="provider_alone")]
    if not (re.search(SLA_CONTEXT, f) or re.search(SLA_CONTEXT, w.heading)):
        return []
    rx = BY_PROVIDER.replace("{p}", w.names.provider).replace("{{0,40}}", "{0,40}")
    by = re.search(rx, f) or _records_as_proof(f, w.names.provider, w.clause)
    if by and not _measures_a_level(f, by):
        return []  # a priority or a choice the provider makes, not a measurement of the service
    if by and (_contestable(f) or _contestable(w.clause)):
        # measured by the provider, but the client may dispute it (in this sentence or another of the clause): not the
        # provider alone
        by = None
    if by:
        return [m.SlaMeasure(evidence=s.evidence(by), clause=w.index, measured_by="provider_alone")]
    own = re.search(PROVIDER_FIGURE.replace("{c}", w.names.client).replace("{p}", w.names.provider), f)
    if own:  # the figure retained is the provider's own: the provider alone measures
        return [m.SlaMeasure(evidence=s.evidence(own), clause=w.index, measured_by="provider_alone")]
    meas = next((x for x in re.finditer(MEASURE, f) if _is_method(f, x)), None)
    if meas and re.search(w.names.provider, f) and re.search(NO_CLIENT_VIEW.replace("{c}", w.names.client), w.clause):
        # the provider's own tool, which the client cannot see ("à laquelle le Client n'a pas accès", "raw data not
        # shared"): the provider alone measures
        return [m.SlaMeasure(evidence=s.evidence(meas), clause=w.index, measured_by="provider_alone")]
    if meas:
        return [m.SlaMeasure(evidence=s.evidence(meas), clause=w.index, measured_by="tool_or_report")]
    return []
