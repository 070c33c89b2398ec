"""The risk-flag rules (ids are stable API: evaluations and answer keys use them).

Each check reads the review context and returns a `Hit` (with the quoted evidence) or None;
`risk_catalogue.py` pairs each check with its reason (FR/EN), legal basis and what to ask
for. Patterns run on folded text (lower case, no accents).
"""

from __future__ import annotations

import re

from assistant.legal.review.risk.model import Context, Hit
from assistant.legal.review.risk.patterns import (  # noqa: F401 - Rule and severities re-exported for the catalogue
    CAP, CLIENT_HIGH, CLIENT_MEDIUM, DURATION, LIAB, MSP_HIGH, NO_COMPENSATION, PENALTY, Rule, find, months, number)
from assistant.legal.review.risk.rules_data import (  # noqa: F401 - re-exported: the catalogue reads every check here
    audit_restricted, breach_notification_late, data_loss_exclusion, free_subprocessors, personal_data_without_dpa,
    security_result)

PRICE_FORMULA = r"syntec|indice|index|accord (ecrit )?des parties|mutual|agreed in writing|avenant"
# third-party licences re-sold at their publisher's price, on evidence: an outside reference, like an index
PASS_THROUGH = r"^(?=.*(in line with|comme (ceux|celles?)|selon|suivant|reflect\w*|en fonction|as charged by|" \
               r"a l'identique)\W+(\w+\W+){0,4}(publishers?|editeurs?|manufacturers?|fabricants?|vendors?|suppliers?|" \
               r"fournisseurs?))" \
               r"(?=.*(evidence|justificati|documented|supporting|preavis|notice))"


# -- checks -------------------------------------------------------------------------------------
def unilateral_price_change(ctx: Context) -> Hit | None:
    p = ctx.provider
    return (find(ctx, rf"{p}.{{0,80}}(se reserve|peut|pourra|may|reserves the right|is entitled|is free).{{0,60}}"
                      r"(modifier|changer|augmenter|reviser|change|modify|increase|amend|revise|adjust).{0,40}"
                      r"(prix|tarifs?|redevances?|conditions financieres|fees|prices|charges|rates)",
                 exclude=PRICE_FORMULA + "|" + PASS_THROUGH)
            or find(ctx, r"(prix|tarifs?|conditions financieres|fees|prices|rates).{0,80}(tel(le)?s? que|as) "
                         r"(decrit|publie|affiche|indique|published|posted|displayed|listed|shown)\w*.{0,40}"
                         r"(site|website|catalogue|price list)")
            or find(ctx, r"(tarif|prix|grille|fees|prices|price list|rate card|charges).{0,120}(peut|pourra|may|can) "
                         r"(mettre a jour|modifier|changer|update|change|amend)\b",
                    exclude=PRICE_FORMULA + "|" + PASS_THROUGH)
            or find(ctx, r"(tarifs?|prix) en vigueur au jour|(then[- ]current|prevailing) (price list|list prices)|"
                         r"(a tout moment|at any time).{0,60}(modifier|augmenter|change|increase|modify).{0,30}"
                         r"(prix|tarifs?|fees|prices)"))


def tacit_renewal_long(ctx: Context) -> Hit | None:
    rx = re.compile(r"tacite(ment)? reconduction|reconduit\w* tacitement|renouvel\w* (automatiquement|tacitement|"
                    r"de plein droit|par periodes?)|automatic(ally)? renew|renew\w* automatically|auto-?renew|"
                    r"(se )?poursui\w* .{0,30}par periodes|prolong\w* (automatiquement|tacitement|de plein droit|par "
                    r"periodes)|(continues?|extended|renews?) (automatically )?for (successive|further) (periods|terms)")
    for unit in ctx.with_topic("duration_renewal", "termination") or ctx.units:
        if not rx.search(unit.folded):
            continue
        article = " ".join(u.folded for u in ctx.article(unit))  # term, renewal and notice are often sub-clauses
        spans = [(months(m), m.start()) for m in DURATION.finditer(article)]
        notice = [mo for mo, at in spans if re.search(r"preavis|notice|avant (l'|la |le )?(echeance|terme|date)|"
                                                       r"prior to|before (the )?(end|expiry|renewal)",
                                                       article[max(0, at - 80):at + 40])]
        term = max((mo for mo, _ in spans), default=0)
        longest_notice = max(notice, default=0)
        if term >= 36 or longest_notice > 3:
            high = term >= 48 or longest_notice >= 6
            return Hit(unit=unit, evidence=unit.quote(rx.search(unit.folded)),
                       severity={"client": "high" if high else "medium", "msp": "low"},
                       detail={"term": term, "notice": longest_notice})
    return None


