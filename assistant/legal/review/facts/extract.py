"""Facts of a whole document: every clause read sentence by sentence by the extractors of
`commercial` and `data`; offsets are those of the document text."""

from __future__ import annotations

import re
from typing import Iterable

from assistant.legal.review.facts import client_duties, commercial, data, exit_terms, law
from assistant.legal.review.facts.binding import blank_commentary, nonbinding_clauses
from assistant.legal.review.facts.derogation import apply_derogations
from assistant.legal.review.facts.footnotes import footnotes
from assistant.legal.review.facts.general_terms import jurisdiction
from assistant.legal.review.facts.model import ClauseFacts, DocumentFacts
from assistant.legal.review.facts.parties import party_names, party_towns
from assistant.legal.review.facts.reading import Names, folded, sentences
from assistant.legal.review.facts.roles import client_data_about_people
from assistant.legal.review.facts.where import Where
from assistant.legal.review.segmentation import Clause
from assistant.text.gate import may_match


# Cheap gates: an extractor runs on a sentence only when one of these words is there (the extractors' own
# patterns are long alternations; most sentences of a long contract concern none of them).
GATES = {name: re.compile(rx) for name, rx in {
    "liability": r"responsab|responsib|liab|dommage|damage|indemn|plafon|limit|exceed|exced|depass|exclu|faute|neglig|fraud|"
                 r"a la charge|arrete|held to|"
                 r"repar|prejudic|au-dela|"
                 r"injur|corporel|repond|disclaim|waive|recours|remed|perte|loss|lost|reconstitu|recre|reconstruct|rebuild|"
                 r"maximum|ceiling|\bcap\b|capped|renon|reclam|disparit|effac|destruct|corrupt|erase|irretriev|irrecover|"
                 r"not apply|s'appliqu|applicable|nonobstant|notwithstanding|derogation",
    "penalties": r"penal|credit|avoir|remed|reparation|indemnisation|compensation|recours|solde|liberatoire|sole|only|"
                 r"delay|retard|liquidated|reglement|settlement|exclusion|pretendre|entitled|no other|no further|estimate|refaction|"
                 r"integralement",
    "sla_measure": r"mesur|measur|calcul|constat|ticket|horodat|report|rapport|releve|determin|record|log|decompt|"
                   r"tableau|monitor|outil|tool|timestamp|etabli|\bfoi\b|conclusive|binding",
    "renewal": r"roll|reconduc|reconduit|renouvel|renew|prolong|prorog|extend|extension|poursui|continu|period|automati|tacit",
    "contract_term": r"initial|minimum|first|fixed|firm|committed|original|ferme|irrevocable|engagement|conclu|consenti|souscrit|"
                     r"entered into|made for|"
                     r"indefinite|unlimited|indetermin|undetermin|illimit|limitation de duree|perpetu|until (\w+ ){0,3}(terminat|"
                     r"ended|cancel)|jusqu'a (sa )?(resiliation|denonciation)",
    "termination": r"resili|terminat|mettre fin|rompre|mettre un terme|met un terme|put an end|cancel|end (this|the) |"
                   r"(close|shut|deactivat|discontinu|clotur|ferm)\w* (down )?(your|the|its|votre|le|son) |"
                   r"^\W*\((i|ii|iii|iv|a|b|c|d)\) ",  # an item cut from the lead that grants the exit
    "termination_fees": r"restant|remaining|outstanding|unpaid|remainder|balance|totalite|integralite|ensemble|\ball (of )?the\b|"
                        r"auraient|aurait|would have|rest of|jusqu'|until the|number of|nombre de|solde|echu|echoir|exigib|"
                        r"whole|entire|\bfull\b|toute la|\bleft\b|every|reliquat|exigib|factur",
    "suspension": r"suspen|interromp|interruption|couper|coupure|cut-?off|disconnect|disabl|deactivat|desactiv|bloquer|block|cut off|restrict|"
                  r"switch|turn|shut|debranch|eteindr|interrupt|"
                  r"withh|cease|stop|discontinu|cesser",
    "assignment": r"\bhand|\bpass|ced|cession|transf|assign|sous-trait|subcontract|deleg|confi|entrust|outsourc|externalis|substitu|appel|recour|intervenir|contractor|"
                  r"partenaire|partner|independant|exterieur|externe|free-?lance|\bthrough\b|"
                  r"(faire|fait|fera) (realis|execut|assur)\w* [^.;]{0,60}\bpar (une|la|le|l'|toute|tout) ?(autre )?(societe|entreprise)",
    "price": r"prix|tarif|redevance|financ|fee|pric|rate|charge|grille|indice|index|syntec|insee|cpi|bareme|cost|cout",
    "obligations": r"object|oppos|notice|instruct|\buse|utilis|handl|exploit|\bhire|compan|\bfirms?\b|societe|entreprise|"
                   r"intervenir|\banother\b|\boutside\b|\bexternal\b|\bthird\b|\bautres?\b|\bhelp|accompagn|\bleak|\bstolen|"
                   r"\btheft|\bhack|\bexposed|fuite|perte|\bpirat|compromis|\bwarn|\btell|\balert|\breport|previen|\bavert|"
                   r"\bsignal|\bmodif|\bchang|\bback\b|\bwip(e|es|ed|ing)\b|\bpurg|\bshred|confiden|secret|discret|"
                   r"disclos|securi|mesure|measure|32|protect|subject|concernee|droit|right|"
                   r"request|demande|breach|violation|incident|impact|aipd|dpia|consult|assist|aide|return|restitu|delet|"
                   r"supprim|destr|efface|eras|dispos|renvo|retourn|audit|inspect|controle|information|demonstr|"
                   r"obligation|liable|responsable|sub|sous|autoris|authori|consent|guarant|garant|certif|warrant|"
                   r"atteste|iso|soc|hds|objet|subject|duree|duration|nature|finalit|purpose|categor|types?|detrui|"
                   r"hand\w* over|check|verif|facilit|participat|inform|requir|exig|examin|review|premises|on[- ]site|"
                   # security measures named by what they are (art28_patterns._MEASURE)
                   r"chiffr|encrypt|authentif|authentic|antivirus|malware|\bmfa\b|\b2fa\b|\bedr\b|endpoint|patch|"
                   r"correctif|pare-?feu|firewall|journalisation|mots de passe|passwords",
    "subprocessing": r"sous-trait|sub-?process|processor|sous-traitance|affiliat|third|vendor|tiers|filiale|partenaire|"
                     r"partner|group|entrust|delegat|deleg|confi|compan|societe|entreprise|firm|outside|external|externe|"
                     r"appel a|recour\w* a|sub-?contract|contractor|fournisseur|hebergeur|operateur|provider|supplier|prestataires|"
                     r"de son choix|qu'il choisit",
    "processing_role": r"traitement|processing|behalf|pour le compte|sub-?process|sous-traitan|rgpd|gdpr|personnel|personal|controller|responsable|donnee|data|heberg|host|administr|acces|access|ssh|helpdesk|desk|support|compte|account|"
                       r"telemaint|remote|a distance|fiches|records|"
                       r"poste|workstation|messagerie|mail|service|infogerance|machine|plateforme|platform|iaas|paas|saas|"
                       r"sauvegard|back",
    "processor_terms": r"sous-traitance|protection des donnees|data processing|data protection|article 28|art\. 28|\bdpa\b|"
                       r"traitement|processing|"
                       # s33: a document of the contract said to stay in force (roles.STILL_IN_FORCE)
                       r"reste|restent|demeure|remain|continue|maintenue?s?\b",
    "breach_notice": r"violation|breach|incident|unauthori|non autorise|loss|perte|divulg|disclos|avis|notice|notification|report|communiqu|inform|avise|"
                     r"alerte|signalement",
    "audit": r"audit|inspect|controle|verif|visit",
    "backups": r"sauvegard|back|replicat|snapshot|retention",
    "reversibility": r"reversib|exit|sortie|transfert|transfer|restitu|recuper|export|return|retriev|supprim|effac|"
                     r"detrui|destruct|delet|destroy|eras|purg|wipe|shred",
    "exit": r"reversib|exit|sortie|transfer|transition|restitu|recuper|export|return|retriev|remet|remis|rend|hand|retain|withh|retir|remov|enlev|demont|"
            r"deliver|migrat|successor|successeur|disposition|poursui|continu|provide|fourni|communiqu|supprim|suppression|effac|"
            r"detrui|destruct|delet|destroy|eras|purg|wipe|shred|cop(y|ie)",
    "security_promise": r"securit|security|intrusion|attaque|attack|virus|malware|piratage|ransom|rancon|hack|unauthori|"
                        r"resultat|derob|stolen|leak|fuite|exfiltr|vulnerab|faille|flaw|"
                        r"cyber|breach|non autorise|compromi|malveill|malicious|phishing|hameconn|inviolab|exempt|free of|"
                        r"free from|protection|per ?cent|pour ?cent|100 ?%",
    "force_majeure": r"force majeure|beyond|control|greve|strike|panne|cyber|attaque|attack|virus|onereu|onerous|malware|"
                     r"ransom|malveill|malicious|intrusion|mouvement|coupure|delie|libere|exonere|excused|delay|retard|"
                     r"hardship|impractic|defaillance|failure|outage|telecom|piratage|hacking|indisponib|relieved|"
                     r"uneconomic|tenue? de ses obligations|dysfonction|malfunction",
    "non_solicitation": r"sollicit|solicit|debauch|embauch|recrut|hire|employ|engager|engage|faire travailler|work directly|"
                        r"services of",
    "service_model": r"conseil|audit|recommand|schema directeur|feuille de route|ouvrage|amoa|delegue|diagnostic|advis|"
                     r"consult|assess|review|evaluat|roadmap|penetration|officer|exploit|administr|heberg|supervis|maint|"
                     r"repar|depann|sauvegard|operat|host|monitor|patch|back|\brun|manag|niveau|service|\bsla\b|support|"
                     r"intervention",
    "jurisdiction": r"tribuna|juridiction|court|forum|arbitra|\bjuges?\b",
    "client_duty": r"design|nomm|donn|fourni|dispos|inform|previen|avert|abstien|veill|assur|communiq|engag|oblig|facilit|"
                   r"a jour|transmet|signal|appoint|\bnam|provid|suppl|giv|grant|notif|\btell|ensur|keep|maintain|operat|"
                   r"available|refrain|report|\bhold|obtain|procur",
    "governing_law": r"\blaws?\b|\bdroit\b|\bloi\b|legislation",
}.items()}


