package library

import (
	"fmt"
	"time"
)

// ParseWhen reads the moment a --since or since: names: a date
// (2026-01-31, midnight UTC) or an age before now (7d, 2w, 48h).
func ParseWhen(s string, now time.Time) (time.Time, bool) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	if n := len(s); n > 1 {
		var num int
		if _, err := fmt.Sscanf(s[:n-1], "%d", &num); err == nil && num >= 0 {
			switch s[n-1] {
			case 'd':
				return now.AddDate(0, 0, -num), true
			case 'w':
				return now.AddDate(0, 0, -7*num), true
			case 'h':
				return now.Add(-time.Duration(num) * time.Hour), true
			}
		}
	}
	return time.Time{}, false
}
