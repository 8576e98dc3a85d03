// The place of a row in a queue order, without counting every row before it.
//
// A count of the rows before a row in the middle of 1,000,000 reads half a million index
// entries. The counters that triggers keep give most of that number instead:
// `request_week_count` per age week, state and document, and `request_count` per desa and
// state. Only the rows of the row's own week (or desa) before it are counted one by one.

import HDSCore

extension SQLStore {
  /// Seconds in one bucket of `request_week_count`.
  static let ageWeek = 604_800.0

  /// Returns how many rows of `filter` come before the row with sort key `key` (the values
  /// of `filter.seekColumns`).
  ///
  /// Complexity: for a list filtered by states and document at most, a sum over the weeks
  /// of `request_week_count` (or the desa of `request_count`) and a count of one week's
  /// (or one desa's) rows. Other lists count the rows before the key, which are few in the
  /// pending queue and in the list of one desa, courier or day.
  func rowsBefore(_ key: [SQLValue], in filter: QueueFilterSQL, _ connection: any SQLConnection)
    throws(StoreError) -> Int
  {
    let context = "locating a row in the queue"
    let query = filter.query
    let countable =
      !filter.isPendingOnly && query.desaCode == nil && query.courierID == nil
      && query.deliveryDay == nil && !query.needsCompletionOnly
    guard countable, let parts = PositionSQL(key, filter) else {
      let (seek, seekValues) = filter.seek(from: key, forward: false, inclusive: false)
      return Int(
        try connection.integer(
          "SELECT count(*) FROM \(filter.countTable) WHERE \(filter.clause) AND \(seek)",
          filter.values + seekValues, context: context))
    }
    let earlier = try connection.integer(parts.countersSQL, parts.countersValues, context: context)
    let near = try connection.integer(parts.nearSQL, parts.nearValues, context: context)
    return Int(earlier + near)
  }
}

extension SQLStore {
  /// Rows a page read may step over before it looks for the week the page starts in.
  static let weekJumpRows = 2_000

  /// Returns the age week holding row `offset` of `filter`'s order, with the number of
  /// rows before that week, or nil when the week counts cannot tell: another order than
  /// age, or a filter the counts do not have.
  ///
  /// Complexity: one row per week with requests, from `request_week_count`.
  func weekHolding(_ offset: Int, _ filter: QueueFilterSQL, _ connection: any SQLConnection)
    throws(StoreError) -> (week: Int64, before: Int)?
  {
    let query = filter.query
    guard query.sort == .age, !filter.isPendingOnly, query.desaCode == nil,
      query.courierID == nil, query.deliveryDay == nil, !query.needsCompletionOnly
    else { return nil }
    var parts = filter.everyState ? [] : ["state IN (\(filter.stateList))"]
    var values: [SQLValue] = []
    if let document = query.document {
      parts.append("document = ?")
      values.append(.text(document.rawValue))
    }
    let weeks = try connection.rows(
      """
      SELECT week, sum(count) FROM request_week_count
      WHERE \(parts.isEmpty ? "TRUE" : parts.joined(separator: " AND "))
      GROUP BY week ORDER BY week
      """, values, context: "finding the week of a queue page"
    ) { (row) throws(StoreError) -> (Int64, Int) in (row.integer(0), row.int(1)) }
    var before = 0
    for (week, count) in weeks {
      if before + count > offset { return (week, before) }
      before += count
    }
    return nil
  }
}

extension QueueFilterSQL {
  /// Returns the condition for the rows of age week `week` and later, with its values:
  /// the age key a second below the week's start, for the index range, then the week
  /// exactly, by the expression the triggers of `request_week_count` use.
  func weekStart(_ week: Int64) -> (String, [SQLValue]) {
    let age = Self.age
    return (
      "\(age) >= ? AND \(dialect.whole(age, per: Int(SQLStore.ageWeek))) >= ?",
      [.real(Double(week) * SQLStore.ageWeek - 1), .integer(week)]
    )
  }
}

