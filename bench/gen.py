#!/usr/bin/env python3
"""Generate a deterministic crm store of N customers for the benchmark.

    bench/gen.py STORE N [--seed S] [--crm PATH]

Each customer has realistic Estonian/Finnish/English firm names (OÜ, AS,
Oy, Ltd, Ab), tags, a custom field, one or two contacts with birthdays,
deals in every stage and 20 activities by five colleagues over two years
(calls, meetings, e-mails, notes, complaints, agreements, offers, and
tasks, some of them overdue). The same N and seed give byte-identical
files. `crm init` writes crm.toml (so it is the real default), the team and
custom fields are appended, every file is written directly (no crm process
per customer: that would take hours at 100,000) and the whole store is
committed with one `git add -A && git commit`.

The dates are relative to 2026-11-24, the CRM_NOW the benchmark pins.
"""

import argparse
import os
import random
import subprocess
import sys
import unicodedata

TEAM = [
    ("mari", "Mari Tamm", "mari@firm.example"),
    ("jaan", "Jaan Kask", "jaan@firm.example"),
    ("liisa", "Liisa Virtanen", "liisa@firm.example"),
    ("peeter", "Peeter Saar", "peeter@firm.example"),
    ("anna", "Anna Lindqvist", "anna@firm.example"),
]
USERS = [t[0] for t in TEAM]

PREFIXES = [
    "Põhja", "Lõuna", "Ida", "Lääne", "Kesk", "Tallinna", "Tartu", "Pärnu", "Saare",
    "Viru", "Järva", "Harju", "Rapla", "Võru", "Valga", "Hiiu", "Mere", "Metsa",
    "Kivi", "Raud", "Päikese", "Tuule", "Vee", "Maa", "Kalju", "Järve", "Jõe",
    "Suomen", "Helsingin", "Turun", "Oulun", "Tampereen", "Lapin", "Karjalan",
    "Pohjolan", "Etelä", "Itä", "Länsi", "Northern", "Baltic", "Nordic", "Green",
    "Blue", "Silver", "Oak", "Harbour", "River", "Bright", "Summit", "Åbo", "Vaasan",
]
CORES = [
    "Ehitus", "Puit", "Metall", "Tarkvara", "Logistika", "Trükk", "Pruulikoda",
    "Pagar", "Disain", "Konsult", "Energia", "Kaubandus", "Transport", "Meedia",
    "Aken", "Mööbel", "Kala", "Piim", "Liha", "Aed", "Rakennus", "Puu", "Kone",
    "Ohjelmisto", "Kuljetus", "Paino", "Leipomo", "Suunnittelu", "Konsultointi",
    "Sähkö", "Kauppa", "Media", "Analytics", "Software", "Logistics", "Print",
    "Bakery", "Design", "Consulting", "Energy", "Trading", "Freight", "Furniture",
    "Foods", "Systems", "Works", "Båtvarv", "Trä",
]
SUFFIXES = ["OÜ", "OÜ", "OÜ", "AS", "AS", "Oy", "Oy", "Ltd", "Ab"]
INDUSTRIES = [
    "construction", "consulting", "culture", "design", "food", "health",
    "hospitality", "industry", "logistics", "media", "retail", "software",
]
TAGS = [
    "vip", "partner", "reseller", "b2b", "b2c", "export", "tallinn", "tartu",
    "helsinki", "turku", "london", "newsletter", "trade-fair", "referral",
    "public-sector", "key-account", "annual-contract", "prepayment",
]
CITIES = {
    "EE": [("Tallinn", "+372"), ("Tartu", "+372"), ("Pärnu", "+372"), ("Narva", "+372")],
    "FI": [("Helsinki", "+358"), ("Turku", "+358"), ("Tampere", "+358"), ("Oulu", "+358")],
    "GB": [("London", "+44"), ("Leeds", "+44"), ("Bristol", "+44")],
}
STREETS = ["Pärnu mnt", "Narva mnt", "Tartu mnt", "Mannerheimintie", "Kauppakatu",
           "Aleksanterinkatu", "High Street", "Station Road", "Riia", "Rüütli"]
FIRST = ["Mari", "Jaan", "Kati", "Toomas", "Liis", "Andres", "Pekka", "Timo",
         "Anna", "Mikko", "Sanna", "Jukka", "Emma", "Oliver", "Sophie", "James",
         "Kristjan", "Triin", "Marko", "Helena", "Elina", "Ville", "Laura", "Tõnu"]
LAST = ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves",
        "Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine",
        "Smith", "Jones", "Taylor", "Brown", "Wilson", "Lindqvist", "Õun", "Pärn"]
