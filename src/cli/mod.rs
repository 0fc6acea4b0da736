//! The clap front end: global flags, one dispatch `match`, and the mapping
//! of errors to messages and exit codes (SPEC §9).

pub mod chart;
pub mod commands;
pub mod complete;
pub mod ctx;
pub mod dashboard;
pub mod output;
pub mod read;
pub mod say;

use clap::{Parser, Subcommand};
use commands::*;
use ctx::{ColorChoice, Ctx};
use output::{Format, Prints};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const AFTER_HELP: &str = "\
Examples:
  crm init --demo                      a store with a sample firm to try
  crm add \"Äripäev AS\" --tag media     a new customer; prints its id
  crm log aripaev call \"Agreed 5% discount\" --minutes 25
  crm task aripaev \"Send the offer\" --due friday
  crm                                  your agenda
  crm calendar --month                 this month, day by day

Exit codes: 0 ok, 1 failure, 2 usage error, 3 reference not found or
ambiguous, 4 sync recorded conflicts. Docs: docs/cli.md";

/// A command-line CRM for very small firms: one TOML file per customer in
/// a git repository.
#[derive(Debug, Parser)]
#[command(name = "crm", version, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    /// The store's directory (default: CRM_DIR, the enclosing store, or
    /// ~/.local/share/crm).
    #[arg(short = 'C', long = "store", global = true, value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// Act as this team handle (`by`/`owner`); default CRM_USER, else the
    /// [team] entry matching git's user.email, else its local part.
    #[arg(long = "as", global = true, value_name = "HANDLE")]
    pub as_user: Option<String>,
    /// Output format of commands that print records.
    #[arg(short = 'f', long, global = true, value_enum)]
    pub format: Option<Format>,
    /// Colour: auto honours NO_COLOR and never colours a pipe.
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Print only data and errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Every `crm` command.
#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::InitArgs),
    Add(add::AddArgs),
    Show(show::ShowArgs),
    Edit(edit::EditArgs),
    Set(set::SetArgs),
    Rename(rename::RenameArgs),
    Rm(rm::RmArgs),
    #[command(subcommand)]
    Contact(contact::ContactCommand),
    Log(log::LogArgs),
    Task(task::TaskArgs),
    Done(done::DoneArgs),
    #[command(subcommand)]
    Deal(deal::DealCommand),
    Completions(completions::CompletionsArgs),
    Man(man::ManArgs),
    Sync(sync::SyncArgs),
    Clone(clone::CloneArgs),
    MergeFile(merge_file::MergeFileArgs),
    Resolve(resolve::ResolveArgs),
    History(history::HistoryArgs),
    Review(review::ReviewArgs),
    Undo(undo::UndoArgs),
    Forget(forget::ForgetArgs),
    #[command(hide = true)]
    Hook(hook::HookArgs),
    Check(check::CheckArgs),
    Merge(merge::MergeArgs),
    #[command(subcommand)]
    Export(export::ExportCommand),
    #[command(subcommand)]
    Import(import::ImportCommand),
    Ls(ls::LsArgs),
    Activities(activities::ActivitiesArgs),
    Agenda(agenda::AgendaArgs),
    Search(search::SearchArgs),
    #[command(subcommand)]
    Report(report::ReportCommand),
    Who(who::WhoArgs),
    Call(call::CallArgs),
    #[command(subcommand)]
    Mail(mail::MailCommand),
    Email(email::EmailArgs),
    Calendar(calendar::CalendarArgs),
    #[command(subcommand)]
    Complaint(complaint::ComplaintCommand),
    Rules(rules::RulesArgs),
    Deals(deals::DealsArgs),
    Products(products::ProductsArgs),
    #[command(subcommand)]
    Contract(contract::ContractCommand),
}

/// Run the binary: parse, dispatch, report errors.
pub fn main() -> ExitCode {
    complete::answer_if_asked();
    let cli = match Cli::try_parse_from(read::negations(std::env::args_os())) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let ctx = match Ctx::new(
        cli.store.clone(),
        cli.as_user.clone(),
        cli.format,
        cli.color,
        cli.quiet,
    ) {
        Ok(c) => c,
        Err(e) => return report(&e),
    };
    match run(cli.command, &ctx) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e),
    }
}

impl Command {
    /// The command's name as typed, for messages: the variant's name in
    /// kebab case, as clap derives it (`MergeFile` → `merge-file`), with
    /// the subcommand where it decides what is printed.
    fn name(&self) -> String {
        match self {
            Command::Export(e) => format!("export {}", e.kind()),
            Command::Import(i) => format!("import {}", i.kind()),
            _ => {
                let debug = format!("{self:?}");
                let variant = debug.split('(').next().unwrap_or_default();
                let mut name = String::new();
                for (k, ch) in variant.chars().enumerate() {
                    if ch.is_uppercase() && k > 0 {
                        name.push('-');
                    }
                    name.extend(ch.to_lowercase());
                }
                name
            }
        }
    }

