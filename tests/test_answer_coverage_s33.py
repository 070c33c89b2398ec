"""Issue 15, thirty-third session (helper s33-kb), stage (a): knowledge no card held. The tuned halves of answers_v26 …
answers_v32 lost points on subjects the knowledge base said nothing about; each subject the field's users plausibly ask
now has a reviewed card pair (`knowledge_base/cards/*_s33.yaml`), gated by a cue of `chat/situation_cues_s33.py` (an ask
cue of `premises.ASK_CUES` and a told situation of `told_situations.SITUATIONS`):

- US authorities reaching data a US-owned provider holds in the EU (the CLOUD Act; GDPR 48, 44; SCC clause 15);
- a foreign authority or court asking the provider itself for a client's data (GDPR 48, 28(3)(a); loi n° 68-678);
- two French businesses invoicing or paying in a foreign currency (C. civ. 1343-3; VAT in euros: directive 2006/112, 230);
- the same with a party established abroad: an international transaction, a foreign currency allowed (C. civ. 1343-3);
- a price in euros tied to an exchange rate (C. mon. fin. L112-2, L112-1; without a clause, 1103 and 1195);
- connection logs kept by a business that offers Wi-Fi to the public (C. postes et comm. électr. L34-1, L39-3);
- the public Wi-Fi used to download protected works (C. propr. intell. L336-3, R335-5).

The questions are our own (other trades, casual, no accents, the subject named indirectly), none taken from an evaluation
set; each family has questions that must reach its card and near misses that must not.
"""

from __future__ import annotations

import pytest

from assistant.chat.premises import ASK_CUES
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


