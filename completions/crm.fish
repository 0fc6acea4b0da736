# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_crm_global_optspecs
    string join \n C/store= as= f/format= color= q/quiet h/help V/version
end

function __fish_crm_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_crm_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_crm_using_subcommand
    set -l cmd (__fish_crm_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c crm -n "__fish_crm_needs_command" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_needs_command" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_needs_command" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_needs_command" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_needs_command" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_needs_command" -s h -l help -d 'Print help'
complete -c crm -n "__fish_crm_needs_command" -s V -l version -d 'Print version'
complete -c crm -n "__fish_crm_needs_command" -f -a "init" -d 'Create a new store: git repository, crm.toml, merge driver, first commit'
complete -c crm -n "__fish_crm_needs_command" -f -a "add" -d 'Add a customer; prints its id'
complete -c crm -n "__fish_crm_needs_command" -f -a "show" -d 'Show a customer\'s card: fields, contacts, open deals, open tasks, the last 10 activities and any merge conflicts. `-f json` prints the file as a JSON object'
complete -c crm -n "__fish_crm_needs_command" -f -a "edit" -d 'Edit a customer\'s file in $VISUAL or $EDITOR; validates and commits'
complete -c crm -n "__fish_crm_needs_command" -f -a "set" -d 'Change fields of a customer in one commit'
complete -c crm -n "__fish_crm_needs_command" -f -a "rename" -d 'Rename a customer; with --id also move its file to a new id'
complete -c crm -n "__fish_crm_needs_command" -f -a "rm" -d 'Remove a customer (git history keeps it: `git log -- customers/ID.toml`)'
complete -c crm -n "__fish_crm_needs_command" -f -a "contact" -d 'Contact persons of a customer'
complete -c crm -n "__fish_crm_needs_command" -f -a "log" -d 'Record an activity (call, meeting, email, note, …); prints its id'
complete -c crm -n "__fish_crm_needs_command" -f -a "task" -d 'Add a follow-up task (an activity of kind task); prints its id'
complete -c crm -n "__fish_crm_needs_command" -f -a "done" -d 'Mark a task or follow-up done. ID is any unique prefix of its id'
complete -c crm -n "__fish_crm_needs_command" -f -a "deal" -d 'Offers, contracts and sales'
complete -c crm -n "__fish_crm_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c crm -n "__fish_crm_needs_command" -f -a "man" -d 'Write man pages generated from the command definitions'
complete -c crm -n "__fish_crm_needs_command" -f -a "sync" -d 'Commit hand edits, fetch, merge, push; say what came in and went out'
complete -c crm -n "__fish_crm_needs_command" -f -a "clone" -d 'Join a team: clone a store, register the merge driver, check identity'
complete -c crm -n "__fish_crm_needs_command" -f -a "merge-file" -d 'The git merge driver for customer files (registered by init and clone)'
complete -c crm -n "__fish_crm_needs_command" -f -a "resolve" -d 'Settle a conflict recorded by a merge: set FIELD and drop the record'
complete -c crm -n "__fish_crm_needs_command" -f -a "history" -d 'A customer\'s commits, newest first, with a field-level summary of each'
complete -c crm -n "__fish_crm_needs_command" -f -a "review" -d 'Everything that changed in the store since a point, by customer'
complete -c crm -n "__fish_crm_needs_command" -f -a "undo" -d 'Revert the last change crm made in this clone, as a new commit'
complete -c crm -n "__fish_crm_needs_command" -f -a "forget" -d 'Erase a customer, or one contact of a customer, for good (GDPR art. 17)'
complete -c crm -n "__fish_crm_needs_command" -f -a "hook" -d 'Run by the git hooks crm installs in a store (not for people)'
complete -c crm -n "__fish_crm_needs_command" -f -a "check" -d 'Check every customer file; report errors, likely duplicates, and what is not committed. Exits 1 when errors are found'
complete -c crm -n "__fish_crm_needs_command" -f -a "merge" -d 'Fold a duplicate customer into another, in one commit'
complete -c crm -n "__fish_crm_needs_command" -f -a "export" -d 'Export customers for other programs'
complete -c crm -n "__fish_crm_needs_command" -f -a "import" -d 'Import customers'
complete -c crm -n "__fish_crm_needs_command" -f -a "ls" -d 'List customers matching a query'
complete -c crm -n "__fish_crm_needs_command" -f -a "activities" -d 'List activities across customers, newest first'
complete -c crm -n "__fish_crm_needs_command" -f -a "agenda" -d 'Your agenda: overdue tasks, tasks due and meetings in the next days, contacts\' birthdays, and customers not contacted for too long'
complete -c crm -n "__fish_crm_needs_command" -f -a "search" -d 'Fuzzy search over names, contacts, e-mails, phones, notes and activity texts; best matches first, each hit saying where it matched'
complete -c crm -n "__fish_crm_needs_command" -f -a "report" -d 'Reports over deals, activities and customers (docs/json.md lists every column). Each takes a query and -p PERIOD'
complete -c crm -n "__fish_crm_needs_command" -f -a "deals" -d 'List deals across customers: customer, id, title, stage, amount, currency, probability, weighted amount, expected and closed dates, owner, and days in the current stage'
complete -c crm -n "__fish_crm_needs_command" -f -a "products" -d 'The catalogue of products and services (crm.toml [[products]]): id, name, unit, price, currency, and the period of a recurring price. Deal lines (crm deal add … --item ID:N) and contracts name them by id'
complete -c crm -n "__fish_crm_needs_command" -f -a "contract" -d 'Contracts: agreements that run from a start to an end, worth a value per month, quarter or year, with a notice period and automatic renewal'
complete -c crm -n "__fish_crm_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand init" -l remote -d 'A shared git remote (an empty bare repository) to push the new store to; colleagues then join with `crm clone URL`' -r
complete -c crm -n "__fish_crm_using_subcommand init" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand init" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand init" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand init" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand init" -l demo -d 'Fill the store with a realistic sample firm: about 30 customers, contacts, deals in every stage, two years of activities'
complete -c crm -n "__fish_crm_using_subcommand init" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand add" -l stage -d 'Lifecycle stage (default: the first in crm.toml, usually lead)' -r
complete -c crm -n "__fish_crm_using_subcommand add" -l owner -d 'Owner\'s handle (default: you)' -r
complete -c crm -n "__fish_crm_using_subcommand add" -s t -l tag -d 'A tag; repeat or separate with commas' -r
complete -c crm -n "__fish_crm_using_subcommand add" -l email -r
complete -c crm -n "__fish_crm_using_subcommand add" -l phone -r
complete -c crm -n "__fish_crm_using_subcommand add" -l website -r
complete -c crm -n "__fish_crm_using_subcommand add" -l address -r
complete -c crm -n "__fish_crm_using_subcommand add" -l reg-code -d 'Business registry code' -r
complete -c crm -n "__fish_crm_using_subcommand add" -l note -d 'Free text notes' -r
complete -c crm -n "__fish_crm_using_subcommand add" -l field -d 'A custom field declared in crm.toml, as NAME=VALUE; repeatable' -r
complete -c crm -n "__fish_crm_using_subcommand add" -l id -d 'Use this id instead of the slug of the name' -r
complete -c crm -n "__fish_crm_using_subcommand add" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand add" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand add" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand add" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand add" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand show" -s n -l activities -d 'How many recent activities to show' -r
complete -c crm -n "__fish_crm_using_subcommand show" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand show" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand show" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand show" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand show" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand edit" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand edit" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand edit" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand edit" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand edit" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand set" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand set" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand set" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand set" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand set" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand rename" -l id -d 'Also change the id (and so the file name)' -r
complete -c crm -n "__fish_crm_using_subcommand rename" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand rename" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand rename" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand rename" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand rename" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand rm" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand rm" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand rm" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand rm" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand rm" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand contact; and not __fish_seen_subcommand_from add set rm help" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand contact; and not __fish_seen_subcommand_from add set rm help" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand contact; and not __fish_seen_subcommand_from add set rm help" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand contact; and not __fish_seen_subcommand_from add set rm help" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand contact; and not __fish_seen_subcommand_from add set rm help" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand contact; and not __fish_seen_subcommand_from add set rm help" -s h -l help -d 'Print help'
complete -c crm -n "__fish_crm_using_subcommand contact; and not __fish_seen_subcommand_from add set rm help" -f -a "add" -d 'Add a contact person (re-adding the same one is a quiet success)'
complete -c crm -n "__fish_crm_using_subcommand contact; and not __fish_seen_subcommand_from add set rm help" -f -a "set" -d 'Change a contact\'s fields: name, role, email, phone, birthday, notes'
complete -c crm -n "__fish_crm_using_subcommand contact; and not __fish_seen_subcommand_from add set rm help" -f -a "rm" -d 'Remove a contact person'
complete -c crm -n "__fish_crm_using_subcommand contact; and not __fish_seen_subcommand_from add set rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from add" -l role -r
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from add" -l email -r
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from add" -l phone -r
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from add" -l birthday -d 'Date of birth (YYYY-MM-DD); shown in the agenda' -r
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from add" -l note -r
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from add" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from add" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from add" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from set" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from set" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from set" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from rm" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from rm" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from rm" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from rm" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a contact person (re-adding the same one is a quiet success)'
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a contact\'s fields: name, role, email, phone, birthday, notes'
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a contact person'
complete -c crm -n "__fish_crm_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand log" -l at -d 'When it happened (default: now)' -r
complete -c crm -n "__fish_crm_using_subcommand log" -s m -l minutes -d 'How long it took' -r
complete -c crm -n "__fish_crm_using_subcommand log" -l with -d 'The contact person involved' -r
complete -c crm -n "__fish_crm_using_subcommand log" -l due -d 'A follow-up date: makes the activity an open task until `crm done`' -r
complete -c crm -n "__fish_crm_using_subcommand log" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand log" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand log" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand log" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand log" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand task" -l due -d 'When it is due: 2026-12-01, tomorrow, friday, +3d …' -r
complete -c crm -n "__fish_crm_using_subcommand task" -l for -d 'Whose task it is (default: you)' -r
complete -c crm -n "__fish_crm_using_subcommand task" -l with -d 'The contact person involved' -r
complete -c crm -n "__fish_crm_using_subcommand task" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand task" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand task" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand task" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand task" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand task" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand done" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand done" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand done" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand done" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand done" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand deal; and not __fish_seen_subcommand_from add set show rm help" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand deal; and not __fish_seen_subcommand_from add set show rm help" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand deal; and not __fish_seen_subcommand_from add set show rm help" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand deal; and not __fish_seen_subcommand_from add set show rm help" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand deal; and not __fish_seen_subcommand_from add set show rm help" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand deal; and not __fish_seen_subcommand_from add set show rm help" -s h -l help -d 'Print help'
complete -c crm -n "__fish_crm_using_subcommand deal; and not __fish_seen_subcommand_from add set show rm help" -f -a "add" -d 'Add a deal to a customer; prints its id'
complete -c crm -n "__fish_crm_using_subcommand deal; and not __fish_seen_subcommand_from add set show rm help" -f -a "set" -d 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner, reason, and its lines (item+=PRODUCT:N adds, item-=PRODUCT removes, item=PRODUCT:N sets the quantity; the amount follows the lines unless given). Moving it to won or lost sets closed to today unless given; every change of stage is dated in the file. ID is any unique prefix of the deal\'s id'
complete -c crm -n "__fish_crm_using_subcommand deal; and not __fish_seen_subcommand_from add set show rm help" -f -a "show" -d 'Show a deal: its customer, stage and since when, amount, lines and the dates of its stages. -f json prints it as one object'
complete -c crm -n "__fish_crm_using_subcommand deal; and not __fish_seen_subcommand_from add set show rm help" -f -a "rm" -d 'Remove a deal (the history keeps it)'
complete -c crm -n "__fish_crm_using_subcommand deal; and not __fish_seen_subcommand_from add set show rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -l amount -d 'The amount, e.g. 12000 or 1200.50 (default: the sum of the lines)' -r
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -l item -d 'A line: PRODUCT[:QUANTITY][@PRICE], e.g. training:3 (repeatable)' -r
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -l currency -d 'Currency code (default: the products\', else crm.toml currency)' -r
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -l stage -d 'Deal stage (default: the first of crm.toml deal_stages)' -r
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -l probability -d 'Chance of winning in percent; weights the pipeline' -r
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -l expected -d 'Expected close date' -r
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from set" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from set" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from set" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from show" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from show" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from show" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from rm" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from rm" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from rm" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from rm" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a deal to a customer; prints its id'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner, reason, and its lines (item+=PRODUCT:N adds, item-=PRODUCT removes, item=PRODUCT:N sets the quantity; the amount follows the lines unless given). Moving it to won or lost sets closed to today unless given; every change of stage is dated in the file. ID is any unique prefix of the deal\'s id'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a deal: its customer, stage and since when, amount, lines and the dates of its stages. -f json prints it as one object'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a deal (the history keeps it)'
complete -c crm -n "__fish_crm_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand completions" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand completions" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand completions" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand completions" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand completions" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand man" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand man" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand man" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand man" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand man" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand sync" -l remote -d 'The git remote to sync with' -r
complete -c crm -n "__fish_crm_using_subcommand sync" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand sync" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand sync" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand sync" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand sync" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand clone" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand clone" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand clone" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand clone" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand clone" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand clone" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand merge-file" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand merge-file" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand merge-file" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand merge-file" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand merge-file" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand merge-file" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand resolve" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand resolve" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand resolve" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand resolve" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand resolve" -l ours -d 'Keep the value recorded as ours'
complete -c crm -n "__fish_crm_using_subcommand resolve" -l theirs -d 'Keep the value recorded as theirs'
complete -c crm -n "__fish_crm_using_subcommand resolve" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand history" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand history" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand history" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand history" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand history" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand review" -l since -d 'A revision or a date' -r
complete -c crm -n "__fish_crm_using_subcommand review" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand review" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand review" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand review" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand review" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand undo" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand undo" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand undo" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand undo" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand undo" -l force -d 'Undo even a change that was already pushed'
complete -c crm -n "__fish_crm_using_subcommand undo" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand forget" -l contact -d 'Forget only this contact of the customer (by name)' -r
complete -c crm -n "__fish_crm_using_subcommand forget" -l remote -d 'The git remote to publish the new history to (when it exists)' -r
complete -c crm -n "__fish_crm_using_subcommand forget" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand forget" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand forget" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand forget" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand forget" -s n -l dry-run -d 'List the commits and files that would change; change nothing'
complete -c crm -n "__fish_crm_using_subcommand forget" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand hook" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand hook" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand hook" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand hook" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand hook" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand hook" -s h -l help -d 'Print help'
complete -c crm -n "__fish_crm_using_subcommand check" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand check" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand check" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand check" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand check" -l fix -d 'Apply the safe fixes in one commit, then report what is left'
complete -c crm -n "__fish_crm_using_subcommand check" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand merge" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand merge" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand merge" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand merge" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand merge" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand export; and not __fish_seen_subcommand_from json csv vcard ics help" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand export; and not __fish_seen_subcommand_from json csv vcard ics help" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand export; and not __fish_seen_subcommand_from json csv vcard ics help" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand export; and not __fish_seen_subcommand_from json csv vcard ics help" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand export; and not __fish_seen_subcommand_from json csv vcard ics help" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand export; and not __fish_seen_subcommand_from json csv vcard ics help" -s h -l help -d 'Print help'
complete -c crm -n "__fish_crm_using_subcommand export; and not __fish_seen_subcommand_from json csv vcard ics help" -f -a "json" -d 'Every matching customer file as one JSON array (`crm import json` reads it back)'
complete -c crm -n "__fish_crm_using_subcommand export; and not __fish_seen_subcommand_from json csv vcard ics help" -f -a "csv" -d 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts'
complete -c crm -n "__fish_crm_using_subcommand export; and not __fish_seen_subcommand_from json csv vcard ics help" -f -a "vcard" -d 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones'
complete -c crm -n "__fish_crm_using_subcommand export; and not __fish_seen_subcommand_from json csv vcard ics help" -f -a "ics" -d 'Open tasks (VTODO), meetings (VEVENT) and contacts\' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries'
complete -c crm -n "__fish_crm_using_subcommand export; and not __fish_seen_subcommand_from json csv vcard ics help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from json" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from json" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from json" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from json" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from json" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from json" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from csv" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from csv" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from csv" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from csv" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from csv" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from csv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from vcard" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from vcard" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from vcard" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from vcard" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from vcard" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from vcard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from ics" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from ics" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from ics" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from ics" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from ics" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from ics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "json" -d 'Every matching customer file as one JSON array (`crm import json` reads it back)'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "csv" -d 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "vcard" -d 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "ics" -d 'Open tasks (VTODO), meetings (VEVENT) and contacts\' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries'
complete -c crm -n "__fish_crm_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand import; and not __fish_seen_subcommand_from json vcard csv help" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand import; and not __fish_seen_subcommand_from json vcard csv help" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand import; and not __fish_seen_subcommand_from json vcard csv help" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand import; and not __fish_seen_subcommand_from json vcard csv help" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand import; and not __fish_seen_subcommand_from json vcard csv help" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand import; and not __fish_seen_subcommand_from json vcard csv help" -s h -l help -d 'Print help'
complete -c crm -n "__fish_crm_using_subcommand import; and not __fish_seen_subcommand_from json vcard csv help" -f -a "json" -d 'Read a `crm export json` file: new ids are created, existing ids replaced; all validated, then one commit (or nothing)'
complete -c crm -n "__fish_crm_using_subcommand import; and not __fish_seen_subcommand_from json vcard csv help" -f -a "vcard" -d 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card\'s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported'
complete -c crm -n "__fish_crm_using_subcommand import; and not __fish_seen_subcommand_from json vcard csv help" -f -a "csv" -d 'Import a spreadsheet or another CRM\'s CSV export'
complete -c crm -n "__fish_crm_using_subcommand import; and not __fish_seen_subcommand_from json vcard csv help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from json" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from json" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from json" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from json" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from json" -l dry-run -d 'Say what would happen; write nothing'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from json" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from json" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from vcard" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from vcard" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from vcard" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from vcard" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from vcard" -l dry-run -d 'Say what would happen; write nothing'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from vcard" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from vcard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from csv" -l map -d 'Column mapping: "Header=field,…" (fields: name, contact, first_name, last_name, email, phone, website, address, city, country, reg_code, notes, tags, owner, stage, role, birthday, fields.NAME, ignore)' -r
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from csv" -l delimiter -d 'The delimiter (default: detected from the header line)' -r
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from csv" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from csv" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from csv" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from csv" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from csv" -l dry-run -d 'Say what would happen; write nothing'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from csv" -l skip-invalid -d 'Skip invalid rows (reported) instead of importing nothing'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from csv" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from csv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "json" -d 'Read a `crm export json` file: new ids are created, existing ids replaced; all validated, then one commit (or nothing)'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "vcard" -d 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card\'s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "csv" -d 'Import a spreadsheet or another CRM\'s CSV export'
complete -c crm -n "__fish_crm_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand ls" -l sort -d 'Sort by this key (name, id, stage, owner, created, last_contact, or any column); a leading \'-\' sorts descending' -r
complete -c crm -n "__fish_crm_using_subcommand ls" -l fields -d 'Columns to show (and keys in JSON), comma-separated, e.g. id,name,email,fields.industry' -r
complete -c crm -n "__fish_crm_using_subcommand ls" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand ls" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand ls" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand ls" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand ls" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand activities" -s p -l during -d 'Only this period: 2026, 2026-11, 2026-q3, \'this month\', \'last 30 days\', 2026-01-01..2026-03-31 (docs/queries.md)' -r
complete -c crm -n "__fish_crm_using_subcommand activities" -l since -d 'From this date on (a date or a period: its first day)' -r
complete -c crm -n "__fish_crm_using_subcommand activities" -l until -d 'Up to this date, included (a date or a period: its last day)' -r
complete -c crm -n "__fish_crm_using_subcommand activities" -s n -l limit -d 'At most this many (the newest)' -r
complete -c crm -n "__fish_crm_using_subcommand activities" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand activities" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand activities" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand activities" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand activities" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand activities" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand agenda" -l days -d 'How many days after today the window covers' -r
complete -c crm -n "__fish_crm_using_subcommand agenda" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand agenda" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand agenda" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand agenda" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand agenda" -l all -d 'Everybody\'s agenda, not only yours'
complete -c crm -n "__fish_crm_using_subcommand agenda" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand agenda" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand search" -s n -l limit -d 'At most this many hits (with -f ids: this many customers)' -r
complete -c crm -n "__fish_crm_using_subcommand search" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand search" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand search" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand search" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand search" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -s h -l help -d 'Print help'
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -f -a "pipeline" -d 'Open deals by stage: count, amount and probability-weighted amount'
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -f -a "forecast" -d 'Open deals by expected close period: count, total and weighted, and the conversion so far (won / (won + lost) of closed deals), the amount likely at that rate and the average days to close'
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -f -a "activity" -d 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom'
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -f -a "turnover" -d 'Won amounts per period (by closed date) and open deals per period (by expected date); with --contracts also the revenue contracts bill; with --compare the period (-p, default this month) beside the one before and the same one a year earlier'
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -f -a "value" -d 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm\'s time pays'
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -f -a "products" -d 'Per product or service of the catalogue (and customer or owner): open deals holding it, their amount and weighted amount, offers out, and what was won in the period (-p selects won deals by closed date). Amounts are the deal lines\''
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -f -a "contracts" -d 'Contracts that end or renew in the period (-p; without it, every contract by its next end), with the last day to give notice; with --mrr the monthly recurring revenue per customer and in total, on the period\'s last day (default today)'
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -f -a "reasons" -d 'Won and lost deals by the reason given (`crm deal set ID stage=lost reason=price`): count, amount, share. -p selects by closed date'
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -f -a "stale" -d 'Customers not contacted for N days (default: stale_after_days)'
complete -c crm -n "__fish_crm_using_subcommand report; and not __fish_seen_subcommand_from pipeline forecast activity turnover value products contracts reasons stale help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l by -d 'Also group by owner (the deal\'s, else the customer\'s)' -r -f -a "owner\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from pipeline" -s p -l during -d 'Only this period: 2026, 2026-11, 2026-q3, \'this month\', \'last 30 days\', 2026-01-01..2026-03-31 (docs/queries.md)' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from pipeline" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from pipeline" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from pipeline" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from pipeline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from forecast" -l period -d 'Row period' -r -f -a "monthly\t''
quarterly\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from forecast" -l by -d 'Also group by owner (the deal\'s, else the customer\'s)' -r -f -a "owner\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from forecast" -s p -l during -d 'Only this period: 2026, 2026-11, 2026-q3, \'this month\', \'last 30 days\', 2026-01-01..2026-03-31 (docs/queries.md)' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from forecast" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from forecast" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from forecast" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from forecast" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from forecast" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from forecast" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from activity" -l by -d 'Group by' -r -f -a "user\t''
customer\t''
kind\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from activity" -l period -d 'Also split by period' -r -f -a "daily\t''
weekly\t''
monthly\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from activity" -s p -l during -d 'Only this period: 2026, 2026-11, 2026-q3, \'this month\', \'last 30 days\', 2026-01-01..2026-03-31 (docs/queries.md)' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from activity" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from activity" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from activity" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from activity" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from activity" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from activity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from turnover" -l period -d 'Row period' -r -f -a "monthly\t''
quarterly\t''
yearly\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from turnover" -s p -l during -d 'Only this period: 2026, 2026-11, 2026-q3, \'this month\', \'last 30 days\', 2026-01-01..2026-03-31 (docs/queries.md)' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from turnover" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from turnover" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from turnover" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from turnover" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from turnover" -l contracts -d 'Add the revenue of contracts (each billing day of each contract, in a `contracts` column)'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from turnover" -l compare -d 'One row per currency for the period, the one before and the same one a year earlier, with the change in percent'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from turnover" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from turnover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from value" -s p -l during -d 'Only this period: 2026, 2026-11, 2026-q3, \'this month\', \'last 30 days\', 2026-01-01..2026-03-31 (docs/queries.md)' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from value" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from value" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from value" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from value" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from value" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from value" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from products" -l by -d 'Also group by customer or owner' -r -f -a "customer\t''
owner\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from products" -s p -l during -d 'Only this period: 2026, 2026-11, 2026-q3, \'this month\', \'last 30 days\', 2026-01-01..2026-03-31 (docs/queries.md)' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from products" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from products" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from products" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from products" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from products" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from products" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from contracts" -s p -l during -d 'Only this period: 2026, 2026-11, 2026-q3, \'this month\', \'last 30 days\', 2026-01-01..2026-03-31 (docs/queries.md)' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from contracts" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from contracts" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from contracts" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from contracts" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from contracts" -l mrr -d 'Monthly recurring revenue per customer, and the total'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from contracts" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from contracts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from reasons" -s p -l during -d 'Only this period: 2026, 2026-11, 2026-q3, \'this month\', \'last 30 days\', 2026-01-01..2026-03-31 (docs/queries.md)' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from reasons" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from reasons" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from reasons" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from reasons" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from reasons" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from reasons" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from stale" -l days -d 'Days without contact' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from stale" -s p -l during -d 'Only this period: 2026, 2026-11, 2026-q3, \'this month\', \'last 30 days\', 2026-01-01..2026-03-31 (docs/queries.md)' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from stale" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from stale" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from stale" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from stale" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from stale" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from stale" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "pipeline" -d 'Open deals by stage: count, amount and probability-weighted amount'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "forecast" -d 'Open deals by expected close period: count, total and weighted, and the conversion so far (won / (won + lost) of closed deals), the amount likely at that rate and the average days to close'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "activity" -d 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "turnover" -d 'Won amounts per period (by closed date) and open deals per period (by expected date); with --contracts also the revenue contracts bill; with --compare the period (-p, default this month) beside the one before and the same one a year earlier'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "value" -d 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm\'s time pays'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "products" -d 'Per product or service of the catalogue (and customer or owner): open deals holding it, their amount and weighted amount, offers out, and what was won in the period (-p selects won deals by closed date). Amounts are the deal lines\''
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "contracts" -d 'Contracts that end or renew in the period (-p; without it, every contract by its next end), with the last day to give notice; with --mrr the monthly recurring revenue per customer and in total, on the period\'s last day (default today)'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "reasons" -d 'Won and lost deals by the reason given (`crm deal set ID stage=lost reason=price`): count, amount, share. -p selects by closed date'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "stale" -d 'Customers not contacted for N days (default: stale_after_days)'
complete -c crm -n "__fish_crm_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand deals" -s p -l during -d 'Only this period: 2026, 2026-11, 2026-q3, \'this month\', \'last 30 days\', 2026-01-01..2026-03-31 (docs/queries.md)' -r
complete -c crm -n "__fish_crm_using_subcommand deals" -l sort -d 'Sort by this key (any column, e.g. amount, expected, age, customer); a leading \'-\' sorts descending' -r
complete -c crm -n "__fish_crm_using_subcommand deals" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand deals" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand deals" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand deals" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand deals" -l board -d 'The open deals as a board: a column per stage with its count and sum on top, fitted to the terminal'
complete -c crm -n "__fish_crm_using_subcommand deals" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand deals" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand products; and not __fish_seen_subcommand_from add set rm help" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand products; and not __fish_seen_subcommand_from add set rm help" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand products; and not __fish_seen_subcommand_from add set rm help" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand products; and not __fish_seen_subcommand_from add set rm help" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand products; and not __fish_seen_subcommand_from add set rm help" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand products; and not __fish_seen_subcommand_from add set rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand products; and not __fish_seen_subcommand_from add set rm help" -f -a "add" -d 'Add a product or service to the catalogue'
complete -c crm -n "__fish_crm_using_subcommand products; and not __fish_seen_subcommand_from add set rm help" -f -a "set" -d 'Change a product: name, unit, price, currency, every (KEY= removes unit, currency or every). Deals keep the prices they were made at'
complete -c crm -n "__fish_crm_using_subcommand products; and not __fish_seen_subcommand_from add set rm help" -f -a "rm" -d 'Remove a product from the catalogue (deals keep their lines; `crm check` names the ones that refer to it)'
complete -c crm -n "__fish_crm_using_subcommand products; and not __fish_seen_subcommand_from add set rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from add" -l price -d 'The price of one unit, e.g. 1200 or 49.90' -r
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from add" -l unit -d 'What one unit is: day, hour, licence …' -r
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from add" -l currency -d 'Currency code (default: crm.toml currency)' -r
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from add" -l every -d 'A recurring price: per month, quarter or year' -r
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from add" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from add" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from add" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from set" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from set" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from set" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from rm" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from rm" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from rm" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from rm" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a product or service to the catalogue'
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a product: name, unit, price, currency, every (KEY= removes unit, currency or every). Deals keep the prices they were made at'
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a product from the catalogue (deals keep their lines; `crm check` names the ones that refer to it)'
complete -c crm -n "__fish_crm_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand contract; and not __fish_seen_subcommand_from add set rm ls help" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand contract; and not __fish_seen_subcommand_from add set rm ls help" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and not __fish_seen_subcommand_from add set rm ls help" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand contract; and not __fish_seen_subcommand_from add set rm ls help" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand contract; and not __fish_seen_subcommand_from add set rm ls help" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand contract; and not __fish_seen_subcommand_from add set rm ls help" -s h -l help -d 'Print help'
complete -c crm -n "__fish_crm_using_subcommand contract; and not __fish_seen_subcommand_from add set rm ls help" -f -a "add" -d 'Add a contract to a customer; prints its id'
complete -c crm -n "__fish_crm_using_subcommand contract; and not __fish_seen_subcommand_from add set rm ls help" -f -a "set" -d 'Change a contract: title, start, end, value, currency, every, notice, auto_renew, product, deal, owner (KEY= removes an optional one). ID is any unique prefix of the contract\'s id'
complete -c crm -n "__fish_crm_using_subcommand contract; and not __fish_seen_subcommand_from add set rm ls help" -f -a "rm" -d 'Remove a contract (the history keeps it)'
complete -c crm -n "__fish_crm_using_subcommand contract; and not __fish_seen_subcommand_from add set rm ls help" -f -a "ls" -d 'List the contracts of the customers matching a query, by their next end: when each ends or renews, the last day to give notice, its value and monthly recurring revenue'
complete -c crm -n "__fish_crm_using_subcommand contract; and not __fish_seen_subcommand_from add set rm ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -l start -d 'First day (default: today)' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -l end -d 'Last day (none: until further notice)' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -l value -d 'The value per period (or once), e.g. 400 or 4800' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -l currency -d 'Currency code (default: the product\'s, else crm.toml currency)' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -l every -d 'The value is per month, quarter or year' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -l notice -d 'Notice period before the end: 3m, 30d, 2w, 1y' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -l product -d 'The product of the catalogue it is for' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -l deal -d 'The deal it came from (an id)' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -l auto-renew -d 'Renews by itself for another term at each end'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from set" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from set" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from set" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from rm" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from rm" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from rm" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from rm" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from ls" -s C -l store -d 'The store\'s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)' -r -F
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from ls" -l as -d 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git\'s user.email, else its local part' -r
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from ls" -s f -l format -d 'Output format of commands that print records' -r -f -a "table\t''
csv\t''
tsv\t''
json\t''
jsonl\t''
ids\t''"
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto honours NO_COLOR and never colours a pipe' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a contract to a customer; prints its id'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a contract: title, start, end, value, currency, every, notice, auto_renew, product, deal, owner (KEY= removes an optional one). ID is any unique prefix of the contract\'s id'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a contract (the history keeps it)'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the contracts of the customers matching a query, by their next end: when each ends or renews, the last day to give notice, its value and monthly recurring revenue'
complete -c crm -n "__fish_crm_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "init" -d 'Create a new store: git repository, crm.toml, merge driver, first commit'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "add" -d 'Add a customer; prints its id'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "show" -d 'Show a customer\'s card: fields, contacts, open deals, open tasks, the last 10 activities and any merge conflicts. `-f json` prints the file as a JSON object'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "edit" -d 'Edit a customer\'s file in $VISUAL or $EDITOR; validates and commits'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "set" -d 'Change fields of a customer in one commit'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "rename" -d 'Rename a customer; with --id also move its file to a new id'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "rm" -d 'Remove a customer (git history keeps it: `git log -- customers/ID.toml`)'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "contact" -d 'Contact persons of a customer'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "log" -d 'Record an activity (call, meeting, email, note, …); prints its id'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "task" -d 'Add a follow-up task (an activity of kind task); prints its id'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "done" -d 'Mark a task or follow-up done. ID is any unique prefix of its id'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "deal" -d 'Offers, contracts and sales'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "completions" -d 'Print shell completions'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "man" -d 'Write man pages generated from the command definitions'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "sync" -d 'Commit hand edits, fetch, merge, push; say what came in and went out'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "clone" -d 'Join a team: clone a store, register the merge driver, check identity'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "merge-file" -d 'The git merge driver for customer files (registered by init and clone)'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "resolve" -d 'Settle a conflict recorded by a merge: set FIELD and drop the record'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "history" -d 'A customer\'s commits, newest first, with a field-level summary of each'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "review" -d 'Everything that changed in the store since a point, by customer'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "undo" -d 'Revert the last change crm made in this clone, as a new commit'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "forget" -d 'Erase a customer, or one contact of a customer, for good (GDPR art. 17)'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "hook" -d 'Run by the git hooks crm installs in a store (not for people)'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "check" -d 'Check every customer file; report errors, likely duplicates, and what is not committed. Exits 1 when errors are found'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "merge" -d 'Fold a duplicate customer into another, in one commit'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "export" -d 'Export customers for other programs'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "import" -d 'Import customers'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "ls" -d 'List customers matching a query'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "activities" -d 'List activities across customers, newest first'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "agenda" -d 'Your agenda: overdue tasks, tasks due and meetings in the next days, contacts\' birthdays, and customers not contacted for too long'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "search" -d 'Fuzzy search over names, contacts, e-mails, phones, notes and activity texts; best matches first, each hit saying where it matched'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "report" -d 'Reports over deals, activities and customers (docs/json.md lists every column). Each takes a query and -p PERIOD'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "deals" -d 'List deals across customers: customer, id, title, stage, amount, currency, probability, weighted amount, expected and closed dates, owner, and days in the current stage'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "products" -d 'The catalogue of products and services (crm.toml [[products]]): id, name, unit, price, currency, and the period of a recurring price. Deal lines (crm deal add … --item ID:N) and contracts name them by id'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "contract" -d 'Contracts: agreements that run from a start to an end, worth a value per month, quarter or year, with a notice period and automatic renewal'
complete -c crm -n "__fish_crm_using_subcommand help; and not __fish_seen_subcommand_from init add show edit set rename rm contact log task done deal completions man sync clone merge-file resolve history review undo forget hook check merge export import ls activities agenda search report deals products contract help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "add" -d 'Add a contact person (re-adding the same one is a quiet success)'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "set" -d 'Change a contact\'s fields: name, role, email, phone, birthday, notes'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "rm" -d 'Remove a contact person'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "add" -d 'Add a deal to a customer; prints its id'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "set" -d 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner, reason, and its lines (item+=PRODUCT:N adds, item-=PRODUCT removes, item=PRODUCT:N sets the quantity; the amount follows the lines unless given). Moving it to won or lost sets closed to today unless given; every change of stage is dated in the file. ID is any unique prefix of the deal\'s id'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "show" -d 'Show a deal: its customer, stage and since when, amount, lines and the dates of its stages. -f json prints it as one object'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "rm" -d 'Remove a deal (the history keeps it)'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "json" -d 'Every matching customer file as one JSON array (`crm import json` reads it back)'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "csv" -d 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "vcard" -d 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "ics" -d 'Open tasks (VTODO), meetings (VEVENT) and contacts\' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "json" -d 'Read a `crm export json` file: new ids are created, existing ids replaced; all validated, then one commit (or nothing)'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "vcard" -d 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card\'s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "csv" -d 'Import a spreadsheet or another CRM\'s CSV export'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "pipeline" -d 'Open deals by stage: count, amount and probability-weighted amount'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "forecast" -d 'Open deals by expected close period: count, total and weighted, and the conversion so far (won / (won + lost) of closed deals), the amount likely at that rate and the average days to close'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "activity" -d 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "turnover" -d 'Won amounts per period (by closed date) and open deals per period (by expected date); with --contracts also the revenue contracts bill; with --compare the period (-p, default this month) beside the one before and the same one a year earlier'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "value" -d 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm\'s time pays'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "products" -d 'Per product or service of the catalogue (and customer or owner): open deals holding it, their amount and weighted amount, offers out, and what was won in the period (-p selects won deals by closed date). Amounts are the deal lines\''
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "contracts" -d 'Contracts that end or renew in the period (-p; without it, every contract by its next end), with the last day to give notice; with --mrr the monthly recurring revenue per customer and in total, on the period\'s last day (default today)'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "reasons" -d 'Won and lost deals by the reason given (`crm deal set ID stage=lost reason=price`): count, amount, share. -p selects by closed date'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "stale" -d 'Customers not contacted for N days (default: stale_after_days)'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from products" -f -a "add" -d 'Add a product or service to the catalogue'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from products" -f -a "set" -d 'Change a product: name, unit, price, currency, every (KEY= removes unit, currency or every). Deals keep the prices they were made at'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from products" -f -a "rm" -d 'Remove a product from the catalogue (deals keep their lines; `crm check` names the ones that refer to it)'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "add" -d 'Add a contract to a customer; prints its id'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "set" -d 'Change a contract: title, start, end, value, currency, every, notice, auto_renew, product, deal, owner (KEY= removes an optional one). ID is any unique prefix of the contract\'s id'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "rm" -d 'Remove a contract (the history keeps it)'
complete -c crm -n "__fish_crm_using_subcommand help; and __fish_seen_subcommand_from contract" -f -a "ls" -d 'List the contracts of the customers matching a query, by their next end: when each ends or renews, the last day to give notice, its value and monthly recurring revenue'
