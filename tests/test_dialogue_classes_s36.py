"""Classes of turns the conversation misread (issue 14, thirty-sixth session, helper s36-dia), written before the fixes
with wordings of our own (other trades, both languages, both sides, typos, no accents), not the evaluation's.

1. people of any trade added to the people served ("on embauche trois dessinateurs", "add two pastry chefs who'll need
   laptops", "rajoute 2 ebenistes qui bossent a l'atelier, ca fait combien de postes"): so many more users, on top of
   the count held — never the count replaced by the number added; things added (servers, printers) move no users;
2. the other side objecting now to a term of ours ("their owner objects to our cap of 3 months", "leur DAF conteste
   notre preavis de 6 mois", "they push back on our 4h response time"): that clause's objections — the figure named
   describes the term objected to, it is no figure set;
3. data kept on a server at the provider's ("sur un serveur chez le presta", "on a server in the provider's
   datacentre"), told by the client: hosting by the provider, in the scope; a server of our own that the provider
   manages is no hosting;
4. examples of clauses already negotiated or signed elsewhere asked ("t'as des exemples de clauses de ce genre deja
   negociees", "any real examples of caps like this that were signed?"): precedents; an example clause to be written
   ("donne-moi un exemple de clause de confidentialité") stays a draft.
"""

from __future__ import annotations

import pytest

from assistant.chat.slots import read_slots
from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)

_FR_CLIENT = "bureau d'etudes, 12 postes, un site, le presta gere nos pc et la messagerie"
_EN_CLIENT = "We're a small bakery group, 10 users, one shop; the IT firm does our helpdesk"
_FR_MSP = "client = atelier de reliure, 10 postes, un site, on fait support et sauvegarde"
_EN_MSP = "client is a florist, 8 users, one shop, we do helpdesk and backups"


# -- 1. people of any trade added ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang, users", [
    ([_FR_CLIENT, "on embauche trois dessinateurs en septembre, il faut les compter"], "client", "fr", 15),
    ([_FR_CLIENT, "rajoute 2 ebenistes qui bossent a l'atelier, ca fait combien de postes ?"], "client", "fr", 14),
    ([_FR_MSP, "ajoute deux relieuses qui arrivent lundi"], "msp", "fr", 12),
    ([_FR_MSP, "ils recrutent 4 restauratrices, compte-les dans le perimetre"], "msp", "fr", 14),
    ([_EN_CLIENT, "add two pastry chefs who'll need laptops"], "client", "en", 12),
    ([_EN_MSP, "they're hiring 3 gardeners, count them in"], "msp", "en", 11),
    ([_EN_MSP, "add 2 upholsterers who work in the back room, how many seats is that?"], "msp", "en", 10),
])
def test_people_of_any_trade_added_are_more_users(tmp_path, entries, turns, side, lang, users):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert state.scope().users == users, (pub.get("act"), state.scope().users, pub.get("answer", "")[:200])


@pytest.mark.parametrize("message", [
    "ajoute deux serveurs dans la baie",
    "add 3 printers to the list",
    "rajoute deux imprimantes au perimetre",
    "on a perdu trois clients cette annee",
])
def test_things_added_move_no_users(message):
    slots = read_slots(message)
    assert not any(c.unit == "users" for c in slots.count_changes), slots.count_changes
    assert "users" not in slots.facts, slots.facts


# -- 2. the other side objecting now to a term of ours -------------------------------------------------------------------
_FR_MSP_CONTRACT = [_FR_MSP, "fais-moi le contrat complet, version presta"]
_EN_MSP_CONTRACT = [_EN_MSP, "draft the full contract, our side"]
_FR_CLIENT_CONTRACT = [_FR_CLIENT, "redige le contrat complet cote client"]