def early_termination_all_fees(ctx: Context) -> Hit | None:
    return find(ctx, r"(totalite|ensemble|integralite|toutes les|la somme) (des |de la )?(redevances|sommes|mensualites|"
                     r"echeances|loyers|montants?)\w*.{0,100}(restant(es|s)? (a courir|dues?)|jusqu'(au|a la) "
                     r"(terme|fin|echeance))|(all|the) (remaining|outstanding|unpaid) (fees|charges|payments|amounts|"
                     r"monthly fees).{0,100}(until|through|to|for) the (end|remainder|expiry)|"
                     r"(remainder|balance) of the (initial |then[- ]current )?term|"
                     r"(redevances|mensualites|echeances|loyers|fees|charges|payments)\w* (restant(es|s)? a (echoir|"
                     r"courir)|remaining( due| payable| to be (paid|invoiced))?)\b.{0,60}(jusqu'(au|a la|a ce|a cette) "
                     r"(terme|fin|echeance)|until the (end|expiry)|to the end|for the remainder)",
                require=r"exigib|due|payable|acquitt|payer|vers(e|er|ent|era)\b|pay\b|owe|redevable|immediately|"
                        r"indemnit|compensation",
                exclude=r"(\d+ ?%|moitie|half|tiers|one third|quart|quarter) (des |de la |of the |of )")


def asymmetric_termination(ctx: Context) -> Hit | None:
    conv = r".{0,60}(peut|pourra|may|is entitled to|reserves the right to|a le droit de).{0,40}(resilier|mettre fin|" \
           r"terminate).{0,140}(a tout moment|sans (avoir a )?(motif|justifi)|pour convenance|at any time|" \
           r"for convenience|without cause|for any reason|without (giving )?(a )?reason)"
    mutual = r"chaque partie|l'une ou l'autre|either party|each party|les parties peuvent|the parties may|faire de " \
             r"meme|do the same|likewise|same right|meme droit|reciproque"
    prov = find(ctx, ctx.provider + conv, exclude=mutual)
    cli = find(ctx, ctx.client + conv, exclude=mutual)
    only = find(ctx, r"seul (le )?" + ctx.provider + r".{0,40}(peut|pourra) resilier|only (the )?" + ctx.provider
                + r" (may|shall be entitled to) terminate")
    if (prov and not cli) or only:
        hit = prov or only
        hit.severity = {"client": "medium" if _compensated(hit) else "high", "msp": "low"}
        return hit
    if cli and not prov:
        return Hit(unit=cli.unit, evidence=cli.evidence,
                   severity={"client": "low", "msp": "medium" if _compensated(cli) else "high"})
    return None


def _compensated(hit: Hit) -> bool:
    """The one-sided exit is paid for (an indemnity or exit fee in the same clause): a priced option, less severe."""
    text = re.sub(NO_COMPENSATION, " ", hit.unit.folded) if hit.unit else ""
    return bool(re.search(r"indemnit|compensation|(termination|exit|break) fee|fee equal|dedit|frais de (resiliation|"
                          r"sortie)", text))


PENALTY_CAP_REACHED = r"plafond (des penalites )?(est|a ete|serait|sera) atteint|cap (is|has been) (reached|hit)|" \
                      r"reach\w* the cap"
TIMES_FEE = r"(\d{1,2}|[a-z]+(-[a-z]+)?) (fois|times|x) (le |la |the )?(montant |amount )?(de la |du |of the |of )?" \
            r"(redevance|fees?|charges|prix)"


