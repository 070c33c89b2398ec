"""Classes of turns the conversation misread (issue 14, thirty-first session, helper s31-dia), written with wordings of
our own (other trades, both languages, both sides), not the evaluation's.

1. a figure is given a clause's role only by words of that role. A figure that says what it measures — a bare
   complement after it ("3 jours de travail", "2 ans de recul", "12 months of logs", "99% of their staff", "a 4-hour
   drive") — or one told as the time something takes, the age of a thing or a time already gone ("la migration
   prendra 4 mois", "the install takes 2 days", "le serveur a 6 ans", "ça fait 5 ans que…", "for 3 years") is no
   figure of the clause on the table and takes no figure from a cue word said earlier in the sentence; a figure with a
   reference point after it ("30 jours de la réception de la facture", "within 4 hours of the call", "99.9% of the
   time") or a complement of its own role ("6 mois de redevance", "12 months of backups", "6 mois de salaire") keeps
   its reading.
2. the role words of every clause figure that has a usual range (payment term, response and restoration times,
   availability…) are known to `figure_roles`: a figure the question does not name is not compared with the range.

Found by our own variants of dev dialogues (evaluations/dialogues/own_s31.yaml), each with further wordings of ours:
3. the people of a place just opened, said with it ("une 4e clinique, avec 5 postes", "a new shop with 3 users"), come
   on top of the people already counted;
4. seats or people counted in parts by their kind ("30 postes élèves et 18 postes administratifs", "30 student PCs and
   18 staff PCs") are summed, unless one part is inside the other or a total follows;
5. a figure changed by a fraction taken off or added as the verb's object ("enlève un quart", "take a third off",
   "rajoute un quart");
6. a clause made mutual in other words ("make it apply both ways", "valable dans les deux sens");
7. culture and community places counted as sites ("4 conservatoires", "3 music schools").

Found by auditing the other roles the same way:
8. a sum owed or already paid, a delay suffered, a date of a past event ("ils nous doivent 2 mois de redevance", "we paid 6
   months of fees upfront", "their last invoice was 45 days late", "on a 2 mois de retard", "leur dernier audit date de 3
   ans") is no clause figure;
10. a sum or a rate of another thing or paid to another party is no fee and no clause figure: rent, an accountant's
   charges, another vendor's bill, a former provider's fee ("le loyer du local c'est 1200 € par mois", "their accountant
   charges 300 a month", "on paie 450 € par mois à l'éditeur", "notre ancien presta nous facturait 900 €"); the VAT, the
   inflation, the user's own revenue ("la TVA est à 20 %", "l'inflation est à 5 %", "30 % de notre CA");
11. a site that is a website ("2 sites web", "3 sites internet", "deux sites e-commerce") is no place;
9. words of control read in another sense are no fact of control: data kept for a time ("on garde les mails 10 ans"),
   things shared ("boîtes mail partagées", "a shared drive"), working together ("ça fait 5 ans qu'on bosse ensemble").
"""

from __future__ import annotations

import re

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _figures(message: str, topic: str | None) -> dict:
    from assistant.chat.slots import read_slots

    return read_slots(message, topic_hint=topic).figures


