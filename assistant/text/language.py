"""Cheap French/English detection: enough to answer in the question's language."""

from __future__ import annotations

import re

from assistant.text.fold import fold

__all__ = ["detect_language"]

_FR = set("""le la les un une des du de d l et est sont pour dans sur avec sans que qui quoi quel quelle
quels quelles est-ce ce cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il elle nous
vous ils elles on ne pas plus moins au aux c qu n s y en ou où comment pourquoi combien quand faut doit peut
contrat clause prestataire délai délais donnees données responsabilite responsabilité réversibilité infogérance
infogerance résiliation resiliation durée duree prix client moi propose rédige redige explique c'est cest
obligation moyens résultat resultat sous-traitant sauvegarde sécurité securite rgpd
mois jours semaines heures année annee années annees ans passe passez mets mettez met ajoute ajoutez rajoute rajoutez
retire retirez enlève enleve fais faites oui non merci bon alors donc aussi tout tous rien trop très tres bien mais
chez plutôt plutot encore déjà deja stp svp plafond plafonne redevance pénalités penalites préavis preavis dispo
disponibilité disponibilite heberge hébergement hebergement ça ca voilà voila peux pouvez veux voulez""".split())
_EN = set("""the a an of and is are for in on with without what which who how why when my your our their
his her its it this that these those do does can should must will would to be from by at or not no me i we you
they contract provider clause liability data breach processor controller termination notice explain draft
propose mean means result backup security
months days weeks hours years make put set add remove yes thanks please too also all everything nothing but so just
only more less cap fee fees penalties notice uptime hosting want need""".split())
_ELIDED = {"c", "l", "d", "qu", "j", "n", "s"}


def detect_language(text: str, *, default: str = "fr") -> str:
    """"fr" or "en" by counting common words and French accents; `default` on a tie."""
    low = text.lower()
    words = re.findall(r"[\w'-]+", low)
    fr = sum(1 for w in words if w in _FR or fold(w) in _FR) + 2 * len(re.findall(r"[éèêàçùôîœ]", low))
    fr += sum(1 for w in words if "'" in w and w.split("'")[0] in _ELIDED)
    en = sum(1 for w in words if w in _EN)
    if fr == en:
        return default
    return "fr" if fr > en else "en"
