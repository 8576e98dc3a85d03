import Foundation
import HDSCore

/// Finds the courier a command line names, by id or by name.
enum CourierLookup {
  /// A courier reference that names no courier, or several.
  enum Failure: Error, CustomStringConvertible {
    case notFound(String)
    case ambiguous(String, [Courier])

    var description: String {
      switch self {
      case .notFound(let reference):
        return "no courier has the id or name \(reference); hds courier list --all shows"
          + " every courier"
      case .ambiguous(let reference, let couriers):
        let list = couriers.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
        return "\(reference) matches \(couriers.count) couriers (\(list)); give the id instead"
      }
    }
  }

  /// Returns the courier whose id is `reference` (all digits), else the one whose name is
  /// `reference` in any case, else the only one whose name contains it. Inactive couriers
  /// count too, so that `activate` and past run sheets find them.
  static func find(_ reference: String, in couriers: [Courier]) throws(Failure) -> Courier {
    let key = reference.trimmingCharacters(in: .whitespaces)
    if !key.isEmpty, key.allSatisfy(\.isASCII), key.allSatisfy(\.isNumber), let id = Int64(key) {
      guard let courier = couriers.first(where: { $0.id == id }) else {
        throw .notFound(reference)
      }
      return courier
    }

    let exact = couriers.filter { $0.name.compare(key, options: .caseInsensitive) == .orderedSame }
    let matches =
      exact.isEmpty
      ? couriers.filter { $0.name.range(of: key, options: .caseInsensitive) != nil }
      : exact
    guard let first = matches.first, !key.isEmpty else { throw .notFound(reference) }
    guard matches.count == 1 else { throw .ambiguous(reference, matches) }
    return first
  }
}
