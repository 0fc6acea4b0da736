
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'crm' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'crm'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'crm' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new store: git repository, crm.toml, merge driver, first commit')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer; prints its id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer''s card: fields, contacts, open deals, open tasks, the last 10 activities and any merge conflicts. `-f json` prints the file as a JSON object')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a customer''s file in $VISUAL or $EDITOR; validates and commits')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of a customer in one commit')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a customer; with --id also move its file to a new id')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a customer (git history keeps it: `git log -- customers/ID.toml`)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Contact persons of a customer')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Record an activity (call, meeting, email, note, …); prints its id')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Add a follow-up task (an activity of kind task); prints its id')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task or follow-up done. ID is any unique prefix of its id')
            [CompletionResult]::new('deal', 'deal', [CompletionResultType]::ParameterValue, 'Offers, contracts and sales')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages generated from the command definitions')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Commit hand edits, fetch, merge, push; say what came in and went out')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Join a team: clone a store, register the merge driver, check identity')
            [CompletionResult]::new('merge-file', 'merge-file', [CompletionResultType]::ParameterValue, 'The git merge driver for customer files (registered by init and clone)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle a conflict recorded by a merge: set FIELD and drop the record')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A customer''s commits, newest first, with a field-level summary of each')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Everything that changed in the store since a point, by customer')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Revert the last change crm made in this clone, as a new commit')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Erase a customer, or one contact of a customer, for good (GDPR art. 17)')
            [CompletionResult]::new('hook', 'hook', [CompletionResultType]::ParameterValue, 'Run by the git hooks crm installs in a store (not for people)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check every customer file; report errors, likely duplicates, and what is not committed. Exits 1 when errors are found')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Fold a duplicate customer into another, in one commit')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export customers for other programs')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List customers matching a query')
            [CompletionResult]::new('activities', 'activities', [CompletionResultType]::ParameterValue, 'List activities across customers, newest first')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'Your agenda: overdue tasks, tasks due and meetings in the next days, contacts'' birthdays, and customers not contacted for too long')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Fuzzy search over names, contacts, e-mails, phones, notes and activity texts; best matches first, each hit saying where it matched')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports over deals, activities and customers (docs/json.md lists every column). Each takes a query and -p PERIOD')
            [CompletionResult]::new('deals', 'deals', [CompletionResultType]::ParameterValue, 'List deals across customers: customer, id, title, stage, amount, currency, probability, weighted amount, expected and closed dates, owner, and days in the current stage')
            [CompletionResult]::new('products', 'products', [CompletionResultType]::ParameterValue, 'The catalogue of products and services (crm.toml [[products]]): id, name, unit, price, currency, and the period of a recurring price. Deal lines (crm deal add … --item ID:N) and contracts name them by id')
            [CompletionResult]::new('contract', 'contract', [CompletionResultType]::ParameterValue, 'Contracts: agreements that run from a start to an end, worth a value per month, quarter or year, with a notice period and automatic renewal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;init' {
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'A shared git remote (an empty bare repository) to push the new store to; colleagues then join with `crm clone URL`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Fill the store with a realistic sample firm: about 30 customers, contacts, deals in every stage, two years of activities')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;add' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Lifecycle stage (default: the first in crm.toml, usually lead)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Owner''s handle (default: you)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'A tag; repeat or separate with commas')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag; repeat or separate with commas')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--website', '--website', [CompletionResultType]::ParameterName, 'website')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'address')
            [CompletionResult]::new('--reg-code', '--reg-code', [CompletionResultType]::ParameterName, 'Business registry code')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free text notes')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A custom field declared in crm.toml, as NAME=VALUE; repeatable')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Use this id instead of the slug of the name')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;show' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many recent activities to show')
            [CompletionResult]::new('--activities', '--activities', [CompletionResultType]::ParameterName, 'How many recent activities to show')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;edit' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;set' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;rename' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Also change the id (and so the file name)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;rm' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;contact' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact person (re-adding the same one is a quiet success)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a contact''s fields: name, role, email, phone, birthday, notes')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a contact person')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;contact;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--birthday', '--birthday', [CompletionResultType]::ParameterName, 'Date of birth (YYYY-MM-DD); shown in the agenda')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'note')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;contact;set' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;contact;rm' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;contact;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact person (re-adding the same one is a quiet success)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a contact''s fields: name, role, email, phone, birthday, notes')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a contact person')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;contact;help;add' {
            break
        }
        'crm;contact;help;set' {
            break
        }
        'crm;contact;help;rm' {
            break
        }
        'crm;contact;help;help' {
            break
        }
        'crm;log' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'How long it took')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'How long it took')
            [CompletionResult]::new('--with', '--with', [CompletionResultType]::ParameterName, 'The contact person involved')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'A follow-up date: makes the activity an open task until `crm done`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;task' {
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When it is due: 2026-12-01, tomorrow, friday, +3d …')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Whose task it is (default: you)')
            [CompletionResult]::new('--with', '--with', [CompletionResultType]::ParameterName, 'The contact person involved')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;done' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;deal' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a deal to a customer; prints its id')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner, reason, and its lines (item+=PRODUCT:N adds, item-=PRODUCT removes, item=PRODUCT:N sets the quantity; the amount follows the lines unless given). Moving it to won or lost sets closed to today unless given; every change of stage is dated in the file. ID is any unique prefix of the deal''s id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a deal: its customer, stage and since when, amount, lines and the dates of its stages. -f json prints it as one object')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a deal (the history keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;deal;add' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount, e.g. 12000 or 1200.50 (default: the sum of the lines)')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'A line: PRODUCT[:QUANTITY][@PRICE], e.g. training:3 (repeatable)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency code (default: the products'', else crm.toml currency)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Deal stage (default: the first of crm.toml deal_stages)')
            [CompletionResult]::new('--probability', '--probability', [CompletionResultType]::ParameterName, 'Chance of winning in percent; weights the pipeline')
            [CompletionResult]::new('--expected', '--expected', [CompletionResultType]::ParameterName, 'Expected close date')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;deal;set' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;deal;show' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;deal;rm' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;deal;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a deal to a customer; prints its id')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner, reason, and its lines (item+=PRODUCT:N adds, item-=PRODUCT removes, item=PRODUCT:N sets the quantity; the amount follows the lines unless given). Moving it to won or lost sets closed to today unless given; every change of stage is dated in the file. ID is any unique prefix of the deal''s id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a deal: its customer, stage and since when, amount, lines and the dates of its stages. -f json prints it as one object')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a deal (the history keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;deal;help;add' {
            break
        }
        'crm;deal;help;set' {
            break
        }
        'crm;deal;help;show' {
            break
        }
        'crm;deal;help;rm' {
            break
        }
        'crm;deal;help;help' {
            break
        }
        'crm;completions' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;man' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;sync' {
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'The git remote to sync with')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;clone' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;merge-file' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;resolve' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--ours', '--ours', [CompletionResultType]::ParameterName, 'Keep the value recorded as ours')
            [CompletionResult]::new('--theirs', '--theirs', [CompletionResultType]::ParameterName, 'Keep the value recorded as theirs')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;history' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;review' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'A revision or a date')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;undo' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Undo even a change that was already pushed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;forget' {
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Forget only this contact of the customer (by name)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'The git remote to publish the new history to (when it exists)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'List the commits and files that would change; change nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List the commits and files that would change; change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;hook' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crm;check' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--fix', '--fix', [CompletionResultType]::ParameterName, 'Apply the safe fixes in one commit, then report what is left')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;merge' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;export' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Every matching customer file as one JSON array (`crm import json` reads it back)')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Open tasks (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;export;json' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;export;csv' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;export;vcard' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;export;ics' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;export;help' {
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Every matching customer file as one JSON array (`crm import json` reads it back)')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Open tasks (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;export;help;json' {
            break
        }
        'crm;export;help;csv' {
            break
        }
        'crm;export;help;vcard' {
            break
        }
        'crm;export;help;ics' {
            break
        }
        'crm;export;help;help' {
            break
        }
        'crm;import' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Read a `crm export json` file: new ids are created, existing ids replaced; all validated, then one commit (or nothing)')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'Import a spreadsheet or another CRM''s CSV export')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;import;json' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would happen; write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;import;vcard' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would happen; write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;import;csv' {
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Column mapping: "Header=field,…" (fields: name, contact, first_name, last_name, email, phone, website, address, city, country, reg_code, notes, tags, owner, stage, role, birthday, fields.NAME, ignore)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The delimiter (default: detected from the header line)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would happen; write nothing')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Skip invalid rows (reported) instead of importing nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;import;help' {
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Read a `crm export json` file: new ids are created, existing ids replaced; all validated, then one commit (or nothing)')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'Import a spreadsheet or another CRM''s CSV export')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;import;help;json' {
            break
        }
        'crm;import;help;vcard' {
            break
        }
        'crm;import;help;csv' {
            break
        }
        'crm;import;help;help' {
            break
        }
        'crm;ls' {
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this key (name, id, stage, owner, created, last_contact, or any column); a leading ''-'' sorts descending')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show (and keys in JSON), comma-separated, e.g. id,name,email,fields.industry')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;activities' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this date on (a date or a period: its first day)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this date, included (a date or a period: its last day)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'At most this many (the newest)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many (the newest)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;agenda' {
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'How many days after today the window covers')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Everybody''s agenda, not only yours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;search' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'At most this many hits (with -f ids: this many customers)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many hits (with -f ids: this many customers)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;report' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('pipeline', 'pipeline', [CompletionResultType]::ParameterValue, 'Open deals by stage: count, amount and probability-weighted amount')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Open deals by expected close period: count, total and weighted, and the conversion so far (won / (won + lost) of closed deals), the amount likely at that rate and the average days to close')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom')
            [CompletionResult]::new('turnover', 'turnover', [CompletionResultType]::ParameterValue, 'Won amounts per period (by closed date) and open deals per period (by expected date); with --contracts also the revenue contracts bill; with --compare the period (-p, default this month) beside the one before and the same one a year earlier')
            [CompletionResult]::new('value', 'value', [CompletionResultType]::ParameterValue, 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays')
            [CompletionResult]::new('products', 'products', [CompletionResultType]::ParameterValue, 'Per product or service of the catalogue (and customer or owner): open deals holding it, their amount and weighted amount, offers out, and what was won in the period (-p selects won deals by closed date). Amounts are the deal lines''')
            [CompletionResult]::new('contracts', 'contracts', [CompletionResultType]::ParameterValue, 'Contracts that end or renew in the period (-p; without it, every contract by its next end), with the last day to give notice; with --mrr the monthly recurring revenue per customer and in total, on the period''s last day (default today)')
            [CompletionResult]::new('reasons', 'reasons', [CompletionResultType]::ParameterValue, 'Won and lost deals by the reason given (`crm deal set ID stage=lost reason=price`): count, amount, share. -p selects by closed date')
            [CompletionResult]::new('stale', 'stale', [CompletionResultType]::ParameterValue, 'Customers not contacted for N days (default: stale_after_days)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;report;pipeline' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Also group by owner (the deal''s, else the customer''s)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;report;forecast' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Row period')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Also group by owner (the deal''s, else the customer''s)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;report;activity' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Also split by period')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;report;turnover' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Row period')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--contracts', '--contracts', [CompletionResultType]::ParameterName, 'Add the revenue of contracts (each billing day of each contract, in a `contracts` column)')
            [CompletionResult]::new('--compare', '--compare', [CompletionResultType]::ParameterName, 'One row per currency for the period, the one before and the same one a year earlier, with the change in percent')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;report;value' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;report;products' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Also group by customer or owner')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;report;contracts' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--mrr', '--mrr', [CompletionResultType]::ParameterName, 'Monthly recurring revenue per customer, and the total')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;report;reasons' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;report;stale' {
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Days without contact')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;report;help' {
            [CompletionResult]::new('pipeline', 'pipeline', [CompletionResultType]::ParameterValue, 'Open deals by stage: count, amount and probability-weighted amount')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Open deals by expected close period: count, total and weighted, and the conversion so far (won / (won + lost) of closed deals), the amount likely at that rate and the average days to close')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom')
            [CompletionResult]::new('turnover', 'turnover', [CompletionResultType]::ParameterValue, 'Won amounts per period (by closed date) and open deals per period (by expected date); with --contracts also the revenue contracts bill; with --compare the period (-p, default this month) beside the one before and the same one a year earlier')
            [CompletionResult]::new('value', 'value', [CompletionResultType]::ParameterValue, 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays')
            [CompletionResult]::new('products', 'products', [CompletionResultType]::ParameterValue, 'Per product or service of the catalogue (and customer or owner): open deals holding it, their amount and weighted amount, offers out, and what was won in the period (-p selects won deals by closed date). Amounts are the deal lines''')
            [CompletionResult]::new('contracts', 'contracts', [CompletionResultType]::ParameterValue, 'Contracts that end or renew in the period (-p; without it, every contract by its next end), with the last day to give notice; with --mrr the monthly recurring revenue per customer and in total, on the period''s last day (default today)')
            [CompletionResult]::new('reasons', 'reasons', [CompletionResultType]::ParameterValue, 'Won and lost deals by the reason given (`crm deal set ID stage=lost reason=price`): count, amount, share. -p selects by closed date')
            [CompletionResult]::new('stale', 'stale', [CompletionResultType]::ParameterValue, 'Customers not contacted for N days (default: stale_after_days)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;report;help;pipeline' {
            break
        }
        'crm;report;help;forecast' {
            break
        }
        'crm;report;help;activity' {
            break
        }
        'crm;report;help;turnover' {
            break
        }
        'crm;report;help;value' {
            break
        }
        'crm;report;help;products' {
            break
        }
        'crm;report;help;contracts' {
            break
        }
        'crm;report;help;reasons' {
            break
        }
        'crm;report;help;stale' {
            break
        }
        'crm;report;help;help' {
            break
        }
        'crm;deals' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this key (any column, e.g. amount, expected, age, customer); a leading ''-'' sorts descending')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The open deals as a board: a column per stage with its count and sum on top, fitted to the terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;products' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product or service to the catalogue')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a product: name, unit, price, currency, every (KEY= removes unit, currency or every). Deals keep the prices they were made at')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a product from the catalogue (deals keep their lines; `crm check` names the ones that refer to it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;products;add' {
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'The price of one unit, e.g. 1200 or 49.90')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'What one unit is: day, hour, licence …')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency code (default: crm.toml currency)')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'A recurring price: per month, quarter or year')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;products;set' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;products;rm' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;products;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product or service to the catalogue')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a product: name, unit, price, currency, every (KEY= removes unit, currency or every). Deals keep the prices they were made at')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a product from the catalogue (deals keep their lines; `crm check` names the ones that refer to it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;products;help;add' {
            break
        }
        'crm;products;help;set' {
            break
        }
        'crm;products;help;rm' {
            break
        }
        'crm;products;help;help' {
            break
        }
        'crm;contract' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contract to a customer; prints its id')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a contract: title, start, end, value, currency, every, notice, auto_renew, product, deal, owner (KEY= removes an optional one). ID is any unique prefix of the contract''s id')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a contract (the history keeps it)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the contracts of the customers matching a query, by their next end: when each ends or renews, the last day to give notice, its value and monthly recurring revenue')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;contract;add' {
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First day (default: today)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day (none: until further notice)')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The value per period (or once), e.g. 400 or 4800')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency code (default: the product''s, else crm.toml currency)')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'The value is per month, quarter or year')
            [CompletionResult]::new('--notice', '--notice', [CompletionResultType]::ParameterName, 'Notice period before the end: 3m, 30d, 2w, 1y')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product of the catalogue it is for')
            [CompletionResult]::new('--deal', '--deal', [CompletionResultType]::ParameterName, 'The deal it came from (an id)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--auto-renew', '--auto-renew', [CompletionResultType]::ParameterName, 'Renews by itself for another term at each end')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;contract;set' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;contract;rm' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;contract;ls' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;contract;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contract to a customer; prints its id')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a contract: title, start, end, value, currency, every, notice, auto_renew, product, deal, owner (KEY= removes an optional one). ID is any unique prefix of the contract''s id')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a contract (the history keeps it)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the contracts of the customers matching a query, by their next end: when each ends or renews, the last day to give notice, its value and monthly recurring revenue')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;contract;help;add' {
            break
        }
        'crm;contract;help;set' {
            break
        }
        'crm;contract;help;rm' {
            break
        }
        'crm;contract;help;ls' {
            break
        }
        'crm;contract;help;help' {
            break
        }
        'crm;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new store: git repository, crm.toml, merge driver, first commit')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer; prints its id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer''s card: fields, contacts, open deals, open tasks, the last 10 activities and any merge conflicts. `-f json` prints the file as a JSON object')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a customer''s file in $VISUAL or $EDITOR; validates and commits')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of a customer in one commit')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a customer; with --id also move its file to a new id')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a customer (git history keeps it: `git log -- customers/ID.toml`)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Contact persons of a customer')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Record an activity (call, meeting, email, note, …); prints its id')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Add a follow-up task (an activity of kind task); prints its id')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task or follow-up done. ID is any unique prefix of its id')
            [CompletionResult]::new('deal', 'deal', [CompletionResultType]::ParameterValue, 'Offers, contracts and sales')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages generated from the command definitions')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Commit hand edits, fetch, merge, push; say what came in and went out')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Join a team: clone a store, register the merge driver, check identity')
            [CompletionResult]::new('merge-file', 'merge-file', [CompletionResultType]::ParameterValue, 'The git merge driver for customer files (registered by init and clone)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle a conflict recorded by a merge: set FIELD and drop the record')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A customer''s commits, newest first, with a field-level summary of each')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Everything that changed in the store since a point, by customer')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Revert the last change crm made in this clone, as a new commit')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Erase a customer, or one contact of a customer, for good (GDPR art. 17)')
            [CompletionResult]::new('hook', 'hook', [CompletionResultType]::ParameterValue, 'Run by the git hooks crm installs in a store (not for people)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check every customer file; report errors, likely duplicates, and what is not committed. Exits 1 when errors are found')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Fold a duplicate customer into another, in one commit')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export customers for other programs')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List customers matching a query')
            [CompletionResult]::new('activities', 'activities', [CompletionResultType]::ParameterValue, 'List activities across customers, newest first')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'Your agenda: overdue tasks, tasks due and meetings in the next days, contacts'' birthdays, and customers not contacted for too long')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Fuzzy search over names, contacts, e-mails, phones, notes and activity texts; best matches first, each hit saying where it matched')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports over deals, activities and customers (docs/json.md lists every column). Each takes a query and -p PERIOD')
            [CompletionResult]::new('deals', 'deals', [CompletionResultType]::ParameterValue, 'List deals across customers: customer, id, title, stage, amount, currency, probability, weighted amount, expected and closed dates, owner, and days in the current stage')
            [CompletionResult]::new('products', 'products', [CompletionResultType]::ParameterValue, 'The catalogue of products and services (crm.toml [[products]]): id, name, unit, price, currency, and the period of a recurring price. Deal lines (crm deal add … --item ID:N) and contracts name them by id')
            [CompletionResult]::new('contract', 'contract', [CompletionResultType]::ParameterValue, 'Contracts: agreements that run from a start to an end, worth a value per month, quarter or year, with a notice period and automatic renewal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;help;init' {
            break
        }
        'crm;help;add' {
            break
        }
        'crm;help;show' {
            break
        }
        'crm;help;edit' {
            break
        }
        'crm;help;set' {
            break
        }
        'crm;help;rename' {
            break
        }
        'crm;help;rm' {
            break
        }
        'crm;help;contact' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact person (re-adding the same one is a quiet success)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a contact''s fields: name, role, email, phone, birthday, notes')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a contact person')
            break
        }
        'crm;help;contact;add' {
            break
        }
        'crm;help;contact;set' {
            break
        }
        'crm;help;contact;rm' {
            break
        }
        'crm;help;log' {
            break
        }
        'crm;help;task' {
            break
        }
        'crm;help;done' {
            break
        }
        'crm;help;deal' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a deal to a customer; prints its id')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner, reason, and its lines (item+=PRODUCT:N adds, item-=PRODUCT removes, item=PRODUCT:N sets the quantity; the amount follows the lines unless given). Moving it to won or lost sets closed to today unless given; every change of stage is dated in the file. ID is any unique prefix of the deal''s id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a deal: its customer, stage and since when, amount, lines and the dates of its stages. -f json prints it as one object')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a deal (the history keeps it)')
            break
        }
        'crm;help;deal;add' {
            break
        }
        'crm;help;deal;set' {
            break
        }
        'crm;help;deal;show' {
            break
        }
        'crm;help;deal;rm' {
            break
        }
        'crm;help;completions' {
            break
        }
        'crm;help;man' {
            break
        }
        'crm;help;sync' {
            break
        }
        'crm;help;clone' {
            break
        }
        'crm;help;merge-file' {
            break
        }
        'crm;help;resolve' {
            break
        }
        'crm;help;history' {
            break
        }
        'crm;help;review' {
            break
        }
        'crm;help;undo' {
            break
        }
        'crm;help;forget' {
            break
        }
        'crm;help;hook' {
            break
        }
        'crm;help;check' {
            break
        }
        'crm;help;merge' {
            break
        }
        'crm;help;export' {
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Every matching customer file as one JSON array (`crm import json` reads it back)')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Open tasks (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries')
            break
        }
        'crm;help;export;json' {
            break
        }
        'crm;help;export;csv' {
            break
        }
        'crm;help;export;vcard' {
            break
        }
        'crm;help;export;ics' {
            break
        }
        'crm;help;import' {
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Read a `crm export json` file: new ids are created, existing ids replaced; all validated, then one commit (or nothing)')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'Import a spreadsheet or another CRM''s CSV export')
            break
        }
        'crm;help;import;json' {
            break
        }
        'crm;help;import;vcard' {
            break
        }
        'crm;help;import;csv' {
            break
        }
        'crm;help;ls' {
            break
        }
        'crm;help;activities' {
            break
        }
        'crm;help;agenda' {
            break
        }
        'crm;help;search' {
            break
        }
        'crm;help;report' {
            [CompletionResult]::new('pipeline', 'pipeline', [CompletionResultType]::ParameterValue, 'Open deals by stage: count, amount and probability-weighted amount')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Open deals by expected close period: count, total and weighted, and the conversion so far (won / (won + lost) of closed deals), the amount likely at that rate and the average days to close')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom')
            [CompletionResult]::new('turnover', 'turnover', [CompletionResultType]::ParameterValue, 'Won amounts per period (by closed date) and open deals per period (by expected date); with --contracts also the revenue contracts bill; with --compare the period (-p, default this month) beside the one before and the same one a year earlier')
            [CompletionResult]::new('value', 'value', [CompletionResultType]::ParameterValue, 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays')
            [CompletionResult]::new('products', 'products', [CompletionResultType]::ParameterValue, 'Per product or service of the catalogue (and customer or owner): open deals holding it, their amount and weighted amount, offers out, and what was won in the period (-p selects won deals by closed date). Amounts are the deal lines''')
            [CompletionResult]::new('contracts', 'contracts', [CompletionResultType]::ParameterValue, 'Contracts that end or renew in the period (-p; without it, every contract by its next end), with the last day to give notice; with --mrr the monthly recurring revenue per customer and in total, on the period''s last day (default today)')
            [CompletionResult]::new('reasons', 'reasons', [CompletionResultType]::ParameterValue, 'Won and lost deals by the reason given (`crm deal set ID stage=lost reason=price`): count, amount, share. -p selects by closed date')
            [CompletionResult]::new('stale', 'stale', [CompletionResultType]::ParameterValue, 'Customers not contacted for N days (default: stale_after_days)')
            break
        }
        'crm;help;report;pipeline' {
            break
        }
        'crm;help;report;forecast' {
            break
        }
        'crm;help;report;activity' {
            break
        }
        'crm;help;report;turnover' {
            break
        }
        'crm;help;report;value' {
            break
        }
        'crm;help;report;products' {
            break
        }
        'crm;help;report;contracts' {
            break
        }
        'crm;help;report;reasons' {
            break
        }
        'crm;help;report;stale' {
            break
        }
        'crm;help;deals' {
            break
        }
        'crm;help;products' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product or service to the catalogue')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a product: name, unit, price, currency, every (KEY= removes unit, currency or every). Deals keep the prices they were made at')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a product from the catalogue (deals keep their lines; `crm check` names the ones that refer to it)')
            break
        }
        'crm;help;products;add' {
            break
        }
        'crm;help;products;set' {
            break
        }
        'crm;help;products;rm' {
            break
        }
        'crm;help;contract' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contract to a customer; prints its id')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a contract: title, start, end, value, currency, every, notice, auto_renew, product, deal, owner (KEY= removes an optional one). ID is any unique prefix of the contract''s id')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a contract (the history keeps it)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the contracts of the customers matching a query, by their next end: when each ends or renews, the last day to give notice, its value and monthly recurring revenue')
            break
        }
        'crm;help;contract;add' {
            break
        }
        'crm;help;contract;set' {
            break
        }
        'crm;help;contract;rm' {
            break
        }
        'crm;help;contract;ls' {
            break
        }
        'crm;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
