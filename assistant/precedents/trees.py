"""A learned re-ranker of the top candidates: a small ensemble of regression trees (LambdaMART,
trained with LightGBM by `python -m evaluations.acord --learn-reranker` on ACORD's training
queries) evaluated here with numpy, so running it needs no extra package.

The model file (`reranker.json`) keeps, per tree, flat arrays: the feature and threshold of each
split (go left when value <= threshold), the children of each split (a negative child -k-1 is
leaf k) and the leaf values. Its `data` field credits ACORD (CC BY 4.0), the ratings it learned from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_FILE = Path(__file__).with_name("reranker.json")


@dataclass(frozen=True)
class Tree:
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    leaves: np.ndarray

    def predict(self, x: np.ndarray) -> np.ndarray:
        if not len(self.feature):  # a single leaf
            return np.full(len(x), self.leaves[0] if len(self.leaves) else 0.0)
        node = np.zeros(len(x), dtype=np.int64)  # >= 0: a split; < 0: leaf -node-1
        rows = np.arange(len(x))
        live = node >= 0
        while live.any():
            r, n = rows[live], node[live]
            go_left = x[r, self.feature[n]] <= self.threshold[n]
            node[live] = np.where(go_left, self.left[n], self.right[n])
            live = node >= 0
        return self.leaves[-node - 1]


@dataclass(frozen=True)
class TreeModel:
    features: tuple[str, ...]
    trees: tuple[Tree, ...]
    depth: int = 300  # how many of the fused ranking's top candidates it re-orders
    blend: float | None = None  # None: the trees' score alone; else fused + blend × trees

    def predict(self, x: np.ndarray) -> np.ndarray:
        out = np.zeros(len(x), dtype=np.float64)
        for t in self.trees:
            out += t.predict(x)
        return out

    @classmethod
    def from_json(cls, data: dict) -> "TreeModel":
        trees = tuple(Tree(feature=np.asarray(t["feature"], dtype=np.int64),
                           threshold=np.asarray(t["threshold"], dtype=np.float64),
                           left=np.asarray(t["left"], dtype=np.int64), right=np.asarray(t["right"], dtype=np.int64),
                           leaves=np.asarray(t["leaves"], dtype=np.float64)) for t in data["trees"])
        blend = data.get("blend")
        return cls(features=tuple(data["features"]), trees=trees, depth=int(data.get("depth", 300)),
                   blend=None if blend is None else float(blend))


def load_model(path: Path | None = None) -> TreeModel | None:
    """The shipped model, or None when the file is missing or unreadable (the fused ranking stands)."""
    try:
        return TreeModel.from_json(json.loads(Path(path or MODEL_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def from_lightgbm(dump: dict) -> list[dict]:
    """LightGBM's `Booster.dump_model()` trees as this module's flat arrays (used by the learner)."""
    out = []
    for info in dump["tree_info"]:
        feature, threshold, left, right, leaves = [], [], [], [], []

        def walk(node: dict) -> int:
            if "leaf_value" in node or "split_index" not in node:
                leaves.append(float(node.get("leaf_value", 0.0)))
                return -len(leaves)
            if node.get("decision_type", "<=") != "<=":
                raise ValueError(f"unsupported split {node.get('decision_type')!r}")
            i = len(feature)
            feature.append(int(node["split_feature"]))
            threshold.append(float(node["threshold"]))
            left.append(0)
            right.append(0)
            left[i] = walk(node["left_child"])
            right[i] = walk(node["right_child"])
            return i

        walk(info["tree_structure"])
        out.append({"feature": feature, "threshold": threshold, "left": left, "right": right, "leaves": leaves})
    return out
