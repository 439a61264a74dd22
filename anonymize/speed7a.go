package anonymize

import "strings"

// Round speed7a: the person pipeline (findPersons and what it calls) does
// the same work with less of it: evidence kept as flags until a candidate
// is kept, per-text tables computed once and shared by the rules.

// personEv is the evidence scorePerson finds for one candidate span, as
// flags in the order scorePerson notes them, with the role word before
// and the title after the span: String joins it into the evidence text
// only for the candidates that are kept.
type personEv struct {
	flags       uint16
	role, title string // the words of evRoleBefore and evTitleAfter
}

// The evidence flags of personEv, in the order of their texts.
const (
	evNameShaped uint16 = 1 << iota
	evCommonWord
	evJiebaNR
	evUnknownWord
	evListItem
	evRoleBefore
	evSpeaker
	evTitleAfter
	evWordHead
	evGivenIsWord1
	evRunOn
	evGivenIsWord2
	evNRSurname
)

// evTexts are the texts of the flags without a word.
var evTexts = [...]string{"name-shaped-word", "common-word", "jieba:nr", "unknown-word", "list-item", "role-before:", "speaker", "title-after:", "word+head", "given-is-word", "run-on", "given-is-word", "jieba:nr-surname"}

// String returns the evidence as scorePerson reports it:
// "surname+given" and the texts of the flags, joined by commas.
func (ev personEv) String() string {
	if ev.flags == 0 {
		return "surname+given"
	}
	var b strings.Builder
	b.Grow(64)
	b.WriteString("surname+given")
	for k, t := range evTexts {
		if ev.flags&(1<<k) == 0 {
			continue
		}
		b.WriteByte(',')
		b.WriteString(t)
		switch uint16(1) << k {
		case evRoleBefore:
			b.WriteString(ev.role)
		case evTitleAfter:
			b.WriteString(ev.title)
		}
	}
	return b.String()
}
