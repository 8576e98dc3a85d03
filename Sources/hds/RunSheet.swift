import Foundation
import HDSCore
import HDSTerminal

/// The surat jalan of one courier for one day: the stops in route order with empty
/// columns for the recipient's name and signature, and the day's totals. Plain text for
/// a printer, or a printable A4 HTML page (`RunSheet+HTML.swift`).
struct RunSheet {
  let courier: Courier
  /// The store's kecamatan: its desa names and centroids, and the office.
  let kecamatan: Kecamatan
  let day: CalendarDay
  let stops: [RouteStop]
  let text: RunSheetText
  /// The store's road factor and the office's `road-distances.csv`.
  let roads: RoadDistances
  /// Whether phone numbers are shortened, for a role that sees personal numbers masked.
  var masksPhones = false

  /// A phone number as this sheet shows it: grouped for reading aloud, or shortened.
  func show(_ phone: PhoneNumber?) -> String {
    guard let phone else { return "-" }
    return masksPhones ? phone.shortened : phone.grouped
  }

  // MARK: Totals

  /// Stops per document kind, in the order of `DocumentKind.allCases`, kinds with none
  /// left out.
  var documentCounts: [(kind: DocumentKind, count: Int)] {
    DocumentKind.allCases.compactMap { kind in
      let count = stops.filter { $0.document == kind }.count
      return count > 0 ? (kind, count) : nil
    }
  }

  /// The route's legs from the kantor kecamatan through each stop's point in order and
  /// back, and the number of stops left out because their desa is not in the gazetteer.
  var route: (legs: [RoadLeg], unplaced: Int) {
    let points = stops.compactMap { RoadPoint(address: $0.address, in: kecamatan) }
    return (roads.legs(through: points), stops.count - points.count)
  }

  /// The route in kilometres, the file's distances where it lists them and straight line
  /// × the road factor for the others, with the label and note that name the source.
  var distance: (kilometres: Double, label: String, note: String, unplaced: Int) {
    let (legs, unplaced) = route
    let fromFile = legs.filter { $0.source == .file }.count
    let estimated = legs.filter { $0.source == .estimate }.count
    let kilometres = legs.reduce(0) { $0 + $1.kilometres }
    let note = text.distanceNote(
      roadFactor: roads.roadFactor, digits: roads.roadFactorDigits, fromFile: fromFile,
      legs: fromFile + estimated)
    let label = fromFile > 0 && estimated == 0 ? text.fileDistance : text.distance
    return (kilometres, label, note, unplaced)
  }

  func desaName(_ address: Address) -> String {
    kecamatan.desa(code: address.desaCode)?.name ?? address.desaCode
  }

  /// Splits the address into lines: street, then "Dsn. Krajan, RT 003/RW 002", then
  /// "Desa Jatikerto". A placeholder address from a print list (RW or RT 0) shows as
  /// incomplete.
  func addressLines(_ address: Address) -> [String] {
    guard address.rw > 0, address.rt > 0 else {
      return ["(\(text.incompleteAddress))", "Desa " + desaName(address)]
    }
    var lines: [String] = []
    let street = address.street.trimmingCharacters(in: .whitespaces)
    if !street.isEmpty { lines.append(street) }
    // A placeholder dusun is already written "Dusun II"; "Dsn. Dusun II" would say it twice.
    let dusun =
      address.dusun.isEmpty
      ? "" : address.dusun.hasPrefix("Dusun") ? "\(address.dusun), " : "Dsn. \(address.dusun), "
    lines.append(dusun + String(format: "RT %03d/RW %03d", address.rt, address.rw))
    lines.append("Desa " + desaName(address))
    return lines
  }

  /// The lines of the heading: kecamatan, courier, phone, vehicle and date.
  var headingLines: [(label: String, value: String)] {
    [
      (text.courier, courier.name), (text.phone, show(courier.phone)),
      (text.vehicle, courier.vehicle), (text.date, text.day(day)),
    ]
  }

  var kecamatanLine: String {
    "Kecamatan \(kecamatan.name), Kabupaten \(kecamatan.kabupaten)"
  }

  /// "KTP-el 2, KK 1".
  var documentSummary: String {
    documentCounts.map { "\($0.kind.shortName) \($0.count)" }.joined(separator: ", ")
  }

  // MARK: Plain text

  /// Width of the plain-text sheet. 79 rather than 80, so that a printer or terminal that
  /// wraps at the 80th column never adds an empty line.
  static let width = 79

  /// Column widths of the stop table: no., request number and document, resident and
  /// address, recipient's name, signature. With one space between them they add up to
  /// `width`.
  static let columns = [3, 15, 31, 14, 12]

  /// Renders the sheet as plain text of at most `width` columns, wide names clipped by
  /// display width.
  func plainText() -> String {
    var lines = [text.title, kecamatanLine, ""]
    let labelWidth = headingLines.map { TextWidth.columns($0.label) }.max() ?? 0
    for (label, value) in headingLines {
      let prefix = TextWidth.fit(label, to: labelWidth) + " : "
      lines.append(prefix + TextWidth.clip(value, to: Self.width - TextWidth.columns(prefix)))
    }
    lines.append("")

    guard !stops.isEmpty else {
      lines.append(text.noStops)
      return lines.joined(separator: "\n") + "\n"
    }

    lines.append(
      row([text.number, text.request, text.resident, text.recipientName, text.signature]))
    lines.append(row(Self.columns.map { String(repeating: "-", count: $0) }))
    for (index, stop) in stops.enumerated() {
      lines += block(stop, number: index + 1)
      lines.append("")
    }
    lines += totalLines()
    return lines.joined(separator: "\n") + "\n"
  }

  /// Renders one stop as several lines, with the blanks to fill in on the last.
  private func block(_ stop: RouteStop, number: Int) -> [String] {
    var left = [stop.number.description, stop.document.shortName]
    if stop.state != .assigned { left.append(text.catalog.state(stop.state)) }
    if stop.attempts > 0 { left.append(text.attempts(stop.attempts)) }
    let middle = [stop.residentName] + addressLines(stop.address) + [show(stop.phone)]

    let count = max(left.count, middle.count)
    var lines: [String] = []
    for index in 0..<count {
      let last = index == count - 1
      lines.append(
        row([
          index == 0 ? "\(number)." : "", index < left.count ? left[index] : "",
          index < middle.count ? middle[index] : "",
          last ? String(repeating: "_", count: Self.columns[3]) : "",
          last ? String(repeating: "_", count: Self.columns[4]) : "",
        ]))
    }
    return lines
  }

  private func row(_ cells: [String]) -> String {
    var parts: [String] = []
    for (index, cell) in cells.enumerated() {
      parts.append(TextWidth.fit(cell, to: Self.columns[index], alignRight: index == 0))
    }
    return String(parts.joined(separator: " ").reversed().drop { $0 == " " }.reversed())
  }

  private func totalLines() -> [String] {
    let distance = self.distance
    var lines = [
      "\(text.stops): \(stops.count)", "\(text.perDocument): \(documentSummary)",
      "\(distance.label): \(text.kilometres(distance.kilometres))",
    ]
    if distance.unplaced > 0 { lines.append(text.unplaced(distance.unplaced)) }
    lines += Self.wrap(distance.note, to: Self.width)
    return lines
  }

  /// Breaks `paragraph` into lines of at most `width` columns at spaces.
  static func wrap(_ paragraph: String, to width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in paragraph.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if TextWidth.columns(candidate) > width && !current.isEmpty {
        lines.append(current)
        current = String(word)
      } else {
        current = candidate
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
