package sqlite

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"strings"
	"sync"
)

// An article's body is most of the library (issue 15: 44 of 144 MB at
// 10,000 generated articles), and is read only when the article is opened
// or re-extracted: it is stored compressed, as a BLOB of raw DEFLATE
// (RFC 1951), which a body read whole costs some 50 µs to undo. The
// column's type tells the two apart: a TEXT body is the text itself,
// written by schema 14 and before (kept as it is: nothing rewrites a
// library's bodies) or too short to gain. Nothing in SQL may read body
// as text from schema 15 on: Get does, through unpackBody.
//
// Fastest compression: DEFLATE's higher levels took a body to about 2.2
// times smaller where this gives 2.05 on the evaluation sets' news (3.1
// on the generated articles, whose words repeat more), for twice the
// time, on the cores that prepare a batch while the writer waits.
const packMin = 256

var packers = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// packBody is the value a body is stored as: []byte (compressed) or
// string (as it is, when compressing would not make it smaller).
func packBody(body string) any {
	if len(body) < packMin {
		return body
	}
	var b bytes.Buffer
	b.Grow(len(body) / 2)
	w := packers.Get().(*flate.Writer)
	defer packers.Put(w)
	w.Reset(&b)
	if _, err := io.WriteString(w, body); err != nil {
		return body // a bytes.Buffer cannot fail; keep the text if it did
	}
	if err := w.Close(); err != nil || b.Len() >= len(body) {
		return body
	}
	return b.Bytes()
}

// bodyColumn scans a stored body back into text.
type bodyColumn struct{ s *string }

func (c bodyColumn) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*c.s = ""
	case string:
		*c.s = v
	case []byte:
		s, err := unpackBody(v)
		if err != nil {
			return err
		}
		*c.s = s
	default:
		return fmt.Errorf("body stored as %T", v)
	}
	return nil
}

// badBody is a compressed body that does not decompress.
type badBody struct{ err error }

func (e badBody) Error() string { return "compressed body: " + e.err.Error() }

func unpackBody(b []byte) (string, error) {
	r := flate.NewReader(bytes.NewReader(b))
	defer r.Close()
	var out strings.Builder
	out.Grow(3 * len(b))
	if _, err := io.Copy(&out, r); err != nil {
		return "", badBody{err}
	}
	return out.String(), nil
}
