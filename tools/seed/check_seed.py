#!/usr/bin/env python3
"""Validate a dataset folder's calendar/agencies/powers/officers/penalty_decisions files against
DATASET.md v1 (and the extra conventions of seed-data/).  Python 3 standard library only.

    python3 tools/seed/check_seed.py [FOLDER]      # default: <repo>/seed-data

Checks: UTF-8 without BOM, RFC 4180 CSV with the exact header; unique keys; USCC check
characters (GB 32100-2015); every agency_code / parent_code exists; enum values;
ENFORCEMENT_TEAM parents are STREET_OFFICE / TOWNSHIP and teams have no powers; dates
parse (yyyy-MM-dd); issued_on < expires_on and the status agrees with the dates;
REPEALED powers have effective_to >= effective_from, ACTIVE ones none; phone numbers
are the undiallable 010-0000-xxxx; websites are empty or on .invalid; calendar.csv has
exactly the rows of the official calendar.

penalty_decisions.csv (see check_decisions): unique, well-formed decision numbers; the deciding
agency (never a team or a government) and an ACTIVE-on-the-date PENALTY item of its own; party
columns by party type (USCC / resident-ID check characters, names, operator); enums; amounts iff
the penalty types need them; procedure and severity rules; two or three distinct OFFICER
handlers of the agency or of its teams, VALID or EXPIRED, valid on the decision date; exemption,
status and publication fields; major => legal review 1-10 working days before; redacted passages
exact, distinct and non-overlapping; the mix (party types, procedure, exemptions, statuses,
redactions, names in the facts, publication timeliness) and the coverage of every policy case
(COVERAGE; printed as a table with an example decision number each).  Prints the row count of
every file.
"""

import csv
import datetime as dt
import io
import os
import re
import sys

HEADERS = {
    "calendar.csv": ["date", "kind", "name"],
    "agencies.csv": ["code", "name", "kind", "parent_code", "district", "address", "office_hours",
                     "consult_phone", "supervision_phone", "website", "functions"],
    "powers.csv": ["code", "agency_code", "name", "category", "legal_basis", "responsibility",
                   "random_inspection", "discretion_standard", "status", "effective_from", "effective_to"],
    "officers.csv": ["credential_no", "name", "agency_code", "role", "domain", "credential_status",
                     "issued_on", "expires_on", "duties"],
    "penalty_decisions.csv": ["decision_no", "agency_code", "power_code", "party_type", "party_name",
                              "party_credit_code", "party_id_no", "legal_representative", "violation_facts",
                              "legal_basis", "penalty_types", "fine_amount", "confiscation_amount", "decision_date",
                              "procedure", "officer_credentials", "severity", "exemption", "status",
                              "status_changed_on", "status_reason", "redacted_passages", "major",
                              "legal_review_date", "published_on"],
    "disclosure_requests.csv": ["tracking_no", "agency_code", "applicant_type", "applicant_name", "applicant_id_no",
                                "applicant_contact", "description", "format", "delivery", "channel", "submitted_at",
                                "query_code", "public_register"],
    "request_events.csv": ["tracking_no", "at", "kind", "outcome", "detail"],
}
AGENCY_KINDS = {"GOVERNMENT", "DEPARTMENT", "STREET_OFFICE", "TOWNSHIP", "AUTHORIZED_ORG", "ENTRUSTED_ORG",
                "ENFORCEMENT_TEAM"}
CATEGORIES = {"PENALTY", "LICENSING", "COERCION", "INSPECTION", "LEVY", "PAYMENT", "CONFIRMATION", "REWARD",
              "ADJUDICATION", "OTHER"}
ROLES = {"OFFICER", "AUXILIARY"}
CRED_STATUSES = {"VALID", "SUSPENDED", "REVOKED", "EXPIRED"}
DISTRICTS = {"朝阳区", "大兴区", "东城区"}

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
PHONE = re.compile(r"^010-0000-\d{4}$")
OFFICER_NO = re.compile(r"^\d{13}$")
AUX_NO = re.compile(r"^FZ-\d{6}-\d{4}$")
POWER_CODE = re.compile(r"^(CF|XK|QZ|JC|ZS|JF|QR|JL|CJ|QT)\d{9}$")


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_ALPHABET for c in code):
        return False
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - s % 31) % 31] == code[17]


def parse_date(s):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s or ""):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, f, row, col, msg):
        self.errors.append("%s row %s%s: %s" % (f, row, (" column " + col) if col else "", msg))

    def read(self, folder, fname):
        path = os.path.join(folder, fname)
        with open(path, "rb") as fh:
            raw = fh.read()
        if raw.startswith(b"\xef\xbb\xbf"):
            self.err(fname, 1, None, "starts with a BOM")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            self.err(fname, "?", None, "not UTF-8: %s" % e)
            return []
        if "\r" in text:
            self.err(fname, "?", None, "contains CR characters (expected \\n line ends)")
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        if not rows or rows[0] != HEADERS[fname]:
            self.err(fname, 1, None, "header must be %s" % ",".join(HEADERS[fname]))
            return []
        out = []
        for i, r in enumerate(rows[1:], 2):
            if len(r) != len(rows[0]):
                self.err(fname, i, None, "has %d fields, header has %d" % (len(r), len(rows[0])))
                continue
            out.append((i, dict(zip(rows[0], r))))
        return out

    def unique(self, fname, rows, key):
        seen = {}
        for i, r in rows:
            seen.setdefault(r[key], []).append(i)
        for k, lines in seen.items():
            if len(lines) > 1:
                for i in lines:
                    self.err(fname, i, key, "duplicate key %s (rows %s)" % (k, lines))

    def required(self, fname, rows, cols):
        for i, r in rows:
            for c in cols:
                if not r[c].strip():
                    self.err(fname, i, c, "is empty")


