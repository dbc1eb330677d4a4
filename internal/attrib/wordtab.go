package attrib

// wordTable maps a folded word to its classes. It is an open-addressing
// table keyed by an FNV-1a hash that the tokenizer computes over the bytes
// it has just folded, so classifying a token costs one probe, no string and
// no allocation: this is the engine's hottest lookup, made once per word.
type wordTable struct {
	keys  []string
	cls   []uint64
	slots []uint32 // 0 empty, else 1 + an index into keys and cls
	mask  uint32
}

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

// Separator bits: which of "-", "." and "'" a folded word holds.
const (
	sepHyphen uint8 = 1 << iota
	sepDot
	sepApos
)

// hashSeps returns the FNV-1a hash of a folded word, as hashString does,
// and the separators met on the way.
func hashSeps(b []byte) (uint32, uint8) {
	h, seps := fnvOffset, uint8(0)
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
		switch c {
		case '-':
			seps |= sepHyphen
		case '.':
			seps |= sepDot
		case '\'':
			seps |= sepApos
		}
	}
	return h, seps
}

func hashString(s string) uint32 {
	h := fnvOffset
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// newWordTable builds the table from a word → classes map, at twice the
// words' number of slots so that probes stay short.
func newWordTable(words map[string]uint64) *wordTable {
	n := uint32(16)
	for n < uint32(2*len(words)) {
		n <<= 1
	}
	t := &wordTable{slots: make([]uint32, n), mask: n - 1}
	for w, c := range words {
		t.keys = append(t.keys, w)
		t.cls = append(t.cls, c)
		for s := hashString(w) & t.mask; ; s = (s + 1) & t.mask {
			if t.slots[s] == 0 {
				t.slots[s] = uint32(len(t.keys))
				break
			}
		}
	}
	return t
}

// findBytes returns the index of the folded word b, whose hash is h, or -1.
func (t *wordTable) findBytes(b []byte, h uint32) int {
	for s := h & t.mask; ; s = (s + 1) & t.mask {
		k := t.slots[s]
		if k == 0 {
			return -1
		}
		if t.keys[k-1] == string(b) {
			return int(k - 1)
		}
	}
}

// class returns the classes of the folded word w (0 for an unknown word).
func (t *wordTable) class(w string) uint64 {
	for s := hashString(w) & t.mask; ; s = (s + 1) & t.mask {
		k := t.slots[s]
		if k == 0 {
			return 0
		}
		if t.keys[k-1] == w {
			return t.cls[k-1]
		}
	}
}
