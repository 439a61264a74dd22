package anonymize

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

//go:embed data/places.txt.gz data/villages.txt.gz data/chars.txt.gz data/surnames.txt data/common.txt.gz
var dataFS embed.FS

// lexicon holds the embedded resources, loaded once per process.
type lexicon struct {
	surname                map[rune]float64  // single-character surname → log prior
	compound               map[string]bool   // two-character surnames
	compoundFirst          runeBits          // their first characters (isCompound)
	given                  map[rune]float64  // log ratio: given-name character vs ordinary text
	first                  map[rune]float64  // how often a character starts a name (log ratio)
	translit               map[rune]float64  // log ratio: transliterated-name character vs ordinary text
	translitN              map[rune]float64  // how many transliterated names a character occurs in
	places                 map[string]int    // full administrative name → level (1 province … 4 town)
	short                  map[string]string // short form (西和) → full form (西和县)
	shortAll               map[string]bool   // every short form, ordinary words too (水口), for places in context
	maxPlace               int               // longest place name, in bytes
	common                 map[string]bool   // frequent ordinary words of two or three characters
	commonTown             map[string]bool   // common plus place words of middling frequency (江河), for town short forms
	rare                   map[rune]bool     // characters seldom seen in dictionary words (瀍)
	known                  map[rune]bool     // characters with statistics
	placeFirst, placeLast  runeBits          // first and last characters of place names
	placeFirstHan          runeBits          // the Han characters of placeFirst (placeStart)
	placeLens              []uint32          // first character (BMP) → bit n set when a place name of n characters starts with it
	placePairs             []uint64          // one-hash Bloom filter of the place names' first two characters (placePairHash)
	shortPairs             []uint64          // the same for the short forms in short
	shortFirst             runeBits          // first characters of short forms
	placeNames, shortNames *stringFilter     // every key of places, of short
	surnameBits            runeBits          // the keys of surname below U+10000
}

// isSurname reports whether r is a single-character surname (a key of
// surname), with a bit test below U+10000 instead of a map lookup.
func (l *lexicon) isSurname(r rune) bool {
	if uint32(r) < 1<<16 {
		return l.surnameBits[r>>6]&(1<<(uint(r)&63)) != 0
	}
	_, ok := l.surname[r]
	return ok
}

// stringFilter is a Bloom filter of a set of strings (two probes into 2^20
// bits from one hash): a string it does not hold is surely not in the set,
// which spares the map lookups of most candidate spans.
type stringFilter struct {
	seed uint64 // (wordHash, speed12.go)
	bits []uint64
}

const stringFilterBits = 1 << 20

// filterSeeds numbers the filters, each hashing with a seed of its own.
var filterSeeds atomic.Uint64

func newStringFilter() *stringFilter {
	return &stringFilter{seed: filterSeeds.Add(0x9E3779B97F4A7C15), bits: make([]uint64, stringFilterBits/64)}
}

func (f *stringFilter) add(s string) {
	h := wordHash(f.seed, s)
	for _, p := range [2]uint64{h % stringFilterBits, h >> 32 % stringFilterBits} {
		f.bits[p>>6] |= 1 << (p & 63)
	}
}

// mayHave reports false when s is surely not in the set.
func (f *stringFilter) mayHave(s string) bool {
	h := wordHash(f.seed, s)
	p, q := h%stringFilterBits, h>>32%stringFilterBits
	return f.bits[p>>6]&(1<<(p&63)) != 0 && f.bits[q>>6]&(1<<(q&63)) != 0
}

// place returns places[s], asking the filter first.
func (l *lexicon) place(s string) (int, bool) {
	if !l.placeNames.mayHave(s) {
		return 0, false
	}
	lv, ok := l.places[s]
	return lv, ok
}

// shortOf returns short[s], asking the filter first.
func (l *lexicon) shortOf(s string) (string, bool) {
	if !l.shortNames.mayHave(s) {
		return "", false
	}
	full, ok := l.short[s]
	return full, ok
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// getLexicon loads the embedded lexicon on first use.
func getLexicon() *lexicon {
	if l := lexLoaded.Load(); l != nil {
		return l // (speed10.go: small enough to be inlined where it is asked)
	}
	return loadLexiconOnce()
}

func readGz(name string) []byte {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic("anonymize: missing embedded " + name)
	}
	if !strings.HasSuffix(name, ".gz") {
		return b
	}
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		panic("anonymize: corrupt embedded " + name)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		panic("anonymize: corrupt embedded " + name)
	}
	return out
}

