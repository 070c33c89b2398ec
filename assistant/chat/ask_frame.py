"""The final question's frame (issue 15, s35): who acts in it and what kind of answer it asks, read to choose the card.

Two readings used by `cards.CardIndex.cascade`:

- WHO ACTS. A card whose own situation (its title) has a body acting — the data protection authority inspecting, a bank
  or insurer imposing its DORA terms, the police requiring data — answers a question that names that body. When the
  question tells a contract party acting ("le client veut nous auditer", "our customer insists on…") and never names the
  body, the card is no candidate (`at_odds`); when the question tells the body acting ("la CNIL débarque demain", "the
  authority is coming to inspect us"), the close card on that body's act answers before one sharing only the ask's
  frame words (`body_first`).
- THE FRAME'S KIND. A yes/no asked ("can we…?", "on a le droit de… ?") is answered by a card written to give a verdict on
  the subject, not by the card on the same subject written to say what to put in the clause (`frame_fit`).
"""

from __future__ import annotations

import re
from typing import Sequence

from assistant.text import fold

# the bodies a card's situation may have acting, named in the user's words (folded)
BODIES: dict[str, str] = {
    "authority": r"cnil|autorite de (controle|protection des donnees)|autorite de protection|data protection authority|"
                 r"supervisory authority|privacy regulator|data protection regulator|regulat(or|eur)s?",
    "financial_entity": r"dora|banques?|bank(s|ing)?|assureurs?|insurers?|insurance compan(y|ies)|societes? de gestion|"
                        r"entreprises? d'investissement|investment firms?|etablissements? de (paiement|credit)|"
                        r"payment institutions?|credit institutions?|entites? financieres?|financial entit(y|ies)|fintechs?",
    "police": r"police|gendarmerie|gendarmes?|policiers?|law enforcement|requisitions?",
}
_BODY = {name: re.compile(rf"\b({p})\b") for name, p in BODIES.items()}

# a body told acting: its name then, within a few words, a verb of acting ("la CNIL vient contrôler", "the authority is
# coming to inspect", "la police nous demande"), or an inspection by it ("contrôle de la CNIL", "inspection by the CNIL")
_ACTS_AFTER = (r"(\s+[\w'-]+){0,3}?\s+(vient|viennent|va|vont|debarque\w*|arrive\w*|annonce\w*|controle\w*|inspecte\w*|"
               r"exige\w*|demande\w*|impose\w*|envoie\w*|reclame\w*|requiert|convoque\w*|sanctionne\w*|"
               r"is coming|are coming|comes?|turns? up|shows? up|arriv\w*|announc\w*|inspect\w*|audit\w*|demands?|"
               r"asks?|requests?|requires?|sends?|sent|wants?|imposes?|visits?|fines?|summons?|check\w*)\b")
_ACTS_BEFORE = r"\b(controle|controles|inspection|inspections|visite|audit|requisition|inspected|checked|visited)\s+(de la|de l'|du|des|par la|par le|by the|from the|by)\s+"

# a contract party told acting on the user: "le client veut / exige / demande…", "our customer insists on…"
_PARTY = (r"(clients?|clientes?|customers?|prestataires?|presta|msp|infogere\w*|fournisseurs?|providers?|vendors?|suppliers?|"
          r"outsourcers?|sous-traitants?|subcontractors?|donneur d'ordre)")
_PARTY_ACTS = re.compile(
    rf"\b(le|la|les|l'|notre|nos|mon|ma|mes|un|une|ce|cet|cette|the|our|my|a|an|one of our|this)\s*{_PARTY}\s+"
    r"([\w']+\s+){0,2}?(veut|veulent|voudrait|exige\w*|demande\w*|souhaite\w*|impose\w*|insiste\w*|reclame\w*|pretend\w*|"
    r"wants?|wanted|would like|demands?|demanded|insists?|insisted|asks?|asked|requires?|required|requests?|requested|"
    r"expects?|imposes?|imposed|claims?|sent)\b")


def _bodies(text: str) -> set[str]:
    low = fold(text)
    return {name for name, p in _BODY.items() if p.search(low)}


def card_bodies(card) -> set[str]:
    """The bodies the card's own situation has acting: those its title tells acting ("La CNIL contrôle…", "A bank client
    imposes a DORA addendum"), not a body it names as the one addressed ("Can the MSP notify the CNIL?")."""
    return acting_bodies(getattr(card, "title", "") or "")


def acting_bodies(question: str) -> set[str]:
    """The bodies the question tells acting (not a body named as the one WE address: "déclarer à la CNIL")."""
    low = fold(question)
    out = set()
    for name, p in BODIES.items():
        if re.search(rf"\b({p})\b{_ACTS_AFTER}", low) or re.search(rf"{_ACTS_BEFORE}({p})\b", low):
            out.add(name)
    return out


def party_acts(question: str) -> bool:
    """Does the question tell a contract party acting on the user ("le client veut…", "our customer insists…")?"""
    return bool(_PARTY_ACTS.search(fold(question)))


