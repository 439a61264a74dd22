package anonymize

import (
	"strings"
)

// This file holds round org21. Class:
//
//   - word-named social bodies (socialBodies21): a social-work body, a
//     care home, a rehabilitation centre, a volunteer team or a start-up
//     incubator named by a stem that is an ordinary word, a made-up word
//     or a place (同心圆|社工, 海韵|颐养院, 向日葵|特殊儿童康复中心,
//     甲溪|红马甲志愿服务队, 学知|创业孵化器, 工人村|科技孵化港, 繁星|众创空间).
//     The stem stands where a name may begin (a clause's start, a quote,
//     的, a place, 民办, a verb of founding) and is no generic modifier
//     (社区|社工, 专业|社工, 巾帼|志愿服务队, 市级|众创空间, 县|康复中心,
//     乡镇|颐养院). A short form X社工 whose full name X社会工作服务中心
//     stands in the same text is masked whatever its stem (邻里汇社工).
//   - named shops and malls (socialHeads21's second part, same walk): a
//     mall or shop named by a word of its own (万象|购物中心, 甲乙|商城);
//     grades, kinds and channels (网上|商城, 实体|书店, 大型|购物中心) stay
//     readable.

// socialHead21 is a kind of social body and the words of what it does
// that may stand between its stem and the kind (红马甲|志愿服务队).
type socialHead21 struct {
	head string
	mods []string
}

// socialHeads21 are the kinds of the class; mods longest first.
var socialHeads21 = []socialHead21{
	{"社工", nil},
	{"颐养院", nil},
	{"幸福院", nil},
	{"护理院", nil},
	{"康复中心", []string{"特殊儿童", "残疾儿童", "孤独症儿童", "自闭症儿童", "残障儿童", "儿童"}},
	{"志愿服务队", []string{"红马甲", "红背心", "蓝马甲", "黄马甲", "红袖标", "救援"}},
	{"孵化器", []string{"青年创业", "创业", "科技", "科创"}},
	{"孵化港", []string{"创业", "科技", "科创"}},
	{"众创空间", nil},
	// named shops and malls: a mall or a shop named by a word of its own
	// (甲乙|商城, 甲乙|购物中心, 甲乙广场|免税店, 甲乙|书店); named lodgings
	// (…民宿, …客栈) are left to org20's and late20p's rounds, which keep
	// described ones (苗家|民宿, 高山|民宿, 甲村|云上民宿)
	{"商城", nil},
	{"购物中心", nil},
	{"免税店", nil},
	{"书店", nil},
}

// tradeStemNot21 are words of a stem that make a lodging or a shop generic:
// grades, kinds and channels (精品|民宿, 甲级旅游|民宿, 网上|商城, 实体|书店).
var tradeStemNot21 = wordSet(`精品 乡村 特色 高端 中高端 星级 甲级 乙级 丙级 金宿 银宿 旅游 等级 网红 农家 城市 城区 实体 网上 电商
民俗 主题 生态 休闲 景区 古镇 古村 传统 田园 山地 海景 湖景 亲子 康养 文化 红色 研学 度假 森林 草原 牧区 渔村 山村
新华 连锁 独立 书店 商场 百货 超市 综合 品牌 官方 线下 网络 直营 加盟 县城 镇上 村里 村民 农户 闲置 改造 个体 家庭
避暑 观光 采摘 垂钓 农耕 康体 养生 温泉 滑雪 露营 赏花 观星 避寒 候鸟 养老 耕读 非遗 书香`)

