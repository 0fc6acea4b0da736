
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
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Commit hand edits, fetch, merge, push; say what came in and went out')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Join a team: clone a store, register the merge driver, check identity')
            [CompletionResult]::new('merge-file', 'merge-file', [CompletionResultType]::ParameterValue, 'The git merge driver for customer files (registered by init and clone)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle a conflict recorded by a merge: set FIELD and drop the record')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A customer''s commits, newest first, with a field-level summary of each')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Everything that changed in the store since a point, by customer')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Revert the last change crm made in this clone, as a new commit')
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
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner. Moving it to won or lost sets closed to today unless given. ID is any unique prefix of the deal''s id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crm;deal;add' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount, e.g. 12000 or 1200.50')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency code (default: crm.toml currency)')
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
        'crm;deal;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a deal to a customer; prints its id')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner. Moving it to won or lost sets closed to today unless given. ID is any unique prefix of the deal''s id')
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
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Commit hand edits, fetch, merge, push; say what came in and went out')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Join a team: clone a store, register the merge driver, check identity')
            [CompletionResult]::new('merge-file', 'merge-file', [CompletionResultType]::ParameterValue, 'The git merge driver for customer files (registered by init and clone)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle a conflict recorded by a merge: set FIELD and drop the record')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A customer''s commits, newest first, with a field-level summary of each')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Everything that changed in the store since a point, by customer')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Revert the last change crm made in this clone, as a new commit')
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
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a deal: title, amount, currency, stage, probability, expected, closed, owner. Moving it to won or lost sets closed to today unless given. ID is any unique prefix of the deal''s id')
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
        'crm;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
