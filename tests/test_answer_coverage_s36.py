"""Issue 15, thirty-sixth session (helper s36-kb): questions SMEs and MSPs ask that no card answered. Each subject has a
reviewed card pair (`knowledge_base/cards/*_s36.yaml`), gated by a cue of `chat/situation_cues_s36.py` (an ask cue of
`premises.ASK_CUES` and a told situation of `told_situations.SITUATIONS`):

- cookies and trackers on a client's website (loi 78-17, art. 82; GDPR 4(11), 7(1), 28(10));
- a website's legal notices and the host they name (loi 2004-575, art. 1-1, formerly art. 6, III; C. com. R123-237);
- employees' own devices managed for work, BYOD (GDPR 32, 5(1)(c); C. trav. L1121-1, L1222-4);
- telework equipment, costs and security (C. trav. L1222-9 to L1222-11);
- a password and authentication policy imposed by contract (GDPR 32(1), 28(3)(c); CNIL recommendation);
- an AI system the MSP integrates or resells: provider or deployer (Regulation 2024/1689, art. 3, 25, 50, 113);
- AI literacy of the staff (Regulation 2024/1689, art. 4, 113);
- the Cyber Resilience Act (Regulation 2024/2847, art. 13, 14, 71);
- digital accessibility of a site or app (loi 2005-102, art. 47; Directive 2019/882, art. 4, 31);
- reselling telephone lines or SIP trunks (CPCE L33-1).

The questions below are our own and none is one of the card's phrasings (checked): casual, typos, no accents, the subject
told indirectly, FR and EN; each family has a near miss that must not reach its card.
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


def _s36():
    from assistant.chat import situation_cues_s36 as s36  # noqa: PLC0415

    return s36


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    ("website_cookies_s36", r"(non, pas sans consentement|no, not without prior consent)", ("art. 82", "4(11)", "7(1)"),
     r"(strictement necessaires|strictly needed).*(editeur|publisher)"),
    ("website_legal_notice_s36", r"(le site d'une entreprise doit|a company's website must)", ("1-1", "R123-237"),
     r"(directeur de la publication|publication director).*(hebergeur|host)"),
    ("byod_devices_s36", r"(oui, mais|yes, but)", ("32", "5(1)(c)", "L1121-1", "L1222-4"),
     r"(espace professionnel|work space).*(effacement complet|full wipe)"),
    ("telework_equipment_s36", r"(en principe|in principle)", ("L1222-9", "L1222-10", "L1222-11"),
     r"(employeur|employer).*(frais|costs)"),
    ("password_policy_s36", r"(oui|yes)\b", ("32(1)", "28(3)(c)"), r"(recommandation de la cnil|cnil recommendation)"),
    ("ai_act_provider_deployer_s36", r"(cela depend|it depends)", ("art. 3", "art. 25", "art. 50", "art. 113"),
     r"(fournisseur|provider).*(deployeur|deployer).*2 (aout|august) 2026"),
    ("ai_literacy_s36", r"(oui|yes)\b", ("art. 4", "art. 113"), r"2 (fevrier|february) 2025"),
    ("cyber_resilience_act_s36", r"(cela depend|it depends)", ("art. 13", "art. 14", "art. 71"),
     r"11 (decembre|december) 2027.*11 (septembre|september) 2026"),
    ("digital_accessibility_s36", r"(cela depend|it depends)", ("art. 47", "art. 4", "art. 31"), r"28 (juin|june) 2025"),
    ("telecom_resale_s36", r"(oui, mais|yes, but)", ("L33-1",), r"(arcep).*(declaration)"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    card = cards[f"card.{name}.{lang}"]
    articles = tuple(a.replace("art.", "Art.") for a in articles) if lang == "en" else articles
    assert_card_states(card, opening, articles, body)


GATES = [("website_cookies_s36", "website_cookies"), ("website_legal_notice_s36", "legal_notice_named"),
         ("byod_devices_s36", "own_devices_named"), ("telework_equipment_s36", "telework_named"),
         ("password_policy_s36", "password_policy_named"), ("ai_act_provider_deployer_s36", "ai_role_asked"),
         ("ai_literacy_s36", "ai_literacy_asked"), ("cyber_resilience_act_s36", "cyber_resilience_named"),
         ("digital_accessibility_s36", "accessibility_named"), ("telecom_resale_s36", "telecom_resale_named")]


@pytest.mark.parametrize("name,cue", GATES)
def test_the_new_cards_are_gated_on_their_situation(cards, name, cue):
    for lang in ("fr", "en"):
        card = cards[f"card.{name}.{lang}"]
        assert cue in card.premise and cue in ASK_CUES
        for q in (card.title, *card.questions):
            low = fold(q)
            assert ASK_CUES[cue].search(low), q
            assert not ASK_EXCLUDED[cue](low), q


def test_no_new_cue_reads_another_cards_phrasings(cards):
    """The s36 cues take no question written for an older card (the card on encryption keeps "MFA and encryption", the
    geolocation card its GPS trackers, the duress card the provider holding every password, the 28(10) card a provider
    training its own AI)."""
    s36 = _s36()
    names = ("WEBSITE_COOKIES", "LEGAL_NOTICE", "BYOD", "TELEWORK", "PASSWORD_POLICY", "AI_ROLE", "AI_LITERACY",
             "CYBER_RESILIENCE", "DIGITAL_ACCESSIBILITY", "TELECOM_RESALE")
    hits = [(cid, n, q) for cid, card in cards.items() if "_s36." not in cid for q in (card.title, *card.questions)
            for n in names if getattr(s36, n).search(fold(q))]
    assert not hits, hits


# -- fast tier: the cues read the situation in other words -------------------------------------------------------------

CUES = [
    ("WEBSITE_COOKIES", "le site de la boulangerie met un pixel meta, faut un bandeau ?", True),
    ("WEBSITE_COOKIES", "EN: our web agency installed hotjar on the shop's website without asking visitors, who's liable?", True),
    ("WEBSITE_COOKIES", "un utilisateur n'arrive plus a se connecter, on vide les cookies du navigateur ?", False),
    ("WEBSITE_COOKIES", "EN: can we put gps trackers in the vans of the client's technicians?", False),
    ("LEGAL_NOTICE", "ya pas de mention legale sur le site du client c grave ?", True),
    ("LEGAL_NOTICE", "EN: who should be listed as publication director on the client's site?", True),
    ("LEGAL_NOTICE", "quelles mentions legales obligatoires sur nos factures ?", False),
    ("LEGAL_NOTICE", "EN: the client moved its website to another host, do we hand over the files?", False),
    ("BYOD", "les vendeurs lisent leurs mails pro sur leur portable perso, on peut gerer ca avec intune ?", True),
    ("BYOD", "EN: staff bring their own laptops to the office, can our RMM agent go on them?", True),
    ("BYOD", "EN: we supply company phones to the client's staff, who pays when one breaks?", False),
    ("BYOD", "le client nous demande d'effacer a distance un pc portable de la societe vole", False),
    ("TELEWORK", "on passe 3 jours de teletravail par semaine, on doit payer un forfait internet aux salaries ?", True),
    ("TELEWORK", "EN: an employee working from home wants a second screen, must we provide it?", True),
    ("TELEWORK", "EN: our helpdesk takes control of client PCs remotely through anydesk", False),
    ("TELEWORK", "on fait de la telemaintenance sur les serveurs du client, faut-il un contrat ?", False),
    ("TELEWORK", "EN: the client wants a tool that screenshots its remote workers' screens every ten minutes", False),
    ("TELEWORK", "un client veut surveiller l'activite de ses salaries en teletravail avec un logiciel, on l'installe ?", False),
    ("PASSWORD_POLICY", "le client veut pas de mfa sur ses comptes admin, on fait quoi niveau contrat ?", True),
    ("PASSWORD_POLICY", "EN: how many characters should a password have according to the CNIL?", True),
    ("PASSWORD_POLICY", "l'ancien presta refuse de nous donner les mots de passe admin", False),
    ("PASSWORD_POLICY", "EN: the former msp still has our passwords and logged in last week", False),
    ("AI_ROLE", "on vend un assistant ia sous notre marque aux cabinets comptables, quelles obligations ?", True),
    ("AI_ROLE", "EN: does the AI Act make us a provider if we rebrand an openai chatbot for clients?", True),
    ("AI_ROLE", "EN: our provider trains its own model on our tickets, can it?", False),
    ("AI_ROLE", "on met en place une ia pour trier les cv des candidats du client, c'est permis ?", False),
    ("AI_LITERACY", "faut il former les equipes a l'ia maintenant ?", True),
    ("AI_LITERACY", "EN: is there an ai literacy obligation for a 10 person msp?", True),
    ("AI_LITERACY", "EN: our provider wants to train its AI on our mailboxes", False),
    ("AI_LITERACY", "formation des utilisateurs au nouveau logiciel de compta, c'est inclus ?", False),
    ("CYBER_RESILIENCE", "le cyber resilience act s'applique a notre petit agent de supervision qu'on vend ?", True),
    ("CYBER_RESILIENCE", "EN: what does the CRA require from a company selling IoT sensors?", True),
    ("CYBER_RESILIENCE", "le technicien doit rendre son cra chaque fin de mois", False),
    ("CYBER_RESILIENCE", "EN: is our MSP covered by NIS 2?", False),
    ("DIGITAL_ACCESSIBILITY", "le rgaa c'est obligatoire pour le site de la mairie qu'on refait ?", True),
    ("DIGITAL_ACCESSIBILITY", "EN: must the booking app we build work with screen readers for blind users?", True),
    ("DIGITAL_ACCESSIBILITY", "le serveur n'est plus accessible depuis ce matin, on a droit a des penalites ?", False),
    ("DIGITAL_ACCESSIBILITY", "EN: the client's portal was not accessible for six hours, is that an SLA breach?", False),
    ("TELECOM_RESALE", "on voudrait revendre des sims 4g a nos clients en marque blanche, faut une declaration ?", True),
    ("TELECOM_RESALE", "EN: can an MSP resell sip trunking under its own brand without being an operator?", True),
    ("TELECOM_RESALE", "le client ne paie plus, on peut couper sa ligne sip ?", False),
    ("TELECOM_RESALE", "EN: the client's phone system went down for a day, can it claim damages?", False),
]


@pytest.mark.parametrize("name,text,expected", CUES)
def test_cues_read_the_situation_in_other_words(name, text, expected):
    pattern = getattr(_s36(), name)
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(pattern.search(fold(text))) is expected, text


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the opening)
FIRE = [
    # cookies
    ("le site e-commerce qu'on maintient pose des cookies de pub des l'arrivee du visiteur, c'est legal ?", "msp",
     "website_cookies_s36", r"art\. 82|78-17", r"\bnon\b"),
    ("EN: the agency we subcontract put a facebook pixel on our client's site without any consent popup. ok?", "msp",
     "website_cookies_s36", r"art\. 82|78-17", r"\bno\b"),
    ("faut il vraiment un bandeau de consentement pour matomo sur le site vitrine d'un client ?", "msp",
     "website_cookies_s36", r"art\. 82|78-17", r"\bnon\b|consentement"),
    ("EN: cookie banner on a small firm's website, needed or not?", "client", "website_cookies_s36", r"art\. 82|78-17",
     r"\bno\b|consent"),
    # legal notices
    ("on livre un site a un plombier, qu'est ce qu'on doit mettre en mentions legales ?", "msp",
     "website_legal_notice_s36", r"1-1|6, iii", r"editeur|directeur"),
    # the card is matched first, but "what goes in X?" is answered from other entries' statements (a list reading of
    # the composer, not the card choice) — strict, so that the fix shows
    pytest.param("EN: what goes in the legal notice of a french company website we are building?", "msp",
                 "website_legal_notice_s36", r"1-1|6, iii", r"publisher|director",
                 marks=pytest.mark.xfail(strict=True, reason="'what goes in X' answered as a list of other entries")),
    ("EN: what info must a french company's website legal notice show?", "msp", "website_legal_notice_s36",
     r"1-1|6, iii", r"publisher|director"),
    ("qui doit etre indique comme hebergeur dans les mentions legales si on revend de l'hebergement ovh ?", "msp",
     "website_legal_notice_s36", r"1-1|6, iii", r"hebergeur|editeur"),
    ("EN: our site has no legal notice page, what do we risk?", "client", "website_legal_notice_s36", r"1-1|6, iii",
     r"publisher|director|host"),
    # BYOD
    ("les commerciaux du client utilisent leur smartphone perso pour le boulot, on peut les enroler dans notre mdm ?",
     "msp", "byod_devices_s36", r"l1121-1|art\. 32", r"\boui\b"),
    ("EN: can our MSP wipe an employee's personal phone if it gets lost with company email on it?", "client",
     "byod_devices_s36", r"l1121-1|art\. 32", r"\byes\b"),
    ("byod dans une pme de 15 personnes, jusqu'ou l'infogerant peut controler les telephones prives ?", "client",
     "byod_devices_s36", r"l1121-1|art\. 32", r"\boui\b"),
    ("EN: staff use their own laptops for work, what can the IT provider manage on them?", "client", "byod_devices_s36",
     r"l1121-1|art\. 32", r"\byes\b"),
    # telework
    ("on met nos techs en teletravail deux jours par semaine, c'est a nous de payer leur ordi et leur ecran ?", "msp",
     "telework_equipment_s36", r"l1222-9|l1222-10", r"en principe"),
    ("EN: do we owe our remote workers an internet allowance?", "msp", "telework_equipment_s36", r"l1222-9|l1222-10",
     r"in principle"),
    ("faut il une charte teletravail avec 12 salaries ?", "msp", "telework_equipment_s36", r"l1222-9|l1222-10",
     r"en principe|accord|charte"),
    ("EN: what security rules can we impose on staff working from home with company laptops?", "msp",
     "telework_equipment_s36", r"l1222-9|l1222-10", r"in principle|rules"),
    # passwords
    ("on peut obliger contractuellement le client a activer la double authentification ?", "msp",
     "password_policy_s36", r"art\. 32|28 ?\(3\) ?\(c\)", r"\boui\b"),
    ("EN: our client won't enable MFA on its admin accounts, can we make it mandatory in the contract?", "msp",
     "password_policy_s36", r"art\. 32|28 ?\(3\) ?\(c\)", r"\byes\b"),
    ("politique de mot de passe dans le contrat d'infogerance, quelles regles mettre selon la cnil ?", "msp",
     "password_policy_s36", r"art\. 32|28 ?\(3\) ?\(c\)", r"\boui\b|mots? de passe"),
    ("EN: is forcing users to change passwords every 60 days still the rule?", "client", "password_policy_s36",
     r"art\. 32|28 ?\(3\) ?\(c\)", r"\byes\b|password"),
    # AI provider / deployer
    ("on integre un chatbot ia sur le site d'un client sous notre marque, on est fournisseur au sens de l'ai act ?",
     "msp", "ai_act_provider_deployer_s36", r"2024/1689|art\. 3", r"cela depend|depend"),
    ("EN: we white-label an AI assistant for law firms, provider or deployer under the AI Act?", "msp",
     "ai_act_provider_deployer_s36", r"2024/1689|art\. 3", r"it depends|depends"),
    ("le reglement europeen sur l'ia, quelles obligations pour nous si on deploie un agent ia chez nos clients ?", "msp",
     "ai_act_provider_deployer_s36", r"2024/1689|art\. 3", r"cela depend|depend"),
    ("EN: do we have to tell website visitors they are chatting with a bot we installed?", "msp",
     "ai_act_provider_deployer_s36", r"2024/1689|art\. 50", r"it depends|depends"),
    # AI literacy
    ("on doit former nos salaries a l'ia depuis 2025 ?", "msp", "ai_literacy_s36", r"art\. 4\b|2024/1689", r"\boui\b"),
    ("EN: is AI literacy training for staff a legal obligation now?", "msp", "ai_literacy_s36", r"art\. 4\b|2024/1689",
     r"\byes\b"),
    ("obligation de maitrise de l'ia pour une tpe qui utilise chatgpt ?", "client", "ai_literacy_s36",
     r"art\. 4\b|2024/1689", r"\boui\b|si votre entreprise fournit ou utilise"),
    ("EN: since when must companies train employees on artificial intelligence tools under EU rules?", "client",
     "ai_literacy_s36", r"art\. 4\b|2024/1689", r"\byes\b|2025"),
    # CRA
    ("le cyber resilience act va t il s'appliquer au logiciel qu'on edite pour nos clients ?", "msp",
     "cyber_resilience_act_s36", r"2024/2847|art\. 14", r"cela depend|depend"),
    ("EN: when does the CRA start applying to software makers?", "msp", "cyber_resilience_act_s36",
     r"2024/2847|art\. 14", r"it depends|depends|2027"),
    ("reglement cyberresilience : on vend des routeurs sous notre marque, quelles obligations ?", "msp",
     "cyber_resilience_act_s36", r"2024/2847|art\. 13", r"cela depend|depend"),
    ("EN: under the cyber resilience act, how fast must we report an exploited vulnerability?", "msp",
     "cyber_resilience_act_s36", r"2024/2847|art\. 14", r"it depends|depends|24 hours"),
    # accessibility
    ("le site de la communaute de communes qu'on developpe doit respecter le rgaa ?", "msp", "digital_accessibility_s36",
     r"art\. 47|2019/882", r"cela depend|depend"),
    ("EN: is web accessibility mandatory for the online shop we are building for a client?", "msp",
     "digital_accessibility_s36", r"art\. 47|2019/882", r"it depends|depends"),
    ("accessibilite numerique obligatoire pour l'appli d'une petite banque ?", "client", "digital_accessibility_s36",
     r"art\. 47|2019/882", r"cela depend|depend"),
    ("EN: does the European Accessibility Act apply to our clients' websites?", "msp", "digital_accessibility_s36",
     r"art\. 47|2019/882", r"it depends|depends"),
    # telecom resale
    ("on aimerait revendre des lignes voip a nos clients, faut il se declarer a l'arcep ?", "msp", "telecom_resale_s36",
     r"l33-1", r"\boui\b"),
    ("EN: can we resell sip trunks under our brand without becoming a telecom operator?", "msp", "telecom_resale_s36",
     r"l33-1", r"\byes\b"),
    ("revente de forfaits mobiles en marque blanche : on devient operateur ?", "msp", "telecom_resale_s36", r"l33-1",
     r"\boui\b"),
    ("EN: does an IT provider reselling phone lines to businesses need to declare to ARCEP?", "msp",
     "telecom_resale_s36", r"l33-1", r"\byes\b"),
]


def test_the_fire_questions_are_not_the_cards_own_phrasings(cards):
    own = {fold(q) for card in cards.values() for q in (card.title, *card.questions)}
    for item in FIRE:
        question = (item.values if hasattr(item, "values") else item)[0]  # a pytest.param or a plain tuple
        q = question[3:].strip() if question.startswith("EN:") else question
        assert fold(q) not in own, q


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_family_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


NEAR = [
    ("le client a vide le cache et les cookies de son navigateur et ne voit plus le portail", "client",
     "website_cookies_s36"),
    ("quelles mentions obligatoires sur une facture d'infogerance ?", "msp", "website_legal_notice_s36"),
    ("EN: we lease company laptops to the client's staff; who bears the loss when one is stolen?", "client",
     "byod_devices_s36"),
    ("EN: our technicians work remotely on the client's servers at night, is that on-call time?", "msp",
     "telework_equipment_s36"),
    ("le client nous demande d'installer un logiciel qui enregistre les frappes de ses teletravailleurs, on y va ?", "msp",
     "telework_equipment_s36"),
    ("l'ancien prestataire a garde les mots de passe et s'est reconnecte, que faire ?", "client",
     "password_policy_s36"),
    ("EN: our provider wants to train its AI model on our support tickets, is it allowed?", "client",
     "ai_act_provider_deployer_s36"),
    ("EN: the provider's staff paste our contracts into ChatGPT, is that a problem?", "client", "ai_literacy_s36"),
    ("le technicien n'a pas envoye son cra du mois, on peut retenir sa prime ?", "msp", "cyber_resilience_act_s36"),
    ("le serveur du client n'etait plus accessible pendant 6 heures, penalites ?", "client",
     "digital_accessibility_s36"),
    ("le client ne paie plus ses factures de telephonie, peut on suspendre ses lignes ?", "msp", "telecom_resale_s36"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_do_not_reach_the_new_cards(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not any(i.startswith(f"card.{card}.") for i in _ids(ans)[:1]), _ids(ans)
