#!/usr/bin/env python3
"""Generate the hub's default dataset, seed-data/, in the DATASET.md v1 format.

Writes calendar.csv, agencies.csv, powers.csv, officers.csv and penalty_decisions.csv into
<repo>/seed-data/ (or the folder given with --out), then validates the result
(see check_seed.py) and prints the row counts.  Python 3 standard library only;
the output depends on nothing but this script, seed_powers.py, seed_decisions.py,
seed_decision_specs.py and the official
calendar ../shared/contract/calendar-cn.csv (copied verbatim), so running it
twice gives byte-identical files.

    python3 tools/seed/make_seed.py            # regenerate seed-data/
    python3 tools/seed/make_seed.py --check    # only validate seed-data/

What is real and what is invented:
  * agency NAMES are the real ones (朝阳区 white papers, 大兴区 and 东城区东华门街道
    documents in ../shared/sources/); their credit codes, addresses, phone numbers
    (010-0000-xxxx, not diallable) and websites (*.invalid) are invented;
  * powers-list items are modelled on Beijing district powers lists; legal citations
    are plausible but not checked article by article;
  * every person (officer, auxiliary staff, party, reporter) is fictional, and so are the
    penalty decisions: parties, identity numbers, credit codes, addresses, phone numbers.
"""

import argparse
import csv
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep tools/seed/ free of __pycache__

import check_seed  # noqa: E402
from seed_decisions import build_decisions  # noqa: E402
from seed_requests import build_requests  # noqa: E402
from seed_powers import (DOMAIN_POWERS, GOVERNMENT, STREET_EXTRA, TOWNSHIP_EXTRA,  # noqa: E402
                         URBAN_COMMON)

REPO = os.path.normpath(os.path.join(HERE, os.pardir, os.pardir))
DEFAULT_OUT = os.path.join(REPO, "seed-data")
CALENDAR_CANDIDATES = [
    os.path.normpath(os.path.join(REPO, os.pardir, "shared", "contract", "calendar-cn.csv")),
    "/work/shared/contract/calendar-cn.csv",
]
SEED = 20261122
AS_OF = dt.date(2026, 11, 22)  # no power date and no issue date after this day

# ---------------------------------------------------------------------------
# credit codes (GB 32100-2015) and organisation codes (GB 11714-1997)
# ---------------------------------------------------------------------------
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc_check(first17):
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - s % 31) % 31]


def org_check(body8):
    s = 0
    for c, w in zip(body8, ORG_WEIGHTS):
        s += (ord(c) - 48 if c <= "9" else ord(c) - 55) * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def make_uscc(prefix2, div, serial):
    """prefix2 '11' = 机构编制 / 机关, '12' = 机构编制 / 事业单位.  The 8-digit body
    0000NNNN is plainly synthetic (no real organisation code looks like that) and
    outside the range ../shared/bench/gen.py uses (01000000-09999999)."""
    body = "0000%04d" % serial
    s17 = prefix2 + div + body + org_check(body)
    return s17 + uscc_check(s17)


# ---------------------------------------------------------------------------
# agencies
# ---------------------------------------------------------------------------
DIV = {"朝阳区": "110105", "大兴区": "110115", "东城区": "110101"}
ROADS = {
    "朝阳区": ["朝阳路", "建国路", "光华路", "工体北路", "朝阳北路", "姚家园路", "酒仙桥路", "广渠路",
            "劲松路", "潘家园路", "东三环中路", "西大望路", "农展馆南路", "金台路", "青年路", "东大桥路",
            "南磨房路", "常营路", "黑庄户路", "定福庄路", "麦子店街", "和平街北口", "垡头路", "双井桥南路"],
    "大兴区": ["兴政街", "黄村西大街", "兴丰大街", "金星路", "林校路", "清源路", "兴华大街"],
    "东城区": ["东华门大街", "南池子大街", "北池子大街", "南河沿大街", "东安门大街"],
}
OFFICE_HOURS = [
    "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）",
    "周一至周五 8:30-12:00，13:00-17:30（法定节假日除外）",
    "工作日 9:00-17:00（法定节假日除外）",
]
TEAM_HOURS = "周一至周五 8:30-17:30（法定节假日除外）；执法值守全天"

