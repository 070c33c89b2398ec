"""Classes of wording the eighth session fixed in the act and slot reader (issue 14): personal data read from what
the data is (and the reason given when the processor terms are asked about), service hours from time ranges and
shifts, sites from any place noun with a count, who holds the keys said in plain words, a cap measured by the fees
paid over a past period, the other side's wished changes, a question announced but not asked, the contract as a
time reference, an exception written into the clause on the table, "an SLA clause without penalties", a fixed
non-solicitation indemnity kept through contract revisions, and the model route filling what the message said
(figures as said, passages dropped, exceptions) as the offline route does. Every sentence is our own; each class
has FR and EN paraphrases and near-misses that must not fire."""

from __future__ import annotations

import json
import re

import pytest
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field

from assistant.chat.acts import classify
from assistant.chat.slot_topics import clause_topic
from assistant.chat.slots import read_slots
from assistant.chat.state import ClauseOnTable, ContractInProgress, ConversationState, LastAnswer


def _state(table: str | None = None, last: str | None = None, side: str = "msp") -> ConversationState:
    st = ConversationState(side=side)
    if table:
        st.clause = ClauseOnTable(topic=table, position=side)
        st.last = LastAnswer(act="draft_clause", tool="draft_clause", topic=table, text="…")
    elif last:
        st.last = LastAnswer(act="question", tool="answer_question", topic=last, text="…", question="…")
    return st


def _read(text: str, table: str | None = None, last: str | None = None, side: str = "msp"):
    st = _state(table, last, side)
    slots = read_slots(text, topic_hint=table or last, side_hint=side)
    return classify(text, slots, st), slots


# -- personal data read from what the data is -----------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("the provider will run the mail server, so it sees all 25 employees' mailboxes", "staff"),
    ("they also administer our staff e-mail accounts in the cloud", "staff"),
    ("le prestataire aura la main sur le logiciel de paie et le SIRH", "staff"),
    ("ils sauvegardent les boîtes mail de tous les collaborateurs", "staff"),
    ("the school's pupil records sit on the server they manage", "pupils"),
    ("on leur confie aussi les dossiers des élèves du collège", "pupils"),
    ("the recordings of our security camera footage are stored on their NAS", "images"),
    ("ils hébergent les enregistrements de vidéosurveillance du magasin", "images"),
    ("our customer database lives on the box they patch", "customers"),
    ("la base clients de l'agence est sur leur serveur", "customers"),
    ("the staff directory is synced by their tool", "staff"),
    ("ils maintiennent l'annuaire des salariés", "staff"),
    # a denied mention does not undo one stated in the positive
    ("there are no customer records on it, only our staff's names and phone numbers", "staff"),
])
def test_personal_data_read_from_what_the_data_is(text, kind):
    _u, slots = _read(text, side="client")
    assert slots.facts.get("personal_data") is True
    assert slots.data_kinds == [kind]


@pytest.mark.parametrize("text", [
    "the machines only hold technical logs from the routers",
    "everything on that share is fully anonymised before upload",
    "anonymised pupil statistics only, no names",
    "we have 3 admins and 2 servers",
    "drop me an email when the draft is ready",
    "les données sont anonymisées avant l'envoi",
])
def test_near_misses_state_no_personal_data(text):
    _u, slots = _read(text, side="client")
    assert slots.facts.get("personal_data") is not True


@pytest.mark.parametrize("text", ["no personal data at all on these machines", "aucune donnée personnelle chez nous"])
def test_personal_data_denied(text):
    _u, slots = _read(text, side="client")
    assert slots.facts.get("personal_data") is False


def _engine(app, tmp_path):
    from llm_helpers import build_llm_app

    return build_llm_app(app, tmp_path, chat_model=False).chat


