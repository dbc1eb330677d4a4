package library

import (
	"fmt"
	"strings"
)

// Order is how List sorts the articles it returns.
type Order string

const (
	ByDate   Order = ""       // newest first (an undated article by when it was added)
	ByOutlet Order = "outlet" // outlets A to Z, articles without one last; newest first within
	ByQuotes Order = "quotes" // most quotations (direct and reported) first, then most direct; newest first within
	ByTitle  Order = "title"  // titles A to Z, ignoring case
)

// Orders are the orders in the order the reader's sort key cycles through.
var Orders = []Order{ByDate, ByOutlet, ByQuotes, ByTitle}

// String is the order's name as ls --sort and the reader write it.
func (o Order) String() string {
	if o == ByDate {
		return "date"
	}
	return string(o)
}

// ParseOrder reads an order's name: date, outlet, quotes or title.
func ParseOrder(s string) (Order, error) {
	for _, o := range Orders {
		if strings.EqualFold(s, o.String()) {
			return o, nil
		}
	}
	return ByDate, fmt.Errorf("sort %q: want date, outlet, quotes or title", s)
}

// Next is the order after o in Orders, date again after the last.
func (o Order) Next() Order {
	for i, x := range Orders {
		if x == o {
			return Orders[(i+1)%len(Orders)]
		}
	}
	return ByDate
}
