import HDSCore
import HDSTerminal

/// The `:` command line for the less common actions: open any request by number, filter
/// by desa, sort, change the language, and the like. Tab completes the command and its
/// argument; the bottom bar shows the choices when several fit.
public struct CommandPrompt: Sendable, Equatable {
  public var text = ""
  /// The completions Tab found for the word being typed, when more than one fits.
  public var choices: [String] = []
  /// The reason the last command was not run.
  public var error: String?

  public init() {}
}

/// A command of the prompt, with its Indonesian and English words.
enum PromptCommand: CaseIterable {
  case open
  case desa
  case sort
  case language
  case summary
  case help
  case zoom
  case reload
  case kecamatan
  case quit

  /// Returns the words that name the command. Completion uses the first, which is in the
  /// catalog's language.
  func words(_ language: Language) -> [String] {
    let (indonesian, english): (String, String)
    switch self {
    case .open: (indonesian, english) = ("buka", "open")
    case .desa: (indonesian, english) = ("desa", "desa")
    case .sort: (indonesian, english) = ("urut", "sort")
    case .language: (indonesian, english) = ("bahasa", "language")
    case .summary: (indonesian, english) = ("ringkasan", "summary")
    case .help: (indonesian, english) = ("bantuan", "help")
    case .zoom: (indonesian, english) = ("perbesar", "zoom")
    case .reload: (indonesian, english) = ("muat", "reload")
    case .kecamatan: (indonesian, english) = ("kecamatan", "kecamatan")
    case .quit: (indonesian, english) = ("keluar", "quit")
    }
    let words = language == .indonesian ? [indonesian, english] : [english, indonesian]
    return words[0] == words[1] ? [words[0]] : words
  }

  /// Returns the values its argument may take, for completion, or none for a free one.
  func arguments(_ state: DashboardState) -> [String] {
    switch self {
    case .desa:
      return state.kecamatan.desa.map { $0.name.lowercased() } + [
        allDesaWord(state.catalog.language)
      ]
    case .sort: return QueueQuery.Sort.allCases.map { Self.sortWord($0, state.catalog.language) }
    case .language: return ["id", "en"]
    case .kecamatan: return KeyHandler.kecamatanArguments(state)
    default: return []
    }
  }

  func allDesaWord(_ language: Language) -> String { language == .indonesian ? "semua" : "all" }

  /// Returns the word for a queue order: "umur" or "age" for `.age`.
  static func sortWord(_ sort: QueueQuery.Sort, _ language: Language) -> String {
    guard language == .indonesian else { return sort.rawValue }
    switch sort {
    case .age: return "umur"
    case .desa: return "desa"
    case .document: return "dokumen"
    case .state: return "status"
    }
  }

  /// Returns the order a word names, in either language.
  static func sort(named word: String) -> QueueQuery.Sort? {
    QueueQuery.Sort.allCases.first { sort in
      Language.allCases.contains { sortWord(sort, $0) == word }
    }
  }

  static func named(_ word: String) -> PromptCommand? {
    allCases.first { command in
      Language.allCases.contains { command.words($0).contains(word) }
    }
  }
}

extension KeyHandler {
  /// Keys while the `:` prompt is open: typing, Tab completion, Enter runs, Esc closes.
  static func handlePrompt(_ key: Key, state: inout DashboardState) -> [Effect] {
    guard var prompt = state.prompt else { return [] }
    let hadError = prompt.error != nil
    prompt.error = nil
    switch key {
    case .character(":") where hadError, .control("u"):
      // A fresh line: after a mistake, typing : again starts over.
      prompt.text = ""
      prompt.choices = []
    case .escape:
      state.prompt = nil
      return []
    case .backspace, .delete:
      guard !prompt.text.isEmpty else {
        state.prompt = nil
        return []
      }
      prompt.text.removeLast()
      prompt.choices = []
    case .tab:
      complete(&prompt, state: state)
    case .enter:
      state.prompt = nil
      return run(prompt.text, state: &state)
    case .character(let character):
      prompt.text.append(character)
      prompt.choices = []
    default:
      return []
    }
    state.prompt = prompt
    return []
  }

