import HDSCore
import HDSTerminal

/// The camat's live summary: eight large figures with change arrows, then bars per desa,
/// the 30-day trends, failed attempts by reason and the couriers' day.
///
/// The figures take two rows of four tiles, or one row of eight on a wide screen. Below
/// 24 rows the large digits give way to bold text so that the lists keep their room.
enum SummaryScreen {
  /// A tile: a heading, the figure and one line of context.
  struct Tile {
    /// Headings from longest to shortest; the first that fits is drawn.
    var labels: [String]
    var value: String
    var valueStyle: Style = .accent
    /// Context lines from fullest to shortest; the first that fits is drawn.
    var details: [String] = []
    var detailStyle: Style = .dim

    init(
      label: String, shortLabel: String? = nil, value: String, valueStyle: Style = .accent,
      details: [String] = [], detailStyle: Style = .dim
    ) {
      labels = [label] + (shortLabel.map { [$0] } ?? [])
      self.value = value
      self.valueStyle = valueStyle
      self.details = details
      self.detailStyle = detailStyle
    }

    init(
      label: String, shortLabel: String? = nil, value: String, valueStyle: Style = .accent,
      detail: String, detailStyle: Style = .dim
    ) {
      self.init(
        label: label, shortLabel: shortLabel, value: value, valueStyle: valueStyle,
        details: [detail], detailStyle: detailStyle)
    }
  }

  static func draw(_ state: DashboardState, in rect: Rect, into screen: inout Screen) {
    let catalog = state.catalog
    guard let snapshot = state.snapshot, let figures = snapshot.summary else {
      screen.put(" " + catalog[.loading], row: rect.row, col: rect.col, style: .dim)
      return
    }

    let tiles = self.tiles(state, snapshot: snapshot, figures: figures)
    let perRow = rect.width >= 160 ? 8 : 4
    let tileRows = (tiles.count + perRow - 1) / perRow
    let big = rect.height - tileRows * (BigText.height + 2) >= 9
    let tileHeight = big ? BigText.height + 2 : 3
    let tileWidth = rect.width / perRow
    for (index, tile) in tiles.enumerated() {
      let area = Rect(
        row: rect.row + (index / perRow) * tileHeight, col: rect.col + (index % perRow) * tileWidth,
        height: tileHeight,
        width: index % perRow == perRow - 1 ? rect.width - (perRow - 1) * tileWidth : tileWidth)
      draw(tile, in: area, big: big, unicode: state.unicode, into: &screen)
    }

    let lowerTop = rect.row + tileRows * tileHeight
    let lower = Rect(
      row: lowerTop, col: rect.col, height: rect.bottom - lowerTop, width: rect.width)
    guard lower.height >= 3 else { return }
    let leftWidth = lower.width * 45 / 100
    drawDesa(
      state, figures: figures, snapshot: snapshot,
      in: Rect(row: lower.row, col: lower.col, height: lower.height, width: leftWidth - 1),
      into: &screen)
    drawTrends(
      state, figures: figures, snapshot: snapshot,
      in: Rect(
        row: lower.row, col: lower.col + leftWidth + 1, height: lower.height,
        width: lower.width - leftWidth - 1),
      into: &screen)
  }

  // MARK: Tiles

