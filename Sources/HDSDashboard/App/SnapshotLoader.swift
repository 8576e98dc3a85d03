import Foundation
import HDSCore

/// Reads snapshots for the dashboard. Used only on the app's store queue, which is why
/// its mutable state needs no lock.
final class SnapshotLoader: @unchecked Sendable {
  enum Outcome: Sendable {
    case loaded(Snapshot)
    case failed(StoreError)
    /// Nothing changed in the store, but the minute on the header clock did.
    case clockTick
    case unchanged

    var needsMainQueue: Bool {
      if case .unchanged = self { return false }
      return true
    }
  }

  private let store: Store
  /// The kabupaten's stores, for Dukcapil's viewer; nil for an office's session.
  private let kabupaten: (any KabupatenStore)?
  /// The kabupaten's change token when its figures were last read.
  private var lastKabupatenToken: Int64?
  private let calendar: WorkingCalendar
  private var window = ViewWindow()
  private var lastToken: Int64?
  private var lastDay: CalendarDay?
  private var lastMinute: Int?
  private var lastError: StoreError?
  /// The last snapshot and the window it was read with, for reading only the lists that
  /// moved while the store stays unchanged.
  private var last: (snapshot: Snapshot, window: ViewWindow)?
  /// When the live summary's figures were last read, for which store version and day, and
  /// how long the read took, in `FrameTrace.now()` nanoseconds.
  private var summaryRead: (token: Int64, day: CalendarDay, at: UInt64, took: UInt64)?
  /// Intervals between summary reads, as a multiple of the last read's duration.
  private let summaryPacing: UInt64

  /// `summaryPacing` spaces the summary's reads after changes to that many times the time
  /// one read takes, so that they take at most 1/`summaryPacing` of a core. A kecamatan's
  /// store reads its summary in milliseconds, so it follows every change. A kabupaten's
  /// million requests take about half a second, so there it lags a few seconds.
  ///
  /// With `kabupaten`, every snapshot carries the figures of every kecamatan store, read
  /// again when a change to any of them is notified; the panes read again only for a
  /// change to their own store.
  init(
    store: Store, kabupaten: (any KabupatenStore)? = nil,
    calendar: WorkingCalendar = WorkingCalendar(), summaryPacing: UInt64 = 20
  ) {
    self.store = store
    self.kabupaten = kabupaten
    self.calendar = calendar
    self.summaryPacing = summaryPacing
  }

  /// Returns whether the summary on screen is older than the store or the day, and the
  /// pacing allows reading it again at `now`.
  private func summaryIsDue(token: Int64, day: CalendarDay, now: UInt64) -> Bool {
    guard window.includesSummary else { return false }
    guard let read = summaryRead, read.day == day else { return true }
    guard read.token != token else { return false }
    return now &- read.at >= read.took &* summaryPacing
  }

  /// Switches to the store of `code` and reads a whole snapshot of it, with the
  /// kabupaten's figures. Nothing of the previous kecamatan's snapshot is kept.
  func switchKecamatan(to code: KecamatanCode, window new: ViewWindow) -> Outcome {
    guard let kabupaten else { return .failed(.invalid("this session has one kecamatan")) }
    do {
      try kabupaten.switchKecamatan(to: code)
    } catch {
      return .failed(error)
    }
    window = new
    last = nil
    lastToken = nil
    lastKabupatenToken = nil
    summaryRead = nil
    return tick(force: true)
  }

  /// Sets the rows to load; returns whether they differ from before.
  func setWindow(_ new: ViewWindow) -> Bool {
    defer { window = new }
    return new != window
  }

  /// Loads a snapshot when `force`, when the store changed since the last load, or when
  /// the day changed; otherwise reports whether the clock's minute moved. While the store
  /// and the day stay the same, a forced load reads only the lists whose window moved.
  func tick(force: Bool) -> Outcome {
    let started = FrameTrace.now()
    let now = Date()
    let minute = Int(now.timeIntervalSince1970 / 60)
    let day = CalendarDay(containing: now)
    do {
      let token = try store.changeToken()
      let kabupatenToken = try kabupaten?.kabupatenChangeToken()
      let kabupatenDue =
        kabupaten != nil && (kabupatenToken != lastKabupatenToken || day != lastDay)
      let summaryDue = summaryIsDue(token: token, day: day, now: started)
      if !force, token == lastToken, day == lastDay, lastError == nil, !summaryDue, !kabupatenDue {
        defer { lastMinute = minute }
        return minute == lastMinute ? .unchanged : .clockTick
      }
      var snapshot: Snapshot
      if let last, token == lastToken, day == lastDay, lastError == nil {
        snapshot = try Snapshot.reloadLists(
          of: last.snapshot, loadedWith: last.window, from: store, window: window)
      } else {
        snapshot = try Snapshot.load(from: store, window: window, day: day, calendar: calendar)
        // The summary read for an earlier version stays on screen until it is due.
        snapshot.summary = last?.snapshot.summary
      }
      snapshot.loadStartedAt = started
      if let kabupaten {
        let kept = last?.snapshot.kabupaten
        snapshot.kabupaten =
          kabupatenDue || kept == nil
          ? try kabupaten.kabupatenFigures(on: day, calendar: calendar) : kept
      }
      if !window.includesSummary {
        snapshot.summary = nil
        summaryRead = nil
      } else if snapshot.summary == nil || summaryDue {
        let summaryStarted = FrameTrace.now()
        snapshot.summary = try SummaryFigures.load(
          from: store, day: day, targets: snapshot.targets, calendar: calendar)
        let now = FrameTrace.now()
        summaryRead = (token, day, now, now - summaryStarted)
      }
      last = (snapshot, window)
      lastToken = token
      lastKabupatenToken = kabupatenToken
      lastDay = day
      lastMinute = minute
      lastError = nil
      return .loaded(snapshot)
    } catch {
      // Report a failure once, not on every tick, and retry on the next tick.
      defer { lastError = error }
      return error == lastError ? .unchanged : .failed(error)
    }
  }
}
