#!/usr/bin/env python3
"""Validate a dataset folder's calendar/agencies/powers/officers files against DATASET.md v1
(and the extra conventions of seed-data/).  Python 3 standard library only.

    python3 tools/seed/check_seed.py [FOLDER]      # default: <repo>/seed-data

Checks: UTF-8 without BOM, RFC 4180 CSV with the exact header; unique keys; USCC check
characters (GB 32100-2015); every agency_code / parent_code exists; enum values;
ENFORCEMENT_TEAM parents are STREET_OFFICE / TOWNSHIP and teams have no powers; dates
parse (yyyy-MM-dd); issued_on < expires_on and the status agrees with the dates;
REPEALED powers have effective_to >= effective_from, ACTIVE ones none; phone numbers
are the undiallable 010-0000-xxxx; websites are empty or on .invalid; calendar.csv has
exactly the rows of the official calendar.  Prints the row count of every file.
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
    print("OK" if not c.errors else "%d error(s)" % len(c.errors), file=out)
    return not c.errors


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