def _s33():
    from assistant.chat import situation_cues_s33 as s33  # noqa: PLC0415

    return s33


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    ("us_authority_access_s33", r"(le risque existe|the risk is real)", ("48", "44"),
     r"(cloud act).*(chiffr|encrypt)"),
    ("foreign_authority_request_s33", r"(non|no)\b", ("48", "28(3)(a)", "1 bis"), r"(entraide|mutual legal assistance)"),
    ("foreign_currency_invoice_s33", r"(en principe non|not in principle)", ("1343-3",),
     r"(international).*(euros?)"),
    ("foreign_client_currency_s33", r"(oui|yes)\b", ("1343-3",), r"(international)"),
    ("currency_indexation_s33", r"(oui|yes)\b", ("L112-2",), r"(relation directe|direct (relation|link))"),
    ("public_wifi_logs_s33", r"(oui|yes)\b", ("L34-1",), r"(un an|one year).*(cinq ans|five years)"),
    ("wifi_copyright_s33", r"(oui|yes)\b", ("L336-3", "R335-5"), r"(arcom)"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


GATES = [("us_authority_access_s33", "us_authority_access"), ("foreign_authority_request_s33", "foreign_request_told"),
         ("foreign_currency_invoice_s33", "currency_payment_asked"),
         ("foreign_client_currency_s33", "currency_foreign_party"),
         ("currency_indexation_s33", "currency_indexation_asked"), ("public_wifi_logs_s33", "public_wifi_logs"),
         ("wifi_copyright_s33", "wifi_download_told")]


@pytest.mark.parametrize("name,cue", GATES)
def test_the_new_cards_are_gated_on_their_situation(cards, name, cue):
    for lang in ("fr", "en"):
        card = cards[f"card.{name}.{lang}"]
        assert cue in card.premise and cue in ASK_CUES
        for q in card.questions:
            assert ASK_CUES[cue].search(fold(q)), q


# -- fast tier: the cues read the situation in other words -------------------------------------------------------------

CUES = [
    ("US_AUTHORITY_ACCESS", "nos mails sont sur un cloud americain heberge a francfort, le gouvernement us peut les lire ?",
     True),
    ("US_AUTHORITY_ACCESS", "EN: does the cloud act reach a french subsidiary of a us host?", True),
    ("US_AUTHORITY_ACCESS", "EN: could the feds get at our files on a us provider's servers in amsterdam?", True),
    ("US_AUTHORITY_ACCESS", "le patriot act concerne encore nos donnees stockees chez un geant us ?", True),
    ("US_AUTHORITY_ACCESS", "on a tout mis chez aws a paris, les americains peuvent fouiller dedans ?", True),
    ("US_AUTHORITY_ACCESS", "EN: is our tenant on azure west europe safe from american snooping?", True),
    ("US_AUTHORITY_ACCESS", "EN: can our msp use a us rmm tool?", False),
    ("US_AUTHORITY_ACCESS", "nos sauvegardes peuvent-elles partir aux etats-unis ?", False),
    ("US_AUTHORITY_ACCESS", "les gendarmes demandent les logs d'un client", False),
    ("FOREIGN_REQUEST", "EN: we got a subpoena from a texas court asking for one customer's mailbox, do we comply?", True),
    ("FOREIGN_REQUEST", "un tribunal americain nous ordonne de transmettre les fichiers d'un client, on obeit ?", True),
    ("FOREIGN_REQUEST", "EN: our american parent company received a warrant for data we host for a french client", True),
    ("FOREIGN_REQUEST", "EN: the FBI emailed us asking for a client's mailbox contents", True),
    ("FOREIGN_REQUEST", "la police judiciaire nous demande les adresses ip d'un client", False),
    # "us" the pronoun is no American side ("they sent us a requisition", "the prosecutor asked us")
    ("FOREIGN_REQUEST", "EN: the gendarmes sent us a requisition for a customer's vpn logs, must we answer?", False),
    ("FOREIGN_REQUEST", "EN: a magistrate served us an order for the client's mailbox; do we need its consent?", False),
    ("US_AUTHORITY_ACCESS", "EN: the prosecutor asked us for the client's data", False),
    ("FOREIGN_REQUEST", "EN: we got a request from US authorities for a client's mailbox, do we comply?", True),
    ("FOREIGN_REQUEST", "EN: can US authorities reach our backups in a US cloud's Paris region?", False),
    ("CURRENCY_PAYMENT", "on est une pme lyonnaise, notre fournisseur parisien veut etre paye en dollars, c'est legal ?", True),
    ("CURRENCY_PAYMENT", "EN: may a french reseller bill a french customer in usd?", True),
    ("CURRENCY_PAYMENT", "est-on oblige de facturer en euros un client francais ?", True),
    ("CURRENCY_PAYMENT", "EN: what late-payment interest applies between french companies?", False),
    ("CURRENCY_PAYMENT", "notre devis est-il un engagement ferme ?", False),
    # the other party abroad: an international transaction, the other card
    ("CURRENCY_DOMESTIC", "EN: a client in Brussels wants to pay us in dollars, can we accept?", False),
    ("CURRENCY_FOREIGN_PARTY", "EN: a client in Brussels wants to pay us in dollars, can we accept?", True),
    ("CURRENCY_FOREIGN_PARTY", "notre client suisse veut etre facture en chf, c'est possible ?", True),
    ("CURRENCY_FOREIGN_PARTY", "EN: may a french reseller bill a french customer in usd?", False),
    ("CURRENCY_DOMESTIC", "EN: may a french reseller bill a french customer in usd?", True),
    ("CURRENCY_INDEXATION", "nos licences sont achetees en dollars, peut-on indexer notre prix sur le cours du dollar ?",
     True),
    ("CURRENCY_INDEXATION", "EN: can our euro fee follow the usd exchange rate since our costs are in dollars?", True),
    ("CURRENCY_INDEXATION", "le presta veut repercuter la hausse du dollar sur notre abonnement", True),
    ("CURRENCY_INDEXATION", "EN: our costs are in usd, can the fee in the contract float with the dollar?", True),
    ("CURRENCY_INDEXATION", "EN: can we index our prices on syntec?", False),
    ("CURRENCY_INDEXATION", "EN: may a french reseller bill a french customer in usd?", False),
    ("PUBLIC_WIFI_LOGS", "on a un hotel avec wifi gratuit pour les clients, faut-il garder les logs ?", True),
    ("PUBLIC_WIFI_LOGS", "EN: our cafe gives customers free wifi; do we have to store connection records?", True),
    ("PUBLIC_WIFI_LOGS", "EN: how long must a coworking space retain its guest network logs?", True),
    ("PUBLIC_WIFI_LOGS", "combien de temps conserver les journaux du pare-feu ?", False),
    ("PUBLIC_WIFI_LOGS", "EN: our office wifi dropped for two days, can we claim the SLA?", False),
    ("WIFI_DOWNLOAD", "un client de l'hotel a telecharge des films sur notre wifi, on a recu un mail de l'arcom", True),
    ("WIFI_DOWNLOAD", "EN: someone torrented movies over our restaurant's free wifi, are we liable?", True),
    ("WIFI_DOWNLOAD", "on a un hotel avec wifi gratuit pour les clients, faut-il garder les logs ?", False),
]


@pytest.mark.parametrize("name,text,expected", CUES)
def test_cues_read_the_situation_in_other_words(name, text, expected):
    pattern = getattr(_s33(), name)
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(pattern.search(fold(text))) is expected, text


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    ("EN: all our mail sits with a big american cloud in its frankfurt datacenter; could washington force them to hand it "
     "over?", "client", "us_authority_access_s33", r"\b48\b", r"risk"),
    ("nos sauvegardes sont chez un hebergeur americain mais en france, le cloud act peut s'appliquer ?", "client",
     "us_authority_access_s33", r"\b48\b", r"risque"),
    ("notre messagerie americaine est hebergee en france, ca nous met a l'abri du cloud act ?", "client", "us_authority_access_s33", r"\b48\b",
     r"risque existe"),
    ("EN: a court in new york served us a subpoena for a client's emails that we host in lyon. do we just send them?",
     "msp", "foreign_authority_request_s33", r"\b48\b", r"\bno\b"),
    ("notre maison mere americaine a recu une injonction d'un juge us pour les donnees d'un client qu'on heberge en "
     "france, on doit les transmettre ?", "msp", "foreign_authority_request_s33", r"\b48\b", r"\bnon\b"),
    ("notre grossiste francais veut nous facturer en dollars vu que les serveurs viennent des usa, il a le droit ?",
     "client", "foreign_currency_invoice_s33", r"1343-3", r"en principe non|\bnon\b"),
    ("EN: can two french companies agree that the support fee is paid in pounds sterling?", "msp",
     "foreign_currency_invoice_s33", r"1343-3", r"not in principle|\bno\b"),
    ("EN: a customer based in Singapore asks to be invoiced in US dollars; can our French company do that?", "msp",
     "foreign_client_currency_s33", r"1343-3", r"\byes\b"),
    ("notre client marocain voudrait etre facture en dollars, on a le droit ?", "msp",
     "foreign_client_currency_s33", r"1343-3", r"\boui\b"),
    ("nos couts de licences sont en dollars : peut-on indexer le prix de l'abonnement sur le taux de change euro dollar ?",
     "msp", "currency_indexation_s33", r"l112-2", r"\boui\b"),
    ("EN: the vendor wants our monthly fee to move with the dollar exchange rate. is that clause valid?", "client",
     "currency_indexation_s33", r"l112-2", r"\byes\b"),
    ("on tient un gite avec wifi pour les clients, le presta nous dit de conserver les journaux de connexion, on y est "
     "vraiment tenus ?", "client", "public_wifi_logs_s33", r"l34-1", r"\boui\b"),
    ("EN: we run a coworking space with free wi-fi for members and visitors. do we legally have to keep connection logs, "
     "and for how long?", "client", "public_wifi_logs_s33", r"l34-1", r"\byes\b|must keep for one year"),
    ("un client de notre hotel a telecharge des series en torrent sur le wifi, on a recu un avertissement de l'arcom, on "
     "risque quoi ?", "client", "wifi_copyright_s33", r"l336-3", r"\boui\b|peut vous concerner"),
    ("EN: a guest pirated movies over our b&b's free wifi and we got a copyright warning. are we on the hook?", "client",
     "wifi_copyright_s33", r"l336-3", r"\byes\b"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_family_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


NEAR = [
    ("EN: how long may we keep the firewall logs of our clients?", "msp", "public_wifi_logs_s33"),
    ("les gendarmes nous demandent par requisition les logs d'un client, faut-il son accord ?", "msp",
     "foreign_authority_request_s33"),
    ("EN: the gendarmerie sent us a requisition for a client's vpn logs; does the client have to agree first?", "msp",
     "foreign_authority_request_s33"),
    ("EN: can our msp store our backups with a us hosting company?", "client", "us_authority_access_s33"),
    ("EN: what late-payment penalties apply between two french companies?", "msp", "foreign_currency_invoice_s33"),
    ("peut-on indexer le prix du contrat sur l'indice syntec ?", "msp", "currency_indexation_s33"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_do_not_reach_the_new_cards(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not any(i.startswith(f"card.{card}.") for i in _ids(ans)[:1]), _ids(ans)