/// The two reads of `rowsBefore` for a list that the counters can count. The counters give
/// the rows of the earlier weeks (or desa). The request table gives the rows of the key's
/// own week (or desa) that come before the key.
private struct PositionSQL {
  let countersSQL: String
  let countersValues: [SQLValue]
  let nearSQL: String
  let nearValues: [SQLValue]

  init?(_ key: [SQLValue], _ filter: QueueFilterSQL) {
    let query = filter.query
    let sort = query.sort
    guard key.count == (sort == .age ? 2 : 3) else { return nil }
    guard case .real(let ageKey) = key[key.count - 2] else { return nil }
    let states = filter.everyState ? nil : "state IN (\(filter.stateList))"
    let age = QueueFilterSQL.age
    // Before the key within its own group: (age, id) below the key's, with the age also
    // bounded on its own so that SQLite reads a range of the age index.
    let beforeKey = "\(age) <= ? AND (\(age), r.id) < (?, ?)"
    let beforeValues: [SQLValue] = [key[key.count - 2], key[key.count - 2], key[key.count - 1]]

    if sort == .desa {
      // `request_count` counts per desa and state, so it cannot apply a document filter.
      guard query.document == nil, case .text(let desa) = key[0] else { return nil }
      countersSQL =
        "SELECT coalesce(sum(count), 0) FROM request_count WHERE desa_code < ?"
        + (states.map { " AND " + $0 } ?? "")
      countersValues = [.text(desa)]
      nearSQL =
        "SELECT count(*) FROM request r WHERE \(filter.clause) AND r.desa_code = ? AND \(beforeKey)"
      nearValues = filter.values + [.text(desa)] + beforeValues
      return
    }

    // Doubles divide the same way in SQLite and Swift, and CAST truncates as Int64 does.
    let week = Int64(ageKey / SQLStore.ageWeek)
    var counterParts = [String]()
    var counterValues = [SQLValue]()
    if let states { counterParts.append(states) }
    if let document = query.document {
      counterParts.append("document = ?")
      counterValues.append(.text(document.rawValue))
    }
    // The key's own week: the age key from a second before the week's start, for the
    // index range, narrowed to the week exactly by the expression the triggers use.
    var nearParts = [
      filter.clause,
      "\(age) >= ? AND \(filter.dialect.whole(age, per: Int(SQLStore.ageWeek))) = ?",
    ]
    var near: [SQLValue] =
      filter.values + [.real(Double(week) * SQLStore.ageWeek - 1), .integer(week)]

    switch sort {
    case .age:
      counterParts.append("week < ?")
      counterValues.append(.integer(week))
    case .state:
      guard case .integer(let rank) = key[0], rank >= 0,
        rank < RequestState.allCases.count
      else { return nil }
      let state = RequestState.allCases[Int(rank)]
      let lower = RequestState.allCases.prefix(Int(rank)).map { "'\($0.rawValue)'" }
      let lowerStates = lower.isEmpty ? "FALSE" : "state IN (\(lower.joined(separator: ", ")))"
      counterParts.append("(\(lowerStates) OR (state = ? AND week < ?))")
      counterValues += [.text(state.rawValue), .integer(week)]
      nearParts.append("r.state = ?")
      near.append(.text(state.rawValue))
    case .document:
      guard case .text(let document) = key[0] else { return nil }
      counterParts.append("(document < ? OR (document = ? AND week < ?))")
      counterValues += [.text(document), .text(document), .integer(week)]
      nearParts.append("r.document = ?")
      near.append(.text(document))
    case .desa:
      return nil
    }
    countersSQL =
      "SELECT coalesce(sum(count), 0) FROM request_week_count WHERE "
      + counterParts.joined(separator: " AND ")
    countersValues = counterValues
    nearSQL =
      "SELECT count(*) FROM request r WHERE " + (nearParts + [beforeKey]).joined(separator: " AND ")
    nearValues = near + beforeValues
  }
}
