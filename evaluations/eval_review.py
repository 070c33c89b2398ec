"""Contract review quality: precision and recall per topic, per GDPR Art. 28 element and per
risk-flag rule, against the answer keys in evaluations/review/answers.yaml (real contracts from
../shared/reference/contracts and the team's own contracts and DPAs, two of them generated as DOCX
and PDF at run time).

    python -m evaluations.eval_review [--baseline-root DIR] [--write] [--topics]

Flags are compared between the engine of this checkout and a baseline checkout (`--baseline-root`,
a `git worktree` of an earlier commit) in the same run: precision/recall per rule, per reader's side
(`flags_client` / `flags_msp` keys, scored against the flags of severity high or medium for that
role), per document type and per split. Both engines run cues only (no index), in subprocesses.
`--topics` adds the older topic / missing-essential tables (with the clause-library index)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import yaml

from evaluations.common import HERE, load_yaml, stamp, table, temp_app, write_section

REVIEW_DIR = HERE / "review"
ANSWERS = REVIEW_DIR / "answers.yaml"
CONTRACTS = HERE.parents[1] / "shared" / "reference" / "contracts"



# What a part of a contract must itself settle (issue 13 point 6): a DPA the processing and its Art. 28 terms, an SLA
# annex its levels and what a missed level costs
PART_ESSENTIALS = {"dpa": {"data_protection", "security", "confidentiality"}, "sla": {"sla", "penalties"}}

def resolve(case: dict, generated_dir: Path) -> Path:
    if "reference" in case:
        return CONTRACTS / case["reference"]
    if "generated" in case:
        return generated_dir / case["generated"]
    return REVIEW_DIR / case["file"]


EXTRA_KEYS: list[Path] = []  # --keys: more key files (sealed blind documents), read after answers.yaml


def load_cases() -> list[dict]:
    cases = list(load_yaml(ANSWERS)["documents"])
    for path in EXTRA_KEYS:
        cases += load_yaml(path)["documents"]
    return cases


class PR:
    """Counts for one label; precision/recall are None when undefined."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, predicted: set, expected: set, label) -> None:
        p, e = label in predicted, label in expected
        self.tp += p and e
        self.fp += p and not e
        self.fn += e and not p

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def row(self, name) -> list:
        fmt = lambda v: "—" if v is None else round(v, 3)  # noqa: E731
        return [name, self.tp, self.fp, self.fn, fmt(self.precision), fmt(self.recall)]


def score(results: list[tuple[dict, dict]], field: str, labels: list[str], getter) -> tuple[dict, PR]:
    per = {label: PR() for label in labels}
    total = PR()
    for case, got in results:
        if field not in case:
            continue  # the v2 keys do not key topics
        predicted, expected = set(getter(got)), set(case.get(field) or [])
        for label in labels:
            per[label].add(predicted, expected, label)
            total.add(predicted, expected, label)
    return per, total


def review_all(cases: list[dict], retriever, generated_dir: Path) -> tuple[list[tuple[dict, dict]], float]:
    from assistant.legal.review.documents import load_document
    from assistant.legal.review.report import review_document

    results, start = [], time.perf_counter()
    for case in cases:
        doc = load_document(resolve(case, generated_dir))
        results.append((case, review_document(doc, retriever=retriever, role="client").to_json()))
    return results, (time.perf_counter() - start) / max(len(cases), 1)


def _name(case: dict) -> str:
    return case.get("reference") or case.get("generated") or case["file"]


