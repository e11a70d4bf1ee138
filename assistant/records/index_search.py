"""Search in the directory's index (index.py holds the rest of it), on names normalised as the
directory does (NFKC, case folded):
- "contains" through FTS5 with the trigram tokenizer (substrings, Japanese too), and "starts
  with" the same way, as every name is indexed after a newline;
- words of one or two characters, too short for trigrams, through an index of their own
  (every character and pair of characters of each name);
- where no index narrows the list to PROBE records or fewer, the list is walked in its order
  and checked row by row, which stops at the result limit.
Several words: each index answers for its own words in one query (FTS5 intersects them), and
the trigrams' and the short words' answers are intersected only when that looks worth it.
"""
from __future__ import annotations

import sqlite3
from typing import Callable

from assistant.records.index_schema import PROBE, Row, _phrase, _searchable, short_gram

# FTS5 reads about this many rows of an answer in the time a walk checks one row of the list,
# and PICKED_PER_MERGED in the time one candidate is looked up and sorted (measured at 100,000
# records): what makes a merge of two answers worth more than a walk or a lookup of the fewer.
MERGED_PER_WALKED = 3
PICKED_PER_MERGED = 10


class IndexSearch:
    """The search half of DirectoryIndex."""

    db: sqlite3.Connection
    _grams: bool  # whether the trigram index exists in this SQLite
    _short: bool  # whether the short words' index does
    _visible: Callable[..., str]
    _rows: Callable[[list[int]], list[Row]]

    def search(self, words: list[str], limit: int | None) -> list[Row]:
        """Records any of whose names contain every (normalised) word; those with a name that
        starts with the first word first, then in the list's order. At most `limit`."""
        # NUL or a lone surrogate would end FTS5's query string early; no name holds either.
        words = [w for w in (_searchable(word) for word in words) if w]
        if not words:
            return self._rows([row_id for *_key, row_id in self._pick(None, "1", (), limit)])
        first, last = words[0], words[0] + "\U0010ffff"  # [first, last): what starts with first
        every = " AND ".join(["instr(names, ?) > 0"] * len(words))
        starts = "instr(names, char(10) || ?) > 0"  # each name follows a newline
        # Those whose own name (the list's order) starts with it are one stretch of the list;
        own = self._pick(None, f"sort_key >= ? AND sort_key < ? AND {every}",
                         (first, last, *words), limit)
        # those where another name does (an alias, the Japanese name, the id) are anywhere.
        other = self._pick(
            self._candidates(("grams", f"other : {_phrase(first, True)} NOT main : {_phrase(first, True)}")),
            f"NOT (sort_key >= ? AND sort_key < ?) AND {starts} AND {every}",
            (first, last, first, *words), limit)
        found = sorted(own + other)[:limit]
        if limit is None or len(found) < limit:
            rest = None if limit is None else limit - len(found)
            found += self._pick(self._holding_all(words, rest), f"NOT {starts} AND {every}",
                                (first, *words), rest)
        return self._rows([row_id for *_key, row_id in found])

    def _holding_all(self, words: list[str], limit: int | None) -> list[int] | None:
        """Records that may hold every word, as the indexes find them (trigrams for words of
        three or more characters, the short words' index for one or two), if PROBE or fewer;
        None where walking the list in order for `limit` of them is the faster way."""
        unique = list(dict.fromkeys(words))
        queries = [(table, " AND ".join(match)) for table, match in (
            ("grams", [f"other : {_phrase(w)}" for w in unique if len(w) >= 3]),
            ("short", [short_gram(w) for w in unique if len(w) < 3])) if match]
        found = [self._matches(query) for query in queries]
        few = [rows for rows in found if rows is not None and len(rows) <= PROBE]
        if len(queries) < 2 or None in found:
            return min(few, key=len, default=None)
        # Two answers, the trigrams' and the short words': a merge of them in rowid order reads
        # both, to the end when few records are in both. The first rows of each, above, hold
        # every row of it up to their last: from them, how many rows each has, and how many
        # are in both.
        (last,) = self.db.execute("SELECT coalesce(max(id), 1) FROM files").fetchone()
        merged = sum(len(rows) if len(rows) <= PROBE else (PROBE + 1) * last / rows[-1]
                      for rows in found)
        if few:  # the merge, or the fewer of them looked up one by one?
            fewest = min(few, key=len)
            return fewest if len(fewest) * PICKED_PER_MERGED < merged else self._candidates(*queries)
        # Both more than PROBE: the merge, or a walk (which stops once it has found `limit`)?
        covered = min(rows[-1] for rows in found)
        both = len(set(found[0]).intersection(found[1])) * last / covered
        walked = last if limit is None else limit * last / max(both, 1)
        if both > PROBE or walked * MERGED_PER_WALKED < merged:
            return None
        return self._candidates(*queries)

    def _matches(self, *queries: tuple[str, str]) -> list[int] | None:
        """The first PROBE + 1 rows (in rowid order) that every (table, FTS5 query) names, one
        merge of the tables' answers; None if this SQLite has no such index."""
        if not all(self._grams if table == "grams" else self._short for table, _ in queries):
            return None
        select = " INTERSECT ".join(f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
                                    for table, _ in queries)
        return [row[0] for row in self.db.execute(f"{select} ORDER BY 1 LIMIT {PROBE + 1}",
                                                  [match for _, match in queries])]

    def _candidates(self, *queries: tuple[str, str]) -> list[int] | None:
        """The rows every query names, if there are at most PROBE of them; None if there are
        more (walking the list is then faster) or this SQLite has no such index."""
        rows = self._matches(*queries)
        return rows if rows is not None and len(rows) <= PROBE else None

    def _pick(self, candidates: list[int] | None, where: str, args: tuple,
              limit: int | None) -> list[tuple[str, str, int]]:
        """(sort key, id, row) of visible records meeting `where`, in the list's order, at most
        `limit`. Given the few candidates an index found, only those are looked up and sorted;
        otherwise the list is walked in order, on an index holding every column needed (and a
        stretch of it when `where` bounds the sort key), until the limit is reached."""
        order = "ORDER BY sort_key, record_id" + ("" if limit is None else f" LIMIT {int(limit)}")
        if candidates is not None:
            # CROSS JOIN: look the candidates up one by one, never scan the folder for them.
            return self.db.execute(
                f"SELECT sort_key, record_id, files.id FROM json_each(?) AS candidate CROSS JOIN "
                f"files ON files.id = candidate.value WHERE {self._visible('files')} AND {where} "
                f"{order}",
                ("[" + ",".join(map(str, candidates)) + "]", *args)).fetchall()
        return self.db.execute(
            f"SELECT sort_key, record_id, id FROM files INDEXED BY files_order WHERE "
            f"{self._visible()} AND {where} {order}", args).fetchall()
