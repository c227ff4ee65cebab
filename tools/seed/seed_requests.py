"""Fictional government-information-disclosure applications (政府信息公开申请) for seed-data/.

build_requests(agencies, calendar_rows, seed) returns the rows of disclosure_requests.csv and
request_events.csv: about 1,200 applications to the seed agencies that receive applications
(governments, departments, street offices, townships), submitted 2021-11-23 .. 2026-11-22, with
every outcome of the contract, every clock of the OGI Regulations (政府信息公开条例) and every
kind of review. Histories follow the rules the hub enforces (request/deadline/DeadlineEngine):

  * receipt (art. 31): online and fax applications on the submission day if it is a working day
    and before 17:00, else the next working day; letters 2-5 days later, on a working day;
    in-person applications on the (working) day they are handed in;
  * the answer is due on the 20th working day after receipt (art. 33), later by the working days
    of third-party / inter-agency consultation (at most 15 each, art. 32-34) and of fee payment
    (art. 42), by an extension (at most 20, once, before the due date) or an art. 35 delay;
  * a correction notice (art. 30) goes out within 7 working days of receipt, once, with an
    answer-by date 15 working days later; the clock restarts from the correction; without one
    the application lapses (OTHER_NO_CORRECTION), sometimes with a formal notice after the date;
  * a fee notice is paid within 20 working days, else the application lapses (OTHER_FEE_UNPAID);
  * reviews: reconsideration (行政复议), direct litigation and litigation after reconsideration,
    decided (维持 / 纠正 / 其他) or pending.

Events after 2026-11-22 are cut off, so the last weeks hold open applications: in progress,
overdue, awaiting a correction or a fee, in consultation, and submitted but not yet received.
Applicants are fictional: names from common surnames and given-name characters, resident ID
numbers with a Beijing area code and a correct check character, organisations with invented
names and credit codes whose organisation-code part starts with "QT" (used by nothing else),
contacts with phone numbers 010-0NNN-NNNN (a Beijing number never starts with 0: not diallable)
and e-mail addresses at example.com. Query codes are printed in the CSV on purpose: the seed is
a demonstration dataset and anyone may follow its applications.
"""

import datetime as dt

from seed_decisions import AS_OF, START, COMPOUND_SURNAMES, GIVEN, SURNAMES, People, WorkCal, id_number, uscc

RECEIVING_KINDS = ("GOVERNMENT", "DEPARTMENT", "STREET_OFFICE", "TOWNSHIP")
N_REQUESTS = 1200
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
PREFIX = {"朝阳区": "CY", "大兴区": "DX", "东城区": "DC"}

OUTCOMES = ["DISCLOSED", "PARTIALLY_DISCLOSED", "WITHHELD_STATE_SECRET", "WITHHELD_LAW_PROHIBITED",
            "WITHHELD_SECURITY_STABILITY", "WITHHELD_THIRD_PARTY", "WITHHELD_INTERNAL_AFFAIRS",
            "WITHHELD_PROCESS_INFO", "WITHHELD_ENFORCEMENT_FILE", "WITHHELD_ADMIN_QUERY",
            "UNAVAILABLE_NOT_HELD", "UNAVAILABLE_NEEDS_CREATION", "UNAVAILABLE_UNCLEAR",
            "NOT_PROCESSED_PETITION", "NOT_PROCESSED_REPEAT", "NOT_PROCESSED_PUBLICATION",
            "NOT_PROCESSED_EXCESSIVE", "NOT_PROCESSED_CONFIRMATION", "OTHER_NO_CORRECTION",
            "OTHER_FEE_UNPAID", "OTHER"]
# the ordinary mix of answers on the merits (the lapses come from their own paths)
ANSWER_WEIGHTS = {"DISCLOSED": 340, "PARTIALLY_DISCLOSED": 90, "WITHHELD_STATE_SECRET": 6,
                  "WITHHELD_LAW_PROHIBITED": 8, "WITHHELD_SECURITY_STABILITY": 6, "WITHHELD_THIRD_PARTY": 12,
                  "WITHHELD_INTERNAL_AFFAIRS": 15, "WITHHELD_PROCESS_INFO": 25, "WITHHELD_ENFORCEMENT_FILE": 10,
                  "WITHHELD_ADMIN_QUERY": 12, "UNAVAILABLE_NOT_HELD": 230, "UNAVAILABLE_NEEDS_CREATION": 40,
                  "NOT_PROCESSED_PETITION": 55, "NOT_PROCESSED_REPEAT": 30, "NOT_PROCESSED_PUBLICATION": 8,
                  "NOT_PROCESSED_EXCESSIVE": 6, "NOT_PROCESSED_CONFIRMATION": 6, "OTHER": 25}
