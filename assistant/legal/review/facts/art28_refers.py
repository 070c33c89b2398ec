"""A sentence that refers to an Art. 28 duty without stating it (read by `art28_duties.obligations`).

An element of Art. 28(2)-(4) GDPR is present when a sentence binds a party to the duty's act; a DPA also names its
duties where it only points at them, and those sentences bind no one:
- a numbered part of the document describing its own content ("Clause 10 governs the return and erasure of the data",
  "L'article 6 fixe les obligations de sécurité du prestataire", "Clause 8 deals with the Customer's right to audit");
- the duty named as the topic of a reference ("The Supplier's duty to assist with requests is set out in clause 7",
  "Les obligations de restitution figurent à l'article 14", "… are those of Annex 2");
- a pointer ("For the return of the data at the end of the services, see clause 14", "Pour la restitution…, voir
  l'article 14", "Sub-processors: see clause 9");
- the price of an assistance owed elsewhere ("Assistance with data subjects' requests is invoiced at the rates of
  Annex 4", "L'assistance … est facturée au tarif de l'annexe 4"): a term of that duty (Art. 28(3)(e)-(f)), as the cost
  of an audit is a term of the audit (`art28_duties.AUDIT_TERMS`).
The duty itself with a pointer after it ("shall erase the data when the services end, as set out in clause 14", "In
accordance with clause 12, the hosting provider shall allow audits") still binds: a party bound by a modal or a verb
of its own, before the reference, is a duty stated. Folded text (lower case, no accents), FR and EN.
"""

from __future__ import annotations

import re

# a party bound (not "may": "regulates how the Customer may audit" still only points at the audit)
_BINDS = (r"\b(shall|will|must|agrees? to|undertakes? to|is required to|are required to|s'engage\w*|doit|doivent|devra|"
          r"devront|est tenue? de|sont tenue?s de)\b")
_FREE = r"(?:(?!" + _BINDS + r")[^;])"  # any run of words with no party bound in it
# a part of the document, numbered ("clause 10", "section 4.2", "l'article 8(b)", "Annex 2", "Schedule III")
_PART = (r"(l'|la |le |les )?(clauses?|sections?|articles?|paragraphs?|paragraphes?|annex(es)?|annexes?|appendix|"
         r"appendices|schedules?|exhibits?|chapters?|chapitres?|points?)\s?(\d{1,3}(\.\d{1,3})*|[ivx]{1,5}|[a-h])"
         r"(\s?\([a-z0-9]{1,4}\))*\b")
# what a part does when it describes its content
_DESCRIBES = (r"(sets? (out|forth)|govern(s)?|deals? with|regulates?|contains?|covers?|describes?|lays? down|addresses|"
              r"specifies|details|fixe|regit|traite|contient|decrit|precise|organise|definit|encadre|porte sur)\b")
PART_DESCRIBES = re.compile(r"^\W{0,3}(\d{1,2}(\.\d{1,2})*\.?\s+)?" + _PART +
                            r"( (of|du|de) (this|the|ce|cet|la|le) [\w -]{2,30}?)?,? " + _DESCRIBES)
# the duty named as the topic of a reference: "X is set out in / is governed by / figure à / est décrite à / are those of"
_REFERRED = (r"\b((is|are|shall be|will be|est|sont|sera|seront) (further |more fully |also )?(set (out|forth)|described|"
             r"governed|regulated|detailed|specified|defined|laid down|provided for|contained|found|listed|decrite?s?|"
             r"regie?s?|definie?s?|precisee?s?|detaillee?s?|fixee?s?|prevue?s?|enoncee?s?|stipulee?s?|organisee?s?) "
             r"(in|by|under|at|a|au|aux|dans|par|en)\b|(is|are|est|sont) (in|at|dans|a|en) " + _PART +
             r"|figurent? (a|au|aux|dans|en)\b|(are|is) those (of|in|set out in)\b|(sont|est) (celles?|ceux|celui) "
             r"(de|du|des|prevue?s? (a|au|dans))\b)")
# the topic: a noun phrase naming the duty, its terms or its act ("The Supplier's duty to…", "Les obligations du
# prestataire relatives à…", "Details of the assistance…"), not a party doing it ("The Supplier assists…, as described…")
_TOPIC = (r"^\W{0,3}(\(?\w{1,3}[.)]\s*)?(the |any |all |its |their |l'|la |le |les |toute?s? |ses |son |sa |leurs? )?"
          r"([\w-]+('s|s')? ){0,3}?(duty|duties|obligations?|undertakings?|commitments?|engagements?|assistance|"
          r"responsibilit(y|ies)|rights?|droits?|devoirs?|modalites|details|terms|conditions|rules|provisions|stipulations|"
          r"regles|dispositions|procedures?|arrangements|audits?|inspections?|controles?|return|restitution|deletion|"
          r"erasure|suppression|effacement)\b")
# not "… instructions, which are set out in Annex 1": a relative clause describes a thing named in a duty
TOPIC_REFERRED = re.compile(_TOPIC + _FREE + r"{0,240}?(?<!\bwhich )(?<!\bthat )(?<!\bqui )(?<!\bas )" + _REFERRED)
# a pointer to where the duty is stated
POINTER = re.compile(r"^\W{0,3}(for|as (to|for|regards)|regarding|concerning|in respect of|with respect to|pour|concernant|"
                     r"s'agissant d[eu']|quant a|en ce qui concerne)\b" + _FREE + r"{0,240}?[,:-]\s*(please )?(see|refer to|"
                     r"voir|se (reporter|referer) a|cf\.?)\s|^[^;]{0,80}:\s*(see|voir|cf\.?)\s+" + _PART)
# the price of an assistance: "Assistance with … is invoiced at …", "Any support … shall be charged …"
PRICED = re.compile(
    r"^\W{0,3}(\(?\w{1,3}[.)]\s*)?(any |all |the |such |l'|la |le |les |toute |tout )?([\w-]+('s)? ){0,2}?(assistance|support|"
    r"cooperation|co-operation|aide|concours|help)\b" + _FREE + r"{0,200}?\b(is|are|shall be|will be|est|sont|sera|seront)"
    r"( (also|separately|additionally|only|then|not))? (invoiced|charged|billed|chargeable|payable|paid|remunerated|reimbursed|free of charge|factur\w*|"
    r"remuner\w*|rembours\w*|a la charge|aux frais|gratuit\w*|at (the )?[\w' ]{1,30}(cost|expense))")
_BOUND = re.compile(_BINDS)


def refers_only(f: str, at: int) -> bool:
    """True when the element's words at `at` in the folded sentence `f` are only referred to, not stated as a duty."""
    if PART_DESCRIBES.match(f) or POINTER.match(f):
        return _BOUND.search(f) is None  # "Annex 2 lists the measures the Supplier shall take" binds the Supplier
    for rx in (TOPIC_REFERRED, PRICED):
        x = rx.match(f)
        if x is not None and at < x.end():
            return True  # the element's words in the topic, before the reference or the price
    return False
