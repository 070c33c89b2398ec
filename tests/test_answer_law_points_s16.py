"""Issue 15, sixteenth session: the legal points new questions keep needing, reached by the situation told.

Each question below is our own wording (FR and EN, casual and narrated) of a situation whose answer a careful lawyer
would ground on a given article; the test asks that the answer names it. The points are those the must-facts of the
tune material asked for in several sets written by different people (see the session report): a remedy or liability
limited by a clause (Code civil 1170, 1231-3), a processor using the client's data for its own ends (GDPR 28(10)),
a cost that changes during a fixed-price contract (1195), the provider's own records declared binding (1356, L110-3),
the end of a long business relationship (C. com. L442-1), a precise deadline within the provider's control (result,
1218), remote access as processing (GDPR 4(2), 28), a small public contract (CCP R2122-8), a lease tied to a service
contract (1186), limitation periods (2224, L110-4, 2254), transfers made through the MSP's tools (GDPR chapter V),
a fee for leaving early (1231-5). Near-misses check that a point is not forced onto another subject.
"""

from __future__ import annotations

import re

import pytest

CASES = [
    # -- a remedy or liability limited by a clause: 1170 / 1231-3 -----------------------------------------------------
    ("le contrat dit que les avoirs de service sont la seule et unique compensation en cas de panne. on a perdu "
     "deux jours de prod, on ne peut vraiment rien réclamer d'autre ?", "client", r"1170|1231-3"),
    ("our hosting deal says service credits are our exclusive remedy for any outage. the platform was down for a "
     "week because they skipped maintenance. are we stuck with a few credits?", "client", r"1170|1231-3"),
    ("clause 9 : la responsabilité du prestataire est limitée au montant d'un mois de redevance, quelle que soit la "
     "faute. il a effacé nos sauvegardes par négligence grossière, ça tient ?", "client", r"1231-3|1170"),
    ("the supplier's terms exclude liability for any damage whatsoever, direct or indirect. is that going to hold "
     "between two companies in France?", "client", r"1170|1231-3"),
    # -- a processor using the client's data for its own ends: 28(10) --------------------------------------------------
    ("notre infogérant veut utiliser nos tickets de support pour entraîner son IA interne. il reste sous-traitant ?",
     "client", r"28\s?\(10\)"),
    ("we found out our MSP analyses our users' mailbox metadata to build benchmarks it sells to other clients. "
     "what is its role under GDPR then?", "client", r"28\s?\(10\)"),
    ("le presta réutilise les fichiers clients qu'il héberge pour faire sa propre prospection commerciale, c'est "
     "permis ?", "client", r"28\s?\(10\)"),
    # -- a cost that changes in a fixed-price contract: 1195 -----------------------------------------------------------
    ("forfait annuel signé à 3 000 euros par mois. l'éditeur de l'antivirus a triplé ses prix et notre presta veut "
     "nous facturer 4 200 à partir du mois prochain. on doit accepter ?", "client", r"1195|1193"),
    ("we are the MSP: our fixed monthly fee no longer covers the licences since Microsoft raised its prices by 40 %. "
     "can we pass it on to the client before the term ends?", "msp", r"1195|1193"),
    ("depuis la hausse de l'énergie notre datacenter nous coûte deux fois plus, le contrat client est à prix ferme "
     "pour trois ans. on a un recours ?", "msp", r"1195"),
    # -- the provider's own records declared binding: 1356 / L110-3 ----------------------------------------------------
    ("dans leurs CGV : seules les mesures de l'outil de supervision du prestataire font foi pour calculer la "
     "disponibilité. nous on a nos propres relevés qui montrent l'inverse, ils comptent pas ?", "client",
     r"1356|L\.? ?110-3"),
    ("the contract says the provider's monitoring logs are conclusive evidence of uptime. our own probes show "
     "hours of downtime. can we still use them?", "client", r"1356|L\.? ?110-3"),
    # -- the end of a long business relationship: L442-1 ---------------------------------------------------------------
    ("on travaille avec le même client depuis neuf ans, il nous annonce par mail qu'il arrête tout dans un mois. "
     "il a le droit ?", "msp", r"L\.? ?442-1"),
    ("after twelve years of renewals our IT provider told us it won't renew and gives us 30 days. is that enough "
     "notice?", "client", r"L\.? ?442-1"),
    ("notre prestataire historique (depuis 2015) nous lâche du jour au lendemain, sans préavis, on peut demander "
     "réparation ?", "client", r"L\.? ?442-1"),
    # -- a precise deadline within the provider's control: result, 1218 -----------------------------------------------
    ("le contrat impose au presta d'installer les correctifs de sécurité critiques sous 72 heures. il l'a pas fait, "
     "on s'est fait chiffrer. il dit qu'il a fait de son mieux, ça suffit ?", "client", r"1218|resultat|result"),
    ("our MSP must restore service within 4 hours under the SLA. it took 11 hours and they say they did their best. "
     "is that a defence?", "client", r"1218|result"),
    # -- remote access to personal data is processing: 4(2), 28 --------------------------------------------------------
    ("le prestataire se connecte juste à distance sur nos postes pour dépanner, il ne garde rien. on doit quand "
     "même signer un accord RGPD avec lui ?", "client", r"28|4\s?\(2\)"),
    ("our helpdesk vendor only takes remote control of staff laptops when they call. does that count as processing "
     "personal data?", "client", r"4\s?\(2\)|28"),
    # -- a small public contract: R2122-8 -----------------------------------------------------------------------------
    ("je suis secrétaire de mairie, on veut un petit contrat de maintenance du parc informatique de l'école. on "
     "peut le signer directement avec le presta du coin sans appel d'offres ?", "client", r"R\.? ?2122-8"),
    ("we are a small municipality and need a modest IT support contract. can we just sign with a local firm "
     "without any tender?", "client", r"R\.? ?2122-8"),
    ("la communauté de communes veut confier la maintenance de ses 40 postes à une PME locale, faut-il une "
     "mise en concurrence ?", "client", r"R\.? ?2122-8"),
    # -- a lease tied to a service contract: 1186 ---------------------------------------------------------------------
    ("le presta qui maintenait nos copieurs a coulé, mais la société de leasing continue de prélever les loyers. "
     "on peut arrêter de payer ?", "client", r"1186"),
    ("our managed-print provider went bust and the finance company still wants the monthly rent for the "
     "machines. do we have to keep paying?", "client", r"1186"),
    # -- limitation periods: 2224, L110-4, 2254 -----------------------------------------------------------------------
    ("on découvre aujourd'hui une erreur de facturation du presta qui date de 2020. il est trop tard pour réclamer ?",
     "client", r"2224|L\.? ?110-4"),
    ("the MSP misconfigured our backups four years ago and we only found out last month. how long do we have to "
     "sue?", "client", r"2224|L\.? ?110-4"),
    ("leurs conditions disent que toute réclamation doit être faite dans les 6 mois, c'est légal ?", "client",
     r"2254"),
    ("their terms say any claim must be brought within three months of the incident. can they shorten the time "
     "like that?", "client", r"2254"),
    # -- transfers made through the MSP's tools: chapter V -------------------------------------------------------------
    ("notre infogérant utilise un outil de télémaintenance américain qui stocke les journaux de session aux "
     "Etats-Unis, c'est un problème RGPD ?", "client", r"\b4[456]\b|chapitre v|transfert"),
    ("our MSP's remote monitoring platform is hosted in India and keeps copies of our event logs there. "
     "anything to check?", "client", r"\b4[456]\b|chapter v|transfer"),
    # -- a fee for leaving early: 1231-5 -----------------------------------------------------------------------------
    ("si on part avant la fin, on doit payer toutes les mensualités jusqu'au terme d'après le contrat, ça me "
     "parait énorme, c'est légal ?", "client", r"1231-5"),
    ("the agreement makes us pay every remaining monthly fee if we terminate early — 30 months! can a court cut "
     "that down?", "client", r"1231-5"),
    # -- damages clause between businesses: 1231-3 / 1231-4 -----------------------------------------------------------
    ("le contrat exclut le remboursement de notre perte de chiffre d'affaires après une panne, on n'a droit à "
     "rien ?", "client", r"1231-[1-4]|1170"),
    ("our contract excludes lost profits and any consequential loss. the outage cost us a major order. any "
     "way around it?", "client", r"1231-[1-4]|1170"),
    # -- formal notice before termination: 1224-1226 -------------------------------------------------------------------
    ("le presta rate ses délais depuis trois mois, on veut résilier demain matin, on peut ?", "client",
     r"122[4-6]"),
    ("we want to end the contract right away because the provider keeps missing its deadlines. can we just "
     "send an email?", "client", r"122[4-6]"),
    # -- assignment of the contract: 1216 ------------------------------------------------------------------------------
    ("notre presta a été racheté et nous informe que le contrat passe à la nouvelle société, on n'a pas notre mot "
     "à dire ?", "client", r"1216"),
    ("our provider is handing our contract to another company without asking us. can it do that?", "client",
     r"1216"),
]