  static func tiles(_ state: DashboardState, snapshot: Snapshot, figures: SummaryFigures)
    -> [Tile]
  {
    let catalog = state.catalog
    let month = figures.month
    let previous = figures.previousMonth
    let previousSpan = span(previous.period, catalog)

    var tiles: [Tile] = []
    tiles.append(
      Tile(
        label: catalog[.summaryDeliveredToday], value: catalog.number(figures.today.delivered),
        detail: change(
          figures.today.delivered, figures.previousWorkingDayFigures.delivered,
          against: catalog.weekday(figures.previousWorkingDay), catalog),
        detailStyle: trendStyle(
          figures.today.delivered, figures.previousWorkingDayFigures.delivered)
      ))
    tiles.append(
      Tile(
        label: catalog.format(.summaryDeliveredMonth, catalog.monthName(figures.day.month)),
        shortLabel: catalog.format(
          .summaryDeliveredMonthShort, catalog.shortMonthName(figures.day.month)),
        value: catalog.number(month.delivered),
        detail: change(month.delivered, previous.delivered, against: previousSpan, catalog),
        detailStyle: trendStyle(month.delivered, previous.delivered)))

    let pending = figures.pending
    let weekday = catalog.weekday(figures.previousWorkingDay)
    let overdue =
      pending.overdue > 0
      ? catalog.format(.summaryOverdue, catalog.number(pending.overdue))
      : catalog[.summaryNoneOverdue]
    let pendingArrow = arrowAmount(pending.pending - figures.pendingBefore, catalog)
    let overdueShort = catalog.format(.summaryOverdueShort, catalog.number(pending.overdue))
    tiles.append(
      Tile(
        label: catalog[.summaryPendingNow], shortLabel: catalog[.summaryPendingShort],
        value: catalog.number(pending.pending),
        valueStyle: pending.overdue > 0 ? .warning : .accent,
        details: [
          overdue + " · "
            + change(pending.pending, figures.pendingBefore, against: weekday, catalog),
          overdueShort + " · " + pendingArrow, overdue,
        ],
        detailStyle: pending.overdue > 0 ? .danger : .success))

    let monthName = catalog.monthName(figures.day.month)
    let shortMonth = catalog.shortMonthName(figures.day.month)
    tiles.append(
      rateTile(
        catalog.format(.summaryOnTime, monthName),
        short: catalog.format(.summaryOnTime, shortMonth),
        month.onTime, previous.onTime, against: previousSpan, catalog))
    tiles.append(
      rateTile(
        catalog.format(.summaryFirstAttempt, monthName),
        short: catalog.format(.summaryFirstAttemptShort, shortMonth), month.firstAttempt,
        previous.firstAttempt, against: previousSpan, catalog))

    tiles.append(complaintTile(snapshot, figures, catalog))
    tiles.append(indexTile(figures, catalog))

    let year = String(figures.day.year)
    tiles.append(
      Tile(
        label: catalog.format(.summaryResidents, year),
        shortLabel: catalog.format(.summaryResidentsShort, year),
        value: catalog.number(figures.residentsThisYear),
        detail: change(
          figures.residentsThisYear, figures.residentsPreviousYear,
          against: String(figures.day.year - 1), catalog),
        detailStyle: trendStyle(figures.residentsThisYear, figures.residentsPreviousYear)))
    return tiles
  }

  /// Returns the open complaints with this month's resolution rate, overall and within
  /// deadline.
  static func complaintTile(_ snapshot: Snapshot, _ figures: SummaryFigures, _ catalog: Catalog)
    -> Tile
  {
    let open = snapshot.totals.openComplaints
    let before = figures.openComplaintsBefore
    let versus = change(open, before, against: catalog.weekday(figures.previousWorkingDay), catalog)
    var details = [versus]
    if let rate = snapshot.resolutionRate, let tenths = rate.overallTenths {
      // Whole percents keep the line short enough for a tile of 80 columns.
      let overall = catalog.number((tenths + 5) / 10) + "%"
      let resolved = catalog.format(.summaryComplaintResolved, overall)
      details = [
        versus + " · " + resolved, arrowAmount(open - before, catalog) + " · " + resolved, resolved,
      ]
    }
    return Tile(
      label: catalog[.summaryOpenComplaints], value: catalog.number(open),
      valueStyle: open > 0 ? .warning : .accent, details: details,
      detailStyle: open > before ? .warning : .dim)
  }

