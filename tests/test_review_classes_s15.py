"""Fifteenth session, issue 13: what a clause does, for the flags the blind14 review set got wrong — the batch below was
written BEFORE any fix, in our own words (FR and EN, formal and casual, several subjects), about half that must fire and
half near misses that must not. Its first-run score is the check (recorded in STILL_WRONG and the commit messages).

- security_result_obligation: a result obligation on a security outcome (no malware / no intrusion gets in) is the
  provider's risk, also when it sits in a list of exceptions to a general "de moyens" rule under a neutral heading; a
  disclaimer of that very outcome, or a result obligation on response times or on running the backups, is not.
- uncapped_liability: a head of the provider's liability taken out of the cap and said to be unlimited (an indemnity,
  a clause number) lifts the cap for it; a carve-out of the client's fees, the client's own unlimited indemnity, or the
  ordinary carve-outs of gross negligence alone, is not that.
- breach_notification_late: a security incident reported "without delay", or breach timing left to the data processing
  annex, is no late notice; a personal-data breach told only after 72 hours or after the provider's own analysis is.
- free_subprocessors: a provider free to subcontract the services on notice hands the data over (Art. 28(2)) — unless
  the contract leaves the personal data to processor terms in a named annex that governs it; the annex then answers.
- force_majeure_broad: force majeure that lists ordinary outside events and expressly keeps the provider's own
  subcontractors, its staff or avoidable attacks outside is narrow; one that adds those to the excuses is broad.
- personal_data_without_dpa: no GDPR processing where the parties and the data subjects are outside the EEA / UK and
  the contract says no such data will be loaded without terms; data of people in the Union processed without terms
  is.

FR_PARTIES: provider in Lyon, client in Nantes. EN_PARTIES: provider in York, client in Hull. US_PARTIES: both in the US.
"""

from __future__ import annotations

import pytest

from tests.review_docs import check_rule, en, fr

US_PARTIES = ("This Agreement is made between Redwood Managed IT, Inc., a California corporation at 50 Market Street, "
              "San Francisco, California 94105 (\"Provider\"), and Sagebrush Farms LLC, an Idaho limited liability "
              "company at 400 Main Street, Boise, Idaho 83702 (\"Customer\").\n"
              "1. Services\nProvider shall administer Customer's servers and workstations.\n")


def us(heading: str, *sentences: str) -> str:
    return US_PARTIES + f"{heading}\n" + " ".join(sentences) + "\n"


MEANS_FR = "Les engagements du Prestataire sont, sauf exception, de simples obligations de moyens."
MEANS_EN = "Unless stated otherwise, the Supplier's commitments are obligations of means (reasonable efforts) only."
SUB_FR = "Le Prestataire peut sous-traiter tout ou partie des prestations à des entreprises qu'il choisit, sans " \
         "autorisation du Client, qu'il en avise simplement."
SUB_EN = "The Supplier may subcontract any part of the services to companies of its own choosing without the " \
         "Customer's approval, and will simply tell the Customer afterwards."
PD_FR = "Le Prestataire traite pour le compte du Client les données personnelles des salariés du Client."
PD_EN = "The Supplier processes the personal data of the Customer's staff on the Customer's behalf."