# (key, name, domain, website slug)
CHAOYANG_DEPTS = [
    ("cy-market", "北京市朝阳区市场监督管理局", "market", "scjgj"),
    ("cy-env", "北京市朝阳区生态环境局", "env", "sthjj"),
    ("cy-urban", "北京市朝阳区城市管理综合行政执法局", "urban", "cgzfj"),
    ("cy-housing", "北京市朝阳区住房和城乡建设委员会", "housing", "zjw"),
    ("cy-health", "北京市朝阳区卫生健康委员会", "health", "wjw"),
    ("cy-safety", "北京市朝阳区应急管理局", "safety", "yjglj"),
    ("cy-justice", "北京市朝阳区司法局", "justice", "sfj"),
    ("cy-commerce", "北京市朝阳区商务局", "commerce", "swj"),
    ("cy-civil", "北京市朝阳区民政局", "civil", "mzj"),
    ("cy-hr", "北京市朝阳区人力资源和社会保障局", "hr", "rlsbj"),
    ("cy-green", "北京市朝阳区园林绿化局", "green", "ylj"),
    ("cy-finance", "北京市朝阳区财政局", "finance", "czj"),
    ("cy-dev", "北京市朝阳区发展和改革委员会", "dev", "fgw"),
    ("cy-water", "北京市朝阳区水务局", "water", "swuj"),
    # a branch of the municipal commission (市规自委朝阳分局), not a district department:
    # its parent is outside the dataset, so parent_code stays empty
    ("cy-planning", "北京市规划和自然资源委员会朝阳分局", "planning", "ghzrzy"),
]
CHAOYANG_STREETS = ["双井", "朝外", "建外", "和平街", "麦子店", "垡头", "酒仙桥", "潘家园"]
CHAOYANG_TOWNSHIPS = ["三间房", "常营", "南磨房", "黑庄户"]
DAXING_DEPTS = [
    ("dx-justice", "北京市大兴区司法局", "justice", "sfj"),
    ("dx-market", "北京市大兴区市场监督管理局", "market", "scjgj"),
    ("dx-env", "北京市大兴区生态环境局", "env", "sthjj"),
    ("dx-urban", "北京市大兴区城市管理综合行政执法局", "urban", "cgzfj"),
    ("dx-safety", "北京市大兴区应急管理局", "safety", "yjglj"),
]

DOMAIN_LABEL = {
    "market": "市场监管", "env": "生态环境", "urban": "城市管理", "housing": "住房城乡建设",
    "health": "卫生健康", "safety": "应急管理", "justice": "司法行政", "commerce": "商务",
    "civil": "民政", "hr": "人力资源社会保障", "green": "园林绿化", "finance": "财政",
    "dev": "发展改革", "water": "水务", "planning": "规划自然资源", "street": "综合执法",
    "gov": "综合",
}
FUNCTIONS = {
    "market": "负责本区市场主体登记注册、食品安全、特种设备安全、产品质量、价格、广告和计量等市场综合监督管理；"
              "组织查处市场监管领域违法行为；承担消费者权益保护和投诉举报处理工作。",
    "env": "负责本区生态环境监督管理，组织实施大气、水、土壤、固体废物和噪声污染防治；"
           "统一负责生态环境监督执法，查处环境违法行为。",
    "urban": "负责本区城市管理领域相对集中行政处罚权的行使，查处市容环境卫生、生活垃圾分类、违法建设、"
             "施工扬尘、户外广告、燃气供热等方面的违法行为；指导街道、乡综合行政执法工作。",
    "housing": "负责本区建筑市场、建设工程质量安全、房地产市场、住房租赁和物业管理的监督管理；"
               "依法查处住房和城乡建设领域违法行为。",
    "health": "负责本区医疗卫生、公共卫生、职业卫生和控烟的监督管理；组织实施卫生健康领域行政许可和行政执法，"
              "委托区卫生健康监督所开展卫生监督检查。",
    "safety": "负责本区应急管理和安全生产综合监督管理，依法监督检查工贸行业和危险化学品、烟花爆竹经营单位的安全生产工作，"
              "查处安全生产违法行为。",
    "justice": "负责本区法治政府建设的统筹协调和行政执法监督，承担行政复议、行政应诉有关工作；"
               "指导管理律师、基层法律服务、法律援助和人民调解工作，查处有关违法行为。",
    "commerce": "负责本区商贸流通、生活服务业和单用途商业预付卡的行业管理，依法监督检查报废机动车回收、"
                "再生资源回收等经营活动并查处违法行为。",
    "civil": "负责本区社会组织登记管理、社会救助、养老服务、婚姻收养登记、殡葬管理和地名管理；"
             "依法查处社会组织和养老服务等领域违法行为。",
    "hr": "负责本区就业、社会保险、人力资源市场和劳动关系的管理，开展劳动保障监察，"
          "查处用人单位和人力资源服务机构的违法行为；承担劳动人事争议仲裁工作。",
    "green": "负责本区城市绿化、林业和古树名木保护管理，组织森林防火和林业有害生物防治，"
             "依法查处毁绿占绿、违法采伐和破坏野生动植物资源等行为。",
    "finance": "负责本区财政收支管理和政府采购监督管理，依法对会计信息质量、代理记账机构实施监督检查，"
               "查处财政、会计和政府采购违法行为。",
    "dev": "负责本区国民经济和社会发展规划、固定资产投资项目管理和节能审查，"
           "依法监督招标投标活动并查处有关违法行为。",
    "water": "负责本区水资源、河湖、排水和节约用水的管理，依法实施取水、排水许可，"
             "查处水务领域违法行为。",
    "planning": "负责朝阳区城乡规划、土地资源和测绘地理信息的管理，依法核发规划许可，"
                "查处违法用地和违反规划的建设行为（市规划和自然资源委员会派出机构）。",
}
GOV_FUNCTIONS = ("执行本级人民代表大会及其常务委员会的决议和上级国家行政机关的决定、命令，领导所属各工作部门和"
                 "街道办事处、乡人民政府的工作，依法管理本行政区域内的经济、城乡建设、社会事务和行政执法工作。")
