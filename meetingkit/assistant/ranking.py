"""Which sentences say the most: TextRank (PageRank over a TF-IDF cosine similarity graph).

Written here in a few lines rather than taken from a library: sumy needs NLTK and its downloaded data,
networkx/scikit-learn would be large dependencies for forty lines, and this keeps the order exactly
reproducible (fixed iteration count, rounded scores, ties broken by position).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

DAMPING = 0.85
MAX_ITERATIONS = 60
# Iteration stops once no score moves by more than this: far below the rounding applied to the scores.
TOLERANCE = 1e-12


def tfidf(documents: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors of `documents` (lists of words), smoothed idf as in scikit-learn."""
    df: Counter[str] = Counter()
    for words in documents:
        df.update(set(words))
    n = len(documents)
    vectors: list[dict[str, float]] = []
    for words in documents:
        counts = Counter(words)
        vector = {w: c * (math.log((1 + n) / (1 + df[w])) + 1.0) for w, c in sorted(counts.items())}
        norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
        vectors.append({w: x / norm for w, x in vector.items()})
    return vectors


def similarities(vectors: Sequence[dict[str, float]]) -> list[dict[int, float]]:
    """Cosine similarity of every pair that shares a word (through an inverted index: no n² scan)."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for word, weight in vector.items():
            postings[word].append((i, weight))
    graph: list[dict[int, float]] = [defaultdict(float) for _ in vectors]
    for word in sorted(postings):
        entries = postings[word]
        for a, (i, wi) in enumerate(entries):
            for j, wj in entries[a + 1 :]:
                graph[i][j] += wi * wj
                graph[j][i] += wi * wj
    return [dict(sorted(edges.items())) for edges in graph]


def textrank(documents: Sequence[Sequence[str]]) -> list[float]:
    """A score per document: high when it resembles many others that score high."""
    n = len(documents)
    if n == 0:
        return []
    graph = similarities(tfidf(documents))
    out_weight = [sum(edges.values()) for edges in graph]
    # Each node's incoming edges with the sender's share already divided out: the loop below is hot.
    incoming = [[(j, w / out_weight[j]) for j, w in graph[i].items() if out_weight[j]] for i in range(n)]
    base = (1 - DAMPING) / n
    scores = [1.0 / n] * n
    for _ in range(MAX_ITERATIONS):
        new = [base + DAMPING * sum([scores[j] * w for j, w in edges]) for edges in incoming]
        moved = max(abs(a - b) for a, b in zip(new, scores, strict=True))
        scores = new
        if moved < TOLERANCE:
            break
    # Rounded so that the last bits of floating point never decide an order.
    return [round(s, 9) for s in scores]


def ranked(documents: Sequence[Sequence[str]]) -> list[int]:
    """Indexes of `documents`, best first; equal scores keep their original order."""
    scores = textrank(documents)
    return sorted(range(len(documents)), key=lambda i: (-scores[i], i))
