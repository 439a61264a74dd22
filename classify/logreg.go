package classify

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// KindLogistic marks a Model whose weights are those of a multinomial
// logistic regression: a paragraph's score for a class is the class's
// bias plus the sum of its features' weights divided by the square root
// of the number of features, and the scores are log-odds.
const KindLogistic = "logreg"

// LogisticParams are the training settings of TrainLogistic.
type LogisticParams struct {
	L2     float64 // L2 penalty per example (weight decay)
	Epochs int     // passes of AdaGrad over the examples
	Rate   float64 // AdaGrad base learning rate
	// Balance is the power of the class weights: 1 makes every class
	// count alike in the loss, 0 leaves the training mix as it is.
	Balance float64
	// Bag is how many fits, each visiting the examples in its own fixed
	// order, are averaged (0 or 1: one fit). Early-stopped AdaGrad
	// depends on the order; the average depends less on any one example.
	Bag int
}

// DefaultLogistic are the settings scripts/train uses.
var DefaultLogistic = LogisticParams{L2: 0.0005, Epochs: 40, Rate: 0.3, Balance: 1, Bag: 5}

// TrainLogistic fits a multinomial logistic regression on the examples'
// tokens (gojieba words and the paragraph features of ParagraphFeatures).
// Classes are weighted so that each class counts as much as the others in
// the loss: distant supervision yields far more achievement paragraphs
// than background ones. Tokens seen in fewer than minDocs documents are
// dropped, so names and other rare strings of a single source never reach
// the model file. Training is deterministic: each of the p.Bag fits
// visits the examples in its own fixed, shuffled-by-hash order, and the
// fits' weights are averaged.
func TrainLogistic(examples []Example, minDocs int, p LogisticParams) *Model {
	m := &Model{Version: 2, Kind: KindLogistic, Classes: Classes, Examples: make([]int, len(Classes))}
	docsOf := map[string]map[string]bool{}
	allDocs := map[string]bool{}
	for _, ex := range examples {
		c := classIndex(ex.Category)
		if c < 0 {
			continue
		}
		m.Examples[c]++
		allDocs[ex.Doc] = true
		for _, t := range ex.Tokens {
			if docsOf[t] == nil {
				docsOf[t] = map[string]bool{}
			}
			docsOf[t][ex.Doc] = true
		}
	}
	m.Docs = len(allDocs)
	vocab := make([]string, 0, len(docsOf))
	for t, d := range docsOf {
		if len(d) >= minDocs {
			vocab = append(vocab, t)
		}
	}
	sort.Strings(vocab)
	id := make(map[string]int, len(vocab))
	for i, t := range vocab {
		id[t] = i
	}
	var rows []row
	total := 0
	for _, n := range m.Examples {
		total += n
	}
	for _, ex := range examples {
		c := classIndex(ex.Category)
		if c < 0 {
			continue
		}
		var fs []int
		for _, t := range ex.Tokens {
			if k, ok := id[t]; ok {
				fs = append(fs, k)
			}
		}
		if len(fs) == 0 {
			continue
		}
		cw := math.Pow(float64(total)/(4*float64(m.Examples[c])), p.Balance)
		rows = append(rows, row{c, fs, 1 / math.Sqrt(float64(len(fs))), cw})
	}
	bags := max(p.Bag, 1)
	Wsum := make([][4]float64, len(vocab))
	var biasSum [4]float64
	for b := 0; b < bags; b++ {
		W, bias := fitOrder(rows, len(vocab), b, p)
		for i := range W {
			for k := range W[i] {
				Wsum[i][k] += W[i][k] / float64(bags)
			}
		}
		for k := range bias {
			biasSum[k] += bias[k] / float64(bags)
		}
	}
	W, bias := Wsum, biasSum
	m.Bias = bias
	for k := range m.Bias {
		m.Bias[k] = math.Round(m.Bias[k]*1000) / 1000
	}
	m.Weights = make(map[string][4]float64, len(vocab))
	for i, t := range vocab {
		var w [4]float64
		zero := true
		for k := range w {
			w[k] = math.Round(W[i][k]*1000) / 1000
			if w[k] != 0 {
				zero = false
			}
		}
		if !zero {
			m.Weights[t] = w
		}
	}
	return m
}

