"""Wording variants of facts seen on the third blind review pair, in our own sentences: price adjusted at the
provider's will, penalties that extinguish every other claim, a cap kept even for gross negligence, suspension
for sums past due, each renewed period read apart from the first term, requests by ticket are no SLA method,
an audit waived for a report, force majeure exclusions, a venue in the provider's town or state."""

from __future__ import annotations

import pytest

from assistant.legal.review.facts import extract_facts
from assistant.legal.review.report import review_text
from assistant.legal.review.segmentation import segment


def facts(text: str, kind: str):
    found = extract_facts(segment(text), text).all(kind)
    for f in found:  # every fact is proven by the document's own words at its span
        assert text[f.evidence.start:f.evidence.end] == f.evidence.quote
    return found


def rules(text: str, role: str = "client") -> set[str]:
    return {f.rule for f in review_text(text, role=role).flags}


@pytest.mark.parametrize("sentence, unilateral", [
    ("Le Prestataire se réserve le droit de réajuster ses tarifs à tout moment selon ses coûts d'exploitation.", True),
    ("The Supplier may adjust its rates at any time to reflect its own costs.", True),
    ("Le Prestataire ne peut pas ajuster ses tarifs en cours d'année.", None),
])
def test_price_adjusted_by_the_provider(sentence, unilateral):
    text = f"Article 7 – Conditions financières\n{sentence}"
    found = facts(text, "price_change")
    assert (found[0].unilateral if found else None) is unilateral


@pytest.mark.parametrize("sentence, exclusive", [
    ("Une fois déduites de la facture, les pénalités soldent le manquement aux niveaux de service et le Client ne "
     "peut prétendre à aucune autre indemnisation à ce titre.", True),
    ("Service credits are the Customer's only remedy: no other compensation is due for a missed service level.", True),
    ("Les pénalités sont dues sans préjudice de toute autre indemnisation du préjudice subi.", False),
])
def test_penalties_that_close_every_other_claim(sentence, exclusive):
    text = f"Article 9 – Pénalités\n{sentence}"
    found = [f for f in facts(text, "exclusive_remedy") if f.exclusive]
    assert bool(found) is exclusive
    assert ("penalties_sole_remedy" in rules(text)) is exclusive


def test_a_sole_remedy_for_something_else_is_not_about_service_levels():
    text = ("Section 6 Sub-processors\nCustomer may object to a new sub-processor; if the objection is not resolved, "
            "Customer may terminate the affected Services without penalty, which is its sole remedy for the objection.")
    assert all(f.subject == "other" for f in facts(text, "exclusive_remedy"))
    assert "penalties_sole_remedy" not in rules(text)


@pytest.mark.parametrize("sentence, kept_for_gross_negligence", [
    ("La responsabilité du Prestataire est plafonnée à six mois de redevances, faute lourde comprise.", True),
    ("The cap in this Section applies to all claims, including gross negligence of the Supplier.", True),
    ("The cap in this Section does not apply to a party's gross negligence or wilful misconduct.", False),
])
def test_a_cap_that_covers_gross_negligence(sentence, kept_for_gross_negligence):
    text = f"Article 12 – Responsabilité\n{sentence}"
    carve = facts(text, "carve_outs")
    assert carve and (not carve[0].excluded_from_limit) is kept_for_gross_negligence
    assert ("gross_negligence_exclusion" in rules(text)) is kept_for_gross_negligence


def test_suspension_for_sums_past_due_without_notice():
    text = ("Section 4 Payment\nWhere any invoice is past due, the Supplier may suspend the Services without prior "
            "notice until the sums owed are paid.")
    cut = facts(text, "suspension")
    assert cut and cut[0].without_notice
    assert "suspension_without_notice" in rules(text)


def test_each_renewed_period_is_read_apart_from_the_first_term():
    text = ("Article 3 – Durée\nLe contrat est conclu pour une durée initiale de quarante-huit (48) mois. Il se "
            "renouvelle ensuite tacitement par périodes successives de douze (12) mois, sauf dénonciation par "
            "lettre recommandée au moins trois (3) mois avant l'échéance.")
    renewal = facts(text, "renewal")[0]
    assert (renewal.term_months, renewal.renewal_months, renewal.notice_months) == (48, 12, 3)
    assert "tacit_renewal_long" not in rules(text)
    longer = text.replace("douze (12) mois", "trente-six (36) mois")
    assert facts(longer, "renewal")[0].renewal_months == 36
    assert "tacit_renewal_long" in rules(longer)


def test_list_price_said_of_other_services_is_not_a_renewal_price():
    text = ("Article 5 – Term\n5.1 This Agreement renews automatically for successive periods of twelve (12) months "
            "unless either party gives notice sixty (60) days before the end of the term.\n"
            "5.2 Any migration help after termination is billed at the Supplier's then-current rates.")
    assert facts(text, "renewal")[0].price_at_renewal is None


def test_tickets_are_how_requests_arrive_not_how_levels_are_measured():
    text = "Article 4 – Service levels\nRequests are made by tickets raised by the Customer's contact person."
    assert facts(text, "sla_measure") == []
    timed = "Article 4 – Service levels\nResponse times are counted from the opening of the ticket."
    assert facts(timed, "sla_measure")


