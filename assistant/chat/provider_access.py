"""The provider's means of access to the client's systems, told as a fact (s27, issue 14): "we do have remote access to
all of their PCs though", "on a la main à distance sur tous leurs postes", "nos techniciens ont les mots de passe admin
de leurs serveurs" (the provider speaking), "ils ont un accès à distance permanent à tous nos ordinateurs", "their techs
have our admin passwords" (the client speaking).

Who holds the access is read with the speaker's side: the provider's "we" / "our techs", the client's "they" / "the
provider" / "their techs". A denial ("we have no remote access", "ils n'ont aucun accès"), a question ("do they need
remote access?"), the provider's access to its own tools (a ticket portal) or to the speaker's own network are no such
fact. What the access means for the deal (recorded by `chat.router` when it is told as a fact): the provider reaches
the personal data stored on the machines — personal data processed, inferred (to confirm), which makes the provider a
processor (GDPR Art. 4(2), 28): the question on the table is then answered again in that light. Who runs the systems
(control) is not said by it: the client may administer them too, or not."""

from __future__ import annotations

import re

_WE = (r"(?:we|i|our (?:[\w-]+ )?(?:techs?|technicians?|engineers?|team|staff|guys|helpdesk|support|admins?)|on|nous|"
       r"nos (?:techs?|techniciens?|ingenieurs?|equipes?|admins?|gars)|notre (?:equipe|support|hotline|technicien))")
_THEY = (r"(?:they|he|she|the (?:provider|msp|supplier|vendor|contractor)|our (?:provider|msp|supplier|it provider|"
         r"contractor)|(?:their|his|its|her) (?:[\w-]+ )?(?:techs?|technicians?|engineers?|team|staff|guys|helpdesk|support|"
         r"admins?)|ils|il|elle|elles|le presta(?:taire)?|notre presta(?:taire)?|l'infogerant|notre infogerant|l'infogereur|"
         r"le fournisseur|(?:leurs|ses) (?:techs?|techniciens?|ingenieurs?|equipes?|admins?|gars)|(?:leur|son) (?:equipe|"
         r"support|technicien))")
_HAVE = r"(?:ont|a|avons|disposent|dispose|disposons|gardent|garde|gardons|detien\w*|possede\w*|have|has|hold|holds|keep|keeps|get|gets|'ve got|got)"
_ACCESS = (r"(?:(?:un |l'|des |les |d'|de )?acces (?:a distance|distants?|admin\w*|administrateurs?|root|complets?|permanents?|total|"
           r"illimites?)|la main(?: a distance)?|(?:les |des |nos |leurs |tous les )?(?:mots? de passe|identifiants|comptes?|"
           r"droits?) (?:admin\w*|administrateurs?|root|d'admin\w*|d'administrat\w*)|(?:full |permanent |24/7 |unattended |"
           r"always-on )?(?:remote|admin\w*|administrator|root|privileged|rmm) (?:access|control|rights|passwords?|credentials|"
           r"accounts?|logins?)|(?:the |their |our |all the )?admin (?:passwords?|rights|credentials|access|accounts?))")
_CONNECT = (r"(?:(?:can |could )?(?:se connect\w*|prend\w* la main|prenons la main|log(?:s|ged)? (?:in|on|into)|connect\w*|"
            r"remote (?:in|into)|take\w* (?:control|over)|peu(?:t|vent|x) (?:se connecter|prendre la main))"
            r"(?: (?:remotely|a distance|at will|anytime|whenever \w+ \w+|quand (?:il|ils) veu\w+))?"
            r"(?: (?:to|into|on|of|a|au|aux|sur))?)")
_MACHINES = (r"(?:postes?|pcs?|ordinateurs?|ordis?|serveurs?|machines?|laptops?|portables?|workstations?|computers?|desktops?|"
             r"systemes?|systems?|servers?|reseau|network|parc|infra\w*|si\b|tenant|devices?|appareils?|ecrans?)")
# the provider's own tools, or the speaker's own network, are no access to the client's systems
_OWN = re.compile(r"\b(?:portail|portal|outil|tool|tickets?|extranet|dashboard|our own|nos propres|notre propre|chez nous)\b")
_NEGATED = re.compile(r"\b(?:no|not|never|don'?t|doesn'?t|didn'?t|n'|ne|pas|aucun\w*|plus|jamais|zero|without|sans)\b")
_ASKED_BEFORE = re.compile(r"(?:\b(?:do|does|did|should|would|could|can|will|need|must|faut-il qu[e']|est-ce qu[e']|"
                           r"doivent|doit)\s*)$")


