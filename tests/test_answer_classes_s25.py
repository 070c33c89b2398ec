"""Issue 15, twenty-fifth session: answers on the classes behind the tuned misses of answers_v24, stage (b).

The answers missed the deciding fact because the knowledge base had nothing on the subject, or because the card that has
it was not chosen for a question told as a story: unauthorised access to a system kept after the contract (C. pén.
323-1, 323-3), pre-contractual negotiations (C. civ. 1112, 1112-2), the client's duty of vigilance on a small provider
(C. trav. L8222-1, L8222-2), the consumer's unfair-terms law claimed by a company (C. consom., article liminaire; the
business regimes of C. civ. 1171 and C. com. L442-1), hardware failing after the maker's warranty (C. civ. 1641, 1648)
and support given from outside the EU by remote access (GDPR Chapter V).

Written before the change, in our own words (other sectors and phrasings, FR and EN, casual, typos). Each case asks a
question and checks that the opening gives the verdict and that a cited line of the answer states the key fact with its
article (or its legal notion).
"""

from __future__ import annotations

import re

import pytest

from evaluations.answer_scoring import fold, verdict_text
from tests.answer_helpers import ask as _ask


def _cited_line(answer: str, pattern: str) -> str | None:
    """The first line of the answer that matches the pattern (folded) and carries a [n] citation."""
    for line in answer.split("\n"):
        if re.search(pattern, fold(line)) and re.search(r"\[\d+\]", line):
            return line
    return None


