package library

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// Aliases ties names the rules cannot: "Vladimir Poutine" in a French
// article and "Vladimir Putin" in an English one are one speaker. It is read
// from an optional TOML file:
//
//	[speakers]
//	"Vladimir Putin" = ["Vladimir Poutine", "Poutine"]
type Aliases struct {
	// mu guards canon and spelt: the reader merges speakers (edit.go) while
	// its queries read them.
	mu    sync.RWMutex
	canon map[string]string // Key(alias) → canonical name
	spelt map[string]string // Key(alias) → the alias as written, for Save
}

// LoadAliases reads path; a missing file is an empty set, not an error.
func LoadAliases(path string) (*Aliases, error) {
	a := &Aliases{canon: map[string]string{}}
	if path == "" {
		return a, nil
	}
	var file struct {
		Speakers map[string][]string `toml:"speakers"`
	}
	_, err := toml.DecodeFile(path, &file)
	if errors.Is(err, fs.ErrNotExist) {
		return a, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for canon, names := range file.Speakers {
		a.Add(canon, names...)
	}
	return a, nil
}

// Add ties names to canon.
func (a *Aliases) Add(canon string, names ...string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.add(canon, names...)
}

func (a *Aliases) add(canon string, names ...string) {
	if a.canon == nil {
		a.canon = map[string]string{}
	}
	if a.spelt == nil {
		a.spelt = map[string]string{}
	}
	a.canon[Key(canon)] = canon
	a.spelt[Key(canon)] = canon
	for _, n := range names {
		a.canon[Key(n)] = canon
		a.spelt[Key(n)] = n
	}
}

// Canonical returns the name a speaker is listed under.
func (a *Aliases) Canonical(name string) string {
	if a != nil {
		a.mu.RLock()
		defer a.mu.RUnlock()
		if c, ok := a.canon[Key(name)]; ok {
			return c
		}
	}
	return name
}

// SpeakerKey is the identity of a speaker across the library.
func (a *Aliases) SpeakerKey(name string) string { return Key(a.Canonical(name)) }

// Pairs returns every alias key with its canonical key, for backends that
// merge speakers already stored.
func (a *Aliases) Pairs() map[string]string {
	out := map[string]string{}
	if a == nil {
		return out
	}
	a.mu.RLock()
	defer a.mu.RUnlock()
	for k, c := range a.canon {
		if ck := Key(c); ck != k {
			out[k] = ck
		}
	}
	return out
}

// DefaultPaths returns the library and aliases file locations under the XDG
// base directories.
func DefaultPaths() (db, aliases string) {
	data := os.Getenv("XDG_DATA_HOME")
	if data == "" {
		if home, err := os.UserHomeDir(); err == nil {
			data = home + "/.local/share"
		}
	}
	conf := os.Getenv("XDG_CONFIG_HOME")
	if conf == "" {
		if home, err := os.UserHomeDir(); err == nil {
			conf = home + "/.config"
		}
	}
	return data + "/dixit/library.db", conf + "/dixit/aliases.toml"
}

// Matching returns the canonical keys of speakers with an alias holding the
// partial name q ("Poutine" → "vladimir putin").
func (a *Aliases) Matching(q string) []string {
	if a == nil {
		return nil
	}
	a.mu.RLock()
	defer a.mu.RUnlock()
	k := Key(q)
	seen := map[string]bool{}
	var out []string
	for alias, canon := range a.canon {
		ck := Key(canon)
		if k != "" && strings.Contains(alias, k) && !seen[ck] {
			seen[ck] = true
			out = append(out, ck)
		}
	}
	sort.Strings(out)
	return out
}
