import Foundation

// hds-stress: drives a shared store from several OS processes at once, for the
// concurrency and crash tests. See `usage` for the commands and docs/stress.md for
// the method.

let usage = """
  usage: hds-stress seed --data DIR [--store URL] [--requests N] [--sent]
         hds-stress act --data DIR [--store URL] [--requests N] [--actions N] [--seed N]
                        [--user NAME]

  --store URL keeps the store on a PostgreSQL server (postgresql://…) in place of
  DIR/hds.sqlite. act then counts actions refused while the server is out of reach,
  and after a COMMIT whose answer was lost it reads the request again to tell whether
  the action was applied.

  seed  creates a new store in DIR with N requests (default 500) of residents of
        Kecamatan Kromengan, ids 1 to N, and 3 couriers. --sent also sends every
        request to Dukcapil, so that a print list can mark it ready.
  act   makes N random legal actions (default 1000) on the requests with ids 1 to
        N (default 500). Each pick reads the request, chooses an action its state
        allows (or an undo of its latest event, or a correction of the resident's
        phone) and applies it with the version it read, so an action that another
        process overtook fails as a conflict. The
        same --seed (default 1) makes the same choices from the same store.

  act writes one line per action that was applied, after its commit returned:
    done REQUEST_ID VERSION ACTION
  and finishes with one summary line:
    summary user=NAME attempted=N applied=N conflicts=N errors=N
  Each line is written straight to standard output without buffering, so a line
  that was written survives a kill of the process.
  """

do {
  var arguments = Array(CommandLine.arguments.dropFirst())
  guard let command = arguments.first else { throw StressError.usage("no command given") }
  arguments.removeFirst()
  let options = try StressOptions(parsing: arguments)
  switch command {
  case "seed":
    try Seeding.run(options)
  case "act":
    try ActionStream.run(options)
  default:
    throw StressError.usage("unknown command \"\(command)\"")
  }
} catch let error as StressError {
  if case .usage = error {
    FileHandle.standardError.write(Data("hds-stress: \(error)\n\n\(usage)\n".utf8))
    exit(2)
  }
  FileHandle.standardError.write(Data("hds-stress: \(error)\n".utf8))
  exit(1)
} catch {
  FileHandle.standardError.write(Data("hds-stress: \(error)\n".utf8))
  exit(1)
}