def check(folder, calendar_source=None, as_of=dt.date(2026, 11, 22), out=sys.stdout):
    c = Checker()
    for fname in HEADERS:
        if not os.path.exists(os.path.join(folder, fname)):
            c.err(fname, "-", None, "missing")
    if c.errors:
        for e in c.errors:
            print("ERROR " + e, file=out)
        return False
    cal = c.read(folder, "calendar.csv")
    ags = c.read(folder, "agencies.csv")
    pws = c.read(folder, "powers.csv")
    offs = c.read(folder, "officers.csv")

    # calendar
    c.unique("calendar.csv", cal, "date")
    for i, r in cal:
        d = parse_date(r["date"])
        if d is None:
            c.err("calendar.csv", i, "date", "not a yyyy-MM-dd date: %r" % r["date"])
        elif r["kind"] == "HOLIDAY" and d.weekday() >= 5:
            c.err("calendar.csv", i, "kind", "HOLIDAY on a weekend day")
        elif r["kind"] == "WORKDAY" and d.weekday() < 5:
            c.err("calendar.csv", i, "kind", "WORKDAY on a weekday")
        if r["kind"] not in ("HOLIDAY", "WORKDAY"):
            c.err("calendar.csv", i, "kind", "bad value %r" % r["kind"])
    if calendar_source:
        with open(calendar_source, encoding="utf-8-sig", newline="") as f:
            official = [tuple(x) for x in list(csv.reader(f))[1:] if x]
        mine = [(r["date"], r["kind"], r["name"]) for _, r in cal]
        if mine != official:
            c.err("calendar.csv", "-", None, "rows differ from the official %s" % calendar_source)

    # agencies
    c.unique("agencies.csv", ags, "code")
    c.required("agencies.csv", ags, ["code", "name", "kind", "district", "address", "office_hours",
                                     "consult_phone", "supervision_phone", "functions"])
    by_code = {r["code"]: r for _, r in ags}
    names = {}
    for i, r in ags:
        names.setdefault(r["name"], []).append(i)
        if not uscc_valid(r["code"]):
            c.err("agencies.csv", i, "code", "not a valid USCC: %s" % r["code"])
        if r["kind"] not in AGENCY_KINDS:
            c.err("agencies.csv", i, "kind", "bad value %r" % r["kind"])
        if r["district"] not in DISTRICTS:
            c.err("agencies.csv", i, "district", "unexpected district %r" % r["district"])
        p = r["parent_code"]
        if p and p not in by_code:
            c.err("agencies.csv", i, "parent_code", "unknown agency %s" % p)
        if p == r["code"]:
            c.err("agencies.csv", i, "parent_code", "is the agency itself")
        if r["kind"] == "GOVERNMENT" and p:
            c.err("agencies.csv", i, "parent_code", "a district government has no parent here")
        if r["kind"] == "ENFORCEMENT_TEAM":
            if not p or p not in by_code or by_code[p]["kind"] not in ("STREET_OFFICE", "TOWNSHIP"):
                c.err("agencies.csv", i, "parent_code", "an ENFORCEMENT_TEAM's parent must be a STREET_OFFICE/TOWNSHIP")
        if r["kind"] in ("STREET_OFFICE", "TOWNSHIP"):
            if not p or p not in by_code or by_code[p]["kind"] != "GOVERNMENT":
                c.err("agencies.csv", i, "parent_code", "a street office / township belongs to a GOVERNMENT")
        if p in by_code and by_code[p]["district"] != r["district"]:
            c.err("agencies.csv", i, "district", "differs from the parent's district")
        for col in ("consult_phone", "supervision_phone"):
            if not PHONE.match(r[col]):
                c.err("agencies.csv", i, col, "must be an undiallable 010-0000-xxxx number: %r" % r[col])
        if r["consult_phone"] == r["supervision_phone"]:
            c.err("agencies.csv", i, "supervision_phone", "same as consult_phone")
        w = r["website"]
        if w and not re.match(r"^https://[a-z0-9.-]+\.invalid(/|$)", w):
            c.err("agencies.csv", i, "website", "must be empty or an invented https://....invalid URL")
    for n, lines in names.items():
        if len(lines) > 1:
            c.err("agencies.csv", lines[0], "name", "name %s used by rows %s" % (n, lines))
    phones = {}
    for i, r in ags:
        for col in ("consult_phone", "supervision_phone"):
            phones.setdefault(r[col], []).append(i)
    for ph, lines in phones.items():
        if len(lines) > 1:
            c.err("agencies.csv", lines[0], None, "phone %s used more than once (rows %s)" % (ph, lines))

    # powers
    c.unique("powers.csv", pws, "code")
    c.required("powers.csv", pws, ["code", "agency_code", "name", "category", "legal_basis", "responsibility",
                                   "random_inspection", "status", "effective_from"])
    per_agency = {}
    for i, r in pws:
        if not POWER_CODE.match(r["code"]):
            c.err("powers.csv", i, "code", "unexpected format %r" % r["code"])
        a = by_code.get(r["agency_code"])
        if a is None:
            c.err("powers.csv", i, "agency_code", "unknown agency %s" % r["agency_code"])
        elif a["kind"] == "ENFORCEMENT_TEAM":
            c.err("powers.csv", i, "agency_code", "an ENFORCEMENT_TEAM has no powers list")
        key = (r["agency_code"], r["name"])
        per_agency.setdefault(key, []).append(i)
        if r["category"] not in CATEGORIES:
            c.err("powers.csv", i, "category", "bad value %r" % r["category"])
        if r["random_inspection"] not in ("true", "false"):
            c.err("powers.csv", i, "random_inspection", "must be true or false")
        if r["status"] not in ("ACTIVE", "REPEALED"):
            c.err("powers.csv", i, "status", "bad value %r" % r["status"])
        f = parse_date(r["effective_from"])
        if f is None:
            c.err("powers.csv", i, "effective_from", "not a yyyy-MM-dd date: %r" % r["effective_from"])
        elif f > as_of:
            c.err("powers.csv", i, "effective_from", "after %s" % as_of)
        if r["status"] == "REPEALED":
            t = parse_date(r["effective_to"])
            if t is None:
                c.err("powers.csv", i, "effective_to", "a REPEALED item needs a yyyy-MM-dd effective_to")
            elif f is not None and t < f:
                c.err("powers.csv", i, "effective_to", "before effective_from")
            elif t > as_of:
                c.err("powers.csv", i, "effective_to", "after %s" % as_of)
        elif r["effective_to"]:
            c.err("powers.csv", i, "effective_to", "an ACTIVE item has no effective_to")
        if r["discretion_standard"] and r["category"] != "PENALTY":
            c.err("powers.csv", i, "discretion_standard", "only penalty items carry a discretion standard")
    # the same item may appear again under a new code after a list adjustment, but then at most
    # one entry is ACTIVE and the periods do not overlap
    rows_by_line = dict(pws)
    for (ac, nm), lines in per_agency.items():
        if len(lines) < 2:
            continue
        entries = sorted((rows_by_line[i]["effective_from"], rows_by_line[i]["effective_to"] or "9999-12-31",
                          rows_by_line[i]["status"], i) for i in lines)
        if sum(1 for e in entries if e[2] == "ACTIVE") > 1:
            c.err("powers.csv", lines[0], "name", "agency %s lists %s as ACTIVE twice (rows %s)" % (ac, nm, lines))
        for x, y in zip(entries, entries[1:]):
            if y[0] <= x[1]:
                c.err("powers.csv", y[3], "effective_from", "overlaps row %d of the same item" % x[3])

    # officers
    c.unique("officers.csv", offs, "credential_no")
    c.required("officers.csv", offs, ["credential_no", "name", "agency_code", "role", "domain",
                                      "credential_status", "issued_on", "expires_on", "duties"])
    for i, r in offs:
        if r["agency_code"] not in by_code:
            c.err("officers.csv", i, "agency_code", "unknown agency %s" % r["agency_code"])
        if r["role"] not in ROLES:
            c.err("officers.csv", i, "role", "bad value %r" % r["role"])
        elif r["role"] == "OFFICER" and not OFFICER_NO.match(r["credential_no"]):
            c.err("officers.csv", i, "credential_no", "an OFFICER credential is 13 digits")
        elif r["role"] == "AUXILIARY" and not AUX_NO.match(r["credential_no"]):
            c.err("officers.csv", i, "credential_no", "an AUXILIARY work card is FZ-dddddd-dddd")
        if r["credential_status"] not in CRED_STATUSES:
            c.err("officers.csv", i, "credential_status", "bad value %r" % r["credential_status"])
        if not 2 <= len(r["name"]) <= 4:
            c.err("officers.csv", i, "name", "a Chinese name has 2-4 characters")
        a = parse_date(r["issued_on"])
        b = parse_date(r["expires_on"])
        if a is None:
            c.err("officers.csv", i, "issued_on", "not a yyyy-MM-dd date: %r" % r["issued_on"])
        if b is None:
            c.err("officers.csv", i, "expires_on", "not a yyyy-MM-dd date: %r" % r["expires_on"])
        if a and b:
            if not a < b:
                c.err("officers.csv", i, "expires_on", "not after issued_on")
            if a > as_of:
                c.err("officers.csv", i, "issued_on", "after %s" % as_of)
            st = r["credential_status"]
            if st == "VALID" and not b > as_of:
                c.err("officers.csv", i, "credential_status", "VALID but expired on %s" % b)
            if st == "EXPIRED" and b > as_of:
                c.err("officers.csv", i, "credential_status", "EXPIRED but runs until %s" % b)
    status_count = {}
    for _, r in offs:
        status_count[r["credential_status"]] = status_count.get(r["credential_status"], 0) + 1
    for st, need in (("SUSPENDED", 3), ("REVOKED", 3), ("EXPIRED", 10)):
        if status_count.get(st, 0) < need:
            c.err("officers.csv", "-", "credential_status", "fewer than %d %s credentials" % (need, st))

    decision_summary = check_decisions(c, folder, ags, pws, offs, cal, as_of)
    decision_summary += check_requests(c, folder, ags, cal, as_of)

    for e in c.errors:
        print("ERROR " + e, file=out)
    # summary
    kinds = {}
    for _, r in ags:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    cats = {}
    for _, r in pws:
        cats[r["category"]] = cats.get(r["category"], 0) + 1
    roles = {}
    for _, r in offs:
        roles[r["role"]] = roles.get(r["role"], 0) + 1
    n_rand = sum(1 for _, r in pws if r["random_inspection"] == "true")
    n_rep = sum(1 for _, r in pws if r["status"] == "REPEALED")
    print("calendar.csv  %4d rows" % len(cal), file=out)
    print("agencies.csv  %4d rows  %s" % (len(ags), " ".join("%s=%d" % kv for kv in sorted(kinds.items()))), file=out)
    print("powers.csv    %4d rows  %s; random_inspection=%d (%.1f%%), REPEALED=%d (%.1f%%)"
          % (len(pws), " ".join("%s=%d" % kv for kv in sorted(cats.items())), n_rand,
             100.0 * n_rand / max(1, len(pws)), n_rep, 100.0 * n_rep / max(1, len(pws))), file=out)
    print("officers.csv  %4d rows  %s; %s" % (len(offs), " ".join("%s=%d" % kv for kv in sorted(roles.items())),
                                              " ".join("%s=%d" % kv for kv in sorted(status_count.items()))), file=out)
    for line in decision_summary:
        print(line, file=out)
    print("OK" if not c.errors else "%d error(s)" % len(c.errors), file=out)
    return not c.errors


