import HDSCore

/// The Indonesian messages of the print-list and survey imports. Each names the value as
/// the file wrote it and the fix; `Catalog.describe(_:)` adds the line. States, region
/// parts and dates come from the catalog, so they read as on the dashboard.
struct ImportTextIndonesian {
  let catalog: Catalog

  static let dateFormats = "YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY"

  /// Returns the message of `kind` about the value `value` in the column headed `column`.
  func reason(_ kind: ImportProblem, column: String, value: String) -> String {
    switch kind {
    case .tooManyFields(let fields, let headerCells):
      return "baris ini berisi \(fields) kolom, sedangkan baris judul hanya \(headerCells);"
        + " kemungkinan ada nilai yang memuat tanda pemisah, jadi apit nilai itu dengan tanda"
        + " petik ganda"
    case .empty(let field):
      return "\(column) kosong; \(fix(field))"
    case .nikAsNumber:
      return "NIK \(value) diubah menjadi angka oleh program lembar kerja sehingga digitnya"
        + " hilang; format kolom \(column) sebagai teks, ketik ulang NIK-nya, lalu ekspor lagi"
    case .invalidNIK(let error):
      return nik(error)
    case .nikWarning(let warning):
      return nik(warning, value: value)
    case .unknownDocument:
      return "\(column) \(value) bukan dokumen yang diantar HDS; isi salah satu dari"
        + " \(ImportValues.documents)"
    case .unknownDesa(let kecamatan, let desa):
      return "\(column) \(value) bukan desa di Kecamatan \(kecamatan); isi salah satu dari"
        + " \(desa.joined(separator: ", ")), atau kosongkan"
    case .sameNIKAndDocument(let firstLine):
      return "NIK dan dokumennya sama dengan baris \(firstLine); hanya baris \(firstLine) yang"
        + " diimpor"
    case .notADate(let field):
      return "\(column) \(value) bukan tanggal; \(fix(field))"
    case .noSuchDay:
      return "\(column) \(value) bukan tanggal yang ada; periksa tanggal dan bulannya"
    case .afterToday(let today, let yearFirst):
      let check =
        yearFirst
        ? "periksa tahun, bulan dan tanggalnya"
        : "pastikan tanggal ditulis sebelum bulan, seperti DD/MM/YYYY"
      return "\(column) \(value) jatuh setelah hari ini (\(catalog.date(today))); \(check)"
    case .invalidRequestNumber(.printList):
      return "\(column) \(value) bukan nomor permohonan; tulis seperti HDS-2026-000123, atau"
        + " kosongkan agar baris dicocokkan menurut NIK dan dokumen"
    case .invalidRequestNumber(.survey):
      return "\(column) \(value) bukan nomor permohonan; tulis seperti tercetak, misalnya"
        + " HDS-2026-000123"
    case .invalidAnswer:
      return "\(column) \(value) bukan jawaban; isi bilangan bulat 1 sampai 4, atau kosongkan"
        + " sel itu bila penduduk tidak menjawab unsur tersebut"
    case .noAnswers:
      return "semua jawaban (\(ImportValues.elements)) kosong; isi setidaknya satu jawaban 1"
        + " sampai 4, atau hapus baris ini"
    case .requestRepeated(let request, let firstLine):
      return "permohonan \(request) juga ada di baris \(firstLine) dengan tanggal atau jawaban"
        + " lain; satu permohonan hanya punya satu survei, jadi pertahankan salah satu baris"
        + " saja"
    case .sameResponse(let firstLine):
      return "permohonan, tanggal dan jawabannya sama dengan baris \(firstLine); hanya baris"
        + " \(firstLine) yang diimpor"
    case .requestNotFound(let request, .printList):
      return "permohonan \(request) tidak ditemukan; periksa nomornya, atau kosongkan agar"
        + " baris dicocokkan menurut NIK dan dokumen"
    case .requestNotFound(let request, .survey):
      return "permohonan \(request) tidak ditemukan; cocokkan nomornya dengan tanda terima atau"
        + " daftar penerima"
    case .requestOfOtherNIK(let request):
      return "permohonan \(request) milik NIK lain; periksa nomor permohonan dan NIK-nya"
    case .requestOfOtherDocument(let request, let stored, let listed):
      return "permohonan \(request) untuk \(stored.shortName), bukan \(listed.shortName);"
        + " periksa nomor permohonan dan dokumennya"
    case .requestNotSent(let request):
      return "permohonan \(request) berstatus \(catalog.state(.received)) dan belum dicatat"
        + " terkirim ke Dukcapil di HDS; catat pengirimannya, lalu impor daftar ini lagi"
    case .requestCancelled(let request):
      return "permohonan \(request) sudah dibatalkan; sisihkan dokumen yang sudah dicetak, atau"
        + " daftarkan permohonan baru di loket lalu impor daftar ini lagi"
    case .nameDiffers(let listed, let stored, let request):
      return "nama \"\(listed)\" berbeda dengan nama warga tersimpan \"\(stored)\""
        + " (permohonan \(request)); baris dicocokkan menurut NIK-nya, jadi koreksi nama"
        + " tersimpan bila salah, atau periksa NIK itu ke Dukcapil bila keduanya orang yang"
        + " berbeda"
    case .surveyRejected(let rejection):
      return survey(rejection)
    }
  }

