"""Risk rules on data and security: processor terms, sub-processors, breach alerts, audits, data-loss
exclusions and security promises (ids are stable API; `risk_rules.py` re-exports them).

Each rule reads the clause that carries the term, not any sentence that happens to share a word
with it: "7 days a week" in a service-hours label is not a breach-alert deadline, an audit notice
period is not one either, and an exclusion limited to data left out of the backup plan is the
balanced wording, not a blanket one.
"""

from __future__ import annotations

import re

from assistant.legal.review.risk.model import Context, Hit
from assistant.legal.review.risk.patterns import DELAY, find, hours
from assistant.legal.textutil import lazy, negated, sentence_bounds, snippet


def personal_data_without_dpa(ctx: Context) -> Hit | None:
    if ctx.art28.applies and len(ctx.art28.present) < 6:
        return Hit(unit=None, evidence=None, detail={"n": len(ctx.art28.present)})
    return None


def free_subprocessors(ctx: Context) -> Hit | None:
    if not ctx.art28.applies:
        return None
    sub = r"(sous-traitants? ulterieurs?|sub-?processors?|tout sous-traitant|tous sous-traitants|any (third[- ]party )?" \
          r"(sub-?processor|subcontractor)s?)"
    elements = ctx.art28.elements
    authorised = elements.get("art28_2_subprocessor_authorisation", {}).get("present")
    hit = None if authorised else find(
        ctx, r"(peut|pourra|may|is free to|is entitled to|at its (sole )?discretion|librement|freely)"
             rf".{{0,80}}(recourir|faire appel|engage|use|appoint|choisir).{{0,60}}{sub}",
        exclude=r"autoris|authori[sz]|consent|accord|approv|notif|inform|object|opposition")
    hit = hit or find(ctx, rf"{sub}.{{0,120}}(sans (autorisation|accord|information|en informer)|without (the )?"
                           r"(customer|client)'?s? (prior )?(consent|approval|authori[sz]ation|notice)|without (notice|"
                           r"informing))")
    if hit is None and elements.get("art28_3d_subprocessors", {}).get("present") and not authorised:
        hit = Hit(unit=None, evidence=elements["art28_3d_subprocessors"]["evidence"])
    return hit


BREACH_EVENT = r"(violations? de(s)? donnees|personal data breach|data breach|security incident|incident de securite|" \
               r"personal data incident|violation de securite)"
# what makes a number a deadline ("within", "sous", "au plus tard", "dans un délai de")…
DEADLINE_BEFORE = re.compile(r"(within|no later than|not later than|at the latest|at most|up to|under|sous|dans (un delai "
                             r"(maximum |maximal )?(de |d')?|les )|au plus tard( dans| sous)?|en moins de|d'au plus|"
                             r"delai (maximum |maximal )?(de |d')|period of|maximum( de)?)\s*$")
DEADLINE_AFTER = re.compile(r"^\s*(after|apres|suivant|following|from|a compter|a partir|of (becoming|discover|detect|"
                            r"learning|the discovery|its discovery))")
# … and what does not: a rate ("7 days a week", "24 h/24"), an audit or termination notice period
RATE_AFTER = re.compile(r"^\s*('?s?\s*)?(a|per|par|sur|/)\s*(week|semaine|day|jour|month|mois|7|24|sept)\b|^\s*/\s*\d")
NOTICE_AROUND = re.compile(r"(preavis|notice)( de| of)?\s*$|^\s*('|'s)?\s*(notice|de preavis)")


def breach_notification_late(ctx: Context) -> Hit | None:
    """The provider's deadline for alerting the client to a breach is 72 hours or more."""
    event = re.compile(BREACH_EVENT)
    for unit in ctx.units:
        for ev in event.finditer(unit.folded):
            s, e = sentence_bounds(unit.text, ev.start(), ev.start() + 1)
            lo, hi = max(s, ev.start() - 80), min(e, ev.end() + 160)
            delays = []
            for d in DELAY.finditer(unit.folded, lo, hi):
                before, after = unit.folded[max(s, d.start() - 40):d.start()], unit.folded[d.end():d.end() + 20]
                if RATE_AFTER.search(after) or NOTICE_AROUND.search(before) or NOTICE_AROUND.search(after):
                    continue
                if DEADLINE_BEFORE.search(before) or DEADLINE_AFTER.search(after):
                    delays.append((hours(d), d))
            if delays:
                late, d = min(delays, key=lambda x: x[0])
                if late >= 72:
                    return Hit(unit=unit, evidence=snippet(unit.text, d.start(), d.end()), detail={"hours": late})
    return None


