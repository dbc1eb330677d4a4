package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/jackc/pgx/v5"
)

// query collects a statement's arguments.
type query struct{ args []any }

// arg adds v and returns its placeholder.
func (q *query) arg(v any) string {
	q.args = append(q.args, v)
	return "$" + strconv.Itoa(len(q.args))
}

// where builds the article conditions of f, over the articles table as "a";
// "TRUE" when f does not filter articles. withSpeaker is false where the
// caller filters by speaker itself.
func (s *Store) where(q *query, f library.Filter, withSpeaker bool) string {
	var conds []string
	if f.ArticleID != 0 {
		conds = append(conds, "a.id = "+q.arg(f.ArticleID))
	}
	if f.Lang != "" {
		conds = append(conds, "a.lang = "+q.arg(strings.ToLower(f.Lang)))
	}
	if f.Outlet != "" {
		conds = append(conds, "a.outlet_key LIKE "+q.arg(like(library.Key(f.Outlet))))
	}
	// As in SQLite: sort_time for the index, published (NULL when the
	// article is undated) for the match.
	if !f.Since.IsZero() {
		since := q.arg(stamp(f.Since))
		conds = append(conds, "a.sort_time >= "+since+" AND a.published >= "+since)
	}
	if !f.Until.IsZero() {
		until := q.arg(stamp(f.Until))
		conds = append(conds, "a.sort_time < "+until+" AND a.published < "+until)
	}
	if ts := s.tsquery(f.Text); ts != "" {
		if s.fold == foldUnaccent {
			conds = append(conds, "a.search @@ to_tsquery('dixit_fold', "+q.arg(ts)+")")
		} else {
			conds = append(conds, "a.search @@ "+q.arg(ts)+"::tsquery")
		}
	}
	if f.Source != "" {
		key := library.Key(f.Source)
		if canon, ok := attrib.CanonicalOutlet(f.Source); ok {
			key = library.Key(canon)
		}
		conds = append(conds, "a.id IN (SELECT src.article_id FROM sources src WHERE src.key LIKE "+q.arg(like(key))+")")
	}
	if f.Altered {
		conds = append(conds, "a.id IN (SELECT q.article_id FROM phrases p JOIN quotes q ON q.phrase_id = p.id WHERE p.altered <> 0)")
	}
	if withSpeaker && f.Speaker != "" {
		// From the few matching speakers to their articles, by index.
		conds = append(conds, "a.id IN (SELECT ax.article_id FROM article_speakers ax WHERE ax.speaker_id IN (SELECT sp.id FROM speakers sp WHERE "+s.speakerCond(q, f.Speaker)+"))")
	}
	if len(conds) == 0 {
		return "TRUE"
	}
	return strings.Join(conds, " AND ")
}

// speakerCond matches a speaker "sp" fuzzily: a part of the name, any case
// or accents, or a part of one of its aliases.
func (s *Store) speakerCond(q *query, name string) string {
	key := s.aliases.SpeakerKey(name)
	var cond string
	if len(key) < 3 {
		// One or two letters match inside most names: match word starts.
		// (Only these arguments are numbered: an argument the statement
		// does not use has no type, and the server refuses it.)
		esc := strings.TrimPrefix(like(key), "%")
		cond = "(sp.key LIKE " + q.arg(esc) + " OR sp.key LIKE " + q.arg("% "+esc) + ")"
	} else {
		cond = "sp.key LIKE " + q.arg(like(key))
	}
	for _, k := range s.aliases.Matching(name) {
		cond += " OR sp.key = " + q.arg(k)
	}
	if sp := library.SpellingQuery(name); sp != "" {
		// Another spelling of the name: "poutine" for Vladimir Putin.
		cond += " OR sp.spelling LIKE " + q.arg(like(sp))
	}
	return "(" + cond + ")"
}

