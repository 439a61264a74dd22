package anonymize

import (
	"bufio"
	"compress/gzip"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestSitesAlone17: listed sites standing alone, in a list, and before a
// follow or kind word are masked: a tomb, a fort, a valley and heritage
// sites with no kind word (藏王墓, 定远营, 雅砻, 鸡鸣驿, 张壁古堡), a tea town
// (羊楼洞), grasslands (美仁草原), reserves by their stem (唐家河), a
// temple read as a person's name (屈子祠).
func TestSitesAlone17(t *testing.T) {
	got := maskedText(t, []string{
		"藏王墓、青瓦达孜和雍布拉康的文物保护全面加强。",
		"定远营古城改造完成，鸡鸣驿、张壁古堡一带游客明显增多。",
		"雅砻的青稞种植面积扩大到三万亩。",
		"羊楼洞的砖茶产业园新入驻企业六家。",
		"美仁草原、甘加草原的草畜平衡全面落实。",
		"深化与佛坪、唐家河的大熊猫保护协作。",
		"我们扎实推进屈子祠和张谷英村的修缮工作。",
	})
	checkMasked(t, got, []string{"藏王墓", "青瓦达孜", "雍布拉康", "定远营", "鸡鸣驿", "张壁", "雅砻", "羊楼洞", "美仁", "甘加", "佛坪", "唐家河", "屈子祠", "张谷英"},
		[]string{"文物保护全面加强", "古城改造", "一带游客", "青稞种植面积", "砖茶产业园", "草畜平衡", "大熊猫保护协作", "修缮工作"})
}

// TestSitesStoppedKind17: a stopped ordinary-word name before a kind word
// that makes it a name is masked (殷墟|遗址 read as a kind of ruin, 同里|
// 古镇, 火焰山|景区, 草海|湿地), the kind word kept; alone it stays
// readable (吃住在坝上, 心中的桃花源, 草海 of features15).
func TestSitesStoppedKind17(t *testing.T) {
	got := maskedText(t, []string{
		"冰雪乡村游持续火热，殷墟遗址考古发掘有新进展，同里古镇和火焰山景区接待游客分别增长两成。",
		"草海湿地的候鸟数量再创新高。",
	})
	checkMasked(t, got, []string{"殷墟", "同里", "火焰山", "草海"}, []string{"遗址", "古镇", "景区", "湿地的候鸟"})
	got = maskedText(t, []string{"县委书记吃住在坝上，打造人们心中的桃花源，风吹草低，绿草如海。"})
	checkMasked(t, got, nil, []string{"吃住在坝上", "心中的桃花源"})
}

// TestSitesSpirit17: national parks and national spirits stay policy
// terms (武夷山国家公园, 西柏坡精神, 延安精神, 井冈山精神): their stems are
// not listed, or stand before a policy tail; a listed site in the same
// text does not drag them into the mask.
func TestSitesSpirit17(t *testing.T) {
	got := maskedText(t, []string{
		"配合武夷山国家公园建设，深入学习西柏坡精神、延安精神和井冈山精神。",
		"组织党员赴西柏坡纪念馆、红岩村开展主题党日活动。",
	})
	checkMasked(t, got, []string{"红岩村"}, []string{"国家公园建设", "西柏坡精神", "延安精神", "井冈山精神", "主题党日"})
}

// TestSiteStopThreshold17: every name of stopSites17 is listed in
// data/sites17.txt and is over the threshold of TestFeatureStopThreshold15
// (an ordinary-word tag with frequency 45 or more, or a verb), so the stop
// list holds no name that should be masked alone; the stopped names are
// kept apart for stoppedSite17, the national class of stopFeatures15 is
// not. (TestFeatureStopThreshold15 checks the names that are not stopped:
// the gazetteer holds both files.)
func TestSiteStopThreshold17(t *testing.T) {
	g := featureGazetteer15()
	if len(g.kind) < 3000 {
		t.Errorf("gazetteer holds %d names, want over 3000 with sites17", len(g.kind))
	}
	listed := map[string]bool{}
	for _, line := range strings.Split(sites17Data, "\n") {
		if f := strings.Fields(strings.SplitN(line, "#", 2)[0]); len(f) >= 2 {
			listed[f[0]] = true
		}
	}
	for w := range stopSites17 {
		if !listed[w] {
			t.Errorf("%s stopped but not listed in sites17.txt", w)
		}
		if g.stopped[w] == "" || g.kind[w] != "" {
			t.Errorf("%s not kept apart as stopped", w)
		}
	}
	for w := range nationalStops17 {
		if g.stopped[w] != "" || g.kind[w] != "" {
			t.Errorf("national stop %s in the gazetteer", w)
		}
	}
	fh, err := os.Open("../segment/dict/jieba.dict.utf8.gz")
	if err != nil {
		t.Skip("no gojieba dictionary:", err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	proper := wordSet("ns nr nz nt nrt nrfg")
	over := map[string]bool{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 || !stopSites17[f[0]] {
			continue
		}
		freq, _ := strconv.Atoi(f[1])
		if (!proper[f[2]] && freq >= 45) || f[2] == "v" || f[2] == "vn" {
			over[f[0]] = true
		}
	}
	for w := range stopSites17 {
		if !over[w] {
			t.Errorf("%s is stopped but not over the threshold; list it unstopped", w)
		}
	}
}