@pytest.mark.parametrize("turns, side, lang", [
    (_EN_MSP_CONTRACT + ["their owner objects to our cap of 3 months fees, says their busy season is worth way more"],
     "msp", "en"),
    (_EN_MSP_CONTRACT + ["the client's finance lead pushes back on our 24 month term, she says it's far too long"], "msp", "en"),
    (_EN_MSP_CONTRACT + ["their lawyer says our liability cap is ridiculous for a shop that size"], "msp", "en"),
    (_FR_MSP_CONTRACT + ["leur DAF conteste notre preavis de 6 mois, il le trouve trop long"], "msp", "fr"),
    (_FR_MSP_CONTRACT + ["le gerant n'est pas d'accord avec notre plafond a 3 mois de redevance"], "msp", "fr"),
    (_FR_CLIENT_CONTRACT + ["le presta refuse notre penalite de 10 %, il dit que c'est hors marche"], "client", "fr"),
    (_FR_CLIENT_CONTRACT + ["leur commercial dit que notre preavis d'un mois c'est trop court"], "client", "fr"),
])
def test_their_objection_to_our_term_is_objections(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "objections", (pub.get("act"), pub.get("answer", "")[:200])
    assert "→" not in pub.get("answer", "")[:300], pub.get("answer", "")[:300]


@pytest.mark.parametrize("turns, side, lang", [
    (_EN_MSP_CONTRACT + ["make the cap 6 months, they object to 3"], "msp", "en"),
    (_FR_MSP_CONTRACT + ["passe le preavis a 3 mois, ils trouvent 6 trop long"], "msp", "fr"),
])
def test_a_change_ordered_with_their_objection_as_reason_is_set(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "set_figure", (pub.get("act"), pub.get("answer", "")[:200])


# -- 3. data on a server at the provider's: hosting ----------------------------------------------------------------------
@pytest.mark.parametrize("message, lang", [
    ("3 cabinets de podologie, 9 postes, dossiers patients sur un serveur chez le presta", "fr"),
    ("notre logiciel de compta tourne sur une machine chez le prestataire", "fr"),
    ("les plans sont stockes sur des serveurs chez notre infogereur, 14 postes", "fr"),
    ("nos fichiers clients sont dans le datacenter du presta", "fr"),
    ("2 dental practices, 9 users, patient files kept on a server at the provider's datacentre", "en"),
    ("our booking database sits on a server at the MSP's premises", "en"),
    ("the ERP runs on the IT firm's servers, 20 users", "en"),
])
def test_data_on_a_server_at_the_provider_is_hosting(message, lang):
    slots = read_slots(message, side_hint="client")
    assert "hosting" in slots.add_services, (slots.add_services, slots.remove_services)


@pytest.mark.parametrize("message", [
    "le serveur est dans notre local, le presta le supervise",
    "our server sits in our own back office and the provider patches it",
    "on a un serveur chez nous, le presta fait juste la sauvegarde",
])
def test_our_own_server_managed_by_the_provider_is_no_hosting(message):
    slots = read_slots(message, side_hint="client")
    assert "hosting" not in slots.add_services, slots.add_services


# -- 4. examples of clauses already negotiated: precedents ---------------------------------------------------------------
_FR_CLAUSE = [_FR_MSP, "ecris la clause de penalites, 5 % par heure de retard"]
_EN_CLAUSE = [_EN_MSP, "write the liability clause, cap at 6 months of fees"]


@pytest.mark.parametrize("turns, side, lang", [
    (_FR_CLAUSE + ["t'as des exemples de clauses comme ca deja signees ?"], "msp", "fr"),
    (_FR_CLAUSE + ["tu aurais des exemples reels de ce genre de clause, negociees par d'autres ?"], "msp", "fr"),
    (_FR_CLAUSE + ["montre moi des clauses de ce type qui ont deja ete negociees"], "msp", "fr"),
    (_EN_CLAUSE + ["any real examples of caps like this that were actually signed?"], "msp", "en"),
    (_EN_CLAUSE + ["got examples of clauses like that already negotiated with other clients"], "msp", "en"),
    (_EN_CLAUSE + ["do you have examples of similar clauses that other msps have agreed to"], "msp", "en"),
])
def test_examples_already_negotiated_are_precedents(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "precedents", (pub.get("act"), pub.get("answer", "")[:200])


@pytest.mark.parametrize("turns, side, lang", [
    ([_FR_MSP, "donne-moi un exemple de clause de confidentialite"], "msp", "fr"),
    ([_EN_MSP, "give me an example of a confidentiality clause"], "msp", "en"),
])
def test_an_example_clause_to_write_stays_a_draft(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "draft_clause", (pub.get("act"), pub.get("answer", "")[:200])


# -- 5. whether something is a kind of data the law sets apart, asked: a question -------------------------------------
# (written after the first four classes' fixes, before this one's)
@pytest.mark.parametrize("turns, side, lang", [
    (["3 salons de tatouage, 9 postes, fiches clients avec allergies scannees", "c'est des donnees de sante les allergies ?"],
     "client", "fr"),
    (["creche parentale, 4 postes, fiches enfants", "les certificats de vaccination des enfants, c'est de la donnee de sante ?"],
     "client", "fr"),
    (["cabinet de kine, 6 postes, dossiers patients", "les groupes sanguins c'est sensible au sens du rgpd ?"], "client", "fr"),
    (["client = salle de sport, 12 postes, fiches adherents", "les empreintes pour l'acces, c'est biometrique ?"], "msp", "fr"),
    (["client is a gym chain, 12 users, member files with photos", "are members' fingerprints biometric data?"], "msp", "en"),
    (["client is a gym chain, 12 users, member files with photos", "is a member's injury note health data under gdpr"],
     "msp", "en"),
    (["small school, 20 users", "pupils' dietary needs, does that count as sensitive data?"], "client", "en"),
])
def test_a_kind_of_data_asked_is_a_question(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "question", (pub.get("act"), pub.get("answer", "")[:200])


@pytest.mark.parametrize("turns, side, lang, act", [
    (["cabinet de kine, 6 postes", "on traite des donnees de sante"], "client", "fr", "state_fact"),
    (["client is a gym chain, 12 users", "they keep health data on members"], "msp", "en", "state_fact"),
])
def test_data_told_stays_a_fact(tmp_path, entries, turns, side, lang, act):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == act, (pub.get("act"), pub.get("answer", "")[:200])


# -- 6. the other side's question relayed vs. a right they ask for ----------------------------------------------------
# (written after the first five classes' fixes, before this one's) how something works, asked by someone of theirs and
# relayed with "what do we tell them" is their question answered; whether they may do something ("they ask if they can
# audit us", "ils demandent s'ils peuvent…") is a demand of theirs in the negotiation: the clause's objections
_EN_DPA = [_EN_MSP, "write the DPA clause, short"]
_FR_DPA = [_FR_MSP, "ecris la clause rgpd, courte"]


@pytest.mark.parametrize("turns, side, lang", [
    (_EN_DPA + ["their office manager wants to know how we'd report a breach, what do we tell her?"], "msp", "en"),
    (_EN_DPA + ["the client's bookkeeper asks where the backups are stored. what should we say?"], "msp", "en"),
    (_FR_DPA + ["leur directrice veut savoir comment on les previent en cas de fuite, on lui dit quoi ?"], "msp", "fr"),
])
def test_their_question_relayed_is_answered(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") in ("question", "follow_up"), (pub.get("act"), pub.get("answer", "")[:200])


@pytest.mark.parametrize("turns, side, lang", [
    (_EN_DPA + ["they ask if they can audit us. we're a team of three"], "msp", "en"),
    (_EN_DPA + ["the client asked whether they could inspect our premises once a year"], "msp", "en"),
    (_EN_DPA + ["their DPO asks if they may send an auditor of their choice"], "msp", "en"),
    (_FR_DPA + ["ils demandent s'ils peuvent venir nous auditer, on est deux"], "msp", "fr"),
    (_FR_DPA + ["le client nous demande s'il pourra choisir l'auditeur lui-meme"], "msp", "fr"),
    (_FR_DPA + ["leur DPO demande s'ils ont le droit de nous auditer sans preavis"], "msp", "fr"),
])
def test_a_right_they_ask_for_is_objections(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "objections", (pub.get("act"), pub.get("answer", "")[:200])


# -- 7. a figure and the export ordered in one message --------------------------------------------------------------------
# (written with the fix) the figure is written into the text on the table, then that text exported
@pytest.mark.parametrize("turns, side, lang, figure", [
    ([_FR_MSP, "propose une clause securite equilibree", "mets 24 h dans la clause et exporte"], "msp", "fr", r"24 heures"),
    ([_FR_MSP, "ecris la clause de confidentialite", "passe a 3 ans et sors-moi le word"], "msp", "fr", r"(3|trois) ans"),
    ([_EN_MSP, "draft the full contract, our side", "set the liability cap to 9 months of fees and export the docx"],
     "msp", "en", r"9 months|nine months"),
    ([_EN_MSP, "write the confidentiality clause", "make it 4 years and give me the word file"], "msp", "en",
     r"(4|four) years"),
])
def test_a_figure_set_and_exported_in_one_message(tmp_path, entries, turns, side, lang, figure):  # noqa: F811
    import re

    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    text = (pub.get("draft") or {}).get("text") or ((pub.get("contract") or {}).get("markdown") or "")
    assert pub.get("act") == "export", (pub.get("act"), pub.get("answer", "")[:200])
    assert re.search(figure, text), text[:400]


# -- 8. a place named first, then taken up by a pronoun to close it -------------------------------------------------------
# (written with the fix) "le troisième salon, on le ferme": one site less; its hours ("on la ferme le lundi") or a thing
# ("le serveur on le ferme") or a case supposed change nothing
@pytest.mark.parametrize("message", [
    "le troisieme atelier on le ferme, refais le perimetre",
    "la boutique de dole, ils la vendent en juin",
    "the bath shop, we're closing it in may",
    "our second office, we're shutting it down",
    "le depot de vierzon, on l'abandonne a la fin de l'annee",
])
def test_a_place_taken_up_by_a_pronoun_to_close_it(message):
    changes = read_slots(message).count_changes
    assert [(c.unit, c.amount) for c in changes] == [("sites", -1.0)], changes


@pytest.mark.parametrize("message", [
    "la 4e boutique on la ferme le lundi",
    "le salon on le ferme tot le samedi",
    "le serveur on le ferme",
    "et si le troisieme salon on le ferme ?",
])
def test_hours_things_and_cases_close_no_place(message):
    assert not any(c.unit == "sites" for c in read_slots(message).count_changes)


# -- 9. a correction of figures quoted from the other side's text ---------------------------------------------------------
# (written before the fix) after the other side's terms were quoted or reported, "non pardon c'est 24 mois", "sorry, I
# misread: it's 3 months" corrects THEIR text — a question on the corrected terms, never a figure set in our contract;
# the same correction after our own figure was set stays a figure set
_FR_CLIENT_DRAFTED = [_FR_CLIENT, "redige le contrat complet cote client"]
_EN_CLIENT_DRAFTED = [_EN_CLIENT, "draft the full contract, customer side"]


@pytest.mark.parametrize("turns, side, lang", [
    (_FR_CLIENT_DRAFTED + ["le presta propose : 'reconduction par periodes de trente six mois, preavis six mois'. ca va ?",
                           "non pardon c'est 24 mois et 3 mois de preavis, j'avais mal lu"], "client", "fr"),
    (_FR_CLIENT_DRAFTED + ["leur proposition prevoit des penalites plafonnees a 5 %, c'est correct ?",
                           "ah non erreur, c'est plafonne a 8 %"], "client", "fr"),
    (_EN_CLIENT_DRAFTED + ["their terms say 'notice period of six months before each renewal'. is that ok?",
                           "sorry, I misread: it's 3 months"], "client", "en"),
    (_EN_CLIENT_DRAFTED + ["the provider wants a minimum term of 48 months, reasonable?",
                           "my bad, it's 36 months not 48"], "client", "en"),
])
def test_a_correction_of_their_quoted_figures_sets_nothing(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") in ("question", "review"), (pub.get("act"), pub.get("answer", "")[:200])
    assert "→" not in pub.get("answer", "")[:300], pub.get("answer", "")[:300]


@pytest.mark.parametrize("turns, side, lang", [
    (_FR_CLIENT_DRAFTED + ["mets le preavis a 2 mois", "non pardon, 3 mois"], "client", "fr"),
    (_EN_CLIENT_DRAFTED + ["set the notice to 2 months", "sorry, I meant 3 months"], "client", "en"),
])
def test_a_correction_of_our_own_figure_is_set(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "set_figure", (pub.get("act"), pub.get("answer", "")[:200])


# -- 10. a service refused on one named machine, not on the whole scope ---------------------------------------------------
# (written before the fix) "pas d'EDR sur le poste du greffe", "no backup for the old test server": that one machine is
# left out, in the user's words, and said back; the service stays in the scope for everything else. A service refused
# with no machine named ("pas de sauvegarde", "no EDR, they have their own") is still taken out.
@pytest.mark.parametrize("turns, side, lang, service, said", [
    ([_FR_MSP, "pas d'EDR sur le poste du greffe, il est gere par leur editeur"], "msp", "fr", "security", "greffe"),
    ([_FR_MSP, "pas de sauvegarde pour le serveur de test"], "msp", "fr", "backup", "serveur de test"),
    ([_FR_MSP, "sans supervision sur les bornes de la salle d'attente"], "msp", "fr", "monitoring", "bornes"),
    ([_EN_MSP, "no antivirus on the lab PC, the instrument vendor forbids it"], "msp", "en", "security", "lab pc"),
    ([_EN_MSP, "no backup for the old accounting server, it's being retired"], "msp", "en", "backup", "accounting server"),
    ([_EN_MSP, "no patching on the reception kiosk, the ticketing vendor does it"], "msp", "en", "patching", "kiosk"),
])
def test_a_service_refused_on_one_machine_keeps_the_service(tmp_path, entries, turns, side, lang, service, said):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert service in state.scope().services, (state.scope().services, pub.get("answer", "")[:200])
    assert said in pub.get("answer", "").lower(), pub.get("answer", "")[:300]


@pytest.mark.parametrize("turns, side, lang, service", [
    ([_FR_MSP, "fais le contrat complet", "pas de sauvegarde finalement"], "msp", "fr", "backup"),
    ([_EN_MSP, "draft the full contract, our side", "no EDR, they have their own"], "msp", "en", "security"),
])
def test_a_service_refused_outright_is_taken_out(tmp_path, entries, turns, side, lang, service):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert service not in state.scope().services, state.scope().services


# -- 11. the provider's own headcount is no count of the client's users ----------------------------------------------------
# (written before the fix) the provider speaking of itself ("we're 2 people lol", "on est trois dans la boite", "we're a team
# of four") tells its own size: the client's users stay as stated; the client speaking of itself ("on est 12") is the count
@pytest.mark.parametrize("turns, side, lang, users", [
    ([_EN_MSP, "write the DPA clause, short", "they ask if they can audit us. we're 2 people lol"], "msp", "en", 8),
    ([_EN_MSP, "we're a team of four, can we even promise 24/7?"], "msp", "en", 8),
    ([_FR_MSP, "ecris la clause rgpd", "ils veulent nous auditer, on est trois dans la boite"], "msp", "fr", 10),
    ([_FR_MSP, "nous sommes 2 techniciens, on peut s'engager sur une GTR de 4h ?"], "msp", "fr", 10),
])
def test_the_providers_own_headcount_is_no_user_count(tmp_path, entries, turns, side, lang, users):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert state.scope().users == users, (state.scope().users, pub.get("answer", "")[:200])


@pytest.mark.parametrize("turns, side, lang, users", [
    (["on est 12 dans le cabinet, le presta gere nos pc"], "client", "fr", 12),
    (["we're 15 people in one office and the IT firm does our laptops"], "client", "en", 15),
])
def test_the_clients_own_headcount_is_the_count(tmp_path, entries, turns, side, lang, users):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert state.scope().users == users, (state.scope().users, pub.get("answer", "")[:200])


@pytest.mark.parametrize("turns, side, lang", [
    (_FR_DPA + ["le client demande s'il peut nous auditer quand il veut, je peux refuser ?"], "msp", "fr"),
    (_EN_DPA + ["they ask if they can audit us whenever they like. can we say no?"], "msp", "en"),
])
def test_our_own_question_on_their_demand_is_a_question(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") in ("question", "follow_up"), (pub.get("act"), pub.get("answer", "")[:200])
