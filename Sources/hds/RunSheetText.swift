import HDSCore
import HDSDashboard

/// The words of the run sheet (surat jalan) in Bahasa Indonesia and English. Weekdays,
/// dates and request states come from the dashboard's catalog.
struct RunSheetText {
  let title: String
  let courier: String
  let phone: String
  let vehicle: String
  let date: String
  let number: String
  let requestNumber: String
  /// The heading of the plain-text column with the request number, at most 15 columns.
  let request: String
  let resident: String
  /// The HTML heading of the resident column, whose address has a column of its own.
  let residentOnly: String
  let address: String
  let document: String
  let recipientName: String
  let signature: String
  let stops: String
  let perDocument: String
  /// The label of a route distance with at least one estimated leg.
  let distance: String
  /// The label of a route distance taken wholly from `road-distances.csv`.
  let fileDistance: String
  let noStops: String
  let incompleteAddress: String
  let catalog: Catalog

  init(_ language: Language) {
    catalog = Catalog(language)
    switch language {
    case .indonesian:
      title = "Surat Jalan Pengantaran Dokumen Kependudukan"
      courier = "Kurir"
      phone = "Telepon"
      vehicle = "Kendaraan"
      date = "Tanggal"
      number = "No."
      requestNumber = "Nomor permohonan"
      request = "Permohonan"
      resident = "Penduduk dan alamat"
      residentOnly = "Penduduk"
      address = "Alamat"
      document = "Dokumen"
      recipientName = "Nama penerima"
      signature = "Tanda tangan"
      stops = "Jumlah tujuan"
      perDocument = "Per dokumen"
      distance = "Perkiraan jarak rute"
      fileDistance = "Jarak rute"
      noStops = "Tidak ada pengantaran untuk kurir ini pada tanggal ini."
      incompleteAddress = "alamat belum lengkap"
    case .english:
      title = "Run Sheet for Civil-Registry Document Delivery"
      courier = "Courier"
      phone = "Phone"
      vehicle = "Vehicle"
      date = "Date"
      number = "No."
      requestNumber = "Request number"
      request = "Request"
      resident = "Resident and address"
      residentOnly = "Resident"
      address = "Address"
      document = "Document"
      recipientName = "Recipient name"
      signature = "Signature"
      stops = "Stops"
      perDocument = "Per document"
      distance = "Estimated route distance"
      fileDistance = "Route distance"
      noStops = "No deliveries for this courier on this date."
      incompleteAddress = "address incomplete"
    }
  }

  var language: Language { catalog.language }

  /// "Jumat, 4 Desember 2026", "Friday, 4 December 2026".
  func day(_ day: CalendarDay) -> String {
    catalog.weekday(day) + ", " + catalog.date(day)
  }

  /// "dicoba 1 kali", "1 attempt".
  func attempts(_ count: Int) -> String {
    switch language {
    case .indonesian: return "dicoba \(count) kali"
    case .english: return count == 1 ? "1 attempt" : "\(count) attempts"
    }
  }

  /// "12,4 km", "12.4 km".
  func kilometres(_ value: Double) -> String {
    catalog.decimal(value, digits: 1) + " km"
  }

  /// Says how the route distance was found: `fromFile` of `legs` legs from
  /// road-distances.csv, the others straight line × `roadFactor`.
  func distanceNote(roadFactor: Double, digits: Int, fromFile: Int, legs: Int) -> String {
    let factor = catalog.decimal(roadFactor, digits: digits)
    let file = RoadDistanceTable.fileName
    switch (language, fromFile) {
    case (.indonesian, 0):
      return "Perkiraan: jarak garis lurus antartitik desa/dusun × \(factor), dari kantor"
        + " kecamatan melalui tujuan sesuai urutan dan kembali. Letak kantor dan dusun juga"
        + " perkiraan."
    case (.indonesian, legs):
      return "Jarak jalan dari \(file), dari kantor kecamatan melalui tujuan sesuai urutan"
        + " dan kembali."
    case (.indonesian, _):
      return "\(fromFile) dari \(legs) ruas dari \(file); ruas lainnya perkiraan, jarak garis"
        + " lurus antartitik desa/dusun × \(factor). Rute dari kantor kecamatan melalui tujuan"
        + " sesuai urutan dan kembali."
    case (.english, 0):
      return "Estimate: straight-line distance between desa/dusun points × \(factor), from the"
        + " kantor kecamatan through the stops in order and back. The office and dusun"
        + " positions are estimates too."
    case (.english, legs):
      return "Road distances from \(file), from the kantor kecamatan through the stops in"
        + " order and back."
    case (.english, _):
      return "\(fromFile) of \(legs) legs from \(file); the others are estimates,"
        + " straight-line distance between desa/dusun points × \(factor). The route runs"
        + " from the kantor kecamatan through the stops in order and back."
    }
  }

  /// "(2 tujuan tanpa letak yang diketahui tidak dihitung)".
  func unplaced(_ count: Int) -> String {
    switch language {
    case .indonesian: return "(\(count) tujuan tanpa letak yang diketahui tidak dihitung)"
    case .english:
      return count == 1
        ? "(1 stop without a known position is not counted)"
        : "(\(count) stops without a known position are not counted)"
    }
  }
}
