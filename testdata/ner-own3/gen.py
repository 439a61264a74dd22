#!/usr/bin/env python3
"""gen.py: write ner-own3/news.bio from our own hand-written sentence templates.

Every template below is our own writing in the style of a national daily or a county work report. A
template is inline markup ([text|PER], [text|LOC], [text|ORG]) with slots that the generator fills with
invented people (Chinese, Japanese, Korean, transliterated Western), real places and made-up companies:

  {P} full Chinese name      {P2} two-character name   {G} given name alone   {S} surname alone
  {F} foreign name with ·    {FS} foreign surname alone {J} Japanese name     {K} Korean name
  {H} historical person      {L} literary character     {C} Chinese city or county (LOC)
  {FL} foreign city (LOC)    {FC} foreign company (ORG) {CO} Chinese company (ORG)

Usage: python3 gen.py [-t MODULE] [-n COPIES] [-seed N] [-check DEVFILE] > news.bio
Each template is written out COPIES times with different fillers. -check refuses sentences sharing a
20-character run with DEVFILE (the development file; never a test file).
"""
import argparse
import random
import re
import sys

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍"
            "涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "皇甫", "令狐", "夏侯", "慕容", "东方", "司徒", "端木", "公孙", "尉迟", "长孙"]
GIVEN1 = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红鹏飞辉斌波宇浩凯健俊帆帅旭宁龙林欢阳建国志"
          "海峰庆文武东亮晨琳颖雪婷倩琴云莲梅燕凤丹岚瑶怡欣悦楠蕾薇翠秀淑珍荣彬鑫博晖昊源泽瀚铭晓春秋冬德福禄祥瑞"
          "树清生根宝贵喜成发茂盛永长金银新民立存良善仁义礼智信忠孝廉耀光晶鸿雁鹤松柏枫桦振兴旺远达")
GIVEN_PAIRS = ["建国", "志强", "秀英", "桂兰", "玉梅", "海燕", "晓东", "红霞", "振华", "德明", "永福", "春生", "金凤",
               "立新", "丽娟", "文斌", "国庆", "长顺", "淑珍", "凤英", "子涵", "雨桐", "思远", "浩然", "一鸣", "梓萱",
               "铁柱", "满囤", "二丫", "翠花", "拴柱", "来福", "喜旺", "学军", "卫东", "爱华", "建军", "小平", "继红"]
FOREIGN_GIVEN = ["约翰", "彼得", "保罗", "托马斯", "詹姆斯", "迈克尔", "戴维", "理查德", "安德烈", "伊万", "弗朗索瓦",
                 "让", "皮埃尔", "汉斯", "卡尔", "弗里德里希", "玛丽", "安娜", "伊丽莎白", "卡特琳", "玛格丽特", "苏珊",
                 "莫妮卡", "埃琳娜", "娜塔莎", "卡洛斯", "胡安", "马里奥", "朱塞佩", "阿里", "穆罕默德", "艾哈迈德",
                 "乔治", "亨利", "路易", "维克多", "谢尔盖", "尼古拉", "奥尔加", "索菲亚"]
FOREIGN_SUR = ["史密斯", "约翰逊", "威廉斯", "布朗", "琼斯", "米勒", "戴维斯", "威尔逊", "泰勒", "安德森", "克拉克",
               "怀特", "哈里斯", "马丁", "汤普森", "加西亚", "罗德里格斯", "洛佩斯", "冈萨雷斯", "穆勒", "施密特",
               "施耐德", "费舍尔", "韦伯", "贝克尔", "霍夫曼", "杜邦", "勒克莱尔", "莫罗", "伊万诺夫", "彼得罗夫",
               "斯米尔诺夫", "库兹涅佐夫", "罗西", "费拉里", "科斯塔", "门德斯", "哈桑", "卡里米", "奥卡福",
               "肯尼亚塔", "莫雷诺", "巴尔加斯", "诺瓦克", "科瓦尔斯基", "扬松", "尼尔森", "汉森", "拉森"]
JP_SUR = ["田中", "山本", "佐藤", "铃木", "渡边", "高桥", "伊藤", "中村", "小林", "加藤", "吉田", "山田", "松本",
          "井上", "木村", "清水", "山口", "池田", "桥本", "石川", "前田", "藤田", "冈田", "长谷川", "村上", "近藤",
          "坂本", "远藤", "青木", "藤井", "西村", "福田", "太田", "三浦", "藤原", "松田", "中川", "原田", "小野",
          "竹内", "金子", "和田", "中山", "石田", "上田", "森田", "柴田", "酒井", "横山", "宫崎", "宫本", "内田", "安藤"]
