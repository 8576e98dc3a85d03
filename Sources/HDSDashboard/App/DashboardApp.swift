import Dispatch
import Foundation
import HDSCore
import HDSTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// Reason a file the dashboard requested could not be written, in words for the bottom
/// bar.
public struct WriteFailure: Error, Sendable, Equatable {
  public let reason: String

  public init(_ reason: String) {
    self.reason = reason
  }
}

/// The dashboard's run loop: keys, the refresh timer and signals, all delivered on the
/// main queue under `dispatchMain()`.
///
/// The store is only touched on `storeQueue`, so a slow disk never freezes the keys:
/// the main queue draws the last snapshot while the next one loads.
@MainActor
public final class DashboardApp {
  public struct Options: Sendable {
    public var language: Language
    /// Seconds between checks of the store for changes by any process.
    public var refreshInterval: Double
    /// The OS user recorded on every event.
    public var user: String
    public var readOnly: Bool
    /// Working days with the office's holidays, for ages and deadlines.
    public var calendar: WorkingCalendar
    /// Writes a courier's run sheet for a day and returns the file's path, or the reason it
    /// failed. When nil, the route view's w key does nothing.
    public var writeRunSheet: (@Sendable (Int64, CalendarDay) -> Result<String, WriteFailure>)?
    /// Shows only the live summary, for a wall screen; q quits.
    public var summaryOnly = false
    /// The user's role, which masks personal numbers for viewers and couriers.
    public var role = Role.operator
    /// For the courier role: the courier linked to the user's login (`hds courier edit
    /// --login`), whose requests alone the dashboard shows.
    public var ownCourierID: Int64?
    /// The theme file's lines that could not be used, named in the bottom bar at start.
    public var themeProblems: [ThemeProblem] = []
    /// The trace that receives each frame for the benchmark, or nil in normal use.
    public var frameTrace: FrameTrace?
    /// The database's kecamatan stores, for Dukcapil's read-only viewer, which switches
    /// between them (K, `:kecamatan`); nil for an office's session and on SQLite.
    public var kabupaten: (any KabupatenStore)?
    /// The kecamatan to show first, with `kabupaten`; nil keeps the URL's schema.
    public var firstKecamatan: KecamatanCode?

    public init(
      language: Language, refreshInterval: Double, user: String, readOnly: Bool,
      calendar: WorkingCalendar = WorkingCalendar(),
      writeRunSheet: (@Sendable (Int64, CalendarDay) -> Result<String, WriteFailure>)? = nil
    ) {
      self.writeRunSheet = writeRunSheet
      self.language = language
      self.refreshInterval = refreshInterval
      self.user = user
      self.readOnly = readOnly
      self.calendar = calendar
    }
  }

  private let store: Store
  private let terminal: Terminal
  private let options: Options
  private let log: ActivityLog
  private let loader: SnapshotLoader
  private let storeQueue = DispatchQueue(label: "hds.store")
  private var state: DashboardState
  private var sources: [DispatchSourceProtocol] = []
  /// This session's writes that have not reported back yet.
  private var writesInFlight = 0
  /// Keys typed while a write was in flight, handled once it reports back.
  private var heldKeys: [Key] = []
  /// Counts `/` searches, so that only the result of the latest one moves the selection.
  private var searchSerial = 0
  /// For the frame trace: keys handled, store requests not yet reported back, snapshots
  /// received, and when the last frame was drawn.
  private var keysHandled = 0
  private var pendingWork = 0
  private var snapshotsReceived = 0
  private var lastDrawnAt: UInt64 = 0

  public init(store: Store, terminal: Terminal, options: Options, log: ActivityLog) {
    self.store = store
    self.terminal = terminal
    self.options = options
    self.log = log
    loader = SnapshotLoader(store: store, kabupaten: options.kabupaten, calendar: options.calendar)
    state = DashboardState(
      catalog: Catalog(options.language), kecamatan: Kromengan.kecamatan, now: Date(),
      readOnly: options.readOnly, calendar: options.calendar)
    state.unicode = terminal.isUTF8
    state.switchesKecamatan = options.kabupaten != nil
    state.role = options.role
    state.user = options.user
    state.ownCourierID = options.ownCourierID
    state.query.courierID = state.courierScope
    if let first = options.themeProblems.first {
      let file = (first.file as NSString).lastPathComponent
      let lines = options.themeProblems.map { String($0.line) }.joined(separator: ", ")
      state.message = StatusMessage(
        state.catalog.format(.themeProblems, file, lines), isError: true)
    }
    if options.role == .courier && options.ownCourierID == nil {
      state.message = StatusMessage(
        state.catalog.format(.courierNotLinked, options.user), isError: true)
    }
    if options.summaryOnly {
      state.view = .summary
      state.summaryOnly = true
    }
  }