// row is one training example as TrainLogistic fits it: class, feature
// ids, the feature value (1/sqrt of their number) and the example weight.
type row struct {
	c     int
	feats []int
	x     float64
	w     float64
}

// fitOrder runs AdaGrad over the rows in the fixed pseudo-random order
// number b (a hash of the position) and returns weights and biases.
func fitOrder(rows []row, nfeat, b int, p LogisticParams) ([][4]float64, [4]float64) {
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(x, y int) bool { return mix(order[x]+b*1000003) < mix(order[y]+b*1000003) })
	W := make([][4]float64, nfeat)
	G := make([][4]float64, nfeat)
	var bias, gb [4]float64
	for ep := 0; ep < p.Epochs; ep++ {
		for _, ri := range order {
			r := rows[ri]
			var s [4]float64
			for k := range s {
				s[k] = bias[k]
			}
			for _, f := range r.feats {
				for k := range s {
					s[k] += W[f][k] * r.x
				}
			}
			pr := softmax(s)
			for k := range pr {
				g := pr[k]
				if k == r.c {
					g--
				}
				g *= r.w
				gb[k] += g * g
				bias[k] -= p.Rate * g / (math.Sqrt(gb[k]) + 1e-8)
				for _, f := range r.feats {
					gf := g*r.x + p.L2*W[f][k]
					G[f][k] += gf * gf
					W[f][k] -= p.Rate * gf / (math.Sqrt(G[f][k]) + 1e-8)
				}
			}
		}
	}
	return W, bias
}

func mix(i int) uint64 {
	x := uint64(i) + 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}

// paraFeature is a feature of a stretch of text beyond its words, at a
// byte offset so that a sentence gets only its own.
type paraFeature struct {
	name string
	at   int
}

// futureStarts open a sentence that announces what will be done.
var futureStarts = []string{"将", "要", "力争", "计划", "拟", "确保", "争取", "预计", "今后", "下一步", "下步", "明年", "来年", "希望", "建议", "请", "应", "必须", "需要", "着力", "继续", "进一步", "坚持", "全力", "加快", "推进", "强化", "加强", "做好", "抓好", "一是", "二是", "三是", "四是", "五是", "首先", "其次", "最后"}

// pastMarks show work already done.
var pastMarks = []string{"已经", "已", "累计", "完成了", "实现了", "取得了", "建成", "先后", "截至", "截止", "共计", "同比", "比上年", "以来", "了"}

// problemMarks are the words of a shortcoming.
var problemMarks = []string{"不足", "薄弱", "滞后", "短板", "不够", "有待", "制约", "瓶颈", "困难", "欠缺", "缺乏", "不高", "不强", "不到位", "差距", "矛盾", "隐患", "难以", "尚未", "仍然", "依然", "还不", "较低", "偏低", "单一"}

// newsMarks are the words of a news report about a meeting or an event.
var newsMarks = []string{"会议", "召开", "主持", "出席", "参加", "指出", "强调", "表示", "介绍", "说", "记者", "此次", "本次", "活动", "现场", "观摩", "点评", "讲话", "一行", "调研", "据悉", "日前", "近日"}

// ParagraphFeatures are features of a text beyond its words, which both
// training and labelling add to the words: how each sentence opens
// (#START:将, the first word when it is short), whether it looks ahead,
// back, at a difficulty or at an event reported as news (#FUT, #PAST,
// #PROB, #NEWS, counted once per sentence), quotations (#QUOTE), many
// numbers (#NUMS), an ending colon (#COLON) and a year that opens the
// paragraph (#YEARLEAD: 2021年是…).
func ParagraphFeatures(text string, words []string) []string {
	var out []string
	for _, f := range paragraphFeatures(text, words) {
		out = append(out, f.name)
	}
	return out
}

var (
	featIndexOnce sync.Once
	featIndex     *cueIndex
)

// featureMarks indexes the mark lists for one pass over a paragraph.
func featureMarks() *cueIndex {
	featIndexOnce.Do(func() {
		featIndex = newCueIndex(futureStarts, pastMarks, problemMarks, newsMarks)
	})
	return featIndex
}

func paragraphFeatures(text string, words []string) []paraFeature {
	return paragraphFeaturesOf(text, featureMarks().scan(text))
}

