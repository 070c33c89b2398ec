"""Cue families of situations a question tells, thirtieth session, helper s30-ans (issue 15): facts that put a question under
a card whatever words it is asked in (folded text; read by `told_situations.SITUATIONS` and, for the cards gated on them,
by `premises.ASK_CUES`).

- a first-demand (independent) guarantee named: what it is and what it exposes the one who gives it to (C. civ. 2321),
  not a personal guarantee's form (2297);
- a non-waiver clause, or a right left unused for a while and asked whether it is lost: a waiver is not presumed;
- a US vendor, tool or cloud that would process the clients' data: a sub-processor (GDPR 28(2), 28(4)) and a transfer
  (Chapter V: the Data Privacy Framework or the standard clauses);
- a company saying the provider had to remind it before a tacit renewal (C. conso. L215-1 protects consumers and, by
  L215-3, non-professionals; between businesses the contract governs);
- the client telling the provider to hand over, copy or read a person's data covertly, and the provider asking whether it
  must just comply (GDPR 28(3)(a) and 28(3) last subparagraph).
"""

from __future__ import annotations

import re

# -- a first-demand guarantee named --------------------------------------------------------------------------------------
FIRST_DEMAND = re.compile(
    r"\b(garanties? (bancaires? )?(autonomes?|a premiere demande)|a premiere demande|premiere demande|garant autonome|"
    r"lettre de garantie bancaire|(first|on)[- ]demand (bank )?(guarantees?|bonds?)|demand guarantees?|"
    r"(independent|autonomous) (bank )?guarantees?|(performance|bank) bonds?|(guarantee|bond) payable on (first )?demand)\b|"
    # s31: told without the term — a bank (or a guarantor) that pays on the client's mere request
    r"^(?=.*\b(banques?|banks?|garant\w*|guarant\w*)\b)(?=.*\b(on (a )?(simple|first|mere) (request|demand)|no questions asked|"
    r"(a|sur) (sa|leur|simple) (simple )?demande|des qu.(il|elle|ils|elles) (le |la |les )?(demande|reclame)\w*|"
    r"as soon as (they|it|he|she|the (client|customer|buyer)) (asks?|requests?|demands?|calls?)|whenever (they|it) (asks?|wants?)|"
    r"sans (discuter|condition|justifi\w*|preuve))\b)", re.S)

# -- a non-waiver clause, or a right left unused ---------------------------------------------------------------------------
NON_WAIVER = re.compile(
    r"\b(non[- ]?renonciation|clauses? de tolerance|non[- ]waiver|no[- ]waiver|anti[- ]waiver|"
    r"(tolere\w*|tolerons|laisse (passer|faire)|jamais (applique|reclame|invoque|exige)\w*)(?s:.){0,160}?\b(perdu|perdre|"
    r"renonce\w*|plus le droit|encore (le droit|appliquer|reclamer|invoquer|exiger))|"
    r"(let|letting|tolerat\w*|never (enforced|applied|claimed|charged)|did not (enforce|apply|claim|charge)|didn'?t "
    r"(enforce|apply|claim|charge))(?s:.){0,160}?\b(gave up|given up|giv\w* up|(gave|given|giving|give) (\w+ ){1,2}up|"
    r"waiv\w*|lost|lose|forfeit\w*|still "
    r"(enforce|apply|claim|charge))|(does|did|do) (that|this|it) (mean|amount to) (we|a) (waiv\w*|gave up))\b")

# -- a US vendor, tool or cloud processing the clients' data ---------------------------------------------------------------
_US = (r"(etats[- ]unis|americain\w*|usa|us-based|us based|u\.s\.|american|united states|"
       r"us (company|vendor|tool|provider|saas|cloud|firm|software|editor|platform|service|host\w*|based))")
_TOOL = (r"(outils?|logiciels?|saas|editeurs?|solutions?|plateformes?|cloud|rmm|supervision|sauvegardes?|hebergeurs?|"
         r"helpdesk|prise en main|tools?|software|vendors?|platforms?|services?|providers?|hosts?|hosting|backups?|"
         r"monitoring|patch\w*|ticket\w*|apps?|applications?)")
US_VENDOR = re.compile(rf"(?s)^(?=.*\b{_US}\b)(?=.*\b{_TOOL}\b)")

# -- a company saying it should have been reminded of a tacit renewal -----------------------------------------------------
_REMINDED = (r"(prevenir|prevenu\w*|previen\w*|avertir|averti\w*|rappel\w*|informer|informe\w*|aviser|avise\w*|chatel|"
             r"l\.? ?215-1|remind\w*|warn\w*|notif\w*|told|tell|inform\w*|heads[- ]up|notice before)")
_RENEWED = (r"(reconduction|reconduit\w*|renouvel\w*|tacite|automatiquement prolonge|renew\w*|auto-?renew\w*|roll\w* over|"
            r"rolled over|extended automatically)")
_COMPANY = (r"(pmes?|tpes?|sarl|sas|sasu|eurl|societes?|entreprises?|cabinets?|agences?|professionnels?|company|companies|"
            r"business(es)?|firms?|smes?|ltd|limited|startup|start-up|chatel|code de la consommation|consumer (law|code))")
RENEWAL_REMINDER = re.compile(rf"(?s)^(?=.*\b{_REMINDED})(?=.*\b{_RENEWED})(?=.*\b{_COMPANY}\b)")
# a private customer's plan is the consumer's card (s27), not this one
PRIVATE_CUSTOMER = re.compile(r"\b(particuliers?|consommateurs? (final|finaux)|private (individuals?|customers?)|"
                              r"individual customers?|a titre personnel|home users?)\b")

# -- the client's instruction on someone's data the provider doubts --------------------------------------------------------
_TOLD_TO = (r"(nous demande\w*|demande\w* (de|qu.on|que nous)|veut qu.on|veut que nous|exige\w*|nous ordonne\w*|"
            r"asks? us|asked us|wants us|requires? us|required us|tells? us|told us|instructs? us|instructed us|orders? us|requests? (that )?we)")
_COVERT = (r"(discretement|en douce|en cachette|a (son|leur) insu|sans (le|la|les|lui|leur) (dire|prevenir)|en secret|"
           r"secretly|quietly|covertly|behind (his|her|their) back|without (telling|informing) (him|her|them))")
_SOMEONES = (r"(boite|boites|messagerie|mails?|e-?mails?|courriels?|fichiers?|donnees|historique|conversations?|"
             r"mailbox\w*|inbox\w*|emails?|messages?|files?|data|browsing|chats?)")
_PERSON = (r"(salarie\w*|employe\w*|collaborat\w*|ancien\w*|utilisateur\w*|manager|directeur|directrice|"
           r"employees?|staff|worker|user|manager|colleague|director|executive|someone|person)")
DOUBTFUL_INSTRUCTION = re.compile(rf"(?s)^(?=.*\b{_TOLD_TO}\b)(?=.*\b{_COVERT}\b)(?=.*\b{_SOMEONES}\b)(?=.*\b{_PERSON})")