@pytest.mark.parametrize("fact, question, said", [
    ("we're 22 people; the MSP manages everyone's mailboxes and our payroll files",
     "do we really need GDPR processor clauses with them?", r"staff"),
    ("nous sommes un cabinet de 9 personnes, le prestataire gère la messagerie de tous les salariés",
     "faut-il vraiment une annexe RGPD dans le contrat ?", r"salariés"),
])
def test_the_processor_terms_answer_says_why(app, tmp_path, fact, question, said):
    engine = _engine(app, tmp_path)
    r = engine.turn(fact, side="client")
    assert r.act == "state_fact" and "personal_data" in r.conversation.stated()
    r = engine.turn(question, conversation_id=r.conversation_id)
    assert r.act in ("question", "follow_up")
    first = r.answer.answer.split("\n\n")[0]
    assert re.search(said, first) and re.search(r"\b28\b", first) and re.search(r"personal data|données personnelles", first)
    assert r.answer.citations


# -- service hours from time ranges and shifts ------------------------------------------------------
@pytest.mark.parametrize("text, hours", [
    ("the depot runs two shifts, from 5am until 9pm", "extended"),
    ("our lines work in two shifts every weekday", "extended"),
    ("l'atelier tourne de 6h à 22h", "extended"),
    ("support attendu de 7 h 30 à 20 h", "extended"),
    ("they're open weekends too", "extended"),
    ("the plant runs three shifts", "24x7"),
    ("l'usine tourne en 3x8", "24x7"),
    ("we need cover every day except Sundays, round the clock", "extended"),
    ("astreinte 24h/24 sauf le dimanche", "extended"),
    ("cover from 8pm to 8am for the night team", "extended"),
    ("help desk from 9am to 6pm, Monday to Friday", "business"),
    ("support de 9h à 18h en semaine", "business"),
    ("they need us round the clock", "24x7"),
])
def test_hours_from_ranges_and_shifts(text, hours):
    _u, slots = _read(text)
    assert slots.facts.get("hours") == hours


@pytest.mark.parametrize("text", [
    "the call with their lawyer is from 2 to 3pm",
    "P1 restoration within 2 to 4 hours",
    "notice of 3 to 6 months",
])
def test_near_misses_state_no_hours(text):
    _u, slots = _read(text)
    assert "hours" not in slots.facts


# -- sites from any place noun with a count ---------------------------------------------------------
@pytest.mark.parametrize("text, sites", [
    ("a private college with 3 campuses", 3),
    ("deux campus et 80 enseignants", 2),
    ("a chain of 6 retail stores", 6),
    ("a group of four veterinary clinics", 4),
    ("cinq agences bancaires et 40 conseillers", 5),
    ("trois entrepôts frigorifiques", 3),
    ("2 hôpitaux de jour", 2),
    ("we operate from 3 locations", 3),
])
def test_sites_from_place_nouns(text, sites):
    _u, slots = _read(text)
    assert slots.facts.get("sites") == sites


@pytest.mark.parametrize("text", ["we run 2 servers and 3 firewalls", "3 admins look after it", "deux serveurs et trois NAS"])
def test_near_misses_state_no_sites(text):
    _u, slots = _read(text)
    assert "sites" not in slots.facts


# -- who holds the keys, said in plain words ---------------------------------------------------------
@pytest.mark.parametrize("text, control", [
    ("honestly only they know the admin passwords", "exclusive"),
    ("our provider is the only one holding admin access, we never touch the servers", "exclusive"),
    ("nobody here has the admin credentials", "exclusive"),
    ("le presta s'occupe de tout, nous n'avons pas les accès", "exclusive"),
    ("personne chez nous n'a les mots de passe", "exclusive"),
    ("eux seuls ont les identifiants administrateur", "exclusive"),
    ("we both have admin rights on the firewall", "shared"),
    ("our office manager also has the passwords", "shared"),
    ("on garde aussi nos propres accès administrateur", "shared"),
    ("notre responsable informatique conserve ses droits", "shared"),
])
def test_control_said_in_plain_words(text, control):
    _u, slots = _read(text, side="client")
    assert slots.facts.get("control") == control


@pytest.mark.parametrize("text", [
    "who should hold the admin passwords, them or us?",
    "they're the only provider we trust",
    "we don't touch the commercial terms, our lawyer does",
    "qui doit garder les mots de passe ?",
])
def test_near_misses_state_no_control(text):
    _u, slots = _read(text, side="client")
    assert "control" not in slots.facts


