package library

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

// AliasMerger is a Store that merges the speakers its aliases tie, now:
// what opening it does, for aliases changed while it is open.
type AliasMerger interface {
	MergeAliases(ctx context.Context) error
}

// AliasState is a copy of an alias set, to put back (undo).
type AliasState struct{ canon, spelt map[string]string }

// Snapshot copies the set as it stands.
func (a *Aliases) Snapshot() AliasState {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return AliasState{maps.Clone(a.canon), maps.Clone(a.spelt)}
}

// Restore puts back a snapshot.
func (a *Aliases) Restore(st AliasState) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.canon, a.spelt = maps.Clone(st.canon), maps.Clone(st.spelt)
}

// Merge makes from a name of into: from, and every name tied to from, is
// then listed under into.
func (a *Aliases) Merge(from, into string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	fk := Key(a.canonical(from))
	var names []string
	for k, c := range a.canon {
		if Key(c) == fk {
			names = append(names, a.spelt[k])
		}
	}
	a.add(a.canonical(into), append(names, from)...)
}

func (a *Aliases) canonical(name string) string {
	if c, ok := a.canon[Key(name)]; ok {
		return c
	}
	return name
}

// Save writes the set to path as LoadAliases reads it, one canonical name
// a line with its other names, sorted: by a temporary file renamed over
// the old, so a crash leaves one or the other. Comments in the old file
// are not kept.
func (a *Aliases) Save(path string) error {
	a.mu.RLock()
	groups := map[string][]string{}
	for k, c := range a.canon {
		if Key(c) != k {
			groups[c] = append(groups[c], a.spelt[k])
		}
	}
	a.mu.RUnlock()
	canons := make([]string, 0, len(groups))
	for c := range groups {
		canons = append(canons, c)
	}
	sort.Strings(canons)
	var b bytes.Buffer
	b.WriteString("# Speaker aliases: each speaker's name, then the other names they go by.\n# dixit rewrites this file when speakers are merged in the reader.\n[speakers]\n")
	for _, c := range canons {
		names := groups[c]
		sort.Strings(names)
		b.WriteString(strconv.Quote(c) + " = [")
		for i, n := range names {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.Quote(n))
		}
		b.WriteString("]\n")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".aliases-*.toml")
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b.Bytes()); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Retie re-stores articles as they were extracted, so that their speakers
// are tied again by the aliases as they stand: a merge undone splits the
// speakers it joined. Names are stored as the article gave them, so no
// re-extraction is needed.
func Retie(ctx context.Context, s Store, ids []int64) error {
	for _, id := range ids {
		e, err := s.Get(ctx, id)
		if err != nil {
			return err
		}
		e.Force = true
		if _, _, err := s.Put(ctx, e); err != nil {
			return err
		}
	}
	return nil
}
