"""Cues of the regular act reader (`chat.act_rules`) for messages that ask for work: precedents, exports,
new documents, reviews, drafts and rewrites, priorities, objections, rephrasing, changes to the clause on the table,
services added back or removed, and the things told about an existing contract or the other side that make a
message a statement rather than an order."""

from __future__ import annotations

import re

from assistant.chat.intent import _DRAFT_NOUN


# "trouve-moi dans ma base une clause de plafond…", "find in my clause bank / precedents…"
_PRECEDENTS = re.compile(r"\b(dans|de|from|in) (ma|mes|notre|nos|my|our) (propre |own )?(base|banque|bibliotheque|"
                         r"library|bank|clause bank|precedents?|modeles?)\b|\bprecedents?\b|"
                         r"\b(clause bank|banque de clauses)\b")
# s28: the user's own documents ("dans mes docs", "in our own contracts", "from my files"), searched for a clause of the
# same kind ("comparables", "similar") or with a verb of searching
_OWN_DOCUMENTS = re.compile(r"\b(?:dans|de|from|in|among|parmi|through) (?:ma|mes|notre|nos|my|our) (?:propres? |own |anciens? |"
                            r"old |past |signed |signes )?(?:docs?|documents?|fichiers?|files?|contrats|contracts|dossiers|"
                            r"archives?|agreements)\b")
_SAME_KIND = re.compile(r"\b(?:comparables?|similaires?|similar|equivalent\w*|analogues?|pareil\w*|du meme (?:type|genre)|"
                        r"of the same (?:kind|sort)|like (?:this|that|it)|comme (?:celle-ci|celle-la|ca))\b")
_SEARCH_VERB = re.compile(r"\b(?:trouve|cherche|retrouve|donne|montre|ressor|sors|fouill|find|search|look|show|get|pull|dig|fetch|"
                          r"retriev)\w*")

# s26: what the user signed before with other clients, searched in their own contracts ("montre-moi ce qu'on a signé avec
# d'autres écoles sur…", "what did we agree with our other clinics on…", "dans nos anciens contrats avec des mairies"):
# a verb of a deal made in the past, and other clients or the user's own past contracts
_PAST_DEAL = re.compile(r"\b(?:(?:on|nous|j'|je|qu'on) (?:a|avait|avons|avions|ai|avais) (?:deja |souvent |toujours )?|"
                        r"(?:we|i)(?:'ve| have| had|'d)? (?:already |usually |always |ever )?|did (?:we|i) (?:ever )?)"
                        r"(?:signe\w*|accepte\w*|mis|convenu|negocie\w*|prevu|concede\w*|lache|donne|"
                        r"sign(?:ed)?|agree(?:d)?|accept(?:ed)?|put|negotiate(?:d)?|concede(?:d)?|give|gave|use(?:d)?)\b")
_OTHER_CLIENTS = re.compile(r"\b(?:avec|chez|pour|dans|with|for|in) (?:d'autres|les autres|nos autres|(?:nos|mes) (?:anciens?|"
                            r"anciennes?|precedent\w*|dernier\w*|vieux)|(?:our|my) (?:other|previous|past|earlier|former|"
                            r"old)|other|previous|past|earlier)\b|\b(?:ailleurs|elsewhere)\b")
_PUT_IN = re.compile(r"^(?:\W*(?:ok|alors|so|and|et)\W+)?(?:ajoute\w*|rajoute\w*|mets|met|insere\w*|integre\w*|add|put|insert|"
                     r"include|reprends|copie\w*|copy)\b")


def past_deals_searched(low: str) -> bool:
    """The user's own past contracts asked for (what was signed with other clients, or a clause of the same kind in their
    own documents), not a clause put in from them."""
    if _PUT_IN.search(low):
        return False
    return bool(_PAST_DEAL.search(low) and _OTHER_CLIENTS.search(low) or _OWN_DOCUMENTS.search(low) and (
        _SAME_KIND.search(low) or _SEARCH_VERB.search(low)))