def audit_restricted(ctx: Context) -> Hit | None:
    if not ctx.art28.applies:
        return None
    onsite = re.compile(r"(audit|inspection)s? sur (site|place)|on-?site (audit|inspection)s?|inspections? (sur place|"
                        r"in person)|including inspections|y compris (des|les) inspections")
    if any(not negated(s) for u in ctx.units for _m, s in u.sentences(onsite)):
        return None
    return find(ctx, r"(audit|controle|inspection)\w*.{0,120}(limite|limited|restricted|uniquement|exclusivement|only|"
                     r"solely|seulement).{0,80}(document|questionnaire|certificat|certification|rapport|report|"
                     r"summary|synthese|attestation)|aucun audit|no (on-?site )?audits?|audits? sur site (ne sont|n'est)"
                     r" pas|(audit|inspection)s? (are|is) not (permitted|allowed)|(audit|controle)\w* .{0,60}n'est "
                     r"(pas )?admis")


DATA_DENIAL = r"(en aucun cas|aucune responsabilite|ne (saurait|pourra|sera)( en aucun cas)? (etre )?(tenue?|recherchee?|" \
              r"engagee?)|(n'est|ne sera|n'etant) pas responsable|ne (repond|repondra) (pas|en aucun cas)|exclut toute|" \
              r"decline toute|shall (in no event |not )(be )?(held )?(liable|responsible)|(is|will be) not (liable|" \
              r"responsible)|in no event.{0,40}liable|no liability|disclaims?|excluded)"
DATA = r"(donnees|data|fichiers|files)"
# the exclusion is limited to data the provider was never asked to back up: that is the balanced wording
OUTSIDE_PLAN = re.compile(r"\s*(sauvegardees )?(absent\w*|hors (du |de )?(plan|perimetre|sauvegarde)|non (sauvegard|"
                          r"couvert|inclu|prevu|liste)\w*|ne figurant pas|qui ne (figurent|sont) pas|not (backed up|"
                          r"included|covered|listed)|outside|excluded from|missing from|left out of|that (are|were) "
                          r"not (backed up|included|in))")


def data_loss_exclusion(ctx: Context) -> Hit | None:
    """A blanket exclusion of data loss while backups are part of the services."""
    if "backup_recovery" not in ctx.topics and not re.search(r"sauvegard|back(s|ed|ing)? ?-?up", ctx.whole):
        return None
    rx = re.compile(lazy(rf"{DATA_DENIAL}.{{0,200}}(pertes?|destruction|alteration|corruption|loss|lost|corrupt\w*) "
                         rf"(de |des |of |to )?(toute |any )?{DATA}|{DATA_DENIAL}.{{0,120}}{DATA} (perdu|detruit|"
                         r"altere|corrompu|lost|destroyed|corrupted|deleted)\w*"))
    own_fault = re.compile(r"(result|resultant|resulter|du fait|imputable|manipulations?|caused by|attributable|due to|"
                           r"actions? faites par)\w*.{0,80}(client|customer|utilisateurs?|users?)|sauf (en cas de )?"
                           r"(faute|manquement)|except (where|to the extent)|unless")
    for unit in ctx.units:
        for m, sentence in unit.sentences(rx):
            if own_fault.search(sentence) or OUTSIDE_PLAN.match(unit.folded, m.end()):
                continue
            return Hit(unit=unit, evidence=unit.quote(m))
    return None


NO_PROMISE = r"ne (garanti\w*|peut garantir|saurait garantir)( pas| en aucun cas)?|does not (guarantee|warrant)|" \
             r"cannot (guarantee|warrant)|no (guarantee|warranty)|nul ne (peut|pouvant)|no one can|obligation de moyens|" \
             r"obligation of means|best efforts"


def security_result(ctx: Context) -> Hit | None:
    return find(ctx, r"(s'engage a ce qu'|garanti\w* qu')(aucun|aucune|nul) (virus|intrusion|attaque|malware|"
                     r"logiciel malveillant|incident|piratage)|(guarantees?|warrants?|ensures?) that no (virus|malware|"
                     r"intrusion|attack|breach|security incident)|garanti\w* .{0,80}(contre (toute|tout|les)|"
                     r"l'absence (de|d')|qu'aucun).{0,40}(intrusions?|"
                     r"attaques?|virus|malware|piratage|cyber|incidents? de securite|rancongiciels?|ransomware)|"
                     r"obligation de resultat.{0,80}(securit|protection|intrusion|attaque)|(securit|protection)\w*"
                     r".{0,80}obligation de resultat|(guarantees?|warrants?|ensures?) (that )?.{0,80}(free from|"
                     r"protected against|immune|prevent\w*).{0,40}(any|all|every)\b.{0,20}(attacks?|intrusions?|"
                     r"malware|viruses|breach(es)?|security incidents?)|(100 ?%|totale|complete|absolute) "
                     r"(securit|security|protection)", exclude=NO_PROMISE)
