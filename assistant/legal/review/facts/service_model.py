"""What the provider does (issue 15: a commitment is expected only where the scope calls for it): advise, audit,
assess, recommend, write a roadmap, sit on committees (a consulting mission), or operate, host, administer, monitor,
repair, back up, support the users (a run service); and a service level said not to be attached to the services.

Each sentence gives typed `ServiceModel` facts with their quote:
- `advice`: the services are consulting, an audit, an assessment, an assistance to the project owner (AMOA), a data
  protection officer's mission ("La mission est une mission de conseil", "The Consultant shall assess … and deliver a
  report with recommendations", "Il conseille le Client");
- `operations`: the provider is the one who runs something ("administre et supervise les serveurs du Client", "shall
  operate, patch and monitor", "assure l'hébergement"); `denied` when the sentence excludes it ("La mission ne
  comprend aucune prestation d'exploitation, d'administration…", "The Adviser does not operate, host or maintain…",
  "The engagement does not include any remediation, monitoring or hosting"): a statement of the consulting model;
- `service_levels` denied: "Aucun niveau de service … n'est attaché à la mission", "No service level … applies".

The recitals (préambule, background, whereas) describe the client's world ("Son informatique est exploitée par un
infogérant"), not what this provider does: no fact is read there. `risk.service_model` decides from these facts."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.reading import Sent, actor, modal
from assistant.legal.review.facts.where import Where

RECITALS = re.compile(r"\b(preambule|expose( prealable)?|background|recitals?|whereas|considerant|contexte|context)\b")

ADVICE = re.compile(
    r"\bmissions? (de |d')(conseil|audit|expertise|assistance a (la )?maitrise d'ouvrage|diagnostic)|"
    r"\bassist\w* (a|a la) maitrise d'ouvrage|\bamoa\b|\bmaitre d'ouvrage\b|"
    r"\b(conseille|conseillera|conseiller|conseillent)\b (le |la |les |l')?\w+|\bdevoir de conseil\b|"
    r"\b(formule|formulera|emet|remet|redige|etablit)\w* [^.;]{0,40}\brecommandations?\b|\brapport de recommandations\b|"
    r"\bschema directeur\b|\bfeuille de route\b|\bdelegue a la protection des donnees\b|\b(realise|conduit|mene)\w* "
    r"(un |une |l')?(audit|diagnostic|test d'intrusion|evaluation)\b|"
    r"\b(advise|advises|advising)\b (the |on |its )?\w+|\b(consulting|advisory|consultancy) (services?|engagement|mission)\b|"
    r"\b(shall|will|to) (assess|audit|review|evaluate)\b|\brecommendations?\b|\broadmap\b|"
    r"\b(penetration test|security assessment|data protection officer)\b")

# the run of the client's systems, said by the act or by the service the provider takes on
_RUN_VERB = (r"exploit(e|ent|er|era|eront)|administr(e|ent|er|era|eront)|heberg(e|ent|er|era|eront)|supervis(e|ent|er|era|"
             r"eront)|maint(ient|iennent|enir|iendra)|repar(e|ent|er|era)|depann(e|ent|er|era)|sauvegard(e|ent|er|era)|"
             r"operat(e|es|ing)|host(s|ing)?|administer(s|ing)?|monitor(s|ing)?|patch(es|ing)?|repair(s|ing)?|"
             r"maintain(s|ing)?|back(s|ing)? up|run(s|ning)? (the |its |a )?(\w+'?s? )?(service desk|help ?desk|servers?|"
             r"systems?|network|infrastructure)|manag(e|es|ing) (the )?(\w+'?s? )?(\w+ )?(servers?|systems?|network|laptops|"
             r"devices|endpoints|infrastructure|workstations|desktops)")
_RUN_SERVICE = (r"(assur\w*|realis\w*|fourni\w*|prend\w* en charge|provid\w*|perform\w*|deliver\w*) (\w+ ){0,2}?(l'|la |le |les |"
                r"un |une |a |an |the )?(exploitation|infogerance|hebergement|administration|supervision|maintenance|"
                r"sauvegardes?|support (des |aux )?utilisateurs|centre de services|hosting|monitoring|service desk|help ?desk|"
                r"managed services|backups?|operations)\b")
OPERATE = re.compile(rf"\b({_RUN_VERB}|{_RUN_SERVICE})\b")
_RUN_NOUN = re.compile(r"\b(exploitation|administration|hebergement|supervision|maintenance|sauvegardes?|support|"
                       r"infogerance|interventions?|operations?|hosting|monitoring|remediation|maintenance|backups?|"
                       r"service desk|help ?desk|patching)\b")
# the sentence leaves the run out: "ne comprend aucune prestation d'exploitation", "does not include any remediation,
# monitoring or hosting", "does not operate, host or maintain", "ni exploitation, ni maintenance"
_LIST_LEFT_OUT = (r"\bne (comprend|comprennent|comporte|comportent|couvre|couvrent|inclut|incluent)\b[^.;]{0,20}?\b(pas|aucune?|"
                  r"ni)\b|\b(does|do|shall|will) not (include|cover|comprise|involve|extend to)\b|\bexclu(s|e|es|des?|ding)?\b|"
                  r"\bout of (the )?scope\b|\bhors (du )?(perimetre|champ)\b|\b(does|do|shall|will) not (\w+ )?(operate|host|"
                  r"administer|maintain|manage|run|monitor|support|repair|back up)\b|\bn'(assure|effectue|realise|exploite|"
                  r"heberge|administre|maintient|intervient)\w* (pas|aucune?|ni)\b")
# a list of services the sentence leaves out, which reaches past its commas (roles.processing_role reads it too)
LIST_LEFT_OUT = re.compile(_LIST_LEFT_OUT)
LEFT_OUT = re.compile(_LIST_LEFT_OUT + r"|\bne (\w+ ){0,2}(aucune?|ni|pas)\b|(^|[,;:] )(ni|nor)\b|\bno (\w+ )?(operation|"
                      r"hosting|maintenance|support|monitoring)\b")

NO_LEVELS = re.compile(r"\b(aucun|no|none of the|not any)\b (\w+ ){0,2}?(niveaux? de service|service[- ]levels?|sla|"
                       r"engagements? de service)\b(?!( \w+)? (reporting|reports?|rapports?|measurement|mesure|monitoring|"
                       r"suivi|credits?|review|revue))|\b(niveaux? de service|service[- ]levels?|sla)\b[^.;]{0,40}\b(ne s'applique|"
                       r"does not apply|do not apply|shall not apply|n'est (pas )?attache)")
_LEVELS_APPLY = re.compile(r"(n'est|ne sont|ne sera|n'y a|does not|do not|shall not|will not|is not|are not) (\w+ ){0,3}?"
                           r"(attache|attaches|applicable|appli\w*|promis|garanti\w*|offered|given|committed)|\bno\b|"
                           r"\baucun\b")


def service_model(s: Sent, w: Where) -> list:
    if RECITALS.search(w.heading):
        return []
    f = s.folded
    out: list = []
    lvl = NO_LEVELS.search(f)
    if lvl and _LEVELS_APPLY.search(f):
        out.append(m.ServiceModel(evidence=s.evidence(lvl), clause=w.index, mode="service_levels", denied=True))
    lead = LEFT_OUT.search(f)
    run = OPERATE.search(f) or (lead and _RUN_NOUN.search(f, lead.end()))
    if run:
        left_out = bool(lead and lead.start() <= run.start())
        if left_out:
            out.append(m.ServiceModel(evidence=s.evidence(run), clause=w.index, mode="operations", denied=True))
        elif OPERATE.search(f) and actor(f, w.names, run.span()) == "provider" and modal(f) not in ("must_not",
                                                                                                   "need_not"):
            out.append(m.ServiceModel(evidence=s.evidence(run), clause=w.index, mode="operations"))
    advice = ADVICE.search(f)
    if advice and not (lead and lead.start() < advice.start()) and modal(f) not in ("must_not", "need_not"):
        out.append(m.ServiceModel(evidence=s.evidence(advice), clause=w.index, mode="advice"))
    return out
