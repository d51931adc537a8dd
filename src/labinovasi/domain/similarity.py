"""Similar ideas ("Gagasan mirip"): which ideas say the same thing in other words. Suggestions
only; the facilitator decides (`same_pairs` of confirmed decisions feed the counting rule in
`rules.classify_ideas`).

How two texts are compared, offline and in pure Python:
- the text is normalised as exact duplicates are (`normalize_idea_text`), then the office
  lexicon (resources/lists/leksikon.json plus the workshop's own confirmed terms) replaces
  synonyms, abbreviations and regional words by one form (WA → whatsapp, online → daring,
  kampung → desa), longest phrase first;
- stop words go, and each word is stemmed (Sastrawi: pendaftaran → daftar);
- the words are weighted TF-IDF and compared by cosine; a word also meets the words of the
  workshop that are spelled almost like it (character trigrams, Dice ≥ FUZZY_MIN: antrian /
  antrean, posyandu / posiandu), at FUZZY_WEIGHT of a full match.
An inverted index (word → ideas and weights) means a new idea is compared only with the ideas
sharing a word with it: one idea against 50,000 in a few milliseconds (benchmarks/).

Why not scikit-learn or numpy: the index is updated one idea at a time while a team types, and
the vectors are tiny (a few words); plain dicts meet the speed asked (benchmarks) without a
50 MB dependency in the Windows installer.
"""

from __future__ import annotations

import heapq
import json
import math
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from labinovasi.domain.errors import BadInput
from labinovasi.domain.rules import normalize_idea_text
from labinovasi.i18n import _

DEFAULT_MIN_SCORE = 0.45  # the suggestions' threshold (chosen on tests/data/gagasan_mirip.json)
INNOVATION_MIN_SCORE = 0.5  # an idea "mirip inovasi yang sudah ada"
# Collaboration candidates across OPDs: OPDs share many words of their field ("gratis",
# "anak"), so a group shown to the region asks more than a suggestion within one OPD.
COLLABORATION_MIN_SCORE = 0.6
# Above this many counted ideas collaboration candidates are not worked out for the board and
# the rekapitulasi: all pairs grow with the square (a lab has about a thousand ideas).
COLLABORATION_MAX_IDEAS = 5000
SUGGESTIONS = 3  # how many similar ideas are shown for one idea
FUZZY_MIN = 0.6  # Dice of character trigrams from which two words are spelling variants
FUZZY_WEIGHT = 0.8  # a spelling variant counts this much of an exact match
_MIN_FUZZY_LENGTH = 5  # shorter words are too often different words one letter apart
COMMON_POSTINGS = 2000  # see SimilarityIndex._scores
LEXICON_FORMAT = "labinovasi-leksikon"
# The facilitator's decisions on a pair (idea_pair.decision); "" is a decision undone.
SAME, DIFFERENT, UNDONE = "sama", "berbeda", ""
DECISIONS = (SAME, DIFFERENT, UNDONE)
# Ids derived from content: two stations deciding the same pair, or learning the same word,
# write the same row, and a merge keeps the newer.
_PAIR_NAMESPACE = uuid.UUID("4d3f0b6e-6a55-4c1b-9f57-8b3e2d7c9a10")
_TERM_NAMESPACE = uuid.UUID("a1c9e2f4-0d7b-4e8a-b3c5-2f6d8e9a0b41")


def pair_id(a: str, b: str) -> str:
    """The id of the decision on two ideas, whichever order they are named in."""
    first, second = sorted((a, b))
    return str(uuid.uuid5(_PAIR_NAMESPACE, f"{first}\x1f{second}"))


def term_id(variant: str) -> str:
    """The id of a workshop lexicon term: one per (normalised) variant."""
    return str(uuid.uuid5(_TERM_NAMESPACE, normalize_idea_text(variant)))


# -- the stemmer ---------------------------------------------------------------------------


