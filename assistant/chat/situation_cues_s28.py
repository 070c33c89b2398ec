"""Cue families of the subjects a question names, twenty-eighth session (issue 15): the words that put a question under a
body of law the answers had not reached, by family (folded text; `premises.ASK_CUES` gates the s28 cards on them, so a
card answers only a question that names its subject and keeps its place against a subject named in passing).

- staff representatives named (CSE, works council): their information and consultation before a decision (C. trav.
  L2312-8, L2312-14), obstruction (L2317-1);
- pre-contract rights: a right of first refusal (C. civ. 1123), a unilateral promise or an option (1124);
- GDPR roles: a joint-control arrangement (art. 26) named by a party that hosts or runs the system for the other;
- a piece of equipment held by the one who repaired or kept it, and kept until paid (C. civ. 2286);
- agreed penalties claimed and the loss or its proof named (C. civ. 1231-5);
- the courts of another EU country named (Regulation 1215/2012, arts 4, 7, 25);
- AI at work: emotions inferred (Regulation 2024/1689, art. 5(1)(f)), AI deciding on recruitment or on workers (annex III);
- punitive or multiplied damages (C. civ. 1231-2 to 1231-4);
- the duty of vigilance law (C. com. L225-102-4) and the anti-corruption programme (Law 2016-1691, art. 17).
"""

from __future__ import annotations

import re

# -- staff representatives ------------------------------------------------------------------------------------------------
WORKS_COUNCIL = re.compile(
    r"\b(cse|cses|comite social et economique|comite d'entreprise|representants? (du personnel|des salaries|syndica\w*)|"
    r"delegues? (du personnel|syndica\w*)|elus du (personnel|cse)|instances? representatives?|irp|"
    r"works? councils?|(staff|employee|employees'|workers'?|union) (representatives?|reps?|council))\b")

# -- pre-contract rights --------------------------------------------------------------------------------------------------
PREFERENCE_PACT = re.compile(
    r"\b(pactes? de preference|clauses? de preference|droits? de (preference|premier refus|priorite)|"
    r"(proposer|offrir|soumettre|presenter|consulter)\w*( [\w']+){0,4} en (premier|priorite|premiere intention)|"
    r"(rights?|clauses?) of first (refusal|offer|negotiation)|first refusal|rofr|(come|go|turn) to us first|"
    r"(offer|propose|show|bring|give)\w*( \w+){0,4} (to us |to them |to him )?first\b(?! (thing|time|of all)))")
PROMISE = re.compile(
    r"\b(promesses? (unilaterales?|de (vente|contrat|cession|souscription|commande|bail))|"
    r"(lev(er|e|ee|ons|ait|ions|era|erons)|exerc\w*) (l'|d'|son |notre |leur |cette |une )?option|\bpromesses?\b[^.?!]{0,80}\boptions?\b|"
    r"\boptions?\b[^.?!]{0,80}\bpromesses?\b|delai d'option|option (d'achat|de rachat|"
    r"de prolongation)|(retract\w*|revoqu\w*|retir\w*|renie\w*|annul\w*) (sa|la|leur|cette) promesse|"
    r"options? (period|agreement|to (buy|purchase|acquire|extend|renew|take over))|(exercis\w*|took up|take up|taking up) "
    r"(the |our |its |an |their |this )?option|unilateral promise|(promise|promised|undertook|undertaken)( \w+){0,3} to "
    r"(sell|grant|assign|transfer) |\boptions?\b[^.?!]{0,120}\b(retir\w*|revoq\w*|retract\w*|withdr\w*|revok\w*|lev\w*|exerc\w*)|"
    r"(revenir sur|go back on|back out of|renege on) (\w+ ){0,3}(promesse|promise)|promesses? (signee|ecrite|de (nous )?\w+er)\b|"
    r"(signed|written) promise|promise to (extend|renew|sell|assign|grant|give|award))")

# a withdrawal fee (dédit) named: "clause de dédit", "faculté de dédit", "se dédire", "withdrawal fee"
DEDIT = re.compile(r"\b(dedits?|se dedire|faculte de (retrait|sortie)|withdrawal (fees?|clauses?)|walk[- ]?away (fees?|rights?)|"
                   r"right to withdraw (against|for|in exchange|by paying)|droit de se retirer (moyennant|contre))\b")

# -- GDPR roles: an art. 26 arrangement named where one party hosts or runs the system for the other ------------------------
JOINT_CONTROL = r"(responsab\w* conjoint\w*|co-?responsab\w*|conjointement responsables?|joint(ly)?[- ]controll\w*|" \
                r"joint control\w*|co-?controll\w*|article 26|art\.? ?26\b)"
