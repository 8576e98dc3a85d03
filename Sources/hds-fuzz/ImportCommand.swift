import Foundation

/// `hds-fuzz import`: the parsers' phase, then the binary's phase, on one demo store.
enum ImportCommand {
  static func run(_ options: FuzzOptions, run: FuzzRun) throws(FuzzError) {
    let hds = try options.hdsBinary()
    let prepared = try ImportFuzz.prepare(run: run, hds: hds, timeout: options.timeout)
    report("hds-fuzz import: seed \(options.seed), store \(prepared.store)")

    let extra = ExtraBases.load()
    let parsers = ParserFuzz(
      run: run, targets: ParserFuzz.targets(for: options.kind),
      bases: [
        .printList: prepared.printLists, .survey: prepared.surveys, .roles: extra.roles,
        .holidays: extra.holidays, .roadDistances: extra.roadDistances,
      ],
      today: prepared.today, hangSeconds: UInt32(max(1, options.timeout.rounded(.up))))
    if options.parserCases > 0 {
      parsers.runCases(options.parserCases, onlyCase: options.onlyCase)
    }

    if options.cases > 0 {
      try ImportFuzz(run: run, hds: hds, kind: options.kind, timeout: options.timeout).runCases(
        options.cases, onlyCase: options.onlyCase, store: prepared.store,
        printLists: prepared.printLists, surveys: prepared.surveys, today: prepared.today)
    }
  }
}
