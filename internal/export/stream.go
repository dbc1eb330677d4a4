package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Stream writes docs one at a time, as they are ready, with the output
// Write (or WriteExplain) gives for all of them at once: a long extract
// prints as it goes and keeps no result it has printed.
type Stream struct {
	w       io.Writer
	format  string
	explain bool
	n       int
	csv     *csv.Writer
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
		s.csv = csv.NewWriter(w)
		if err := s.csv.Write(CSVHeader); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Add writes one doc.
func (s *Stream) Add(d Doc) error {
	docs := cleanDocs([]Doc{d})
	first := s.n == 0
	s.n++
	if s.explain {
		if !first {
			if _, err := io.WriteString(s.w, "\n"); err != nil {
				return err
			}
		}
		return WriteExplain(s.w, docs)
	}
	switch s.format {
	case "json":
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetIndent("    ", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(withDisplay(docs[0])); err != nil {
			return err
		}
		sep := ",\n    "
		if first {
			sep = "\n    "
		}
		_, err := io.WriteString(s.w, sep+strings.TrimSuffix(b.String(), "\n"))
		return err
	case "jsonl":
		return WriteJSONL(s.w, docs)
	case "csv":
		for _, r := range rows(docs) {
			if err := writeCSVRecord(s.csv, csvRecord(r)); err != nil {
				return err
			}
		}
		return nil
	default: // md
		if !first {
			if _, err := io.WriteString(s.w, "\n---\n\n"); err != nil {
				return err
			}
		}
		return WriteMarkdown(s.w, docs)
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
	case "csv":
		s.csv.Flush()
		return s.csv.Error()
	}
	return nil
}
