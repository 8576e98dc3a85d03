import HDSCore

/// The run sheet as one printable A4 HTML page.
extension RunSheet {
  /// Renders the page: a heading with the kecamatan, courier and date, a table of the
  /// stops with empty recipient and signature cells, and the totals. Every stored value
  /// is escaped.
  func html() -> String {
    let escape = HTMLText.escape
    var page = """
      <!DOCTYPE html>
      <html lang="\(text.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <title>\(escape(text.title + " · " + courier.name + " · " + text.day(day)))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      <h1>\(escape(text.title))</h1>
      <p class="kecamatan">\(escape(kecamatanLine))</p>
      <table class="heading">

      """
    for (label, value) in headingLines {
      page += "<tr><th>\(escape(label))</th><td>\(escape(value))</td></tr>\n"
    }
    page += "</table>\n"

    guard !stops.isEmpty else {
      return page + "<p class=\"empty\">\(escape(text.noStops))</p>\n</body>\n</html>\n"
    }
    page += stopTable()
    page += totals()
    return page + "</body>\n</html>\n"
  }

  private func stopTable() -> String {
    let escape = HTMLText.escape
    let headings = [
      text.number, text.requestNumber, text.residentOnly, text.address, text.phone, text.document,
      text.recipientName, text.signature,
    ]
    var html = "<table class=\"stops\">\n<thead><tr>"
    html += headings.map { "<th>\(escape($0))</th>" }.joined()
    html += "</tr></thead>\n<tbody>\n"
    for (index, stop) in stops.enumerated() {
      var document = escape(stop.document.shortName)
      var notes: [String] = []
      if stop.state != .assigned { notes.append(text.catalog.state(stop.state)) }
      if stop.attempts > 0 { notes.append(text.attempts(stop.attempts)) }
      if !notes.isEmpty {
        document += "<br><small>" + escape(notes.joined(separator: ", ")) + "</small>"
      }
      let cells = [
        escape("\(index + 1)"), escape(stop.number.description), escape(stop.residentName),
        addressLines(stop.address).map(escape).joined(separator: "<br>"),
        escape(show(stop.phone)), document,
      ]
      html += "<tr>" + cells.map { "<td>\($0)</td>" }.joined()
      html += "<td class=\"name\"></td><td class=\"sign\"></td></tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  private func totals() -> String {
    let escape = HTMLText.escape
    let distance = self.distance
    var html = "<table class=\"totals\">\n"
    let rows = [
      (text.stops, String(stops.count)), (text.perDocument, documentSummary),
      (distance.label, text.kilometres(distance.kilometres)),
    ]
    for (label, value) in rows {
      html += "<tr><th>\(escape(label))</th><td>\(escape(value))</td></tr>\n"
    }
    html += "</table>\n"
    if distance.unplaced > 0 {
      html += "<p class=\"note\">\(escape(text.unplaced(distance.unplaced)))</p>\n"
    }
    return html + "<p class=\"note\">\(escape(distance.note))</p>\n"
  }

  /// Print styles: A4 with 12 mm margins, headings repeated on every page, rows never
  /// split across pages, and name and signature cells large enough to write in.
  private static let style = """
    @page { size: A4; margin: 12mm; }
    body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #000; }
    h1 { font-size: 14pt; margin: 0 0 2pt 0; }
    p.kecamatan { margin: 0 0 6pt 0; }
    table { border-collapse: collapse; }
    table.heading th, table.totals th { text-align: left; padding: 1pt 8pt 1pt 0; }
    table.heading td, table.totals td { padding: 1pt 0; }
    table.stops { width: 100%; margin: 8pt 0; }
    table.stops thead { display: table-header-group; }
    table.stops tr { break-inside: avoid; }
    table.stops th, table.stops td {
      border: 0.5pt solid #000; padding: 2pt 3pt; text-align: left; vertical-align: top;
    }
    table.stops th { background: #eee; }
    td.name { width: 32mm; }
    td.sign { width: 35mm; height: 14mm; }
    small { color: #333; }
    p.note { font-size: 8pt; margin: 4pt 0; }
    """
}
