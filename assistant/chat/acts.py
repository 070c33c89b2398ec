"""The act of a message (CHAT_SPEC): what the user does with this turn, read from the words,
the slots and what is on the table (a clause, a contract, a pending question)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.chat.answer_plan import question_type
from assistant.chat.directive import (figure_ordered, head_of, law_judgement_asked, orders_new_text, read_directive,
                                      requests_document, stated_value, yes_no_judgement)
from assistant.chat.intent import _COMPARE, _CONTENTS, _DRAFT_NOUN, _MAY_THEY, GENERIC_TERMS, detect_intent, find_terms
from assistant.chat.slots import _COMPLAINT, Slots, clause_topic, figure_topic, names_subject
from assistant.chat.state import ConversationState
from assistant.text import fold

ACTS = ("question", "explain_term", "obligations", "draft_clause", "draft_contract", "follow_up", "rephrase",
        "change_position", "objections", "set_figure", "add_remove", "state_fact", "priorities", "export",
        "review", "precedents", "clarify", "out_of_scope")

# "trouve-moi dans ma base une clause de plafond…", "find in my clause bank / precedents…"
_PRECEDENTS = re.compile(r"\b(dans|de|from|in) (ma|mes|notre|nos|my|our) (propre |own )?(base|banque|bibliotheque|"
                         r"library|bank|clause bank|precedents?|modeles?)\b|\bprecedents?\b|"
                         r"\b(clause bank|banque de clauses)\b")

_EXPORT = re.compile(r"\b((give|send) me the (markdown|docx|word|file|document)|(le|the) (markdown|docx)\b|"
                     r"export\w*|telecharg\w*|download\w*|enregistr\w* (le|en|au)|save (it|as|the)|"
                     r"fichier (word|docx|markdown)|en (docx|word|markdown|pdf)|as (a )?(docx|word|markdown|pdf)|"
                     r"(le|un|the|a) (docx|word|fichier word)|envoie[- ]moi le (contrat|fichier)|"
                     r"(je peux|puis-je|on peut|peut-on) (le|la|les|l') ?recuperer|send (it|that|this|the (thing|doc|file)) over|"
                     r"(me |nous )?sortir (le|un|ce) (fichier|document|doc|contrat)|"
                     r"recuper\w* (le|mon|notre|ce) (contrat|fichier|"
                     r"document|doc)|(get|grab|have) (a|the) copy|"
                     r"(word|docx|markdown|pdf) (file|version|doc|document|format|export)|"
                     r"(fichier|version|document|format) (word|docx|markdown|pdf)|send me the (file|"
                     r"contract|docx))\b")
# s16: the finished document named as the object of a request ("génère le document final", "envoie-moi la version
# définitive", "produce the final version", "send over the clean copy"): the thing made, handed over (not in a question)
_FINAL_DOCUMENT = re.compile(r"\b((la |le |the |ma |mon |notre |our |my |une |a )?(version|document|doc|fichier|file|copie|copy|"
                             r"texte|text|contrat|contract|agreement|draft|mouture|projet)s? (final|finale|finaux|finales|"
                             r"definiti\w*|propres?|au propre|clean|signable|pret a signer|ready to sign|complet|complete)|"
                             r"(final|finished|clean|signable|definitive) (version|document|doc|file|copy|text|contract|"
                             r"agreement|draft))\b")
# the object of an export verb said as a new thing ("sortir un contrat", "get me a word contract"): one to make
_NEW_DOCUMENT = re.compile(r"\b(un|une|un nouveau|une nouvelle|a|an|a new|some) (\w+ )?(contrat|contract|agreement|"
                           r"msa|projet de contrat|draft)\b")
# a purpose clause ("pour qu'on puisse s'opposer", "so that we can object", "afin de refuser"): the goal of what is asked,
# not the act — what another party will object to is never read inside it
_PURPOSE = re.compile(r"\b(pour (que|qu')|afin (que|qu'|de|d')|de sorte (que|qu')|so that|so (we|i|they|the \w+) can|"
                      r"in order (to|that)|to (allow|let|enable) (us|me|them|the \w+) to)\b[^.;!?]*")
# a verb that hands over or produces, and a new document as its object: "tu me sors un contrat", "sortez-nous un projet
# de contrat", "get me a contract", "ponds-moi un contrat"
_MAKE_ME_A = re.compile(r"\b(sor[st]\w*|sortir|pond\w*|get|give|send|make|whip up|knock up|fai[st]|faites|file|donne\w*)"
                        r"(?:[- ](?:me|moi|nous|us|m'|-moi|-nous))? ?(?:(?:me|moi|nous|us) )?" + _NEW_DOCUMENT.pattern[2:])
_REVIEW = re.compile(r"\b(relis|relire|relecture|analyse[rz]? (ce|mon|le|cette|notre) (contrat|clause|projet)|"
                     r"review (this|my|the|our)|check (this|my|our) (contract|clause|draft)|audit(e)? (ce|mon) contrat|"
                     r"voici (mon|le|notre|la) (contrat|clause|projet)|here is (my|our|the) (contract|clause|draft)|"
                     r"que penses-tu de cette clause|what do you think of this clause|ce contrat est-il)\b")
_DRAFT = re.compile(r"\b(how would (you|u) (re-?)?(word|phrase|write|draft)|(tu|vous) (la|le|l') ?(formulerai\w*|tournerai\w*)|rewrite|re-?write|reecri\w*|need (a|an)|looking for (a|an)|il me faudrait|il nous faut|il nous faudrait|"
                    r"on voudrait(?! (faire|pouvoir|savoir|utiliser|recourir|confier|passer|migrer|deplacer|transferer|heberger|externaliser|sous-traiter|travailler|bosser|embaucher|changer)\b)|we'?d need|redige\w*|rediger|ecris\w*|ecrit[- ](?=moi|nous|m')|ecrire|draft\w*|write|prepare\w*|genere\w*|generate|"
                    r"fai(s|tes?)[- ](moi|nous|m'en|nous en)|fait moi|fais[- ]en|fai(s|tes) (une?|la|le)(?= (clause|version|contrat|"
                    r"proposition|modele|projet))|etablis|propose\w*|donne[- ]moi|give me|gimme|give us|get me|create|build|"
                    r"il me faut|j'ai besoin d'un|i need an?|je veux un|je voudrais un|i want an?|i'd like an?|"
                    r"modele|template|sample|exemple de|example of|peux[- ]tu me (faire|rediger|ecrire|preparer)|"
                    r"tu (peux|pourrais) me (faire|rediger|ecrire|preparer)|can (you|u) (do|make|write|draft)|"
                    # "can you start the contract", "attaque-moi le contrat", "kick off the agreement": writing it, begun
                    r"(start|begin|kick off|get (started|going) on|set up)(?= (on )?(the|a|an|our|their|this|that) (contract|agreement|"
                    r"draft|msa|paperwork)\b)|(commence\w*|attaque\w*|lance\w*|demarre\w*)(?=[- ](moi |nous )?(le|un|leur|notre|ce) "
                    r"(contrat|projet de contrat|brouillon)\b))\b")
_CONTRACT = re.compile(r"\b(contrat|contract|agreement|convention|paperwork|msa|contrat-cadre|accord-cadre)\b")
# "notre prestataire nous propose une GTR de 8 h", "they drafted a cap": the other party's act, reported,
# not a request to draft; the drafting verbs are read with these reports masked
_REPORTED = re.compile(r"\b(ils?|elles?|on nous|(le|la|notre|mon|leur|un|the|our|my|their) (prestataire|presta|msp|client|"
                       r"cliente|fournisseur|infogereur|provider|supplier|vendor|customer|avocat|lawyer)|they|he|she)"
                       r"( \w+){0,2}? (nous |me |m'|leur |lui |vous )?(propos\w*|prepar\w*|redig\w*|ecri\w*|"
                       r"draft\w*|wr[io]te\w*|sent|envoy\w*|offer\w*|suggest\w*|give|gave|donn\w*|fait|font|make|made)\b|"
                       r"\b(contrat|clause|version|texte|offre|devis|document|projet|contract|agreement|terms|draft|quote) "
                       r"(qu'(on|ils|il|elle) (nous |m')?(a|ont) |que (le|la|notre) \w+ (nous )?a |they |we were )?"
                       r"(propose\w*|proposed|envoye\w*|sent|fourni\w*|given|redige\w*|ecrit\w*|drafted|written)\b")


# "Pouvez-vous maintenant prévoir une assistance de neuf mois ?", "could you make it 99.9?": a request, politely
_POLITE_REQUEST = re.compile(r"^(je vous remercie[.,!]* |merci[.,!]* |thanks?[.,!]* |lovely[.,!]* )?(pourriez|pouvez|"
                             r"peux|pourrais)[- ](vous|tu) |^(tu|vous) (peux|pouvez|pourrais|pourriez) |^(could|can|would|will) "
                             r"(you|u)( please| mind)? ", flags=0)
_POLITE_ACTION = re.compile(r"\b(rediger|redige|ecrire|faire|mettre|mettait|prevoir|passer|passait|ajouter|ajoutait|retirer|retirait|enlever|reformuler|"
                            r"ajoute|ajoutons|enleve|enlevait|enlevons|retire|retirons|met|mettons|passe|passons|supprime\w*|vire\w*|"
                            r"simplifier|raccourcir|monter|baisser|porter|fixer|changer|modifier|exporter|"
                            r"draft\w*|write|writing|make|making|put|putting|add|adding|remove|removing|set|setting|"
                            r"change|changing|rephrase|rephrasing|shorten|export|bump|raise|lower|cap|capping)\b")
# "on peut retirer l'hébergement ?", "et si on mettait la GTR à 4 h ?", "can we drop the printers?": with a clause or a
# contract on the table, a change put as a question is still a request
_WE_CAN = re.compile(r"^(et )?(on peut|peut-on|est-ce qu'on peut|est-ce que l'on peut|on pourrait|pourrait-on|"
                     r"si on|et si on|can we|could we|shall we|why not|what if we|pourquoi pas|pourquoi ne pas)\b")
# "c'est une clinique", "c'est une PME de 20 personnes": a statement that opens like a question
_IT_IS = re.compile(r"^(c'est|ce sera|it'?s) (pour )?(une?|des|notre|nos|mon|ma|leur|a|an|our) (?!.*\b(quoi|qui|combien|comment|normal|ok|bon|legal|grave|"
                    r"possible|valable|raisonnable|obligatoire|mieux|trop)\b)[^?]*$")
# "c'est critique pour eux, si ça tombe ils peuvent plus bosser": a fact said with "c'est", no question mark, nothing asked
_IT_IS_FACT = re.compile(r"^c'?\s?est (?!.*\b(quoi|qui|combien|comment|normal|ok|bon|legal|grave|possible|valable|raisonnable|"
                         r"obligatoire|mieux|trop|vrai|sur|correct|acceptable|standard|courant|habituel|risque|dangereux|"
                         r"abusif|excessif|long|cher|interdit|autorise|permis|licite|ou pas|oui ou non)\b)[^?]*$")
# "c'est eux qui ont tous les accès admin", "c'est notre presta qui gère tout": who does what, said, not asked
_CLEFT_FACT = re.compile(r"^c'?\s?est (eux|lui|elle|elles|nous|moi|le \w+|la \w+|l'\w+|notre \w+|leur \w+|nos \w+) qui\b[^?]*$")
# "notre contrat prévoit la sauvegarde", "our contract covers backups": the contract the user has, not one to draft
_EXISTING_CONTRACT = re.compile(r"\b((notre|mon|leur|votre|ce|cet|our|my|their|your|this) (contrat|contract|agreement|msa)|"
                                r"prevoi\w*|inclu(t|ent)|comprend\w*|couvre\w*|mentionne\w*|stipule\w*|dit|says|"
                                r"includes|covers|provides|contains|mentions|states)\b")
# "our MSA covers 2 sites and 30 users", "notre contrat couvre 40 postes": a contract the user has, told in the indicative
_THEIR_DOCUMENT_TOLD = re.compile(r"\b(our|my|their|notre|mon|leur|nos|mes|leurs) (current |existing |actuel )?(msa|contrat|contract|"
                                  r"agreement)s? (actuel |en cours |current )?(covers?|includes?|has|provides|lists|"
                                  r"couvre\w*|inclu\w*|comprend\w*|prevoi\w*|porte sur|concerne)\b")
# "rédige-la", "écris-la avec 5 ans", "draft that clause", "draft one with…", "write it up"
_DRAFT_IT = re.compile(r"\b(tu|vous) (la|le|l') ?(reecri\w*|ecri\w*|redige\w*|formulerai\w*|tournerai\w*)|"
                       r"\bhow would (you|u) (re-?write|re-?word|re-?draft|word|write|phrase|draft) (it|that|this)\b|"
                       r"\b(redige|ecris|fais|prepare|propose|draft|write|rewrite|re-write|redraft|reecris|make|prepare)[- ]?((me|us|moi|nous)[- ])?((la|le|les)"
                       # "rédige le contrat complet": an article before a noun, not the pronoun
                       r"(?! (contrat|contract|projet|document|texte|dossier|devis|cahier|accord|avenant|annexe|dpa|msa)s?\b)|"
                       r"-la|-le|moi[- ]la|nous[- ]la|it|it up|one|that( clause)?|this( clause)?|cette clause|celle-ci|celle-la|ca)\b")


# "pourquoi ça ?", "is that enforceable?", "can they use one without asking us?": the message leans on the last turn;
# "faut-il être certifié HDS ?" stands on its own (a new question)
_REFERS_BACK = re.compile(r"\b(ca|cela|ce|c'|celle-ci|celui-ci|celle-la|celui-la|la-dessus|dessus|laquelle|lequel|"
                          r"lesquel\w*|which one|which of|m'en|t'en|s'en|nous en|vous en|(the|le|la) (first|second|last|premier|premiere|second|"
                          r"seconde|dernier|derniere)( one)?|"
                          r"it|that|this|these|those|them|they|one|ones|there|then|alors|donc|du coup|so|same|meme|"
                          r"pareil|aussi|also|too|instead|plutot|a la place)\b|^(et|and|mais|but|ou|or)\b")


_NEW_DEAL = re.compile(r"^(new (deal|client|customer|prospect|account|contract|signing|opportunity)|nouve(au|lle) (client|affaire|"
                       r"deal|contrat|prospect|dossier|opportunite)|(on|we) (vient|just) (de signer|signed))\b")


_SAYS = re.compile(r"\b((le|mon|notre|ce|leur|son|votre) (contrat|devis|projet|offre)|(the|our|my|their|this) (current |existing |"
                   r"signed |old |present )?(contract|agreement|quote|draft|offer)) (actuel |current |existing |signe |en cours )?"
                   r"(dit|prevoit|stipule|indique|mentionne|fixe|contient|comporte|says|states|provides|has|sets|contains|"
                   r"mentions|includes)\b|"
                   # s16: "c'est écrit 4h dans le contrat", "it says 30 days in the contract": what the text says, reported
                   r"\b(c'est|il est|c'etait|it'?s|it is|it was) (ecrit|marque|note|indique|prevu|written|stated|set out|"
                   r"spelled out)\b[^.;!?]{0,40}\b(dans|in) (le|leur|notre|mon|the|their|our|my) (contrat|contract|agreement)\b")
# a term of the user's own (signed, current) contract, told in the indicative: "our agreement lets us…", "notre contrat
# en cours nous autorise à…", "their contract only allows…"
_OWN_TERM = re.compile(
    r"\b((le|mon|notre|leur|son|votre) contrat|(our|my|their|his|her|your|the) (current |existing |signed |present )?(msp'?s? )?(contract|agreement|terms|t&cs?))"
    r"( (actuel|en cours|signe|existant|current|existing|signed|present))? (only |just |ne |n')?(nous |me |les |leur |lui |vous )?"
    r"(permet|autorise|prevoit|dit|stipule|impose|oblige|accorde|donne|fixe|lets|allows|permits|gives|says|states|provides|"
    r"requires|imposes|sets out|grants|only lets|only allows)\b")
_WISHED = re.compile(r"\b(should|must|needs? to|ought|has to|have to|doit|doivent|devrai\w*|faudrai\w*|il faut)\b")
_CONSIDERING = re.compile(r"\b(looking at|looking into|considering|reviewing|comparing|evaluating|negotiating|"
                          r"(about|going|getting ready) to sign|(on|nous) (regarde|regardons|etudie|etudions|compare|comparons|"
                          r"negocie|negocions|va signer|allons signer)|on a recu|nous avons recu|we (got|received|have been sent)|"
                          r"on nous propose|they (sent|offered|proposed))\b")


_COUNTER = re.compile(r"\b(draft|write|give|suggest|propose|fais|redige|ecris|make)[- ]?(me |us |moi |nous |m')?(a |an |une |un )?"
                      r"(better|fairer|safer|stronger|meilleure?|plus juste|plus equilibree?|plus sure?) ?(one|version|clause|"
                      r"wording|redaction|formulation|text|texte)?\b|\b(contre-?propos\w*|counter-?(proposal|offer|draft)s?|propose (something|une alternative|an "
                      r"alternative)|une alternative|an alternative (wording|clause|version)|propose[- ]moi (mieux|autre chose|"
                      r"une (meilleure|autre) (version|clause|formulation|redaction))|fais (mieux|autre chose)|une meilleure "
                      r"(version|clause|formulation|redaction)|(suggest|propose|give me|write|draft) (something|one|a version) "
                      r"(better|fairer|safer)|(something|a) better (wording|clause|version))\b")


# "et le truc dont on parlait hier ?", "what about that thing we discussed last week?": something said in another talk,
# pointed at by a vague word only; the state holds nothing that says which
# a thing done or said before, pointed at without being named: "celle d'hier", "la même que la dernière fois", "redo the
# one from last week", "same as before", "refais-moi ça comme l'autre fois"
_BACK_REFERENCE = re.compile(
    r"\b(?:celle|celui|celles|ceux|la meme|le meme|les memes|the (?:same|one|ones)|that one|same one|same as|pareil que|"
    r"comme)\b[\w' -]{0,25}?\b(?:d'hier|hier|d'avant-hier|de la derniere fois|la derniere fois|de l'autre (?:jour|fois)|"
    r"l'autre (?:jour|fois)|de la semaine (?:derniere|passee)|la semaine (?:derniere|passee)|de tout a l'heure|tout a l'heure|"
    r"d'avant|avant|yesterday|last (?:time|week|month|call|meeting)|the other day|before|earlier|you (?:did|sent|wrote|made))\b|"
    r"\b(?:refai\w*|refaire|renvoi\w*|redonne\w*|remets?-moi|redo|resend|send (?:me )?(?:back|again)|do (?:it|that|the same) "
    r"again)\b(?:[\w' -]{0,20}?\b(?:celle|celui|la meme|le meme|ca|cela|la|le|the same|it|that|same)\b)")
_EARLIER_THING = re.compile(
    r"\b(truc|machin|chose|point|sujet|histoire|affaire|dossier|thing|stuff|bit|matter|issue|point|topic|one)s?\b"
    r"[\w' -]{0,30}?\b(dont (on|nous) (a |avons )?(parl|discut|evoqu)\w*|qu'on a (vu|dit|evoque|discute)|"
    r"(we|you|i) (talked|spoke|discussed|mentioned|went over)|from (yesterday|last (week|time|call|meeting))|"
    r"(hier|avant-hier|l'autre jour|la derniere fois|la semaine (derniere|passee)|yesterday|last (week|time|call|meeting)|"
    r"the other day))\b|"
    r"\b(tu te souviens|tu te rappelles|vous vous souvenez|remember)\b[\w' -]{0,30}\b(truc|machin|chose|point|sujet|thing|"
    r"stuff|bit|matter|issue|topic)s?\b")


# "make it 3 months instead", "mets 3 mois plutôt", "go for 2 months": a figure set by the first words of the message
_SET_FIRST = re.compile(r"^((ok|okay|bon|alors|non|no|hmm+|euh|right|fine|en fait|actually|finalement)\W+)*(make it|make that|"
                        r"mets|met|mettez|mettons|put|go for|go with|set it( to| at)?|passe[sz]?( a| le| la)?|change it to|"
                        r"bring it (down |up )?to|let'?s (say|do|go with)|disons|say|plutot|rather|instead|more like|"
                        r"make that)\b[^,;.!?\d]{0,12}\d|"
                        # "no, 20 days", "non, 45 jours", "ok 3 months then": a reply that is only the new value with its unit
                        r"^((ok|okay|bon|alors|non|no|nope|hmm+|euh|right|fine|en fait|actually|finalement|well)\W+)+"
                        r"\d+(?:[.,]\d+)? ?(%|pour ?cent|percent|h|heures?|hours?|jours?( ouvres)?|(business |working )?days?|"
                        r"semaines?|weeks?|mois|months?|ans?|years?)( (alors|then|instead|plutot|stp|svp|please))?\W*$")


# "c'est trop agressif, ils ne signeront jamais": a complaint that asks to soften the clause on the table
_TOO_HARSH = re.compile(r"\b(trop|too|way too|beaucoup trop|bien trop|un peu trop|a bit too) (agressi\w*|aggressive|harsh|strict\w*|"
                        r"tough|onerous|lourde?|contraignante?|exigeante?|"
                        r"dur|dure|severe|brutal\w*|raide|one-sided|desequilibre\w*|gourmand\w*|greedy)\b")


# "c'est quoi la réversibilité et pourquoi ça compte pour moi", "what is a DPA and why does it matter to us": the term
# and what it means for the user, a question (applied), not a definition alone
_WHY_IT_MATTERS = re.compile(r"\b(pourquoi|en quoi) (ca|cela|c'est|elle|il)( \w+)? (compte|importe|importante?|m'importe|"
                             r"nous importe|me concerne|nous concerne|me regarde|nous regarde|est important\w*|est utile|sert)|"
                             r"\bwhy (does |do |would |should )?(it|that|this|they) (matters?|count|is important|important|"
                             r"concern|apply)|why (should|would) (i|we) care|why (is|are) (it|that|this|they) (important|relevant)\b")
# "now do the liability one", "fais maintenant celle sur la réversibilité", "next, the termination clause please"
_NEXT_CLAUSE = re.compile(r"^((now|next|then|ok|okay|and|right|maintenant|ensuite|puis|bon|et|alors)[ ,:]+)*"
                          r"((do|draft|write|fais|fais-moi|fais-nous|redige|redige-moi|ecris)( me| us| moi| nous)?( maintenant| now)? "
                          r"(the|a|la|une|celle|celle de|celle sur|celle du|celle des|l')\b|(the|la|une) (next|suivante|prochaine)\b)")
# "on veut aussi pouvoir faire un audit sur place une fois par an", "we'd also like the right to audit them": with a
# clause on the table, a right the user wants written into it
_WANT_RIGHT = re.compile(r"^(et |and |ok |also |aussi )?((on|nous|je|j') ?(veut|voulons|veux|voudrait|voudrions|voudrais|"
                         r"souhait\w*|aimer\w*|tien\w* a) (aussi |egalement |en plus |bien )?(pouvoir|avoir (le droit|la "
                         r"possibilite|la faculte) d[e']|un droit d[e']|le droit d[e'])|(we|i)('d| would)? (also )?(want|like|"
                         r"need|insist on)( also)? (to be able to|the right to|a right to|the option to))")
# "ils ont un admin interne qui a aussi les accès root", "they have their own IT guy with admin rights": who has the keys,
# stated; the systems named are those accessed, not services added
_THEY_HOLD_ACCESS = re.compile(r"^(ils|elles|le client|la cliente|they|the client|the customer|leur \w+|their \w+( \w+)?) "
                               r"(ont|a|gardent|garde|conservent|have|has|keep|retain)\b.{0,60}\b(acces|access|admin\w*|"
                               r"root|droits?|rights|comptes?|accounts?|mots de passe|passwords?|cles|keys)\b")
# "they also want a subcontractor in India to run the night helpdesk", "ils veulent sous-traiter le support au Maroc":
# the other side's plan to pass the work on, reported to be judged (sub-processing, transfers), not a scope stated
_THEY_SUBCONTRACT = re.compile(r"\b(ils|elles|le prestataire|le presta|l'infogereur|notre (prestataire|presta|msp|infogereur)|they|"
                               r"the (msp|provider|supplier|vendor)|our (msp|provider|supplier))( \w+)? (veu\w*|voudr\w*|"
                               r"propos\w*|souhait\w*|compt\w*|prevoi\w*|envisag\w*|want\w*|plan\w*|intend\w*|propos\w*|"
                               r"would like|'d like|are going to|going to|wish\w*|va|vont|will)\b.{0,40}\b(sous-?trait\w*|subcontract\w*|"
                               r"sub-?processors?|offshor\w*|delocalis\w*|a l'etranger|abroad|outside the (eu|eea)|hors (ue|de l'ue|"
                               r"de l'union))")


# "on voudrait mettre 150 € par jour de retard, c valable ?", "we'd like to charge…, is that enforceable?": a wish
# whose validity is asked is a question of law, not a contract to draft
_VALIDITY = re.compile(r"\b(valable|valide|legal|legale|licite|autorise|permis|applicable|opposable|enforceable|lawful|"
                       r"legal|valid|allowed|permitted|binding)\b|\b(ca|cela) (passe|tient)\b|\b(hold|stand) up\b")


def _validity_asked(low: str, asks: bool) -> bool:
    last = re.split(r"[.!;]\s+", low.strip().rstrip(" ?!."))[-1]
    return asks and bool(_VALIDITY.search(last)) and not re.match(
        r"(peux|pourrais|pouvez|pourriez)[- ](tu|vous)|(tu|vous) (peux|pouvez|pourrais|pourriez)|(can|could|would|will) "
        r"(you|u)|(redige|ecris|fais|prepare|genere|draft|write|make|give|donne)\b", last)


# "il nous faut quoi dans le contrat ?", "what do we need in it?": what is needed, asked; no document ordered
_NEED_WHAT = re.compile(r"\b((il )?(nous|me) faut(-il)?|il (nous |me )?faudrait|on a besoin de|j'ai besoin de) (quoi|quel\w*)\b|"
                        r"\bwhat (do|would|should|will) (we|i) need\b|"
                        # "do we even need a DPA if…?", "est-ce qu'on a besoin d'un DPA ?": whether it is needed, asked
                        r"\b(do|does|would|will|should) (we|i|you|they|the client|the provider) (really |even |still |actually )?"
                        r"(need|require) (a|an|one)\b|\b(est-ce qu'on a|est-ce que j'ai|avons-nous|ai-je|a-t-on) (vraiment )?"
                        r"besoin d'(un|une)\b|\bfaut-il (vraiment )?(un|une)\b")


def _draft_asked(low: str) -> bool:
    if _NEED_WHAT.search(low):
        return False
    return bool(_DRAFT.search(_DRAFT_NOUN.sub(" ", _REPORTED.sub(" ", low))))


_PRIORITY = re.compile(r"\b((must|should) (not|never) (give up|concede|drop|trade away)|never (give up|concede)|"
                       r"le plus (grave|dangereux|risque|problematique|urgent)|the (worst|most (serious|dangerous|risky|urgent))|"
                       r"(compte|importe|comptent|importent) le plus|le plus (important|essentiel|crucial)\w* (a|de) negoci\w*|"
                       r"(me|nous|se) battre (sur|pour) quoi|absolument obtenir|(where|what) should (i|we) focus|"
                       r"sur quoi (je dois|dois-je|on doit|faut-il|je devrais) (me |nous )?(battre|concentrer|focaliser|insister)|"
                       r"mes priorites|nos priorites|my priorities|our priorities|"
                       r"(points?|trucs?|choses?|things?|issues?|items?|sujets?) qui (comptent|importent|compte|importe)( vraiment| le plus)?|"
                       r"(only|just) (win|get|obtain|keep|secure) (one|two|three|a couple of|a few|\d) (battles?|things?|points?|items?|"
                       r"changes?|concessions?)|(ne )?(peux|pourrai\w*|peut|pourra|pourrons|pouvons) (obtenir|gagner|avoir|arracher) "
                       r"(qu'une? (seule )?|que (deux|trois|\d) )(choses?|batailles?|points?|concessions?)|(lacher|ceder|give away|give up|concede|trade)\b[^?]{0,40}\b(garder|keep|hold on to|tenir)\b|"
                       r"\b(rank|classe[rz]?|order|trie[rz]?|hierarchise[rz]?)([- ]\w+)? (the |les )?(issues|points|risks|risques|sujets)|"
                       r"(je |on )?pousse(r|rai|rons)? sur quoi|what should (i|we) push (for|on)|"
                       r"(biggest|main|worst) risks? (in|of) (this|the) (contract|agreement|draft)|le (plus gros|principal|pire) risque "
                       r"(de|dans) (ce|le) (contrat|projet)|"
                       r"(recap|resume|synthese|liste|summary|list|rundown) (des|of the|of) (points|sujets|issues|things|items) "
                       r"(a |to )(negocier|discuter|raise|negotiate|push|fight)|(top|main|key|biggest) (\d+ |three |five )?"
                       r"(issues|points|things|items|asks) (to|i should|we should) (raise|negotiate|push|fight|bring up)|"
                       r"(sur quoi|on what|where) (je |on |nous )?(ne )?(dois|doit|devons|faut|should|must)( \w+)? (pas|not|never) "
                       r"(ceder|lacher|give|budge|concede)|(should|would|do|must|shall) (i|we|you) push (the )?hardest|(me|nous) battre le plus|"
                       r"(counts?|matters?) (the )?most|most important (things? )?to negotiate|"
                       r"non[- ]negotiables?|non[- ]negociables?|red lines?|lignes? rouges?|must[- ]?(fix|change)\w*( items?| points?)?|"
                       r"(trucs?|choses?|points?) (a|qu'il faut|que je dois|qu'on doit) (ne )?pas lacher|"
                       r"(can'?t|cannot|mustn'?t|shouldn'?t|should not|must not) (i|we) (give up|let go of|concede)|"
                       r"ne (dois|faut|doit|devons) (surtout |jamais )?pas (lacher|ceder|abandonner|conceder)|"
                       r"a ne (surtout |jamais )?pas (lacher|ceder|abandonner))\b|"
                       r"(negoci\w*|negotiat\w*|discuter|attaquer|push\w*) (quoi|what|\w+ \w+) (en premier|d'abord|en priorite|first)\b|"
                       r"\b(?<!need to )(?<!have to )(?<!has to )(?<!must )(nail|pin|lock|sort|settle|tie|get|secure)( \w+)? (down |out |right )?first\b|"
                       r"\b(verrouill\w*|caler|cale|bloquer|obtenir|securiser) (quoi )?(en premier|d'abord|en priorite)\b|"
                       r"focus on (in|during|for) (the )?negotiat\w*|(what|which) should i focus on|points? (cles|clefs)|"
                       r"key points|les (3|trois|5|cinq) priorites|l'essentiel a retenir|(top|main|key|most important|essential|biggest) (\d+ |three |five )?(things|points|issues|"
                       r"items)( i should| to)? (negotiat|push|fight)|negotiate first|\bprioris\w*|(negocier|negocie|negotiat\w*|discuter|push) (en )?(priorit\w*|d'abord|en premier|first)|"
                       r"\bpriorit(e|es|ies|y|ise|ize|iser)\b|points? (cles|clefs|importants?|majeurs?) (a|de) "
                       r"(negoci|surveill|regard)|key points to negotiate|what (should|must) (i|we) (negotiate|"
                       r"push|fight)|sur quoi (dois-je|je dois|faut-il|on doit) (negocier|me battre|insister)|"
                       r"ou (dois-je|je dois) (negocier|me battre)|what matters most|l'essentiel a negocier|"
                       r"les points a negocier|quoi negocier|what to negotiate|checklist de negociation")
# s12: the priority of a ticket or an incident (P1-P4, "the priority part" of an SLA) is a service-level term, not the
# user's negotiating priorities: "how do we write the priority part so they can't downgrade P1s?"
_TICKET_PRIORITY = re.compile(r"\b(p[1-4]|(low|lower|lowest|high|higher|highest|top|medium|critical|basse|haute|faible|"
                              r"forte) priorit\w*|priorit\w* (basse|haute|faible|forte)|priorit\w* (tickets?|incidents?)|(the |a |each |our |their |la |les |le )?(priority|priorite) (part|section|clause|levels?|"
                              r"definitions?|matrix|codes?|[1-4])|(levels?|niveaux?|definitions?|classification|matrice) (of |de |des )"
                              r"?priorit\w*|(ticket|incident)s?'? priorit\w*|priorit\w* (of|des|du|de l.) ?(the |a |each |our )?"
                              r"(tickets?|incidents?))\b")
# "what matters most is backing up the file server", "ce qui compte le plus pour nous c'est la sauvegarde": the user
# says what their priority is (a fact), not asks for the points to negotiate
_PRIORITY_STATED = re.compile(r"\b(what|ce qui|ce qu'on veut|the (thing|one thing) (that|which)|la chose qui|le plus important|"
                              r"the most important thing|most important(ly)?)( \w+)? ?(matters?|counts?|compte|importe|for us|"
                              r"for me|pour nous|pour moi)?( the| le)?( most| plus)?( (to|for) (us|me|them)| pour (nous|moi|eux))?"
                              r",? (is|c'est|est|ce sont|are)\b(?! (it|that|this|ce|ca|cela)\b)")
_OBJECTIONS = re.compile(r"\b(their|leur|leurs) (likely |probable )?(counter\w*|contre\w*|reponse|response|replique)\b(?! (times?|delays?|delais?|"
                         r"targets?|commitments?|sla|levels?))|"
                         r"\bfriction\b|\bwhat (will|would|might) (procurement|purchasing|legal|their (legal|procurement|lawyers?|"
                         r"counsel|cfo|cio|dpo|it))( \w+)? say\b|"
                         r"\b(ils|elles|le client|le prestataire|they|the (client|provider|msp)) (vont|va|will|would|risque\w*)( \w+)? "
                         r"(essayer de |try to |chercher a )?(rabaisser|baisser|reduire|negocier a la baisse|lower|reduce|"
                         r"negotiate down|knock down|chip away at|whittle down|grignoter|raboter)\b|"
                         r"\b(chipot\w*|pinaill\w*|ergot\w*|tiquer|tiquera\w*|nitpick\w*|quibble\w*|haggle\w*)\b|"
                         r"\bpoints? (de blocage|bloquants?|durs?|sensibles?)\b|\bblocking points?\b|"
                         r"\bdeal[- ]?breakers?\b|\bdig (their|its|his|her) heels in\b|\bdig in\b|"
                         r"\b(gonna|going to|will|would|might|may|va|vont|risque\w*)( \w+)? (bug|bother|annoy|upset|irritate|worry|"
                         r"les (gener|deranger|embeter|ennuyer|gratter|chiffonner|faire tiquer|faire bondir)|gener|deranger|"
                         r"(le |la )?(gener|deranger|embeter|chiffonner|faire tiquer|faire bondir))\b|\bqu'est-ce qui (va|risque de) (fach|gen|deplai|irrit|coinc|bloqu)\w*|"
                         r"\bwhat (will|would|might) (annoy|upset|bother|irritate) (them|the (client|provider|msp))|\bred flags? for (them|the (client|provider|msp))\b|"
                         r"\b(argue|arguments?|opposer|frotter|refuser|refuse|(va|vont) pas aimer|won'?t like|"
                         r"ne (va|vont) pas aimer)\b|\b(coinc\w*|bloqu(?!ante?s?\b)\w*|achopp\w*)\b|(vont|va|will|would)( ils| they)? accept\w*|"
                         r"ils vont accepter|would the other (side|party)|what would (they|the (client|provider|msp)) "
                         r"say|contest\w*|raler|ralera|grogner|tiquer|complain\w*|moan|be unhappy|not like|"
                         r"negocier dessus|resister|objecter|objection\w*|object to|push ?back|va refuser|vont refuser|"
                         r"will (refuse|reject|resist|challenge|dispute|argue)|va (discuter|negocier|demander|"
                         r"exiger|bloquer|tiquer)|vont (discuter|negocier|demander|exiger|bloquer|tiquer)|"
                         r"(l'autre partie|the other (side|party)|le client|le prestataire|the client|the provider|"
                         r"the msp|mon prestataire|my (provider|msp|client)|en face) (va|will|risque|may|might|would|"
                         r"pourrait|peut)\b.{0,30}(dire|say|demander|ask|contest|object|refus|reject|negocier|"
                         r"negotiate|challenge)|points? de friction|sticking points?|what will (they|the other)|"
                         r"qu'est-ce qu'(il|ils|elle|elles) (va|vont) (dire|demander|contester)|(diront|dira|vont dire|va dire) quoi|"
                         r"qu'est-ce qu'(il|ils|elle|elles) (diront|dira|objectera|objecteront|opposera|opposeront)|"
                         r"arguments? (de|du) (l'autre|client|prestataire)|counter-?arguments?|resistance")
# "il va vouloir renégocier quoi ?", "what else will their lawyer try to add?", "which bits will procurement water down?":
# the other side (a pronoun or named) and a change it will want, asked
_THEM = (r"(?:il|ils|elle|elles|eux|le client|la cliente|le prestataire|le presta|l'infogereur|le fournisseur|en face|l'autre partie|"
         r"leur (?:avocat|juriste|acheteur|dpo|dsi|daf|service (?:juridique|achats?))|they|he|she|them|the (?:client|customer|provider|"
         r"msp|supplier|vendor|other side|other party)|their (?:lawyers?|counsel|legal(?: team)?|procurement|buyers?|side|dpo|cfo|cio|"
         r"it (?:team|guy)|purchasing|people))")
_THEIR_CHANGE = (r"(?:re-?negoci\w*|renegotiat\w*|chang\w*|modifi\w*|ajout\w*|rajout\w*|add|remov\w*|retir\w*|enlev\w*|touch\w*|"
                 r"rewrite|re-?ecri\w*|amend|water (?:it |this |that )?down|soften|strike( out)?|cut|edit|redline|attaqu\w*|"
                 r"revoir|revisit|rework|retravailler|demander|ask for|exiger|demand|obtenir|get|push for|squeeze|grab)")
_THEY_WILL_CHANGE = re.compile(
    r"\b" + _THEM + r"(?: \w+)? (?:va|vont|will|would|'ll|are going to|is going to|gonna|risque\w*|might|may|voudr\w*|veu\w*)"
    r"(?: \w+)?? (?:vouloir |want to |essayer d'|essayer de |try(?:ing)? to |chercher a |tenter de |going to |want |try )?"
    + _THEIR_CHANGE + r"\b|"
    r"\b(?:will|would|are|is|might|may|do|does) " + _THEM + r"(?: \w+){0,4}? " + _THEIR_CHANGE + r"\b|"
    r"\b(?:they'll|they'd|he'll|she'll) (?:\w+ )?(?:want to |try to )?" + _THEIR_CHANGE + r"\b")
_ASKED_WHAT = re.compile(r"\?|\b(?:quoi|what|which|lesquel\w*|quel\w*|where|ou)\b")


# "12 mois après la fin du contrat", "for a year after the agreement ends", "during the contract": the contract as a time
# reference in a clause's terms, not the document asked for
_CONTRACT_TIME = re.compile(
    r"\b(?:apres|avant|des|jusqu'a|pendant|durant|during|after|before|until|till|through|throughout|following|upon|"
    r"a compter de|suivant)\s+(?:la |le |l'|the )?(?:(?:fin|end|terme|expiry|expiration|duree|term|life|cessation|"
    r"rupture|termination|resiliation)\s+)?(?:du |de l'|de la |de ce |of the |of this |of our |of )?(?:contrat|contract|"
    r"agreement)(?:\s+(?:ends?|expires?|is over|terminates?|finishes))?\b|"
    r"\b(?:a|at|on|from)\s+(?:la |le |l'|the )?(?:fin|end|terme|expiry|expiration|echeance|termination|resiliation)\s+"
    r"(?:du |de l'|de la |de ce |of the |of this |of our |of )?(?:contrat|contract|agreement)\b|"
    r"\b(?:fin|end|terme|expiry|expiration|termination|resiliation|cessation) (?:du|de ce|of the|of this|of our) "
    r"(?:contrat|contract|agreement)\b")


_CARVE_COND = re.compile(r"\b(if|when|provided|as long as|unless|who|that|which|announced|notified|si|quand|lorsqu\w*|qui|"
                         r"annonc\w*|notifi\w*|prevenu\w*|previen\w*|ahead|in advance|a l'avance|avant)\b")


# "hi, quick one about our contract", "j'ai une question sur mon contrat": a question announced, not asked
_OPENER = re.compile(
    r"^((hi|hello|hey|hiya|bonjour|salut|coucou|bonsoir|good (morning|afternoon|evening)|dear \w+)( there| all| team| a tous| tout le monde)?\W+)*(so\W+|alors\W+|voila\W+)?"
    r"((a |one |just a |une |juste une )?(quick|small|little|short|petite|rapide|courte)? ?(question|query|one|thing|point|"
    r"question rapide)|(i|we) (have|'ve got|got|need to ask) (a |one )?(quick |small |little )?(question|query|thing)|"
    r"(got|have) a (quick )?(question|query)|(j'ai|on a|nous avons|j'aurais|on aurait) (une|1) (petite |courte |rapide )?"
    r"(question|demande|interrogation)|(c'est|it'?s|this is|je vous ecris|je t'ecris|i'?m writing|je viens|i'?m here) "
    r"(au sujet de|a propos de|concernant|pour|about|regarding|re|on))\W*"
    r"(about|on|regarding|re|concerning|sur|concernant|au sujet de|a propos de|de|du|pour|with)?\W*"
    r"(our|my|the|this|a|notre|mon|le|ce|un|nos|mes)\s+((msp|managed[- ]services?|it|outsourcing|support|maintenance|"
    r"service|d'infogerance|informatique)\s+)?(contracts?|agreements?|contrats?|msa)"
    r"(\s+(d'infogerance|de maintenance|informatique|msp|with (our|the|my) (msp|provider|supplier|client)|avec (notre|mon|le) "
    r"(prestataire|presta|infogereur|client)))?[\s.!?]*$")


# "quick one before my meeting", "petite question vite fait avant ma réunion", "j'ai une question rapide": a question
# announced with nothing of its subject; what it is, asked back
_BARE_OPENER = re.compile(
    r"^((hi|hello|hey|bonjour|salut|coucou|bonsoir|good (morning|afternoon|evening))( there| all| team| a tous)?\W+)*(so\W+|alors\W+|ok\W+)?"
    r"((a |one |just a |une |juste une |1 )?(quick|small|little|short|petite|rapide|courte) (one|question|q|query|thing|truc|point)"
    r"( rapide| vite fait| en passant)?|(i|we) (have|'ve got|got) (a |one )?(quick |small |little )?(question|query|thing)|"
    r"(j'ai|on a|j'aurais|on aurait) (une|1|un) (petite |courte |rapide )?(question|truc|point)( rapide| vite fait)?)"
    r"(\W+(before|avant|pendant|during|entre|between) [\w' ]{1,40})?[\s.!?:]*$")


# "j'ai une question sur la clause de responsabilité", "I have a question about the termination clause": a question
# announced on a clause named as one and not yet asked; no request to draft
_ANNOUNCED_ON = re.compile(
    r"^((hi|hello|hey|bonjour|salut|bonsoir|good (morning|afternoon|evening))( there| all| team| a tous)?\W+)*(so\W+|alors\W+|voila\W+)?"
    r"((j'ai|j'aurais|on a|on aurait|nous avons|nous aurions|i have|i'?ve got|i'?d have|we have|we'?ve got|got|there'?s|"
    r"i (have|had) (just )?(a|one)|petite|quick|small) )?(juste |just )?(une |a |one |1 )?(autre |another |other |more |de plus |encore une )?"
    r"(petite |quick |small |little |short |courte |rapide |simple |autre )?(questions?|query|queries|doubt|doute|"
    r"interrogation|point|remarque|remark) (a |to ask |a poser )?(sur|about|on|regarding|concerning|concernant|au sujet de|"
    r"a propos de|re|with|quant a|relative a)\W+(?!.*\b(quoi|what|how|comment|why|pourquoi|combien|faut-il|est-ce|"
    r"should|must|can|peut|dois)\b)(?=[^?.!:;]*\b(clauses?|articles?|stipulations?|provisions?)\b)[^?.!:;]{2,80}[\s.!?]*$")


# "qu'est-ce que le client va en penser ?", "le client risque de trouver à redire", "how will they react?":
# the other party (named or a pronoun) and a reaction, in one sentence
_OTHER_PARTY = re.compile(r"\b((le|un|ce|notre|votre|leur|a|any|your|our) client|la cliente|les clients|mon client|"
                          r"clients|customers|providers|msps|prestataires|nos clients|our clients|most clients|"
                          r"(un|ce|notre|votre) prestataire|a provider|le prestataire|mon prestataire|le presta|"
                          r"l'infogereur|le fournisseur|l'autre (partie|cote)|en face|ils|elles|eux|the client|the customer|"
                          r"the provider|the msp|the supplier|the vendor|my (client|provider|msp)|the other (side|party)|"
                          r"they|them|their (lawyers?|side|legal|counsel|procurement|dpo|cio|cfo|it)|"
                          r"(a|the|any|my|our) (client|customer|provider|msp|supplier)'?s? (dpo|lawyer|legal team|counsel|"
                          r"procurement|cio|cfo|dsi|daf|it team)|(le|leur|son) (dpo|dsi|daf|avocat|juriste|acheteur)( du client| du prestataire)?|"
                          r"leur (avocat|juriste|service juridique)|le presta)\b")
_REACTION = re.compile(r"\b(en penser|en pens\w+|penser de|va penser|vont penser|trouver a redire|trouvera a redire|"
                       r"fach\w*|annoy\w*|upset|irrit\w*|deplai\w*|go along with|agree to|buy (it|that)|swallow|avaler|"
                       r"(a|de) redire|reproch\w*|reagir|reagira|reaction|react\w*|think (of|about) (it|this|that)|"
                       r"make of (it|this|that)|say about|dire de|en dire|accepter|accept\w*|signer|sign (it|this|that)|"
                       r"ralera|raler|tiquer|coincer|bloquer|negocier|pinailler|chipoter|discuter|push ?back|"
                       r"object|objecter|contester|dispute|challenge|refuser|reject|resist\w*|fight|attaquer|attaqueront|attaquera|attack\w*|argue|"
                       r"dire|say|demander|ask (for|me|us)|lire|read|hurler|crier|gueuler|scream|balk|baulk|dira|diront|dirait|diraient|"
                       r"penseront|pensera|objecteront|opposeront|contesteront|contestera|refuseront|refusera|push\w*|insist\w*|"
                       r"dig in|fight (over|on|for)|go after|come after|zero in on|pick (it |this |that )?apart|target|"
                       r"s'en prendre a|s'attaquer a|s'attaqueront a|s'attaquera a|viser|viseront|visera|"
                       r"negotiate|negocier|avancer|opposer|sign)\b")
_REPHRASE = re.compile(r"\b(say|put|explain|write|word) it (like|as if|the way)\b|\bcomme (tu le dirais|si tu parlais|tu l'expliquerais) a\b|"
                       r"\b(imbuvable|indigeste|illisible|unreadable|hard to read|legalistic|trop juridique|too legal|"
                       r"lourdingue|pompeux|pompous)\b|"
                       # "rends-la plus lisible", "make it easier to read": the same clause in easier words
                       r"\b(plus|moins|more|less) (lisible|illisible|legible|readable|digeste|accessible|comprehensible|"
                       r"facile a (lire|comprendre|suivre)|dur a lire|difficile a lire)\b|\b(easier|simpler|clearer|"
                       r"harder) to (read|follow|understand|digest)\b|\breader[- ]friendly\b|\b(rends?|rendre|make|fais|faire)([- ]\w+){0,2} (plus claire?|clearer)\b|^resume[ !.]*$|^summari[sz]e[ !.]*$|^tl;?dr|plainer|charabia|jargon|legalese|gibberish|"
                       r"en (francais|anglais) (normal|courant|simple|de tous les jours)|in (normal|everyday|simple) (english|words)|"
                       r"en (termes|mots) (simples|clairs)|in (plain|simple|layman'?s) (terms|english|words)|in plain english|"
                       # "dis-le avec des mots de tous les jours", "say it in everyday words"
                       r"(avec|en) des (mots|termes) (de tous les jours|simples|courants|normaux)|in (everyday|ordinary) (words|terms|language)|"
                       r"version (courte|simple|simplifiee|light)|short(er)? version|(j'ai |j'|je n'ai )?rien (pige|compris)|"
                       r"pas (tout )?compris|(didn'?t|don'?t|do not|did not) (get|understand) (it|that|this|a word)|"
                       r"(you )?lost me|je suis perdu|i'?m lost|more plainly|expliquer simplement|explique[rz]?[- ]moi simplement|"
                       r"l'expliquer simplement|explain (it )?simply|in plain|simply\b|reformul\w*|rephrase|re-?word|plus simple\w*|plus simplement|simplifi\w*|simpler|"
                       r"simplify|plus court\w*|shorter|shorten (it|this|that|the (clause|text|answer|wording))(?! (to|by|from)\b)|"
                       r"(half|a third of|a quarter of) the length|concis\w*|(too |trop )?(wordy|verbeu(x|se)|verbose|long-?winded)|"
                       r"boil (it |this |that )?down|plus compact\w*|more compact|moins bavard\w*|less wordy|"
                       r"(half|a third of|a quarter of) the length|(la )?moitie (moins long\w*|de la longueur|plus court\w*)|"
                       r"deux fois (moins long\w*|plus court\w*)|condense[rz]?|condense (it|this|that)|trim (it|this|that)( down)?|"
                       r"cut (it|this|that) down|raccourci\w*|en clair|plain (english|language|words)|"
                       r"langage (courant|simple|clair)|mots simples|in simple (terms|words)|en (deux|2|trois|3) "
                       r"(phrases|lignes|mots)|in (two|three|2|3) (sentences|lines)|tl;?dr|resume[- ]moi (la|ca|cette|"
                       r"ta)|summari[sz]e (it|this|that|the clause)|explain (it|that|this) (simply|like)|"
                       r"je (n'ai|ne) (pas )?compris|i don'?t understand|c'est (trop )?(complique|technique|jargon)|"
                       r"too (complicated|technical|long)(?! (for|to) (the|them|him|her|us|me|our|my))|"
                       r"trop long(?!\w| pour (le|la|les|eux|lui|elle|nous|moi|un|une|mon|ma|notre|leur))")
_CHANGE = re.compile(r"\b(tilt\w*|tighten\w*|toughen\w*|harden\w*|strengthen\w*|loosen\w*|soften\w*|water (it|this|that) down|"
                     r"durci[rs]?|durcissez|resserre[rz]?|renforce[rz]?|muscle[rz]?|assoupli[rs]?|adouci[rs]?|re-?equilibr\w*|rebalanc\w*|ajuste[rz]?|adjust\w*|revois|revoir|rework|"
                     r"retravaille[rz]?|(?<!ca )(?<!cela )(?<!laisse )(?<!se )(?<!est )(?<!pas )(?<!sont )(?<!s'est )passe[rz]?|mets|mettez|mettre|fixe[rz]?|change[rz]?|modifie[rz]?|rends?|augmente[rz]?|"
                     r"reduis|reduire|baisse[rz]?|monte[rz]?|remonte[rz]?|descend\w*|allonge[rz]?|raccourci[rs]?|"
                     r"set|make|change|increase|decrease|raise|lower|bump|reduce|extend|shorten|(?<!a )(?<!the )(?<!liability )(?<!that )(?<!this )(?<!our )(?<!their )(?<!its )(?<!your )(?<!my )(?<!any )(?<!no )cap|"
                     r"plafonne[rz]?|"
                     r"limite[rz]?|porte[rz]?|ramene[rz]?|je (veux|voudrais|prefere)|i (want|would like|prefer)|"
                     r"plutot|instead|rather|on part sur|let'?s (go with|say|use)|disons|say(?=,? \d)|revien\w*|revenir|reviens|repasse\w*|"
                     r"retourne\w*|go back|revert\w*|switch\w*|bascule\w*)\b")
# the user tells what happened to them (a remark that asks what now), not a figure for a clause
# s16: what the other side did, told in the past ("ils ont raté 4 GTR sur 6", "they missed the 4-hour fix twice", "the
# provider has exceeded the response time"): an event reported, not a figure to set — a wish told in the past ("le client
# a demandé 4 h", "they asked for 24 hours") stays the figure they want
_PAST_EVENT = re.compile(r"\b(ils|elles|il|elle|le (prestataire|presta|client|fournisseur|msp)|they|he|she|the (provider|"
                         r"msp|supplier|vendor|client|customer))( \w+){0,2}? (n')?(ont|a|avaient|avait|have|has|had)( \w+)? "
                         r"(rate|loupe|manque|depasse|explose|pas tenu|jamais tenu|pas respecte|viole|mis \w+ (jours|heures|"
                         r"semaines)|missed|failed|breached|exceeded|blown|broken|broke|taken|took|never met|not met)\b")
_NARRATED = re.compile(r"\b((on|nous|j'|je) (a|avons|ai) (oublie|laisse passer|laisse|rate|loupe|signe|decouvert|recu)|"
                       r"(we|i) (forgot|missed|signed|let|found out|discovered|received)|est reparti|repart pour|"
                       r"s'est (renouvele|reconduit)|a ete (renouvele|reconduit)|(has|was|got) (renewed|rolled over|auto-renewed)|"
                       r"(il|elle|ils|le msp|le prestataire|le presta|le client) (nous |me )?(dit|affirme|pretend|reclame|facture)|"
                       r"(they|the msp|the provider|the client|he|she) (says?|claims?|tells? us|billed|charged))\b")
# forgetting a step or a date ("forget the non-renewal deadline", "on oublie le préavis", "forgot to cancel") is
# something that happens to the user, not a clause taken out
_FORGOTTEN_STEP = re.compile(r"\b(forget\w*|forgot\w*|oubli\w*)( about)? (to |de |d'|the |le |la |l'|les |our |notre |nos |"
                             r"their |leur |ce |cette |this |that )?([\w'-]+ ){0,2}?(deadline|date|window|delai|echeance|"
                             r"preavis|notice|resili\w*|cancel\w*|terminat\w*|denonc\w*|renouvel\w*|renew\w*|"
                             r"reconduction|send\w*|envoy\w*|pay\w*|pai\w*|regl\w*)\b")


def _forgotten_steps_out(low: str) -> str:
    """The text without its forgotten steps; "oublie la clause de résiliation" names a clause and stays."""
    return _FORGOTTEN_STEP.sub(lambda m: m.group(0) if re.search(r"\b(clauses?|articles?|paragraphe?s?|sections?|"
                                                                 r"bits?|passages?)\b", m.group(0)) else " ", low)


_ADD_REMOVE = re.compile(r"\b(remet\w*|remettre|reintegr\w*|reinclu\w*|re-?add\w*|bring back|put [\w ]{1,20} back|"
                         r"vire[rz]?|virez|laisse[rz]? tomber|scrap\w*|ditch\w*|on (la |le |les |l')?garde pas|"
                         r"nix|bin|forget( about)?|oublie\w*|s'en passe\w*|do without|zappe\w*|throw in|put in|il manque|manque|is missing|missing|"
                         r"forgot|left out|don'?t forget|something (on|about)|un (truc|paragraphe|passage|article|bout) sur|"
                         r"finalement|en fait|actually|"
                         r"put back|ajout\w*|rajout\w*|retir\w*|enlev\w*|supprim\w*|sors|sortir|oter|ote|integre[rz]?|"
                         r"inclu(re|s|ez)|exclu(re|s|ez)|add|remove|drop|take out|include|exclude|delete|get rid of|"
                         r"pas besoin d|plus besoin d|no need for|don'?t need|en plus|aussi|"
                         r"(take|leave|cut|strip|drop|rip) (the |that |this |our |its )?[\w' -]{1,30} (out|off))\b")
_OFFTOPIC = re.compile(r"\b(meteo|il fait beau|beau temps|quel temps|weather|recette|recipe|cuisine|cooking|football|"
                       r"vins?|wines?|fromages?|cheeses?|champagne|aperitif|apero|cocktails?|bieres?|beers?|"
                       r"match de|film|movie|musique|music|blague|joke|vacances|(?<!bank )(?<!public )(?<!national )holidays?|restaurants?|restos?|restau|brasserie|bistrot|pizza|"
                       r"hotels?|cinema|netflix|series? tv|tv shows?|birthday|anniversaire|cadeau|gift ideas?|"
                       r"vlan|cisco|configur\w* (un|une|le|la|a|an|the|my|mon) (switch|routeur|router|imprimante|printer)|"
                       r"licencier un salarie|dismiss an employee|fire an employee|"
                       r"(for|pour) (my|mon|ma) (son|daughter|wife|husband|kids?|fils|fille|femme|mari|enfants?)|"
                       r"securite sociale|urssaf|smic|impots? sur le revenu|declar\w* (de |ma |la |notre )?tva|"
                       r"income tax|vat return|social security|"
                       r"(recommend|suggest|conseille|recommande)\w* (me |moi )?(a good |un bon |une bonne )?(laptop|phone|tv|car|"
                       r"book|ordinateur portable|telephone|voiture|livre|tele)|"
                       r"horoscope|poeme|poem|chanson|song|marathon|semi-marathon|jogging|(mon|ma|my) (proprio|proprietaire|"
                       r"landlord|bailleur)|(mon|my) (loyer|rent)\b)\b")
_DOMAIN_STRONG = re.compile(r"contrat|contract|agreement|\bmsa\b|clause|prestataire|provider|msp|infog|sla|rgpd|gdpr|liabil|responsab")
_ASKING_ME = re.compile(r"^(je peux|puis-je|peut-on|on peut|est-ce que je peux|ai-je le droit|can i|can we|may i|"
                        r"is it|est-ce|c'est|je voulais savoir|je me demande|i wonder|i was wondering|would it be|"
                        r"is a|is an|are)\b")
_QUESTION_WORDS = re.compile(r"\?|^(est-ce|est ce|c'est|qu'est|que |quel|quelle|quels|quelles|comment|pourquoi|combien|"
                             r"quand|ou |qui |peut-on|puis-je|dois-je|faut-il|a-t-on|is |are |can |could |should |"
                             r"do |does |what|how|why|when|who|which|would )")
# "je voulais savoir si…", "I was wondering whether…": a question without a question mark
_INDIRECT = re.compile(r"\b(je (voulais|voudrais|veux|souhaite|souhaiterais|aimerais) (savoir|comprendre|verifier)|"
                       r"je me demande|je me demandais|on se demande|on se demandait|nous nous demandons|"
                       r"nous nous demandions|dis[- ]moi si|dites[- ]moi si|savoir si|(we|i)( are|'re|'m| am)? (just )?wondering|"
                       r"i (was|am|'m) wondering|i wonder|i'?d like to know|i want to know|tell me (if|whether)|"
                       r"wondering (if|whether)|not sure (if|whether))\b")
# a question asked in the last sentence without a question mark ("… concrètement ça veut dire quoi pour nous",
# "normal ou pas", "who has to prove what"): the message still asks
_TAIL_QUESTION = re.compile(r"\b(c'?\s?est quoi|c quoi|ca veut dire quoi|veut dire quoi|qu'?\s?est[- ]ce|quest[- ]ce|"
                            r"(je|on|nous|j') ?(redige|ecri[st]|mets|met|mettons|ajoute|prevois) quoi|"
                            r"(normal|legal|valable|ok|bon|jouable|possible|autorise) ou pas|ou pas|oui ou non|"
                            r"qui (doit|va|peut) \w+|on risque quoi|il se passe quoi|"
                            r"(who|what|which|how|why|whose) (has|have|is|are|does|do|did|should|must|can|would|happens|"
                            r"one|bears)\b|is (that|this|it) (allowed|legal|enforceable|normal|ok|okay|binding)|"
                            r"yes or no|or not)\b|"
                            # s16: a question put after a topic named first ("et nos fichiers, ils en font quoi à la fin",
                            # "and our passwords, do they keep them"): a verb then "quoi", or an inverted auxiliary after
                            # the comma
                            r"\b(font|fait|faites|deviennent|devient|donne|donnent|devient|gardent|garde|prevoit|prevoient|"
                            r"dit|disent|risque|risquent|deviendront|feront|fera) quoi\b|"
                            r"[,;:] (and |so |but )?(do|does|did|will|would|is|are|was|were|has|have) (they|it|we|you|he|she|"
                            r"those|these|the \w+)\b")


def _asks_at_end(low: str) -> bool:
    """The last sentence of a message without a question mark asks something."""
    if "?" in low:
        return False
    last = re.split(r"[.!;:]\s+|\s[-–]\s", low.strip())[-1]
    return bool(_TAIL_QUESTION.search(last)) and not _DRAFT.match(last)


_ASSESS = re.compile(r"(ca |cela )?(me |m')?(semble|parait|paraissent|semblent)( \w+)? (long|court|beaucoup|peu|cher|eleve|"
                     r"excessi\w*|abusi\w*|exagere\w*|bien|ok|raisonnable|normal|correct|juste|leger|legere|bas|haut|trop)\b|"
                     r"\b(seems?|sounds?|looks?|feels?)( \w+)? (long|short|high|low|steep|expensive|excessive|harsh|a lot|"
                     r"much|too|ok|okay|fine|reasonable|normal|fair|unfair|abusive|risky|generous)\b|"
                     r"\b(not sure|pas sur|pas certain|unsure)\b|\b(j'ai |i have )(un |a )?(doute|doubts?)\b|\bje doute\b|"
                     r"\b(realiste|realistic|tenable|defendable|jouable)\b|"
                     r"c'est (ok|bon|correct|normal|raisonnable|acceptable|standard|trop|beaucoup|peu|jouable|"
                     r"legal|valable|long|court|cher|eleve|excessif|abusif|genant|risque)\b(?!-etre| etre)|"
                     r"(is|are) (that|this|it|these) (long|short|expensive|high|low|excessive|a lot|much)\b|est-ce (ok|normal|raisonnable|acceptable|legal|trop|valable)|"
                     r"(is|are) (that|this|it|these) (ok|okay|fine|normal|reasonable|standard|acceptable|too|legal|"
                     r"enforceable)|ca (te |vous )?(va|parait|semble)|does (that|this|it) (look|seem|sound)|"
                     r"raisonnable \?|reasonable\?|ok \?|ok\?|normal \?|normal\?|\bc normal|normal ca\b|"
                     r"\b(ca|cela) (passe|tient)( la route)?( ou pas| \?|\?)|(normal|legal|valable|ok) ou pas\b")
# a service or asset named after "and for…", "what about…" with no verb: a follow-up question, not a scope change
_ABOUT_NEXT = re.compile(r"^(?:et|and|ok|bon|alors|so)?\W*(?:et pour|et concernant|et cote|et au niveau d[eu]s?|et pour ce qui est d[eu]s?|"
                         r"and for|and regarding|and concerning|and on|what about|how about|and what about|and as for|as for|"
                         r"et s'agissant d[eu]s?|et quid d[eu]s?|quid d[eu]s?)\b(?![^?]*\b(?:ajout\w*|add\w*|retir\w*|remove\w*|"
                         r"enleve\w*|inclu\w*|include\w*|also do|fait aussi|s'occupe\w*|prend\w*|take)\b)")
_FOLLOW = re.compile(r"^(meme question|same question|pareil pour|idem pour|et si|et pour|et en|et avec|et quand|et le|et la|et les|et l'|et s'il|et du|et des|et au|"
                     r"et aux|et cote|et niveau|et concernant|et sur|and if|and for|and what|and the|and with|"
                     r"and on|what about|how about|same (for|with|question)|(the )?same (thing|again|goes|here)|do the same|"
                     r"likewise|ditto|(la )?meme chose|la meme (pour|avec|sur)|pareil|idem|et\b|and\b|"
                     r"also\b|aussi\b|dans ce cas|in that case|si oui|if so|sinon|otherwise|du coup|so\b|alors\b|donc\b|"
                     r"mais si|but if|but what|mais pour|mais dans)")
# s16: a case supposed after an answer ("what if their line goes down", "si jamais le serveur brûle"): a follow-up when
# something was said before (a first message so worded is a question of its own)
_SUPPOSED = re.compile(r"^(what if|and what if|what happens (if|when)|suppose|supposing|imagine|si jamais|supposons|imaginons|"
                       r"admettons)\b")
_SMALLTALK = re.compile(r"^(merci|thanks?|thank you|ok|okay|d'accord|dac|parfait|super|top|great|cool|nickel|"
                        r"bonjour|salut|hello|hi|hey|bonsoir|coucou|yes|oui|non|no|bien|good|tres bien|"
                        r"ca marche|entendu|noted|got it|compris)\b[ !.?]*$")
# "c'est exactement ça", "ça me va, merci", "that's spot on", "looks good": the last answer approved, nothing asked
_APPROVED = (r"((c'?\s?est|c) (exactement|tout a fait|bien|parfait|top|nickel|super|genial|impeccable|clair|"
             r"tres clair|ce qu'il (me|nous) fallait|ce que je voulais|bon|ok)( ca| comme ca| ce qu'il (me|nous) fallait| "
             r"ce que je (voulais|cherchais))?|ca (me|nous) (va|convient|plait)( tres bien| parfaitement)?|"
             r"(exactly|just) what i (needed|wanted|was looking for)|that'?s (perfect|great|exactly it|it|spot on|"
             r"what i needed|clear|very clear|helpful|very helpful|fine)|(that|this|it) (works|looks (good|great|fine)|is "
             r"perfect|helps)|looks (good|great|fine|perfect)|spot on|bien vu|impeccable|parfait|nickel|super|top|genial|"
             r"perfect|great|excellent|c'est top|tres clair|(tres|super|vraiment) (utile|clair)|(very|super|really) (useful|"
             r"helpful|clear)|merci( beaucoup| bien)?|thanks?( a lot| so much)?|thank you( so much| very much)?)")
_APPROVAL = re.compile(r"^" + _APPROVED + r"([ ,!.]+" + _APPROVED + r")*[ !.]*$")
# "tu peux développer ?", "give me an example", "c'est-à-dire ?", "tell me more": more of the last answer
_ELABORATE = re.compile(r"^((ok|okay|d'accord|merci|thanks|et|and|so|alors|hmm)[ ,.!]+)*((tu peux|vous pouvez|peux-tu|pouvez-vous|"
                        r"can you|could you|would you)( please| stp| svp)? )?(developpe[rz]?|detaille[rz]?|precise[rz]?|"
                        r"elaborate( on (that|this|it))?|expand( on (that|this|it))?|explique[rz]? (mieux|davantage|plus)|"
                        r"explain (more|further|that (better|more))|en dire plus|m'en dire plus|dis-m'en plus|dites-m'en plus|"
                        r"tell me more|say more|go (on|deeper)|"
                        r"(donne|donnez|give)[- ](moi|me|nous|us) (un|des|an|some) (exemples?|examples?|cas)( concrets?| concrete| precis| "
                        r"pratiques?| real| real-world| practical)?|"
                        r"(un|an) (exemple|example)( concret| concrete)?|(par exemple|for (example|instance)|such as|like what|"
                        r"c'est-a-dire|c'est a dire|cad|meaning|which means|en quoi|how so|in what way|comment ca))[ ?!.]*$")
# "tu es sûr ?", "vraiment ?", "are you sure about that?", "source ?": the last answer questioned, asked again
_CHALLENGE = re.compile(r"^((tu es|t'es|vous etes|are you|you) (bien |vraiment |really |quite |absolutely )?(sur|sure|certain\w*|"
                        r"positive)( de (ca|cela|toi|vous))?( (about|of) (that|this|it))?|(vraiment|really|seriously|serieux|"
                        r"serieusement|sur|sure|certain)|(c'?\s?est|is (that|it)|that'?s) (vraiment |really |bien )?(vrai|sur|"
                        r"certain|true|right|correct|exact)( (ca|that))?|(ta|votre|your|the|une|a) sources?|sources?|"
                        r"d'ou (tu tiens|vous tenez|vient) (ca|cela|cette info\w*)|(where|how) do (you|u) know( that| this)?)"
                        r"[ ?!.]*$")
_HELP = re.compile(r"^(bonjour |hello |hi |salut )?((tu peux|vous pouvez|pouvez-vous|peux-tu|can you|could you|would you) "
                   r"(m'|me |nous |us )?(aider|help)( me| us)?( (svp|stp|please))?|(j'ai|i have|i'?ve got|we have) (une|a) "
                   r"(petite |quick |small )?question|(aide|help|besoin d'aide|need (some )?help)( (svp|stp|please))?)\W*$")
# "je sais pas trop par où commencer", "I'm not sure what I need": the user asks to be guided (one question back)
_LOST = re.compile(r"\b(par ou commencer|where (do i|should i|to) (start|begin)|(not sure|no idea|pas sur|aucune idee) "
                   r"(what|ce (qu'il|dont)|de ce (qu'il|dont)) (i|we|me|nous|il me|j'ai) ?(need|faut|besoin)|"
                   r"je (ne )?sais pas (trop |vraiment )?(quoi demander|par ou|ce qu'il me faut|de quoi j'ai besoin)|"
                   r"don'?t know (what i need|where to start|what to ask))\b")
_DOMAIN_HINT = re.compile(r"contrat|contract|clause|prestataire|provider|msp|infog|maintenance|sla|gtr|gti|rgpd|"
                          r"\bpa(y|ie|ye|yer|ier)\b|\bpaid\b|quarterly|trimestri|mensuel|monthly|annuel|yearly|"
                          r"enforceab|licite|valable|valid|lawful|non-?solicit|non-?sollicit|poach|debauch|"
                          r"gdpr|donnees|data|responsab|liabil|resili|terminat|penal|sauvegard|backup|securit|"
                          r"security|reversib|sous-trait|processor|prix|price|factur|invoice|client|support|"
                          r"incident|astreinte|heures|hours|assurance|insurance|audit|confidential|juridiction|"
                          r"syntec|obligation|paiement|payment|delai|disponibilit|availab|renouvel|renewal|preavis|"
                          r"reconduction|reconduit|tacite|denonc|echeance|roll(s|ed)? over|auto-?renew|"
                          r"notice|redevance|fee|cnil|subcontract|heberg|hosting|poste|serveur|server|\bit\b|"
                          r"informati|negoci|negotiat|signer|sign|engagement|commit|garantie|warranty|penalty|"
                          r"cap\b|plafond|dpa|nda|licen|logiciel|software|cloud|patch|correctif|antivirus|edr|"
                          r"ticket|helpdesk|panne|outage|downtime|forfait|tarif|devis|quote|credit|breach|juge|"
                          r"judge|court|tribunal|\blaw\b|\bloi\b|legal|avocat|lawyer|sign|msa|dpa|%|\bhds\b|"
                          r"hebergeur de (donnees de )?sante|certifi|iso ?27001|secnumcloud|soc ?2|nis ?2|dora\b|"
                          r"transf[ea]r|\b(ue|eu|eee|eea)\b|etats-unis|united states|\busa\b|pays tiers|third countr|"
                          r"autoris|authori[sz]|consent|accord (ecrit|prealable)|written (approval|agreement)|sous-traitant|"
                          r"sub-?processor|\badmin\b|droits? d'acces|access rights|infos? perso|personal info")


# "c'est quoi une GTR ?", "une clause pénale, ça sert à quoi ?", "what does RTO mean?": a definition asked
_DEFINE = re.compile(r"\b(wtf|wth|what the (hell|heck)) is\b|c'?est quoi|c'?est koi|kesako|kezako|c'?est qui\b|qu'est-ce qu(e |')(c'est|une?|la|le|l'|les)|ca (veut dire|signifie)|"
                     r"que (veut dire|signifie)|veut dire quoi|signifie quoi|(ca|ce|cela) sert a quoi|a quoi (ca )?sert|"
                     r"sert a quoi|definition|defini[rst]|^(what|whats)( i|')?s (a|an|the) |what (is|are) (an?|the) |"
                     r"what'?s (a|an|the) |what does \w+( \w+)? (mean|stand for)|what is meant by|meaning of|"
                     r"what (is|are) [\w-]+\?|explain what|(is|are) what exactly|exactly\?$|what do (you|they|we) mean by|"
                     r"qu'entend(s|ez)?[- ](tu|vous|on) par|qu'est-ce que (tu entends|vous entendez|l'on entend|on entend) par|"
                     r"c'est-a-dire quoi|ca correspond a quoi|what is meant|what'?s meant by|"
                     # s16: the meaning asked indirectly ("asked what RPO means", "ce que veut dire GTR")
                     r"\bwhat [\w-]+( [\w-]+)? (means|stands for)\b|\bce que [\w-]+( [\w-]+)? (veut dire|signifie)\b")
# "…, ça veut dire quoi pour moi ?", "what does that mean for us?": the term applied to the user's case
_APPLIED = re.compile(r"\b(pour (moi|nous)|for (me|us)|(mon|ma|mes|notre|nos|my|our) (prestataire|presta|msp|provider|"
                      r"contrat|contract|client))\b")
_EVALUATIVE = re.compile(r"\b(raisonnable|normal\w*|habituel\w*|standard|usuel\w*|bon(ne)?|correct\w*|acceptable|mieux|better|"
                         r"reasonable|usual|typical|good|right|fair|best|ideal|market|marche|trop|too|enough|"
                         r"suffisant\w*|combien|how (long|much|many))\b")


_LIKELY = re.compile(r"\b(va|vont|risque\w*|pourrai\w*|devrai\w*|will|would|might|may|going to|gonna|likely|"
                     r"won'?t|wouldn'?t|can'?t|ne (va|vont) pas|"
                     r"\w+'ll|\w+era|\w+eront|\w+ira|\w+iront)\b")


# "le client peut-il refuser la hausse ?", "can they refuse a price increase?": a question of law, not objections
_RIGHTS = re.compile(r"\b(peut-il|peut-elle|peuvent-ils|peuvent-elles|a-t-il le droit|ont-ils le droit|"
                     r"(can|could|may) (we|i) (legally )?(refuse|reject|decline|say no|turn (it|that|this) down)|"
                     r"(peut-on|pouvons-nous|puis-je|on peut|je peux|ai-je le droit de|avons-nous le droit de) "
                     r"(le |la |les |l')?(refuser|rejeter|decliner|dire non)|"
                     r"(a|ont) le droit de|est-il en droit|en a-t-il le droit|legalement|legally|"
                     r"can (they|the (client|provider|msp|customer)|he|she|it|my (client|provider|msp)) (legally )?(refuse|reject|"
                     r"object|contest|terminate|dispute)|(is|are) (they|the (client|provider|msp)) (allowed|entitled|"
                     r"within (their|its) rights)|may (they|the (client|provider|msp)) |"
                     # "il a le droit ??", "can they actually do that?", "…, on fait quoi ?": the law or what to do, asked
                     r"(il|elle|ils|elles) (a|ont) le droit|can (they|he|she|it|the (client|provider|msp)) (actually |really |"
                     r"legally |just |simply )?do (that|this|it)|on fait quoi|que (doit-on|peut-on|faire)|quels recours|"
                     r"what (do|can|should) we do|can (they|he|she|it)( actually| really| legally)? ?\?|"
                     r"(suis-je|sommes-nous|est-on|am i|are we)( \w+){0,2} (responsables?|liable|responsible))")


# s17b: whether a party may refuse or do something ("le client peut-il refuser l'indexation ?", "le presta peut il refuser
# de payer", "est-ce que le client peut refuser un nouveau sous-traitant ?", "could they refuse to hand back our data?"):
# a party, a modal of permission, then the act — a question of law, not what the other side will object to. The modal
# is inverted (a question by its form) or the message asks (a question mark, "est-ce que").
_PARTY = (r"(?:le |la |l'|les |un |une |the |our |their |my |notre |nos |leur |leurs |mon |ma |mes )?(?:client|customer|clients?|"
          r"prestataire|presta|infogerant|fournisseur|supplier|provider|vendor|msp|editeur|sous-traitant|sub-?processor|"
          r"partie|party|other side|autre partie)s?|ils|elles|il|elle|on|nous|vous|they|he|she|we|you|i|it")
_MAY_ACT = (r"(?:\w+ ){0,2}?(?:refus\w*|reject\w*|declin\w*|s'y opposer|s'opposer|opposer|object\w*|contest\w*|resili\w*|"
            r"terminat\w*|suspend\w*|bloqu\w*|block\w*|withhold\w*|reten\w*|retenir|garder|keep\w*|impos\w*|augment\w*|"
            r"rais\w*|increas\w*|chang\w*|modifi\w*|ced\w*|assign\w*|sous-trait\w*|subcontract\w*|exiger|demand\w*|"
            r"dire non|say no)")
_MAY_PARTY = re.compile(r"\b(?:" + _PARTY + r") (?:ne )?(?:peut|peuvent|pourrait|pourraient|pourra|pourront)[- ](?:t-)?"
                        r"(?:il|ils|elle|elles|on)(?: pas)? " + _MAY_ACT + r"\b|"
                        r"\b(?:peut|peuvent|pourrait|pourraient)-(?:t-)?(?:il|ils|elle|elles|on) " + _MAY_ACT + r"\b|"
                        r"\b(?:can|could|may)(?:n't| not)? (?:" + _PARTY + r")(?: \w+)? " + _MAY_ACT + r"\b")
_MAY_PARTY_ASKED = re.compile(r"\b(?:" + _PARTY + r") (?:ne )?(?:peut|peuvent|pourrait|pourraient|a le droit de|ont le droit de|"
                              r"can|could|may|is allowed to|are allowed to)(?: pas| not)?(?: \w+)? " + _MAY_ACT + r"\b")


def may_party(low: str) -> bool:
    """Whether the message asks if a party may refuse or do something (see _MAY_PARTY)."""
    return bool(_MAY_PARTY.search(low) or (("?" in low or re.match(r"(est-ce|est ce|is it|do you know)", low))
                                           and _MAY_PARTY_ASKED.search(low)))


# "on est coincés ?", "are we stuck with it?": the user's own situation, not the other side's objections
_SELF_STUCK = re.compile(r"\b(on est|on se retrouve|nous sommes|je suis|suis-je|sommes-nous|est-on|sommes nous|"
                         r"we'?re|we are|am i|are we|i'?m)( \w+){0,2}? (coinc\w*|bloqu\w*|stuck|locked in|trapped)\b")
# "obligation de moyens : qui doit prouver quoi si … ?": the effect of an obligation already named (a question of
# law), not which obligation a scope carries
_PROOF_OF_TYPE = re.compile(r"\b(qui (doit )?prouve\w*|a qui de prouver|c'est a qui de prouver|charge de la preuve|"
                            r"a (nous|moi|vous|lui|eux|toi) de (le )?prouver|(do|must) (we|i) (have to |need to )?prove|"
                            r"(up to|on) (us|me) to prove|"
                            r"who (has to |must )?proves?|burden of proof|who bears the (burden|proof))\b")


_TYPES_COMPARED = re.compile(r"\b(moyens?|means|best efforts?|efforts?)\b.{0,30}\b(ou|or|vs\.?|versus|et|and|contre)\b"
                             r".{0,30}\b(resultat|result)\b|\b(resultat|result)\b.{0,30}\b(ou|or|vs\.?|versus|et|and|"
                             r"contre)\b.{0,30}\b(moyens?|means|best efforts?)\b")


# s12: the other side relies on a law to refuse something ("invokes the data act to refuse our fee"): what that law
# says is asked, not how they will take a clause
_LAW_INVOKED = re.compile(r"\b(invok\w*|invoqu\w*|cit(e|es|ing)|relies? on|relying on|s'appuie sur|se fonde sur|en vertu d\w*|"
                          r"au nom d\w*)\b[^.?!]{0,15}\b(data act|gdpr|rgpd|art\.?|article|law|loi|code|regulation|reglement|"
                          r"directive)\b")


def _reaction_of_other_party(low: str) -> bool:
    """The user asks how the other side will take the clause (in one sentence of a short message)."""
    if len(low.split()) > 25:
        return False
    return any(_OTHER_PARTY.search(part) and _REACTION.search(part) and _LIKELY.search(part)
               for part in re.split(r"[.;!?]\s", low))


@dataclass(frozen=True)
class Understood:
    act: str
    slots: Slots
    topic: str | None = None     # the clause topic the act is about (slots or state)
    term: str | None = None
    relative: bool = False       # "pour moi": the position depends on the user's side
    assess: bool = False         # "c'est ok ?": the user asks whether figures are reasonable
    compare: bool = False        # "how's that different from…": the clause on the table compared with something
    firm: bool = False           # a rule chose this act on purpose (not a fallback): the learned reader leaves it


# "no on-site visits", "données de santé chez nous": a fact stated in the words of a topic, not a clause asked for
_PLAIN_FACTS = {"on_site", "personal_data", "hours", "criticality", "control"}


# "précise bien que les transferts hors UE c'est seulement avec notre accord", "we don't want them sending anything
# outside the EU without asking us first": a condition the user wants written into the clause on the table, which
# protects the one who asks (that side's version of the clause)
_REQUIREMENT = re.compile(r"^(precise[rz]?|mets|mettez|ajoute[rz]?|rajoute[rz]?|indique[rz]?|ecri[st]|ecrivez|stipule[rz]?|"
                          r"fais apparaitre) (bien |aussi |clairement )?(que|qu')\b|"
                          # "add a line that they can't…", "ajoute une phrase disant que…": a sentence put into the clause
                          r"^(add|put in|insert|include|write in|ajoute[rz]?|rajoute[rz]?|mets|insere[rz]?|prevois) (a|an|one|une?) "
                          r"(line|sentence|clause|paragraph|provision|wording|bit|phrase|ligne|paragraphe|mention|passage|"
                          r"stipulation)( (?!about|on|for|regarding|sur|pour|concernant)\w+)? (that|saying|stating|to say|making clear|qui dit|disant|pour dire|precisant|"
                          r"indiquant|selon laquelle|que|qu')\b|"
                          r"^il faut (bien )?que (ca|la clause|le texte|elle) (dise|precise|prevoie|indique)\b|"
                          r"^(make sure|ensure|spell (it )?out) (it says |that |in it that )?|"
                          r"^(add|say|state|specify|write) (it says |in it )?that\b|"
                          r"^((and |but )?(we|i) (really )?(don'?t|do not|won'?t) (want|accept|allow) (them|the (provider|msp|client|"
                          r"supplier|customer)|any(one|thing))|(on|nous|je) (ne )?(veut|voulons|veux|accepte|acceptons) pas "
                          r"(qu'ils|qu'il|qu'elle|que (le|la) (prestataire|presta|msp|client)))\b|"
                          # "carve out data loss from the cap", "ajoute une exclusion pour la maintenance planifiée",
                          # "make the credits automatic", "la restitution doit être gratuite": the clause's content changed
                          r"^(carve out|exclude|exclus|exclue[sz]?)\b[\w' -]{2,40}\b(from|du|de la|des) (the )?(cap|plafond|"
                          r"limit\w*|limitation|clause)\b|^(ajoute[rz]?|add|mets|prevois|put in)( \w+)? (une |an |a )?"
                          r"(exclusion|exception|carve-?out)s?\b|"
                          r"^(make|rends?|mets|fais[- ]en|faites[- ]en)[ -](the |les |la |le |l')?[\w' -]{0,30}? ?((the |their |its |our |le |la |leur |notre )?"
                          r"(sole|exclusive|only) (remedy|recourse|compensation)|(le |la |leur |notre )?(seule?|unique) (recours|compensation|"
                          r"sanction|remede)|(le |leur )?recours exclusif|automatic\w*|automatiques?|free( of charge)?|"
                          r"gratuite?s?|mutual|reciproques?|mutuelles?|uncapped|illimite\w*)\b|"
                          r"\b(doit|doivent|devrait|devraient|should|must|has to|have to|needs? to) (etre|be) (gratuite?s?|free|"
                          r"automatiques?|automatic|reciproques?|mutual|mutuelles?|exclue?s? du plafond|excluded from the cap|"
                          r"uncapped|illimite\w*)\b")


# s16: the reason given after a request ("…, sinon ça va coincer", "…, otherwise they won't sign", "…, car ils refusent")
_REASON_AFTER = re.compile(r"[,;.!]\s*(sinon|autrement|otherwise|or else|else|car|because|parce que|puisque|since|vu que)\b")


# s16: a request whose main verb puts words into the clause ("ajoute", "rajoute", "précise", "mets bien que", "add", "insert",
# "include", "make sure it says", "spell out"): an addition to it
_ADDING_VERB = re.compile(r"(ajout\w*|rajout\w*|precise[rz]?|mets|mettez|indique[rz]?|ecri[st]|ecrivez|stipule[rz]?|insere[rz]?|"
                          r"inclu[st]|incluez|prevois|prevoyez|fais apparaitre|add|put in|insert|include|write in|"
                          r"make sure|ensure|spell (it )?out|say|state|specify)\b")


# "actually, make it mutual", "ok et précise que…": a word of transition before the request
_LEAD_IN = re.compile(r"^((actually|en fait|finalement|ok|okay|and|et|also|aussi|oh|ah|right|bon|alors|so|then|puis|"
                      r"one more thing|autre chose|au fait|btw|by the way)[ ,:;.!-]+)+")


# "flip it to their side", "leur version": the other side's own version, not one step toward it
_THEIR_VERSION = re.compile(r"\b(flip|switch|turn) (it|this|that|the clause)|\b(their|the other (side|party)'?s?) (side'?s? )?"
                            r"version\b|\bversion (de l'autre (partie|cote)|d'en face|adverse)\b|\bleur version\b")


# "c'est quoi le préavis dans ton contrat ?", "what cap did you put?": the figure of the draft, not a definition
_IN_OUR_DRAFT = re.compile(r"\b(dans|in) (ton|ce|le|notre|your|the|this|our) (contrat|contract|draft|projet|texte|version)\b|"
                           r"\b(tu as|t'as|vous avez) mis\b|\byou (put|used|set|wrote)\b")


# a side named in words ("for us", "en notre faveur", "côté client"): a position asked beside a figure
_SIDE_NAMED = re.compile(r"\b(pour (nous|moi|eux|le client|le prestataire)|for (us|me|them|the client|the provider)|"
                         r"(en|in) (notre|ma|leur|our|my|their) (faveur|favou?r)|cote (client|prestataire|presta)|"
                         r"(client|provider|customer|msp)[- ]friendly|protect\w* (us|me)|(nous|me) proteg\w*)\b")


def _final_document_asked(low: str, asks: bool, state: ConversationState) -> bool:
    """The finished document asked for, with something made to hand over and no question asked about it."""
    return _has_table(state) and not asks and bool(_FINAL_DOCUMENT.search(low)) and not re.search(
        r"\b(combien|quel\w*|comment|pourquoi|est-ce|how|what|which|why|whether|si)\b", low)


def _has_table(state: ConversationState) -> bool:
    return state.clause is not None or state.contract is not None


# "le délai pour faire opposition, passez-le à 45 jours", "the audit notice: make it 20 days": the figure named first as
# a noun phrase (no verb heads it), then the order that sets it
_NOUN_FIRST = re.compile(r"(?:(?:ok|okay|bon|alors|et|and|pour|for|quant a|as for)\W+)*(?:le|la|les|l'|the|our|their|notre|leur|ce|cette)\b")


def _ordered_figure(low: str, slots: Slots) -> bool:
    """"give the client 40 days to raise an objection", "laisse-leur 30 jours pour s'opposer": an order carrying a
    figure with its unit — a term of the clause set, whatever the words of its purpose (objecting is the term's
    subject here, not what the other side will say)."""
    d = read_directive(low)
    return d is not None and d.family in ("change", "draft") and "?" not in low and any(
        q.unit and q.unit not in ("users", "sites", "workstations") for q in slots.quantities)


_GRANT = re.compile(r"(?:give|grant|allow|leave|donne[rz]?|accorde[rz]?|laisse[rz]?)(?:[- ](?:nous|leur|lui|moi))?\s+"
                    r"(?:(?:the |our |their |au |a |aux )?(?:client|customer|provider|prestataire|msp|us|them|him|her)\s+)?"
                    r"(?:only |just |seulement |juste )?\d")


def _granted_figure(low: str, slots: Slots) -> bool:
    """"give the client 40 days to raise an objection", "laissez-leur 30 jours pour s'opposer": a time or share granted
    to a party is a term of the clause set."""
    text, _polite = head_of(low)
    return bool(_GRANT.match(text)) and "?" not in low and any(
        q.unit and q.unit not in ("users", "sites", "workstations") for q in slots.quantities)


def _topic_then_set(low: str) -> bool:
    segments = re.split(r"[,;:]\s", low)
    return len(segments) > 1 and bool(_NOUN_FIRST.match(segments[0])) and read_directive(segments[0]) is None and \
        any(_SET_FIRST.match(seg.strip()) for seg in segments[1:])


# "in plain words", "en gros": how to explain, no judgement asked
_PLAINLY = re.compile(r"\b(in (normal|plain|simple|layman'?s?|everyday)( \w+)? (words|english|terms|language)|en (gros|clair|bref|"
                      r"deux mots|termes simples|mots simples)|simplement|pour les nuls|for dummies|eli5)\b")
# "which one matters more", "laquelle est la plus courte": a choice between the two, not their meaning
_CHOICE = re.compile(r"\b(which|lequel|laquelle|lesquel\w*|quel(le)? est (le|la) (plus|moins|mieux)|prefer\w*|priorit\w*|"
                     r"plus important\w*|more important|should|devrai\w*|doit|doivent|choisir|choose|pick|our|notre|nos|leur|"
                     r"their|ce contrat|this contract|the contract|le contrat)\b")


def _two_terms_compared(low: str, words: list, slots: Slots) -> list[str] | None:
    """Two terms named and compared, nothing else asked: their two definitions."""
    if not (_COMPARE.search(low) or re.search(r"\bdiffer(s|ent|ence)?\b", low)) or len(words) > 16 or slots.figures or _CHOICE.search(low) or \
            _EVALUATIVE.search(_PLAINLY.sub(" ", low)):
        return None
    terms = [t for t in find_terms(low) if t not in GENERIC_TERMS]
    return terms if len(terms) == 2 else None


def _removes_nothing(slots, state) -> bool:
    """Every service or asset the message puts out is already out of the scope on the table."""
    scope = state.scope()
    return not any(x in scope.services for x in slots.remove_services) and not any(
        x in scope.assets for x in slots.remove_assets)


def classify(text: str, slots: Slots, state: ConversationState) -> Understood:
    understood = _classify(text, slots, state)
    if understood.act == "question" and _has_table(state) and understood.topic == "disputes" and \
            law_judgement_asked(fold(text)) and not clause_topic(_COURT.sub(" ", fold(text))):
        # "un tribunal la jugerait abusive ?" on a penalty clause: the court is the judge asked, the clause is the subject
        table_topic = state.clause.topic if state.clause else state.last.topic
        if table_topic and table_topic != "disputes":
            return replace(understood, topic=table_topic, firm=True)
    if understood.act in ("question", "follow_up") and _has_table(state) and law_judgement_asked(fold(text)):
        return replace(understood, firm=True)  # a law question read as one: the learned reader does not reword it
    if understood.act not in _ANSWERING_ACTS and _has_table(state) and law_judgement_asked(fold(text)) and \
            not _DIFFERENT_FROM.search(fold(text)):
        # "is it legal to word it like that?", "would a court enforce that fee?", "on a le droit de l'écrire ainsi ?":
        # the law's judgement on what is on the table — a question, never a rewording, a new version or off topic (a
        # court named is the judge asked, not the disputes clause; a clause named by its name is the one asked about)
        low = fold(text)
        table_topic = state.clause.topic if state.clause else state.last.topic
        named = slots.topic if slots.topic and re.search(r"\b(clauses?|article|articles)\b", low) else None
        return Understood(act="question", slots=slots, topic=named or table_topic or slots.topic, term=slots.term,
                          assess=bool(slots.figures), firm=True)
    if understood.act in _WORK_ACTS or understood.act in ("obligations", "draft_contract"):
        low = fold(text).strip()
        asked = _story_then_question(text, low, state)
        if asked is not None and (understood.act != "obligations" or asked == "who_proves"):
            # a situation told in several sentences, then a legal question on it ("… il a le droit de nous tenir comme
            # ça ?", "… what happens if we go ahead?"): the question is answered; the story is no clause to draft, no
            # objection to prepare, no position to change and, unless a long text is pasted, no document to review
            # (the obligations engine keeps "means or result?" and gives up only "who has to prove it?")
            base = detect_intent(text, has_draft=_has_table(state))
            if asked == "what_is" and base.name == "explain_term" and base.term:
                # s12: "… notre avocat parle de 'fin de non-recevoir'… c'est quoi concrètement ?": the term the story names,
                # explained
                return Understood(act="explain_term", slots=understood.slots, topic=understood.topic, term=base.term)
            return Understood(act="question", slots=understood.slots, topic=understood.topic, term=understood.term)
    return understood


def _classify(text: str, slots: Slots, state: ConversationState) -> Understood:
    low = fold(text).strip()
    low = re.sub(r"^((ok|okay|merci|thanks|thank you|d'accord|dac|super|parfait|cool|great|bien|tres bien|ah|oh|"
                 r"hmm|euh|bon|alors)[ ,.!]+)+", "", low).strip() or low
    words = low.split()
    table_topic = state.clause.topic if state.clause else None
    topic = slots.topic or table_topic or state.last.topic
    if _EARLIER_THING.search(low) and len(words) <= 14 and not (slots.topic or slots.term or slots.figures or
                                                                slots.figure_named or slots.has_scope_change()):
        return Understood(act="clarify", slots=slots)  # "et le truc dont on parlait hier ?": nothing here says what it is
    asks = bool(_QUESTION_WORDS.search(low) or _INDIRECT.search(low) or _asks_at_end(low)) and not re.search(
        r"[,.;]\s*(tu peux|tu pourrais|vous pouvez|vous pourriez|can you|could you|can u|possible)( stp| svp| please| pls)?"
        r"\s*\?*\s*$", low) and not (
        (_POLITE_REQUEST.search(low) or _has_table(state) and _WE_CAN.search(low)) and _POLITE_ACTION.search(low[:60]) or
        _has_table(state) and _WE_CAN.search(low) and slots.figures and len(low.split()) <= 8) and not _IT_IS.match(low) \
        and not (slots.facts and (_IT_IS_FACT.match(low) or _CLEFT_FACT.match(low)))
    base = detect_intent(text, has_draft=_has_table(state))
    drafting = _draft_asked(low) and not _validity_asked(low, asks)

    def u(act: str, **kw) -> Understood:
        kw.setdefault("topic", topic)
        kw.setdefault("term", slots.term)
        return Understood(act=act, slots=slots, **kw)

    if not re.search(r"[a-z0-9]", low):
        return u("clarify")
    if not _has_table(state) and not state.last.act and len(words) <= 16 and _VAGUE_JOB.search(_GREETING.sub("", low)) and not (
            slots.topic or slots.term or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "tu me fais ça vite fait", "can u sort the hotel thing": a job asked, its object unsaid
    if not _has_table(state) and not state.last.act and len(words) <= 14 and _BACK_REFERENCE.search(low) and not (
            slots.topic or slots.term or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "tu peux me refaire celle d'hier ?", "same as last time please": nothing here to refer to
    if _OFFTOPIC.search(low) and not _DOMAIN_STRONG.search(low):
        return u("out_of_scope")
    if _OPENER.match(low) and not (slots.topic or (slots.term and slots.term not in GENERIC_TERMS) or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "hi, quick one about our contract": what about it, asked back
    if _BARE_OPENER.match(low) and not (slots.topic or slots.term or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "quick one before my meeting": which question, asked back
    if _ANNOUNCED_ON.match(low) and slots.topic and not (slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify", topic=slots.topic)  # a question on that clause to come: which one, asked back
    asked_part = [p for p in re.split(r"(?<=[.!?])\s+", low) if p.strip()][-1]
    if asks and "?" in asked_part and _OFFTOPIC.search(asked_part) and not _DOMAIN_HINT.search(asked_part):
        # "on fête la signature du contrat ce soir !! quel vin avec le fromage ?": the contract is the occasion, the
        # question asked is off the field
        return u("out_of_scope")
    if state.last.act and state.last.act not in ("draft_clause", "change_position", "set_figure", "rephrase") and re.match(
            r"(meme question|same question|pareil pour|idem pour|same (thing )?for|la meme (chose )?pour|meme chose pour)\b", low):
        return u("follow_up")  # "same question for a cloud backup provider", "même question mais côté presta"
    if _APPROVAL.match(low) and "?" not in low and (state.last.act or _has_table(state)):
        return u("clarify")  # "c'est exactement ça, merci": approved; what next, asked
    if (_CHALLENGE.match(low) or _ELABORATE.match(low)) and state.last.act and state.last.act not in ("clarify", "out_of_scope"):
        return u("follow_up")  # "tu es sûr ?": the last answer, given again with its sources
    if state.pending and state.pending.get("kind") == "side" and slots.position is None:
        side = re.search(r"\b(client|prestataire|msp|provider|fournisseur|infogereur|customer)\b", low)
        if side and len(words) <= 6:
            return u("state_fact")
    if state.pending and state.pending.get("kind") == "clause" and slots.topic and not asks:
        return u("draft_clause", topic=slots.topic, relative=slots.position in ("mine", "theirs"))  # "de force majeure"
    if _two_terms_compared(low, words, slots):
        # "RPO vs RTO in plain words", "c'est quoi la diff entre GTI et GTR ?": both terms explained, side by side
        return u("explain_term", term=_two_terms_compared(low, words, slots)[0])
    last_topic = state.last.topic or (clause_topic(state.last.question) if state.last.question else None)
    if _DRAFT_IT.search(low) and drafting and not slots.topic and last_topic and not asks_about(low) and (
            state.clause is None or state.clause.topic != last_topic):
        # "rédige-la", "draft that clause", "write me one": the clause the last answer was about
        return u("draft_clause", topic=last_topic, relative=slots.position in ("mine", "theirs"))
    if _COUNTER.search(low) and last_topic and not slots.topic and not asks_about(low):
        # "fais-moi une contre-proposition", "suggest an alternative": the user's own version of that clause
        return u("draft_clause", topic=last_topic)
    if state.pending and state.pending.get("kind") == "contract" and not asks and (
            slots.facts or slots.add_services or slots.add_assets):
        return u("draft_contract")  # the details of the contract asked for a turn ago
    if (quoted(text) or slots.pasted) and slots.topic and _rewrite_pasted(text):
        # "réécris cette clause en notre faveur : <clause>", "redraft this so it protects us: …": the pasted clause is
        # the clause to work on, redrafted (toward the side named), not a text to review
        if slots.position is None and re.search(r"\b(protect\w* (us|me)|(nous|me) proteg\w*|pour (nous|moi)|for (us|me)|on our side|"
                                                r"de notre cote|in my favou?r|a mon avantage|en ma faveur)\b", fold(text.split(":", 1)[0])):
            slots.position = "mine"
        return u("draft_clause", topic=slots.topic, relative=slots.position in ("mine", "theirs"))
    # a clause quoted to ask who must prove or what to write in its place: the question is answered, the clause is no
    # document to review ("le contrat dit '…', c'est à nous de prouver ?", "it just says '…': what do we write instead?")
    if quoted(text) and 6 <= len(quoted(text).split()) <= _ONE_CLAUSE_WORDS and not _REVIEW.search(_unquoted(text, low)) and \
            yes_no_judgement(_unquoted(text, low)):
        # "is this ok? '<one clause>'", "« … » c'est acceptable pour nous ?": one clause quoted and a yes-or-no judgement
        # asked of it — a question on that clause (answered with the clause read), not a whole document to review
        return u("question", topic=slots.topic or clause_topic(quoted(text)), assess=True, firm=True)
    if quoted(text) and _one_clause_asked(text, low):
        # "voici l'article 11.3 : « … » qu'en pensez-vous ?", "they want this in: '…' thoughts?": one clause (one or two
        # sentences) on the table and a question asked of it outside the quote — answered on that clause, not reviewed
        # as a document (several clauses pasted, or a review asked in words, stay a review); the clause's subject is
        # what its first sentence provides (a second one often limits it: "…ne saurait être tenu responsable…")
        lead = re.split(r"(?<=[.;!?])\s+", quoted(text).strip())[0]
        return u("question", topic=clause_topic(lead) or slots.topic or clause_topic(quoted(text)), assess=True, firm=True)
    if quoted(text) and len(quoted(text).split()) >= 6 and (_REVIEW.search(low) or re.search(r"voici|here'?s|here is|notre contrat|our contract|"
                                                          r"dit :|says|je colle|they sent|added this|conditions|"
                                                          r"clause de mon|my contract|t'en penses|thoughts|je signe|"
                                                          r"can i (accept|sign)|conforme|ok\?|acceptable", low) or
                                                          _CONTRACT_SENTENCE.search(fold(quoted(text) or ""))) and not (
            len(quoted(text).split()) <= 40 and question_type(text) in ("who_proves", "what_to_write")):
        return u("review")
    if pasted_alone(text):
        return u("review", topic=slots.topic or clause_topic(text))  # a clause pasted alone: reviewed
    if _PRECEDENTS.search(low) and re.search(r"\b(trouve|cherche|retrouve|donne|montre|find|search|look|show|"
                                             r"get|pull)\w*", low):
        return u("precedents")
    # "je relis le contrat signé : reconduction par 3 ans, c'est normal ?": terms retold and judged, no text to review
    retold = len(text) < 400 and "\n" not in text and not quoted(text) and asks and _ASSESS.search(low)
    if _REVIEW.search(low) and not retold or (len(text) > 600 and len(re.findall(r"(?im)^\s*(article|art\.|\d+\.)\s", text)) >= 2) or (
            len(text) > 150 and len(re.findall(r"(?:^|\s)(?:article|art\.)\s*\d+\s*[-–:.]", low)) >= 2 and
            re.search(r"\b(le prestataire|the provider|le client|the client|les parties|the parties)\b", low)):
        # "Article 1 - Objet. Le Prestataire… Article 2 - …": a contract pasted on one line
        return u("review")
    if state.contract is None and state.clause is None and _MAKE_ME_A.search(_unquoted(text, low)) and \
            not re.search(r"\bclauses?\b", low) and not asks_about(low):
        # "… tu me sors un contrat ?", "can you get me a contract as a word file?": a new document asked for, nothing
        # made yet — written, whatever verb brings it (an export needs something made)
        return u("draft_contract")
    if (_EXPORT.search(_unquoted(text, low)) or _final_document_asked(_unquoted(text, low), asks, state) or re.fullmatch(r"(en |in |as |au format |format )?(pdf|docx|word|markdown)( possible| dispo\w*|"
                                            r" stp| svp| please| pls| ok)?\W*", low)) and (
            state.contract is not None or state.clause is not None or _CONTRACT.search(low)):
        if state.contract is None and state.clause is None and _CONTRACT.search(low) and \
                not re.search(r"\bclauses?\b", low) and (slots.facts or _NEW_DOCUMENT.search(_unquoted(text, low))):
            # "48 users on 2 sites, no on-site… tu peux me sortir un contrat ?": nothing made yet to export — a
            # document with its facts, or one asked with an indefinite article, is a contract to write
            return u("draft_contract")
        return u("export")
    if _has_table(state) and slots.relative is not None and "monthly_fee_eur" in slots.facts and not asks:
        # s17b: "augmente la redevance de 10 %": the stated fee changed by a share — a figure of the contract set
        return u("set_figure", topic=table_topic or state.last.topic)
    if _has_table(state) and (slots.figures or slots.quantities and not slots.facts) and figure_ordered(low) and \
            not _SIDE_NAMED.search(low):
        # "lower it to 25 %", "tighten P1 response to 1 hour", "resserre la GTR à 2 h": a change verb heading the message,
        # a value as its target — the figure is set; "tighten", "assouplis" give the figure's direction, not a side
        slots.position = None
        fig_topic = slots.topic
        if table_topic and fig_topic != table_topic and all(figure_topic(k) == table_topic for k in slots.figures):
            fig_topic = table_topic
        return u("set_figure", topic=fig_topic or table_topic or state.last.topic)
    if table_topic and asks and not drafting and _DIFFERENT_FROM.search(low) and read_directive(low) is None:
        # "and how does that differ from the GDPR return of data?", "c'est quoi la différence avec la restitution RGPD ?":
        # the clause on the table compared with what is named — a question, not a follow-up that redrafts
        return u("question", topic=table_topic, compare=True, firm=True)
    if state.clause is not None and slots.position == "theirs" and state.side in ("msp", "client") and \
            _THEIR_VERSION.search(low) and not asks_about(low):
        slots.position = {"msp": "client", "client": "msp"}[state.side]  # "show me the other side's version": all of it
        return u("change_position")
    if state.clause is not None and _REQUIREMENT.search(_LEAD_IN.sub("", low)) and not asks and not slots.position \
            and not _OFFTOPIC.search(low) and not _REPHRASE.search(low) and not (
                slots.has_scope_change() and not slots.data_location and
                not re.search(r"\b(exclusions?|exceptions?|carve-?outs?)\b", low)) and not (
                slots.topic and slots.topic != state.clause.topic and re.search(r"\bclauses?\b", low)):
        slots.position = "mine"  # a condition written into the clause on the table, whatever else it names
        slots.topic = state.clause.topic
        if _ADDING_VERB.match(_LEAD_IN.sub("", low)):
            # s16: the main verb adds to that clause ("ajoute que…", "add a line saying…", "précise que…", "make sure it
            # says…"): its act is add_remove; the router writes it as the user's own side's version (`u.relative`), the
            # version that carries such a condition — no side is asked for in words; a subject named inside the
            # condition ("ajoute que ces pénalités…", "que l'auditeur signe un engagement de confidentialité") is what the
            # condition is about, no clause to add (another clause named as a clause never reaches this branch)
            slots.add_topics, slots.remove_topics = [], []
            return u("add_remove", relative=True, topic=state.clause.topic, firm=True)
        return u("change_position", relative=True, topic=state.clause.topic)
    if state.clause is not None and not asks and _WANT_RIGHT.match(low) and not slots.figures and not (
            slots.topic and slots.topic != state.clause.topic and re.search(r"\bclauses?\b", low)):
        # "on veut aussi pouvoir auditer une fois par an" on a data protection clause: a right put into that clause
        slots.facts, slots.position = {}, "mine"  # the right is the clause's, not a service or a fact of the scope
        slots.add_services, slots.add_assets, slots.remove_services, slots.remove_assets = [], [], [], []
        return u("add_remove", topic=state.clause.topic, relative=True)
    if state.clause is not None and not asks and "?" not in low and not slots.figures and not slots.carve_out and not (
            slots.add_topics or slots.remove_topics) and added_passage(text):
        # s17b: "also say the provider must keep the runbooks up to date": a passage to add to the clause on the table
        return u("add_remove", topic=state.clause.topic, relative=True)
    if state.clause is not None and slots.carve_out and not asks and "?" not in low and (not slots.topic or slots.topic == state.clause.topic) and (
            _CARVE_COND.search(slots.carve_out.lower()) or not (slots.remove_services or slots.remove_assets)):
        # "exclude planned maintenance if announced 48 h ahead": an exception in that clause (its figure is the notice of
        # the exception, not one of the clause's figures; nothing leaves the scope)
        slots.figures, slots.said, slots.remove_services, slots.remove_assets = {}, {}, [], []
        return u("add_remove", topic=state.clause.topic)
    if state.clause is not None and slots.remove_parts and not slots.topic and not asks and not slots.figures:
        return u("add_remove", topic=state.clause.topic)  # "drop the indirect damages part": a passage of that clause
    if _CONTRACT.search(low) and _CONSIDERING.search(low) and not drafting and slots.facts and not asks:
        return u("state_fact")  # "we're a 15-person firm looking at an MSP contract": who they are, no request yet
    if not _has_table(state) and not drafting and _REPORTED_TERM.search(low):
        # "their DPA lets them bring in any subprocessor without telling us", "leur contrat les autorise à…": a term of
        # the contract reported, to be judged, whatever facts come with it
        return u("question", topic=slots.topic)
    if _SAYS.search(low) and not drafting and not _has_table(state) and (slots.figures or slots.facts):
        # "their contract says the fee is 4,100 EUR": what a contract says, reported — judged, no contract to write
        return u("question", topic=slots.topic, assess=bool(slots.figures))
    if _CONTRACT.search(_CONTRACT_TIME.sub(" ", low)) and not re.search(r"\bclauses?\b", low) and not asks_about(low) and (
            drafting or (slots.facts and not asks and not _THEIR_DOCUMENT_TOLD.search(low)) or (
                requests_document(low) and (slots.facts or slots.has_scope_change())) or (slots.has_scope_change() and not asks and not
                                                       _EXISTING_CONTRACT.search(low)) or re.search(r"\b(contrat|contract|agreement) "
                                                                           r"(d'infogerance|complet|full|msa|it|type)\b",
                                                                           low) and not asks) \
            and not (state.contract is not None and not drafting):
        return u("draft_contract")
    if _NEW_DEAL.search(low) and state.contract is None and not asks and (
            slots.facts or slots.add_services or slots.add_assets) and not slots.figures:
        return u("draft_contract")  # "new deal: accounting firm, 30 users, backup + helpdesk": the contract to write
    if re.fullmatch(r"(un |le |a |the )?(contrat|contract|agreement)s?[ ?!.]*", low) or \
            re.fullmatch(r"(une |la |a |the |an? )?(clause|article)s?[ ?!.]*", low):
        return u("clarify")
    if (_PRIORITY.search(_TICKET_PRIORITY.sub(" ", low)) and not ("?" not in low and _PRIORITY_STATED.search(low))) or re.search(
            r"\bmust[- ]haves?\b|\bindispensables?\b", low) and not (
            slots.topic or slots.term or re.search(r"\b(rgpd|gdpr|dpa|clause)\b", low)):
        return u("priorities")  # "our must-haves?"; "our GDPR must-haves in the contract" asks what it must contain
    if slots.remove_topics and state.contract is not None and not slots.add_topics and (
            _ADD_REMOVE.match(low) or _ADD_REMOVE.search(re.split(r"[,;.!]", low)[0])):
        return u("add_remove")  # "remove the non-solicitation clause, they won't sign it"
    if _THEY_HOLD_ACCESS.match(low) and not asks and not drafting and not slots.figures and \
            not re.search(r"\b(veu\w*|voudr\w*|want\w*|'d like|would like)\b", low):
        slots.add_services, slots.add_assets, slots.remove_services, slots.remove_assets = [], [], [], []
        return u("state_fact")  # "ils ont un admin interne qui a aussi les accès root": who holds the keys
    if _THEY_SUBCONTRACT.search(low) and not drafting and not slots.figures:
        slots.add_services, slots.add_assets = [], []
        return u("question", topic=None, firm=True)  # their plan to pass the work on (sub-processing, transfer), judged
    if _has_table(state) and slots.topic and slots.topic != table_topic and not asks and not slots.figures and \
            _NEXT_CLAUSE.match(low):
        # "now do the liability one", "fais maintenant celle sur la réversibilité": the next clause, drafted
        return u("draft_clause", topic=slots.topic, relative=slots.position in ("mine", "theirs"))
    segments = re.split(r"[,;.!]\s", low)
    if slots.figures and _has_table(state) and "?" not in low and slots.position in (None, "balanced") and len(segments) > 1 and \
            any(_SET_FIRST.match(seg.strip()) for seg in segments[1:]) and not _SET_FIRST.match(segments[0]):
        # "meet them halfway, make it 14": the figure set is the compromise; no other position asked
        slots.position = None
        return u("set_figure", topic=table_topic or slots.topic or state.last.topic)
    if (slots.figures or any(q.unit for q in slots.quantities)) and _has_table(state) and "?" not in low and \
            not slots.position and (_SET_FIRST.match(re.split(r"[,;.!]\s", low)[0]) or _SET_FIRST.match(low) or
                                    _topic_then_set(low) or _granted_figure(low, slots)):
        # "make it 3 months instead, they'll never swallow 6": the change is asked, the other side's refusal is the reason
        fig_topic = slots.topic
        if table_topic and fig_topic != table_topic and all(figure_topic(k) == table_topic for k in slots.figures):
            fig_topic = table_topic
        return u("set_figure", topic=fig_topic or table_topic or state.last.topic)
    # s16: a request said first and its reason after ("plutôt la version du client, sinon ça va bloquer", "rather 24 hours,
    # otherwise their DPO won't sign"): the other side's reaction named in the reason is no question about it
    reason = _REASON_AFTER.search(low)
    if reason and reason.start() > 0 and "?" not in low and (
            _SET_FIRST.match(low[:reason.start()]) or read_directive(low[:reason.start()]) is not None or
            re.match(r"(plutot|rather|instead|more like)\b", low)):
        low_objection = low[:reason.start()]
    else:
        low_objection = low
    if (_OBJECTIONS.search(_SELF_STUCK.sub(" ", _PURPOSE.sub(" ", low_objection))) or _reaction_of_other_party(low_objection) or (
            _THEY_WILL_CHANGE.search(low_objection) and _ASKED_WHAT.search(low_objection) and not slots.figures)) and \
            not _RIGHTS.search(low) and not may_party(low) and \
            not _LAW_INVOKED.search(low) and not (
            _ASSESS.search(low) and not _LIKELY.search(low)) and not (
            _TOO_HARSH.search(low) and _has_table(state)) and not (
            _DRAFT.match(low) and (slots.topic or "clause" in low) and not _has_table(state)) and not (
            (_ordered_figure(low, slots) or _granted_figure(low, slots)) and _has_table(state)) and (
            _has_table(state) or slots.topic or "clause" in low or (
                state.last.topic and state.last.act in ("review", "question", "follow_up", "objections") and
                not re.match(r"(et |and |mais |but )?(si|s'il|s'ils|if|what if|even if|meme si)\b", low) and
                re.search(r"\b(va|vont|will|would|going to|gonna|risque\w*)\b|\w'll\b", low_objection))):
        return u("objections")
    if (_REPHRASE.search(low) and (state.last.text or _has_table(state)) and not slots.topic or
            _REPHRASE.search(low) and re.search(r"\b(la|cette|ta|the|this|that) clause\b|\b(ca|ce|it|that)\b", low)
            and state.last.text) and not (slots.figures and re.search(r"\b(trop|too|way too) (long|short|court)\b", low)) and \
            not (slots.relative is not None and slots.relative[0] == "add" and _has_table(state)) and \
            not (_DEFINE.search(low) and (slots.term or base.term) and not re.search(r"\b(la|cette|ta|the|this|that) clause\b", low)):
        # (s16: "their partner asked what RPO means, can you explain it simply" asks a term's meaning in plain words)
        # ("8h c'est trop long ?" judges the figure, not the text)
        return u("rephrase")
    if slots.remove_topics and state.contract is not None and not asks and not slots.add_topics:
        return u("add_remove")  # "on ne veut pas de clause de non-sollicitation", with a contract in progress
    if (slots.figures or slots.facts) and not _has_table(state) and not drafting and not asks and \
            read_directive(low) is None and stated_value(low) and not (
            _SAYS.search(low) or _OWN_TERM.search(low) or _REPORTED_TERM.search(low)):
        # "fee is 3,600 EUR per month", "le loyer sera de 900 € HT": a subject set equal to a value, no order — a fact of
        # the deal, stated (no clause asked for)
        return u("state_fact")
    named = slots.topic if slots.topic and (slots.pasted or quoted(text)) else clause_topic(text)  # a pasted clause: its own subject
    if named and (not asks or drafting) and not asks_about(low) and not _ASSESS.search(low) and not _OBJECTIONS.search(low) and not (
            asks and _RIGHTS.search(low)) and not (
            _REPHRASE.search(low)) and (re.search(r"\bclauses?\b", low) or not _has_table(state)) and not (
            state.clause is not None and state.clause.topic == named and not drafting) and (
            drafting and not _has_table(state) or re.search(r"\bclauses?\b", low) and not (
                state.contract is not None and (slots.position or slots.figures or _CHANGE.search(low))) or
            (slots.figures or slots.facts and not set(slots.facts) <= _PLAIN_FACTS) and
            clause_topic(" ".join(text.split()[:3])) == named and not (
                state.contract is not None and slots.figures and not drafting)) and not (
            _ADD_REMOVE.search(low) and state.contract is not None):
        return u("draft_clause", topic=named, relative=slots.position in ("mine", "theirs"))
    if slots.side and not _has_table(state) and not drafting and not asks and re.search(
            r"\b(je suis|on est|nous sommes|i'?m|we'?re|we are|i am)( [\w']+){0,3}? (du |on the )?(cote|side)\b", low):
        return u("state_fact")  # "on est côté client": who the user is
    party = re.fullmatch(r"(et |and |ok |bon )?(pour|cote|for|from|on) (le |la |the )?(prestataire|presta|provider|msp|"
                         r"fournisseur|client|customer)('?s)?( side)?( (ca donne quoi|alors|then|version|please|stp|svp|"
                         r"what does it look like|ca donnerait quoi))?\W*", low)
    if party and state.clause is not None and not slots.topic:
        slots.position = "client" if party.group(4) in ("client", "customer") else "msp"
        return u("change_position", relative=False)  # "et pour le prestataire ça donne quoi ?": that side's version
    if slots.position and (drafting and (slots.topic or "clause" in low) and not _has_table(state)) and not asks_about(low):
        return u("draft_clause", relative=slots.position in ("mine", "theirs"))
    if slots.position and orders_new_text(low) and not asks_about(low) and state.contract is None:
        # "write a more balanced one", "rédige une clause de réversibilité plus équitable": a text ordered — the adjective
        # is the version wanted, the act is the draft (of the clause named, else of the subject just discussed); on the
        # clause on the table, the same order is its new version
        wanted = slots.topic or clause_topic(text)
        if state.clause is None and (wanted or last_topic):
            return u("draft_clause", topic=wanted or last_topic, relative=slots.position in ("mine", "theirs"))
        if state.clause is not None and wanted and wanted != state.clause.topic and re.search(r"\bclauses?\b", low):
            return u("draft_clause", topic=wanted, relative=slots.position in ("mine", "theirs"))
    if slots.position and not (_ASSESS.search(low) and not _CHANGE.search(low) and not _TOO_HARSH.search(low) and not (
            _has_table(state) and (_COMPLAINT.search(low) or re.search(r"\b(en leur faveur|in their favou?r|a leur avantage|"
                                                                       r"pour eux)\b", low)))) and \
            not asks_about(low) and not (asks and _COMPARE.search(low) and not _has_table(state)) and (
            not asks or _has_table(state) or _CHANGE.search(low) or drafting or
            re.search(r"\b(version|plus|more|moins|less|trop|too|rather|plutot)\b", low)):
        return u("change_position", relative=slots.position in ("mine", "theirs"))
    if drafting and (re.search(r"\bclauses?\b", low) or slots.topic) and not asks_about(low) and not (
            asks and _ASSESS.search(low) and slots.figures):  # "on voudrait mettre 3 ans de non-débauche, ça passe ?"
        return u("draft_clause")
    if _WHY_IT_MATTERS.search(low) and (slots.term or base.term or slots.topic) and not drafting:
        return u("question", topic=slots.topic or topic, firm=True)  # the term and what it means for the user, a question
    term_named = slots.term or base.term
    if slots.figures and term_named and not _has_table(state) and not drafting and len(words) <= 30 and \
            _DEFINE.search(re.split(r"[.!;:]\s+", low.strip())[-1]) and not _EVALUATIVE.search(low) and \
            not _COMPARE.search(low):
        return u("explain_term", term=term_named)  # "ils ont écrit RPO = 4h, ça veut dire quoi ?": the term, explained
    if slots.figures and not _has_table(state) and _SAYS.search(low) and not drafting:
        return u("question", assess=True)  # "le contrat dit indexation Syntec plafonnée à 3 %"
    if slots.figures and state.contract is None and _OWN_TERM.search(low) and not _CHANGE.search(low) and not drafting \
            and not _WISHED.search(low):
        # "our contract lets us terminate with one month's notice", "leur contrat actuel prévoit un préavis de 3 mois":
        # a term of the contract the user has, reported (a question's context), not a figure to set on the draft
        return u("question", assess=True)
    judged = _ASSESS.search(low)
    # "4h c'est trop court, mets 6h": the judgement is the reason, the change is the request
    reason = bool(judged and _has_table(state) and "?" not in low and _CHANGE.search(low[judged.end():]) and slots.figures)
    if slots.figures and base.name != "obligations" and not reason and (judged or (asks and not _CHANGE.search(low)) or (
            asks and asks_about(low) and not _has_table(state)) or (
            asks and _ASKING_ME.search(low)) or (asks and _RIGHTS.search(low)) or (
            _asks_at_end(low) and not drafting)):
        return u("question", assess=True)
    if slots.figures and not _has_table(state) and _NARRATED.search(low) and not _CHANGE.search(low):
        return u("question")  # "on a oublié de résilier, le contrat est reparti pour 3 ans": what happened, not a figure to set
    if slots.figures and _PAST_EVENT.search(low) and not _CHANGE.search(low) and not figure_ordered(low) and \
            read_directive(low) is None:
        return u("question")  # s16: "ils ont raté 4 GTR sur 6 le mois dernier": what they did, judged
    if slots.figures and (_CHANGE.search(low) or _has_table(state) or not asks):
        fig_topic = slots.topic
        if table_topic and fig_topic != table_topic and all(figure_topic(k) == table_topic for k in slots.figures):
            fig_topic = table_topic  # "cap it at a year's fees" on a liability clause: the figure's clause, not 'fees'
        return u("set_figure", topic=fig_topic or table_topic or state.last.topic)
    if slots.add_topics and not slots.remove_topics and state.contract is None and not asks and not slots.figures and \
            _ADD_REMOVE.search(low) and not _CHANGE.search(low):
        # "need something on confidentiality", "un paragraphe sur la sous-traitance": no contract to add it to
        return u("draft_clause", topic=slots.add_topics[0], relative=slots.position in ("mine", "theirs"))
    # "does that clause actually bind us?": 'actually', 'en fait' in a question are no request to add or remove
    moves = _ADD_REMOVE.search(_forgotten_steps_out(low if not asks else
                                                    re.sub(r"\b(finalement|en fait|actually)\b", " ", low)))
    if (slots.add_topics or slots.remove_topics) and moves and not (asks and asks_about(low)):
        return u("add_remove")
    if (slots.remove_services or slots.remove_assets) and not (slots.add_services or slots.add_assets) and not asks and \
            state.contract is not None and not _ADD_REMOVE.search(low) and _removes_nothing(slots, state) and \
            slots.remove_services == ["hosting"] and not slots.remove_assets and \
            re.search(r"\b(?:heberg\w*|hosted)(?: \w+){0,2}? (?:par|chez|by|at|with)\b", low):
        # "l'ENT est hébergé par l'éditeur", "their EHR is hosted by the vendor": who hosts, said of hosting that was
        # never in the scope on the table, removes nothing: a fact stated (a list of things left out stays add_remove)
        return u("state_fact")
    if (slots.add_services or slots.remove_services or slots.add_assets or slots.remove_assets) and (
            _ADD_REMOVE.search(low) or (slots.remove_services and state.contract is not None)) and not asks:
        return u("add_remove")
    if (slots.add_services or slots.add_assets) and state.contract is not None and not asks and not (
            slots.facts and _adds_nothing(slots, state)) and re.search(
            r"\b(fass\w*|faire|veulent|voudrai\w*|want\w*|also|aussi|finalement|en fait|actually|do the|take|prend\w*|"
            r"cover\w*|couvr\w*|gere[rz]?|manage|handle|look after|s'occupe\w*|inclu\w*|en plus|as well|too)\b", low):
        return u("add_remove")
    if (slots.remove_services or slots.remove_assets) and state.contract is not None and not asks:
        return u("add_remove")  # "leave the printers out", "on ne fait pas la sauvegarde finalement"
    if (slots.add_services or slots.add_assets) and state.last.act and len(words) <= 8 and _ABOUT_NEXT.match(low) and \
            not slots.facts and not slots.figures:
        # "et pour la sauvegarde alors", "and for the patching then": the last answer asked again of another service
        return u("follow_up", topic=slots.topic or topic)
    if (slots.add_services or slots.remove_services or slots.add_assets or slots.remove_assets) and not _has_table(
            state) and not asks and not drafting and \
            len(words) >= 4 and not re.search(r"\bclauses?\b", low) and base.name not in ("draft_clause", "draft_contract"):
        return u("state_fact")  # "le prestataire héberge nos dossiers", "they do our backups": the scope, stated
    if slots.side and not asks and not slots.figures and len(words) <= 25 and not base.name == "draft_clause":
        return u("state_fact")
    if slots.facts and not asks and base.name not in ("draft_clause", "draft_contract") and not (
            base.name == "explain_term" and re.search(r"c'?est quoi|qu'est|what is|what's|explain|defin", low)):
        return u("state_fact")
    if _DEFINE.search(low) and (slots.term or base.term) and len(words) <= 16 and not slots.figures and not (
            state.contract is not None and _IN_OUR_DRAFT.search(low)) and not \
            _EVALUATIVE.search(low) and not _COMPARE.search(low) and not _CONTENTS.search(low) and not (
            base.name == "obligations" and _APPLIED.search(low)) and not _MAY_THEY.search(low):
        return u("explain_term", term=slots.term or base.term)
    if state.last.tool == "explain_term" and _FOLLOW.match(low) and slots.term and len(words) <= 8:
        return u("follow_up", topic=slots.topic or topic)  # "et une obligation de résultat ?" after a definition
    if base.name == "obligations" and not (_PROOF_OF_TYPE.search(low) and not _TYPES_COMPARED.search(low)):
        return u("obligations")
    if state.last.act == "state_fact" and not _has_table(state) and asks and (slots.topic or slots.term) and len(words) >= 6 and \
            re.match(r"(so|donc|du coup|alors|then|ok so|ok donc|bon)\b,? ?(do|does|is|are|can|must|should|will|would|"
                     r"faut-il|est-ce|dois-je|doit-on|peut-on|on doit|je dois|il faut|y a-t-il)\b", low):
        # "so do we even need the processor terms?" after the facts: a question of its own, the facts in the state
        return u("question", topic=slots.topic)
    if (_FOLLOW.match(low) or _SUPPOSED.match(low)) and (state.last.act or _has_table(state)) and len(words) <= 20:
        return u("follow_up", topic=slots.topic or topic)
    if _FOLLOW.match(low) and not state.last.act and len(words) <= 3 and not slots.topic and not slots.term:
        return u("clarify")
    if not state.last.act and not _has_table(state) and len(re.findall(r"\w+", low)) <= 10 and not slots.topic and not slots.term and not \
            slots.figures and not slots.facts and not slots.has_scope_change() and (_FOLLOW.match(low) or re.search(
                r"\b(l'autre|the other|ce truc|cette chose|le truc|that thing|this thing|the thing|truc|machin|"
                r"tout a l'heure|from before|earlier|celui-la|that one|la meme chose|the same|"
                # "bon ben on fait comment du coup", "so what do we do now": how to go on, with nothing said yet
                r"on fait comment|comment on fait|on fait quoi|je fais quoi|on commence (par )?ou|"
                r"what do (i|we) do( now| next)?|how do (i|we) (go about|handle|do) (it|this|that)|what now|now what|"
                r"what next|et maintenant)\b", low)) and \
            not _DOMAIN_STRONG.search(low) and not _OFFTOPIC.search(low):
        return u("clarify")  # "et du coup pour l'autre truc ?" opening a conversation: nothing to refer back to
    if asks and state.last.act and len(words) <= 8 and not slots.topic and not slots.term and base.name in (
            "question", "out_of_scope") and (len(words) <= 3 or _REFERS_BACK.search(low)):
        return u("follow_up", topic=topic)
    if base.name == "explain_term" and base.term and not _EVALUATIVE.search(low) and not (
            state.contract is not None and _IN_OUR_DRAFT.search(low)):
        return u("explain_term", term=base.term)
    if base.name in ("draft_clause",) and slots.topic and not (asks and asks_about(low)):
        return u("draft_clause")
    if _SMALLTALK.match(low) or _HELP.match(low) or _LOST.search(low) and len(words) <= 12 and not names_subject(slots):
        return u("clarify")  # "tu peux m'aider ?", "I have a question": one short question back
    if len(words) <= 6 and re.search(r"\b(ce truc|cette chose|le truc|that thing|this thing|the thing|truc|machin|"
                                     r"tout a l'heure|from before|earlier|le dernier|the last one|celui-la|that one)\b",
                                     low) and not slots.topic and not slots.term:
        return u("clarify")
    if base.name == "out_of_scope" and state.last.act and len(words) <= 16 and (re.search(
            r"\b(a la place|instead|en echange|in exchange|en contrepartie|in return|lui|leur|him|her)\b", low) or (
            asks and _REFERS_BACK.search(low))):
        return u("follow_up", topic=topic)  # "je peux lui demander quoi à la place ?"
    if base.name == "out_of_scope" and (slots.figures or any(q.unit for q in slots.quantities)) and state.last.act:
        return u("question")
    if base.name == "out_of_scope" and asks and (state.last.act or _has_table(state)) and len(words) <= 12 and \
            _TERMS_OF_SERVICE.search(low):
        return u("follow_up", topic=topic)  # "les jours d'accompagnement sont payants ?", "on compte les jours fériés ?"
    if base.name == "out_of_scope" and not _DOMAIN_HINT.search(low) and not slots.has_scope_change() and not (
            slots.topic or slots.term):
        if len(words) <= 3:
            return u("clarify")
        return u("out_of_scope")
    if len(words) <= 3 and not slots.topic and not slots.term and not _DOMAIN_STRONG.search(low) and not (
            _DEFINE.search(low) and _DOMAIN_HINT.search(low)):  # "hds c'est quoi": a word of the field to look up
        return u("clarify")
    if table_topic and _DIFFERENT_FROM.search(low) and _REFERS_BACK.search(low):
        # "how's that different from just returning the data under the GDPR?": the clause on the table, compared
        return u("question", topic=table_topic, compare=True)
    return u("question", topic=slots.topic or (topic if state.last.act else None))


# a job asked of the assistant whose object is only pointed at ("ça", "le truc", "the hotel thing", "that one"): with
# nothing said before, what it is must be asked back
_VAGUE_JOB = re.compile(
    r"^(?:(?:tu|vous) (?:me |nous )?(?:peux |pouvez |pourrais |pourriez )?(?:fai[st]|faites|faire|regle[rsz]?|gere[rsz]?|"
    r"occupe[rsz]?|t'occupe[rsz]?|vous occupe[rsz]?|prepare[rsz]?|boucle[rsz]?|termine[rsz]?|envoie[rsz]?)|"
    r"(?:fais|faites|regle|reglez|gere|gerez|boucle|bouclez|prepare|preparez)[- ](?:moi|nous)|"
    r"(?:can|could|would|will) (?:u|you)(?: please)? (?:sort(?: out)?|handle|do|deal with|take care of|look into|"
    r"prep(?:are)?|finish|get|whip up|knock up|put together)|(?:please |pls |plz )?(?:sort(?: out)?|handle|deal with|"
    r"take care of)|(?:(?:tu|vous) (?:peux |pouvez |pourrais |pourriez )?|peux-tu |pouvez-vous |(?:can|could|would) (?:u|you)(?: please)? )?"
    r"(?:regarde[rsz]?|jete[rsz]? un (?:oeil|coup d'oeil)|lire|lis|relire|look at|have a look at|take a look at|check(?: out)?))[ -]"
    r"(?:[\w'-]+ ){0,4}?(?:(?:le|du|au|ce) (?:truc|machin|bidule)(?= (?:que|qu'|qu'on|dont))[\w' -]{2,60}?|"
    r"the (?:thing|stuff)(?= (?:that|which|he|she|they|my|our|the) )[\w' -]{2,60}?|ca|cela|de ca|ce truc|(?:le|du) truc|(?:le|du) machin|(?:le|du) dossier(?: \w+){0,2}|(?:l'|de l')affaire(?: \w+){0,2}|celui-la|"
    r"it|that|this|that one|this one|the (?:[\w'-]+ )?(?:thing|one|stuff|job|deal|file|matter)|(?:[\w'-]+ )?thing)\b"
    r"(?: (?:vite fait|rapidement|quickly|asap|for me|pour moi|stp|svp|please|pls|plz|today|aujourd'hui|du coup))*\W*$")


_GREETING = re.compile(r"^((hi|hello|hey|bonjour|salut|coucou|bonsoir|good (morning|afternoon|evening))( there| all| team| a tous)?"
                       r"[\s,.!]+)+")


# a term of the contract the user has, reported with what it lets the provider do (or not)
_REPORTED_TERM = re.compile(
    r"\b(?:the|their|our|my|this|its|le|leur|notre|mon|son|ce|cet)(?: [\w-]+'s)? (?:dpa|contract|contrat|agreement|terms|msa|"
    r"conditions(?: generales)?|cgv|sla|draft|projet|accord de traitement|annexe rgpd)(?: [\w-]+){0,2}? (?:lets|let(?= (?:them|him|her|"
    r"the|us|it)\b)|allows?|permits?|gives|entitles|authori[sz]es|autorise\w*|permet\w*|laisse\w*|donne le droit|leur donne|"
    r"lui donne|nous donne)\b")


# what a short question about the terms on the table asks of them: paid or free, counted, covered, when, how long
_TERMS_OF_SERVICE = re.compile(r"\b(manque\w*|missing|complet\w*|complete|oubli\w*|forgot\w*|payant\w*|gratuit\w*|factur\w*|compt\w*|inclu\w*|couvert\w*|compris\w*|covered|included|"
                               r"billed|billable|charged|paid|free|cost\w*|coute\w*|feri\w*|holidays?|week-?ends?|nuits?|nights?|"
                               r"samedis?|dimanches?|saturdays?|sundays?|jours?|days?|heures?|hours?|mois|months?|semaines?|"
                               r"weeks?|delais?|format|qui (paie|paye|s'en charge|fait)|who (pays|does|handles)|"
                               r"combien de temps|how long|how often|a quelle frequence|par qui|by whom)\b")


# "how's that different from…", "en quoi c'est différent de…", "quelle différence avec…": a comparison with what is
# on the table
_DIFFERENT_FROM = re.compile(r"\b(how('?s| is| does| do) (that|this|it|these|those) (any |really )?differ\w*|"
                             r"(what'?s|what is) the difference (between (that|this|it)|with)|(is|isn'?t) (that|this|it) "
                             r"(just )?(the same( thing)? as|different from)|different from|differs? from|"
                             r"en quoi (c'est|ca|cela|elle|celle-ci|cette clause) (est )?differ\w*|(quelle|la) difference (avec|entre "
                             r"(ca|cela|celle-ci|cette clause))|c'est (pas )?(la meme chose|pareil) que|ca change quoi par rapport)")


# s12: inside a '…' quote, an apostrophe followed by a space or a stop closes it unless it ends a plural possessive
# ("the clients' data"): "we're the 'processor' for everything … our clients' staff" quotes one word, not the sentence
_QUOTED = re.compile(r"«([^»]{30,})»|“([^”]{30,})”|\"([^\"]{30,})\"|(?:^|(?<=[\s:(]))'((?:(?!\s')(?:[^']|'(?![\s.,;!?)]|$)|(?<=s)'(?=\s\w))){30,})'"
                     r"(?=[\s.,;!?)]|$)")


# "je te colle l'article 7 : Le prestataire s'engage…", "is this clause fair to us: the provider may…": contract
# text pasted after a colon, without quotation marks; a sentence with a party and what it may, shall or must do
_PASTE_CUE = re.compile(r"(?i)\b(je (te |vous )?(colle|copie|mets|recopie)|voici|voila|here'?s|here is|below|ci-dessous|"
                        r"extrait|excerpt|article \d+|clause \d+|(this|cette|la|the) clause|(our|my|their|the) (contract|"
                        r"agreement|msa|terms) (has|says|reads|states)|(mon|notre|leur|le) contrat (dit|prevoit|indique|stipule)|"
                        r"fair to us|ok pour nous|check (this|it|that)( out)?|look at this|take a look|jette\w* un (oeil|coup d'oeil))"
                        r"\b[^:\n]{0,60}:\s*")
_CONTRACT_SENTENCE = re.compile(r"(?i)\b(le prestataire|la prestataire|le client|le fournisseur|les parties|chaque partie|"
                                r"l'une des parties|l'infogereur|the provider|the supplier|the client|the customer|"
                                r"either party|each party|the parties|the msp|the contractor)\b[^.]{0,80}?\b(may|shall|will|"
                                r"must|agrees?|undertakes?|warrants?|reserves?|is not|has no|peut|pourra|doit|devra|"
                                r"s'engage|ne saurait|renonce|n'est pas|se reserve|garantit|n'a aucune)\b")


# "Le Prestataire s'engage à rétablir… sauf…", "The Provider shall use commercially reasonable efforts…": a clause pasted
# alone (a party named as a defined term, capitalised, and what it shall or may do), nothing asked around it
_CLAUSE_ALONE = re.compile(r"^\s*(?:(?:article|art\.|clause)\s*[\dIVX.]*\s*[-–:.]?\s*)?(?:Le|La|Les|L'|The|Each|Either|Chaque|"
                           r"Aucune?|En aucun cas,? le|In no event shall the)\s+(?:Prestataire|Client|Fournisseur|Infogéreur|"
                           r"Parties|Partie|Provider|Supplier|Customer|Client|Party|Parties|MSP|Contractor|Vendor)\b")


def pasted_alone(text: str) -> bool:
    """The whole message is contract text (a clause pasted with nothing around it)."""
    return bool(_CLAUSE_ALONE.match(text)) and "?" not in text and len(text.split()) >= 12 and \
        bool(_CONTRACT_SENTENCE.search(fold(text)))


def quoted(text: str) -> str | None:
    """The contract text a message quotes («…», "…", '…'), when it quotes one, or pastes after a colon."""
    m = _QUOTED.search(text)
    if m:
        return next(g for g in m.groups() if g)
    folded = fold(text)  # same length as the text for the colon's place (accents folded one for one)
    cue = _PASTE_CUE.search(folded)
    if cue and len(folded) == len(text):
        rest = text[cue.end():].strip()
        if len(rest.split()) >= 8 and _CONTRACT_SENTENCE.search(fold(rest)):
            return rest
    return None


def _unquoted(text: str, low: str) -> str:
    """The folded message without the contract text it quotes ("'…in Provider's native export format…'. fine?")."""
    q = quoted(text)
    return fold(text.replace(q, " ")).strip() if q else low


# the request before a pasted clause: write it again (toward a side, in other words), not judge it
_REWRITE_PASTED = re.compile(r"\b(reecri\w*|rewrite|re-?writ\w*|redraft\w*|re-?draft\w*|re-?word\w*|reformul\w*|retravaill\w*|"
                             r"rework|amend|ameliore[rz]?|improve|corrige[rz]?|adapte[rz]?|modifie[rz]?|remanie[rz]?|refai[st]|"
                             r"refaire|redige[rz]?[- ](la|le)\b|tourne[rz]?[- ](la|le)\b|propose[rz]?[- ]moi une (version|redaction)|"
                             r"(give|draft|write) me (a|our|my) (version|redraft))\b")
_LAW_ASKED = re.compile(r"\b(pourquoi|why|est-ce|is (it|this|that)|should (i|we)|dois-je|faut-il|c'est (ok|normal|legal|valable)|"
                        r"valable|legal|enforceable|abusi\w*|fair)\b")


def _rewrite_pasted(text: str) -> bool:
    """The words before a pasted or quoted clause ask to rewrite it (not whether it is fair)."""
    q = quoted(text)
    if q and q in text:
        head = text[:text.index(q)]
    else:
        head = text.split(":", 1)[0] if ":" in text else ""
    head = fold(head)
    return bool(head) and len(head.split()) <= 25 and bool(_REWRITE_PASTED.search(head)) and not _LAW_ASKED.search(head)


_OPINION_ASKED = re.compile(r"\?|\b(thoughts|views?|opinion|avis|qu'en (penses|pensez|dis|dites)|t'en penses|vous en pensez|"
                            r"what do (you|u) (think|make of|reckon)|your take)\b")


def _one_clause_asked(text: str, low: str) -> bool:
    """One clause quoted (at most two sentences, the one-clause length) and, outside the quote, a question asked of it
    with no review ordered in words ("relis", "review this", "check this clause")."""
    q = quoted(text)
    if not q or not 6 <= len(q.split()) <= _ONE_CLAUSE_WORDS:
        return False
    sentences = [p for p in re.split(r"(?<=[.;!?])\s+", q.strip()) if len(p.split()) >= 3]
    rest = _unquoted(text, low)
    return len(sentences) <= 2 and bool(_OPINION_ASKED.search(rest)) and not _REVIEW.search(rest) and \
        not re.search(r"\b(check|verifie\w*|look (at|over|through)|(have|take) a (quick )?look|glance|eyeball|go over|"
                      r"regarde\w*|jet\w* un (oeil|coup d'oeil)|coup d'oeil|passe\w* en revue|relis\w*|relire|"
                      r"review\w*|analy[sz]e\w*|audit\w*|examine\w*|decortique\w*|epluche\w*)\b", rest)


def asks_about(low: str) -> bool:
    """'Que doit contenir un contrat d'infogérance ?' is a question, not a drafting request."""
    if re.match(r"(do (we|i)|does (it|this|my|our)|faut-il|est-ce qu|is it|are we|must (we|i)|dois-je|doit-on|"
                r"is (a|an|the|this|that)|are (the|these|those)) ", low):
        return True
    return bool(re.search(r"\b(parle[rz]?[- ]moi|parle[rz]?[- ]nous|tell me about|talk me through|dis[- ]moi|"
                          r"que prevoit|what does (this|the|my|our)|que dit|what says|"
                          r"que doit|quoi mettre|what should|what must|doit contenir|must contain|should include|"
                          r"c'est quoi|qu'est-ce|what is|combien|how long|how much|quelle est|pourquoi|why|"
                          # s12: "… quelle différence concrètement ?": two things compared, nothing to draft
                          r"quelles? (est la |sont les )?differences?|what(?:'s| is| are) the differences?|"
                          r"(qu'?\s?est[- ]ce qu'?|quest[- ]ce qu'?)il faut|(je|on|j') ?(redige|ecri[st]) quoi|"
                          r"(qu'est-ce que|que) (je|j'|on|nous) ?(dois|doit|devons|peux|peut|pouvons) (ajouter|mettre|"
                          r"prevoir|ecrire|proposer|demander)|quel(le)?s? [^?]{0,40}(je peux|puis-je|on peut|peut-on|"
                          r"dois-je) (proposer|mettre|ajouter|prevoir|offrir|accepter)|je mets quoi|on met quoi|"
                          r"what (can|should|could) (we|i) (offer|propose|put|add|write)|comment (rediger|ecrire|formuler)|"
                          r"how (do|should|can) (we|i) (word|draft|write|phrase)|"
                          # "comment je rédige…", "je rédige comment…", "on devrait faire écrire quoi", "on doit faire quoi ?"
                          r"comment (je|j'|on|nous) ?(redige|ecri[st]|formule|tourne)|(je|on|nous) (redige\w*|ecri[st]|ecrivons|formule\w*) comment|"
                          r"(on|je|j'|nous) ?(doit|dois|devons|devrait|devrais|devrions|faut) (leur |lui )?(faire )?(ecrire|mettre|prevoir|"
                          r"demander|exiger|faire) quoi|what do (we|i) (write|put|include|add|ask for)|"
                          # "what do we write in our contracts?", "on la formule comment ?": what to write, asked
                          r"what (do|would|shall) (we|i) (write|put|say|include|add)|"
                          r"(je|on|j') ?(la |le |les |l')?(redige|ecri[st]|formule|tourne|mets|met) comment|"
                          r"what (are|am) (we|i) (supposed|meant|expected) to (ask (them|him|her|the \w+) to )?(write|put|include|say|add))\b", low))


