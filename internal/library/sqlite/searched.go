package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/dixit-news/dixit/internal/library"
)

// walkPlan is how a query reading a page of the articles f matches in
// order (walking the date index, or the full-text index's keys) tests
// each qualifier: against the set of the articles it matches, gathered
// first, or article by article as they come (probe). A set costs a step
// per article in it; a probe costs a lookup per article passed over: the
// page's size divided by the qualifier's share of the library. A
// qualifier matching nothing empties the page at once, and one matching
// very few would have the walk pass over most of the library: the query
// starts from its articles instead (rare).
type walkPlan struct {
	none, rare              bool
	speaker, source, outlet bool // probe each article
	outlets, sources        []string
}

// plan decides the walkPlan of a query wanting need rows; byDate says it
// walks the date index, which holds each article's outlet: a probe of the
// outlet there costs no lookup.
func (s *Store) plan(ctx context.Context, f library.Filter, need int, byDate bool) *walkPlan {
	p := &walkPlan{}
	all := s.size(ctx)
	limit := int64(3 * max(1, need))
	// A set's step (an entry of a covering index) is about a fifth of a
	// probe (a seek in another covering index), measured at 100,000
	// articles.
	for limit*limit < 5*int64(max(1, need))*all {
		limit *= 2
	}
	judge := func(n int64) bool {
		p.none = p.none || n == 0
		p.rare = p.rare || n < int64(4*max(1, need))
		return n >= limit
	}
	if f.Speaker != "" {
		p.speaker = judge(s.speakerArticles(ctx, f))
	}
	if f.Source != "" {
		p.sources = s.keys(ctx, sourceKeys, sourceLike(f.Source))
		p.source = judge(s.rows(ctx, `SELECT 1 FROM sources WHERE key IN (`+marks(len(p.sources))+`)`, p.sources, limit))
	}
	if f.Outlet != "" {
		p.outlets = s.keys(ctx, outletKeys, like(library.Key(f.Outlet)))
		p.outlet = judge(s.rows(ctx, `SELECT 1 FROM articles WHERE outlet_key IN (`+marks(len(p.outlets))+`)`, p.outlets, limit)) || byDate
	}
	return p
}

// speakerArticles bounds how many articles f's speaker is quoted in.
func (s *Store) speakerArticles(ctx context.Context, f library.Filter) int64 {
	c, a := s.speakerCond(f.Speaker)
	var n int64
	s.db.QueryRowContext(ctx, `SELECT coalesce(sum(sp.articles), 0) FROM speakers sp WHERE `+c, a...).Scan(&n)
	return n
}

// keys lists the keys the query q (outletKeys, sourceKeys) finds for pat.
func (s *Store) keys(ctx context.Context, q, pat string) []string {
	out := []string{}
	rows, err := s.db.QueryContext(ctx, q, pat)
	if err != nil {
		return out
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		if rows.Scan(&k) == nil {
			out = append(out, k)
		}
	}
	return out
}

// rows counts the rows q selects with args, up to limit.
func (s *Store) rows(ctx context.Context, q string, args []string, limit int64) int64 {
	if len(args) == 0 {
		return 0
	}
	a := make([]any, len(args))
	for i, v := range args {
		a[i] = v
	}
	var n int64
	s.db.QueryRowContext(ctx, `SELECT count(*) FROM (`+q+fmt.Sprintf(` LIMIT %d)`, limit), a...).Scan(&n)
	return n
}

func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

// outletIn is the list an outlet qualifier's key is tested against: the
// keys p found, or the query finding them.
func outletIn(f library.Filter, p *walkPlan) (string, []any) {
	if p != nil {
		return strs(p.outlets)
	}
	return outletKeys, []any{like(library.Key(f.Outlet))}
}

// sourceIn is outletIn for a source.
func sourceIn(f library.Filter, p *walkPlan) (string, []any) {
	if p != nil {
		return strs(p.sources)
	}
	return sourceKeys, []any{sourceLike(f.Source)}
}

func strs(v []string) (string, []any) {
	a := make([]any, len(v))
	for i, s := range v {
		a[i] = s
	}
	if len(v) == 0 {
		return "NULL", nil
	}
	return marks(len(v)), a
}

// size is the largest article id: the library's size, from the end of its
// primary key.
func (s *Store) size(ctx context.Context) int64 {
	var n int64
	s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM articles`).Scan(&n)
	return n
}

// searched reports whether a query for f reads its articles from the
// full-text index in key order (fromSearch): a page by date of a search.
func searched(f library.Filter) bool {
	return f.ArticleID == 0 && f.Order == library.ByDate && ftsQuery(f.Text) != ""
}

// fromSearch is the FROM and WHERE of a query reading the articles f
// matches newest first from the full-text index: FTS5 yields the keys in
// order (see searchKey) and the query stops at its LIMIT, so a search
// matching most of the library costs one page, not a set of every match.
// The other qualifiers are tested as plan says, on the key's article id
// where they can, without reading the article. The query orders by
// s.rowid DESC; need is how many rows it wants.
func (s *Store) fromSearch(ctx context.Context, f library.Filter, need int) (from, where string, args []any) {
	sid := fmt.Sprintf(searchID, "s.rowid")
	from = "search s CROSS JOIN articles a ON a.id = " + sid
	conds := []string{"s.search MATCH ?"}
	args = []any{s.match(ctx, f.Text)}
	// The key leads with the sort time: a date range is a key range.
	if !f.Since.IsZero() {
		conds = append(conds, "s.rowid >= ?")
		args = append(args, min(max(f.Since.Unix(), searchTimeLo), searchTimeHi)<<searchIDBits)
	}
	if !f.Until.IsZero() {
		conds = append(conds, "s.rowid < ?")
		args = append(args, min(max(f.Until.Unix(), searchTimeLo), searchTimeHi)<<searchIDBits)
	}
	p := s.plan(ctx, f, need, false)
	if p.none {
		return from, "0", nil
	}
	// A rare qualifier is a set like any other here: the search's own
	// matches bound the walk.
	if f.Speaker != "" {
		c, a := s.speakerCond(f.Speaker)
		theirs := "SELECT sp.id FROM speakers sp WHERE " + c
		if p.speaker {
			conds = append(conds, "EXISTS (SELECT 1 FROM article_speakers ax WHERE ax.article_id = "+sid+" AND +ax.speaker_id IN ("+theirs+"))")
		} else {
			conds = append(conds, sid+" IN (SELECT ax.article_id FROM article_speakers ax WHERE ax.speaker_id IN ("+theirs+"))")
		}
		args = append(args, a...)
	}
	if f.Source != "" {
		c, a := strs(p.sources)
		if p.source {
			conds = append(conds, "EXISTS (SELECT 1 FROM sources src WHERE src.article_id = "+sid+" AND +src.key IN ("+c+"))")
		} else {
			conds = append(conds, sid+" IN (SELECT article_id FROM sources WHERE key IN ("+c+"))")
		}
		args = append(args, a...)
	}
	if f.Outlet != "" {
		c, a := strs(p.outlets)
		if p.outlet {
			conds = append(conds, "+a.outlet_key IN ("+c+")")
		} else {
			conds = append(conds, sid+" IN (SELECT id FROM articles WHERE outlet_key IN ("+c+"))")
		}
		args = append(args, a...)
	}
	rest := library.Filter{Lang: f.Lang, Since: f.Since, Until: f.Until}
	w, a := s.whereID(rest, false, "a.id", nil)
	conds = append(conds, w)
	args = append(args, a...)
	return from, strings.Join(conds, " AND "), args
}