JP_GIVEN = ["一郎", "健二", "浩", "诚", "隆", "美智子", "惠子", "洋子", "和夫", "正雄", "昭", "明美", "由美", "直树",
            "拓也", "翔太", "大辅", "健太", "真由美", "久美子", "裕子", "幸子", "彻", "茂", "宏", "修", "秀树", "信夫",
            "光男", "清", "良子", "千代", "雅人", "达也", "博之", "纯一"]
KR_SUR = list("金李朴崔郑姜赵尹张林韩申吴徐权黄宋安柳洪")
KR_GIVEN = ["哲洙", "英姬", "正浩", "明淑", "圣敏", "泰勋", "秀贤", "相宇", "敏镐", "贤珠", "惠善", "东健", "承烨",
            "智雅", "允熙", "宰范", "俊秀", "娜英", "恩熙", "炳宪", "昌浩", "基范", "成勋", "钟国", "顺子", "永哲"]
HISTORICAL = ["孔子", "孟子", "屈原", "司马迁", "张衡", "蔡伦", "祖冲之", "李白", "杜甫", "白居易", "王维", "苏轼",
              "欧阳修", "王安石", "范仲淹", "辛弃疾", "陆游", "李清照", "岳飞", "文天祥", "郑和", "戚继光", "李时珍",
              "徐霞客", "林则徐", "关羽", "诸葛亮", "曹操", "刘备", "孙权", "韩愈", "柳宗元", "杜牧", "李商隐",
              "王羲之", "颜真卿", "张择端", "沈括", "毕昇", "黄道婆", "海瑞", "包拯", "郑板桥", "曹雪芹", "蒲松龄",
              "吴承恩", "施耐庵", "罗贯中", "汤显祖", "关汉卿", "鲁迅", "茅盾", "巴金", "老舍", "郭沫若", "冰心",
              "朱自清", "徐悲鸿", "齐白石", "梅兰芳", "聂耳", "冼星海", "花木兰", "班超", "张骞", "玄奘", "鉴真",
              "詹天佑", "邓世昌", "左宗棠", "魏源", "顾炎武", "黄宗羲", "王夫之", "陶渊明", "谢灵运", "孟浩然"]
LITERARY = ["林黛玉", "贾宝玉", "薛宝钗", "王熙凤", "孙悟空", "猪八戒", "沙和尚", "宋江", "武松", "林冲", "鲁智深",
            "李逵", "阿Q", "祥子", "孔乙己", "闰土", "祥林嫂", "觉新", "周朴园", "哈姆雷特", "堂吉诃德", "简·爱",
            "保尔·柯察金", "安娜·卡列尼娜", "冉·阿让", "鲁滨孙", "贾母", "刘姥姥", "晴雯", "袭人", "史湘云", "潘金莲",
            "吴用", "杨志", "燕青", "白素贞", "许仙", "梁山伯", "祝英台", "窦娥", "崔莺莺", "杜丽娘"]
CITIES = ["北京", "上海", "天津", "重庆", "石家庄", "太原", "沈阳", "长春", "哈尔滨", "南京", "杭州", "合肥",
          "福州", "南昌", "济南", "郑州", "武汉", "长沙", "广州", "南宁", "海口", "成都", "贵阳", "昆明", "拉萨",
          "西安", "兰州", "西宁", "银川", "乌鲁木齐", "呼和浩特", "大连", "青岛", "宁波", "厦门", "深圳", "苏州",
          "无锡", "温州", "洛阳", "开封", "襄阳", "岳阳", "桂林", "绵阳", "遵义", "大理", "延安", "天水", "张掖",
          "喀什", "伊宁", "包头", "赤峰", "丹东", "吉林", "牡丹江", "徐州", "扬州", "绍兴", "金华", "安庆", "黄山",
          "泉州", "赣州", "烟台", "潍坊", "南阳", "宜昌", "常德", "湛江", "柳州", "三亚", "宜宾", "曲靖", "汉中",
          "定西", "固原", "阿克苏", "林芝", "日喀则", "安吉县", "寿光市", "晋江市", "昆山市", "义乌市", "兰考县",
          "正定县", "凤阳县", "小岗村", "西柏坡", "井冈山", "韶山", "遵化市", "平遥县", "婺源县", "凤凰县"]
