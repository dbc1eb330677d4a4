package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/dixit-news/dixit/internal/library"
)

// txc is a transaction that prepares each statement once: a batch of
// articles runs the same dozen statements thousands of times, and SQLite
// compiling each of them anew was a large part of storing an article. The
// statements close with the transaction.
type txc struct {
	*sql.Tx
	stmts map[string]*sql.Stmt
	// The full-text rows of the articles written, inserted together last:
	// FTS5 writes its pending terms out at every statement that follows an
	// insert, which made one small segment per article and merged them
	// without end.
	pending []searchRow
	at      map[int64]int // rowid → index in pending
	// What the articles written add to each speaker's totals, and the
	// speakers whose description may have changed: applied once per
	// speaker when the transaction ends, not once per article.
	tallies   map[int64]tally
	described map[int64]bool
	// Speaker ids by key, looked up or created by this transaction; the
	// write lock it holds keeps them valid until it ends, and no longer.
	speakers map[string]int64
	// speakerID's by the name as written: a batch names the same people
	// thousands of times, and working out a name's key and spelling each
	// time was several percent of an ingest.
	speakerNames map[string]int64
	names        map[string]int64 // nameID's
	// How many quotes written carry each phrase, added to the phrases'
	// counts when the transaction ends (migrationPhraseCounts).
	phraseQuotes map[int64]int
	batch        *batch // what a batch looked up ahead; nil for one article
	phrases      library.PhraseCache
	// The phrases of a batch, worked out ahead of the writer and written
	// when it ends; nil for one article, whose phrases are written as
	// they come.
	plan *phrasePlan
}

// flushPhrases writes the phrases the batch holds: when it ends, and
// before a quote is deleted, whose trigger counts its phrase down.
func (c *txc) flushPhrases(ctx context.Context) error {
	if c.plan == nil {
		return nil
	}
	return c.plan.flush(ctx)
}

type tally struct{ quotes, articles int }

// countPhrase queues a quote written with phrase id.
func (c *txc) countPhrase(id int64) {
	if c.phraseQuotes == nil {
		c.phraseQuotes = map[int64]int{}
	}
	c.phraseQuotes[id]++
}

// addPhraseCounts adds the queued counts to their phrases, one statement
// for them all.
func (c *txc) addPhraseCounts(ctx context.Context) error {
	if len(c.phraseQuotes) == 0 {
		return nil
	}
	pairs := make([][2]int64, 0, len(c.phraseQuotes))
	for id, n := range c.phraseQuotes {
		pairs = append(pairs, [2]int64{id, int64(n)})
	}
	list, _ := json.Marshal(pairs)
	_, err := c.ExecContext(ctx, `UPDATE phrases SET quotes = quotes + c.n
		FROM (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS n FROM json_each(?)) AS c
		WHERE phrases.id = c.id`, string(list))
	c.phraseQuotes = nil
	return err
}

// tally queues what an article adds to speaker id's totals.
func (c *txc) tally(id int64, quotes, articles int) {
	if c.tallies == nil {
		c.tallies = map[int64]tally{}
	}
	t := c.tallies[id]
	t.quotes += quotes
	t.articles += articles
	c.tallies[id] = t
}

// describeLater queues speakers whose description is to be brought up to
// date.
func (c *txc) describeLater(ids ...int64) {
	if c.described == nil {
		c.described = map[int64]bool{}
	}
	for _, id := range ids {
		c.described[id] = true
	}
}

type searchRow struct {
	id, key             int64 // key: see searchKey
	title, body, quotes string
}

// search queues an article's full-text row.
func (c *txc) search(id, sortTime int64, title, body, quotes string) error {
	key, err := searchKey(id, sortTime)
	if err != nil {
		return err
	}
	if c.at == nil {
		c.at = map[int64]int{}
	}
	if i, ok := c.at[id]; ok {
		c.pending[i] = searchRow{id, key, title, body, quotes}
		return nil
	}
	c.at[id] = len(c.pending)
	c.pending = append(c.pending, searchRow{id, key, title, body, quotes})
	return nil
}

// unsearch removes an article's full-text row, queued or stored. It runs
// while the article's row is as stored: the row's key is its sort time.
func (c *txc) unsearch(ctx context.Context, id int64) error {
	if i, ok := c.at[id]; ok {
		c.pending[i].id = 0 // written by this transaction: never stored
		delete(c.at, id)
		return nil
	}
	_, err := c.ExecContext(ctx, `DELETE FROM search WHERE rowid = (SELECT `+fmt.Sprintf(searchKeySQL, "a")+` FROM articles a WHERE a.id = ?)`, id)
	return err
}

// finish writes what the transaction queued: the speakers' totals and
// descriptions, then the full-text rows, its last statements.
func (c *txc) finish(ctx context.Context) error {
	for id, t := range c.tallies {
		if t == (tally{}) {
			continue
		}
		if _, err := c.ExecContext(ctx, `UPDATE speakers SET quotes = quotes + ?, articles = articles + ? WHERE id = ?`, t.quotes, t.articles, id); err != nil {
			return err
		}
	}
	if err := describe(ctx, c, c.described, nil); err != nil {
		return err
	}
	if c.plan != nil {
		if err := c.plan.stop(); err != nil {
			return err
		}
	}
	if err := c.flushPhrases(ctx); err != nil {
		return err
	}
	c.plan = nil
	if err := c.addPhraseCounts(ctx); err != nil {
		return err
	}
	c.tallies, c.described, c.speakers, c.speakerNames, c.names, c.batch = nil, nil, nil, nil, nil, nil
	for _, r := range c.pending {
		if r.id == 0 {
			continue
		}
		if _, err := c.ExecContext(ctx, `INSERT INTO search(rowid, title, body, quotes) VALUES (?,?,?,?)`, r.key, r.title, r.body, r.quotes); err != nil {
			return err
		}
	}
	c.pending, c.at = nil, nil
	return nil
}

func (c *txc) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := c.stmts[query]; ok {
		return st, nil
	}
	st, err := c.Tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	c.stmts[query] = st
	return st, nil
}

func (c *txc) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (c *txc) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (c *txc) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return c.Tx.QueryRowContext(ctx, query, args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}

// driverName is the database/sql driver Open uses; the query-plan test
// puts one in between that explains every statement.
var driverName = "sqlite"
