"""Session 32, lead: the review reads what a clause does (issue 13). Own wordings, FR and EN.

Art. 28(3), first subparagraph: the description of the processing laid out as labelled rows (a table, "Label : content"
items, a questionnaire's answers) states the facets its labels name, even when a label is a bare word ("Objet",
"Durée", "Purpose") - but only inside such a description, never a contract's own "Objet" or "Durée" article, and never
a row left blank or sent elsewhere.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.art28 import subject_facets_of

SUBJECT, DURATION, NATURE, DATA, PEOPLE = range(5)


@pytest.mark.parametrize("text, expected", [
    ("## 3. Le traitement confié\n\n| Rubrique | Contenu |\n|---|---|\n"
     "| Objet | Exploitation et sauvegarde des serveurs de la mutuelle |\n"
     "| Finalité | Fournir les services d'infogérance convenus, rien d'autre |\n"
     "| Durée | Celle du contrat, plus trois mois pour la restitution |\n"
     "| Personnes concernées | Adhérents, ayants droit, salariés de la mutuelle |\n",
     {SUBJECT, NATURE, DURATION, PEOPLE}),
    ("Schedule 2 - Processing details\n\n| Item | Details |\n|---|---|\n"
     "| Subject | Remote administration of the school's servers |\n"
     "| Purpose | Delivering the managed services, nothing else |\n"
     "| Term | The term of the Agreement |\n"
     "| Data | Names, class, grades and parents' contact details |\n",
     {SUBJECT, NATURE, DURATION, DATA}),
    ("Description. Objet : supervision et maintenance du parc de la clinique. Durée : celle du contrat. "
     "Nature des opérations : accès à distance, copie, restauration. Données : identité, coordonnées, rendez-vous. "
     "Personnes concernées : patients et praticiens.",
     {SUBJECT, DURATION, NATURE, DATA, PEOPLE}),
    ("Processing: subject: hosting of the booking platform; duration: the Agreement's term; "
     "nature: storage and backup; data subjects: guests and staff; data: names, e-mail addresses, stay dates.",
     {SUBJECT, DURATION, NATURE, PEOPLE, DATA}),
    ("| N° | Question | Réponse du Prestataire |\n|---|---|---|\n"
     "| 1 | Pour quelle finalité traitez-vous les données ? | Assurer le support des caisses enregistreuses du Client. |\n"
     "| 2 | Quelles personnes sont concernées ? | Clients porteurs de la carte de fidélité et vendeurs. |\n"
     "| 3 | Quels types de données ? | Nom, numéro de carte, historique d'achats. |\n"
     "| 4 | Pendant combien de temps ? | Pendant le contrat, puis soixante jours. |\n",
     {NATURE, PEOPLE, DATA, DURATION}),
    ("| Ref | Question | Supplier answer |\n|---|---|---|\n"
     "| P1 | What is the purpose of the processing? | Keeping the Client's tills running. |\n"
     "| P2 | Which individuals are concerned? | Shoppers with a loyalty card, shop staff. |\n"
     "| P3 | What types of data? | Name, card number, purchase history. |\n",
     {NATURE, PEOPLE, DATA}),
])
def test_labelled_description_states_its_facets(text, expected):
    assert expected <= subject_facets_of(text)


@pytest.mark.parametrize("text", [
    # a contract's own articles named "Objet" and "Durée": the contract's subject and term, not the processing's
    "Article 1 - Objet : le présent contrat fixe les conditions de la maintenance du parc.\n\n"
    "Article 2 - Durée : trois ans à compter de la signature.\n\nArticle 3 - Prix : 900 euros par mois.",
    "1. Subject: this Agreement sets out how the Provider maintains the Client's network.\n"
    "2. Term: thirty-six months from signature.\n3. Fees: as per the Order Form.",
    # a template left blank, or rows that only send the reader elsewhere
    "| Rubrique | Contenu |\n|---|---|\n| Objet | [à compléter] |\n| Finalité | [à compléter] |\n"
    "| Durée | [à compléter] |\n| Personnes concernées | [à compléter] |\n| Données | [à compléter] |\n",
    "| Item | Details |\n|---|---|\n| Subject | See the Order Form |\n| Purpose | See the Order Form |\n"
    "| Duration | See the Order Form |\n| Data subjects | See the Order Form |\n",
])
def test_not_a_description_of_the_processing(text):
    assert len(subject_facets_of(text)) < 3


# The purpose stated in prose by its limit ("pour la seule finalité de…", "for the sole purpose of…", "aux seules fins
# de…", "for the purpose of <doing>"), whatever the verb that follows; a legal reference after the same words is none.
@pytest.mark.parametrize("sentence", [
    "Le Prestataire accède aux fichiers des adhérents pour la seule finalité de l'assistance aux utilisateurs.",
    "Les données des patients sont consultées aux seules fins de la télémaintenance des appareils.",
    "The provider processes the tenants' personal data for the purpose of managing the building's access badges.",
    "Staff records are processed by the Supplier for the sole purpose of running the payroll.",
])
def test_purpose_stated_by_its_limit(sentence):
    assert NATURE in subject_facets_of(sentence)


@pytest.mark.parametrize("sentence", [
    "For the purposes of Article 28 of the GDPR, the Customer is the controller and the Provider the processor.",
    "Pour l'application de l'article 28 du RGPD, le Client est responsable du traitement.",
    "For the purposes of this Schedule, 'Personal Data' means any information relating to an identified person.",
    "The Provider shall assist the Customer, taking into account the nature of the processing, for the purpose of "
    "answering requests.",
])
def test_a_reference_is_no_purpose(sentence):
    assert NATURE not in subject_facets_of(sentence)


# --- flags read by what the clause does (own wordings, FR and EN) ---
from assistant.legal.review.documents import ParsedDocument  # noqa: E402
from assistant.legal.review.report import review_document  # noqa: E402


def _flags(text: str, name: str = "contrat.md") -> set[str]:
    rep = review_document(ParsedDocument(name=name, text=text, pages=1, format="md"), retriever=None, role="client")
    return {f.rule for f in rep.flags}


_PREAMBLE_FR = ("# Conditions du service « Atelier Tranquille »\n\nEntre la société Bytemaille (nous) et vous, le client "
                "artisan. Nous administrons à distance vos postes et le serveur où se trouvent vos fichiers clients et "
                "nous sauvegardons ces données chaque nuit.\n\n")
_PREAMBLE_EN = ("# Service terms of the 'Quiet Shop' plan\n\nBetween Bytemesh Ltd (we, us) and you, the shop owner. We "
                "administer your tills and the server that holds your customer database (names, phone numbers, purchase "
                "history) remotely, and we back that personal data up every night.\n\n")


@pytest.mark.parametrize("text", [
    _PREAMBLE_FR + "## Q7. Pouvez-vous faire intervenir d'autres sociétés ?\nOui : nous pouvons confier les déplacements "
    "et la surveillance de nuit à des prestataires de notre choix. Vous en êtes informé après coup, par courriel.\n",
    _PREAMBLE_EN + "## Q7. Can you bring in other firms?\nYes: we may hand the on-site visits and the night monitoring to "
    "contractors of our choosing. You are told by e-mail afterwards.\n",
])
def test_first_person_free_choice_is_free_subcontracting(text):
    assert {"free_subcontracting_assignment", "free_subprocessors"} <= _flags(text)


@pytest.mark.parametrize("text", [
    _PREAMBLE_FR + "## Q3. Vos tarifs changent-ils ?\nNotre nouvelle grille, mise en ligne dans votre espace chaque "
    "automne, s'applique de plein droit à votre abonnement dès le 1er janvier, quelle que soit la hausse.\n",
    _PREAMBLE_EN + "## Q3. Do your prices change?\nOur new rate card, posted in your account each autumn, applies "
    "automatically to your subscription from 1 January, whatever the increase.\n",
])
def test_new_price_list_applied_to_the_running_contract(text):
    assert "unilateral_price_change" in _flags(text)


@pytest.mark.parametrize("text", [
    _PREAMBLE_FR + "## Q9. Que nous rendez-vous si nous partons ?\nSous vingt jours : une copie complète de vos "
    "fichiers dans un format ouvert, vos mots de passe et la documentation du réseau.\n",
    _PREAMBLE_FR + "## Article 12 – Fin des relations\nQuelle que soit la cause de la fin du service, nous restituons "
    "au client, dans les vingt jours et dans un format ouvert, les données et les configurations.\n",
    _PREAMBLE_EN + "## Q9. What do we get back if we leave?\nWithin twenty days: a full copy of your files in an open "
    "format, your passwords and the network documentation.\n",
])
def test_exit_stated_under_an_exit_question_or_heading(text):
    from assistant.legal.review.facts.extract import extract_facts
    from assistant.legal.review.segmentation import segment

    facts = extract_facts(segment(text), text)
    assert any(f.provided for f in facts.all("reversibility"))


@pytest.mark.parametrize("text", [
    _PREAMBLE_EN + "## 4. Recovery objectives\n4.1 The RTO is four hours. 4.2 Whether the RTO was met shall be "
    "determined exclusively from our internal job logs, which are final. You have no right to see those logs.\n",
])
def test_recovery_objective_measured_from_the_providers_own_logs(text):
    assert "sla_measured_by_provider" in _flags(text)


@pytest.mark.parametrize("text", [
    _PREAMBLE_EN + "## 5. Where backups live\nWe may store or process your backup copies with any third-party hosting "
    "or cloud provider of our choosing, in any country, and replace it at any time without notice to you.\n",
])
def test_data_stored_with_third_party_providers_of_its_choosing(text):
    assert "free_subprocessors" in _flags(text)


def test_exit_stated_as_a_noun_under_an_exit_question():
    from assistant.legal.review.facts.extract import extract_facts
    from assistant.legal.review.segmentation import segment

    text = _PREAMBLE_FR + ("## Q10. Qu'est-ce qu'on récupère quand on part ?\nDans le mois : l'export intégral de vos "
                           "dossiers, les codes d'accès administrateur et le plan du réseau.\n")
    facts = extract_facts(segment(text), text)
    assert any(f.provided for f in facts.all("reversibility"))


@pytest.mark.parametrize("title", [
    "**EXHIBIT B**\n\n**SERVICE LEVELS FOR MANAGED BACKUP**\n\nto the Master Services Agreement dated 4 May 2026 between "
    "Northwind IT LLC (\"Provider\") and Bakery Dupont SAS (\"Customer\")\n\n",
    "**ANNEXE 2**\n\n**NIVEAUX DE SERVICE DE LA SAUVEGARDE**\n\nau contrat d'infogérance du 4 mai 2026 entre Nordvent "
    "SARL (le « Prestataire ») et la Boulangerie Dupont (le « Client »)\n\n",
])
def test_an_exhibit_of_an_agreement_it_does_not_hold_is_a_part(title):
    from assistant.legal.review.doctype import detect

    body = ("1. The recovery time objective (RTO) is four hours and the recovery point objective (RPO) twenty-four hours.\n\n"
            "2. If an RTO is missed, Customer receives a service credit of 5 % of the monthly fee.\n\n"
            if "EXHIBIT" in title else
            "1. Le RTO est de quatre heures et le RPO de vingt-quatre heures.\n\n"
            "2. Si un RTO est dépassé, le Client reçoit un avoir de 5 % de la redevance mensuelle.\n\n")
    assert detect(title + body, topics={"sla", "penalties", "backup_recovery"}).kind == "sla"


# --- the client's duties for the service, whatever the client is called and whatever the heading ---
_CLIENT_FR = ("# Contrat de maintenance\n\nEntre la société Octet Services (ci-après le « Prestataire ») et la mutuelle "
              "Horizon Santé (ci-après la « Mutuelle »).\n\n## 1. Objet\nLe Prestataire maintient le parc de la Mutuelle.\n\n")
_CLIENT_EN = ("# Support agreement\n\nBetween Octet Services Ltd (the \"Provider\") and Elm Street Dental Practice Ltd (the "
              "\"Practice\").\n\n## 1. Scope\nThe Provider supports the Practice's computers.\n\n")


def _clause_topics(text: str, heading_word: str) -> set[str]:
    rep = review_document(ParsedDocument(name="c.md", text=text, pages=1, format="md"), retriever=None, role="client")
    at = text.index("## 4.")  # the article under test, whatever the segmentation makes of its sub-clauses
    found = [c for c in rep.clauses if c.start >= at or heading_word in (c.heading or "") or heading_word in (c.parent or "")]
    assert found, [c.heading for c in rep.clauses]
    return {t for c in found for t in c.topics}


@pytest.mark.parametrize("text, heading", [
    (_CLIENT_FR + "## 4. Délais d'intervention\n4.1 Le Prestataire intervient sous deux heures ouvrées.\n4.2 La Mutuelle "
     "désigne un correspondant informatique, donne au Prestataire l'accès à la salle serveur et l'informe de tout "
     "changement de matériel.\n", "Délais"),
    (_CLIENT_EN + "## 4. Response times\n4.1 The Provider responds within two business hours.\n4.2 The Practice appoints "
     "a single contact, gives the Provider access to the comms room and tells the Provider of any change of equipment.\n",
     "Response"),
    (_CLIENT_EN + "## 4. Miscellaneous\n4.1 The Practice shall: (a) give the Provider's engineers safe access to its "
     "premises; (b) name two contacts; and (c) not change the firewall settings without raising a change request.\n",
     "Miscellaneous"),
])
def test_client_duty_under_another_heading_is_client_obligations(text, heading):
    assert "client_obligations" in _clause_topics(text, heading)


@pytest.mark.parametrize("text, heading", [
    (_CLIENT_FR + "## 4. Rapports\nLa Mutuelle peut demander un rapport d'intervention à tout moment.\n", "Rapports"),
    (_CLIENT_FR + "## 4. Factures\nLa Mutuelle paie chaque facture à trente jours par virement.\n", "Factures"),
    (_CLIENT_FR + "## 4. Suivi\nLa Mutuelle est informée par courriel de chaque intervention terminée.\n", "Suivi"),
    (_CLIENT_EN + "## 4. Reports\nThe Practice may ask for an activity report at any time.\n", "Reports"),
    (_CLIENT_EN + "## 4. Acknowledgement\nThe Practice acknowledges that the Provider gives no warranty on old "
     "hardware.\n", "Acknowledgement"),
])
def test_a_right_a_payment_or_being_informed_is_no_client_duty(text, heading):
    assert "client_obligations" not in _clause_topics(text, heading)


@pytest.mark.parametrize("opening, client, provider", [
    ("Entre la société Octet Services SARL (ci-après le « Prestataire ») et la mutuelle Horizon Santé (ci-après la "
     "« Mutuelle »).", "mutuelle", "prestataire"),
    ("Entre Octet Services SAS, ci-après dénommée le « Prestataire », et Val Habitat SA, ci-après "
     "dénommée l'« Office ».", "office", "prestataire"),
    ("La clinique Saint-Roch SA (la « Clinique »), d'une part, et Octet Services SAS (le « Prestataire »), d'autre "
     "part.", "clinique", "prestataire"),
])
def test_defined_names_with_their_article(opening, client, provider):
    from assistant.legal.review.facts.extract import names_of

    n = names_of("# Contrat\n\n" + opening + "\n\n## 1. Objet\nLe Prestataire maintient le parc du client.\n")
    assert client in n.client_names and client not in n.provider_names and provider in n.provider_names


@pytest.mark.parametrize("text, heading", [
    (_CLIENT_EN + "## 4. Recitals\nThe Practice runs three surgeries and wishes to obtain managed IT services.\n", "Recitals"),
    (_CLIENT_FR + "## 4. Préambule\nLa Mutuelle souhaite confier la maintenance de son parc à un prestataire.\n", "Préambule"),
])
def test_recitals_and_wishes_are_no_client_duty(text, heading):
    assert "client_obligations" not in _clause_topics(text, heading)


# a facet named bare as the subject of its own statement ("la finalité est…", "les données concernées sont…")
@pytest.mark.parametrize("sentence, facet", [
    ("Les données concernées sont l'état civil et les coordonnées des locataires ; la finalité est la gestion des "
     "baux ; la durée est celle du contrat.", {DATA, NATURE, DURATION}),
    ("The data concerned are the tenants' names and contact details; the purpose is managing the leases; the term is "
     "that of the Agreement.", {DATA, NATURE}),
])
def test_bare_facet_named_as_its_statements_subject(sentence, facet):
    assert facet <= subject_facets_of(sentence)
