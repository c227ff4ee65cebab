"""Penalty decisions (penalty_decisions.csv) of the seed dataset, used by make_seed.py.

About 3,000 FICTIONAL administrative penalty decisions made by the seed agencies (departments,
street offices and township governments; never an enforcement team, never a government) under
their own powers-list PENALTY items, handled by their own officers or by their 综合行政执法队,
dated 2021-11-23 ... 2026-11-22 with more of them in recent years.

Two kinds of rows:
  * "slots": decisions built to cover a policy case the hub must handle (every exemption,
    revoked / changed decisions, publication-period boundaries, warning-only and MINOR general-
    procedure decisions, SERIOUS ones of various ages, major decisions, compound surnames,
    redacted passages ...), each case at least 10 times and several in the last 11 months;
  * ordinary decisions that follow the mix of ../shared/bench/gen.py (party types, penalty types,
    procedure, severity, major, publication dates, names and private details in the facts).

The result depends only on the seed, the agencies / powers / officers built by make_seed.py and
the official calendar.  Parties, people, identity numbers, credit codes, addresses and phone
numbers are invented (see seed-data/README.md).
"""

import datetime as dt
import math
import random

from seed_decision_specs import (CC, CG, CP, F, OC, OS, PROFILES, RE, RP, SPECS, W)

AS_OF = dt.date(2026, 11, 22)
START = dt.date(2021, 11, 23)          # five years up to AS_OF
RECENT_FROM = dt.date(2025, 12, 22)    # "recent": the last 11 months (a GENERAL decision is still visible)
N_DECISIONS = 3000
SERIOUS_TYPES = {RP, OC, RE, OS}
EXEMPTIONS = ["MINOR_PARTY", "STATE_SECRET", "SECURITY_STABILITY", "SERIAL_INVESTIGATION", "CRIMINAL_TRANSFER",
              "LEGAL_PROHIBITION"]
PT_CODE = {"N": "NATURAL_PERSON", "I": "INDIVIDUAL_BUSINESS", "L": "LEGAL_PERSON", "O": "OTHER_ORG"}
PT_MIX = {"N": 8.0, "I": 24.0, "L": 54.0, "O": 14.0}
P_SIMPLE = 0.70        # share of the small warning / fine decisions decided on the spot (简易程序)
P_EXTRA = 0.075        # facts with a passage naming a third person or a trade secret
PUB_DAYS = [0] * 5 + [1] * 25 + [2] * 20 + [3] * 15 + [4] * 12 + [5] * 10 + [6] * 8 + [7] * 5

# ---------------------------------------------------------------------------
# decision numbers (决定书文号) and decision volume per agency key (make_seed.py keys)
# ---------------------------------------------------------------------------
DEPT_ABBR = {
    "cy-market": ("京朝市监罚", 14.0), "cy-env": ("京朝环罚", 3.0), "cy-urban": ("京朝城管执罚", 8.0),
    "cy-housing": ("京朝住建罚", 4.0), "cy-health": ("京朝卫罚", 3.5), "cy-safety": ("京朝应急罚", 4.0),
    "cy-justice": ("京朝司罚", 0.6), "cy-commerce": ("京朝商罚", 1.0), "cy-civil": ("京朝民罚", 0.6),
    "cy-hr": ("京朝人社罚", 2.5), "cy-green": ("京朝园林罚", 1.0), "cy-finance": ("京朝财罚", 0.5),
    "cy-dev": ("京朝发改罚", 0.6), "cy-water": ("京朝水罚", 1.2), "cy-planning": ("京规自朝罚", 1.5),
    "dx-justice": ("京兴司罚", 0.4), "dx-market": ("京兴市监罚", 5.0), "dx-env": ("京兴环罚", 1.5),
    "dx-urban": ("京兴城管执罚", 3.5), "dx-safety": ("京兴应急罚", 2.0),
}
DISTRICT_ABBR = {"朝阳区": "京朝", "大兴区": "京兴", "东城区": "京东城"}
DISTRICT_SHORT = {"朝阳区": "朝阳", "大兴区": "大兴", "东城区": "东城"}
DIV = {"朝阳区": "110105", "大兴区": "110115", "东城区": "110101"}
OTHER_DIVS = ["110101", "110102", "110106", "110108", "110112", "110114", "110115", "110105"]

# ---------------------------------------------------------------------------
# word lists (all combinations are invented)
# ---------------------------------------------------------------------------
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙"]
GIVEN = ("伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉萍红燕鹏辉建文斌宇浩凯晨鑫婷雪琳欣怡佳子涵梓轩宁博"
         "思雨嘉欢晓俊帆林峰波志海亮飞兰凤洁梅琴云莉倩慧颖丹蕾璐晶妍悦彤瑶楠蕊琪曦睿泽宸昊然阳旭东成新国庆春秋振德"
         "永福贵荣生胜利安家毅坤松江淑桐薇蓉韵瑾瀚铭哲煜航宏伦祥铮岩冰清立兴旺宝金")
BRAND = ("华瑞鑫泰隆盛兴达恒信诚德正安康博远宏源通利丰顺祥嘉和中天金海宇新光明辉建成永创智汇聚晟昊睿峰锦启航润诺佳益"
         "凯优捷腾卓越景福万宝邦联众科美乐尚禾森云青星辰弘骏亿百欣悦晨朗俊昌茂旭晖泽柏岳川江")
ROADS = {
    "朝阳区": ["朝阳路", "建国路", "东三环中路", "光华路", "工体北路", "朝阳北路", "姚家园路", "酒仙桥路", "望京街",
            "阜通东大街", "北苑路", "安立路", "广顺北大街", "东四环北路", "东坝中路", "朝阳门外大街", "三里屯路",
            "新源南路", "团结湖路", "金台路", "甜水园街", "十里堡路", "青年路", "管庄路", "双桥路", "广渠路", "劲松路",
            "潘家园路", "南磨房路", "小红门路", "高碑店路", "通惠河北路", "西大望路", "东大桥路", "农展馆南路",
            "霄云路", "将台路", "芳园西路", "常营路", "定福庄路", "黑庄户路", "麦子店街", "垡头路", "和平街北口"],
    "大兴区": ["兴政街", "黄村西大街", "兴丰大街", "金星路", "林校路", "清源路", "兴华大街", "兴业大街", "永兴路",
            "旧宫东路", "亦庄路", "西红门路"],
    "东城区": ["东华门大街", "南池子大街", "北池子大街", "南河沿大街", "东安门大街", "王府井大街", "灯市口大街",
            "东单北大街", "金鱼胡同", "大甜水井胡同"],
}
COMMUNITIES = {
    "朝阳区": ["和平家园", "望京花园", "金台里", "团结湖北里", "劲松八区", "潘家园东里", "双井苑", "华威西里", "安贞里",
            "芍药居北里", "太阳宫花园", "十里堡北里", "八里庄东里", "延静里", "朝阳新城", "常营福第", "东坝家园",
            "南磨房家园", "百子湾家园", "松榆里", "武圣东里", "红庙北里", "左家庄北里", "三源里", "麦子店东里"],
    "大兴区": ["清澄名苑", "康庄小区", "兴政小区", "枣园小区", "观音寺小区", "高米店北里", "金华园", "兴华园"],
    "东城区": ["南池子社区", "北池子社区", "韶九社区", "智德社区", "多福巷社区", "东厂社区"],
}
RIVERS = {"朝阳区": ["通惠河", "坝河", "亮马河", "萧太后河", "北小河", "清河"],
          "大兴区": ["凉水河", "新凤河", "大龙河", "天堂河"], "东城区": ["通惠河", "筒子河"]}