STREET_FUNCTIONS = ("负责辖区城市管理、社区建设、公共服务和平安建设工作；依据北京市人民政府向街道办事处和乡镇人民政府"
                    "下放行政执法职权的决定，以本机关名义行使下放的行政执法职权，由本机关综合行政执法队具体实施。")
TOWNSHIP_FUNCTIONS = ("负责本乡经济发展、城乡建设、农村集体经济和社会事务管理；以本机关名义行使下放的行政执法职权，"
                      "由本乡综合行政执法队具体实施，并承担乡村建设规划许可、宅基地审批等职责。")
TEAM_FUNCTIONS = ("以{parent}名义，承担辖区内市容环境卫生、生活垃圾分类、违法建设、施工扰民、街面秩序等领域的"
                  "综合行政执法工作；不以本队名义作出行政执法决定。")
ENTRUSTED_FUNCTIONS = ("受北京市朝阳区卫生健康委员会委托，以委托机关名义承担本区医疗卫生、公共场所卫生、生活饮用水卫生、"
                       "职业卫生和控烟等监督检查及行政处罚的具体实施工作。")


def build_agencies(rng):
    agencies = []
    serial = {d: 0 for d in DIV}

    def add(key, name, kind, parent, district, domain, slug="", functions="", prefix2="11"):
        serial[district] += 1
        n = len(agencies) + 1
        code = make_uscc(prefix2, DIV[district], serial[district] + {"朝阳区": 0, "大兴区": 100, "东城区": 200}[district])
        road = rng.choice(ROADS[district])
        site = ""
        if kind in ("GOVERNMENT", "DEPARTMENT"):
            host = {"朝阳区": "chaoyang", "大兴区": "daxing", "东城区": "dongcheng"}[district]
            site = "https://%s.example.gov.invalid/%s" % (host, (slug + "/") if slug else "")
        a = {
            "key": key, "code": code, "name": name, "kind": kind,
            "parent_code": parent["code"] if parent else "", "district": district,
            "address": "北京市%s%s%d号" % (district, road, rng.randrange(3, 240)),
            "office_hours": TEAM_HOURS if kind == "ENFORCEMENT_TEAM" else rng.choice(OFFICE_HOURS),
            # an 8-digit Beijing number never starts with 0: nobody can be reached
            "consult_phone": "010-0000-1%03d" % n,
            "supervision_phone": "010-0000-2%03d" % n,
            "website": site, "functions": functions,
            "domain": domain,
        }
        agencies.append(a)
        return a

    # 朝阳区
    gov = add("cy-gov", "北京市朝阳区人民政府", "GOVERNMENT", None, "朝阳区", "gov", "", GOV_FUNCTIONS)
    depts = {}
    for key, name, domain, slug in CHAOYANG_DEPTS:
        parent = None if domain == "planning" else gov
        depts[key] = add(key, name, "DEPARTMENT", parent, "朝阳区", domain, slug, FUNCTIONS[domain])
    add("cy-health-sup", "北京市朝阳区卫生健康监督所", "ENTRUSTED_ORG", depts["cy-health"], "朝阳区", "health",
        "", ENTRUSTED_FUNCTIONS, prefix2="12")
    for s in CHAOYANG_STREETS:
        off = add("cy-st-" + s, "北京市朝阳区人民政府%s街道办事处" % s, "STREET_OFFICE", gov, "朝阳区", "street",
                  "", STREET_FUNCTIONS)
        add("cy-team-" + s, "北京市朝阳区%s街道综合行政执法队" % s, "ENFORCEMENT_TEAM", off, "朝阳区", "street",
            "", TEAM_FUNCTIONS.format(parent=off["name"]))
    for t in CHAOYANG_TOWNSHIPS:
        off = add("cy-tw-" + t, "北京市朝阳区%s乡人民政府" % t, "TOWNSHIP", gov, "朝阳区", "township",
                  "", TOWNSHIP_FUNCTIONS)
        add("cy-team-" + t, "北京市朝阳区%s乡综合行政执法队" % t, "ENFORCEMENT_TEAM", off, "朝阳区", "street",
            "", TEAM_FUNCTIONS.format(parent=off["name"]))
    # 大兴区
    dgov = add("dx-gov", "北京市大兴区人民政府", "GOVERNMENT", None, "大兴区", "gov", "", GOV_FUNCTIONS)
    for key, name, domain, slug in DAXING_DEPTS:
        f = FUNCTIONS[domain].replace("朝阳区", "大兴区")
        add(key, name, "DEPARTMENT", dgov, "大兴区", domain, slug, f)
    # 东城区
    egov = add("dc-gov", "北京市东城区人民政府", "GOVERNMENT", None, "东城区", "gov", "", GOV_FUNCTIONS)
    off = add("dc-st-东华门", "北京市东城区人民政府东华门街道办事处", "STREET_OFFICE", egov, "东城区", "street",
              "", STREET_FUNCTIONS)
    add("dc-team-东华门", "北京市东城区东华门街道综合行政执法队", "ENFORCEMENT_TEAM", off, "东城区", "street",
        "", TEAM_FUNCTIONS.format(parent=off["name"]))
    return agencies


