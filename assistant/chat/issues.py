"""The legal issues a question raises (issue 15: answers that answer every point asked).

A situation told in a few sentences often holds several legal issues: a client who says he paid
raises the proof of payment; a provider that "manages the CNIL itself" raises the controller's
duty to notify and to tell the people concerned; a renewal "for 36 months" announced by letter
raises the rule that a contract changes only by agreement. The offline answer is built around
one card or one entry; this module finds the other issues, each typed (its id, the knowledge-base
entry and the article whose rule answers it) with the words of the question that raised it, so
that the composer adds one cited rule per issue the main answer leaves out (`facet_lines`).

An issue is raised by what the question says, read as a situation (who does what), never by a
single keyword in passing: each cue pattern ties an act to its object ("prove … paid", "tell …
the people", "re-use … data for its own …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from assistant.chat.wording import own_words
from assistant.knowledge.entries import Entry, Statement
from assistant.text import fold

MAX_FACETS = 2  # at most this many issues added to one answer: short answers, one sentence per issue


@dataclass(frozen=True)
class Issue:
    id: str
    names: dict[str, str]  # what the issue is called, per language (s28: not written into the answer, see facet_text)
    entry: str  # the knowledge-base entry (without the language) whose statement answers it
    article: str  # the article the statement cites ("1353", "33(2)"): the statement chosen cites it
    cues: re.Pattern  # on the folded question: the words that raise the issue
    covered: re.Pattern  # on the folded answer: the answer already deals with the issue
    pick: str = ""  # when the entry has several rules citing the article: words of the one that answers (folded)
    # the answer to the issue asked as a yes/no question in the words of `cues` ("can they decide that alone?" → no)
    verdict: tuple[str, str] | None = None  # (fr, en)
    needs: re.Pattern | None = None  # on the folded question: the situation the issue belongs to, said anywhere


@dataclass(frozen=True)
class Raised:
    issue: Issue
    words: str  # the words of the question that raised it
    start: int
    asked: bool = False  # raised in the sentence that asks the question (its last question), not in the story told


def asked_start(folded: str) -> int:
    """Where the sentence that asks the question begins: the last sentence ending in "?" (else the last sentence)."""
    text = folded.rstrip()
    end = text.rfind("?")
    if end < 0:
        end = len(text)
    body = text[:end].rstrip("?! ")
    cut = max(body.rfind(". "), body.rfind("? "), body.rfind("! "), body.rfind("\n"), body.rfind(": "))
    return cut + 1 if cut >= 0 else 0


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


_PROVE = r"(prouv\w*|preuve|justifi\w*|montr\w*|demontr\w*|prove\w*|proof|show(ing)?|evidence)"
_PAID = r"(paye[rsz]?|payee?s?|paiement|regle|reglement|virement|paid|payment|bank transfer|wire)"
_TELL = r"(prevenir|previen\w*|informer|inform\w*|avertir|notifier|notify|tell|telling|warn|alert)"
# s30: told before a deadline ("aurait dû nous prévenir avant la reconduction", "should have warned us before it renewed") is
# a reminder of a date (C. consom. L215-1 for consumers), not a warning of a risk whose proof art. 1353 governs
_NOT_A_DEADLINE = (r"(?![^?.!]{0,40}\b(avant|before) (la |le |l.|the |our |their |its |son |sa |leur )?(tacite |automatic |contract )?"
                   r"(reconduction|renouvel\w*|echeance|terme|renew\w*|deadline|expiry|term end|contract (renew\w*|expir\w*)))")
_PEOPLE = r"(adherents?|particuliers|personnes (concernees|physiques)|clients finaux|patients|salaries|employes|usagers|abonnes|" \
          r"members|individuals|data subjects|people (concerned|affected)|customers|users|employees|subscribers)"
_BREACH = r"(fuite|vol|voler|vole[es]?|volee?s|pirat\w*|violation de donnees|leak\w*|breach\w*|stolen|hacked|exposed|publicly (readable|accessible)|" \
          r"dans la nature|exfiltr\w*|intrusion)"

_HELD = r"(mots? de passe|identifiants|acces( admin\w*)?|comptes? (admin\w*|d.administration)|donnees|export\w*|base (de donnees|clients?)|" \
        r"fichiers|sauvegardes|passwords?|credentials|admin (access|accounts?|rights)|access|data|database|files|backups|tenant)"
_PAID_OR_INVOICE = r"(reglement\w*|paiement\w*|paye\w*|factures?|impayes?|payment|paid|pay|settle\w*|invoices?|bills?|arrears)"
_LATE_FEES = r"(penalites? de retard|interets? de retard|indemnite (forfaitaire|de recouvrement)|40 ?(€|eur|euros?)|late[- ]payment (interest|penalt\w*|fees?)|" \
             r"late (interest|fees?|charges?)|recovery (fee|charge|costs?)|fixed (compensation|fee) (of|for) (eur )?40)"
_NOT_WRITTEN = r"(disent rien|dit rien|ne (mentionne\w*|prevoi\w*|precise\w*) (rien|pas)|pas (ecrit|prevu|mentionne)e?s?|rien (d.)?ecrit|" \
               r"sans clause|aucune clause|rien dans (nos|notre|le|les|leurs?)|nothing in (the|our|their)|say(s)? nothing|silent|not (written|mentioned|stated|in (the|our))|no (clause|mention)|" \
               r"(never|didn.t|did not) (put|write|mention)|omit\w*|forgot\w*|oubli\w*)"
_COST = r"(hausse|augment\w*|flambee|prix|tarifs?|couts?|raise[sd]?|rais(ing|e)|increase\w*|price\w*|fees?|costs?|hardship|imprevision)"

ISSUES: tuple[Issue, ...] = (
    Issue("proof_of_payment", {"fr": "Preuve du paiement", "en": "Proof of payment"}, "card.performance_proof", "1353",
          _rx(rf"\b{_PROVE}\b[^?.!]{{0,60}}\b{_PAID}\b|\b(jure|affirme|soutient|pretend|dit|"
              rf"says?|claims?|swears?|insists?)\b[^?.!]{{0,30}}\b((avoir|a) (deja |tout |bien )?(paye|regle)|(already )?paid)\b"),
          _rx(r"\b1353\b")),
    Issue("duty_to_advise", {"fr": "Devoir de conseil", "en": "Duty to advise"}, "guide.means_vs_result", "1112-1",
          _rx(r"\b(sur (les|ses) conseils?|nous a conseille|il nous a (conseille|recommande)|on (lui |leur )?avait (recommande|conseille|"
              r"averti|prevenu)|(recommande|conseille|deconseille) par ecrit|mis(e)? en garde|on (the|their|its) (advice|recommendation)|"
              r"(we|they|it) (had )?(advised|recommended|warned) (them|us|the client) (in writing|by e-?mail|to)|"
              r"advised us to|recommended (that )?we)\b"),
          _rx(r"prouver qu.il a (donne le |bien )?(conseill|inform|mis en garde)|1112-1|prove (it|that it) (gave|advised|warned)")),
    Issue("client_cooperation", {"fr": "Collaboration du client", "en": "Client's cooperation"}, "guide.means_vs_result", "1104",
          _rx(r"\b(obligation de (collaboration|cooperation)|devoir de collaboration|(qu.a|a) verifier (nous|lui|eux)[- ]?memes?|"
              r"(on|nous) avait qu.a|duty to cooperate|obligation to cooperate|(our|the client.s) (own )?(in-?house|internal) "
              r"(guy|team|it|staff)\b[^?.!]{0,40}\b(change|fault|mistake|caused|slowed)|c.est (de )?(notre|votre|sa) faute)\b"),
          _rx(r"collabor|cooper|coopere")),
    Issue("formal_notice", {"fr": "Mise en demeure", "en": "Formal notice"}, "term.formal_notice", "1344",
          _rx(r"\b(mise? en demeure|mettre en demeure|formal notice|put (them|him|it|the \w+) on notice|notice of default)\b"),
          _rx(r"mise en demeure|formal notice|1344")),
    Issue("termination_for_breach", {"fr": "Résiliation pour manquement", "en": "Termination for breach"},
          "guide.term_renewal_termination", "1224",
          _rx(r"\b((get|getting) out|leave|leaving|terminate|end it|walk away|sortir|partir|quitter|resilier|rompre)\b[^?.!]{0,60}\b("
              r"goes downhill|go(es)? south|gets? worse|deteriorat\w*|degrad\w*|(poor|bad|lousy) service|breach\w*|se degrade|mauvais service|"
              r"ne (fait|fournit) (pas|plus)|manquements?|faute)\b|\b(partir|resilier|leave|terminate)\b[^?.!]{0,20}\b(immediatement|"
              r"tout de suite|sur-le-champ|immediately|right away|straight away)\b"),
          _rx(r"\b1224\b|1226|for breach|pour (faute|manquement|inexecution)")),
    Issue("breach_to_controller", {"fr": "Violation de données : alerter le client", "en": "Personal data breach: alerting the client"},
          "gdpr.art33_breach", "33(2)",
          _rx(rf"\b{_BREACH}\b[^?]{{0,200}}\b(ne (pas |rien )?(le |lui |leur )?dire|(don.t|not|never) tell|fix it quietly|quietly|"
              rf"sans (rien )?dire|en silence|hide|cacher)\b|\b(ne (pas |rien )?(le |lui |leur )?dire|(don.t|not) tell)\b[^?]{{0,80}}\b{_BREACH}\b"),
          _rx(r"33\(2\)|\b33\b")),
    Issue("processor_notifies_authority", {"fr": "Notification à l'autorité", "en": "Notifying the authority"},
          "card.msp_notifies_authority", "33(1)",
          _rx(r"\b(c.est (lui|eux|le (presta\w*|msp|prestataire|sous-traitant)) qui (gere|s.occupe|s.en occupe|notifie|declare|voit)|"
              r"(il|ils|le (presta\w*|msp|prestataire)) (va|vont|veut|veulent) (gerer|notifier|declarer|s.occuper))\b[^?.!]{0,30}\b(cnil|autorite)\b|"
              r"\b(handle|notify|deal with|report to)\w* (the )?(cnil|authority|regulator|ico)\b[^?.!]{0,30}\b(itself|themselves|himself|"
              r"on (its|their) own)\b"),
          _rx(r"33\(1\)[^.\n]{0,200}33\(2\)|mandat|mandate")),
    Issue("breach_people", {"fr": "Violation de données : prévenir les personnes", "en": "Personal data breach: telling the people"},
          "term.personal_data_breach", "34(1)",
          _rx(rf"\b{_TELL}\b[^?.!]{{0,50}}\b{_PEOPLE}\b|\b{_BREACH}\b[^?]{{0,160}}\b\d[\d .]*\s?{_PEOPLE}\b"),
          _rx(r"\b34\b"), needs=_rx(rf"\b{_BREACH}\b")),
    Issue("breach_clock", {"fr": "Délai de 72 heures", "en": "The 72-hour clock"}, "gdpr.art33_breach", "33(4)",
          _rx(r"\b72[ -]?(h|heures|hours?)\b[^?]{0,80}\b(week-?ends?|samedi|dimanche|saturday|sunday|jours? feries?|public holidays?|"
              r"pause\w*|stop\w*|closed|ferme\w*|fermeture)\b|\b(week-?ends?|samedi|dimanche|saturday|sunday)\b[^?]{0,80}\b72[ -]?(h|heures|hours?)\b"),
          _rx(r"calendaire|calendar|33\(4\)")),
    Issue("controller_by_purpose", {"fr": "Prestataire qui décide de l'usage des données", "en": "Provider deciding what the data is used for"},
          "gdpr.processor_becomes_controller", "28(10)",
          _rx(r"\b((reutilis\w*|re-?us(e|es|ing)) (\w+ ){0,2}(donnees|data|fichiers?|tickets?|logs?|bases?|informations|emails?|mails)|pour (ses|son|leurs?) propres? (besoins|fins|finalites|services|usages?|outils)|"
              r"for (its|their) own (purposes?|use|needs|services|tools)|entrain\w* (ses|leurs) (outils|modeles|ia)|"
              r"train(ing)? (its|their) (own )?(tools|models|ai)|ameliorer (ses|leurs) (services|outils|produits)|"
              r"improve (its|their) (services|tools|products))\b"),
          _rx(r"28\(10\)|28 ?10"), needs=_rx(r"\b(donnees|data|fichiers?|tickets?|logs?|bases?|emails?|mails|dpa)\b")),
    Issue("anonymisation", {"fr": "Anonymisation", "en": "Anonymisation"}, "gdpr.processor_becomes_controller", "4(2)",
          _rx(r"\b(anonymis\w*|anonymiz\w*|pseudonymi[sz]\w*)\b"),
          _rx(r"anonymis\w*[^.\n]{0,80}(traitement|processing)")),
    Issue("unilateral_change", {"fr": "Modification unilatérale", "en": "Unilateral change"}, "guide.term_renewal_termination", "1193",
          _rx(r"\b(peu(t|vent)|peut-(il|elle|on)|peuvent-(ils|elles))\s+(\w+ ){0,2}(decider|changer|modifier|imposer|augmenter|allonger|"
              r"prolonger|rallonger|baisser|reduire)\b[^?]{0,40}\b(tout seule?s?|seule?s?|unilateralement|sans (notre|mon|leur) (accord|avis|"
              r"consentement))|"
              r"\b(decider|changer|modifier|imposer) (ca|cela|ceci|le contrat|la duree|le prix) (tout )?seuls?\b|"
              r"\bunilateral(ly)?\b[^?.!]{0,40}\b(change|chang\w+|modif\w*|amend\w*|impos\w*|decide\w*|extend\w*)|"
              r"\b(change|modify|amend|extend)\w* (it|the (contract|term|price|terms|duration|renewal))[^?.!]{0,20}\b(on (its|their) own|"
              r"unilaterally|without (our|my) (agreement|consent))\b"),
          _rx(r"\b1193\b"), verdict=("Non", "No")),
    Issue("penalty_moderation", {"fr": "Pénalité excessive", "en": "Excessive penalty"}, "term.penalty_clause", "1231-5",
          _rx(r"\b(100 ?%|(toutes? )?(les )?(mensualites|echeances|redevances) restantes?|(all|every) (the )?remaining (monthly )?(fees|months|"
              r"payments|instalments))\b[^?]{0,120}\b(normal|abusi\w*|excessi\w*|trop|legal\w*|valable|reduire|juge|fair|excessive|"
              r"judge|court|enforceable|collect)\b"),
          _rx(r"1231-5"), pick=r"moder|redui|excessi",
          needs=_rx(r"\b(part\w*|quitt\w*|resili\w*|sortie|avant (la fin|le terme)|leav\w*|terminat\w*|exit|early|walk away)\b")),
    Issue("foreseeable_damage", {"fr": "Dommage prévisible", "en": "Foreseeable damage"}, "term.indirect_damages", "1231-3",
          _rx(r"\b(imprevisible|previsible|unforeseeable|foreseeable|unforeseen|1231-3)\b"),
          _rx(r"conclusion du contrat|lors de la conclusion|a la conclusion|at the conclusion|when (the contract was|signing)"),
          pick=r"conclusion"),
    Issue("gross_negligence", {"fr": "Faute lourde", "en": "Gross negligence"}, "guide.liability_caps", "03-14.112",
          _rx(r"\b(faute lourde|fautes lourdes|gross(ly)? neglig\w*|gross fault)\b"),
          _rx(r"extreme gravite|extremely serious|extreme seriousness|gravite du comportement|from its conduct")),
    Issue("late_interest_start", {"fr": "Point de départ des pénalités de retard", "en": "When late-payment interest starts"},
          "term.late_payment", "L441-10",
          _rx(r"\b(penalites? de retard|interets? de retard|late[- ]payment (interest|penalt\w*|fees?)|late (interest|fees?))\b[^?]{0,200}"
              r"\b(depuis quand|a partir de quand|courir|court|date d.emission|issue date|date of (the )?invoice|run(s|ning)? from|"
              r"from when|since when|start(s|ing)? (from|on|when))\b|\b(depuis quand|from when|since when)\b[^?]{0,80}\b(penalit\w*|interest)\b"),
          _rx(r"jour (qui )?sui(t|vant)|lendemain|day after"), pick=r"jour suivant|day after"),
    Issue("subprocessor_authorisation", {"fr": "Autorisation des sous-traitants ultérieurs", "en": "Authorising sub-processors"},
          "gdpr.art28_2", "28(2)",
          _rx(r"\b(chang\w*|ajout\w*|remplac\w*|nouveaux? (outils?|fournisseurs?|sous-traitants?)|change\w*|swap\w*|add\w*|replac\w*|new) "
              r"([\w']+ ){0,3}(d.)?(outils?|fournisseurs?|sous-traitants?|hebergeurs?|tools?|vendors?|suppliers?|sub-?processors?)\b"
              r"[^?]{0,160}\b(accord|autorisation|consentement|approval|consent|authori[sz]\w*|permission|sign[- ]off)\b|"
              r"\b(accord|autorisation|consentement|approval|consent|authori[sz]\w*)\b[^?]{0,80}\b(a chaque (fois|changement)|"
              r"every (time|change)|each time)\b"),
          _rx(r"28\(2\)|autorisation (ecrite )?generale|general (written )?authori[sz]ation")),
    Issue("gdpr_damages_proof", {"fr": "Réparation au titre du RGPD", "en": "GDPR compensation"}, "gdpr.art82_liability", "82(3)",
          _rx(r"\b(rgpd|gdpr)\b[^?]{0,80}\b(qui (doit )?prouv\w*|who (has to|must) prove|burden|preuve)\b|"
              r"\b(sue[sd]?|suing|poursui\w*|assign\w*|attaqu\w*|claim\w*|reclam\w*)\b[^?]{0,120}\b(rgpd|gdpr)\b[^?]{0,60}\b(prove|prouv\w*)\b"),
          _rx(r"82\(3\)")),
    Issue("transfer_assessment", {"fr": "Analyse d'impact des transferts", "en": "Transfer impact assessment"}, "gdpr.transfers", "C-311/18",
          _rx(r"\b(tia|transfer impact assessments?|analyses? d.impact (des|de) transferts?|evaluation d.impact (des|du) transferts?)\b"),
          _rx(r"transfer impact assessment|analyse d.impact des transferts"), pick=r"\btia\b"),
    # s8b: a cost rise called force majeure (it is at most hardship; the price does not change unilaterally)
    Issue("hardship_not_force_majeure", {"fr": "Force majeure ou imprévision", "en": "Force majeure or hardship"},
          "term.imprevision", "1218",
          _rx(rf"\b(force majeure)\b[^?]{{0,200}}\b{_COST}\b|\b{_COST}\b[^?]{{0,200}}\b(force majeure)\b"),
          _rx(r"\b1218\b[^\n]{0,400}\b1195\b|\b1195\b[^\n]{0,400}\b1218\b"), pick=r"1195"),
    # paying less for a service only partly performed: the price reduction of art. 1223
    Issue("price_reduction", {"fr": "Réduction du prix", "en": "Price reduction"}, "term.termination_for_cause", "1223",
          _rx(r"\b(pa(y|i)e\w*|payer|regl\w*|vers\w*) (\w+ ){0,2}(moins|une partie|que la moitie|partiellement|moitie)\b|"
              r"\b(reduire|baisser|diminuer|minorer) (\w+ ){0,2}(la facture|le prix|le montant|la redevance|le forfait)\b|"
              r"\bpay(ing)? (\w+ ){0,2}(less|only (half|part)|a reduced|part of)\b|\bshort[- ]?pay\w*|"
              r"\b(reduce|cut|lower) (\w+ ){0,2}(invoice|bill|price|fees?|payment)\b"),
          _rx(r"\b1223\b"),
          needs=_rx(r"\b(ne \w+ (plus )?que|plus que|moitie|partiel\w*|incomplet\w*|imparfait\w*|au lieu de|"
                    r"(il |ca )?manque|now only|only (comes?|does|delivers?|provides?|checks?|works?|answers?|covers?)|partial\w*|half|missing|incomplete|instead of|not fully)\b")),
    # triggering a clause résolutoire: named obligations, a formal notice referring to it
    Issue("resolutory_clause", {"fr": "Clause résolutoire", "en": "Termination clause (clause résolutoire)"},
          "term.termination_for_cause", "1225",
          _rx(r"\b(clauses? resolutoires?|resolutory clauses?|express termination clauses?)\b|"
              r"\b(trigger\w*|invok\w*|activat\w*|declench\w*|actionn\w*|faire jouer|mettre en (oeuvre|jeu))\b[^?.!]{0,40}\btermination clause\b"),
          _rx(r"(design|specif|nomm|name)\w*[^.\n]{0,60}(engagements|obligations)"), pick=r"design|specif"),
    # an auditor who is a competitor or in a conflict of interest
    Issue("auditor_conflict", {"fr": "Auditeur en conflit d'intérêts", "en": "Auditor with a conflict of interest"},
          "gdpr.art28_3h", "28(3)(h)",
          _rx(r"\b(audit\w*|consultant|expert|inspect\w*)\b[^?]{0,200}\b(concurrent\w*|competitors?|competing|rival\w*|"
              r"conflit d.interets?|conflict of interest)\b|\b(concurrent\w*|competitors?|competing|rival\w*|conflit d.interets?|"
              r"conflict of interest)\b[^?]{0,120}\b(audit\w*)\b"),
          _rx(r"concurren|competitor|conflit d.interet|conflict of interest"), pick=r"concurren|competitor"),
    # the processor's record of processing (art. 30(2)) next to the controller's own (art. 30(1))
    Issue("processor_record", {"fr": "Registre du sous-traitant", "en": "The processor's record"}, "guide.dpa_for_msp", "30(2)",
          _rx(r"\bregistre\b[^?]{0,160}\b(sous-traitant|prestataire|msp|infogereur)\b|\b(sous-traitant|prestataire|msp|infogereur)\b"
              r"[^?]{0,80}\bregistre\b|\brecords? of (processing|categories)\b[^?]{0,160}\b(processor|msp|provider)\b|"
              r"\b(processor|msp|provider).s (own )?(gdpr )?(record|register)\b|\barticle 30\b"),
          _rx(r"30\(1\)|ne remplace pas|does not replace"), pick=r"30\(1\)"),
    # a data subject's request: the one-month deadline is the controller's
    Issue("access_request_deadline", {"fr": "Délai de réponse aux demandes des personnes", "en": "Deadline to answer a data subject's request"},
          "gdpr.art28_3e", "12(3)",
          _rx(r"\b(demandes? d.acces|droit d.acces|access requests?|subject access|dsar|right of access|rights? requests?)\b[^?]{0,240}"
              r"\b(delai|deadline|due|vendredi|friday|a quand|by when|how long|combien de temps)\b|"
              r"\b(delai|deadline|by when|how long)\b[^?]{0,80}\b(demandes? d.acces|access requests?|subject access|dsar)\b"),
          _rx(r"12\(3\)")),
    # an oral breach alert: proved by any means between traders
    Issue("oral_alert_proof", {"fr": "Preuve d'une alerte orale", "en": "Proving an oral alert"}, "gdpr.art33_breach", "L110-3",
          _rx(r"\b(appel\w*|telephon\w*|oral\w*|a l.oral|call(ed)?|rang|phone\w*|verbal\w*)\b[^?]{0,300}\b(prouv\w*|preuve|prove\w*|proof)\b"),
          _rx(r"l110-3|tout moyen|any means"), needs=_rx(rf"\b{_BREACH}\b|\bphish\w*|ransomware|violation|incident")),
    # falsified reports: wilful misconduct setting the cap aside
    Issue("falsified_reports", {"fr": "Rapports falsifiés", "en": "Falsified reports"}, "guide.liability_caps", "1231-3",
          _rx(r"\b(falsifi\w*|faked?|fake|forged|copy-?past\w*|copie-?colle\w*|maquill\w*|faux (rapports?|comptes? rendus?)|trafiqu\w*|"
              r"false (reports?|statements?))\b"),
          _rx(r"dolosi\w*|wilful|willful|\bdol\b"), pick=r"falsifi",
          needs=_rx(r"\b(plafond\w*|cap|caps|capped|limit\w*|responsabilite|liability)\b")),
    # s9: the client's data or admin access held back until invoices are paid (28(3)(g) has no payment condition;
    # withholding one's own performance only against a serious breach and in proportion, art. 1219; good faith 1104)
    Issue("data_held_for_payment", {"fr": "Données retenues contre paiement", "en": "Data held back against payment"},
          "gdpr.art28_3g", "1219",
          _rx(rf"\b{_HELD}\b[^?]{{0,160}}\b(qu.apres|seulement apres|uniquement apres|apres (le )?(reglement|paiement)|tant que|"
              rf"jusqu.au (reglement|paiement)|contre (le )?(reglement|paiement)|only (after|once|when)|until|unless|once (we|you|they) (pay|settle)|"
              rf"against (payment|settlement))\b[^?]{{0,60}}\b{_PAID_OR_INVOICE}\b|"
              rf"\b(gard\w*|reti\w*|bloqu\w*|conserv\w*|hold\w*|withh\w*|keep\w*|kept|block\w*)\b[^?.!]{{0,40}}\b{_HELD}\b[^?]{{0,80}}"
              rf"\b{_PAID_OR_INVOICE}\b"),
          _rx(r"\b1219\b[^\n]{0,400}28\(3\)\(g\)|28\(3\)\(g\)[^\n]{0,400}\b1219\b"), pick=r"28\(3\)\(g\)",
          verdict=("En principe, non", "In principle, no")),
    # backups that cannot be deleted before they expire (immutable storage) against a promise to delete everything
    Issue("backups_not_deletable", {"fr": "Sauvegardes non effaçables", "en": "Backups that cannot be deleted early"},
          "gdpr.art28_3g", "28(3)(g)",
          _rx(r"\b(immuabl\w*|immutable|worm|inalterabl\w*|(ne|n.) ?(peu\w*|pourr\w*) pas (les |etre )?(effac\w*|supprim\w*)|"
              r"(can.?not|can.t|cannot|unable to) (be )?(delete|erase|purge)\w*|non (effacables?|supprimables?))\b"),
          _rx(r"(immuabl|immutable)[^\n]{0,200}28\(3\)\(g\)|28\(3\)\(g\)[^\n]{0,300}(immuabl|immutable)"), pick=r"immuabl|immutable",
          needs=_rx(r"\b(sauvegardes?|backups?|copies)\b")),
    # proving work billed outside the fixed fee was ordered (1353; free proof against a trader, L110-3)
    Issue("proof_of_order", {"fr": "Preuve de la commande", "en": "Proving the work was ordered"},
          "term.fixed_fee_vs_time", "1353",
          _rx(rf"\b{_PROVE}\b[^?.!]{{0,60}}\b(command\w*|ordered|order|asked for|requested|request(ed)?|demande\w*)\b|"
              rf"\b(jamais|never|pas) (\w+ ){{0,2}}(command\w*|ordered|asked for|requested)\b[^?]{{0,200}}\b{_PROVE}\b"),
          _rx(r"(command\w*|ordered|asked for|requested)[^\n]{0,200}\b1353\b|\b1353\b[^\n]{0,200}(command\w*|ordered|asked for|requested)"),
          needs=_rx(r"\b(hors forfait|regie|en sus|supplement\w*|extra|out[- ]of[- ]scope|outside the (fixed )?fee|additional (work|hours)|"
                    r"factur\w*|invoic\w*|bill\w*)\b")),
    # what a breach notification (or the processor's alert form) must contain: art. 33(3)
    Issue("breach_notice_contents", {"fr": "Contenu de la notification", "en": "What a breach notification contains"},
          "gdpr.art33_breach", "33(3)",
          _rx(r"\b(fiche|formulaire|modele|gabarit|trame|template|form|rubriques?|champs|fields?|headings?|contenu|contenir|contient|"
              r"contain\w*|include|items?|mentions?)\b[^?]{0,120}\b(notification|violation|breach|incident|alerte?)\b|"
              r"\b(notification|violation|breach|incident|alerte?)\b[^?]{0,160}\b(rubriques?|champs|fields?|headings?|"
              r"(je|on) mets? (quoi|quelles)|what (goes|should go) in|what (should|must) (it|the (form|alert|notice)) (contain|include|say))\b"),
          _rx(r"33\(3\)"), needs=_rx(r"\b(violation|breach|incident|fuite|leak|cnil|autorite|authority|ico)\b")),
    # late-payment penalties and the 40 EUR fee are owed even when the terms and invoices say nothing (L441-10, D441-5)
    Issue("late_fees_without_clause", {"fr": "Pénalités de retard sans clause", "en": "Late-payment penalties with no clause"},
          "term.late_payment", "L441-10",
          _rx(rf"\b{_LATE_FEES}\b[^?]{{0,200}}\b{_NOT_WRITTEN}|{_NOT_WRITTEN}[^?]{{0,120}}\b{_LATE_FEES}\b"),
          _rx(r"plein droit|by operation of law|automatically|sans rappel|without (any )?reminder"), pick=r"plein droit|by operation|automatic",
          verdict=("Oui", "Yes")),
    # an employee's absence (sickness, leave, resignation) called force majeure: the provider's own organisation (1218)
    Issue("staff_absence_not_force_majeure", {"fr": "Absence d'un salarié et force majeure", "en": "Staff absence and force majeure"},
          "term.force_majeure", "1218",
          _rx(r"\b(arret maladie|malade|maladie|en conge\w*|conges?|absent\w*|absence|demission\w*|a demissionne|parti|quitte|"
              r"sick\w*|illness|ill|on leave|leave|resign\w*|quit|off work|vacation|holidays?|parental)\b[^?]{0,160}\b(force majeure)\b|"
              r"\b(force majeure)\b[^?]{0,160}\b(arret maladie|malade|maladie|absent\w*|absence|demission\w*|sick\w*|illness|"
              r"on leave|resign\w*|off work)\b"),
          _rx(r"(absence d.un salarie|absence of one of the provider.s employees|remplacant|stand-in)[^\n]{0,300}\b1218\b"),
          pick=r"salari|employee", verdict=("En principe, non", "In principle, no"),
          needs=_rx(r"\b(technicien\w*|salarie\w*|ingenieur\w*|admin\w*|employe\w*|personnel|equipe|staff|engineer\w*|technician\w*|"
                    r"tech|techs|employee\w*|person|personne|team|seul|only|only one)\b")),
    # a warning the provider says it gave (orally) to a competent client: it must prove it; the duty is narrower
    Issue("warning_proof", {"fr": "Preuve de la mise en garde", "en": "Proving the warning"}, "guide.means_vs_result", "1353",
          _rx(rf"\b{_PROVE}\b[^?.!]{{0,60}}\b(prevenu\w*|averti\w*|mis en garde|mise en garde|conseille\w*|alerte\w*|warned|advised|"
              rf"told (them|the client)|alerted)\b|\b(aurai(en)?t|aurions|auriez) du (les |nous |le |la |vous )?(mettre en garde|prevenir|"
              rf"avertir|conseiller|alerter)\b{_NOT_A_DEADLINE}|\bshould have (warned|advised|told|alerted) (us|them|the client)\b"
              rf"{_NOT_A_DEADLINE}"),
          _rx(r"(competent|moins etendu|narrower)[^\n]{0,300}\b1353\b"), pick=r"competent",
          verdict=("Oui", "Yes")),
    # a result obligation missed, the provider blaming the client and asking the client to prove otherwise
    Issue("result_blame_on_client", {"fr": "Résultat manqué et fait du client", "en": "Missed result blamed on the client"},
          "guide.means_vs_result", "1231-1",
          _rx(rf"\b(obligation de resultat|obligation of result|result obligation|guarante\w*|garanti\w*)\b[^?]{{0,300}}"
              rf"\b(notre faute|de notre faute|our fault|our (own )?(\w+ ){{0,2}}(change|mistake|error|guy|team|staff)|"
              rf"(client|customer).s (fault|change|mistake)|(faute|erreur|changement) (du client|de notre)|"
              rf"(we|on|nous)\W+(d have|would have|devrions|devrait|aurions) (to )?(prouver|prove)|"
              rf"(rejet\w*|rejett\w*|met\w*|blame\w*) (la faute )?(sur|on) (nous|notre|nos|us|our)|"
              rf"(sur|on) (notre|nos|our) (\w+ ){{0,2}}(changement|modification|erreur|change|mistake)|c.est a nous de prouver)\b"),
          _rx(r"(blames? the client|accuse le client|en accuse le client)[^\n]{0,300}\b1353\b"), pick=r"accuse|blames",
          verdict=("Non", "No")),
    # a clause declining the provider's liability for its sub-processors (28(4): it remains fully liable)
    Issue("subprocessor_liability_waived", {"fr": "Responsabilité pour les sous-traitants ultérieurs",
                                            "en": "Liability for sub-processors"}, "gdpr.art28_4", "28(4)",
          _rx(r"\b(not (be )?(liable|responsible)|no liability|any liability|decline\w*|exclu\w*|disclaim\w*|pas responsable|"
              r"n.est pas responsable|ne (saurait|sera|pourra) (etre )?(tenu )?responsable|decline\w*|aucune responsabilite)\b[^?]{0,120}"
              r"\b(sub-?processors?|sous-traitants? ulterieurs?|sub-?contractors?|sous-traitants?)\b"),
          _rx(r"(declines?|decline toute|declines any)[^\n]{0,200}28\(4\)"), pick=r"declin",
          verdict=("Non", "No")),
    # s9b: a contractual breach alert of 24 or 48 hours asked "is it compliant?": yes, the processor owes the alert without
    # undue delay (33(2)), the 72 hours being the controller's towards the authority (33(1)); a 72-hour figure is no yes
    Issue("breach_alert_hours", {"fr": "Délai d'alerte du sous-traitant", "en": "The processor's breach alert time"},
          "card.breach_notification_deadline", "33(2)",
          _rx(r"\b(12|24|36|48)[ -]?(h|heures?|hours?|hrs?)\b[^?]{0,200}\b(conformes?|legale?s?|legal|valables?|ok|okay|compliant|"
              r"acceptable|fine|allowed|enough|suffisante?s?|rgpd|gdpr)\b"),
          _rx(r"\b(24|48) ?(h|heures|hours)\b[^\n]{0,80}\b(conforme|compliant|fine|acceptable)\b"),
          verdict=("Oui", "Yes"),
          needs=_rx(rf"\b{_BREACH}\b|\b(violations?|incidents?|alerte\w*|alert\w*|notif\w*|prevenir|inform\w*)\b")),
    # s9b: a clause by which the provider is never liable for anything: it empties the essential obligation (1170)
    Issue("total_liability_exclusion", {"fr": "Exclusion totale de responsabilité", "en": "Exclusion of all liability"},
          "term.essential_obligation", "1170",
          _rx(r"\b((n.est|ne sera|ne serait|n.etre) jamais (tenu )?responsable( de rien| de quoi que ce soit)?|jamais responsable de rien|"
              r"(exclu\w*|ecart\w*) toute (sa )?responsabilite|aucune responsabilite (quelle qu.elle soit|en aucun cas|quoi qu.il arrive)|"
              r"never (be )?(liable|responsible)( for anything)?|not (be )?liable for anything|no liability (whatsoever|at all|in any case)|"
              r"exclud\w* (all|any) (of (its|the provider.s|the msp.s) )?liability|in no (event|case) (shall|will|is) [\w' ]{0,30}(be )?liable)\b"
              r"(?![^?.!]{0,40}\b(sous-traitants?|sub-?processors?|sub-?contractors?|indirect\w*)\b)"),
          _rx(r"\b1170\b"), verdict=("En principe, non", "In principle, no")),
    # what to write in the DPA for data leaving the EU: documented instructions 28(3)(a), Chapter V, list, consent
    Issue("transfers_in_dpa", {"fr": "Transferts hors UE dans le DPA", "en": "Transfers outside the EU in the DPA"},
          "gdpr.transfers", "28(3)(a)",
          _rx(r"\b(sortent de l.(ue|union|eee)|hors (de l.)?(ue|union|eee|europe)|en dehors de l.(ue|union|eee)|outside the (eu|eea|union)|"
              r"leav\w* the (eu|eea|union)|pays tiers|third countr\w*|transferts? hors|transfers? (outside|out of))\b"),
          _rx(r"28\(3\)\(a\)[^\n]{0,300}\b46\b"), pick=r"verrouiller|lock down",
          needs=_rx(r"\b(j.ecris|ecri\w*|mettre|met|mets|prevoir|rediger|redige|write|put|draft|word|include|clause|dpa)\b")),
)


def raised(question: str) -> list[Raised]:
    """The issues the question raises, in the order the question raises them, with their words: the user's own words
    (s28: never the words the router appended for retrieval, `wording.own_words`)."""
    low = fold(own_words(question))
    at = asked_start(low)
    out = []
    for issue in ISSUES:
        m = issue.cues.search(low)
        if m and (issue.needs is None or issue.needs.search(low)):
            late = issue.cues.search(low, at) or m  # its words in the question asked, when it is there too
            out.append(Raised(issue, late.group(0) if late.end() > at else m.group(0), m.start(), asked=late.end() > at))
    out.sort(key=lambda r: r.start)
    if out and not any(r.asked for r in out) and _REFERS_BACK.search(low[at:]) and len(low[at:].split()) <= 14:
        # "… il a le droit de nous tenir comme ça ?", "can they do that?": the question asks about the story told, so the
        # last issue of the story that carries its own yes/no answer is the one asked
        last = next((i for i in range(len(out) - 1, -1, -1) if out[i].issue.verdict), None)
        if last is not None:
            r = out[last]
            out[last] = Raised(r.issue, r.words, r.start, asked=True)
    return out


# the asked sentence only points back at the story: "comme ça", "faire ça", "do that", "like this"
_REFERS_BACK = re.compile(r"\b(comme ca|comme cela|faire ca|faire cela|ca (tient|passe)|de (le |nous |les )?faire|"
                          r"(do|does|doing) (that|this|it)|like (that|this)|that (legal|allowed|ok)|this (legal|allowed|ok)|"
                          r"how (it|that|this) works|comme ca que ca marche|ca marche comme ca|(does|would) (that|this|it) (hold|stand)|"
                          r"(is )?(that|this|it) (normal|fair|standard|usual|ok|okay)|(c.est|est-ce|ca) (normal|ok|correct)|"
                          # s9b: "is that clause valid?", "c'est valable ?", "cette clause tient-elle ?"
                          r"(is|would) (that|this|it|the|such a) (clause |term |waiver )?(be )?(valid|enforceable|lawful|legal|compliant|acceptable)|"
                          r"(c.est|est-ce|est-elle|elle est|cette clause est|la clause est) (bien )?(valable|licite|legale?|valide|conforme)|"
                          r"(cette clause|la clause|elle) tient(-elle)?|"
                          # s13: "on a le droit quand même ?", "are we still allowed to?": the right the story told, asked back
                          r"(on|nous|je|j.|ils?|elles?) (a|ai|avons|ont) (bien |vraiment )?le droit( (de le faire|quand meme|malgre tout|"
                          r"malgre (ca|cela)))?(?=\s*\??\s*$)|(are|am|is) (we|i|they|he|she|it) (still |even |really )?(allowed|entitled)"
                          r"( to( do)? (it|that|this)| to it| to)?( anyway| all the same| regardless)?(?=\s*\??\s*$)|"
                          r"(can|may) (we|i|they) (still )?(do|charge|claim|bill|ask for) (it|that|this|them) (anyway|all the same|regardless))\b")


def issue_answers(question: str, card_text: str, card_id: str = "") -> bool:
    """The question asks, as a yes/no question, an issue that carries its own verdict and that the card left out: the
    issue's cited verdict answers, and a card matched on other words of the story must not follow it (its own
    verdict would answer a question nobody asked, sometimes the opposite way)."""
    low = fold(question)
    if not _yes_no(low):
        return False
    card_low = fold(card_text)
    # a card that cites the issue's own article is on the issue's subject (force majeure, sub-processors): it stays
    return any(r.asked and r.issue.verdict and not r.issue.covered.search(card_low) and r.issue.entry != card_id.rsplit(".", 1)[0]
               and not re.search(rf"(?<![\w-]){re.escape(r.issue.article.lower())}(?![\w-])", card_low)
               for r in raised(question))


def facet_statement(issue: Issue, entry: Entry) -> Statement | None:
    """The statement of the entry that answers the issue: the rule citing the issue's article, else the card's rule."""
    for st in entry.typed_statements:
        if st.type == "rule" and (issue.article in st.text or any(issue.article in c for c in st.cites)) and (
                not issue.pick or re.search(issue.pick, fold(st.text))):
            return st
    if entry.kind == "card" and entry.rule is not None and issue.article in entry.rule.text:
        return Statement.model_construct(type="rule", side=None, text=entry.rule.text, cites=tuple(entry.rule.cites))
    return None


def facet_text(issue: Issue, statement: Statement, lang: str, *, answers: bool = False) -> str:
    """The statement that answers the issue, as a sentence of the answer; when the issue is the question asked and carries
    its yes/no answer, that answer first ("Non. Le contrat ne peut être modifié…"). s28: the issue's name and the
    statement's type are no part of the sentence ("Transferts hors UE dans le DPA (règle de droit) : …" read as a title
    glued to the text): the statement, a rule of law citing its article, says what it is about in its own words."""
    text = statement.text
    if answers and issue.verdict:
        text = f"{issue.verdict[1 if lang == 'en' else 0]}. {text}"
    return text


def facets(question: str, answer: str, *, lang: str, entries: dict[str, Entry], used: Sequence[str] = (),
           limit: int = MAX_FACETS) -> list[tuple[Raised, Entry, Statement]]:
    """(issue, entry, statement) for each issue the question raises that the answer leaves out: not covered by
    its words, its entry's statement not already quoted. At most `limit`."""
    low = fold(answer)
    out: list[tuple[Raised, Entry, Statement]] = []
    seen: set[str] = set()
    for r in raised(question):
        if r.issue.covered.search(low):
            continue
        entry = entries.get(f"{r.issue.entry}.{lang}")
        if entry is None:
            continue
        st = facet_statement(r.issue, entry)
        if st is None or st.text in seen or fold(st.text)[:80] in low:
            continue
        seen.add(st.text)
        out.append((r, entry, st))
        if len(out) >= limit:
            break
    return out


