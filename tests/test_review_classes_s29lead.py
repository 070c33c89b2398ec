"""Lead classes of the twenty-ninth session (review, issue 13), written before the fix:

1. whose home court: a party named by two defined names ("ci-après « l'Association » ou « le Client »", '("Acme" or
   the "Customer")') is one party; the side of the first name is the side of the alternative with a role word, and a
   name with no role word takes the side the document's name reader gave it;
2. plain-text documents pasted from a PDF: words hyphenated at a line end are mended as for PDFs ("responsa-\\nbilité");
   compounds keep their hyphen ("sous-\\ntraitant");
3. a return of data the client may waive: "deleted without prior return if the client asks in writing" is the
   controller's choice of Art. 28(3)(g), not a refusal of reversibility;
4. a price for extra work "at the provider's daily rate in force on the order date, as shown on its public price
   list" is a price the provider sets alone.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.facts.parties import party_towns


@pytest.mark.parametrize("text,client_town,provider_town", [
    ("ENTRE : La société ALTAIR INFO, SAS, dont le siège est 4 rue Haute, 35000 Rennes, ci-après « le Prestataire », "
     "ET : L'association LES GENÊTS, dont le siège est 2 allée des Pins, 56100 Lorient, ci-après « l'Association » ou "
     "« le Client ».", "lorient", "rennes"),
    ("ENTRE : La Mutuelle SOLIDARIS OUEST, dont le siège est 9 quai Nord, 44000 Nantes, ci-après « la Mutuelle » ou "
     "« le Client », ET : la société CIRRUS, dont le siège est 1 place Neuve, 33000 Bordeaux, ci-après « CIRRUS » ou "
     "« le Prestataire ».", "nantes", "bordeaux"),
    ('between HARBOR CLINIC GROUP, 12 Bay Road, Portland, Maine 04101 ("Harbor" or the "Customer") and DATAWELL LLC, '
     '77 Pine Street, Boston, MA 02110 ("Datawell" or "Provider").', "portland", "boston"),
])
def test_a_party_named_twice_keeps_its_town_on_its_side(text, client_town, provider_town):
    towns = party_towns(text)
    assert client_town in towns["client"], towns
    assert provider_town in towns["provider"], towns
    assert client_town not in towns["provider"], towns


def test_a_name_without_role_word_takes_the_side_the_name_reader_gave_it():
    from assistant.legal.review.facts.extract import names_of
    text = ("ENTRE : la société NORDLINK, dont le siège est 3 rue du Port, 29200 Brest, ci-après « NORDLINK », qui "
            "fournit les services, ET : la Fondation KERVEN, dont le siège est 5 rue Vauban, 22000 Saint-Brieuc, ci-après "
            "« la Fondation », qui commande les services.\n\nArticle 1 – Objet\nNORDLINK s'engage à fournir à la "
            "Fondation les services d'infogérance. La Fondation paie le prix.")
    names = names_of(text)
    towns = party_towns(text, names)
    assert "fondation" in names.client_names, names.client_names
    assert any("brieuc" in t for t in towns["client"]) and not any("brieuc" in t for t in towns["provider"]), towns


@pytest.mark.parametrize("path_text", [
    "Article 17 – Litiges\nÀ défaut d'accord amiable, le litige est porté devant le tribunal judiciaire de Lorient.",
])
def test_the_clients_town_court_is_not_the_providers(tmp_path, path_text):
    import json
    import subprocess
    import sys
    doc = tmp_path / "contrat.md"
    doc.write_text("CONTRAT D'INFOGÉRANCE\n\nENTRE : La société ALTAIR INFO, SAS, dont le siège est 4 rue Haute, 35000 Rennes, "
                   "ci-après « le Prestataire »,\nET : L'association LES GENÊTS, dont le siège est 2 allée des Pins, 56100 "
                   "Lorient, ci-après « l'Association » ou « le Client ».\n\nArticle 1 – Objet\nLe Prestataire assure "
                   "l'infogérance du parc de l'Association.\n\n" + path_text + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "assistant", "review", str(doc), "--json"], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    flags = {f["rule"]: f for f in json.loads(out.stdout)["flags"]}
    assert flags.get("one_sided_jurisdiction", {}).get("severity") != "medium", flags.get("one_sided_jurisdiction")


# -- 2. plain text pasted from a PDF: line-end hyphenation mended ----------------------------------------------------------
@pytest.mark.parametrize("name,body,whole,kept", [
    ("contrat.txt", "Le Prestataire est tenu d'une obligation de moyens. Sa responsa-\nbilité est limitée aux dommages "
     "directs ; les sous-\ntraitants sont listés en annexe. Le Client peut résilier par lettre recomman-\ndée.",
     ["responsabilité", "recommandée"], ["sous-traitants"]),
    ("terms.md", "The Supplier shall maintain the equip-\nment in good order and keep an out-of-\npocket expenses log; "
     "the Customer may termi-\nnate on notice.", ["equipment", "terminate"], ["out-of-pocket"]),
])
def test_plain_text_hyphenation_is_mended_like_a_pdfs(tmp_path, name, body, whole, kept):
    from assistant.legal.review.documents import load_document
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    text = load_document(path).text
    for w in whole:
        assert w in text, text
    for w in kept:
        assert w in text, text


def test_a_markdown_list_and_a_rule_line_are_not_hyphenation(tmp_path):
    from assistant.legal.review.documents import load_document
    path = tmp_path / "cgv.md"
    path.write_text("# Conditions\n\n- premier point\n- second point\n\n---\n\nfin du texte", encoding="utf-8")
    text = load_document(path).text
    assert "- premier point\n- second point" in text and "---" in text, text


# -- helpers: review a small document through the engine (cues only, no index) ------------------------------------------
def _review(tmp_path, name: str, text: str, role: str = "client") -> dict:
    """The review of `text` as the CLI gives it (JSON), in this process."""
    from assistant.legal.review.report import review_text
    return review_text(text, name=name, role=role).to_json()


def _flags(report: dict) -> dict:
    return {f["rule"]: f for f in report["flags"]}


FR_PARTIES = ("ENTRE : La société ALTAIR INFO, SAS, dont le siège est 4 rue Haute, 35000 Rennes, ci-après « le "
              "Prestataire »,\nET : la société BOIS DU NORD, SARL, dont le siège est 8 quai Sud, 59000 Lille, ci-après « le "
              "Client ».\n\n")


# -- 3. a ceiling written in words -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Provider shall credit five percent (5%) of the monthly fee per missed target, up to fifteen percent (15%) of the "
    "monthly fee.",
    "For each missed level the Supplier grants a credit of 4 % of the monthly charge, up to twenty percent of that charge "
    "in any month.",
    "Chaque manquement donne lieu à un avoir de 3 % de la redevance mensuelle, jusqu'à dix pour cent de cette redevance "
    "par mois.",
])
def test_service_credits_capped_in_words_are_capped(tmp_path, sentence):
    head = "MANAGED SERVICES AGREEMENT\n\nbetween ACME LLC (\"Provider\") and BETA SAS (\"Customer\").\n\n" \
        if sentence.startswith(("Provider", "For")) else "CONTRAT D'INFOGÉRANCE\n\n" + FR_PARTIES
    report = _review(tmp_path, "c.txt", head + "Article 3 – Service levels\n" + sentence + "\n", role="msp")
    assert "uncapped_penalties" not in _flags(report), _flags(report).get("uncapped_penalties")


# -- 4. an exit plan is a part of the contract ------------------------------------------------------------------------------
EXIT_PLAN_FR = ("ANNEXE 3 — PLAN DE RÉVERSIBILITÉ\nContrat d'infogérance réf. AB-2026-12\n\n"
                "1. Objet\nLa présente annexe organise la reprise des services par le Client ou par un nouveau prestataire "
                "à la fin du contrat.\n\n2. Restitution\nLe Prestataire restitue les bases de données et les fichiers du "
                "Client dans un format ouvert, dans les trente jours de la demande, puis supprime les données, y compris "
                "les copies détenues par les sous-traitants ultérieurs.\nSi le Client le demande par écrit, les données "
                "sont supprimées sans restitution préalable.\n\n3. Assistance\nUn audit de fin de contrat peut être "
                "commandé par le Client pour faire constater par un tiers l'état du système transféré.\n\n4. Responsabilité"
                "\nL'article 9 du contrat s'applique aux opérations de la présente annexe.\n")
EXIT_PLAN_EN = ("SCHEDULE 6 – EXIT MANAGEMENT PLAN\nto the Managed Services Agreement No. 2026-7\n\n"
                "1. Purpose\nThis Schedule sets out how the Customer or a successor supplier takes over the Services at "
                "the end of the Agreement.\n\n2. Return of data\nThe Supplier returns the Customer's databases and files "
                "in an open format within thirty days of the request and then deletes the data, including copies held by "
                "its sub-processors.\nWhere the Customer so instructs in writing, the data are deleted without prior "
                "return.\n\n3. Liability\nClause 12 of the Agreement applies to the exit services.\n")


@pytest.mark.parametrize("name,text", [("annexe3.md", EXIT_PLAN_FR), ("schedule6.txt", EXIT_PLAN_EN)])
def test_an_exit_plan_reviewed_alone_is_a_part_not_a_contract(tmp_path, name, text):
    report = _review(tmp_path, name, text)
    assert report["document_type"]["type"] == "exit_plan", report["document_type"]
    flags = _flags(report)
    for rule in ("no_reversibility", "personal_data_without_dpa", "uncapped_liability", "free_subprocessors",
                 "free_subcontracting_assignment"):
        assert rule not in flags, (rule, flags.get(rule))
    assert report["missing_essential"] == [], report["missing_essential"]


@pytest.mark.parametrize("sentence", [
    "À la fin du contrat, les données sont supprimées sans restitution préalable si le Client le demande par écrit.",
    "À la demande écrite du Client, le Prestataire efface les données sans restitution préalable à la fin du contrat.",
])
def test_a_deletion_without_return_chosen_by_the_client_is_no_refusal_of_the_exit(tmp_path, sentence):
    text = ("CONTRAT D'INFOGÉRANCE\n\n" + FR_PARTIES + "Article 1 – Objet\nLe Prestataire héberge et administre les "
            "serveurs du Client.\n\nArticle 9 – Réversibilité\nLe Prestataire restitue au Client ses données dans un format "
            "standard dans les trente jours suivant la fin du contrat. " + sentence + "\n")
    assert "no_reversibility" not in _flags(_review(tmp_path, "c.md", text))


def test_a_deletion_without_return_the_provider_decides_is_still_read(tmp_path):
    text = ("CONTRAT D'INFOGÉRANCE\n\n" + FR_PARTIES + "Article 1 – Objet\nLe Prestataire héberge et administre les "
            "serveurs du Client.\n\nArticle 9 – Fin du contrat\nÀ la fin du contrat, le Prestataire supprime toutes les "
            "données du Client sans restitution préalable.\n")
    assert "no_reversibility" in _flags(_review(tmp_path, "c.md", text))


# -- 5. a rate in force on the order date, on the provider's public list ----------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Au-delà des jours inclus, l'assistance est facturée au tarif journalier en vigueur chez le Prestataire au jour de la "
    "commande, tel qu'il figure sur sa grille publique.",
    "Les prestations complémentaires sont facturées aux tarifs en vigueur à la date de la commande.",
])
def test_a_rate_in_force_on_the_order_date_is_the_providers_to_set(tmp_path, sentence):
    text = ("CONTRAT D'INFOGÉRANCE\n\n" + FR_PARTIES + "Article 1 – Objet\nLe Prestataire assure l'infogérance du parc "
            "du Client.\n\nArticle 6 – Prix\nLa redevance mensuelle est de 2 000 euros HT. " + sentence + "\n")
    assert "unilateral_price_change" in _flags(_review(tmp_path, "c.md", text))


# -- 6. audits refused as several checks at once, documents as the only means ------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Ces documents constituent le seul moyen de contrôle du respect par le Prestataire de ses obligations.",
    "Aucune visite ni audit sur site des installations ne peut être réalisé par le Client ou par un tiers mandaté.",
    "The annual certificate is the sole means of verifying the Supplier's compliance.",
    "No visit or audit of the Supplier's data centres may take place.",
])
def test_audits_refused_in_other_words(tmp_path, sentence):
    fr = not sentence.startswith(("The", "No"))
    head = ("CONTRAT D'INFOGÉRANCE\n\n" + FR_PARTIES + "Article 1 – Objet\nLe Prestataire héberge les serveurs du Client "
            "qui contiennent les dossiers de ses salariés.\n\nArticle 8 – Contrôle\nLe Prestataire transmet chaque année "
            "son certificat au Client. ") if fr else (
        "MANAGED SERVICES AGREEMENT\n\nbetween ACME LLC (\"Supplier\") and BETA SAS (\"Customer\").\n\n1. Services\nThe "
        "Supplier hosts the Customer's servers holding employee records.\n\n8. Audit\nThe Supplier sends its certificate "
        "to the Customer each year. ")
    assert "audit_restricted" in _flags(_review(tmp_path, "c.md", head + sentence + "\n"))


def test_an_audit_limited_in_time_is_not_refused(tmp_path):
    text = ("MANAGED SERVICES AGREEMENT\n\nbetween ACME LLC (\"Supplier\") and BETA SAS (\"Customer\").\n\n1. Services\nThe "
            "Supplier hosts the Customer's servers holding employee records.\n\n8. Audit\nThe Customer may audit the "
            "Supplier, including inspections. No visit or audit of the data centres may take place without thirty days' "
            "notice.\n")
    assert "audit_restricted" not in _flags(_review(tmp_path, "c.md", text))


# -- 7. a court named by its town only, placed in a state or a country -------------------------------------------------------
US_HEAD = ("MASTER SERVICES AGREEMENT\n\nbetween\n\nKESTREL DATA SERVICES, LLC\na Delaware limited liability company\n"
           "(\"Provider\")\n\nand\n\nMARNE OUTILLAGE SAS\na French société par actions simplifiée registered in Lyon\n"
           "(\"Customer\")\n\n1. Services\nProvider manages Customer's servers.\n\n")


@pytest.mark.parametrize("venue,favours", [
    ("All disputes shall be brought exclusively in the state or federal courts sitting in Wilmington.", "provider"),
    ("All disputes shall be brought exclusively before the courts of Lyon.", "client"),
    ("All disputes shall be brought exclusively before the courts of Paris.", "client"),
])
def test_a_court_named_by_its_town_is_placed(tmp_path, venue, favours):
    report = _review(tmp_path, "msa.txt", US_HEAD + "9. Venue\n" + venue + "\n")
    flag = _flags(report).get("one_sided_jurisdiction")
    assert flag is not None, _flags(report)
    assert flag["severity"] == ("medium" if favours == "provider" else "low"), flag


def test_a_town_whose_place_cannot_be_told_stays_unread(tmp_path):
    from assistant.legal.review.facts.places import whose_place
    # a town of the same country as both parties, in neither party's region
    assert whose_place({"marseille"}, {"rennes"}, {"lille"}) is None
    # a Belgian provider, a French client, the courts of Namur: the provider's country
    assert whose_place({"namur"}, {"liege", "belgian"}, {"lille"}) == "provider"
