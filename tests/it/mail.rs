//! Issue 18: `crm mail import` of real mail files, written by Python's
//! `mailbox` and `email` modules (an mbox, a Maildir and an .eml file;
//! RFC 2047 encoded subjects, several recipients, a reply thread, an
//! attachment, a message that matches nobody).

use crate::common::Env;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Writes `sent.mbox`, `Maildir/` and `one.eml` into the directory given.
const GEN: &str = r#"import mailbox, sys, os
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import datetime as dt
tz = dt.timezone(dt.timedelta(hours=2))
def msg(frm, to, subj, when, cc=None, mid=None, reply=None, attach=None, body="Hello,\n\nthe offer is fine.\n"):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = format_datetime(when)
    m["Message-ID"] = mid or make_msgid(domain="test.example")
    if reply:
        m["In-Reply-To"] = reply; m["References"] = reply
    m.set_content(body)
    if attach:
        m.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename=attach)
    return m
out = sys.argv[1]
mb = mailbox.mbox(os.path.join(out, "sent.mbox"))
mb.add(msg("Mari Tamm <mari@firm.example>", "Pekka Virtanen <pekka@aripaev.example>, info@acme.example", "Pakkumine 2027 – hinnad ja tingimused", dt.datetime(2026,11,20,9,0,tzinfo=tz), mid="<offer-1@firm.example>", attach="Hinnapakkumine õ.pdf"))
mb.add(msg("Pekka Virtanen <pekka@aripaev.example>", "Mari Tamm <mari@firm.example>", "Re: Pakkumine 2027 – hinnad ja tingimused", dt.datetime(2026,11,21,14,30,tzinfo=tz), mid="<reply-1@aripaev.example>", reply="<offer-1@firm.example>"))
mb.add(msg("Spam <spam@nowhere.example>", "mari@firm.example", "Win a prize", dt.datetime(2026,11,22,8,0,tzinfo=tz)))
mb.add(msg("Pekka <pekka@aripaev.example>", "mari@firm.example", "Old", dt.datetime(2025,1,2,8,0,tzinfo=tz)))
mb.close()
md = mailbox.Maildir(os.path.join(out, "Maildir"), create=True)
md.add(msg("jaan@firm.example", "info@aripaev.example", "Arve nõuded: ülevaade", dt.datetime(2026,11,23,10,0,tzinfo=tz), cc="pekka@aripaev.example", mid="<inv-1@firm.example>"))
md.close()
for name, frm in [("domain.eml", "Anna Uus <anna@aripaev.example>"), ("gmail.eml", "Someone <someone@gmail.com>")]:
    with open(os.path.join(out, name), "wb") as f:
        f.write(bytes(msg(frm, "mari@firm.example", "Hello from " + name, dt.datetime(2026,11,24,9,0,tzinfo=tz))))
with open(os.path.join(out, "one.eml"), "wb") as f:
    f.write(bytes(msg("emma@acme.example", "mari@firm.example", "Meeting notes", dt.datetime(2026,11,24,8,0,tzinfo=tz), mid="<notes-1@acme.example>")))
"#;

/// A store with the team (mari, jaan) and two firms with contacts, and
/// the mail files in `mail/`.
fn setup() -> (Env, PathBuf) {
    let env = Env::with_store();
    let toml = std::fs::read_to_string(env.store.join("crm.toml")).expect("crm.toml");
    std::fs::write(
        env.store.join("crm.toml"),
        format!(
            "{toml}\n[team.mari]\nname = \"Mari Tamm\"\nemail = \"mari@firm.example\"\n\n[team.jaan]\nname = \"Jaan Kask\"\nemail = \"jaan@firm.example\"\n"
        ),
    )
    .expect("crm.toml");
    env.git(&["commit", "-qam", "the team"]);
    env.ok(&["add", "Äripäev AS", "--email", "info@aripaev.example"]);
    env.ok(&[
        "contact",
        "add",
        "aripaev-as",
        "Pekka Virtanen",
        "--email",
        "pekka@aripaev.example",
    ]);
    env.ok(&["add", "Acme Ltd", "--email", "info@acme.example"]);
    env.ok(&[
        "contact",
        "add",
        "acme-ltd",
        "Emma Stone",
        "--email",
        "Emma@Acme.example",
    ]);
    let dir = env.tmp.path().join("mail");
    std::fs::create_dir_all(&dir).expect("mail dir");
    let o = std::process::Command::new("python3")
        .args(["-c", GEN])
        .arg(&dir)
        .output()
        .expect("python3 (CI installs it: .ci/run)");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (env, dir)
}

