"""Contract review quality: precision and recall per topic, per GDPR Art. 28 element and per
risk-flag rule, against the answer keys in evaluations/review/answers.yaml (two real
contracts from ../shared/reference/contracts and the team's own contracts and DPAs,
two of them generated as DOCX and PDF at run time)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from evaluations.common import HERE, load_yaml, stamp, table, temp_app, write_section

REVIEW_DIR = HERE / "review"
ANSWERS = REVIEW_DIR / "answers.yaml"
CONTRACTS = HERE.parents[1] / "shared" / "reference" / "contracts"


def resolve(case: dict, generated_dir: Path) -> Path:
    if "reference" in case:
        return CONTRACTS / case["reference"]
    if "generated" in case:
        return generated_dir / case["generated"]
    return REVIEW_DIR / case["file"]


def load_cases() -> list[dict]:
    return load_yaml(ANSWERS)["documents"]


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
    miss_get = lambda j: j["missing_essential"]  # noqa: E731

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
        t_pred, t_exp = set(got["topics"]), set(case["topics"])
        f_pred, f_exp = set(flag_get(got)), set(case["flags"])
        a_pred, a_exp = set(art_get(got)), set(case["art28_present"])
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


def main() -> int:
    md = run()
    print(md)
    if "--write" in sys.argv:
        write_section("review", md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
