// Package postgrestest gives tests a PostgreSQL library of their own, on the
// server $DIXIT_TEST_POSTGRES names, and skips them (saying how to run them)
// without one.
package postgrestest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Env is the variable naming the test server.
const Env = "DIXIT_TEST_POSTGRES"

// SkipMessage says how to run the tests that need PostgreSQL.
const SkipMessage = `PostgreSQL tests need a server: set DIXIT_TEST_POSTGRES=postgres://user@host/db (a role that may create schemas), ` +
	`or run eval "$(scripts/pg-start.sh)" first (scripts/pg-stop.sh stops it)`

// Server returns $DIXIT_TEST_POSTGRES, or skips the test.
func Server(t testing.TB) string {
	t.Helper()
	u := os.Getenv(Env)
	if u == "" {
		t.Skip(SkipMessage)
	}
	return u
}

// URL returns the test server's URL with a new schema as search_path (the
// library creates it on first open), dropped when the test ends, so that
// tests never see each other's libraries.
func URL(t testing.TB) string {
	t.Helper()
	base := Server(t)
	var b [6]byte
	rand.Read(b[:])
	schema := "dixit_test_" + hex.EncodeToString(b[:])
	t.Cleanup(func() { Drop(t, base, schema) })
	return WithSchema(t, base, schema)
}

// WithSchema returns u with search_path set to schema.
func WithSchema(t testing.TB, u, schema string) string {
	t.Helper()
	pu, err := url.Parse(u)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	q := pu.Query()
	q.Set("search_path", schema)
	pu.RawQuery = q.Encode()
	return pu.String()
}

// Drop drops schema and everything in it.
func Drop(t testing.TB, base, schema string) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Logf("dropping schema %s: %v", schema, err)
		return
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `DROP SCHEMA IF EXISTS `+pgx.Identifier{schema}.Sanitize()+` CASCADE`); err != nil {
		t.Logf("dropping schema %s: %v", schema, err)
	}
}