PROVIDER_RUNS = r"(heberg\w*|infogeran\w*|infogere\w*|administr\w*|maint(ien|enance|ient)\w*|exploit\w*|prestataire|presta\b|" \
                r"sous-traitant|msp|hosts?\b|hosting|hosted|managed|manage|runs?\b|running|maintain\w*|administer\w*|" \
                r"processor|provider|vendor|supplier|instructions?|consignes?)"
_DOCUMENT = r"(accords?|agreements?|arrangements?|contrats?|contracts?|conventions?|documents?|papers?|sign\w*|annexes?|schedules?|templates?)"
JOINT_CONTROL_TO_PROVIDER = re.compile(rf"(?s)^(?=.*\b{JOINT_CONTROL})(?=.*\b{PROVIDER_RUNS})(?=.*\b{_DOCUMENT}\b)")

# -- equipment held until paid -------------------------------------------------------------------------------------------
_THING = (r"(serveurs?|machines?|pcs?|ordinateurs?|portables?|laptops?|postes?|materiels?|disques?|nas|baies?|switchs?|"
          r"imprimantes?|copieurs?|tablettes?|telephones?|smartphones?|onduleurs?|equipements?|appareils?|unites? centrales?|"
          r"equipment|hardware|devices?|computers?|servers?|workstations?|printers?|routers?|appliances?|drives?|macbooks?|"
          r"firewall box\w*|ups)")
_KEEP = (r"(garder|gardons|garde|conserver|conservons|retenir|retenons|retient|bloquer|bloque|rend\w*|restituer|retention|"
         r"recuperer|keep|keeping|hold (on to|onto|back)?|holding|retain\w*|give (it |them )?back|hand (it |them )?back|"
         r"release|refuse to return|not return|won'?t return|hang on to|hand (it |them )?over)")
_UNPAID = (r"(pas paye|pas regle|impaye\w*|sans payer|tant qu'(il|elle|ils|elles|on|le client) n'?(a|ont|aura|auront)? ?(pas )?"
           r"(paye|regle)|tant qu'(il|elle|ils) (paye|paient|regle) pas|jusqu'au (paiement|reglement)|avant (d'etre|qu'on soit) "
           r"paye|unpaid|not paid|hasn'?t paid|haven'?t paid|doesn'?t pay|without paying|until (they|he|she|it) pays?|"
           r"until (we are|we're|we get) paid|until paid|outstanding|owes? us|owing|refus\w* (to pay|de (payer|regler))|"
           r"(won'?t|will not|does not|doesn'?t|not) pay|ne (paie|paye|regle) pas|ne veut pas (payer|regler)|"
           r"until (the )?(invoice|bill|debt)s? (is |are )?(settled|paid))")
HARDWARE_HELD = re.compile(rf"(?s)^(?=.*\b{_THING}\b)(?=.*\b{_KEEP}\b)(?=.*{_UNPAID})")

# -- agreed penalties with the loss or its proof named -------------------------------------------------------------------------
_PENALTY = r"(penalites?|clauses? penales?|penalty|penalties|liquidated damages|delay damages)"
_LOSS_PROOF = (r"(prejudice\w*|dommages? (subi|reel)\w*|pertes?|prouv\w*|preuve|justifi\w*|demontr\w*|"
               r"loss|losses|harm|damage (suffered|actually)|actual damage|prove|proof|proving|show (any|a|our|their) |"
               r"lost nothing|rien perdu|no (real |actual )?(harm|damage)|suffered nothing|aucun dommage)")
PENALTY_LOSS_ASKED = re.compile(rf"(?s)^(?=.*\b{_PENALTY}\b)(?=.*\b{_LOSS_PROOF})")

# -- the courts of another EU country --------------------------------------------------------------------------------------
_COURT = (r"(tribunal|tribunaux|juges?|juridictions?|cours?\b|courts?|judges?|jurisdiction\w*|competen\w*|sue|suing|"
          r"poursuivre|attaquer|assigner|proces|litiges?|disputes?)")