func like(key string) string {
	r := strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`)
	return "%" + r.Replace(key) + "%"
}

// tsquery turns free text into a tsquery: every word must appear, the last
// one may be a prefix. Words hold only letters and digits, so quoting them
// is enough.
func (s *Store) tsquery(text string) string {
	words, prefix := library.SearchQuery(text)
	for i, w := range words {
		words[i] = "'" + w + "'"
	}
	if prefix {
		words[len(words)-1] += ":*"
	}
	return strings.Join(words, " & ")
}

func limit(f library.Filter) string {
	if f.Limit <= 0 {
		return ""
	}
	return fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
}

const orderArticles = " ORDER BY a.sort_time DESC, a.id DESC"

// orderBy is the ORDER BY clause of List for order o, as SQLite's: every
// order ends on the article id, so that pages never overlap.
func orderBy(o library.Order) string {
	switch o {
	case library.ByOutlet:
		return " ORDER BY a.outlet_key = '', a.outlet_key COLLATE \"C\", a.sort_time DESC, a.id DESC"
	case library.ByQuotes:
		return " ORDER BY a.direct_quotes + a.reported_quotes DESC, a.direct_quotes DESC, a.sort_time DESC, a.id DESC"
	case library.ByTitle:
		return " ORDER BY lower(a.title) COLLATE \"C\", a.id"
	}
	return orderArticles
}

func fromTime(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// List returns article summaries in f.Order, newest first by default.
func (s *Store) List(ctx context.Context, f library.Filter) ([]library.Summary, error) {
	var q query
	w := s.where(&q, f, true)
	rows, err := s.pool.Query(ctx, `SELECT a.id, a.path, a.title, a.outlet, a.url, a.lang, a.published, a.added, a.direct_quotes, a.reported_quotes
		FROM articles a WHERE `+w+orderBy(f.Order)+limit(f), q.args...)
	if err != nil {
		return nil, s.explain(err)
	}
	out := []library.Summary{}
	index := map[int64]int{}
	var ids []int64
	for rows.Next() {
		var sm library.Summary
		var published *time.Time
		if err := rows.Scan(&sm.ID, &sm.Path, &sm.Title, &sm.Outlet, &sm.URL, &sm.Lang, &published, &sm.Added, &sm.Quotes, &sm.Reported); err != nil {
			rows.Close()
			return nil, s.explain(err)
		}
		sm.Published, sm.Added = fromTime(published), sm.Added.UTC()
		sm.Speakers, sm.Sources = []string{}, []string{}
		index[sm.ID] = len(out)
		ids = append(ids, sm.ID)
		out = append(out, sm)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, s.explain(err)
	}
	b := &pgx.Batch{}
	b.Queue(`SELECT article_id, name FROM article_speakers WHERE article_id = ANY($1) ORDER BY article_id, quotes DESC, seq`, ids).
		Query(func(rows pgx.Rows) error {
			return each(rows, func(id int64, name string) { out[index[id]].Speakers = append(out[index[id]].Speakers, name) })
		})
	b.Queue(`SELECT article_id, name FROM sources WHERE article_id = ANY($1) ORDER BY article_id, seq`, ids).
		Query(func(rows pgx.Rows) error {
			return each(rows, func(id int64, name string) { out[index[id]].Sources = append(out[index[id]].Sources, name) })
		})
	if err := s.pool.SendBatch(ctx, b).Close(); err != nil {
		return nil, s.explain(err)
	}
	return out, nil
}

func each(rows pgx.Rows, fn func(int64, string)) error {
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

// Count counts the articles f matches, up to f.Limit when it is set.
func (s *Store) Count(ctx context.Context, f library.Filter) (int, error) {
	var q query
	w := s.where(&q, f, true)
	sql := `SELECT count(*) FROM articles a WHERE ` + w
	if f.Limit > 0 {
		sql = `SELECT count(*) FROM (SELECT 1 FROM articles a WHERE ` + w + fmt.Sprintf(" LIMIT %d) t", f.Limit)
	}
	var n int
	if err := s.pool.QueryRow(ctx, sql, q.args...).Scan(&n); err != nil {
		return 0, s.explain(err)
	}
	return n, nil
}

// Quotes returns quotations, newest article first, in text order.
func (s *Store) Quotes(ctx context.Context, f library.Filter) ([]library.Quote, error) {
	var q query
	w := s.where(&q, f, false)
	if f.Speaker != "" {
		w += " AND " + s.speakerCond(&q, f.Speaker)
	}
	if f.Kind != "" {
		w += " AND q.kind = " + q.arg(string(f.Kind))
	}
	if f.Altered {
		w += " AND q.phrase_id IN (SELECT id FROM phrases WHERE altered <> 0)"
	}
	return s.readQuotes(ctx, w, q.args, orderArticles+`, q.seq`+limit(f))
}

// readQuotes reads the quotes matching w, over quotes "q" and their
// articles "a", in the order tail gives.
func (s *Store) readQuotes(ctx context.Context, w string, args []any, tail string) ([]library.Quote, error) {
	rows, err := s.pool.Query(ctx, `SELECT a.id, a.title, a.outlet, a.url, a.published, a.lang,
		q.text, q.start_pos, q.end_pos, COALESCE(sp.name, q.speaker), q.mention, q.description, q.cue, q.kind, q.via, q.rule, q.resolved, q.seq, q.speaker
		FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers sp ON sp.id = q.speaker_id
		WHERE `+w+tail, args...)
	if err != nil {
		return nil, s.explain(err)
	}
	out := []library.Quote{}
	for rows.Next() {
		var qt library.Quote
		var published *time.Time
		var kind string
		if err := rows.Scan(&qt.ArticleID, &qt.Title, &qt.Outlet, &qt.URL, &published, &qt.Lang,
			&qt.Text, &qt.Start, &qt.End, &qt.Speaker, &qt.Mention, &qt.Description, &qt.Cue, &kind, &qt.Via, &qt.Rule, &qt.Resolved, &qt.Seq, &qt.Credited); err != nil {
			rows.Close()
			return nil, s.explain(err)
		}
		qt.Published, qt.Kind, qt.Sources = fromTime(published), attrib.Kind(kind), []string{}
		out = append(out, qt)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, s.explain(err)
	}
	// The sources each article cites, fetched once per article.
	seen := map[int64][]attrib.Source{}
	var ids []int64
	for _, qt := range out {
		if _, ok := seen[qt.ArticleID]; !ok {
			seen[qt.ArticleID] = []attrib.Source{}
			ids = append(ids, qt.ArticleID)
		}
	}
	rows, err = s.pool.Query(ctx, `SELECT article_id, name, mention, start_pos, end_pos, rule, mentions FROM sources WHERE article_id = ANY($1) ORDER BY article_id, seq`, ids)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var src attrib.Source
		var mentions string
		if err := rows.Scan(&id, &src.Name, &src.Mention, &src.Start, &src.End, &src.Rule, &mentions); err != nil {
			return nil, s.explain(err)
		}
		library.ReadSourceMentions(&src, mentions)
		seen[id] = append(seen[id], src)
	}
	for i := range out {
		out[i].Cited = seen[out[i].ArticleID]
		out[i].Sources = library.SourceNames(out[i].Cited)
	}
	return out, s.explain(rows.Err())
}

// Speakers returns speakers across the library, most quoted first.
func (s *Store) Speakers(ctx context.Context, f library.Filter) ([]library.SpeakerStat, error) {
	var q query
	w := s.where(&q, f, false)
	var sql string
	if w == "TRUE" {
		// The whole library: read the totals kept with each speaker.
		c := "TRUE"
		if f.Speaker != "" {
			c = s.speakerCond(&q, f.Speaker)
		}
		sql = `SELECT sp.name, sp.key, sp.quotes, sp.articles, sp.description
			FROM speakers sp WHERE sp.quotes > 0 AND ` + c + ` ORDER BY sp.quotes DESC, sp.name COLLATE "C"` + limit(f)
	} else {
		if f.Speaker != "" {
			w += " AND " + s.speakerCond(&q, f.Speaker)
		}
		join := ""
		if strings.Contains(w, "a.") {
			join = " JOIN articles a ON a.id = ax.article_id"
		}
		sql = `SELECT sp.name, sp.key, sum(ax.quotes)::int, count(DISTINCT ax.article_id)::int,
			COALESCE(max(NULLIF(ax.description, '')), '')
			FROM article_speakers ax JOIN speakers sp ON sp.id = ax.speaker_id` + join + `
			WHERE ` + w + ` GROUP BY sp.id ORDER BY sum(ax.quotes) DESC, sp.name COLLATE "C"` + limit(f)
	}
	rows, err := s.pool.Query(ctx, sql, q.args...)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	out := []library.SpeakerStat{}
	for rows.Next() {
		var st library.SpeakerStat
		if err := rows.Scan(&st.Name, &st.Key, &st.Quotes, &st.Articles, &st.Description); err != nil {
			return nil, s.explain(err)
		}
		out = append(out, st)
	}
	return out, s.explain(rows.Err())
}

// Sources returns cited sources across the library, most cited first.
func (s *Store) Sources(ctx context.Context, f library.Filter) ([]library.SourceStat, error) {
	var q query
	w := s.where(&q, f, true)
	join := ""
	if w != "TRUE" {
		join = " JOIN articles a ON a.id = src.article_id"
	}
	rows, err := s.pool.Query(ctx, `SELECT min(src.name COLLATE "C"), count(DISTINCT src.article_id)::int
		FROM sources src`+join+`
		WHERE `+w+` GROUP BY src.key ORDER BY count(DISTINCT src.article_id) DESC, min(src.name COLLATE "C")`+limit(f), q.args...)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	out := []library.SourceStat{}
	for rows.Next() {
		var st library.SourceStat
		if err := rows.Scan(&st.Name, &st.Articles); err != nil {
			return nil, s.explain(err)
		}
		out = append(out, st)
	}
	return out, s.explain(rows.Err())
}

// Tallies counts the quotations of the articles f matches by outlet and by
// month (UTC): the whole library's from the counts its writes keep (a row an
// outlet and a row a month, schema_tally.go), a filter's from the articles.
func (s *Store) Tallies(ctx context.Context, f library.Filter) (library.Tallies, error) {
	var q query
	w := s.where(&q, f, true)
	if w == "TRUE" {
		outlets, err := s.tallyRows(ctx, `SELECT outlet, '', articles, quotes FROM tallies_outlet`)
		if err != nil {
			return library.Tallies{}, err
		}
		months, err := s.tallyRows(ctx, `SELECT '', month, articles, quotes FROM tallies_month`)
		return library.SumGroups(outlets, months), err
	}
	rows, err := s.tallyRows(ctx, `SELECT a.outlet, COALESCE(to_char(a.published AT TIME ZONE 'UTC', 'YYYY-MM'), ''),
		count(*), sum(a.direct_quotes + a.reported_quotes)
		FROM articles a WHERE `+w+` GROUP BY 1, 2`, q.args...)
	return library.SumTallies(rows), err
}

func (s *Store) tallyRows(ctx context.Context, sql string, args ...any) ([]library.TallyRow, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	var out []library.TallyRow
	for rows.Next() {
		var r library.TallyRow
		if err := rows.Scan(&r.Outlet, &r.Month, &r.Articles, &r.Quotes); err != nil {
			return nil, s.explain(err)
		}
		out = append(out, r)
	}
	return out, s.explain(rows.Err())
}