# -- 1. a figure that measures something else is no clause figure -------------------------------------------------------
@pytest.mark.parametrize("message, topic, slot", [
    # a bare complement naming what the figure counts
    ("ils ont prevu 3 jours de formation pour les equipes", "pricing_payment", "payment_days"),
    ("au fait la migration c'est 3 jours de travail", "pricing_payment", "payment_days"),
    ("the switchover is 2 days of onsite work", "pricing_payment", "payment_days"),
    ("on a 2 ans de recul sur ce prestataire", "duration_renewal", "initial_term_months"),
    ("we only have 12 months of logs on that box", "liability", "liability_cap_months"),
    ("leur entrepot est a 4 h de route de chez nous", "sla", "restoration_time_p1_hours"),
    ("their warehouse is a 4-hour drive from our office", "sla", "restoration_time_p1_hours"),
    ("99% of their staff work from home", "sla", "availability_percent"),
    ("on a 15 % d'absenteisme chez les caissiers", "penalties", "penalty_rate_percent"),
    ("we ran a 3-day workshop with their team", "reversibility", "reversibility_months"),
    ("a bit of context: 6 weeks of onboarding for new hires", "reversibility", "reversibility_months"),
    # the time something takes, a thing's age, a time already gone
    ("the install takes 2 days", "pricing_payment", "payment_days"),
    ("leur DAF met toujours 10 jours a signer quoi que ce soit", "pricing_payment", "payment_days"),
    ("their CFO needs 10 days to sign anything", "pricing_payment", "payment_days"),
    ("le serveur principal a 6 ans", "duration_renewal", "initial_term_months"),
    ("ca fait 5 ans qu'on travaille avec eux", "duration_renewal", "initial_term_months"),
    ("they've been our provider for 3 years", "confidentiality", "confidentiality_years"),
    ("on les a signes il y a 2 ans", "duration_renewal", "initial_term_months"),
    ("the old firewall was installed 4 years ago", "duration_renewal", "initial_term_months"),
    # a cue word of another figure earlier in the sentence does not reach it
    ("le preavis ca va, mais la migration prendra 4 mois", None, "notice_months"),
    ("apres la resiliation il nous a fallu 2 mois de migration", None, "notice_months"),
    ("the notice is fine but the data migration will take 3 months", None, "notice_months"),
    ("on facture 3 jours de travail pour la migration", None, "payment_days"),
    ("the invoice covers 2 days of onsite work", None, "payment_days"),
])
def test_a_figure_that_measures_something_else_is_no_clause_figure(message, topic, slot):
    figures = _figures(message, topic)
    assert slot not in figures, f"{message!r} on {topic}: {figures}"


def test_a_figure_of_another_thing_beside_the_figure_of_the_clause():
    figures = _figures("garde 12 mois de sauvegardes, mais prevois aussi 2 jours de formation", None)
    assert figures.get("backup_retention_days") != 2, figures


# -- the readings a figure of the clause keeps ---------------------------------------------------------------------------
@pytest.mark.parametrize("message, topic, slot, value", [
    ("mets 45 jours", "pricing_payment", "payment_days", 45),
    ("45 jours fin de mois plutot", "pricing_payment", "payment_days", 45),
    ("paiement a 30 jours de la reception de la facture", "pricing_payment", "payment_days", 30),
    ("payment within 30 days of the invoice date", None, "payment_days", 30),
    ("make it 6 hours", "sla", "restoration_time_p1_hours", 6),
    ("restore within 4 hours of the call", "sla", "restoration_time_p1_hours", 4),
    ("99.9% of the time, measured monthly", "sla", "availability_percent", 99.9),
    ("99,8 % de disponibilite", "sla", "availability_percent", 99.8),
    ("plafond a 6 mois de redevance", "liability", "liability_cap_months", 6),
    ("cap it at 12 months of fees", "liability", "liability_cap_months", 12),
    ("24 mois d'engagement", "duration_renewal", "initial_term_months", 24),
    ("they want a 3-year term", "duration_renewal", "initial_term_months", 36),
    ("3 ans de confidentialite apres la fin", "confidentiality", "confidentiality_years", 3),
    ("12 mois, 6 mois de salaire", "non_solicitation", "non_solicitation_indemnity_months", 6),
    ("keep 12 months of backups", "backup_recovery", "backup_retention_days", 360),
    ("le client veut 60 jours, on accorde 45", "pricing_payment", "payment_days", 45),
    ("a 4-hour restore window", "sla", "restoration_time_p1_hours", 4),
    ("penalites de 5 % de la redevance mensuelle", "penalties", "penalty_rate_percent", 5),
    ("preavis de 3 mois", None, "notice_months", 3),
    ("we need 3 months notice", "termination", "notice_months", 3),
    ("il faut 2 mois de preavis", None, "notice_months", 2),
    # "à" folded is "a": a figure set on its own role, no thing's age
    ("passe la duree du contrat a 2 ans", "duration_renewal", "initial_term_months", 24),
    ("au-dela de 45 jours de suspension, chacun peut sortir", "force_majeure", "force_majeure_days", 45),
])
def test_a_figure_of_the_clause_keeps_its_reading(message, topic, slot, value):
    figures = _figures(message, topic)
    assert figures.get(slot) == value, f"{message!r} on {topic}: {figures}"