# (question, role, verdict pattern on the opening, fact pattern a cited line must hold)
CASES = [
    # -- IT criminal law: an access kept after the contract, data deleted through it (C. pén. 323-1, 323-3) --------------
    ("notre ancien infogéreur a toujours le mot de passe admin de notre serveur de fichiers alors que le contrat est fini "
     "depuis deux mois. il s'est reconnecté hier pour 'vérifier un truc'. il a le droit ??", "client",
     r"\bnon\b|pas le droit|interdit|penal|infraction|sans (autorisation|accord)",
     r"323-1|(acces|maintien) frauduleu|(acceder|se maintenir) frauduleusement"),
    ("fin du contrat avec une clinique vétérinaire la semaine dernière mais notre technicien a gardé un accès teamviewer "
     "sur leur poste d'accueil. on peut s'en servir pour récupérer nos scripts ?", "msp",
     r"\bnon\b|risque|(ne|n.) (le )?faites pas|a eviter|sans (autorisation|accord)|penal|interdit",
     r"323-1|(acces|maintien) frauduleu|(acceder|se maintenir) frauduleusement"),
    ("EN: contract ended last month but we still have the client's domain admin creds. ok to log in and pull our "
     "monitoring config back??", "msp",
     r"\bno\b|not without|risk|offen[cs]e|criminal|unauthori[sz]ed|do not|don.t",
     r"323-1|unauthori[sz]ed (access|remaining)|(fraudulent\w*|unlawful\w*) (access|remain)"),
    ("EN: after we fired our old MSP one of their techs logged in with an account they never gave back and wiped some "
     "log files. is that actually a crime?", "client",
     r"\byes\b|offen[cs]e|crime|criminal|punishable",
     r"323-[13]|fraudulent\w* (delet|modif|access)|unauthori[sz]ed (access|remaining)"),
    # a wish whose risk is asked is a question of law, not a contract to draft (act reader, s25)
    ("le contrat avec la pharmacie s'est terminé vendredi. on voudrait garder notre accès anydesk encore une semaine pour "
     "finir de rapatrier nos scripts, on risque quoi ?", "msp",
     r"\bnon\b|risque|(ne|n.) (le )?faites pas|a eviter|sans (autorisation|accord)|penal|interdit",
     r"323-1|(acces|maintien) frauduleu|(acceder|se maintenir) frauduleusement"),
    ("le cabinet comptable nous a remplacés par un autre infogérant début mars. on a gardé un compte admin sur leur "
     "serveur et on voudrait s'en servir pour récupérer nos données de supervision avant de tout couper. on risque "
     "quelque chose ?", "msp",
     r"\bnon\b|risque|(ne|n.) (le )?faites pas|a eviter|sans (autorisation|accord)|penal|interdit",
     r"323-1|(acces|maintien) frauduleu|(acceder|se maintenir) frauduleusement"),
    ("EN: the contract with the dental practice ended last week. we'd like to keep our remote access a few more days "
     "to move our scripts off their server. are we at risk?", "msp",
     r"\bno\b|not without|risk|offen[cs]e|criminal|unauthori[sz]ed|do not|don.t",
     r"323-1|unauthori[sz]ed (access|remaining)|(fraudulent\w*|unlawful\w*) (access|remain)"),
    # -- pre-contractual negotiations: free, good faith, no lost profits (C. civ. 1112), confidentiality (1112-2) ---------
    ("on a fait une étude gratuite pour un cabinet d'archi, 10 jours de boulot, présentations et tout, et ils ont choisi "
     "un autre presta avec notre étude. on peut leur réclamer le chiffre qu'on aurait fait ?", "msp",
     r"\bnon\b|seulement|uniquement|pas (la|le|les|vos|votre)|libre|liberte|depend|pas (forcement|automatiquement)|jamais",
     r"1112\b|liberte (de|des) (la )?(rupture|negociation|pourparlers)|libres? de (rompre|ne pas)"),
    ("EN: we negotiated for 4 months with an MSP and they walked away a week before signing for a bigger client. can we "
     "sue them for the savings we expected from the deal?", "client",
     r"\bno\b|only|not (the|your|for)|free|depends|unlikely|never",
     r"1112\b|good faith|bad faith|free to (break|walk|end|not)"),
    ("pendant notre appel d'offres on a donné nos schémas réseau aux 3 candidats, celui qu'on a pas retenu les réutilise "
     "dans ses présentations. on avait pas signé de NDA, on peut faire quoi ?", "client",
     r"\boui\b|possible|vous pouvez|recours|depend|meme sans",
     r"1112-2|informations? confidentielles?[^.\n]{0,80}(negociation|pourparlers)"),
    # -- vigilance on a provider, undeclared work (C. trav. L8222-1, D8222-5, L8222-2) -----------------------------------
    ("on prend une petite boite pour l'infogérance de nos 15 postes, 12k€ par an. on doit lui demander des papiers ou "
     "pas ? j'ai entendu parler de vigilance", "client",
     r"\boui\b|attestation|urssaf|vigilance|(5|cinq) ?000",
     r"l\.? ?8222-1|d\.? ?8222-5|obligation de vigilance"),
    ("EN: we're taking on a small IT contractor for about 30k a year, someone told us we need their social security "
     "certificate every 6 months. is that a real obligation?", "client",
     r"\byes\b|real|required|must|vigilance|obligation",
     r"8222|(6|six) months|vigilance"),
    ("on sous-traite l'astreinte du week-end à une micro-entreprise. si jamais elle fait travailler des gens non "
     "déclarés, on risque quoi nous ?", "msp",
     r"solidai|payer|risque|vigilance|\boui\b|depend",
     r"solidai|l\.? ?8222-2|l\.? ?8222-1"),
    ("EN: what's our exposure if the subcontractor doing our helpdesk turns out to use undeclared workers?", "client",
     r"jointly|liable|vigilance|pay|depends|risk|exposure",
     r"8222|jointly (and severally )?liable|joint (and several )?liability"),
    # -- unfair terms: consumer law is not for a company acting for its business (C. consom.), 1171 / L442-1 instead ----
    ("on est une petite EURL de graphisme, le contrat de notre presta info a des clauses super déséquilibrées. on peut "
     "invoquer les clauses abusives du code de la conso ?", "client",
     r"\bnon\b|en principe non|pas (pour|a) une|(ne|n.) (s.applique|pouvez) pas|probablement pas|difficilement",
     r"1171|l\.? ?442-1|desequilibre significatif"),
    ("EN: we're a 4-person company. can we use consumer protection law against the unfair clauses in our MSP contract?",
     "client",
     r"\bno\b|generally not|not (as|for|to)|unlikely|(does|do)n.t apply|cannot",
     r"1171|442-1|significant imbalance"),
    ("un client, une SAS de 200 salariés, nous dit que notre clause de résiliation est abusive au sens du code de la "
     "consommation. il a raison ?", "msp",
     r"\bnon\b|en principe non|pas (pour|a) une|probablement pas|difficilement|(ne|n.) s.applique pas",
     r"consommateur|non-professionnel|article liminaire|(fins|cadre|besoins?) (de (votre|son|l.)|professionnel)|"
     r"activite professionnelle"),
    ("EN: unfair terms in an IT maintenance contract between two businesses in France, which rules actually apply?",
     "client",
     r"1171|442-1|significant imbalance|depends|two|civil code|commercial code",
     r"1171|442-1|significant imbalance"),
    # -- hardware sold by the provider: hidden defects (C. civ. 1641, 1648), conformity (1604) --------------------------
    ("le presta nous a vendu 3 switchs il y a 18 mois, ils grillent tous à cause d'un défaut de fabrication. il dit que "
     "la garantie constructeur est finie, on est coincés ?", "client",
     r"\bnon\b|pas forcement|vices? caches?|garantie legale|1641|possible|vous pouvez|depend|\bsi\b",
     r"1641|vices? caches?"),
    ("EN: the firewall our MSP sold us two years ago has a known manufacturing fault and just died. they say the 1-year "
     "warranty is over. any options?", "client",
     r"\byes\b|you (can|may)|hidden defect|latent defect|possibl|depends|not (necessarily|over)|warranty",
     r"1641|hidden defect|latent defect"),
    ("EN: how long do we have to act over a hidden defect in servers bought from our provider?", "client",
     r"(2|two) years|1648|discover",
     r"1648|(2|two) years (from|after|of) (the )?discover"),
    ("on a reçu des serveurs qui correspondent pas à la commande, moins de RAM que sur le devis. c'est un vice caché ça "
     "?", "client",
     r"\bnon\b|pas (un|de) vice|conformite|delivrance|depend|plutot",
     r"1604|delivrance|non[- ]conform|conformite"),
    # -- support from outside the EU: remote access is a transfer (GDPR Chapter V, 28(2)(4), SCCs) ----------------------
    ("notre presta a un centre de support à Tunis qui se connecte à nos serveurs RH. les serveurs restent à Paris donc "
     "pas de souci RGPD non ?", "client",
     r"\bnon\b|faux|(c.est|ce n.est) pas (vrai|exact|si simple)|transfert|si[, ]",
     r"transfert[^.\n]{0,200}(chapitre v|4[4-9]|clauses contractuelles types|garanties appropriees|adequation)|"
     r"(chapitre v|clauses contractuelles types|4[4-9])[^.\n]{0,200}transfert"),
    ("EN: our MSP's night shift in the Philippines remotes into our CRM. the data stays in Frankfurt so it's not a "
     "transfer, right?", "client",
     r"\bno\b|not (right|quite|so)|wrong|is a transfer|counts as|(does|still) (count|amount)|transfer",
     r"transfer[^.\n]{0,200}(chapter v|4[4-9]|standard contractual clauses|scc|appropriate safeguards|adequacy)|"
     r"(chapter v|standard contractual clauses|4[4-9])[^.\n]{0,200}transfer"),
    ("on veut faire faire le niveau 1 par une équipe à Madagascar avec prise en main à distance des postes de nos "
     "clients. qu'est-ce qu'il faut prévoir côté RGPD ?", "msp",
     r"transfert|clauses contractuelles types|autoris|garanties|chapitre v|\b4[4-9]\b",
     r"clauses contractuelles types|garanties appropriees|chapitre v|\b4[4-9]\b"),
    ("EN: do we need SCCs if a support engineer in India only views our data remotely, nothing is copied?", "client",
     r"\byes\b|transfer|likely|generally|depends|scc|standard contractual",
     r"standard contractual clauses|scc|46|chapter v"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,verdict,fact", CASES)
def test_the_class_is_answered_with_its_verdict_and_article(app, question, role, verdict, fact):
    ans, _ = _ask(app, question, role)
    assert re.search(verdict, fold(verdict_text(ans.answer))), ans.answer
    assert _cited_line(ans.answer, fact), ans.answer


# -- fast tier: the situations a story states (assistant/chat/told_situations.py) -----------------------------------------

TOLD = [
    ("notre ancien infogéreur a toujours le mot de passe admin de notre NAS et s'est reconnecté hier", "access_kept_after_end"),
    ("EN: the engagement ended in May but their tech still has our firewall admin password", "access_kept_after_end"),
    ("on est une SAS de 8 personnes, le code de la conso s'applique à notre contrat d'infogérance ?",
     "consumer_law_claimed_by_a_company"),
    ("EN: the NAS our provider sold us died after 15 months, a known defect, and the maker's warranty is over",
     "hardware_failing_after_warranty"),
    ("EN: our MSP's support team in Vietnam logs into our ERP at night, is that a problem?", "support_from_outside_the_eu"),
    ("EN: we gave our tender documents, marked confidential, to the bidders; the one we rejected is reusing them",
     "information_reused_after_talks"),
    ("après trois mois de discussions le prospect a signé avec un concurrent, on peut demander quelque chose ?",
     "talks_ended_without_a_deal"),
]

NOT_TOLD = [
    # a client that still logs into its own portal after terminating: no access kept against the owner's will
    "le client a résilié mais il se connecte encore à notre portail pour télécharger ses factures, c'est normal ?",
    # an access refused at the exit: reversibility, not criminal law
    "à la fin du contrat l'ancien presta refuse de nous rendre les mots de passe admin, on fait quoi ?",
    # the consumer price index is no consumer law
    "EN: our company indexes its fees on the consumer price index, is that allowed in an IT contract?",
    # a quote accepted, a pilot stopped: no deal lost after negotiations
    "le client a retenu notre devis mais ne signe pas le contrat, on est engagés ?",
    "on a arrêté le pilote au bout d'un mois, le presta peut facturer ?",
    # a breakdown under a service level: the SLA, not hidden defects
    "le serveur vendu par le presta est en panne depuis hier, la GTR de 4 h sous garantie n'est pas tenue, on fait quoi ?",
    # support outside the EU named without any access to the data
    "EN: our provider's sales team is in India, does that change anything for our support contract?",
]


@pytest.mark.parametrize("question,situation", TOLD)
def test_a_story_stating_the_facts_of_a_body_of_law_is_read_as_that_situation(question, situation):
    from assistant.chat.told_situations import told_situations  # noqa: PLC0415

    q = question[3:].strip() if question.startswith("EN:") else question
    assert situation in [s.name for s in told_situations(q)]


@pytest.mark.parametrize("question", NOT_TOLD)
def test_a_neighbouring_story_is_read_as_no_situation(question):
    from assistant.chat.told_situations import told_situations  # noqa: PLC0415

    q = question[3:].strip() if question.startswith("EN:") else question
    assert told_situations(q) == [], [s.name for s in told_situations(q)]


# -- fast tier: the knowledge base states each class's law, typed as a rule with its article ----------------------------

def _kb():
    from assistant.knowledge.entries import load_entries  # noqa: PLC0415

    return load_entries()


@pytest.mark.parametrize("lang,article", [
    ("fr", "323-1"), ("en", "323-1"), ("fr", "1112"), ("en", "1112"), ("fr", "L8222-1"), ("en", "L8222-1"),
    ("fr", "liminaire"), ("en", "preliminary article"), ("fr", "1641"), ("en", "1641"), ("fr", "1648"), ("en", "1648"),
])
def test_each_class_has_a_rule_or_card_citing_its_article(lang, article):
    """Some entry of the language states the class's law citing its article: a card's rule, or a typed `rule`."""
    found = []
    for e in _kb():
        if e.lang != lang:
            continue
        if e.kind == "card" and e.rule is not None:
            found += [c for c in e.rule.cites if article.lower() in c.lower()]
        found += [c for st in e.rules for c in st.cites if article.lower() in c.lower()]
    assert found, article
