"""The text of a parsed document, built once.

spaCy's ``Doc.text`` joins every token's text on each access: on a long article, reading it once
per match or per sentence cost a tenth of the stages' time (bench/throughput.py, session 20).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "newsgraph.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached in the document's ``user_data`` (the text of a parsed Doc never changes)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
