"""What the user's turn is (issue 14, twelfth session): a question announced with nothing of its subject, a vague job
on "the thing X sent me", a term asked with why it matters for the user, a right wanted in the clause on the table,
who holds the admin rights stated, the provider's plan to subcontract abroad, a compromise figure set after a
remark, "their response time" (an SLA figure, not the other side's response), a follow-up asking what the contract
needs after personal data was stated, and a short French message typed without accents. Every sentence is our own
(FR and EN paraphrases, none from the evaluation dialogues), with near-misses that keep their old route."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from assistant.chat.acts import classify
from assistant.chat.router import plan
from assistant.chat.slots import read_slots
from assistant.chat.state import ClauseOnTable, ContractInProgress, ConversationState, LastAnswer


def _state(*, side: str | None = None, lang: str = "fr", clause: str | None = None, contract: bool = False,
           last_act: str = "", last_tool: str = "", last_topic: str | None = None, question: str = "") -> ConversationState:
    st = ConversationState(side=side, lang=lang)
    if clause:
        st.clause = ClauseOnTable(topic=clause, position=side or "balanced")
        last_act, last_tool, last_topic = last_act or "draft_clause", last_tool or "draft_clause", last_topic or clause
    if contract:
        st.contract = ContractInProgress(position=side or "balanced")
        last_act, last_tool = last_act or "draft_contract", last_tool or "draft_contract"
    st.last = LastAnswer(act=last_act, tool=last_tool, topic=last_topic, question=question, text="…" if last_act else "")
    return st


def _read(st: ConversationState, text: str):
    s = read_slots(text, topic_hint=st.clause.topic if st.clause else st.last.topic, side_hint=st.side)
    u = classify(text, s, st)
    return u, plan(u, st, text)


# -- 1. a question announced, nothing of it said: asked back -----------------------------------------------
@pytest.mark.parametrize("text", [
    "petite question rapide avant ma réunion",
    "j'ai une question vite fait",
    "hello, a quick question between two calls",
    "small one before I head out",
])
def test_a_bare_opener_is_asked_back(text):
    u, p = _read(_state(), text)
    assert u.act == "clarify"
    assert p.reply and "?" in p.reply


@pytest.mark.parametrize("text", [
    "salut, tu peux jeter un oeil au truc que m'a transmis notre fournisseur ?",
    "could you have a look at the thing my boss forwarded?",
])
def test_a_job_on_an_unnamed_thing_is_asked_back(text):
    u, _ = _read(_state(), text)
    assert u.act == "clarify"


@pytest.mark.parametrize("text, act", [
    ("petite question : le préavis de résiliation, c'est combien en général ?", "question"),  # the subject is said
    ("quick one: what does GTR mean?", "explain_term"),
])
def test_near_miss_an_opener_followed_by_its_question(text, act):
    u, _ = _read(_state(), text)
    assert u.act == act


# -- 2. a term and why it matters for the user: a question, not a bare definition ----------------------------
@pytest.mark.parametrize("text, lang", [
    ("c'est quoi la GTR et en quoi ça me concerne ?", "fr"),
    ("c'est quoi un DPA et pourquoi c'est important pour nous", "fr"),
    ("what's reversibility and why does it matter to us?", "en"),
])
def test_a_term_with_why_it_matters_is_a_question(text, lang):
    st = _state(side="client", lang=lang, contract=True)
    u, p = _read(st, text)
    assert u.act == "question" and u.firm
    assert p.calls[-1].name == "answer_question"


def test_the_learned_reader_leaves_a_firm_act():
    from assistant.chat.act_model import ActReader

    reader = ActReader(lambda: (_ for _ in ()).throw(AssertionError("the model must not be read")))
    st = _state(side="client", contract=True)
    text = "c'est quoi la réversibilité et en quoi ça me concerne"
    u = classify(text, read_slots(text), st)
    assert reader.gate(text, u, st) is u


def test_near_miss_a_bare_definition_stays_a_definition():
    u, _ = _read(_state(side="client", contract=True), "c'est quoi la réversibilité ?")
    assert u.act == "explain_term"


# -- 3. a right the user wants written into the clause on the table ------------------------------------------
@pytest.mark.parametrize("text, lang, topic", [
    ("on voudrait aussi avoir le droit de contrôler leurs locaux chaque année", "fr", "data_protection"),
    ("nous souhaitons pouvoir vérifier leurs mesures de sécurité sur place", "fr", "data_protection"),
    ("we'd also like the right to inspect their data centre once a year", "en", "data_protection"),
])
def test_a_right_wanted_revises_the_clause_to_the_users_side(text, lang, topic):
    st = _state(side="client", lang=lang, clause=topic)
    u, p = _read(st, text)
    assert u.act == "add_remove"
    assert [c.name for c in p.calls] == ["revise_clause"]
    assert p.calls[0].args.get("position") == "client"


def test_near_miss_a_figure_on_the_clause_stays_a_figure():
    u, _ = _read(_state(side="client", clause="data_protection"), "on veut une notification sous 24 h")
    assert u.act in ("set_figure", "change_position")


# -- 4. who holds the admin rights, stated: a fact, nothing added to the scope -------------------------------
@pytest.mark.parametrize("text, lang", [
    ("ils ont leur propre technicien qui garde aussi les droits admin sur les serveurs", "fr"),
    ("le client a un informaticien maison avec les mots de passe des serveurs", "fr"),
    ("they have an in-house IT guy who also keeps admin access to the servers", "en"),
])
def test_who_holds_the_keys_is_a_fact_not_a_scope_change(text, lang):
    st = _state(side="msp", lang=lang, contract=True)
    u, p = _read(st, text)
    assert u.act == "state_fact"
    assert not (u.slots.add_assets or u.slots.add_services)
    assert not any(c.name in ("revise_contract", "draft_contract") for c in p.calls)


def test_near_miss_they_want_a_service_added_to_the_contract():
    u, _ = _read(_state(side="msp", contract=True), "ils veulent aussi qu'on gère leurs serveurs finalement")
    assert u.act == "add_remove"


# -- 5. the provider's plan to subcontract abroad: a question, with the transfer rules searched --------------
@pytest.mark.parametrize("text, lang", [
    ("ils envisagent de sous-traiter la hotline de nuit à une équipe au Maroc", "fr"),
    ("notre prestataire voudrait passer le support à un sous-traitant en Tunisie", "fr"),
    ("our MSP plans to subcontract first-line support to a team in the Philippines", "en"),
])
def test_a_plan_to_subcontract_is_a_question_on_transfers(text, lang):
    st = _state(side="client", lang=lang, last_act="state_fact", last_tool="update_scope", last_topic="data_protection")
    u, p = _read(st, text)
    assert u.act == "question" and u.firm
    q = p.calls[-1].args["question"]
    assert p.calls[-1].name == "answer_question"
    assert re.search(r"44|transfer|transfert", q)


def test_data_hosted_outside_the_eu_searches_the_transfer_rules():
    st = _state(side="client", lang="en")
    _, p = _read(st, "their ticketing tool sits on servers in the United States and our staff type customer data into it, ok?")
    assert re.search(r"Article 44|transfer outside", p.calls[-1].args["question"])


def test_near_miss_a_subcontracting_clause_is_drafted():
    u, _ = _read(_state(side="client"), "rédige une clause de sous-traitance en notre faveur")
    assert u.act == "draft_clause"


# -- 6. a compromise figure after a remark: the figure set ---------------------------------------------------
@pytest.mark.parametrize("text, topic, lang", [
    ("coupons la poire en deux, mets 15", "penalties", "fr"),
    ("let's split the difference, make it 18 months", "non_solicitation", "en"),
])
def test_a_compromise_then_a_figure_sets_the_figure(text, topic, lang):
    st = _state(side="msp", lang=lang, clause=topic)
    st.last.figure = "penalty_cap_percent" if topic == "penalties" else "non_solicitation_months"
    s = read_slots(text, topic_hint=topic, side_hint="msp", figure_hint=st.last.figure)
    u = classify(text, s, st)
    assert u.act == "set_figure"
    assert plan(u, st, text).calls[-1].name == "revise_clause"


def test_near_miss_a_position_alone_changes_the_position():
    u, _ = _read(_state(side="msp", lang="en", clause="penalties"), "make it more balanced")
    assert u.act == "change_position"


# -- 7. "their response time" is an SLA figure, not the other side's response --------------------------------
@pytest.mark.parametrize("text", [
    "our provider told us their response times are only best efforts. isn't that supposed to be a firm commitment?",
    "notre presta dit que leur délai de réponse est seulement un objectif. ça ne devrait pas être un engagement ferme ?",
])
def test_their_response_time_is_not_an_objection(text):
    u, _ = _read(_state(side="client", lang="en" if text.startswith("our") else "fr"), text)
    assert u.act in ("question", "obligations")


def test_near_miss_their_response_to_the_clause_is_an_objection():
    u, _ = _read(_state(side="msp", lang="en", clause="liability"), "what will their response be to this cap?")
    assert u.act == "objections"


# -- 8. "what do we need in the contract" after personal data stated: the processor terms --------------------
@pytest.mark.parametrize("text, lang", [
    ("so what should we have in the agreement then?", "en"),
    ("du coup il nous faut quoi dans le contrat ?", "fr"),
])
def test_contract_contents_after_personal_data_asks_the_processor_terms(text, lang):
    said = "ils gèrent notre logiciel de paie, avec les fiches de salaire" if lang == "fr" else \
        "they look after our payroll software, payslips included"
    st = _state(side="client", lang=lang, last_act="state_fact", last_tool="update_scope", question=said)
    st.set_fact("personal_data", True)
    u, p = _read(st, text)
    call = p.calls[-1]
    assert call.name == "answer_question"
    assert re.search(r"28", call.args["question"])
    assert "focus" not in call.args


# -- 9. a short French message typed without accents stays French ---------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("passe a 6 mois", "fr"),
    ("mets a 99,9 stp", "fr"),
    ("bump it to a year", "en"),
])
def test_a_bare_a_keeps_the_conversations_language(text, lang):
    from assistant.chat.conversation import ChatEngine

    state = SimpleNamespace(lang="fr", turns=2)
    assert ChatEngine._language(text, state) == lang


# -- 10. the usual value of a figure, asked with none given: the library's range ------------------------------
@pytest.mark.parametrize("text, lang, unit", [
    ("et le plafond des pénalités, quel pourcentage est habituel ?", "fr", "percent"),
    ("and the penalty cap, what % do people usually put?", "en", "percent"),
])
def test_the_usual_value_asked_adds_the_librarys_range(tmp_path, text, lang, unit):
    from assistant.chat.tool_args import AnswerQuestion
    from assistant.chat.tools import Toolbox
    from assistant.knowledge.entries import load_entries

    st = _state(side="client", lang=lang, clause="sla")
    st.last.tool = "objections"
    u, p = _read(st, text)
    call = p.calls[-1]
    assert call.name == "answer_question" and call.args.get("topic") == "penalties"
    assert call.args.get("usual") == unit
    tools = Toolbox(entries=load_entries(), retriever=None, composer=None, export_dir=tmp_path)
    text_out, cites = tools._usual("penalties", AnswerQuestion.model_validate(call.args).usual, st)
    assert re.search(r"\d+ ?%", text_out) and cites


def test_near_miss_a_figure_given_is_assessed_not_ranged():
    st = _state(side="client", lang="en")
    _, p = _read(st, "our MSP caps service credits at 5 % of the monthly fee, is that normal?")
    assert "usual" not in p.calls[-1].args


# -- 11. a value without its unit, asked as a change of the clause on the table: its one figure ----------------
@pytest.mark.parametrize("text, lang, figure, value", [
    ("et si on monte à 99,9 ?", "fr", "availability_percent", 99.9),
    ("what if we go down to 99.2?", "en", "availability_percent", 99.2),
])
def test_a_bare_value_sets_the_one_figure_it_can_be(tmp_path, text, lang, figure, value):
    # the client's SLA clause carries an availability commitment (99.5 %); nothing else on it is near 99
    from assistant.chat.tools import Toolbox
    from assistant.knowledge.entries import load_entries

    tools = Toolbox(entries=load_entries(), retriever=None, composer=None, export_dir=tmp_path)
    st = _state(side="client", lang=lang, clause="sla")
    s = read_slots(text, topic_hint="sla", side_hint="client")
    tools.relative_figures(s, st, text)
    assert s.figures == {figure: value}
    u = classify(text, s, st)
    assert u.act == "set_figure"
    assert plan(u, st, text).calls[-1].name == "revise_clause"


def test_near_miss_a_bare_value_that_fits_several_figures_is_left(tmp_path):
    from assistant.chat.tools import Toolbox
    from assistant.knowledge.entries import load_entries

    tools = Toolbox(entries=load_entries(), retriever=None, composer=None, export_dir=tmp_path)
    st = _state(side="msp", lang="fr", clause="sla")
    s = read_slots("et si on passe à 3 ?", topic_hint="sla", side_hint="msp")
    tools.relative_figures(s, st, "et si on passe à 3 ?")
    assert not s.figures  # 3 what? several response and restoration times could be meant


# -- 13. the last answer approved: what next, asked (no answer given again) ------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("impeccable, c'est ce qu'il me fallait", "fr"),
    ("ça nous convient parfaitement, merci", "fr"),
    ("that's very helpful, thanks a lot", "en"),
    ("this looks great", "en"),
])
def test_an_approval_gets_the_what_next_question(text, lang):
    st = _state(side="client", lang=lang, clause="sla")
    u, p = _read(st, text)
    assert u.act == "clarify"
    assert not p.calls and p.reply and "?" in p.reply


@pytest.mark.parametrize("text", ["c'est bon pour nous, mais mets la GTR à 6 h", "looks good but make the cap 12 months"])
def test_near_miss_an_approval_with_a_change_is_the_change(text):
    st = _state(side="client", lang="en" if text.startswith("looks") else "fr",
                clause="sla" if "GTR" in text else "liability")
    u, _ = _read(st, text)
    assert u.act == "set_figure"


# -- 14. the last answer questioned: a follow-up, never refused ------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("t'es vraiment sûr de toi ?", "fr"),
    ("d'où tu tiens ça ?", "fr"),
    ("really?", "en"),
    ("is that really true?", "en"),
])
def test_a_challenge_of_the_last_answer_is_a_follow_up(text, lang):
    st = _state(side="client", lang=lang, last_act="question", last_tool="answer_question", last_topic="sla",
                question="une GTR de 4 h, c'est une obligation de résultat ?" if lang == "fr" else
                "is a 4-hour restoration time an obligation of result?")
    u, p = _read(st, text)
    assert u.act == "follow_up"
    assert p.calls[-1].name == "answer_question"
    assert st.last.question in p.calls[-1].args["question"]


def test_near_miss_a_challenge_with_nothing_before_is_asked_back():
    u, _ = _read(_state(), "vraiment ?")
    assert u.act == "clarify"

# -- 15. the next clause asked with a clause on the table: drafted -----------------------------------------------
@pytest.mark.parametrize("text, lang, topic", [
    ("bon, fais-moi maintenant celle sur la confidentialité", "fr", "confidentiality"),
    ("right, now draft the termination one", "en", "termination"),
])
def test_the_next_clause_is_drafted(text, lang, topic):
    u, p = _read(_state(side="client", lang=lang, clause="sla"), text)
    assert u.act == "draft_clause"
    assert p.calls[-1].name == "draft_clause" and p.calls[-1].args["topic"] == topic


# -- 16. a figure corrected without its unit ("I meant 99.9 not 99.5"): the figure at the value taken back -----
@pytest.mark.parametrize("text, lang", [("pardon, je voulais dire 99,8 pas 99,5", "fr"), ("sorry, I meant 99.7 not 99.5", "en")])
def test_a_bare_correction_sets_the_figure_taken_back(tmp_path, text, lang):
    from assistant.chat.tools import Toolbox
    from assistant.knowledge.entries import load_entries

    tools = Toolbox(entries=load_entries(), retriever=None, composer=None, export_dir=tmp_path)
    st = _state(side="client", lang=lang, clause="sla")  # the client's SLA clause: 99.5 % availability
    s = read_slots(text, topic_hint="sla", side_hint="client")
    tools.relative_figures(s, st, text)
    assert list(s.figures) == ["availability_percent"] and s.figures["availability_percent"] in (99.8, 99.7)
    assert classify(text, s, st).act == "set_figure"

# -- 17. more of the last answer asked ("tu peux développer ?", "give me an example"): a follow-up ------------------
@pytest.mark.parametrize("text, lang", [
    ("vous pouvez détailler ?", "fr"),
    ("donne-moi un exemple concret", "fr"),
    ("could you expand on that?", "en"),
    ("for instance?", "en"),
])
def test_more_of_the_last_answer_is_a_follow_up(text, lang):
    st = _state(side="msp", lang=lang, last_act="question", last_tool="answer_question", last_topic="liability",
                question="le plafond de responsabilité couvre-t-il la perte de données ?" if lang == "fr" else
                "does the liability cap cover data loss?")
    u, p = _read(st, text)
    assert u.act == "follow_up" and p.calls[-1].name == "answer_question"


# -- 18. whether something is needed, asked ("do we even need a DPA?"): a question, no document drafted --------
@pytest.mark.parametrize("text, lang", [
    ("au fait, est-ce qu'on a besoin d'un accord de sous-traitance s'ils ne font que de la télémaintenance ?", "fr"),
    ("side question: would we need a DPA if they never touch personal data?", "en"),
])
def test_whether_a_document_is_needed_is_a_question(text, lang):
    u, p = _read(_state(side="client", lang=lang, clause="sla"), text)
    assert u.act == "question" and p.calls[-1].name == "answer_question"


def test_near_miss_a_need_stated_is_a_draft():
    u, _ = _read(_state(side="client", lang="en"), "we need a DPA for our MSP, client side")
    assert u.act in ("draft_clause", "draft_contract")

# -- 19. a clause pasted alone, nothing asked: reviewed (not a scope fact or a change of the clause on the table) --
@pytest.mark.parametrize("text, table", [
    ("Le Prestataire ne pourra être tenu responsable des pertes d'exploitation ni des pertes de fichiers, quelle qu'en "
     "soit l'origine, sa responsabilité étant limitée au montant d'un mois de redevance.", None),
    ("The Customer shall pay each invoice within sixty days and the Supplier may suspend all services without notice "
     "if any amount remains unpaid.", "sla"),
])
def test_a_clause_pasted_alone_is_reviewed(text, table):
    st = _state(side="client", lang="fr" if text.startswith("Le ") else "en", clause=table)
    u, p = _read(st, text)
    assert u.act == "review"
    assert [c.name for c in p.calls] == ["review_text"] and p.calls[0].args["text"] == text


@pytest.mark.parametrize("text", [
    "le client paie à 45 jours et le prestataire facture tous les mois, on fait comment pour les retards ?",
    "Le Prestataire doit-il vraiment nous rendre les données à la fin du contrat, même sans clause ?",
])
def test_near_miss_a_question_naming_the_parties_is_no_paste(text):
    u, _ = _read(_state(side="client"), text)
    assert u.act != "review"

# -- 12. an obligations answer with who runs the systems unstated says in words what it depends on -----------------
@pytest.mark.index
@pytest.mark.parametrize("lang, first, question", [
    ("fr", "agence immobilière, 12 postes sur un site", "notre presta propose une dispo de 98 % en obligation de moyens, c'est correct ?"),
    ("en", "we're a 25-person architects' office", "their uptime promise is 99 % as an obligation of means only — fair?"),
])
def test_an_obligations_answer_says_in_words_what_it_depends_on(app, tmp_path, lang, first, question):
    from tests.llm_helpers import build_llm_app

    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    r = engine.turn(first, side="client", lang=lang)
    r = engine.turn(question, conversation_id=r.conversation_id, side="client", lang=lang)
    assert "control" not in r.conversation.stated()
    assert re.search(r"Cela dépend|It depends", r.answer.answer) and re.search(r"\b(si|if)\b", r.answer.answer)