  /// Completes the word at the end: the command, or its argument. A single fit is
  /// filled in with a space after a command; several fill their common prefix and are
  /// listed.
  static func complete(_ prompt: inout CommandPrompt, state: DashboardState) {
    let language = state.catalog.language
    let words = prompt.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let candidates: [String]
    let typed: String
    if words.count <= 1 {
      typed = words.first ?? ""
      // Only Dukcapil's viewer switches kecamatan, so only that session is offered it.
      candidates = PromptCommand.allCases.filter { $0 != .kecamatan || state.switchesKecamatan }
        .map { $0.words(language)[0] }
    } else {
      guard let command = PromptCommand.named(words[0].lowercased()) else { return }
      typed = words.dropFirst().joined(separator: " ")
      candidates = command.arguments(state)
    }
    let fits = candidates.filter { $0.hasPrefix(typed.lowercased()) }
    let head = words.count <= 1 ? "" : words[0] + " "
    if fits.count == 1 {
      prompt.text = head + fits[0] + (words.count <= 1 ? " " : "")
      prompt.choices = []
    } else if !fits.isEmpty {
      prompt.text = head + commonPrefix(fits)
      prompt.choices = fits
    }
  }

  private static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first else { return "" }
    for word in words.dropFirst() {
      while !word.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }

  /// Runs one command line; a mistake reopens the prompt with the reason.
  static func run(_ line: String, state: inout DashboardState) -> [Effect] {
    let catalog = state.catalog
    let words = line.split(separator: " ").map(String.init)
    guard let first = words.first else { return [] }
    let argument = words.dropFirst().joined(separator: " ")
    func fail(_ message: String) -> [Effect] {
      var prompt = CommandPrompt()
      prompt.text = line
      prompt.error = message
      state.prompt = prompt
      return []
    }
    guard let command = PromptCommand.named(first.lowercased()) else {
      return fail(catalog.format(.promptUnknown, first))
    }
    switch command {
    case .open:
      // A serial alone, such as "145", is taken as this year's, in the office's time zone.
      let year = CalendarDay(containing: state.now).year
      let serial =
        (1...6).contains(argument.count) && argument.allSatisfy { $0.isASCII && $0.isNumber }
        ? Int(argument) : nil
      guard
        let number = RequestNumber(argument)
          ?? serial.flatMap({ $0 > 0 ? RequestNumber(year: year, serial: $0) : nil })
      else {
        return fail(catalog.format(.promptBadNumber, argument))
      }
      return [.openRequestNumber(number)]
    case .desa:
      if argument.lowercased() == command.allDesaWord(catalog.language) || argument.isEmpty {
        state.query.desaCode = nil
      } else if let desa = state.kecamatan.desa.first(where: {
        $0.name.lowercased() == argument.lowercased() || $0.code == argument
      }) {
        state.query.desaCode = desa.code
      } else {
        return fail(catalog.format(.promptBadDesa, argument))
      }
      return MapKeys.resetLists(state: &state)
    case .sort:
      guard let sort = PromptCommand.sort(named: argument.lowercased()) else {
        return fail(catalog.format(.promptBadSort, argument))
      }
      state.query.sort = sort
      return MapKeys.resetLists(state: &state)
    case .language:
      guard let language = ["id": Language.indonesian, "en": .english][argument.lowercased()]
      else { return fail(catalog.format(.promptBadLanguage, argument)) }
      state.catalog = Catalog(language)
      return []
    case .summary:
      state.view = .summary
      return [.reload]
    case .help:
      state.overlayScroll = 0
      state.overlays.append(.help(.pane(state.focus)))
      return []
    case .zoom:
      state.isZoomed.toggle()
      return []
    case .reload:
      return [.reload]
    case .kecamatan:
      switch kecamatanCommand(argument, state: &state) {
      case .success(let effects): return effects
      case .failure(let message): return fail(message.text)
      }
    case .quit:
      return [.quit]
    }
  }
}