CASES: list[tuple[str, str, bool, str]] = [
    # -- security_result_obligation -----------------------------------------------------------------------------------
    ("sec-fr-exception-list", "security_result_obligation", True,
     fr("Article 7 – Portée des engagements", MEANS_FR, "Font toutefois l'objet d'une obligation de résultat : le "
        "respect des horaires d'astreinte et la garantie donnée par le Prestataire qu'aucun rançongiciel n'atteindra "
        "le réseau du Client par les serveurs qu'il administre.")),
    ("sec-en-exception-list", "security_result_obligation", True,
     en("7. Nature of commitments", MEANS_EN, "By way of exception, the following are obligations of result: the "
        "on-call hours, and the Supplier's undertaking that no virus will get into the Customer's network through "
        "the devices it manages.")),
    ("sec-fr-guarantee-no-intrusion", "security_result_obligation", True,
     fr("Article 7 – Sécurité", "Le Prestataire garantit qu'aucune intrusion ne se produira sur les serveurs "
        "du Client pendant la durée du contrat.")),
    ("sec-en-ensure-free", "security_result_obligation", True,
     en("7. Security", "The Supplier guarantees that the Customer's systems will remain free of malware and "
        "intrusions at all times.")),
    ("sec-fr-resultat-casual", "security_result_obligation", True,
     fr("Article 7 – Engagements", "Le Prestataire s'engage, à titre d'obligation de résultat, à ce qu'aucune "
        "attaque informatique ne compromette les données du Client.")),
    ("sec-en-disclaim", "security_result_obligation", False,
     en("7. Warranties", "THE SUPPLIER DOES NOT WARRANT THAT THE CUSTOMER'S SYSTEMS WILL BE FREE FROM INTRUSION, "
        "MALWARE OR OTHER SECURITY THREATS.")),
    ("sec-fr-disclaim", "security_result_obligation", False,
     fr("Article 7 – Sécurité", "Le Prestataire ne garantit pas l'absence de toute intrusion ou de tout virus sur "
        "le système d'information du Client.")),
    ("sec-fr-result-not-security", "security_result_obligation", False,
     fr("Article 7 – Portée des engagements", MEANS_FR, "Sont de résultat, par exception, les délais de prise en "
        "charge des demandes et l'exécution des sauvegardes quotidiennes.")),
    ("sec-en-measures-means", "security_result_obligation", False,
     en("7. Security", "The Supplier shall use reasonable efforts to protect the Customer's systems against "
        "malware, including keeping antivirus software up to date on each device.")),
    # -- uncapped_liability --------------------------------------------------------------------------------------------
    ("cap-en-indemnity-unlimited", "uncapped_liability", True,
     en("8. Liability", "Each party's total liability is limited to the fees paid in the preceding twelve months.",
        "This limit does not apply to the Supplier's indemnity under clause 9, which shall be unlimited.")),
    ("cap-fr-garantie-illimitee", "uncapped_liability", True,
     fr("Article 8 – Responsabilité", "La responsabilité de chaque partie est plafonnée aux sommes versées au cours "
        "des douze derniers mois.", "Ce plafond ne s'applique pas à la garantie due par le Prestataire au titre de "
        "l'article 9, qui est illimitée.")),
    ("cap-en-data-breach-no-limit", "uncapped_liability", True,
     en("8. Liability", "The Supplier's liability is capped at the annual fees.", "The Supplier's liability for any "
        "breach of its data security obligations is not subject to any limit.")),
    ("cap-fr-sans-limite-montant", "uncapped_liability", True,
     fr("Article 8 – Responsabilité", "La responsabilité du Prestataire est limitée à six mois de redevance.",
        "Par exception, le Prestataire répond sans limitation de montant des conséquences d'une violation de "
        "la confidentialité.")),
    ("cap-en-customer-fees-excluded", "uncapped_liability", False,
     en("8. Liability", "Each party's total liability is limited to the fees paid in the preceding twelve months.",
        "This limit does not apply to the Customer's obligation to pay the fees.")),
    ("cap-en-customer-indemnity", "uncapped_liability", False,
     en("8. Liability", "The Supplier's total liability is limited to the fees paid in the preceding twelve months.",
        "The Customer's indemnity under clause 9 is not subject to that limit.")),
    ("cap-fr-faute-lourde-only", "uncapped_liability", False,
     fr("Article 8 – Responsabilité", "La responsabilité de chaque partie est plafonnée à douze mois de redevance.",
        "Ce plafond ne joue pas en cas de faute lourde ou dolosive.")),
    ("cap-fr-client-garantie", "uncapped_liability", False,
     fr("Article 8 – Responsabilité", "La responsabilité du Prestataire est plafonnée à douze mois de redevance.",
        "La garantie due par le Client au titre de l'article 9 n'est pas plafonnée.")),
    # -- breach_notification_late --------------------------------------------------------------------------------------
    ("breach-fr-96h", "breach_notification_late", True,
     fr("Article 9 – Données personnelles", PD_FR, "Il notifie au Client toute violation de données personnelles "
        "dans un délai de quatre-vingt-seize heures.")),
    ("breach-en-after-analysis", "breach_notification_late", True,
     en("9. Personal data", PD_EN, "The Supplier will report a personal data breach to the Customer once its own "
        "investigation of the breach is complete.")),
    ("breach-fr-5-jours", "breach_notification_late", True,
     fr("Article 9 – Données personnelles", PD_FR, "Toute violation de données est signalée au Client sous cinq jours "
        "ouvrés à compter de sa confirmation.")),
    ("breach-en-4-days", "breach_notification_late", True,
     en("9. Personal data", PD_EN, "The Supplier shall notify the Customer of any personal data breach within four "
        "days.")),
    ("breach-fr-sans-delai-incident", "breach_notification_late", False,
     fr("Article 9 – Sécurité", "Le Prestataire tient à jour les antivirus et prévient le Client sans délai de tout "
        "incident de sécurité qu'il constate.")),
    ("breach-en-promptly-incident", "breach_notification_late", False,
     en("9. Security", "The Supplier keeps the firewalls patched and tells the Customer promptly of any security "
        "incident it detects.")),
    ("breach-fr-24h", "breach_notification_late", False,
     fr("Article 9 – Données personnelles", PD_FR, "Il notifie au Client toute violation de données personnelles "
        "dans les vingt-quatre heures suivant sa découverte.")),
    ("breach-en-undue-delay", "breach_notification_late", False,
     en("9. Personal data", PD_EN, "The Supplier shall notify the Customer without undue delay after becoming "
        "aware of a personal data breach.")),
    # -- free_subprocessors ------------------------------------------------------------------------------------------
    ("subp-fr-free-no-annex", "free_subprocessors", True,
     fr("Article 10 – Sous-traitance et données", SUB_FR, PD_FR)),
    ("subp-en-free-no-annex", "free_subprocessors", True,
     en("10. Subcontracting and data", SUB_EN, PD_EN)),
    ("subp-fr-data-own-choice", "free_subprocessors", True,
     fr("Article 10 – Données personnelles", PD_FR, "Il peut faire appel à tout sous-traitant ultérieur de son choix "
        "sans en informer le Client.")),
    ("subp-en-data-own-choice", "free_subprocessors", True,
     en("10. Data protection", PD_EN, "The Supplier may engage any sub-processor it likes without notifying the "
        "Customer.")),
    ("subp-fr-annex-governs", "free_subprocessors", False,
     fr("Article 10 – Sous-traitance", SUB_FR) + "Article 11 – Données personnelles\n" + PD_FR +
     " Ce traitement est régi par l'Annexe 5 « Accord de sous-traitance des données », qui fait partie du contrat et "
     "l'emporte sur toute autre clause en matière de données personnelles.\n"),
    ("subp-en-schedule-governs", "free_subprocessors", False,
     en("10. Subcontracting", SUB_EN) + "11. Personal data\n" + PD_EN +
     " That processing is governed by Schedule 5 (Data Processing Terms), which forms part of this Agreement and "
     "prevails over any other clause as regards personal data.\n"),
    ("subp-en-object", "free_subprocessors", False,
     en("10. Data protection", PD_EN, "The Supplier may engage sub-processors after giving the Customer thirty days' "
        "notice, during which the Customer may object to the change.")),
    # -- force_majeure_broad ---------------------------------------------------------------------------------------------
    ("fm-en-own-subcontractors", "force_majeure_broad", True,
     en("12. Force majeure", "Neither party is liable for delays caused by events outside its control, including "
        "failures of its subcontractors or suppliers and strikes by its own staff.")),
    ("fm-fr-cyber-included", "force_majeure_broad", True,
     fr("Article 12 – Force majeure", "Sont considérés comme des cas de force majeure, outre ceux retenus par la "
        "jurisprudence, les grèves du personnel du Prestataire, les défaillances de ses fournisseurs et toute attaque "
        "informatique.")),
    ("fm-en-narrow-excludes-subs", "force_majeure_broad", False,
     en("12. Force majeure", "A party is not liable for a failure caused by events beyond its reasonable control, such "
        "as floods, war or a government order.", "This clause does not cover payment duties, nor any failure of the "
        "Supplier's own subcontractors.")),
    ("fm-fr-narrow-excludes", "force_majeure_broad", False,
     fr("Article 12 – Force majeure", "La force majeure s'entend au sens de l'article 1218 du Code civil.",
        "Ne constituent pas un cas de force majeure la défaillance d'un sous-traitant du Prestataire ni une attaque "
        "qu'un correctif disponible aurait empêchée.")),
    ("fm-en-plain", "force_majeure_broad", False,
     en("12. Force majeure", "Neither party is liable for delay caused by events beyond its reasonable control, such "
        "as natural disasters, epidemics or war.")),
    # -- personal_data_without_dpa -------------------------------------------------------------------------------------
    ("dpa-us-no-eea", "personal_data_without_dpa", False,
     us("6. Personal information", "Customer Data includes personal information of Customer's employees in Idaho.",
        "Customer represents that it holds no personal data of individuals in the European Economic Area or the "
        "United Kingdom and shall not load any without first agreeing data processing terms with Provider.")),
    ("dpa-us-state-law", "personal_data_without_dpa", False,
     us("6. Privacy", "Provider processes personal information of Customer's U.S. drivers only to perform the "
        "Services and complies with applicable U.S. state privacy laws.", "No personal data of individuals located "
        "in the EU, EEA or UK will be processed under this Agreement.")),
    ("dpa-us-eu-customers", "personal_data_without_dpa", True,
     us("6. Personal information", "Provider hosts, on Customer's behalf, the personal data of Customer's retail "
        "customers in France and Germany.", "Provider shall keep that data confidential.")),
    ("dpa-en-uk-staff", "personal_data_without_dpa", True,
     en("6. Data", PD_EN, "The Supplier shall keep that data secure.")),
    ("dpa-fr-salaries", "personal_data_without_dpa", True,
     fr("Article 6 – Données", PD_FR, "Il en assure la confidentialité.")),
]

