package library

import (
	"encoding/json"

	"github.com/dixit-news/dixit/internal/attrib"
)

// SourceMentionsJSON is how both backends store a source's mentions: a JSON
// array, empty when the source has none.
func SourceMentionsJSON(src attrib.Source) string {
	if len(src.Mentions) == 0 {
		return ""
	}
	b, err := json.Marshal(src.Mentions)
	if err != nil {
		return "" // plain strings and ints: cannot fail
	}
	return string(b)
}

// ReadSourceMentions restores what SourceMentionsJSON stored. A row written
// before mentions were kept has none; its one mention is the source's own.
func ReadSourceMentions(src *attrib.Source, stored string) {
	if stored != "" && json.Unmarshal([]byte(stored), &src.Mentions) == nil && len(src.Mentions) > 0 {
		return
	}
	src.Mentions = nil
	if src.Mention != "" {
		src.Mentions = src.Citations()
	}
}

// SourceNames lists the names of srcs, never nil.
func SourceNames(srcs []attrib.Source) []string {
	out := make([]string, 0, len(srcs))
	for _, src := range srcs {
		out = append(out, src.Name)
	}
	return out
}
