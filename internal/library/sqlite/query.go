package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// where builds the article conditions of f, over the articles table as "a".
// withSpeaker is false where the caller filters quotes by speaker itself.
func (s *Store) where(f library.Filter, withSpeaker bool) (string, []any) {
	return s.whereID(f, withSpeaker, "a.id", nil)
}

// onlySpeaker reports a filter by speaker alone.
func onlySpeaker(f library.Filter) bool {
	return f.Speaker != "" && f.ArticleID == 0 && f.Lang == "" && f.Outlet == "" && !f.Altered &&
		f.Since.IsZero() && f.Until.IsZero() && ftsQuery(f.Text) == "" && f.Source == ""
}

// walkID is the id expression of a query that walks the date index.
const walkID = "+a.id"

// whereID is where with the expression its membership tests use for the
// article id: "+a.id" keeps SQLite from looking articles up by id, so that
// it walks the date index instead (see List). With a plan p, the speaker,
// source and outlet are tested as p says (see walkPlan).
func (s *Store) whereID(f library.Filter, withSpeaker bool, id string, p *walkPlan) (string, []any) {
	var conds []string
	var args []any
	if p != nil && p.none {
		return "0", nil
	}
	if f.ArticleID != 0 {
		conds = append(conds, id+" = ?")
		args = append(args, f.ArticleID)
	}
	if f.Lang != "" {
		conds = append(conds, "a.lang = ?")
		args = append(args, strings.ToLower(f.Lang))
	}
	if f.Outlet != "" {
		// The few outlets matching, then their articles by index.
		c, a := outletIn(f, p)
		switch {
		case p != nil && p.outlet: // each article's own outlet as walked
			conds = append(conds, "+a.outlet_key IN ("+c+")")
		case p != nil:
			conds = append(conds, id+" IN (SELECT id FROM articles WHERE outlet_key IN ("+c+"))")
		default:
			conds = append(conds, "a.outlet_key IN ("+c+")")
		}
		args = append(args, a...)
	}
	// sort_time is the publication date when there is one: testing it too
	// lets the query walk its index. An undated article's sort_time is
	// when it was added, which says nothing of when it was published.
	if !f.Since.IsZero() {
		conds = append(conds, "a.sort_time >= ? AND a.published >= ?")
		args = append(args, f.Since.Unix(), max(1, f.Since.Unix()))
	}
	if !f.Until.IsZero() {
		conds = append(conds, "a.sort_time < ? AND a.published > 0 AND a.published < ?")
		args = append(args, f.Until.Unix(), f.Until.Unix())
	}
	if q := s.match(context.Background(), f.Text); q != "" {
		conds = append(conds, id+" IN (SELECT "+fmt.Sprintf(searchID, "rowid")+" FROM search WHERE search MATCH ?)")
		args = append(args, q)
	}
	if f.Source != "" {
		c, a := sourceIn(f, p)
		if p != nil && p.source {
			conds = append(conds, "EXISTS (SELECT 1 FROM sources src WHERE src.article_id = a.id AND +src.key IN ("+c+"))")
		} else {
			conds = append(conds, id+" IN (SELECT article_id FROM sources WHERE key IN ("+c+"))")
		}
		args = append(args, a...)
	}
	if f.Altered {
		conds = append(conds, id+" IN (SELECT q.article_id FROM phrases p JOIN quotes q ON q.phrase_id = p.id WHERE p.altered <> 0)")
	}
	if withSpeaker && f.Speaker != "" {
		// From the few matching speakers to their articles, by index: not
		// through every quote.
		c, a := s.speakerCond(f.Speaker)
		if p != nil && p.speaker {
			// By the article's speakers, not by each matching speaker's
			// articles ("+"): "ma" matches hundreds of speakers.
			conds = append(conds, "EXISTS (SELECT 1 FROM article_speakers ax WHERE ax.article_id = a.id AND +ax.speaker_id IN (SELECT sp.id FROM speakers sp WHERE "+c+"))")
		} else {
			conds = append(conds, id+" IN (SELECT ax.article_id FROM article_speakers ax WHERE ax.speaker_id IN (SELECT sp.id FROM speakers sp WHERE "+c+"))")
		}
		args = append(args, a...)
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
}

// speakerCond matches a speaker "sp" fuzzily: a part of the name, any case
// or accents, or a part of one of its aliases.
func (s *Store) speakerCond(name string) (string, []any) {
	key := s.aliases.SpeakerKey(name)
	cond := "sp.key LIKE ? ESCAPE '\\'"
	args := []any{like(key)}
	if len(key) < 3 {
		// One or two letters match inside most names: match word starts.
		cond = "(sp.key LIKE ? ESCAPE '\\' OR sp.key LIKE ? ESCAPE '\\')"
		esc := strings.TrimPrefix(like(key), "%")
		args = []any{esc, "% " + esc}
	}
	for _, k := range s.aliases.Matching(name) {
		cond += " OR sp.key = ?"
		args = append(args, k)
	}
	if sp := library.SpellingQuery(name); sp != "" {
		// Another spelling of the name: "poutine" for Vladimir Putin.
		cond += " OR sp.spelling LIKE ? ESCAPE '\\'"
		args = append(args, like(sp))
	}
	return "(" + cond + ")", args
}

func like(key string) string {
	r := strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`)
	return "%" + r.Replace(key) + "%"
}

// ftsQuery turns free text into an FTS5 query: every word must appear,
// folded, and the last one may be a prefix ("elys" finds "Élysée").
func ftsQuery(q string) string {
	words := strings.FieldsFunc(text.Fold(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	// A one-letter prefix would match most of the library: the last word
	// becomes a prefix from two letters on.
	if n := len(words); n > 0 && len(words[n-1]) > 3 {
		words[n-1] += "*"
	}
	return strings.Join(words, " ")
}

func limit(f library.Filter) string {
	if f.Limit <= 0 {
		return ""
	}
	return fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
}

const orderArticles = " ORDER BY a.sort_time DESC, a.id DESC"

// orderBy is the ORDER BY clause of List for order o. Every order ends on
// the article id, so that pages never overlap.
func orderBy(o library.Order) string {
	switch o {
	case library.ByOutlet:
		return " ORDER BY a.outlet_key = '', a.outlet_key, a.sort_time DESC, a.id DESC"
	case library.ByQuotes:
		return " ORDER BY a.direct_quotes + a.reported_quotes DESC, a.direct_quotes DESC, a.sort_time DESC, a.id DESC"
	case library.ByTitle:
		return " ORDER BY lower(a.title), a.id"
	}
	return orderArticles
}

// List returns article summaries in f.Order, newest first by default.
func (s *Store) List(ctx context.Context, f library.Filter) ([]library.Summary, error) {
	id := "a.id"
	if f.Limit > 0 && f.ArticleID == 0 && f.Order == library.ByDate {
		// A page of a filter matching many articles ("tr", "speaker:ma")
		// would sort every match by date. Walking the date index and testing
		// each article against the match sets stops after one page; when
		// little matches, the walk reads an index of 16-byte entries, which
		// is still cheaper than the sort was at its worst.
		id = walkID
	}
	from, order := "articles a", orderBy(f.Order)
	var w string
	var args []any
	if f.Limit > 0 && searched(f) {
		from, w, args = s.fromSearch(ctx, f, f.Offset+f.Limit)
		order = " ORDER BY s.rowid DESC"
	} else {
		var p *walkPlan
		if id == walkID {
			p = s.plan(ctx, f, f.Offset+f.Limit, true)
			if p.rare {
				id = "a.id" // from the few articles of a rare qualifier, sorted
			}
		}
		w, args = s.whereID(f, true, id, p)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.path, a.title, a.outlet, a.url, a.lang, a.published, a.added,
		a.direct_quotes, a.reported_quotes
		FROM `+from+` WHERE `+w+order+limit(f), args...)
	if err != nil {
		return nil, explain(s.path, err)
	}
	out := []library.Summary{}
	index := map[int64]int{}
	for rows.Next() {
		var sm library.Summary
		var published, added int64
		if err := rows.Scan(&sm.ID, &sm.Path, &sm.Title, &sm.Outlet, &sm.URL, &sm.Lang, &published, &added, &sm.Quotes, &sm.Reported); err != nil {
			rows.Close()
			return nil, err
		}
		sm.Published, sm.Added = fromUnix(published), fromUnix(added)
		sm.Speakers, sm.Sources = []string{}, []string{}
		index[sm.ID] = len(out)
		out = append(out, sm)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	ids, idArgs := inList(out)
	if err := s.each(ctx, `SELECT article_id, name FROM article_speakers WHERE article_id IN (`+ids+`) ORDER BY article_id, quotes DESC, seq`, idArgs,
		func(id int64, name string) { out[index[id]].Speakers = append(out[index[id]].Speakers, name) }); err != nil {
		return nil, err
	}
	err = s.each(ctx, `SELECT article_id, name FROM sources WHERE article_id IN (`+ids+`) ORDER BY article_id, seq`, idArgs,
		func(id int64, name string) { out[index[id]].Sources = append(out[index[id]].Sources, name) })
	return out, err
}

func inList(sums []library.Summary) (string, []any) {
	args := make([]any, len(sums))
	for i, s := range sums {
		args[i] = s.ID
	}
	return strings.TrimSuffix(strings.Repeat("?,", len(args)), ","), args
}

func (s *Store) each(ctx context.Context, q string, args []any, fn func(int64, string)) error {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return err
		}
		fn(id, name)
	}
	return rows.Err()
}

