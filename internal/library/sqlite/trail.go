package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/trail"
)

// migrationTrail (issue 16) keeps the quote trail: each distinct wording
// once, as a phrase, with its MinHash band keys in a table keyed by key,
// and each quote pointing to its phrase, with its article's sort_time
// beside it (phrase_time), so that the earliest quotes of a phrase are read
// from the index however many articles carry it; and each speaker's
// spelling key
// (library.Aliases.Spelling), which ties a name's other spellings to it.
// The quotes and speakers stored before it get theirs on the next open
// that may write (upkeepTrail).
const migrationTrail = `
CREATE TABLE phrases (
	id INTEGER PRIMARY KEY,
	hash INTEGER NOT NULL UNIQUE,
	words TEXT NOT NULL,
	speaker TEXT NOT NULL DEFAULT '',
	altered INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE phrase_keys (key INTEGER NOT NULL, phrase_id INTEGER NOT NULL, PRIMARY KEY (key, phrase_id)) WITHOUT ROWID;
CREATE INDEX phrases_altered ON phrases(id) WHERE altered <> 0;
ALTER TABLE quotes ADD COLUMN phrase_id INTEGER;
ALTER TABLE quotes ADD COLUMN phrase_time INTEGER NOT NULL DEFAULT 0;
CREATE INDEX quotes_phrase ON quotes(phrase_id, phrase_time) WHERE phrase_id IS NOT NULL;
ALTER TABLE speakers ADD COLUMN spelling TEXT NOT NULL DEFAULT '';
CREATE INDEX speakers_spelling ON speakers(spelling) WHERE spelling <> '';
`

// migrationPhraseCounts (16) keeps with each phrase how many quotes carry
// it, so that a trail counts its occurrences from its phrases, not from
// every quote's index entry: a line carried by every outlet is 78,000
// entries at 100,000 articles, 20-27 ms to count on each open of its
// trail. A write adds its quotes' counts once per phrase when its
// transaction ends (txc.finish); a trigger takes away a deleted quote's,
// however it is deleted (an article replaced or removed, the samples'
// removal); upkeepTrail, the only writer of phrase_id besides a write,
// counts them all again.
const migrationPhraseCounts = `
ALTER TABLE phrases ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;
` + recountPhrasesSQL + `;
CREATE TRIGGER phrases_uncount AFTER DELETE ON quotes WHEN old.phrase_id IS NOT NULL BEGIN
	UPDATE phrases SET quotes = quotes - 1 WHERE id = old.phrase_id;
END;
`

// recountPhrasesSQL sets every phrase's count from the quotes.
const recountPhrasesSQL = `UPDATE phrases SET quotes = (SELECT count(*) FROM quotes q WHERE q.phrase_id = phrases.id)`

// keepTrails is false only in a build for measuring what the trail costs
// at ingest (scripts/bench-trail.sh builds with -tags benchnotrail): the
// same writer, with no phrase given to any quote.
var keepTrails = true

// phraseTx is a write transaction as library.AssignPhrase uses it.
type phraseTx struct {
	*txc
	phraseReads
}

func txPhrases(tx *txc) phraseTx { return phraseTx{tx, phraseReads{tx}} }

// queryer is what the trail's reads run on: the write transaction, or
// the connection a batch's phrase plan reads from (phrasePlan).
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// phraseReads are the reads of a library.PhraseStore.
type phraseReads struct{ q queryer }