    /// What the command prints, as its module declares it.
    fn prints(&self) -> Prints {
        match self {
            Command::Init(_) => init::PRINTS,
            Command::Add(_) => add::PRINTS,
            Command::Show(_) => show::PRINTS,
            Command::Edit(_) => edit::PRINTS,
            Command::Set(_) => set::PRINTS,
            Command::Rename(_) => rename::PRINTS,
            Command::Rm(_) => rm::PRINTS,
            Command::Forget(_) => forget::PRINTS,
            Command::Hook(_) => hook::PRINTS,
            Command::Contact(_) => contact::PRINTS,
            Command::Log(_) => log::PRINTS,
            Command::Task(t) => t.prints(),
            Command::Done(_) => done::PRINTS,
            Command::Deal(d) => d.prints(),
            Command::Completions(_) => completions::PRINTS,
            Command::Man(_) => man::PRINTS,
            Command::Sync(_) => sync::PRINTS,
            Command::Clone(_) => clone::PRINTS,
            Command::MergeFile(_) => merge_file::PRINTS,
            Command::Resolve(_) => resolve::PRINTS,
            Command::History(_) => history::PRINTS,
            Command::Review(_) => review::PRINTS,
            Command::Undo(_) => undo::PRINTS,
            Command::Check(_) => check::PRINTS,
            Command::Merge(_) => merge::PRINTS,
            Command::Export(e) => e.prints(),
            Command::Import(i) => i.prints(),
            Command::Ls(_) => ls::PRINTS,
            Command::Activities(_) => activities::PRINTS,
            Command::Agenda(_) => agenda::PRINTS,
            Command::Search(_) => search::PRINTS,
            Command::Report(_) => report::PRINTS,
            Command::Who(_) => who::PRINTS,
            Command::Call(_) => call::PRINTS,
            Command::Mail(_) => mail::PRINTS,
            Command::Email(_) => email::PRINTS,
            Command::Calendar(_) => calendar::PRINTS,
            Command::Complaint(c) => c.prints(),
            Command::Rules(_) => rules::PRINTS,
            Command::Deals(_) => deals::PRINTS,
            Command::Products(p) => p.prints(),
            Command::Contract(c) => c.prints(),
        }
    }
}

fn run(command: Option<Command>, ctx: &Ctx) -> crm::Result<()> {
    if let Some(c) = &command {
        ctx.only_formats(&c.name(), c.prints())?;
    }
    match command {
        None => agenda::bare(ctx),
        Some(Command::Init(a)) => init::run(a, ctx),
        Some(Command::Add(a)) => add::run(a, ctx),
        Some(Command::Show(a)) => show::run(a, ctx),
        Some(Command::Edit(a)) => edit::run(a, ctx),
        Some(Command::Set(a)) => set::run(a, ctx),
        Some(Command::Rename(a)) => rename::run(a, ctx),
        Some(Command::Rm(a)) => rm::run(a, ctx),
        Some(Command::Forget(a)) => forget::run(a, ctx),
        Some(Command::Hook(a)) => hook::run(a, ctx),
        Some(Command::Contact(c)) => contact::run(c, ctx),
        Some(Command::Log(a)) => log::run(a, ctx),
        Some(Command::Task(a)) => task::run(a, ctx),
        Some(Command::Done(a)) => done::run(a, ctx),
        Some(Command::Deal(c)) => deal::run(c, ctx),
        Some(Command::Completions(a)) => completions::run(a, ctx),
        Some(Command::Man(a)) => man::run(a, ctx),
        Some(Command::Sync(a)) => sync::run(a, ctx),
        Some(Command::Clone(a)) => clone::run(a, ctx),
        Some(Command::MergeFile(a)) => merge_file::run(a, ctx),
        Some(Command::Resolve(a)) => resolve::run(a, ctx),
        Some(Command::History(a)) => history::run(a, ctx),
        Some(Command::Review(a)) => review::run(a, ctx),
        Some(Command::Undo(a)) => undo::run(a, ctx),
        Some(Command::Check(a)) => check::run(a, ctx),
        Some(Command::Merge(a)) => merge::run(a, ctx),
        Some(Command::Export(c)) => export::run(c, ctx),
        Some(Command::Import(c)) => import::run(c, ctx),
        Some(Command::Ls(a)) => ls::run(a, ctx),
        Some(Command::Activities(a)) => activities::run(a, ctx),
        Some(Command::Agenda(a)) => agenda::run(a, ctx),
        Some(Command::Search(a)) => search::run(a, ctx),
        Some(Command::Report(c)) => report::run(c, ctx),
        Some(Command::Who(a)) => who::run(a, ctx),
        Some(Command::Call(a)) => call::run(a, ctx),
        Some(Command::Mail(c)) => mail::run(c, ctx),
        Some(Command::Email(a)) => email::run(a, ctx),
        Some(Command::Calendar(a)) => calendar::run(a, ctx),
        Some(Command::Complaint(c)) => complaint::run(c, ctx),
        Some(Command::Rules(a)) => rules::run(a, ctx),
        Some(Command::Deals(a)) => deals::run(a, ctx),
        Some(Command::Products(a)) => products::run(a, ctx),
        Some(Command::Contract(c)) => contract::run(c, ctx),
    }
}

/// Print `error: …` and `hint: …` lines and pick the exit code. A closed
/// pipe (`crm ls | head -1`) is not an error.
fn report(e: &crm::Error) -> ExitCode {
    if let crm::Error::Io { source, .. } = e
        && source.kind() == std::io::ErrorKind::BrokenPipe
    {
        return ExitCode::SUCCESS;
    }
    print_error(e);
    ExitCode::from(e.exit_code())
}

/// `error: …` and its `hint: …` lines on stderr.
pub fn print_error(e: &crm::Error) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "error: {}", output::clean(&e.to_string()));
    for h in say::hints(e) {
        let _ = writeln!(err, "hint: {}", output::clean(&h));
    }
}