func loadLexicon() *lexicon {
	l := &lexicon{
		surname: map[rune]float64{}, compound: map[string]bool{},
		given: map[rune]float64{}, first: map[rune]float64{}, translit: map[rune]float64{}, translitN: map[rune]float64{},
		places: map[string]int{}, short: map[string]string{}, shortAll: map[string]bool{}, placeLens: make([]uint32, 1<<16), placePairs: make([]uint64, placePairBits/64), shortPairs: make([]uint64, placePairBits/64), common: map[string]bool{}, commonTown: map[string]bool{}, rare: map[rune]bool{}, known: map[rune]bool{},
	}
	for _, line := range strings.Split(string(readGz("data/common.txt.gz")), "\n") {
		w, flag, _ := strings.Cut(line, "\t")
		switch {
		case w == "":
		case flag == "ns":
			l.commonTown[w] = true
		default:
			l.common[w] = true
			l.commonTown[w] = true
		}
	}
	// Surnames: tiers become log priors.
	sc := bufio.NewScanner(bytes.NewReader(readGz("data/surnames.txt")))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		prior := map[string]float64{"1": 0, "2": -1.5}[f[0]]
		for _, s := range f[1:] {
			if f[0] == "compound" {
				l.compound[s] = true
				l.compoundFirst.set(firstRuneOf(s))
				continue
			}
			r, _ := utf8.DecodeRuneInString(s)
			if _, ok := l.surname[r]; !ok {
				l.surname[r] = prior
			}
		}
	}
	// Hui and other minority surnames the table lacks (纳国栋, 喇建平), as
	// rare ones; characters that are frequent words alone (和, 木, 铁) are
	// left out.
	for _, r := range minoritySurnames {
		if _, ok := l.surname[r]; !ok {
			l.surname[r] = -1.5
		}
	}
	for r := range l.surname {
		l.surnameBits.set(r)
	}
	// Character statistics: given, first, transliteration and general counts.
	rows, tot := charCounts(string(readGz("data/chars.txt.gz")))
	tg, tf, tt, tgen := tot[0], tot[1], tot[2], tot[3]
	for r, w := range rows {
		given, first, translit, general := w[0], w[1], w[2], w[3]
		gen := math.Log((general + 50) / tgen)
		l.given[r] = math.Log((given+0.5)/tg) - gen
		l.first[r] = math.Log((first+0.5)/tf) - gen
		l.translit[r] = math.Log((translit+0.5)/tt) - gen
		l.translitN[r] = translit
		if general < 2000 {
			l.rare[r] = true
		}
		l.known[r] = true
	}
	// Places.
	sc = bufio.NewScanner(bytes.NewReader(readGz("data/places.txt.gz")))
	for sc.Scan() {
		lv, name, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		level, _ := strconv.Atoi(lv)
		l.places[name] = level
		rs := []rune(name)
		l.placeFirst.set(rs[0])
		l.placeLast.set(rs[len(rs)-1])
		if len(rs) < 32 && rs[0] < 1<<16 {
			l.placeLens[rs[0]] |= 1 << uint(len(rs))
		}
		if len(rs) >= 2 {
			h := placePairHash(rs[0], rs[1])
			l.placePairs[h>>6] |= 1 << (h & 63)
		}
		if len(name) > l.maxPlace {
			l.maxPlace = len(name)
		}
	}
	for name := range l.places {
		if s := shortPlace(name); s != "" && s != name {
			l.shortAll[s] = true
		}
		if s := shortPlace(name); s != "" && s != name && (l.places[name] <= 2 || l.places[name] == 3 && !l.common[s] || !l.commonTown[s]) {
			if _, full := l.places[s]; !full {
				// the higher level wins; between equals the first name in
				// byte order, so the audit's evidence is the same every run
				if old, ok := l.short[s]; !ok || l.places[name] < l.places[old] || l.places[name] == l.places[old] && name < old {
					l.short[s] = name
				}
				r, _ := utf8.DecodeRuneInString(s)
				l.shortFirst.set(r)
			}
		}
	}
	l.placeNames, l.shortNames = newStringFilter(), newStringFilter()
	for s := range l.places {
		l.placeNames.add(s)
	}
	for s := range l.short {
		l.shortNames.add(s)
		if r0, w := utf8.DecodeRuneInString(s); w < len(s) {
			r1, _ := utf8.DecodeRuneInString(s[w:])
			h := placePairHash(r0, r1)
			l.shortPairs[h>>6] |= 1 << (h & 63)
		}
	}
	for i := range l.placeFirstHan {
		l.placeFirstHan[i] = l.placeFirst[i] & hanBits[i] // (hanBits reaches far above the plane)
	}
	return l
}