# ---------------------------------------------------------------------------
# penalty_decisions.csv
# ---------------------------------------------------------------------------
PENALTY_TYPES = {"WARNING", "CIRCULATED_CRITICISM", "FINE", "CONFISCATE_GAINS", "CONFISCATE_PROPERTY",
                 "SUSPEND_PERMIT", "DOWNGRADE_QUALIFICATION", "REVOKE_PERMIT", "RESTRICT_OPERATIONS",
                 "ORDER_SUSPENSION", "ORDER_CLOSURE", "RESTRICT_EMPLOYMENT", "DETENTION", "OTHER"}
SERIOUS_TYPES = {"REVOKE_PERMIT", "ORDER_CLOSURE", "RESTRICT_EMPLOYMENT", "ORDER_SUSPENSION"}
PARTY_TYPES = {"NATURAL_PERSON", "INDIVIDUAL_BUSINESS", "LEGAL_PERSON", "OTHER_ORG"}
EXEMPTION_KINDS = ["MINOR_PARTY", "STATE_SECRET", "SECURITY_STABILITY", "SERIAL_INVESTIGATION", "CRIMINAL_TRANSFER",
                   "LEGAL_PROHIBITION"]
DECIDING_KINDS = {"DEPARTMENT", "STREET_OFFICE", "TOWNSHIP", "AUTHORIZED_ORG", "ENTRUSTED_ORG"}
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙"]
USCC_PREFIX = {"INDIVIDUAL_BUSINESS": {"92"}, "LEGAL_PERSON": {"91"}, "OTHER_ORG": {"91", "52", "51", "12", "31"}}
DECISION_NO = re.compile(r"^京[\u4e00-\u9fff]+罚〔(\d{4})〕(\d+)号$")
AMOUNT2 = re.compile(r"^\d+\.\d{2}$")
PERSON_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
PERIOD_MONTHS = {"MINOR": 3, "GENERAL": 12, "SERIOUS": 36}  # the hub's maximum publication periods
MAX_BYTES = 3 * 1024 * 1024


def id_valid(no):
    return (len(no) == 18 and no[:17].isdigit()
            and ID_CHECK[sum(int(ch) * w for ch, w in zip(no[:17], ID_WEIGHTS)) % 11] == no[17])


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(d.year + y, mo + 1, day)
        except ValueError:
            pass


class WorkDays:
    def __init__(self, cal_rows):
        self.special = {r["date"]: r["kind"] for _, r in cal_rows}

    def is_work(self, d):
        k = self.special.get(d.isoformat())
        return k == "WORKDAY" if k else d.weekday() < 5

    def between(self, a, b):
        """working days in [a, b)"""
        n, d = 0, a
        while d < b:
            n += self.is_work(d)
            d += dt.timedelta(days=1)
        return n

    def add(self, d, n):
        while n:
            d += dt.timedelta(days=1)
            if self.is_work(d):
                n -= 1
        return d


def public(r):
    """published at all under the hub's rules (before the time limit)"""
    return (r["exemption"] == "NONE" and r["status"] in ("EFFECTIVE", "CHANGED") and r["procedure"] == "GENERAL"
            and r["penalty_types"] != "WARNING")


def visible(r, as_of):
    """public and inside the (maximum) publication period on as_of"""
    return public(r) and as_of < add_months(dt.date.fromisoformat(r["decision_date"]), PERIOD_MONTHS[r["severity"]])