VILLAGE_A = "东西南北前后新大小"
VILLAGE_B = ["营", "庄", "坞", "店", "屯", "岗", "辛庄", "各庄"]
CHECKS = ["日常监督检查", "“双随机、一公开”抽查", "专项执法检查", "案件线索核查"]
MITIGATING = ["当事人积极配合调查，主动消除违法行为危害后果。", "当事人系初次违法，且已及时改正。",
              "当事人在案件调查期间拒不配合，存在从重情节。", "当事人已按要求完成整改。", "", ""]
REVOKE_REASONS = ["经行政复议，该处罚决定被撤销", "经人民法院判决撤销", "本机关发现原处罚决定认定事实不清，依法自行撤销",
                  "经行政复议确认违法", "经人民法院确认无效"]
CHANGE_REASONS_FINE = ["经复核，更正罚款金额", "经行政复议决定变更罚款数额", "经人民法院判决变更罚款数额"]
CHANGE_REASONS_OTHER = ["本机关更正决定书中的文字错误", "经复核变更处罚内容", "经复核，更正违法事实中的笔误"]

# industries / trades per tag (see seed_decision_specs: ind)
TAG_L = {
    "food": ["餐饮管理", "餐饮服务", "食品", "超市"], "restaurant": ["餐饮管理", "餐饮服务"],
    "grocery": ["超市", "商贸", "食品"], "cosmetics": ["化妆品", "商贸"], "retail": ["商贸", "超市", "服装", "家具", "建材", "百货"],
    "service": ["家政服务", "商务服务", "物业管理"], "beauty": ["美容美发", "健康管理"],
    "construction": ["建筑工程", "装饰工程", "市政工程", "园林绿化"], "realestate": ["房地产开发", "置业"], "estateagent": ["房地产经纪", "住房租赁"],
    "property": ["物业管理", "物业服务"], "manufacture": ["环保科技", "印刷", "机电设备", "家具制造", "包装制品", "食品加工"],
    "energy": ["燃气", "热力", "能源科技"], "tech": ["科技", "信息技术", "网络科技", "数据科技"],
    "ecommerce": ["电子商务", "网络科技", "商贸"], "health": ["医药", "健康管理", "医疗器械", "生物技术"],
    "pharmacy": ["大药房", "医药连锁"], "clinic": ["口腔门诊部", "中医诊所", "医疗美容诊所", "综合门诊部"],
    "edu": ["教育咨询", "文化培训"], "culture": ["文化传媒", "文化娱乐"], "hotel": ["酒店管理", "宾馆"],
    "auto": ["汽车服务", "汽车维修"], "scrap": ["报废汽车回收"], "usedcar": ["二手车交易市场"], "autosale": ["汽车销售"],
    "transport": ["物流", "运输", "渣土运输"], "sport": ["体育文化", "健身服务"], "ad": ["广告", "文化传媒"],
    "office": ["企业管理咨询", "人力资源服务", "商务服务", "投资管理"], "garden": ["园林绿化", "花卉"],
    "recycle": ["再生资源回收"], "laundry": ["洗染"], "elder": ["养老服务"],
}
TAG_I = {
    "food": ["小吃", "餐馆", "快餐", "面馆", "烧烤", "早点", "麻辣烫", "包子", "熟食", "水果", "蔬菜", "副食"],
    "restaurant": ["小吃", "餐馆", "快餐", "面馆", "烧烤", "早点", "麻辣烫", "包子"],
    "grocery": ["便利", "副食", "粮油", "日用百货", "烟酒", "熟食"], "cosmetics": ["化妆品", "日用百货"],
    "retail": ["便利", "烟酒", "五金", "服装", "日用百货", "茶叶", "文具", "眼镜", "副食", "粮油"],
    "service": ["洗衣", "电器维修", "手机维修", "开锁"], "beauty": ["理发", "美容", "足疗", "美甲"],
    "construction": ["建材", "五金", "装饰"], "hotel": ["旅馆"], "culture": ["网吧"], "auto": ["汽车修理", "洗车"],
    "ecommerce": ["服装", "日用百货"], "health": ["保健用品"], "laundry": ["洗衣", "干洗"], "recycle": ["废品回收"],
    "garden": ["花卉"], "pharmacy": ["药店"], "clinic": ["中医诊所", "口腔诊所"], "ad": ["图文广告"],
    "office": ["信息咨询"], "realestate": ["房屋中介"], "estateagent": ["房屋中介"], "manufacture": ["加工"],
}
IB_FORMS = {"餐馆": [""], "面馆": [""], "旅馆": [""], "网吧": [""], "汽车修理": ["厂", "部"], "洗车": ["行", "店"],
            "中医诊所": [""], "口腔诊所": [""], "五金": ["店", "商行"], "废品回收": ["站"], "信息咨询": ["服务部"],
            "房屋中介": ["服务部"], "图文广告": ["部"], "装饰": ["部"], "开锁": ["部"], "手机维修": ["部"],
            "电器维修": ["部"], "建材": ["商行", "经营部"], "烟酒": ["店", "商行"], "加工": ["部"], "早点": ["铺", "店"],
            "包子": ["铺"], "茶叶": ["店", "商行"]}
NPO_NAMES = {"npo": ["培训学校", "艺术培训中心", "社会工作事务所", "文化发展中心", "体育俱乐部", "养老服务中心"],
             "elder": ["养老服务中心", "养老院", "老年公寓"], "edu": ["培训学校", "艺术培训中心"],
             "sport": ["体育俱乐部"], "legalsvc": ["法律服务所"]}
