#!/usr/bin/env python3
"""The baseline for `twin match --per-group 10`: a plain numpy bit-set kernel.

Reads a file of generated groups (`examples/gen.rs`: id, name, country, languages, themes,
capacity; default weights, priorities and rules), scores every pair block by block with
bit sets and popcounts, keeps each group's best 10 eligible candidates (score, then file
order, which is id order in generated files) and writes `rank,score,id_a,id_b` rows as
CSV. It writes less than twin (no names, countries or shared lists), which only flatters
it; it runs on one thread (numpy's element-wise operations do), twin on every core.

Made for generated files only: names are compared as written (none of twin's folding),
at most 128 distinct themes and languages, no twins column.

    scripts/bench-numpy.py groups.csv out.csv [--check twin.csv]

`--check` compares the lists with twin's CSV output of the same file (rank, score, id_a,
id_b): the baseline computes what twin computes, or the comparison means nothing.
Needs numpy 2 (np.bitwise_count).
"""

import csv
import sys

import numpy as np

K = 10
BLOCK = 16
THEMES_WEIGHT, LANGUAGES_WEIGHT, PRIORITY = 0.8, 0.2, 2.0
PRIORITIES = {"food-security", "gender-equality", "education-access"}


def bits(items, index):
    """Two 64-bit words holding the set of `items`, interned in `index`."""
    words = [0, 0]
    for item in items:
        i = index.setdefault(item, len(index))
        words[i // 64] |= 1 << (i % 64)
    return words


def load(path):
    themes, languages, countries = {}, {}, {}
    ids, rows = [], []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            ids.append(r["id"])
            t = [x.strip() for x in r["themes"].split(";") if x.strip()]
            l = [x.strip() for x in r["languages"].split(";") if x.strip()]
            rows.append((bits(t, themes), bits(l, languages),
                         countries.setdefault(r["country"], len(countries)),
                         int(r.get("capacity") or 1)))
    prio = bits([t for t in themes if t in PRIORITIES], dict(themes))
    u64 = np.uint64
    return {
        "ids": ids,
        "themes": np.array([r[0] for r in rows], dtype=u64),
        "languages": np.array([r[1] for r in rows], dtype=u64),
        "country": np.array([r[2] for r in rows], dtype=np.int32),
        "open": np.array([r[3] > 0 for r in rows]),
        "prio": np.array(prio, dtype=u64),
    }


def popcount(words):
    """Bits set, over the last axis (one word or two)."""
    if words.shape[-1] == 1:
        return np.bitwise_count(words[..., 0]).astype(np.int32)
    return np.bitwise_count(words).sum(axis=-1, dtype=np.int32)


def narrow(g):
    """One word per set when every item fits in the first (the usual case): no sum over
    words in the inner loop."""
    for key in ("themes", "languages"):
        if not g[key][:, 1].any():
            g[key] = g[key][:, :1]
    if g["themes"].shape[1] == 1:
        g["prio"] = g["prio"][:1]
    return g


def best(g):
    n = len(g["ids"])
    t, lang, prio = g["themes"], g["languages"], g["prio"]
    # W(X): every theme counts 1, a priority theme PRIORITY (an integer here).
    extra = int(PRIORITY) - 1
    total = popcount(t) + extra * popcount(t & prio)
    nlang = popcount(lang)
    # Every score from small integers (shared and total theme points, shared languages and
    # the smaller list), computed once in a table: the inner loop is integer bit work and
    # one gather per pair.
    tm, lm = int(total.max()) + 1, int(nlang.max()) + 1
    s, ta, tb, sl, sm = np.meshgrid(*(np.arange(x, dtype=np.float64) for x in (tm, tm, tm, lm, lm)),
                                    indexing="ij")
    wt = THEMES_WEIGHT / (THEMES_WEIGHT + LANGUAGES_WEIGHT)
    wl = LANGUAGES_WEIGHT / (THEMES_WEIGHT + LANGUAGES_WEIGHT)
    with np.errstate(divide="ignore", invalid="ignore"):
        share_a = np.where(ta > 0, s / ta, 0.0)
        share_b = np.where(tb > 0, s / tb, 0.0)
        overlap = np.where(sm > 0, sl / sm, 0.0)
    value = wt * ((share_a + share_b) / 2) + wl * overlap
    table = (np.clip(value, 0.0, 1.0) * 10_000.0 + 0.5).astype(np.int64).ravel()
    order = np.arange(n, dtype=np.int64)
    out = []
    for start in range(0, n, BLOCK):
        a = slice(start, min(start + BLOCK, n))
        st = t[a, None, :] & t[None, :, :]
        shared = popcount(st) + extra * popcount(st & prio)
        shared_langs = popcount(lang[a, None, :] & lang[None, :, :])
        smaller = np.minimum(nlang[a, None], nlang[None, :])
        at = (((shared * tm + total[a, None]) * tm + total[None, :]) * lm + shared_langs) * lm
        score = table[at + smaller]
        eligible = (
            (g["country"][a, None] != g["country"][None, :])
            & (shared_langs > 0)
            & g["open"][a, None]
            & g["open"][None, :]
        )
        # Best first: score, then the smaller id (groups are in id order).
        key = np.where(eligible, score * n + (n - 1 - order[None, :]), -1)
        top = np.argpartition(-key, min(K, n - 1), axis=1)[:, :K]
        for row, cols in enumerate(top):
            cols = cols[np.argsort(-key[row, cols], kind="stable")]
            out.append([(int(c), int(score[row, c])) for c in cols if key[row, c] >= 0])
    return out


def main():
    args = sys.argv[1:]
    if len(args) not in (2, 4) or (len(args) == 4 and args[2] != "--check"):
        sys.exit(__doc__)
    g = narrow(load(args[0]))
    lists = best(g)
    ids = g["ids"]
    rows = [(rank, s, ids[a], ids[b])
            for a, lst in enumerate(lists) for rank, (b, s) in enumerate(lst, 1)]
    with open(args[1], "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["rank", "score", "id_a", "id_b"])
        w.writerows((r, f"{s // 100}.{s % 100:02d}", a, b) for r, s, a, b in rows)
    if len(args) == 4:
        with open(args[3], newline="", encoding="utf-8") as f:
            twin = [(int(r["rank"]), round(float(r["score"]) * 100), r["id_a"], r["id_b"])
                    for r in csv.DictReader(f)]
        if twin != rows:
            diff = next(i for i, (x, y) in enumerate(zip(twin, rows)) if x != y) \
                if any(x != y for x, y in zip(twin, rows)) else min(len(twin), len(rows))
            sys.exit(f"differs from twin at row {diff + 2}: twin "
                     f"{twin[diff] if diff < len(twin) else None}, numpy "
                     f"{rows[diff] if diff < len(rows) else None}")
        print(f"same {len(rows)} rows as twin", file=sys.stderr)


if __name__ == "__main__":
    main()
