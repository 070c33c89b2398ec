"""Cue families of situations a question tells, thirty-sixth session (helper s36-ans, issue 15). Read on folded text.

- NO_CONTRACT_WITH_US: someone outside the user's contract asked to be held to it, or to hold the user to theirs — the
  end client of the firm the user subcontracts for, the provider's own subcontractor — a contract binds only its parties
  (C. civ. 1199): the card on promising for a third party (`card.promise_for_third_party_s26`).
- INDEX_FELL: a price indexed on an index that went down, and the user asking whether the price goes down too: the
  formula applies both ways unless the clause writes a floor (`card.index_fall_s36`), not the card on an annual rise.
- CLIENTS_POOLED_STORAGE: several clients' data or backups put on one shared device or system (a NAS, a backup server, an
  array), asked whether it is allowed: the security duty of the processor (GDPR 32, 28(3)(c); `card.shared_storage_clients_s36`).
- NEWCOMER_ADMIN_ACCESS: an intern, apprentice, temp or new hire given administrator access or passwords at the clients:
  confidentiality and instructions (GDPR 28(3)(b), 32(4)), least privilege (`card.newcomer_admin_access_s36`).
- OUTCOME_PROMISED: an outcome promised in absolute words (no ransomware ever, zero data lost, no intrusion) and the
  promiser's liability asked once it failed: an obligation of result (C. civ. 1231-1, 1218; `card.outcome_promised_s36`).
"""

from __future__ import annotations

import re

# -- a contract binds only its parties ------------------------------------------------------------------------------------
# a chain of contracts told: the user subcontracts for another firm whose client is the end client, or the provider has
# its own subcontractor
_CHAIN = (r"(client (final|de notre client|de notre donneur d'ordre|du donneur d'ordre|de l'infogerant|de notre "
          r"(presta|prestataire|msp))|clients? finaux|end[- ](client|customer|user company)|(its|their|his) (own )?"
          r"(client|customer)|(sous[- ]traitants?|subcontractors?|sub-contractors?) (d'un|d'une|de notre|du|de l'|for a|for "
          r"an|for the|of (our|the|a))|(notre|son|leur) donneur d'ordre|prime contractor|main contractor|head contractor|"
          r"(larger|bigger|main|prime|gros|grand) (msp|infogerant|it firm|provider|integrat\w*)|entreprise principale|"
          r"(on|nous) (est|sommes) "
          r"(le |un )?sous[- ]traitants?|we(?:'re| are) (the |a )?sub-?contractors?|we subcontract|"
          r"(le |son |leur )?sous[- ]traitant (de notre|du) (presta|prestataire|fournisseur|msp|infogerant)|"
          r"(intervenons|intervient|travaillons|travaille|sommes|est) en sous[- ]traitance|en sous[- ]traitance (pour|de)|"
          r"sous[- ]traitant (que|qu') (notre|le|la) (presta|prestataire|fournisseur|msp|infogerant|esn)|"
          r"sub-?contractors? (that |who |whom )?(our|the) (provider|msp|vendor|supplier|it firm) (brought in|hired|used|"
          r"engaged|uses|appointed)|"
          r"(our )?(provider|msp|vendor|supplier)'?s? (own )?sub-?contractors?|sub-?contractors? of our (provider|msp|vendor))")
# the ask: being held to, or holding, a contract across that chain
_HELD_ACROSS = (r"(agir (directement )?contre|act(ion)? against|imposer|impose|appliquer|applique|reclam\w*|oppos\w*|directement|met\w* en demeure|mise en demeure|"
                r"(on est|sommes-nous|est-on|nous sommes) (tenus?|lies?|obliges?)|formal notice|engag\w+ (envers|vis-a-vis)|tenus? (de|"
                r"envers|par)|lies? (par|au|a son)|hold (us|them|him|it) to|bound (to|by)|enforce\w*|directly|apply\w* "
                r"(the|its|their|his)|sue (us|them|him|it)|claim\w* (from|against) (us|them|him|it)|penalt\w+ (from|against|"
                r"to us)|claim\w* [^.;?]{0,40}\bfrom us)")
