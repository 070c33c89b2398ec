"""Facts per clause, in our own words: negation, modal verbs, caps, sole remedy, backups versus a
data-loss exclusion, reversibility excluded, assignment and renewal variants, immediate termination
for non-payment, a court named by its town, Art. 28 obligations - and the rules that read them."""

from __future__ import annotations

import pytest

from assistant.legal.review.facts import extract_facts
from assistant.legal.review.report import review_text
from assistant.legal.review.segmentation import segment


def facts(text: str, kind: str | None = None):
    doc = extract_facts(segment(text), text)
    found = doc.all(kind)
    for f in found:  # every fact is proven by the document's own words at its span
        assert text[f.evidence.start:f.evidence.end] == f.evidence.quote
    return found


def rules(text: str, role: str = "client") -> set[str]:
    return {f.rule for f in review_text(text, role=role).flags}


def test_termination_without_penalty_is_not_a_penalty():
    text = "Article 4 – Sortie\nLe Client pourra résilier le contrat sans pénalité à chaque date anniversaire."
    assert facts(text, "penalty") == []
    assert "uncapped_penalties" not in rules(text, "msp")


def test_credit_cap_worded_as_not_cumulative_is_a_cap():
    text = ("5. Service Credits\nThe Provider grants a credit of 5 % of the monthly fee per hour of downtime. Credits "
            "shall not be cumulative beyond a total of 20 % of the monthly fee.")
    pens = facts(text, "penalty")
    assert pens and any(p.capped for p in pens)
    assert "uncapped_penalties" not in rules(text, "msp")


def test_penalties_as_sole_compensation_are_an_exclusive_remedy_not_a_missing_cap():
    text = ("Article 1 – Objet\nLe Prestataire assure l'exploitation des serveurs du Client et le support.\n"
            "Article 2 – Prix\nLa redevance mensuelle est payable à trente jours.\n"
            "Article 3 – Niveaux de service\nLes délais d'intervention sont de quatre heures ouvrées.\n"
            "Article 4 – Pénalités\nLes pénalités, plafonnées à un mois de redevance, constituent la seule obligation "
            "d'indemnisation du Prestataire au titre des niveaux de service.")
    remedies = facts(text, "exclusive_remedy")
    assert remedies and remedies[0].exclusive
    found = rules(text, "msp")
    assert "penalties_sole_remedy" in found and "uncapped_liability" not in found


def test_liability_cap_basis_and_months():
    cap = facts("10. Liability\nThe Provider's aggregate liability shall not exceed the fees paid in the three (3) "
                "months preceding the claim.", "liability_cap")[0]
    assert cap.basis == "fees_paid_period" and cap.months == 3
    one = facts("Article 9 – Responsabilité\nLa responsabilité du Prestataire est limitée au montant de la dernière "
                "facture mensuelle.", "liability_cap")[0]
    assert one.months == 1 and one.basis == "invoice"


def test_modal_verbs_and_negation_in_assignment():
    free = facts("12. Assignment\nThe Provider may assign this Agreement without notice to the Customer.", "assignment")
    assert free and free[0].party == "provider" and free[0].consent == "not_required"
    bound = facts("Article 12 – Cession\nLe Prestataire ne peut céder le contrat sans l'accord écrit du Client.",
                  "assignment")
    assert bound and bound[0].consent == "required"
    named = ("This Agreement is made between Brightline Ltd (\"Company\") and Oak Foods (the \"Customer\").\n"
             "14. Transfer\nCompany may transfer and assign this Agreement without consent.")
    assert "free_subcontracting_assignment" in rules(named)


def test_renewal_at_the_then_current_list_price():
    text = ("7. Term\nThis Agreement renews automatically for successive twelve (12) month terms at the then current "
            "list price.")
    renewal = facts(text, "renewal")[0]
    assert renewal.tacit and renewal.price_at_renewal == "list_price"
    assert "unilateral_price_change" in rules(text)


