package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dixit-news/dixit/internal/library/librarytest"
	msqlite "modernc.org/sqlite"
)

// TestQueryPlans runs every query the reader and the command line make on a
// populated library, has SQLite explain each, and fails on a full scan of a
// large table: a scan of its rows, or a walk of a whole index that no
// LIMIT stops.
func TestQueryPlans(t *testing.T) {
	if testing.Short() {
		// The plans are the planner's, not a matter of goroutines: the
		// run without -short covers them, and under the race detector
		// this test alone took 100 s of CI's budget.
		t.Skip("query plans: checked by the run without -short")
	}
	rec := &planRecorder{plans: map[string][]string{}}
	sql.Register("sqlite-plans", &planDriver{rec: rec})
	driverName = "sqlite-plans"
	defer func() { driverName = "sqlite" }()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "lib.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	librarytest.Populate(t, s, 1500)
	rec.mu.Lock()
	rec.plans, rec.on = map[string][]string{}, true
	rec.mu.Unlock()
	librarytest.Workload(t, s)
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.plans) < 20 {
		t.Fatalf("only %d statements explained", len(rec.plans))
	}
	large := `(articles|quotes|article_speakers|sources|a|q|ax|src)`
	rowScan := regexp.MustCompile(`^SCAN ` + large + `$`)
	indexScan := regexp.MustCompile(`^SCAN ` + large + ` USING (COVERING )?INDEX`)
	// Full scans not fixed yet, if any: each must still occur, and a fix
	// removes its line here ("STEP|a fragment of the statement": false).
	known := map[string]bool{}
	isKnown := func(step, q string) bool {
		for k := range known {
			st, frag, _ := strings.Cut(k, "|")
			if step == st && strings.Contains(q, frag) {
				known[k] = true
				return true
			}
		}
		return false
	}
	defer func() {
		for k, seen := range known {
			if !seen {
				t.Errorf("the known full scan %q no longer occurs: take it off the list", k)
			}
		}
	}()
	searchedPages := 0
	for q, plan := range rec.plans {
		// A page read from the full-text index in key order (fromSearch)
		// must come in that order, stopped by its LIMIT: a sort would
		// read every match first. Its quotes come from quotes_article,
		// in text order.
		if strings.Contains(q, "FROM search s CROSS JOIN") && strings.Contains(q, "ORDER BY s.rowid DESC") {
			searchedPages++
			for _, step := range plan {
				if strings.Contains(step, "TEMP B-TREE") {
					t.Errorf("a search's page sorts (%q):\n%s\nplan:\n  %s", step, q, strings.Join(plan, "\n  "))
				}
			}
			if strings.Contains(q, "quotes q") && !slices.ContainsFunc(plan, func(s string) bool { return strings.Contains(s, "INDEX quotes_article (article_id=?)") }) {
				t.Errorf("a search's quotes are not read by quotes_article:\n%s\nplan:\n  %s", q, strings.Join(plan, "\n  "))
			}
		}
		for _, step := range plan {
			if strings.HasPrefix(step, "cannot explain") {
				t.Errorf("%s:\n%s", step, q)
			}
			if (rowScan.MatchString(step) || indexScan.MatchString(step) && !strings.Contains(q, "LIMIT")) && !isKnown(step, q) {
				t.Errorf("full scan %q in\n%s\nplan:\n  %s", step, q, strings.Join(plan, "\n  "))
			}
		}
	}
	if searchedPages < searchedPagesWanted {
		t.Errorf("%d statements read a search's page from the full-text index, want %d at least", searchedPages, searchedPagesWanted)
	}
}

// searchedPagesWanted: the list's page and count and the Quotes view's
// page of a search, each for several filters of the workload.
const searchedPagesWanted = 3

type planRecorder struct {
	mu    sync.Mutex
	on    bool
	plans map[string][]string // statement → its plan's steps
}

type planDriver struct {
	rec   *planRecorder
	inner msqlite.Driver
}

func (d *planDriver) Open(name string) (driver.Conn, error) {
	c, err := d.inner.Open(name)
	if err != nil {
		return nil, err
	}
	return &planConn{Conn: c, rec: d.rec}, nil
}

// planConn explains each statement before it runs (or is prepared).
type planConn struct {
	driver.Conn
	rec *planRecorder
}

func (c *planConn) explain(ctx context.Context, query string, args []driver.NamedValue) {
	c.rec.mu.Lock()
	on := c.rec.on
	_, done := c.rec.plans[query]
	c.rec.mu.Unlock()
	q := strings.TrimSpace(query)
	if !on || done || !regexp.MustCompile(`(?i)^(SELECT|UPDATE|DELETE|INSERT|WITH)`).MatchString(q) {
		return
	}
	rows, err := c.Conn.(driver.QueryerContext).QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args)
	if err != nil {
		c.rec.mu.Lock()
		c.rec.plans[query] = []string{"cannot explain: " + err.Error()}
		c.rec.mu.Unlock()
		return
	}
	defer rows.Close()
	var plan []string
	vals := make([]driver.Value, len(rows.Columns()))
	for rows.Next(vals) == nil {
		if s, ok := vals[3].(string); ok {
			plan = append(plan, s)
		}
	}
	c.rec.mu.Lock()
	c.rec.plans[query] = plan
	c.rec.mu.Unlock()
}

func (c *planConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	st, err := c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	return &planStmt{Stmt: st, c: c, query: query}, nil
}

// planStmt explains a prepared statement when it first runs, with its
// arguments.
type planStmt struct {
	driver.Stmt
	c     *planConn
	query string
}

func (s *planStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	s.c.explain(ctx, s.query, args)
	return s.Stmt.(driver.StmtExecContext).ExecContext(ctx, args)
}

func (s *planStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	s.c.explain(ctx, s.query, args)
	return s.Stmt.(driver.StmtQueryContext).QueryContext(ctx, args)
}

func (c *planConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	c.explain(ctx, query, args)
	return c.Conn.(driver.QueryerContext).QueryContext(ctx, query, args)
}

func (c *planConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	c.explain(ctx, query, args)
	return c.Conn.(driver.ExecerContext).ExecContext(ctx, query, args)
}

func (c *planConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}
