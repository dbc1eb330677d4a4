package library

import (
	"strings"

	"github.com/dixit-news/dixit/internal/trail"
)

// Spelling is how a speaker's canonical name is kept with the speaker for
// the library to tie its other spellings to it: "Vladimir Poutine" in a
// French article and "Vladimir Putin" in an English one have one spelling
// key (trail.NameSkeleton), and a new name whose key a stored speaker has
// becomes that speaker. It is "" (no tie) for a name of one word, which
// may be anyone's surname, and for a name the aliases file lists, which
// the file alone decides: listing a name there (as its own canonical form
// or under another) is how a user keeps two spellings apart.
func (a *Aliases) Spelling(canon string) string {
	if a.Listed(canon) {
		return ""
	}
	return trail.NameSkeleton(canon)
}

// SpellingQuery is the pattern a speaker filter's words also match the
// stored spelling keys with ("poutine" finds "Vladimir Putin"), "" when
// the query is too short to mean a name.
func SpellingQuery(q string) string {
	s := trail.NameSkeleton(q)
	if s == "" {
		s = strings.Join(trail.NameSkeletonWords(q), " ")
	}
	if len(s) < 3 {
		return ""
	}
	return s
}

// Listed reports a name the aliases file names, as an alias or as a
// canonical name.
func (a *Aliases) Listed(name string) bool {
	if a == nil {
		return false
	}
	a.mu.RLock()
	defer a.mu.RUnlock()
	_, ok := a.canon[Key(name)]
	return ok
}