ASSOC_TOPICS = ["摄影", "书画", "青年创业", "健身", "文化创意", "收藏", "围棋", "户外运动"]
ASSOC_FORMS = ["协会", "促进会", "联合会", "研究会"]
# other organisations that fit an industry tag: (USCC prefix, name endings)
O_FIT = {"food": ("52", ["养老服务中心", "老年公寓"]), "edu": ("52", ["培训学校", "艺术培训中心"]),
         "sport": ("52", ["体育俱乐部", "游泳俱乐部"]), "culture": ("52", ["文化发展中心"]),
         "health": ("52", ["养老服务中心", "康复服务中心"]), "clinic": ("52", ["中医门诊部", "康复医院"]),
         "property": ("12", ["物业管理服务中心", "房屋管理所"]), "hotel": ("12", ["培训中心", "接待服务中心"]),
         "office": ("52", ["社会工作事务所", "人才交流服务中心"])}
PUBLIC_NAMES = ["文化服务中心", "职业技能培训中心", "物业管理服务中心", "综合服务中心"]

# ---------------------------------------------------------------------------
# check characters: GB 32100-2015 (USCC) and GB 11643-1999 (resident ID)
# ---------------------------------------------------------------------------
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
ID_AREAS = ["110105"] * 5 + ["110101", "110102", "110106", "110108", "110112", "110113", "110114", "110115",
                            "110115", "110101"]


def uscc(prefix2, div, body8):
    s = 0
    for c, w in zip(body8, ORG_WEIGHTS):
        s += (ord(c) - 48 if c <= "9" else ord(c) - 55) * w
    oc = 11 - s % 11
    s17 = prefix2 + div + body8 + ("X" if oc == 10 else ("0" if oc == 11 else str(oc)))
    t = sum(USCC_ALPHABET.index(c) * w for c, w in zip(s17, USCC_WEIGHTS))
    return s17 + USCC_ALPHABET[(31 - t % 31) % 31]


def id_number(rng, birth):
    s17 = "%s%04d%02d%02d%03d" % (rng.choice(ID_AREAS), birth.year, birth.month, birth.day, rng.randrange(1, 1000))
    return s17 + ID_CHECK[sum(int(c) * w for c, w in zip(s17, ID_WEIGHTS)) % 11]


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def cn_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def money(x):
    return "%.2f" % x


def round_fine(x):
    if x < 1000:
        return max(50.0, round(x / 50) * 50.0)
    if x < 10000:
        return round(x / 100) * 100.0
    if x < 100000:
        return round(x / 1000) * 1000.0
    return round(x / 5000) * 5000.0


class WorkCal:
    """Working days: the rows of calendar.csv (HOLIDAY / WORKDAY), else Monday-Friday."""

    def __init__(self, rows):
        self.special = {dt.date.fromisoformat(r["date"]): r["kind"] for r in rows}

    def is_work(self, d):
        k = self.special.get(d)
        return k == "WORKDAY" if k else d.weekday() < 5

    def add_work(self, d, n):
        """the n-th working day after d (n >= 1)"""
        while n:
            d += dt.timedelta(days=1)
            if self.is_work(d):
                n -= 1
        return d

    def sub_work(self, d, n):
        """the n-th working day before d (n >= 1)"""
        while n:
            d -= dt.timedelta(days=1)
            if self.is_work(d):
                n -= 1
        return d

    def prev_work(self, d):
        while not self.is_work(d):
            d -= dt.timedelta(days=1)
        return d

    def next_work(self, d):
        while not self.is_work(d):
            d += dt.timedelta(days=1)
        return d


# ---------------------------------------------------------------------------
# people and parties
# ---------------------------------------------------------------------------
class People:
    def __init__(self, rng):
        self.rng = rng

    def name(self, compound=""):
        """compound: a compound surname to use (the compound-surname slots); otherwise about 1.2 %
        of the names get one (gen.py: 1 %)"""
        rng = self.rng
        if compound:
            s = compound
        elif rng.random() < 0.012:
            s = rng.choice(COMPOUND_SURNAMES)
        else:
            s = SURNAMES[int(len(SURNAMES) * rng.random() ** 1.6)]
        if len(s) == 2:  # compound surname: 3 or 4 characters
            return s + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.55 else "")
        return s + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.72 else "")

    def phone(self):
        # an 8-digit Beijing number never starts with 0: these numbers cannot be dialled
        return "010-0%03d-%04d" % (self.rng.randrange(1, 1000), self.rng.randrange(10000))


