package attrib

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// wordTable maps a folded word to its classes. It is an open-addressing
// table keyed by a hash (hashString) that the tokenizer computes over the bytes
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

// Words are hashed eight bytes at a time: one multiply per chunk rather
// than one per byte, then a final mix so that the low bits, which index
// the tables and bitmaps, depend on every byte.
const (
	hashSeed  uint64 = 0x9e3779b97f4a7c15
	hashMulti uint64 = 0xff51afd7ed558ccd
)

func hashBytes(b []byte) uint32 {
	h := hashSeed ^ uint64(len(b))
	for len(b) >= 8 {
		h = bits.RotateLeft64((h^binary.LittleEndian.Uint64(b))*hashMulti, 31)
		b = b[8:]
	}
	var x uint64
	for i, c := range b {
		x |= uint64(c) << (8 * i)
	}
	return hashMix(h, x)
}

// hashString is hashBytes for a string.
func hashString(s string) uint32 {
	h := hashSeed ^ uint64(len(s))
	for len(s) >= 8 {
		x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = bits.RotateLeft64((h^x)*hashMulti, 31)
		s = s[8:]
	}
	var x uint64
	for i := 0; i < len(s); i++ {
		x |= uint64(s[i]) << (8 * i)
	}
	return hashMix(h, x)
}

func hashMix(h, tail uint64) uint32 {
	h = (h ^ tail) * hashMulti
	h ^= h >> 33
	h *= hashSeed
	h ^= h >> 29
	return uint32(h)
}

// Separator bits: which of "-", "." and "'" a folded word holds.
const (
	sepHyphen uint8 = 1 << iota
	sepDot
	sepApos
	sepDigit // not a separator: an ASCII digit
	sepPoss  // not a separator either: a word ending in a possessive (token.plain)
)

// sepOf holds the separator bits of each byte.
var sepOf = func() (t [256]uint8) {
	t['-'], t['.'], t['\''] = sepHyphen, sepDot, sepApos
	for c := '0'; c <= '9'; c++ {
		t[c] = sepDigit
	}
	return t
}()

// sepFold is not a separator either: byteSeps marks with it the bytes a
// fold changes (capitals, and every byte beyond ASCII).
const sepFold uint8 = 1 << 7

// byteSeps is sepOf plus sepFold.
var byteSeps = func() (t [256]uint8) {
	t = sepOf
	for c := range t {
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			t[c] |= sepFold
		}
	}
	return t
}()

// hashSeps returns hashBytes(b) and the separators in b.
func hashSeps(b []byte) (uint32, uint8) {
	seps := uint8(0)
	for _, c := range b {
		seps |= sepOf[c]
	}
	return hashBytes(b), seps
}

// newWordTable builds the table from a word → classes map, at four times
// the words' number of slots: a real article's words are mostly not in
// the lexicon, and a missing word's probe runs to the next empty slot.
func newWordTable(words map[string]uint64) *wordTable {
	n := uint32(16)
	for n < uint32(4*len(words)) {
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

// find returns the index of the folded word w, whose hash is h, or -1.
func (t *wordTable) find(w string, h uint32) int {
	for s := h & t.mask; ; s = (s + 1) & t.mask {
		x := t.slots[s]
		if x == 0 {
			return -1
		}
		if k := uint32(x); uint32(x>>32) == h && t.keys[k-1] == w {
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