# s36: examples of clauses that exist already asked ("t'as des exemples de clauses de ce genre déjà négociées", "any real
# examples of caps like this that were signed?", "montre-moi des clauses de ce type qui ont déjà été négociées", "examples
# of similar clauses other MSPs have agreed to"): the clauses others negotiated, signed or used — precedents; an example
# clause to be written ("donne-moi un exemple de clause de confidentialité") is a draft, and stays one
_EXAMPLES_OF = re.compile(r"\b(?:exemples|examples|samples|modeles|(?:des |some |any )clauses? (?:de ce (?:type|genre)|du meme "
                          r"(?:type|genre)|comme (?:ca|celle-ci|celle-la)|like (?:this|that|it)|similaires?|similar|of (?:this|that|the "
                          r"same) (?:kind|sort|type))|(?:similar|comparable) clauses)\b")
_ALREADY_IN_USE = re.compile(r"\b(?:deja|already|reel(?:le)?s|real(?:-world| world| life)?|concrets?|in the wild|actually "
                             r"(?:signed|negotiated|agreed|used)|(?:ont|a) (?:deja )?(?:ete )?(?:negocie\w*|signe\w*|accepte\w*|"
                             r"utilise\w*)|(?:were|was|been|got|have been|has been) (?:\w+ )?(?:negotiated|signed|agreed|accepted|used)|"
                             r"negocie\w*|signe\w*|negotiated|signed|agreed to|(?:d'autres|other) (?:msps?|prestataires?|presta\w*|"
                             r"clients?|customers?|providers?|entreprises?|companies|firms?|boites?))\b")


def examples_in_use_asked(low: str) -> bool:
    """Clauses that exist already (negotiated, signed, used by others) asked as examples (see `_EXAMPLES_OF`)."""
    m = _EXAMPLES_OF.search(low)
    return bool(m and _ALREADY_IN_USE.search(low[:m.end() + 90], max(0, m.start() - 25)) and not _PUT_IN.search(low))


_EXPORT = re.compile(r"\b((give|send) me the (markdown|docx|word|file|document)|(le|the) (markdown|docx)\b|"
                     r"export\w*|telecharg\w*|download\w*|enregistr\w* (le|en|au)|save (it|as|the)|"
                     r"fichier (word|docx|markdown)|en (docx|word|markdown|pdf)|as (a )?(docx|word|markdown|pdf)|"
                     r"(?<!change )(?<!changed )(?<!changing )(?<!alter )(?<!say )(?<!said )(?<!saying )(?<!touch )(?<!single )"
                     r"(le|un|the|a) (docx|word|fichier word)|envoie[- ]moi le (contrat|fichier)|"
                     r"(je peux|puis-je|on peut|peut-on) (le|la|les|l') ?recuperer|send (it|that|this|the (thing|doc|file)) over|"
                     r"(me |nous )?(sortir|sors|sortez)([- ](moi|nous))? (le|un|ce|la) (fichier|document|doc|contrat|version finale)|"
                     r"recuper\w* (le|mon|notre|ce) (contrat|fichier|"
                     r"document|doc)|(get|grab|have) (a|the) copy|"
                     r"(word|docx|markdown|pdf) (file|version|doc|document|format|export)|"
                     r"(fichier|version|document|format) (word|docx|markdown|pdf)|send (me|us) (the|our) (\w+ )?(file|"
                     r"contract|agreement|docx)|"
                     # s32: the format first, with no verb ("pdf of the full contract please", "le word de la clause stp")
                     r"^(?![^?]*\?)(?=(?:\S+\s*){0,10}$)\W*(?:(?:ok|okay|and|et|now|maintenant|then|alors|bon|great|super|parfait)\W+)*(?:a |an |the |un |une |le |"
                     r"la )?(?:pdf|docx|word(?: file| doc\w*)?|fichier word|markdown)\s+(?:of|de|du|des|d'|for|pour)\s+(?:the |le |"
                     r"la |l'|tout |toute |all |everything|our |notre |ce |cette |this |that |it\b|ca\b)|"
                     # s19: the format named as the thing wanted: "can I get a pdf of that", "tu m'envoies un pdf ?"
                     r"(get|have|grab|want|need|send|receive|avoir|recevoir|obtenir|envoie\w*|envoy\w*|file\w*) (me |moi |nous |us )?"
                     r"(a |an |the |un |une |le |la |ca en |it as |that as )?(pdf|docx|word doc\w*|fichier word|markdown)( (of|de) "
                     r"(that|this|it|ca|cela|the contract|le contrat))?)\b")