NO_CONTRACT_WITH_US = re.compile(rf"(?s)^(?=.*\b{_CHAIN}\b)(?=.*\b{_HELD_ACROSS})")
# the subcontractor asking the end client to pay it what the main contractor owes is the 1975 law's direct action (loi
# n° 75-1334, art. 12), another card's question, not privity
SUBCONTRACTOR_PAYMENT = re.compile(r"\b(lui doit|leur doit|nous doit|(payer|regler|paie|paye)\w* directement|action directe|"
                                   r"never paid|(hasn'?t|has not|have not|haven'?t|didn'?t|did not) (been )?paid|"
                                   r"(n'a|n'ont) (jamais |pas )(ete )?paye\w*|jamais paye\w*|impaye\w*|"
                                   r"(sends?|sent|envoie|envoient|adresse|adressent) (us|nous) (its|his|their|sa|ses|leurs?) "
                                   r"(invoices?|factures?)|"
                                   r"owes? (him|them|it|us)|pay (him|them|it) directly|direct(ly)? (payment|action)|"
                                   r"unpaid (invoices?|fees?) of the (main|prime))\b")

# -- the index fell -------------------------------------------------------------------------------------------------------
_INDEX = r"(indices?|syntec|index(es)?|indexe\w*|indexation|indexed|revision de prix|price review|price revision)"
_FELL = (r"(baisse|a baisse|ont baisse|est en baisse|baisse de|en baisse|a recule|recul\w*|a diminue|diminu\w*|chut\w*|negatif|"
         r"went down|gone down|goes down|dropped|drops|fell|fallen|decreas\w*|declin\w*|negative)")
# the index then its fall within a few words ("l'indice syntec a baissé", "the index in our clause went down")
_INDEX_FELL = rf"\b{_INDEX}\b([\s\w',.%-]{{0,40}}?)\b{_FELL}"
_PRICE_DOWN = (r"(baisser|baisse|reduire|diminuer|revoir a la baisse|repercut\w*|cut|lower\w*|drop|reduc\w*|decreas\w*|go down|"
               r"come down|pass (it|the decrease) on|joue\w*|s'applique\w*|applies|apply|applied|both ways|dans les deux sens)")
# a floor asked against the index's fall ("que le prix ne baisse jamais même si l'indice baisse", "the price never goes down")
_FLOOR = r"(ne baisse jamais|jamais a la baisse|never go(es)? down|never decreas\w*|price floor|prix plancher|plancher)"
INDEX_FELL = re.compile(rf"(?s)^(?=.*{_INDEX_FELL})(?=.*\b{_PRICE_DOWN}\b)|^(?=.*\b{_INDEX}\b)(?=.*\b{_FLOOR})")

# -- an outcome promised ----------------------------------------------------------------------------------------------------
# a promise or guarantee in absolute words: never, no, none, zero
_PROMISED = (r"(promis\w*|promesses?|promise|garanti\w*|s'engage\w*|s'est engage\w*|s'etai\w* engage\w*|se sont engage\w*|(nous|on) (s'est|sommes) engage\w*|"
             r"assure\w* (au|a notre|a son|a leur) client\w* qu|ecrit (au|a notre|a son|a leur) client\w* qu|promised|promises|"
             r"guarantee\w*|undert(ook|akes|aken)|committed|commits|assured|wrote (to (the|our|its|their) (client|customer)s? )?"
             r"that)")
_ABSOLUTE = (r"(absolues?|absolute|jamais|aucune?|zero|0 ?%|ne (sera|seront|passera|subira)|never|no (\w+ )?(will|would|shall|ever|data|"
             r"ransomware|virus|intrusion|breach|loss|downtime)|no (\w+ ){1,2}(will|would|shall|could|can)|not a single|none of)")