def compound_person(name):
    return name[:2] in COMPOUND_SURNAMES


def _d(s):
    return dt.date.fromisoformat(s)


# the policy cases the seed decisions must cover: (case, predicate(row, ctx), minimum, minimum recent, what)
# ctx: as_of, recent_from, powers, officers, named_n (facts name the natural person), named_i (the operator)
COVERAGE = [
    ("exempt_" + k, (lambda k: lambda r, x: r["exemption"] == k)(k), 10, 3, "exemption %s (never published)" % k)
    for k in EXEMPTION_KINDS
] + [
    ("revoked", lambda r, x: r["status"] == "REVOKED", 10, 3, "status REVOKED (never published)"),
    ("revoked_would_be_public_recent", lambda r, x: r["status"] == "REVOKED" and r["exemption"] == "NONE"
     and r["procedure"] == "GENERAL" and r["penalty_types"] != "WARNING" and r["severity"] == "GENERAL"
     and _d(r["decision_date"]) >= x["recent_from"], 10, 10,
     "REVOKED, otherwise a visible GENERAL decision of the last 11 months"),
    ("revoked_exempt", lambda r, x: r["status"] == "REVOKED" and r["exemption"] != "NONE", 10, 3,
     "REVOKED and exempt"),
    ("revoked_simple", lambda r, x: r["status"] == "REVOKED" and r["procedure"] == "SIMPLE", 10, 3,
     "REVOKED, simple procedure"),
    ("changed", lambda r, x: r["status"] == "CHANGED", 10, 3, "status CHANGED (corrected content)"),
    ("changed_visible", lambda r, x: r["status"] == "CHANGED" and visible(r, x["as_of"]), 10, 3,
     "CHANGED and visible on as-of"),
    ("warning_only_general", lambda r, x: r["procedure"] == "GENERAL" and r["penalty_types"] == "WARNING", 10, 3,
     "general procedure, penalty_types exactly WARNING (not published)"),
    ("minor_fine_general", lambda r, x: r["procedure"] == "GENERAL" and r["severity"] == "MINOR"
     and "FINE" in r["penalty_types"].split("|"), 10, 3, "general procedure, MINOR, a small fine"),
    ("minor_fine_general_last_3_months", lambda r, x: r["procedure"] == "GENERAL" and r["severity"] == "MINOR"
     and "FINE" in r["penalty_types"].split("|") and public(r) and visible(r, x["as_of"]), 3, 3,
     "general-procedure MINOR fine inside 3 months (visible only if MINOR is published)"),
    ("minor_fine_general_3_to_11_months", lambda r, x: r["procedure"] == "GENERAL" and r["severity"] == "MINOR"
     and "FINE" in r["penalty_types"].split("|") and public(r) and not visible(r, x["as_of"])
     and _d(r["decision_date"]) >= x["recent_from"], 3, 3, "general-procedure MINOR fine 3-11 months old (expired)"),
    ("serious_1_to_3_years", lambda r, x: r["severity"] == "SERIOUS" and public(r)
     and dt.date(2023, 11, 23) <= _d(r["decision_date"]) <= dt.date(2025, 11, 22), 10, 0,
     "SERIOUS, 1-3 years old (still visible)"),
    ("serious_over_3_years", lambda r, x: r["severity"] == "SERIOUS" and public(r)
     and _d(r["decision_date"]) <= dt.date(2023, 11, 22), 10, 0, "SERIOUS, more than 3 years old (expired)"),
    ("general_11_months", lambda r, x: r["severity"] == "GENERAL" and public(r)
     and dt.date(2025, 12, 15) <= _d(r["decision_date"]) <= dt.date(2026, 1, 5), 10, 10,
     "GENERAL, dated 2025-12-15 .. 2026-01-05 (about 11 months; visible)"),
    ("general_13_months", lambda r, x: r["severity"] == "GENERAL" and public(r)
     and dt.date(2025, 10, 9) <= _d(r["decision_date"]) <= dt.date(2025, 11, 5), 10, 0,
     "GENERAL, dated 2025-10-09 .. 2025-11-05 (about 13 months; expired)"),
    ("general_2025_11_22", lambda r, x: r["severity"] == "GENERAL" and public(r)
     and r["decision_date"] == "2025-11-22", 10, 0, "GENERAL dated 2025-11-22: last visible day 2026-11-21"),
    ("general_2025_11_23", lambda r, x: r["severity"] == "GENERAL" and public(r)
     and r["decision_date"] == "2025-11-23", 10, 0, "GENERAL dated 2025-11-23: last visible day 2026-11-22"),
    ("serious_leap_day", lambda r, x: r["severity"] == "SERIOUS" and public(r)
     and r["decision_date"] == "2024-02-29", 10, 0, "SERIOUS dated 2024-02-29 (leap day)"),
    ("major", lambda r, x: r["major"] == "true", 10, 3, "major decision with legal_review_date"),
    ("simple_procedure", lambda r, x: r["procedure"] == "SIMPLE", 10, 3, "simple procedure (never published)"),
    ("person_named_visible", lambda r, x: x["named_n"] and visible(r, x["as_of"]), 10, 3,
     "natural person named in the facts, visible"),
    ("operator_named_visible", lambda r, x: x["named_i"] and visible(r, x["as_of"]), 10, 3,
     "individual business whose operator is named in the facts, visible"),
    ("compound_surname", lambda r, x: (r["party_type"] == "NATURAL_PERSON" and compound_person(r["party_name"]))
     or (r["party_type"] == "INDIVIDUAL_BUSINESS" and compound_person(r["legal_representative"])), 15, 3,
     "natural person or operator with a compound surname"),
    ("compound_surname_named_visible", lambda r, x: (x["named_n"] and compound_person(r["party_name"])
                                                    or x["named_i"] and compound_person(r["legal_representative"]))
     and visible(r, x["as_of"]), 10, 3, "compound surname named in the facts, visible"),
    ("home_or_phone_redacted", lambda r, x: r["party_type"] == "NATURAL_PERSON" and bool(r["redacted_passages"]),
     10, 3, "natural person's home address / phone among the redacted passages"),
    ("person_named_home_and_phone", lambda r, x: x["named_n"] and "住址：" in r["violation_facts"]
     and "联系电话：" in r["violation_facts"] and len(r["redacted_passages"].split("|")) >= 2, 10, 3,
     "natural person named in the facts, home address and phone both redacted"),
    ("third_person_phone_passage", lambda r, x: any("（联系电话" in p for p in r["redacted_passages"].split("|")),
     10, 3, "a redacted passage holds a reporter's / witness's / employee's name with a phone number"),
    ("third_person_in_passage", lambda r, x: any("（联系电话" in p or "（身份证号" in p
                                                 for p in r["redacted_passages"].split("|")), 10, 3,
     "a redacted passage holds a reporter's / employee's name with a phone or ID number"),
    ("trade_secret_passage", lambda r, x: any(p.startswith("营业收入") or p.startswith("进货单价")
                                              or p.startswith("合同编号") for p in r["redacted_passages"].split("|")),
     10, 0, "a redacted passage holds a trade secret"),
    ("power_since_repealed", lambda r, x: x["powers"][r["power_code"]]["status"] == "REPEALED", 10, 0,
     "made under a powers-list item that was REPEALED later"),
    ("handler_expired_credential", lambda r, x: any(x["officers"][o]["credential_status"] == "EXPIRED"
                                                    for o in r["officer_credentials"].split("|")), 10, 0,
     "a handler whose credential has EXPIRED since (valid on the decision date)"),
    ("three_handlers", lambda r, x: len(r["officer_credentials"].split("|")) == 3, 10, 3, "three handling officers"),
    ("street_or_township", lambda r, x: x["kind"] in ("STREET_OFFICE", "TOWNSHIP"), 10, 3,
     "decided by a street office / township, handled by its 综合行政执法队"),
    ("published_late", lambda r, x: x["pub"] == "late", 10, 3, "published_on 8-40 working days after the decision"),
    ("published_unknown", lambda r, x: not r["published_on"] and r["exemption"] == "NONE", 10, 3,
     "published_on empty although not exempt"),
    ("confiscation", lambda r, x: bool(r["confiscation_amount"]), 10, 3, "confiscation_amount (CONFISCATE_*)"),
    ("revoke_or_closure", lambda r, x: bool({"REVOKE_PERMIT", "ORDER_CLOSURE"} & set(r["penalty_types"].split("|"))),
     10, 0, "REVOKE_PERMIT or ORDER_CLOSURE"),
]


