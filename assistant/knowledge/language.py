"""Kept for old imports: language detection lives in `assistant.text.language`."""

from assistant.text.language import detect_language

__all__ = ["detect_language"]