func (t phraseReads) PhrasesByHash(ctx context.Context, hashes []int64) (map[int64]library.Phrase, error) {
	list, _ := json.Marshal(hashes)
	rows, err := t.q.QueryContext(ctx, `SELECT id, words, speaker, altered, hash FROM phrases WHERE hash IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]library.Phrase{}
	for rows.Next() {
		var p library.Phrase
		var h int64
		if err := rows.Scan(&p.ID, &p.Words, &p.Speaker, &p.Altered, &h); err != nil {
			return nil, err
		}
		out[h] = p
	}
	return out, rows.Err()
}

func (t phraseTx) InsertPhrase(ctx context.Context, hash int64, words, speaker string, keys []int64) (int64, bool, error) {
	res, err := t.ExecContext(ctx, `INSERT INTO phrases(hash, words, speaker) VALUES (?,?,?)`, hash, words, speaker)
	if err != nil {
		return 0, false, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, false, err
	}
	list, _ := json.Marshal(keys)
	_, err = t.ExecContext(ctx, `INSERT OR IGNORE INTO phrase_keys(key, phrase_id) SELECT value, ? FROM json_each(?)`, id, string(list))
	return id, true, err
}

func (t phraseTx) BucketEntries(ctx context.Context, keys []int64, not int64) ([]int64, error) {
	// One row, a list: the driver's cost per row was most of the lookup,
	// which every new phrase makes.
	list, _ := json.Marshal(keys)
	var all sql.NullString
	if err := t.QueryRowContext(ctx, `SELECT group_concat(phrase_id) FROM (
		SELECT phrase_id FROM phrase_keys WHERE key IN (SELECT value FROM json_each(?)) AND phrase_id <> ? LIMIT ?)`,
		string(list), not, library.CandidateRows).Scan(&all); err != nil {
		return nil, err
	}
	return idList(all.String), nil
}

// The PhraseStore of a batch's library.PhraseBatch (PutAll): a few
// statements for all its phrases, the reads a JSON list in and one row out.

func (t phraseReads) BucketHeads(ctx context.Context, keys []int64, n int) (map[int64][]int64, error) {
	list, _ := json.Marshal(keys)
	var all sql.NullString
	if err := t.q.QueryRowContext(ctx, `SELECT group_concat(key || ':' || ids, ' ') FROM (SELECT k.value AS key,
		(SELECT group_concat(phrase_id) FROM (SELECT phrase_id FROM phrase_keys WHERE key = k.value ORDER BY phrase_id LIMIT ?)) AS ids
		FROM json_each(?) k) WHERE ids IS NOT NULL`, n, string(list)).Scan(&all); err != nil {
		return nil, err
	}
	out := map[int64][]int64{}
	for f := range strings.FieldsSeq(all.String) {
		k, ids, _ := strings.Cut(f, ":")
		key, err := strconv.ParseInt(k, 10, 64)
		if err != nil {
			return nil, err
		}
		out[key] = idList(ids)
	}
	return out, nil
}

func (t phraseReads) MaxPhraseID(ctx context.Context) (int64, error) {
	var id int64
	err := t.q.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM phrases`).Scan(&id)
	return id, err
}

