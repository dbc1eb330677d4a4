package main

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A named pipe among the inputs is refused at once, with one line naming
// it, and the inputs after it are still read: opening it would wait for a
// writer that never comes.
func TestFIFOInputIsRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "wire.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	good := writeFile(t, dir, "good.txt", []byte(goodEnglish))
	for _, args := range [][]string{
		{"extract", fifo, good},
		{"--db", filepath.Join(dir, "library.db"), "ingest", fifo, good},
	} {
		// Killed after 20 s rather than left waiting on the pipe.
		ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
		cmd := exec.CommandContext(ctx, dixitBin, args...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		timedOut := ctx.Err() != nil
		cancel()
		if timedOut {
			t.Fatalf("%q still running after 20 s: it waits on the pipe", args)
		}
		r := run{stdout: out.String(), stderr: errb.String()}
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			r.code = ee.ExitCode()
		}
		if r.code == 0 {
			t.Errorf("%q: exit 0 with a FIFO among the inputs", args)
		}
		checkFileError(t, r.stderr, fifo, "named pipe")
		if args[0] == "extract" && !strings.Contains(r.stdout, "Nora Quill") {
			t.Errorf("extract: the file after the pipe was not read:\n%s", r.stdout)
		}
		if args[0] != "extract" && !strings.HasPrefix(r.stdout, "1 new,") {
			t.Errorf("ingest: the file after the pipe was not stored: %q", r.stdout)
		}
	}
}