# -- the same through the conversation: the clause on the table is not revised -----------------------------------------
@pytest.mark.parametrize("case, turns, side, lang, slot", [
    ("fr payment work", ["redige la clause de paiement cote prestataire", "au fait la migration c'est 3 jours de travail"],
     "msp", "fr", "payment_days"),
    ("fr term recul", ["fais moi la clause de duree cote client", "on a deja 2 ans de recul avec eux, ca se passe bien"],
     "client", "fr", "initial_term_months"),
    ("en sla drive", ["draft the SLA clause for us", "their site is a 4 hours drive from our office btw"], "client", "en",
     "restoration_time_p1_hours"),
    ("en sla staff", ["draft the service levels clause, our side", "99% of their staff work remotely"], "msp", "en",
     "availability_percent"),
    ("en term age", ["draft the term and renewal clause for us", "their main server is 6 years old"], "client", "en",
     "initial_term_months"),
])
def test_the_clause_on_the_table_keeps_its_figure(tmp_path, entries, case, turns, side, lang, slot):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert state.clause is not None, case
    assert slot not in state.clause.overrides, f"{case}: {state.clause.overrides}"
    head = (pub.get("answer") or "").split("\n")[0]
    assert not re.search(r"revis|modifi", head, re.I), f"{case}: {head}"


# -- 2. the role words of every figure compared with a usual range -------------------------------------------------------
@pytest.mark.parametrize("slot, value, question, named", [
    ("payment_days", 3, "on a 3 jours de travail pour la migration, c'est normal ?", False),
    ("payment_days", 2, "the install takes 2 days, is that normal?", False),
    ("payment_days", 45, "45 jours fin de mois pour payer, c'est normal ?", True),
    ("payment_days", 60, "is net 60 normal for invoices?", True),
    ("payment_days", 60, "le delai de paiement, 60 jours, c'est normal ?", True),
    ("response_time_p1_hours", 2, "ils repondent en 2 h, c'est normal ?", True),
    ("restoration_time_p1_hours", 4, "c'est a 4 h de route, c'est normal ?", False),
    ("restoration_time_p1_hours", 4, "une GTR de 4 h c'est normal ?", True),
    ("response_time_p1_hours", 2, "is a 2 hour response time usual?", True),
    ("availability_percent", 99, "99% of their staff are remote, normal?", False),
    ("availability_percent", 99.5, "99,5 % de dispo c'est bien ?", True),
])
def test_the_role_of_a_figure_asked_about(slot, value, question, named):
    from assistant.chat.figure_roles import role_named

    assert role_named(slot, value, question) is named, question


# -- the same when the learned reader calls the message a figure set (the figures matched to the draft's by unit) --------
class _SetFigureReader:
    """A learned reader that says `set_figure` wherever the gate lets it decide (as the CLI's did on these turns)."""

    def gate(self, text, understood, state):
        from dataclasses import replace

        from assistant.chat.act_model import may_gate

        return replace(understood, act="set_figure") if may_gate(text, understood, state) else understood


@pytest.mark.parametrize("case, turns, side, lang, absent", [
    ("en share of members", ["draft the service credits clause for us", "cap the credits at 3% of the monthly fee",
                             "btw 70% of their members are seasonal"], "msp", "en", r"\b70 ?%"),
    ("fr part des adherents", ["redige la clause penalites cote client", "plafonne les penalites a 7 % de la redevance",
                               "pour info 85 % de nos adherents viennent le samedi"], "client", "fr", r"\b85 ?%"),
    ("en time it took", ["draft a balanced non-solicitation clause", "ten months, and four months' salary",
                         "a new hire of ours took 5 months to be fully productive"], "client", "en",
     r"\b(5|five) months"),
    ("fr recul", ["fais la clause d'audit cote client", "on a 3 ans de recul avec eux et jamais un audit"], "client", "fr",
     r"\b(3|trois) ans|\b36 mois|\b1 ?095"),
])
def test_a_figure_of_something_else_is_not_matched_to_the_draft(tmp_path, entries, case, turns, side, lang,  # noqa: F811
                                                                 absent):
    from assistant.chat.composer import OfflineComposer
    from assistant.chat.conversation import ChatEngine
    from assistant.chat.store import ConversationStore
    from types import SimpleNamespace

    engine = ChatEngine(retriever=None, composer=OfflineComposer(entries=entries, embeddings=None),
                        store=ConversationStore(tmp_path / "chat.db"),
                        drafter=SimpleNamespace(entries=entries, export_dir=tmp_path / "exports"),
                        act_reader=_SetFigureReader())
    cid, out = None, None
    for text in turns:
        out = engine.turn(text, conversation_id=cid, side=side, lang=lang)
        cid = out.conversation_id
    pub = engine.public(out)
    draft = (pub.get("draft") or {}).get("text") or ""
    assert draft, case
    assert not re.search(absent, draft), f"{case}: {re.search(absent, draft).group(0)} in the draft"


