"""Issue 15, twenty-third session: answer classes sorted from the tuned misses of answers_v20..v22 by the stage that lost
them (evaluations/answer_stages.py), written before the fixes in our own words (FR and EN, casual, typos, a story told
then a question), each with near-misses that must get another card or none. Whole areas of law, not the wording seen:

- K1 (knowledge absent) a fixed-term contract that both sides kept performing after its term: tacit renewal, a new
  contract of the same content for an indefinite term, which either side may end with reasonable notice (C. civ., arts
  1215, 1214 al. 2, 1211); extension versus renewal keeps its card;
- K2 (knowledge absent) on-call duty of the provider's own staff: the period calls for compensation, in money or in rest,
  and each intervention is working time (C. trav., art. L3121-9); what the client buys as on-call cover is another card's;
- K3 (knowledge absent) a deposit called "arrhes" versus a part payment ("acompte"): arrhes let either side walk away, the
  payer losing them, the payee paying back twice (C. civ., art. 1590); a part payment binds both;
- K4 (not chosen, facts missing) the level of an electronic signature: a simple one may not be refused effect for being
  electronic or not qualified (eIDAS art. 25), only a qualified one is presumed reliable (C. civ., art. 1367);
- K5 (knowledge absent) a foreign law chosen for a contract whose every other element is in France: the choice stands but
  cannot set aside French rules that no contract may exclude (Rome I, art. 3(3));
- K6 (knowledge absent) a contract written only in English with a public buyer: must be drafted in French (loi
  n° 94-665, art. 5); between two companies the language card answers;
- K7 (knowledge absent) how long an MSP keeps logs: as long as their purpose needs, CNIL's 6 months to 1 year for security
  logs, the host's duty under the LCEN decree (n° 2021-1362); backups and accounting records keep their card;
- K8 (knowledge absent) a DPA making the processor pay every fine: each answers for its own breaches (GDPR arts 82(2),
  83), the person harmed may claim the whole from either and the payer recovers the other's share (art. 82(4)-(5));
  "what fines does an MSP risk?" keeps its card;
- K9 (knowledge absent) technical documentation handed over at exit: owed if the contract says so, read with good faith
  (C. civ., arts 1104, 1194), personal data under art. 28(3)(g); the reversibility period keeps its card;
- K10 (not opened with) an intervention time written as a result: the clause must say result, give a precise figure, its
  starting point and how it is measured (C. civ., arts 1231-1, 1218);
- N1 (not chosen) a mandatory conciliation clause asked "is it valid / does it bind": the prior-conciliation card, not
  the limitation period.

Added after the first run (15/67), from answers_v20's one tuned miss, written the same way before its fix:
- K11 (not chosen) what goes into a breach notification to the authority and whether it may be completed later (GDPR
  art. 33(3)-(4)); the provider notifying on the client's behalf and the 72-hour deadline keep their cards.
"""

from __future__ import annotations

import pytest