// Count counts the articles f matches, up to f.Limit when it is set (a
// list shows "1000+" sooner than it counts a whole library).
func (s *Store) Count(ctx context.Context, f library.Filter) (int, error) {
	w, args := s.where(f, true)
	q := `SELECT count(*) FROM articles a WHERE ` + w
	if f.Limit > 0 {
		q = `SELECT count(*) FROM (SELECT 1 FROM articles a WHERE ` + w + fmt.Sprintf(" LIMIT %d)", f.Limit)
		if sf := f; f.ArticleID == 0 && ftsQuery(f.Text) != "" {
			// Up to the cap from the full-text index, as List reads a page.
			sf.Order = library.ByDate
			from, sw, sa := s.fromSearch(ctx, sf, f.Limit)
			q, args = `SELECT count(*) FROM (SELECT 1 FROM `+from+` WHERE `+sw+fmt.Sprintf(" LIMIT %d)", f.Limit), sa
		}
		if onlySpeaker(f) {
			// The speaker view's filter: count the speaker's articles from
			// the speaker index, stopping at the cap, without a set of all
			// of them first.
			c, a := s.speakerCond(f.Speaker)
			q = `SELECT count(*) FROM (SELECT DISTINCT ax.article_id FROM article_speakers ax WHERE ax.speaker_id IN (SELECT sp.id FROM speakers sp WHERE ` + c + fmt.Sprintf(") LIMIT %d)", f.Limit)
			args = a
		}
	}
	var n int
	if err := s.db.QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
		return 0, explain(s.path, err)
	}
	return n, nil
}