  /// Returns the satisfaction index of the year so far with its grade and respondents,
  /// marked when the sample is smaller than the year's served residents need.
  static func indexTile(_ figures: SummaryFigures, _ catalog: Catalog) -> Tile {
    let label = catalog.format(.summaryIndex, figures.day.year)
    let shortLabel = "IKM \(figures.day.year)"
    guard let satisfaction = figures.satisfaction else {
      return Tile(label: label, shortLabel: shortLabel, value: "-", detail: catalog[.summaryNoData])
    }

    let respondents = catalog.number(satisfaction.index.respondents)
    let required = catalog.number(satisfaction.adequacy.required)
    let sufficient = satisfaction.adequacy.isSufficient
    let style: Style = sufficient ? .dim : .warning
    let sample =
      sufficient
      ? catalog.format(.summaryIndexRespondents, respondents)
      : catalog.format(.summaryIndexSampleShort, respondents, required)

    guard let ikm = satisfaction.index.ikm else {
      // The index needs an answer to every element; name the ones that have none.
      var reasons = [sample]
      if case .notComputable(let unanswered) = satisfaction.index.result,
        satisfaction.index.respondents > 0
      {
        let codes = unanswered.map(\.code).joined(separator: ",")
        reasons.insert(catalog.format(.summaryIndexUnanswered, codes), at: 0)
      }
      return Tile(
        label: label, shortLabel: shortLabel, value: "-", details: reasons, detailStyle: .warning)
    }

    let grade = ikm.grade.rawValue + " " + catalog.grade(ikm.grade)
    var details = [grade + " · " + sample, ikm.grade.rawValue + " · " + sample]
    if let before = figures.previousSatisfaction?.index.ikm {
      let difference = ikm.hundredths - before.hundredths
      let amount = catalog.decimal(Double(abs(difference)) / 100, digits: 2)
      let versus =
        arrow(difference) + amount + " "
        + catalog.format(
          .summaryAgainst, String(figures.day.year - 1))
      details.insert(ikm.grade.rawValue + " · " + versus + " · " + sample, at: 0)
      details.insert(ikm.grade.rawValue + " · " + versus, at: 2)
    }

    return Tile(
      label: label, shortLabel: shortLabel, value: catalog.ikm(ikm),
      valueStyle: ikm.grade <= .b ? .accent : .warning,
      details: details, detailStyle: style)
  }

  /// Returns a tile for a rate: the percent, its change in points, and the counts behind it.
  static func rateTile(
    _ label: String, short shortLabel: String, _ current: Ratio, _ previous: Ratio,
    against period: String, _ catalog: Catalog
  ) -> Tile {
    guard let tenths = current.tenthsOfPercent else {
      return Tile(
        label: label, shortLabel: shortLabel, value: "-", detail: catalog[.summaryNoData])
    }
    let value = catalog.decimal(Double(tenths) / 10, digits: 1) + "%"
    let counts = catalog.number(current.part) + "/" + catalog.number(current.whole)
    guard let before = previous.tenthsOfPercent else {
      return Tile(label: label, shortLabel: shortLabel, value: value, detail: counts)
    }
    let difference = tenths - before
    let arrow = self.arrow(difference)
    let amount = catalog.decimal(Double(abs(difference)) / 10, digits: 1)
    let against = catalog.format(.summaryAgainst, period)
    let points = arrow + " " + catalog.format(.summaryPoints, amount) + " " + against
    return Tile(
      label: label, shortLabel: shortLabel, value: value,
      details: [points + " · " + counts, points, arrow + amount + " " + against],
      detailStyle: trendStyle(tenths, before))
  }

  /// Returns the change from `previous` to `current`, such as "▲ 3 vs Kamis".
  static func change(_ current: Int, _ previous: Int, against period: String, _ catalog: Catalog)
    -> String
  {
    let difference = current - previous
    let arrow = self.arrow(difference)
    let amount = difference == 0 ? "" : " " + catalog.number(abs(difference))
    return arrow + amount + " " + catalog.format(.summaryAgainst, period)
  }

  /// Returns the arrow with the size of the change, such as "▲3".
  static func arrowAmount(_ difference: Int, _ catalog: Catalog) -> String {
    arrow(difference) + (difference == 0 ? "" : catalog.number(abs(difference)))
  }

  /// Returns ▲ for a rise, ▼ for a fall and = for no change.
  static func arrow(_ difference: Int) -> String {
    if difference > 0 { return "▲" }
    if difference < 0 { return "▼" }
    return "="
  }

  static func trendStyle(_ current: Int, _ previous: Int) -> Style {
    if current > previous { return .success }
    if current < previous { return .warning }
    return .dim
  }

  /// "1–4 Nov", or "Nov" for the whole month.
  static func span(_ period: ReportPeriod, _ catalog: Catalog) -> String {
    let month = catalog.shortMonthName(period.first.month)
    if period.first.day == 1, period.last.adding(days: 1).day == 1 { return month }
    if period.first == period.last { return "\(period.first.day) \(month)" }
    return "\(period.first.day)–\(period.last.day) \(month)"
  }