def run(app=None) -> str:
    from assistant.knowledge.taxonomy import load_taxonomy
    from assistant.legal.review.risk.catalogue import RULE_IDS
    from evaluations.review.make_fixtures import build

    taxonomy = load_taxonomy()
    cases = load_cases()
    generated = Path(tempfile.mkdtemp(prefix="clausier-review-fixtures-"))
    build(generated)
    app = app or temp_app()
    app.ensure_index()
    if hasattr(app.retriever, "warm"):
        app.retriever.warm()  # model loading is not review time
    with_retrieval, secs = review_all(cases, app.retriever, generated)
    cues_only, secs_cues = review_all(cases, None, generated)

    topic_get = lambda j: j["topics"]  # noqa: E731
    art_get = lambda j: [k for k, v in j["gdpr_art28"]["elements"].items() if v["present"]]  # noqa: E731
    flag_get = lambda j: [f["rule"] for f in j["flags"]]  # noqa: E731
    # what the review reports missing: its own gaps, and the topics a part of a contract reviewed alone leaves to the
    # main agreement (`terms_elsewhere`, one grouped low finding)
    miss_get = lambda j: j["missing_essential"] + ((j.get("terms_elsewhere") or {}).get("topics") or [])  # noqa: E731

    topics, topics_total = score(with_retrieval, "topics", taxonomy.topic_ids, topic_get)
    _, topics_cues = score(cues_only, "topics", taxonomy.topic_ids, topic_get)
    _, missing_total = score(with_retrieval, "missing_essential", taxonomy.essential_topics, miss_get)
    _, missing_cues = score(cues_only, "missing_essential", taxonomy.essential_topics, miss_get)
    elements, elements_total = score(with_retrieval, "art28_present", taxonomy.art28_ids, art_get)
    flags, flags_total = score(with_retrieval, "flags", RULE_IDS, flag_get)
    _, flags_cues = score(cues_only, "flags", RULE_IDS, flag_get)
    applies_ok = sum(case["art28_applies"] == got["gdpr_art28"]["applies"] for case, got in with_retrieval)

    per_doc = []
    for case, got in with_retrieval:
        t_pred, t_exp = set(got["topics"]), set(case.get("topics", []))
        f_pred, f_exp = set(flag_get(got)), set(case["flags"])
        a_pred, a_exp = set(art_get(got)), set(case.get("art28_present", []))
        per_doc.append([_name(case), case["lang"], len(got["clauses"]),
                        f"{len(t_pred & t_exp)}/{len(t_exp)} (+{len(t_pred - t_exp)})",
                        f"{len(a_pred & a_exp)}/{len(a_exp)} (+{len(a_pred - a_exp)})",
                        f"{len(f_pred & f_exp)}/{len(f_exp)} (+{len(f_pred - f_exp)})",
                        ", ".join(sorted(f_exp - f_pred)) or "—", ", ".join(sorted(f_pred - f_exp)) or "—"])

    headers = ["label", "TP", "FP", "FN", "precision", "recall"]
    used_topics = [t for t in taxonomy.topic_ids if topics[t].tp + topics[t].fp + topics[t].fn]
    split_rows = []
    for split in ("dev", "heldout"):
        part = [(c, g) for c, g in with_retrieval if c.get("split", "dev") == split]
        if not part:
            continue
        for what, fld, labels, get in (("topics", "topics", taxonomy.topic_ids, topic_get),
                                       ("missing essentials", "missing_essential", taxonomy.essential_topics, miss_get),
                                       ("Art. 28 elements", "art28_present", taxonomy.art28_ids, art_get),
                                       ("risk flags", "flags", RULE_IDS, flag_get)):
            split_rows.append(score(part, fld, labels, get)[1].row(f"{split} ({len(part)} docs): {what}"))
    n_dev = sum(1 for c in cases if c.get("split", "dev") == "dev")
    md = [
        "## Review", stamp(), "",
        f"{len(cases)} documents with answer keys (`evaluations/review/answers.yaml`). Development set ({n_dev}): "
        "the two real contracts in `shared/reference/contracts` (French infogérance text inside PHP/HTML, pypdf "
        "extraction of the 37signals DPA), four contracts/DPAs written by the team with planted gaps and traps "
        "(2 FR, 2 EN), one DOCX with an SLA table and one PDF generated by `evaluations/review/make_fixtures.py`; "
        "the rules were written while reading these, so their figures are optimistic. Held-out set: documents "
        "written after the rules were frozen, with their keys written before the first run. Scoring is per "
        "document: a topic, Art. 28 element or flag rule counts once per document.", "",
        "### Summary (micro-averaged, all documents)", "",
        table(["what", "TP", "FP", "FN", "precision", "recall"], [
            topics_total.row("topics (cues + clause-library retrieval)"),
            topics_cues.row("topics (cues only, no index)"),
            missing_total.row("missing essential topics"),
            missing_cues.row("missing essential topics (cues only)"),
            elements_total.row("GDPR Art. 28 elements present"),
            flags_total.row("risk flags (cues + retrieval)"),
            flags_cues.row("risk flags (cues only)"),
        ]), "",
        "### Development vs held-out", "", table(headers, split_rows), "",
        "The first run on the held-out set, before any rule saw it, scored: topics P 1.000 / R 0.814, "
        "Art. 28 elements P 1.000 / R 0.667, risk flags P 0.714 / R 0.556 (missed: renewal without the words "
        "\"tacite reconduction\", an exclusion worded \"n'est pas responsable des données perdues\", a security "
        "promise worded \"s'engage à ce qu'aucun virus…\", prices on a client portal, partner subcontracting, "
        "\"exclusive remedy\" credits, cyber-attacks as force majeure, the provider's home courts). The rules "
        "were then widened for those wordings, so the held-out figures above are no longer blind; a fresh "
        "held-out set is the next step.", "",
        f"Art. 28 applicability decided correctly on {applies_ok}/{len(cases)} documents. "
        f"Mean review time per document: {secs * 1000:.0f} ms with retrieval, {secs_cues * 1000:.0f} ms cues only.", "",
        "### Per document", "",
        table(["document", "lang", "clauses", "topics found (+extra)", "Art. 28 found (+extra)",
               "flags found (+extra)", "missed flags", "extra flags"], per_doc), "",
        "### Per topic", "", table(headers, [topics[t].row(t) for t in used_topics]), "",
        "### Per GDPR Art. 28 element", "", table(headers, [elements[e].row(e) for e in taxonomy.art28_ids]), "",
        "### Per risk-flag rule", "", table(headers, [flags[r].row(r) for r in RULE_IDS]), "",
    ]
    return "\n".join(md)