# clauses whose heading names the subject: their sentences may speak of it by a pronoun ("Leur montant…")
HEADED = {"penalties": re.compile(r"penalit|penalt|credit|liquidated damages|delay damages|damages for delay"),
          "price": re.compile(r"\bprix\b|tarif|\bfees?\b|pricing|\bprices?\b|redevance|financ|charges|\brates\b"),
          # a numbered paragraph headed by them ("A2.6 Sous-traitants ultérieurs") speaks of them without the word
          "subprocessing": re.compile(r"sous-traitants? ulterieurs?|sous-traitance ulterieure|sub-?processors?|"
                                      r"sub-?processing")}


EXTRACTORS = commercial.EXTRACTORS + data.EXTRACTORS + exit_terms.EXTRACTORS + law.EXTRACTORS + client_duties.EXTRACTORS
_GATE_OF = {exit_terms.reversibility: "exit"}


# an item of a list ("(ii) les coupures de liaison opérateur ;", "- reconduction : tacite…"): read under its lead-in
LIST_ITEM = re.compile(r"^\s*(\(?[ivx]{1,4}\)|\(?[a-h]\)|[-–•*]|\d{1,2}[.)])\s")


def articles(clauses: list[Clause]) -> list[int]:
    """Article index of each clause: numbered sub-clauses ("7.2") join the article their number starts with
    (and whose heading they sit under, when the segmentation names it)."""
    out, current, key = [], -1, None
    for c in clauses:
        num = (c.number or "").split(".")[0] if c.number and "." in c.number else None
        this = (num, c.parent)
        if num is None or this != key:
            current += 1
        key = this
        out.append(current)
    return out