_EU_ELSEWHERE = (r"(irland\w*|ireland|irish|dublin|allemagne|allemand\w*|germany|german|berlin|munich|francfort|frankfurt|"
                 r"belgi\w*|bruxelles|brussels|luxembourg\w*|pays-bas|neerlandais\w*|hollandais\w*|netherlands|dutch|"
                 r"amsterdam|espagn\w*|spain|spanish|madrid|barcelon\w*|itali\w*|milan|rome\b|portugal|portugais\w*|"
                 r"portuguese|lisbon\w*|lisbonne|autrich\w*|austria\w*|vienn\w*|pologne|polonais\w*|poland|polish|"
                 r"varsovie|warsaw|tchequ\w*|czech|prague|suede|suedois\w*|sweden|swedish|stockholm|danemark|danois\w*|"
                 r"denmark|danish|copenhag\w*|finland\w*|finnish|helsinki|roumani\w*|romania\w*|bucarest|bucharest|"
                 r"estoni\w*|tallinn|lettoni\w*|latvia\w*|lituani\w*|lithuania\w*|grece|grec\w*|greece|greek|athen\w*|"
                 r"malt\w*|chypr\w*|cyprus|croati\w*|sloven\w*|slovaqu\w*|slovak\w*|hongri\w*|hungar\w*|bulgar\w*|"
                 r"(autre|un autre) (pays|etat membre) (de l'ue|europeen|de l'union)|etat membre|member state|another eu "
                 r"(country|state)|(in|of) another (eu |european )?country|eu country)")
EU_COURTS = re.compile(rf"(?s)^(?=.*\b{_COURT}\b)(?=.*\b{_EU_ELSEWHERE})")
# a clause choosing the court: "compétence exclusive", "seuls compétents", "the courts of X shall have exclusive jurisdiction"
COURT_CLAUSE = re.compile(
    r"\b(exclusive|exclusiv\w*|seuls? competents?|only (the )?(courts?|tribunals?|judges?)\b|"
    r"clauses? (naming|designating|choosing|giving|in favour of|conferring|qui (designe|donne|attribue))|seul\w* (les )?(tribunaux|juges?|juridictions?|cours?)\b|clauses? (attributive|de (juridiction|competence|for))|attribu\w* "
    r"(competence|juridiction)|competence (exclusive|des tribunaux)|jurisdiction clause|choice of (court|forum)|forum clause|"
    r"(terms|contract|contrat|cgv|conditions|agreement|msa|clause) (\w+ ){0,2}(says?|states?|provides?|designates?|names?|gives?|"
    r"prevoi\w*|stipul\w*|design\w*|impos\w*|dit)\b[^.?!]{0,60}\b(tribuna\w*|courts?|juridictions?|jurisdiction|juges?|"
    r"competen\w*))\b")
# the clause said absent: "no jurisdiction clause", "le contrat ne dit rien sur le tribunal", "sans clause de juridiction"
NO_COURT_CLAUSE = re.compile(
    r"\b(no|without|pas de|aucune?|sans|nothing (about|on)|rien (sur|a propos)|silent (on|about)|ne (dit|prevoit) rien (sur|de|du|des)|"
    r"says nothing (about|on)|n'y a pas de|there is no|isn'?t any|there'?s no)( [\w']+){0,3} (jurisdiction|courts?|tribuna\w*|"
    r"juridiction\w*|competen\w*|forum|juges?)")
EU_COURT_CLAUSE = re.compile(rf"(?s)^(?=.*\b{_COURT}\b)(?=.*\b{_EU_ELSEWHERE})(?=.*{COURT_CLAUSE.pattern})")

# -- AI at work ------------------------------------------------------------------------------------------------------------
_AI = (r"(ia|i\.a\.|intelligence artificielle|ai|a\.i\.|artificial intelligence|algorithm\w*|machine learning|ml|"
       r"logiciel|outil|tool|software|system\w*|solution|modele|model|llm|chatgpt|copilot|scor\w*|analys\w*|"
       r"detect\w*|reconnaissance|recognition|camera\w*|webcam\w*)")
_EMOTION = (r"(emotions?|emotionn?el\w*|humeur|colere|stress|frustration|sentiments? (des|de nos|of)|mood|anger|feelings?|"
            # s31: the lay words of a mood, inflected or as adjectives ("stressés", "énervés", "angry", "grumpy", "upset")
            r"stresse\w*|stressed|enerv\w*|fatigue\w*|moral|de mauvaise humeur|frustr\w*|agace\w*|triste\w*|"
            r"angry|annoyed|grumpy|upset|tired|fatigue|frustrated|irritat\w*|happy|sad|moody|cheerful|motivated|"
            r"affective|ennui|boredom|bored|tristesse|sadness|joie|joy|peur|fear|unhappy|malheureu\w*|"
            r"sentiment analysis|facial expressions?|expressions? du visage|voice (tone|stress)|ton de (la )?voix)")
