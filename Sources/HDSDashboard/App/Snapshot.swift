import HDSCore

/// Everything the panes draw, read from the store in one go off the main thread.
public struct Snapshot: Sendable {
  public var day: CalendarDay
  public var totals: Totals
  public var queue: Page<QueueRow>
  public var courierBoard: [CourierDayRow]
  /// Every courier by id, active or not, for the courier view.
  public var couriers: [Int64: Courier]
  public var desaLoads: [String: DesaLoad]
  public var complaints: Page<ComplaintRow>
  public var maxAttempts: Int
  /// Figures per desa code with this month's deliveries, for the village map and table.
  public var desaFigures: [String: DesaFigures]
  /// Couriers with a stop today per desa code, for the courier pane's desa filter.
  public var couriersByDesa: [String: Set<Int64>]
  /// The live summary's figures, loaded only while the summary is on screen.
  public var summary: SummaryFigures?
  /// The office's service-time targets, for ages past target.
  public var targets = ServiceTargets()
  /// The complaint resolution rate of the snapshot day's month.
  public var resolutionRate: ResolutionRate?
  /// The kecamatan whose store the snapshot was read from.
  public var kecamatanCode = KecamatanCode.kromengan
  /// That kecamatan with the store's geography: its imported region, the built-in
  /// Kromengan, or no desa.
  public var kecamatan = Kromengan.kecamatan
  /// Every kecamatan store of the database with its totals, and the kabupaten's; nil
  /// unless the session switches between kecamatan.
  public var kabupaten: KabupatenFigures?
  /// When this snapshot's load began, on `FrameTrace.now()`'s clock.
  public var loadStartedAt: UInt64 = 0

  public init(
    day: CalendarDay, totals: Totals, queue: Page<QueueRow>, courierBoard: [CourierDayRow],
    couriers: [Int64: Courier], desaLoads: [String: DesaLoad], complaints: Page<ComplaintRow>,
    maxAttempts: Int, desaFigures: [String: DesaFigures] = [:],
    couriersByDesa: [String: Set<Int64>] = [:]
  ) {
    self.day = day
    self.totals = totals
    self.queue = queue
    self.courierBoard = courierBoard
    self.couriers = couriers
    self.desaLoads = desaLoads
    self.complaints = complaints
    self.maxAttempts = maxAttempts
    self.desaFigures = desaFigures
    self.couriersByDesa = couriersByDesa
  }

  /// Reads a snapshot: a handful of indexed queries, one page per list. `calendar` gives
  /// the working days that decide which pending requests are overdue.
  public static func load(
    from store: Store, window: ViewWindow, day: CalendarDay,
    calendar: WorkingCalendar = WorkingCalendar()
  ) throws(StoreError) -> Snapshot {
    let couriers = try store.couriers(includeInactive: true)
    var loads: [String: DesaLoad] = [:]
    for load in try store.desaLoads(on: day) { loads[load.desaCode] = load }
    let targets = try store.serviceTargets()
    let figures = try store.desaFigures(
      in: .month(day.month, of: day.year),
      earliestOnTimeReadyDays: targets.earliestOnTimeReadyDays(on: day, in: calendar))
    var snapshot = Snapshot(
      day: day,
      totals: try store.totals(on: day),
      queue: try store.queue(window.query, offset: window.queueOffset, limit: window.queueLimit),
      courierBoard: try store.courierBoard(on: day),
      couriers: Dictionary(uniqueKeysWithValues: couriers.map { ($0.id, $0) }),
      desaLoads: loads,
      complaints: try store.complaints(
        window.complaintFilter, offset: window.complaintOffset, limit: window.complaintLimit),
      maxAttempts: try store.maxAttempts(),
      desaFigures: Dictionary(uniqueKeysWithValues: figures.map { ($0.desaCode, $0) }),
      couriersByDesa: try store.couriersByDesa(on: day))
    snapshot.targets = targets
    snapshot.kecamatan = try store.kecamatan()
    // The store read the code to find the geography, and checked it then.
    snapshot.kecamatanCode = (try? KecamatanCode(parsing: snapshot.kecamatan.code)) ?? .kromengan
    snapshot.resolutionRate = try store.resolutionRate(for: .month(day.month, of: day.year))
    return snapshot
  }

  /// Reads again only the lists whose part `window` changed from `loaded`, the window
  /// `previous` was read with, and keeps the rest of `previous`. Only for a store that has
  /// not changed since `previous` was read, so the parts stay one version.
  ///
  /// Complexity: one page query per list that moved, instead of every pane's queries.
  public static func reloadLists(
    of previous: Snapshot, loadedWith loaded: ViewWindow, from store: Store, window: ViewWindow
  ) throws(StoreError) -> Snapshot {
    var snapshot = previous
    if window.query != loaded.query || window.queueOffset != loaded.queueOffset
      || window.queueLimit != loaded.queueLimit
    {
      snapshot.queue = try store.queue(
        window.query, offset: window.queueOffset, limit: window.queueLimit)
    }
    if window.complaintFilter != loaded.complaintFilter
      || window.complaintOffset != loaded.complaintOffset
      || window.complaintLimit != loaded.complaintLimit
    {
      snapshot.complaints = try store.complaints(
        window.complaintFilter, offset: window.complaintOffset, limit: window.complaintLimit)
    }
    return snapshot
  }

  /// Returns the queue row at an absolute position, or nil when it is outside the page.
  public func queueRow(at index: Int) -> QueueRow? {
    let local = index - queue.offset
    return queue.rows.indices.contains(local) ? queue.rows[local] : nil
  }

  /// Returns the complaint row at an absolute position, or nil when outside the page.
  public func complaintRow(at index: Int) -> ComplaintRow? {
    let local = index - complaints.offset
    return complaints.rows.indices.contains(local) ? complaints.rows[local] : nil
  }
}

/// Which part of each long list the dashboard needs: the visible rows and a margin, so
/// that moving the selection rarely waits for the store.
public struct ViewWindow: Sendable, Equatable {
  /// Which requests the queue pane lists, and in what order.
  public var query: QueueQuery
  public var queueOffset: Int
  public var queueLimit: Int
  public var complaintOffset: Int
  public var complaintLimit: Int
  /// Whether to load the live summary's figures too.
  public var includesSummary = false
  /// Which complaints the complaint pane lists.
  public var complaintFilter: ComplaintFilter

  public init(
    query: QueueQuery = .pending, queueOffset: Int = 0, queueLimit: Int = 120,
    complaintOffset: Int = 0, complaintLimit: Int = 60, complaintFilter: ComplaintFilter = .all
  ) {
    self.complaintFilter = complaintFilter
    self.query = query
    self.queueOffset = queueOffset
    self.queueLimit = queueLimit
    self.complaintOffset = complaintOffset
    self.complaintLimit = complaintLimit
  }

  /// Returns the window that keeps `index` of a list well inside its page, or nil when
  /// the current window already does.
  static func recentred(offset: Int, limit: Int, around index: Int, visible: Int) -> Int? {
    let margin = max(visible, 1)
    if index >= offset + margin || offset == 0, index < offset + limit - margin {
      return nil
    }
    let wanted = max(0, index - limit / 3)
    return wanted == offset ? nil : wanted
  }
}