// Quotes returns quotations, newest article first, in text order.
func (s *Store) Quotes(ctx context.Context, f library.Filter) ([]library.Quote, error) {
	from, id := "quotes q JOIN articles a ON a.id = q.article_id", "a.id"
	if f.Speaker == "" && f.ArticleID == 0 {
		// The library's quotes, a page at a time: walk the articles by
		// date and read each one's quotes, testing each article against
		// the filter's sets (+a.id), rather than sort every quote of the
		// articles matched for one page (11 ms, not 600, at 100,000; a
		// search matching half the library, 40 ms, not 2 s).
		from, id = "articles a CROSS JOIN quotes q ON q.article_id = a.id", walkID
	}
	order := orderArticles + ", q.seq"
	var w string
	var args []any
	if f.Speaker == "" && f.Limit > 0 && searched(library.Filter{Text: f.Text, ArticleID: f.ArticleID}) {
		// A search's quotes from its articles in the index's order (see
		// fromSearch), about ten quotes to an article. SQLite cannot take
		// an order of two tables from FTS5, and would sort every quote of
		// every match: each article's quotes come in text order from the
		// quotes_article index the join reads (TestSearchedQuotesPlan pins
		// the plan, the suite the order).
		sf := f
		sf.Order = library.ByDate
		from, w, args = s.fromSearch(ctx, sf, (f.Offset+f.Limit)/10+1)
		from += " CROSS JOIN quotes q INDEXED BY quotes_article ON q.article_id = a.id"
		order = " ORDER BY s.rowid DESC"
	} else {
		w, args = s.whereID(f, false, id, nil)
	}
	if f.Speaker != "" {
		c, a := s.speakerCond(f.Speaker)
		w += " AND " + c
		args = append(args, a...)
	}
	if f.Kind != "" {
		w += " AND q.kind = ?"
		args = append(args, string(f.Kind))
	}
	if f.Altered {
		w += " AND q.phrase_id IN (SELECT id FROM phrases WHERE altered <> 0)"
	}
	return s.readQuotes(ctx, from, w, args, order+limit(f))
}

