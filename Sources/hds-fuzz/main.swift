import Foundation

// hds-fuzz: feeds random and mutated input to the importers and the dashboard's key loop
// and checks that HDS neither crashes nor hangs, rejects bad input with a message and
// without a change to the store, and restores the terminal. docs/fuzzing.md gives the
// method and the long runs.

let usage = """
  usage: hds-fuzz import [--kind print-list|survey|all] [--cases N] [--parser-cases N]
                         [--seed N] [--case N] [--binary PATH] [--timeout SECS] [--work DIR]
         hds-fuzz keys [--keys N] [--seed N] [--read-only] [--binary PATH]
                       [--timeout SECS] [--work DIR]

  import  runs the file readers in this process on --parser-cases inputs (default
          2000; with --kind all also roles.conf, holiday lists, road distances and a
          CSV write-and-read round trip), then runs `hds import` on --cases inputs
          (default 200) against one demo store, each within --timeout seconds
          (default 20). The inputs are random bytes, CSV-like noise, and valid files
          made from the demo store with mutations. --case N runs case N of both
          phases alone and saves its input in the work directory.
  keys    opens the dashboard on a demo store in a detached tmux session and sends
          --keys random keys (default 3000): letters, digits, named keys, Ctrl
          letters, raw escape sequences, pastes and resizes. After each batch hds
          must be running and redraw its header within --timeout seconds. At the end
          q must quit and leave the terminal restored. --read-only opens the
          dashboard with --read-only and checks that the store file is unchanged.

  --seed (default 1) decides every input. --binary is the hds to test, by default
  the one beside hds-fuzz. --work is the directory for the store and the inputs, by
  default a new temporary one, removed after a run without failures. Each failure is
  printed with its seed, its case or batch, and the file holding its input.
  The exit status is 0 when every case passed, 1 when one failed, 2 for bad usage.
  """

do {
  var arguments = Array(CommandLine.arguments.dropFirst())
  guard let command = arguments.first else { throw FuzzError.usage("no command given") }
  if command == "--help" || command == "-h" {
    report(usage)
    exit(0)
  }
  arguments.removeFirst()
  let options = try FuzzOptions(parsing: arguments)
  let run = try FuzzRun(seed: options.seed, workDirectory: options.workDirectory)
  switch command {
  case "import":
    try ImportCommand.run(options, run: run)
  case "keys":
    try KeyFuzz(options: options, run: run).runKeys()
  default:
    throw FuzzError.usage("unknown command \"\(command)\"")
  }
  run.finish()
  exit(run.failures == 0 ? 0 : 1)
} catch let error as FuzzError {
  if case .usage = error {
    FileHandle.standardError.write(Data("hds-fuzz: \(error)\n\n\(usage)\n".utf8))
    exit(2)
  }
  FileHandle.standardError.write(Data("hds-fuzz: \(error)\n".utf8))
  exit(1)
}