class Parties:
    """Invented companies, individual businesses and organisations; a party keeps its name, credit
    code and legal representative / operator wherever it appears, and some appear several times."""

    def __init__(self, rng, people):
        self.rng = rng
        self.people = people
        self.pool = {}
        self.names = set()
        self.bodies = set()

    def brand(self, k):
        return "".join(self.rng.choice(BRAND) for _ in range(k))

    def code(self, prefix2, div):
        while True:
            # 00 + 1-9 + 5 digits: disjoint from the agencies' 0000NNNN and from gen.py's bodies
            body = "00%d%05d" % (self.rng.randrange(1, 10), self.rng.randrange(100000))
            if body not in self.bodies:
                self.bodies.add(body)
                return uscc(prefix2, div, body)

    def get(self, pt, tags, district, compound=""):
        rng = self.rng
        tag = rng.choice(tags) if tags else ""
        key = (pt, tag, district)
        lst = self.pool.setdefault(key, [])
        if lst and not compound and rng.random() < 0.22:
            return rng.choice(lst)
        for _ in range(100):
            p = self.make(pt, tag, district, compound)
            if p["name"] not in self.names:
                break
        self.names.add(p["name"])
        lst.append(p)
        return p

    def make(self, pt, tag, district, compound):
        rng = self.rng
        short = DISTRICT_SHORT[district]
        div = DIV[district]
        rep = self.people.name(compound)
        if pt == "I":
            trades = TAG_I.get(tag) or ["便利", "日用百货", "五金", "小吃"]
            trade = rng.choice(trades)
            form = rng.choice(IB_FORMS.get(trade, ["店"]))
            if rng.random() < 0.4:
                b = rng.choice(SURNAMES[:60]) + "记"
            else:
                b = self.brand(2)
            prefix = ("北京市" if rng.random() < 0.3 else "") + district
            return {"name": prefix + b + trade + form, "code": self.code("92", div), "rep": rep}
        if pt == "L":
            ind = rng.choice(TAG_L.get(tag) or ["商贸", "科技", "企业管理咨询"])
            b = self.brand(3)
            r = rng.random()
            if r < 0.6:
                name = "北京%s%s有限公司" % (b, ind)
            elif r < 0.8:
                name = "%s（北京）%s有限公司" % (b, ind)
            elif r < 0.9:
                name = "北京%s%s有限责任公司" % (b, ind)
            else:
                name = "北京%s%s股份有限公司" % (b, ind)
            d = div if rng.random() < 0.7 else rng.choice(OTHER_DIVS)
            return {"name": name, "code": self.code("91", d), "rep": rep}
        # other organisations (非法人组织 and organisations other than companies)
        if tag == "lawfirm":
            name = "北京%s%s律师事务所" % ("市" if rng.random() < 0.5 else "", self.brand(2))
            return {"name": name, "code": self.code("31", div), "rep": rep}
        if tag in NPO_NAMES:
            name = "北京市%s%s%s" % (district, self.brand(2), rng.choice(NPO_NAMES[tag]))
            return {"name": name, "code": self.code("52", div), "rep": rep}
        if tag == "assoc":
            name = "北京市%s%s%s%s" % (district, self.brand(2), rng.choice(ASSOC_TOPICS), rng.choice(ASSOC_FORMS))
            return {"name": name, "code": self.code("51", div), "rep": rep}
        if tag == "public":
            name = "北京市%s%s%s" % (district, self.brand(2), rng.choice(PUBLIC_NAMES))
            return {"name": name, "code": self.code("12", div), "rep": rep}
        fit = O_FIT.get(tag)
        if fit and rng.random() < 0.3:  # a 民办非企业单位 or 事业单位 that does this kind of thing
            prefix2, kinds = fit
            name = "北京市%s%s%s" % (district, self.brand(2), rng.choice(kinds))
            return {"name": name, "code": self.code(prefix2, div), "rep": rep}
        ind = rng.choice(TAG_L.get(tag) or ["商贸", "科技", "企业管理咨询"])
        if rng.random() < 0.7:
            name = "北京%s%s有限公司%s分公司" % (self.brand(3), ind, short)
        else:
            name = "北京%s%s有限公司%s%s店" % (self.brand(3), ind, short, rng.choice(ROADS[district])[:2])
        return {"name": name, "code": self.code("91", div), "rep": rep}


# ---------------------------------------------------------------------------
# slots: the policy cases
# ---------------------------------------------------------------------------
class Slot:
    def __init__(self, case, lo=START, hi=AS_OF, date=None, need=None, exemption="NONE", status="EFFECTIVE",
                 pt=None, keywords=None, compound="", named=False, contact=False, person_passage=False):
        self.case = case
        self.lo, self.hi, self.date = lo, hi, date
        self.need = need                  # warning | minor_fine | serious | general | simple | major | revoke | None
        self.exemption = exemption
        self.status = status
        self.pt = pt
        self.keywords = keywords
        self.compound, self.named, self.contact, self.person_passage = compound, named, contact, person_passage


EXEMPT_KEYWORDS = {
    "MINOR_PARTY": ["丢弃垃圾", "张贴", "吸烟", "焚烧", "摆摊", "流动商贩", "损坏城市树木", "野外用火", "饲养犬只",
                    "露天烧烤", "分类投放"],
    "STATE_SECRET": ["测绘", "测量标志", "射线", "政府采购", "会计", "地质灾害"],
    "SECURITY_STABILITY": ["燃气", "危险化学品", "烟花爆竹", "生产安全事故", "特种设备", "供水", "供热", "农民工",
                           "预付卡", "劳务派遣", "扬尘", "暗管"],
    "SERIAL_INVESTIGATION": ["串通", "商标", "虚假广告", "虚假或者引人误解", "预付卡", "野生动物", "价格", "无照",
                             "骗取", "不合格", "虚假房源", "虚假材料"],
    "CRIMINAL_TRANSFER": ["非食用物质", "非医师行医", "盗伐", "滥伐", "危险废物", "暗管", "逃避监管", "骗取", "野生动物",
                          "伪造", "隐匿", "收受", "危险化学品", "注册商标", "擅自执业", "非法占用土地"],
    "LEGAL_PROHIBITION": ["律师", "法律服务", "法律援助", "未成年", "医师", "传染病", "职业病", "职业健康"],
}


def build_slots(rng):
    R = (RECENT_FROM, AS_OF - dt.timedelta(days=3))
    slots = []
    for kind in EXEMPTIONS:
        for i in range(15):
            lo, hi = R if i < 5 else (START, AS_OF)
            slots.append(Slot("exempt_" + kind, lo, hi, need="general" if i % 3 == 0 else None, exemption=kind,
                              pt="N" if kind == "MINOR_PARTY" else None, keywords=EXEMPT_KEYWORDS[kind]))
    for i in range(12):
        slots.append(Slot("revoked_public_recent", *R, need="general", status="REVOKED"))
    for i in range(10):
        lo, hi = R if i < 4 else (START, AS_OF - dt.timedelta(days=3))
        kind = EXEMPTIONS[i % 6]
        slots.append(Slot("revoked_exempt", lo, hi, exemption=kind, status="REVOKED",
                          pt="N" if kind == "MINOR_PARTY" else None, keywords=EXEMPT_KEYWORDS[kind]))
    for i in range(12):
        lo, hi = R if i < 4 else (START, AS_OF - dt.timedelta(days=3))
        slots.append(Slot("revoked_simple", lo, hi, need="simple", status="REVOKED"))
    for i in range(26):
        slots.append(Slot("revoked_other", START, AS_OF - dt.timedelta(days=3), status="REVOKED"))
    for i in range(15):
        slots.append(Slot("changed_visible_recent", *R, need="general", status="CHANGED"))
    for i in range(3):
        slots.append(Slot("changed_serious_visible", dt.date(2023, 11, 23), dt.date(2025, 11, 22), need="serious",
                          status="CHANGED"))
    for i in range(40):
        slots.append(Slot("changed_other", START, AS_OF - dt.timedelta(days=3), status="CHANGED"))
    for i in range(6):
        slots.append(Slot("warning_only_general_recent", *R, need="warning"))
    for i in range(5):
        slots.append(Slot("minor_fine_general_last_3_months", dt.date(2026, 8, 23), AS_OF, need="minor_fine"))
    for i in range(5):
        slots.append(Slot("minor_fine_general_3_to_11_months", RECENT_FROM, dt.date(2026, 8, 22), need="minor_fine"))
    for i in range(4):  # ordinary decisions add many more
        slots.append(Slot("serious_1_to_3_years", dt.date(2023, 11, 23), dt.date(2025, 11, 22), need="serious"))
    for i in range(4):
        slots.append(Slot("serious_over_3_years", START, dt.date(2023, 11, 22), need="serious"))
    for i in range(12):
        slots.append(Slot("general_11_months", dt.date(2025, 12, 15), dt.date(2026, 1, 5), need="general"))
    for i in range(12):
        slots.append(Slot("general_13_months", dt.date(2025, 10, 9), dt.date(2025, 11, 5), need="general"))
    for i in range(10):
        slots.append(Slot("general_2025_11_22", date=dt.date(2025, 11, 22), need="general"))
    for i in range(10):
        slots.append(Slot("general_2025_11_23", date=dt.date(2025, 11, 23), need="general"))
    for i in range(10):
        slots.append(Slot("serious_leap_day", date=dt.date(2024, 2, 29), need="serious"))
    for i in range(8):
        slots.append(Slot("major_recent", *R, need="major"))
    for i in range(8):
        lo, hi = R if i < 3 else (START, AS_OF)
        slots.append(Slot("revoke_permit_or_closure", lo, hi, need="revoke"))
    for i in range(12):  # every compound surname, named in the facts of a visible decision
        slots.append(Slot("compound_surname_named_visible", *R, need="general", pt="NI"[i % 2],
                          compound=COMPOUND_SURNAMES[i % 10], named=True))
    for i in range(10):
        slots.append(Slot("person_contact_redacted_visible", *R, need="general", pt="N", named=True, contact=True))
    for i in range(6):
        slots.append(Slot("third_person_passage_visible", *R, need="general", person_passage=True))
    rng.shuffle(slots)
    return slots