# cases the engine still reads wrongly, with the reason (strict: a fix makes them pass and the mark must go)
# first run (43e95be, before any fix): 32/42; the ten misses then were sec-en-exception-list, cap-en-indemnity-unlimited,
# cap-fr-garantie-illimitee, cap-fr-sans-limite-montant, cap-fr-client-garantie, breach-en-after-analysis,
# subp-fr-annex-governs, subp-en-schedule-governs, fm-en-narrow-excludes-subs, dpa-us-state-law
STILL_WRONG: dict[str, str] = {}


@pytest.mark.parametrize("name,rule,fires,text", [
    pytest.param(*c, id=c[0], marks=[pytest.mark.xfail(strict=True, reason=STILL_WRONG[c[0]])]
                 if c[0] in STILL_WRONG else []) for c in CASES])
def test_clause_does(name: str, rule: str, fires: bool, text: str) -> None:
    check_rule(rule, fires, text)


def test_batch_is_balanced() -> None:
    fires = sum(c[2] for c in CASES)
    assert len(CASES) >= 40 and 0.4 <= fires / len(CASES) <= 0.6
    assert len({c[0] for c in CASES}) == len(CASES)


# -- written after the fixes (not part of the batch above, whose score is the check): the rest of each class's family,
# and the near misses the fixes must keep apart ---------------------------------------------------------------------
AFTER: list[tuple[str, str, bool, str]] = [
    ("subp-fr-contract-prevails", "free_subprocessors", True,
     fr("Article 10 – Sous-traitance", SUB_FR) + "Article 11 – Données personnelles\n" + PD_FR +
     " Les conditions de ce traitement sont fixées à l'Annexe 3. En cas de contradiction, le présent contrat prévaut sur "
     "ses annexes.\n"),
    ("subp-en-schedule-no-precedence", "free_subprocessors", True,
     en("10. Subcontracting", SUB_EN) + "11. Personal data\n" + PD_EN +
     " The terms governing that processing are set out in Schedule 3.\n"),
    ("subp-en-addendum-takes-precedence", "free_subprocessors", False,
     en("10. Subcontracting", SUB_EN) + "11. Personal data\n" + PD_EN +
     " That processing is subject to the Data Processing Addendum in Exhibit D, which takes precedence over this "
     "Agreement for personal data.\n"),
    ("breach-fr-fronted-deadline", "breach_notification_late", True,
     fr("Article 9 – Données personnelles", PD_FR, "Dans un délai de cinq jours, le Prestataire notifie au Client toute "
        "violation de données personnelles.")),
    ("breach-en-patch-list", "breach_notification_late", False,
     en("9. Security", "The Supplier installs critical patches within ten days, monitors the firewalls and reports any "
        "security incident to the Customer without undue delay.")),
    ("breach-fr-after-review-ends", "breach_notification_late", True,
     fr("Article 9 – Données personnelles", PD_FR, "Le Prestataire informe le Client de toute violation de données "
        "personnelles une fois son examen interne de l'incident terminé.")),
    ("fm-en-but-covers", "force_majeure_broad", True,
     en("12. Force majeure", "This clause does not excuse payment obligations, but it does cover failures of the "
        "Supplier's subcontractors.")),
    ("fm-fr-ni-subcontractors", "force_majeure_broad", False,
     fr("Article 12 – Force majeure", "La présente clause ne dispense pas le Client de payer le prix, ni le Prestataire "
        "de répondre de la défaillance de ses sous-traitants.")),
    ("cap-en-law-heads-unlimited", "uncapped_liability", False,
     en("8. Liability", "The Supplier's liability is capped at the annual fees.", "The cap does not apply to gross "
        "negligence or fraud, which shall remain unlimited.")),
    ("cap-en-supplier-confidentiality", "uncapped_liability", True,
     en("8. Liability", "The Supplier's liability is capped at the annual fees.", "The Supplier's liability for breach "
        "of clause 11 (Confidentiality) is not capped: it remains liable without any limit for that breach.")),
    ("sec-en-result-no-security", "security_result_obligation", False,
     en("7. Nature of commitments", MEANS_EN, "The following are obligations of result: the response times and the "
        "running of the nightly backups.")),
    ("sec-fr-relevent-resultat", "security_result_obligation", True,
     fr("Article 7 – Engagements", MEANS_FR, "Relèvent en revanche d'une obligation de résultat le rétablissement du "
        "service sous quatre heures et l'engagement qu'aucun pirate ne pourra accéder aux serveurs du Client.")),
    ("dpa-us-outside-eea", "personal_data_without_dpa", True,
     us("6. Personal information", "Provider processes personal information of Customer's employees to perform the "
        "Services.", "Provider shall not move that data outside the European Economic Area, where it is stored.")),
    ("dpa-us-no-eu-link", "personal_data_without_dpa", False,
     us("6. Privacy", "Provider processes personal information of Customer's employees to perform the Services.",
        "None of that information concerns individuals in the United Kingdom or the European Union.")),
]