fn p(dir: &Path, name: &str) -> String {
    dir.join(name).to_str().expect("utf-8").to_string()
}

fn emails(env: &Env) -> Vec<Value> {
    let v: Value =
        serde_json::from_str(&env.ok(&["activities", "kind:email", "-f", "json"])).expect("json");
    v.as_array().cloned().unwrap_or_default()
}

fn find<'a>(all: &'a [Value], customer: &str, start: &str) -> &'a Value {
    all.iter()
        .find(|a| {
            a["customer"] == customer && a["text"].as_str().is_some_and(|t| t.starts_with(start))
        })
        .unwrap_or_else(|| panic!("no {customer} activity '{start}' in {all:#?}"))
}

#[test]
fn mail_import_logs_each_message_once_per_customer() {
    let (env, dir) = setup();
    let before = env.commits();
    let out = env.ok(&[
        "mail",
        "import",
        &p(&dir, "sent.mbox"),
        &p(&dir, "Maildir"),
        &p(&dir, "one.eml"),
    ]);
    assert_eq!(
        out,
        "6 message(s): 5 e-mail(s) logged as 6 activities for 2 customer(s); 1 matched nobody\n"
    );
    assert_eq!(env.commits(), before + 1);
    assert_eq!(
        env.last_message(),
        "mail import sent.mbox, Maildir, one.eml: 5 e-mails for 2 customers"
    );
    let all = emails(&env);
    assert_eq!(all.len(), 6);
    // Sent by mari to a contact and to a firm: one activity for each firm.
    let offer = find(
        &all,
        "aripaev-as",
        "sent: Pakkumine 2027 – hinnad ja tingimused",
    );
    assert_eq!(offer["by"], "mari");
    assert_eq!(offer["with"], "Pekka Virtanen");
    assert_eq!(offer["at"], "2026-11-20T09:00:00+02:00");
    assert!(
        offer["text"]
            .as_str()
            .unwrap_or_default()
            .contains("attachments: Hinnapakkumine õ.pdf")
    );
    let offer2 = find(&all, "acme-ltd", "sent: Pakkumine 2027");
    assert_eq!(offer2["with"], Value::Null);
    // The reply, received; jaan's mail (encoded subject) with a Cc.
    let reply = find(&all, "aripaev-as", "received: Re: Pakkumine 2027");
    assert_eq!(reply["by"], "mari");
    let inv = find(&all, "aripaev-as", "sent: Arve nõuded: ülevaade");
    assert_eq!(inv["by"], "jaan");
    assert_eq!(
        find(&all, "acme-ltd", "received: Meeting notes")["with"],
        "Emma Stone"
    );
    // The Message-ID is the activity's ref; the body is not kept.
    let file = env.file("aripaev-as");
    assert!(file.contains("ref = \"offer-1@firm.example\""), "{file}");
    assert!(file.contains("ref = \"reply-1@aripaev.example\""), "{file}");
    assert!(!file.contains("the offer is fine"), "{file}");
    assert!(!env.file("acme-ltd").contains("spam"));
    env.assert_clean();

    // Again, and the same messages in other files: nothing changes.
    let n = env.commits();
    let out = env.ok(&[
        "mail",
        "import",
        &p(&dir, "sent.mbox"),
        &p(&dir, "Maildir"),
        &p(&dir, "one.eml"),
    ]);
    assert!(
        out.contains("0 e-mail(s) logged") && out.contains("5 already there"),
        "{out}"
    );
    assert_eq!(env.commits(), n);

    // Undo takes the whole import back.
    env.ok(&["undo"]);
    assert!(emails(&env).is_empty());
}

#[test]
fn mail_import_since_and_dry_run() {
    let (env, dir) = setup();
    let n = env.commits();
    let out = env.ok(&[
        "mail",
        "import",
        &p(&dir, "sent.mbox"),
        "--since",
        "2026-01-01",
        "--dry-run",
    ]);
    assert_eq!(
        out,
        "3 message(s): 2 e-mail(s) would be logged as 3 activities for 2 customer(s); 1 matched nobody; 1 before --since (dry run: nothing written)\n"
    );
    assert!(emails(&env).is_empty());
    assert!(env.commits() <= n + 1, "at most the hand edit of crm.toml");
    env.ok(&[
        "mail",
        "import",
        &p(&dir, "sent.mbox"),
        "--since",
        "2026-01-01",
    ]);
    assert_eq!(emails(&env).len(), 3);
    env.fails(
        2,
        &[
            "mail",
            "import",
            &p(&dir, "sent.mbox"),
            "--since",
            "someday",
        ],
    );
}

