package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// The write path: an article, its extraction and what the reader keeps
// derived from it, in one transaction.

// Put stores e. The whole article, its quotes, speakers, sources and search
// entry are written in one transaction: a crash leaves the old version or
// the new one, never half of either.
func (s *Store) Put(ctx context.Context, e *library.Entry) (int64, library.PutStatus, error) {
	var id int64
	var status library.PutStatus
	err := s.tx(ctx, func(tx *txc) (err error) {
		id, status, err = s.put(ctx, tx, prepare(e))
		return err
	})
	if err != nil {
		return 0, 0, fmt.Errorf("storing %s: %w", e.Article.Path, err)
	}
	return id, status, nil
}

// PutAll stores every entry in one transaction: all of them, or none.
func (s *Store) PutAll(ctx context.Context, es []*library.Entry) ([]library.PutStatus, error) {
	return s.putPrepared(ctx, prepareAll(es))
}

// Prepare is library.Preparer's: what PutPrepared will write for e.
func (s *Store) Prepare(e *library.Entry) library.Prepared { return prepare(e) }

// PutPrepared is PutAll of entries prepared ahead (Prepare).
func (s *Store) PutPrepared(ctx context.Context, ps []library.Prepared) ([]library.PutStatus, error) {
	out := make([]*prepared, len(ps))
	for i, p := range ps {
		if mine, ok := p.(*prepared); ok {
			out[i] = mine
		} else {
			out[i] = prepare(p.Entry())
		}
	}
	return s.putPrepared(ctx, out)
}

func (s *Store) putPrepared(ctx context.Context, ps []*prepared) ([]library.PutStatus, error) {
	out := make([]library.PutStatus, len(ps))
	path := ""
	err := s.bulkTx(ctx, func(tx *txc) (err error) {
		if tx.batch, err = s.lookAhead(ctx, tx, ps); err != nil {
			return err
		}
		if keepTrails {
			if tx.plan, err = s.planPhrases(ctx, tx, ps); err != nil {
				return err
			}
			defer tx.plan.stop()
		}
		for i, p := range ps {
			path = p.e.Article.Path
			if tx.plan != nil {
				tx.plan.writing = i
			}
			_, st, err := s.put(ctx, tx, p)
			if err != nil {
				return err
			}
			if tx.plan != nil && st == library.Unchanged {
				tx.plan.skip(i)
			}
			out[i] = st
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storing %s: %w", path, err)
	}
	return out, nil
}

// prepared is an entry as it is written: what can be worked out before the
// transaction is, on every core, so that the single writer only writes.
type prepared struct {
	src      *library.Entry      // as given
	e        *library.Entry      // names cleaned
	search   string              // searchText of its body and quotes
	mentions []string            // each speaker's mentions, as JSON
	body     any                 // the body as stored (packBody)
	keys     []*library.QuoteKey // each quote's (the trail's)
}

// Entry is library.Prepared's.
func (p *prepared) Entry() *library.Entry { return p.src }

func prepare(e *library.Entry) *prepared {
	p := &prepared{src: e, e: e.WithCleanNames(), body: packBody(e.Article.Body)}
	texts := make([]string, 0, 1+len(p.e.Result.Quotes))
	texts = append(texts, p.e.Article.Body)
	for _, q := range p.e.Result.Quotes {
		texts = append(texts, q.Text)
		if keepTrails { // else the build without trails works for none
			p.keys = append(p.keys, library.KeyQuote(q.Text))
		}
	}
	p.search = searchText(texts...)
	for _, sp := range p.e.Result.Speakers {
		m, _ := json.Marshal(sp.Mentions)
		p.mentions = append(p.mentions, string(m))
	}
	return p
}

// prepareAll prepares es on every core.
func prepareAll(es []*library.Entry) []*prepared {
	out := make([]*prepared, len(es))
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(es))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(es); i += workers {
				out[i] = prepare(es[i])
			}
		}()
	}
	wg.Wait()
	return out
}

