import HDSCore
import HDSDashboard
import HDSTerminal

/// `hds courier list` as a plain table: one row per courier, columns as wide as their
/// widest cell, in display columns, with long names clipped.
struct CourierTable {
  let couriers: [Courier]
  /// The store's kecamatan, whose desa names the home desa column shows.
  let kecamatan: Kecamatan
  /// The day that "on duty" refers to.
  let day: CalendarDay
  let calendar: WorkingCalendar
  let words: Words
  /// Whether phone numbers are shortened, for a role that sees personal numbers masked.
  var masksPhones = false

  /// Courier names wider than this many columns are clipped with "…".
  static let maxNameWidth = 24

  func render() -> String {
    let header = [
      words.id, words.name, words.phone, words.vehicle, words.homeDesa, words.capacity,
      words.days, words.active, words.onDuty,
    ]
    let rows = couriers.map(cells)
    var widths = header.map(TextWidth.columns)
    for row in rows {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], TextWidth.columns(cell))
      }
    }
    widths[1] = min(widths[1], Self.maxNameWidth)

    var lines = [line(header, widths)]
    lines += rows.map { line($0, widths) }
    if couriers.isEmpty { lines.append(words.none) }
    return lines.joined(separator: "\n")
  }

  private func cells(_ courier: Courier) -> [String] {
    [
      String(courier.id), courier.name,
      courier.phone.map { masksPhones ? $0.shortened : $0.grouped } ?? "-", courier.vehicle,
      kecamatan.desa(code: courier.homeDesaCode)?.name ?? courier.homeDesaCode,
      String(courier.dailyCapacity), words.days(courier.workingDays),
      courier.isActive ? words.yes : words.no,
      courier.isOnDuty(day, calendar: calendar) ? words.yes : words.no,
    ]
  }

  /// Pads every cell but the last to its column, two spaces apart; the id and the
  /// capacity are right-aligned.
  private func line(_ cells: [String], _ widths: [Int]) -> String {
    var parts: [String] = []
    for (index, cell) in cells.enumerated() {
      let numeric = index == 0 || index == 5
      if index == cells.count - 1 && !numeric {
        parts.append(TextWidth.clip(cell, to: widths[index]))
      } else {
        parts.append(TextWidth.fit(cell, to: widths[index], alignRight: numeric))
      }
    }
    return parts.joined(separator: "  ")
  }

  /// The table's headings and values in Bahasa Indonesia or English.
  struct Words {
    let id: String
    let name: String
    let phone: String
    let vehicle: String
    let homeDesa: String
    let capacity: String
    let days: String
    let active: String
    let onDuty: String
    let yes: String
    let no: String
    let none: String
    /// Short weekday names, Monday first.
    let weekdays: [String]

    init(_ language: Language) {
      switch language {
      case .indonesian:
        (id, name, phone, vehicle, homeDesa) = ("ID", "Nama", "Telepon", "Kendaraan", "Desa")
        (capacity, days, active, onDuty) = ("Kap.", "Hari kerja", "Aktif", "Tugas hari ini")
        (yes, no, none) = ("ya", "tidak", "Belum ada kurir.")
        weekdays = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
      case .english:
        (id, name, phone, vehicle, homeDesa) = ("ID", "Name", "Phone", "Vehicle", "Desa")
        (capacity, days, active, onDuty) = ("Cap.", "Working days", "Active", "On duty today")
        (yes, no, none) = ("yes", "no", "No couriers yet.")
        weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
      }
    }

    /// Writes ISO weekdays as ranges of short names: [1, 2, 3, 4, 5] → "Sen–Jum",
    /// [1, 3, 5] → "Sen, Rab, Jum".
    func days(_ days: Set<Int>) -> String {
      WorkingDays.format(days).split(separator: ",").map { run in
        run.split(separator: "-").compactMap { Int($0) }.map { weekdays[$0 - 1] }
          .joined(separator: "–")
      }.joined(separator: ", ")
    }
  }
}
