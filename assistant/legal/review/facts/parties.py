"""Who is who: the defined names of the provider and the client, and the towns named in each
party's description (to tell whose home court a jurisdiction clause picks)."""

from __future__ import annotations

import re

from assistant.legal.review.facts.reading import CLIENT_WORDS, PROVIDER_WORDS, folded

GENERIC = {"dpa", "agreement", "contrat", "contract", "services", "accord", "annexe", "annex", "sla", "cgv", "order"}


def party_names(text: str) -> tuple[list[str], list[str]]:
    """Defined names of the provider and of the client ("ci-après dénommée « ISVTEC »", '("Vendor")')."""
    f = " ".join(folded(text[:20000]).split())
    names = re.findall(r"ci-?apres (?:denommee?s?|designee?s?|appelee?s?|nommee?s?) \"\s*([^\"]{2,40}?)\s*\"", f)
    names += re.findall(r"\(\s*(?:hereinafter|ci-apres)?\s*(?:referred to as )?(?:the )?\"([^\"]{2,40})\"\s*\)", f)
    provider, client = [], []
    for n in names:
        n = re.sub(r"^(le|la|l'|the)\s*", "", n.strip())
        if not n or n in GENERIC:
            continue
        if any(re.search(rf"\b{re.escape(w)}\b", n) for w in CLIENT_WORDS):
            client.append(n)
        elif any(re.search(rf"\b{re.escape(w)}\b", n) for w in PROVIDER_WORDS) or re.search(r"\d|[a-z]{3,}", n):
            provider.append(n)
    mt = re.search(r"between (.{2,60}?) \(\"([^\"]+)\"\) and", f)
    if mt and mt.group(2) not in provider and not any(w in mt.group(2) for w in CLIENT_WORDS):
        provider.append(mt.group(2))
    return sorted(set(provider)), sorted(set(client))


_TOWN = re.compile(r"\b\d{5}\s+((?:[A-Z][A-Za-zÀ-ÿ'-]*\s?){1,3})|\b(?:incorporated|registered|organi[sz]ed|immatricul[ée]+e?)\s+"
                   r"(?:in|under the laws of|au RCS de|au registre du commerce(?: et des sociétés)? de|à)\s+(?:the State of "
                   r")?([A-Z][A-Za-zÀ-ÿ-]{3,})|\bRCS\s+(?:de\s+)?([A-Z][A-Za-zÀ-ÿ-]{3,})|\b(?:situ[ée]e? à|sis(?:e)? à|domicili[ée]e? à|located in|"
                   r"offices? (?:at|in)|business (?:at|in)|[A-Z][a-z]+ (?:Street|Avenue|Road),)\s+(?:[\w ,.-]{0,40}?)"
                   r"([A-Z][A-Za-zÀ-ÿ-]{3,})")


def party_towns(preamble: str) -> dict[str, set[str]]:
    """Towns named in the description of each party (the text up to its defined name)."""
    out: dict[str, set[str]] = {"provider": set(), "client": set()}
    pos = 0
    for d in re.finditer(r"ci-?apr[eè]s\s+(?:d[ée]nomm[ée]e?s?|d[ée]sign[ée]e?s?|appel[ée]e?s?)\s*[«\"“]?\s*([^»\"”]{2,40})"
                         r"|\((?:hereinafter )?(?:referred to as )?(?:the )?[\"“]([^\"”]{2,40})[\"”]\)", preamble):
        name = folded(d.group(1) or d.group(2) or "")
        block = preamble[pos:d.start()]
        pos = d.end()
        towns = {w.lower() for t in _TOWN.finditer(block) for w in re.findall(r"[A-Za-zÀ-ÿ-]{4,}", next(g for g in t.groups() if g))}
        side = "client" if any(re.search(rf"\b{re.escape(w)}\b", name) for w in CLIENT_WORDS) else "provider"
        out[side] |= towns
    return out
