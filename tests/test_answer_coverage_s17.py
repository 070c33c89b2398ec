"""Issue 15, seventeenth session: knowledge breadth — legal points of the field that no card answered yet.

The questions are our own wording (FR and EN, casual and narrated) of situations an MSP, an SME client, a DPO or a public
buyer meets around IT outsourcing in France, chosen from a map of the field (subject x kind of question), not from any
evaluation item. Each answer must name the rule's article (or the act's number) and open on a verdict: one of the words
given for the case appears in its first two sentences. Near-misses check that a point is not forced onto another subject.
"""

from __future__ import annotations

import re

import pytest

# (question, role, article pattern, verdict pattern read in the first two sentences)
NIS2, DORA = r"2022/2555|NIS ?2", r"2022/2554|DORA"
CASES = [
    # -- NIS2: an MSP is an essential or important entity ------------------------------------------------------------
    ("on est un infogérant de 60 personnes, est-ce que la directive NIS2 nous concerne vraiment ?", "msp", NIS2,
     r"oui|concern|vis[ée]|entit[ée]"),
    ("does NIS2 apply to a mid-sized managed service provider in France, and what does it change for us?", "msp",
     NIS2, r"yes|appl|entit|in scope"),
    ("incident de sécurité majeur chez nous (MSP) sans données perso, on doit le déclarer à quelqu'un et sous quel délai ?",
     "msp", NIS2, r"oui|24|signal|d[ée]clar|notif"),
    ("our client says that as a managed service provider we now have cyber incident reporting duties under EU law. "
     "is that right?", "msp", NIS2, r"yes|right|correct|report"),
    # -- DORA: a bank or insurer as client ---------------------------------------------------------------------------
    ("notre client est une mutuelle d'assurance, il nous envoie un avenant DORA de 15 pages, c'est obligatoire ?",
     "msp", DORA, r"oui|obligatoire|impos|doit"),
    ("we run the IT of a small investment firm. what must our contract contain under DORA?", "msp", DORA,
     r"must|descri|service|locat|exit|audit"),
    ("une banque veut un droit d'audit illimité et une stratégie de sortie dans notre contrat d'infogérance, "
     "d'où ça sort ?", "msp", DORA, r"DORA|r[èe]glement|2022/2554"),
    # -- ransomware, cyber insurance and paying a ransom ------------------------------------------------------------
    ("on s'est fait rançonner, l'assureur cyber dit qu'il ne paiera rien sans plainte. c'est légal ce truc ?", "client",
     r"L\.? ?12-10-1", r"oui|plainte|72"),
    ("our cyber insurer will only reimburse the ransomware losses if we filed a police complaint. is there a deadline?",
     "client", r"L\.? ?12-10-1", r"yes|72|complaint"),
    ("rançongiciel sur tout le parc : est-ce qu'on a le droit de payer la rançon ? le presta propose de négocier",
     "client", r"L\.? ?12-10-1|\b33\b|sanction", r"pas interdit|interdit|d[ée]conseill|n'est pas"),
    ("is it even legal for a French company to pay a ransomware gang? our MSP says it can handle the payment.",
     "client", r"L\.? ?12-10-1|\b33\b|sanction", r"not (a crime|unlawful|prohibited|illegal)|legal|discourag|advise"),
    # -- the 1975 subcontracting act: the unpaid subcontractor's direct action --------------------------------------
    ("un freelance que notre infogérant avait pris en sous-traitance nous réclame directement ses factures, "
     "on doit payer ?", "client", r"75-1334", r"oui|peut|action directe|d[ée]pend"),
    ("a subcontractor of our IT provider says the provider never paid it and sends us its invoice. can it claim "
     "from us?", "client", r"75-1334", r"yes|can|direct|depends"),
    ("on sous-traite une partie du contrat client à une autre boîte, faut-il l'accord du client ?", "msp",
     r"75-1334", r"oui|accept|agr[ée]"),
    # -- third-party software: error correction and maintenance ----------------------------------------------------
    ("l'éditeur du logiciel métier a disparu, notre presta peut-il corriger lui-même les bugs du logiciel ?",
     "client", r"L\.? ?122-6-1", r"oui|peut|sauf"),
    ("can our MSP fix bugs in a licensed business application it did not write, without the publisher's consent?",
     "client", r"L\.? ?122-6-1", r"yes|can|unless|depends"),
    ("l'éditeur interdit la maintenance par un tiers dans sa licence, on peut quand même confier la TMA à notre "
     "infogérant ?", "client", r"L\.? ?122-6-1", r"non|oui|d[ée]pend|r[ée]serv|licence"),
    # -- licence compliance of the software the MSP installs ---------------------------------------------------------
    ("audit Microsoft : il manque 40 licences sur des postes installés par le presta. qui paie ?", "client",
     r"L\.? ?335-3|L\.? ?122-6\b", r"client|contrat|d[ée]pend|titulaire"),
    ("the software vendor's audit found unlicensed copies our MSP deployed. are we or the MSP liable?", "client",
     r"L\.? ?335-3|L\.? ?122-6\b", r"you|client|contract|depends|both"),
    # -- open source in deliverables ------------------------------------------------------------------------------
    ("le presta a livré des scripts qui contiennent du code sous GPL, c'est un souci pour nous ?", "client",
     r"L\.? ?122-6|L\.? ?335-3|1103", r"oui|non|d[ée]pend|licence"),
    ("what should our contract say about open-source components in the software the provider delivers?", "client",
     r"L\.? ?122-6|L\.? ?335-3|1103", r"list|licen|warrant|inventor"),
    # -- monitoring tools deployed on staff workstations -------------------------------------------------------------
    ("le MSP veut installer un EDR et un proxy qui journalise la navigation des salariés, on doit prévenir qui ?",
     "client", r"L\.? ?1222-4|L\.? ?2312-38", r"salari|CSE|inform"),
    ("our provider wants to deploy a DLP tool that reads staff e-mails for leaks. what do we need to do first in "
     "France?", "client", r"L\.? ?1222-4|L\.? ?2312-38", r"inform|works council|CSE|staff|employees"),
    ("mettre un logiciel de surveillance des postes via l'infogérant sans le dire aux employés, ça passe ?", "client",
     r"L\.? ?1222-4|L\.? ?2312-38", r"non|pas"),
    # -- where data must be hosted ----------------------------------------------------------------------------------
    ("est-ce qu'on est obligés légalement d'héberger nos données en France ?", "client", r"\b4[4-6]\b|HDS|L\.? ?1111-8",
     r"non|pas d'obligation|aucune"),
    ("is there a law that says our MSP must keep our data in France or in the EU?", "client",
     r"\b4[4-6]\b|HDS|L\.? ?1111-8", r"no|not"),
    # -- vigilance over the provider's social declarations ---------------------------------------------------------
    ("on signe un gros contrat avec un petit presta, doit-on lui demander des attestations URSSAF ?", "client",
     r"L\.? ?8222-1", r"oui|doit|vigilance"),
    ("we are the MSP and hire freelancers for on-site work. do we have to check their social security filings?",
     "msp", r"L\.? ?8222-1", r"yes|must|vigilance"),
    # -- a contract signed by someone without authority --------------------------------------------------------------
    ("un commercial de chez nous a signé un contrat d'infogérance sur 5 ans sans pouvoir, on est engagés ?", "client",
     r"1156", r"non|pas|sauf|d[ée]pend"),
    ("an office manager with no signing authority accepted the MSP's 3-year quote. is the company bound?", "client",
     r"1156", r"no|not|unless|depends"),
    # -- very small business signing off-premises -------------------------------------------------------------------
    ("je suis artisan avec 3 salariés, un commercial est venu me faire signer un contrat de maintenance "
     "informatique au garage, je peux me rétracter ?", "client", r"L\.? ?221-3", r"oui|peut|si"),
    ("a sales rep signed up my 4-person accounting firm for managed IT during a visit at our office. do consumer "
     "cooling-off rules protect us?", "client", r"L\.? ?221-3", r"yes|can|if|depends"),
    # -- formation: a quote, silence, starting the work -------------------------------------------------------------
    ("le client n'a jamais signé le devis mais il nous a laissé faire la migration, il peut refuser de payer ?",
     "msp", r"111[3-8]|1120", r"non|pas|contrat"),
    ("we never signed the provider's quote but let them start the work. is there a contract?", "client",
     r"111[3-8]|1120", r"yes|likely|can|contract"),
    ("le presta dit que notre silence sur sa nouvelle offre vaut acceptation, c'est vrai ?", "client",
     r"1120", r"non|pas|sauf"),
    # -- confidentiality after the contract -------------------------------------------------------------------------
    ("la clause de confidentialité s'arrête à la fin du contrat, le presta peut ensuite réutiliser nos infos ?",
     "client", r"L\.? ?151-1|1112-2|1103", r"non|pas|d[ée]pend|secret"),
    ("how long does a confidentiality obligation last once the outsourcing contract is over?", "client",
     r"L\.? ?151-1|1112-2|1103", r"contract|as long|agreed|no fixed|depends"),
    # -- a public buyer that pays late ------------------------------------------------------------------------------
    ("la mairie nous paie nos factures de maintenance à 90 jours, c'est autorisé ?", "msp", r"L\.? ?2192-10|R\.? ?2192-10",
     r"non|30|trente"),
    ("the town hall takes three months to pay our IT support invoices. what are its payment deadlines?", "msp",
     r"L\.? ?2192-10|R\.? ?2192-10", r"30|thirty|days"),
    # -- second round of the fill: open-source clause, retention periods, data held for payment, staff misconduct,
    # -- penetration tests
    ("dans le contrat d'intégration, comment écrire les règles sur les composants libres que le presta réutilise ?",
     "client", r"L\.? ?131-3|L\.? ?122-6|1103", r"liste|inventaire|licence|garant"),
    ("combien de temps notre infogérant peut-il garder les sauvegardes de la base RH ?", "client",
     r"\b5\b|L\.? ?123-22|\b28\b", r"pas de dur[ée]e|n[ée]cessaire|finalit|d[ée]pend"),
    ("how long may our hosting provider keep copies of our customer database after we asked it to?", "client",
     r"\b5\b|\b28\b|L\.? ?123-22", r"no single|necessary|purpose|depends|instruction"),
    ("notre ancien prestataire garde nos identifiants administrateur tant qu'on n'a pas soldé son dernier avoir "
     "contesté, c'est légal ?", "client", r"2286|28|873", r"non|risque|pas"),
    ("our old MSP won't release our backups until we settle a disputed bill. is it allowed to do that?", "client",
     r"2286|28\s?\(3\)|873", r"no|not|risk"),
    ("un technicien de notre infogérant a fait fuiter des documents RH, la société prestataire peut s'en laver les "
     "mains ?", "client", r"1231-1|32|28", r"non|oui|r[ée]pond|responsab"),
    ("one of the MSP's engineers copied our client list before quitting. is the MSP on the hook?", "client",
     r"1231-1|32\s?\(4\)|28\s?\(3\)", r"yes|liable|answers"),
    ("on voudrait faire un test d'intrusion sur l'appli que le presta héberge, on peut le lancer nous-mêmes ?",
     "client", r"323-1", r"autoris|oui|non|pas"),
    ("we'd like to run a vulnerability scan against servers our provider manages. any legal issue?", "client",
     r"323-1", r"authori|yes|permission|consent"),
]

