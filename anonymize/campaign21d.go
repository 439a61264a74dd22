package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file holds round keep21d: campaign and opening words read as places.
//
// Class: a verb–object compound of two characters whose first character is
// an action verb and whose second is the thing acted on (清|河 "clean the
// rivers", 护|林, 兴|村, 开|港 "open the port", 开|园) names a campaign
// before 行动 (开展清河行动, 实施兴村行动) or an opening before 运营
// (正式开港运营, 开园运营). gojieba tags several of them ns (清河, 清湖,
// 开港, 开园) and the village pattern reads 兴村 as a village, so the
// campaign's or the opening's name is masked as a place. Only a weak
// reading is dropped: gojieba's ns or a bare kind pattern with a one-verb
// stem; a place of the gazetteer (清河县, 开江, 兴县) keeps its reading,
// and so does the short form of a place the document names in full (清河
// where 清河县 is found too).
//
// campaign21d runs right after keep37 (anonymize.go).

// campaignVerbs21d open a verb–object compound of two characters: clean,
// guard, revive, strengthen, open, clear the way, green, enrich …
var campaignVerbs21d = runeBitsOf("清净护治兴强开畅保美绿富扩通洁靓守巡整优活助稳")

// campaignHeads21d follow such a compound when it names a campaign (行动,
// 专项行动, 攻坚) or an opening (运营, 试运营, 营业, 投运, 投产).
var campaignHeads21d = []string{"行动", "专项", "攻坚", "运营", "试运营", "营业", "投运", "投产"}

// campaign21d drops the places read from such a compound before a
// campaign's or an opening's head word.
// The document reads a compound one way: once it stands before such a head
// (正式开港运营), its other weak readings go too (a title's 二期开港, 开港
// 仪式).
func campaign21d(tt *tokText, fs []Finding, texts []string) []Finding {
	if tt == nil {
		return fs
	}
	var words []string
	for _, f := range fs {
		if f.Start >= 0 && f.End <= len(tt.text) && f.Start < f.End && campaignWord21d(texts, f) {
			words = append(words, f.Text)
		}
	}
	if len(words) == 0 {
		return fs
	}
	return keepEach33(tt, fs, func(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
		if f.Type != LOCATION || !weakCampaign21d(f) {
			return f, false
		}
		return f, slices.Contains(words, f.Text)
	})
}

// beforeCampaignHead21d reports whether w stands before a campaign's or an
// opening's head word somewhere in text.
func beforeCampaignHead21d(text, w string) bool {
	return followedBy21d(text, w, func(rest string) bool { return firstPrefix(rest, campaignHeads21d) != "" })
}

// followedBy21d reports whether some occurrence of w in text is followed
// by a rest that after accepts.
func followedBy21d(text, w string, after func(rest string) bool) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		i += j + len(w)
		if after(text[i:]) {
			return true
		}
	}
}

// weakCampaign21d reports a weak reading of a place: gojieba's ns or a bare
// kind pattern.
func weakCampaign21d(f Finding) bool {
	return f.Evidence == "jieba:ns" || strings.HasPrefix(f.Evidence, "pattern:")
}

// campaignWord21d reports a weak place of two characters, an action verb
// and its object, before a campaign's or an opening's head word, that is
// not the short form of a place the document names in full (清河县); the
// head may follow another paragraph's occurrence of the compound (开港仪式
// … 正式开港运营), since the document masks a string everywhere or
// nowhere.
func campaignWord21d(texts []string, f Finding) bool {
	if f.Type != LOCATION || utf8.RuneCountInString(f.Text) != 2 {
		return false
	}
	if v, _ := utf8.DecodeRuneInString(f.Text); !campaignVerbs21d.has(v) {
		return false
	}
	if !weakCampaign21d(f) {
		return false
	}
	head := false
	for _, text := range texts {
		if placeAfter21d(text, f.Text) {
			return false // (清河县 … 清河行动: the county's short form)
		}
		head = head || beforeCampaignHead21d(text, f.Text)
	}
	return head
}

// placeLevels21d are the kinds that make a place of a compound read in full
// (清河|县, 开港|镇).
var placeLevels21d = runeBitsOf("省市县区旗州盟镇乡村屯寨街")

// placeAfter21d reports whether w stands somewhere in text before a place's
// level or kind, a place named in full.
func placeAfter21d(text, w string) bool {
	return followedBy21d(text, w, func(rest string) bool {
		r, _ := utf8.DecodeRuneInString(rest)
		return placeLevels21d.has(r)
	})
}
