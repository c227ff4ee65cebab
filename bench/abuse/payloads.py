#!/usr/bin/env python3
"""Writes the request files of bench/abuse.sh into DIR: valid.tsv, abusive.tsv, malformed.tsv,
flood.tsv (one request per line: METHOD, TAB, CONTENT-TYPE or -, TAB, BODY) and probes.tsv (the
valid requests with the class label of each, for the before/after comparison)."""
import json
import sys

out = sys.argv[1]
JSON = "application/json"


def gql(query, variables=None):
    return json.dumps({"query": query, "variables": variables or {}}, ensure_ascii=False)


def line(method, ctype, body):
    assert "\t" not in body and "\n" not in body
    return f"{method}\t{ctype}\t{body}\n"


# Valid queries whose answer does not depend on __RAND__, so each has one right answer.
valid = {
    "hub": gql("{ hub { today apiVersion } }"),
    "agencies": gql("{ agencies(first: 5) { totalCount edges { node { code name kind } } } }"),
    "credential": gql("query($no: String!) { credentialCheck(credentialNo: $no) { found holderName validity agency { name } } }",
                      {"no": "1101050000101"}),
    "credential-miss": gql("query($no: String!) { credentialCheck(credentialNo: $no) { found advice } }",
                           {"no": "X__RAND__"}),
    "decisions": gql("{ penaltyDecisions(first: 10) { totalCount edges { node { decisionNo } } } }"),
    "search-miss": gql("query($p: String) { penaltyDecisions(filter: {partyNameContains: $p}) { totalCount } }",
                       {"p": "__RAND__"}),
    "powers": gql("{ powers(first: 20) { edges { node { code name } } } }"),
}


def fragment_bomb(levels, spreads):
    parts = ["{ ...F0 }"]
    for level in range(levels):
        body = ("...F%d " % (level + 1)) * spreads if level < levels - 1 else "hub { today }"
        parts.append("fragment F%d on Query { %s}" % (level, body))
    return " ".join(parts)


def alias_fragment_bomb(levels, n):
    parts = ["{ ...M0 }", "fragment M0 on Query { %s }" % " ".join(
        "a%d: agencies(first: 1) { edges { node { ...M1 } } }" % j for j in range(n))]
    for i in range(1, levels):
        inner = " ".join("a%d: parent { ...M%d }" % (j, i + 1) for j in range(n)) if i < levels - 1 else "name"
        parts.append("fragment M%d on Agency { %s }" % (i, inner))
    return " ".join(parts)


abusive = {
    "too-deep": gql("{ agencies { edges { node { " + "parent { " * 14 + "name" + " }" * 14 + " } } } }"),
    "too-complex": gql("{ " + " ".join("a%d: agencies(first: 100) { edges { node { name children { name } } } }" % j
                                      for j in range(10)) + " }"),
    "first-10000": gql("{ penaltyDecisions(first: 10000) { totalCount } }"),
    "huge-body": gql("{ hub { today } }", {"padding": "x" * 300_000}),
    "overlong-query": gql("{ hub { today } }" + " #" + "y" * 20_000),
    "alias-bomb": gql("{ " + " ".join("a%d:hub{today}" % i for i in range(900)) + " }"),
    "fragment-bomb": gql(fragment_bomb(8, 10)),
    "alias-fragment-bomb": gql(alias_fragment_bomb(8, 10)),
    # allowed, and as costly as the limits allow: these get through and are answered
    "dup-fields-at-token-limit": gql("# __RAND__\n{ " + " ".join("hub{today}" for _ in range(1200)) + " }"),
    "costly-within-limits": gql("# __RAND__\n" + alias_fragment_bomb(5, 6)),
}

malformed = [
    ("POST", JSON, '{"query": {hub{today}}'),                    # not JSON
    ("POST", JSON, "[" + valid["hub"] + "," + valid["powers"] + "]"),  # a batch
    ("POST", "application/xml", "<query>{ hub { today } }</query>"),
    ("POST", JSON, ""),                                          # empty body
    ("GET", "-", ""),
    ("POST", JSON, '{"variables": {}}'),                         # no query
    ("POST", JSON, '{"query": "{ hub { today nope } }", "extra": true}'),  # unknown field
    ("POST", JSON, gql("{ hub { today }")),                      # syntax error
    ("POST", JSON, gql("query($n: Int) { agencies(first: $n) { totalCount } }", {"n": "many"})),
    ("POST", "application/x-www-form-urlencoded", "query=%7Bhub%7Btoday%7D%7D"),
]

with open(f"{out}/valid.tsv", "w") as f:
    for body in valid.values():
        f.write(line("POST", JSON, body))
with open(f"{out}/probes.tsv", "w") as f:
    for name, body in valid.items():
        f.write(f"{name}\t{body}\n")
with open(f"{out}/abusive.tsv", "w") as f:
    for body in abusive.values():
        f.write(line("POST", JSON, body))
with open(f"{out}/abusive-names.tsv", "w") as f:
    for name, body in abusive.items():
        f.write(f"{name}\t{body}\n")
with open(f"{out}/malformed.tsv", "w") as f:
    for method, ctype, body in malformed:
        f.write(line(method, ctype, body))
with open(f"{out}/flood.tsv", "w") as f:
    f.write(line("POST", JSON, gql("{ hub { today } }")))