  /// Returns the fix for an empty or unreadable cell.
  private func fix(_ field: ImportField) -> String {
    switch field {
    case .nik: return "isi NIK 16 angka"
    case .name: return "isi nama seperti tercetak pada dokumen"
    case .document: return "isi salah satu dari \(ImportValues.documents)"
    case .printDate: return "tulis sebagai \(Self.dateFormats)"
    case .requestNumber: return "isi nomor permohonan, misalnya HDS-2026-000123"
    case .answeredDate: return "tulis tanggal kuesioner diisi sebagai \(Self.dateFormats)"
    }
  }

  private func nik(_ error: NIKError) -> String {
    let check = "periksa NIK pada KTP-el atau Kartu Keluarga"
    switch error {
    case .notDigits(let text):
      return "NIK \(text) memuat karakter selain angka, spasi, titik dan tanda hubung; isi 16"
        + " angka NIK"
    case .wrongLength(let text, let digits):
      return "NIK \(text) terdiri dari \(digits) angka; NIK harus 16 angka"
    case .zeroRegion(let text, let part):
      return "NIK \(text) memuat kode \(regionName(part)) 00, padahal tidak ada wilayah berkode"
        + " itu; \(check)"
    case .zeroSerial(let text):
      return "NIK \(text) bernomor urut 0000, padahal nomor urut dimulai dari 0001; \(check)"
    case .impossibleDate(let text, let day, let month, let yearDigits):
      return "NIK \(text) memuat tanggal \(day), bulan \(month), tahun"
        + " \(ImportValues.yearDigits(yearDigits)), padahal tanggal itu tidak ada; \(check)"
    }
  }

  private func nik(_ warning: NIKWarning, value: String) -> String {
    switch warning {
    case .unknownRegion(let code):
      return "NIK \(value): kode wilayah \(code) tidak dikenal; periksa dengan KTP-el"
    case .birthDateMismatch(let encoded, let recorded):
      let dates = encoded.map { catalog.date($0) }.joined(separator: " atau ")
      return "NIK \(value) memuat tanggal lahir \(dates), sedangkan tanggal lahir yang tercatat"
        + " \(catalog.date(recorded)); periksa dengan KTP-el"
    }
  }

  private func regionName(_ part: NIKError.RegionPart) -> String {
    switch part {
    case .province: return catalog[.regionProvince]
    case .kabupaten: return catalog[.regionKabupaten]
    case .kecamatan: return catalog[.regionKecamatan]
    }
  }

