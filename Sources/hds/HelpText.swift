/// `hds --help` and `hds COMMAND --help`.
enum HelpText {
  static let version = "hds 0.1.0"

  static func text(for command: Arguments.Command) -> String {
    switch command {
    case .dashboard: return main
    case .demo: return demo
    case .summary: return summary
    }
  }

  static let main = """
    hds: home delivery of civil-registry documents, Kecamatan Kromengan.

    Usage:
      hds [OPTIONS]              open the dashboard on the store
      hds demo [OPTIONS]         create a store filled with synthetic sample data
      hds summary [OPTIONS]      print the dashboard's totals as plain text
      hds COMMAND --help         explain one command

    Options:
      --data DIR        data directory holding hds.sqlite; default $HDS_DATA, else
                        $XDG_DATA_HOME/hds, else ~/.local/share/hds (created on first use)
      --lang id|en      interface language; default Indonesian, English when LANG
                        (or LC_ALL, LC_MESSAGES) starts with en
      --refresh SECS    seconds between checks for changes by others (default 2)
      --read-only       open the store read-only: look, change nothing
      --version         print the version
      -h, --help        print this help

    Keys in the dashboard: Tab / Shift-Tab or ← → change pane, ↑ ↓ (j k) move,
    Enter opens the detail, a assign, o out for delivery, d delivered, f failed
    attempt, x cancel, c log a complaint, Esc closes, q quits.
    """

  static let demo = """
    Usage: hds demo [--data DIR] [--replace] [--open] [--seed N] [--requests N]

    Creates a store in the data directory filled with synthetic records on the real
    geography of Kromengan: 6 couriers, about 300 requests in every state spread over
    the 7 desa by population, and 12 complaints, dated relative to today. No record
    describes a real person.

      --replace       delete an existing store in DIR first (otherwise a store that
                      already holds requests is left alone and the command fails)
      --open          open the dashboard on the new store afterwards
      --seed N        seed of the generator (default 3507312026); the same seed on
                      the same day gives the same records
      --requests N    number of requests (default 300)
    """

  static let summary = """
    Usage: hds summary [--data DIR] [--date YYYY-MM-DD] [--lang id|en]

    Prints the dashboard's totals as plain text, one "label: value" line each, and
    exits 0: requests per state, pending, delivered and failed attempts on the day
    (default today, WIB), open complaints.
    """
}