# s16: the finished document named as the object of a request ("génère le document final", "envoie-moi la version
# définitive", "produce the final version", "send over the clean copy"): the thing made, handed over (not in a question)
# s26: the whole contract named ("le contrat complet", "tout le contrat", "the whole agreement", "the full contract"): with
# no contract made yet it is a contract to write; only the file asked for (below) makes it an export
_WHOLE_CONTRACT = re.compile(r"\b((le|un|the|a|our|notre|mon|my) (contrat|contract|agreement|msa) (complet|entier|en entier|"
                             r"integral|au complet|in full|en totalite)|(tout|toute) (le|mon|notre) (contrat|projet de contrat)|"
                             r"(l'ensemble|l'integralite|la totalite) (du|de mon|de notre) (contrat|projet de contrat)|"
                             r"(whole|full|complete|entire) (contract|agreement|msa)|(contrat|contract|agreement) (complet|entier|"
                             r"in full))\b")
# the file asked for: a format, a file, a download, an export, sending the document
_FILE_ASKED = re.compile(r"\b(word|docx|pdf|markdown|fichiers?|files?|telecharg\w*|download\w*|export\w*|envo[iy]\w*|send|"
                         r"mail\w*|imprim\w*|print\w*|enregistr\w*|save)\b")
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
                      r"in order (to|that)|to (allow|let|enable) (us|me|them|the \w+) to)\b[^.;!?]*|"
                      # s32: a time given to object, a term of the clause ("vingt jours pour s'y opposer", "un délai
                      # d'opposition de 15 jours", "30 days to raise an objection", "an objection period of 10 days")
                      r"\b(?:jours?|semaines?|mois|delai|days?|weeks?|months?|time|period|window)\s+(?:pour|to)\s+(?:(?:s'y|s'en|"
                      r"y|en) )?(?:s')?(?:opposer|object|raise (?:an )?objections?|refuser|refuse|reject)\b|"
                      r"\b(?:droit|delai|periode|faculte) (?:d'|de )(?:opposition|objection|refus)\b|"
                      r"\b(?:right|time|period|window) (?:of|to|for) (?:objection|object|objecting)\b|\bobjection (?:period|window|"
                      r"right|time)\b")
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
                    r"proposition|modele|projet))|etablis|propose\w*|suggest (?:me |us )?(?:an?|one|une)\b|donne[- ]moi|give me|gimme|give us|get me|create|build|"
                    r"il me faut|j'ai besoin d'un|i need an?|je veux un|je voudrais un|i want an?|i'd like an?|"
                    r"(?<!their )(?<!our )(?<!its )(?<!leur )(?<!notre )(?<!son )(?<!standard )(?<!own )(?:modele|template|sample)|exemple de|example of|peux[- ]tu me (faire|rediger|ecrire|preparer)|"
                    r"tu (peux|pourrais) me (faire|rediger|ecrire|preparer)|can (you|u) (do|make|write|draft)|"
                    # "can you start the contract", "attaque-moi le contrat", "kick off the agreement": writing it, begun
                    r"(start|begin|kick off|get (started|going) on|set up)(?= (on )?(the|a|an|our|their|this|that) (contract|agreement|"
                    r"draft|msa|paperwork)\b)|(commence\w*|attaque\w*|lance\w*|demarre\w*)(?=[- ](moi |nous )?(le|un|leur|notre|ce) "
                    r"(contrat|projet de contrat|brouillon)\b))\b")