# ---------------------------------------------------------------------------
# powers
# ---------------------------------------------------------------------------
PREFIX = {"PENALTY": "CF", "LICENSING": "XK", "COERCION": "QZ", "INSPECTION": "JC", "LEVY": "ZS",
          "PAYMENT": "JF", "CONFIRMATION": "QR", "REWARD": "JL", "ADJUDICATION": "CJ", "OTHER": "QT"}
RESPONSIBILITY = {
    "PENALTY": "1.立案责任：对发现的涉嫌违法行为及时核查，符合立案条件的予以立案。2.调查责任：两名以上执法人员出示执法证件，"
               "全面、客观、公正地调查取证。3.审查责任：对违法事实、证据、程序、法律适用和处罚幅度进行审查，重大执法决定经法制审核。"
               "4.告知责任：作出处罚决定前告知拟处罚的事实、理由、依据及陈述、申辩、听证权利。5.决定责任：依法作出处罚决定。"
               "6.送达责任：依法送达行政处罚决定书。7.执行责任：监督当事人履行处罚决定。8.公示责任：依法公示执法结果。",
    "LICENSING": "1.受理责任：公示申请材料目录，一次性告知补正内容，依法受理或者不予受理。2.审查责任：对申请材料进行审查，需要现场核查的组织核查。"
                 "3.决定责任：在法定期限内作出准予或者不予许可的决定，不予许可的说明理由。4.送达责任：依法送达许可决定和证件。"
                 "5.事后监管责任：对被许可人从事许可事项的活动进行监督检查。",
    "COERCION": "1.决定责任：依法决定是否采取行政强制措施。2.审批责任：实施前向行政机关负责人报告并经批准，情况紧急的事后补办。"
                "3.告知责任：当场告知当事人采取行政强制措施的理由、依据以及依法享有的权利和救济途径。4.实施责任：由两名以上执法人员实施，"
                "制作现场笔录。5.解除责任：对不再需要采取强制措施的及时解除。",
    "INSPECTION": "1.检查责任：按照“双随机、一公开”等要求制定检查计划，两名以上执法人员依法实施检查。2.处置责任：对检查发现的问题责令改正，"
                  "涉嫌违法的依法立案查处。3.公开责任：依法公开检查结果。4.其他法律法规规章规定应履行的责任。",
}
RESPONSIBILITY_DEFAULT = ("1.受理责任：依法受理或者不予受理，不予受理的告知理由。2.审查责任：对申请材料和有关情况进行审查。"
                          "3.决定责任：依法作出决定并说明理由。4.送达责任：依法送达。5.其他法律法规规章规定应履行的责任。")