ROLES = ["CEO", "CFO", "Office Manager", "Purchasing Manager", "CTO",
         "Marketing Lead", "Owner", "Project Manager"]
DEAL_TITLES = ["Annual service package", "Website redesign", "Training days",
               "Support contract", "Hardware refresh", "Consulting retainer",
               "Spring campaign", "Warehouse software licence", "Maintenance 2027"]
DEAL_STAGES = ["open", "offer", "won", "lost"]
TEXTS = {
    "call": ["Follow-up on the offer", "Agreed 5% discount for annual orders",
             "Checked satisfaction with last delivery", "Asked about the invoice",
             "Discussed next year's volumes", "Called back about the delivery date"],
    "meeting": ["Kick-off meeting", "Quarterly review at their office",
                "Product demo", "Contract negotiation", "Site visit"],
    "email": ["Sent the price list", "Sent the contract draft",
              "Answered questions about the terms", "Sent meeting notes"],
    "note": ["Prefers e-mail", "New purchasing manager from January",
             "Budget decided in March", "Competitor offered 10% less"],
    "complaint": ["Late delivery, promised credit note", "Invoice had a wrong VAT rate",
                  "Damaged goods in the last shipment"],
    "agreement": ["Oral price agreement: 3% off for prepayment",
                  "Agreed delivery every second Tuesday",
                  "Payment term 30 days from now on"],
    "offer": ["Sent offer for extra training days", "Offer for the annual package",
              "Revised offer with volume discount"],
    "task": ["Send the signed contract", "Book the demo", "Call about renewal",
             "Prepare the quarterly report", "Send the invoice copy"],
}
KINDS = ["call"] * 6 + ["meeting"] * 3 + ["email"] * 5 + ["note", "complaint",
         "agreement", "offer", "offer"]
ALNUM = "0123456789abcdefghjkmnpqrstvwxyz"  # as crm's ids: no i, l, o, u

FOLD = str.maketrans({"ä": "a", "õ": "o", "ö": "o", "ü": "u", "š": "s", "ž": "z",
                      "å": "a", "Ä": "a", "Õ": "o", "Ö": "o", "Ü": "u", "Å": "a"})


