
use builtin;
use str;

set edit:completion:arg-completer[crm] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'crm'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'crm'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a new store: git repository, crm.toml, merge driver, first commit'
            cand add 'Add a customer; prints its id'
            cand show 'Show a customer''s card: fields, time budget, contacts, open deals, open tasks, open complaints, the last 10 activities and any merge conflicts. `-f json` prints the file as a JSON object'
            cand edit 'Edit a customer''s file in $VISUAL or $EDITOR; validates and commits'
            cand set 'Change fields of a customer in one commit'
            cand rename 'Rename a customer; with --id also move its file to a new id'
            cand rm 'Remove a customer (git history keeps it: `git log -- customers/ID.toml`)'
            cand contact 'Contact persons of a customer'
            cand log 'Record an activity (call, meeting, email, note, …); prints its id'
            cand task 'Add a task (an activity of kind task); prints its id. `crm task ls` lists open tasks'
            cand done 'Mark a task, follow-up or complaint done. ID is any unique prefix of its id'
            cand deal 'Offers, contracts and sales'
            cand completions 'Print shell completions'
            cand man 'Write man pages generated from the command definitions'
            cand sync 'Commit hand edits, fetch, merge, push; say what came in and went out'
            cand clone 'Join a team: clone a store, register the merge driver, check identity'
            cand merge-file 'The git merge driver for customer files (registered by init and clone)'
            cand resolve 'Settle a conflict recorded by a merge: set FIELD and drop the record'
            cand history 'A customer''s commits, newest first, with a field-level summary of each'
            cand review 'Everything that changed in the store since a point, by customer'
            cand undo 'Revert the last change crm made in this clone, as a new commit'
            cand forget 'Erase a customer, or one contact of a customer, for good (GDPR art. 17)'
            cand hook 'Run by the git hooks crm installs in a store (not for people)'
            cand check 'Check every customer file; report errors, likely duplicates, and what is not committed. Exits 1 when errors are found'
            cand merge 'Fold a duplicate customer into another, in one commit'
            cand export 'Export customers for other programs'
            cand import 'Import customers, contacts and activities'
            cand ls 'List customers matching a query'
            cand activities 'List activities across customers, newest first'
            cand agenda 'Your agenda: overdue tasks, open complaints, tasks due and meetings in the next days, warnings, contacts'' birthdays, customers not contacted for too long, and tasks with no date'
            cand search 'Fuzzy search over names, contacts, e-mails, phones, notes and activity texts; best matches first, each hit saying where it matched'
            cand report 'Reports over deals, activities and customers (docs/json.md lists every column). Each takes a query and -p PERIOD'
            cand calendar 'Your calendar: day by day, meetings, tasks and complaints due, deals expected to close, contracts ending, and contacts'' birthdays'
            cand complaint 'Complaints: open one, close it with what was done, list them'
            cand rules 'List the warning rules: the built-in ones (overdue, stale, budget-80, over-budget) as crm.toml changes them, then the firm''s own'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;init'= {
            cand --remote 'A shared git remote (an empty bare repository) to push the new store to; colleagues then join with `crm clone URL`'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --demo 'Fill the store with a realistic sample firm: about 30 customers, contacts, deals in every stage, two years of activities'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;add'= {
            cand --stage 'Lifecycle stage (default: the first in crm.toml, usually lead)'
            cand --owner 'Owner''s handle (default: you)'
            cand -t 'A tag; repeat or separate with commas'
            cand --tag 'A tag; repeat or separate with commas'
            cand --email 'email'
            cand --phone 'phone'
            cand --website 'website'
            cand --address 'address'
            cand --reg-code 'Business registry code'
            cand --note 'Free text notes'
            cand --field 'A custom field declared in crm.toml, as NAME=VALUE; repeatable'
            cand --id 'Use this id instead of the slug of the name'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;show'= {
            cand -n 'How many recent activities to show'
            cand --activities 'How many recent activities to show'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;edit'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;set'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;rename'= {
            cand --id 'Also change the id (and so the file name)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;rm'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;contact'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a contact person (re-adding the same one is a quiet success)'
            cand set 'Change a contact''s fields: name, role, email, phone, birthday, notes'
            cand rm 'Remove a contact person'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;contact;add'= {
            cand --role 'role'
            cand --email 'email'
            cand --phone 'phone'
            cand --birthday 'Date of birth (YYYY-MM-DD, or --MM-DD without the year); shown in the agenda'
            cand --note 'note'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;contact;set'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;contact;rm'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;contact;help'= {
            cand add 'Add a contact person (re-adding the same one is a quiet success)'
            cand set 'Change a contact''s fields: name, role, email, phone, birthday, notes'
            cand rm 'Remove a contact person'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;contact;help;add'= {
        }
        &'crm;contact;help;set'= {
        }
        &'crm;contact;help;rm'= {
        }
        &'crm;contact;help;help'= {
        }
        &'crm;log'= {
            cand --at 'When it happened (default: now)'
            cand -m 'How long it took'
            cand --minutes 'How long it took'
            cand --with 'The contact person involved'
            cand --due 'A follow-up date: makes the activity an open task until `crm done` (a date, "next monday", "in 2 weeks", +3d, or 2026-12-24T10:00)'
            cand --for 'Whose it is (`by`; default: you): who handles a complaint or task'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;task'= {
            cand --due 'When it is due (default: no date)'
            cand --for 'Whose task it is (default: you)'
            cand --with 'The contact person involved'
            cand --every 'Repeat: daily, weekly, monthly, quarterly, yearly, or 2w, 1m, 3m, 1y'
            cand -P 'high, medium or low (h, m, l)'
            cand --priority 'high, medium or low (h, m, l)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand ls 'Open tasks and follow-ups (yours unless --all): due date, priority, repeat, customer, text. Overdue first, tasks without a date last'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;task;ls'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --all 'Everybody''s tasks, not only yours'
            cand --done 'Done tasks instead of open ones'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;task;help'= {
            cand ls 'Open tasks and follow-ups (yours unless --all): due date, priority, repeat, customer, text. Overdue first, tasks without a date last'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;task;help;ls'= {
        }
        &'crm;task;help;help'= {
        }
        &'crm;done'= {
            cand --note 'How it was settled (kept as `resolution`)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;deal'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a deal to a customer; prints its id'
            cand set 'Change a deal: title, amount, currency, stage, probability, expected, closed, ends, owner. Moving it to won or lost sets closed to today unless given. ID is any unique prefix of the deal''s id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;deal;add'= {
            cand --amount 'The amount, e.g. 12000 or 1200.50'
            cand --currency 'Currency code (default: crm.toml currency)'
            cand --stage 'Deal stage (default: the first of crm.toml deal_stages)'
            cand --probability 'Chance of winning in percent; weights the pipeline'
            cand --expected 'Expected close date'
            cand --ends 'The last day of the contract (the built-in rule contract-ending warns 30 days before it)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;deal;set'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;deal;help'= {
            cand add 'Add a deal to a customer; prints its id'
            cand set 'Change a deal: title, amount, currency, stage, probability, expected, closed, ends, owner. Moving it to won or lost sets closed to today unless given. ID is any unique prefix of the deal''s id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;deal;help;add'= {
        }
        &'crm;deal;help;set'= {
        }
        &'crm;deal;help;help'= {
        }
        &'crm;completions'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;man'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;sync'= {
            cand --remote 'The git remote to sync with'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;clone'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;merge-file'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;resolve'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --ours 'Keep the value recorded as ours'
            cand --theirs 'Keep the value recorded as theirs'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;history'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;review'= {
            cand --since 'A revision or a date'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;undo'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --force 'Undo even a change that was already pushed'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;forget'= {
            cand --contact 'Forget only this contact of the customer (by name)'
            cand --remote 'The git remote to publish the new history to (when it exists)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -n 'List the commits and files that would change; change nothing'
            cand --dry-run 'List the commits and files that would change; change nothing'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;hook'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;check'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --fix 'Apply the safe fixes in one commit, then report what is left'
            cand --rules 'Check the warning rules of crm.toml and list their warnings'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;merge'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;export'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand json 'The backup: crm.toml''s settings and every matching customer file as one JSON object (`crm import json` restores it)'
            cand csv 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts'
            cand vcard 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones'
            cand ics 'Open tasks (VTODO, repeating ones with their RRULE), open complaints (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;export;json'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;export;csv'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;export;vcard'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;export;ics'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;export;help'= {
            cand json 'The backup: crm.toml''s settings and every matching customer file as one JSON object (`crm import json` restores it)'
            cand csv 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts'
            cand vcard 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones'
            cand ics 'Open tasks (VTODO, repeating ones with their RRULE), open complaints (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;export;help;json'= {
        }
        &'crm;export;help;csv'= {
        }
        &'crm;export;help;vcard'= {
        }
        &'crm;export;help;ics'= {
        }
        &'crm;export;help;help'= {
        }
        &'crm;import'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand json 'Read a `crm export json` file (the backup): crm.toml''s settings it carries are restored (into a fresh store: the same crm.toml), new ids are created, existing ids replaced; all validated, then one commit (or nothing)'
            cand vcard 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported'
            cand csv 'Import a spreadsheet or another program''s CSV export (Google, Outlook, Apple, Thunderbird, LinkedIn, HubSpot, Pipedrive, Salesforce, Zoho; Excel in Estonian, Finnish or English)'
            cand ics 'Import a calendar: events become meetings, to-dos tasks (done when COMPLETED), matched to customers by attendee or organiser e-mail or given with --customer. Re-importing the same file changes nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;import;json'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --dry-run 'Say what would happen; write nothing'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;import;vcard'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --dry-run 'Say what would happen; write nothing'
            cand --strict 'All or nothing: refuse the file when any value would be left out or kept as written'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;import;csv'= {
            cand --map 'Column mapping: "Header=field,…" (fields: name, contact, first_name, last_name, email, phone, website, address, city, country, reg_code, notes, tags, owner, stage, role, birthday, created, fields.NAME, ignore)'
            cand --map-stage 'Stage mapping: "Their Stage=our stage,…" (before the built-in table; an unknown stage becomes the first of crm.toml''s)'
            cand --delimiter 'The delimiter (default: detected from the header line)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --dry-run 'Say what would happen; write nothing'
            cand --strict 'All or nothing: refuse the file when any value would be left out or kept as written'
            cand --skip-invalid 'Accepted for old scripts; rows are never skipped for a bad value now'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;import;ics'= {
            cand --customer 'The customer every entry belongs to'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --dry-run 'Say what would happen; write nothing'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;import;help'= {
            cand json 'Read a `crm export json` file (the backup): crm.toml''s settings it carries are restored (into a fresh store: the same crm.toml), new ids are created, existing ids replaced; all validated, then one commit (or nothing)'
            cand vcard 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported'
            cand csv 'Import a spreadsheet or another program''s CSV export (Google, Outlook, Apple, Thunderbird, LinkedIn, HubSpot, Pipedrive, Salesforce, Zoho; Excel in Estonian, Finnish or English)'
            cand ics 'Import a calendar: events become meetings, to-dos tasks (done when COMPLETED), matched to customers by attendee or organiser e-mail or given with --customer. Re-importing the same file changes nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;import;help;json'= {
        }
        &'crm;import;help;vcard'= {
        }
        &'crm;import;help;csv'= {
        }
        &'crm;import;help;ics'= {
        }
        &'crm;import;help;help'= {
        }
        &'crm;ls'= {
            cand --sort 'Sort by this key (name, id, stage, owner, created, last_contact, or any column); a leading ''-'' sorts descending'
            cand --fields 'Columns to show (and keys in JSON), comma-separated, e.g. id,name,email,fields.industry'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;activities'= {
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --since 'From this date on (a date or a period: its first day)'
            cand --until 'Up to this date, included (a date or a period: its last day)'
            cand -n 'At most this many (the newest)'
            cand --limit 'At most this many (the newest)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;agenda'= {
            cand --days 'How many days after today the window covers'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --all 'Everybody''s agenda, not only yours'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;search'= {
            cand -n 'At most this many hits (with -f ids: this many customers)'
            cand --limit 'At most this many hits (with -f ids: this many customers)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;report'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand pipeline 'Open deals by stage: count, amount and probability-weighted amount'
            cand forecast 'Open deals by expected close period: count, total and weighted'
            cand activity 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom'
            cand turnover 'Won amounts per period (by closed date) and open deals per period (by expected date)'
            cand value 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays. With -p also the time budget for the period and the rest of it'
            cand stale 'Customers not contacted for N days (default: stale_after_days)'
            cand complaints 'Complaints: how many came in, how many are open (and overdue), how many were closed, and the median days it took to close them'
            cand budget 'Time budgets: per customer with a budget, the budget for the period, minutes spent, the rest, per cent used, won turnover and turnover per hour. Most used first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;report;pipeline'= {
            cand --by 'Also group by owner (the deal''s, else the customer''s)'
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;report;forecast'= {
            cand --period 'Row period'
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;report;activity'= {
            cand --by 'Group by'
            cand --period 'Also split by period'
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;report;turnover'= {
            cand --period 'Row period'
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;report;value'= {
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;report;stale'= {
            cand --days 'Days without contact'
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;report;complaints'= {
            cand --by 'Group by the customer, the complaint''s kind, or who handles it'
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;report;budget'= {
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;report;help'= {
            cand pipeline 'Open deals by stage: count, amount and probability-weighted amount'
            cand forecast 'Open deals by expected close period: count, total and weighted'
            cand activity 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom'
            cand turnover 'Won amounts per period (by closed date) and open deals per period (by expected date)'
            cand value 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays. With -p also the time budget for the period and the rest of it'
            cand stale 'Customers not contacted for N days (default: stale_after_days)'
            cand complaints 'Complaints: how many came in, how many are open (and overdue), how many were closed, and the median days it took to close them'
            cand budget 'Time budgets: per customer with a budget, the budget for the period, minutes spent, the rest, per cent used, won turnover and turnover per hour. Most used first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;report;help;pipeline'= {
        }
        &'crm;report;help;forecast'= {
        }
        &'crm;report;help;activity'= {
        }
        &'crm;report;help;turnover'= {
        }
        &'crm;report;help;value'= {
        }
        &'crm;report;help;stale'= {
        }
        &'crm;report;help;complaints'= {
        }
        &'crm;report;help;budget'= {
        }
        &'crm;report;help;help'= {
        }
        &'crm;calendar'= {
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --week 'A week, Monday to Sunday (the default)'
            cand --month 'A calendar month'
            cand --all 'Everybody''s calendar, not only yours'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;complaint'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Open a complaint; prints its id. The same as `crm log CUSTOMER complaint TEXT`'
            cand close 'Close a complaint, recording what was done (`resolution`). The same as `crm done ID --note TEXT`, for complaints only'
            cand ls 'Open complaints (yours unless --all), overdue first; --closed for the settled ones with their resolution'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;complaint;add'= {
            cand --due 'When the answer is due: a date, "next monday", +3d, 2026-12-24T10:00'
            cand --for 'Who handles it (default: you)'
            cand --with 'The contact person who complained'
            cand --kind 'The kind, when crm.toml lists several complaint kinds'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;complaint;close'= {
            cand --note 'How it was settled'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;complaint;ls'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --all 'Everybody''s, not only yours'
            cand --closed 'Closed complaints instead of open ones'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;complaint;help'= {
            cand add 'Open a complaint; prints its id. The same as `crm log CUSTOMER complaint TEXT`'
            cand close 'Close a complaint, recording what was done (`resolution`). The same as `crm done ID --note TEXT`, for complaints only'
            cand ls 'Open complaints (yours unless --all), overdue first; --closed for the settled ones with their resolution'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;complaint;help;add'= {
        }
        &'crm;complaint;help;close'= {
        }
        &'crm;complaint;help;ls'= {
        }
        &'crm;complaint;help;help'= {
        }
        &'crm;rules'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;help'= {
            cand init 'Create a new store: git repository, crm.toml, merge driver, first commit'
            cand add 'Add a customer; prints its id'
            cand show 'Show a customer''s card: fields, time budget, contacts, open deals, open tasks, open complaints, the last 10 activities and any merge conflicts. `-f json` prints the file as a JSON object'
            cand edit 'Edit a customer''s file in $VISUAL or $EDITOR; validates and commits'
            cand set 'Change fields of a customer in one commit'
            cand rename 'Rename a customer; with --id also move its file to a new id'
            cand rm 'Remove a customer (git history keeps it: `git log -- customers/ID.toml`)'
            cand contact 'Contact persons of a customer'
            cand log 'Record an activity (call, meeting, email, note, …); prints its id'
            cand task 'Add a task (an activity of kind task); prints its id. `crm task ls` lists open tasks'
            cand done 'Mark a task, follow-up or complaint done. ID is any unique prefix of its id'
            cand deal 'Offers, contracts and sales'
            cand completions 'Print shell completions'
            cand man 'Write man pages generated from the command definitions'
            cand sync 'Commit hand edits, fetch, merge, push; say what came in and went out'
            cand clone 'Join a team: clone a store, register the merge driver, check identity'
            cand merge-file 'The git merge driver for customer files (registered by init and clone)'
            cand resolve 'Settle a conflict recorded by a merge: set FIELD and drop the record'
            cand history 'A customer''s commits, newest first, with a field-level summary of each'
            cand review 'Everything that changed in the store since a point, by customer'
            cand undo 'Revert the last change crm made in this clone, as a new commit'
            cand forget 'Erase a customer, or one contact of a customer, for good (GDPR art. 17)'
            cand hook 'Run by the git hooks crm installs in a store (not for people)'
            cand check 'Check every customer file; report errors, likely duplicates, and what is not committed. Exits 1 when errors are found'
            cand merge 'Fold a duplicate customer into another, in one commit'
            cand export 'Export customers for other programs'
            cand import 'Import customers, contacts and activities'
            cand ls 'List customers matching a query'
            cand activities 'List activities across customers, newest first'
            cand agenda 'Your agenda: overdue tasks, open complaints, tasks due and meetings in the next days, warnings, contacts'' birthdays, customers not contacted for too long, and tasks with no date'
            cand search 'Fuzzy search over names, contacts, e-mails, phones, notes and activity texts; best matches first, each hit saying where it matched'
            cand report 'Reports over deals, activities and customers (docs/json.md lists every column). Each takes a query and -p PERIOD'
            cand calendar 'Your calendar: day by day, meetings, tasks and complaints due, deals expected to close, contracts ending, and contacts'' birthdays'
            cand complaint 'Complaints: open one, close it with what was done, list them'
            cand rules 'List the warning rules: the built-in ones (overdue, stale, budget-80, over-budget) as crm.toml changes them, then the firm''s own'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;help;init'= {
        }
        &'crm;help;add'= {
        }
        &'crm;help;show'= {
        }
        &'crm;help;edit'= {
        }
        &'crm;help;set'= {
        }
        &'crm;help;rename'= {
        }
        &'crm;help;rm'= {
        }
        &'crm;help;contact'= {
            cand add 'Add a contact person (re-adding the same one is a quiet success)'
            cand set 'Change a contact''s fields: name, role, email, phone, birthday, notes'
            cand rm 'Remove a contact person'
        }
        &'crm;help;contact;add'= {
        }
        &'crm;help;contact;set'= {
        }
        &'crm;help;contact;rm'= {
        }
        &'crm;help;log'= {
        }
        &'crm;help;task'= {
            cand ls 'Open tasks and follow-ups (yours unless --all): due date, priority, repeat, customer, text. Overdue first, tasks without a date last'
        }
        &'crm;help;task;ls'= {
        }
        &'crm;help;done'= {
        }
        &'crm;help;deal'= {
            cand add 'Add a deal to a customer; prints its id'
            cand set 'Change a deal: title, amount, currency, stage, probability, expected, closed, ends, owner. Moving it to won or lost sets closed to today unless given. ID is any unique prefix of the deal''s id'
        }
        &'crm;help;deal;add'= {
        }
        &'crm;help;deal;set'= {
        }
        &'crm;help;completions'= {
        }
        &'crm;help;man'= {
        }
        &'crm;help;sync'= {
        }
        &'crm;help;clone'= {
        }
        &'crm;help;merge-file'= {
        }
        &'crm;help;resolve'= {
        }
        &'crm;help;history'= {
        }
        &'crm;help;review'= {
        }
        &'crm;help;undo'= {
        }
        &'crm;help;forget'= {
        }
        &'crm;help;hook'= {
        }
        &'crm;help;check'= {
        }
        &'crm;help;merge'= {
        }
        &'crm;help;export'= {
            cand json 'The backup: crm.toml''s settings and every matching customer file as one JSON object (`crm import json` restores it)'
            cand csv 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts'
            cand vcard 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones'
            cand ics 'Open tasks (VTODO, repeating ones with their RRULE), open complaints (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries'
        }
        &'crm;help;export;json'= {
        }
        &'crm;help;export;csv'= {
        }
        &'crm;help;export;vcard'= {
        }
        &'crm;help;export;ics'= {
        }
        &'crm;help;import'= {
            cand json 'Read a `crm export json` file (the backup): crm.toml''s settings it carries are restored (into a fresh store: the same crm.toml), new ids are created, existing ids replaced; all validated, then one commit (or nothing)'
            cand vcard 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported'
            cand csv 'Import a spreadsheet or another program''s CSV export (Google, Outlook, Apple, Thunderbird, LinkedIn, HubSpot, Pipedrive, Salesforce, Zoho; Excel in Estonian, Finnish or English)'
            cand ics 'Import a calendar: events become meetings, to-dos tasks (done when COMPLETED), matched to customers by attendee or organiser e-mail or given with --customer. Re-importing the same file changes nothing'
        }
        &'crm;help;import;json'= {
        }
        &'crm;help;import;vcard'= {
        }
        &'crm;help;import;csv'= {
        }
        &'crm;help;import;ics'= {
        }
        &'crm;help;ls'= {
        }
        &'crm;help;activities'= {
        }
        &'crm;help;agenda'= {
        }
        &'crm;help;search'= {
        }
        &'crm;help;report'= {
            cand pipeline 'Open deals by stage: count, amount and probability-weighted amount'
            cand forecast 'Open deals by expected close period: count, total and weighted'
            cand activity 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom'
            cand turnover 'Won amounts per period (by closed date) and open deals per period (by expected date)'
            cand value 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays. With -p also the time budget for the period and the rest of it'
            cand stale 'Customers not contacted for N days (default: stale_after_days)'
            cand complaints 'Complaints: how many came in, how many are open (and overdue), how many were closed, and the median days it took to close them'
            cand budget 'Time budgets: per customer with a budget, the budget for the period, minutes spent, the rest, per cent used, won turnover and turnover per hour. Most used first'
        }
        &'crm;help;report;pipeline'= {
        }
        &'crm;help;report;forecast'= {
        }
        &'crm;help;report;activity'= {
        }
        &'crm;help;report;turnover'= {
        }
        &'crm;help;report;value'= {
        }
        &'crm;help;report;stale'= {
        }
        &'crm;help;report;complaints'= {
        }
        &'crm;help;report;budget'= {
        }
        &'crm;help;calendar'= {
        }
        &'crm;help;complaint'= {
            cand add 'Open a complaint; prints its id. The same as `crm log CUSTOMER complaint TEXT`'
            cand close 'Close a complaint, recording what was done (`resolution`). The same as `crm done ID --note TEXT`, for complaints only'
            cand ls 'Open complaints (yours unless --all), overdue first; --closed for the settled ones with their resolution'
        }
        &'crm;help;complaint;add'= {
        }
        &'crm;help;complaint;close'= {
        }
        &'crm;help;complaint;ls'= {
        }
        &'crm;help;rules'= {
        }
        &'crm;help;help'= {
        }
    ]
    $completions[$command]
}