@pytest.mark.parametrize("name,rule,fires,text", [pytest.param(*c, id=c[0]) for c in AFTER])
def test_clause_does_after(name: str, rule: str, fires: bool, text: str) -> None:
    check_rule(rule, fires, text)


# -- what the document settles (missing essential clauses), read from what its lines do ------------------------------
SETTLED: list[tuple[str, str, str]] = [
    ("hours-en-weekday-span", "support_hours",
     en("Schedule 1 – Service description", "- Service desk Tuesday through Sunday, 7:30 a.m. to 6:00 p.m. local time.",
        "- Remote monitoring of the servers.")),
    ("hours-fr-jours-plage", "support_hours",
     fr("Annexe 1 – Description des services", "- Assistance téléphonique du lundi au samedi, de 8 h à 19 h.",
        "- Supervision des serveurs.")),
    ("exit-en-download-window", "reversibility",
     en("5. Effect of termination", "When the contract ends the Supplier will keep a full export of the Customer's "
        "files ready to download for thirty days, then erase it.")),
    ("exit-fr-telechargement", "reversibility",
     fr("Article 5 – Fin du contrat", "À la fin du contrat, les données du Client restent téléchargeables depuis le "
        "portail pendant un mois, puis sont effacées.")),
]


@pytest.mark.parametrize("name,topic,text", [pytest.param(*c, id=c[0]) for c in SETTLED])
def test_document_settles(name: str, topic: str, text: str) -> None:
    from assistant.legal.review.report import review_text

    report = review_text(text, role="client")
    assert topic not in report.missing_essential, f"{topic} reported missing: {text!r}"
    if topic == "reversibility":
        assert "no_reversibility" not in {f.rule for f in report.flags}


