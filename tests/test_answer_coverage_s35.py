"""Issue 15, thirty-fifth session (helper s35-kb), stage (a): knowledge no card held. The tuned half of answers_v34 lost
points on subjects the knowledge base said nothing about; each now has a reviewed card pair
(`knowledge_base/cards/*_s35.yaml`), gated by a cue of `chat/situation_cues_s35.py` (an ask cue of `premises.ASK_CUES` and a
told situation of `told_situations.SITUATIONS`):

- a salaried technician working on 1 May (C. trav. L3133-4 to L3133-6: a day off, double pay only where the activity
  cannot stop);
- camera footage a shop wants kept for months (C. sécu. int. L252-5: one month at most; GDPR 5(1)(e); the processor warns
  of an unlawful instruction, 28(3));
- a client's name or logo shown as a reference (CPI L713-2, L122-4: consent);
- a provider depending on one client that demands a price cut (C. civ. 1193; C. com. L442-1 I and II, L420-2);
- a clause forbidding negative reviews (C. com. L442-1 I 2°; C. civ. 1171; C. consom. L212-1; disparagement, C. civ. 1240);
- staff expected to stay reachable every evening with no rota (C. trav. L3121-9; right to disconnect, L2242-17 7°);
- a most-favoured-customer clause (C. civ. 1102; C. com. L442-1 I 2°);
- remote-control sessions recorded of the provider's own accord (GDPR 28(3)(a), 28(10));

and, from a survey of subjects the field's users plausibly ask that no card answered:

- a salaried technician's travel time to client sites (C. trav. L3121-4);
- the trial period of a new hire (C. trav. L1221-19, L1221-21, L1221-25);
- technicians' overtime (C. trav. L3121-27, L3121-28, L3121-36).

The questions are our own (other trades, casual, no accents, the subject named indirectly, a story ending on the
question), none taken from an evaluation set; each family has questions that must reach its card and near misses that
must not.
"""

from __future__ import annotations

import pytest

from assistant.chat.premises import ASK_CUES, ASK_EXCLUDED
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