def test_immediate_termination_for_non_payment():
    text = ("8. Termination\nThe Provider may terminate this Agreement with immediate effect if any invoice remains "
            "unpaid on its due date.")
    ends = [f for f in facts(text, "termination") if f.immediate]
    assert ends and ends[0].ground == "non_payment"
    assert "suspension_without_notice" in rules(text)
    fair = ("8. Termination\nThe Provider may terminate this Agreement for non-payment after a written notice left "
            "unanswered for thirty (30) days.")
    assert "suspension_without_notice" not in rules(fair)


def test_data_loss_exclusion_read_with_backups_in_another_clause():
    text = ("Article 3 – Sauvegardes\nLe Prestataire réalise une sauvegarde complète toutes les 24 heures.\n"
            "Article 9 – Responsabilité\nLe Prestataire n'est pas responsable de la perte de données du Client.")
    assert facts(text, "backups")[0].frequency_hours == 24
    assert "data_loss_exclusion_with_backup" in rules(text)
    limited = text.replace("de la perte de données du Client", "de la perte de données non sauvegardées")
    assert "data_loss_exclusion_with_backup" not in rules(limited)


def test_hosted_content_excluded_including_backups():
    text = ("Article 6 – Responsabilité\nL'hébergeur ne saurait être tenu responsable de la perte des contenus "
            "hébergés, y compris des sauvegardes.")
    ex = facts(text, "liability_exclusion")[0]
    assert "data_loss" in ex.damages and "backups" in ex.damages
    assert "data_loss_exclusion_with_backup" in rules(text)


def test_reversibility_excluded_is_not_reversibility():
    text = ("Article 1 – Objet\nLe Prestataire héberge les applications du Client et en assure le support.\n"
            "Article 2 – Prix\nLa redevance est payable mensuellement.\n"
            "Article 8 – Fin du contrat\nLes services ne comprennent pas d'obligation de réversibilité.")
    rev = facts(text, "reversibility")
    assert rev and not rev[0].provided
    assert "no_reversibility" in rules(text)
    wipe = facts("Article 8 – Fin\nÀ la fin du contrat, toutes les données sont supprimées, incluant les sauvegardes.",
                 "reversibility")
    assert wipe and wipe[0].deletion_without_return and wipe[0].includes_backups


def test_court_named_by_the_providers_town():
    text = ("Entre la société Alpha Info, 12 rue Vauban, 69006 Lyon, ci-après dénommée « le Prestataire », et la "
            "société Beta, 3 place Kléber, 67000 Strasbourg, ci-après dénommée « le Client ».\n"
            "Article 20 – Litiges\nTout litige relève de la compétence exclusive du tribunal de commerce de Lyon.")
    court = facts(text, "jurisdiction")[0]
    assert court.favours == "provider"
    assert "one_sided_jurisdiction" in rules(text)


@pytest.mark.parametrize("sentence, element, present", [
    ("The Processor shall process personal data only on the documented instructions of the Controller.",
     "art28_3a_documented_instructions", True),
    ("Le Sous-traitant n'est pas tenu d'assister le Responsable pour répondre aux demandes d'exercice des droits.",
     "art28_3e_data_subject_rights", False),
    ("The Processor shall not engage another processor without the prior written authorisation of the Controller.",
     "art28_2_subprocessor_authorisation", True),
    ("The Processor shall not transfer personal data outside the EEA without the Controller's prior written consent.",
     "art28_2_subprocessor_authorisation", False),
    ("À la fin des services, le Sous-traitant restitue puis supprime les données, au choix du Responsable.",
     "art28_3g_return_deletion", True),
    ("The Processor may use any security measures it sees fit.", "art28_3c_security", False),
])
def test_art28_elements_are_obligations_not_vocabulary(sentence, element, present):
    found = {f.element for f in facts("Article 1 – Data\n" + sentence, "obligation") if f.modal != "need_not"}
    assert (element in found) is present  # a duty taken away is a "need_not" fact, never the element stated