_AT_WORK = (r"(salaries?|employes?|agents?|collaborateurs?|personnel|equipes?|techniciens?|teleconseill\w*|conseillers?|"
            r"operateurs?|candidats?|eleves?|etudiants?|stagiaires?|caissier\w*|vendeu\w*|caristes?|preparateurs?|chauffeurs?|"
            r"staff|employees?|workers?|agents?|operators?|team|advis[eo]rs?|cashiers?|tellers?|drivers?|colleagues|"
            r"candidates?|students?|pupils?|call[- ]cent\w*|centre d'appel\w*|workplace|au travail|at work)")
AI_EMOTION_AT_WORK = re.compile(rf"(?s)^(?=.*\b{_AI}\b)(?=.*\b{_EMOTION}\b)(?=.*\b{_AT_WORK}\b)")
_AI_STRICT = (r"(ia|intelligence artificielle|ai|artificial intelligence|algorithm\w*|machine learning|llm|chatgpt|copilot|"
              r"ai act|reglement (europeen )?(sur l')?ia|ai-powered|ai-based|ai tool|outil d'ia)")
_HR_DECISION = (r"(recrut\w*|embauch\w*|candidat\w*|cv|curriculum|tri(er)? des (cv|candidatures)|selection des|"
                r"evaluer (les|nos) (salaries|employes|techniciens|agents|collaborateurs)|evaluation des (salaries|employes|"
                r"performances|collaborateurs)|performance des (salaries|employes|agents)|promotions?|licenciements?|"
                r"attribu\w* (les|des) taches|hiring|recruit\w*|applicants?|job applications?|resumes?|screen\w* (candidates|cvs|"
                r"applicants)|(evaluat\w*|rat\w*|rank\w*|monitor\w*|assess\w*) (the |our |their )?(staff|employees|workers|"
                r"agents|technicians|engineers)( performance)?|employee performance|promotions?|dismissals?|firing|"
                r"task allocation|allocate (tasks|shifts)|cvs|primes|bonus(es)?|affectations?|plannings?|rotas?|assignments?|shifts|"
                r"(performance|rendement|productivit\w*) (de |des |de ses |de nos |de leurs )?(salaries|employes|agents|techniciens|"
                r"collaborateurs|equipes)|performance of (\w+ ){0,3}(agents|staff|employees|workers|technicians|engineers|team))")
AI_HR_DECISION = re.compile(rf"(?s)^(?=.*\b{_AI_STRICT}\b)(?=.*\b{_HR_DECISION}\b)")

# -- NIS 2 reaching a supplier through its client: the directive named with the supply chain or the client's demands -------
_NIS2 = r"(nis ?2|nis 2|directive nis|2022/2555)"
_SUPPLY = (r"(supply chain|chaine d'approvisionnement|fournisseurs? directs?|direct suppliers?|sous-traitants? d'une entite|"
           r"supplier of an? (essential|important)|fournisseur d'une entite|(client|customer|donneur d'ordre|hopital|hospital)\w*"
           r"( [\w']+){0,6} (impos\w*|exige(nt|ait)?|requir\w*|envoi\w*|sends?)|questionnaires?|(nous|us) (impos\w*|envoi\w*|exige\w*)|"
           r"impos\w* (on|upon) us|sends? us|(comme|en tant que|as (a|its|their)) (fournisseur|supplier|prestataire|provider|"
           r"sous-traitant|vendor))")
NIS2_SUPPLY_CHAIN = re.compile(rf"(?s)^(?=.*\b{_NIS2}\b)(?=.*\b{_SUPPLY})")

# -- damages beyond the loss -------------------------------------------------------------------------------------------------
PUNITIVE = re.compile(
    r"\b(punitive|punitifs?|punitives?|treble|triple (damages|dommages|indemni\w*)|exemplary damages|dommages[- ]interets "
    r"punitifs|dommages et interets punitifs|amende civile|(three|trois|deux|two|ten|dix) (times|fois) (the|our|their|le|la|"
    r"notre|leur) (loss|damages?|prejudice|perte|dommage)|multipl\w* (the )?(damages|dommages|indemni\w*)|"
    r"(damages|dommages)( \w+){0,2} multipl\w*|(plus|davantage) que (le|son|notre|leur) prejudice|more than (the|its|our|their) "
    r"(actual |real )?(loss|damage)|punir|punish\w*|(le |the )?(double|triple) (du |of the |the )?(dommage|prejudice|damage|loss))\b")

# -- CSR duties that reach suppliers -------------------------------------------------------------------------------------------
VIGILANCE_LAW = re.compile(
    r"\b(devoir de vigilance|loi (sur le |relative au )?(devoir de )?vigilance|plan de vigilance|duty of vigilance|"
    r"vigilance (law|plan|duty|charter|act)|rana plaza|csddd|due diligence directive|"
    r"(human rights|environmental|supply chain) due diligence|charte (fournisseurs?|achats? responsables?|rse|ethique)|"
    r"supplier (code of conduct|charter|csr charter)|loi 2017-399)\b")
