"""Issue 15, eighteenth session: three legal points several answer sets asked for, held by the knowledge base and reached.

Our own questions (FR and EN, casual and told as a story) and near-misses:
- a backup or hosting provider paid to keep the data, excluding liability for its loss: the clause empties the essential
  obligation and is deemed unwritten (Code civil, art. 1170; Chronopost, Cass. com. 22 Oct. 1996);
- maintenance tied to a financial lease of the hardware: the contracts of one operation are interdependent (arts 1186-1187)
  and a clause of independence or divisibility is deemed unwritten (Cass. ch. mixte, 17 May 2013);
- a reinforced obligation of means explained against a result obligation: fault presumed, the provider clears itself by
  proving it took all due care; under a result, only an external cause (art. 1218); never "best efforts".
"""

from __future__ import annotations

import re

import pytest

from evaluations.answer_scoring import fold
from tests.answer_helpers import ask as _ask


# -- fast tier: the cards say it ----------------------------------------------------------------------------------------

def _cards():
    from assistant.knowledge.entries import load_entries  # noqa: PLC0415

    return {e.id: e for e in load_entries() if e.kind == "card"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_lease_card_opens_on_the_divisibility_clause_deemed_unwritten(lang):
    card = _cards()[f"card.interdependent_lease.{lang}"]
    verdict = fold(card.verdict)
    assert "1186" in verdict and "2013" in verdict
    assert re.search(r"reputee non ecrite|deemed unwritten", verdict)
    assert re.search(r"divisibilit", verdict)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_means_card_never_renders_means_as_best_efforts(lang):
    card = _cards()[f"card.means_not_best_efforts.{lang}"]
    verdict = fold(card.verdict)
    assert re.search(r"^\W*(non|no)\b", verdict)
    assert "reasonable care and skill" in verdict
    assert re.search(r"presum", verdict)
    assert {"1231-1", "1218"} <= {c.split()[-1] for c in card.rule.cites}


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

BACKUP = [
    ("notre hébergeur sauvegarde nos serveurs chaque nuit contre 250 € par mois et ses conditions générales disent qu'il "
     "ne sera jamais responsable d'une perte de données. ça tient ?", "client"),
    ("EN: our cloud host sells us nightly backups and its terms say it shall in no event be liable for loss of data. "
     "would that stand up in France?", "client"),
]

LEASE = [
    ("le serveur est loué chez une société de financement et la maintenance était assurée par le revendeur, qui a déposé "
     "le bilan. le contrat de location dit qu'il est indépendant. on continue à payer ?", "client"),
    ("EN: our copier and server lease says it is independent from the maintenance contract, but the maintenance company "
     "went bust. does that independence clause hold?", "client"),
]

REINFORCED = [
    ("EN: our French provider offers a reinforced obligation of means on restoring service rather than a result. what "
     "is the difference for us when things break?", "client"),
    ("EN: is the French obligation de moyens the same thing as best efforts in the English version of our contract?",
     "client"),
]


@pytest.mark.parametrize("question,role", BACKUP)
def test_a_paid_backup_excluding_data_loss_is_deemed_unwritten(app, question, role):
    ans, text = _ask(app, question, role)
    assert "1170" in text
    assert re.search(r"essentiel|essential", text)
    assert re.search(r"non ecrite|deemed unwritten", text)


@pytest.mark.parametrize("question,role", LEASE)
def test_a_lease_tied_to_maintenance_is_interdependent(app, question, role):
    ans, text = _ask(app, question, role)
    assert "1186" in text and "2013" in text
    assert re.search(r"non ecrite|deemed unwritten", text)


@pytest.mark.parametrize("question,role", REINFORCED)
def test_reinforced_means_is_explained_against_a_result(app, question, role):
    ans, text = _ask(app, question, role)
    assert re.search(r"presum", text)
    assert re.search(r"due care|diligen", text)
    assert not re.search(r"means \(best efforts\)|best efforts obligation means", text)


def test_near_miss_a_plain_liability_cap_is_no_backup_exclusion(app):
    ans, text = _ask(app, "our MSP caps its liability at 12 months of fees. is that usual?", "client")
    assert not (ans.citations and ans.citations[0].id.startswith("card.data_loss_exclusion."))


def test_near_miss_buying_hardware_outright_is_no_lease(app):
    ans, text = _ask(app, "on a acheté nos serveurs au comptant et le mainteneur a fait faillite, qui répare maintenant ?",
                     "client")
    assert "2013" not in text


def test_near_miss_a_request_to_translate_a_term_is_no_question_on_best_efforts(app):
    ans, text = _ask(app, "EN: Can you translate 'maintenance préventive' into English?", "client")
    assert not (ans.citations and ans.citations[0].id.startswith("card.means_not_best_efforts."))