_CONTRACT = re.compile(r"\b(contrat|contract|agreement|convention|paperwork|msa|contrat-cadre|accord-cadre)\b")
# "notre prestataire nous propose une GTR de 8 h", "they drafted a cap": the other party's act, reported,
# not a request to draft; the drafting verbs are read with these reports masked
_REPORTED = re.compile(r"\b(ils?|elles?|on nous|(le|la|l'|notre|mon|leur|un|the|our|my|their) ?"
                       # s23: "l'ancien presta nous propose 8 000 € pour solder", "our old MSP offers us 5k": who offers, named
                       r"(?:(?:ancien|ancienne|nouveau|nouvel|nouvelle|actuel|actuelle|former|old|new|current|previous|"
                       r"outgoing) )?(prestataire|presta|msp|client|"
                       r"cliente|fournisseur|infogereur|infogerant|provider|supplier|vendor|customer|avocat|lawyer)|they|he|she)"
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
                       r"deal|contrat|prospect|dossier|opportunite)|(on|we) (vient|just) (de signer|signed))\b|"
                       # s23: an offer prepared for a customer ("je prépare une offre pour un conservatoire : 35 postes…",
                       # "preparing a proposal for a music school, 20 PCs…"): the deal to write up
                       r"^(?:(?:bonjour|hello|hi|salut|bjr|ok|alors)\W+)?(?:je |on |nous |j'|i'?m |i am |we'?re |we are )?"
                       r"(?:prepar\w*|mont\w*|travaill\w* sur|bosse sur|fais|redige\w*|putting together|drafting|writing|"
                       r"working on)\s+(?:une |un |a |an |the |l')?(?:offre|proposition|proposal|offer|bid|devis|quote)"
                       r"(?: commerciale| d'infogerance| de services)? (?:pour|for)\b")


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
    r"( (actuel|en cours|signe|existant|current|existing|signed|present))? (only |just |ne |n')?(nous |me |les |leur |lui |vous |se |s')?"
    r"(permet|autorise|prevoit|dit|stipule|impose|oblige|accorde|donne|fixe|lets|allows|permits|gives|says|states|provides|"
    r"requires|imposes|sets out|grants|only lets|only allows|"
    # s33: its own life told ("leur contrat se renouvelle 5 ans", "their contract renews for 3 years", "runs for 60 months")
    r"renouvelle|reconduit|dure|engage|lie|renews|auto-?renews|rolls over|runs for|lasts|binds|locks (us|them|you) in)\b")
# s30: a limit of the user's own contract told by its verb ("notre contrat plafonne la responsabilité à 12 mois", "the MSA
# caps our liability at 6 months of fees", "le contrat limite notre responsabilité à…"): a term reported, whose verb is no
# order to set the figure (the order reads "plafonne-la à 6 mois", "cap it at a year")
_OWN_LIMIT = re.compile(
    r"\b((le|mon|notre|leur|son|votre|ce) (contrat|accord|msa|cgv|conditions generales)( (actuel|en cours|signe|existant))?"
    r" (nous |les |leur |lui |vous )?(plafonne|limite|borne|cape)|"
    r"(our|my|their|his|her|your|the|this) (current |existing |signed |present )?(msp'?s? )?(contract|agreement|msa|terms|t&cs?)"
    r" (already |only |currently )?(caps|limits|restricts|bounds))\b")
