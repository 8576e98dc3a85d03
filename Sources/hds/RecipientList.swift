import Foundation
import HDSCore

/// The daftar penerima: delivered documents grouped by desa, as CSV for spreadsheets and
/// as a printable A4 HTML page with a signature column.
struct RecipientList {
  let records: [RecipientRecord]
  /// The store's kecamatan, for the title and the desa names.
  let kecamatan: Kecamatan
  let from: CalendarDay
  let to: CalendarDay
  let text: ExportText

  /// The records of one desa, in the store's order (delivery time).
  struct Group {
    let desaCode: String
    let desaName: String
    let records: [RecipientRecord]
  }

  /// Groups consecutive records by desa code; the store returns them ordered by desa.
  var groups: [Group] {
    var groups: [Group] = []
    var current: [RecipientRecord] = []
    for record in records {
      if let last = current.last, last.address.desaCode != record.address.desaCode {
        groups.append(group(current))
        current = []
      }
      current.append(record)
    }
    if !current.isEmpty { groups.append(group(current)) }
    return groups
  }

  private func group(_ records: [RecipientRecord]) -> Group {
    let code = records[0].address.desaCode
    return Group(
      desaCode: code, desaName: kecamatan.desa(code: code)?.name ?? code,
      records: records)
  }

  // MARK: CSV

  /// Renders the list as CSV for Excel and LibreOffice in an Indonesian locale: a UTF-8
  /// byte order mark, `;` between fields and CRLF line ends.
  ///
  /// `;` because Excel splits a double-clicked .csv at the Windows list separator, which
  /// is `;` in the id-ID locale (where `,` is the decimal separator), so a `,` file would
  /// open as one column. LibreOffice's import dialog detects `;` as well. Without the
  /// byte order mark Excel reads the file in the ANSI code page and garbles names.
  func csv() -> String {
    let writer = CSVWriter(separator: ";", guardsFormulas: true)
    var output = CSVWriter.byteOrderMark
    output += writer.record([
      text.desa, text.number, text.requestNumber, text.resident, text.dusun, "RT", "RW",
      text.street, text.document, text.recipientKind, text.recipientName, text.relation,
      text.oldCardReturned, text.deliveredAt, text.courier,
    ])
    for group in groups {
      for (index, record) in group.records.enumerated() {
        let address = record.address
        // Only a KTP-el replaces a card that the courier takes back.
        let oldCard =
          record.document == .ktpEl ? record.oldCardReturned.map { $0 ? text.yes : text.no } : nil
        output += writer.record([
          group.desaName, String(index + 1), record.number.description, record.residentName,
          address.dusun, String(address.rt), String(address.rw), address.street,
          record.document.shortName, record.recipientKind.map(text.catalog.recipient) ?? "",
          record.recipientName ?? "", record.relation ?? "", oldCard ?? "",
          isoTime(record.deliveredAt),
          record.courierName ?? "",
        ])
      }
    }
    return output
  }

  private func isoTime(_ instant: Date) -> String {
    "\(CalendarDay(containing: instant)) \(OfficeClock.timeOfDay(instant))"
  }

  // MARK: HTML

  /// Renders the list as one HTML page for A4 paper: a title with the kecamatan and the
  /// date range, then one section per desa with a table and an empty signature column.
  func html() -> String {
    let subtitle =
      "Kecamatan \(kecamatan.name), Kabupaten \(kecamatan.kabupaten) · "
      + text.range(from: from, to: to)
    var page = """
      <!DOCTYPE html>
      <html lang="\(text.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <title>\(escape(text.title + " · " + subtitle))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      <h1>\(escape(text.title))</h1>
      <p class="range">\(escape(subtitle))</p>

      """
    let groups = groups
    if groups.isEmpty {
      page += "<p>\(escape(text.noDeliveries))</p>\n"
    }
    for group in groups {
      page += section(group)
    }
    if !groups.isEmpty {
      page += "<p class=\"total\">\(escape(text.total)): \(records.count)</p>\n"
    }
    return page + "</body>\n</html>\n"
  }

  private func section(_ group: Group) -> String {
    let headings = [
      text.number, text.requestNumber, text.resident, text.address, text.document,
      text.receivedBy, text.deliveredAt, text.courier, text.signature,
    ]
    var html = "<section>\n<h2>\(escape(text.desa + " " + group.desaName))"
    html += " (\(group.records.count))</h2>\n<table>\n<thead><tr>"
    html += headings.map { "<th>\(escape($0))</th>" }.joined()
    html += "</tr></thead>\n<tbody>\n"
    for (index, record) in group.records.enumerated() {
      let cells = [
        escape(String(index + 1)), escape(record.number.description), escape(record.residentName),
        escape(addressLine(record.address)), escape(record.document.shortName),
        receivedBy(record), escape(dateTime(record.deliveredAt)),
        escape(record.courierName ?? ""),
      ]
      html += "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "<td class=\"sign\"></td></tr>\n"
    }
    return html + "</tbody>\n</table>\n</section>\n"
  }

  /// Formats "Krajan, RT 003 / RW 002, Jl. Raya 1". A placeholder address from a print
  /// list (RW or RT 0) is shown as incomplete.
  private func addressLine(_ address: Address) -> String {
    guard address.rw > 0, address.rt > 0 else { return "(\(text.incompleteAddress))" }
    return [address.dusun, address.rtRw, address.street].filter { !$0.isEmpty }
      .joined(separator: ", ")
  }

  /// Formats the recipient's name, then their kind and relation on a second line, escaped.
  private func receivedBy(_ record: RecipientRecord) -> String {
    var details: [String] = []
    if let kind = record.recipientKind { details.append(text.catalog.recipient(kind)) }
    if let relation = record.relation, !relation.isEmpty { details.append(relation) }
    if record.oldCardReturned == true { details.append(text.oldCardReturned) }
    var cell = escape(record.recipientName ?? "")
    if !details.isEmpty {
      cell += "<br><small>" + escape(details.joined(separator: ", ")) + "</small>"
    }
    return cell
  }

  private func dateTime(_ instant: Date) -> String {
    text.dateTime(CalendarDay(containing: instant), OfficeClock.timeOfDay(instant))
  }

  func escape(_ value: String) -> String { HTMLText.escape(value) }

  /// Print styles: A4 with 12 mm margins, table headings repeated on every page, rows never
  /// split across pages, and signature cells tall enough to sign in.
  private static let style = """
    @page { size: A4; margin: 12mm; }
    body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #000; }
    h1 { font-size: 14pt; margin: 0 0 2pt 0; }
    p.range { margin: 0 0 8pt 0; }
    h2 { font-size: 11pt; margin: 12pt 0 4pt 0; break-after: avoid; }
    table { width: 100%; border-collapse: collapse; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    th, td { border: 0.5pt solid #000; padding: 2pt 3pt; text-align: left; vertical-align: top; }
    th { background: #eee; }
    td.sign { width: 28mm; height: 12mm; }
    small { color: #333; }
    p.total { margin-top: 10pt; font-weight: bold; }
    """
}