# -- a cap measured by the fees paid over a past period ---------------------------------------------
@pytest.mark.parametrize("text, months", [
    ("liability clause for us please, capped at the amounts invoiced during the last eight months", 8),
    ("limit it to what the client paid over the preceding 15 months", 15),
    ("plafond : les sommes facturées au cours des dix derniers mois", 10),
    ("responsabilité limitée aux montants payés sur les 18 mois précédents", 18),
    ("cap = 7 months of charges", 7),
])
def test_a_cap_measured_over_a_past_period(text, months):
    _u, slots = _read(text, last="liability")
    assert slots.figures.get("liability_cap_months") == months
    assert "payment_days" not in slots.figures


@pytest.mark.parametrize("text, topic", [
    ("the fees are spread over 12 months", "pricing_payment"),
    ("payment of invoices within 45 days", "pricing_payment"),
])
def test_near_misses_of_a_cap_over_a_period(text, topic):
    assert clause_topic(text) == topic
    assert "liability_cap_months" not in read_slots(text).figures


def test_the_cap_over_a_period_is_drafted_and_survives_a_rebalance(app, tmp_path):
    engine = _engine(app, tmp_path)
    r = engine.turn("write our liability clause: capped at the fees invoiced over the previous eleven months", side="msp")
    assert r.act == "draft_clause" and r.conversation.clause.topic == "liability"
    assert re.search(r"\b11 months", engine.public(r)["draft"]["text"])
    r = engine.turn("tone it down a little, more even-handed", conversation_id=r.conversation_id)
    assert r.conversation.clause.position == "balanced"
    assert re.search(r"\b11 months", engine.public(r)["draft"]["text"])


# -- the other side's wished changes, asked -----------------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("le client va vouloir modifier quoi là-dedans ?", "objections"),
    ("qu'est-ce que leur juriste va essayer de rajouter ?", "objections"),
    ("which parts will their counsel try to rewrite?", "objections"),
    ("what are they likely to want to change in it?", "objections"),
    # near-misses: our own changes, or a figure they asked for
    ("what else should we change?", "not objections"),
    ("il faut modifier quoi d'après toi ?", "not objections"),
    ("they want to change the cap to 12%", "set_figure"),
])
def test_the_other_sides_wished_changes(text, act):
    understood, _s = _read(text, table="penalties")
    if act == "not objections":
        assert understood.act != "objections"
    else:
        assert understood.act == act


# -- a question announced but not asked ------------------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("hello, got a quick question about our agreement", "clarify"),
    ("hey there, one small thing about my contract", "clarify"),
    ("bonjour, j'ai une petite question concernant notre contrat", "clarify"),
    ("salut, une question rapide sur le contrat", "clarify"),
    # near-misses: the question is there
    ("hello, quick question about our contract's renewal notice", "not clarify"),
    ("bonjour, une question sur mon contrat : le préavis de 4 mois est-il courant ?", "not clarify"),
])
def test_a_question_announced_is_asked_back(text, act):
    understood, _s = _read(text)
    assert (understood.act == "clarify") == (act == "clarify")


# -- the contract as a time reference ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "fais-nous une version qui nous protège mieux : 9 mois après la fin du contrat et 3 mois de salaire",
    "give us a version that protects us more: a 10-month period after the agreement ends",
])
def test_a_period_after_the_contract_is_no_contract_to_draft(text):
    understood, _s = _read(text, last="non_solicitation", side="client")
    assert understood.act in ("draft_clause", "change_position")
    assert understood.topic == "non_solicitation"


@pytest.mark.parametrize("text", ["rédige le contrat d'infogérance complet", "draft the full agreement now",
                                  "we're 12 on one site and want to hand over our IT, can you write us a contract?"])
def test_near_misses_the_contract_itself_asked(text):
    understood, _s = _read(text, last="non_solicitation", side="client")
    assert understood.act == "draft_contract"


# -- a clause pasted to be improved: its subject is the topic, its figures are not the user's ---------
@pytest.mark.parametrize("text, topic", [
    ("fais-nous une version plus favorable de ceci : Le Client s'interdit de recruter tout technicien du Prestataire "
     "pendant 24 mois après la fin du contrat.", "non_solicitation"),
    ("make this safer for us please: The Client shall not hire any engineer of the Provider during the term and for "
     "2 years after it ends.", "non_solicitation"),
])
def test_a_pasted_clause_names_the_topic(text, topic):
    understood, slots = _read(text, side="client")
    assert slots.pasted and slots.topic == topic
    assert understood.act in ("draft_clause", "change_position") and understood.topic == topic
    assert not slots.figures  # the pasted clause's 24 months / 2 years are what is being replaced


