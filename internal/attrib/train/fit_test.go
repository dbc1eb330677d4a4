package main

import "testing"

// TestFit checks on made-up vectors that the fit learns a feature that
// marks the right candidate over one that marks the wrong one, and that
// a dropped feature keeps a zero weight.
func TestFit(t *testing.T) {
	var exs []*example
	for i := 0; i < 20; i++ {
		exs = append(exs, &example{
			feats:  [][]float64{{0, 1, 1}, {1, 0, 1}},
			pos:    []bool{false, true},
			anyPos: true,
			weight: 1,
		})
	}
	m := fit(exs, 3, fitParams{l2: 0.001, steps: 300, rate: 0.5}, 2)
	if !(m[0] > 0 && m[1] < 0) || m[2] != 0 {
		t.Errorf("weights %v: want the first positive, the second negative, the dropped one 0", m)
	}
	if !m.correct(exs[0], -1) {
		t.Errorf("weights %v pick the wrong candidate", m)
	}
}

// TestSignTest checks the one-sided sign test against exact values.
func TestSignTest(t *testing.T) {
	for _, c := range []struct {
		gain, loss int
		want       float64
	}{{2, 1, 0.5}, {3, 0, 0.125}, {0, 0, 1}, {5, 5, 0.623046875}} {
		if got := signTest(c.gain, c.loss); got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("signTest(%d, %d) = %v, want %v", c.gain, c.loss, got, c.want)
		}
	}
}