# ---------------------------------------------------------------------------
# the generator
# ---------------------------------------------------------------------------
class Generator:
    def __init__(self, rng, agencies, powers, officers, calendar_rows):
        self.rng = rng
        self.cal = WorkCal(calendar_rows)
        self.people = People(rng)
        self.parties = Parties(rng, self.people)
        by_code = {a["code"]: a for a in agencies}
        self.issuers = []
        for a in agencies:
            if a["kind"] not in ("DEPARTMENT", "STREET_OFFICE", "TOWNSHIP", "AUTHORIZED_ORG", "ENTRUSTED_ORG"):
                continue
            items = []
            for p in powers:
                if p["agency_code"] == a["code"] and p["category"] == "PENALTY":
                    items.append((p, SPECS[p["name"]], dt.date.fromisoformat(p["effective_from"]),
                                  dt.date.fromisoformat(p["effective_to"]) if p["effective_to"] else None))
            if not items:
                continue  # e.g. the entrusted 卫生健康监督所 acts in the commission's name
            if a["key"] in DEPT_ABBR:
                abbr, weight = DEPT_ABBR[a["key"]]
            else:
                name = a["key"].split("-", 2)[2]
                abbr = DISTRICT_ABBR[a["district"]] + name + "罚"
                weight = 1.5 if a["district"] == "东城区" else rng.uniform(1.6, 2.8)
            teams = [t["code"] for t in agencies if t["kind"] == "ENFORCEMENT_TEAM" and t["parent_code"] == a["code"]]
            own = [o for o in officers if o["agency_code"] == a["code"] and o["role"] == "OFFICER"
                   and o["credential_status"] in ("VALID", "EXPIRED")]
            team = [o for o in officers if o["agency_code"] in teams and o["role"] == "OFFICER"
                    and o["credential_status"] in ("VALID", "EXPIRED")]
            self.issuers.append({"a": a, "items": items, "abbr": abbr, "weight": weight, "own": own, "team": team})
        assert len({i["abbr"] for i in self.issuers}) == len(self.issuers)
        self.by_code = by_code

    # -- dates ----------------------------------------------------------------
    def sample_date(self, lo, hi):
        """more weight on recent days: the density at AS_OF is 1.5 x that at START"""
        span = (AS_OF - START).days + 1
        a, b = (lo - START).days, (hi - START).days + 1
        cdf = lambda t: (t + 0.25 * t * t) / 1.25  # the density 1 + 0.5 t on [0, 1], normalised
        u = cdf(a / span) + (cdf(b / span) - cdf(a / span)) * self.rng.random()
        t = 2.0 * (math.sqrt(1.0 + 1.25 * u) - 1.0)  # its inverse
        return START + dt.timedelta(days=min(b - 1, max(a, int(t * span))))

    # -- capabilities -----------------------------------------------------------
    @staticmethod
    def small_limit(pt, simple):
        if simple:
            return 200 if pt == "N" else 3000
        return 1000 if pt == "N" else 3000

    def options(self, spec, pt, need):
        """the penalty-type options of a spec that can meet the need"""
        opts = PROFILES[spec.profile]
        med, lo, hi = spec.fine
        out = []
        for types, w in opts:
            ts = set(types)
            if need == "warning":
                ok = types == (W,)
            elif need == "minor_fine":
                ok = types == (F,) and lo <= self.small_limit(pt, False)
            elif need in ("serious", "major"):
                ok = bool(ts & SERIOUS_TYPES) or (F in ts and hi >= 100000)
            elif need == "revoke":
                ok = bool(ts & {RP, OC})
            elif need == "simple":
                ok = ts <= {W, F} and (F not in ts or lo <= self.small_limit(pt, True))
            elif need == "general":
                ok = not ts <= {W, CC} and not (ts & SERIOUS_TYPES) and (F not in ts or lo < 100000)
            else:
                ok = True
            if ok:
                out.append((types, w))
        return out

    def candidates(self, issuer, d, slot):
        out = []
        for item in issuer["items"]:
            p, spec, f, t = item
            if not (f <= d and (t is None or d < t)):
                continue
            if slot.keywords and not any(k in p["name"] for k in slot.keywords):
                continue
            out.append(item)
        return out

    # -- one decision -------------------------------------------------------------
    def make(self, slot):
        for _ in range(600):
            dec = self.attempt(slot)
            if dec is not None:
                return dec
        if slot.keywords:  # no item with a fitting name: any item will do
            slot.keywords = None
            return self.make(slot)
        raise RuntimeError("cannot build a decision for case %s" % slot.case)

    def attempt(self, slot):
        rng = self.rng
        cal = self.cal
        exact = slot.date is not None
        if exact:
            d = slot.date
        else:
            d = self.sample_date(slot.lo, slot.hi)
            if not cal.is_work(d) and rng.random() < 0.8:
                d2 = cal.prev_work(d)
                d = d2 if d2 >= slot.lo else cal.next_work(d)
                if d > slot.hi:
                    return None
        need = slot.need
        # agency, party type and power
        cands = []
        for iss in self.issuers:
            items = self.candidates(iss, d, slot)
            if slot.pt:
                items = [it for it in items if slot.pt in it[1].parties]
            if need:
                items = [it for it in items if any(self.options(it[1], pt, need)
                                                   for pt in (slot.pt or it[1].parties) if pt in it[1].parties)]
            if items:
                cands.append((iss, items))
        if not cands:
            return None
        iss, items = rng.choices(cands, weights=[c[0]["weight"] for c in cands])[0]
        a = iss["a"]
        if slot.pt:
            pt = slot.pt
        else:
            avail = sorted({p for it in items for p in it[1].parties})
            pt = rng.choices(avail, weights=[PT_MIX[p] for p in avail])[0]
        items = [it for it in items if pt in it[1].parties and (not need or self.options(it[1], pt, need))]
        if not items:
            return None
        p, spec, _f, _t = rng.choices(items, weights=[it[1].weight for it in items])[0]
        # penalty types and amounts
        opts = self.options(spec, pt, need)
        if not opts:
            return None
        types = rng.choices([o[0] for o in opts], weights=[o[1] for o in opts])[0]
        tset = set(types)
        med, lo, hi = spec.fine
        fine_v = 0.0
        if F in tset:
            hi_c = min(hi, 500000.0)
            lo_c = max(lo, 50.0)
            if need == "minor_fine":
                hi_c = min(hi_c, self.small_limit(pt, False))
            elif need == "simple":
                hi_c = min(hi_c, self.small_limit(pt, True))
            elif need in ("serious", "major") and not (tset & SERIOUS_TYPES):
                lo_c = max(lo_c, 100000.0)
            elif need == "general":
                hi_c = min(hi_c, 95000.0)
            if lo_c > hi_c:
                return None
            if need in ("minor_fine", "simple") or (need in ("serious", "major") and lo_c >= 100000):
                x = lo_c + (hi_c - lo_c) * rng.random() ** 1.5
            else:
                x = med * math.exp(rng.gauss(0, 0.6))
            fine_v = round_fine(min(max(x, lo_c), hi_c))
            fine_v = min(max(fine_v, lo_c), hi_c)
            if fine_v != int(fine_v) or fine_v < 50:
                return None
        # procedure (简易程序: a warning or a small fine, on the spot) and severity
        small_simple = fine_v <= self.small_limit(pt, True)
        simple_ok = tset <= {W, F} and small_simple
        if need == "simple":
            procedure = "SIMPLE"
        elif need or slot.exemption != "NONE" or slot.status == "CHANGED":
            procedure = "GENERAL"
        else:
            procedure = "SIMPLE" if simple_ok and rng.random() < P_SIMPLE else "GENERAL"
        if procedure == "GENERAL" and not exact and not cal.is_work(d):
            return None  # general-procedure decisions are signed on working days
        if procedure == "SIMPLE" or tset <= {W, CC}:
            severity = "MINOR"
        elif fine_v >= 100000 or (tset & SERIOUS_TYPES):
            severity = "SERIOUS"
        elif types == (F,) and fine_v <= self.small_limit(pt, False) and (
                need == "minor_fine" or (need != "general" and rng.random() < 0.7)):
            severity = "MINOR"
        else:
            severity = "GENERAL"
        if need == "general" and severity != "GENERAL":
            return None
        if need in ("serious", "major", "revoke") and severity != "SERIOUS":
            return None
        if need == "minor_fine" and severity != "MINOR":
            return None
        if procedure == "SIMPLE" or severity == "MINOR":
            p_major = 0.0
        elif tset & {RP, OC}:
            p_major = 0.9
        elif fine_v >= 100000:
            p_major = 0.2
        elif fine_v >= 50000 or (tset & {OS, "RESTRICT_OPERATIONS", "DOWNGRADE_QUALIFICATION", "SUSPEND_PERMIT"}):
            p_major = 0.03
        else:
            p_major = 0.002
        major = need == "major" or (need != "general" and rng.random() < p_major)
        if slot.status != "EFFECTIVE" and d >= AS_OF:
            return None
        return self.finish(slot, iss, a, p, spec, pt, d, types, fine_v, procedure, severity, major)

    def finish(self, slot, iss, a, p, spec, pt, d, types, fine_v, procedure, severity, major):
        rng = self.rng
        cal = self.cal
        people = self.people
        district = a["district"]
        tset = set(types)
        # party
        if pt == "N":
            party_name = people.name(slot.compound)
            age = 14 + int(rng.random() * 4) if slot.exemption == "MINOR_PARTY" else 18 + int(rng.random() * 52)
            birth = d - dt.timedelta(days=int((age + 0.02 + rng.random() * 0.96) * 365.25))
            party_id = id_number(rng, birth)
            credit = rep = ""
        else:
            party = self.parties.get(pt, spec.ind.split(), district, slot.compound)
            party_name, credit, rep = party["name"], party["code"], party["rep"]
            party_id = ""
        # amounts and the act
        n_lo, n_hi = spec.n
        n_items = n_lo + int((rng.random() ** 2) * (n_hi - n_lo + 1))
        n_items = min(n_items, n_hi)
        # goods value: per item when the act counts items, else the value of the seized tools / goods
        val = n_items * (5 + rng.random() * 95) if "{n}" in spec.act else 200 + rng.random() ** 2 * 8000
        big = 5e5 + rng.random() ** 2 * 4.5e7
        conf_v = 0.0
        gainsfrag = ""
        if CG in tset:
            g = min(math.exp(rng.gauss(7.8, 1.2)) + rng.random(), 800000.0)
            conf_v += round(g, 2)
            gainsfrag = "，违法所得%s元" % money(g)
        if CP in tset:
            conf_v += round(val, 2)
        road = rng.choice(ROADS[district])
        comm = rng.choice(COMMUNITIES[district])
        spot = rng.choice(("与%s交叉口东南角" % rng.choice(ROADS[district]), "%d号门前" % rng.randrange(1, 300),
                           "%s东侧人行道" % rng.choice(COMMUNITIES[district]), "%d号附近" % rng.randrange(1, 300)))
        addr2 = "%s%s%s" % (district, road, spot)
        if rng.random() < 0.7:
            addr = "%s%s%d号" % (district, road, rng.randrange(1, 300))
        else:
            addr = "%s%s%d号院%d号楼" % (district, road, rng.randrange(1, 300), rng.randrange(1, 12))
        d1 = d if procedure == "SIMPLE" else d - dt.timedelta(days=10 + int(rng.random() * 80))
        d0 = d1 - dt.timedelta(days=20 + int(rng.random() * 300))
        village = "%s%s村" % (rng.choice(VILLAGE_A), rng.choice(VILLAGE_B))
        fill = {
            "goods": rng.choice(spec.goods), "n": n_items, "val": money(val), "big": money(big),
            "area": 2 + int(rng.random() ** 1.5 * 300), "d0": cn_date(d0), "y": d.year - 1,
            "gainsfrag": gainsfrag, "addr2": addr2, "addr": addr, "comm": comm, "river": rng.choice(RIVERS[district]),
            "village": village, "brand": self.parties.brand(2),
            "firm": "北京%s律师事务所" % self.parties.brand(2),
        }
        if "{company}" in spec.act:
            fill["company"] = self.parties.get("L", ["manufacture", "retail", "construction"], district)["name"]
        act = spec.act.format(**fill)
        if CG in tset and "{gainsfrag}" not in spec.act:
            act += gainsfrag
        if CP in tset and "{val}" not in spec.act:
            act += "，涉案物品价值%s元" % money(val)
        # who the facts name, private details and other redacted passages
        named = ""
        if pt == "N" and (slot.named or rng.random() < 0.6):
            named = party_name
        elif pt == "I" and (slot.named or rng.random() < 0.3):
            named = rep
        contact, private = "", []
        if pt == "N" and (slot.contact or rng.random() < 0.15):
            home = "%s%s%d号楼%d单元%d室" % (district, rng.choice(COMMUNITIES[district]), rng.randrange(1, 31),
                                        rng.randrange(1, 7), rng.randrange(101, 2501))
            k = 2 if slot.contact else int(rng.random() * 3)
            ph = people.phone()
            if k == 0:
                contact, private = "住址：" + home, [home]
            elif k == 1:
                contact, private = "联系电话：" + ph, [ph]
            else:
                contact, private = "住址：%s，联系电话：%s" % (home, ph), [home, ph]
        elif pt == "I" and rng.random() < 0.06:
            ph = people.phone()
            contact, private = ("联系电话：" if named else "经营者联系电话：") + ph, [ph]
        extra, passages = "", []
        if slot.person_passage or (procedure == "GENERAL" and rng.random() < P_EXTRA):
            trade = any(w in spec.act for w in ("销售", "经营的", "货值", "经营活动"))
            extra, passages = self.extra_passage(pt, d, district, slot.person_passage, trade)
        elif procedure == "GENERAL":
            extra = rng.choice(MITIGATING)
        if pt == "I" and named:
            subj = "当事人（个体工商户经营者%s%s）" % (named, "，" + contact if contact else "")
        else:
            subj = "当事人" + named + ("（%s）" % contact if contact else "")
        confess = ""
        if named and rng.random() < 0.3:
            confess = ("当事人%s对上述违法事实供认不讳。" if pt == "N" else "经营者%s在询问笔录中对上述事实予以确认。") % named
        law = p["legal_basis"].split("》")[0] + "》" if "》" in p["legal_basis"] else p["legal_basis"]
        place = spec.place or "经营场所"
        if spec.style == "street" and rng.random() < 0.5:
            when = "%s%d时许" % (cn_date(d1), rng.choice((9, 10, 11, 14, 15, 16, 19, 20, 21, 22)))
        else:
            when = cn_date(d1)
        v = int(rng.random() * 3)
        if procedure == "SIMPLE":
            if spec.style == "site":
                facts = "%s，执法人员对%s位于%s的%s进行检查时当场发现，当事人%s。%s当事人对上述违法事实无异议。" % (
                    when, subj, addr, place, act, confess)
            else:
                facts = "%s，执法人员在%s中当场发现，%s%s。%s当事人对上述违法事实无异议。" % (
                    when, "巡查" if spec.style == "street" else "检查", subj, act, confess)
        elif spec.style == "site":
            if v == 0:
                facts = "经查，%s，执法人员对%s位于%s的%s进行检查时发现，当事人%s。%s%s当事人的上述行为违反了%s的有关规定。" % (
                    when, subj, addr, place, act, extra, confess, law)
            elif v == 1:
                facts = "%s，本机关接群众举报，依法对%s位于%s的%s进行现场检查。经查，当事人%s。%s%s以上事实有现场检查笔录、询问笔录、现场照片等证据证实。" % (
                    when, subj, addr, place, act, extra, confess)
            else:
                facts = "%s，执法人员依法对%s位于%s的%s进行检查。经查，当事人%s。%s%s上述事实清楚，证据确凿，当事人的行为违反了%s的有关规定。" % (
                    when, subj, addr, place, act, extra, confess, law)
        elif spec.style == "street":
            if v == 0:
                facts = "%s，执法人员在日常巡查中发现，%s%s。%s%s当事人的上述行为违反了%s的有关规定。" % (
                    when, subj, act, extra, confess, law)
            elif v == 1:
                facts = "经查，%s于%s%s。%s%s以上事实有现场检查笔录、现场照片、视频资料等证据证实。" % (
                    subj, when, act, extra, confess)
            else:
                facts = "%s，本机关接群众举报后依法进行核查。经查，%s%s。%s%s上述事实清楚，证据确凿，当事人的行为违反了%s的有关规定。" % (
                    when, subj, act, extra, confess, law)
        else:
            if v == 0:
                facts = "经查，%s%s。%s%s以上事实有询问笔录、书证等证据证实，当事人的行为违反了%s的有关规定。" % (
                    subj, act, extra, confess, law)
            elif v == 1:
                facts = "%s，本机关在%s中发现，%s%s。%s%s当事人的上述行为违反了%s的有关规定。" % (
                    when, rng.choice(CHECKS), subj, act, extra, confess, law)
            else:
                facts = "本机关于%s依法立案调查。经查，%s%s。%s%s上述事实清楚，证据确凿。" % (
                    when, subj, act, extra, confess)
        allp = private + passages
        if any(x in y for x in allp for y in allp if x is not y) or any(facts.count(x) != 1 for x in allp):
            return None  # passages must be distinct, non-overlapping, exact
        # legal basis of the decision
        basis = p["legal_basis"]
        if p["discretion_standard"]:
            basis += "；" + p["discretion_standard"]
        if procedure == "SIMPLE":
            basis += "；《中华人民共和国行政处罚法》第五十一条"
        # status
        status, changed_on, reason = slot.status, "", ""
        if status != "EFFECTIVE":
            span = min(200, (AS_OF - d).days)
            changed_on = (d + dt.timedelta(days=1 + int(rng.random() * span))).isoformat()
            if status == "REVOKED":
                reason = rng.choice(REVOKE_REASONS)
            else:
                reason = rng.choice(CHANGE_REASONS_FINE if F in tset else CHANGE_REASONS_OTHER)
        # handlers: two (sometimes three) OFFICERs valid on the decision date
        creds = self.handlers(iss, d)
        if creds is None:
            return None
        # legal review (major) and first publication
        review = cal.sub_work(d, 1 + int(rng.random() * 10)).isoformat() if major else ""
        published = ""
        u = rng.random()
        if slot.exemption == "NONE" and u >= 0.021:
            k = 8 + int(rng.random() * 33) if u < 0.124 else rng.choice(PUB_DAYS)
            pd_ = d if k == 0 else cal.add_work(d, k)
            if pd_ <= AS_OF:
                published = pd_.isoformat()
        return {
            "case": slot.case, "issuer": iss,
            "agency_code": a["code"], "power_code": p["code"], "party_type": PT_CODE[pt],
            "party_name": party_name, "party_credit_code": credit, "party_id_no": party_id,
            "legal_representative": rep, "violation_facts": facts, "legal_basis": basis,
            "penalty_types": "|".join(types), "fine_amount": money(fine_v) if F in tset else "",
            "confiscation_amount": money(conf_v) if tset & {CG, CP} else "", "decision_date": d.isoformat(),
            "procedure": procedure, "officer_credentials": "|".join(creds), "severity": severity,
            "exemption": slot.exemption, "status": status, "status_changed_on": changed_on,
            "status_reason": reason, "redacted_passages": "|".join(allp), "major": "true" if major else "false",
            "legal_review_date": review, "published_on": published,
        }

    def extra_passage(self, pt, d, district, person, trade):
        rng = self.rng
        people = self.people
        name, ph = people.name(), people.phone()
        if person or pt == "N":
            k = rng.choice((0, 5, 6) if pt != "N" else (0, 6))
        else:
            k = rng.choice((0, 1, 2, 3, 4, 5, 1, 3))
            if pt == "I" and k in (3, 4):
                k = 1
            if k == 1 and not trade:  # a supplier's price only where goods are sold
                k = 5 if pt == "I" else 3
        if k == 0:
            return "现场检查时，举报人%s（联系电话%s）在场并提供了相关照片。" % (name, ph), ["%s（联系电话%s）" % (name, ph)]
        if k == 6:
            return "证人%s（联系电话%s）证实了上述情况。" % (name, ph), ["%s（联系电话%s）" % (name, ph)]
        if k == 5:
            role = rng.choice(("店长", "现场负责人", "员工"))
            return ("当事人%s%s（联系电话%s）陪同检查并在现场笔录上签字。" % (role, name, ph),
                    ["%s（联系电话%s）" % (name, ph)])
        if k == 2:
            idno = id_number(rng, dt.date(1960 + rng.randrange(45), 1 + rng.randrange(12), 1 + rng.randrange(28)))
            return "当事人员工%s（身份证号%s）对上述事实予以确认。" % (name, idno), ["%s（身份证号%s）" % (name, idno)]
        company = self.parties.get("L", ["manufacture", "retail", "transport"], district)["name"]
        if k == 1:
            price = money(3 + rng.random() * 300)
            return ("当事人提供的进货凭证显示，其供货方为%s，进货单价为%s元。" % (company, price),
                    [company, "进货单价为%s元" % price])
        if k == 3:
            rev, prof = money(1e5 + rng.random() * 5e7), money(1e4 + rng.random() * 3e6)
            return ("经查询，当事人%d年度营业收入为%s元，利润总额为%s元。" % (d.year - 1, rev, prof),
                    ["营业收入为%s元，利润总额为%s元" % (rev, prof)])
        contract = "HT%d%06d" % (d.year, rng.randrange(10 ** 6))
        return ("当事人的客户%s提供了相关交易记录，涉及合同编号%s。" % (company, contract),
                [company, "合同编号%s" % contract])

    def handlers(self, iss, d):
        rng = self.rng
        s = d.isoformat()
        ok = lambda o: o["issued_on"] <= s < o["expires_on"]
        own = [o["credential_no"] for o in iss["own"] if ok(o)]
        team = [o["credential_no"] for o in iss["team"] if ok(o)]
        k = 3 if rng.random() < 0.08 else 2
        if iss["team"]:  # a street office / township: mostly its team's officers
            chosen = []
            if own and rng.random() < 0.15:
                chosen.append(rng.choice(own))
            pool = [c for c in team if c not in chosen]
            if len(pool) + len(chosen) < 2:
                pool = [c for c in team + own if c not in chosen]
        else:
            chosen, pool = [], own
        while len(chosen) < k and pool:
            chosen.append(pool.pop(rng.randrange(len(pool))))
        if len(chosen) < 2:
            return None
        return chosen