def at_odds(card, question: str) -> bool:
    """Is the card's situation a body acting that the question never names, while a contract party acts in it?"""
    theirs = card_bodies(card)
    return bool(theirs) and not theirs & _bodies(question) and party_acts(question)


BODY_MARGIN = 0.25  # a card on the acting body's act is preferred from this far behind the best card at most


def body_first(question: str, ranked: Sequence, picked):
    """The close card whose situation has the body the question tells acting, when the picked card's has not."""
    acting = acting_bodies(question)
    if not acting or not ranked:
        return picked
    if picked is not None and _bodies(getattr(picked.card, "title", "") or "") & acting:
        return picked  # the picked card's situation names that body already ("our client is a bank: what must the contract contain?")
    best = ranked[0].score
    return next((m for m in ranked if card_bodies(m.card) & acting and m.score >= best - BODY_MARGIN), picked)


VERDICT_KINDS = ("enforceable", "is_it_normal")
FRAME_MARGIN = 0.25  # a verdict card on the same subject answers a yes/no from this far behind the picked card at most


def frame_fit(question: str, ranked: Sequence, picked):
    """For a yes/no asked (may we, is it valid, must we, is it normal), the card written to give a verdict on the picked
    card's subject (its first two labels), when the picked card was written to say what to put in a clause."""
    from assistant.chat.answer_plan import question_type

    if picked is None or picked.card.question_type != "what_to_write" or question_type(question) not in VERDICT_KINDS:
        return picked
    subject = set(picked.card.labels[:2])
    return next((m for m in ranked if m is not picked and m.card.question_type in VERDICT_KINDS and
                 subject <= set(m.card.labels[:3]) and m.score >= picked.score - FRAME_MARGIN), picked)


# -- whose state: the party the story tells insolvent ----------------------------------------------------------------------

_CLIENT = r"(clients?|clientes?|customers?|donneur d'ordre)"
_PROVIDER = (r"(prestataires?|prestas?|msps?|infogere\w*|infogerant\w*|fournisseurs?|hebergeurs?|providers?|vendors?|"
             r"suppliers?|outsourcers?|sous-traitants?|subcontractors?|processors?|editeurs?|publishers?|resellers?|"
             r"revendeurs?|integrat\w*|maintainers?|mainteneurs?)")
_INSOLVENT = (r"(redressement|liquidation|liquidee?s?|sauvegarde|procedure collective|faillite|depose (le|son) bilan|"
              r"cessation des paiements|receivership|liquidat\w*|insolven\w*|bankrupt\w*|administration|bust|"
              r"went under|goes under|gone under|belly[- ]up|safeguard|court[- ]supervised)")
_STATE = {"client": re.compile(rf"\b{_CLIENT}(\s+[\w'()-]+){{0,6}}?\s+{_INSOLVENT}"),
          "provider": re.compile(rf"\b{_PROVIDER}(\s+[\w'()-]+){{0,6}}?\s+{_INSOLVENT}")}


def insolvent_party(text: str) -> str | None:
    """The party ("client" or "provider") the text tells insolvent, named in the third person; None when it names none,
    or both."""
    low = fold(text)
    found = {party for party, pat in _STATE.items() if pat.search(low)}
    return found.pop() if len(found) == 1 else None


def state_at_odds(card, question: str) -> bool:
    """Does the card's title tell one party insolvent and the question the other? ("Our client is in insolvency" against
    "our provider went into receivership": another situation, other remedies.)"""
    theirs = insolvent_party(getattr(card, "title", "") or "")
    if theirs is None:
        return False
    ours = insolvent_party(question)
    return ours is not None and ours != theirs


# -- a refusal only when no card on the final question's subject fits -----------------------------------------------------

FALLBACK_CLOSE = 0.1  # the card on the asked subject is this close to the best candidate at most
FALLBACK_MIN = 0.6    # ... and scores at least this


def asked_text(question: str) -> str:
    """The final question: the ask of a story (statements.narration), else the whole message."""
    from assistant.chat.statements import narration

    story = narration(question)
    return story.ask if story is not None else question


def on_asked_subject(question: str, ranked: Sequence, results: Sequence, picked, *, on_subject, specific, subject_labels):
    """Where the rules found no card while the best candidate is on a noun of the story, not on a narrow subject the FINAL
    question names, the close candidate on that subject, found by retrieval too: the question is in the domain of a card,
    so it is answered by it. When the best candidate is itself on the asked subject, the rules' refusal stands (a middling
    card, a close rival: tests/test_answer_classes_s15b.py). The subject readers are the card index's (chat.cards, passed
    in: that module imports this one)."""
    if picked is not None or not ranked:
        return picked
    named = specific(subject_labels(asked_text(question)))
    if not named:
        return None
    if on_subject(ranked[0].card, named):
        return None  # the best candidate is on the asked subject and the rules refused it (a middling card, a close rival)
    found = {r.id for r in results}
    best = ranked[0].score
    return next((m for m in ranked if m.score >= max(best - FALLBACK_CLOSE, FALLBACK_MIN) and m.card.id in found and
                 on_subject(m.card, named)), None)