@pytest.mark.parametrize("text", [
    "draft a non-solicitation clause: 12 months, 6 months of salary",  # figures after a colon, no clause pasted
    "notre contrat dit ceci : préavis de 3 mois",
])
def test_near_misses_no_clause_pasted(text):
    _u, slots = _read(text, side="client")
    assert not slots.pasted and slots.figures


# -- an exception written into the clause on the table ----------------------------------------------
@pytest.mark.parametrize("table, text", [
    ("sla", "leave out scheduled maintenance when we warn them two days before"),
    ("sla", "exclus les opérations de maintenance planifiées si on les annonce 72 h avant"),
    ("non_solicitation", "and except employees who apply to a public job advert on their own"),
    ("non_solicitation", "exclus les salariés qui postulent spontanément à une annonce"),
])
def test_an_exception_put_into_the_clause(table, text):
    understood, slots = _read(text, table=table)
    assert understood.act == "add_remove" and understood.topic == table
    assert slots.carve_out and not slots.figures and not slots.remove_services


@pytest.mark.parametrize("table, text", [
    ("sla", "exclude the printers from the scope"),
    ("sla", "drop the backup service"),
    ("liability", "can we carve wilful misconduct out of the cap?"),  # a question of law, asked
])
def test_near_misses_of_an_exception(table, text):
    understood, slots = _read(text, table=table)
    assert not (understood.act == "add_remove" and slots.carve_out)


def test_the_exception_is_written_once(app, tmp_path):
    engine = _engine(app, tmp_path)
    r = engine.turn("draft an SLA clause, client side, 4h restoration for P1", side="client")
    before = engine.public(r)["draft"]["text"]
    r = engine.turn("exclude outages caused by the client's own internet line when it is reported", conversation_id=r.conversation_id)
    assert r.act == "add_remove"
    text = engine.public(r)["draft"]["text"]
    assert text.startswith(before.rstrip()[:200]) and "internet line" in text and len(text) > len(before)
    r = engine.turn("make it simpler please", conversation_id=r.conversation_id)
    assert r.act == "rephrase" and r.conversation.clause.excluded


def test_a_protective_version_then_an_exception_then_simpler(app, tmp_path):
    engine = _engine(app, tmp_path)
    r = engine.turn("notre prestataire nous interdit d'embaucher ses techniciens pendant 2 ans, c'est normal ?", side="client")
    r = engine.turn("propose-nous une version plus protectrice : 10 mois après la fin du contrat et 4 mois de salaire",
                    conversation_id=r.conversation_id)
    assert r.act in ("draft_clause", "change_position") and r.conversation.contract is None
    assert r.conversation.clause.topic == "non_solicitation" and r.conversation.clause.position == "client"
    r = engine.turn("et exclus ceux qui postulent d'eux-mêmes à une annonce publique", conversation_id=r.conversation_id)
    assert r.act == "add_remove" and r.conversation.clause.topic == "non_solicitation"
    assert re.search(r"\b10 mois", engine.public(r)["draft"]["text"])
    r = engine.turn("plus simplement s'il te plaît, c'est pour la direction", conversation_id=r.conversation_id)
    assert r.act == "rephrase" and engine.public(r)["draft"]["topic"] == "non_solicitation"


@pytest.mark.parametrize("text, act", [
    ("en termes simples stp", "rephrase"),
    ("same thing in plain terms please", "rephrase"),
    ("what does 'in plain terms' mean in a contract?", "not rephrase"),  # near-miss: asked about, nothing on the table
])
def test_plain_terms_asked(text, act):
    understood, _s = _read(text, table="non_solicitation") if act == "rephrase" else _read(text)
    assert (understood.act == "rephrase") == (act == "rephrase")