def build_decisions(agencies, powers, officers, calendar_rows, seed):
    rng = random.Random("%d:penalty_decisions" % seed)
    gen = Generator(rng, agencies, powers, officers, calendar_rows)
    slots = build_slots(rng)
    decisions = []
    # ordinary decisions first (they fill the party pools), then the policy-case slots
    for _ in range(N_DECISIONS - len(slots)):
        decisions.append(gen.make(Slot("ordinary")))
    for s in slots:
        decisions.append(gen.make(s))
    # decision numbers: per agency and year, in date order (决定书文号 京朝市监罚〔2025〕12号)
    order = {}
    for dcs in decisions:
        dcs["_tie"] = rng.random()
        order.setdefault((dcs["issuer"]["abbr"], dcs["decision_date"][:4]), []).append(dcs)
    for (abbr, year), lst in order.items():
        lst.sort(key=lambda x: (x["decision_date"], x["_tie"]))
        for k, dcs in enumerate(lst, 1):
            dcs["decision_no"] = "%s〔%s〕%d号" % (abbr, year, k)
            dcs["_seq"] = k
    idx = {iss["abbr"]: i for i, iss in enumerate(gen.issuers)}
    decisions.sort(key=lambda x: (x["decision_date"], idx[x["issuer"]["abbr"]], x["_seq"]))
    return decisions
