"""Cue families of situations a question tells, thirtieth session (issue 15; read by `told_situations.SITUATIONS`).

- something the provider built for the client (a tool, a script, an app, code) and who owns it asked: the rights stay with
  the author unless assigned in writing (C. propr. intell. L111-1, L131-3), the card on rights in developments — not the
  card on open source (which needs open source named: premises.NAMED_CUES) nor the one on staff or freelancers (which
  needs who wrote it named: premises "authors_named");
- an independent guarantee named (on first demand, a bank's, a comfort letter): not a person's suretyship whose form the
  s26 card checks, but the card that tells the kinds of guarantee apart (C. civ. 2321 for the independent one).
"""

from __future__ import annotations

import re

_BY_PROVIDER = (r"(presta\w*|infogere\w*|infogerant\w*|msp|esn|ssii|integrateur|editeur|fournisseur|provider|vendor|supplier|"
                r"integrator|agency|agence)")
_BUILT = (r"(developpe\w*|code\w*|programme\w*|ecrit\w*|realise\w*|concu\w*|fait|faite|cree\w*|livre\w*|"
          r"developed|built|wrote|written|coded|created|made|delivered|designed)")
_THING = (r"(outils?|logiciels?|applis?|applications?|scripts?|programmes?|codes?|sources?|portail\w*|site\w*|modules?|"
          r"developpements?|automatisations?|macros?|connecteurs?|tools?|software|apps?|applications?|scripts?|portals?|"
          r"websites?|modules?|plugins?|automations?|connectors?|dashboards?|tableaux? de bord|reporting)")
_OWNED_ASKED = (r"(a qui|a nous|(est|sont)[- ](il|elle|ils|elles|ce)s? (a|la propriete)|proprietaires?|propriete|appartien\w*|"
                r"nous revien\w*|owns?|owned|owner\w*|ours|belongs?|ownership|intellectual property|\bip\b|"
                r"droits? (d'auteur|de propriete)|copyright)")
DEVELOPMENT_OWNED = re.compile(rf"(?s)^(?=.*\b{_BY_PROVIDER}\b)(?=.*\b{_BUILT}\b)(?=.*\b{_THING}\b)(?=.*\b{_OWNED_ASKED})")

# -- an independent guarantee named ------------------------------------------------------------------------------------------
INDEPENDENT_GUARANTEE = re.compile(
    r"\b(garanties? (autonomes?|a premiere demande|bancaires?|de (bonne|parfaite) (execution|fin))|a premiere demande|"
    r"lettres? (d.intention|de confort|de patronage)|(independent|first[- ]demand|on[- ]demand|bank|performance|demand) "
    r"(guarantees?|bonds?)|(on|at) first demand|letters? of (comfort|intent)|comfort letters?|stand-?by letters? of credit)\b")
