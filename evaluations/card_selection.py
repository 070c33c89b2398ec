"""Card selection: does the offline answer pick the right reviewed card, or none? (issue 15, s17)

Material that is not an evaluation item:
- every card's own phrasings (`questions:`), held out one at a time: the held-out phrasing is removed from the card
  scorer's index and from the card's text, and its record is masked in the hybrid search (so the search cannot find
  the card by the phrasing itself; the card's body and its other phrasings stay). The card must answer it;
- question files (`--cases`, default evaluations/card_selection/*.yaml): `{q, lang, card}` where `card` is an id, a
  list of ids that answer equally well, or null (no card answers it).

Selectors measured on the same items:
- cascade: `cards.CardIndex.match`, the hand-made rules;
- learned: one weighted score per card (`assistant/chat/card_features.py`), weights fitted by softmax regression;
  measured by 5-fold cross-validation (folds by card subject for the held-out phrasings, so a card's other phrasings
  are never in the training fold of its own), then fitted on everything with `--fit` (writes
  assistant/chat/card_selector.json).

Run: `.venv/bin/python -m evaluations.card_selection [--cases F ...] [--every N] [--fit] [--show]`
(`--every N` holds out one phrasing in N, for a quicker run; `--show` lists the own questions each selector gets wrong;
`--no-phrasings` measures the question files only; `--half A|B` keeps one half of a file whose items carry `half:`,
and such a file is reported one row per half).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from types import SimpleNamespace
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from evaluations.common import HERE, load_yaml, table, temp_app

CASES_DIR = HERE / "card_selection"
FOLDS = 5


@dataclass
class Item:
    q: str
    lang: str
    gold: frozenset  # card ids that answer it; frozenset({None}) when none does
    part: str  # "phrasings" or the case file's name
    group: str  # cross-validation group
    held: tuple | None = None  # (card index, row in the scorer's matrix, record id) for a held-out phrasing


def own_items(paths: list[Path], half: str | None = None) -> list[Item]:
    out = []
    for path in paths:
        for i, c in enumerate(load_yaml(path)):
            card = c.get("card")
            gold = frozenset(card if isinstance(card, list) else [card])
            part = f"{path.stem} half {c['half']}" if c.get("half") else path.stem  # s23: a row per half
            if half and c.get("half") != half:
                continue
            out.append(Item(c["q"], c["lang"], gold, part, f"{path.stem}:{i}"))
    return out


def phrasing_items(index, every: int) -> list[Item]:
    """Each card phrasing (its title aside: the title is also the indexed body's first words), one in `every`."""
    index._matrix()
    rows = defaultdict(list)
    for row, owner in enumerate(index._owners):
        rows[owner].append(row)
    out, n = [], 0
    for ci, card in enumerate(index.cards):
        for qi, q in enumerate(card.questions):
            n += 1
            if n % every:
                continue
            row = rows[ci][1 + qi]  # the title is the card's first row
            subject = card.id.rsplit(".", 1)[0]
            out.append(Item(q, card.lang, frozenset([card.id]), "phrasings", subject, (ci, row, f"{card.id}#q{qi}", qi)))
    return out


class HeldOut:
    """The card index and the search without one phrasing."""

    def __init__(self, index, retriever, item: Item) -> None:
        from assistant.chat.cards import CardIndex

        self.index, self.retriever, self.item = index, retriever, item
        ci, row, rid, qi = item.held
        card = index.cards[ci]
        view = CardIndex.__new__(CardIndex)
        view.cards = list(index.cards)
        view.cards[ci] = card.model_copy(update={"questions": tuple(q for j, q in enumerate(card.questions) if j != qi)})
        view.embeddings = index.embeddings
        keep = np.ones(len(index._owners), dtype=bool)
        keep[row] = False
        view._vectors = index._matrix()[keep]
        view._owners = [o for k, o in zip(keep, index._owners) if k]
        self.view = view
        self.rid = rid

    def search(self, q: str, lang: str):
        cat = self.retriever._catalogue()
        rows = _rows(cat).get(self.rid, [])
        saved = [(i, cat.record_entry[i]) for i in rows]
        for i in rows:
            cat.record_entry[i] = "__held_out__"  # not a body: dropped from the fused ranking
        try:
            return self.retriever.search(q, k=6, prefer_lang=lang)
        finally:
            for i, e in saved:
                cat.record_entry[i] = e


_ROWS: dict[int, dict[str, list[int]]] = {}


def _rows(cat) -> dict[str, list[int]]:
    """Record id -> its rows in the catalogue (the records dict keeps the order of all_records, as the rows do)."""
    if id(cat) not in _ROWS:
        rows: dict[str, list[int]] = defaultdict(list)
        for i, rid in enumerate(cat.records):
            rows[rid].append(i)
        _ROWS[id(cat)] = rows
    return _ROWS[id(cat)]


def run(app, items: list[Item]):
    """For each item: (cascade's pick, the learned selector's candidates, whether the cascade refused for lack of a
    candidate)."""
    from assistant.chat.cards import candidates, premise_named, refused_for_lack

    composer = app.chat.composer
    index = composer.cards
    out = []
    for it in items:
        if it.held is not None:
            held = HeldOut(index, app.retriever, it)
            results, view = held.search(it.q, it.lang), held.view
        else:
            results, view = app.retriever.search(it.q, k=6, prefer_lang=it.lang), index
        pick = view.cascade(it.q, it.lang, results, composer.overlap)
        ranked = [m for m in view.ranked(it.q, it.lang, composer.overlap) if premise_named(m.card, it.q)]
        out.append(((pick.card.id if pick else None), candidates(it.q, ranked, results),
                    pick is None and refused_for_lack(it.q, ranked)))
    return out


def _revive(saved):
    """Items and runs read back from --save: candidates carry their card id and features only."""
    from assistant.chat.card_features import Candidate

    items, light = saved
    runs = [(r[0], [Candidate(SimpleNamespace(card=SimpleNamespace(id=cid)), f) for cid, f in r[1]],
             r[2] if len(r) > 2 else r[0] is None) for r in light]
    return items, runs


def gold_index(cands, gold) -> int | None:
    return next((i for i, c in enumerate(cands) if c.match.card.id in gold), None)


def cross_validated(items, runs):
    """The learned selector's pick for each item and its score above "no card", fitted on the folds without the item's
    group."""
    from assistant.chat.card_features import fit

    groups = sorted({it.group for it in items})
    fold_of = {g: i % FOLDS for i, g in enumerate(np.random.default_rng(17).permutation(groups))}
    picks, scores = [None] * len(items), [float("-inf")] * len(items)
    for f in range(FOLDS):
        idx = [i for i in range(len(items)) if fold_of[items[i].group] != f]
        sel = fit([(runs[i][1], gold_index(runs[i][1], items[i].gold)) for i in idx],
                  weights=item_weights([items[i] for i in idx]))
        for i, it in enumerate(items):
            if fold_of[it.group] == f:
                s = sel.scores(runs[i][1])
                if len(s):
                    picks[i], scores[i] = runs[i][1][int(s.argmax())].match.card.id, float(s.max())
    return picks, scores


NONE_SHARE = 0.1  # the questions no card answers weigh this share of the whole training set


def item_weights(items) -> list[float]:
    """The questions no card answers are few: together they weigh NONE_SHARE of the set."""
    none = sum(None in it.gold for it in items)
    if not none or none == len(items):
        return [1.0] * len(items)
    w_none = NONE_SHARE * len(items) / none
    w_card = (1 - NONE_SHARE) * len(items) / (len(items) - none)
    return [w_none if None in it.gold else w_card for it in items]


def report(items, selectors: dict[str, list]) -> str:
    parts = sorted({it.part for it in items})
    rows = []
    for part in [*parts, "all"]:
        idx = [i for i, it in enumerate(items) if part in ("all", it.part)]
        none = [i for i in idx if None in items[i].gold]
        some = [i for i in idx if None not in items[i].gold]
        for name, picks in selectors.items():
            ok = sum(picks[i] in items[i].gold for i in idx)
            rows.append([part, name, len(idx), f"{ok / max(len(idx), 1):.3f} ({ok})",
                         f"{sum(picks[i] in items[i].gold for i in some)}/{len(some)}",
                         f"{sum(picks[i] is None for i in some)}",
                         f"{sum(picks[i] is None for i in none)}/{len(none)}"])
    return table(["items", "selector", "n", "right", "card right", "card missed (None)", "None right"], rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", nargs="*", type=Path, default=sorted(CASES_DIR.glob("*.yaml")))
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--fit", action="store_true", help="fit on every item and write assistant/chat/card_selector.json")
    ap.add_argument("--show", action="store_true", help="list the own questions each selector gets wrong")
    ap.add_argument("--half", choices=["A", "B"], help="only the own questions of this half (files with `half:`)")
    ap.add_argument("--no-phrasings", action="store_true", help="the own questions only, no held-out phrasing")
    ap.add_argument("--save", type=Path, help="keep the items' picks and features in this file (pickle)")
    ap.add_argument("--load", type=Path, help="read them back instead of asking the assistant again")
    args = ap.parse_args(argv)
    if args.load:
        with open(args.load, "rb") as fh:
            items, runs = _revive(pickle.load(fh))
    else:
        app = temp_app()
        index = app.chat.composer.cards
        items = ([] if args.no_phrasings else phrasing_items(index, args.every)) + own_items(args.cases, args.half)
        runs = run(app, items)
    if args.save:
        with open(args.save, "wb") as fh:
            pickle.dump((items, [(pick, [(c.match.card.id, c.features) for c in cands], lack)
                                 for pick, cands, lack in runs]), fh)
    cascade = [r[0] for r in runs]
    from assistant.chat.cards import SELECTOR_MARGIN

    best, score = cross_validated(items, runs)
    learned = [b if s > 0 else None for b, s in zip(best, score)]
    print(f"## Card selection ({len(items)} items: {sum(it.part == 'phrasings' for it in items)} held-out phrasings, "
          f"{sum(it.part != 'phrasings' for it in items)} own questions)\n")
    fallback = [c if c is not None else lp for c, lp in zip(cascade, learned)]
    confident = [c if c is not None else (b if s > SELECTOR_MARGIN else None) for c, b, s in zip(cascade, best, score)]
    # s18: the selector speaks only where the cascade refused for lack of a candidate (cards.refused_for_lack), never
    # where it refused deliberately
    lacking = [c if c is not None or not r[2] else (b if s > SELECTOR_MARGIN else None)
               for c, r, b, s in zip(cascade, runs, best, score)]
    lacking0 = [c if c is not None or not r[2] else (b if s > 0 else None) for c, r, b, s in zip(cascade, runs, best, score)]
    print(report(items, {"cascade": cascade, "learned (5-fold)": learned,
                         "cascade, else learned (5-fold)": fallback,
                         f"cascade, else learned above {SELECTOR_MARGIN} (5-fold)": confident,
                         "cascade, else learned where no candidate (5-fold)": lacking0,
                         f"cascade, else learned above {SELECTOR_MARGIN} where no candidate (5-fold)": lacking}))
    print(f"\ncascade refusals: {sum(c is None for c in cascade)}, of which for lack of a candidate: "
          f"{sum(c is None and r[2] for c, r in zip(cascade, runs))}")
    reach = Counter(gold_index(r[1], it.gold) is not None for r, it in zip(runs, items) if None not in it.gold)
    print(f"\nright card among the learned selector's {len(runs[0][1]) if runs else 0}-card candidates: "
          f"{reach[True]}/{sum(reach.values())}")
    if args.show:
        for i, it in enumerate(items):
            if it.part != "phrasings" and (cascade[i] not in it.gold or confident[i] not in it.gold):
                print(f"- {it.q[:90]!r}: want {sorted(map(str, it.gold))}, cascade {cascade[i]}, in use {confident[i]}")
    if args.fit:
        from assistant.chat.card_features import WEIGHTS_FILE, fit
        import json

        sel = fit([(r[1], gold_index(r[1], it.gold)) for r, it in zip(runs, items)], weights=item_weights(items))
        WEIGHTS_FILE.write_text(json.dumps(sel.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"\nweights written to {WEIGHTS_FILE}: {sel.to_json()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