@cache
def _stemmer():
    """Sastrawi's stemmer, its dictionary made a set: the package keeps the 30,000 root words
    in a list and searched it for every candidate, 40 ms a word."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    cached = StemmerFactory().create_stemmer()
    stemmer = cached.delegatedStemmer
    stemmer.dictionary.words = frozenset(stemmer.dictionary.words)
    return stemmer


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The root of one Indonesian word (pendaftaran → daftar); other words as they are."""
    if len(word) <= 3 or not word.isalpha():
        return word
    return _stemmer().stem(word) or word


# -- the lexicon ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One entry of a lexicon: `variant` is read as `canonical` (both normalised)."""

    variant: str
    canonical: str


@dataclass(frozen=True)
class Lexicon:
    """Phrases (tuples of words) and the form each is read as; stop words (surface or stem)."""

    phrases: Mapping[tuple[str, ...], tuple[str, ...]]
    stop_words: frozenset[str]
    longest: int = 1
    # Words that weigh less than others (their stems): channels such as WA or daring, which
    # two different ideas share as often as two same ones.
    weights: Mapping[str, float] = field(default_factory=dict)

    def with_terms(self, terms: Iterable[Term]) -> Lexicon:
        """This lexicon with `terms` added (a term given later wins over an earlier one)."""
        phrases = dict(self.phrases)
        for term in terms:
            variant, canonical = (
                normalize_idea_text(term.variant),
                normalize_idea_text(term.canonical),
            )
            if variant and canonical and variant != canonical:
                # The canonical form of a shipped group stays the group's form.
                target = phrases.get(tuple(canonical.split()), tuple(canonical.split()))
                phrases[tuple(variant.split())] = target
        longest = max((len(p) for p in phrases), default=1)
        return Lexicon(phrases, self.stop_words, longest, self.weights)


def check_terms(data: object) -> list[Term]:
    """The terms of a lexicon file's JSON (`terms`: {canonical, variants}), or BadInput."""
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise BadInput(_("Berkas leksikon tidak sah: tidak ada daftar \u201cterms\u201d."))
    terms = []
    for number, item in enumerate(data["terms"], start=1):
        canonical = item.get("canonical") if isinstance(item, dict) else None
        variants = item.get("variants") if isinstance(item, dict) else None
        if (
            not isinstance(canonical, str)
            or not normalize_idea_text(canonical)
            or not isinstance(variants, list)
            or not all(isinstance(v, str) for v in variants)
        ):
            raise BadInput(
                _("Berkas leksikon tidak sah: entri ke-{n} perlu canonical dan variants.").format(
                    n=number
                )
            )
        if len(canonical) > 200 or any(len(v) > 200 for v in variants):
            raise BadInput(
                _("Berkas leksikon tidak sah: entri ke-{n} terlalu panjang.").format(n=number)
            )
        canonical = normalize_idea_text(canonical)
        terms += [
            Term(normalize_idea_text(v), canonical)
            for v in variants
            if normalize_idea_text(v) and normalize_idea_text(v) != canonical
        ]
    return terms


