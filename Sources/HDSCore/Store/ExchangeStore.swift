import Foundation

/// The store's side of the files the office exchanges with Dukcapil: print lists in,
/// recipient lists and event logs out.
///
/// Kept apart from `Store` because only the command line needs it, not the dashboard.
public protocol ExchangeStore: Store {
  /// Applies a print list in one transaction: matching in-process requests become ready,
  /// printed documents without a request become new ready requests flagged for
  /// completion. With `dryRun`, reports the same without writing. Applying the same rows
  /// again changes nothing.
  func importPrintList(_ rows: [PrintListRow], by actor: Actor, at time: Date, dryRun: Bool)
    throws(StoreError) -> PrintListImport

  /// Requests delivered on the WIB days `from` through `to`, by desa then delivery time.
  func recipients(from: CalendarDay, to: CalendarDay) throws(StoreError) -> [RecipientRecord]

  /// Up to `limit` request events at or after `since`, in id order, starting after
  /// `afterID` when given, each with its request number; for exports that page through
  /// every event.
  func events(since: Date, afterID: Int64?, limit: Int) throws(StoreError) -> [EventRecord]
}