FOREIGN_PLACES = ["莫斯科", "巴黎", "伦敦", "柏林", "马德里", "里斯本", "维也纳", "布达佩斯", "哥本哈根", "斯德哥尔摩",
                  "赫尔辛基", "奥斯陆", "布鲁塞尔", "阿姆斯特丹", "日内瓦", "苏黎世", "慕尼黑", "汉堡", "米兰",
                  "那不勒斯", "马赛", "里昂", "波尔多", "曼彻斯特", "利物浦", "爱丁堡", "都柏林", "芝加哥", "休斯敦",
                  "洛杉矶", "旧金山", "西雅图", "波士顿", "费城", "底特律", "多伦多", "温哥华", "蒙特利尔", "悉尼",
                  "墨尔本", "奥克兰", "开罗", "内罗毕", "拉各斯", "约翰内斯堡", "开普敦", "达喀尔", "卡萨布兰卡",
                  "伊斯坦布尔", "德黑兰", "大马士革", "利雅得", "迪拜", "孟买", "新德里", "加尔各答", "卡拉奇",
                  "达卡", "加德满都", "科伦坡", "仰光", "曼谷", "河内", "金边", "万象", "吉隆坡", "雅加达", "马尼拉",
                  "首尔", "釜山", "东京", "大阪", "京都", "名古屋", "横滨", "札幌", "圣彼得堡", "新西伯利亚",
                  "基辅", "明斯克", "华沙", "布拉格", "布加勒斯特", "索非亚", "贝尔格莱德", "雅典", "罗马", "威尼斯",
                  "佛罗伦萨", "里约热内卢", "圣保罗", "布宜诺斯艾利斯", "利马", "波哥大", "加拉加斯", "哈瓦那",
                  "华盛顿", "纽约", "亚特兰大", "达拉斯", "丹佛", "费尔班克斯", "惠灵顿", "阿德莱德", "珀斯"]
FOREIGN_COMPANIES = ["西门子公司", "波音公司", "微软公司", "丰田汽车公司", "索尼公司", "三星集团", "现代汽车公司",
                     "通用汽车公司", "福特汽车公司", "大众汽车公司", "雀巢公司", "飞利浦公司", "诺基亚公司",
                     "爱立信公司", "摩托罗拉公司", "壳牌公司", "沃尔玛公司", "家乐福集团", "麦当劳公司",
                     "可口可乐公司", "宝洁公司", "松下电器公司", "日立公司", "东芝公司", "空中客车公司",
                     "迪士尼公司", "惠普公司", "戴尔公司", "英特尔公司", "甲骨文公司", "本田公司", "日产公司",
                     "米其林公司", "巴斯夫公司", "拜耳公司", "杜邦公司", "罗氏公司", "辉瑞公司", "路透社", "美联社",
                     "法新社", "共同社", "塔斯社", "安联集团", "汇丰银行", "花旗银行", "德意志银行", "麦肯锡公司"]
CO_STEMS = ["宏达", "兴隆", "华信", "恒远", "晨光", "金穗", "绿源", "鑫盛", "永泰", "天佑", "瑞丰", "百川", "正阳",
            "长青", "汇通", "嘉禾", "新世纪", "东升", "聚福", "和顺", "青松", "远航", "星火", "丰泽"]
CO_KINDS = ["机械有限公司", "建材厂", "食品有限公司", "纺织集团", "农业发展有限公司", "电子科技公司", "化工有限公司",
            "物流公司", "置业集团", "种业公司", "药业股份有限公司", "包装材料厂", "服饰有限公司", "酒业公司"]


def cn_name(r, two=False):
    if not two and r.random() < 0.06:
        return r.choice(COMPOUND) + r.choice(GIVEN1) + (r.choice(GIVEN1) if r.random() < 0.5 else "")
    s = r.choice(SURNAMES)
    if two or r.random() < 0.22:
        return s + r.choice(GIVEN1)
    if r.random() < 0.3:
        return s + r.choice(GIVEN_PAIRS)
    a, b = r.choice(GIVEN1), r.choice(GIVEN1)
    return s + a + (b if b != a or r.random() < 0.3 else r.choice(GIVEN1))