# Runs inside the checkout under test: JSON {"paths": [...]} on stdin -> per document and role, the flags
# (rule -> severity) and the Art. 28 decision. Same script for the baseline and the current engine.
WORKER = r"""
import json, sys, warnings
warnings.filterwarnings("ignore")
from assistant.legal.review.documents import load_document
from assistant.legal.review.report import review_document
out = []
paths = json.load(sys.stdin)["paths"]
for path in paths:
    doc = load_document(path)
    row = {}
    for role in ("client", "msp"):
        rep = review_document(doc, retriever=None, role=role)
        row[role] = {f.rule: f.severity for f in rep.flags}
        row["applies"] = rep.gdpr_art28.applies
        row["present"] = [k for k, v in rep.gdpr_art28.elements.items() if v["present"]]
        row["clauses"] = len(rep.clauses)
        if role == "client":
            left = getattr(rep, "terms_elsewhere", None)  # what a part reviewed alone leaves to the main agreement
            row["missing"] = list(rep.missing_essential) + list(left.topics if left is not None else [])
            row["topics"] = sorted({t for c in rep.clauses for t in c.topics})
            row["type"] = rep.doc_type.kind if rep.doc_type else None
    out.append(row)
# the documents keyed as one contract (`set:` in the keys), also reviewed together as `clausier review a b` does
# (issue 13, point 6): each member's flags within the set
for group in json.load(open(sys.argv[1])) if len(sys.argv) > 1 else []:
    from assistant.legal.review.docset import review_set
    docs = [load_document(paths[i]) for i in group]
    for role in ("client", "msp"):
        rep = review_set(docs, retriever=None, role=role)
        for i, member in zip(group, rep.documents):
            out[i]["set_" + role] = {f.rule: f.severity for f in member.flags}
json.dump(out, sys.stdout)
"""


def run_engine(root: Path, paths: list[Path], sets: list[list[int]] | None = None) -> list[dict]:
    """`sets`: indexes of `paths` keyed as one contract, each group also reviewed as one set."""
    import json
    import os
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(root), PYTHONWARNINGS="ignore", CLAUSIER_OFFLINE="1")
    python = root / ".venv" / "bin" / "python"
    python = python if python.exists() else Path(sys.executable)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(sets or [], f)
    proc = subprocess.run([str(python), "-c", WORKER, f.name], input=json.dumps({"paths": [str(p) for p in paths]}),
                          capture_output=True, text=True, cwd=str(root), env=env)
    Path(f.name).unlink(missing_ok=True)
    if proc.returncode != 0:
        raise SystemExit(f"error: the engine at {root} failed: {proc.stderr.strip().splitlines()[-3:]}")
    return json.loads(proc.stdout)