ANTI_CORRUPTION = re.compile(
    r"\b(sapin ?(2|ii)|loi sapin|anti-?corruption|anticorruption|corruption|corrupt|pots?-de-vin|bribe\w*|bribery|"
    r"agence francaise anticorruption|trafic d'influence|influence peddling|kickbacks?|retro-?commissions?|"
    r"evaluation (de l'integrite )?des tiers|third[- ]party (due diligence|integrity|assessment))\b")
# the social-filings check a client runs on its contractor (URSSAF certificate, C. trav. L8222-1), named: the older card on it
# answers that, never a question on the duty of vigilance law above (both say "vigilance")
SOCIAL_FILINGS = re.compile(
    r"\b(urssaf|cotisations?|contributions? sociales|social (contributions?|filings?|security|compliance)|attestations?|"
    r"certificates?|travail dissimule|non declare\w*|undeclared|independants?|self-employed|freelanc\w*|"
    r"obligation de vigilance|donneur d'ordre|papiers|vigilance)")

# -- what joins a cue into a told situation (`told_situations.SITUATIONS`) or keeps it out ---------------------------------
# a department or a service handed to a provider
OUTSOURCING = re.compile(
    r"\b(externalis\w*|sous-trait\w*|confi\w*|infogeran\w*|infogere\w*|transf[eé]r\w*|prestataire|presta\b|msp|esn|"
    r"outsourc\w*|hand(ing|ed|s)? (over|to)|provider|contractor|third party|integrat\w*)")
# tools watching staff: the card on monitoring tools answers those, even with the CSE named
MONITORING = re.compile(r"\b(surveill\w*|monitor\w*|edr|keylog\w*|cameras?|video\w*|controle de l'activite|geoloc\w*|"
                        r"badg\w*|dlp|proxy)\b")
# two parties deciding together: the card on joint controllers between partners
TOGETHER = re.compile(
    r"\b((decid\w*|determin\w*|fix\w*|choisi\w*|decide\w*|set\w*) (\w+ ){0,3}(ensemble|together|a deux|jointly)|"
    r"(ensemble|together|jointly) (\w+ ){0,2}(decid\w*|determin\w*))\b")
# hardware sold and unpaid: the retention-of-title card, not the repairer's retention
TITLE = re.compile(r"\b(vendu\w*|sold|propriet\w*|belong\w*|ownership|owner|reserve de propriete|retention of title|"
                   r"delivered|livre\w*|livraison)\b")
# the proof of a loss asked, or no loss told: not any loss named (penalties plus damages is another card's)
PROOF_OR_NO_LOSS = re.compile(
    r"\b(prouv\w*|preuve|justifi\w*|demontr\w*|prove|proof|proving|show(ing)? (a|any|some|our|their) |demonstrat\w*|"
    r"lost nothing|rien perdu|no (real |actual |financial )?(loss|harm|damage)|aucun(e)? (prejudice|dommage|perte)|"
    r"pas (de|subi de|eu de) (prejudice|perte)|suffered (no|nothing))")
# the law asked, not the court: the governing-law card
LAW_ASKED = re.compile(r"\b(quelle loi|which law|governing law|loi applicable|droit applicable|applicable law|law (applies|"
                       r"governs|applicable)|(droit|loi) (francais|irlandais|allemand|belge|espagnol|italien|neerlandais))\b")
# a public contract changed in progress: an amendment, or a volume added by a share ("avenant", "+20 % de postes")
PUBLIC_CONTRACT = re.compile(
    r"\b(marches? publics?|public (contract|procurement|buyer|body|sector)|acheteur public|pouvoir adjudicateur|collectivit\w*|"
    r"communes?|communaute (de communes|d'agglomeration)|mairie|town|county|council|syndicat (intercommunal|mixte)|region|"
    r"departement|universit\w*|hopital public|public hospital)\b")
AMENDED = re.compile(
    r"\b(avenants?|amendments?|amend(ing|ed)? (the|our|this) contract|modifi\w* (le|du|notre|ce|of the|our|the) (marche|contrat|"
    r"contract)|(ajout\w*|augment\w*|etend\w*|extend\w*|add\w*|increas\w*)\b[^.?!]{0,60}\d+ ?%|\d+ ?% (de |d')?(postes?|"
    r"sites?|volume|prestations?|more|additional|en plus|supplementaires?))")