// placeSuffixes are removed, longest first, to get a place's short form
// (西和县 → 西和, 广西壮族自治区 → 广西).
var placeSuffixes = []string{
	"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "自治旗",
	"林区", "矿区", "新区", "开发区", "街道办事处", "街道", "地区", "苏木", "民族乡", "族乡",
	"省", "市", "县", "区", "镇", "乡", "盟", "旗",
}

// shortPlace returns the short form of an administrative name, or "" when
// it has none of at least two characters.
func shortPlace(name string) string {
	last, _ := utf8.DecodeLastRuneInString(name)
	return shortPlaceOf(name, placeSuffixesByLast[last]) // (speed12.go: the suffixes ending in last, in placeSuffixes' order)
}

// shortPlaceOf is shortPlace trying the suffixes sufs in order: the first
// that name ends in decides.
func shortPlaceOf(name string, sufs []string) string {
	for _, suf := range sufs {
		if strings.HasSuffix(name, suf) {
			s := strings.TrimSuffix(name, suf)
			// strip an ethnic qualifier: 长阳土家族自治县 → 长阳
			if i := strings.Index(s, "族"); i > 0 && strings.HasSuffix(suf, "自治县") {
				rs := []rune(s[:i])
				if len(rs) > 2 {
					s = string(rs[:2])
				}
			} else if i > 0 && (suf == "自治州" || suf == "自治旗") {
				// a prefecture's name runs up to its first people
				// (湘西|土家族苗族, 黔东南|苗族侗族, 西双版纳|傣族)
				s = beforeEthnicGroup(s)
			} else if suf == "族乡" {
				// an ethnic township's name, likewise, the suffix having
				// taken its last people's 族 (户撒|阿昌族乡, 鸡场|苗族彝族布依族乡):
				// a people found starts inside s
				if t := beforeEthnicGroup(s + "族"); len(t) <= len(s) {
					s = t
				}
			} else if suf == "镇" && i > 0 {
				// an ethnic town's name, likewise (红星|回族镇)
				s = beforeEthnicGroup(s)
			}
			if utf8.RuneCountInString(s) >= 2 {
				return s
			}
			return ""
		}
	}
	return ""
}

// minoritySurnames are Hui and other minority surnames (纳, 喇, 撒, 妥, 沐,
// 拜, 锁, 脱, 朵, 敏, 尕) added to the surname table at load.
var minoritySurnames = []rune("纳喇撒妥沐拜锁脱朵敏尕")

// ethnicGroups are the peoples named in autonomous prefectures and
// banners, longest first.
var ethnicGroups = func() []string {
	gs := strings.Fields(`柯尔克孜族 乌孜别克族 维吾尔族 哈萨克族 达斡尔族 鄂温克族 鄂伦春族 俄罗斯族 塔吉克族 塔塔尔族 蒙古族 布依族 朝鲜族 土家族 哈尼族 傈僳族 拉祜族 东乡族 纳西族 景颇族 仫佬族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 德昂族 保安族 裕固族 独龙族 赫哲族 门巴族 珞巴族 基诺族 高山族 回族 藏族 苗族 彝族 壮族 满族 侗族 瑶族 白族 傣族 黎族 佤族 畲族 水族 土族 怒族 京族 羌族`)
	sort.SliceStable(gs, func(i, j int) bool { return len(gs[i]) > len(gs[j]) })
	return gs
}()

// beforeEthnicGroup returns a prefecture's or banner's name without the
// peoples it names (湘西土家族苗族 → 湘西), when two characters at least
// stand before the first of them.
func beforeEthnicGroup(s string) string {
	best := firstEthnicGroup16(s) // (speed16a.go)
	if best < 0 {
		return s
	}
	return s[:best]
}

// isRare reports characters seldom seen in dictionary words (瀍), including
// those the statistics do not list at all.
func (l *lexicon) isRare(r rune) bool { return l.rare[r] || !l.known[r] && isHan(r) }

// runeBits is a set of characters of the Basic Multilingual Plane, faster
// than a map on the hot paths.
type runeBits [1 << 16 / 64]uint64

// runeBitsOf returns the set of the characters of s.
func runeBitsOf(s string) (b runeBits) {
	for _, r := range s {
		b.set(r)
	}
	return
}

func (b *runeBits) set(r rune) {
	if r >= 0 && r < 1<<16 {
		b[r>>6] |= 1 << (uint(r) & 63)
	}
}

func (b *runeBits) has(r rune) bool {
	return uint32(r) < 1<<16 && b[uint32(r)>>6]&(1<<(uint32(r)&63)) != 0 // (a negative r is a large uint32)
}

