"""Text toolkit shared by every wing: folding, sentences, language, numbers, negation, asides in
parentheses.

Nothing here imports from the rest of `assistant`; everything else may import from here.
"""

from assistant.text.asides import cites_law, drop_asides, paren_groups
from assistant.text.fold import FoldedText, fold, fold_char, fold_keep_offsets, fold_mapped, unaccent
from assistant.text.language import detect_language
from assistant.text.negation import is_negated, negated_terms, negation_cues
from assistant.text.numbers import (DURATION_UNITS, MONEY_UNITS, NUMBER_WORDS_PATTERN, Quantity, Unit, find_durations,
                                    find_money, find_percentages, find_quantities, parse_number, read_number,
                                    words_to_number)
from assistant.text.sentences import (ITEM_MARKER, Sentence, sentence_bounds, sentence_spans, snippet,
                                      split_sentences, strip_item_marker)

__all__ = [
    "fold", "fold_keep_offsets", "fold_mapped", "fold_char", "FoldedText", "unaccent",
    "detect_language",
    "Sentence", "split_sentences", "sentence_spans", "sentence_bounds", "snippet", "ITEM_MARKER",
    "strip_item_marker",
    "Quantity", "Unit", "DURATION_UNITS", "MONEY_UNITS", "find_quantities", "find_durations", "find_money",
    "find_percentages", "parse_number", "read_number", "words_to_number", "NUMBER_WORDS_PATTERN",
    "is_negated", "negated_terms", "negation_cues",
    "paren_groups", "drop_asides", "cites_law",
]
