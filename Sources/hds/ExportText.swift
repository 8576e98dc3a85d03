import HDSCore
import HDSDashboard

/// The words of the recipient list (daftar penerima) and of the rejects file, in Bahasa
/// Indonesia and English. Recipient kinds and long dates come from the dashboard's
/// catalog, so both name them the same way.
struct ExportText {
  let title: String
  let desa: String
  let number: String
  let requestNumber: String
  let resident: String
  let address: String
  let dusun: String
  let street: String
  let document: String
  let receivedBy: String
  let recipientKind: String
  let recipientName: String
  let relation: String
  let oldCardReturned: String
  let deliveredAt: String
  let courier: String
  let signature: String
  let total: String
  let noDeliveries: String
  let incompleteAddress: String
  let yes: String
  let no: String
  /// The header of the column that the rejects file adds.
  let reason: String
  let catalog: Catalog

  init(_ language: Language) {
    catalog = Catalog(language)
    switch language {
    case .indonesian:
      title = "Daftar Penerima Dokumen Kependudukan"
      desa = "Desa"
      number = "No."
      requestNumber = "Nomor permohonan"
      resident = "Penduduk"
      address = "Alamat"
      dusun = "Dusun"
      street = "Jalan / patokan"
      document = "Dokumen"
      receivedBy = "Diterima oleh"
      recipientKind = "Penerima"
      recipientName = "Nama penerima"
      relation = "Hubungan"
      oldCardReturned = "KTP-el lama ditarik"
      deliveredAt = "Waktu serah"
      courier = "Kurir"
      signature = "Tanda tangan"
      total = "Jumlah"
      noDeliveries = "Tidak ada dokumen yang diserahkan pada rentang tanggal ini."
      incompleteAddress = "alamat belum lengkap"
      yes = "ya"
      no = "tidak"
      reason = "alasan"
    case .english:
      title = "Recipient List of Civil-Registry Documents"
      desa = "Desa"
      number = "No."
      requestNumber = "Request number"
      resident = "Resident"
      address = "Address"
      dusun = "Dusun"
      street = "Street / landmark"
      document = "Document"
      receivedBy = "Received by"
      recipientKind = "Recipient"
      recipientName = "Recipient name"
      relation = "Relation"
      oldCardReturned = "old KTP-el taken back"
      deliveredAt = "Handed over"
      courier = "Courier"
      signature = "Signature"
      total = "Total"
      noDeliveries = "No documents were handed over in this date range."
      incompleteAddress = "address incomplete"
      yes = "yes"
      no = "no"
      reason = "reason"
    }
  }

  var language: Language { catalog.language }

  /// "1 Desember 2026" for one day, "1 Desember 2026 – 4 Desember 2026" for a range.
  func range(from: CalendarDay, to: CalendarDay) -> String {
    from == to ? catalog.date(from) : catalog.date(from) + " – " + catalog.date(to)
  }

  /// A handover time as people of the language write it: "04/12/2026 11:05" in
  /// Indonesian, "2026-12-04 11:05" in English, both in WIB.
  func dateTime(_ day: CalendarDay, _ time: String) -> String {
    switch language {
    case .indonesian:
      let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
      return "\(two(day.day))/\(two(day.month))/\(day.year) \(time)"
    case .english:
      return "\(day) \(time)"
    }
  }
}