def check_decisions(c, folder, ags, pws, offs, cal, as_of):
    """Checks penalty_decisions.csv; appends to c.errors and returns summary lines."""
    fname = "penalty_decisions.csv"
    path = os.path.join(folder, fname)
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        c.err(fname, "-", None, "is %d bytes (keep it under 3 MB)" % size)
    rows = c.read(folder, fname)
    start = add_months(as_of, -60) + dt.timedelta(days=1)
    recent_from = add_months(as_of, -11)
    wd = WorkDays(cal)
    agencies = {r["code"]: r for _, r in ags}
    powers = {r["code"]: r for _, r in pws}
    officers = {r["credential_no"]: r for _, r in offs}
    has_powers = {r["agency_code"] for _, r in pws}
    c.unique(fname, rows, "decision_no")
    c.required(fname, rows, ["decision_no", "agency_code", "power_code", "party_type", "party_name",
                             "violation_facts", "legal_basis", "penalty_types", "decision_date", "procedure",
                             "officer_credentials", "severity", "exemption", "status", "major"])
    count = {}
    cases = {name: [] for name, *_ in COVERAGE}
    numbers = {}
    party_by_code, code_by_name = {}, {}

    def inc(k, n=1):
        count[k] = count.get(k, 0) + n

    for i, r in rows:
        E = lambda col, msg: c.err(fname, i, col, msg)
        inc("n")
        m = DECISION_NO.match(r["decision_no"])
        d = parse_date(r["decision_date"])
        if d is None:
            E("decision_date", "not a yyyy-MM-dd date: %r" % r["decision_date"])
            continue
        if not start <= d <= as_of:
            E("decision_date", "%s outside %s .. %s" % (d, start, as_of))
        if not m:
            E("decision_no", "not like 京朝市监罚〔2025〕12号: %r" % r["decision_no"])
        else:
            if int(m.group(1)) != d.year:
                E("decision_no", "year %s differs from the decision date %s" % (m.group(1), d))
            prefix = r["decision_no"].split("〔")[0]
            numbers.setdefault((prefix, d.year), []).append((int(m.group(2)), r["decision_date"], i, r["agency_code"]))
        # agency and power
        a = agencies.get(r["agency_code"])
        if a is None:
            E("agency_code", "unknown agency %s" % r["agency_code"])
            continue
        if a["kind"] not in DECIDING_KINDS:
            E("agency_code", "a %s does not decide penalties in its own name" % a["kind"])
        if r["agency_code"] not in has_powers:
            E("agency_code", "agency %s has no powers list" % r["agency_code"])
        p = powers.get(r["power_code"])
        if p is None:
            E("power_code", "unknown power %s" % r["power_code"])
            continue
        if p["agency_code"] != r["agency_code"]:
            E("power_code", "item %s belongs to another agency" % p["code"])
        if p["category"] != "PENALTY":
            E("power_code", "item %s is %s, not PENALTY" % (p["code"], p["category"]))
        f, t = parse_date(p["effective_from"]), parse_date(p["effective_to"])
        if f is None or d < f or (t is not None and d >= t):
            E("power_code", "item %s is not in force on %s (%s .. %s)" % (p["code"], d, p["effective_from"],
                                                                          p["effective_to"]))
        # party
        pt = r["party_type"]
        inc("pt_" + pt)
        if pt not in PARTY_TYPES:
            E("party_type", "bad value %r" % pt)
        facts = r["violation_facts"]
        if pt == "NATURAL_PERSON":
            if r["party_credit_code"]:
                E("party_credit_code", "a natural person has no credit code")
            if r["legal_representative"]:
                E("legal_representative", "a natural person has no legal representative")
            if not PERSON_NAME.match(r["party_name"]):
                E("party_name", "a person's name has 2-4 Chinese characters: %r" % r["party_name"])
            no = r["party_id_no"]
            if not id_valid(no):
                E("party_id_no", "not a valid resident ID number (GB 11643 check character)")
            else:
                birth = parse_date("%s-%s-%s" % (no[6:10], no[10:12], no[12:14]))
                if not no.startswith("1101") or birth is None:
                    E("party_id_no", "expected a Beijing (1101xx) number with a real birth date")
                else:
                    age = d.year - birth.year - ((d.month, d.day) < (birth.month, birth.day))
                    if r["exemption"] == "MINOR_PARTY" and not 14 <= age < 18:
                        E("exemption", "MINOR_PARTY but the party is %d on the decision date" % age)
                    if r["exemption"] != "MINOR_PARTY" and age < 18:
                        E("party_id_no", "a minor (%d) without the MINOR_PARTY exemption" % age)
            if no and no in facts:
                E("violation_facts", "quotes the party's ID number")
        else:
            code = r["party_credit_code"]
            if not uscc_valid(code):
                E("party_credit_code", "not a valid USCC: %r" % code)
            elif code[:2] not in USCC_PREFIX.get(pt, set()):
                E("party_credit_code", "a %s's USCC does not start with %s" % (pt, "/".join(USCC_PREFIX[pt])))
            if r["party_id_no"]:
                E("party_id_no", "only natural persons have an ID number here")
            if not PERSON_NAME.match(r["legal_representative"]):
                E("legal_representative", "must be a person's name (2-4 Chinese characters): %r"
                  % r["legal_representative"])
            ident = (r["party_name"], r["legal_representative"])
            if party_by_code.setdefault(code, ident) != ident:
                E("party_credit_code", "%s is used for another party %s" % (code, party_by_code[code]))
            if code_by_name.setdefault(r["party_name"], code) != code:
                E("party_name", "the same name has another credit code %s" % code_by_name[r["party_name"]])
            if pt == "INDIVIDUAL_BUSINESS":
                op = r["legal_representative"]
                for mm in re.finditer("经营者", facts):
                    after = facts[mm.end():]
                    if not (after.startswith(op) or after.startswith("联系电话")):
                        E("violation_facts", "names an operator other than legal_representative %s" % op)
        # penalty types, amounts
        tl = r["penalty_types"].split("|")
        ts = set(tl)
        if len(ts) != len(tl) or not ts <= PENALTY_TYPES:
            E("penalty_types", "bad list %r" % r["penalty_types"])
        for tp in tl:
            inc("type_" + tp)
        fine_v = 0.0
        if ("FINE" in ts) != bool(r["fine_amount"]):
            E("fine_amount", "present exactly when FINE is among the penalty types")
        if r["fine_amount"]:
            if not AMOUNT2.match(r["fine_amount"]) or not 0 < float(r["fine_amount"]) <= 500000:
                E("fine_amount", "bad amount %r" % r["fine_amount"])
            else:
                fine_v = float(r["fine_amount"])
        conf = bool(ts & {"CONFISCATE_GAINS", "CONFISCATE_PROPERTY"})
        if conf != bool(r["confiscation_amount"]):
            E("confiscation_amount", "present exactly when CONFISCATE_* is among the penalty types")
        if r["confiscation_amount"] and (not AMOUNT2.match(r["confiscation_amount"])
                                         or float(r["confiscation_amount"]) <= 0):
            E("confiscation_amount", "bad amount %r" % r["confiscation_amount"])
        # procedure and severity
        proc, sev = r["procedure"], r["severity"]
        inc("proc_" + proc)
        inc("sev_" + sev)
        if proc not in ("GENERAL", "SIMPLE"):
            E("procedure", "bad value %r" % proc)
        if sev not in ("MINOR", "GENERAL", "SERIOUS"):
            E("severity", "bad value %r" % sev)
        small_simple = fine_v <= (200 if pt == "NATURAL_PERSON" else 3000)
        small = fine_v <= (1000 if pt == "NATURAL_PERSON" else 3000)
        if proc == "SIMPLE" and not (ts <= {"WARNING", "FINE"} and small_simple):
            E("procedure", "simple procedure only for a warning or a small fine")
        if proc == "SIMPLE" or ts <= {"WARNING", "CIRCULATED_CRITICISM"}:
            want = {"MINOR"}
        elif fine_v >= 100000 or ts & SERIOUS_TYPES:
            want = {"SERIOUS"}
        elif tl == ["FINE"] and small:
            want = {"MINOR", "GENERAL"}
        else:
            want = {"GENERAL"}
        if sev not in want:
            E("severity", "%s, expected %s for %s%s" % (sev, "/".join(sorted(want)), proc,
                                                         " " + r["penalty_types"]))
        # handlers
        creds = r["officer_credentials"].split("|")
        inc("handlers_%d" % len(creds))
        if not 2 <= len(creds) <= 3 or len(set(creds)) != len(creds):
            E("officer_credentials", "two or three distinct credential numbers expected")
        for cr in creds:
            o = officers.get(cr)
            if o is None:
                E("officer_credentials", "unknown credential %s" % cr)
                continue
            oa = agencies.get(o["agency_code"], {})
            mine = o["agency_code"] == r["agency_code"] or (oa.get("kind") == "ENFORCEMENT_TEAM"
                                                            and oa.get("parent_code") == r["agency_code"])
            if not mine:
                E("officer_credentials", "%s is not of the deciding agency or of its enforcement teams" % cr)
            if o["role"] != "OFFICER":
                E("officer_credentials", "%s is %s, not an OFFICER" % (cr, o["role"]))
            if o["credential_status"] not in ("VALID", "EXPIRED"):
                E("officer_credentials", "%s has a %s credential" % (cr, o["credential_status"]))
            if not o["issued_on"] <= r["decision_date"] < o["expires_on"]:
                E("officer_credentials", "%s not valid on %s (%s .. %s)" % (cr, d, o["issued_on"], o["expires_on"]))
            if oa.get("kind") == "ENFORCEMENT_TEAM":
                inc("handler_team")
        # exemption and status
        ex = r["exemption"]
        if ex != "NONE" and ex not in EXEMPTION_KINDS:
            E("exemption", "bad value %r" % ex)
        if ex == "MINOR_PARTY" and pt != "NATURAL_PERSON":
            E("exemption", "MINOR_PARTY needs a natural person")
        inc("exempt" if ex != "NONE" else "not_exempt")
        st = r["status"]
        inc("status_" + st)
        if st == "EFFECTIVE":
            if r["status_changed_on"] or r["status_reason"]:
                E("status", "an EFFECTIVE decision has no status_changed_on / status_reason")
        elif st in ("CHANGED", "REVOKED"):
            ch = parse_date(r["status_changed_on"])
            if ch is None or not d < ch <= as_of:
                E("status_changed_on", "must be a date after the decision date, not after %s" % as_of)
            if not r["status_reason"]:
                E("status_reason", "is empty")
        else:
            E("status", "bad value %r" % st)
        # major and legal review
        if r["major"] not in ("true", "false"):
            E("major", "must be true or false")
        rv = r["legal_review_date"]
        if r["major"] == "true":
            inc("major")
            rvd = parse_date(rv)
            if proc != "GENERAL":
                E("major", "a major decision follows the general procedure")
            if rvd is None:
                E("legal_review_date", "a major decision needs its legal review date")
            elif not (wd.is_work(rvd) and 1 <= wd.between(rvd, d) <= 10):
                E("legal_review_date", "%s is not a working day 1-10 working days before %s" % (rv, d))
        elif rv:
            E("legal_review_date", "only for major decisions")
        # first publication
        pub = r["published_on"]
        ctx_pub = ""
        if pub:
            pd_ = parse_date(pub)
            if pd_ is None or not d <= pd_ <= as_of:
                E("published_on", "must lie between the decision date and %s" % as_of)
            elif ex != "NONE":
                E("published_on", "an exempt decision is never published")
            elif pd_ <= wd.add(d, 7):
                ctx_pub = "on_time"
            elif pd_ <= wd.add(d, 40):
                ctx_pub = "late"
            else:
                E("published_on", "more than 40 working days after the decision")
        inc("pub_" + (ctx_pub or "unknown"))
        # redacted passages
        passages = r["redacted_passages"].split("|") if r["redacted_passages"] else []
        if passages:
            inc("redacted")
        spans = []
        for ps in passages:
            if not ps or ps not in facts:
                E("redacted_passages", "%r is not a substring of violation_facts" % ps)
                continue
            pos = facts.find(ps)
            while pos >= 0:
                spans.append((pos, pos + len(ps), ps))
                pos = facts.find(ps, pos + 1)
        spans.sort()
        for x, y in zip(spans, spans[1:]):
            if y[0] < x[1]:
                E("redacted_passages", "passages %r and %r overlap" % (x[2], y[2]))
        # names in the facts
        named_n = pt == "NATURAL_PERSON" and r["party_name"] in facts
        named_i = pt == "INDIVIDUAL_BUSINESS" and r["legal_representative"] in facts
        inc("named_N", named_n)
        inc("named_I", named_i)
        ctx = {"as_of": as_of, "recent_from": recent_from, "powers": powers, "officers": officers,
               "named_n": named_n, "named_i": named_i, "kind": a["kind"], "pub": ctx_pub}
        for name, pred, *_ in COVERAGE:
            if pred(r, ctx):
                cases[name].append(r)
    # distinct people with a compound surname (a natural person by ID number, an operator by business)
    compound = {("N", r["party_name"], r["party_id_no"]) for r in cases["compound_surname"]
                if r["party_type"] == "NATURAL_PERSON"}
    compound |= {("I", r["legal_representative"], r["party_credit_code"]) for r in cases["compound_surname"]
                 if r["party_type"] == "INDIVIDUAL_BUSINESS"}
    if len(compound) < 15:
        c.err(fname, "-", None, "only %d natural persons / operators with a compound surname (want >= 15)"
              % len(compound))
    surnames = {x[1][:2] for x in compound}
    if set(COMPOUND_SURNAMES) - surnames:
        c.err(fname, "-", None, "compound surnames never used: %s" % sorted(set(COMPOUND_SURNAMES) - surnames))
    # numbering: 1..n per prefix and year, in date order
    for (prefix, year), lst in numbers.items():
        lst.sort()
        if [x[0] for x in lst] != list(range(1, len(lst) + 1)):
            c.err(fname, lst[0][2], "decision_no", "%s〔%d〕 numbers are not 1..%d" % (prefix, year, len(lst)))
        if any(x[1] > y[1] for x, y in zip(lst, lst[1:])):
            c.err(fname, lst[0][2], "decision_no", "%s〔%d〕 numbers are not in date order" % (prefix, year))
        if len({x[3] for x in lst}) > 1:
            c.err(fname, lst[0][2], "decision_no", "%s is used by more than one agency" % prefix)
    n = max(1, count.get("n", 0))
    # the mix (loose bounds: the file holds ~3,000 decisions)
    npp, nib = count.get("pt_NATURAL_PERSON", 0), count.get("pt_INDIVIDUAL_BUSINESS", 0)
    shares = [
        ("natural persons", count.get("pt_NATURAL_PERSON", 0), n, 0.05, 0.12),
        ("individual businesses", count.get("pt_INDIVIDUAL_BUSINESS", 0), n, 0.18, 0.30),
        ("legal persons", count.get("pt_LEGAL_PERSON", 0), n, 0.45, 0.62),
        ("other organisations", count.get("pt_OTHER_ORG", 0), n, 0.09, 0.19),
        ("simple procedure", count.get("proc_SIMPLE", 0), n, 0.17, 0.27),
        ("exempt", count.get("exempt", 0), n, 0.025, 0.045),
        ("REVOKED", count.get("status_REVOKED", 0), n, 0.015, 0.03),
        ("CHANGED", count.get("status_CHANGED", 0), n, 0.015, 0.03),
        ("with redacted passages", count.get("redacted", 0), n, 0.06, 0.10),
        ("major", count.get("major", 0), n, 0.01, 0.035),
        ("SERIOUS", count.get("sev_SERIOUS", 0), n, 0.03, 0.09),
        ("three handlers", count.get("handlers_3", 0), n, 0.05, 0.12),
        ("published within 7 working days", count.get("pub_on_time", 0), n, 0.78, 0.90),
        ("published later", count.get("pub_late", 0), n, 0.07, 0.13),
        ("published_on unknown", count.get("pub_unknown", 0), n, 0.03, 0.08),
        ("natural persons named in the facts", count.get("named_N", 0), max(1, npp), 0.5, 0.72),
        ("operators named in the facts", count.get("named_I", 0), max(1, nib), 0.22, 0.4),
    ]
    for what, k, m_, lo, hi in shares:
        if not lo <= k / m_ <= hi:
            c.err(fname, "-", None, "%s: %.1f%% (want %.1f%%-%.1f%%)" % (what, 100.0 * k / m_, 100 * lo, 100 * hi))
    # coverage of the policy cases
    table = []
    for name, pred, need, need_recent, what in COVERAGE:
        lst = cases[name]
        rec = [r for r in lst if _d(r["decision_date"]) >= recent_from]
        if len(lst) < need or len(rec) < need_recent:
            c.err(fname, "-", None, "case %s: %d decisions (%d recent), want >= %d (>= %d recent)"
                  % (name, len(lst), len(rec), need, need_recent))
        # example: the most recent one, preferring one that is visible on as-of
        ex_row = max(lst, key=lambda r: (visible(r, as_of), r["decision_date"], r["decision_no"])) if lst else None
        table.append((name, len(lst), len(rec), ex_row["decision_no"] if ex_row else "-", what))
    out = ["penalty_decisions.csv %d rows, %d bytes: %s" % (
        count.get("n", 0), size, " ".join("%s=%.1f%%" % (w, 100.0 * k / m_) for w, k, m_, _, _ in shares))]
    out.append("  distinct natural persons / operators with a compound surname: %d" % len(compound))
    out.append("  penalty types %s" % " ".join("%s=%d" % (k[5:], v) for k, v in sorted(count.items())
                                               if k.startswith("type_")))
    out.append("  coverage (case, decisions, of them in the last 11 months, example = the most recent, "
               "visible on as-of if any):")
    for name, k, kr, ex_no, what in table:
        out.append("    %-34s %5d %4d  %s" % (name, k, kr, ex_no))
    return out