# -- 3. the people of a place just opened ----------------------------------------------------------------------------------
@pytest.mark.parametrize("case, turns, side, lang, users, sites", [
    ("fr ordinal avec", ["contrat pour 2 agences immobilieres, 12 postes", "ils ouvrent une 3e agence, avec 4 postes"],
     "msp", "fr", 16, 3),
    ("fr rachat virgule", ["on gere 3 cabinets d'orthophonie, 9 postes", "ils rachetent un 4e cabinet, avec 3 postes"],
     "msp", "fr", 12, 4),
    ("en fourth joining", ["we look after 3 vet practices, 14 users", "a fourth practice is joining, with 6 users"],
     "msp", "en", 20, 4),
    ("en new shop", ["2 bike shops, 7 users", "they open a new shop with 3 users"], "client", "en", 10, 3),
])
def test_the_people_of_a_new_place_are_added(tmp_path, entries, case, turns, side, lang, users, sites):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    scope = pub["state"]["scope"]
    assert (scope["users"], scope["sites"]) == (users, sites), f"{case}: {scope}"


@pytest.mark.parametrize("message, users", [
    ("un 3e magasin ouvre, 20 postes en tout", 20),
    ("a third office opens, 25 users in total", 25),
])
def test_a_total_said_with_a_new_place_stays_the_total(message, users):
    from assistant.chat.slots import read_slots

    s = read_slots(message)
    assert s.facts.get("users") == users and not any(c.unit == "users" for c in s.count_changes), (message, s.facts)


# -- 4. seats or people counted in parts by their kind ---------------------------------------------------------------------
@pytest.mark.parametrize("message, users", [
    ("reseau de 3 ecoles, 30 postes eleves et 18 postes administratifs", 48),
    ("cabinet medical, 10 postes medecins et 6 postes accueil", 16),
    ("22 postes agents + 40 postes publics", 62),
    ("college campus: 30 student PCs and 18 staff PCs", 48),
    ("a depot with 8 office PCs and 12 warehouse terminals", 20),
    # not summed: one inside the other, people and their devices, a total said after
    ("25 postes dont 5 postes portables", 25),
    ("20 utilisateurs et 25 postes", 20),
    ("14 postes fixes et 6 postes portables, soit 20 postes", 20),
])
def test_seats_counted_by_kind_are_summed(message, users):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("users") == users, message


# -- 5. a fraction taken off or added ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, topic, factor", [
    ("c'est trop, enleve un quart", "penalties", 0.75),
    ("retire-lui un tiers", "termination", 2 / 3),
    ("take a third off", "liability", 2 / 3),
    ("knock a quarter off it", "penalties", 0.75),
    ("rajoute un quart", "termination", 1.25),
])
def test_a_fraction_taken_off_or_added(message, topic, factor):
    from assistant.chat.slots import read_slots

    rel = read_slots(message, topic_hint=topic).relative
    assert rel is not None and rel[0] == "mul" and abs(rel[1] - factor) < 1e-6, (message, rel)


@pytest.mark.parametrize("message", ["add a fifth shop", "rajoute un cinquieme magasin", "retire un quart des postes"])
def test_a_rank_or_a_share_of_things_is_no_fraction_of_the_figure(message):
    from assistant.chat.slots import read_slots

    rel = read_slots(message, topic_hint="penalties").relative
    assert rel is None or rel[0] != "mul", (message, rel)


def test_a_fraction_taken_off_the_figure_on_the_table(tmp_path, entries):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, ["redige la clause penalites cote prestataire",
                                                    "plafonne les penalites a douze pour cent de la redevance",
                                                    "trop haut, enleve un quart"], "msp", "fr")
    draft = (pub.get("draft") or {}).get("text") or ""
    assert re.search(r"\b9 ?%", draft) and not re.search(r"\b12 ?%", draft), draft[:600]


