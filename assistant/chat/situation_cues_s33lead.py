"""Cue family of a situation a question tells, thirty-third session (lead, issue 15): the provider's staff putting client
data into a generative-AI tool (card `card.public_ai_tool_client_data_s33lead`: GDPR 28(2), 28(3)(a), 32(4), 4(12),
33(2)), told in any words (folded text; read as an ask cue by `premises.ASK_CUES` and as a told situation by
`told_situations.SITUATIONS`).

Three parts must all be there: an AI tool (by its kind or a product name), an act of giving it something (paste, copy,
put, upload, feed, ask it to summarise) and the client's material (tickets, logs, emails, files, data). A provider
training its own model on its clients' data is another situation (`situation_cues_s31b.PROCESSOR_OWN_USE`, the card on
a processor deciding purposes) and is left to it.
"""

from __future__ import annotations

import re

# "ai" never after an apostrophe or a bare "j": French "j'ai", "j ai"
_AI_TOOL = (r"(chat ?gpt|gpt-?\d\w*|openai|copilot|gemini|mistral ai|le chat de mistral|perplexity|deepseek|chatbots?|"
            r"(?<!')(ia|i\.a\.)|intelligences? artificielles?|(?<!')(?<!\bj )ai|genai|llms?|large language models?)")
_GIVE = (r"(coll\w*|copi\w*|mett\w*|mis|balanc\w*|envo\w*|saisi\w*|donn\w*|fourr\w*|charg\w*|soumett\w*|soumis|"
         r"passe\w*|injecte\w*|partag\w*|resum\w*|pastes?|pasted|pasting|cop(y|ies|ied|ying)|puts?|putting|uploads?|"
         r"uploaded|uploading|feeds?|fed|feeding|dumps?|dumped|dumping|sends?|sent|sending|shares?|shared|sharing|"
         r"summari[sz]\w*|typed|entered)")
_CLIENT_MATERIAL = (r"(tickets?|fiches?|tableurs?|spreadsheets?|exports?|listes?|lists?|journaux|logs?|mails?|e-?mails?|courriels?|fichiers?|files?|donnees|data|documents?|"
                    r"extraits?|extracts?|snippets?|captures? d'ecran|screenshots?|contrats?|contracts?|bases?|"
                    r"databases?|dossiers?|records?)")
# a provider training its own model on its clients' data: the card on a processor deciding purposes
_OWN_TRAINING = (r"(entrain\w*|train(s|ed|ing)? (an? |its |our |their |son |leur )?(own )?(ai|ia|model|modele)|"
                 r"pour (son|leur|notre) propre|for (its|their|our) own)")
PUBLIC_AI_TOOL_FED = re.compile(rf"(?s)^(?!.*\b{_OWN_TRAINING}\b)(?=.*\b{_AI_TOOL}\b)(?=.*\b{_GIVE}\b)"
                                rf"(?=.*\b{_CLIENT_MATERIAL}\b)")


# -- what a provider owes its client under the data-protection law, asked in everyday words ------------------------------
# ("we are the msp, what do we owe them under the GDPR?", "on est le presta, on leur doit quoi au titre du RGPD ?",
# "as the processor, what are our GDPR duties towards the client?"): the processor's duties to the controller are the
# terms Art. 28(3) puts in their contract (`card.dpa_mandatory_terms`); a narrower subject named (a breach, an audit, a
# sub-processor, a transfer, a fine, a deletion) is that subject's card
_OWED = (r"(owe|owes|owed|on the hook for|dut(y|ies)|obligations?|have to do|must (we|i) do|"
         r"(leur |lui |vous )?(doit|doivent|devons|devez|dois)|doit-on|devons-nous|on doit|est-ce qu'on doit)")
_LAW = r"(rgpd|gdpr|protection des donnees|data protection)"
_TOWARDS = (r"(them|the (client|customer|controller)s?|our (client|customer)s?|towards|to (the|our) (client|customer)|"
            r"\bleur\b|\blui\b|au client|aux clients|envers|vis-a-vis|a l'egard|(as|en tant que|comme) (the |a |an |le |un )?"
            r"(msp|processor|provider|sous-traitant|presta\w*|infogereur))")
_NARROWER = (r"(breach|violation|fuite|leak|hack|audit|sub-?process\w*|sous-traitants? ulterieur\w*|transfer\w*|transfert\w*|"
             r"amendes?|fines?|sanctions?|delet\w*|supprim\w*|effac\w*|restitu\w*|return\w*|registre|record|dpo|"
             r"certifi\w*|iso|instructions?|securit\w*|security|conserv\w*|retention|cout\w*|cost\w*|pay\w*)")
GDPR_DUTIES_OWED = re.compile(rf"(?s)^(?!.*\b{_NARROWER})(?=.*\b{_OWED}\b[^.?!]{{0,50}}\b{_LAW}\b|.*\b{_LAW}\b[^.?!]{{0,40}}"
                              rf"\b{_OWED}\b)(?=.*\b{_TOWARDS})")