# ---------------------------------------------------------------------------
# disclosure_requests.csv and request_events.csv
# ---------------------------------------------------------------------------
APPLICANT_TYPES = ["NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION", "SOCIAL_WELFARE_ORG",
                   "LEGAL_SERVICE_ORG", "OTHER_ORG"]
REQUEST_OUTCOMES = ["DISCLOSED", "PARTIALLY_DISCLOSED", "WITHHELD_STATE_SECRET", "WITHHELD_LAW_PROHIBITED",
                    "WITHHELD_SECURITY_STABILITY", "WITHHELD_THIRD_PARTY", "WITHHELD_INTERNAL_AFFAIRS",
                    "WITHHELD_PROCESS_INFO", "WITHHELD_ENFORCEMENT_FILE", "WITHHELD_ADMIN_QUERY",
                    "UNAVAILABLE_NOT_HELD", "UNAVAILABLE_NEEDS_CREATION", "UNAVAILABLE_UNCLEAR",
                    "NOT_PROCESSED_PETITION", "NOT_PROCESSED_REPEAT", "NOT_PROCESSED_PUBLICATION",
                    "NOT_PROCESSED_EXCESSIVE", "NOT_PROCESSED_CONFIRMATION", "OTHER_NO_CORRECTION",
                    "OTHER_FEE_UNPAID", "OTHER"]