  /// Draws the first frame, starts the sources and never returns; quitting exits.
  public func run() -> Never {
    log.record(
      "dashboard start user=\(options.user) role=\(options.role.rawValue)"
        + " refresh=\(options.refreshInterval)s")
    render()
    watchInput()
    watchSignals()
    startTimer()
    if let first = options.firstKecamatan, options.kabupaten != nil {
      switchKecamatan(to: first)
    } else {
      reload()
    }
    dispatchMain()
  }

  // MARK: Sources

  private func watchInput() {
    let input = DispatchSource.makeReadSource(fileDescriptor: STDIN_FILENO, queue: .main)
    input.setEventHandler { [unowned self] in
      MainActor.assumeIsolated { self.handleInput() }
    }
    input.resume()
    sources.append(input)
  }

  private func watchSignals() {
    for number in [SIGINT, SIGTERM, SIGHUP] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
      source.setEventHandler { [unowned self] in
        MainActor.assumeIsolated {
          self.quit(reason: "signal \(number)", status: 128 + number)
        }
      }
      source.resume()
      sources.append(source)
    }
    // The terminal layer ignores SIGWINCH before ncurses starts, so only this source
    // receives resizes.
    let resize = DispatchSource.makeSignalSource(signal: SIGWINCH, queue: .main)
    resize.setEventHandler { [unowned self] in
      MainActor.assumeIsolated {
        self.terminal.updateSize()
        self.requestWindowIfNeeded()
        self.render()
      }
    }
    resize.resume()
    sources.append(resize)
  }

  /// Checks the store on each tick. Nothing changed means no query beyond the change
  /// token and nothing drawn, except the header clock once a minute.
  private func startTimer() {
    let timer = Self.makeRefreshTimer(
      queue: storeQueue, interval: max(0.1, options.refreshInterval), loader: loader, log: log
    ) { outcome in
      DispatchQueue.main.async {
        MainActor.assumeIsolated { self.receive(outcome) }
      }
    }
    timer.resume()
    sources.append(timer)
  }

  /// Builds the timer outside the main actor: its handler runs on the store queue, and a
  /// closure formed in a main-actor method would be isolated to the main actor and trap.
  private nonisolated static func makeRefreshTimer(
    queue: DispatchQueue, interval: Double, loader: SnapshotLoader, log: ActivityLog,
    deliver: @escaping @Sendable (SnapshotLoader.Outcome) -> Void
  ) -> DispatchSourceTimer {
    let timer = DispatchSource.makeTimerSource(queue: queue)
    timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(100))
    timer.setEventHandler {
      let outcome = loader.tick(force: false)
      if case .failed(let error) = outcome { log.record("refresh failed: \(error)") }
      if outcome.needsMainQueue { deliver(outcome) }
    }
    return timer
  }

  // MARK: Keys and effects

  private func handleInput() {
    let keys = terminal.readKeys()
    guard !keys.isEmpty else { return }
    handle(keys)
  }

  /// Handles keys in order. While this session's write is running, later keys wait for
  /// its result and the new data, so that a key typed fast after "a Enter" acts on the
  /// request as the write left it, not on the copy from before it.
  private func handle(_ keys: [Key]) {
    for key in keys {
      if key == .resize { continue }
      if writesInFlight > 0 {
        heldKeys.append(key)
        continue
      }
      keysHandled += 1
      let layout = Layout(rows: terminal.rows, cols: terminal.cols)?.zoomed(state.zoomedPane)
      for effect in KeyHandler.handle(key, state: &state, layout: layout) { run(effect) }
    }
    render()
  }

  private func run(_ effect: Effect) {
    switch effect {
    case .quit:
      quit(reason: "q", status: 0)
    case .reload, .setQuery, .setComplaintFilter:
      requestWindowIfNeeded(force: true)
    case .prefetch:
      requestWindowIfNeeded(force: false, ahead: true)
    case .openRequest(let id):
      openRequest(id)
    case .openRequestNumber(let number):
      openRequest(number: number)
    case .apply(let action, let target):
      perform { $0.apply(action, to: target) }
    case .applyMany(let action, let targets):
      state.marked = [:]
      perform { $0.applyMany(action, to: targets) }
    case .logComplaint(let complaint):
      perform { $0.logComplaint(complaint) }
    case .openComplaint(let id):
      openComplaint(id)
    case .applyComplaint(let action, let complaint):
      perform { $0.applyComplaint(action, to: complaint) }
    case .createRequest(let request):
      perform { $0.create(request) }
    case .lookupResident(let nik):
      lookUpResident(nik)
    case .lookupRequest(let number):
      lookUpRequest(number)
    case .correct(let correction, let target):
      perform { $0.correct(correction, of: target) }
    case .undo(let action):
      perform { $0.undo(action) }
    case .addCourier(let courier):
      perform { $0.addCourier(courier) }
    case .updateCourier(let id, let update):
      perform { $0.updateCourier(id, update) }
    case .openRoute(let id):
      openRoute(id)
    case .showRouteDay(let id, let day):
      openRoute(id, on: day)
    case .writeRunSheet(let courierID, let day):
      writeRunSheet(courierID, day)
    case .proposePlan:
      proposePlan()
    case .acceptPlan(let plan):
      perform { $0.acceptPlan(plan) }
    case .saveRoute(let plan, let name):
      perform { $0.acceptPlan(plan, savedRouteOf: name) }
    case .find(let term, let from, let forward):
      find(term, from: from, forward: forward)
    case .switchKecamatan(let code):
      switchKecamatan(to: code)
    case .recordSurvey(let response, let target, let replacing):
      perform { $0.recordSurvey(response, of: target, replacing: replacing) }
    }
  }

  private func openRequest(_ id: Int64) {
    let store = self.store
    storeQueue.async {
      let result = Result { () throws(StoreError) in try store.requestDetail(id: id) }
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          switch result {
          case .success(let detail): self.state.overlays.append(.request(detail))
          case .failure(let error): self.show(error)
          }
          self.render()
        }
      }
    }
  }

  /// Opens a request by number; a courier only a request on their own route.
  private func openRequest(number: RequestNumber) {
    let store = self.store
    let scope = state.courierScope
    storeQueue.async {
      let result = Result { () throws(StoreError) -> RequestDetail? in
        guard let id = try store.requestID(number: number) else { return nil }
        let detail = try store.requestDetail(id: id)
        if let scope, detail.request.courierID != scope { return nil }
        return detail
      }
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          switch result {
          case .success(let detail?): self.state.overlays.append(.request(detail))
          case .success(nil):
            self.state.message = StatusMessage(
              self.state.catalog.format(.promptNoRequest, number.description), isError: true)
          case .failure(let error): self.show(error)
          }
          self.render()
        }
      }
    }
  }

  /// Reads the resident of `nik` off the main thread and fills the intake form with it,
  /// if that form is still open on the same NIK. A failed read is logged and leaves the
  /// form as typed, because the store checks the resident again when the request is saved.
  private func lookUpResident(_ nik: NIK) {
    let store = self.store
    let log = self.log
    storeQueue.async {
      let found: Resident?
      do {
        found = try store.resident(nik: nik)
      } catch {
        log.record("resident lookup failed for NIK \(nik.logForm): \(error)")
        return
      }
      guard let resident = found else { return }
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          guard case .form(var form) = self.state.overlays.last else { return }
          form.prefill(with: resident, kecamatan: self.state.kecamatan, catalog: self.state.catalog)
          self.state.overlays[self.state.overlays.count - 1] = .form(form)
          self.render()
        }
      }
    }
  }

  /// Reads the request with `number` off the main queue and shows its resident and state,
  /// or that no request has it, beside the number in the form that asked.
  private func lookUpRequest(_ number: RequestNumber) {
    let store = self.store
    let log = self.log
    storeQueue.async {
      let found: (resident: String, state: RequestState)?
      do {
        found = try store.requestID(number: number).map { id throws(StoreError) in
          let request = try store.requestDetail(id: id).request
          return (request.resident.name, request.state)
        }
      } catch {
        log.record("request lookup failed for \(number): \(error)")
        return
      }
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          guard case .form(var form) = self.state.overlays.last else { return }
          form.requestLookup = (number, found)
          self.state.overlays[self.state.overlays.count - 1] = .form(form)
          self.render()
        }
      }
    }
  }

  private func openComplaint(_ id: Int64) {
    let store = self.store
    storeQueue.async {
      let result = Result { () throws(StoreError) in try store.complaintDetail(id: id) }
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          switch result {
          case .success(let detail): self.state.overlays.append(.complaint(detail))
          case .failure(let error): self.show(error)
          }
          self.render()
        }
      }
    }
  }

  /// Writes a run sheet off the main queue and names the file in the bottom bar.
  private func writeRunSheet(_ courierID: Int64, _ day: CalendarDay) {
    guard let writer = options.writeRunSheet else { return }
    let catalog = state.catalog
    let log = self.log
    storeQueue.async {
      let message: StatusMessage
      switch writer(courierID, day) {
      case .success(let path):
        log.record("runsheet courier=\(courierID) day=\(day) file=\(path)")
        message = StatusMessage(catalog.format(.routeWritten, path), isError: false)
      case .failure(let failure):
        log.record("runsheet courier=\(courierID) day=\(day) failed: \(failure.reason)")
        message = StatusMessage(catalog.format(.errorStore, failure.reason), isError: true)
      }
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          self.state.message = message
          self.render()
        }
      }
    }
  }

  /// Loads a courier's route off the main queue and opens the route view: today's, or
  /// `another` day's in place of the route view on top.
  private func openRoute(_ courierID: Int64, on another: CalendarDay? = nil) {
    let store = self.store
    let day = another ?? state.snapshot?.day ?? CalendarDay(containing: Date())
    guard let courier = state.snapshot?.couriers[courierID] else { return }
    let kecamatan = state.kecamatan
    storeQueue.async {
      let result = Result { () throws(StoreError) in try store.route(of: courierID, on: day) }
      // An invalid road-distances.csv leaves the estimate; the plan view names the problem.
      let roads = try? DispatchDay.roadDistances(store: store, kecamatan: kecamatan).get()
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          switch result {
          case .success(let stops):
            var view = RouteView(courier: courier, day: day, stops: stops)
            view.roads = roads
            if another == nil {
              self.state.overlays.append(.route(view))
            } else if case .route? = self.state.overlays.last {
              // Another day's route replaces the one on screen, unless it was closed meanwhile.
              self.state.overlays[self.state.overlays.count - 1] = .route(view)
            }
          case .failure(let error):
            self.show(error)
          }
          self.render()
        }
      }
    }
  }

  /// Proposes routes for the day off the main queue and opens the plan view.
  private func proposePlan() {
    let store = self.store
    let calendar = state.calendar
    // The office does not plan on its days off, so a plan made then is for the next working day.
    let today = state.snapshot?.day ?? CalendarDay(containing: Date())
    let day = calendar.isWorkingDay(today) ? today : calendar.adding(workingDays: 1, to: today)
    let kecamatan = state.kecamatan
    let catalog = state.catalog
    let log = self.log
    storeQueue.async {
      let outcome: Result<PlanView, StatusMessage>
      do {
        outcome = try DispatchDay.propose(
          store: store, day: day, calendar: calendar, kecamatan: kecamatan, catalog: catalog)
      } catch {
        log.record("planning \(day) failed: \(error)")
        outcome = .failure(StatusMessage(catalog.format(.errorStore, "\(error)"), isError: true))
      }
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          switch outcome {
          case .success(let view):
            self.state.message = nil
            self.state.overlays.append(.plan(view))
          case .failure(let message):
            self.state.message = message
          }
          self.render()
        }
      }
    }
  }

  /// Runs a write on the store queue, then shows its message and the new data.
  private func perform(_ work: @escaping @Sendable (WriteRunner) -> WriteOutcome) {
    writesInFlight += 1
    pendingWork += 1
    let runner = WriteRunner(
      store: store, actor: Actor(user: options.user, role: options.role), catalog: state.catalog,
      log: log,
      calendar: state.calendar)
    let loader = self.loader
    storeQueue.async {
      let outcome = work(runner)
      let snapshot = loader.tick(force: true)
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          self.state.message = outcome.message
          if outcome.forgetsLastAction { self.state.lastAction = nil }
          if let last = outcome.lastAction { self.state.lastAction = last }
          self.state.lastUndoRejection = outcome.undoRejection
          self.state.lastWasBulk = outcome.isBulk
          // A form whose write failed opens again with the error, unless another user
          // changed the record first: the status line then shows it over the new data.
          if outcome.message.isError, !outcome.isConflict, var form = self.state.submittedForm {
            form.error = outcome.message.text
            self.state.overlays.append(.form(form))
            self.state.message = nil
          }
          self.state.submittedForm = nil
          if let detail = outcome.detail { self.replaceDetail(detail) }
          if let detail = outcome.complaintDetail { self.replaceComplaintDetail(detail) }
          self.pendingWork -= 1
          self.receive(snapshot)
          self.writesInFlight -= 1
          if self.writesInFlight == 0, !self.heldKeys.isEmpty {
            let held = self.heldKeys
            self.heldKeys = []
            self.handle(held)
          }
        }
      }
    }
  }

  /// Switches every pane to the store of `code` on the store queue, so that the keys and
  /// the screen go on while the new kecamatan loads; the snapshot it reads names the new
  /// kecamatan, which `receive` puts in the header.
  private func switchKecamatan(to code: KecamatanCode) {
    state.message = StatusMessage(
      state.catalog.format(.kecamatanSwitching, code.name, code.description), isError: false)
    let window = currentWindow()
    let loader = self.loader
    let log = self.log
    pendingWork += 1
    storeQueue.async {
      let outcome = loader.switchKecamatan(to: code, window: window)
      switch outcome {
      case .failed(let error): log.record("switching to kecamatan \(code) failed: \(error)")
      default: log.record("switched to kecamatan \(code)")
      }
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          self.pendingWork -= 1
          switch outcome {
          case .loaded(let snapshot):
            let name = snapshot.kecamatan.name
            self.state.message = StatusMessage(
              self.state.catalog.format(
                .kecamatanSwitched, name, snapshot.kecamatanCode.description), isError: false)
            self.receive(outcome)
          case .failed(let error):
            // The panes stay on the kecamatan they show; a lost server also gets its banner.
            if ServerOutage.isLoss(error) { self.receive(outcome) }
            self.state.message = StatusMessage(
              self.state.catalog.format(
                .kecamatanSwitchFailed, code.name, self.switchFailure(error)),
              isError: true)
          default:
            self.receive(outcome)
          }
        }
      }
    }
  }

  /// Returns the reason a switch of kecamatan failed, in the interface's language where
  /// the catalog has a text for it.
  private func switchFailure(_ error: StoreError) -> String {
    if ServerOutage.isLoss(error) { return state.catalog[.kecamatanSwitchOffline] }
    if case .invalid = error { return state.catalog[.kecamatanSwitchUnreadable] }
    return error.description
  }

  /// Looks for the next search match off the main queue and moves the selection to it.
  /// A slower result of an earlier keystroke is dropped.
  private func find(_ term: SearchTerm, from position: Int, forward: Bool) {
    searchSerial += 1
    let serial = searchSerial
    let store = self.store
    let query = state.query
    pendingWork += 1
    storeQueue.async {
      let found = Result { () throws(StoreError) in
        try store.find(term, in: query, from: position, forward: forward)
      }
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          self.pendingWork -= 1
          guard serial == self.searchSerial, self.state.search?.text == term.text else {
            self.traceSettled()
            return
          }
          switch found {
          case .success(let position?):
            self.state.search?.notFound = false
            let visible =
              Layout(rows: self.terminal.rows, cols: self.terminal.cols)?.zoomed(
                self.state.zoomedPane
              )
              .visibleRows(.queue) ?? 1
            self.state.focus = .queue
            if !KeyHandler.move(to: position, state: &self.state, visible: visible).isEmpty {
              self.requestWindowIfNeeded(force: true)
            }
          case .success(nil):
            self.state.search?.notFound = true
          case .failure(let error):
            self.show(error)
          }
          self.render()
        }
      }
    }
  }

  /// Refreshes an open detail view of the same request after a change.
  private func replaceDetail(_ detail: RequestDetail) {
    for index in state.overlays.indices {
      if case .request(let shown) = state.overlays[index], shown.request.id == detail.request.id {
        state.overlays[index] = .request(detail)
      }
    }
  }

  /// Refreshes an open detail view of the same complaint after a change.
  private func replaceComplaintDetail(_ detail: ComplaintDetail) {
    for index in state.overlays.indices {
      if case .complaint(let shown) = state.overlays[index],
        shown.complaint.id == detail.complaint.id
      {
        state.overlays[index] = .complaint(detail)
      }
    }
  }

  // MARK: Loading

  private func reload() {
    requestWindowIfNeeded(force: true)
  }

  /// Asks the loader for the rows around the selections, and a snapshot when `force`.
  /// A load `ahead` of need is not counted as awaited work, because the frame on screen
  /// is already whole.
  private func requestWindowIfNeeded(force: Bool = false, ahead: Bool = false) {
    let requested = currentWindow()
    let loader = self.loader
    let awaited = ahead ? 0 : 1
    pendingWork += awaited
    storeQueue.async {
      let changed = loader.setWindow(requested)
      let outcome = force || changed ? loader.tick(force: true) : nil
      DispatchQueue.main.async {
        MainActor.assumeIsolated {
          self.pendingWork -= awaited
          if let outcome { self.receive(outcome) } else { self.traceSettled() }
        }
      }
    }
  }

  /// The rows around the selections that the panes need at this terminal size.
  private func currentWindow() -> ViewWindow {
    let layout = Layout(rows: terminal.rows, cols: terminal.cols)?.zoomed(state.zoomedPane)
    let visible = max(layout?.visibleRows(.queue) ?? 20, 10)
    let queueLimit = max(60, visible * 4)
    let complaintLimit =
      state.seesComplaints ? max(60, (layout?.visibleRows(.complaints) ?? 10) * 4) : 0
    var window = ViewWindow(
      query: state.query, queueOffset: max(0, state.selected(.queue) - queueLimit / 3),
      queueLimit: queueLimit,
      complaintOffset: max(0, state.selected(.complaints) - complaintLimit / 3),
      complaintLimit: complaintLimit, complaintFilter: state.complaintFilter)
    window.includesSummary = state.view == .summary
    return window
  }

  private func receive(_ outcome: SnapshotLoader.Outcome) {
    switch outcome {
    case .loaded(let snapshot):
      snapshotsReceived += 1
      if snapshot.kecamatanCode.description != state.kecamatan.code {
        KeyHandler.leaveKecamatan(state: &state)
        state.kecamatan = snapshot.kecamatan
      } else if snapshot.kecamatan != state.kecamatan {
        // `hds region import` or `hds settings --office` changed the geography, which the
        // next form and the map use.
        state.kecamatan = snapshot.kecamatan
      }
      state.snapshot = snapshot
      state.dataLoadedAt = Date()
      if state.serverOutage != nil {
        state.serverOutage = nil
        state.message = StatusMessage(state.catalog[.serverBack], isError: false)
      }
      clampSelections()
    case .failed(let error) where ServerOutage.isLoss(error):
      if state.serverOutage == nil {
        state.serverOutage = ServerOutage(since: Date(), dataAsOf: state.dataLoadedAt)
      }
    case .failed(let error):
      var text = state.catalog.format(.errorLoad, error.description)
      if case .storage(let path, let failure, _) = error {
        text = state.catalog.describe(failure, path: path)
      }
      state.message = StatusMessage(text, isError: true)
    case .clockTick, .unchanged:
      break
    }
    render()
  }

  private func clampSelections() {
    for pane in PaneID.allCases {
      let count = state.count(of: pane)
      state.selection[pane] = max(0, min(state.selected(pane), count - 1))
    }
  }

  private func show(_ error: StoreError) {
    state.message = StatusMessage(state.catalog.describe(error), isError: true)
  }

  // MARK: Drawing and exit

  private func render() {
    state.now = Date()
    terminal.draw(Renderer.render(state, rows: terminal.rows, cols: terminal.cols))
    guard options.frameTrace != nil else { return }
    lastDrawnAt = FrameTrace.now()
    traceSettled()
  }

  /// Reports the last frame to the frame trace, also when a store request ended without
  /// anything new to draw, so that the benchmark can tell the frame is final.
  private func traceSettled() {
    options.frameTrace?.record(
      drawnAt: lastDrawnAt, keys: keysHandled, pending: pendingWork,
      snapshots: snapshotsReceived, loadStartedAt: state.snapshot?.loadStartedAt ?? 0,
      complete: state.snapshot != nil)
  }

  /// Restores the terminal and exits; a signal exits with 128 + its number, as shells
  /// report a program that a signal ended.
  private func quit(reason: String, status: Int32) {
    terminal.restore()
    log.record("dashboard stop (\(reason))")
    exit(status)
  }

}
