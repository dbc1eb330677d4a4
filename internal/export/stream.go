package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dixit-news/dixit/internal/text"
)

// Stream writes docs one at a time, as they are ready, with the output
// Write (or WriteExplain) gives for all of them at once: a long extract
// prints as it goes and keeps no result it has printed.
type Stream struct {
	w       io.Writer
	format  string
	explain bool
	n       int
}

// NewStream starts a stream in the named format (see Formats), or of
// explanations (WriteExplain) when explain is set.
func NewStream(w io.Writer, format string, explain bool) (*Stream, error) {
	switch format {
	case "json", "jsonl", "csv", "md", "markdown":
	default:
		return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	s := &Stream{w: w, format: format, explain: explain}
	if explain {
		return s, nil
	}
	switch format {
	case "json":
		if _, err := io.WriteString(w, "{\n  \"articles\": ["); err != nil {
			return nil, err
		}
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(CSVHeader); err != nil {
			return nil, err
		}
		if cw.Flush(); cw.Error() != nil {
			return nil, cw.Error()
		}
	}
	return s, nil
}

// Add writes one doc.
func (s *Stream) Add(d Doc) error {
	if err := s.separate(); err != nil {
		return err
	}
	return s.encode(s.w, d)
}

// Encode is d as Add would write it after what comes before it, for
// AddEncoded: it reads nothing Add changes, so any goroutine may call it,
// and extract encodes on every core what one goroutine then writes in
// input order. Add itself holds no more than a quote's encoding at once;
// Encode holds the whole doc's.
func (s *Stream) Encode(d Doc) ([]byte, error) {
	var b bytes.Buffer
	err := s.encode(&b, d)
	return b.Bytes(), err
}

// AddEncoded writes a doc Encode encoded.
func (s *Stream) AddEncoded(b []byte) error {
	if err := s.separate(); err != nil {
		return err
	}
	_, err := s.w.Write(b)
	return err
}

// separate writes what comes between two docs, and counts the doc.
func (s *Stream) separate() error {
	first := s.n == 0
	s.n++
	sep := ""
	switch {
	case s.explain:
		if !first {
			sep = "\n"
		}
	case s.format == "json":
		sep = ",\n    "
		if first {
			sep = "\n    "
		}
	case s.format == "md" || s.format == "markdown":
		if !first {
			sep = "\n---\n\n"
		}
	}
	_, err := io.WriteString(s.w, sep)
	return err
}

// encode writes d, without what separates it from the doc before.
func (s *Stream) encode(w io.Writer, d Doc) error {
	docs := cleanDocs([]Doc{d})
	if s.explain {
		return WriteExplain(w, docs)
	}
	switch s.format {
	case "json":
		return writeDocJSON(w, docs[0])
	case "jsonl":
		return WriteJSONL(w, docs)
	case "csv":
		cw := csv.NewWriter(w)
		for r := range rows(docs) {
			if err := writeCSVRecord(cw, csvRecord(r)); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	default: // md
		return WriteMarkdown(w, docs)
	}
}

// Close ends the output.
func (s *Stream) Close() error {
	if s.explain {
		return nil
	}
	switch s.format {
	case "json":
		end := "\n  ]\n}\n"
		if s.n == 0 {
			end = "]\n}\n"
		}
		_, err := io.WriteString(s.w, end)
		return err
	}
	return nil
}

// writeDocJSON writes d as WriteJSON's indentation shows one article, but
// a quote at a time: the article's other fields first, then its quotes,
// which encoding/json puts last. The bytes are Encode's own (a test
// checks it), without holding the encoding of hundreds of thousands of
// quotes at once.
func writeDocJSON(w io.Writer, d Doc) error {
	head := d
	head.Quotes = nil
	b, err := marshalIndent(struct {
		Doc
		Quotes []displayed `json:"quotes,omitempty"` // hides Result.Quotes, and is empty
	}{Doc: head}, "    ")
	if err != nil {
		return err
	}
	b = bytes.TrimSuffix(b, []byte("\n    }"))
	if _, err := w.Write(b); err != nil {
		return err
	}
	if len(d.Quotes) == 0 {
		_, err := io.WriteString(w, ",\n      \"quotes\": []\n    }")
		return err
	}
	if _, err := io.WriteString(w, ",\n      \"quotes\": ["); err != nil {
		return err
	}
	var qb []byte // one buffer for every quote's encoding
	for i, q := range d.Quotes {
		sep := ",\n        "
		if i == 0 {
			sep = "\n        "
		}
		qb = append(qb[:0], sep...)
		qb = appendQuoteJSON(qb, displayed{q, text.Display(q.Text)}, "        ")
		if _, err := w.Write(qb); err != nil {
			return err
		}
	}
	_, err = io.WriteString(w, "\n      ]\n    }")
	return err
}

// marshalIndent is json.MarshalIndent without HTML escaping, as the
// encoders here write.
func marshalIndent(v any, prefix string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
