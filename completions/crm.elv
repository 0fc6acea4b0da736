
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
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a new store: git repository, crm.toml, merge driver, first commit'
            cand add 'Add a customer; prints its id'
            cand show 'Show a customer''s card: fields, contacts, open deals, open tasks, the last 10 activities and any merge conflicts. `-f json` prints the file as a JSON object'
            cand edit 'Edit a customer''s file in $VISUAL or $EDITOR; validates and commits'
            cand set 'Change fields of a customer in one commit'
            cand rename 'Rename a customer; with --id also move its file to a new id'
            cand rm 'Remove a customer (git history keeps it: `git log -- customers/ID.toml`)'
            cand contact 'Contact persons of a customer'
            cand log 'Record an activity (call, meeting, email, note, …); prints its id'
            cand task 'Add a follow-up task (an activity of kind task); prints its id'
            cand done 'Mark a task or follow-up done. ID is any unique prefix of its id'
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
            cand import 'Import customers'
            cand ls 'List customers matching a query'
            cand activities 'List activities across customers, newest first'
            cand agenda 'Your agenda: overdue tasks, tasks due and meetings in the next days, contacts'' birthdays, and customers not contacted for too long'
            cand search 'Fuzzy search over names, contacts, e-mails, phones, notes and activity texts; best matches first, each hit saying where it matched'
            cand report 'Reports over deals, activities and customers (docs/json.md lists every column). Each takes a query and -p PERIOD'
            cand deals 'List deals across customers: customer, id, title, stage, amount, currency, probability, weighted amount, expected and closed dates, owner, and days in the current stage'
            cand products 'The catalogue of products and services (crm.toml [[products]]): id, name, unit, price, currency, and the period of a recurring price. Deal lines (crm deal add … --item ID:N) and contracts name them by id'
            cand contract 'Contracts: agreements that run from a start to an end, worth a value per month, quarter or year, with a notice period and automatic renewal'
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
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a contact person (re-adding the same one is a quiet success)'
            cand set 'Change a contact''s fields: name, role, email, phone, birthday, notes'
            cand rm 'Remove a contact person'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;contact;add'= {
            cand --role 'role'
            cand --email 'email'
            cand --phone 'phone'
            cand --birthday 'Date of birth (YYYY-MM-DD); shown in the agenda'
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
            cand --due 'A follow-up date: makes the activity an open task until `crm done`'
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
            cand --due 'When it is due: 2026-12-01, tomorrow, friday, +3d …'
            cand --for 'Whose task it is (default: you)'
            cand --with 'The contact person involved'
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
        &'crm;done'= {
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
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a deal to a customer; prints its id'
            cand set 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner, reason, and its lines (item+=PRODUCT:N adds, item-=PRODUCT removes, item=PRODUCT:N sets the quantity; the amount follows the lines unless given). Moving it to won or lost sets closed to today unless given; every change of stage is dated in the file. ID is any unique prefix of the deal''s id'
            cand show 'Show a deal: its customer, stage and since when, amount, lines and the dates of its stages. -f json prints it as one object'
            cand rm 'Remove a deal (the history keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;deal;add'= {
            cand --amount 'The amount, e.g. 12000 or 1200.50 (default: the sum of the lines)'
            cand --item 'A line: PRODUCT[:QUANTITY][@PRICE], e.g. training:3 (repeatable)'
            cand --currency 'Currency code (default: the products'', else crm.toml currency)'
            cand --stage 'Deal stage (default: the first of crm.toml deal_stages)'
            cand --probability 'Chance of winning in percent; weights the pipeline'
            cand --expected 'Expected close date'
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
        &'crm;deal;show'= {
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
        &'crm;deal;rm'= {
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
            cand set 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner, reason, and its lines (item+=PRODUCT:N adds, item-=PRODUCT removes, item=PRODUCT:N sets the quantity; the amount follows the lines unless given). Moving it to won or lost sets closed to today unless given; every change of stage is dated in the file. ID is any unique prefix of the deal''s id'
            cand show 'Show a deal: its customer, stage and since when, amount, lines and the dates of its stages. -f json prints it as one object'
            cand rm 'Remove a deal (the history keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;deal;help;add'= {
        }
        &'crm;deal;help;set'= {
        }
        &'crm;deal;help;show'= {
        }
        &'crm;deal;help;rm'= {
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
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crm;check'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --fix 'Apply the safe fixes in one commit, then report what is left'
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
            cand -h 'Print help'
            cand --help 'Print help'
            cand json 'Every matching customer file as one JSON array (`crm import json` reads it back)'
            cand csv 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts'
            cand vcard 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones'
            cand ics 'Open tasks (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries'
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
            cand json 'Every matching customer file as one JSON array (`crm import json` reads it back)'
            cand csv 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts'
            cand vcard 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones'
            cand ics 'Open tasks (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries'
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
            cand -h 'Print help'
            cand --help 'Print help'
            cand json 'Read a `crm export json` file: new ids are created, existing ids replaced; all validated, then one commit (or nothing)'
            cand vcard 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported'
            cand csv 'Import a spreadsheet or another CRM''s CSV export'
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
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;import;csv'= {
            cand --map 'Column mapping: "Header=field,…" (fields: name, contact, first_name, last_name, email, phone, website, address, city, country, reg_code, notes, tags, owner, stage, role, birthday, fields.NAME, ignore)'
            cand --delimiter 'The delimiter (default: detected from the header line)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --dry-run 'Say what would happen; write nothing'
            cand --skip-invalid 'Skip invalid rows (reported) instead of importing nothing'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;import;help'= {
            cand json 'Read a `crm export json` file: new ids are created, existing ids replaced; all validated, then one commit (or nothing)'
            cand vcard 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported'
            cand csv 'Import a spreadsheet or another CRM''s CSV export'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;import;help;json'= {
        }
        &'crm;import;help;vcard'= {
        }
        &'crm;import;help;csv'= {
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
            cand -h 'Print help'
            cand --help 'Print help'
            cand pipeline 'Open deals by stage: count, amount and probability-weighted amount'
            cand forecast 'Open deals by expected close period: count, total and weighted, and the conversion so far (won / (won + lost) of closed deals), the amount likely at that rate and the average days to close'
            cand activity 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom'
            cand turnover 'Won amounts per period (by closed date) and open deals per period (by expected date); with --contracts also the revenue contracts bill; with --compare the period (-p, default this month) beside the one before and the same one a year earlier'
            cand value 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays'
            cand products 'Per product or service of the catalogue (and customer or owner): open deals holding it, their amount and weighted amount, offers out, and what was won in the period (-p selects won deals by closed date). Amounts are the deal lines'''
            cand contracts 'Contracts that end or renew in the period (-p; without it, every contract by its next end), with the last day to give notice; with --mrr the monthly recurring revenue per customer and in total, on the period''s last day (default today)'
            cand reasons 'Won and lost deals by the reason given (`crm deal set ID stage=lost reason=price`): count, amount, share. -p selects by closed date'
            cand stale 'Customers not contacted for N days (default: stale_after_days)'
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
            cand --contracts 'Add the revenue of contracts (each billing day of each contract, in a `contracts` column)'
            cand --compare 'One row per currency for the period, the one before and the same one a year earlier, with the change in percent'
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
        &'crm;report;products'= {
            cand --by 'Also group by customer or owner'
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
        &'crm;report;contracts'= {
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --mrr 'Monthly recurring revenue per customer, and the total'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;report;reasons'= {
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
        &'crm;report;help'= {
            cand pipeline 'Open deals by stage: count, amount and probability-weighted amount'
            cand forecast 'Open deals by expected close period: count, total and weighted, and the conversion so far (won / (won + lost) of closed deals), the amount likely at that rate and the average days to close'
            cand activity 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom'
            cand turnover 'Won amounts per period (by closed date) and open deals per period (by expected date); with --contracts also the revenue contracts bill; with --compare the period (-p, default this month) beside the one before and the same one a year earlier'
            cand value 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays'
            cand products 'Per product or service of the catalogue (and customer or owner): open deals holding it, their amount and weighted amount, offers out, and what was won in the period (-p selects won deals by closed date). Amounts are the deal lines'''
            cand contracts 'Contracts that end or renew in the period (-p; without it, every contract by its next end), with the last day to give notice; with --mrr the monthly recurring revenue per customer and in total, on the period''s last day (default today)'
            cand reasons 'Won and lost deals by the reason given (`crm deal set ID stage=lost reason=price`): count, amount, share. -p selects by closed date'
            cand stale 'Customers not contacted for N days (default: stale_after_days)'
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
        &'crm;report;help;products'= {
        }
        &'crm;report;help;contracts'= {
        }
        &'crm;report;help;reasons'= {
        }
        &'crm;report;help;stale'= {
        }
        &'crm;report;help;help'= {
        }
        &'crm;deals'= {
            cand -p 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --during 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)'
            cand --sort 'Sort by this key (any column, e.g. amount, expected, age, customer); a leading ''-'' sorts descending'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --board 'The open deals as a board: a column per stage with its count and sum on top, fitted to the terminal'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;products'= {
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
            cand add 'Add a product or service to the catalogue'
            cand set 'Change a product: name, unit, price, currency, every (KEY= removes unit, currency or every). Deals keep the prices they were made at'
            cand rm 'Remove a product from the catalogue (deals keep their lines; `crm check` names the ones that refer to it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;products;add'= {
            cand --price 'The price of one unit, e.g. 1200 or 49.90'
            cand --unit 'What one unit is: day, hour, licence …'
            cand --currency 'Currency code (default: crm.toml currency)'
            cand --every 'A recurring price: per month, quarter or year'
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
        &'crm;products;set'= {
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
        &'crm;products;rm'= {
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
        &'crm;products;help'= {
            cand add 'Add a product or service to the catalogue'
            cand set 'Change a product: name, unit, price, currency, every (KEY= removes unit, currency or every). Deals keep the prices they were made at'
            cand rm 'Remove a product from the catalogue (deals keep their lines; `crm check` names the ones that refer to it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;products;help;add'= {
        }
        &'crm;products;help;set'= {
        }
        &'crm;products;help;rm'= {
        }
        &'crm;products;help;help'= {
        }
        &'crm;contract'= {
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a contract to a customer; prints its id'
            cand set 'Change a contract: title, start, end, value, currency, every, notice, auto_renew, product, deal, owner (KEY= removes an optional one). ID is any unique prefix of the contract''s id'
            cand rm 'Remove a contract (the history keeps it)'
            cand ls 'List the contracts of the customers matching a query, by their next end: when each ends or renews, the last day to give notice, its value and monthly recurring revenue'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;contract;add'= {
            cand --start 'First day (default: today)'
            cand --end 'Last day (none: until further notice)'
            cand --value 'The value per period (or once), e.g. 400 or 4800'
            cand --currency 'Currency code (default: the product''s, else crm.toml currency)'
            cand --every 'The value is per month, quarter or year'
            cand --notice 'Notice period before the end: 3m, 30d, 2w, 1y'
            cand --product 'The product of the catalogue it is for'
            cand --deal 'The deal it came from (an id)'
            cand -C 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --store 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)'
            cand --as 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part'
            cand -f 'Output format of commands that print records'
            cand --format 'Output format of commands that print records'
            cand --color 'Colour: auto honours NO_COLOR and never colours a pipe'
            cand --auto-renew 'Renews by itself for another term at each end'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crm;contract;set'= {
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
        &'crm;contract;rm'= {
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
        &'crm;contract;ls'= {
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
        &'crm;contract;help'= {
            cand add 'Add a contract to a customer; prints its id'
            cand set 'Change a contract: title, start, end, value, currency, every, notice, auto_renew, product, deal, owner (KEY= removes an optional one). ID is any unique prefix of the contract''s id'
            cand rm 'Remove a contract (the history keeps it)'
            cand ls 'List the contracts of the customers matching a query, by their next end: when each ends or renews, the last day to give notice, its value and monthly recurring revenue'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crm;contract;help;add'= {
        }
        &'crm;contract;help;set'= {
        }
        &'crm;contract;help;rm'= {
        }
        &'crm;contract;help;ls'= {
        }
        &'crm;contract;help;help'= {
        }
        &'crm;help'= {
            cand init 'Create a new store: git repository, crm.toml, merge driver, first commit'
            cand add 'Add a customer; prints its id'
            cand show 'Show a customer''s card: fields, contacts, open deals, open tasks, the last 10 activities and any merge conflicts. `-f json` prints the file as a JSON object'
            cand edit 'Edit a customer''s file in $VISUAL or $EDITOR; validates and commits'
            cand set 'Change fields of a customer in one commit'
            cand rename 'Rename a customer; with --id also move its file to a new id'
            cand rm 'Remove a customer (git history keeps it: `git log -- customers/ID.toml`)'
            cand contact 'Contact persons of a customer'
            cand log 'Record an activity (call, meeting, email, note, …); prints its id'
            cand task 'Add a follow-up task (an activity of kind task); prints its id'
            cand done 'Mark a task or follow-up done. ID is any unique prefix of its id'
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
            cand import 'Import customers'
            cand ls 'List customers matching a query'
            cand activities 'List activities across customers, newest first'
            cand agenda 'Your agenda: overdue tasks, tasks due and meetings in the next days, contacts'' birthdays, and customers not contacted for too long'
            cand search 'Fuzzy search over names, contacts, e-mails, phones, notes and activity texts; best matches first, each hit saying where it matched'
            cand report 'Reports over deals, activities and customers (docs/json.md lists every column). Each takes a query and -p PERIOD'
            cand deals 'List deals across customers: customer, id, title, stage, amount, currency, probability, weighted amount, expected and closed dates, owner, and days in the current stage'
            cand products 'The catalogue of products and services (crm.toml [[products]]): id, name, unit, price, currency, and the period of a recurring price. Deal lines (crm deal add … --item ID:N) and contracts name them by id'
            cand contract 'Contracts: agreements that run from a start to an end, worth a value per month, quarter or year, with a notice period and automatic renewal'
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
        }
        &'crm;help;done'= {
        }
        &'crm;help;deal'= {
            cand add 'Add a deal to a customer; prints its id'
            cand set 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner, reason, and its lines (item+=PRODUCT:N adds, item-=PRODUCT removes, item=PRODUCT:N sets the quantity; the amount follows the lines unless given). Moving it to won or lost sets closed to today unless given; every change of stage is dated in the file. ID is any unique prefix of the deal''s id'
            cand show 'Show a deal: its customer, stage and since when, amount, lines and the dates of its stages. -f json prints it as one object'
            cand rm 'Remove a deal (the history keeps it)'
        }
        &'crm;help;deal;add'= {
        }
        &'crm;help;deal;set'= {
        }
        &'crm;help;deal;show'= {
        }
        &'crm;help;deal;rm'= {
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
            cand json 'Every matching customer file as one JSON array (`crm import json` reads it back)'
            cand csv 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts'
            cand vcard 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones'
            cand ics 'Open tasks (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries'
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
            cand json 'Read a `crm export json` file: new ids are created, existing ids replaced; all validated, then one commit (or nothing)'
            cand vcard 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported'
            cand csv 'Import a spreadsheet or another CRM''s CSV export'
        }
        &'crm;help;import;json'= {
        }
        &'crm;help;import;vcard'= {
        }
        &'crm;help;import;csv'= {
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
            cand forecast 'Open deals by expected close period: count, total and weighted, and the conversion so far (won / (won + lost) of closed deals), the amount likely at that rate and the average days to close'
            cand activity 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom'
            cand turnover 'Won amounts per period (by closed date) and open deals per period (by expected date); with --contracts also the revenue contracts bill; with --compare the period (-p, default this month) beside the one before and the same one a year earlier'
            cand value 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays'
            cand products 'Per product or service of the catalogue (and customer or owner): open deals holding it, their amount and weighted amount, offers out, and what was won in the period (-p selects won deals by closed date). Amounts are the deal lines'''
            cand contracts 'Contracts that end or renew in the period (-p; without it, every contract by its next end), with the last day to give notice; with --mrr the monthly recurring revenue per customer and in total, on the period''s last day (default today)'
            cand reasons 'Won and lost deals by the reason given (`crm deal set ID stage=lost reason=price`): count, amount, share. -p selects by closed date'
            cand stale 'Customers not contacted for N days (default: stale_after_days)'
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
        &'crm;help;report;products'= {
        }
        &'crm;help;report;contracts'= {
        }
        &'crm;help;report;reasons'= {
        }
        &'crm;help;report;stale'= {
        }
        &'crm;help;deals'= {
        }
        &'crm;help;products'= {
            cand add 'Add a product or service to the catalogue'
            cand set 'Change a product: name, unit, price, currency, every (KEY= removes unit, currency or every). Deals keep the prices they were made at'
            cand rm 'Remove a product from the catalogue (deals keep their lines; `crm check` names the ones that refer to it)'
        }
        &'crm;help;products;add'= {
        }
        &'crm;help;products;set'= {
        }
        &'crm;help;products;rm'= {
        }
        &'crm;help;contract'= {
            cand add 'Add a contract to a customer; prints its id'
            cand set 'Change a contract: title, start, end, value, currency, every, notice, auto_renew, product, deal, owner (KEY= removes an optional one). ID is any unique prefix of the contract''s id'
            cand rm 'Remove a contract (the history keeps it)'
            cand ls 'List the contracts of the customers matching a query, by their next end: when each ends or renews, the last day to give notice, its value and monthly recurring revenue'
        }
        &'crm;help;contract;add'= {
        }
        &'crm;help;contract;set'= {
        }
        &'crm;help;contract;rm'= {
        }
        &'crm;help;contract;ls'= {
        }
        &'crm;help;help'= {
        }
    ]
    $completions[$command]
}