# still short after the fill (kept visible, strict): the knowledge is there but another mechanism answers. A NIS 2 incident
# told "sans données perso" names data protection, and the subject rule moves to the breach-deadline card (q02); the
# English insurer's condition is read as a negotiation request (q08); "sous-traiter ... l'accord du client" reaches the GDPR sub-processor card (q13); an
# English "what should our contract say" on open source is answered by the generic drafting path (q20); an English
# retention question gets a generic answer that quotes the card third (q41). s25: the EN unpaid subcontractor (q12) is
# answered by the s25 card on the direct action (its phrasings name the claim; no pricing label, which took acceptance)
SHORT = {2: "subject rule: breach-deadline card (data protection named)",  # s19: q04 answered (a law named, on_named_act)
         8: "read as a negotiation request", 13: "GDPR sub-processor card chosen for commercial subcontracting",
         20: "generic drafting path, card verdict quoted without its rule", 41: "generic answer, card quoted third"}
# s32: q46 (FR pentest on a hosted app) is answered by its card, read in the card's own lay words (`lay_terms`)
PARAMS = [pytest.param(*c, id=f"q{i:02d}", marks=[pytest.mark.xfail(strict=True, reason=SHORT[i])] if i in SHORT else [])
          for i, c in enumerate(CASES)]