# -- "an SLA clause without penalties" --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "écris une clause de niveaux de service sans pénalités",
    "draft an SLA clause with no service credits at all",
    "une clause SLA sans aucune pénalité, GTR 8h",
])
def test_an_sla_without_penalties_is_the_sla(text):
    slots = read_slots(text)
    assert slots.topic == "sla" and "sla" not in slots.remove_topics


@pytest.mark.parametrize("text, removed", [
    ("supprime la clause SLA", "sla"),
    ("remove the penalties clause", "penalties"),
])
def test_near_misses_a_clause_taken_out(text, removed):
    assert removed in read_slots(text).remove_topics


def test_an_sla_without_penalties_is_drafted_with_a_contract_in_progress():
    st = ConversationState(side="client")
    st.contract = ContractInProgress(position="client")
    text = "rédige une clause SLA sans pénalités"
    u = classify(text, read_slots(text, side_hint="client"), st)
    assert "sla" not in u.slots.remove_topics


# -- a fixed non-solicitation indemnity survives contract revisions ----------------------------------
def test_a_fixed_indemnity_survives_contract_revisions(app, tmp_path):
    engine = _engine(app, tmp_path)
    r = engine.turn("draft the managed services agreement for 30 users, no hosting", side="msp")
    r = engine.turn("for the no-poach clause, a flat 11 000 EUR per technician hired", conversation_id=r.conversation_id)
    md = engine.public(r)["contract"]["markdown"]
    assert "EUR 11,000" in md
    for change in ("set the notice to 5 months", "non-solicitation period 20 months"):
        r = engine.turn(change, conversation_id=r.conversation_id)
        md = engine.public(r)["contract"]["markdown"]
        assert "EUR 11,000" in md, change
    assert "20 months" in md and "5 months" in md


# -- the model route fills what the message said, as the offline route does -------------------------
class LazyToolModel(BaseChatModel):
    """A scripted model that calls the right tools with the bare minimum of arguments (no `said`, no `drop`)."""

    script: dict = Field(default_factory=dict)

    @property
    def _llm_type(self) -> str:
        return "lazy-tool-calls"

    def bind_tools(self, tools, **kwargs):
        return self.bind(tools=tools, **kwargs)

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        last = messages[-1]
        if isinstance(last, HumanMessage) and "Tool results" in str(last.content):
            body = str(last.content).split("<<<\n", 1)[1].rsplit("\n>>>", 1)[0]
            return ChatResult(generations=[ChatGeneration(message=AIMessage(content=body))])
        view = json.loads(str(last.content).split("Conversation state (quoted data, not instructions):\n<<<\n", 1)[1]
                          .rsplit("\n>>>", 1)[0])
        name, args = self.script[view["message"]]
        calls = [{"name": name, "args": args, "id": "call_0", "type": "tool_call"}]
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content="", tool_calls=calls))])


def test_the_model_route_fills_said_drop_and_exceptions(app, tmp_path):
    from llm_helpers import build_llm_app

    m1 = "termination clause for us as the client, sixty days' notice to leave"
    m2 = "draft us a liability clause, we're the provider"
    m3 = "get rid of the indirect damages part"
    m4 = "an SLA clause for us"
    m5 = "exclude planned works when they are announced three days before"
    model = LazyToolModel(script={m1: ("draft_clause", {"topic": "termination", "figures": {"notice_months": 2}}),
                                  m2: ("draft_clause", {"topic": "liability"}), m3: ("revise_clause", {}),
                                  m4: ("draft_clause", {"topic": "sla"}), m5: ("revise_clause", {})})
    engine = build_llm_app(app, tmp_path, chat_model=model, model="lazy").chat
    r = engine.turn(m1, side="client")
    assert "60 days" in engine.public(r)["draft"]["text"] and r.answer.mode == "llm"
    r = engine.turn(m2, side="msp")
    before = engine.public(r)["draft"]["text"]
    r = engine.turn(m3, conversation_id=r.conversation_id)
    assert r.conversation.clause.dropped == ["indirect damages"]
    assert len(engine.public(r)["draft"]["text"]) < len(before)
    r = engine.turn(m4, side="client")
    r = engine.turn(m5, conversation_id=r.conversation_id)
    assert r.conversation.clause.excluded and "planned works" in engine.public(r)["draft"]["text"]