ANSWER_TEXT = {
    "DISCLOSED": "经审查，您申请获取的政府信息属于公开范围，本机关予以公开，现将有关信息随本答复书一并提供。",
    "PARTIALLY_DISCLOSED": "经审查，您申请获取的政府信息中部分内容涉及个人隐私，本机关对可以公开的部分予以公开。",
    "WITHHELD_STATE_SECRET": "经审查，您申请获取的政府信息属于国家秘密，依法不予公开。",
    "WITHHELD_LAW_PROHIBITED": "经审查，您申请获取的政府信息属于法律、行政法规禁止公开的信息，不予公开。",
    "WITHHELD_SECURITY_STABILITY": "经审查，您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，不予公开。",
    "WITHHELD_THIRD_PARTY": "经审查，您申请获取的政府信息涉及第三方商业秘密，第三方不同意公开，不予公开。",
    "WITHHELD_INTERNAL_AFFAIRS": "经审查，您申请获取的信息属于行政机关内部事务信息，不予公开。",
    "WITHHELD_PROCESS_INFO": "经审查，您申请获取的信息属于行政机关在履行职责过程中形成的过程性信息，不予公开。",
    "WITHHELD_ENFORCEMENT_FILE": "经审查，您申请获取的信息属于行政执法案卷信息，不予公开。",
    "WITHHELD_ADMIN_QUERY": "经审查，您申请获取的信息属于行政查询事项，请按相关规定办理查询。",
    "UNAVAILABLE_NOT_HELD": "经检索，本机关未制作或获取您申请的政府信息。",
    "UNAVAILABLE_NEEDS_CREATION": "您申请获取的信息需要本机关对现有政府信息进行加工、分析，本机关不予提供。",
    "UNAVAILABLE_UNCLEAR": "经补正后，您的申请内容仍不明确，本机关无法提供。",
    "NOT_PROCESSED_PETITION": "您提出的申请实质为信访、投诉、举报，请通过相应渠道提出。",
    "NOT_PROCESSED_REPEAT": "您提出的申请与此前已答复的申请内容相同，属于重复申请，本机关不予重复处理。",
    "NOT_PROCESSED_PUBLICATION": "您申请获取的信息属于公开出版物，可通过公开渠道获取。",
    "NOT_PROCESSED_EXCESSIVE": "您申请公开政府信息的数量、频次明显超过合理范围，且未能说明理由，本机关不予处理。",
    "NOT_PROCESSED_CONFIRMATION": "您的申请系要求本机关确认或重新出具已获取的信息，不属于政府信息公开申请，本机关不予处理。",
    "OTHER_NO_CORRECTION": "您未在规定期限内补正申请，视为放弃申请，本机关不再处理。",
    "OTHER_FEE_UNPAID": "您未在规定期限内缴纳信息处理费，视为放弃申请，本机关不再处理。",
    "OTHER": "您的申请已通过其他方式处理完毕。",
}
TOPICS = ["{comm}老旧小区综合整治项目的立项批复及资金预算", "{road}道路大修工程的施工许可及验收文件",
          "{year}年度{agency}部门预算及决算", "{comm}周边违法建设拆除的执法文书目录", "{year}年度重大行政决策事项目录",
          "{road}沿线垃圾分类收运设施的规划与选址意见", "{comm}停车设施建设项目的环境影响评价批复",
          "{year}年度行政执法统计年报", "{road}施工噪声投诉的处理结果", "{comm}雨污分流改造工程的招标文件",
          "{year}年度政府信息公开工作年度报告所引数据的统计口径", "{comm}社区养老服务驿站的运营补贴标准",
          "{road}两侧绿化改造项目的设计方案", "{year}年度安全生产检查计划及检查结果汇总"]
COMMUNITIES = {"朝阳区": ["双井", "劲松", "团结湖", "呼家楼", "和平街", "潘家园", "垡头", "酒仙桥", "麦子店", "常营"],
               "大兴区": ["黄村", "清源", "兴丰", "林校路", "观音寺", "天宫院"],
               "东城区": ["东华门", "南池子", "北池子", "东四", "景山", "交道口"]}