from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids, first_cited as _first


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    # (card name, pattern the verdict opens with, articles the rule or sources must name, pattern of the whole card)
    ("contract_ran_on_after_term_s23", r"(non|no)\b", ("1215", "1214", "1211"),
     r"duree indeterminee|indefinite (term|duration)"),
    ("on_call_staff_pay_s23", r"(non|no)\b", ("L3121-9",),
     r"(financiere|en repos)|(money|rest)"),
    ("deposit_or_part_payment_s23", r"(les arrhes|arrhes|a deposit|the deposit|an? \"?arrhes)", ("1590",),
     r"double|twice"),
    ("e_signature_levels_s23", r"(oui|yes)\b", ("1367", "910/2014"),
     r"qualifi\w*"),
    ("foreign_law_domestic_contract_s23", r"(oui|yes|en partie|partly)\b", ("593/2008",),
     r"imperati\w*|cannot be (derogated|excluded|set aside)|ne peut (pas )?deroger"),
    ("public_buyer_contract_language_s23", r"(non|no)\b", ("94-665",),
     r"en francais|in french"),
    ("log_retention_s23", r"(pas de duree unique|no single|il n'y a pas|there is no)", ("5",),
     r"6 mois|six mois|6 months|six months"),
    ("processor_pays_all_fines_s23", r"(pas|not|non|no)\b", ("82", "83"),
     r"propres? manquements?|own (breaches|failures)"),
    ("exit_technical_documentation_s23", r"(seulement|only|oui|yes|cela depend|it depends)", ("1104", "28"),
     r"documentation"),
    ("intervention_time_as_result_s23", r"(ecri\w*|write|dites|say|stipul\w*|qualifi\w*)", ("1231-1", "1218"),
     r"point de depart|starting point|horodat\w*|timestamp\w*"),
    ("breach_notification_content_s23", r"(decri\w*|describe)", ("33",),
     r"(plusieurs )?etapes|in phases"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    # -- K1 a contract performed after its term --------------------------------------------------------------------------
    ("notre contrat d'hébergement de 2 ans est arrivé à échéance en mars, personne n'a rien dit, le presta continue et on "
     "paie toujours ses factures. on est repartis pour 2 ans ?", "client", "contract_ran_on_after_term_s23",
     r"\b1215\b", r"non|duree indeterminee"),
    ("EN: our 3-year support contract expired last autumn with no renewal clause but we kept paying and they kept "
     "working. are we now locked in for another 3 years?", "client", "contract_ran_on_after_term_s23", r"\b1215\b",
     r"no|indefinite"),
    ("le contrat est terminé depuis 6 mois mais le client continue a nous payer la maintenance et nous on continue a "
     "intervenir, il est lié jusqu'a quand ?", "msp", "contract_ran_on_after_term_s23", r"\b1215\b|\b1214\b",
     r"non|duree indeterminee|preavis"),
    ("EN: the fixed term ended in january, nobody signed anything new, the MSP just carried on invoicing and we carried "
     "on paying. what contract do we have now?", "client", "contract_ran_on_after_term_s23", r"\b1215\b|\b1214\b",
     r"indefinite|no\b|new contract"),
    # -- K2 on-call pay of the provider's staff --------------------------------------------------------------------------
    ("on veut mettre nos techs d'astreinte la nuit pour les clients critiques, faut-il les payer meme s'ils ne sont "
     "pas appelés ?", "msp", "on_call_staff_pay_s23", r"l ?3121-9", r"oui|contrepartie|non"),
    ("EN: our engineers are on call every other weekend with the company phone. do we owe them anything if nobody "
     "calls?", "msp", "on_call_staff_pay_s23", r"l ?3121-9", r"yes|compensat|no\b"),
    ("mon associé pense que l'astreinte de nos salariés n'a pas à etre rémunérée si aucune intervention n'a lieu, il a "
     "raison ?", "msp", "on_call_staff_pay_s23", r"l ?3121-9", r"non|contrepartie"),
    # -- K3 arrhes or acompte --------------------------------------------------------------------------------------------
    ("le devis de l'intégrateur demande 40 % d'arrhes à la signature. si on annule on perd tout ? c'est pas un acompte "
     "plutôt ?", "client", "deposit_or_part_payment_s23", r"\b1590\b", r"arrhes|acompte"),
    ("EN: the quote asks for a 30% deposit it calls 'arrhes'. what's the difference with an 'acompte' under french law?",
     "client", "deposit_or_part_payment_s23", r"\b1590\b", r"arrhes|deposit|part payment"),
    ("quelle difference entre arrhes et acompte sur une commande de matériel et d'installation ?", "client",
     "deposit_or_part_payment_s23", r"\b1590\b", r"arrhes|acompte"),
    # -- K4 the level of an e-signature ----------------------------------------------------------------------------------
    ("le client a signé via un lien de signature électronique simple et maintenant il dit que seule une signature "
     "qualifiée ou manuscrite vaut, c'est vrai ?", "msp", "e_signature_levels_s23", r"\b1367\b|910/2014|eidas",
     r"non|oui|valable|simple"),
    ("EN: is a basic click-to-sign e-signature (not qualified) enough for a B2B services contract in France, or do we "
     "need a qualified one?", "msp", "e_signature_levels_s23", r"\b1367\b|910/2014|eidas", r"yes|valid|simple|basic"),
    ("signature electronique simple vs qualifiée pour notre contrat d'infogérance, quelle valeur en cas de litige ?",
     "client", "e_signature_levels_s23", r"\b1367\b|910/2014|eidas", r"oui|valable|simple|qualifiee"),
    # -- K5 a foreign law chosen for a French contract -------------------------------------------------------------------
    ("on est deux boites françaises, tout se passe en France, mais le presta veut que le contrat soit soumis au droit "
     "anglais. c'est possible ?", "client", "foreign_law_domestic_contract_s23", r"593/2008|rome i",
     r"oui|en partie|imperativ"),
    ("EN: both parties are French companies and the services are all in Lyon, can we still pick Swiss law to govern the "
     "agreement?", "client", "foreign_law_domestic_contract_s23", r"593/2008|rome i", r"yes|partly|mandatory"),
    ("EN: our French client and we (a French MSP) want the contract governed by Delaware law, everything happens in "
     "France. does French law still apply somehow?", "msp", "foreign_law_domestic_contract_s23",
     r"593/2008|rome i", r"yes|partly|mandatory"),
    # -- K6 English-only contract with a public buyer --------------------------------------------------------------------
    # (a bare "le département" is not read as a public buyer: it is as often a company's own department)
    ("le conseil départemental veut signer notre contrat type en anglais tel quel, ça pose un problème ?", "msp",
     "public_buyer_contract_language_s23", r"94-665|toubon", r"oui|francais|non"),
    ("EN: a French public hospital is fine with our English-only MSA. can we sign it in English?", "msp",
     "public_buyer_contract_language_s23", r"94-665|toubon", r"no\b|french"),
    ("EN: the town hall's IT buyer says our contract can stay in English only. is that allowed?", "msp",
     "public_buyer_contract_language_s23", r"94-665|toubon", r"no\b|french"),
    # -- K7 log retention ------------------------------------------------------------------------------------------------
    ("combien de temps on doit garder les logs de nos clients en tant que msp ?", "msp", "log_retention_s23",
     r"cnil|6 mois|2021-1362", r"pas de duree unique|depend|6 mois"),
    ("EN: how long should an MSP keep security logs (firewall, AD, VPN) for its customers?", "msp",
     "log_retention_s23", r"cnil|6 months|2021-1362", r"no single|depends|6 months|six months"),
    ("notre infogérant garde les journaux de connexion 5 ans, c'est pas trop ?", "client", "log_retention_s23",
     r"cnil|6 mois|2021-1362", r"pas de duree unique|depend|6 mois|trop"),
    ("EN: our provider deletes firewall logs after 30 days. is there a legal retention period for logs?", "client",
     "log_retention_s23", r"cnil|6 months|2021-1362", r"no single|depends|6 months|six months"),
    # -- K8 every fine on the processor ----------------------------------------------------------------------------------
    ("le DPA du client dit qu'on doit rembourser toutes les amendes CNIL qu'il pourrait recevoir, meme pour ses propres "
     "fautes. c'est valable ?", "msp", "processor_pays_all_fines_s23", r"\b82\b|\b83\b", r"non|pas"),
    ("EN: the customer's DPA makes us, the processor, bear any GDPR fine imposed on them, whatever the cause. can they do "
     "that?", "msp", "processor_pays_all_fines_s23", r"\b82\b|\b83\b", r"no\b|not"),
    ("EN: can a data processing agreement make the processor pay all regulatory fines and penalties?", "msp",
     "processor_pays_all_fines_s23", r"\b82\b|\b83\b", r"no\b|not"),
    # -- K9 documentation at exit ----------------------------------------------------------------------------------------
    # (a strict xfail until s24: 'de nous remettre' read as a side asked; "de nous" before a verb asks none now)
    ("a la fin du contrat, le presta est obligé de nous remettre la doc technique (schémas réseau, procédures, "
     "mots de passe) ?", "client", "exit_technical_documentation_s23", r"\b1104\b|\b1194\b",
     r"seulement|oui|depend|contrat"),
    ("EN: we're leaving our MSP. do they have to hand over the network diagrams and runbooks they wrote for us?",
     "client", "exit_technical_documentation_s23", r"\b1104\b|\b1194\b", r"only|yes|depends|contract"),
    ("le client part chez un concurrent et exige toute notre documentation d'exploitation, on doit la donner ?", "msp",
     "exit_technical_documentation_s23", r"\b1104\b|\b1194\b", r"seulement|oui|depend|contrat"),
    # -- K10 an intervention time written as a result --------------------------------------------------------------------
    ("comment rédiger la GTI de 4h pour qu'un juge y voie une obligation de résultat et pas de moyens ?", "client",
     "intervention_time_as_result_s23", r"1231-1|1218", r"ecri|resultat|stipul"),
    # (a strict xfail until s24: the wording asked now keeps the question from the means/result engine)
    ("EN: how do I word a 2-hour on-site intervention commitment so it clearly counts as an obligation of result?",
     "client", "intervention_time_as_result_s23", r"1231-1|1218", r"write|result|state"),
    # -- K11 the content of a breach notification ------------------------------------------------------------------------
    ("une fuite de données chez nous (fichier clients exposé), on doit écrire quoi dans la déclaration à la CNIL ? on "
     "sait pas encore combien de personnes", "client", "breach_notification_content_s23", r"\b33\b",
     r"decri|nature|consequences"),
    # XPASS since s25-ans3b (chat/card_asked.py: the card whose ask the question states, found by retrieval, answers), a
    # plain test
    ("EN: ransomware hit our file server last night. what information do we have to give the supervisory authority "
     "in the breach notification, we're still investigating", "client", "breach_notification_content_s23",
     r"\b33\b", r"describe|nature|consequences"),
    ("EN: we had a data leak. what do we have to put in the notification to the authority if we can't yet say how many "
     "people are affected?", "client", "breach_notification_content_s23", r"\b33\b", r"describe|nature|consequences"),
    # -- N1 mandatory conciliation ---------------------------------------------------------------------------------------
    ("le contrat impose une conciliation obligatoire avant tout procès, c'est valable ?", "client",
     "prior_conciliation_clause", r"\b122\b", r"oui|valable|irrecevable"),
    ("EN: our contract requires mediation before going to court. is that binding, can we skip it?", "client",
     "prior_conciliation_clause", r"\b122\b", r"yes|binding|inadmissible|no\b"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_class_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


# near-misses: another card, or none, but not the new card
NEAR = [
    ("quelle différence entre prorogation et reconduction d'un contrat ?", "client", "contract_ran_on_after_term_s23"),
    ("EN: is a tacit renewal clause enforceable in a B2B IT services contract?", "client",
     "contract_ran_on_after_term_s23"),
    ("c'est quoi une astreinte dans un contrat d'infogérance ?", "client", "on_call_staff_pay_s23"),
    ("EN: what on-call coverage should we ask our MSP for outside business hours?", "client", "on_call_staff_pay_s23"),
    ("le client paie nos factures avec 60 jours de retard, on peut facturer des pénalités ?", "msp",
     "deposit_or_part_payment_s23"),
    ("un contrat signé par mail ou docusign, c'est valable ?", "client", "e_signature_levels_s23"),
    ("notre infogérant est belge, le contrat ne dit rien sur la loi applicable, quel droit s'applique ?", "client",
     "foreign_law_domestic_contract_s23"),
    ("EN: our managed services agreement is entirely in English, is it valid between two French companies?", "client",
     "public_buyer_contract_language_s23"),
    ("combien de temps doit-on conserver nos factures et documents comptables ?", "client", "log_retention_s23"),
    ("EN: how long does the provider keep our backups after the contract ends?", "client", "log_retention_s23"),
    ("quelles amendes risque un msp sous-traitant RGPD ?", "msp", "processor_pays_all_fines_s23"),
    ("EN: how long should the reversibility period last at the end of the contract?", "client",
     "exit_technical_documentation_s23"),
    ("quelle différence entre GTI et GTR ?", "client", "intervention_time_as_result_s23"),
    ("combien de temps a-t-on pour agir en justice contre notre prestataire ?", "client", "prior_conciliation_clause"),
    ("notre infogérant peut-il notifier lui-même la violation à la CNIL à notre place ?", "client",
     "breach_notification_content_s23"),
    ("EN: how many hours do we have to notify a personal data breach to the authority?", "client",
     "breach_notification_content_s23"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_get_another_card_or_none(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not _first(ans).startswith(f"card.{card}."), _ids(ans)
