package attrib

// wordTable maps a folded word to its classes. It is an open-addressing
// table keyed by an FNV-1a hash that the tokenizer computes over the bytes
// it has just folded, so classifying a token costs one probe, no string and
// no allocation: this is the engine's hottest lookup, made once per word.
type wordTable struct {
	keys []string
	cls  []uint64
	// slots hold a word's hash in the high half and 1 + its index into
	// keys and cls in the low half (0: empty), so a probe reads a key only
	// when the whole hash matches.
	slots []uint64
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
	sepDigit // not a separator: an ASCII digit
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
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			seps |= sepDigit
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
	t := &wordTable{slots: make([]uint64, n), mask: n - 1}
	for w, c := range words {
		t.keys = append(t.keys, w)
		t.cls = append(t.cls, c)
		h := hashString(w)
		for s := h & t.mask; ; s = (s + 1) & t.mask {
			if t.slots[s] == 0 {
				t.slots[s] = uint64(h)<<32 | uint64(len(t.keys))
				break
			}
		}
	}
	return t
}

// findBytes returns the index of the folded word b, whose hash is h, or -1.
func (t *wordTable) findBytes(b []byte, h uint32) int {
	for s := h & t.mask; ; s = (s + 1) & t.mask {
		x := t.slots[s]
		if x == 0 {
			return -1
		}
		if k := uint32(x); uint32(x>>32) == h && t.keys[k-1] == string(b) {
			return int(k - 1)
		}
	}
}

// class returns the classes of the folded word w (0 for an unknown word).
func (t *wordTable) class(w string) uint64 {
	h := hashString(w)
	for s := h & t.mask; ; s = (s + 1) & t.mask {
		x := t.slots[s]
		if x == 0 {
			return 0
		}
		if k := uint32(x); uint32(x>>32) == h && t.keys[k-1] == w {
			return t.cls[k-1]
		}
	}
}

// keyTable numbers the strings it is given, in the order they come, with
// the same open addressing as wordTable: the caller brings each key's hash,
// which the tokenizer has mostly computed already. reset empties it and
// keeps its room for the next article.
type keyTable struct {
	slots []uint64 // hash<<32 | 1 + index into keys; 0 is empty
	keys  []string
}

func (t *keyTable) reset() {
	clear(t.slots)
	t.keys = t.keys[:0]
}

// find returns the number of k, whose hash is h, or -1.
func (t *keyTable) find(k string, h uint32) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint32(len(t.slots) - 1)
	for s := h & mask; ; s = (s + 1) & mask {
		x := t.slots[s]
		if x == 0 {
			return -1
		}
		if i := uint32(x) - 1; uint32(x>>32) == h && t.keys[i] == k {
			return int32(i)
		}
	}
}

// add numbers k, which find does not know, and returns its number.
func (t *keyTable) add(k string, h uint32) int32 {
	if 2*(len(t.keys)+1) > len(t.slots) {
		t.grow()
	}
	t.keys = append(t.keys, k)
	t.place(h, uint32(len(t.keys)))
	return int32(len(t.keys) - 1)
}

func (t *keyTable) place(h, v uint32) {
	mask := uint32(len(t.slots) - 1)
	for s := h & mask; ; s = (s + 1) & mask {
		if t.slots[s] == 0 {
			t.slots[s] = uint64(h)<<32 | uint64(v)
			return
		}
	}
}

func (t *keyTable) grow() {
	old := t.slots
	t.slots = make([]uint64, max(16, 2*len(old)))
	for _, x := range old {
		if x != 0 {
			t.place(uint32(x>>32), uint32(x))
		}
	}
}