ROADS = {"朝阳区": ["东三环中路", "广渠路", "朝阳路", "建国路", "农展馆南路", "十里河路"],
         "大兴区": ["兴华大街", "黄村西大街", "金星路", "永华南路"],
         "东城区": ["南河沿大街", "东华门大街", "北河沿大街", "王府井大街"]}
REVIEW_PLAN = [  # (kinds in order, results: None = still pending at the end)
    (["RECONSIDERATION"], ["REVIEW_UPHELD"]), (["RECONSIDERATION"], ["REVIEW_CORRECTED"]),
    (["RECONSIDERATION"], ["REVIEW_OTHER"]), (["RECONSIDERATION"], [None]),
    (["LITIGATION_DIRECT"], ["REVIEW_UPHELD"]), (["LITIGATION_DIRECT"], ["REVIEW_CORRECTED"]),
    (["LITIGATION_DIRECT"], ["REVIEW_OTHER"]), (["LITIGATION_DIRECT"], [None]),
    (["RECONSIDERATION", "LITIGATION_AFTER_RECONSIDERATION"], ["REVIEW_UPHELD", "REVIEW_UPHELD"]),
    (["RECONSIDERATION", "LITIGATION_AFTER_RECONSIDERATION"], ["REVIEW_UPHELD", "REVIEW_CORRECTED"]),
    (["RECONSIDERATION", "LITIGATION_AFTER_RECONSIDERATION"], ["REVIEW_CORRECTED", "REVIEW_OTHER"]),
    (["RECONSIDERATION", "LITIGATION_AFTER_RECONSIDERATION"], ["REVIEW_UPHELD", None]),
]
# (path, weight): the clocks an application goes through
PATHS = [("plain", 560), ("late", 25), ("correction_ok", 50), ("correction_unclear", 12),
         ("correction_none_notice", 14), ("correction_none_silent", 8), ("third_party", 40),
         ("third_party_silent", 10), ("agency", 25), ("both_consulted", 8), ("extended", 50),
         ("extended_short", 10), ("delay", 8), ("fee_paid", 12), ("fee_unpaid_notice", 6),
         ("fee_unpaid_silent", 4), ("withdrawn", 25), ("withdrawn_before_receipt", 6),
         ("review", 40)]
OPEN_TAIL = ["open_in_progress", "open_overdue", "open_correction", "open_fee", "open_consultation",
             "open_not_received", "open_extended", "recent_withdrawn"]


class Clock:
    """Event times of one application: working hours, strictly increasing."""

    def __init__(self):
        self.last = None

    def at(self, d, rng):
        t = dt.datetime(d.year, d.month, d.day, 9, 0) + dt.timedelta(minutes=rng.randrange(0, 7 * 60))
        if self.last is not None and t <= self.last:
            t = self.last + dt.timedelta(minutes=7)
        self.last = t
        return t


def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S+08:00")


def work_between(cal, a, b):
    """working days in (a, b]"""
    n = 0
    d = a
    while d < b:
        d += dt.timedelta(days=1)
        if cal.is_work(d):
            n += 1
    return n


