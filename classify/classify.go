// Package classify builds the section structure of a report and labels each
// paragraph achievement (成效), problem (问题), plan (计划) or other.
package classify

import (
	"strings"

	"huibao/outline"
)

// Categories.
const (
	Achievement = "achievement"
	Problem     = "problem"
	Plan        = "plan"
	Other       = "other"
)

// Input is one paragraph as extraction delivers it.
type Input struct {
	Text    string
	Heading bool // marked as a heading by the file's styles
	Level   int  // heading level from the file's styles, 0 when unknown
}

// Sentence is one sentence of a paragraph with its own category.
type Sentence struct {
	Text     string `json:"text"`
	Category string `json:"category"`
}

// Result is what classification says about one paragraph.
type Result struct {
	Heading    bool       // a heading, by style or by numbering
	Level      int        // heading level, 0 for body text
	Role       string     // title, occasion, speaker, salutation, heading, body
	Section    string     // text of the nearest enclosing heading, "" before the first
	Category   string     // one of the four categories
	Confidence float64    // 0..1
	Evidence   []string   // what decided the category, e.g. "heading:存在问题"
	Sentences  []Sentence // per-sentence labels for mixed paragraphs, else nil
}

// Classify labels every paragraph of one report.
func Classify(paras []Input) []Result {
	out := make([]Result, len(paras))
	sectionCat, section := "", ""
	for i, p := range paras {
		r := &out[i]
		heading := p.Heading || outline.IsHeading(p.Text)
		if heading {
			r.Heading, r.Level, r.Role = true, p.Level, "heading"
			if m, ok := outline.Parse(p.Text); ok && r.Level == 0 {
				r.Level = m.Level
			}
			if c := headingCategory(p.Text); c != "" {
				sectionCat = c
				r.Evidence = append(r.Evidence, "heading:"+p.Text)
			}
			if r.Level <= 1 {
				section = p.Text
			}
		} else {
			r.Role = "body"
		}
		r.Section = section
		switch {
		case sectionCat != "":
			r.Category, r.Confidence = sectionCat, 0.8
		default:
			r.Category, r.Confidence = Other, 0.5
		}
	}
	return out
}

var headingCues = []struct {
	cat  string
	cues []string
}{
	{Problem, []string{"存在问题", "存在的问题", "困难和问题", "问题和不足", "困难和不足", "不足", "短板"}},
	{Plan, []string{"下步", "下一步", "计划", "打算", "工作思路", "工作安排", "工作重点", "目标任务"}},
	{Achievement, []string{"成效", "工作回顾", "主要做法", "取得的成绩", "工作开展情况", "完成情况", "主要工作"}},
}

func headingCategory(s string) string {
	for _, h := range headingCues {
		for _, c := range h.cues {
			if strings.Contains(s, c) {
				return h.cat
			}
		}
	}
	return ""
}
