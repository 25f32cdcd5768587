"""Re-attach punctuation in a dependency tree the way current UD treebanks do.

UD's guideline: a punctuation mark attaches to the highest node of the unit it belongs to that keeps the tree
projective; a comma that opens an apposition, a conjunct or a clause attaches to *that* dependent (on its
right), paired marks (brackets, quotes) attach to the head of what they enclose. The 2018 release of UD
Indonesian-GSD (our main training set) mostly attached commas to the word on their left, so its punctuation
heads disagree with current GSD dev on about a third of the marks (docs/models.md). The procedure follows the
one UD maintainers use for such conversions (Udapi's ``ud.FixPunct``), written here for plain head lists.

Trees are 1-based head lists: ``heads[i - 1]`` is the head of word ``i``, 0 for the root.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Opening mark -> closing mark; ``"`` pairs with itself.
PAIRED = {"(": ")", "[": "]", "{": "}", "“": "”", "‘": "’", "«": "»", '"': '"'}


def _ancestors(heads: Sequence[int], i: int) -> list[int]:
    out: list[int] = []
    while heads[i - 1] and len(out) <= len(heads):  # the length bound stops on (invalid) cyclic input
        i = heads[i - 1]
        out.append(i)
    return out


def _subtree_spans(heads: Sequence[int], punct: Sequence[bool]) -> tuple[list[int], list[int]]:
    """Leftmost and rightmost non-punctuation word of each word's subtree (index 0 unused): where the marks
    hang now must not decide where they go."""
    n = len(heads)
    lo, hi = list(range(n + 1)), list(range(n + 1))
    for i in range(1, n + 1):
        if punct[i - 1]:
            continue
        for a in _ancestors(heads, i):
            lo[a], hi[a] = min(lo[a], i), max(hi[a], i)
    return lo, hi


def _can_attach(heads: Sequence[int], p: int, h: int) -> bool:
    """Attaching ``p`` to ``h`` keeps the tree a tree and projective: ``h`` is not below ``p`` and dominates
    every word between them."""
    if h == p or p in _ancestors(heads, h):
        return False
    a, b = sorted((p, h))
    return all(h in _ancestors(heads, k) for k in range(a + 1, b))


def _attach_pairs(heads: list[int], punct: Sequence[bool], forms: Sequence[str]) -> set[int]:
    """Both marks of a bracket/quote pair -> the one word inside whose head lies outside. Returns the marks
    attached."""
    done: set[int] = set()
    n = len(heads)
    for i in range(1, n + 1):
        close = PAIRED.get(forms[i - 1])
        if close is None or i in done:
            continue
        j = next((k for k in range(i + 1, n + 1) if forms[k - 1] == close), None)
        if j is None:
            continue
        tops = [k for k in range(i + 1, j) if not punct[k - 1] and not i < heads[k - 1] < j]
        if len(tops) == 1 and _can_attach(heads, i, tops[0]) and _can_attach(heads, j, tops[0]):
            heads[i - 1] = heads[j - 1] = tops[0]
            done.update((i, j))
    return done


def reattach_punct(heads: Sequence[int], punct: Sequence[bool], forms: Sequence[str]) -> list[int]:
    """New head list with punctuation attached as in current UD (other words keep their heads).

    For each mark, climb from the nearest non-punctuation word on each side while the parent stays on that
    side and its subtree does not reach across the mark; of the two highest nodes reached, the lower one (the
    one inside the other's subtree) is the new head. As in Udapi, a mark whose current head is on one of the
    two climbing paths keeps it: the unit is then ambiguous and the treebank's choice is as good as ours.
    """
    heads = list(heads)
    n = len(heads)
    paired = _attach_pairs(heads, punct, forms)
    for p in range(1, n + 1):
        if not punct[p - 1] or p in paired:
            continue
        lo, hi = _subtree_spans(heads, punct)
        left = next((k for k in range(p - 1, 0, -1) if not punct[k - 1]), None)
        right = next((k for k in range(p + 1, n + 1) if not punct[k - 1]), None)
        lpath: list[int] = []
        rpath: list[int] = []
        if left is not None:
            c = left
            lpath.append(c)
            while heads[c - 1] and heads[c - 1] < p and hi[heads[c - 1]] <= p and len(lpath) <= n:
                c = heads[c - 1]
                lpath.append(c)
        if right is not None:
            c = right
            rpath.append(c)
            while heads[c - 1] and heads[c - 1] > p and lo[heads[c - 1]] >= p and len(rpath) <= n:
                c = heads[c - 1]
                rpath.append(c)
        lpath = [c for c in lpath if _can_attach(heads, p, c)]
        rpath = [c for c in rpath if _can_attach(heads, p, c)]
        lc = lpath[-1] if lpath else None
        rc = rpath[-1] if rpath else None
        if lc is not None and rc is not None and rc in _ancestors(heads, lc):
            cand, path = lc, lpath
        elif lc is not None and rc is not None and lc in _ancestors(heads, rc):
            cand, path = rc, rpath
        elif lc is not None:
            cand, path = lc, lpath + rpath
        elif rc is not None:
            cand, path = rc, lpath + rpath
        else:
            continue
        if heads[p - 1] not in path:
            heads[p - 1] = cand
    return heads