DISCRETION_DOC = {
    "market": "北京市市场监督管理局行政处罚裁量基准",
    "env": "北京市生态环境局行政处罚自由裁量基准",
    "urban": "北京市城市管理综合行政执法局行政处罚裁量基准",
    "street": "北京市城市管理综合行政执法局行政处罚裁量基准",
    "township": "北京市城市管理综合行政执法局行政处罚裁量基准",
    "housing": "北京市住房和城乡建设委员会行政处罚裁量基准",
    "health": "北京市卫生健康委员会行政处罚裁量基准",
    "safety": "北京市应急管理局安全生产行政处罚裁量基准",
    "justice": "北京市司法局行政处罚裁量基准",
    "commerce": "北京市商务局行政处罚裁量基准",
    "civil": "北京市民政局行政处罚裁量基准",
    "hr": "北京市人力资源和社会保障局行政处罚裁量基准",
    "green": "北京市园林绿化局行政处罚裁量基准",
    "finance": "北京市财政局行政处罚裁量基准",
    "dev": "北京市发展和改革委员会行政处罚裁量基准",
    "water": "北京市水务局行政处罚裁量基准",
    "planning": "北京市规划和自然资源委员会行政处罚裁量基准",
}
GENERIC_ITEMS = [
    ("COERCION", "对到期不缴纳罚款的当事人加处罚款",
     "《中华人民共和国行政处罚法》第七十二条第一款第（一）项；《中华人民共和国行政强制法》第四十五条"),
    ("COERCION", "对逾期不履行排除妨碍、恢复原状等义务的当事人实施代履行", "《中华人民共和国行政强制法》第五十条"),
    ("OTHER", "政府信息公开申请的办理", "《中华人民共和国政府信息公开条例》第二十七条"),
    ("INSPECTION", "{label}领域“双随机、一公开”监管抽查", "《优化营商环境条例》第五十五条"),
]
# 权力清单 adjustment dates (清单动态调整)
ACTIVE_FROM = ["2019-06-30", "2019-06-30", "2020-07-01", "2020-07-01", "2021-03-31", "2021-12-31",
               "2022-06-30", "2023-03-31", "2023-12-29", "2024-06-28", "2025-03-31"]
STREET_FROM = ["2020-07-01", "2020-07-01", "2020-07-01", "2021-07-01", "2022-06-30", "2023-12-29", "2024-06-28"]
REPEAL_FROM = ["2017-06-30", "2018-06-29", "2019-06-30", "2020-07-01"]
REPEAL_TO = ["2021-03-30", "2021-12-30", "2022-06-29", "2023-03-30", "2023-12-28", "2024-06-27", "2025-03-30",
             "2025-09-29"]
RANDOM_REPEAL = 0.08  # on top of the items with a known repeal date
RANDOM_INSPECTION = 0.9  # share of INSPECTION items on the 双随机 list
RANDOM_OTHER = {"PENALTY": 0.035, "LICENSING": 0.1}  # items checked through 双随机 抽查 as well


def discretion_table(rng):
    """Per domain list and item name: the article of the municipal discretion standard, or None.
    Deterministic per item, so the same item has the same article in every district."""
    out = {}
    lists = dict(DOMAIN_POWERS)
    lists["street"] = URBAN_COMMON + STREET_EXTRA
    lists["township"] = URBAN_COMMON + TOWNSHIP_EXTRA
    for domain in sorted(lists):
        art = 0
        doc = DISCRETION_DOC[domain]
        for item in lists[domain]:
            if item[0] != "PENALTY":
                continue
            art += 1
            if len(item) == 3 and rng.random() < 0.6:
                out[(domain, item[1])] = "《%s》第%s条" % (doc, cn_num(art + 2))
    return out


CN_DIGITS = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    raise ValueError(n)