  private func survey(_ rejection: SurveyRejection) -> String {
    switch rejection {
    case .notDelivered(let request, let state):
      return "permohonan \(request) berstatus \(catalog.state(state)), belum diserahkan; survei"
        + " hanya dicatat setelah dokumen diserahkan"
    case .alreadyAnswered(let request, let answeredOn, _):
      return "permohonan \(request) sudah punya survei lain yang diisi"
        + " \(catalog.date(answeredOn)); impor tidak menggantinya, jadi hapus baris ini, atau"
        + " ganti survei itu di dasbor (v di rincian permohonan)"
    case .nothingToReplace(let request):
      return "permohonan \(request) belum punya survei untuk diganti; catat survei baru"
    case .answeredBeforeDelivery(let request, let answeredOn, let deliveredOn):
      return "tanggal isi \(catalog.date(answeredOn)) untuk permohonan \(request) sebelum"
        + " penyerahannya pada \(catalog.date(deliveredOn)); isi tanggal saat penduduk mengisi"
        + " kuesioner"
    case .answeredInFuture(let request, let answeredOn, let today):
      return "tanggal isi \(catalog.date(answeredOn)) untuk permohonan \(request) jatuh setelah"
        + " hari ini (\(catalog.date(today))); pastikan tanggal ditulis sebelum bulan, seperti"
        + " DD/MM/YYYY"
    case .noAnswers(let request):
      return "survei permohonan \(request) tidak berisi jawaban; isi setidaknya satu jawaban 1"
        + " sampai 4"
    }
  }

  // MARK: Files

  func fileError(_ error: PrintListError) -> String {
    switch error {
    case .empty:
      return "berkas kosong; daftar cetak diawali baris judul seperti"
        + " NIK;nama;dokumen;tanggal cetak"
    case .missingColumns(let columns, let line, let header):
      return missingColumns(
        columns.map { (name(of: $0), $0.acceptedNames) }, line: line, header: header,
        looksLikeData: error.headerLooksLikeData)
    case .repeatedColumn(let column, let first, let second, let line):
      return repeatedColumn(name(of: column), first: first, second: second, line: line)
    }
  }

  func fileError(_ error: SurveyListError) -> String {
    switch error {
    case .empty:
      return "berkas kosong; berkas survei diawali baris judul seperti"
        + " nomor permohonan;tanggal survei;U1;U2;U3;U4;U5;U6;U7;U8;U9"
    case .missingColumns(let columns, let line, let header):
      return missingColumns(
        columns.map { (name(of: $0), $0.acceptedNames) }, line: line, header: header,
        looksLikeData: error.headerLooksLikeData)
    case .repeatedColumn(let column, let first, let second, let line):
      return repeatedColumn(name(of: column), first: first, second: second, line: line)
    }
  }

  func fileError(_ error: CSVError) -> String {
    switch error {
    case .invalidUTF8(let line):
      return "baris \(line): teksnya bukan UTF-8 yang sah; simpan ulang berkas sebagai CSV"
        + " UTF-8, lalu coba lagi"
    case .unterminatedQuote(let line):
      return "baris \(line): sebuah nilai bertanda petik dimulai di sini tetapi tidak pernah"
        + " ditutup; tambahkan tanda petik penutup (\") atau hapus tanda petik pembukanya"
    case .textAfterQuote(let line):
      return "baris \(line): ada teks sesudah tanda petik penutup sebuah nilai; tanda petik di"
        + " dalam nilai bertanda petik harus ditulis dua kali (\"\")"
    }
  }

  private func missingColumns(
    _ columns: [(name: String, accepted: [String])], line: Int, header: [String],
    looksLikeData: Bool
  ) -> String {
    let missing = columns.map { column in
      "kolom \(column.name) (nama yang diterima: \(column.accepted.joined(separator: ", ")))"
    }
    var text = "baris \(line): baris judul tidak memuat \(missing.joined(separator: "; "))"
    text += "; isinya \(ImportValues.quoted(header))"
    if looksLikeData {
      text += ". Baris pertama tampaknya berisi data; tambahkan baris judul di atasnya"
    }
    return text
  }

  private func repeatedColumn(_ name: String, first: String, second: String, line: Int)
    -> String
  {
    "baris \(line): baris judul menyebut kolom \(name) dua kali (\"\(first)\" dan"
      + " \"\(second)\"); hapus atau ganti nama salah satunya"
  }

  private func name(of column: PrintListColumn) -> String {
    switch column {
    case .nik: return "NIK"
    case .name: return "nama"
    case .document: return "dokumen"
    case .printedOn: return "tanggal cetak"
    case .requestNumber: return "nomor permohonan"
    case .desa: return "desa"
    }
  }

  private func name(of column: SurveyColumn) -> String {
    switch column {
    case .requestNumber: return "nomor permohonan"
    case .answeredOn: return "tanggal isi"
    case .answer(let element): return element.code
    }
  }
}
