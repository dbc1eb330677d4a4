package article

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestLongBodyLoadsWithoutCopies checks that loading a body of megabytes
// costs about its own size, not tens of times that: the title is taken
// from the head, the hash through a small buffer, the file read into room
// of its size. Before, a 4 MB file on one line allocated some 200 MB
// (the whole body split into words for its title).
func TestLongBodyLoadsWithoutCopies(t *testing.T) {
	body := strings.Repeat("Nora Quill said the harbour ferry would run twice a day and the pier would reopen, ", 50000) // 4.2 MB, one line
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	arts, err := loadFile(path)
	runtime.ReadMemStats(&after)
	if err != nil || len(arts) != 1 {
		t.Fatalf("load: %v, %v", arts, err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 4*uint64(len(body)) {
		t.Errorf("loading %d bytes allocated %d MB, want at most four times the body", len(body), got>>20)
	}
	sum := sha256.Sum256([]byte(arts[0].Body))
	if arts[0].Hash != hex.EncodeToString(sum[:]) {
		t.Errorf("hash %s is not the body's SHA-256", arts[0].Hash)
	}
	if want := Shorten(strings.TrimSuffix(body[:400], " "), maxTitle); arts[0].Title != want {
		t.Errorf("title %q, want the first %d characters cut at a word: %q", arts[0].Title, maxTitle, want)
	}
}