def build_powers(rng, agencies):
    disc = discretion_table(rng)
    powers = []
    seq = 0
    for idx, a in enumerate(agencies, 1):
        kind = a["kind"]
        domain = a["domain"]
        if kind in ("ENFORCEMENT_TEAM", "ENTRUSTED_ORG"):
            continue  # a team or an entrusted body acts in another agency's name
        if kind == "GOVERNMENT":
            pool = [g for g in GOVERNMENT]
            target = rng.randint(5, len(GOVERNMENT))
            dom = "gov"
        elif kind in ("STREET_OFFICE", "TOWNSHIP"):
            dom = "street" if kind == "STREET_OFFICE" else "township"
            pool = URBAN_COMMON + (STREET_EXTRA if kind == "STREET_OFFICE" else TOWNSHIP_EXTRA)
            target = rng.randint(15, 25)
        else:
            dom = domain
            label = DOMAIN_LABEL[domain]
            pool = list(DOMAIN_POWERS[domain]) + [(c, n.format(label=label), b) for c, n, b in GENERIC_ITEMS]
            target = rng.randint(25, 40)
        if len(pool) > target:
            # keep the list order (as a published list would), drop a random subset
            keep = set(rng.sample(range(len(pool)), target))
            pool = [p for i, p in enumerate(pool) if i in keep]
        for item in pool:
            cat, name, basis = item[0], item[1], item[2]
            seq += 1
            code = "%s9%03d%05d" % (PREFIX[cat], idx, seq)
            r = rng.random()
            rand = r < RANDOM_INSPECTION if cat == "INSPECTION" else r < RANDOM_OTHER.get(cat, 0.0)
            row = {
                "code": code, "agency_code": a["code"], "name": name, "category": cat,
                "legal_basis": basis, "responsibility": RESPONSIBILITY.get(cat, RESPONSIBILITY_DEFAULT),
                "random_inspection": "true" if rand else "false",
                "discretion_standard": disc.get((dom, name), "") if cat == "PENALTY" else "",
                "status": "ACTIVE", "effective_from": "", "effective_to": "",
            }
            powers.append(row)
            if len(item) == 4:
                # an item with a known repeal (law replaced or item cancelled); no successor
                row.update(status="REPEALED", discretion_standard="", effective_from=item[3][0],
                           effective_to=item[3][1])
            elif (kind != "GOVERNMENT" and cat in ("PENALTY", "INSPECTION", "OTHER")
                  and rng.random() < RANDOM_REPEAL):
                # 清单动态调整: the item was re-issued under a new code; the old entry is REPEALED
                # and the new one (same name) takes effect the next day
                old_from = rng.choice(REPEAL_FROM)
                old_to = rng.choice([d for d in REPEAL_TO if d > old_from])
                row.update(status="REPEALED", discretion_standard="", effective_from=old_from,
                           effective_to=old_to)
                seq += 1
                powers.append(dict(row, code="%s9%03d%05d" % (PREFIX[cat], idx, seq), status="ACTIVE",
                                   discretion_standard=disc.get((dom, name), "") if cat == "PENALTY" else "",
                                   effective_from=(dt.date.fromisoformat(old_to) + dt.timedelta(days=1)).isoformat(),
                                   effective_to=""))
            else:
                row["effective_from"] = rng.choice(STREET_FROM if dom in ("street", "township") else ACTIVE_FROM)
    return powers


# ---------------------------------------------------------------------------
# officers (all fictional)
# ---------------------------------------------------------------------------
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫"]
GIVEN = ("伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉萍红燕鹏辉建文斌宇浩凯晨鑫婷雪琳欣怡佳涵梓轩宁博"
         "思雨嘉欢晓俊帆林峰波志海亮飞兰凤洁梅琴云莉倩慧颖丹蕾璐晶妍悦彤瑶楠蕊琪睿泽昊然阳旭东成新国庆春振德"
         "永福荣胜利安家毅坤松江淑桐薇蓉韵瑾铭哲煜航宏伦祥岩冰清立兴")