def build_requests(agencies, calendar_rows, seed):
    import random
    rng = random.Random("%s:requests" % seed)
    cal = WorkCal(calendar_rows)
    people = People(rng)
    receivers = [a for a in agencies if a["kind"] in RECEIVING_KINDS]
    weights = [{"GOVERNMENT": 10, "DEPARTMENT": 3}.get(a["kind"], 1) for a in receivers]
    span = (AS_OF - START).days
    subs = []
    for i in range(N_REQUESTS):
        # denser towards the end, as in the rest of the seed; the last 40 days are for the open tail
        x = rng.random() ** 0.8
        subs.append(START + dt.timedelta(days=int(x * (span - 40))))
    tail = []
    for i, path in enumerate(OPEN_TAIL * 4):
        back = 50 + (i * 13) % 50 if path == "open_overdue" else 2 + (i * 37) % 38
        tail.append((AS_OF - dt.timedelta(days=back), path))
    plan = [(d, None) for d in subs] + tail
    plan.sort(key=lambda p: p[0])
    forced = {}
    # the first applications of the window go through every outcome, path and review at least three times
    slot = 0
    for _ in range(3):
        for o in OUTCOMES:
            forced[slot] = ("outcome", o)
            slot += 1
        for p, _w in PATHS:
            forced[slot] = ("path", p)
            slot += 1
        for r in range(len(REVIEW_PLAN)):
            forced[slot] = ("review", r)
            slot += 1
    spread = max(1, (N_REQUESTS - 100) // max(1, slot))  # spread the forced ones over the window
    forced = {k * spread: v for k, v in forced.items()}
    requests, events = [], []
    serial = {}
    codes = set()
    type_cycle = ["NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION", "SOCIAL_WELFARE_ORG",
                  "LEGAL_SERVICE_ORG", "OTHER_ORG"]
    for i, (day, tail_path) in enumerate(plan):
        a = rng.choices(receivers, weights=weights)[0]
        district = a["district"]
        key = (PREFIX[district], day.year)
        serial[key] = serial.get(key, 0) + 1
        tno = "%s%d-%05d" % (PREFIX[district], day.year, serial[key])
        atype = type_cycle[i % 6] if i < 60 else rng.choices(type_cycle, weights=[82, 7, 2, 2, 5, 2])[0]
        name, idno = applicant(rng, people, atype, district, i)
        contact = contact_of(rng, people)
        channel = rng.choices(["ONLINE", "LETTER", "FAX", "IN_PERSON"], weights=[68, 18, 2, 12])[0]
        if tail_path == "open_not_received":
            channel = "ONLINE"
        fmt = rng.choices(["ELECTRONIC", "PAPER"], weights=[65, 35])[0]
        delivery = rng.choice(["ONLINE", "EMAIL"]) if fmt == "ELECTRONIC" else rng.choice(["POST", "PICKUP"])
        if channel == "IN_PERSON":
            day = cal.next_work(day)
            minute = rng.randrange(9 * 60, 16 * 60 + 30)
        else:
            minute = rng.randrange(7 * 60, 23 * 60)
        submitted = dt.datetime(day.year, day.month, day.day) + dt.timedelta(minutes=minute)
        topic = rng.choice(TOPICS).format(comm=rng.choice(COMMUNITIES[district]), road=rng.choice(ROADS[district]),
                                          year=day.year - rng.randrange(0, 3), agency="本机关")
        while True:
            code = "".join(rng.choice(ALPHABET) for _ in range(16))
            if code not in codes:
                codes.add(code)
                break
        requests.append({"tracking_no": tno, "agency_code": a["code"], "applicant_type": atype,
                         "applicant_name": name, "applicant_id_no": idno, "applicant_contact": contact,
                         "description": "申请公开" + topic + "。", "format": fmt, "delivery": delivery,
                         "channel": channel, "submitted_at": ts(submitted), "query_code": code,
                         "public_register": "true" if rng.random() < 0.3 else "false"})
        f = forced.get(i)
        history = life(rng, cal, submitted, channel, tail_path, f, a)
        for t, kind, outcome, detail in history:
            if t.date() > AS_OF:
                break
            events.append({"tracking_no": tno, "at": ts(t), "kind": kind, "outcome": outcome or "",
                           "detail": detail or ""})
    return requests, events


def applicant(rng, people, atype, district, i):
    if atype == "NATURAL_PERSON":
        compound = COMPOUND_SURNAMES[i % 4] if i % 97 == 5 else ""
        born = dt.date(1950 + rng.randrange(0, 52), rng.randrange(1, 13), rng.randrange(1, 29))
        return people.name(compound), id_number(rng, born)
    brand = rng.choice("航泽信安恒瑞和晟润华嘉禾远景博睿") + rng.choice("泽信达通宇新源丰启明")
    name, prefix = {
        "COMMERCIAL_ENTERPRISE": ("北京%s%s有限公司" % (brand, rng.choice(["科技", "建设工程", "餐饮管理", "物业服务", "商贸"])), "91"),
        "RESEARCH_INSTITUTION": ("北京%s城市发展研究院" % brand, "12"),
        "SOCIAL_WELFARE_ORG": ("北京市%s%s公益服务中心" % (district, brand), "52"),
        "LEGAL_SERVICE_ORG": ("北京%s律师事务所" % brand, "31"),
        "OTHER_ORG": ("北京%s物业管理协会" % brand, "51"),
    }[atype]
    return name, uscc(prefix, {"朝阳区": "110105", "大兴区": "110115", "东城区": "110101"}[district], "QT%06d" % i)


def contact_of(rng, people):
    r = rng.random()
    if r < 0.55:
        return "电话：" + people.phone()
    if r < 0.8:
        return "邮箱：%s%d@example.com" % (rng.choice(("zhang", "li", "wang", "user", "bj", "cy")), rng.randrange(10 ** 6))
    return "北京市%s号院%d号楼%d单元%d室，电话%s" % (rng.choice(["朝阳区金台里7", "大兴区清源路12", "东城区南池子18"]),
                                          rng.randrange(1, 30), rng.randrange(1, 6), rng.randrange(101, 2500),
                                          people.phone())


def receipt(rng, cal, submitted, channel):
    d = submitted.date()
    if channel == "LETTER":
        return cal.next_work(d + dt.timedelta(days=rng.randrange(2, 6)))
    if channel == "IN_PERSON":
        return d
    if cal.is_work(d) and submitted.hour < 17:
        return d
    return cal.next_work(d + dt.timedelta(days=1))


def life(rng, cal, submitted, channel, tail_path, forced, agency):
    """The events of one application as (time, kind, outcome, detail)."""
    clock = Clock()
    clock.last = submitted
    ev = []

    def add(d, kind, outcome=None, detail=None):
        ev.append((clock.at(d, rng), kind, outcome, detail))

    path, outcome, review = "plain", None, None
    if forced:
        what, value = forced
        if what == "outcome":
            outcome = value
            path = {"OTHER_NO_CORRECTION": "correction_none_notice", "UNAVAILABLE_UNCLEAR": "correction_unclear",
                    "OTHER_FEE_UNPAID": "fee_unpaid_notice", "WITHHELD_THIRD_PARTY": "third_party"}.get(value, "plain")
        elif what == "path":
            path = value
        else:
            path, review = "review", REVIEW_PLAN[value]
    elif tail_path:
        path = tail_path
    else:
        path = rng.choices([p for p, _ in PATHS], weights=[w for _, w in PATHS])[0]
    if path == "review" and review is None:
        review = rng.choice(REVIEW_PLAN)
    if path == "withdrawn_before_receipt":
        add(submitted.date() + dt.timedelta(days=rng.randrange(0, 2)), "WITHDRAWN", None, "申请人在本机关确认收到前撤回申请。")
        return ev
    if path == "open_not_received":
        return ev
    rec = receipt(rng, cal, submitted, channel)
    add(rec, "RECEIVED", None, "本机关已收到您的政府信息公开申请。")
    base, excluded, limit = rec, 0, 20
    if path.startswith("correction") or path == "open_correction":
        ci = cal.add_work(rec, rng.randint(1, 7))
        by = cal.add_work(ci, 15)
        add(ci, "CORRECTION_REQUESTED", None, "%s 请补正：1. 所需政府信息的名称或文号；2. 信息所属的时间范围。" % by.isoformat())
        if path == "open_correction":
            return ev
        if path in ("correction_ok", "correction_unclear"):
            ki = cal.add_work(ci, rng.randint(1, 15))
            add(ki, "CORRECTED", None, "申请人已补正申请内容。")
            base = ki
            if path == "correction_unclear":
                outcome = "UNAVAILABLE_UNCLEAR"
        else:
            if path == "correction_none_notice":
                add(cal.add_work(by, rng.randint(1, 4)), "ANSWERED", "OTHER_NO_CORRECTION", ANSWER_TEXT["OTHER_NO_CORRECTION"])
            return ev
    if path in ("third_party", "third_party_silent", "both_consulted", "open_consultation"):
        ti = cal.add_work(base, rng.randint(2, 8))
        add(ti, "THIRD_PARTY_CONSULTED", None, "您申请的信息涉及第三方合法权益，本机关已书面征求第三方意见，征求意见所需时间不计算在答复期限内。")
        if path == "open_consultation":
            return ev
        if path == "both_consulted":
            ai = cal.add_work(ti, rng.randint(1, 3))
            add(ai, "AGENCY_CONSULTED", None, "您申请的信息由本机关与其他机关共同制作，本机关已征求其意见。")
        if path == "third_party_silent":
            tri = cal.add_work(ti, 15 + rng.randint(1, 5))
            add(tri, "THIRD_PARTY_REPLIED", None, "第三方逾期未提出意见，本机关依法决定。")
            excluded += 15
        else:
            tri = cal.add_work(ti, rng.randint(3, 15))
            add(tri, "THIRD_PARTY_REPLIED", None, rng.choice(["第三方回复不同意公开。", "第三方回复同意公开。"]))
            excluded += work_between(cal, ti, tri)
        if path == "both_consulted":
            ari = cal.add_work(ai, rng.randint(3, 12))
            add(max(ari, tri), "AGENCY_REPLIED", None, "相关机关回复同意公开。")
            covered = set()
            for (s, e) in ((ti, tri), (ai, max(ari, tri))):
                d = s
                while d < e:
                    d += dt.timedelta(days=1)
                    if cal.is_work(d) and work_between(cal, s, d) <= 15:
                        covered.add(d)
            excluded = len(covered)
        if outcome is None:
            outcome = rng.choices(["WITHHELD_THIRD_PARTY", "PARTIALLY_DISCLOSED", "DISCLOSED"], weights=[4, 3, 3])[0]
    if path == "agency":
        ai = cal.add_work(base, rng.randint(2, 8))
        add(ai, "AGENCY_CONSULTED", None, "您申请的信息由本机关与其他机关共同制作，本机关已征求其意见。")
        ari = cal.add_work(ai, rng.randint(3, 15))
        add(ari, "AGENCY_REPLIED", None, "相关机关逾期未答复，视为同意公开。" if rng.random() < 0.3 else "相关机关回复同意公开。")
        excluded += work_between(cal, ai, ari)
    if path in ("fee_paid", "fee_unpaid_notice", "fee_unpaid_silent", "open_fee"):
        fi = cal.add_work(base, rng.randint(3, 10))
        add(fi, "FEE_NOTICE", None, "您申请公开政府信息的数量、频次明显超过合理范围，本机关依法收取信息处理费%d元，请于20个工作日内缴纳。"
            % rng.choice((100, 200, 400)))
        if path == "open_fee":
            return ev
        if path == "fee_paid":
            pi = cal.add_work(fi, rng.randint(1, 15))
            add(pi, "FEE_PAID", None, "申请人已缴纳信息处理费。")
            excluded += work_between(cal, fi, pi)
        else:
            if path == "fee_unpaid_notice":
                add(cal.add_work(cal.add_work(fi, 20), rng.randint(1, 3)), "ANSWERED", "OTHER_FEE_UNPAID",
                    ANSWER_TEXT["OTHER_FEE_UNPAID"])
            return ev
    if path in ("withdrawn", "recent_withdrawn"):
        add(cal.add_work(base, rng.randint(1, 12)), "WITHDRAWN", None, "申请人主动撤回申请。")
        return ev
    if path in ("extended", "extended_short", "open_extended"):
        days = 20 if path != "extended_short" else rng.choice((5, 10, 15))
        ei = cal.add_work(base, excluded + rng.randint(14, 19))
        add(ei, "EXTENDED", None, "因需要协调相关部门，经本机关政府信息公开工作机构负责人同意，答复期限延长%d个工作日。" % days)
        limit += days
        if path == "open_extended":
            return ev
    due = cal.add_work(base, limit + excluded)
    if path == "delay":
        di = cal.add_work(base, excluded + rng.randint(5, 15))
        new_due = cal.add_work(due, rng.randint(10, 30))
        add(di, "DELAY_NOTIFIED", None, "%s 您申请公开的政府信息数量较大，本机关依据条例第三十五条确定延迟答复期限。" % new_due.isoformat())
        due = new_due
    if path in ("open_in_progress",):
        return ev
    if path == "open_overdue":
        # received long enough ago to be past due, but the answer has not been recorded
        return ev
    if outcome is None:
        outcome = rng.choices(list(ANSWER_WEIGHTS), weights=list(ANSWER_WEIGHTS.values()))[0]
    last = max(e[0].date() for e in ev)
    if path == "late":
        ans = cal.add_work(due, rng.randint(1, 10))
    else:
        total = work_between(cal, base, due)
        ans = cal.add_work(base, max(1, min(total, int(rng.triangular(2, total + 1, total * 0.7)))))
    if ans <= last:
        ans = cal.add_work(last, 1)
        if ans > due and path != "late":
            ans = last if cal.is_work(last) else cal.add_work(last, 1)
    detail = ANSWER_TEXT[outcome]
    if outcome == "DISCLOSED" and rng.random() < 0.35:
        detail = "该信息已主动公开，可在%s网站“政府信息公开”专栏查阅：https://%s.example.gov.invalid/zwgk/。" % (
            agency["name"], {"朝阳区": "chaoyang", "大兴区": "daxing", "东城区": "dongcheng"}[agency["district"]])
    add(ans, "ANSWERED", outcome, detail)
    if path == "review":
        kinds, results = review
        d = cal.add_work(ans, rng.randint(10, 40))
        for kind, result in zip(kinds, results):
            add(d, "REVIEW_FILED", None, kind)
            if result is None:
                break
            d = cal.add_work(d, rng.randint(30, 60))
            add(d, "REVIEW_DECIDED", result, None)
            d = cal.add_work(d, rng.randint(5, 12))
    return ev