EVENT_KINDS = ["RECEIVED", "CORRECTION_REQUESTED", "CORRECTED", "THIRD_PARTY_CONSULTED", "THIRD_PARTY_REPLIED",
               "AGENCY_CONSULTED", "AGENCY_REPLIED", "EXTENDED", "DELAY_NOTIFIED", "FEE_NOTICE", "FEE_PAID",
               "ANSWERED", "WITHDRAWN", "REVIEW_FILED", "REVIEW_DECIDED"]
REVIEW_KINDS = ["RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION"]
REVIEW_RESULTS = ["REVIEW_UPHELD", "REVIEW_CORRECTED", "REVIEW_OTHER"]
RECEIVING_KINDS = {"GOVERNMENT", "DEPARTMENT", "STREET_OFFICE", "TOWNSHIP"}


def check_requests(c, folder, ags, cal, as_of):
    """Keys, references, identity numbers and coverage: every outcome, event kind, review kind and
    result, applicant type and channel, and open applications at as-of. (The legal rules of each
    history are checked by the hub itself when it imports the folder: ApplicationImportTest and
    every HubTest import seed-data/.)"""
    reqs = c.read(folder, "disclosure_requests.csv")
    evs = c.read(folder, "request_events.csv")
    c.unique("disclosure_requests.csv", reqs, "tracking_no")
    c.unique("disclosure_requests.csv", reqs, "query_code")
    kinds = {r["code"]: r["kind"] for _, r in ags}
    by_type, by_channel = {}, {}
    for i, r in reqs:
        if kinds.get(r["agency_code"]) not in RECEIVING_KINDS:
            c.err("disclosure_requests.csv", i, "agency_code", "not an agency that answers applications")
        if r["applicant_type"] not in APPLICANT_TYPES:
            c.err("disclosure_requests.csv", i, "applicant_type", "unknown")
        elif r["applicant_type"] == "NATURAL_PERSON":
            if not id_valid(r["applicant_id_no"]):
                c.err("disclosure_requests.csv", i, "applicant_id_no", "not a valid resident ID")
        elif not uscc_valid(r["applicant_id_no"]):
            c.err("disclosure_requests.csv", i, "applicant_id_no", "not a valid credit code")
        if not re.fullmatch(r"[A-HJ-NP-Z2-9]{16}", r["query_code"]):
            c.err("disclosure_requests.csv", i, "query_code", "not 16 characters of the query-code alphabet")
        if r["submitted_at"][:10] > as_of.isoformat():
            c.err("disclosure_requests.csv", i, "submitted_at", "after as-of")
        by_type[r["applicant_type"]] = by_type.get(r["applicant_type"], 0) + 1
        by_channel[r["channel"]] = by_channel.get(r["channel"], 0) + 1
    tracking = {r["tracking_no"] for _, r in reqs}
    life = {}
    for i, r in evs:
        if r["tracking_no"] not in tracking:
            c.err("request_events.csv", i, "tracking_no", "no such application")
        if r["kind"] not in EVENT_KINDS:
            c.err("request_events.csv", i, "kind", "unknown")
        if r["at"][:10] > as_of.isoformat():
            c.err("request_events.csv", i, "at", "after as-of")
        life.setdefault(r["tracking_no"], []).append(r)
    outcomes, event_kinds, reviews, pending = {}, {}, {}, {}
    open_ = 0
    for t, rows in life.items():
        ks = [r["kind"] for r in rows]
        for k in ks:
            event_kinds[k] = event_kinds.get(k, 0) + 1
        for r in rows:
            if r["kind"] == "ANSWERED":
                outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
        if "WITHDRAWN" in ks:
            outcomes["OTHER"] = outcomes.get("OTHER", 0) + 1
        filed = [r["detail"] for r in rows if r["kind"] == "REVIEW_FILED"]
        decided = [r["outcome"] for r in rows if r["kind"] == "REVIEW_DECIDED"]
        for j, kind in enumerate(filed):
            if j < len(decided):
                reviews[(kind, decided[j])] = reviews.get((kind, decided[j]), 0) + 1
            else:
                pending[kind] = pending.get(kind, 0) + 1
        if "ANSWERED" not in ks and "WITHDRAWN" not in ks:
            open_ += 1
    for o in REQUEST_OUTCOMES:
        if outcomes.get(o, 0) < 3:
            c.err("request_events.csv", "-", "outcome", "fewer than 3 applications end %s" % o)
    for k in EVENT_KINDS:
        if event_kinds.get(k, 0) < 3:
            c.err("request_events.csv", "-", "kind", "fewer than 3 %s events" % k)
    for k in REVIEW_KINDS:
        for res in REVIEW_RESULTS:
            if reviews.get((k, res), 0) < 1:
                c.err("request_events.csv", "-", "outcome", "no %s decided %s" % (k, res))
        if pending.get(k, 0) < 1:
            c.err("request_events.csv", "-", "detail", "no pending %s" % k)
    for t in APPLICANT_TYPES:
        if by_type.get(t, 0) < 5:
            c.err("disclosure_requests.csv", "-", "applicant_type", "fewer than 5 %s applicants" % t)
    without_events = len(tracking) - len(life)
    if without_events < 3:
        c.err("request_events.csv", "-", None, "fewer than 3 applications submitted but not yet received")
    return ["disclosure_requests.csv %4d rows  %s; channels %s" % (len(reqs), " ".join(
                "%s=%d" % kv for kv in sorted(by_type.items())), " ".join("%s=%d" % kv for kv in sorted(by_channel.items()))),
            "request_events.csv %5d rows  %s" % (len(evs), " ".join("%s=%d" % kv for kv in sorted(event_kinds.items()))),
            "  outcomes (answers, withdrawals as OTHER): %s" % " ".join("%s=%d" % kv for kv in sorted(outcomes.items())),
            "  reviews decided %d, pending %d; without an answer or withdrawal at as-of: %d (not yet received: %d)"
            % (sum(reviews.values()), sum(pending.values()), open_ + without_events, without_events)]


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(here, os.pardir, os.pardir,
                                                                                "seed-data"))
    cal = None
    for p in (os.path.normpath(os.path.join(here, os.pardir, os.pardir, os.pardir, "shared", "contract",
                                            "calendar-cn.csv")), "/work/shared/contract/calendar-cn.csv"):
        if os.path.exists(p):
            cal = p
            break
    sys.exit(0 if check(folder, calendar_source=cal) else 1)