// quotesWhere reads the quotes matching w, over quotes "q" and their
// articles "a", in the order tail gives.
func (s *Store) quotesWhere(ctx context.Context, w string, args []any, tail string) ([]library.Quote, error) {
	return s.readQuotes(ctx, "quotes q JOIN articles a ON a.id = q.article_id", w, args, tail)
}

func (s *Store) readQuotes(ctx context.Context, from, w string, args []any, tail string) ([]library.Quote, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.outlet, a.url, a.published, a.lang,
		q.text, q.start, q.end, COALESCE(sp.name, q.speaker), q.mention, q.description, q.cue, q.kind, q.via, q.rule, q.resolved, q.rule_id, q.resolved_id, q.seq, q.speaker
		FROM `+from+` LEFT JOIN speakers sp ON sp.id = q.speaker_id
		WHERE `+w+tail, args...)
	if err != nil {
		return nil, explain(s.path, err)
	}
	out := []library.Quote{}
	for rows.Next() {
		var q library.Quote
		var published int64
		var kind string
		var rule, resolved sql.NullInt64
		if err := rows.Scan(&q.ArticleID, &q.Title, &q.Outlet, &q.URL, &published, &q.Lang,
			&q.Text, &q.Start, &q.End, &q.Speaker, &q.Mention, &q.Description, &q.Cue, &kind, &q.Via, &q.Rule, &q.Resolved, &rule, &resolved, &q.Seq, &q.Credited); err != nil {
			rows.Close()
			return nil, err
		}
		if err := s.ruleNames(ctx, &q.Rule, rule, &q.Resolved, resolved); err != nil {
			rows.Close()
			return nil, err
		}
		q.Published, q.Kind, q.Sources = fromUnix(published), attrib.Kind(kind), []string{}
		out = append(out, q)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	// The sources each article cites, fetched once per article.
	seen := map[int64][]attrib.Source{}
	var ids []any
	for _, q := range out {
		if _, ok := seen[q.ArticleID]; !ok {
			seen[q.ArticleID] = []attrib.Source{}
			ids = append(ids, q.ArticleID)
		}
	}
	rows, err = s.db.QueryContext(ctx, `SELECT article_id, name, mention, start, end, rule, mentions FROM sources WHERE article_id IN (`+
		strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")+`) ORDER BY article_id, seq`, ids...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var src attrib.Source
		var mentions string
		if err := rows.Scan(&id, &src.Name, &src.Mention, &src.Start, &src.End, &src.Rule, &mentions); err != nil {
			return nil, err
		}
		library.ReadSourceMentions(&src, mentions)
		seen[id] = append(seen[id], src)
	}
	for i := range out {
		out[i].Cited = seen[out[i].ArticleID]
		out[i].Sources = library.SourceNames(out[i].Cited)
	}
	return out, rows.Err()
}

// Speakers returns speakers across the library, most quoted first.
func (s *Store) Speakers(ctx context.Context, f library.Filter) ([]library.SpeakerStat, error) {
	w, args := s.where(f, false)
	if w == "1" {
		// The whole library: read the totals kept with each speaker.
		c, a := "1", []any(nil)
		if f.Speaker != "" {
			c, a = s.speakerCond(f.Speaker)
		}
		rows, err := s.db.QueryContext(ctx, `SELECT sp.name, sp.key, sp.quotes, sp.articles, sp.description
			FROM speakers sp WHERE sp.quotes > 0 AND `+c+` ORDER BY sp.quotes DESC, sp.name`+limit(f), a...)
		if err != nil {
			return nil, explain(s.path, err)
		}
		return scanSpeakers(rows)
	}
	if f.Speaker != "" {
		c, a := s.speakerCond(f.Speaker)
		w += " AND " + c
		args = append(args, a...)
	}
	// article_speakers holds one row per speaker and article with its quote
	// count: a tenth of the rows of quotes. The articles matched come
	// first, by their own indexes, and then their speakers: the other way
	// round read every article's speakers.
	rows, err := s.db.QueryContext(ctx, `SELECT sp.name, sp.key, sum(ax.quotes), count(DISTINCT ax.article_id),
		COALESCE(max(NULLIF(ax.description, '')), '')
		FROM articles a CROSS JOIN article_speakers ax ON ax.article_id = a.id JOIN speakers sp ON sp.id = ax.speaker_id
		WHERE `+w+` GROUP BY sp.id ORDER BY sum(ax.quotes) DESC, sp.name`+limit(f), args...)
	if err != nil {
		return nil, explain(s.path, err)
	}
	return scanSpeakers(rows)
}

func scanSpeakers(rows *sql.Rows) ([]library.SpeakerStat, error) {
	defer rows.Close()
	out := []library.SpeakerStat{}
	for rows.Next() {
		var st library.SpeakerStat
		if err := rows.Scan(&st.Name, &st.Key, &st.Quotes, &st.Articles, &st.Description); err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// Sources returns cited sources across the library, most cited first.
func (s *Store) Sources(ctx context.Context, f library.Filter) ([]library.SourceStat, error) {
	w, args := s.where(f, true)
	rows, err := s.db.QueryContext(ctx, `SELECT min(src.name), count(DISTINCT src.article_id)
		FROM sources src JOIN articles a ON a.id = src.article_id
		WHERE `+w+` GROUP BY src.key ORDER BY count(DISTINCT src.article_id) DESC, min(src.name)`+limit(f), args...)
	if err != nil {
		return nil, explain(s.path, err)
	}
	defer rows.Close()
	out := []library.SourceStat{}
	for rows.Next() {
		var st library.SourceStat
		if err := rows.Scan(&st.Name, &st.Articles); err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// Tallies counts the quotations of the articles f matches by outlet and by
// month: the whole library's from the counts its writes keep (a row an
// outlet and a row a month, schema_tally.go), a filter's from the
// articles_tally index.
func (s *Store) Tallies(ctx context.Context, f library.Filter) (library.Tallies, error) {
	w, args := s.where(f, true)
	if w == "1" {
		outlets, err := s.tallyRows(ctx, `SELECT outlet, '', articles, quotes FROM tallies_outlet`)
		if err != nil {
			return library.Tallies{}, err
		}
		months, err := s.tallyRows(ctx, `SELECT '', month, articles, quotes FROM tallies_month`)
		return library.SumGroups(outlets, months), err
	}
	rows, err := s.tallyRows(ctx, `SELECT a.outlet, `+tallyMonth("a.published")+`, count(*), sum(a.direct_quotes + a.reported_quotes)
		FROM articles a WHERE `+w+` GROUP BY 1, 2`, args...)
	return library.SumTallies(rows), err
}

func (s *Store) tallyRows(ctx context.Context, q string, args ...any) ([]library.TallyRow, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, explain(s.path, err)
	}
	defer rows.Close()
	var out []library.TallyRow
	for rows.Next() {
		var r library.TallyRow
		if err := rows.Scan(&r.Outlet, &r.Month, &r.Articles, &r.Quotes); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