#[test]
fn mail_import_keeps_headers_or_body_lines_when_asked() {
    let (env, dir) = setup();
    let toml = std::fs::read_to_string(env.store.join("crm.toml")).expect("crm.toml");
    std::fs::write(
        env.store.join("crm.toml"),
        format!("{toml}\n[mail]\nkeep = \"body\"\nbody_lines = 1\n"),
    )
    .expect("crm.toml");
    env.ok(&["mail", "import", &p(&dir, "one.eml")]);
    let all = emails(&env);
    let t = all[0]["text"].as_str().unwrap_or_default();
    assert!(
        t.starts_with("received: Meeting notes\nFrom: emma@acme.example\nTo: mari@firm.example"),
        "{t}"
    );
    assert!(
        t.contains("Hello,") && !t.contains("the offer is fine"),
        "{t}"
    );
    std::fs::write(
        env.store.join("crm.toml"),
        format!("{toml}\n[mail]\nkeep = \"everything\"\n"),
    )
    .expect("crm.toml");
    let o = env.run(&["mail", "import", &p(&dir, "one.eml")]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("`everything`"), "{err}");
}

#[test]
fn mail_import_refuses_what_is_not_mail() {
    let (env, dir) = setup();
    let err = env.fails(1, &["mail", "import", &p(&dir, "missing.mbox")]);
    assert!(err.contains("missing.mbox"), "{err}");
    let err = env.fails(2, &["mail", "import", dir.to_str().expect("utf-8")]);
    assert!(err.contains("not a Maildir"), "{err}");
    env.fails(2, &["mail", "import"]);
    // A file that is not mail at all, alone or among mail: refused, and
    // nothing is written.
    let notes = dir.join("notes.txt");
    std::fs::write(&notes, "shopping list\nmilk\n").expect("write");
    let err = env.fails(2, &["mail", "import", notes.to_str().expect("utf-8")]);
    assert!(err.contains("notes.txt: not an e-mail"), "{err}");
    let before = env.git(&["rev-parse", "HEAD"]);
    env.fails(
        2,
        &[
            "mail",
            "import",
            &p(&dir, "one.eml"),
            notes.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(env.git(&["rev-parse", "HEAD"]), before);
    env.fails(2, &["mail", "import", &p(&dir, "one.eml"), "-f", "json"]);
}

/// The address lines as mutt reads a `query_command`'s output: the first
/// line is a message, then `address<TAB>name<TAB>other` per line (name and
/// other may be missing). As aerc reads `address-book-cmd`: every line is
/// `address<TAB>name`, the rest ignored.
fn mutt_query(out: &str) -> (String, Vec<(String, String, String)>) {
    let mut lines = out.lines();
    let first = lines.next().unwrap_or_default().to_string();
    let rows = lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut f = l.splitn(3, '\t');
            let a = f.next().unwrap_or_default().to_string();
            let n = f.next().unwrap_or_default().to_string();
            let o = f.next().unwrap_or_default().to_string();
            (a, n, o)
        })
        .collect();
    (first, rows)
}

#[test]
fn email_answers_mutt_and_aerc_address_queries() {
    let (env, _) = setup();
    env.ok(&[
        "contact",
        "add",
        "acme-ltd",
        "Pekka\tTab",
        "--email",
        "pekka.tab@acme.example",
    ]);
    let (first, rows) = mutt_query(&env.ok(&["email", "pekka"]));
    assert_eq!(first, "crm: 2 addresses matching 'pekka'");
    assert_eq!(
        rows,
        vec![
            (
                "pekka.tab@acme.example".into(),
                "Pekka Tab".into(),
                "Acme Ltd".into()
            ),
            (
                "pekka@aripaev.example".into(),
                "Pekka Virtanen".into(),
                "Äripäev AS".into()
            ),
        ]
    );
    // By the firm's name, without accents: its own address and its contacts'.
    let (_, rows) = mutt_query(&env.ok(&["email", "aripaev"]));
    let addrs: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(addrs, vec!["info@aripaev.example", "pekka@aripaev.example"]);
    // By address, any case.
    let (_, rows) = mutt_query(&env.ok(&["email", "EMMA@"]));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, "Emma@Acme.example");
    // aerc: no first line; each line address TAB name.
    let aerc = env.ok(&["email", "--remove-first-line", "virtanen"]);
    assert_eq!(aerc, "pekka@aripaev.example\tPekka Virtanen\tÄripäev AS\n");
    // Nothing: the first line alone, exit 0 (mutt shows it).
    assert_eq!(
        env.ok(&["email", "nobody"]),
        "crm: 0 addresses matching 'nobody'\n"
    );
    assert_eq!(env.ok(&["email", "--remove-first-line", "nobody"]), "");
    env.fails(2, &["email", "x", "-f", "json"]);
}