def test_art28_applies_by_role_not_vocabulary():
    own = ("Article 1 – Objet\nLe titulaire assure la maintenance des photocopieurs de la collectivité.\n"
           "Article 9 – Données\nPour ses propres comptes rendus d'activité, le titulaire traite les données "
           "personnelles de ses techniciens en qualité de responsable de traitement.")
    report = review_text(own)
    assert not report.gdpr_art28.applies and "personal_data_without_dpa" not in {f.rule for f in report.flags}
    msp = ("Article 1 – Objet\nLe Prestataire administre les serveurs Linux du Client par accès SSH et en assure la "
           "supervision.\nArticle 2 – Prix\nLa redevance est mensuelle.")
    assert review_text(msp).gdpr_art28.applies


def test_findings_carry_number_heading_span_and_facts():
    text = ("Article 1 – Objet\nLe Prestataire héberge les serveurs du Client.\n"
            "Article 2 – Prix\nLe Prestataire peut modifier ses tarifs à tout moment.\n")
    flag = next(f for f in review_text(text).flags if f.rule == "unilateral_price_change")
    j = flag.to_json()
    assert j["clause_number"] == "Article 2" and j["clause"].startswith("Article 2")
    s, e = j["span"]
    assert text[s:e] == j["evidence"] and "modifier ses tarifs" in j["evidence"]
    assert j["facts"][0]["kind"] == "price_change" and j["facts"][0]["unilateral"] is True


# -- a chat model fills the same facts; each is checked against its quote before use -------------------------
def test_model_facts_are_checked_against_their_quotes():
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage

    from assistant.legal.review.art28 import check_art28
    from assistant.legal.review.facts.llm import extract_facts_llm
    from assistant.legal.review.risk.engine import assess
    from assistant.legal.review.risk.model import build_context

    class ToolScripted(GenericFakeChatModel):
        """Scripted replies given as tool calls (what with_structured_output reads)."""

        def bind_tools(self, tools, **kwargs):
            return self

    text = ("Article 9 – Responsabilité\nLa responsabilité du Prestataire est limitée à trois mois de redevance. "
            "Le Prestataire n'est pas tenu d'assister le Client pour les demandes des personnes concernées.")
    cap_quote = "La responsabilité du Prestataire est limitée à trois mois de redevance."
    lifted = "Le Prestataire n'est pas tenu d'assister le Client pour les demandes des personnes concernées."
    facts = [
        {"kind": "liability_cap", "basis": "fees_months", "months": 3, "evidence": {"quote": cap_quote}},
        {"kind": "liability_cap", "basis": "fees_months", "months": 12, "evidence": {"quote": cap_quote}},
        {"kind": "obligation", "element": "art28_3e_data_subject_rights", "modal": "must",
         "evidence": {"quote": lifted}},
        {"kind": "reversibility", "provided": True, "evidence": {"quote": "Le Prestataire restitue les données."}},
    ]
    call = {"name": "ClauseFactsOut", "args": {"facts": facts}, "id": "call-1", "type": "tool_call"}
    model = ToolScripted(messages=iter([AIMessage(content="", tool_calls=[call])]))
    clauses = segment(text)
    got = extract_facts_llm(clauses, text, model)

    kept = got.facts.all()
    assert [(f.kind, f.months) for f in kept] == [("liability_cap", 3)]
    s, e = kept[0].evidence.start, kept[0].evidence.end
    assert text[s:e] == cap_quote
    reasons = {kind + ": " + why for _i, kind, why in got.rejected}
    assert reasons == {"liability_cap: months=12.0 is not a quantity of the quote",
                       "obligation: a positive fact on a quote that denies it",
                       "reversibility: the quote does not occur in the clause"}
    # the rules read the model's verified facts exactly as they read the offline ones
    art28 = check_art28(clauses, lang="fr", facts=got.facts)
    ctx = build_context(clauses, [("liability",)], lang="fr", art28=art28, text=text, facts=got.facts)
    flag = next(f for f in assess(ctx) if f.rule == "derisory_liability_cap")
    assert flag.span == (s, e) and flag.number == "Article 9"
