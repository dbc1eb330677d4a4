package attrib

import (
	"strings"

	"github.com/dixit-news/dixit/internal/text"
)

// GivenNameGender tells what the given name opening a person's name says of
// their gender, from the engine's given-name lists: "f", "m", or "" when
// it says nothing (a name given to both, an unknown one, an organisation).
// Only the first word is read ("Jean-Pierre Roux": "jean"): a name is
// what the article printed, and a given name tells a gender only by custom.
func GivenNameGender(name string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(text.Fold(name)), " ")
	first, _, _ = strings.Cut(first, "-")
	if first == "" {
		return ""
	}
	switch getLexicon().words.class(first) & cGiven {
	case cGivenF:
		return "f"
	case cGivenM:
		return "m"
	}
	return ""
}
