package main

import (
	"context"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strconv"
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
