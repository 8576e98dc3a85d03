// The connection URL of a PostgreSQL store, checked before libpq parses it and masked so
// that no message or log shows its password.

import Foundation
import HDSCore

/// A PostgreSQL connection URL, `postgresql://USER:PASSWORD@HOST:PORT/DATABASE?PARAMETERS`.
struct PostgresURL: Sendable {
  /// The URL schemes libpq accepts (it compares them case-sensitively).
  static let schemes = ["postgresql://", "postgres://"]

  /// The URL as given, which only libpq reads.
  let text: String
  /// The URL with its password replaced by `***`, for messages.
  let masked: String
  /// The password as written in the URL and percent-decoded, to scrub from libpq's
  /// messages, which can quote the URL they failed to parse.
  private let secrets: [String]

  /// Checks that `text` is a PostgreSQL URL. Throws `.invalid` naming the masked value and
  /// the expected form otherwise, for example for a file path or a key=value connection
  /// string, so that libpq never reads those.
  init(_ text: String) throws(StoreError) {
    let masked = Self.mask(text)
    guard Self.schemes.contains(where: { text.hasPrefix($0) }) else {
      let quotedValue = text.isEmpty ? "an empty value" : "\"\(masked)\""
      throw .invalid(
        "the PostgreSQL URL is \(quotedValue), which does not start with postgresql:// or"
          + " postgres://; write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE")
    }
    // libpq reads the user information up to the first "@" before the first "/", and
    // `mask` up to the last "@". Where the two differ, libpq would quote part of the
    // password in its messages, outside what the mask hides, so such a URL is rejected.
    // The scheme check above makes "://" present, so the fallback is never taken.
    let rest = text[(text.range(of: "://")?.upperBound ?? text.startIndex)...]
    if let firstAt = rest.firstIndex(of: "@"),
      rest.lastIndex(of: "@") != firstAt || rest[..<firstAt].contains("/")
    {
      throw .invalid(
        "the PostgreSQL URL \"\(masked)\" has \"@\" or \"/\" in its user name or password,"
          + " or \"@\" after its host; write @ as %40 and / as %2F")
    }
    self.text = text
    self.masked = masked
    secrets = Self.passwords(in: text)
  }

  /// Replaces every occurrence of the URL's password in `message` with `***`.
  func scrub(_ message: String) -> String {
    secrets.reduce(message) { $0.replacingOccurrences(of: $1, with: "***") }
  }

  /// Returns `value` with the password of its user information and of every `password=`
  /// parameter replaced by `***`. It masks any text, not only valid URLs, because an
  /// error message may have to show a value that was rejected.
  ///
  /// The user information ends at the last `@`, so a password with an unencoded `/`,
  /// `?` or `@` in it is still masked whole. The cost is that a URL with an `@` after the
  /// host is masked up to that `@`.
  static func mask(_ value: String) -> String {
    var masked = value
    if let range = credentialPasswordRange(in: masked) {
      masked.replaceSubrange(range, with: "***")
    }
    // Each pass replaces one password that is not `***` yet, so the loop ends.
    while let range = parameterPasswordRange(in: masked, after: masked.startIndex) {
      masked.replaceSubrange(range, with: "***")
    }
    return masked
  }

  /// Returns the passwords in `value`, raw and percent-decoded.
  private static func passwords(in value: String) -> [String] {
    var found: [String] = []
    if let range = credentialPasswordRange(in: value) {
      found.append(String(value[range]))
    }
    var searchStart = value.startIndex
    while let range = parameterPasswordRange(in: value, after: searchStart) {
      found.append(String(value[range]))
      searchStart = range.upperBound
    }
    let decoded = found.compactMap { $0.removingPercentEncoding }
    // Longer passwords come first, so that a password that contains another is replaced
    // whole.
    return Set(found + decoded).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
  }

  /// Returns the range of the password between `scheme://USER:` and the last `@`, or nil
  /// when there is none.
  private static func credentialPasswordRange(in value: String) -> Range<String.Index>? {
    guard let schemeEnd = value.range(of: "://")?.upperBound,
      let at = value[schemeEnd...].lastIndex(of: "@"),
      let colon = value[schemeEnd..<at].firstIndex(of: ":")
    else { return nil }
    let start = value.index(after: colon)
    guard start < at, value[start..<at] != "***" else { return nil }
    return start..<at
  }

  /// Returns the range of the value of the first `password=` parameter at or after
  /// `start` that is not masked yet. The value ends at the next `&` or space, unless it is
  /// in single quotes, as a key=value connection string writes a value with spaces.
  private static func parameterPasswordRange(in value: String, after start: String.Index)
    -> Range<String.Index>?
  {
    var searchStart = start
    while let key = value.range(
      of: "password=", options: .caseInsensitive, range: searchStart..<value.endIndex)
    {
      var valueStart = key.upperBound
      var valueEnd: String.Index
      if valueStart < value.endIndex, value[valueStart] == "'" {
        valueStart = value.index(after: valueStart)
        valueEnd = value[valueStart...].firstIndex(of: "'") ?? value.endIndex
      } else {
        valueEnd =
          value[valueStart...].firstIndex(where: { $0 == "&" || $0 == " " }) ?? value.endIndex
      }
      if valueStart < valueEnd, value[valueStart..<valueEnd] != "***" {
        return valueStart..<valueEnd
      }
      searchStart = max(valueEnd, key.upperBound)
    }
    return nil
  }
}
