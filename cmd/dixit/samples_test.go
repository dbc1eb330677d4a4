package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The bundled samples, end to end: marked in every listing while they are
// the library, gone from listings and exports once the user's own article
// arrives, and not back when the library is emptied.
func TestSamplesMarkedThenGone(t *testing.T) {
	dir := t.TempDir()
	ls := libDixit(t, dir, "", "ls")
	if ls.code != 0 {
		t.Fatalf("ls: exit %d, stderr %q", ls.code, ls.stderr)
	}
	rows := strings.Split(strings.TrimSpace(ls.stdout), "\n")[1:]
	for _, r := range rows {
		if !strings.Contains(r, "[sample] ") {
			t.Errorf("ls row not marked a sample: %q", r)
		}
	}
	if len(rows) < 12 || !strings.Contains(ls.stderr, samplesNote) {
		t.Errorf("ls: %d rows, stderr %q", len(rows), ls.stderr)
	}
	for _, cmd := range []string{"speakers", "sources", "quotes"} {
		r := libDixit(t, dir, "", cmd)
		for _, row := range strings.Split(strings.TrimSpace(r.stdout), "\n")[1:] {
			if !strings.Contains(row, "[sample] ") {
				t.Errorf("%s row not marked a sample: %q", cmd, row)
				break
			}
		}
		js := jsonOf[[]map[string]any](t, libDixit(t, dir, "", cmd, "--json"), cmd+" --json")
		if cmd != "quotes" && (len(js) == 0 || js[0]["sample"] != true) {
			t.Errorf("%s --json: first %v, want sample true", cmd, js[0])
		}
	}
	show := libDixit(t, dir, "", "show", "bundled/001_valbois-piscine.txt")
	if !strings.Contains(show.stdout, "sample article (fictional, bundled with dixit)") {
		t.Errorf("show of a sample does not say so:\n%.300s", show.stdout)
	}

	own := filepath.Join(dir, "own.txt")
	os.WriteFile(own, []byte("Harbour fees rise in Saltmere\n\n\"The fees will rise in May,\" said Imogen Farrowby, the council leader.\n"), 0o644)
	in := libDixit(t, dir, "", "ingest", own)
	if in.code != 0 || !strings.Contains(in.stdout, "1 new") || !strings.Contains(in.stdout, fmt.Sprintf("removed the %d bundled sample articles", len(rows))) {
		t.Fatalf("ingest: exit %d\n%s%s", in.code, in.stdout, in.stderr)
	}
	ls = libDixit(t, dir, "", "ls")
	if strings.Contains(ls.stdout, "[sample]") || strings.Contains(ls.stderr, samplesNote) || !strings.Contains(ls.stdout, "Harbour fees rise") {
		t.Errorf("ls after the user's ingest:\n%s%s", ls.stdout, ls.stderr)
	}
	exp := libDixit(t, dir, "", "export", "--format", "csv")
	if lines := strings.Split(strings.TrimSpace(exp.stdout), "\n"); len(lines) != 2 || !strings.Contains(lines[1], "Imogen Farrowby") {
		t.Errorf("export after the user's ingest: want their one quote\n%s", exp.stdout)
	}
	if sp := libDixit(t, dir, "", "speakers"); strings.Contains(sp.stdout, "Konovalov") || strings.Contains(sp.stdout, "[sample]") {
		t.Errorf("speakers after the user's ingest:\n%s", sp.stdout)
	}
	if r := libDixit(t, dir, "", "rm", own); r.code != 0 {
		t.Fatalf("rm: %s", r.stderr)
	}
	if ls = libDixit(t, dir, "", "ls", "--json"); strings.TrimSpace(ls.stdout) != "[]" {
		t.Errorf("the emptied library filled again:\n%.300s", ls.stdout)
	}
}

// rm --samples removes them for good; --no-samples at first use keeps
// them out from the start.
func TestSamplesRemovedOrRefused(t *testing.T) {
	dir := t.TempDir()
	n := len(jsonOf[[]map[string]any](t, libDixit(t, dir, "", "ls", "--json"), "ls --json"))
	r := libDixit(t, dir, "", "rm", "--samples")
	if r.code != 0 || n < 12 || !strings.Contains(r.stdout, fmt.Sprintf("removed %d sample articles; they will not come back", n)) {
		t.Fatalf("rm --samples: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if ls := libDixit(t, dir, "", "ls", "--json"); strings.TrimSpace(ls.stdout) != "[]" {
		t.Errorf("after rm --samples:\n%.300s", ls.stdout)
	}
	if r := libDixit(t, dir, "", "rm"); r.code == 0 || !strings.Contains(r.stderr, "--samples") {
		t.Errorf("rm without arguments: exit %d, stderr %q", r.code, r.stderr)
	}

	dir = t.TempDir()
	if ls := libDixit(t, dir, "", "--no-samples", "ls", "--json"); ls.code != 0 || strings.TrimSpace(ls.stdout) != "[]" {
		t.Errorf("--no-samples ls: exit %d\n%.300s%s", ls.code, ls.stdout, ls.stderr)
	}
	if ls := libDixit(t, dir, "", "ls", "--json"); strings.TrimSpace(ls.stdout) != "[]" {
		t.Errorf("opened again without the flag, the samples came:\n%.300s", ls.stdout)
	}
	if r := libDixit(t, dir, "x", "ingest", "--name", "bundled/fake.txt", "-"); r.code == 0 || !strings.Contains(r.stderr, "bundled/") {
		t.Errorf("ingest --name bundled/…: exit %d, stderr %q", r.code, r.stderr)
	}
}
