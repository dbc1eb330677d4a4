// Package article turns raw input into clean articles: it reads text from
// files or streams, rejects what is not text, sanitises what is, and finds a
// title. Later loaders (Markdown, HTML, feeds, URLs) produce the same type.
package article

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dixit-news/dixit/internal/text"
)

// MaxSize is the largest input dixit reads as one article. News articles are
// a few kilobytes; anything near this is a mistake or an attack.
const MaxSize = 10 << 20

// Article is one clean article and what is known about it.
type Article struct {
	ID        int64
	Path      string // where it came from, as given
	Title     string
	Outlet    string
	Author    string
	URL       string
	Published time.Time
	Lang      string
	Body      string // clean text: offsets in extraction results point into it
	Hash      string // sha256 of Body, hex
}

// ErrBinary reports input that is not text.
var ErrBinary = errors.New("binary data, not text")

// ErrEmpty reports input with no text at all.
var ErrEmpty = errors.New("no text")

// ReadFile loads a plain-text article from path; "-" reads standard input.
// Errors name the path and say what is wrong, in one line.
func ReadFile(path string) (*Article, error) {
	var r io.Reader
	if path == "-" {
		r = os.Stdin
	} else {
		f, _, err := openRegular(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%s: more than the %d MB limit for one article", path, MaxSize>>20)
	}
	a, err := FromText(path, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// FromText builds an article from raw bytes: it refuses binary data, repairs
// invalid UTF-8, strips control characters and finds the title.
func FromText(path string, data []byte) (*Article, error) {
	if IsBinary(data) {
		return nil, ErrBinary
	}
	a := fromText(path, data)
	a.Hash = Hash(a.Body)
	return a, nil
}

// fromText is FromText for data already known to be text, without the
// hash, which the loader computes once for every format.
func fromText(path string, data []byte) *Article {
	body := text.Sanitize(string(data))
	return &Article{Path: path, Body: body, Title: TitleOf(body)}
}

// Hash is the content hash used to skip unchanged re-ingests.
func Hash(body string) string {
	// Through a small buffer: []byte(body) would copy a body of
	// megabytes whole.
	h := sha256.New()
	var buf [32 << 10]byte
	for len(body) > 0 {
		n := copy(buf[:], body)
		h.Write(buf[:n])
		body = body[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
}

// IsBinary reports data that is not text: a NUL byte, or mostly bytes that
// are neither printable UTF-8 nor white space, in its first 8 KB.
func IsBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad, n := 0, 0
	for len(head) > 0 {
		r, size := utf8.DecodeRune(head)
		head = head[size:]
		n++
		if r == utf8.RuneError && size == 1 && len(head) > 3 || r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != 0x1b {
			bad++
		}
	}
	return n > 0 && bad*10 > n
}

// Shorten cuts s to at most n runes at a word boundary, adding "…".
func Shorten(s string, n int) string {
	end, k := 0, 0
	for end < len(s) && k < n {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
		k++
	}
	if end == len(s) {
		return s
	}
	cut := string([]rune(s[:end])) // invalid bytes read as U+FFFD, as before
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