def _opening(text: str) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    return " ".join(sentences[:2])


@pytest.mark.parametrize("question,role,article,verdict", PARAMS)
def test_the_rule_is_named_and_the_answer_opens_on_a_verdict(app, question, role, article, verdict):
    ans = app.ask(question, role=role)
    assert re.search(article, ans.answer, re.I), ans.answer[:600]
    assert re.search(verdict, _opening(ans.answer), re.I), ans.answer[:600]


NEAR_MISSES = [
    # an SLA question: no NIS2 point
    ("notre presta a un SLA de 4 heures pour les incidents critiques, c'est correct ?", "client", NIS2),
    # an e-signature question by an authorised manager: no apparent authority
    ("our CEO signed the MSP contract with an electronic signature. is it valid?", "client", r"1156"),
    # a company of 200 staff: no off-premises consumer extension
    ("nous sommes une ETI de 200 salariés, peut-on résilier le contrat d'infogérance signé le mois dernier ?",
     "client", r"L\.? ?221-3"),
    # a private client paying late: no public payment deadline
    ("notre client, une PME, paie nos factures avec trois mois de retard, que faire ?", "msp", r"R\.? ?2192-10"),
]


@pytest.mark.parametrize("question,role,pattern", NEAR_MISSES, ids=[f"n{i}" for i in range(len(NEAR_MISSES))])
def test_near_misses_do_not_bring_the_point(app, question, role, pattern):
    ans = app.ask(question, role=role)
    assert not re.search(pattern, ans.answer, re.I), ans.answer[:600]