func (s *Store) put(ctx context.Context, tx *txc, p *prepared) (id int64, status library.PutStatus, err error) {
	e := p.e
	a := &e.Article
	if a.Path == "" {
		return 0, 0, errors.New("article has no path")
	}
	status = library.New
	err = func() error {
		var hash, extractor string
		var err error
		if was, found, ok := tx.batch.article(a.Path); !ok {
			err = tx.QueryRowContext(ctx, `SELECT id, hash, extractor FROM articles WHERE path = ?`, a.Path).Scan(&id, &hash, &extractor)
		} else if found {
			id, hash, extractor = was.id, was.hash, was.extractor
		} else {
			err = sql.ErrNoRows
		}
		switch {
		case err == nil && hash == a.Hash && extractor == e.Extractor && !e.Force:
			status = library.Unchanged
			return nil
		case err == nil:
			status = library.Updated
		case errors.Is(err, sql.ErrNoRows):
			// The same text under another name (a copy, a re-fetched feed
			// entry) is the same article. "+extractor": by the hash index,
			// not the extractor's, which holds nearly every article.
			var err error
			if same, found, ok := tx.batch.sameText(a.Hash, e.Extractor); !ok {
				err = tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ? AND +extractor = ?`, a.Hash, e.Extractor).Scan(&id)
			} else if found {
				id = same
			} else {
				err = sql.ErrNoRows
			}
			if err == nil {
				status = library.Unchanged
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		default:
			return err
		}
		added := e.Added
		if added.IsZero() {
			added = time.Now()
		}
		var replaced []int64
		if status == library.Updated {
			if replaced, err = speakersOf(ctx, tx, id); err != nil {
				return err
			}
			if err := tx.unsearch(ctx, id); err != nil { // before the sort time changes
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET url=?, title=?, outlet=?, outlet_key=?, author=?,
				published=?, lang=?, body=?, hash=?, extractor=?, sort_time=?, direct_quotes=?, reported_quotes=? WHERE id=?`,
				a.URL, a.Title, a.Outlet, library.Key(a.Outlet), a.Author, unix(a.Published), e.Lang(), p.body, a.Hash, e.Extractor,
				sortTime(a.Published, added), e.DirectQuotes(), e.ReportedQuotes(), id); err != nil {
				return err
			}
			if err := untally(ctx, tx, id); err != nil {
				return err
			}
			if err := tx.flushPhrases(ctx); err != nil {
				return err
			}
			for _, t := range []string{"quotes", "sources", "article_speakers"} {
				if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` WHERE article_id = ?`, id); err != nil {
					return err
				}
			}
		} else {
			res, err := tx.ExecContext(ctx, `INSERT INTO articles(path, url, title, outlet, outlet_key, author, published, lang, body, hash, extractor, added, sort_time, direct_quotes, reported_quotes)
				VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
				a.Path, a.URL, a.Title, a.Outlet, library.Key(a.Outlet), a.Author, unix(a.Published), e.Lang(), p.body, a.Hash, e.Extractor, added.Unix(),
				sortTime(a.Published, added), e.DirectQuotes(), e.ReportedQuotes())
			if err != nil {
				return err
			}
			if id, err = res.LastInsertId(); err != nil {
				return err
			}
		}
		now := stored{id: id, hash: a.Hash, extractor: e.Extractor}
		if status == library.Updated {
			tx.batch.wrote(a.Path, now, &stored{id: id, hash: hash, extractor: extractor})
		} else {
			tx.batch.wrote(a.Path, now, nil)
		}
		return s.writeResult(ctx, tx, id, sortTime(a.Published, added), p, replaced)
	}()
	return id, status, err
}

func sortTime(published, added time.Time) int64 {
	if !published.IsZero() {
		return published.Unix()
	}
	return added.Unix()
}

// quotePhrase is the place of phrase_id in a quote's row (writeResult).
const quotePhrase = 14

// writeResult writes e's extraction under article id, listed at sort time
// when. replaced lists the speakers of the version it replaces, whose
// descriptions may have gone.
func (s *Store) writeResult(ctx context.Context, tx *txc, id, when int64, p *prepared, replaced []int64) (err error) {
	e := p.e
	speakerID := func(name string) (any, error) {
		if name == "" {
			return nil, nil
		}
		v, err := s.speakerID(ctx, tx, name)
		if err != nil {
			return nil, err
		}
		return v, nil
	}
	quotes := make([][]any, 0, len(e.Result.Quotes))
	for i, q := range e.Result.Quotes {
		sid, err := speakerID(q.Speaker)
		if err != nil {
			return err
		}
		rule, err := tx.nameID(ctx, q.Rule)
		if err != nil {
			return err
		}
		resolved, err := tx.nameID(ctx, q.Resolved)
		if err != nil {
			return err
		}
		quotes = append(quotes, []any{id, i, sid, q.Speaker, q.Mention, q.Description, q.Cue, string(q.Kind), q.Via, q.Text, q.Start, q.End, rule, resolved,
			nil, when})
	}
	tx.describeLater(replaced...)
	seen := map[int64]bool{}
	var rows [][]any
	for i, sp := range e.Result.Speakers {
		sid, err := speakerID(sp.Name)
		if err != nil {
			return err
		}
		if sid != nil {
			// Two names of one speaker (aliases) count the article once.
			v := sid.(int64)
			inc := 0
			if !seen[v] {
				inc = 1
			}
			seen[v] = true
			tx.tally(v, sp.Quotes, inc)
			tx.describeLater(v)
		}
		rows = append(rows, []any{id, i, sid, sp.Name, p.mentions[i], sp.Description, sp.Quotes})
	}
	if err := insertRows(ctx, tx, `INSERT INTO article_speakers(article_id, seq, speaker_id, name, mentions, description, quotes) VALUES `, rows); err != nil {
		return err
	}
	rows = rows[:0]
	for i, src := range e.Result.Sources {
		rows = append(rows, []any{id, i, src.Name, library.Key(src.Name), src.Mention, src.Start, src.End, src.Rule, library.SourceMentionsJSON(src)})
	}
	if err := insertRows(ctx, tx, `INSERT INTO sources(article_id, seq, name, key, mention, start, end, rule, mentions) VALUES `, rows); err != nil {
		return err
	}
	// The quotes last: a batch's plan may still be working out their
	// phrases.
	if keepTrails {
		phrases, err := s.phrasesOf(ctx, tx, p)
		if err != nil {
			return err
		}
		for i, ph := range phrases {
			quotes[i][quotePhrase] = ph
			if id, ok := ph.(int64); ok {
				tx.countPhrase(id)
			}
		}
	}
	if err := insertRows(ctx, tx, `INSERT INTO quotes(article_id, seq, speaker_id, speaker, mention, description, cue, kind, via, text, start, end, rule_id, resolved_id, phrase_id, phrase_time) VALUES `, quotes); err != nil {
		return err
	}
	return tx.search(id, when, e.Article.Title, p.search, "")
}

// speakerID is the id of the speaker name stands for (its canonical
// name's), created if new.
func (s *Store) speakerID(ctx context.Context, tx *txc, name string) (int64, error) {
	if v, ok := tx.speakerNames[name]; ok {
		return v, nil
	}
	v, err := s.speakerOf(ctx, tx, name)
	if err == nil {
		if tx.speakerNames == nil {
			tx.speakerNames = map[string]int64{}
		}
		tx.speakerNames[name] = v
	}
	return v, err
}

func (s *Store) speakerOf(ctx context.Context, tx *txc, name string) (int64, error) {
	canon := s.aliases.Canonical(name)
	key := library.Key(canon)
	if v, ok := tx.speakers[key]; ok {
		return v, nil
	}
	// The speaker stored under this key, else under its spelling
	// ("Vladimir Poutine" for "Vladimir Putin"), else a new one.
	v, err := tx.batch.speaker(key, func() (v int64, err error) {
		err = tx.QueryRowContext(ctx, `SELECT id FROM speakers WHERE key = ?`, key).Scan(&v)
		return v, err
	})
	spelling := s.aliases.Spelling(canon)
	if errors.Is(err, sql.ErrNoRows) && spelling != "" {
		v, err = tx.batch.spelling(spelling, func() (v int64, err error) {
			err = tx.QueryRowContext(ctx, `SELECT id FROM speakers WHERE spelling = ? ORDER BY id LIMIT 1`, spelling).Scan(&v)
			return v, err
		})
	}
	if errors.Is(err, sql.ErrNoRows) {
		var res sql.Result
		if res, err = tx.ExecContext(ctx, `INSERT INTO speakers(key, name, gender, spelling) VALUES (?, ?, ?, ?)`,
			key, canon, attrib.GivenNameGender(canon), spelling); err == nil {
			v, err = res.LastInsertId()
		}
		if err == nil {
			tx.batch.newSpeaker(key, spelling, v)
		}
	}
	if err != nil {
		return 0, err
	}
	if tx.speakers == nil {
		tx.speakers = map[string]int64{}
	}
	tx.speakers[key] = v
	return v, nil
}

// rowsPerInsert bounds the rows one INSERT statement writes: a statement
// per row was most of the cost of storing an article's quotes, and one
// prepared statement per row count up to here is reused by every article.
// bulkRows is the bound for what a batch writes at its end, thousands of
// rows at once.
const (
	rowsPerInsert = 16
	bulkRows      = 200
)

// insertRows inserts rows (all of one width) with head ("INSERT INTO
// t(cols) VALUES "), several rows to a statement.
func insertRows(ctx context.Context, tx *txc, head string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	args := make([]any, 0, len(rows)*len(rows[0]))
	for _, r := range rows {
		args = append(args, r...)
	}
	return insertValues(ctx, tx, head, len(rows[0]), args, rowsPerInsert)
}

// insertValues is insertRows of the rows of width values each in args, up
// to per rows to a statement.
func insertValues(ctx context.Context, tx *txc, head string, width int, args []any, per int) error {
	for len(args) > 0 {
		n := min(len(args)/width, per)
		one := "(" + strings.Repeat("?,", width-1) + "?)"
		q := head + strings.Repeat(one+",", n-1) + one
		if _, err := tx.ExecContext(ctx, q, args[:n*width]...); err != nil {
			return err
		}
		args = args[n*width:]
	}
	return nil
}

// describe brings up to date the description kept with each speaker of an
// article just written (ids) and of the version it replaced (replaced).
func describe(ctx context.Context, tx *txc, ids map[int64]bool, replaced []int64) error {
	all := append([]int64(nil), replaced...)
	for id := range ids {
		all = append(all, id)
	}
	if len(all) == 0 {
		return nil
	}
	list, _ := json.Marshal(all)
	_, err := tx.ExecContext(ctx, describeSQL, string(list))
	return err
}

// speakersOf lists the speakers of article id.
func speakersOf(ctx context.Context, tx *txc, id int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT speaker_id FROM article_speakers WHERE article_id = ? AND speaker_id IS NOT NULL`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