def _adds_nothing(slots, state) -> bool:
    """The services and assets the message names are all in the scope already and none is taken out: "pupil records
    are on the file servers they'll look after" states a fact about them, it adds nothing."""
    if slots.remove_services or slots.remove_assets:
        return False
    scope = state.scope()
    return all(x in scope.services for x in slots.add_services) and all(x in scope.assets for x in slots.add_assets)


def read_act(text: str, slots: Slots, state: ConversationState, reader=None) -> Understood:
    """The act of a message: the regular reader above, then, when a learned reader is given
    (`chat.act_model.ActReader`), its gate where the regular reader fell back to a weak act."""
    understood = classify(text, slots, state)
    return reader.gate(text, understood, state) if reader is not None else understood


# the sentence that asks: an order to draft or rewrite ("rédige-moi…", "draft it", "write me…") is no question to answer
_ORDER_TO_DRAFT = re.compile(r"\b(redige\w*|reecri\w*|reformule\w*|draft (me|us|it|one|a|an|the)|write (me|us|it|one|a|an|the)|"
                             r"rewrite|redraft|propose[- ](moi|nous)|make (me|us)|fais[- ](moi|nous)|genere\w*|prepare[- ](moi|nous)|"
                             r"(tu|vous) (peux|pouvez|pourrais|pourriez)|(can|could|would|will) (you|u)|export\w*)\b")
