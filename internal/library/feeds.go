package library

import "context"

// Feeder is a Store that lists the feeds its articles came from: the URL
// before the "#" of every entry stored from an http(s) feed
// ("https://example.org/feed.xml#guid"), once each, sorted.
type Feeder interface {
	Feeds(ctx context.Context) ([]string, error)
}

// Feeds lists the feed URLs of s; a store that cannot tell has none.
func Feeds(ctx context.Context, s Store) ([]string, error) {
	if f, ok := s.(Feeder); ok {
		return f.Feeds(ctx)
	}
	return nil, nil
}