def _commit(root: Path) -> str:
    import subprocess

    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def key_sets(cases: list[dict]) -> list[list[int]]:
    """The documents the keys mark as one contract (`set:`), as groups of indexes into `cases` (each case gets its index
    as `_index`); a set of one document is no set."""
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(cases):
        c["_index"] = i
        if c.get("set"):
            groups.setdefault(c["set"], []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def _side_flags(row: dict, role: str) -> set[str]:
    return {r for r, sev in row[role].items() if sev in ("high", "medium")}


def compare(baseline_root: Path | None) -> str:
    """Flags and Art. 28 of the baseline and the current engine on every keyed document, same run."""
    from assistant.legal.review.risk.catalogue import RULE_IDS
    from evaluations.review.make_fixtures import build

    cases = load_cases()
    generated = Path(tempfile.mkdtemp(prefix="clausier-review-fixtures-"))
    build(generated)
    paths = [resolve(c, generated) for c in cases]
    sets = key_sets(cases)
    engines = []
    if baseline_root is not None:
        engines.append((f"baseline {_commit(baseline_root)}", run_engine(baseline_root, paths, sets)))
    engines.append((f"facts engine {_commit(HERE.parent)}+tree", run_engine(HERE.parent, paths, sets)))

    def pr(rows, pick) -> PR:
        total = PR()
        for case, row in zip(cases, rows):
            got = pick(case, row)
            if got is None:
                continue
            predicted, expected = got
            for label in RULE_IDS:
                total.add(predicted, expected, label)
        return total

    any_side = lambda c, r: (set(r["client"]), set(c["flags"]))  # noqa: E731 - every flag, any severity
    in_set = {i for g in sets for i in g}
    members = lambda c: c["_index"] in in_set  # noqa: E731
    alone_in_set = lambda c, r: (set(r["client"]), set(c["flags"])) if members(c) else None  # noqa: E731
    as_set = lambda c, r: (set(r.get("set_client", r["client"])), set(c["flags"])) if members(c) else None  # noqa: E731
    def side(role):
        return lambda c, r: (_side_flags(r, role), set(c[f"flags_{role}"])) if f"flags_{role}" in c else None

    headers = ["engine", "TP", "FP", "FN", "precision", "recall"]
    md = ["## Review risk flags: baseline vs facts engine (same run)", stamp(), "",
          f"`python -m evaluations.eval_review --baseline-root DIR` - {len(cases)} documents with answer keys "
          "(`evaluations/review/answers.yaml`): real contracts (ISVTEC, 37signals DPA, three Cloud Temple service "
          "agreements), the team's fixtures (dev, held-out of the previous round, and v2 written for issue 13 from "
          "its failure classes). Cues only (no index) for both engines. All sets are development material: the "
          "v2 fixtures and the Cloud Temple keys were written while the facts rules were built, so they are not "
          "blind; the held-out pair was seen before. Scoring per document: a rule counts once per document.", ""]
    rows = []
    for name, res in engines:
        rows.append(pr(res, any_side).row(f"{name}: flags, any side (role client run, any severity)"))
        if sets:
            rows.append(pr(res, alone_in_set).row(f"{name}: flags, any side, the {len(in_set)} documents keyed as part "
                                                  f"of a set, each reviewed alone"))
            rows.append(pr(res, as_set).row(f"{name}: flags, any side, the same documents reviewed as one set "
                                            f"(`clausier review a b`, {len(sets)} sets)"))
        for role in ("client", "msp"):
            rows.append(pr(res, side(role)).row(f"{name}: flags for the {role} (high/medium)"))
        ok = sum(c["art28_applies"] == r["applies"] for c, r in zip(cases, res))
        rows.append([f"{name}: Art. 28 applicability correct", ok, "", len(cases) - ok, "", ""])
        el = PR()
        for c, r in zip(cases, res):
            if "art28_present" in c:
                for e in set(c["art28_present"]) | set(r["present"]):
                    el.add(set(r["present"]), set(c["art28_present"]), e)
        rows.append(el.row(f"{name}: Art. 28 elements present"))
        for label, fld, got in (("topics", "topics", "topics"), ("missing essential", "missing_essential", "missing")):
            tp = PR()
            for c, r in zip(cases, res):
                if fld in c and got in r:
                    for t in set(c[fld]) | set(r[got]):
                        tp.add(set(r[got]), set(c[fld]), t)
            rows.append(tp.row(f"{name}: {label} (cues only)"))
        # issue 13 point 6: a DPA or an SLA annex reviewed alone is checked against its own type's essentials, not a
        # whole contract's; older keys list a contract's topics as missing for such a part, so they are also read by
        # that policy (the key's list cut to the part's checklist, written here from the issue, not from the product)
        tp = PR()
        for c, r in zip(cases, res):
            if "missing_essential" in c and "missing" in r:
                exp = set(c["missing_essential"])
                if c.get("doc_type") in PART_ESSENTIALS:
                    exp &= PART_ESSENTIALS[c["doc_type"]]
                for t in exp | set(r["missing"]):
                    tp.add(set(r["missing"]), exp, t)
        rows.append(tp.row(f"{name}: missing essential, keys read by issue 13 point 6 (cues only)"))
    md += ["### Summary", "", table(headers, rows), "",
           "Blind pair (`split: blind`, two documents written after this round's rules were frozen, keys written "
           "before the first run): the first run of the facts engine scored flags P 0.900 / R 0.818 any side "
           "(TP 9, FP 1, FN 2), client side P 0.875 / R 0.778, provider side P 0.800 / R 0.800. Missed: SLA "
           "compliance \"établi à partir des relevés du seul Prestataire\" (provider-only measurement) and "
           "sub-processing of hosting on mere notice (no objection right); extra: \"no SLA measurement\" (the "
           "provider's readings are a method, a one-sided one). The two classes were then fixed, so the blind rows "
           "below are no longer blind.", "",
           "Second blind pair (`split: blind2`, written this session by a helper who neither ran the review nor "
           "read the rules, keys written with the documents): the first run, engine fe32a12, scored flags P 0.917 / "
           "R 0.733 any side (TP 11, FP 1, FN 4). Missed: a US venue \"courts located in Dallas, Texas\" in the "
           "provider's city (one-sided court), an ALL-CAPS exclusion of any data loss \"including any failure of a "
           "backup\" while nightly backups are sold, and in the French contract the processor terms with a general "
           "sub-processor authorisation and neither notice nor objection (free_subprocessors, "
           "personal_data_without_dpa); extra: \"no reversibility\" next to a transition-assistance section that "
           "returns the data. Classes fixed afterwards are listed in the closing note; from then on the blind2 rows "
           "are no longer blind.", "",
           "Third and fourth blind pairs (`split: blind3`, `blind4`, written in the fourth session by helpers who "
           "neither ran the review nor read its code, keys written with the documents; blind4 was kept in a sealed key "
           "file until its first run). First runs: blind3 on engine 3c4526c P 0.636 / R 0.368 any side (TP 7, FP 4, "
           "FN 12); blind4 on engine d656cf3, after that session's other fixes, P 0.667 / R 0.462 (TP 6, FP 3, FN 7). "
           "The misses were wording classes the rules had not met (a price 'ajusté' at will, penalties that "
           "'éteignent toute prétention', a cap kept 'faute lourde comprise', a venue named by a county of the "
           "provider's state, sub-processors 'sans que le Prestataire soit tenu de l'en informer', levels measured by "
           "the provider's own tools, 'not less than' read as a negation…). They were fixed by class afterwards, so "
           "these rows are no longer blind: expect new documents to score near the first runs, not the rows below.",
           "",
           "Fifth blind set (`split: blind5`, fifth session: a French managed-services contract, a US MSA and a "
           "French SLA annex, written by a helper who neither ran the review nor read its code): first run on "
           "engine c76e027 (the session's base) P 0.714 / R 0.526 any side (TP 10, FP 4, FN 9). Missed: a cap of "
           "one monthly fee placed in the payment article, renewal at the provider's list price, the provider's "
           "ticket time stamps as sole proof, 36-month renewals, sub-processor changes binding once posted on an "
           "extranet, 100 % of the remaining fees, a warranty of no intrusion, penalties kept outside the cap "
           "'par dérogation'; extra: a customer-only convenience exit, a DPA flag where the customer states it holds "
           "no EU personal data, uncapped credits where Exhibit B caps them. Fixed by class afterwards.",
           "",
           "Sixth blind set (`split: blind6`, fifth session: a French maintenance contract, UK MSP terms and a French "
           "Art. 28 annex, written blind and keyed outside the repository until one run at the end of the session, "
           "engines c76e027 and 9f1334f in the same run): P 0.917 / R 0.611 at the base, P 0.923 / R 0.667 after the "
           "session's fixes (TP 12, FP 1, FN 6): new wording still escaped the readers (outside technicians used "
           "without consent, a suspension 'sans mise en demeure préalable' read as notice given, audits by "
           "questionnaire only, a breach notice put off until the processor's own investigation, a country's courts "
           "read as the provider's). Fixed by class afterwards, so the blind6 rows below are no longer blind.",
           "",
           "Seventh blind set (`split: blind7`, sixth session: French cloud terms, a US MSA with exhibits for a Dutch "
           "customer and a French application-maintenance (TMA) contract, written blind; the original keys were lost "
           "and rewritten by reading in the seventh session, matching the sealed run's counts): sealed run, engines "
           "306f794 and 7e70532 identical, P 0.722 / R 0.650 (TP 13, FP 5, FN 7). Missed: a cap of the last monthly "
           "invoice counted per contract year, the client's own measurements refused against the provider's probes, a "
           "new price grid applied to running services, limits kept 'including where the loss arises from gross "
           "negligence', sub-processors listed after they start despite a consent clause for subcontracting, a "
           "penalty's base read as an SLA measurement, a warranty of no exploitable flaw; extra: credit caps read as "
           "uncapped (a title word, damages kept beyond the credits), a 'force majeure does not include' list, a "
           "customer exit paid by a charge defined elsewhere, sub-processors read as free subcontracting. Fixed by "
           "class afterwards (tests/test_review_classes7b.py), so the blind7 rows below are no longer blind.",
           "",
           "Eighth blind set (`split: blind8`, seventh session: a French managed-services contract written for the "
           "provider, an English outsourcing agreement written for the customer and French maintenance and hosting "
           "conditions with an SLA annex, written blind and keyed outside the repository until one run at the end of "
           "the session, engines 8f630a8 and 97b0364 in the same run): P 0.882 / R 0.682 at both (TP 15, FP 2, FN 7): "
           "the session's fixes (the blind7 classes and a 160-clause blind paraphrase batch, first run 0.738) did not "
           "change one flag on these documents. Missed: asymmetric termination (twice), a data-loss exclusion next "
           "to sold backups, a gross-negligence exclusion, provider-only SLA measurement, a one-sided court, "
           "penalties as the sole remedy; extra: uncapped penalties, a long tacit renewal. Development material "
           "from then on.",
           "",
           "Ninth blind set (`split: blind9`, eighth session: a French managed-services contract for veterinary "
           "clinics, UK-style managed IT services terms with an order form and an English DPA of a backup provider, "
           "written blind and keyed outside the repository until one run at the end of the session, engines 0ec500b "
           "and a5d22fc in the same run): P 0.769 / R 0.714 at the base (TP 10, FP 3, FN 4), P 0.786 / R 0.786 "
           "after the session's fixes (TP 11, FP 3, FN 3). Missed: penalties as the sole remedy, a restricted audit "
           "and group sub-processors added without notice in the DPA; extra: a one-sided court, an asymmetric "
           "termination and a data-loss exclusion next to sold backups. Development material from then on.",
           "",
           "Tenth blind set (`split: blind10`, ninth session: an English managed-services agreement on the "
           "customer's paper, a French maintenance contract and a French GDPR annex, written blind and keyed outside "
           "the repository until one run at the end of the session, engines dc2656e and 967304c in the same run): "
           "P 0.900 / R 0.692 at both (TP 9, FP 1, FN 4). Missed: the four provider-side flags of the English "
           "agreement (uncapped liability through an indemnity that escapes the cap, a warranty of no ransomware, "
           "uncapped penalties, a one-sided court). Development material from then on.",
           "",
           "Eleventh blind set (`split: blind11`, tenth session: a French public-procurement CCAP for maintenance and "
           "partial infogérance, a US master services agreement and French backup-service terms, written blind and "
           "keyed outside the repository until one run at the start of the eleventh session, engines 6e51c90 and "
           "d1ea042 in the same run): P 0.667 / R 0.923 at both (TP 12, FP 6, FN 1). Missed: an uncapped liability "
           "in the CCAP; extra: a free subcontracting in the CCAP, free sub-processors, a one-sided court and "
           "personal data without processor terms in the US agreement, an asymmetric termination and uncapped "
           "penalties in the backup terms. Development material from then on.",
           ""]

    # per split and per document type
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(cases):
        groups.setdefault(f"split {c.get('split', 'dev')}", []).append(i)
        groups.setdefault(f"type {c.get('doc_type', 'unkeyed')}", []).append(i)
    grows = []
    for g, idx in sorted(groups.items()):
        cells = [g, len(idx)]
        for _eng, res in engines:
            t = pr([res[i] if i in idx else None for i in range(len(cases))],
                   lambda c, r: None if r is None else any_side(c, r))
            cells += [t.row("")[4], t.row("")[5]]
        grows.append(cells)
    gh = ["group", "docs"] + [f"{n.split()[0]} {m}" for n, _ in engines for m in ("P", "R")]
    md += ["### Per split and document type (flags, any side)", "", table(gh, grows), ""]

    # per rule
    rrows = []
    for rule in RULE_IDS:
        cells = [rule]
        for _eng, res in engines:
            t = PR()
            for c, r in zip(cases, res):
                t.add(set(r["client"]), set(c["flags"]), rule)
            cells += [f"{t.tp}/{t.fp}/{t.fn}"]
        rrows.append(cells)
    md += ["### Per rule (TP/FP/FN, any side)", "", table(["rule"] + [n.split()[0] for n, _ in engines], rrows), ""]

    # per document, current engine
    drows = []
    cur = engines[-1][1]
    base = engines[0][1] if len(engines) > 1 else None
    for i, (c, r) in enumerate(zip(cases, cur)):
        got, exp = set(r["client"]), set(c["flags"])
        miss, miss_exp = set(r.get("missing", [])), set(c.get("missing_essential", []))
        cells = [_name(c), c.get("doc_type", "—"), r.get("type") or "—", r["clauses"],
                 f"{len(got & exp)}/{len(exp)} (+{len(got - exp)})",
                 ", ".join(sorted(exp - got)) or "—", ", ".join(sorted(got - exp)) or "—",
                 f"{len(miss & miss_exp)}/{len(miss_exp)} (+{len(miss - miss_exp)})"]
        if base is not None:
            b = set(base[i]["client"])
            cells.insert(4, f"{len(b & exp)}/{len(exp)} (+{len(b - exp)})")
            bm = set(base[i].get("missing", []))
            cells.insert(-1, f"{len(bm & miss_exp)}/{len(miss_exp)} (+{len(bm - miss_exp)})")
        drows.append(cells)
    dh = ["document", "type", "type read", "clauses"] + (["baseline found (+extra)"] if base is not None else []) + \
        ["facts found (+extra)", "missed", "extra"] + (["baseline missing ess."] if base is not None else []) + \
        ["missing ess. found (+extra)"]
    md += ["### Per document", "", table(dh, drows), ""]
    return "\n".join(md)


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Review evaluation against the answer keys")
    ap.add_argument("--baseline-root", type=Path, help="checkout of the baseline engine (git worktree)")
    ap.add_argument("--write", action="store_true", help="write evaluations/results/review.md")
    ap.add_argument("--topics", action="store_true", help="also the topic tables (builds the clause index)")
    ap.add_argument("--keys", type=Path, nargs="+", default=[],
                    help="more answer-key files in the same format (e.g. evaluations/review/answers_sealed.yaml); "
                         "their `file` paths are relative to evaluations/review/")
    args = ap.parse_args()
    for path in args.keys:
        try:
            docs = load_yaml(path).get("documents")
        except (OSError, ValueError, AttributeError, yaml.YAMLError) as exc:
            print(f"error: cannot read the answer keys {path}: {exc}", file=sys.stderr)
            return 2
        if not isinstance(docs, list):
            print(f"error: {path} has no `documents:` list", file=sys.stderr)
            return 2
        EXTRA_KEYS.append(path)
    if args.baseline_root is not None and not (args.baseline_root / "assistant").is_dir():
        print(f"error: {args.baseline_root} is not a checkout of the project", file=sys.stderr)
        return 2
    md = compare(args.baseline_root)
    if args.topics:
        md += "\n" + run()
    print(md)
    if args.write:
        (HERE / "results" / "review.md").write_text(md, encoding="utf-8")
        if args.topics:
            write_section("review", md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