DUTIES = {
    "market": ["食品安全监督检查", "特种设备安全监察", "价格监督检查", "网络交易监管", "产品质量监督抽查", "广告监测与查处",
               "案件审核"],
    "env": ["大气污染防治执法", "水污染防治执法", "固体废物和危险废物监管", "建设项目环境监管", "噪声污染执法"],
    "urban": ["市容环境秩序执法", "违法建设查处", "生活垃圾分类执法", "燃气安全执法", "施工工地扬尘执法"],
    "housing": ["建筑市场执法检查", "施工安全监督", "房地产市场监管", "物业管理监督", "住房租赁监管"],
    "health": ["医疗卫生监督", "公共场所卫生监督", "控烟执法", "传染病防治监督", "职业卫生监督"],
    "safety": ["安全生产执法检查", "危险化学品监管", "工贸行业安全监管", "烟花爆竹经营监管"],
    "justice": ["律师和基层法律服务监管", "行政执法监督", "法律援助监督", "案卷评查"],
    "commerce": ["单用途预付卡监管", "报废机动车回收监管", "再生资源回收监管", "生活服务业监管"],
    "civil": ["社会组织执法监察", "养老机构监督检查", "殡葬管理执法"],
    "hr": ["劳动保障监察", "农民工工资支付监察", "人力资源市场监管", "社会保险稽核"],
    "green": ["绿化执法检查", "林政执法", "古树名木保护执法", "野生动植物保护执法"],
    "finance": ["会计监督检查", "政府采购监督", "财政监督检查"],
    "dev": ["招标投标监督", "节能监察", "固定资产投资项目监管"],
    "water": ["水政执法巡查", "排水执法", "节水监察", "河湖执法"],
    "planning": ["违法用地查处", "规划监察", "测绘地理信息执法"],
    "street": ["市容环境秩序执法", "生活垃圾分类执法", "违法建设查处", "施工扰民执法", "街面秩序巡查",
               "案件审核与文书制作"],
    "street-office": ["行政执法法制审核", "执法案卷管理", "重大执法决定审核"],
}
AUX_DUTIES = [
    "协助执法人员开展巡查、宣传和信息采集，不得独立执法",
    "协助执法人员开展现场秩序维护、拍照录像等证据固定工作，不得独立执法",
    "协助开展案卷整理、文书送达和数据录入等辅助性工作，不得独立执法",
    "协助执法人员开展垃圾分类检查和宣传引导，不得独立执法",
]
OFFICER_VALID_FROM = dt.date(2021, 12, 1)
OFFICER_VALID_TO = dt.date(2026, 10, 31)


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def rand_date(rng, lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def build_officers(rng, agencies):
    officers = []
    used_names = set()
    cred_seq = {d: 100 for d in DIV.values()}
    aux_seq = {d: 0 for d in DIV.values()}
    compound_queue = list(COMPOUND[:4])  # 欧阳, 司马, 上官, 诸葛 appear at least once

    def name():
        while True:
            r = rng.random()
            if compound_queue and r < 0.03:
                s = compound_queue[0]
            elif r < 0.005:
                s = rng.choice(COMPOUND)
            else:
                s = SURNAMES[int(len(SURNAMES) * rng.random() ** 1.5)]
            n = s + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.65 else "")
            if n in used_names:
                continue
            if compound_queue and s == compound_queue[0]:
                compound_queue.pop(0)
            used_names.add(n)
            return n

    def cred(div):
        cred_seq[div] += 1
        # 13 digits like gen.py's, but the seventh digit is 0: outside gen.py's range
        return "%s%07d" % (div, cred_seq[div])

    def row(no, nm, a, role, label, status, issued, expires, duties):
        officers.append({"credential_no": no, "name": nm, "agency_code": a["code"], "role": role, "domain": label,
                         "credential_status": status, "issued_on": issued.isoformat(),
                         "expires_on": expires.isoformat(), "duties": duties})

    for a in agencies:
        kind = a["kind"]
        div = DIV[a["district"]]
        if kind == "GOVERNMENT":
            continue  # enforcement is done by the departments and street offices
        if kind == "ENFORCEMENT_TEAM":
            n_off, n_aux = rng.randint(8, 12), rng.randint(2, 4)
            duties, label, chains = DUTIES["street"], "综合执法", 2
        elif kind in ("STREET_OFFICE", "TOWNSHIP"):
            n_off, n_aux = rng.randint(2, 3), 0
            duties, label, chains = DUTIES["street-office"], "综合执法", 0
        elif kind == "ENTRUSTED_ORG":
            n_off, n_aux = rng.randint(9, 12), 1
            duties, label, chains = DUTIES["health"], "卫生健康", 0
        else:  # DEPARTMENT
            hi = 20 if a["district"] == "朝阳区" else 14
            n_off = rng.randint(9, hi - 2)
            n_aux = rng.choice((0, 1, 1, 2))
            duties, label, chains = DUTIES[a["domain"]], DOMAIN_LABEL[a["domain"]], 2
        for j in range(n_off):
            nm = name()
            r = rng.random()
            if r < 0.89:
                status = "VALID"
                issued = rand_date(rng, OFFICER_VALID_FROM, OFFICER_VALID_TO)
                expires = add_years(issued, 5)
            elif r < 0.94:
                status = "EXPIRED"  # not renewed (retired, transferred)
                expires = rand_date(rng, dt.date(2022, 1, 10), dt.date(2026, 11, 15))
                issued = add_years(expires, -5)
            elif r < 0.97:
                status = "SUSPENDED"
                issued = rand_date(rng, OFFICER_VALID_FROM, dt.date(2026, 6, 30))
                expires = add_years(issued, 5)
            else:
                status = "REVOKED"
                issued = rand_date(rng, OFFICER_VALID_FROM, dt.date(2026, 6, 30))
                expires = add_years(issued, 5)
            no = cred(div)
            row(no, nm, a, "OFFICER", label, status, issued, expires, rng.choice(duties))
            # 换证: the first VALID officers of a deciding body held an earlier credential that
            # expired the day the current one was issued, so at least `chains` officers hold a
            # valid credential on every day from five years before the current one was issued
            if status == "VALID" and chains > 0:
                chains -= 1
                row(cred(div), nm, a, "OFFICER", label, "EXPIRED", add_years(issued, -5), issued,
                    officers[-1]["duties"])
        for j in range(n_aux):
            aux_seq[div] += 1
            no = "FZ-%s-%04d" % (div, aux_seq[div])
            if rng.random() < 0.9:
                status = "VALID"
                issued = rand_date(rng, dt.date(2023, 12, 1), OFFICER_VALID_TO)
            else:
                status = "EXPIRED"
                issued = rand_date(rng, dt.date(2021, 1, 4), dt.date(2023, 10, 31))
            # an auxiliary work card is issued for the 3-year contract term
            row(no, name(), a, "AUXILIARY", label, status, issued, add_years(issued, 3), rng.choice(AUX_DUTIES))
    return officers