def _s35():
    from assistant.chat import situation_cues_s35 as s35  # noqa: PLC0415

    return s35


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    ("may_day_work_s35", r"(en principe non|not in principle)", ("L3133-4", "L3133-6"),
     r"(indemnite egale|allowance equal).*"),
    ("cctv_retention_s35", r"(non|no)\b", ("L252-5", "5(1)(e)"), r"(un mois|one month)"),
    ("client_reference_logo_s35", r"(pas sans l'accord|not without the client's consent)", ("L713-2", "L122-4"),
     r"(marque|trademark)"),
    ("economic_dependence_s35", r"(oui|yes)\b", ("L442-1", "L420-2", "1193"), r"(dependance economique|economic dependence)"),
    ("negative_review_clause_s35", r"(probablement pas|probably not)", ("L442-1", "1240", "L212-1"),
     r"(liberte d'expression|freedom of expression).*(denigrement|disparagement)"),
    ("evening_reachability_s35", r"(non|no)\b", ("L3121-9", "L2242-17"), r"(deconnexion|disconnect)"),
    ("most_favoured_customer_s35", r"(c'est une clause|it is a clause)", ("1102", "L442-1"),
     r"(au moins aussi favorables|at least as favourable)"),
    ("session_recording_s35", r"(non|no)\b", ("28(3)(a)", "28(10)"), r"(instruction documentee|documented instructions)"),
    ("technician_travel_time_s35", r"(en principe non|not in principle)", ("L3121-4",), r"(contrepartie|compensation)"),
    ("probation_period_s35", r"(la duree initiale maximale|the maximum initial length)", ("L1221-19", "L1221-21"),
     r"(trois mois|three months)"),
    ("staff_overtime_pay_s35", r"(chaque heure|each hour)", ("L3121-28", "L3121-36"), r"25 ?%.*50 ?%"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


GATES = [("may_day_work_s35", "may_day_work"), ("cctv_retention_s35", "cctv_retention"),
         ("client_reference_logo_s35", "client_reference_logo"), ("economic_dependence_s35", "economic_dependence"),
         ("negative_review_clause_s35", "negative_review_ban"), ("evening_reachability_s35", "reachable_after_hours"),
         ("most_favoured_customer_s35", "most_favoured_customer"), ("session_recording_s35", "session_recording"),
         ("technician_travel_time_s35", "travel_time_asked"), ("probation_period_s35", "probation_asked"), ("staff_overtime_pay_s35", "overtime_asked")]


@pytest.mark.parametrize("name,cue", GATES)
def test_the_new_cards_are_gated_on_their_situation(cards, name, cue):
    for lang in ("fr", "en"):
        card = cards[f"card.{name}.{lang}"]
        assert cue in card.premise and cue in ASK_CUES
        for q in card.questions:
            low = fold(q)
            assert ASK_CUES[cue].search(low), q
            assert not (cue in ASK_EXCLUDED and ASK_EXCLUDED[cue](low)), q


# -- fast tier: the cues read the situation in other words -------------------------------------------------------------

CUES = [
    ("MAY_DAY_WORK", "le client veut qu'on bascule sa messagerie le 1er mai, nos gars peuvent bosser ce jour la ?", True),
    ("MAY_DAY_WORK", "EN: can our helpdesk staff be open on may 1st, and at what pay?", True),
    ("MAY_DAY_WORK", "le contrat a ete signe le 1er mai 2024, il se renouvelle quand ?", False),
    ("MAY_DAY_WORK", "EN: our engineers work on sundays, is that allowed?", False),
    ("CCTV_RETENTION", "la boulangerie veut qu'on regle le dvr pour garder 90 jours de video", True),
    ("CCTV_RETENTION", "EN: how long can a pharmacy keep its camera footage?", True),
    ("CCTV_RETENTION", "combien de temps garder les logs du pare-feu ?", False),
    ("CCTV_RETENTION", "EN: how long do we keep backups of the client's mailboxes?", False),
    ("CLIENT_REFERENCE_LOGO", "on aimerait afficher les logos de nos clients sur la page d'accueil", True),
    ("CLIENT_REFERENCE_LOGO", "EN: a customer asks us to take its logo off our slides, must we?", True),
    ("CLIENT_REFERENCE_LOGO", "EN: we signed after the firm showed fake customer references", False),
    ("CLIENT_REFERENCE_LOGO", "le client veut changer le logo sur son site, c'est dans le forfait ?", False),
    ("ECONOMIC_DEPENDENCE", "ce client pese 80 % de notre ca et veut 15 % de remise sinon il change de presta", True),
    ("ECONOMIC_DEPENDENCE", "EN: we are economically dependent on one retailer, which now wants lower rates", True),
    ("ECONOMIC_DEPENDENCE", "EN: can the provider raise its prices during the contract?", False),
    ("ECONOMIC_DEPENDENCE", "le client conteste la facture et refuse de payer", False),
    ("NEGATIVE_REVIEW", "peut-on obliger nos clients a ne pas mettre de mauvaise note sur google ?", True),
    ("NEGATIVE_REVIEW", "EN: an ex-client keeps badmouthing us on linkedin, what can we do?", True),
    ("NEGATIVE_REVIEW", "EN: the client wants a monthly review meeting of the sla", False),
    ("NEGATIVE_REVIEW", "la revue de code du client a ete negative sur un point de securite", False),
    ("REACHABLE_AFTER_HOURS", "le patron veut que les techs repondent au portable apres 19h et le week-end, sans prime", True),
    ("REACHABLE_AFTER_HOURS", "EN: do we need a right to disconnect policy with 12 employees?", True),
    ("REACHABLE_AFTER_HOURS", "EN: what business hours should the support contract cover?", False),
    ("REACHABLE_AFTER_HOURS", "nos techniciens d'astreinte le dimanche doivent-ils etre payes ?", False),
    ("MOST_FAVOURED", "le client exige les memes tarifs que nos autres clients, c'est quoi ce genre de clause ?", True),
    ("MOST_FAVOURED", "EN: what does an MFN clause mean in an outsourcing deal?", True),
    ("MOST_FAVOURED", "EN: can we raise our prices once a year?", False),
    ("MOST_FAVOURED", "quel prix pour un contrat d'infogerance de 20 postes ?", False),
    ("SESSION_RECORDING", "notre outil de teleassistance filme toutes les interventions, faut-il le dire au client ?", True),
    ("SESSION_RECORDING", "EN: we screen-record every remote support session by default", True),
    ("SESSION_RECORDING", "peut-on enregistrer les appels de la hotline ?", False),
    ("SESSION_RECORDING", "EN: how long must we keep the logs of remote access sessions?", False),
    ("TRAVEL_TIME", "une technicienne fait 1h30 de route jusqu'au client chaque matin, ca se paie ?", True),
    ("TRAVEL_TIME", "EN: does the drive from the office to a customer's premises count as work for our techs?", True),
    ("TRAVEL_TIME", "on facture les deplacements au client au forfait ou au reel ?", False),
    ("TRAVEL_TIME", "EN: does the guaranteed intervention time include travel?", False),
    ("PROBATION", "on embauche un admin sys en cdi, combien de temps d'essai ?", False),
    ("PROBATION", "on embauche un admin sys en cdi, quelle periode d'essai ?", True),
    ("PROBATION", "EN: how long can a new engineer's probation last?", True),
    ("PROBATION", "le logiciel a une periode d'essai de 30 jours, on peut resilier ?", False),
    ("PROBATION", "EN: the saas offers a 14-day trial period", False),
    ("OVERTIME", "nos gars font 45h par semaine pendant les migrations, on les paie comment ?", True),
    ("OVERTIME", "EN: do our engineers get overtime pay for weekend patching?", True),
    ("OVERTIME", "EN: the overtime our staff spent re-entering lost data, can we claim it?", False),
    ("OVERTIME", "le presta nous facture des heures supplementaires non prevues", False),
]


@pytest.mark.parametrize("name,text,expected", CUES)
def test_cues_read_the_situation_in_other_words(name, text, expected):
    pattern = getattr(_s35(), name)
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(pattern.search(fold(text))) is expected, text


def test_on_call_named_goes_to_the_on_call_card_but_not_when_said_missing():
    told = _s35().ON_CALL_DUTY_TOLD
    assert told.search(fold("nos techniciens d'astreinte le week-end doivent-ils etre payes ?"))
    assert not told.search(fold("ils restent joignables le soir sans astreinte organisee"))
    assert not told.search(fold("they stay reachable at night without a formal on-call rota"))
    assert not told.search(fold("rester dispo le soir au cas ou, est-ce une astreinte ?"))


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    ("Notre client, une chaine de magasins, veut qu'on fasse la bascule de ses caisses le 1er mai parce que c'est ferme. "
     "Un de nos techniciens salaries peut-il y aller ?", "msp", "may_day_work_s35", r"l3133", r"en principe non|\bnon\b"),
    ("EN: a hospital client asks our employee to patch its servers on May Day; can he work that day and how is he paid?",
     "msp", "may_day_work_s35", r"l3133", r"not in principle|\bno\b"),
    ("on peut faire bosser un salarie le premier mai pour une intervention prevue de longue date ?", "msp",
     "may_day_work_s35", r"l3133", r"en principe non|\bnon\b"),
    ("Un opticien nous a fait installer des cameras. Il veut qu'on regle le dvr pour garder un an d'enregistrements. "
     "On peut ?", "msp", "cctv_retention_s35", r"l252-5", r"\bnon\b"),
    ("EN: the bakery we support wants its CCTV footage kept for three months on the recorder; is that allowed?", "msp",
     "cctv_retention_s35", r"l252-5", r"\bno\b"),
    ("combien de temps un magasin peut garder les videos de ses cameras de surveillance ?", "client",
     "cctv_retention_s35", r"l252-5", r"\bnon\b|un mois"),
    ("on refait notre site et on voudrait une page avec les logos de nos clients, faut-il leur demander ?", "msp",
     "client_reference_logo_s35", r"l713-2|l122-4", r"pas sans"),
    ("EN: Our MSP put our logo on its website as a reference without asking. Were they allowed to?", "client",
     "client_reference_logo_s35", r"l713-2|l122-4", r"not without"),
    ("EN: a customer pays 65% of our revenue and now insists on a 25% discount mid-contract or it walks. do we have any "
     "remedy?", "msp", "economic_dependence_s35", r"l442-1|l420-2", r"\byes\b"),
    ("on depend economiquement d'un distributeur qui nous impose une baisse de nos tarifs, quels recours ?", "msp",
     "economic_dependence_s35", r"l442-1|l420-2", r"\boui\b|plusieurs"),
    # the card is reached, but a question telling what the asker wants to add to its terms ("ajouter dans nos conditions")
    # then asking whether it is legal opens on the card's negotiation point, not its verdict: the opening's choice
    # (composer / intent, helper s35-ans's modules) — strict, so that the fix shows
    pytest.param("Un client mecontent a mis une etoile sur google. On voudrait ajouter dans nos conditions une interdiction "
                 "des avis negatifs. C'est legal ?", "msp", "negative_review_clause_s35", r"l442-1|1240|l212-1",
                 r"probablement pas", marks=pytest.mark.xfail(strict=True, reason="opening on a what-to-write reading")),
    ("EN: can our terms of service stop customers from posting bad reviews about our support?", "msp",
     "negative_review_clause_s35", r"l442-1|1240|l212-1", r"probably not"),
    ("Le gerant veut que les techniciens gardent leur portable allume tous les soirs pour les clients, sans planning "
     "d'astreinte ni prime. C'est permis ?", "msp", "evening_reachability_s35", r"l3121-9|l2242-17", r"\bnon\b"),
    ("EN: our boss expects us techs to answer client calls every night after work, unpaid and with no rota. is that legal?",
     "msp", "evening_reachability_s35", r"l3121-9|l2242-17", r"\bno\b"),
    ("EN: a client wants a most favoured customer clause in our MSA, what does it mean for us?", "msp",
     "most_favoured_customer_s35", r"1102|l442-1", r"it is a clause"),
    ("un prospect veut une clause lui garantissant toujours nos meilleurs prix, c'est quoi exactement ?", "msp",
     "most_favoured_customer_s35", r"1102|l442-1", r"c'est une clause"),
    ("Notre logiciel de prise en main a distance enregistre chaque session en video. Le client ne l'a jamais demande. "
     "C'est un probleme ?", "msp", "session_recording_s35", r"28 ?\(3\) ?\(a\)|28 ?\(10\)", r"\bnon\b"),
    ("EN: we discovered our MSP films every remote support session on our PCs. they never asked us. is that allowed?",
     "client", "session_recording_s35", r"28 ?\(3\) ?\(a\)|28 ?\(10\)", r"\bno\b"),
    ("Nos techniciens partent de chez eux et font parfois deux heures de route pour aller chez un client a Lyon. Ce "
     "temps de trajet doit-il etre paye ?", "msp", "technician_travel_time_s35", r"l3121-4", r"en principe non|\bnon\b"),
    ("EN: is the time our field engineers spend driving to customer sites counted as working time?", "msp",
     "technician_travel_time_s35", r"l3121-4", r"not in principle|\bno\b"),
    ("on recrute un technicien helpdesk, quelle duree maximum pour sa periode d'essai ?", "msp", "probation_period_s35",
     r"l1221-19", r"deux mois|trois mois"),
    ("EN: we're hiring a network engineer as a manager; how long can the probation period be and can we renew it?", "msp",
     "probation_period_s35", r"l1221-19", r"months"),
    ("nos techs font 40 heures par semaine pendant la migration, comment on paie les heures sup ?", "msp",
     "staff_overtime_pay_s35", r"l3121-28|l3121-36", r"heure"),
    ("EN: our support staff regularly work 41 hours a week; what overtime premium do we owe them?", "msp",
     "staff_overtime_pay_s35", r"l3121-28|l3121-36", r"hour"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_family_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


NEAR = [
    ("nos techniciens d'astreinte le week-end doivent-ils etre payes meme sans appel ?", "msp", "evening_reachability_s35"),
    ("EN: can our processor delete our data at the end of the contract without asking?", "client",
     "session_recording_s35"),
    ("on a signe apres que l'esn nous a montre de fausses references clients, recours ?", "client",
     "client_reference_logo_s35"),
    ("EN: a client threatens to drop us from its supplier panel unless we cut prices for nothing in return; lawful?", "msp",
     "economic_dependence_s35"),
    ("abus de dependance economique par notre msp au renouvellement, quels recours ?", "client", "economic_dependence_s35"),
    ("combien de temps garder les journaux de connexion des utilisateurs ?", "msp", "cctv_retention_s35"),
    ("EN: can the provider raise its prices every year?", "client", "most_favoured_customer_s35"),
    ("EN: the provider billed overtime hours we never ordered; must we pay?", "client", "staff_overtime_pay_s35"),
    ("la gti de 4 heures inclut-elle le temps de trajet du technicien ?", "client", "technician_travel_time_s35"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_do_not_reach_the_new_cards(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not any(i.startswith(f"card.{card}.") for i in _ids(ans)[:1]), _ids(ans)