def _pattern(holder: str) -> re.Pattern:
    return re.compile(r"\b(?P<who>" + holder + r")\b(?P<between>(?: [\w'-]+){0,3}?) (?:(?P<have>" + _HAVE + r")(?: [\w'-]+){0,2}? "
                      r"(?P<what>" + _ACCESS + r")|(?P<conn>" + _CONNECT + r"))(?P<rest>[^.;!?]{0,60})")


_HELD = {"msp": _pattern(_WE), "client": _pattern(_THEY)}


def provider_access(folded: str, side: str | None) -> str | None:
    """'remote' or 'admin' when the folded message tells that the provider holds access to the client's systems, read
    with the speaker's side (None: the provider's own words are not told apart, the client's reading is used)."""
    for m in _HELD["msp" if side == "msp" else "client"].finditer(folded):
        if _ASKED_BEFORE.search(folded[:m.start()]) or _NEGATED.search(m.group("between") or ""):
            continue
        rest = m.group("rest") or ""
        if _OWN.search(rest[:40]):
            continue
        what = m.group("what") or ""
        if what and _NEGATED.search(folded[m.start("have"):m.start("what")]):
            continue
        # the machines named, or the keys themselves (admin passwords, "la main") said to be the client's
        if not (re.search(r"\b" + _MACHINES, rest) or re.search(r"\b(?:our|nos|notre|their|leurs|leur)\b", what) or
                re.search(r"\b(?:admin\w*|administrat\w*|root|mots? de passe|passwords?)\b", what)):
            continue
        if re.search(r"\badmin\w*|administrat\w*|root|mots? de passe|passwords?|privileged|credentials|identifiants", what):
            return "admin"
        return "remote"
    return None


def decide(c) -> object | None:
    """The family of the act readers (`chat.act_rules`): the provider's access told, asking nothing else, is a fact stated;
    the machines it names are the object of that access, not services or assets put into the scope. None otherwise."""
    slots = c.slots
    if slots.access is None or c.drafting or c.state.awaiting() or len(c.words) > 30 or c.asks and not re.search(
            r"\b(?:though|pourtant|quand meme|en fait|actually|non|right|hein)\s*\?\s*$", c.low):
        return None  # (a fact told in passing in a longer request, or a question, keeps its own reading)
    if _ASKED_ABOUT.match(c.low):
        return None  # "et nos données dans tout ça, ils gardent les mots de passe admin": what becomes of them, asked
    slots.add_services, slots.add_assets, slots.remove_services, slots.remove_assets = [], [], [], []
    return c.u("state_fact", topic=None)


# a subject asked about, the access given as its setting: "et nos données dans tout ça, …", "what about our backups, …"
_ASKED_ABOUT = re.compile(r"^\W*(?:(?:et|and|mais|but)\s+)?(?:quid (?:de|des|du)|what about|how about|(?:nos|les|la|le|l'|"
                          r"notre|our|the)\b[^,;]{0,30}?(?:dans tout ca|la-dedans|dans l'histoire|in all (?:this|that)))")


def consequence_calls(state, text: str, access: str) -> list:
    """What the access told means for the question on the table, its verdict first (the provider is a processor: the
    processor terms are needed), then the answer found for the fact and that consequence."""
    from assistant.chat.tool_args import ToolCall
    from assistant.chat.wording import say_move

    lead = "access_msp" if state.side == "msp" else "access_client"
    words = {"how": say_move(state.lang, f"access.how_{access}")}
    if state.last.tool == "answer_question" and state.last.question:
        # the question just answered: "do we need it?" now has its yes; "he says no annex is needed, is he right?" its no
        from assistant.chat.claims import need_claim_refuted

        refuted = need_claim_refuted(state.last.question, say_move(state.lang, "access.needed"))
        words["opening"] = say_move(state.lang, "access.answer_no" if refuted else "access.answer_yes")
    # the search is made on the fact told and what it raises (the processor terms), not on the earlier question's own
    # subject words ("the patient app" would find health-data hosting)
    args = {"question": f"{text} {say_move(state.lang, 'access.query')}", "topic": "data_protection"}
    return [ToolCall("answer_question", {**args, "lead": lead, "lead_words": words})]