// socialStemNot21 are words of a stem that make the body generic: levels,
// scopes, who is served or who serves, and qualities (社区|社工,
// 持证|社工, 巾帼|志愿服务队, 市级|众创空间, 农村|幸福院).
var socialStemNot21 = wordSet(`社区 村级 镇级 乡级 乡镇 街道 县级 市级 省级 国家级 区级
部分 一些 多家 各家 个别 少数 多数 大部分 其他 其余 所有 已有 该类 这类 同类 优质 头部 龙头 本 我县 我市 我区 我镇
专业 专职 兼职 持证 驻村 驻站 医务 禁毒 司法 矫正 学校 青少年 儿童 老年 老年人 残疾人 残疾 残障 养老 助老 为老
巾帼 青年 党员 妇女 团员 学生 大学生 少年 红领巾 新时代 文明 文明实践 学雷锋 雷锋 志愿 志愿者 应急 护河 巡河 河长
平安 综合 示范 示范性 重点 优秀 骨干 一线 本土 本地 社工 社会 社会工作 公益 爱心 互助 农村 城乡 城市 乡村 医养 康养
中心 公办 民办 创业 科技 企业 孵化 众创 大学 高校 特殊 孤独症 区域性 片区 综合性 规范化 标准化 家庭 各类 各级
全县 全市 全区 全镇 全乡 全州 全旗 各 新建 新增 这 该 此 这些 多个 一批 首家 首批 星级 品牌 先锋 服务 专门 小型
大型 中型 嵌入式 连锁 普惠 公建 民营 公建民营 集中 分散 供养 特困 失能 半失能 托养 护理 日间 照料 康复 医疗 医院
卫生院 残联 民政 团县委 妇联 工会 共青团 党群 政府 国有 集体 省 州 旗 联合 联村 中心村 行政村 自然村 新型 智慧
数字 线上 互联网 一站式 微型 青创 返乡 留学 留学人员 归国 人才 大学生创业 高新 高新区 开发区 园区 产业园 经开区
银发 退休 老干部 五老 乡贤 退役军人 老兵 网格 网格员 妈妈 宝妈 医护 心理 法律 法治 文艺 环保 交通 治安 义警 护林 护路 反诈 消防`)

// socialVerbs21 end right before a body's stem (引入|甲乙社工, 培育|…).
var socialVerbs21 = wordSet(`民办 公办 引入 引进 培育 扶持 委托 购买 依托 联合 指导 支持 成立 建成 新建 建设 打造 组建 入驻 认定 命名 授予 评为 通过 由 将 把 与 同 和 向 对 在 到 赴 邀请 携手 协同 牵头 链接 对接`)

// socialVerbStems21 are verbs that stand before a kind as the act, no
// name (新建|颐养院3所, 组建|志愿服务队).
var socialVerbStems21 = wordSet(`新建 建成 建设 改建 扩建 组建 成立 建立 培育 引进 引入 打造 设立 依托 开展 组织 发展 壮大 扶持 孵化 认定 评选 创建 命名 规范 提升 改造 升级 运营 管理 服务 入驻 支持 推动 推进 完善 加强 鼓励 引导 新增 累计 共有 现有 拥有 建好 办好 用好 配备 招募 吸纳 培养 招引 进驻
走访 督促 签约 签订 检查 调研 考察 帮助 带领 推荐 表彰 奖励 补助 资助 招商 参观 联系 慰问 约谈 号召 要求 举办 加入 进入 走进 联合 委托 指导 对接`)