_STORY_MIN_WORDS = 25
_ONE_CLAUSE_WORDS = 60  # a quote this short is one clause (two or three sentences at most)
_PASTED_MAX_WORDS = 40


# acts that answer the message as a question (a law question read as one of these keeps its reading)
_COURT = re.compile(r"\b(juges?|judges?|courts?|tribunal|tribunaux|magistrat\w*)\b")
_ANSWERING_ACTS = ("question", "follow_up", "explain_term", "obligations")
_WORK_ACTS = ("objections", "draft_clause", "change_position", "add_remove", "review", "set_figure")


def _story_then_question(text: str, low: str, state: ConversationState) -> str | None:
    """A first message that tells a situation (several sentences, 25 words or more) and ends on a question whose
    answer plan is known (is it normal, can they, who proves, what happens if, what do we write…): a question to
    answer. Not with a clause or contract on the table or a question pending (the turn then works on them), not
    when the asked sentence orders a draft, and not when a long text (more than 40 words) is pasted to review.
    Returns the question type asked (who proves, when the last two sentences ask it), else None."""
    if _has_table(state) or state.contract is not None or state.pending or state.last.act:
        return None
    if len(low.split()) < _STORY_MIN_WORDS or "\n\n" in text.strip():
        return None
    parts = [p for p in re.split(r"(?<=[.!?:])\s+", low.strip()) if p.strip()]
    if len(parts) < 2 or "?" not in parts[-1]:
        return None
    asked = parts[-1]
    if _ORDER_TO_DRAFT.search(asked):
        return None
    q = quoted(text)
    if q and len(q.split()) > _PASTED_MAX_WORDS:
        return None
    types = {question_type(asked), question_type(" ".join(parts[-2:]))} - {None}
    return "who_proves" if "who_proves" in types else question_type(asked) or question_type(" ".join(parts[-2:]))