def lexicon_json(terms: Iterable[Term]) -> dict:
    """Terms as a lexicon file another region can load: one entry per canonical form."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for term in terms:
        if term.variant not in grouped[term.canonical]:
            grouped[term.canonical].append(term.variant)
    return {
        "format": LEXICON_FORMAT,
        "version": 1,
        "terms": [{"canonical": c, "variants": v} for c, v in sorted(grouped.items())],
    }


@cache
def shipped_lexicon() -> Lexicon:
    """The office lexicon shipped in resources/lists/leksikon.json."""
    from labinovasi.resources import get_asset

    return load_lexicon(get_asset("lists", "leksikon.json"))


def load_lexicon(path: Path) -> Lexicon:
    data = json.loads(path.read_text(encoding="utf-8"))
    stop_words = frozenset(normalize_idea_text(w) for w in data.get("stop_words", ()))
    weights = {
        stem(normalize_idea_text(item["canonical"])): float(item["weight"])
        for item in data["terms"]
        if "weight" in item
    }
    base = Lexicon({}, stop_words | _sastrawi_stop_words(), 1, weights)
    return base.with_terms(check_terms(data))


@cache
def _sastrawi_stop_words() -> frozenset[str]:
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import (
        StopWordRemoverFactory,
    )

    return frozenset(StopWordRemoverFactory().get_stop_words())


# -- a text's words --------------------------------------------------------------------------


def words(text: str, lexicon: Lexicon) -> list[str]:
    """The words an idea is compared by: normalised, lexicon forms, no stop words, stemmed."""
    raw = normalize_idea_text(text).split()
    phrases, longest, stop = lexicon.phrases, lexicon.longest, lexicon.stop_words
    result: list[str] = []
    i = 0
    while i < len(raw):
        for size in range(min(longest, len(raw) - i), 0, -1):
            found = phrases.get(tuple(raw[i : i + size]))
            if found is not None:
                result.extend(found)
                i += size
                break
        else:
            result.append(raw[i])
            i += 1
    kept = []
    for word in result:
        if word in stop or len(word) < 2:
            continue
        root = stem(word)
        if root not in stop:
            kept.append(root)
    return kept


def _trigrams(word: str) -> frozenset[str]:
    padded = f" {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b))


# -- the index -------------------------------------------------------------------------------


@dataclass
class _Doc:
    group: str
    counts: dict[str, int]
    weights: dict[str, float] = field(default_factory=dict)


class SimilarityIndex:
    """Texts by id, each in a group (its OPD), compared by soft TF-IDF cosine (see the module).
    `add` and `remove` keep it current; the weights follow the words' frequencies, refreshed
    when the number of texts has changed by a tenth since they were last computed."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or shipped_lexicon()
        self._docs: dict[str, _Doc] = {}
        # word → group → doc id → weight: a question within one group (an OPD) reads only
        # that group's texts.
        self._postings: dict[str, dict[str, dict[str, float]]] = {}
        self._df: dict[str, int] = defaultdict(int)
        self._grams: dict[str, set[str]] = defaultdict(set)  # trigram → words
        self._near: dict[str, list[tuple[str, float]]] = {}
        self._weighted_at = 0  # how many texts there were when the weights were computed

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._docs

    def group_of(self, doc_id: str) -> str:
        return self._docs[doc_id].group

    def add(self, doc_id: str, text: str, group: str = "") -> None:
        if doc_id in self._docs:
            self.remove(doc_id)
        counts: dict[str, int] = defaultdict(int)
        for word in words(text, self.lexicon):
            counts[word] += 1
        doc = _Doc(group, dict(counts))
        self._docs[doc_id] = doc
        for word in counts:
            self._df[word] += 1
            if word not in self._postings:
                self._postings[word] = {}
                self._new_word(word)
        if abs(len(self._docs) - self._weighted_at) * 10 > max(self._weighted_at, 10):
            self._reweigh()
        else:
            self._weigh(doc_id, doc)

    def add_all(self, items: Iterable[tuple[str, str, str]]) -> None:
        """Many (id, text, group) at once, weighed once at the end."""
        self._weighted_at = -(10**9)  # no re-weighing until the last
        for doc_id, text, group in items:
            counts: dict[str, int] = defaultdict(int)
            for word in words(text, self.lexicon):
                counts[word] += 1
            if doc_id in self._docs:
                self.remove(doc_id)
            self._docs[doc_id] = _Doc(group, dict(counts))
            for word in counts:
                self._df[word] += 1
                if word not in self._postings:
                    self._postings[word] = {}
                    self._new_word(word)
        self._reweigh()

    def remove(self, doc_id: str) -> None:
        doc = self._docs.pop(doc_id, None)
        if doc is None:
            return
        for word in doc.counts:
            self._df[word] -= 1
            self._postings[word].get(doc.group, {}).pop(doc_id, None)

    def _idf(self, word: str) -> float:
        return math.log((1 + len(self._docs)) / (1 + self._df.get(word, 0))) + 1.0

    def _vector(self, counts: Mapping[str, int]) -> dict[str, float]:
        factor = self.lexicon.weights
        raw = {w: (1 + math.log(n)) * self._idf(w) * factor.get(w, 1.0) for w, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
        return {w: v / norm for w, v in raw.items()}

    def _weigh(self, doc_id: str, doc: _Doc) -> None:
        doc.weights = self._vector(doc.counts)
        for word, weight in doc.weights.items():
            self._postings[word].setdefault(doc.group, {})[doc_id] = weight

    def _reweigh(self) -> None:
        self._weighted_at = len(self._docs)
        for doc_id, doc in self._docs.items():
            self._weigh(doc_id, doc)

    def _new_word(self, word: str) -> None:
        """Index a word's trigrams and tell its spelling variants it exists."""
        if len(word) < _MIN_FUZZY_LENGTH:
            return
        grams = _trigrams(word)
        near = self._find_near(word, grams)
        for gram in grams:
            self._grams[gram].add(word)
        for other, score in near:
            if other in self._near:
                self._near[other].append((word, score))
        self._near[word] = near

    def _find_near(self, word: str, grams: frozenset[str]) -> list[tuple[str, float]]:
        shared: dict[str, int] = defaultdict(int)
        for gram in grams:
            for other in self._grams.get(gram, ()):
                shared[other] += 1
        near = []
        for other, common in shared.items():
            if other == word:
                continue
            score = 2 * common / (len(grams) + len(_trigrams(other)))
            if score >= FUZZY_MIN:
                near.append((other, score))
        return near

    # -- asking ------------------------------------------------------------------------------

    def _scores(
        self, weights: Mapping[str, float], skip: str | None = None, group: str | None = None
    ) -> dict[str, float]:
        """Dot products with every indexed text (of `group` only, when given) sharing a word
        or a spelling variant. In a big index a very common word ("layanan" in a tenth of
        50,000 ideas) finds no texts by itself: it adds its part to the texts the rarer words
        found (exact below COMMON_POSTINGS texts a word, so for a lab's thousand ideas)."""
        # (how many texts, their postings, factor) per word or spelling variant asked
        terms: list[tuple[int, list[dict[str, float]], float]] = []

        def add(word: str, factor: float) -> None:
            by_group = self._postings.get(word, {})
            if group is not None:
                postings = by_group.get(group, {})
                terms.append((len(postings), [postings], factor))
            else:
                terms.append((self._df.get(word, 0), list(by_group.values()), factor))

        for word, weight in weights.items():
            add(word, weight)
            for near, similarity in self._near.get(word, ()):
                add(near, weight * similarity * FUZZY_WEIGHT)
        limit = max(COMMON_POSTINGS, len(self._docs) // 20)
        rare = [t for t in terms if t[0] <= limit]
        common = [t for t in terms if t[0] > limit]
        if common and not rare:
            common.sort(key=lambda t: t[0])
            rare.append(common.pop(0))
        scores: dict[str, float] = defaultdict(float)
        for _size, lists, factor in rare:
            for postings in lists:
                for doc_id, other in postings.items():
                    scores[doc_id] += factor * other
        for _size, lists, factor in common:
            for postings in lists:
                for doc_id in scores:
                    found = postings.get(doc_id)
                    if found:
                        scores[doc_id] += factor * found
        scores.pop(skip, None)  # type: ignore[arg-type]
        return scores

    def score(self, a: str, b: str) -> float:
        """The similarity of two indexed texts, 0 to 1 (symmetric)."""
        return round(min(1.0, self._scores(self._docs[a].weights).get(b, 0.0)), 4)

    def similar_to(
        self,
        doc_id: str,
        limit: int = SUGGESTIONS,
        min_score: float = DEFAULT_MIN_SCORE,
        keep: Callable[[str], bool] | None = None,
        same_group: bool = False,
    ) -> list[tuple[str, float]]:
        """The indexed texts most like `doc_id`'s (only of its group with `same_group`), best
        first: (id, score)."""
        doc = self._docs[doc_id]
        scores = self._scores(doc.weights, doc_id, doc.group if same_group else None)
        return self._best(scores, limit, min_score, keep)

    def similar_to_text(
        self,
        text: str,
        limit: int = SUGGESTIONS,
        min_score: float = DEFAULT_MIN_SCORE,
        keep: Callable[[str], bool] | None = None,
    ) -> list[tuple[str, float]]:
        """The indexed texts most like `text` (not indexed), best first."""
        counts: dict[str, int] = defaultdict(int)
        for word in words(text, self.lexicon):
            counts[word] += 1
        weights = self._vector(counts)
        for word in list(weights):
            if word not in self._near and len(word) >= _MIN_FUZZY_LENGTH:
                self._near_only(word)
        return self._best(self._scores(weights), limit, min_score, keep)

    def _near_only(self, word: str) -> None:
        """Spelling variants of a word no indexed text has (for a query)."""
        self._near[word] = self._find_near(word, _trigrams(word))

    @staticmethod
    def _best(
        scores: Mapping[str, float],
        limit: int,
        min_score: float,
        keep: Callable[[str], bool] | None,
    ) -> list[tuple[str, float]]:
        found = (
            (doc_id, round(min(1.0, s), 4))
            for doc_id, s in scores.items()
            if s >= min_score and (keep is None or keep(doc_id))
        )
        return heapq.nlargest(limit, found, key=lambda item: (item[1], item[0]))

    def pairs(
        self,
        min_score: float = DEFAULT_MIN_SCORE,
        same_group: bool | None = True,
        only_group: str | None = None,
    ) -> Iterator[tuple[str, str, float]]:
        """Every pair (a, b, score) with a < b scoring at least `min_score`; `same_group`:
        True only within a group, False only across groups, None both; `only_group`: only
        pairs holding a text of that group (its texts are the only ones asked)."""
        docs = self._docs
        asked = (
            docs.items()
            if only_group is None
            else ((i, d) for i, d in docs.items() if d.group == only_group)
        )
        for doc_id, doc in asked:
            within = doc.group if same_group else None
            for other, score in self._scores(doc.weights, doc_id, within).items():
                if score < min_score:
                    continue
                theirs = docs[other].group
                if same_group is not None and (theirs == doc.group) != same_group:
                    continue
                if other < doc_id and (only_group is None or theirs == only_group):
                    continue  # met from the other side
                a, b = sorted((doc_id, other))
                yield a, b, round(min(1.0, score), 4)


# -- groups and learning ----------------------------------------------------------------------


def connected_groups(pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """The groups pairs link (union-find), each sorted, largest first."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in parent:
        groups[find(x)].append(x)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g))


def learned_terms(later: str, earlier: str, lexicon: Lexicon) -> list[Term]:
    """What a confirmed "sama" teaches the lexicon: when the two texts differ by one word on
    each side (after the lexicon, stop words and stemming) and the lexicon knows neither, the
    later idea's word is read as the earlier's from now on. Nothing otherwise: a guess would
    be noise."""

    def surface(text: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for word in normalize_idea_text(text).split():
            roots = words(word, lexicon)
            if len(roots) == 1 and word not in lexicon.stop_words:
                found.setdefault(roots[0], word)
        return found

    mine, theirs = surface(later), surface(earlier)
    known = {w for phrase in lexicon.phrases.values() for w in phrase}
    only_mine = set(words(later, lexicon)) - set(words(earlier, lexicon))
    only_theirs = set(words(earlier, lexicon)) - set(words(later, lexicon))
    if len(only_mine) != 1 or len(only_theirs) != 1:
        return []
    (a,), (b,) = only_mine, only_theirs
    if a not in mine or b not in theirs:
        return []  # a lexicon phrase, already known
    if {mine[a], theirs[b], a, b} & known or (mine[a],) in lexicon.phrases:
        # A word the lexicon already reads ("online": daring) is no synonym of another one:
        # the two ideas were confirmed the same for the rest of their words.
        return []
    return [Term(mine[a], theirs[b])]