def derisory_liability_cap(ctx: Context) -> Hit | None:
    rx = re.compile(rf"({CAP}|limitee?s? au|limited to the)")
    for unit in ctx.units:
        for m, sentence in unit.sentences(rx):
            # a liability cap, not a penalty cap nor "terminate without compensation"
            if not re.search(LIAB, re.sub(NO_COMPENSATION, " ", sentence)) or re.search(PENALTY, sentence) \
                    or re.search(PENALTY_CAP_REACHED, sentence):
                continue
            low = re.search(r"(derniere|dernier) facture|last (monthly )?invoice|one month'?s? (fees|charges)|"
                            r"(redevance|fees?|charges) (mensuelle|monthly|du mois|for the month|of one month)|"
                            r"prix de (l'|la )(intervention|prestation) (concernee|en cause)|price (paid )?for the "
                            r"(affected |relevant )?(intervention|service|ticket)", sentence)
            spans = [months(x) for x in DURATION.finditer(sentence)]
            spans += [number(x.group(1)) for x in re.finditer(TIMES_FEE, sentence) if number(x.group(1))]
            if low and spans and max(spans) >= 6:
                low = None  # "the fees of the last 12 months, computed on the monthly fee": not one month
            amounts = [float(a.replace(" ", "").replace(",", ".")) for a in
                       re.findall(r"(\d[\d ]{0,9}(?:[.,]\d+)?)\s*(?:€|eur\b|euros?)", sentence)]
            amounts += [float(a.replace(",", "")) for a in re.findall(r"(?:€|eur)\s?(\d[\d,]{0,9})", sentence)]
            if low or (spans and 0 < min(spans) <= 3) or (amounts and max(amounts) < 10000):
                high = bool(low) or (spans and min(spans) <= 1) or (amounts and max(amounts) < 10000)
                return Hit(unit=unit, evidence=unit.quote(m),
                           severity={"client": "high" if high else "medium", "msp": "low"})
    return None


def uncapped_penalties(ctx: Context) -> Hit | None:
    rx = re.compile(PENALTY)
    hits = [(u, m, s) for u in ctx.units for m, s in u.sentences(rx)]
    if not hits:
        return None
    explicit = [(u, m) for u, m, s in hits if re.search(r"sans plafond|non plafonn|not (be )?capped|uncapped|"
                                                        r"without (any )?(cap|limit)|sans limit", s)]
    if explicit:
        u, m = explicit[0]
        return Hit(unit=u, evidence=u.quote(m))
    units = {id(u): u for u, _m, _s in hits}.values()
    if any(re.search(CAP, u.folded) for u in units):
        return None
    u, m, _s = hits[0]
    return Hit(unit=u, evidence=u.quote(m))


def uncapped_liability(ctx: Context) -> Hit | None:
    explicit = find(ctx, r"responsabilite (illimitee|sans limit)|unlimited liability|liability\b.{0,60}"
                         r"(is|shall be|will be) unlimited|sans (aucune )?limit\w* (de|du) (montant|responsabilite)|"
                         r"not (be )?(subject to|"
                         r"limited by) any (cap|limit)", exclude=r"duree|durée|time")
    if explicit:
        return explicit
    capped = any(re.search(LIAB, s) and re.search(CAP, s)
                 for u in ctx.units for _m, s in u.sentences(re.compile(CAP)))
    if capped or not service_contract(ctx):
        return None
    return Hit(unit=None, evidence=None)


def penalties_sole_remedy(ctx: Context) -> Hit | None:
    return find(ctx, r"(seule?|unique|exclusive) (et (unique|exclusive|seule?) )?(reparation|indemnisation|sanction|"
                     r"compensation|remede|recours)|forfaitaires? et liberatoires?|sole (and exclusive )?(remedy|"
                     r"compensation|liability)|exclusive remedy|(only|sole) (financial )?(compensation|remedy|recourse)|"
                     r"in full (and final )?(satisfaction|settlement)|pour solde de tout compte",
                require=PENALTY + r"|\bcredits?\b|sla|service level|niveaux? de service",
                exclude=r"\b(not|never|n'est pas|ne sont pas|ne constitu\w* pas|ne (sont|est) en aucun cas|non)\b "
                        r"(\w+ ){0,2}?(in full|forfaitaires? et liberatoires?|liberatoires?|(la |le |the |an? )?"
                        r"(seule?|sole|only|exclusive|unique))")


