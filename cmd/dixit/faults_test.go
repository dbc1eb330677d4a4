package main

// The library under faults: a dixit killed during first use, readers
// while another process writes.

import (
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// A dixit killed while it loads the sample articles on first use leaves
// all of them or none, and the next start has them all.
func TestBundledLoadSurvivesKill(t *testing.T) {
	ctx := context.Background()
	want := -1
	for _, delay := range []time.Duration{20, 50, 80, 110, 140, 170, 200, 260} {
		dir := t.TempDir()
		db := filepath.Join(dir, "library.db")
		cmd := exec.Command(dixitBin, "--db", db, "--aliases", filepath.Join(dir, "aliases.toml"), "ls")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		s, err := sqlite.Open(ctx, db, nil)
		if err != nil {
			t.Fatalf("killed after %v: %v", delay*time.Millisecond, err)
		}
		left, err := s.Count(ctx, library.Filter{})
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		r := libDixit(t, dir, "", "ls", "--json")
		var list []json.RawMessage
		if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
			t.Fatalf("ls --json after the kill: %v %q", err, r.stderr)
		}
		if want < 0 {
			want = len(list)
		}
		if left != 0 && left != want || len(list) != want {
			t.Errorf("killed after %v: %d samples left, %d after the next start; want 0 or %d, then %d",
				delay*time.Millisecond, left, len(list), want, want)
		}
	}
	if want < 12 {
		t.Errorf("only %s samples", strconv.Itoa(want))
	}
}

// Readers do not wait for a writer: while another process holds a long
// write transaction, ls, quotes and speakers answer at once from the last
// committed state.
func TestReadersDuringWrite(t *testing.T) {
	dir := t.TempDir()
	if r := libDixit(t, dir, "", "ls"); r.code != 0 {
		t.Fatalf("first ls: %s", r.stderr)
	}
	hold, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer hold.Close()
	ctx := context.Background()
	conn, err := hold.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(ctx, "ROLLBACK")
	if _, err := conn.ExecContext(ctx, `UPDATE articles SET title = 'Uncommitted title'`); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"ls"}, {"quotes", "--speaker", "konovalov"}, {"speakers"}, {"sources"}} {
		start := time.Now()
		r := libDixit(t, dir, "", args...)
		if took := time.Since(start); r.code != 0 || took > 3*time.Second {
			t.Errorf("%q during a write: exit %d after %v, %q", args, r.code, took, r.stderr)
		}
		if strings.Contains(r.stdout, "Uncommitted") {
			t.Errorf("%q shows a write not yet committed", args)
		}
	}
}

// A library another user owns, in a folder this user cannot write, is
// listed, read-only: the write bits on the file are not this user's.
func TestOtherOwnersLibraryIsListed(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root, to run dixit as another user")
	}
	dir := t.TempDir()
	if r := libDixit(t, dir, "", "ls"); r.code != 0 {
		t.Fatalf("first ls: %s", r.stderr)
	}
	// The binary, the test's folder and the library are root's, readable
	// by all; nobody runs dixit.
	for _, p := range []string{filepath.Dir(dixitBin), dir, filepath.Dir(dir)} {
		if err := os.Chmod(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{{"ls"}, {"quotes", "--speaker", "konovalov"}, {"show", "1"}} {
		cmd := exec.Command(dixitBin, append([]string{"--db", filepath.Join(dir, "library.db"), "--aliases", filepath.Join(dir, "aliases.toml")}, args...)...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		cmd.Env = append(os.Environ(), "NO_COLOR=1", "HOME="+dir)
		out, err := cmd.CombinedOutput()
		if err != nil || len(out) == 0 {
			t.Errorf("%q as another user: %v, %s", args, err, out)
		}
	}
	cmd := exec.Command(dixitBin, "--db", filepath.Join(dir, "library.db"), "--aliases", filepath.Join(dir, "aliases.toml"), "rm", "1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "read-only") {
		t.Errorf("rm as another user: %v, %s; want the library reported read-only", err, out)
	}
}
