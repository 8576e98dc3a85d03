// Reading one page of a queue order without stepping over every row before it.
//
// OFFSET makes SQLite step over each skipped row, which at 1,000,000 requests costs
// hundreds of milliseconds for a page in the middle. A page is read instead from the
// nearest row whose place is known: the start, the end (reading backwards), or an anchor.
// An anchor is the first or last row of a page read before at the same store version,
// found again by its sort key through the order's index. Paging moves one page at a
// time, so the rows skipped stay fewer than a page.

import HDSCore

/// Rows whose place in a queue order is known, by order, for the store version they were
/// read at. Used only under the store's lock.
final class QueueAnchors {
  struct Anchor {
    let position: Int
    let key: [SQLValue]
  }

  private var version: Int64?
  private var anchors: [String: [Anchor]] = [:]
  /// Orders by last use, most recent last, so that only a few are kept.
  private var recent: [String] = []

  /// Known rows of `order` at `version`; none once the store changed.
  func anchors(of order: String, at version: Int64) -> [Anchor] {
    guard version == self.version else { return [] }
    return anchors[order] ?? []
  }

  /// Forgets every known row, for a store whose connection now reads other tables.
  func removeAll() {
    version = nil
    anchors = [:]
    recent = []
  }

  func record(_ new: [Anchor], of order: String, at version: Int64) {
    if version != self.version {
      self.version = version
      anchors = [:]
      recent = []
    }
    var known = (anchors[order] ?? []).filter { old in !new.contains { $0.position == old.position }
    }
    known = Array((known + new).suffix(16))
    anchors[order] = known
    recent.removeAll { $0 == order }
    recent.append(order)
    if recent.count > 4 { anchors[recent.removeFirst()] = nil }
  }
}

extension SQLStore {
  /// The row a page read starts from: the order's first row, its last (reading
  /// backwards), or a known row, after it or before it.
  private enum Start {
    case first
    case last
    case after([SQLValue])
    case before([SQLValue])
    /// The first row of an age week of `request_week_count`.
    case week(Int64)

    var isBackwards: Bool {
      switch self {
      case .first, .after, .week: return false
      case .last, .before: return true
      }
    }
  }

  /// Reads rows [offset, offset + limit) of `filter`'s order, of `total` rows, each with
  /// its sort key, from the nearest known place, and remembers the page's ends.
  ///
  /// Complexity: O(limit + skipped) rows, where skipped is the distance to the nearest of
  /// the start, the end, the rows of the last pages read at this store version and, for
  /// the age order of a list the week counts can count, the start of the page's week.
  func readPage(
    _ filter: QueueFilterSQL, offset: Int, limit: Int, total: Int, _ connection: any SQLConnection
  ) throws(StoreError) -> [(row: QueueRow, key: [SQLValue])] {
    let end = min(total, offset + limit)
    guard offset < end else { return [] }
    let storeVersion = try connection.requestVersion(ownCommits: ownCommits)

    var start = Start.first
    var skip = offset
    if total - end < skip {
      (start, skip) = (.last, total - end)
    }
    for anchor in queueAnchors.anchors(of: filter.identity, at: storeVersion) {
      if anchor.position < offset, offset - anchor.position - 1 < skip {
        (start, skip) = (.after(anchor.key), offset - anchor.position - 1)
      } else if anchor.position >= end, anchor.position - end < skip {
        (start, skip) = (.before(anchor.key), anchor.position - end)
      }
    }

    // Far from every known row, the week counts tell which week the page starts in.
    if skip > Self.weekJumpRows, let (week, before) = try weekHolding(offset, filter, connection),
      offset - before < skip
    {
      (start, skip) = (.week(week), offset - before)
    }

    var seek = ""
    var seekValues: [SQLValue] = []
    switch start {
    case .first, .last: break
    case .after(let key), .before(let key):
      (seek, seekValues) = filter.seek(from: key, forward: !start.isBackwards, inclusive: false)
      seek = " AND " + seek
    case .week(let week):
      (seek, seekValues) = filter.weekStart(week)
      seek = " AND " + seek
    }
    let width = Int32(filter.seekWidth)
    var keys = try connection.rows(
      Self.pageSQL(filter, seek: seek, backwards: start.isBackwards),
      filter.values + seekValues + [.integer(end - offset), .integer(skip)],
      context: "reading the queue"
    ) { (row) throws(StoreError) -> (id: Int64, key: [SQLValue]) in
      (row.integer(0), (1...width).map { row.value($0) })
    }
    if start.isBackwards { keys.reverse() }
    var byID: [Int64: QueueRow] = [:]
    for row in try connection.rows(
      Self.rowsByIDSQL(count: keys.count), keys.map { .integer($0.id) },
      context: "reading the queue", decodeQueueRow)
    {
      byID[row.id] = row
    }
    let rows = keys.compactMap { key in byID[key.id].map { (row: $0, key: key.key) } }
    if let first = rows.first, let last = rows.last {
      queueAnchors.record(
        [
          QueueAnchors.Anchor(position: offset, key: first.key),
          QueueAnchors.Anchor(position: offset + rows.count - 1, key: last.key),
        ], of: filter.identity, at: storeVersion)
    }
    return rows
  }

  /// Returns the query for the ids and sort keys of one page: rows after the skipped ones in `filter`'s order,
  /// or backwards, from the start or from a known row (`seek`). Its values are the
  /// filter's, the seek's, then limit and offset. It reads only the order's index, so the
  /// skipped rows cost an index step each.
  static func pageSQL(_ filter: QueueFilterSQL, seek: String = "", backwards: Bool = false)
    -> String
  {
    """
    SELECT r.id, \(filter.seekColumns) FROM \(filter.table)
    WHERE \(filter.clause)\(seek)
    ORDER BY \(backwards ? filter.reversedOrder : filter.order) LIMIT ? OFFSET ?
    """
  }

  /// Returns the query for the queue columns of the requests with the `count` ids bound,
  /// in no order.
  static func rowsByIDSQL(count: Int) -> String {
    let placeholders = Array(repeating: "?", count: max(1, count)).joined(separator: ", ")
    return "SELECT \(queueColumns) FROM \(queueFrom) WHERE r.id IN (\(placeholders))"
  }

  /// Remembers that the row with sort key `key` is at `position` of `filter`'s order.
  func rememberPlace(
    of key: [SQLValue], at position: Int, in filter: QueueFilterSQL, _ connection: any SQLConnection
  ) throws(StoreError) {
    queueAnchors.record(
      [QueueAnchors.Anchor(position: position, key: key)], of: filter.identity,
      at: try connection.requestVersion(ownCommits: ownCommits))
  }
}