def ensure_minimum_statuses(officers):
    """The dataset must show every credential status: at least 3 SUSPENDED and 3 REVOKED
    OFFICER credentials (turned from VALID ones of departments, deterministically)."""
    for status, need in (("SUSPENDED", 3), ("REVOKED", 3)):
        have = sum(1 for o in officers if o["credential_status"] == status)
        for o in officers:
            if have >= need:
                break
            if (o["role"] == "OFFICER" and o["credential_status"] == "VALID"
                    and not any(p["name"] == o["name"] and p is not o for p in officers)):
                o["credential_status"] = status
                have += 1


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------
HEADERS = check_seed.HEADERS


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r[h] for h in header])


def read_calendar():
    for p in CALENDAR_CANDIDATES:
        if os.path.exists(p):
            with open(p, encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f))
            if rows[0] != ["date", "kind", "name"]:
                raise SystemExit("%s: unexpected header %r" % (p, rows[0]))
            return p, [dict(zip(rows[0], r)) for r in rows[1:] if r]
    raise SystemExit("official calendar calendar-cn.csv not found in %s" % CALENDAR_CANDIDATES)


def generate(out):
    rng = random.Random(SEED)
    os.makedirs(out, exist_ok=True)
    cal_src, calendar = read_calendar()
    agencies = build_agencies(random.Random(rng.random()))
    powers = build_powers(random.Random(rng.random()), agencies)
    officers = build_officers(random.Random(rng.random()), agencies)
    ensure_minimum_statuses(officers)
    # decisions draw from their own random stream: the files above do not depend on them
    decisions = build_decisions(agencies, powers, officers, calendar, SEED)
    write_csv(os.path.join(out, "calendar.csv"), HEADERS["calendar.csv"], calendar)
    write_csv(os.path.join(out, "agencies.csv"), HEADERS["agencies.csv"], agencies)
    write_csv(os.path.join(out, "powers.csv"), HEADERS["powers.csv"], powers)
    write_csv(os.path.join(out, "officers.csv"), HEADERS["officers.csv"], officers)
    write_csv(os.path.join(out, "penalty_decisions.csv"), HEADERS["penalty_decisions.csv"], decisions)
    # applications draw from their own random stream too
    requests, events = build_requests(agencies, calendar, SEED)
    write_csv(os.path.join(out, "disclosure_requests.csv"), HEADERS["disclosure_requests.csv"], requests)
    write_csv(os.path.join(out, "request_events.csv"), HEADERS["request_events.csv"], events)
    return cal_src


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="dataset folder (default: <repo>/seed-data)")
    ap.add_argument("--check", action="store_true", help="only validate the folder, do not write")
    args = ap.parse_args(argv)
    cal_src = None
    if not args.check:
        cal_src = generate(args.out)
        print("wrote %s" % args.out)
    else:
        for p in CALENDAR_CANDIDATES:
            if os.path.exists(p):
                cal_src = p
                break
    ok = check_seed.check(args.out, calendar_source=cal_src, as_of=AS_OF)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