def service_contract(ctx: Context) -> bool:
    """A services agreement (not a bare DPA or NDA): exit and liability rules only make sense there."""
    return len(ctx.topics & {"scope", "service_delivery", "sla", "pricing_payment", "support_hours"}) >= 2


def no_reversibility(ctx: Context) -> Hit | None:
    exit_words = r"reversibilit|exit (plan|assistance)|plan de sortie|transfert de competences|knowledge transfer"
    if not service_contract(ctx) or "reversibility" in ctx.topics or re.search(exit_words, ctx.whole):
        return None
    return Hit(unit=None, evidence=None)


def free_subcontracting(ctx: Context) -> Hit | None:
    p = ctx.provider
    return find(ctx, p + r".{0,80}(se reserve|peut|pourra|may|is free to|reserves the right|est libre).{0,80}"
                r"(ceder|transferer|sous-traiter|confier .{0,40}a (un|des) (tiers|partenaires?|sous-traitants?|"
                r"prestataires?)|assign|transfer|subcontract|delegate)",
                exclude=r"accord (\w+ (et )?){0,2}?(prealable|ecrit)|consent|autorisation|approv|agreement of the|"
                        r"sous-traitants? ulterieurs?|sub-?processor|acceptation (ecrite|prealable|expresse)|agrement "
                        r"(de|du|des|par)|(has|have) accepted|accepted (by|in writing)|"
                        rf"{p} (ne (peut|pourra|saurait)|(may|shall|must) not|cannot|is not (entitled|free)|"
                        r"n'est pas (libre|autorise))")


def non_solicitation_heavy(ctx: Context) -> Hit | None:
    units = ctx.with_topic("non_solicitation")
    for unit in units:
        if not re.search(r"sollicit|solicit|debauch|embauch|recrut|hire|employ", unit.folded):
            continue
        durations = [months(m) for m in DURATION.finditer(unit.folded)]
        salary = re.search(r"(\d{1,2}|six|douze|vingt-quatre|twelve|twenty-four|dix-huit|eighteen)\s*(\(\d+\)\s*)?"
                           r"(mois|months?)'?s? (de (son |sa |la )?(salaire|remuneration)|of (the |that |his |her |its )?"
                           r"(employee'?s? )?(gross )?(salary|remuneration|pay))", unit.folded)
        salary_months = months(re.match(DURATION, salary.group(0))) if salary else 0
        annual = re.search(r"(remuneration|salaire) (brute? )?annuel|annual (gross )?(salary|remuneration)|"
                           r"(deux|trois|two|three) (fois|times)", unit.folded)
        tenure = max([d for d in durations if d != salary_months] or [0])
        if tenure >= 24 or salary_months >= 12 or annual:
            heavy = tenure >= 36 or salary_months >= 24 or bool(annual and re.search(r"deux|trois|two|three", annual.group(0)))
            return Hit(unit=unit, evidence=unit.quote(re.search(r"sollicit|solicit|debauch|embauch|recrut|hire|employ",
                                                                   unit.folded)),
                       severity={"client": "high" if heavy else "medium", "msp": "low"})
    return None


def one_sided_jurisdiction(ctx: Context) -> Hit | None:
    """Home court or forum choice reserved to one side; severity follows whom it favours."""
    for side, sev in ((ctx.provider, None), (ctx.client, {"client": "low", "msp": "medium"})):
        hit = find(ctx, rf"(tribuna(l|ux)|juridictions?|courts?).{{0,80}}(ressort|siege|lieu|domicile)( social)? du {side}|"
                        rf"courts?\b.{{0,40}}\bthe {side}'?s? (registered office|domicile|principal place|seat)|"
                        rf"au (seul )?choix du {side}|at the {side}'?s? (sole )?(option|election|discretion).{{0,60}}"
                        rf"(court|jurisdiction|forum)|{side}.{{0,60}}(pourra|may|reserves the right).{{0,60}}(saisir|"
                        rf"bring|commence).{{0,80}}(toute? (autre )?(juridiction|tribunal)|any (other )?(competent )?"
                        rf"(court|jurisdiction))",
                   require=r"tribuna|juridiction|court|forum|competen|litige|differend|dispute|proceedings|contentieux")
        if hit:
            hit.severity = sev
            return hit
    return None