@pytest.mark.parametrize("sentence", [
    "Customer accepts the auditor's report as sufficient and waives any right to carry out on-site audits.",
    "Le Client renonce à tout droit d'audit sur place et se contente de la certification du Prestataire.",
])
def test_an_audit_right_given_up_is_restricted(sentence):
    text = ("Article 13 – Personal data\nThe Supplier processes personal data on behalf of the Customer, who is the "
            f"controller under Article 28 of the GDPR.\n{sentence}")
    audit = facts(text, "audit")
    assert audit and audit[0].restricted and not audit[0].onsite


@pytest.mark.parametrize("text, broad", [
    ("Article 15 – Force majeure\nA strike of the affected party's own staff, and any cyberattack its security "
     "measures should have stopped, shall not constitute such an event.", False),
    ("Section 15 Force majeure\nNeither party is liable for failures caused by events beyond its reasonable control, "
     "such as war, floods or a widespread failure of public power or telecommunications networks.", False),
    ("Article 15 – Force majeure\nSont assimilées à la force majeure les grèves, y compris celles du personnel du "
     "Prestataire.", True),
])
def test_force_majeure_exclusions_and_external_failures(text, broad):
    assert bool(facts(text, "force_majeure")) is broad


def test_venue_in_the_providers_state_and_a_french_court_with_several_defendants():
    us = ("This Agreement is made by Norvik Systems, Inc., 40 Harbor Street, Tampa, Florida 33602 (\"Provider\"), "
          "and Lindqvist AB, Sveavägen 10, 11157 Stockholm, Sweden (\"Customer\").\n"
          "Section 12 Venue\nEach party submits to the exclusive jurisdiction of the courts located in Hillsborough "
          "County, Florida.")
    assert facts(us, "jurisdiction")[0].favours == "provider"
    fr = ("Entre la société Gamma Réseaux, 4 rue de la Paix, 35000 Rennes, ci-après « le Prestataire », et la "
          "société Delta, 8 avenue Foch, 13008 Marseille, ci-après « le Client ».\n"
          "Article 21 – Litiges\nTout litige relève du tribunal de commerce de Rennes, même en cas de pluralité de "
          "défendeurs.")
    assert facts(fr, "jurisdiction")[0].favours == "provider"
    neutral = fr.replace("du tribunal de commerce de Rennes, même en cas de pluralité de défendeurs",
                         "du tribunal du domicile du défendeur")
    assert facts(neutral, "jurisdiction")[0].favours == "neutral"


def test_a_lump_sum_for_the_delay_alone_is_a_penalty_clause_not_a_sole_remedy():
    harm_only = ("Article 9 – Pénalités\nLes pénalités indemnisent forfaitairement le seul préjudice de retard ; aucun "
                 "autre dommage-intérêt n'est dû pour ce préjudice. Les autres préjudices nés du même manquement restent "
                 "indemnisables selon l'article Responsabilité.")
    assert not [f for f in facts(harm_only, "exclusive_remedy") if f.exclusive]
    breach = ("Article 9 – Pénalités\nLes pénalités sont la seule compensation due au titre du non-respect des niveaux "
              "de service. Les autres préjudices restent régis par l'article Responsabilité.")
    assert [f for f in facts(breach, "exclusive_remedy") if f.exclusive]


def test_a_mutual_cap_after_an_exception_binds_the_provider():
    text = ("Section 9 Limitation\nEXCEPT FOR THE CUSTOMER'S DUTY TO PAY AND A PARTY'S FRAUD, EACH PARTY'S TOTAL "
            "LIABILITY SHALL NOT EXCEED THE FEES PAID IN THE ONE (1) MONTH BEFORE THE CLAIM.")
    cap = facts(text, "liability_cap")[0]
    assert cap.party == "either"
    assert "derisory_liability_cap" in rules(text)


def test_sub_processors_of_its_choice_without_having_to_tell_the_client():
    text = ("Article 11 – Données personnelles\nLe Prestataire traite les données personnelles pour le compte du Client, "
            "responsable du traitement, au sens de l'article 28 du RGPD.\nLe Client autorise le Prestataire à recourir à "
            "des sous-traitants ultérieurs de son choix, sans que le Prestataire soit tenu de l'en informer.")
    sub = facts(text, "subprocessing")[0]
    assert not sub.notice and not sub.objection
    assert "free_subprocessors" in rules(text)


def test_not_bound_to_compensate_a_disappearance_of_files():
    text = ("Article 2 – Services\nLe Prestataire sauvegarde chaque nuit les serveurs du Client.\n"
            "Article 10 – Responsabilité\nLe Prestataire n'est pas tenu d'indemniser le Client de la disparition ou de "
            "l'altération de ses fichiers, quelle qu'en soit la cause.")
    loss = facts(text, "liability_exclusion")
    assert loss and "data_loss" in loss[0].damages
    assert "data_loss_exclusion_with_backup" in rules(text)