  static func draw(_ tile: Tile, in rect: Rect, big: Bool, unicode: Bool, into screen: inout Screen)
  {
    let width = max(0, rect.width - 2)
    let col = rect.col + 1
    let label = tile.labels.first { TextWidth.columns($0) <= width } ?? tile.labels.last ?? ""
    screen.put(label, row: rect.row, col: col, style: .columnHeading, width: width)
    var detailRow = rect.row + 2
    if big, let rows = BigText.rows(tile.value, unicode: unicode),
      TextWidth.columns(rows[0]) <= width
    {
      for (offset, line) in rows.enumerated() {
        screen.put(line, row: rect.row + 1 + offset, col: col, style: tile.valueStyle)
      }
      detailRow = rect.row + 1 + BigText.height
    } else {
      screen.put(tile.value, row: rect.row + 1, col: col, style: tile.valueStyle, width: width)
    }
    let detail = tile.details.first { TextWidth.columns($0) <= width } ?? tile.details.last ?? ""
    screen.put(detail, row: detailRow, col: col, style: tile.detailStyle, width: width)
  }

  // MARK: Desa bars

  /// Draws one line per desa: delivered this month (solid) and pending (light) as one bar, the two
  /// counts, and deliveries this month per 1,000 residents.
  static func drawDesa(
    _ state: DashboardState, figures: SummaryFigures, snapshot: Snapshot, in rect: Rect,
    into screen: inout Screen
  ) {
    let catalog = state.catalog
    let solid = state.unicode ? "█" : "#"
    let light = state.unicode ? "░" : "-"

    guard state.kecamatan.hasGeography else {
      // A kecamatan whose region was not imported has no desa to draw a bar for.
      let text = catalog.format(.summaryNoGeography, state.kecamatan.name)
      for (offset, line) in Renderer.wrap(text, width: rect.width - 2, maxLines: rect.height)
        .enumerated()
      {
        screen.put(" " + line, row: rect.row + offset, col: rect.col, style: .dim)
      }
      return
    }
    let desa = state.kecamatan.desa
    let rows = desa.map { desa -> (Desa, Int, Int) in
      (
        desa, figures.month.delivered(inDesa: desa.code),
        snapshot.desaLoads[desa.code]?.pending ?? 0
      )
    }
    let largest = max(1, rows.map { $0.1 + $0.2 }.max() ?? 1)
    let nameWidth = min(12, max(6, desa.map { TextWidth.columns($0.name) }.max() ?? 6))
    let countsWidth = 8
    let rateWidth = 6
    let barWidth = rect.width - 1 - nameWidth - 1 - countsWidth - 1 - rateWidth
    drawDesaHeading(
      catalog, month: figures.day.month, shades: (solid, light), rateWidth: rateWidth,
      in: rect, into: &screen)

    for (index, (desa, delivered, pending)) in rows.enumerated() {
      let row = rect.row + 1 + index
      guard row < rect.bottom else { break }
      var col = rect.col + 1
      screen.put(desa.name, row: row, col: col, style: .normal, width: nameWidth)
      col += nameWidth + 1
      if barWidth >= 4 {
        let bar = Chart.bar(
          first: delivered, second: pending, total: largest, width: barWidth,
          unicode: state.unicode)
        let solidCount = bar.prefix { String($0) == solid }.count
        screen.put(String(bar.prefix(solidCount)), row: row, col: col, style: .success)
        screen.put(
          String(bar.dropFirst(solidCount)), row: row, col: col + solidCount, style: .warning)
        col += barWidth + 1
      }
      let counts = catalog.number(delivered) + "/" + catalog.number(pending)
      screen.put(
        pad(counts, to: countsWidth), row: row, col: col, style: .normal, width: countsWidth)
      col += countsWidth + 1
      let perThousand = Double(delivered) * 1000 / Double(max(1, desa.residents))
      screen.put(
        pad(catalog.decimal(perThousand, digits: 1), to: rateWidth), row: row, col: col,
        style: .dim, width: rateWidth)
    }
  }