# -- what a clause is about, read from what it does (topics) ---------------------------------------------------------
TOPICS: list[tuple[str, str, bool, str]] = [
    ("topic-fr-no-hire-singular", "non_solicitation", True,
     fr("Article 14 – Personnel", "Pendant le contrat et un an après, chacune des parties s'interdit de faire travailler "
        "un technicien de l'autre partie sans son accord.")),
    ("topic-en-audit-log-heading", "audit", False,
     en("6.3 Access log (audit trail)", "The Supplier keeps a record of every administrator login for one year and "
        "sends the Customer an extract on request.")),
    ("topic-en-audit-right-heading", "audit", True,
     en("6.3 Audit", "Once a year the Customer may have an independent auditor inspect the Supplier's premises and "
        "records relating to the services.")),
    ("topic-en-renewal-price", "price_revision", True,
     en("4.5 Renewal pricing", "Each renewal period is charged at the Supplier's then-prevailing rate card.")),
    ("topic-fr-renewal-price", "price_revision", True,
     fr("Article 4 – Prix du renouvellement", "À chaque reconduction, la redevance est fixée au tarif alors en vigueur "
        "du Prestataire.")),
]


@pytest.mark.parametrize("name,topic,present,text", [pytest.param(*c, id=c[0]) for c in TOPICS])
def test_clause_topic(name: str, topic: str, present: bool, text: str) -> None:
    from assistant.legal.review.documents import ParsedDocument
    from assistant.legal.review.report import read_document

    read = read_document(ParsedDocument(name="d", text=text, pages=1, format="txt"), retriever=None)
    assert (topic in read.ctx.topics) is present, f"{topic}: {sorted(read.ctx.topics)} for {text!r}"