_WISHED = re.compile(r"\b(should|must|needs? to|ought|has to|have to|doit|doivent|devrai\w*|faudrai\w*|il faut)\b")
_CONSIDERING = re.compile(r"\b(looking at|looking into|considering|reviewing|comparing|evaluating|negotiating|"
                          r"(about|going|getting ready) to sign|(on|nous) (regarde|regardons|etudie|etudions|compare|comparons|"
                          r"negocie|negocions|va signer|allons signer)|on a recu|nous avons recu|we (got|received|have been sent)|"
                          r"on nous propose|they (sent|offered|proposed)|"
                          # s35: a contract the other side offers or wants signed ("an IT company wants us to sign a
                          # maintenance contract", "une SSII veut nous faire signer…", "the MSP sent us their agreement")
                          r"(veu[tx]|veulent|voudrai\w*|souhaite\w*) (nous |me )?faire signer|"
                          r"nous (propose|proposent|a propose|ont propose|a envoye|ont envoye|soumet|soumettent|a soumis)|"
                          r"(wants?|would like|asks?|asked|is asking) (us |me )?to sign|"
                          r"(has |have )?(offered|sent|proposed|handed|pitched) (us|me)\b)\b")


# "et le truc dont on parlait hier ?", "what about that thing we discussed last week?": something said in another talk,
# pointed at by a vague word only; the state holds nothing that says which
# a thing done or said before, pointed at without being named: "celle d'hier", "la même que la dernière fois", "redo the
# one from last week", "same as before", "refais-moi ça comme l'autre fois"
# s24: "and the other one", "et l'autre aussi stp", "same for the other one": the other thing pointed at, with no noun
# saying which — the whole message
_OTHER_ONE = re.compile(
    r"^\W*(?:(?:et|and|ok|okay|so|bon|alors|puis|then|also|aussi|now|maintenant|what about|how about|same for|same thing for|"
    r"pareil pour|idem pour|meme chose pour|la meme (?:chose )?pour|et pour|and for|fais|do|fait|faites|du coup|pour|for)\W+)*"
    r"(?:the other(?: one| ones| thing| bit)?|the others|l'autre(?: truc| machin| chose)?|les autres|the other one too)"
    r"(?:\W+(?:aussi|too|also|as well|stp|svp|please|pls|du coup|then|alors|maintenant|now|non|no|itou|pareil|idem|"
    r"same|likewise))*\W*$")
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


# s33: what the user does to a term of the other side's: contest it, renegotiate it, push back on it
_CONTEST = (r"(?:(?:re)?negoci\w*|(?:re)?negotiat\w*|contest\w*|attaqu\w*|challeng\w*|push(?:ing)? back|pushback|"
            r"fight\w*|tackle|object to|raise|revoir|remettre en (?:cause|question)|refuser|discuter|rediscuter|"
            r"faire (?:sauter|changer|modifier)|get (?:changed|removed|fixed))")
