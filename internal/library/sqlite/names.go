package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// The rules that attributed a quote and resolved its speaker ("after/
// inverted", "name/fullest-form") are a few dozen names, the engine's, on
// every one of a library's quotes: 34 bytes a quote, 7 MB of 113 at 10,000
// generated articles. From schema 15 a quote keeps them as ids into names,
// and its rule and resolved columns are empty; a quote stored before keeps
// its text there, and is read as it was.
const migrationNames = `
CREATE TABLE names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
ALTER TABLE quotes ADD COLUMN rule_id INTEGER REFERENCES names(id);
ALTER TABLE quotes ADD COLUMN resolved_id INTEGER REFERENCES names(id);
`

// nameID is the id of name in names, added if new; nil (NULL) for "".
// The transaction looks each name up once: a new name it adds is not the
// store's until it commits.
func (c *txc) nameID(ctx context.Context, name string) (any, error) {
	if name == "" {
		return nil, nil
	}
	if id, ok := c.names[name]; ok {
		return id, nil
	}
	var id int64
	err := c.QueryRowContext(ctx, `SELECT id FROM names WHERE name = ?`, name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		var res sql.Result
		if res, err = c.ExecContext(ctx, `INSERT INTO names(name) VALUES (?)`, name); err == nil {
			id, err = res.LastInsertId()
		}
	}
	if err != nil {
		return nil, fmt.Errorf("naming %q: %w", name, err)
	}
	if c.names == nil {
		c.names = map[string]int64{}
	}
	c.names[name] = id
	return id, nil
}

// nameCache holds names by id as read: a committed id never changes its
// name, so the cache only grows, and reads the table again for an id
// another writer added since.
type nameCache struct {
	mu   sync.Mutex
	byID map[int64]string
}

// name is the text of a quote's rule or resolution: the name its id
// stands for, or for a quote stored before schema 15 (id NULL), the text
// it kept.
func (s *Store) name(ctx context.Context, id sql.NullInt64, text string) (string, error) {
	if !id.Valid {
		return text, nil
	}
	c := &s.names
	c.mu.Lock()
	defer c.mu.Unlock()
	if n, ok := c.byID[id.Int64]; ok {
		return n, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, name FROM names`)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	if c.byID == nil {
		c.byID = map[int64]string{}
	}
	for rows.Next() {
		var k int64
		var n string
		if err := rows.Scan(&k, &n); err != nil {
			return "", err
		}
		c.byID[k] = n
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	n, ok := c.byID[id.Int64]
	if !ok {
		return "", fmt.Errorf("quote names rule %d, which the library does not hold", id.Int64)
	}
	return n, nil
}

// ruleNames reads a quote's rule and resolution (see name) in place.
func (s *Store) ruleNames(ctx context.Context, rule *string, ruleID sql.NullInt64, resolved *string, resolvedID sql.NullInt64) (err error) {
	if *rule, err = s.name(ctx, ruleID, *rule); err != nil {
		return err
	}
	*resolved, err = s.name(ctx, resolvedID, *resolved)
	return err
}
