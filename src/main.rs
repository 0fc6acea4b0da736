//! The `crm` binary: parse flags, run, map errors to exit codes.

mod cli;

// Reading a large store allocates millions of small strings (one per
// activity field); mimalloc does that about twice as fast as the system
// allocator, on several threads too (docs/performance.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