  /// Repeats each column of a chart row `width - 1` times and adds a gap, so that a day
  /// reads as one bar on a wide screen.
  private static func widened(_ line: String, by width: Int) -> String {
    guard width > 1 else { return line }
    return line.map { String(repeating: String($0), count: width - 1) + " " }.joined()
  }

  /// Writes the first day under the left end of a chart and the last under its right end.
  private static func drawAxis(
    from first: CalendarDay, to last: CalendarDay, width: Int, row: Int, col: Int,
    catalog: Catalog, into screen: inout Screen
  ) {
    let start = "\(first.day) \(catalog.shortMonthName(first.month))"
    let end = "\(last.day) \(catalog.shortMonthName(last.month))"
    guard TextWidth.columns(start) + TextWidth.columns(end) + 1 <= width else { return }
    screen.put(start, row: row, col: col, style: .dim)
    screen.put(end, row: row, col: col + width - TextWidth.columns(end), style: .dim)
  }

  /// Draws the heading over the desa bars: the two shades, the shades again over the
  /// counts column, whose figures come in their order, and the per-1,000 column's heading.
  private static func drawDesaHeading(
    _ catalog: Catalog, month: Int, shades: (solid: String, light: String), rateWidth: Int,
    in rect: Rect, into screen: inout Screen
  ) {
    let countsHeading = shades.solid + "/" + shades.light
    let countsHeadingWidth = TextWidth.columns(countsHeading)
    let headingWidth = rect.width - rateWidth - 2 - countsHeadingWidth - 2
    let headings = [
      " "
        + catalog.format(
          .summaryDesaHeading, shades.solid, shades.light, catalog.shortMonthName(month)),
      " " + catalog.format(.summaryDesaHeadingShort, shades.solid, shades.light),
    ]
    let heading = headings.first { TextWidth.columns($0) <= headingWidth } ?? headings[1]
    screen.put(heading, row: rect.row, col: rect.col, style: .title, width: headingWidth)
    screen.put(
      countsHeading, row: rect.row, col: rect.right - rateWidth - 1 - countsHeadingWidth,
      style: .title)
    screen.put(
      pad(catalog[.summaryPerThousand], to: rateWidth), row: rect.row,
      col: rect.right - rateWidth, style: .title, width: rateWidth)
  }

  private static func pad(_ text: String, to width: Int) -> String {
    String(repeating: " ", count: max(0, width - TextWidth.columns(text))) + text
  }

  // MARK: Trends, failures and couriers

