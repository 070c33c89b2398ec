"""Things the user leaves out of the provider's hands by a pronoun (issue 14, s29): a sentence names a thing — often as
a question, "et la maintenance des caméras du parking ?", "what about the crane controllers?" — and the next one refuses
the provider any work on it by a pronoun ("on ne veut pas que le titulaire y touche", "we don't want the contractor
touching them"). The thing, in the user's words, is no service or asset of the scope's lists: the scope tool keeps it in
the state (`ConversationState.conditions`, kind "excluded") and says it back; the scope clause writes it as a last passage
(`said_conditions.with_conditions`)."""

from __future__ import annotations

import re

from assistant.text import fold

_TOUCH_FR = r"(?:touche\w*|mette\w* les (?:mains|pieds)|intervien\w*|intervenir|occupe\w*|accede\w*|gere\w*)"
_REFUSED = re.compile(
    # "on ne veut pas que le titulaire y touche", "on veut pas qu'ils y mettent les mains", "je préfère pas qu'il s'en occupe"
    r"\b(?:on|nous|je)\s+(?:ne\s+|n')?(?:veut|veux|voulons|souhaite|souhaitons|prefere|preferons|tient|tenons)\s+pas\s+"
    r"(?:a ce\s+)?(?:que|qu')\s*[^.?!;]{0,40}?\b(?:y|s'en|en)\s+" + _TOUCH_FR + r"|"
    # "qu'ils n'y touchent pas", "le presta n'y touche pas"
    r"\bn'y\s+" + _TOUCH_FR + r"\s+pas\b|"
    # "we don't want them touching those", "we don't want the MSP anywhere near them"
    r"\b(?:we|i)\s+(?:don'?t|do not|won'?t|would rather not|'d rather not)\s+(?:want\s+)?(?:them|him|her|anyone|anybody|"
    r"(?:the|our|their|your)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:touching|to touch|handling|to handle|messing with|to mess with|"
    r"working on|to work on|going near|to go near|anywhere near|near|managing|to manage)\s+(?:it|them|those|these|that|this)\b|"
    # "keep them away from those", "hands off them"
    r"\bkeep\s+(?:them|him|her|(?:the|our|their)\s+[\w'-]+)\s+(?:away from|off|out of)\s+(?:it|them|those|these|that)\b|"
    r"\bhands off\s+(?:it|them|those|these|that)\b")
# how the naming sentence opens ("et", "what about", "quid de"): not part of the thing named
_LEAD = re.compile(r"^\W*(?:(?:et|and|ok|okay|bon|alors|du coup|puis|also|aussi|what about|how about|quid(?: de)?|"
                   r"pour|concernant|regarding|as for)\s+)+")
_PARTS = re.compile(r"\s*(?:[?.!;]+|\s-\s|\s–\s)\s*")


def excluded_by_pronoun(text: str) -> str | None:
    """The thing the message names and then refuses the provider by a pronoun, in the user's words; None otherwise."""
    low = fold(text)
    same = len(low) == len(text)
    bounds, start = [], 0
    for m in _PARTS.finditer(low):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(low)))
    bounds = [(a, b) for a, b in bounds if b > a]
    for i, (a, b) in enumerate(bounds[1:], 1):
        if not _REFUSED.search(low[a:b]):
            continue
        na, nb = bounds[i - 1]
        lead = _LEAD.match(low[na:nb])
        na += lead.end() if lead else 0
        thing = (text if same else low)[na:nb].strip(" ,:")
        words = thing.split()
        if 1 <= len(words) <= 12 and not _REFUSED.search(low[na:nb]):
            return thing
    return None


# s36: a service refused on one named machine or group of machines ("pas d'EDR sur le poste du greffe", "pas de sauvegarde
# pour le serveur de test", "no antivirus on the lab PC", "no patching on the reception kiosk"): that machine is left out of
# that service, in the user's words — the service stays in the scope for everything else (a service refused with no
# machine named, "pas de sauvegarde", is taken out by the scope readers)
_MACHINE = (r"(?:postes?|pcs?|serveurs?|servers?|machines?|ordinateurs?|ordis?|laptops?|portables?|tablettes?|tablets?|"
            r"caisses?|tills?|bornes?|kiosks?|computers?|workstations?|nas|imprimantes?|printers?|copieurs?|box|routeurs?|"
            r"routers?|vms?|macs?|desktops?)")
_REFUSED_ON_PART = re.compile(
    r"\b(?:pas d'|pas de |pas du |pas des |no |sans |without |hors |aucune? |never )(?:la |le |les |l')?"
    r"(?P<svc>[a-z0-9'-]+(?: [a-z0-9'-]+){0,2}?)\s+(?:sur|pour|on|for|de|du|des|sur les|on the|for the)\s+"
    r"(?P<part>(?:(?:le|la|les|l'|the|their|leur|leurs|un|une|a|an|ce|cette|ces|cet|that|this|those|these|our|nos|notre|"
    r"vieux|vieille|old)\s*)?(?:[a-z'-]+\s+){0,2}?" + _MACHINE + r"\b[^.,;!?]{0,40})")


# a thing the negation qualifies, right before it ("logiciels sans licence", "software without a licence")
_QUALIFIED_THING = re.compile(r"\b(?:logiciels?|software|programmes?|programs?|applications?|apps?|copies?|versions?|outils?|"
                              r"tools?|produits?|products?|fichiers?|files?|contenus?|content|images?|polices?|fonts?)\s*$")


def excluded_on_a_part(text: str) -> str | None:
    """The service and the machine it is refused on, in the user's words ("EDR sur le poste du greffe"); None when the
    message refuses no service on a named machine."""
    from assistant.chat.slot_scope import SERVICE_PATTERNS

    low = fold(text)
    for m in _REFUSED_ON_PART.finditer(low):
        if not any(re.fullmatch(rf"(?:{rx})", m.group("svc")) for rx in SERVICE_PATTERNS.values()):
            continue
        if _QUALIFIED_THING.search(low[:m.start()]):
            continue  # "des logiciels sans licence sur nos postes": a thing without a licence, no service refused
        part = re.sub(r"\s+(?:il|elle|ils|elles|it|they|c'est|car|because|since|as|which|qui)\b.*$", "", m.group("part")).strip()
        start, end = m.start("svc"), m.start("part") + len(part)
        return (text if len(low) == len(text) else low)[start:end].strip()
    return None