def slug(name):
    s = name.translate(FOLD).lower()
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    out, dash = [], False
    for ch in s:
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:64].rstrip("-")


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def days_to_date(day):
    # day 0 = 2024-11-24; the calendar maths through the ordinal keeps it exact.
    import datetime
    return datetime.date(2024, 11, 24) + datetime.timedelta(days=day)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("store")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--crm", default="crm")
    ap.add_argument("--activities", type=int, default=20)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    env = dict(os.environ, CRM_NOW="2026-11-24T10:00:00+02:00",
               GIT_AUTHOR_NAME="Mari Tamm", GIT_AUTHOR_EMAIL="mari@firm.example",
               GIT_COMMITTER_NAME="Mari Tamm", GIT_COMMITTER_EMAIL="mari@firm.example",
               GIT_AUTHOR_DATE="2026-11-24T10:00:00+02:00",
               GIT_COMMITTER_DATE="2026-11-24T10:00:00+02:00")
    subprocess.run([a.crm, "init", a.store], check=True, env=env, stdout=subprocess.DEVNULL)
    with open(os.path.join(a.store, "crm.toml"), "a", encoding="utf-8") as f:
        f.write("\n# The benchmark firm's team.\n")
        for h, n, e in TEAM:
            f.write(f"[team.{h}]\nname = {q(n)}\nemail = {q(e)}\n\n")
        f.write("[fields.industry]\ntype = \"enum\"\nvalues = [")
        f.write(", ".join(q(i) for i in INDUSTRIES))
        f.write("]\n\n[fields.employees]\ntype = \"int\"\n")

    def rid(prefix):
        return prefix + "".join(rng.choice(ALNUM) for _ in range(12))

    seen = {}
    cdir = os.path.join(a.store, "customers")
    total_bytes = 0
    for i in range(a.n):
        country = rng.choice(["EE", "EE", "EE", "FI", "FI", "GB"])
        name = f"{rng.choice(PREFIXES)} {rng.choice(CORES)} {rng.choice(SUFFIXES)}"
        base = slug(name)
        k = seen.get(base, 0) + 1
        seen[base] = k
        cid = base if k == 1 else f"{base}-{k}"
        if k > 1:
            name = f"{name} ({k})"
        city, cc = rng.choice(CITIES[country])
        domain = f"{cid}.example"
        stage = rng.choice(["lead", "prospect", "customer", "customer", "customer", "inactive", "lost"])
        owner = rng.choice(USERS)
        tags = sorted(set(rng.sample(TAGS, rng.randint(1, 3))))
        created = days_to_date(rng.randint(-700, 0))
        L = [f"name = {q(name)}", f"stage = {q(stage)}", f"owner = {q(owner)}",
             "tags = [" + ", ".join(q(t) for t in tags) + "]",
             f"created = {created}", f"email = {q('info@' + domain)}",
             f"phone = {q(cc + ' ' + str(rng.randint(5000, 5999)) + ' ' + str(rng.randint(1000, 9999)))}",
             f"website = {q('https://' + domain)}",
             f"address = {q(rng.choice(STREETS) + ' ' + str(rng.randint(1, 140)) + ', ' + city)}",
             f"reg_code = {q(str(rng.randint(10000000, 19999999)))}"]
        if rng.random() < 0.3:
            L.append('notes = """\n' + rng.choice(TEXTS["note"]) + ". "
                     + rng.choice(TEXTS["agreement"]) + '.\n"""')
        L += ["", "[fields]", f"industry = {q(rng.choice(INDUSTRIES))}",
              f"employees = {rng.randint(2, 800)}"]
        contacts = []
        for _ in range(rng.randint(1, 2)):
            fn, ln = rng.choice(FIRST), rng.choice(LAST)
            cname = f"{fn} {ln}"
            if cname in contacts:  # crm refuses two contacts of one name
                continue
            contacts.append(cname)
            bday = f"{rng.randint(1955, 1999)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            L += ["", "[[contacts]]", f"name = {q(cname)}", f"role = {q(rng.choice(ROLES))}",
                  f"email = {q(slug(fn) + '@' + domain)}",
                  f"phone = {q(cc + ' ' + str(rng.randint(5000, 5999)) + ' ' + str(rng.randint(1000, 9999)))}",
                  f"birthday = {bday}"]
        for _ in range(rng.randint(0, 3)):
            dstage = rng.choice(DEAL_STAGES)
            amount = rng.randint(5, 400) * 100 + rng.choice([0, 0, 50])
            expected = days_to_date(rng.randint(-300, 200))
            L += ["", "[[deals]]", f"id = {q(rid('d'))}", f"title = {q(rng.choice(DEAL_TITLES))}",
                  f"amount = {amount}.0" if amount % 100 else f"amount = {amount}",
                  'currency = "EUR"', f"stage = {q(dstage)}",
                  f"probability = {dict(open=30, offer=60, won=100, lost=0)[dstage]}",
                  f"expected = {expected}"]
            if dstage in ("won", "lost"):
                L.append(f"closed = {expected}")
            L.append(f"owner = {q(owner)}")
        acts = []
        for j in range(a.activities):
            task = j >= a.activities - 2 and rng.random() < 0.6
            kind = "task" if task else rng.choice(KINDS)
            day = rng.randint(0, 729) if not task else rng.randint(640, 729)
            minute = rng.randrange(8 * 60, 18 * 60, 15)
            at = f"{days_to_date(day)}T{minute // 60:02d}:{minute % 60:02d}:00+02:00"
            acts.append((at, rid("a"), kind, day))
        acts.sort()
        for at, aid, kind, day in acts:
            L += ["", "[[activities]]", f"id = {q(aid)}", f"at = {at}", f"kind = {q(kind)}",
                  f"by = {q(rng.choice(USERS) if rng.random() < 0.4 else owner)}"]
            if kind == "task":
                due = days_to_date(day + rng.randint(3, 30))
                L += [f"text = {q(rng.choice(TEXTS['task']))}", f"due = {due}",
                      f"done = {'true' if rng.random() < 0.5 else 'false'}"]
            else:
                if kind not in ("note",):
                    L.append(f"with = {q(rng.choice(contacts))}")
                L.append(f"text = {q(rng.choice(TEXTS[kind]))}")
                if kind != "note":
                    L.append(f"minutes = {rng.randint(5, 120)}")
        data = ("\n".join(L) + "\n").encode()
        total_bytes += len(data)
        with open(os.path.join(cdir, cid + ".toml"), "wb") as f:
            f.write(data)
    # No automatic gc in the background: the benchmark runs `git gc` itself
    # right after, which would fail with "gc is already running".
    subprocess.run(["git", "-C", a.store, "config", "gc.auto", "0"], check=True, env=env)
    subprocess.run(["git", "-C", a.store, "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", a.store, "commit", "-q", "-m",
                    f"benchmark store: {a.n} customers"], check=True, env=env)
    print(f"{a.store}: {a.n} customers, {total_bytes / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