def body_start(text: str, clause: Clause) -> int:
    """Offset of the clause body in the document text (-1 when it cannot be found)."""
    if not clause.text:
        return clause.start
    at = text.find(clause.text, clause.start)
    if at < 0:
        at = text.find(clause.text)
    if at < 0:
        # a running header or footer blanked inside the body (layout.blank_frame keeps offsets, not words): the
        # body differs from the document, but its first line sits at the body's offset
        first = clause.text.split("\n", 1)[0][:80]
        at = text.find(first, clause.start) if first.strip() else -1
    return at


def names_of(text: str) -> Names:
    provider, client = party_names(text)
    return Names.build(provider, client)


def extract_facts(clauses: Iterable[Clause], text: str, *, names: Names | None = None) -> DocumentFacts:
    clauses = list(clauses)
    names = names or names_of(text)
    first = clauses[0].start if clauses else 0
    preamble = text[:max(first, 3000)] if clauses else text[:3000]
    towns = party_towns(preamble, names)
    arts = articles(clauses)
    # (a translator's or a drafter's notes bind no one: blanked, offsets kept)
    texts = [blank_commentary(c.text) for c in clauses]
    bodies = [folded(t) for t in texts]  # folded once, for the article and for the clause
    art_text: dict[int, str] = {}
    for body, a in zip(bodies, arts):
        art_text[a] = (art_text.get(a, "") + " " + body).strip()
    people = client_data_about_people("\n".join(bodies))
    notes = footnotes(text)
    out = DocumentFacts()
    indicative = nonbinding_clauses(clauses)
    for i, (c, a) in enumerate(zip(clauses, arts)):
        base = body_start(text, c)
        heading = folded(" ".join(x for x in (c.parent or "", c.heading) if x))
        body = bodies[i]
        w = Where(index=i, heading=heading, article=art_text[a], names=names, clause=body, people_data=people,
                  notes=notes)
        cf = ClauseFacts(index=i, number=c.number, heading=c.heading, start=c.start,
                         end=(base + len(c.text)) if base >= 0 else c.start + len(c.full_text))
        if i in indicative:  # a part the parties declared not binding states no term in force
            cf.binding = False
            out.clauses.append(cf)
            continue
        lead = None  # the sentence that opens a list ("… les parties assimilent à la force majeure :")
        for s in sentences(texts[i], max(base, 0), i, fb=body):
            item = bool(LIST_ITEM.match(s.text))
            if not item:
                lead = s.folded if s.text.rstrip().endswith(":") else None
            w = w if not (item and lead) else Where(index=i, heading=f"{heading} {lead}", article=w.article,
                                                    names=names, clause=w.clause, people_data=people, notes=notes)
            for fn in EXTRACTORS:
                gate = GATES.get(_GATE_OF.get(fn, fn.__name__))
                if gate is None or (may_match(gate, s.folded) and gate.search(s.folded)) or (fn.__name__ == "force_majeure" and "force majeure" in
                                                              heading) or (fn.__name__ in HEADED and
                                                                           HEADED[fn.__name__].search(heading)):
                    cf.facts.extend(fn(s, w))
            if GATES["jurisdiction"].search(s.folded):
                cf.facts.extend(jurisdiction(s, w, towns))
            w = Where(index=i, heading=heading, article=art_text[a], names=names, clause=body, people_data=people,
                      notes=notes)
        if base < 0:
            for f in cf.facts:
                f.evidence.start = f.evidence.end = -1
        out.clauses.append(cf)
    apply_derogations(out, bodies)
    return out


def clause_number(heading: str) -> str | None:
    m = re.match(r"^((?:article|art\.|section|clause|annexe|annex)\s+)?([\dIVXLC]+(?:\.\d+)*)", heading or "", re.I)
    return m.group(0) if m else None