def fill(r, slot):
    if slot == "P":
        return "[%s|PER]" % cn_name(r)
    if slot == "P2":
        return "[%s|PER]" % cn_name(r, two=True)
    if slot == "G":
        g = r.choice(GIVEN_PAIRS) if r.random() < 0.6 else r.choice(GIVEN1) + r.choice(GIVEN1)
        return "[%s|PER]" % g
    if slot == "S":
        return "[%s|PER]" % r.choice(SURNAMES[:120])
    if slot == "F":
        return "[%s·%s|PER]" % (r.choice(FOREIGN_GIVEN), r.choice(FOREIGN_SUR))
    if slot == "FS":
        return "[%s|PER]" % r.choice(FOREIGN_SUR)
    if slot == "J":
        return "[%s%s|PER]" % (r.choice(JP_SUR), r.choice(JP_GIVEN))
    if slot == "JS":
        return "[%s|PER]" % r.choice(JP_SUR)
    if slot == "K":
        return "[%s%s|PER]" % (r.choice(KR_SUR), r.choice(KR_GIVEN))
    if slot == "H":
        return "[%s|PER]" % r.choice(HISTORICAL)
    if slot == "L":
        return "[%s|PER]" % r.choice(LITERARY)
    if slot == "C":
        return "[%s|LOC]" % r.choice(CITIES)
    if slot == "FL":
        return "[%s|LOC]" % r.choice(FOREIGN_PLACES)
    if slot == "FC":
        return "[%s|ORG]" % r.choice(FOREIGN_COMPANIES)
    if slot == "CO":
        return "[%s%s|ORG]" % (r.choice(CO_STEMS), r.choice(CO_KINDS))
    raise KeyError(slot)


MARK = re.compile(r"\[([^\[\]|]+)\|(PER|LOC|ORG)\]")


def to_bio(line):
    """Returns [(char, tag)] for one markup line, or raises ValueError."""
    out, pos = [], 0
    for m in MARK.finditer(line):
        for ch in line[pos:m.start()]:
            out.append((ch, "O"))
        text, kind = m.group(1), m.group(2)
        for i, ch in enumerate(text):
            out.append((ch, ("B-" if i == 0 else "I-") + kind))
        pos = m.end()
    for ch in line[pos:]:
        out.append((ch, "O"))
    chars = "".join(c for c, _ in out)
    if any(c in chars for c in "[]|{} \t") or not chars:
        raise ValueError("markup left in: " + line)
    return out


def templates(module):
    TEMPLATES = __import__(module).TEMPLATES
    return [t.strip() for t in TEMPLATES.strip().splitlines() if t.strip() and not t.startswith("#")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=4)
    ap.add_argument("-seed", type=int, default=3)
    ap.add_argument("-check", default="")
    ap.add_argument("-t", default="templates3", help="template module (a .py file beside gen.py)")
    a = ap.parse_args()
    if "test" in a.check:
        sys.exit("gen.py: refusing to read a test file")
    r = random.Random(a.seed)
    dev_runs = set()
    if a.check:
        sent = []
        with open(a.check, encoding="utf-8") as f:
            for ln in f:
                ln = ln.rstrip("\n")
                if ln:
                    sent.append(ln.split(" ")[0])
                    continue
                s = "".join(sent)
                sent = []
                for i in range(len(s) - 19):
                    dev_runs.add(s[i:i + 20])
    seen, n = set(), 0
    for t in templates(a.t):
        slots = re.findall(r"\{(\w+)\}", t)
        copies = a.n if slots else 1
        for _ in range(copies * 3):
            if copies == 0:
                break
            line = re.sub(r"\{(\w+)\}", lambda m: fill(r, m.group(1)), t)
            bio = to_bio(line)
            s = "".join(c for c, _ in bio)
            if s in seen or any(s[i:i + 20] in dev_runs for i in range(len(s) - 19)):
                continue
            if not 8 <= len(s) <= 70:
                raise ValueError("length %d: %s" % (len(s), t))
            seen.add(s)
            copies -= 1
            n += 1
            for c, tag in bio:
                print(c, tag)
            print()
    print("gen.py: %d sentences" % n, file=sys.stderr)


if __name__ == "__main__":
    main()
