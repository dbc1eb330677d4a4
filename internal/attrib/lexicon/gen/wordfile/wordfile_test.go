package wordfile

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestEachLineSkipsBlankLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "words")
	if err := os.WriteFile(path, []byte("harbour\n\n  quay  \n\t\nferry"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := EachLine(path, func(s string) { got = append(got, s) }); err != nil {
		t.Fatal(err)
	}
	if want := []string{"harbour", "quay", "ferry"}; !slices.Equal(got, want) {
		t.Errorf("EachLine = %q, want %q", got, want)
	}
	if err := EachLine(filepath.Join(t.TempDir(), "missing"), func(string) {}); err == nil {
		t.Error("a missing file gave no error")
	}
}
