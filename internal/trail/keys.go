package trail

// The lookup keys. A quote's shingles are its pairs of consecutive words;
// a MinHash signature of Hashes values estimates the Jaccard similarity of
// two quotes' shingles, and cutting it into Bands bands of Rows values
// makes keys that two quotes share with probability 1-(1-J^Rows)^Bands:
// 0.67 at J=0.35, 0.90 at J=0.5, 0.99 at J=0.7 with 8 bands of 2.
//
// A fragment cut from a long quote shares few of its shingles, so a quote
// longer than Window words is keyed by windows of Window words every Step
// words (the last one ending with the quote) instead of as a whole: a
// fragment of up to Window-Step+1 words lies inside one window, and two
// copies of a long quote share every window.
const (
	Bands   = 8
	Rows    = 2
	Hashes  = Bands * Rows
	Window  = 10
	Step    = 5
	MaxKeys = 64 // a very long quote keys its first windows only
)

// seeds are the MinHash functions: each shingle hash is mixed with one.
var seeds = func() [Hashes]uint64 {
	var s [Hashes]uint64
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix(x)
	}
	return s
}()

// shingles returns the hashes of the word pairs of words.
func shingles(words []string) []uint64 {
	if len(words) < 2 {
		return nil
	}
	out := make([]uint64, 0, len(words)-1)
	prev := wordHash(words[0])
	for _, w := range words[1:] {
		h := wordHash(w)
		out = append(out, mix(prev*31+h))
		prev = h
	}
	return out
}

func wordHash(w string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(w); i++ {
		h = fnvByte(h, w[i])
	}
	return h
}

// Signature is the MinHash signature of words' shingles.
func Signature(words []string) [Hashes]uint64 {
	var sig [Hashes]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for _, s := range shingles(words) {
		for i, seed := range seeds {
			if v := mix(s ^ seed); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// bandKeys appends the band keys of one signature. A key mixes in its
// band's number: the same values in two bands are not one bucket.
func bandKeys(dst []int64, sig [Hashes]uint64) []int64 {
	for b := 0; b < Bands; b++ {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for r := 0; r < Rows; r++ {
			h = mix(h ^ sig[b*Rows+r])
		}
		dst = append(dst, int64(h>>1))
	}
	return dst
}

// Keys returns the bucket keys of a quote of these words, distinct, or
// none when it is too short for a trail.
func Keys(words []string) []int64 {
	if !Indexable(words) {
		return nil
	}
	var out []int64
	for _, start := range windows(len(words)) {
		out = bandKeys(out, Signature(words[start:min(start+Window, len(words))]))
	}
	return dedupe(out)
}

// windows returns where the windows of a quote of n words start: one for
// a quote of Window words or fewer, else every Step words and the last one
// ending with the quote, at most MaxKeys/Bands of them.
func windows(n int) []int {
	if n <= Window {
		return []int{0}
	}
	var out []int
	for start := 0; len(out) < MaxKeys/Bands; start += Step {
		if start+Window >= n {
			out = append(out, n-Window)
			break
		}
		out = append(out, start)
	}
	return out
}

func dedupe(keys []int64) []int64 {
	seen := make(map[int64]bool, len(keys))
	out := keys[:0]
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}