_PROMISE = rf"(\b{_PROMISED}\b([\s\w',()-]{{0,60}}?)\b{_ABSOLUTE}|\b(absolute|absolue?s?) ([\w-]+ ){{0,2}}{_PROMISED}\b)"
# what is asked: the promiser's exposure once it failed
_EXPOSURE = (r"(obligation (de resultat|of result)|on risque|risque\w* quoi|qui en repond\w*|who answers for|responsables?|exposition|quand meme|malgre|de son mieux|de notre mieux|sans faute|"
             r"(pas|aucune?) (commis )?(de |d'|la moindre )?faute|s'en sortir|s'exonerer|exonere\w*|"
             r"fait le (maximum|necessaire)|exposure|exposed|liable|liability|our risk|what.s our risk|anyway|despite|"
             r"even though|its best|our best|did everything|without (any )?fault)")
OUTCOME_PROMISED = re.compile(rf"(?s)^(?=.*{_PROMISE})(?=.*\b{_EXPOSURE})")
# the regimes asked in the abstract ("quelle différence entre…") is the comparison card's
REGIMES_COMPARED = re.compile(r"\b(difference|distinguer|distinction|compar\w*|versus|vs)\b")

# -- several clients on one storage ----------------------------------------------------------------------------------------
_CLIENTS = (r"((de |des )?(plusieurs|\d+|tous (nos|les)|nos|differents|dizaines? de|chaque) (clients?|clientes?)|"
            r"(several|multiple|many|all (of )?our|\d+|different|our|each) (clients?|customers?)|clients?'? (data|backups?))")
_POOLED = (r"(meme|seule?|unique|mutualise\w*|partage\w*|commun\w*|same|single|one|shared|pooled|common)")
_DEVICE = (r"(nas|serveurs?|stockages?|baies?|disques?|san|tenants?|espaces?|servers?|storage|arrays?|disks?|boxe?s?|"
           r"machines?|appliances?)")
CLIENTS_POOLED_STORAGE = re.compile(
    rf"(?s)^(?=.*\b{_CLIENTS}\b)(?=.*\b{_POOLED}\s+((\w+\s+){{0,2}}){_DEVICE}\b|.*\b{_DEVICE}\s+{_POOLED}\b)"
    r"(?=.*\b(sauvegardes?|backups?|donnees|data|fichiers|files|stockage|storage|heberg\w*|host\w*)\b)")

# -- a newcomer given administrator access at the clients -----------------------------------------------------------------
_NEWCOMER = (r"(stagiaires?|alternants?|apprentis?|interimaires?|nouvel(le)? (arrivant|recrue|embauche|technicien)\w*|"
             r"nouveaux? (technicien|salarie|arrivant)s?|jeunes? diplome\w*|interns?|trainees?|apprentices?|work[- ]experience|"
             r"(a|an|our|the) temp|temporary (staff|technicians?|workers?)|new (hires?|starters?|recruits?|technicians?|employees?)|juniors?)")
_ADMIN = (r"(acces|droits?|mots? de passe|identifiants|comptes?|admin\w*|donnees|access|rights|passwords?|credentials|"
          r"accounts?|privileges?|data)")
# the access given or had, not a mistake told ("le nouveau technicien du client a supprimé un compte")
_GIVEN = (r"(interven\w*|works? with|working with|donn\w*|ouvr\w*|confi\w*|attribu\w*|avoir|ait|acced\w*|acces|give|giving|gave|grant\w*|get|gets|have|has|"
          r"access\w*|hand\w*)")
NEWCOMER_ADMIN_ACCESS = re.compile(
    rf"(?s)^(?=.*\b{_NEWCOMER}\b)(?=.*\b{_ADMIN}\b)(?=.*\b{_GIVEN}\b)(?=.*\b(clients?|clientes?|customers?)\b)")