# s17b: "ajoute qu'il doit nous prévenir 30 jours avant…", "add that they must warn us…", "précise que…", "also say the
# provider must…": the passage the user asks to add, in their words (what follows the verb and "que"/"that")
_ADD_THAT = re.compile(r"^(?:(?:et|and|also|aussi|ok|okay|bon|puis|then|alors|please|stp|svp)\W+)*(?:ajoute\w*|rajoute\w*|add|"
                       r"precise\w*|mentionne\w*|indique\w*|ecri[st]\w*|write|say|state|specify|stipule\w*)"
                       r"(?:-(?:moi|nous|le|la|y))?(?: (?:aussi|also|bien|en plus|encore|a la clause|to the clause|in the clause|"
                       r"in it|dans la clause|une phrase|une ligne|a line|a sentence)){0,2}"
                       r"(?: (?:que |qu'|that |saying (?:that )?|disant que |qui dit que )|(?= (?:the (?:provider|client|supplier|customer|msp)|"
                       r"le (?:prestataire|client|presta)|ils?|elles?|they|each party|chaque partie) ))"
                       r"\s*(?P<what>\S.{5,240})$")


def added_passage(text: str) -> str | None:
    """The passage a message asks to add to the clause, in the user's words; None when it asks no such thing."""
    folded = fold(text)
    m = _ADD_THAT.match(folded.strip())
    if not m or len(folded) != len(text):
        return None
    start = len(text) - len(text.lstrip()) + m.start("what")
    return text[start:start + len(m.group("what"))].strip().rstrip(" .!?")