@pytest.mark.parametrize("lift, element", [
    ("Le Prestataire n'est pas tenu d'assister le Client pour répondre aux demandes des personnes concernées.",
     "art28_3e_data_subject_rights"),
    ("The Customer accepts the certificate as sufficient evidence and waives any right to conduct audits or "
     "inspections.", "art28_3h_audits_information"),
    ("Le questionnaire annuel remplace tout contrôle : aucun audit ni aucune inspection sur site n'est accepté.",
     "art28_3h_audits_information"),
])
def test_an_art28_duty_expressly_taken_away_is_refused(lift, element):
    from assistant.legal.review.art28 import check_art28

    body = ("Article 8 – Données personnelles\nLe Prestataire traite les données personnelles pour le compte du Client, "
            "responsable du traitement, au sens de l'article 28 du RGPD. Il ne traite les données que sur instruction "
            "documentée du Client. Il veille à la confidentialité des données par son personnel. Il met en œuvre les "
            "mesures de sécurité de l'article 32 du RGPD. Il aide le Client à répondre aux demandes d'exercice des "
            "droits des personnes concernées. Il met à la disposition du Client les informations nécessaires pour "
            "démontrer le respect de ses obligations et permet la réalisation d'audits, y compris des inspections. "
            "Il notifie au Client toute violation de données dans les 24 heures. À la fin du contrat, il restitue ou "
            f"supprime les données au choix du Client.\n{lift}")
    segs = segment(body)
    element_row = check_art28(segs, text=body).elements[element]
    assert element_row["present"] is False and element_row.get("lifted")
    assert "personal_data_without_dpa" in rules(body)
    qualified = body.replace(lift, "The Customer waives any right to audits beyond one per year, except after a breach.")
    assert check_art28(segment(qualified), text=qualified).elements["art28_3h_audits_information"]["present"]


def test_levels_measured_only_by_the_providers_tools_or_its_records_as_sole_proof():
    tools = ("Article 6 – Niveaux de service\nLes délais d'intervention sont mesurés uniquement par les sondes de "
             "supervision internes du Prestataire.")
    assert facts(tools, "sla_measure")[0].measured_by == "provider_alone"
    proof = ("Article 6 – Niveaux de service\nLes relevés et journaux édités par le Prestataire font seuls foi pour "
             "établir la disponibilité.")
    assert facts(proof, "sla_measure")[0].measured_by == "provider_alone"


def test_credits_as_the_exclusive_lump_sum_that_extinguishes_other_claims():
    text = ("Article 6 – Crédits\nLes crédits de service sont l'indemnisation forfaitaire et exclusive du Client en cas "
            "d'indisponibilité ; leur octroi éteint toute autre demande fondée sur les mêmes faits.")
    assert [f for f in facts(text, "exclusive_remedy") if f.exclusive]


def test_cap_at_the_sums_paid_for_the_preceding_month():
    text = ("Article 12 – Responsabilité\nLa responsabilité du Prestataire est limitée aux sommes payées par le Client au "
            "titre du mois civil précédant le dommage.")
    cap = facts(text, "liability_cap")[0]
    assert cap.months == 1.0
    assert "derisory_liability_cap" in rules(text)


def test_a_bound_on_notice_is_no_negation_of_the_right_to_terminate():
    text = ("Clause 11 Termination\n11.2 The Supplier may terminate this Agreement for convenience at any time by giving "
            "not less than sixty (60) days' notice.\n11.3 The Customer may not terminate this Agreement for convenience.")
    conv = [f for f in facts(text, "termination") if f.for_convenience]
    assert [f.party for f in conv] == ["provider"]
    assert "asymmetric_termination" in rules(text)


def test_all_the_charges_to_the_end_of_the_initial_term_and_degraded_data():
    fees = ("Clause 11 Early exit\nOn early termination the Customer shall pay all the monthly Charges that would "
            "have been due up to the end of the Initial Term.")
    assert facts(fees, "termination_fees")[0].all_remaining
    loss = ("Clause 4 Services\nThe Supplier runs nightly backups of the Customer's servers.\nClause 10 Liability\n"
            "The Supplier shall have no liability for any loss, corruption or degradation of data.")
    assert "data_loss_exclusion_with_backup" in rules(loss)


def test_a_deletion_after_the_export_window_is_the_end_of_a_reversibility_not_its_refusal():
    text = ("Article 4 – Services\nLe Prestataire héberge les serveurs virtuels du Client et les sauvegarde chaque nuit.\n"
            "Article 14 – Réversibilité\n14.1 Pendant trente jours après la fin du contrat, le Client peut exporter ses "
            "données depuis le portail ou demander au Prestataire de les lui restituer.\n14.2 Passé ce délai, le "
            "Prestataire efface les données du Client, sauvegardes comprises.")
    assert "no_reversibility" not in rules(text)


def test_own_strikes_and_preventable_attacks_are_not_beyond_control():
    text = ("Clause 14 Force majeure\nStrikes by a party's own staff and cyber attacks its security measures should have "
            "stopped are not events beyond its reasonable control.")
    assert facts(text, "force_majeure") == []
