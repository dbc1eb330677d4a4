package main

import "math"

// example is one uncued quote of an annotated article: its candidates'
// feature vectors, which of them are the gold speaker, and whether the
// cascade's pick is.
type example struct {
	set, article string
	kind         string // "uncued" or "pronoun", as attrib.Choice.Kind
	lang, class  string
	feats        [][]float64
	pos          []bool
	cascadeOK    bool
	anyPos       bool
	weight       float64 // its share of the loss (see setWeights)
}

// model is a linear score over the features; a quote takes its candidate
// of highest score (a conditional logit: a softmax over the quote's
// candidates, fitted by maximum likelihood with an L2 penalty).
type model []float64

func (m model) score(f []float64, drop int) float64 {
	s := 0.0
	for k, x := range f {
		if k != drop {
			s += m[k] * x
		}
	}
	return s
}

// pick returns the candidate of highest score, the first of equal ones
// (candidates come in the cascade's order), or -1 for none.
func (m model) pick(e *example, drop int) int {
	best, bs := -1, math.Inf(-1)
	for c, f := range e.feats {
		if s := m.score(f, drop); s > bs {
			best, bs = c, s
		}
	}
	return best
}

func (m model) correct(e *example, drop int) bool {
	c := m.pick(e, drop)
	return c >= 0 && e.pos[c]
}

// fitParams are the optimiser's: full-batch gradient descent with
// momentum, a fixed number of steps, so that a run is deterministic.
type fitParams struct {
	l2    float64
	steps int
	rate  float64
}

// fit learns the weights from the examples that have a positive
// candidate: the loss is -log of the probability mass the softmax puts on
// the positive candidates, averaged, plus l2/2 times the squared norm.
// Feature drop (if >= 0) is left out, for the ablation.
func fit(exs []*example, nf int, p fitParams, drop int) model {
	m := make(model, nf)
	vel := make([]float64, nf)
	grad := make([]float64, nf)
	var train []*example
	for _, e := range exs {
		if e.anyPos && len(e.feats) > 1 {
			train = append(train, e)
		}
	}
	if len(train) == 0 {
		return m
	}
	prob := []float64{}
	for step := 0; step < p.steps; step++ {
		clear(grad)
		for _, e := range train {
			prob = prob[:0]
			mx := math.Inf(-1)
			for _, f := range e.feats {
				s := m.score(f, drop)
				prob = append(prob, s)
				mx = math.Max(mx, s)
			}
			z, zp := 0.0, 0.0
			for c := range prob {
				prob[c] = math.Exp(prob[c] - mx)
				z += prob[c]
				if e.pos[c] {
					zp += prob[c]
				}
			}
			// d(-log zp/z)/dw = E_all[f] - E_pos[f]
			for c, f := range e.feats {
				g := prob[c] / z
				if e.pos[c] {
					g -= prob[c] / zp
				}
				g *= e.weight
				if g == 0 {
					continue
				}
				for k, x := range f {
					grad[k] += g * x
				}
			}
		}
		n := 0.0
		for _, e := range train {
			n += e.weight
		}
		for k := range m {
			if k == drop {
				continue
			}
			g := grad[k]/n + p.l2*m[k]
			vel[k] = 0.9*vel[k] - p.rate*g
			m[k] += vel[k]
		}
	}
	return m
}