func (t phraseTx) WritePhrases(ctx context.Context, added []library.NewPhrase, marked []library.Phrase) error {
	if len(added) > 0 {
		rows := make([]any, 0, 5*len(added))
		var keys [][2]int64
		for _, a := range added {
			rows = append(rows, a.ID, a.Hash, a.Words, a.Speaker, a.Altered)
			for _, k := range a.Keys {
				keys = append(keys, [2]int64{k, a.ID})
			}
		}
		// In key order: the index's pages are written in turn, not at
		// random.
		slices.SortFunc(keys, func(a, b [2]int64) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
		args := make([]any, 0, 2*len(keys))
		for _, k := range keys {
			args = append(args, k[0], k[1])
		}
		// Rows as values, not a JSON list: reading each row's fields out
		// of JSON made writing the band keys four times slower. A phrase's
		// keys are distinct (InsertPhrase), and its id new.
		if err := insertValues(ctx, t.txc, `INSERT INTO phrases(id, hash, words, speaker, altered) VALUES `, 5, rows, bulkRows); err != nil {
			return err
		}
		if err := insertValues(ctx, t.txc, `INSERT INTO phrase_keys(key, phrase_id) VALUES `, 2, args, bulkRows); err != nil {
			return err
		}
	}
	if len(marked) > 0 {
		rows := make([][3]any, len(marked))
		for i, p := range marked {
			rows[i] = [3]any{p.ID, p.Altered, p.Speaker}
		}
		list, _ := json.Marshal(rows)
		if _, err := t.ExecContext(ctx, `UPDATE phrases SET altered = c.altered, speaker = c.speaker
			FROM (SELECT value->>0 AS id, value->>1 AS altered, value->>2 AS speaker FROM json_each(?)) AS c
			WHERE phrases.id = c.id`, string(list)); err != nil {
			return err
		}
	}
	return nil
}

// idList reads a group_concat of ids.
func idList(s string) []int64 {
	var out []int64
	for f := range strings.SplitSeq(s, ",") {
		if id, err := strconv.ParseInt(f, 10, 64); err == nil {
			out = append(out, id)
		} // "": none
	}
	return out
}

func (t phraseReads) PhrasesByID(ctx context.Context, ids []int64) (map[int64]library.Phrase, error) {
	list, _ := json.Marshal(ids)
	rows, err := t.q.QueryContext(ctx, `SELECT id, words, speaker, altered FROM phrases WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, err
	}
	ps, err := scanPhrases(rows)
	return library.ByID(ps), err
}

func (t phraseTx) MarkPhrase(ctx context.Context, id int64, altered int, speaker string) error {
	_, err := t.ExecContext(ctx, `UPDATE phrases SET altered = ?, speaker = ? WHERE id = ?`, altered, speaker, id)
	return err
}

func scanPhrases(rows *sql.Rows) ([]library.Phrase, error) {
	defer rows.Close()
	var out []library.Phrase
	for rows.Next() {
		var p library.Phrase
		if err := rows.Scan(&p.ID, &p.Words, &p.Speaker, &p.Altered); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// phraseQuotes are an article's quotes as their phrases are looked up:
// speaker gives each quote's canonical speaker (nil: none, for a preload).
func phraseQuotes(p *prepared, speaker func(string) string) []library.PhraseQuote {
	qs := p.e.Result.Quotes
	out := make([]library.PhraseQuote, len(qs))
	for i, q := range qs {
		out[i] = library.PhraseQuote{Text: q.Text, Key: p.keys[i]}
		if speaker != nil {
			out[i].Speaker = speaker(q.Speaker)
		}
	}
	return out
}

// phrasesOf are the phrase ids to store with an article's quotes, nil for
// those without one: the batch plan's answer to what the writer asked for
// the article, or else worked out here.
func (s *Store) phrasesOf(ctx context.Context, tx *txc, p *prepared) ([]any, error) {
	var ids []int64
	var err error
	if tx.plan != nil {
		ids, err = tx.plan.answer()
	} else {
		ids, err = library.AssignPhrases(ctx, txPhrases(tx), &tx.phrases, phraseQuotes(p, s.canonical))
	}
	if err != nil {
		return nil, err
	}
	out := make([]any, len(ids))
	for i, id := range ids {
		if id != 0 {
			out[i] = id
		}
	}
	return out, nil
}

// canonical is the canonical name of a speaker as written, "" for none.
func (s *Store) canonical(name string) string {
	if name == "" {
		return ""
	}
	return s.aliases.Canonical(name)
}

// upkeepTrail gives phrases to the quotes stored before this build kept
// trails, or before trail.Version changed what a phrase is: all of them,
// anew, in one transaction. A library already up to date costs one read.
func (s *Store) upkeepTrail(ctx context.Context) error {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'trail_version'`).Scan(&v)
	if err == nil && v == trail.Version {
		return nil
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return s.tx(ctx, func(tx *txc) error {
		if err := s.upkeepSpellings(ctx, tx); err != nil {
			return err
		}
		for _, q := range []string{`UPDATE quotes SET phrase_id = NULL WHERE phrase_id IS NOT NULL`, `DELETE FROM phrase_keys`, `DELETE FROM phrases`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		rows, err := tx.Tx.QueryContext(ctx, `SELECT q.id, q.text, COALESCE(sp.name, q.speaker), a.sort_time FROM quotes q
			JOIN articles a ON a.id = q.article_id LEFT JOIN speakers sp ON sp.id = q.speaker_id ORDER BY q.id`)
		if err != nil {
			return err
		}
		type row struct {
			id, time      int64
			text, speaker string
		}
		var all []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.text, &r.speaker, &r.time); err != nil {
				rows.Close()
				return err
			}
			all = append(all, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, r := range all {
			pid, err := library.AssignPhrase(ctx, txPhrases(tx), &tx.phrases, r.text, r.speaker)
			if err != nil {
				return err
			}
			if pid != 0 {
				if _, err := tx.ExecContext(ctx, `UPDATE quotes SET phrase_id = ?, phrase_time = ? WHERE id = ?`, pid, r.time, r.id); err != nil {
					return err
				}
			}
		}
		if _, err := tx.ExecContext(ctx, recountPhrasesSQL); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES('trail_version', ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, trail.Version)
		return err
	})
}

// manyPhrases is where TrailHits reads the earliest quotes of a trail's
// phrases by one statement rather than one per phrase.
var manyPhrases = 32

// TrailHits returns the quotes that are the same quote as words, earliest
// first: the phrases sharing a bucket with it, or its own, kept by the
// decision, then their quotes from the phrase index.
func (s *Store) TrailHits(ctx context.Context, words []string, limit int) ([]library.Quote, int, error) {
	cands, err := s.trailCandidates(ctx, words)
	if err != nil {
		return nil, 0, err
	}
	ids := library.MatchingPhrases(words, cands)
	if len(ids) == 0 {
		return []library.Quote{}, 0, nil
	}
	in, _ := json.Marshal(ids)
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(quotes), 0) FROM phrases WHERE id IN (SELECT value FROM json_each(?))`, string(in)).Scan(&total); err != nil {
		return nil, 0, explain(s.path, err)
	}
	// The earliest limit quotes of them all. A few wordings are read
	// phrase by phrase from the index, oldest phrase first: once limit
	// are kept, a phrase is read only up to the latest time kept. Many
	// (a line carried by thousands of articles in hundreds of wordings)
	// are read by one statement whose sort keeps limit rows: a statement
	// per wording cost more than the rows it read.
	type hit struct{ id, time int64 }
	var hits []hit
	read := func(q string, args ...any) error {
		rows, err := s.db.QueryContext(ctx, q, args...)
		if err != nil {
			return explain(s.path, err)
		}
		defer rows.Close()
		for rows.Next() {
			var h hit
			if err := rows.Scan(&h.id, &h.time); err != nil {
				return err
			}
			hits = append(hits, h)
		}
		return rows.Err()
	}
	if len(ids) > manyPhrases {
		if err := read(`SELECT id, phrase_time FROM quotes WHERE phrase_id IN (SELECT value FROM json_each(?)) ORDER BY phrase_time, id LIMIT ?`, string(in), limit); err != nil {
			return nil, 0, err
		}
	} else {
		slices.Sort(ids)
		for _, p := range ids {
			var err error
			if len(hits) < limit {
				err = read(`SELECT id, phrase_time FROM quotes WHERE phrase_id = ? ORDER BY phrase_time, id LIMIT ?`, p, limit)
			} else {
				err = read(`SELECT id, phrase_time FROM quotes WHERE phrase_id = ? AND phrase_time <= ? ORDER BY phrase_time, id LIMIT ?`, p, hits[limit-1].time, limit)
			}
			if err != nil {
				return nil, 0, err
			}
			slices.SortFunc(hits, func(a, b hit) int { return cmp.Or(cmp.Compare(a.time, b.time), cmp.Compare(a.id, b.id)) })
			hits = hits[:min(limit, len(hits))]
		}
	}
	first := make([]int64, 0, len(hits))
	for _, h := range hits {
		first = append(first, h.id)
	}
	list, _ := json.Marshal(first)
	out, err := s.quotesWhere(ctx, `q.id IN (SELECT value FROM json_each(?))`, []any{string(list)},
		" ORDER BY q.phrase_time, a.id, q.seq")
	return out, total, err
}

// trailCandidates are the phrases sharing a bucket with words, or its
// own, with their words: their ids from the key index, the words from
// s.words where it has them (library.PhraseWords). The ids come as one
// row, a list: a line of wire copy has some 40,000 bucket entries, and
// the driver's cost per row was most of reading them.
func (s *Store) trailCandidates(ctx context.Context, words []string) ([]library.Phrase, error) {
	list, _ := json.Marshal(trail.Keys(words))
	var all sql.NullString
	if err := s.db.QueryRowContext(ctx, `SELECT group_concat(id) FROM (
		SELECT phrase_id AS id FROM phrase_keys WHERE key IN (SELECT value FROM json_each(?))
		UNION ALL SELECT id FROM phrases WHERE hash = ?)`, string(list), trail.Hash(words)).Scan(&all); err != nil {
		return nil, explain(s.path, err)
	}
	ids := idList(all.String) // a phrase once per bucket it shares
	slices.Sort(ids)
	ids = slices.Compact(ids)
	cands, missing := s.words.Lookup(ids)
	if len(missing) == 0 {
		return cands, nil
	}
	// One row too, a line a phrase: its id, a space, its words (which
	// hold no line break: they are letters and digits between spaces).
	list, _ = json.Marshal(missing)
	var lines sql.NullString
	if err := s.db.QueryRowContext(ctx, `SELECT group_concat(id || ' ' || words, char(10)) FROM phrases
		WHERE id IN (SELECT value FROM json_each(?))`, string(list)).Scan(&lines); err != nil {
		return nil, explain(s.path, err)
	}
	var read []library.Phrase
	for line := range strings.SplitSeq(lines.String, "\n") {
		id, words, _ := strings.Cut(line, " ")
		if n, err := strconv.ParseInt(id, 10, 64); err == nil {
			read = append(read, library.Phrase{ID: n, Words: words})
		}
	}
	s.words.Add(read)
	return append(cands, read...), nil
}

// upkeepSpellings gives every speaker its spelling key and merges the
// speakers that share one into the first stored.
func (s *Store) upkeepSpellings(ctx context.Context, tx *txc) error {
	rows, err := tx.Tx.QueryContext(ctx, `SELECT id, name FROM speakers ORDER BY id`)
	if err != nil {
		return err
	}
	type sp struct {
		id   int64
		name string
	}
	var all []sp
	for rows.Next() {
		var r sp
		if err := rows.Scan(&r.id, &r.name); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	first := map[string]int64{}
	for _, r := range all {
		key := s.aliases.Spelling(r.name)
		if to, ok := first[key]; ok && key != "" {
			if err := mergeSpeaker(ctx, tx, r.id, to); err != nil {
				return err
			}
			continue
		}
		first[key] = r.id
		if _, err := tx.ExecContext(ctx, `UPDATE speakers SET spelling = ? WHERE id = ?`, key, r.id); err != nil {
			return err
		}
	}
	return nil
}