SLA_MEASURE = r"\bmesure(e|es|s)? (par|a partir|depuis|selon|au moyen|dans|sur)|mode de (mesure|calcul)|methode de " \
              r"(mesure|calcul)|calcul\w* (sur|a partir|selon|par)|horodat|ticket|outil de (supervision|suivi|" \
              r"gestion)|decompt|constate\w* (par|au moyen|dans)|measured|measurement|calculated|timestamp|" \
              r"ticketing|monitoring (tool|system)|logged|tableau de bord|rapport (mensuel|de service|d'activite)|" \
              r"(monthly|service) report"


def no_sla_measurement(ctx: Context) -> Hit | None:
    units = ctx.with_topic("sla", "penalties")
    if not units or re.search(SLA_MEASURE, ctx.whole):
        return None
    return Hit(unit=units[0], evidence=None)


def sla_measured_by_provider(ctx: Context) -> Hit | None:
    p = ctx.provider
    return find(ctx, rf"(constate|mesure|releve|determine|calcule|etabli)\w* (et (mesure|constate)\w* )?"
                     rf"(exclusivement |uniquement |seul(ement)? )?par (le |la |l')?{p}|(measured|determined|calculated|"
                     rf"recorded|assessed) (solely |exclusively |only )?by (the )?{p}|(au seul|selon le seul) "
                     rf"(constat|releve|outil|systeme)\w* (du |de )?{p}|{p}'?s? (own |sole )?(records|logs|monitoring"
                     r" tools?|measurements?) (shall be|are|will be) (conclusive|final|binding|authoritative)|"
                     r"(releves|mesures|outils)\w* du " + p + r".{0,40}font foi")


# "ne constituent pas des cas de force majeure : les attaques…", "are not in themselves force majeure"
NOT_FORCE_MAJEURE = r"(\bne|\bn')\s?(\w+\s){0,2}?(pas|jamais|en aucun cas)\b[^.;:]{0,60}force majeure|\b(not|never)\b" \
                    r"[^.;:]{0,40}force majeure|exclu\w* (de la|du champ de la|from) force majeure"


def force_majeure_broad(ctx: Context) -> Hit | None:
    return find(ctx, r"greves? (totales ou partielles|internes?|du personnel|de son personnel)|internal strikes?|"
                     r"strikes? (of|by) (its|their) (own )?(staff|employees)|deraisonnablement onereuse|more onerous|"
                     r"commercially impracticable|economic hardship|defaillances? (de ses|des) (fournisseurs|"
                     r"sous-traitants)|failures? of .{0,30}(upstream |third-party )?(providers|suppliers|subcontractors)|"
                     r"cyber-?attaques?|cyber-?attacks?|"
                     r"piratage|hacking|virus|pannes? (de|du|des) (materiel|reseau|serveurs?)|(telecommunications?|"
                     r"network|internet) (failure|outage)|telecommunications",
                units=ctx.with_topic("force_majeure"), exclude=NOT_FORCE_MAJEURE)


def gross_negligence_exclusion(ctx: Context) -> Hit | None:
    return find(ctx, r"(y compris|meme) en cas de (faute lourde|dol|faute intentionnelle|negligence grave)|"
                     r"(including|even in (the )?(case|event) of) (its )?(gross negligence|wilful misconduct|"
                     r"willful misconduct|fraud)", require=LIAB + r"|exclu|limit")


def suspension_without_notice(ctx: Context) -> Hit | None:
    return find(ctx, r"(suspendre|suspension|suspend|interrompre|couper).{0,140}(sans (preavis|mise en demeure|delai|"
                     r"notification|information)|immediatement|de plein droit|without (prior )?(notice|warning)|"
                     r"immediately)|(sans (preavis|mise en demeure)|without (prior )?notice).{0,80}(suspendre|suspend)",
                require=r"paiement|impaye|retard|payment|overdue|late|unpaid|factur|invoice")