# still short after this session's fix (kept visible, strict): the MSP's own costs asked in English reach the indexation
# guide, not the hardship card; an English town's "need a contract" is read as a drafting request (the router's call);
# the English lease answer opens on the term without its article
SHORT = {8: "hardship card not reached for an MSP's own costs (EN)", 20: "read as a drafting request (router)",
         23: "term answer without its article (composer)"}  # s19: q35 answered by card.termination_by_notification_s19
PARAMS = [pytest.param(*c, id=f"q{i:02d}", marks=[pytest.mark.xfail(strict=True, reason=SHORT[i])] if i in SHORT else [])
          for i, c in enumerate(CASES)]


@pytest.mark.parametrize("question,role,pattern", PARAMS)
def test_the_legal_point_of_the_situation_is_named(app, question, role, pattern):
    ans = app.ask(question, role=role)
    assert re.search(pattern, ans.answer, re.I), ans.answer[:600]


NEAR_MISSES = [
    # a fixed price with no change told: no hardship
    ("quel est le prix habituel d'un forfait d'infogérance pour 20 postes ?", "client", r"1195"),
    # a private company's contract: no public-procurement rule
    ("on est une PME de 15 personnes, on choisit notre infogérant, faut-il un appel d'offres ?", "client",
     r"R\.? ?2122-8"),
    # a price asked about, not changed: no hardship (EN); still short: the price-increase card, which now names 1193 and
    # 1195, is the card chosen for this what-does-it-cover question (the base chose another off-subject card)
    pytest.param("what does a fixed monthly fee usually cover in a managed-services contract?", "client", r"1195",
                 marks=pytest.mark.xfail(strict=True, reason="off-subject price-increase card chosen (card choice)")),
    # a deletion at the end of the contract: no liability cap point
    ("the annex says the provider deletes all our data 30 days after the end. is that normal?", "client", r"1231-3")
]


@pytest.mark.parametrize("question,role,pattern", NEAR_MISSES, ids=[f"n{i}" for i in range(len(NEAR_MISSES))])
def test_near_misses_do_not_bring_the_point(app, question, role, pattern):
    ans = app.ask(question, role=role)
    assert not re.search(pattern, ans.answer, re.I), ans.answer[:600]