# -- 6. mutual in other words ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("case, turns, lang", [
    ("en both ways", ["draft the non-solicitation clause for us", "make it apply both ways"], "en"),
    ("fr deux sens", ["redige la clause de non-sollicitation en notre faveur", "rends la valable dans les deux sens"], "fr"),
])
def test_mutual_in_other_words_changes_the_clause(tmp_path, entries, case, turns, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "client", lang)
    assert pub["act"] in ("change_position", "follow_up", "add_remove"), f"{case}: {pub['act']}"
    assert pub.get("draft"), case


# -- 7. culture and community places ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, sites", [
    ("syndicat intercommunal, 4 conservatoires de musique, 25 postes", 4),
    ("we run 3 music schools, 14 staff", 3),
    ("la ville a 5 maisons de quartier et 12 postes", 5),
])
def test_culture_places_are_sites(message, sites):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("sites") == sites, message


# -- 8. a sum owed or paid, a delay suffered, a past event dated -------------------------------------------------------------
@pytest.mark.parametrize("message, topic, slot", [
    ("ils nous doivent encore 2 mois de redevance", "liability", "liability_cap_months"),
    ("on leur a deja paye 12 mois de redevance d'avance", "liability", "liability_cap_months"),
    ("we paid 6 months of fees upfront", "liability", "liability_cap_months"),
    ("they still owe us 3 months of fees", "liability", "liability_cap_months"),
    ("their last invoice was 45 days late", "pricing_payment", "payment_days"),
    ("on a 2 mois de retard sur le projet", "termination", "notice_months"),
    ("leur dernier audit date de 3 ans", "audit", "audit_notice_days"),
    ("the last pen test goes back 2 years", "audit", "audit_notice_days"),
])
def test_a_sum_owed_or_a_past_event_is_no_clause_figure(message, topic, slot):
    figures = _figures(message, topic)
    assert slot not in figures, f"{message!r} on {topic}: {figures}"


@pytest.mark.parametrize("message, topic, slot, value", [
    ("plafond a 12 mois de redevance payes", "liability", "liability_cap_months", 12),
    ("we need 3 months notice in advance", "termination", "notice_months", 3),
    ("prevenir 2 mois a l'avance", "termination", "notice_months", 2),
    ("paiement a 30 jours, pas plus", "pricing_payment", "payment_days", 30),
    # "a year" is the number itself, no adjective of a noun
    ("a year following termination of the agreement", "non_solicitation", "non_solicitation_months", 12),
])
def test_a_clause_figure_with_words_of_payment_keeps_its_reading(message, topic, slot, value):
    assert _figures(message, topic).get(slot) == value, message


# -- 9. words of control in another sense ---------------------------------------------------------------------------------
@pytest.mark.parametrize("message", [
    "on garde les mails 10 ans pour les impots",
    "we keep the invoices for 6 years",
    "ils ont 12 boites mail partagees",
    "they use a shared drive for the drawings",
    "ca fait 5 ans qu'on bosse ensemble",
    "we've worked together for years",
])
def test_words_of_control_in_another_sense_state_no_control(message):
    from assistant.chat.slots import read_slots

    assert "control" not in read_slots(message).facts, message


@pytest.mark.parametrize("message, control", [
    ("on garde la main sur les serveurs", "shared"),
    ("we keep admin access to the servers", "shared"),
    ("on gere le reseau ensemble", "shared"),
    ("acces admin partage entre nous et le presta", "shared"),
])
def test_control_said_keeps_its_reading(message, control):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("control") == control, message


# -- 10. a sum or a rate of another thing ------------------------------------------------------------------------------------
@pytest.mark.parametrize("message", [
    "le loyer du local c'est 1200 euros par mois",
    "their accountant charges 300 euros a month",
    "on paie deja 450 euros par mois a l'editeur du logiciel",
    "we already pay 200 euros a month to the telecom operator",
    "notre ancien presta nous facturait 900 euros par mois",
    "the previous provider billed us 1,100 euros a month",
])
def test_a_sum_of_another_thing_is_no_fee(message):
    from assistant.chat.slots import read_slots

    assert "monthly_fee_eur" not in read_slots(message).facts, message


