package attrib

// SetParts sets the sizes extractParts works with, for a test of long
// bodies that need not be megabytes long, and returns what restores them.
func SetParts(max, size, lead int) (restore func()) {
	m, s, l := partMax, partSize, partLead
	partMax, partSize, partLead = max, size, lead
	return func() { partMax, partSize, partLead = m, s, l }
}

// ExtractWhole is Extract reading the body in one pass however long.
var ExtractWhole = extractWhole

// PartCuts is partCuts.
var PartCuts = partCuts