// paragraphFeaturesOf is paragraphFeatures given the hits of featureMarks
// in text (the same sets, in the same order).
func paragraphFeaturesOf(text string, hits [][][2]int) []paraFeature {
	var out []paraFeature
	var next [4]int // per mark set, the first hit not yet passed
	start := 0
	nums := 0
	runIn := runInEnd(text)
	if runIn > 0 {
		out = append(out, paraFeature{"#RUNIN", 0})
	}
	for start < len(text) {
		end := sentenceEnd(text, start)
		s := text[start:end]
		at := start
		// skip the hits before this sentence, note the first inside it
		var first [4]int
		for k := range next {
			for next[k] < len(hits[k]) && hits[k][next[k]][0] < start {
				next[k]++
			}
			first[k] = -1
			if next[k] < len(hits[k]) && hits[k][next[k]][0] < end {
				first[k] = hits[k][next[k]][0]
			}
		}
		lead := start + (len(s) - len(strings.TrimLeft(s, " \t“\"（(")))
		if first[0] >= 0 && end > runIn {
			for _, h := range hits[0][next[0]:] {
				if h[0] > lead {
					break
				}
				if h[0] == lead {
					out = append(out, paraFeature{"#START:" + text[h[0]:h[1]], at}, paraFeature{"#FUT", at})
					break
				}
			}
		}
		for k, name := range [...]string{1: "#PAST", 2: "#PROB", 3: "#NEWS"} {
			if k > 0 && first[k] >= 0 {
				out = append(out, paraFeature{name, at})
			}
		}
		nums += countDigitRuns(s)
		start = end
	}
	// a quotation of ten characters or more, at its opening mark
	if i := strings.Index(text, "“"); i >= 0 {
		if j := strings.Index(text[i:], "”"); j > 3*10 {
			out = append(out, paraFeature{"#QUOTE", i})
		}
	}
	switch {
	case nums >= 3:
		out = append(out, paraFeature{"#NUMS:3", 0})
	case nums >= 1:
		out = append(out, paraFeature{"#NUMS:1", 0})
	}
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") {
		out = append(out, paraFeature{"#COLON", len(t) - 1})
	}
	if len(t) >= 5 && t[0] >= '1' && t[0] <= '2' && strings.HasPrefix(t[4:], "年") {
		out = append(out, paraFeature{"#YEARLEAD", 0})
	}
	if n := runesUpTo(t, 40); n < 40 {
		out = append(out, paraFeature{"#SHORT", 0})
	}
	return out
}

// sentenceEnd returns the byte offset just past the sentence that starts
// at start (after 。；！？ ; ! ?), or len(text).
func sentenceEnd(text string, start int) int {
	for i := start; i < len(text); i++ {
		if !markLead[text[i]] {
			continue
		}
		if n := sentenceMarkAt(text, i); n > 0 {
			return i + n
		}
	}
	return len(text)
}

func countDigitRuns(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		// by bytes: the first bytes of ０-９ (EF BC 90-99) and × (C3 97)
		// never continue another character, and ASCII digits stand alone
		b := s[i]
		d := b >= '0' && b <= '9'
		switch {
		case b == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99:
			d = true
			i += 2
		case b == 0xC3 && i+1 < len(s) && s[i+1] == 0x97:
			d = true
			i++
		}
		if d && !in {
			n++
		}
		in = d
	}
	return n
}

// perfective finds verbs marked as done: a word of two or more Chinese
// characters followed by 了 as a word of its own (建立了, 实施了; gojieba
// keeps 为了, 除了 and 了解 whole). One #PERF per sentence, at the 了.
func perfective(text string, words []string) []paraFeature {
	var out []paraFeature
	off, sentEnd := 0, -1
	prev := ""
	for _, w := range words {
		if !strings.HasPrefix(text[off:], w) {
			break
		}
		if w == "了" && utf8.RuneCountInString(prev) >= 2 && off >= sentEnd {
			r, _ := utf8.DecodeRuneInString(prev)
			if r >= 0x4E00 && r <= 0x9FFF {
				out = append(out, paraFeature{"#PERF", off})
				sentEnd = sentenceEnd(text, off)
			}
		}
		prev = w
		off += len(w)
	}
	return out
}