# the question asked is a yes/no one ("ils peuvent…?", "can they…?"), not a who / what / how long
_YES_NO = re.compile(r"^\W*((ils?|elles?|on|le \w+|the \w+|they|it|he|she) (a|ont|has|have) (bien |vraiment |really )?(le droit|the right)\b|"
                     r"(ca|cela) (tient|passe)\b|c.est (bien |vraiment )?a (nous|moi|lui|eux|vous) de\b|(is|was) (that|this|it) (really )?(how|right|true|valid)\b|"
                     r"(does|would) (that|this|it) (hold|stand)\b|"
                     r"(est-ce qu\w*|peu(t|vent|x)|puis|doi(s|t|vent)|ont|a-t|sont|is|are|can|could|may|must|do|does|did|should)\b|"
                     r"(ils?|elles?|on|je|nous|vous|they|he|she|it|we) (peu(t|vent|x)|pouvons|pouvez|can|may|could)\b)")


def card_verdict(question: str, card_id: str, lang: str) -> str | None:
    """The verdict word of the yes/no issue the question asks when the matched card is that issue's own entry (the
    card answers it, without a yes or no of its own): "Yes" before "the law sets no number of hours…"."""
    low = fold(question)
    if not _yes_no(low):
        return None
    base = card_id.rsplit(".", 1)[0]
    for r in raised(question):
        if r.asked and r.issue.verdict and r.issue.entry == base:
            return r.issue.verdict[1 if lang == "en" else 0]
    return None


