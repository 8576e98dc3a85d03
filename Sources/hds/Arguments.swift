/// The parsed command line: one command and its options.
struct Arguments: Equatable {
  enum Command: String, CaseIterable {
    case dashboard
    case demo
    case summary
  }

  var command: Command = .dashboard
  var dataDirectory: String?
  var language: String?
  var refreshSeconds: Double = 2
  var readOnly = false
  var showHelp = false
  var showVersion = false
  // demo
  var replace = false
  var open = false
  var seed: UInt64?
  var requestCount = 300
  // summary
  var date: String?

  /// Parses `arguments` (without the program name). Options may come before or after
  /// the command.
  static func parse(_ arguments: [String]) throws(UsageError) -> Arguments {
    var result = Arguments()
    var commandSeen = false
    var rest = arguments[...]

    func value(for option: String) throws(UsageError) -> String {
      guard let next = rest.popFirst(), !next.hasPrefix("--") else {
        throw .missingValue(option)
      }
      return next
    }

    while let argument = rest.popFirst() {
      var name = argument
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        rest.insert(
          contentsOf: [String(argument[argument.index(after: equals)...])], at: rest.startIndex)
      }
      switch name {
      case "-h", "--help": result.showHelp = true
      case "--version": result.showVersion = true
      case "--data": result.dataDirectory = try value(for: name)
      case "--lang":
        let text = try value(for: name)
        guard ["id", "en"].contains(text.lowercased()) else {
          throw .invalidValue(name, text, "id or en")
        }
        result.language = text.lowercased()
      case "--refresh":
        let text = try value(for: name)
        guard let seconds = Double(text), seconds >= 0.2, seconds <= 3600 else {
          throw .invalidValue(name, text, "a number of seconds from 0.2 to 3600")
        }
        result.refreshSeconds = seconds
      case "--read-only": result.readOnly = true
      case "--replace": result.replace = true
      case "--open": result.open = true
      case "--seed":
        let text = try value(for: name)
        guard let seed = UInt64(text) else { throw .invalidValue(name, text, "a whole number") }
        result.seed = seed
      case "--requests":
        let text = try value(for: name)
        guard let count = Int(text), (1...100_000).contains(count) else {
          throw .invalidValue(name, text, "a whole number from 1 to 100000")
        }
        result.requestCount = count
      case "--date":
        result.date = try value(for: name)
      default:
        if argument.hasPrefix("-") { throw .unknownOption(argument) }
        if commandSeen { throw .unexpectedArgument(argument, result.command.rawValue) }
        guard let command = Command(rawValue: argument), command != .dashboard else {
          throw .unknownCommand(argument)
        }
        result.command = command
        commandSeen = true
      }
    }
    try result.checkOptionsFitCommand()
    return result
  }

  private func checkOptionsFitCommand() throws(UsageError) {
    let demoOnly = replace || open || seed != nil || requestCount != 300
    if demoOnly && command != .demo {
      throw .optionNotForCommand("--replace, --open, --seed and --requests", "demo")
    }
    if date != nil && command != .summary {
      throw .optionNotForCommand("--date", "summary")
    }
  }
}

/// A command line that cannot be run. Messages say what to type instead.
enum UsageError: Error, Equatable, CustomStringConvertible {
  case unknownOption(String)
  case unknownCommand(String)
  case missingValue(String)
  case invalidValue(String, String, String)
  case optionNotForCommand(String, String)
  case unexpectedArgument(String, String)

  var description: String {
    switch self {
    case .unknownOption(let option):
      return "unknown option \(option); run hds --help for the list"
    case .unknownCommand(let command):
      return "unknown command \(command); the commands are demo and summary (hds --help)"
    case .missingValue(let option):
      return "option \(option) needs a value"
    case .invalidValue(let option, let value, let expected):
      return "invalid value \(value) for \(option); expected \(expected)"
    case .optionNotForCommand(let options, let command):
      return "\(options) only apply to hds \(command)"
    case .unexpectedArgument(let argument, let command):
      return
        "unexpected argument \(argument); hds \(command) takes only options (hds \(command) --help)"
    }
  }
}
