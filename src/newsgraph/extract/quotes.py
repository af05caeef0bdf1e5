"""Quotations with their speakers: direct, partial and indirect.

Kinds:

* ``direct`` — a quoted stretch framed as someone's words: it opens a sentence and
  a cue follows (``"…," X said``), or a cue and a colon/comma introduce it and it
  runs to the sentence end (``X said: "…"``), or it stands alone next to a
  direct quote of the same speaker (continuation).
* ``partial`` — a quoted fragment inside reported speech (``X called it "genocide"``).
* ``indirect`` — the clausal complement of a reporting verb (``X said (that) …``)
  or the clause beside ``according to X``; no quotation marks needed.

Span convention: one :class:`Quote` per contiguous quoted span, text without the
quotation marks or a trailing comma. A quote split around its cue
(``"A," she said, "B."``) gives two direct quotes sharing speaker and cue. A quote
running over paragraphs (unclosed at a paragraph end, reopened in the next) is one
quote whose text contains the paragraph break and the reopening mark.
Scare quotes and titles with no reporting verb in their sentence are not quotes.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.extract.quotes_cues import DIRECT_CUES, INDIRECT_CUES
from newsgraph.extract.quotes_marks import QuotedSpan, find_quoted_spans, paragraph_bounds
from newsgraph.extract.quotes_speakers import SpeakerResolver, according_to, subject_of
from newsgraph.model import Article, Quote, Speaker, fact_id
from newsgraph.registry import stage

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TRAILING = " ,;:"
_DASHES = ("—", "–", "―", "-")
_INTRO_ENDS = (":", ",", "—", "–")
_MIN_INDIRECT_TOKENS = 3
# Labels the parser gives a speaker named after its verb ("…," responded Raisi).
_INVERTED_DEPS = frozenset({"attr", "dobj", "nsubj", "npadvmod", "dative", "oprd", "appos"})


@dataclass
class _Found:
    kind: str
    start: int
    end: int
    speaker: Speaker | None
    cue: str | None
    span: QuotedSpan | None = None
    standalone: bool = False  # a whole-sentence quote still looking for its speaker


@stage("extract.quotes", requires=("article.actors",), assigns=("article.quotes",))
def extract_quotes(article: Article, doc: Doc) -> Article:
    """Find direct, partial and indirect quotes and resolve their speakers."""
    finder = _Finder(article, doc)
    found = finder.quoted() + finder.indirect()
    found = [f for f in found if f.speaker is not None]
    found.sort(key=lambda f: (f.start, f.end))
    quotes = []
    for number, item in enumerate(found, 1):
        quotes.append(
            Quote(
                id=fact_id(article.id, "q", number),
                text=article.body[item.start : item.end],
                kind=item.kind,  # type: ignore[arg-type]
                speaker=item.speaker,
                cue=item.cue,
                sentence=finder.sentence_text(item.start, item.end),
                start=item.start,
                end=item.end,
            )
        )
    return dataclasses.replace(article, quotes=tuple(quotes))


class _Finder:
    def __init__(self, article: Article, doc: Doc) -> None:
        self.body = article.body
        self.doc = doc
        self.resolver = SpeakerResolver(article)
        self.spans = find_quoted_spans(article.body)
        self.paragraphs = paragraph_bounds(article.body)
        # Offsets covered by quotation (marks included): cues and speakers must lie outside.
        self.inside = [(s.open_at, (s.close_at if s.close_at is not None else s.end) + 1) for s in self.spans]

    # -- helpers ---------------------------------------------------------------

    def is_quoted(self, tok: Token) -> bool:
        return any(a <= tok.idx < b for a, b in self.inside)

    def token_at(self, char: int) -> Token:
        span = self.doc.char_span(char, min(char + 1, len(self.body)), alignment_mode="expand")
        if span is None or len(span) == 0:
            # Whitespace: take the next token.
            for tok in self.doc:
                if tok.idx >= char:
                    return tok
            return self.doc[-1]
        return span[0]

    def paragraph_of(self, char: int) -> tuple[int, int]:
        for lo, hi in self.paragraphs:
            if lo <= char <= hi:
                return lo, hi
        return 0, len(self.body)

    def sentence_text(self, start: int, end: int) -> str:
        first = self.token_at(start).sent
        last = self.token_at(max(start, end - 1)).sent
        return self.body[first.start_char : last.end_char].strip()

    def speaker_of(self, verb: Token) -> Speaker | None:
        head = subject_of(verb)
        if head is None or self.is_quoted(head):
            return None
        return self.resolver.resolve(head)

    def cue_in(
        self, tokens: list[Token], cues: frozenset[str], *, inverted: bool = False
    ) -> tuple[Speaker, str] | None:
        """The first cue among ``tokens`` that has a resolvable speaker.

        ``inverted`` also accepts a name right after the verb ("…," said Raisi),
        which the parser often labels as an object or attribute.
        """
        for tok in tokens:
            holder = according_to(tok)
            if holder is not None and not self.is_quoted(holder):
                speaker = self.resolver.resolve(holder)
                if speaker is not None:
                    return speaker, "according to"
            if tok.lemma_.lower() in cues and tok.pos_ in {"VERB", "AUX"} and not _negated(tok):
                speaker = self.speaker_of(tok)
                if speaker is None and inverted:
                    speaker = self._inverted_speaker(tok)
                if speaker is not None:
                    return speaker, _cue_text(tok)
        return None

    def _inverted_speaker(self, verb: Token) -> Speaker | None:
        for child in verb.rights:
            if child.ent_type_ in {"DATE", "TIME"} or child.dep_ in {"prt", "advmod"}:
                continue  # "…," said Monday Smith / said on Thursday morning
            if child.dep_ in _INVERTED_DEPS and child.pos_ in {"PROPN", "NOUN"} and not self.is_quoted(child):
                return self.resolver.resolve(child)
            return None
        return None

    # -- quoted spans ----------------------------------------------------------

    def quoted(self) -> list[_Found]:
        found: list[_Found] = []
        for index, span in enumerate(self.spans):
            item = self._classify(span, index)
            if item is not None:
                found.append(item)
        self._continuations(found)
        return found

    def _classify(self, span: QuotedSpan, index: int) -> _Found | None:
        body = self.body
        start, end = span.start, span.end
        while end > start and body[end - 1] in _TRAILING:
            end -= 1
        if end <= start:
            return None
        p_lo, _ = self.paragraph_of(span.open_at)
        open_tok = self.token_at(span.open_at)
        sent = open_tok.sent
        left_lo = wire_dateline_end(body, max(sent.start_char, p_lo))
        left_tokens = [t for t in self.doc[sent.start : open_tok.i] if t.idx >= left_lo and not self.is_quoted(t)]
        left_text = _outside_text(body, left_lo, span.open_at, self.inside).strip()
        close = span.close_at if span.close_at is not None else span.end
        right_tokens = self._right_tokens(close, index)
        if right_tokens and body[span.start : span.end].rstrip("'’‘ ")[-1:] in ".?!" and _new_sentence(right_tokens[0]):
            right_tokens = []  # the quote ended its sentence; what follows is another one
        right_text = "".join(t.text_with_ws for t in right_tokens).strip()
        content = body[span.start : span.end].rstrip("'’‘ ")
        after_close = body[close + 1 : close + 3].lstrip()
        cue = None
        if not left_text or left_text in {"—", "-", "–"}:
            if right_tokens and (content[-1:] in ",.?!…—-" or right_text[:1] in {",", "—", "-", "?", "!"}):
                cue = self.cue_in(right_tokens, DIRECT_CUES, inverted=True)
            if cue is None and after_close[:1] in _DASHES:
                cue = self._dash_credit(right_tokens)
            if cue is None and not _continues(right_text):
                cue = self._colon_intro(sent, p_lo)
                if cue is None:
                    return _Found("direct", start, end, None, None, span, standalone=True)
            if cue is not None:
                return _Found("direct", start, end, cue[0], cue[1], span)
        ends_sentence = _continues(right_text) is False and (not right_text or right_text[0] in ".?!")
        if left_text.endswith(_INTRO_ENDS) or (ends_sentence and _ends_with_cue(left_tokens)):
            cue = self.cue_in(list(reversed(left_tokens)), DIRECT_CUES, inverted=True)
            framed = cue is not None and (ends_sentence or not right_text or right_text[0] in ",;—")
            # '"A," X said, "B," Y added': the nearer frame after the quote wins.
            if framed and (ends_sentence or self.cue_in(right_tokens, DIRECT_CUES) is None):
                return _Found("direct", start, end, cue[0], cue[1], span)  # type: ignore[index]
        if _is_title(content):
            return None  # "War and Peace", "Celebrity Apprentice": a name, not words spoken
        # A fragment: the sentence's reporting verb (ideally one governing it) says whose words.
        cue = self._governing_cue(open_tok, sent) or self.cue_in(left_tokens[::-1] + right_tokens, DIRECT_CUES)
        if cue is None:
            return None
        return _Found("partial", start, end, cue[0], cue[1], span)

    def _right_tokens(self, close: int, index: int) -> list[Token]:
        """Tokens after the closing mark up to the sentence end or the next quote."""
        if close + 1 >= len(self.body):
            return []
        next_open = self.spans[index + 1].open_at if index + 1 < len(self.spans) else len(self.body)
        _, p_hi = self.paragraph_of(close)
        first = self.token_at(close + 1)
        if first.idx <= close:
            first = self.doc[first.i + 1] if first.i + 1 < len(self.doc) else first
        tokens = []
        sent_end = None
        for tok in self.doc[first.i :]:
            if tok.idx >= min(next_open, p_hi) or tok.idx <= close:
                break
            if sent_end is not None and tok.i >= sent_end:
                break
            if sent_end is None:
                sent_end = tok.sent.end
            tokens.append(tok)
        return tokens

    def _dash_credit(self, tokens: list[Token]) -> tuple[Speaker, str] | None:
        """``"…" ― Sonya Herridge``: a name credited after a dash."""
        words = [t for t in tokens if not t.is_space and t.text.strip("—–―-")]
        if not words or (words[0].pos_ != "PROPN" and not words[0].text[:1].isupper()):
            return None
        head = words[0]
        while head.dep_ in {"compound", "flat"} and head.head.i > head.i and head.head.pos_ == "PROPN":
            head = head.head
        speaker = self.resolver.resolve(head)
        return (speaker, "―") if speaker is not None else None

    def _colon_intro(self, sent: Span, p_lo: int) -> tuple[Speaker, str] | None:
        """A whole-sentence quote after ``X said:`` (or ``X said,``) ending the previous sentence."""
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        text = self.body[prev.start_char : prev.end_char].rstrip()
        if not text.endswith((":", ",")):
            return None
        tokens = [t for t in prev if not self.is_quoted(t)]
        return self.cue_in(tokens[::-1], DIRECT_CUES)

    def _governing_cue(self, tok: Token, sent: Span) -> tuple[Speaker, str] | None:
        for anc in tok.ancestors:
            if anc.i < sent.start or anc.i >= sent.end or self.is_quoted(anc):
                continue
            if anc.lemma_.lower() in DIRECT_CUES and anc.pos_ in {"VERB", "AUX"} and not _negated(anc):
                speaker = self.speaker_of(anc)
                if speaker is not None:
                    return speaker, _cue_text(anc)
        return None

    def _continuations(self, found: list[_Found]) -> None:
        """Give standalone quotes the speaker of a neighbouring direct quote."""
        for i, item in enumerate(found):
            if not item.standalone:
                continue
            para = self.paragraph_of(item.start)
            donor = None
            for other in found[i + 1 :]:
                if self.paragraph_of(other.start) != para:
                    break
                if other.kind == "direct" and other.speaker is not None:
                    donor = other
                    break
            if donor is None:
                for other in reversed(found[:i]):
                    if other.kind != "direct" or other.speaker is None:
                        continue
                    if self._paragraph_gap(other.end, item.start) <= 1:
                        donor = other
                    break
            if donor is not None:
                item.speaker, item.cue, item.standalone = donor.speaker, donor.cue, False

    def _paragraph_gap(self, a: int, b: int) -> int:
        pa = next((i for i, (lo, hi) in enumerate(self.paragraphs) if lo <= a <= hi), 0)
        pb = next((i for i, (lo, hi) in enumerate(self.paragraphs) if lo <= b <= hi), 0)
        return pb - pa

    # -- indirect speech -------------------------------------------------------

    def indirect(self) -> list[_Found]:
        found = []
        for tok in self.doc:
            if self.is_quoted(tok):
                continue
            holder = according_to(tok)
            if holder is not None:
                item = self._according(tok, holder)
            elif tok.lemma_.lower() in INDIRECT_CUES and tok.pos_ in {"VERB", "AUX"} and not _negated(tok):
                item = self._complement(tok)
            else:
                item = None
            if item is not None:
                found.append(item)
        return found

    def _complement(self, verb: Token) -> _Found | None:
        for child in verb.children:
            if child.dep_ != "ccomp":
                continue
            lead = wire_dateline_end(self.body, child.sent.start_char)
            tokens = [t for t in child.subtree if t.idx >= lead and (not t.is_punct or t.i not in (child.left_edge.i, child.right_edge.i))]
            while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_quote):
                tokens = tokens[1:]
            while tokens and (tokens[-1].is_punct or tokens[-1].is_quote):
                tokens = tokens[:-1]
            if len(tokens) < _MIN_INDIRECT_TOKENS or verb.i in {t.i for t in tokens}:
                continue
            start, end = _balance(self.body, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
            if self._mostly_quoted(start, end):
                continue
            speaker = self.speaker_of(verb)
            if speaker is None or start <= speaker.start < end:
                continue
            return _Found("indirect", start, end, speaker, _cue_text(verb))
        return None

    def _according(self, tok: Token, holder: Token) -> _Found | None:
        speaker = self.resolver.resolve(holder)
        if speaker is None:
            return None
        sent = tok.sent
        phrase_end = holder.right_edge.i + 1
        after = [t for t in self.doc[phrase_end : sent.end] if not t.is_space]
        before = [t for t in self.doc[sent.start : tok.i] if not t.is_space]
        tokens = after if tok.i == sent.start or (before and all(t.is_punct for t in before)) else before
        while tokens and (tokens[0].is_punct or tokens[0].is_quote):
            tokens = tokens[1:]
        while tokens and (tokens[-1].is_punct or tokens[-1].is_quote):
            tokens = tokens[:-1]
        if len(tokens) < _MIN_INDIRECT_TOKENS:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if self._mostly_quoted(start, end):
            return None
        return _Found("indirect", start, end, speaker, "according to")

    def _mostly_quoted(self, start: int, end: int) -> bool:
        """Whether fewer than three words of ``start:end`` lie outside quotation marks."""
        outside = _outside_text(self.body, start, end, self.inside)
        return len(outside.split()) < _MIN_INDIRECT_TOKENS


# A wire dateline opening a paragraph: "GAZA, Dec 4 (Reuters) -", "WASHINGTON (AP) —", "KYIV, Ukraine —".
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,40}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?(?: \d{1,2})?)?(?: \([A-Za-z.\- ]{1,30}\))? ?[-–—]+ "
)


def wire_dateline_end(body: str, start: int) -> int:
    """Where the text after a wire dateline at ``start`` begins, else ``start``: the place and the
    agency are no part of a quote or its speaker."""
    match = _WIRE_DATELINE.match(body, start)
    return match.end() if match else start


def _balance(body: str, start: int, end: int) -> tuple[int, int]:
    """Take in the closing mark of a quotation that the span opens but does not close."""
    marks = sum(body[start:end].count(m) for m in '"“”')
    if marks % 2 and end < len(body) and body[end] in '"”':
        end += 1
    return start, end


def _outside_text(body: str, lo: int, hi: int, inside: list[tuple[int, int]]) -> str:
    chars = [c for i, c in enumerate(body[lo:hi], lo) if not any(a <= i < b for a, b in inside)]
    return "".join(chars)


def _continues(right_text: str) -> bool:
    """Whether text after a closing mark carries on the same clause (the quote is embedded)."""
    return bool(right_text) and right_text[0].isalnum()


def _ends_with_cue(tokens: list[Token]) -> bool:
    # "He said "…"" / "She said that "…"": a cue directly before the quote.
    words = [t for t in tokens if not t.is_punct]
    if words and words[-1].lower_ == "that":
        words = words[:-1]
    return bool(words) and words[-1].lemma_.lower() in DIRECT_CUES


def _is_title(content: str) -> bool:
    """Whether every content word of a short quoted span is capitalised, as in a title."""
    words = [w for w in content.split() if w[:1].isalpha()]
    small = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "at", "or", "with"}
    return 0 < len(words) <= 8 and all(w[0].isupper() or w in small for w in words) and len(words) > 1


def _new_sentence(tok: Token) -> bool:
    """Whether ``tok`` opens a new sentence (capitalised, and the parser starts one there)."""
    return tok.is_sent_start is True and tok.text[:1].isupper() and tok.lower_ not in {"he", "she", "i"}


def _negated(tok: Token) -> bool:
    return any(child.dep_ == "neg" for child in tok.children)


def _cue_text(tok: Token) -> str:
    parts = [tok] + [c for c in tok.children if c.dep_ == "prt"]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))
