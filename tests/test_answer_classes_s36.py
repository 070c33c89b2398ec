"""Issue 15, thirty-sixth session (helper s36-ans): answers that answer the question asked, on classes that carry to new
wordings. Written before the fixes; questions are our own (FR and EN, casual, typos, other nouns and verbs than any
evaluation item), each asserting the verdict opens the answer and the rule it needs is cited, with near-misses that keep
their answer.

1. NO CONTRACT WITH US. Someone the user has no contract with (the end client of the firm we subcontract for, the
   provider's own subcontractor, a sister company of the client) wants to hold us to a contract we never signed, or we
   want to hold them to ours: a contract binds only its parties (C. civ. 1199) — "not directly".
2. THE INDEX FELL. A price revision clause on an index that went down this year, asked "must the price go down?": the
   formula applies both ways unless the clause says otherwise — a yes, not the card on an annual rise.
3. AN OUTCOME PROMISED. We promised (or the provider promised) that something will never happen — no ransomware, no
   data lost, no intrusion — and it happened: the promise is an obligation of result, owed without any fault proved,
   save force majeure (C. civ. 1231-1, 1218); the question on the difference between the regimes stays on its card.
4. SEVERAL CLIENTS ON ONE STORAGE. Several clients' data or backups on one shared NAS, server or array, asked whether it
   is allowed: yes, with each client's data separated and protected (GDPR 32, 28(3)(c)); one client's own NAS is not it.
5. A NEWCOMER GIVEN ADMIN ACCESS. An intern, apprentice, temp or new hire given administrator access at the clients: yes,
   bound to confidentiality and on instructions (GDPR 28(3)(b), 32(4)), rights limited; an unknown course or system name
   after "en" / "sous" ("un stagiaire en BTS") is a detail of the noun, while a question on a name itself (HIPAA) keeps
   its refusal. Classes 4 and 5 were written with their fix, after classes 1-3.
"""

from __future__ import annotations

import re

import pytest

from evaluations.answer_scoring import fold, verdict_text
from tests.answer_helpers import ask as _ask, cited_ids

# -- 1. a contract binds only its parties ----------------------------------------------------------------------------------