@pytest.mark.parametrize("message, fee", [
    ("la redevance c'est 1200 euros par mois", 1200),
    ("on paie 1500 euros par mois a l'infogereur", 1500),
    ("the fee is 980 euros a month", 980),
    ("le forfait mensuel sera de 2 300 euros HT", 2300),
    ("we charge them 1,250 euros a month", 1250),
    ("we pay 1,200 euros a month to our current MSP", 1200),
    ("our current provider charges 1,400 euros a month", 1400),
    ("la redevance sera de 1 600 euros par mois a la charge du client", 1600),
])
def test_the_fee_said_keeps_its_reading(message, fee):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("monthly_fee_eur") == fee, message


@pytest.mark.parametrize("message, topic, slot", [
    ("la TVA est a 20 %", "price_revision", "revision_cap_percent"),
    ("l'inflation est a 5 % cette annee", "price_revision", "revision_cap_percent"),
    ("inflation is running at 4% right now", "price_revision", "revision_cap_percent"),
    ("on fait 30 % de notre CA en ligne", "penalties", "penalty_rate_percent"),
    ("online sales are 40% of our turnover", "penalties", "penalty_rate_percent"),
])
def test_a_rate_of_another_thing_is_no_clause_figure(message, topic, slot):
    figures = _figures(message, topic)
    assert slot not in figures, f"{message!r} on {topic}: {figures}"


@pytest.mark.parametrize("message, topic, slot, value", [
    ("l'indexation est a 3 %", "price_revision", "revision_cap_percent", 3),
    ("la hausse est plafonnee a 4 %", "price_revision", "revision_cap_percent", 4),
    ("la dispo est a 99,7", "sla", "availability_percent", 99.7),
    ("le preavis est de 3 mois", "termination", "notice_months", 3),
    # a word that says a value of the figure discussed
    ("notre proposition est de 12 mois", "liability", "liability_cap_months", 12),
    ("their ask is 15%", "penalties", "penalty_rate_percent", 15),
    ("le standard est de 30 jours", "pricing_payment", "payment_days", 30),
    # what a penalty is counted per; a bare value given after "in"; the verb said to the assistant
    ("each breach is 2%", "penalties", "penalty_rate_percent", 2),
    ("dans 30 jours", "pricing_payment", "payment_days", 30),
    ("take 6 months then", "termination", "notice_months", 6),
    ("ok take 45 days", "pricing_payment", "payment_days", 45),
    # the time of the slot's own act, told with a verb of time ("they take 4 hours to restore", "ils mettent 8 h à
    # rétablir"); a share of the hours a rate is measured over; months of services
    ("they take 4 hours to restore the service", "sla", "restoration_time_p1_hours", 4),
    ("ils mettent 8 h a retablir le service", "sla", "restoration_time_p1_hours", 8),
    ("99,5 % des heures ouvrees", "sla", "availability_percent", 99.5),
    ("plafond a 12 mois de prestations", "liability", "liability_cap_months", 12),
    # a commitment, a need, a party said at the value; the act's own time; a payment term in the present tense
    ("leur engagement est de 4 h", "sla", "restoration_time_p1_hours", 4),
    ("what we need is 4 hours", "sla", "restoration_time_p1_hours", 4),
    ("le client est a 45 jours", "pricing_payment", "payment_days", 45),
    ("la restauration prend 6 h max", "sla", "restoration_time_p1_hours", 6),
    ("restore within a 4-hour window", "sla", "restoration_time_p1_hours", 4),
    ("on paye a 30 jours", "pricing_payment", "payment_days", 30),
    ("invoices are paid 45 days after receipt", "pricing_payment", "payment_days", 45),
])
def test_a_figure_said_of_its_own_role_keeps_its_reading(message, topic, slot, value):
    assert _figures(message, topic).get(slot) == value, message


# -- 11. websites are no places ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, users", [
    ("on a 2 sites web et 12 postes", 12),
    ("boutique en ligne: 3 sites internet, 6 postes", 6),
    ("deux sites e-commerce et 9 utilisateurs", 9),
])
def test_websites_are_no_places(message, users):
    from assistant.chat.slots import read_slots

    facts = read_slots(message).facts
    assert "sites" not in facts and facts.get("users") == users, (message, facts)


def test_places_called_sites_stay_places():
    from assistant.chat.slots import read_slots

    assert read_slots("on a 2 sites de production et 40 postes").facts.get("sites") == 2
    assert read_slots("3 sites, web agency, 14 users").facts.get("sites") == 3
