package article

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/dixit-news/dixit/internal/text"
)

// Loader turns what the user named (a file, a URL, or "-" for standard
// input) into articles. The zero value is ready to use.
type Loader struct {
	Fetch *Fetcher // nil = a default fetcher

	stdin io.Reader // nil = os.Stdin; tests replace it
}

// format is the kind of document an input holds.
type format int

const (
	formatUnknown format = iota
	formatText
	formatMarkdown
	formatHTML
	formatFeed
)

// extFormats maps the extensions dixit reads to their formats; directories
// are expanded to files with these extensions only.
var extFormats = map[string]format{
	".txt":      formatText,
	".md":       formatMarkdown,
	".markdown": formatMarkdown,
	".html":     formatHTML,
	".htm":      formatHTML,
	".rss":      formatFeed,
	".atom":     formatFeed,
	".xml":      formatFeed,
}

var defaultFetcher = NewFetcher("dev")

// Load reads one input: a file path, an http or https URL, or "-" for
// standard input. A feed gives one article per entry; anything else gives
// one article. Errors are one line and name the input.
func (l *Loader) Load(ctx context.Context, input string) ([]*Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", displayName(StripUserinfo(input)), err)
	}
	switch {
	case input == "-":
		r := l.stdin
		if r == nil {
			r = os.Stdin
		}
		data, err := readLimited(r, MaxSize, 0)
		if err != nil {
			return nil, fmt.Errorf("-: %w", err)
		}
		return FromBytes("-", data)
	case IsURL(input):
		return l.loadURL(ctx, input)
	default:
		return loadFile(input)
	}
}

func loadFile(name string) ([]*Article, error) {
	f, st, err := openRegular(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st.Size() > MaxSize {
		return nil, fmt.Errorf("%s: %s, larger than the %s limit for one article", displayName(name), text.Size(st.Size()), sizeString(MaxSize))
	}
	data, err := readLimited(f, MaxSize, st.Size())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayName(name), unwrapPathError(err))
	}
	return FromBytes(name, data)
}

// openRegular opens a regular file (or a link to one) for reading. Anything
// else is refused before it is opened: opening a named pipe waits for a
// writer, forever if none comes, and a device can be read without end.
func openRegular(name string) (*os.File, fs.FileInfo, error) {
	fail := func(err error) (*os.File, fs.FileInfo, error) {
		return nil, nil, fmt.Errorf("%s: %w", displayName(name), unwrapPathError(err))
	}
	st, err := os.Stat(name)
	if err != nil {
		return fail(err)
	}
	if err := notRegular(st.Mode()); err != nil {
		return fail(err)
	}
	f, err := os.Open(name)
	if err != nil {
		return fail(err)
	}
	// The name may have been replaced between the two looks.
	if st, err = f.Stat(); err == nil {
		err = notRegular(st.Mode())
	}
	if err != nil {
		f.Close()
		return fail(err)
	}
	return f, st, nil
}

// notRegular says what a file is when it is not a regular one.
func notRegular(m fs.FileMode) error {
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("is a directory")
	case m&fs.ModeNamedPipe != 0:
		return errors.New("a named pipe (FIFO), not a regular file")
	case m&fs.ModeSocket != 0:
		return errors.New("a socket, not a regular file")
	case m&fs.ModeDevice != 0:
		return errors.New("a device, not a regular file")
	}
	return errors.New("not a regular file")
}

func (l *Loader) loadURL(ctx context.Context, rawURL string) ([]*Article, error) {
	f := l.Fetch
	if f == nil {
		f = defaultFetcher
	}
	body, contentType, err := f.Get(ctx, rawURL)
	if err != nil {
		return nil, err // Get names the URL
	}
	u, _ := url.Parse(rawURL) // Get parsed it already
	u.User = nil              // or links resolved against it would carry it
	name := StripUserinfo(rawURL)
	kind := formatOfContentType(contentType, body)
	if kind == formatUnknown {
		kind = formatOfExt(path.Ext(u.Path))
	}
	arts, err := fromBytes(name, body, kind, u)
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		if a.URL == "" {
			a.URL = name
		}
	}
	return arts, nil
}

// FromBytes builds the articles held in data, which came from path: the
// format is chosen by the extension of path, else by sniffing the content
// (feed XML, HTML, else plain text). Errors name path.
func FromBytes(path string, data []byte) ([]*Article, error) {
	kind := formatUnknown
	if path != "-" {
		kind = formatOfExt(filepath.Ext(path))
	}
	return fromBytes(path, data, kind, nil)
}

// fromBytes parses data in the given format (sniffing when unknown); base is
// the URL the data came from, if any, to resolve relative links.
func fromBytes(name string, data []byte, kind format, base *url.URL) ([]*Article, error) {
	arts, err := parse(name, data, kind, base)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayName(name), err)
	}
	for _, a := range arts {
		// A feed's or a page's own links may carry credentials too.
		a.URL = StripUserinfo(a.URL)
		a.Body = text.Sanitize(a.Body)
		a.Hash = Hash(a.Body)
	}
	return arts, nil
}