_PRIORITY = re.compile(r"\b((must|should) (not|never) (give up|concede|drop|trade away)|never (give up|concede)|"
                       r"le plus (grave|dangereux|risque|problematique|urgent)|the (worst|most (serious|dangerous|risky|urgent))|"
                       r"(compte|importe|comptent|importent) le plus|le plus (important|essentiel|crucial)\w* (a|de) negoci\w*|"
                       r"(me|nous|se) battre (sur|pour) quoi|absolument obtenir|(where|what) should (i|we) focus|"
                       r"sur quoi (je dois|dois-je|on doit|faut-il|je devrais) (me |nous )?(battre|concentrer|focaliser|insister)|"
                       r"mes priorites|nos priorites|my priorities|our priorities|"
                       r"(points?|trucs?|choses?|things?|issues?|items?|sujets?) qui (comptent|importent|compte|importe)( vraiment| le plus)?|"
                       r"(only|just) (win|get|obtain|keep|secure) (one|two|three|a couple of|a few|\d) (battles?|things?|points?|items?|"
                       r"changes?|concessions?)|(ne )?(peux|pourrai\w*|peut|pourra|pourrons|pouvons|dois|devais|devrai\w*|doit|devons) (obtenir|gagner|avoir|arracher|garder) "
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
                       r"les points a negocier|quoi negocier|what to negotiate|checklist de negociation|"
                       # s33: the points to contest in order or as a list ("what should we push back on first?", "on
                       # conteste quoi en premier", "la première chose à attaquer", "la liste de ce qu'il faut renégocier")
                       r"\b" + _CONTEST + r"\b[^.?!]{0,25}?\b(?:en premier|d'abord|en priorite|first|in priority)\b|"
                       r"\b(?:premiere?s? (?:chose|point|truc|sujet)s?|first (?:thing|point|item|issue|term)s?)\b[^.?!]{0,20}?"
                       r"\b(?:a|to) (?:\w+ )?" + _CONTEST + r"|"
                       r"\b(?:liste|list|recap|rundown|checklist|inventaire)\b[^.?!]{0,40}?\b(?:a|to|qu'il faut|qu'on doit|"
                       r"que (?:je|on|nous) (?:dois|doit|devons|devrais|devrait|devrions)|(?:we|i) (?:need|have|should|must|"
                       r"ought) to|(?:il )?faut) (?:\w+ )?" + _CONTEST)
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
                         r"\bfriction\b|"
                         # s31: where the other side's people will press ("where do you see their finance people pushing us
                         # on this?", "sur quoi leurs acheteurs vont nous pousser ?")
                         r"\b(their|leurs?) (\w+ ){0,2}(pushing|push(ing)? back|pressing|pousser|pousseront|appuyer)\b|"
                         r"\b(pushing|pressing|pousser) (us|nous) (on|sur)\b|"
                         r"\bwhat (will|would|might) (procurement|purchasing|legal|their (legal|procurement|lawyers?|"
                         r"counsel|cfo|cio|dpo|it))( \w+)? (say|hate|dislike|object to|push back on|fight|reject|contest|complain about|not like)\b|"
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
                         # (s33: "parce qu'on refuse de payer": the user's own refusal, no objection of the other side)
                         r"(?<!\bon )(?<!\bnous )(?<!\bwe )(?<!\bi )(?<!\bje )(?<!\bj')\b(?:refuser|refuse)\b|"
                         r"\b(argue|arguments?|opposer|frotter|(va|vont) pas aimer|won'?t like|"
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
# s29: the text on the table asked in the other language ("en anglais pour le DG", "now in French for our accountant",
# "la version anglaise", "translate it"): the same text, worded for another reader
TARGET_LANGUAGE = re.compile(r"\b(tradui\w*|traduction|translat\w*|version (?:anglaise|francaise|english|french)|"
                             r"(?:english|french|anglaise?|francaise?) version|"
                             r"(?:en|in|into) (?:anglais|francais|english|french)(?= (?:pour|for|please|stp|svp|aussi|too|"
                             r"maintenant|now)\b|\W*$))")
_TARGET_LANG_OF = {"angl": "en", "engl": "en", "fran": "fr", "fren": "fr"}


def target_language(folded: str) -> str | None:
    """"en" or "fr" when the message asks the text in that language, else None."""
    m = TARGET_LANGUAGE.search(folded)
    if not m:
        return None
    named = re.search(r"\b(angl|engl|fran|fren)", folded[m.start():m.end() + 40])
    return _TARGET_LANG_OF[named.group(1)] if named else None


_REPHRASE = re.compile(r"\b(say|put|explain|write|word) it( to (me|us|him|her|them))? (like|as if|the way)\b|\bcomme (tu le dirais|si tu parlais|tu l'expliquerais) a\b|"
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


# s27: whether a contract is needed at all, asked ("est-ce qu'il nous faut un contrat de sous-traitance si…", "do we even
# need a DPA if…"): a question of law, no order to draft one
NEED_ASKED = re.compile(r"\b(?:est-ce qu'il (?:nous |me |leur )?faut|est-ce qu'on a besoin|faut-il (?:vraiment |quand meme )?"
                         r"(?:un|une|signer)|a-t-on besoin|avons-nous besoin|(?:do|does|did) (?:we|i|they|you) (?:even |really |"
                         r"actually |still )?need|is (?:a|an|the) [\w -]{1,30} (?:needed|required|mandatory))\b")
