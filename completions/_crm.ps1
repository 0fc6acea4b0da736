
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new store: git repository, crm.toml, merge driver, first commit')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer; prints its id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer''s card: fields, time budget, contacts, open deals, open tasks, open complaints, the last 10 activities and any merge conflicts. `-f json` prints the file as a JSON object')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a customer''s file in $VISUAL or $EDITOR; validates and commits')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of a customer in one commit')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a customer; with --id also move its file to a new id')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a customer (git history keeps it: `git log -- customers/ID.toml`)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Contact persons of a customer')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Record an activity (call, meeting, email, note, …); prints its id')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Add a task (an activity of kind task); prints its id. `crm task ls` lists open tasks')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task, follow-up or complaint done. ID is any unique prefix of its id')
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
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers, contacts and activities')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List customers matching a query')
            [CompletionResult]::new('activities', 'activities', [CompletionResultType]::ParameterValue, 'List activities across customers, newest first')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'Your agenda: overdue tasks, open complaints, tasks due and meetings in the next days, warnings, contacts'' birthdays, customers not contacted for too long, and tasks with no date')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Fuzzy search over names, contacts, e-mails, phones, notes and activity texts; best matches first, each hit saying where it matched')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports over deals, activities and customers (docs/json.md lists every column). Each takes a query and -p PERIOD')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'Your calendar: day by day, meetings, tasks and complaints due, deals expected to close, contracts ending, and contacts'' birthdays')
            [CompletionResult]::new('complaint', 'complaint', [CompletionResultType]::ParameterValue, 'Complaints: open one, close it with what was done, list them')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the warning rules: the built-in ones (overdue, stale, budget-80, over-budget) as crm.toml changes them, then the firm''s own')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--birthday', '--birthday', [CompletionResultType]::ParameterName, 'Date of birth (YYYY-MM-DD, or --MM-DD without the year); shown in the agenda')
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
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'A follow-up date: makes the activity an open task until `crm done` (a date, "next monday", "in 2 weeks", +3d, or 2026-12-24T10:00)')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Whose it is (`by`; default: you): who handles a complaint or task')
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
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When it is due (default: no date)')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Whose task it is (default: you)')
            [CompletionResult]::new('--with', '--with', [CompletionResultType]::ParameterName, 'The contact person involved')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'Repeat: daily, weekly, monthly, quarterly, yearly, or 2w, 1m, 3m, 1y')
            [CompletionResult]::new('-P', '-P ', [CompletionResultType]::ParameterName, 'high, medium or low (h, m, l)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'high, medium or low (h, m, l)')
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
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Open tasks and follow-ups (yours unless --all): due date, priority, repeat, customer, text. Overdue first, tasks without a date last')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;task;ls' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Everybody''s tasks, not only yours')
            [CompletionResult]::new('--done', '--done', [CompletionResultType]::ParameterName, 'Done tasks instead of open ones')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;task;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Open tasks and follow-ups (yours unless --all): due date, priority, repeat, customer, text. Overdue first, tasks without a date last')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;task;help;ls' {
            break
        }
        'crm;task;help;help' {
            break
        }
        'crm;done' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'How it was settled (kept as `resolution`)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a deal to a customer; prints its id')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a deal: title, amount, currency, stage, probability, expected, closed, ends, owner. Moving it to won or lost sets closed to today unless given. ID is any unique prefix of the deal''s id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;deal;add' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount, e.g. 12000 or 1200.50')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency code (default: crm.toml currency)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Deal stage (default: the first of crm.toml deal_stages)')
            [CompletionResult]::new('--probability', '--probability', [CompletionResultType]::ParameterName, 'Chance of winning in percent; weights the pipeline')
            [CompletionResult]::new('--expected', '--expected', [CompletionResultType]::ParameterName, 'Expected close date')
            [CompletionResult]::new('--ends', '--ends', [CompletionResultType]::ParameterName, 'The last day of the contract (the built-in rule contract-ending warns 30 days before it)')
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
        'crm;deal;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a deal to a customer; prints its id')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a deal: title, amount, currency, stage, probability, expected, closed, ends, owner. Moving it to won or lost sets closed to today unless given. ID is any unique prefix of the deal''s id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;deal;help;add' {
            break
        }
        'crm;deal;help;set' {
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Check the warning rules of crm.toml and list their warnings')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'The backup: crm.toml''s settings and every matching customer file as one JSON object (`crm import json` restores it)')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Open tasks (VTODO, repeating ones with their RRULE), open complaints (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries')
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
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'The backup: crm.toml''s settings and every matching customer file as one JSON object (`crm import json` restores it)')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Open tasks (VTODO, repeating ones with their RRULE), open complaints (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Read a `crm export json` file (the backup): crm.toml''s settings it carries are restored (into a fresh store: the same crm.toml), new ids are created, existing ids replaced; all validated, then one commit (or nothing)')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'Import a spreadsheet or another program''s CSV export (Google, Outlook, Apple, Thunderbird, LinkedIn, HubSpot, Pipedrive, Salesforce, Zoho; Excel in Estonian, Finnish or English)')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Import a calendar: events become meetings, to-dos tasks (done when COMPLETED), matched to customers by attendee or organiser e-mail or given with --customer. Re-importing the same file changes nothing')
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
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'All or nothing: refuse the file when any value would be left out or kept as written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;import;csv' {
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Column mapping: "Header=field,…" (fields: name, contact, first_name, last_name, email, phone, website, address, city, country, reg_code, notes, tags, owner, stage, role, birthday, created, fields.NAME, ignore)')
            [CompletionResult]::new('--map-stage', '--map-stage', [CompletionResultType]::ParameterName, 'Stage mapping: "Their Stage=our stage,…" (before the built-in table; an unknown stage becomes the first of crm.toml''s)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The delimiter (default: detected from the header line)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would happen; write nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'All or nothing: refuse the file when any value would be left out or kept as written')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Accepted for old scripts; rows are never skipped for a bad value now')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;import;ics' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer every entry belongs to')
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
        'crm;import;help' {
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Read a `crm export json` file (the backup): crm.toml''s settings it carries are restored (into a fresh store: the same crm.toml), new ids are created, existing ids replaced; all validated, then one commit (or nothing)')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'Import a spreadsheet or another program''s CSV export (Google, Outlook, Apple, Thunderbird, LinkedIn, HubSpot, Pipedrive, Salesforce, Zoho; Excel in Estonian, Finnish or English)')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Import a calendar: events become meetings, to-dos tasks (done when COMPLETED), matched to customers by attendee or organiser e-mail or given with --customer. Re-importing the same file changes nothing')
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
        'crm;import;help;ics' {
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('pipeline', 'pipeline', [CompletionResultType]::ParameterValue, 'Open deals by stage: count, amount and probability-weighted amount')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Open deals by expected close period: count, total and weighted')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom')
            [CompletionResult]::new('turnover', 'turnover', [CompletionResultType]::ParameterValue, 'Won amounts per period (by closed date) and open deals per period (by expected date)')
            [CompletionResult]::new('value', 'value', [CompletionResultType]::ParameterValue, 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays. With -p also the time budget for the period and the rest of it')
            [CompletionResult]::new('stale', 'stale', [CompletionResultType]::ParameterValue, 'Customers not contacted for N days (default: stale_after_days)')
            [CompletionResult]::new('complaints', 'complaints', [CompletionResultType]::ParameterValue, 'Complaints: how many came in, how many are open (and overdue), how many were closed, and the median days it took to close them')
            [CompletionResult]::new('budget', 'budget', [CompletionResultType]::ParameterValue, 'Time budgets: per customer with a budget, the budget for the period, minutes spent, the rest, per cent used, won turnover and turnover per hour. Most used first')
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
        'crm;report;complaints' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by the customer, the complaint''s kind, or who handles it')
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
        'crm;report;budget' {
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
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Open deals by expected close period: count, total and weighted')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom')
            [CompletionResult]::new('turnover', 'turnover', [CompletionResultType]::ParameterValue, 'Won amounts per period (by closed date) and open deals per period (by expected date)')
            [CompletionResult]::new('value', 'value', [CompletionResultType]::ParameterValue, 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays. With -p also the time budget for the period and the rest of it')
            [CompletionResult]::new('stale', 'stale', [CompletionResultType]::ParameterValue, 'Customers not contacted for N days (default: stale_after_days)')
            [CompletionResult]::new('complaints', 'complaints', [CompletionResultType]::ParameterValue, 'Complaints: how many came in, how many are open (and overdue), how many were closed, and the median days it took to close them')
            [CompletionResult]::new('budget', 'budget', [CompletionResultType]::ParameterValue, 'Time budgets: per customer with a budget, the budget for the period, minutes spent, the rest, per cent used, won turnover and turnover per hour. Most used first')
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
        'crm;report;help;stale' {
            break
        }
        'crm;report;help;complaints' {
            break
        }
        'crm;report;help;budget' {
            break
        }
        'crm;report;help;help' {
            break
        }
        'crm;calendar' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('--during', '--during', [CompletionResultType]::ParameterName, 'Only this period: 2026, 2026-11, 2026-q3, ''this month'', ''last 30 days'', 2026-01-01..2026-03-31 (docs/queries.md)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'A week, Monday to Sunday (the default)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A calendar month')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Everybody''s calendar, not only yours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;complaint' {
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
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Open a complaint; prints its id. The same as `crm log CUSTOMER complaint TEXT`')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a complaint, recording what was done (`resolution`). The same as `crm done ID --note TEXT`, for complaints only')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Open complaints (yours unless --all), overdue first; --closed for the settled ones with their resolution')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;complaint;add' {
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When the answer is due: a date, "next monday", +3d, 2026-12-24T10:00')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Who handles it (default: you)')
            [CompletionResult]::new('--with', '--with', [CompletionResultType]::ParameterName, 'The contact person who complained')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind, when crm.toml lists several complaint kinds')
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
        'crm;complaint;close' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'How it was settled')
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
        'crm;complaint;ls' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s directory (default: CRM_DIR, the enclosing store, or ~/.local/share/crm)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this team handle (`by`/`owner`); default CRM_USER, else the [team] entry matching git''s user.email, else its local part')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of commands that print records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and never colours a pipe')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Everybody''s, not only yours')
            [CompletionResult]::new('--closed', '--closed', [CompletionResultType]::ParameterName, 'Closed complaints instead of open ones')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crm;complaint;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Open a complaint; prints its id. The same as `crm log CUSTOMER complaint TEXT`')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a complaint, recording what was done (`resolution`). The same as `crm done ID --note TEXT`, for complaints only')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Open complaints (yours unless --all), overdue first; --closed for the settled ones with their resolution')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;complaint;help;add' {
            break
        }
        'crm;complaint;help;close' {
            break
        }
        'crm;complaint;help;ls' {
            break
        }
        'crm;complaint;help;help' {
            break
        }
        'crm;rules' {
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
        'crm;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new store: git repository, crm.toml, merge driver, first commit')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer; prints its id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer''s card: fields, time budget, contacts, open deals, open tasks, open complaints, the last 10 activities and any merge conflicts. `-f json` prints the file as a JSON object')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a customer''s file in $VISUAL or $EDITOR; validates and commits')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of a customer in one commit')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a customer; with --id also move its file to a new id')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a customer (git history keeps it: `git log -- customers/ID.toml`)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Contact persons of a customer')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Record an activity (call, meeting, email, note, …); prints its id')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Add a task (an activity of kind task); prints its id. `crm task ls` lists open tasks')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task, follow-up or complaint done. ID is any unique prefix of its id')
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
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers, contacts and activities')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List customers matching a query')
            [CompletionResult]::new('activities', 'activities', [CompletionResultType]::ParameterValue, 'List activities across customers, newest first')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'Your agenda: overdue tasks, open complaints, tasks due and meetings in the next days, warnings, contacts'' birthdays, customers not contacted for too long, and tasks with no date')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Fuzzy search over names, contacts, e-mails, phones, notes and activity texts; best matches first, each hit saying where it matched')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports over deals, activities and customers (docs/json.md lists every column). Each takes a query and -p PERIOD')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'Your calendar: day by day, meetings, tasks and complaints due, deals expected to close, contracts ending, and contacts'' birthdays')
            [CompletionResult]::new('complaint', 'complaint', [CompletionResultType]::ParameterValue, 'Complaints: open one, close it with what was done, list them')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the warning rules: the built-in ones (overdue, stale, budget-80, over-budget) as crm.toml changes them, then the firm''s own')
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
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Open tasks and follow-ups (yours unless --all): due date, priority, repeat, customer, text. Overdue first, tasks without a date last')
            break
        }
        'crm;help;task;ls' {
            break
        }
        'crm;help;done' {
            break
        }
        'crm;help;deal' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a deal to a customer; prints its id')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a deal: title, amount, currency, stage, probability, expected, closed, ends, owner. Moving it to won or lost sets closed to today unless given. ID is any unique prefix of the deal''s id')
            break
        }
        'crm;help;deal;add' {
            break
        }
        'crm;help;deal;set' {
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
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'The backup: crm.toml''s settings and every matching customer file as one JSON object (`crm import json` restores it)')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'One CSV row per matching customer: its fields, custom fields as fields.NAME, the first contact, counts')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Contacts of matching customers as vCard 3.0 (one card per contact, or per firm without contacts), for address books and phones')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Open tasks (VTODO, repeating ones with their RRULE), open complaints (VTODO), meetings (VEVENT) and contacts'' birthdays (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that re-imports the file updates its entries')
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
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Read a `crm export json` file (the backup): crm.toml''s settings it carries are restored (into a fresh store: the same crm.toml), new ids are created, existing ids replaced; all validated, then one commit (or nothing)')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Thunderbird, Android). Each card''s ORG is the customer (created when missing, matched by name, e-mail or phone); the person becomes its contact. Values that do not validate are left out and reported')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'Import a spreadsheet or another program''s CSV export (Google, Outlook, Apple, Thunderbird, LinkedIn, HubSpot, Pipedrive, Salesforce, Zoho; Excel in Estonian, Finnish or English)')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Import a calendar: events become meetings, to-dos tasks (done when COMPLETED), matched to customers by attendee or organiser e-mail or given with --customer. Re-importing the same file changes nothing')
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
        'crm;help;import;ics' {
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
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Open deals by expected close period: count, total and weighted')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Count and minutes of activities per user, customer or kind, and per period: who spends time on whom')
            [CompletionResult]::new('turnover', 'turnover', [CompletionResultType]::ParameterValue, 'Won amounts per period (by closed date) and open deals per period (by expected date)')
            [CompletionResult]::new('value', 'value', [CompletionResultType]::ParameterValue, 'Per customer: won turnover, minutes spent, turnover per hour, last contact — where the firm''s time pays. With -p also the time budget for the period and the rest of it')
            [CompletionResult]::new('stale', 'stale', [CompletionResultType]::ParameterValue, 'Customers not contacted for N days (default: stale_after_days)')
            [CompletionResult]::new('complaints', 'complaints', [CompletionResultType]::ParameterValue, 'Complaints: how many came in, how many are open (and overdue), how many were closed, and the median days it took to close them')
            [CompletionResult]::new('budget', 'budget', [CompletionResultType]::ParameterValue, 'Time budgets: per customer with a budget, the budget for the period, minutes spent, the rest, per cent used, won turnover and turnover per hour. Most used first')
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
        'crm;help;report;stale' {
            break
        }
        'crm;help;report;complaints' {
            break
        }
        'crm;help;report;budget' {
            break
        }
        'crm;help;calendar' {
            break
        }
        'crm;help;complaint' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Open a complaint; prints its id. The same as `crm log CUSTOMER complaint TEXT`')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a complaint, recording what was done (`resolution`). The same as `crm done ID --note TEXT`, for complaints only')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Open complaints (yours unless --all), overdue first; --closed for the settled ones with their resolution')
            break
        }
        'crm;help;complaint;add' {
            break
        }
        'crm;help;complaint;close' {
            break
        }
        'crm;help;complaint;ls' {
            break
        }
        'crm;help;rules' {
            break
        }
        'crm;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
