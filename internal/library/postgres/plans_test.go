package postgres_test

import (
	"context"
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dixit-news/dixit/internal/library/librarytest"
	"github.com/dixit-news/dixit/internal/library/postgres"
	"github.com/jackc/pgx/v5"
)

// TestQueryPlans runs every query the reader and the command line make on a
// populated library, has the server EXPLAIN each with the arguments it ran
// with, and fails on a sequential scan of a large table. Sequential scans
// are priced out (enable_seqscan off), so that one is planned only where no
// index serves the query: on 1,500 articles the planner would otherwise
// rightly read small tables whole, and the test would say nothing of
// 100,000. A walk of a whole index counts too, in a statement that no
// LIMIT stops (as on SQLite, TestQueryPlans there).
func TestQueryPlans(t *testing.T) {
	ctx := context.Background()
	u := schemaURL(t)
	rec := &planTracer{}
	undo := postgres.SetTracer(rec)
	s := open(t, u, nil)
	undo()
	librarytest.Populate(t, s, 1500)
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `ANALYZE`); err != nil {
		t.Fatal(err)
	}
	rec.start()
	librarytest.Workload(t, s)
	stmts := rec.stop()
	if len(stmts) < 20 {
		t.Fatalf("only %d statements recorded", len(stmts))
	}
	// The workload removed and re-extracted articles: explain on the
	// library as it was, in a transaction rolled back at the end.
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
		t.Fatal(err)
	}
	large := map[string]bool{"articles": true, "quotes": true, "article_speakers": true, "sources": true}
	explained := 0
	for _, st := range stmts {
		sp, err := tx.Begin(ctx) // a statement that cannot be explained must not end the transaction
		if err != nil {
			t.Fatal(err)
		}
		var out string
		err = sp.QueryRow(ctx, `EXPLAIN (FORMAT JSON) `+st.sql, st.args...).Scan(&out)
		sp.Rollback(ctx)
		if err != nil {
			t.Errorf("cannot explain (%v):\n%s", err, st.sql)
			continue
		}
		explained++
		var plan []struct{ Plan planNode }
		if err := json.Unmarshal([]byte(out), &plan); err != nil || len(plan) != 1 {
			t.Fatalf("plan %q: %v", out, err)
		}
		for _, n := range plan[0].Plan.fullReads(strings.Contains(st.sql, "LIMIT")) {
			if !large[n.Relation] {
				continue
			}
			t.Errorf("%s of %s (a full read) in\n%s\nplan:\n%s", n.Type, n.Relation, st.sql, out)
		}
	}
	t.Logf("%d statements explained", explained)
}

type planNode struct {
	Type     string     `json:"Node Type"`
	Relation string     `json:"Relation Name"`
	Cond     string     `json:"Index Cond"`
	Plans    []planNode `json:"Plans"`
}

// fullReads lists the nodes below n that read a whole table: a sequential
// scan, or, in a statement without a LIMIT (limited), a walk of a whole
// index or a bitmap of one, as the SQLite backend's test reads its plans.
func (n planNode) fullReads(limited bool) []planNode {
	var out []planNode
	switch {
	case n.Type == "Seq Scan",
		strings.Contains(n.Type, "Index Scan") && n.Cond == "" && !limited:
		out = append(out, n)
	}
	for _, c := range n.Plans {
		out = append(out, c.fullReads(limited)...)
	}
	return out
}

type recorded struct {
	sql  string
	args []any
}

// planTracer records each distinct read or write statement, with the
// arguments it first ran with.
type planTracer struct {
	mu    sync.Mutex
	on    bool
	stmts map[string]recorded
}

var explainable = regexp.MustCompile(`(?is)^\s*(SELECT|UPDATE|DELETE|INSERT|WITH)\b`)

func (p *planTracer) TraceQueryStart(ctx context.Context, _ *pgx.Conn, data pgx.TraceQueryStartData) context.Context {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.on || !explainable.MatchString(data.SQL) || strings.Contains(data.SQL, "pg_advisory") {
		return ctx
	}
	if _, ok := p.stmts[data.SQL]; !ok {
		p.stmts[data.SQL] = recorded{data.SQL, append([]any(nil), data.Args...)}
	}
	return ctx
}

func (p *planTracer) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// Statements sent in a batch are traced one by one too.
func (p *planTracer) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	return ctx
}

func (p *planTracer) TraceBatchQuery(ctx context.Context, c *pgx.Conn, data pgx.TraceBatchQueryData) {
	p.TraceQueryStart(ctx, c, pgx.TraceQueryStartData{SQL: data.SQL, Args: data.Args})
}

func (p *planTracer) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData) {}

func (p *planTracer) start() {
	p.mu.Lock()
	p.on, p.stmts = true, map[string]recorded{}
	p.mu.Unlock()
}

func (p *planTracer) stop() []recorded {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.on = false
	out := make([]recorded, 0, len(p.stmts))
	for _, r := range p.stmts {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].sql < out[j].sql })
	return out
}