NO_CONTRACT_WITH_US = [
    ("on est sous-traitant d'un gros infogerant. le client final veut nous imposer le delai de 2h promis dans son contrat "
     "a lui, alors que notre contrat dit 6h. il peut ?", "msp"),
    ("EN: We subcontract for a larger IT firm. Its customer says we must meet the 2-hour SLA in their contract, ours says "
     "next business day. Are we bound to the customer?", "msp"),
    ("le client de notre donneur d'ordre nous reclame des penalites prevues dans SON contrat avec lui, on n'a rien signe "
     "avec ce client. on doit payer ?", "msp"),
    ("EN: we're the sub-contractor. the end customer (no contract with us at all) wants to apply the penalties of the "
     "prime contractor's agreement to us. can they?", "msp"),
    ("le sous traitant de notre presta a plante notre serveur. on peut lui appliquer directement les penalites de notre "
     "contrat avec le presta ?", "client"),
    ("EN: Our provider's own subcontractor messed up the migration. Can we enforce the penalty clause of our contract "
     "directly against that subcontractor?", "client"),
    # second batch, written after the first run of the fix (other verbs and nouns: "en sous-traitance pour une ESN", formal
    # notice, "the subcontractor our MSP brought in")
    ("nous intervenons en sous-traitance pour une ESN. son client nous met en demeure de respecter le delai de "
     "retablissement de 4h de son contrat. on est tenus ?", "msp"),
    ("EN: the subcontractor our MSP brought in deleted a mailbox. can we claim the service credits of our contract from "
     "that subcontractor directly?", "client"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", NO_CONTRACT_WITH_US, ids=[f"privity{i}" for i in range(len(NO_CONTRACT_WITH_US))])
def test_a_party_with_no_contract_is_not_bound_by_it(app, question, role):
    ans, text = _ask(app, question, role=role)
    opening = fold(verdict_text(ans.answer))
    assert re.search(r"^\W*(non|no|pas directement|not directly)\b", opening), verdict_text(ans.answer)
    assert re.search(r"\b1199\b", text), cited_ids(ans)


@pytest.mark.index
@pytest.mark.parametrize("question,role", [
    ("notre client veut nous appliquer les penalites de notre contrat pour un retard de 2 jours, il peut ?", "msp"),
    ("EN: our customer wants to apply the late-delivery penalties of our own contract with them. can they?", "msp"),
], ids=["own0", "own1"])
def test_the_users_own_contract_is_not_a_privity_question(app, question, role):
    ans, text = _ask(app, question, role=role)
    assert not re.search(r"\b1199\b", text), cited_ids(ans)


@pytest.mark.index
@pytest.mark.parametrize("question,role", [
    ("le sous-traitant de notre infogerant dit que l'infogerant lui doit 3 factures et veut qu'on le paie directement. on "
     "doit ?", "client"),
    ("EN: our MSP's subcontractor says the MSP owes him two months and wants us to pay him directly. do we have to?",
     "client"),
], ids=["pay0", "pay1"])
def test_a_subcontractor_asking_to_be_paid_is_not_the_privity_card(app, question, role):
    ans, _ = _ask(app, question, role=role)
    assert not [c for c in cited_ids(ans) if c.startswith("card.chain_privity_s36.")], cited_ids(ans)


# -- 2. the index fell: the formula applies both ways -----------------------------------------------------------------------

INDEX_FELL = [
    ("l'indice syntec a baisse, notre contrat prevoit une revision annuelle selon l'indice. le presta doit baisser son "
     "prix ?", "client"),
    ("EN: The index in our price review clause went down this year. Do we have to cut the client's monthly fee?", "msp"),
    ("notre forfait est indexe sur un indice qui a recule de 1,5 % cette annee, on est obliges de reduire le tarif du "
     "client ?", "msp"),
    ("EN: our msp's fee is indexed on syntec and the index dropped. shouldn't our price drop too?", "client"),
    ("clause d'indexation : l'indice a diminue, est ce que le prix doit diminuer aussi ?", "client"),
    ("EN: the reference index fell for the first time. must the indexed price be lowered accordingly?", "msp"),
    # second batch, written after the first run of the fix
    ("EN: our indexation clause: the index dropped 0.8 %. are we obliged to lower the client's price?", "msp"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", INDEX_FELL, ids=[f"fell{i}" for i in range(len(INDEX_FELL))])
def test_an_index_that_fell_lowers_the_price(app, question, role):
    ans, text = _ask(app, question, role=role)
    opening = fold(verdict_text(ans.answer))
    assert re.search(r"^\W*(oui|yes|en principe,? oui|in principle,? yes)\b", opening), verdict_text(ans.answer)
    assert re.search(r"(baisse|both ways|downwards|deux sens|decrease|fall)", opening), verdict_text(ans.answer)
    assert re.search(r"\b(l112-1|l112-2|1103)\b", text), cited_ids(ans)


@pytest.mark.index
@pytest.mark.parametrize("question", [
    "augmentation annuelle de 4 % selon l'indice syntec, c'est normal ?",
    "EN: our MSP raises its price every year with the Syntec index, is that normal?",
], ids=["rise0", "rise1"])
def test_a_rise_stays_on_the_indexation_card(app, question):
    ans, _ = _ask(app, question)
    assert cited_ids(ans)[0].startswith("card.syntec_indexation."), cited_ids(ans)


# -- 3. the promiser of an outcome: its exposure ----------------------------------------------------------------------------

PROMISED_OUTCOME = [
    ("we promised the client that their servers will never be hit by ransomware. if it happens anyway despite our "
     "antivirus, what is our exposure?", "msp"),
    ("on a garanti au client zero perte de donnees. si ca arrive quand meme, on risque quoi ?", "msp"),
    ("EN: our contract guarantees no data will ever be lost. a disk array died and we lost a week of files. are we "
     "liable even though we did everything right?", "msp"),
    ("notre commercial a ecrit au client qu'aucun virus ne passerait jamais. un cryptolocker est passe, on est "
     "responsables meme sans faute de notre part ?", "msp"),
    ("le presta s'est engage par ecrit a ce qu'on ne subisse aucune intrusion. on s'est fait pirater, il peut dire "
     "qu'il a fait de son mieux ?", "client"),
    ("EN: the vendor guaranteed in the contract that our mailbox data would never be lost. it was. can it just say it "
     "did its best?", "client"),
    # second batch, written after the first run of the fix
    ("le contrat dit que le presta garantit qu'aucune donnee ne sera jamais perdue. on a perdu un mois de compta. il peut "
     "s'en sortir en disant qu'il n'a pas commis de faute ?", "client"),
    ("EN: in the schedule we committed that no phishing email would ever reach the users. one did and caused a loss. are "
     "we liable?", "msp"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", PROMISED_OUTCOME, ids=[f"outcome{i}" for i in range(len(PROMISED_OUTCOME))])
def test_an_outcome_promised_is_owed_whatever_the_care(app, question, role):
    ans, text = _ask(app, question, role=role)
    opening = fold(verdict_text(ans.answer))
    assert re.search(r"(result|resultat)", opening), verdict_text(ans.answer)
    assert re.search(r"\b(1231-1)\b", text), cited_ids(ans)
    assert re.search(r"\b(1218|force majeure)\b", text), cited_ids(ans)
    assert not re.search(r"(client|vous) (doit|must) (prouver|prove) (une|a) (faute|fault)", opening)


@pytest.mark.index
@pytest.mark.parametrize("question", [
    "Quelle difference entre obligation de moyens et obligation de resultat ?",
    "EN: what is the difference between an obligation of means and an obligation of result?",
], ids=["diff0", "diff1"])
def test_the_difference_asked_stays_on_the_comparison_card(app, question):
    ans, _ = _ask(app, question)
    assert cited_ids(ans)[0].startswith("card.means_vs_result_difference."), cited_ids(ans)


# -- 4. several clients on one shared storage (written after classes 1-3 were fixed, before this one) ---------------------

POOLED = [
    ("on veut stocker les sauvegardes de 8 clients sur le meme serveur de backup chez nous, c'est autorise ?", "msp"),
    ("EN: can we put all our customers' backups on a single Synology box in our office?", "msp"),
    ("les donnees de plusieurs clients sur un stockage partage, le rgpd est ok avec ca ?", "msp"),
    ("EN: we host the files of several clients on one shared server. is that allowed under the GDPR?", "msp"),
    ("on mutualise une baie de stockage pour 15 clients, on a le droit ?", "msp"),
    ("EN: is it fine to keep the backups of multiple customers on the same NAS?", "msp"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", POOLED, ids=[f"pooled{i}" for i in range(len(POOLED))])
def test_several_clients_on_one_storage_is_allowed_with_separation(app, question, role):
    ans, text = _ask(app, question, role=role)
    opening = fold(verdict_text(ans.answer))
    assert re.search(r"^\W*(oui|yes)\b", opening), verdict_text(ans.answer)
    assert re.search(r"\b32\b", text) and re.search(r"(cloisonn|separat|chiffr|encrypt)", text), cited_ids(ans)


@pytest.mark.index
@pytest.mark.parametrize("question", [
    "le client veut ses sauvegardes sur un NAS chez lui, c'est possible ?",
    "EN: our customer wants its backups kept on its own NAS on site. fine?",
], ids=["ownnas0", "ownnas1"])
def test_one_clients_own_storage_is_not_the_pooled_card(app, question):
    ans, _ = _ask(app, question, role="msp")
    assert not [c for c in cited_ids(ans) if c.startswith("card.shared_storage_clients_s36.")], cited_ids(ans)


# -- 5. a newcomer given admin access at the clients; an unknown course name is a detail (written with the fix) ------------

NEWCOMER = [
    ("on embauche un alternant en DUT, il peut avoir les mots de passe admin des clients ?", "msp"),
    ("EN: we are taking on a BTEC intern for the summer. can he get admin rights on our clients' servers?", "msp"),
    ("un apprenti en BTS peut il acceder aux donnees de nos clients ?", "msp"),
    ("EN: can we give a temp admin access at our customers?", "msp"),
    ("on a une nouvelle recrue, on lui ouvre tout de suite les comptes admin chez nos clients ?", "msp"),
    ("EN: a trainee on a BTS course wants access to the client file shares. allowed?", "msp"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", NEWCOMER, ids=[f"newcomer{i}" for i in range(len(NEWCOMER))])
def test_a_newcomer_may_get_admin_access_if_bound_and_limited(app, question, role):
    ans, text = _ask(app, question, role=role)
    opening = fold(verdict_text(ans.answer))
    assert re.search(r"^\W*(oui|yes)\b", opening), verdict_text(ans.answer)
    assert re.search(r"28 ?\(3\) ?\(?b", text) and re.search(r"\b32\b", text), cited_ids(ans)


@pytest.mark.index
@pytest.mark.parametrize("question", ["que dit HIPAA pour un MSP ?", "EN: What does HIPAA require of an MSP?"],
                         ids=["hipaa0", "hipaa1"])
def test_a_question_on_the_name_itself_keeps_its_refusal(app, question):
    ans, text = _ask(app, question, role="msp")
    assert "hipaa" in text
    assert not [c for c in cited_ids(ans) if c.startswith("card.")], cited_ids(ans)


from assistant.chat.statements import qualifies_known_thing  # noqa: E402


def test_a_course_or_system_after_en_or_sous_qualifies_the_noun():
    vocab = frozenset({"stagiaire", "serveur", "norme", "conformite"})
    assert qualifies_known_thing("BTS", "un stagiaire en BTS pour deux mois", vocab)
    assert qualifies_known_thing("Proxmox", "notre serveur sous Proxmox", vocab)
    assert not qualifies_known_thing("HIPAA", "la norme HIPAA", vocab)
    assert not qualifies_known_thing("HIPAA", "la conformite a HIPAA", vocab)


# -- the readings under these classes, without the index ----------------------------------------------------------------

from assistant.chat.intent import detect_intent  # noqa: E402


@pytest.mark.parametrize("question", [
    "we promised no ransomware would ever get through. if one does, what's our exposure?",
    "EN: the backup failed and the client lost a week of files. what is our liability?",
    "on a eu un ransomware chez un client, qu'est-ce qu'on risque ?",
    "un virus a chiffre le serveur du client, on risque quoi ?",
    "fuite de donnees chez un client : quelle est notre responsabilite ?",
    "EN: a breach at our customer's site, what would be our risk?",
])
def test_a_consequence_asked_with_what_is_is_no_definition(question):
    q = question[3:].strip() if question.startswith("EN:") else question
    assert detect_intent(q).name != "explain_term", detect_intent(q)


@pytest.mark.parametrize("question", ["what is ransomware?", "c'est quoi une violation de donnees ?",
                                      "what is an obligation of result?"])
def test_a_term_asked_is_still_explained(question):
    assert detect_intent(question).name == "explain_term"


from assistant.chat.acts import classify  # noqa: E402
from assistant.chat.slots import read_slots  # noqa: E402
from assistant.chat.state import ConversationState  # noqa: E402


@pytest.mark.parametrize("question", [
    "notre forfait est indexe sur un indice qui a recule de 2 % cette annee, on est obliges de reduire le tarif ?",
    "EN: our fee went up 4 % this year, do we have to accept it?",
    "le presta facture 95 euros de l'heure au lieu de 90, on doit payer la difference ?",
    "EN: they charge 12 % more since january, must we pay that?",
])
def test_a_figure_told_in_a_must_question_with_nothing_on_the_table_is_a_question(question):
    q = question[3:].strip() if question.startswith("EN:") else question
    assert classify(q, read_slots(q), ConversationState()).act == "question"


@pytest.mark.parametrize("question", ["mets le preavis a 3 mois", "on passe le preavis a 3 mois ?",
                                      "EN: set the cap to 12 months of fees"])
def test_a_figure_set_stays_a_figure(question):
    q = question[3:].strip() if question.startswith("EN:") else question
    assert classify(q, read_slots(q), ConversationState()).act == "set_figure"


from assistant.chat.answer_plan import asks_yes_no  # noqa: E402


@pytest.mark.parametrize("question", [
    "notre prix suit un indice qui a baisse, on est obliges de le baisser ?",
    "le presta qui heberge nos mails, il est tenu de nous prevenir d'une fuite ?",
    "le sous-traitant qui a plante le serveur, on est en droit de lui reclamer des penalites ?",
])
def test_a_french_must_ask_after_a_relative_qui_is_yes_no(question):
    assert asks_yes_no(question)


@pytest.mark.parametrize("question", ["qui est oblige de notifier la CNIL ?",
                                      "combien de temps on est obliges de garder les logs ?"])
def test_a_wh_question_stays_wh(question):
    assert not asks_yes_no(question)
