import HDSCore
import HDSTerminal

// Dukcapil's switch between the kecamatan of a PostgreSQL database: K or `:kecamatan`
// opens the list of kecamatan stores with their totals, and Enter switches every pane.

extension KeyHandler {
  /// Opens the kecamatan list at the kecamatan on screen, or says why this session has
  /// no switch.
  static func openKecamatanList(state: inout DashboardState) -> [Effect] {
    guard state.switchesKecamatan else {
      state.message = StatusMessage(state.catalog[.kecamatanNotOffered], isError: true)
      return []
    }
    let stores = state.snapshot?.kabupaten?.kecamatan ?? []
    let current = stores.firstIndex { $0.code.description == state.kecamatan.code } ?? 0
    state.overlays.append(.kecamatanList(current))
    return []
  }

  /// Keys of the kecamatan list: ↑ ↓ j k PgUp PgDn g G select, Enter switches to the
  /// selected kecamatan, Esc or q closes the list.
  static func handleKecamatanList(_ key: Key, selected: Int, state: inout DashboardState)
    -> [Effect]
  {
    let stores = state.snapshot?.kabupaten?.kecamatan ?? []
    var index = selected
    switch key {
    case .down, .character("j"): index += 1
    case .up, .character("k"): index -= 1
    case .pageDown, .control("f"): index += 10
    case .pageUp, .control("b"): index -= 10
    case .home, .character("g"): index = 0
    case .end, .character("G"): index = stores.count - 1
    case .escape, .character("q"), .character("K"):
      state.overlays.removeLast()
      return []
    case .enter:
      state.overlays.removeLast()
      guard stores.indices.contains(selected) else { return [] }
      return switchKecamatan(to: stores[selected].code, state: &state)
    default:
      return []
    }
    index = max(0, min(index, stores.count - 1))
    state.overlays[state.overlays.count - 1] = .kecamatanList(index)
    return []
  }

  /// Runs `:kecamatan CODE|NAME`: switches to that kecamatan, or opens the list when no
  /// argument is given. Returns the reason for the prompt when nothing can be done.
  static func kecamatanCommand(_ argument: String, state: inout DashboardState)
    -> Result<[Effect], StatusMessage>
  {
    guard state.switchesKecamatan else {
      return .failure(StatusMessage(state.catalog[.kecamatanNotOffered], isError: true))
    }
    if argument.isEmpty { return .success(openKecamatanList(state: &state)) }
    let code = KabupatenMalang.code(named: argument) ?? (try? KecamatanCode(parsing: argument))
    if let code,
      let conflict = state.snapshot?.kabupaten?.conflicts.first(where: { $0.code == code })
    {
      return .failure(conflictMessage(conflict, state.catalog))
    }
    let known = state.snapshot?.kabupaten?.kecamatan.map(\.code)
    guard let code, known?.contains(code) ?? true else {
      return .failure(
        StatusMessage(state.catalog.format(.kecamatanUnknown, argument), isError: true))
    }
    return .success(switchKecamatan(to: code, state: &state))
  }

  private static func conflictMessage(_ conflict: KecamatanConflict, _ catalog: Catalog)
    -> StatusMessage
  {
    StatusMessage(
      catalog.format(
        .kecamatanConflict, conflict.code.description, conflict.code.name,
        conflict.schemas.joined(separator: ", ")),
      isError: true)
  }

  /// The names and codes `:kecamatan` completes: the stores of the database.
  static func kecamatanArguments(_ state: DashboardState) -> [String] {
    let codes = state.snapshot?.kabupaten?.kecamatan.map(\.code) ?? []
    return codes.map { $0.name.lowercased() } + codes.map(\.description)
  }

  private static func switchKecamatan(to code: KecamatanCode, state: inout DashboardState)
    -> [Effect]
  {
    guard code.description != state.kecamatan.code else { return [] }
    let store = state.snapshot?.kabupaten?.figures(of: code)
    if let version = store?.otherVersion {
      state.message = StatusMessage(
        state.catalog.format(.kecamatanOtherVersion, code.name, version), isError: true)
      return []
    }
    return [.switchKecamatan(code)]
  }

  /// Forgets what belongs to the kecamatan on screen, before another one's snapshot is
  /// shown: desa filters, selections, marks, the search and open views.
  static func leaveKecamatan(state: inout DashboardState) {
    state.query.desaCode = nil
    state.complaintFilter.desaCode = nil
    state.selection = [:]
    state.scroll = [:]
    state.marked = [:]
    state.search = nil
    state.lastAction = nil
    state.overlays.removeAll {
      if case .kecamatanList = $0 { return false }
      return true
    }
    state.overlayScroll = 0
  }

  /// Returns whether the kecamatan on screen has its desa in the program, which address
  /// fields, courier home desa and route plans need; otherwise says so in the bottom bar.
  static func requireGeography(state: inout DashboardState) -> Bool {
    guard !state.kecamatan.hasGeography else { return true }
    state.message = StatusMessage(
      state.catalog.format(.formNoGeography, state.kecamatan.name), isError: true)
    return false
  }
}
