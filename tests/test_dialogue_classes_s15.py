"""Classes of ordinary talk the chat misread (issue 14, fifteenth session), studied on the tuned half of a blind
dialogue batch: spoken negation without "ne" ("on héberge rien pour eux") and a negated exclusion ("not excluded")
read by the text toolkit; the scope facts of a first long request (a count of generic places as sites, a long
working day as extended hours, a headcount that holds the people said to be inside it); a figure set that the
clause's wording lacks, carried by the sentence of another version of the same clause; an outcome promised under a
modal read as a means-or-result question; the names of indirect damages; a fairer text asked for oneself. Every
sentence is our own; FR and EN paraphrases on several subjects, with near-misses that keep their old reading."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.chat.figure_passage import borrowed_passage, with_stated_figures
from assistant.chat.intent import _OBLIG, find_term
from assistant.chat.slot_topics import read_position
from assistant.chat.slots import read_slots
from assistant.knowledge.entries import load_entries
from assistant.legal.drafting.clause import draft_clause
from assistant.text import fold, fold_keep_offsets, is_negated


def _negated(text: str, word: str) -> bool:
    i = fold_keep_offsets(text).index(word)
    return is_negated(text, (i, i + len(word)))


# -- 1. spoken negation and negated exclusions (text toolkit) ---------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("nous on gère rien côté serveurs pour ce client", "serveurs"),
    ("ils sauvegardent jamais leurs postes", "postes"),
    ("le prestataire fait pas la téléphonie chez nous", "telephonie"),
    ("we host nothing for that customer", "host"),
    ("c'est jamais nous qui faisons la supervision", "supervision"),
])
def test_spoken_negation_without_ne_negates_its_clause(text, word):
    assert _negated(text, word)


@pytest.mark.parametrize("text, word", [
    ("pas mal de serveurs à maintenir sur trois sites", "serveurs"),        # "pas mal": many, no negation
    ("on veut la supervision, rien d'autre", "supervision"),               # "rien d'autre": only that
    ("Ils gèrent la sauvegarde. Rien à signaler sur le réseau", "sauvegarde"),  # another sentence
    ("on garantit la restauration en résultat ou pas ?", "restauration"),  # "ou pas": an alternative
    ("la messagerie ne tombe jamais, mais la supervision reste à faire", "supervision"),  # cut at "mais"
])
def test_near_miss_no_spoken_negation(text, word):
    assert not _negated(text, word)


@pytest.mark.parametrize("text, word", [
    ("loss of backed-up data is not excluded from the cap", "data"),
    ("les pertes de données ne sont pas exclues de la responsabilité", "donnees"),
    ("faute lourde non exclue, évidemment", "faute"),
    ("service credits are never excluded", "credits"),
])
def test_a_negated_exclusion_keeps_what_it_names(text, word):
    assert not _negated(fold(text), word)


@pytest.mark.parametrize("text, word", [
    ("loss of data is excluded", "data"),
    ("les pertes de données sont exclues", "donnees"),
    ("the provider is not liable for data loss", "data"),
])
def test_near_miss_a_plain_exclusion_still_negates(text, word):
    assert _negated(fold(text), word)


# -- 2. scope facts of a first long request ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, hosting_out", [
    ("contrat d'infogérance pour 3 cabinets dentaires, 18 postes, on héberge rien chez nous", True),
    ("MSP agreement for 30 users, we host nothing for them, backups included", True),
    ("contrat pour 20 postes, hébergement de leur ERP chez nous", False),
])
def test_hosting_said_with_spoken_negation_stays_out(text, hosting_out):
    s = read_slots(text, side_hint="msp")
    assert ("hosting" in s.remove_services) is hosting_out
    assert ("hosting" in s.add_services) is (not hosting_out)


@pytest.mark.parametrize("text, sites", [
    ("une association avec 4 structures d'accueil et 35 salariés", 4),
    ("maintenance pour 3 bâtiments, 60 postes", 3),
    ("we run 6 venues and about 50 staff", 6),
    ("a network of mini-clinics, 7 locations in total, 45 users", 7),
])
def test_a_count_of_generic_places_is_the_sites(text, sites):
    assert read_slots(text).facts.get("sites") == sites


def test_near_miss_a_chain_named_with_a_prefix_is_no_it_network():
    s = read_slots("contrat pour un réseau de micro-crèches, 20 postes")
    assert "network" not in s.add_assets
    s = read_slots("on gère le réseau et les postes de 3 crèches")
    assert "network" in s.add_assets


@pytest.mark.parametrize("text, hours", [
    ("support de 7h à 19h du lundi au vendredi", "extended"),
    ("support from 7.30am to 7pm on weekdays", "extended"),
    ("support de 8h à 18h en semaine", "business"),
    ("support from 9am to 6pm", "business"),
    ("astreinte de 8h à 19h", "business"),
])
def test_a_working_day_longer_than_eleven_hours_is_extended(text, hours):
    assert read_slots(text).facts.get("hours") == hours


@pytest.mark.parametrize("text, users", [
    ("correction : on est 22 avec les trois apprentis", 22),
    ("sorry, we're 45 including the 5 interns", 45),
    ("nous sommes 30 en comptant les deux intérimaires", 30),
])
def test_a_headcount_holds_the_people_said_to_be_inside_it(text, users):
    assert read_slots(text).facts.get("users") == users


@pytest.mark.parametrize("text, users", [
    ("on a 12 comptables et 3 stagiaires", 15),     # no headcount: the counted jobs add up
    ("10 developers including 2 testers", 10),      # the first count holds them, as before
])
def test_near_miss_counted_jobs_without_a_headcount(text, users):
    assert read_slots(text).facts.get("users") == users


# -- 3. a figure set that the wording lacks --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def entries():
    return load_entries()


@pytest.mark.parametrize("lang, words", [("en", "hours"), ("fr", "heures")])
def test_a_figure_the_wording_lacks_is_added_from_another_version(entries, lang, words):
    clause = draft_clause(topic="security", scope=None, position="msp", lang=lang, entries=entries,
                          overrides={"breach_notification_hours": 36})
    assert "36" not in clause.text
    out = with_stated_figures(clause, entries, {"breach_notification_hours": 36}, lang)
    assert f"36 {words}" in out.text
    last = out.text.strip().splitlines()[-1]
    assert last.startswith("X.") and "36" in last
    assert out.slots.get("breach_notification_hours") == 36


def test_near_miss_a_figure_the_wording_has_is_not_added_twice(entries):
    clause = draft_clause(topic="data_protection", scope=None, position="msp", lang="en", entries=entries,
                          overrides={"breach_notification_hours": 36})
    out = with_stated_figures(clause, entries, {"breach_notification_hours": 36}, "en")
    assert out.text == clause.text


def test_near_miss_no_figure_borrowed_from_another_topic(entries):
    assert borrowed_passage(entries, "security", "msp", "en", "monthly_fee_eur") is None
    clause = draft_clause(topic="audit", scope=None, position="msp", lang="fr", entries=entries)
    out = with_stated_figures(clause, entries, {"monthly_fee_eur": 1800}, "fr")
    assert out.text == clause.text


def test_in_conversation_the_borrowed_figure_takes_a_later_change(tmp_path, entries):
    from assistant.chat.conversation import ChatEngine
    from assistant.chat.store import ConversationStore

    engine = ChatEngine(retriever=None, composer=None, store=ConversationStore(tmp_path / "chat.db"),
                        drafter=SimpleNamespace(entries=entries, export_dir=tmp_path / "exports"))
    first = engine.turn("draft our security clause, provider side: we alert the customer of any incident within 48 hours",
                        side="msp", lang="en")
    c = first.conversation.clause
    assert c.topic == "security"
    text = engine.tools._clause(c.topic, c.position, c.overrides, first.conversation, c.said).text
    assert "48 hours" in text


# -- 4. acts and positions ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "can we guarantee the client zero data loss?",
    "should the provider promise that restores always work",
    "peut-on promettre au client qu'aucun virus ne passera ?",
    "on peut s'engager sur zéro panne ou pas ?",
])
def test_an_outcome_promised_under_a_modal_is_a_means_or_result_question(text):
    assert _OBLIG.search(fold(text))


@pytest.mark.parametrize("text", [
    "we guarantee 99.9% in the current draft",
    "le prestataire garantit une réponse en 4 heures, c'est bien ?",
])
def test_near_miss_a_guarantee_stated_is_no_modal_promise(text):
    assert not _OBLIG.search(fold(text))


@pytest.mark.parametrize("text", [
    "what is consequential loss exactly",
    "c'est quoi un préjudice indirect ?",
    "are indirect losses covered under French law",
])
def test_names_of_indirect_damages(text):
    assert find_term(text) == "indirect_damages"


@pytest.mark.parametrize("text, position", [
    ("write me a fairer termination clause, theirs is brutal", "mine"),
    ("rédige-nous une version plus équitable de la clause de réversibilité", "mine"),
    ("make it fairer for both parties", "balanced"),
    ("a fairer clause would help everyone", "balanced"),
])
def test_a_fairer_text_asked_for_oneself_is_ones_own_side(text, position):
    assert read_position(fold(text)) == position


# -- 5. kinds of days and hours, frequencies, services kept by a third party -----------------------------------------
@pytest.mark.parametrize("text, rel", [
    ("4 jours ouvrés de plus", ("add", 4.0, "business_day")),
    ("give them two more working days", ("add", 2.0, "business_day")),
    ("rajoute 6 heures ouvrées", ("add", 6.0, "business_hour")),
    ("deux jours de plus", ("add", 2.0, "day")),              # near-miss: calendar days stay days
    ("add another week", ("add", 1.0, "week")),
])
def test_a_relative_change_keeps_its_kind_of_day(text, rel):
    assert read_slots(text).relative == rel


@pytest.mark.parametrize("text, value", [
    ("on veut pouvoir auditer trois fois par an", 3),
    ("the customer wants two audits per contract year", 2),
    ("twice a year is enough", 2),
    ("une fois par année civile", 1),
])
def test_a_frequency_is_a_typed_quantity(text, value):
    from assistant.text import find_quantities
    qs = [q for q in find_quantities(text) if q.unit == "per_year"]
    assert [q.value for q in qs] == [value]


@pytest.mark.parametrize("text, unit", [
    ("2 400 € par an", "eur"), ("30 jours par an", "day"), ("sur 2 ans", "year"), ("3 times the annual fee", None),
])
def test_near_miss_no_frequency(text, unit):
    from assistant.text import find_quantities
    assert [q.unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize("lang, text, new, expected", [
    ("fr", "Le Client peut auditer une fois par année contractuelle.", 3, "trois fois par année contractuelle"),
    ("fr", "Un audit deux fois par an au plus.", 1, "une fois par an"),
    ("en", "The Client may audit once per contract year.", 2, "twice per contract year"),
    ("en", "An audit twice a year.", 4, "four times a year"),
])
def test_a_frequency_in_a_draft_is_rewritten_in_its_own_form(lang, text, new, expected):
    from assistant.legal.drafting.figures import read_figures, rewrite
    f = next(x for x in read_figures(text, lang) if x.unit == "per_year")
    assert expected in rewrite(text, f, new, lang)


@pytest.mark.parametrize("text, service, out", [
    ("l'hébergement reste chez Infomaniak, vous faites le reste", "hosting", True),
    ("backups stay with Acme Storage, you handle the support", "backup", True),
    ("backups stay with you", "backup", False),
    ("the hosting stays in France", "hosting", False),     # a place, not a third party
])
def test_a_service_kept_by_a_named_third_party_stays_out(text, service, out):
    s = read_slots(text, side_hint="client")
    assert (service in s.remove_services) is out


def test_a_working_day_figure_is_written_as_said(tmp_path, entries):
    from assistant.chat.conversation import ChatEngine
    from assistant.chat.store import ConversationStore

    engine = ChatEngine(retriever=None, composer=None, store=ConversationStore(tmp_path / "chat.db"),
                        drafter=SimpleNamespace(entries=entries, export_dir=tmp_path / "exports"))
    r = engine.turn("draft a reversibility clause for the client: data returned within 8 business days",
                    side="client", lang="en")
    c = r.conversation.clause
    text = engine.tools._clause(c.topic, c.position, c.overrides, r.conversation, c.said).text
    assert "8 business days" in text


@pytest.mark.parametrize("text, kind, item, out", [
    ("les copieurs sont loués chez Canon, on n'y touche pas", "assets", "printers", True),
    ("the desk phones are leased, we don't manage them", "assets", "telephony", True),
    ("le wifi de l'hôtel, on le gère pas du tout", "assets", "network", True),
    ("les copieurs sont loués chez Canon, on les supervise", "assets", "printers", False),   # taken up, not denied
    ("the firewall is old, we'll replace it", "assets", "network", False),
])
def test_a_thing_taken_back_by_a_negated_pronoun_is_out(text, kind, item, out):
    s = read_slots(text, side_hint="msp")
    removed = s.remove_assets if kind == "assets" else s.remove_services
    assert (item in removed) is out


# -- 6. a stated fact corrected with a spoken copula; counts joined by "et" --------------------------------------------
@pytest.mark.parametrize("text, fee", [
    ("en fait la redevance c'est 2 650", 2650),
    ("the fee's actually 3100", 3100),
    ("le forfait, ça fait 1 480 par mois", 1480),
    ("the monthly fee is now 5,200", 5200),
])
def test_a_fee_said_with_a_spoken_copula(text, fee):
    s = read_slots(text)
    assert s.facts.get("monthly_fee_eur") == fee
    assert "users" not in s.facts


def test_near_miss_a_fee_per_unit_is_no_monthly_fee():
    assert "monthly_fee_eur" not in read_slots("la redevance c'est 40 par poste").facts


@pytest.mark.parametrize("text, expected", [
    ("une redevance de 1 500 et 3 sites", [(1500.0, None), (3.0, "sites")]),
    ("12 postes and 2 sites", [(12.0, "workstations"), (2.0, "sites")]),
    ("entre 10 et 20 %", [(10.0, "percent"), (20.0, "percent")]),
    ("between 2 and 4 hours", [(2.0, "hour"), (4.0, "hour")]),
])
def test_et_and_join_a_range_only_after_between(text, expected):
    from assistant.text import find_quantities
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_in_conversation_a_corrected_fee_reaches_the_clause(tmp_path, entries):
    from assistant.chat.conversation import ChatEngine
    from assistant.chat.store import ConversationStore

    engine = ChatEngine(retriever=None, composer=None, store=ConversationStore(tmp_path / "chat.db"),
                        drafter=SimpleNamespace(entries=entries, export_dir=tmp_path / "exports"))
    first = engine.turn("notre forfait est de 2 100 € HT par mois ; rédige une clause de pénalités pour nous",
                        side="client", lang="fr")
    second = engine.turn("ah non en fait la redevance c'est 2 450", conversation_id=first.conversation_id,
                         side="client", lang="fr")
    st = second.conversation
    assert st.fact("monthly_fee_eur") == 2450
    c = st.clause
    text = engine.tools._clause(c.topic, c.position, c.overrides, st, c.said).text
    assert "2\u202f450" in text or "2 450" in text


# -- 7. an exception after a denial ("no … except …"), clock times are no clause figure -------------------------------
@pytest.mark.parametrize("text, fact, value", [
    ("aucune donnée personnelle, à part les fiches de paie", "personal_data", True),
    ("no personal data apart from the HR files", "personal_data", True),
    ("pas de données personnelles du tout", "personal_data", False),          # near-miss: no exception
    ("tout se fait à distance, sauf les changements de disque", "on_site", True),
    ("no site visits except for hardware failures", "on_site", True),
    ("everything remote, always", "on_site", False),                          # near-miss
])
def test_an_exception_after_a_denial_keeps_the_fact(text, fact, value):
    assert read_slots(text).facts.get(fact) is value


def test_spoken_negation_of_hosting_gives_no_exclusive_control():
    assert "control" not in read_slots("on héberge rien chez nous pour ce client").facts
    assert read_slots("on héberge leurs serveurs dans notre datacenter").facts.get("control") == "exclusive"


@pytest.mark.parametrize("text", [
    "infogérance pour 40 postes, données perso des patients, support 8h-18h",
    "managed services for 30 users handling personal data, support from 9am to 5pm",
])
def test_clock_times_of_the_service_hours_are_no_clause_figure(text):
    s = read_slots(text)
    assert s.figures == {}
    assert s.facts.get("hours") == "business"


def test_near_miss_a_negated_pronoun_denies_the_work_not_the_data():
    s = read_slots("les dossiers des patients sont sur leur serveur, on ne les héberge pas", side_hint="msp")
    assert s.facts.get("personal_data") is True
    s = read_slots("customer records live on their own server, we don't host them", side_hint="msp")
    assert s.facts.get("personal_data") is True


def test_near_miss_a_thing_not_hosted_is_still_managed():
    s = read_slots("leur serveur reste dans leur local, on ne l'héberge pas", side_hint="msp")
    assert "servers" not in s.remove_assets
    s = read_slots("their server is in their office, we don't host it", side_hint="msp")
    assert "servers" not in s.remove_assets


def test_a_priority_name_is_no_clock():
    s = read_slots("la GTR P1 à 6 heures ouvrées")
    assert s.figures.get("restoration_time_p1_hours") == 6
    assert s.facts.get("hours") != "extended"


@pytest.mark.parametrize("lang, messages, expected", [
    ("en", ["draft a termination clause on our side, 3 months notice", "make it 60 days instead",
            "the client wants 15 days more"], "75 days"),
    ("en", ["draft a termination clause on our side, 3 months notice", "make it 60 days instead",
            "and two weeks less"], "46 days"),
    ("fr", ["rédige une clause de résiliation côté prestataire, préavis de 3 mois", "mets plutôt 90 jours",
            "10 jours de moins"], "80 jours"),
])
def test_a_relative_change_on_a_figure_said_in_days_stays_in_days(tmp_path, entries, lang, messages, expected):
    from assistant.chat.conversation import ChatEngine
    from assistant.chat.store import ConversationStore

    engine = ChatEngine(retriever=None, composer=None, store=ConversationStore(tmp_path / "chat.db"),
                        drafter=SimpleNamespace(entries=entries, export_dir=tmp_path / "exports"))
    r = None
    for m in messages:
        r = engine.turn(m, conversation_id=r.conversation_id if r else None, side="msp", lang=lang)
    c = r.conversation.clause
    text = engine.tools._clause(c.topic, c.position, c.overrides, r.conversation, c.said).text
    assert expected in text