// socialBodies21 masks the word-named social bodies of fs' text (class:
// word-named social bodies).
func socialBodies21(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	text := tt.text
	var out []Finding
	for _, h := range socialHeads21 {
		for at := 0; ; {
			q := strings.Index(text[at:], h.head)
			if q < 0 {
				break
			}
			q += at
			at = q + len(h.head)
			k := tt.runeAt(q)
			z := k + runeLen(h.head)
			if k < 2 || !socialHeadEnds21(tt, h.head, z) {
				continue
			}
			m := k
			for _, md := range h.mods {
				if strings.HasSuffix(text[:q], md) {
					m = k - runeLen(md)
					break
				}
			}
			b, e := -1, tt.off[z]
			// a place the rules found right before the words of what the
			// body does is its stem (〔甲岭〕红背心志愿服务队)
			if m < k {
				for i := range fs {
					if fs[i].End == tt.off[m] && fs[i].Type == LOCATION && !fs[i].generic {
						b = fs[i].Start
					}
				}
			}
			if b < 0 {
				s := socialStem21(tt, fs, h.head, m)
				// a shop of two characters after 的 is described, not named
				// (class of 白河一线的|蚕坡|民宿, kept for shops)
				if s >= 1 && m-s == 2 && tt.runes[s-1] == '的' && tradeHead21(h.head) {
					continue
				}
				if s < 0 {
					continue
				}
				b = tt.off[s]
			}
			if overlapsEdge18(fs, b, e) || overlapsAny(out, b, e) {
				continue
			}
			f := Finding{Type: ORG, Text: text[b:e], Start: b, End: e, Evidence: "social-body21", Score: 5}
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return fs
	}
	return addOver20o(fs, out)
}

// socialHeadNext21 continue 社工 or a kind into a longer word (社工机构,
// 社工服务, 社工人才 …): the kind then ends no body's name.
var socialHeadNext21 = []string{"机构", "服务", "人才", "队伍", "专业", "力量", "资源", "工作", "人员", "理念", "方法", "介入", "督导", "考试", "职业"}

// socialHeadEnds21 reports whether the kind ending at rune z ends there:
// 社工 does not run on into a word of the trade (社工站, 社工机构, 社工人才).
func socialHeadEnds21(tt *tokText, head string, z int) bool {
	if head != "社工" || z >= len(tt.runes) {
		return true
	}
	if strings.ContainsRune("站室岗师证组队部", tt.runes[z]) {
		return false
	}
	return firstPrefix(tt.text[tt.off[z]:], socialHeadNext21) == ""
}

// socialStem21 returns the start of the stem of two to four characters
// that ends at rune m and names a body, or -1; for 社工, the stem of a
// full name X社会工作服务中心 in the text first.
func socialStem21(tt *tokText, fs []Finding, head string, m int) int {
	text := tt.text
	for ln := 2; ln <= 4 && m-ln >= 0; ln++ {
		s := m - ln
		if !plainStem19(tt, s, m) || !tt.tokStart(s) {
			continue
		}
		stem := tt.sub(s, m)
		if head == "社工" && (strings.Contains(text, stem+"社会工作") || strings.Contains(text, stem+"社工服务")) {
			return s
		}
		if !socialBounded21(tt, fs, s) {
			continue
		}
		if socialGeneric21(tt, s, m) {
			return -1 // a longer stem holds the same generic word
		}
		if startsWithin19(fs, tt.off[s], tt.off[m]) {
			return -1 // a place or body the rules found: theirs
		}
		return s
	}
	return -1
}

// socialBounded21 reports whether a body's name may begin at rune s.
func socialBounded21(tt *tokText, fs []Finding, s int) bool {
	if bounded19(tt, fs, s) || tt.runes[s-1] == '的' {
		return true
	}
	t := tt.tokenBefore(s)
	return t != nil && t.end == s && (socialVerbs21[t.word] || workVerbs19[t.word])
}

// socialGeneric21 reports whether the stem of runes s..m makes a generic
// body: a word of socialStem21Not, a verb of the act, or a single word
// gojieba tags as an adjective, pronoun, numeral or function word.
func socialGeneric21(tt *tokText, s, m int) bool {
	for k := s; k < m; {
		t := tt.tokenAt(k)
		if t == nil || t.end <= k {
			return true
		}
		e := t.end
		if e > m {
			e = m
		}
		w := tt.sub(k, e)
		if socialStemNot21[w] || socialVerbStems21[w] || tradeStemNot21[w] {
			return true
		}
		if t.start == s && t.end == m {
			// a verb alone is the act done to a generic body (走访|众创空间)
			switch t.pos {
			case "a", "ad", "an", "d", "r", "m", "q", "p", "c", "u", "f", "mq", "v", "vd", "vn":
				return true
			}
		}
		k = e
	}
	// a stem that ends in a level or a scope (…县, …镇级)
	last := tt.runes[m-1]
	return strings.ContainsRune("级类型性局委办联", last)
}

// tradeHead21 reports a kind of shop (the second part of
// socialHeads21).
func tradeHead21(head string) bool {
	switch head {
	case "商城", "购物中心", "免税店", "书店":
		return true
	}
	return false
}
