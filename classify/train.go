package classify

import (
	"embed"
	"path"
	"sort"
	"strings"

	"huibao/segment"
)

//go:embed corpus/*.txt
var corpusFS embed.FS

// Corpus returns the training reports written for this project
// (classify/corpus), one paragraph per line, by file name.
func Corpus() map[string][]Input {
	out := map[string][]Input{}
	ents, _ := corpusFS.ReadDir("corpus")
	for _, e := range ents {
		b, err := corpusFS.ReadFile(path.Join("corpus", e.Name()))
		if err != nil {
			continue
		}
		out[e.Name()] = Lines(string(b))
	}
	return out
}

// Lines turns text with one paragraph per line into inputs, dropping
// empty lines.
func Lines(text string) []Input {
	var in []Input
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			in = append(in, Input{Text: l})
		}
	}
	return in
}

// DistantLabels labels the body paragraphs of one report by distant
// supervision: the category its headings name for the section, overridden
// by the strong content cues (我们也清醒地看到… → problem; 建议… → plan;
// 现将…汇报如下 → other). Paragraphs with neither get "" and are not used for training.
func DistantLabels(paras []Input) []string {
	rs := structure(paras)
	_, secCat := outlineOf(paras, rs, false)
	labels := make([]string, len(paras))
	for i := range paras {
		if rs[i].Role != RoleBody {
			continue
		}
		t := strings.TrimSpace(paras[i].Text)
		switch {
		case strongProblem.find(t) != nil:
			labels[i] = Problem
		case strongPlan.find(t) != nil:
			labels[i] = Plan
		case contentCues[3].re.find(t) != nil || reNowReport.find(t) != nil:
			labels[i] = Other
		default:
			labels[i] = secCat[i]
		}
	}
	return labels
}

// Examples tokenizes the distantly labelled paragraphs of a report.
func Examples(seg *segment.Segmenter, doc string, paras []Input) []Example {
	var out []Example
	for i, l := range DistantLabels(paras) {
		if l == "" {
			continue
		}
		t := strings.TrimSpace(paras[i].Text)
		var words []string
		if seg != nil {
			// the model learns from what it will read: the paragraph's lead
			words = seg.Cut(leadOf(t, MaxModelRunes))
		}
		toks := append(featuresOf(words), ParagraphFeatures(t, words)...)
		out = append(out, Example{Doc: doc, Category: l, Tokens: toks})
	}
	return out
}

// TrainingSet gathers examples from the project's own corpus and from the
// given reports (name → paragraphs), sorted by document name.
func TrainingSet(seg *segment.Segmenter, reports map[string][]Input) []Example {
	all := map[string][]Input{}
	for k, v := range Corpus() {
		all["corpus/"+k] = v
	}
	for k, v := range reports {
		all[k] = v
	}
	names := make([]string, 0, len(all))
	for k := range all {
		names = append(names, k)
	}
	sort.Strings(names)
	var out []Example
	for _, n := range names {
		out = append(out, Examples(seg, n, all[n])...)
	}
	return out
}

// MinDocs is how many training documents must use a token before the
// model keeps it.
const MinDocs = 2

// TrainDefault fits the kind of model the project ships: a logistic
// regression with DefaultLogistic settings and MinDocs.
func TrainDefault(examples []Example) *Model {
	if trainHook != nil {
		return trainHook(examples)
	}
	return TrainLogistic(examples, MinDocs, DefaultLogistic)
}

// trainHook replaces TrainDefault in tests that compare trainers.
var trainHook func([]Example) *Model