#[test]
fn mail_import_matches_a_firms_own_domain_only_when_asked() {
    let (env, dir) = setup();
    env.ok(&["add", "Jaan Tamm FIE", "--email", "jaan.tamm@gmail.com"]);
    let files = [p(&dir, "domain.eml"), p(&dir, "gmail.eml")];
    let args = |dry: bool| {
        let mut a = vec!["mail", "import"];
        a.extend(files.iter().map(String::as_str));
        if dry {
            a.push("--dry-run");
        }
        a
    };
    let out = env.ok(&args(true));
    assert!(
        out.contains("0 e-mail(s) would be logged") && out.contains("2 matched nobody"),
        "{out}"
    );
    let toml = std::fs::read_to_string(env.store.join("crm.toml")).expect("crm.toml");
    std::fs::write(
        env.store.join("crm.toml"),
        format!("{toml}\n[mail]\nmatch_domains = true\n"),
    )
    .expect("crm.toml");
    let out = env.ok(&args(false));
    assert!(
        out.contains("1 e-mail(s) logged") && out.contains("1 matched nobody"),
        "{out}"
    );
    let all = emails(&env);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["customer"], "aripaev-as");
    assert_eq!(all[0]["with"], Value::Null);
}

/// Mail files as other programs write them, kept byte for byte in
/// tests/data/mail: Thunderbird's mbox (CRLF, `From -` separators,
/// ISO-8859-1 quoted-printable headers, a multipart message with an RFC
/// 2231 attachment name) and a Gmail Takeout mbox (Gmail's own headers,
/// an address in capitals, a Base64 subject).
#[test]
fn mail_import_reads_thunderbird_and_gmail_takeout_mboxes() {
    let env = Env::with_store();
    let toml = std::fs::read_to_string(env.store.join("crm.toml")).expect("crm.toml");
    std::fs::write(
        env.store.join("crm.toml"),
        format!("{toml}\n[team.mari]\nname = \"Mari Tamm\"\nemail = \"mari@firm.example\"\n"),
    )
    .expect("crm.toml");
    env.git(&["commit", "-qam", "the team"]);
    env.ok(&["add", "Äripäev AS", "--email", "info@aripaev.example"]);
    for (name, email) in [
        ("Pekka Virtanen", "pekka@aripaev.example"),
        ("Päivi Mäkinen", "paivi@aripaev.example"),
    ] {
        env.ok(&["contact", "add", "aripaev-as", name, "--email", email]);
    }
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/mail");
    let files = [
        p(&data, "thunderbird_crlf.mbox"),
        p(&data, "gmail_takeout.mbox"),
    ];
    let out = env.ok(&["mail", "import", &files[0], &files[1]]);
    assert!(out.contains("3 e-mail(s) logged as 3 activities"), "{out}");
    let all = emails(&env);
    let reply = find(&all, "aripaev-as", "received: Re: Töö pakkumine");
    assert_eq!(reply["with"], "Päivi Mäkinen");
    assert_eq!(reply["by"], "mari");
    let sent = find(&all, "aripaev-as", "sent: Invoice");
    assert!(
        sent["text"]
            .as_str()
            .is_some_and(|t| t.contains("attachments: Arve õ.pdf")),
        "{sent}"
    );
    let takeout = find(&all, "aripaev-as", "received: Kokous öisin");
    assert_eq!(takeout["with"], "Pekka Virtanen");
    let file = env.file("aripaev-as");
    for r in [
        "tb-1@aripaev.example",
        "tb-2@firm.example",
        "CAGm=abc@mail.gmail.com",
    ] {
        assert!(file.contains(&format!("ref = \"{r}\"")), "{r}: {file}");
    }
    // Again: everything is there already.
    let before = env.commits();
    let out = env.ok(&["mail", "import", &files[0], &files[1]]);
    assert!(out.contains("3 already there"), "{out}");
    assert_eq!(env.commits(), before);
}