func parse(name string, data []byte, kind format, base *url.URL) ([]*Article, error) {
	if IsBinary(data) {
		return nil, ErrBinary
	}
	if kind == formatUnknown {
		kind = sniff(data)
	}
	var (
		a   *Article
		err error
	)
	switch kind {
	case formatFeed:
		return fromFeed(name, data, base)
	case formatHTML:
		a, err = fromHTML(name, data, base)
	case formatMarkdown:
		a, err = fromMarkdown(name, data)
	default:
		a = fromText(name, data) // checked for binary data above
	}
	if err != nil {
		return nil, err
	}
	if strings.TrimFunc(a.Body, text.IsSpace) == "" {
		return nil, ErrEmpty
	}
	return []*Article{a}, nil
}

func formatOfExt(ext string) format {
	return extFormats[strings.ToLower(ext)]
}

// formatOfContentType maps an HTTP Content-Type to a format; generic XML is
// told apart by sniffing, and types that say nothing useful (text/plain,
// application/octet-stream, none) give formatUnknown.
func formatOfContentType(contentType string, body []byte) format {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return formatUnknown
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return formatHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return formatFeed
	case "text/markdown", "text/x-markdown":
		return formatMarkdown
	case "application/xml", "text/xml":
		if k := sniff(body); k != formatText {
			return k
		}
		return formatFeed // reported as "not an RSS or Atom feed"
	}
	return formatUnknown
}

// sniff tells feed XML and HTML from plain text by looking at the start of
// data.
func sniff(data []byte) format {
	head := data[:min(len(data), 4096)]
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if !bytes.HasPrefix(trimmed, []byte("<")) {
		return formatText
	}
	switch gofeed.DetectFeedType(bytes.NewReader(head)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return formatFeed
	}
	if strings.HasPrefix(http.DetectContentType(trimmed), "text/html") ||
		bytes.Contains(bytes.ToLower(head), []byte("<html")) {
		return formatHTML
	}
	return formatText
}

// IsURL reports input that names a URL, of any scheme: "scheme://…".
func IsURL(input string) bool {
	i := strings.Index(input, "://")
	if i <= 0 {
		return false
	}
	for j, c := range input[:i] {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case j > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return true
}

// Expand turns directories among inputs into the supported files below them,
// recursively and in sorted order, skipping hidden files and directories.
// Files, URLs and "-" pass through unchanged, in the order given. Each error
// is one line and names its input.
func Expand(inputs []string) (files []string, errs []error) {
	for _, in := range inputs {
		if in == "-" || IsURL(in) {
			files = append(files, in)
			continue
		}
		st, err := os.Stat(in)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", displayName(in), unwrapPathError(err)))
			continue
		}
		if !st.IsDir() {
			files = append(files, in)
			continue
		}
		var found []string
		err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", displayName(p), unwrapPathError(err)))
				if d != nil && d.IsDir() && p != in {
					return fs.SkipDir
				}
				return nil
			}
			if p != in && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || formatOfExt(filepath.Ext(p)) == formatUnknown {
				return nil
			}
			if !d.Type().IsRegular() {
				// A symbolic link counts when it leads to a regular file;
				// linked directories are not followed, so no loops.
				if st, err := os.Stat(p); err != nil || !st.Mode().IsRegular() {
					return nil
				}
			}
			found = append(found, p)
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", displayName(in), unwrapPathError(err)))
		}
		if len(found) == 0 {
			errs = append(errs, fmt.Errorf("%s: no .txt, .md, .html or feed files", displayName(in)))
		}
		slices.Sort(found)
		files = append(files, found...)
	}
	return files, errs
}

// readLimited reads r to the end, failing if it holds more than limit
// bytes. size is what r is expected to hold (a file's size, else 0): read
// into room of that size, a 10 MB file is not copied a dozen times over as
// io.ReadAll grows its buffer.
func readLimited(r io.Reader, limit, size int64) ([]byte, error) {
	var data []byte
	var err error
	if size > 0 && size <= limit {
		var b bytes.Buffer
		b.Grow(int(size) + 512) // a file that grew since its stat still fits
		_, err = b.ReadFrom(io.LimitReader(r, limit+1))
		data = b.Bytes()
	} else {
		data, err = io.ReadAll(io.LimitReader(r, limit+1))
	}
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(limit)
	}
	return data, nil
}

func tooLarge(limit int64) error {
	return fmt.Errorf("larger than the %s limit for one article", sizeString(limit))
}

// humanSize writes a size for people: "52.4 MB", "812 KB".
func sizeString(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return strconv.FormatInt(n>>20, 10) + " MB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// displayName returns an input's name fit for a one-line message: quoted
// when it holds control characters or invalid UTF-8, which could otherwise
// break the line or reach the terminal.
func displayName(s string) string {
	if !utf8.ValidString(s) {
		return strconv.Quote(s)
	}
	for _, r := range s {
		if text.IsControl(r) {
			return strconv.Quote(s)
		}
	}
	return s
}

// oneLine flattens a library's error message onto one line.
func oneLine(err error) string { return text.Line(err.Error()) }

// clean prepares a metadata value: sanitised, on one line, trimmed.
func clean(s string) string { return text.Line(s) }

// normLang reduces a language tag to its primary subtag ("fr-FR" → "fr");
// anything that is not two or three ASCII letters gives "".
func normLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for i := 0; i < len(tag); i++ {
		if tag[i] < 'a' || tag[i] > 'z' {
			return ""
		}
	}
	return tag
}

// parseDate reads an RFC 3339 timestamp or a YYYY-MM-DD date.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("date %q is not RFC 3339 or YYYY-MM-DD", s)
}