  static func drawTrends(
    _ state: DashboardState, figures: SummaryFigures, snapshot: Snapshot, in rect: Rect,
    into screen: inout Screen
  ) {
    let catalog = state.catalog
    var row = rect.row
    let days = figures.trend
    // Each day takes up to 4 columns on a wide screen, the last of them a gap.
    let dayWidth = max(1, min(4, (rect.width - 2) / max(1, days.count)))
    let visibleDays = Array(days.suffix(max(0, (rect.width - 2) / dayWidth)))
    let firstShown = figures.day.adding(days: 1 - visibleDays.count)
    // Taller charts when the screen has the rows: a quarter of them each, at most 8.
    let chartHeight = max(1, min(8, (rect.height - 6) / 4))

    let peak = visibleDays.map(\.delivered).max() ?? 0
    let deliveries = Chart.columns(
      visibleDays.map { Double($0.delivered) }, height: chartHeight, maximum: Double(max(1, peak)),
      unicode: state.unicode)
    let onTime = Chart.columns(
      visibleDays.map { $0.onTime.percent }, height: chartHeight, maximum: 100,
      unicode: state.unicode)
    let charts: [(MessageKey, String, [String], Style)] = [
      (
        .summaryTrendDeliveriesShort,
        catalog.format(.summaryTrendDeliveries, SummaryFigures.trendDays, catalog.number(peak)),
        deliveries, .success
      ),
      (
        .summaryTrendOnTimeShort,
        catalog.format(.summaryTrendOnTime, SummaryFigures.trendDays), onTime, .accent
      ),
    ]
    // One-row charts take their label on the same row when there is room, which leaves
    // two more rows for the lists below on a 24-row terminal.
    let labelWidth = charts.map { TextWidth.columns(catalog[$0.0]) }.max() ?? 0
    let inline = chartHeight == 1 && labelWidth + 1 + visibleDays.count * dayWidth <= rect.width
    for (shortLabel, heading, lines, style) in charts {
      guard row < rect.bottom else { return }
      var chartCol = rect.col + 1
      if inline {
        screen.put(catalog[shortLabel], row: row, col: rect.col, style: .title, width: labelWidth)
        chartCol = rect.col + labelWidth + 1
      } else {
        screen.put(heading, row: row, col: rect.col, style: .title, width: rect.width)
        row += 1
      }
      for line in lines where row < rect.bottom {
        screen.put(widened(line, by: dayWidth), row: row, col: chartCol, style: style)
        row += 1
      }
      if chartHeight > 1, row < rect.bottom {
        drawAxis(
          from: firstShown, to: figures.day, width: visibleDays.count * dayWidth, row: row,
          col: chartCol, catalog: catalog, into: &screen)
        row += 1
      }
    }

    guard row < rect.bottom else { return }
    let failures = figures.month.failuresByReason.filter { $0.value > 0 }
      .sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
      .map { catalog.reason($0.key) + " " + catalog.number($0.value) }
    let failureLine =
      catalog.format(
        .summaryFailures, catalog.monthName(figures.day.month),
        catalog.number(figures.month.failedAttempts)) + " "
      + (failures.isEmpty ? catalog[.summaryNoFailures] : failures.joined(separator: " · "))
    // On a short screen each of these sections keeps to one line, so the couriers fit.
    let linesEach = rect.height < 16 ? 1 : 2
    for line in Renderer.wrap(failureLine, width: max(1, rect.width), maxLines: linesEach)
    where row < rect.bottom {
      screen.put(line, row: row, col: rect.col, style: failures.isEmpty ? .dim : .warning)
      row += 1
    }

    // This month's complaint resolution, naming the states left out of its denominator.
    let complaintLines = ComplaintPane.footerLines(
      state, width: rect.width, room: rect.height >= 24 ? 3 : 2)
    for line in complaintLines where row < rect.bottom {
      screen.put(line, row: row, col: rect.col, style: .normal, width: rect.width)
      row += 1
    }

    // The index tile already gives the index and sample on a short screen.
    if let satisfaction = figures.satisfaction, linesEach > 1 {
      // The headline keeps one line; the sample note below it takes a second one only on
      // a tall screen, where the couriers still fit.
      let surveyLines = SurveySummaryText.lines(satisfaction, catalog: catalog).prefix(2)
      for (index, line) in surveyLines.enumerated() {
        let wrapped = Renderer.wrap(
          line.text, width: max(1, rect.width), maxLines: index == 0 || rect.height < 24 ? 1 : 2)
        for text in wrapped where row < rect.bottom {
          screen.put(
            text, row: row, col: rect.col, style: line.isWarning ? .warning : .normal,
            width: rect.width)
          row += 1
        }
      }
    }

    guard row + 1 < rect.bottom else { return }
    screen.put(catalog[.summaryCouriers], row: row, col: rect.col, style: .title, width: rect.width)
    row += 1
    let board = snapshot.courierBoard
    if board.isEmpty {
      screen.put(catalog[.couriersEmpty], row: row, col: rect.col + 1, style: .dim)
      return
    }
    for (index, courier) in board.enumerated() {
      guard row < rect.bottom else { break }
      if row == rect.bottom - 1, index < board.count - 1 {
        screen.put(
          catalog.format(.summaryMoreCouriers, board.count - index), row: row, col: rect.col + 1,
          style: .dim)
        break
      }
      let stops = courier.assigned + courier.out + courier.delivered + courier.failed
      let counts = catalog.format(
        .summaryCourierLine, stops, courier.delivered, courier.failed)
      let countsWidth = TextWidth.columns(counts)
      let nameWidth = max(4, min(24, rect.width - 2 - countsWidth))
      // One column stays blank between the name and its counts.
      screen.put(courier.name, row: row, col: rect.col + 1, style: .normal, width: nameWidth - 1)
      screen.put(
        counts, row: row, col: rect.col + 1 + nameWidth,
        style: courier.failed > 0 ? .warning : .dim,
        width: rect.width - 1 - nameWidth)
      row += 1
    }
  }
}