// runeSetBits is the union of character sets (runeSet maps) as a bit
// set for the Basic Multilingual Plane, the maps themselves above it: the
// same answers as asking each map, for one bit test on the hot paths.
type runeSetBits struct {
	bits runeBits
	maps []map[rune]bool
}

// bitsOfSets returns the union of the sets as a runeSetBits. The maps must
// not change afterwards.
func bitsOfSets(ms ...map[rune]bool) *runeSetBits {
	b := &runeSetBits{maps: ms}
	for _, m := range ms {
		for r, ok := range m {
			if ok {
				b.bits.set(r)
			}
		}
	}
	return b
}

func (b *runeSetBits) has(r rune) bool {
	if uint32(r) < 1<<16 {
		return b.bits[r>>6]&(1<<(uint(r)&63)) != 0
	}
	for _, m := range b.maps {
		if m[r] {
			return true
		}
	}
	return false
}

// Bit-set forms of the stop sets the recognizers ask at most characters.
var (
	givenStopBits   = bitsOfSets(givenStop)
	nameStopBits    = bitsOfSets(givenStop, functionRunes)              // givenStop or functionRunes
	listStopBits    = bitsOfSets(givenStop, functionRunes, orgLeftStop) // and orgLeftStop
	placeSuffixBits = bitsOfSets(placeSuffixRunes)
	orgLeftStopBits = bitsOfSets(orgLeftStop)
)

// villageList is the sorted list of village and community name stems
// (王家, 梓源) from the gazetteer, one blob with line offsets: 256k names
// in about 3 MB, searched by binary search.
type villageList struct {
	blob string
	off  []int32 // start of each name in blob; names end at the next '\n'
	// pairs is a one-hash Bloom filter of the names' first two
	// characters, which spares most lookups.
	pairs []uint64
	index *villageIndex // the names hashed (speed12.go)
}

const villagePairBits = 1 << 21

// placePairBits is the size of the place names' pair filter: small enough
// to stay in the CPU cache, which the place scan asks at every character.
const placePairBits = 1 << 18

func placePairHash(a, b rune) uint32 {
	return (uint32(a)*2654435761 ^ uint32(b)*40503) % placePairBits
}

// hasShortPair reports whether a short form of two characters or more may
// begin with a, b.
func (l *lexicon) hasShortPair(a, b rune) bool {
	h := placePairHash(a, b)
	return l.shortPairs[h>>6]&(1<<(h&63)) != 0
}

// hasPlacePair reports whether a place name may begin with a, b.
func (l *lexicon) hasPlacePair(a, b rune) bool {
	h := placePairHash(a, b)
	return l.placePairs[h>>6]&(1<<(h&63)) != 0
}

func pairHash(a, b rune) uint32 {
	return (uint32(a)*2654435761 ^ uint32(b)*40503) % villagePairBits
}

var (
	villagesOnce sync.Once
	villages     *villageList
)

// getVillages loads the village stems on first use.
func getVillages() *villageList {
	villagesOnce.Do(func() {
		b := readGz("data/villages.txt.gz")
		v := &villageList{blob: string(b), off: make([]int32, 0, bytes.Count(b, []byte{'\n'})+1), pairs: make([]uint64, villagePairBits/64)}
		for i := 0; i < len(b); {
			v.off = append(v.off, int32(i))
			r0, n0 := utf8.DecodeRune(b[i:])
			r1, _ := utf8.DecodeRune(b[i+n0:])
			h := pairHash(r0, r1)
			v.pairs[h>>6] |= 1 << (h & 63)
			j := bytes.IndexByte(b[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
		}
		v.index = buildVillageIndex(v)
		villages = v
	})
	return villages
}

func (v *villageList) name(i int) string {
	s := v.blob[v.off[i]:]
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		return s[:j]
	}
	return s
}

// has reports whether w is the stem of a village or community name.
func (v *villageList) has(w string) bool {
	r0, n0 := utf8.DecodeRuneInString(w)
	r1, _ := utf8.DecodeRuneInString(w[n0:])
	if h := pairHash(r0, r1); v.pairs[h>>6]&(1<<(h&63)) == 0 {
		return false
	}
	return v.index.has(v, w)
}

// charCounts reads a per-character count table: one line per character,
// the character and four tab-separated counts. It returns the counts by
// character and the column totals.
func charCounts(text string) (map[rune][4]float64, [4]float64) {
	rows := map[rune][4]float64{}
	var tot [4]float64
	for _, line := range strings.Split(text, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f[0])
		var v [4]float64
		for i := range v {
			v[i], _ = strconv.ParseFloat(f[i+1], 64)
			tot[i] += v[i]
		}
		rows[r] = v
	}
	return rows, tot
}