def covered_verdict(question: str, answer: str, lang: str) -> str | None:
    """The verdict word of the yes/no issue the question asks when the answer already states that issue's rule (so no
    facet line carries the word): "Oui" before the late-payment rule quoted first, for "… not in our terms, can we
    still charge them?"."""
    low = fold(question)
    if not _yes_no(low):
        return None
    said = fold(answer)
    for r in raised(question):
        if r.asked and r.issue.verdict and r.issue.covered.search(said):
            return r.issue.verdict[1 if lang == "en" else 0]
    return None


def _yes_no(low: str) -> bool:
    """The asked sentence of the folded question is a yes/no one, or only asks whether the story told holds."""
    part = low[asked_start(low):]
    # "…, c'est légal ?": the closing words only ask whether what was said holds
    return _YES_NO.search(part) is not None or (_REFERS_BACK.search(part) is not None and len(part.split()) <= 14) or \
        _REFERS_BACK.search(part.rstrip(" ?!.")[-30:]) is not None


def add_facets(lines: list[str], question: str, *, lang: str, entries: dict[str, Entry], cite_line: Callable[[Entry, str], str],
               after: int = 2) -> list[str]:
    """The answer's lines with one cited line per issue it leaves out, placed after its opening (`after`
    paragraphs: the verdict stays first)."""
    found = facets(question, "\n".join(lines), lang=lang, entries=entries)
    if not found:
        return lines
    # the issue the question asks about, which the answer left out, answers first; the others follow the opening
    lead = next((i for i, (r, _e, _s) in enumerate(found) if r.asked), None)
    ordered = ([found[lead]] if lead is not None else []) + [f for i, f in enumerate(found) if i != lead]
    yes_no = _yes_no(fold(question))
    made = [cite_line(entry, facet_text(r.issue, st, lang, answers=i == 0 and lead is not None and yes_no))
            for i, (r, entry, st) in enumerate(ordered)]
    first, extra = (made[:1], made[1:]) if lead is not None else ([], made)
    at = min(after, len(lines))
    return first + lines[:at] + extra + lines[at:]
