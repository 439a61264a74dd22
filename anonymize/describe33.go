package anonymize

// This file holds describe33: ordinary descriptive stems before a kind
// word. A stem that describes what the kind is — the terrain it grows or
// lies in (高山蔬菜: highland vegetables; 深山 …) or the emblem a programme
// is named by (石榴籽家园: the pomegranate seeds that stand for the unity
// of the nationalities) — names no place, though the gazetteer holds a
// village of that name. Two readers took such stems: keep30's trim of a
// body's kind before a place (农业农村委|高山, where 高山 stayed a place
// and was masked in 高山蔬菜 everywhere) and sites13's gazetteer stems
// (石榴籽|家园).

// emblemStems33 are the emblem and slogan words that name a kind of
// programme, service point or home rather than a place (石榴籽家园,
// 同心家园, 连心桥).
var emblemStems33 = wordSet(`石榴籽 石榴花 红石榴 同心 连心 暖心 爱心 贴心 齐心 同心圆`)

// settlementNext33 after a stem make it a settlement's name (高山村,
// 高山镇): the stem then names the place.
var settlementNext33 = runeBitsOf("村镇乡县市区街屯寨组社")

// descriptiveStem33 reports whether stem is an ordinary descriptive stem
// (a landform of landform15, 高山 or 中山 of landformAmbiguous15, or an
// emblem of emblemStems33) whose next character, the first of after, is
// no settlement's suffix (高山|蔬菜 yes, 高山|村 no); an empty after
// (sites13, which asks of the stem alone) does not refuse it. keep30's
// trim of a body's kind and sites13's gazetteer stems ask it.
func descriptiveStem33(stem, after string) bool {
	if !(landform15[stem] || landformAmbiguous15[stem] || emblemStems33[stem]) {
		return false
	}
	r, _ := firstRune(after) // (0 for an empty after: no suffix)
	return !settlementNext33.has(r)
}
