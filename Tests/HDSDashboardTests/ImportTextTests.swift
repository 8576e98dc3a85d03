// The messages of the print-list and survey imports in both languages: every problem kind
// names the value the file holds, the line and the fix.

import Foundation
import HDSCore
import Testing

@testable import HDSDashboard

@Suite("Import messages")
struct ImportTextTests {
  private static let today = CalendarDay(year: 2026, month: 12, day: 4)
  private static let request = RequestNumber(year: 2026, serial: 1)
  private static let missing = RequestNumber(year: 2026, serial: 999)
  private static let desa = Kromengan.kecamatan.desa.map(\.name)

  /// One problem on line 14, and the texts each language's message must contain.
  private struct Sample {
    let kind: ImportProblem
    var column = ""
    var value = ""
    let english: [String]
    let indonesian: [String]

    var problem: PrintListProblem {
      PrintListProblem(line: 14, column: column, value: value, kind: kind)
    }
  }

  private static let samples: [Sample] = [
    Sample(
      kind: .tooManyFields(fields: 6, headerCells: 4), value: "a | b | c | d | e | f",
      english: ["the row has 6 fields", "the header has 4", "put that value in double quotes"],
      indonesian: ["berisi 6 kolom", "baris judul hanya 4", "apit nilai itu dengan tanda petik"]),
    Sample(
      kind: .empty(.nik), column: "NIK", english: ["NIK is empty", "enter the 16-digit NIK"],
      indonesian: ["NIK kosong", "isi NIK 16 angka"]),
    Sample(
      kind: .empty(.name), column: "Nama Lengkap",
      english: ["Nama Lengkap is empty", "enter the name as printed on the document"],
      indonesian: ["Nama Lengkap kosong", "isi nama seperti tercetak pada dokumen"]),
    Sample(
      kind: .empty(.document), column: "Jenis Dokumen",
      english: [
        "Jenis Dokumen is empty", "enter one of KTP-el, KK, KIA, Akta lahir, Akta mati, SKP",
      ],
      indonesian: [
        "Jenis Dokumen kosong", "isi salah satu dari KTP-el, KK, KIA, Akta lahir, Akta mati, SKP",
      ]),
    Sample(
      kind: .empty(.printDate), column: "Tgl Cetak",
      english: ["Tgl Cetak is empty", "enter it as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY"],
      indonesian: ["Tgl Cetak kosong", "tulis sebagai YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY"]),
    Sample(
      kind: .empty(.requestNumber), column: "nomor permohonan",
      english: ["nomor permohonan is empty", "enter the request number, as HDS-2026-000123"],
      indonesian: ["nomor permohonan kosong", "isi nomor permohonan, misalnya HDS-2026-000123"]),
    Sample(
      kind: .empty(.answeredDate), column: "tanggal survei",
      english: [
        "tanggal survei is empty", "enter the day the questionnaire was filled in as YYYY-MM-DD",
      ],
      indonesian: ["tanggal survei kosong", "tulis tanggal kuesioner diisi sebagai YYYY-MM-DD"]),
    Sample(
      kind: .nikAsNumber, column: "NIK", value: "3,50731E+15",
      english: ["NIK 3,50731E+15", "lost digits", "format the NIK column as text"],
      indonesian: ["NIK 3,50731E+15", "digitnya hilang", "format kolom NIK sebagai teks"]),
    Sample(
      kind: .invalidNIK(.notDigits("3507-31x")), column: "NIK", value: "3507-31x",
      english: ["NIK 3507-31x contains characters other than digits", "enter the 16 digits"],
      indonesian: ["NIK 3507-31x memuat karakter selain angka", "isi 16 angka NIK"]),
    Sample(
      kind: .invalidNIK(.wrongLength("35073112", digits: 8)), column: "NIK", value: "35073112",
      english: ["NIK 35073112 has 8 digits; a NIK has 16"],
      indonesian: ["NIK 35073112 terdiri dari 8 angka; NIK harus 16 angka"]),
    Sample(
      kind: .invalidNIK(.zeroRegion("3500311508900001", .kecamatan)), column: "NIK",
      value: "3500311508900001",
      english: [
        "NIK 3500311508900001", "kecamatan code 00",
        "check the NIK against the KTP-el or the Kartu Keluarga",
      ],
      indonesian: [
        "NIK 3500311508900001", "kode kecamatan 00", "periksa NIK pada KTP-el atau Kartu Keluarga",
      ]),
    Sample(
      kind: .invalidNIK(.zeroSerial("3507311508900000")), column: "NIK",
      value: "3507311508900000",
      english: ["NIK 3507311508900000", "serial 0000", "check the NIK against the KTP-el"],
      indonesian: ["NIK 3507311508900000", "nomor urut 0000", "periksa NIK pada KTP-el"]),
    Sample(
      kind: .invalidNIK(.impossibleDate("3171013002001234", day: 30, month: 2, yearDigits: 0)),
      column: "NIK", value: "3171013002001234",
      english: [
        "NIK 3171013002001234", "day 30, month 2, year ..00", "check the NIK against the KTP-el",
      ],
      indonesian: [
        "NIK 3171013002001234", "tanggal 30, bulan 2, tahun ..00", "periksa NIK pada KTP-el",
      ]),
    Sample(
      kind: .nikWarning(.unknownRegion("317101")), column: "NIK", value: "3171011708450001",
      english: ["NIK 3171011708450001", "region code 317101", "check it against the KTP-el"],
      indonesian: [
        "NIK 3171011708450001", "kode wilayah 317101 tidak dikenal", "periksa dengan KTP-el",
      ]),
    Sample(
      kind: .nikWarning(
        .birthDateMismatch(
          encoded: [CalendarDay(year: 1990, month: 8, day: 15)],
          recorded: CalendarDay(year: 1990, month: 8, day: 16))),
      column: "NIK", value: "3507311508900001",
      english: ["NIK 3507311508900001", "1990-08-15", "1990-08-16", "against the KTP-el"],
      indonesian: [
        "NIK 3507311508900001", "15 Agustus 1990", "16 Agustus 1990", "periksa dengan KTP-el",
      ]),
    Sample(
      kind: .unknownDocument, column: "dokumen", value: "paspor",
      english: ["dokumen paspor is not a document HDS delivers", "enter one of KTP-el, KK"],
      indonesian: ["dokumen paspor bukan dokumen yang diantar HDS", "isi salah satu dari KTP-el"]),
    Sample(
      kind: .unknownDesa(kecamatan: "Kromengan", desa: desa), column: "desa", value: "Kepanjen",
      english: [
        "desa Kepanjen is not a desa of Kecamatan Kromengan",
        "enter one of " + desa.joined(separator: ", "), "or leave it empty",
      ],
      indonesian: [
        "desa Kepanjen bukan desa di Kecamatan Kromengan",
        "isi salah satu dari " + desa.joined(separator: ", "), "atau kosongkan",
      ]),
    Sample(
      kind: .sameNIKAndDocument(firstLine: 2),
      english: ["same NIK and document as line 2", "only line 2 is imported"],
      indonesian: ["NIK dan dokumennya sama dengan baris 2", "hanya baris 2 yang diimpor"]),
    Sample(
      kind: .notADate(.printDate), column: "tanggal cetak", value: "kemarin",
      english: ["tanggal cetak kemarin is not a date", "enter it as YYYY-MM-DD"],
      indonesian: ["tanggal cetak kemarin bukan tanggal", "tulis sebagai YYYY-MM-DD"]),
    Sample(
      kind: .notADate(.answeredDate), column: "tanggal survei", value: "besok",
      english: ["tanggal survei besok is not a date", "the day the questionnaire was filled in"],
      indonesian: ["tanggal survei besok bukan tanggal", "tulis tanggal kuesioner diisi"]),
    Sample(
      kind: .noSuchDay, column: "tanggal cetak", value: "31/02/2026",
      english: ["tanggal cetak 31/02/2026 is not a real date", "check the day and the month"],
      indonesian: ["tanggal cetak 31/02/2026 bukan tanggal yang ada", "periksa tanggal dan bulan"]),
    Sample(
      kind: .afterToday(today: today, yearFirst: false), column: "tanggal cetak",
      value: "12/05/2027",
      english: [
        "tanggal cetak 12/05/2027 is after today (2026-12-04)",
        "check that the day comes before the month, as in DD/MM/YYYY",
      ],
      indonesian: [
        "tanggal cetak 12/05/2027 jatuh setelah hari ini (4 Desember 2026)",
        "pastikan tanggal ditulis sebelum bulan, seperti DD/MM/YYYY",
      ]),
    Sample(
      kind: .afterToday(today: today, yearFirst: true), column: "tanggal cetak",
      value: "2027-01-04",
      english: ["2027-01-04 is after today", "check the year, the month and the day"],
      indonesian: ["2027-01-04 jatuh setelah hari ini", "periksa tahun, bulan dan tanggalnya"]),
    Sample(
      kind: .invalidRequestNumber(.printList), column: "nomor permohonan", value: "2026-12",
      english: [
        "nomor permohonan 2026-12 is not a request number", "enter it as HDS-2026-000123",
        "leave it empty to match by NIK and document",
      ],
      indonesian: [
        "nomor permohonan 2026-12 bukan nomor permohonan", "tulis seperti HDS-2026-000123",
        "kosongkan agar baris dicocokkan menurut NIK dan dokumen",
      ]),
    Sample(
      kind: .invalidRequestNumber(.survey), column: "nomor permohonan", value: "HDS-26-1",
      english: ["HDS-26-1 is not a request number", "enter it as printed, as HDS-2026-000123"],
      indonesian: [
        "HDS-26-1 bukan nomor permohonan", "tulis seperti tercetak, misalnya HDS-2026-000123",
      ]),
    Sample(
      kind: .invalidAnswer, column: "U3", value: "5",
      english: ["U3 5 is not an answer", "enter a whole number from 1 to 4"],
      indonesian: ["U3 5 bukan jawaban", "isi bilangan bulat 1 sampai 4"]),
    Sample(
      kind: .noAnswers,
      english: ["every answer (U1–U9) is empty", "enter at least one answer from 1 to 4"],
      indonesian: ["semua jawaban (U1–U9) kosong", "isi setidaknya satu jawaban 1 sampai 4"]),
    Sample(
      kind: .requestRepeated(request, firstLine: 2), column: "nomor permohonan",
      value: "HDS-2026-000001",
      english: ["request HDS-2026-000001 is also on line 2", "keep one of the rows"],
      indonesian: [
        "permohonan HDS-2026-000001 juga ada di baris 2", "pertahankan salah satu baris",
      ]),
    Sample(
      kind: .sameResponse(firstLine: 2),
      english: ["same request, date and answers as line 2", "only line 2 is imported"],
      indonesian: ["sama dengan baris 2", "hanya baris 2 yang diimpor"]),
    Sample(
      kind: .requestNotFound(missing, .printList),
      english: [
        "request HDS-2026-000999 not found", "leave it empty to match by NIK and document",
      ],
      indonesian: [
        "permohonan HDS-2026-000999 tidak ditemukan",
        "kosongkan agar baris dicocokkan menurut NIK dan dokumen",
      ]),
    Sample(
      kind: .requestNotFound(missing, .survey),
      english: [
        "request HDS-2026-000999 not found",
        "check the number against the receipt or the recipient list",
      ],
      indonesian: [
        "permohonan HDS-2026-000999 tidak ditemukan",
        "cocokkan nomornya dengan tanda terima atau daftar penerima",
      ]),
    Sample(
      kind: .requestOfOtherNIK(request),
      english: [
        "request HDS-2026-000001 belongs to another NIK", "check the number and the NIK",
      ],
      indonesian: [
        "permohonan HDS-2026-000001 milik NIK lain", "periksa nomor permohonan dan NIK-nya",
      ]),
    Sample(
      kind: .requestOfOtherDocument(request, stored: .ktpEl, listed: .kk),
      english: [
        "request HDS-2026-000001 is for KTP-el, not KK", "check the number and the document",
      ],
      indonesian: [
        "permohonan HDS-2026-000001 untuk KTP-el, bukan KK",
        "periksa nomor permohonan dan dokumennya",
      ]),
    Sample(
      kind: .requestNotSent(request),
      english: [
        "request HDS-2026-000001 is received and was not sent to Dukcapil",
        "record the sending, then import the list again",
      ],
      indonesian: [
        "permohonan HDS-2026-000001 berstatus Terdaftar",
        "catat pengirimannya, lalu impor daftar ini lagi",
      ]),
    Sample(
      kind: .requestCancelled(request),
      english: [
        "request HDS-2026-000001 was cancelled", "register a new request at the counter",
      ],
      indonesian: [
        "permohonan HDS-2026-000001 sudah dibatalkan", "daftarkan permohonan baru di loket",
      ]),
    Sample(
      kind: .surveyRejected(.notDelivered(request: request, state: .ready)),
      english: [
        "request HDS-2026-000001 is ready, not delivered",
        "recorded only after the document was handed over",
      ],
      indonesian: [
        "permohonan HDS-2026-000001 berstatus Siap, belum diserahkan",
        "hanya dicatat setelah dokumen diserahkan",
      ]),
    Sample(
      kind: .surveyRejected(
        .alreadyAnswered(
          request: request, answeredOn: CalendarDay(year: 2026, month: 12, day: 2),
          recordedAt: today.start)),
      english: [
        "request HDS-2026-000001 already has another survey response, answered on 2026-12-02",
        "remove the row, or replace the response in the dashboard",
      ],
      indonesian: [
        "permohonan HDS-2026-000001 sudah punya survei lain yang diisi 2 Desember 2026",
        "hapus baris ini, atau ganti survei itu di dasbor",
      ]),
    Sample(
      kind: .surveyRejected(.nothingToReplace(request: request)),
      english: ["request HDS-2026-000001 has no survey response", "record a new one"],
      indonesian: [
        "permohonan HDS-2026-000001 belum punya survei untuk diganti", "catat survei baru",
      ]),
    Sample(
      kind: .surveyRejected(
        .answeredBeforeDelivery(
          request: request, answeredOn: CalendarDay(year: 2026, month: 11, day: 14),
          deliveredOn: CalendarDay(year: 2026, month: 11, day: 16))),
      english: [
        "the answered date 2026-11-14 of request HDS-2026-000001 is before its delivery on"
          + " 2026-11-16",
        "enter the day the resident filled in the questionnaire",
      ],
      indonesian: [
        "tanggal isi 14 November 2026 untuk permohonan HDS-2026-000001 sebelum penyerahannya"
          + " pada 16 November 2026",
        "isi tanggal saat penduduk mengisi kuesioner",
      ]),
    Sample(
      kind: .surveyRejected(
        .answeredInFuture(
          request: request, answeredOn: CalendarDay(year: 2026, month: 12, day: 5),
          today: today)),
      english: [
        "the answered date 2026-12-05 of request HDS-2026-000001 is after today (2026-12-04)",
        "check that the day comes before the month",
      ],
      indonesian: [
        "tanggal isi 5 Desember 2026 untuk permohonan HDS-2026-000001 jatuh setelah hari ini"
          + " (4 Desember 2026)",
        "pastikan tanggal ditulis sebelum bulan",
      ]),
    Sample(
      kind: .nameDiffers(listed: "Joko Y", stored: "Joko Yulianto", request: request),
      english: [
        "the name \"Joko Y\" differs from the stored resident's name \"Joko Yulianto\"",
        "(request HDS-2026-000001)", "the row is matched by its NIK",
        "correct the stored name if it is wrong",
        "check the NIK with Dukcapil if they are different people",
      ],
      indonesian: [
        "nama \"Joko Y\" berbeda dengan nama warga tersimpan \"Joko Yulianto\"",
        "(permohonan HDS-2026-000001)", "baris dicocokkan menurut NIK-nya",
        "koreksi nama tersimpan bila salah",
        "periksa NIK itu ke Dukcapil bila keduanya orang yang berbeda",
      ]),
    Sample(
      kind: .surveyRejected(.noAnswers(request: request)),
      english: ["request HDS-2026-000001 has no answer", "enter at least one answer from 1 to 4"],
      indonesian: [
        "survei permohonan HDS-2026-000001 tidak berisi jawaban",
        "isi setidaknya satu jawaban 1 sampai 4",
      ]),
  ]

  /// Returns a name for each case and each variant of its values that changes the message.
  /// The switch stops the build when a case is added, so that it gets a sample as well.
  private static func variant(_ kind: ImportProblem) -> String {
    switch kind {
    case .tooManyFields: return "tooManyFields"
    case .empty(let field): return "empty.\(field)"
    case .nikAsNumber: return "nikAsNumber"
    case .invalidNIK(let error):
      switch error {
      case .notDigits: return "nik.notDigits"
      case .wrongLength: return "nik.wrongLength"
      case .zeroRegion: return "nik.zeroRegion"
      case .zeroSerial: return "nik.zeroSerial"
      case .impossibleDate: return "nik.impossibleDate"
      }
    case .nikWarning(.unknownRegion): return "nikWarning.unknownRegion"
    case .nikWarning(.birthDateMismatch): return "nikWarning.birthDateMismatch"
    case .unknownDocument: return "unknownDocument"
    case .unknownDesa: return "unknownDesa"
    case .sameNIKAndDocument: return "sameNIKAndDocument"
    case .notADate(let field): return "notADate.\(field)"
    case .noSuchDay: return "noSuchDay"
    case .afterToday(_, let yearFirst): return "afterToday.\(yearFirst)"
    case .invalidRequestNumber(let list): return "invalidRequestNumber.\(list)"
    case .invalidAnswer: return "invalidAnswer"
    case .noAnswers: return "noAnswers"
    case .requestRepeated: return "requestRepeated"
    case .sameResponse: return "sameResponse"
    case .requestNotFound(_, let list): return "requestNotFound.\(list)"
    case .requestOfOtherNIK: return "requestOfOtherNIK"
    case .requestOfOtherDocument: return "requestOfOtherDocument"
    case .requestNotSent: return "requestNotSent"
    case .requestCancelled: return "requestCancelled"
    case .nameDiffers: return "nameDiffers"
    case .surveyRejected(let rejection):
      switch rejection {
      case .notDelivered: return "survey.notDelivered"
      case .alreadyAnswered: return "survey.alreadyAnswered"
      case .nothingToReplace: return "survey.nothingToReplace"
      case .answeredBeforeDelivery: return "survey.answeredBeforeDelivery"
      case .answeredInFuture: return "survey.answeredInFuture"
      case .noAnswers: return "survey.noAnswers"
      }
    }
  }

  /// Every variant of `variant(_:)` apart from the empty and unreadable fields, whose
  /// variants come from `ImportField`.
  private static let variants: Set<String> = [
    "tooManyFields", "nikAsNumber", "nik.notDigits", "nik.wrongLength", "nik.zeroRegion",
    "nik.zeroSerial", "nik.impossibleDate", "nikWarning.unknownRegion",
    "nikWarning.birthDateMismatch", "unknownDocument", "unknownDesa", "sameNIKAndDocument",
    "notADate.printDate", "notADate.answeredDate", "noSuchDay", "afterToday.true",
    "afterToday.false", "invalidRequestNumber.printList", "invalidRequestNumber.survey",
    "invalidAnswer", "noAnswers", "requestRepeated", "sameResponse", "requestNotFound.printList",
    "requestNotFound.survey", "requestOfOtherNIK", "requestOfOtherDocument", "requestNotSent",
    "requestCancelled", "nameDiffers", "survey.notDelivered", "survey.alreadyAnswered",
    "survey.nothingToReplace", "survey.answeredBeforeDelivery", "survey.answeredInFuture",
    "survey.noAnswers", "empty.nik", "empty.name", "empty.document", "empty.printDate",
    "empty.requestNumber", "empty.answeredDate",
  ]

  // MARK: Rows

  @Test("every problem kind has a sample")
  func everyKindSampled() {
    let sampled = Set(Self.samples.map { Self.variant($0.kind) })
    #expect(sampled == Self.variants, "\(Self.variants.symmetricDifference(sampled))")
    #expect(Self.samples.count == Self.variants.count, "one sample per variant")
  }

  @Test("English messages name value and fix")
  func english() {
    let catalog = Catalog(.english)
    for sample in Self.samples {
      let message = catalog.describe(sample.problem)
      #expect(message.hasPrefix("line 14: "), "\(message)")
      #expect(message == "line 14: " + catalog.reason(sample.problem))
      for text in sample.english {
        #expect(message.contains(text), "\(Self.variant(sample.kind)): \(message)")
      }
    }
  }

  @Test("Indonesian messages name value and fix")
  func indonesian() {
    let catalog = Catalog(.indonesian)
    for sample in Self.samples {
      let message = catalog.describe(sample.problem)
      #expect(message.hasPrefix("baris 14: "), "\(message)")
      #expect(message == "baris 14: " + catalog.reason(sample.problem))
      for text in sample.indonesian {
        #expect(message.contains(text), "\(Self.variant(sample.kind)): \(message)")
      }
    }
  }

  @Test("languages differ for every kind")
  func languagesDiffer() {
    for sample in Self.samples {
      let english = Catalog(.english).reason(sample.problem)
      let indonesian = Catalog(.indonesian).reason(sample.problem)
      #expect(english != indonesian, "\(Self.variant(sample.kind)): \(english)")
    }
  }

  @Test("NIK length message as a clerk reads it")
  func nikLengthExact() {
    let problem = PrintListProblem(
      line: 14, column: "NIK", value: "35073112",
      kind: .invalidNIK(.wrongLength("35073112", digits: 8)))

    #expect(
      Catalog(.indonesian).describe(problem)
        == "baris 14: NIK 35073112 terdiri dari 8 angka; NIK harus 16 angka")
    #expect(
      Catalog(.english).describe(problem) == "line 14: NIK 35073112 has 8 digits; a NIK has 16")
  }

  @Test("row reasons joined for rejects file")
  func joinedReasons() {
    let problems = [
      PrintListProblem(line: 3, column: "NIK", value: "", kind: .empty(.nik)),
      PrintListProblem(line: 3, column: "dokumen", value: "paspor", kind: .unknownDocument),
    ]

    let reason = Catalog(.indonesian).reason(problems)

    #expect(reason.hasPrefix("NIK kosong; isi NIK 16 angka | dokumen paspor bukan dokumen"))
    #expect(!reason.contains("baris 3"), "the rejects file has the row itself: \(reason)")
  }

  // MARK: Files

  @Test("print-list header errors in both languages")
  func printListHeaderErrors() {
    let english = Catalog(.english)
    let indonesian = Catalog(.indonesian)
    let missing = PrintListError.missingColumns(
      [.document, .printedOn], line: 1, header: ["NIK", "nama"])
    let data = PrintListError.missingColumns(
      [.name, .document, .printedOn], line: 1, header: ["3507311508900001", "Andi"])
    let repeated = PrintListError.repeatedColumn(
      .printedOn, first: "tanggal cetak", second: "tgl cetak", line: 2)

    #expect(english.describe(PrintListError.empty).contains("NIK;nama;dokumen;tanggal cetak"))
    #expect(english.describe(PrintListError.empty).hasPrefix("the file is empty"))
    #expect(indonesian.describe(PrintListError.empty).hasPrefix("berkas kosong"))
    #expect(indonesian.describe(PrintListError.empty).contains("NIK;nama;dokumen;tanggal cetak"))

    let englishMissing = english.describe(missing)
    #expect(englishMissing.hasPrefix("line 1: the header has no document column"))
    #expect(englishMissing.contains("jenis dokumen"))
    #expect(englishMissing.contains("no print date column (accepted names: tanggal cetak"))
    #expect(englishMissing.contains("it has \"NIK\", \"nama\""))
    #expect(!englishMissing.contains("looks like data"))
    let indonesianMissing = indonesian.describe(missing)
    #expect(indonesianMissing.hasPrefix("baris 1: baris judul tidak memuat kolom dokumen"))
    #expect(indonesianMissing.contains("nama yang diterima: dokumen, jenis dokumen"))
    #expect(indonesianMissing.contains("kolom tanggal cetak (nama yang diterima: tanggal cetak"))
    #expect(indonesianMissing.contains("isinya \"NIK\", \"nama\""))
    #expect(!indonesianMissing.contains("tampaknya berisi data"))

    #expect(english.describe(data).contains("looks like data; add a header line above it"))
    #expect(
      indonesian.describe(data).contains(
        "Baris pertama tampaknya berisi data; tambahkan baris judul di atasnya"))

    #expect(
      english.describe(repeated)
        == "line 2: the header names the print date column twice (\"tanggal cetak\" and"
        + " \"tgl cetak\"); remove or rename one of them")
    #expect(
      indonesian.describe(repeated)
        == "baris 2: baris judul menyebut kolom tanggal cetak dua kali (\"tanggal cetak\" dan"
        + " \"tgl cetak\"); hapus atau ganti nama salah satunya")
  }

  @Test("survey header errors in both languages")
  func surveyHeaderErrors() {
    let english = Catalog(.english)
    let indonesian = Catalog(.indonesian)
    let missing = SurveyListError.missingColumns(
      [.answeredOn, .answer(.complaintHandling)], line: 1, header: ["nomor permohonan"])
    let data = SurveyListError.missingColumns(
      [.requestNumber], line: 1, header: ["HDS-2026-000001", "02/12/2026"])
    let repeated = SurveyListError.repeatedColumn(
      .answer(.serviceTime), first: "U3", second: "Unsur 3", line: 1)

    #expect(english.describe(SurveyListError.empty).contains("nomor permohonan;tanggal survei"))
    #expect(indonesian.describe(SurveyListError.empty).hasPrefix("berkas kosong"))
    #expect(indonesian.describe(SurveyListError.empty).contains("nomor permohonan;tanggal survei"))

    #expect(english.describe(missing).contains("no answered date column (accepted names:"))
    #expect(english.describe(missing).contains("no U9 column (accepted names: u9, unsur 9"))
    #expect(indonesian.describe(missing).contains("kolom tanggal isi (nama yang diterima:"))
    #expect(indonesian.describe(missing).contains("kolom U9 (nama yang diterima: u9, unsur 9"))
    #expect(english.describe(data).contains("looks like data"))
    #expect(indonesian.describe(data).contains("tampaknya berisi data"))
    #expect(
      english.describe(repeated).contains("names the U3 column twice (\"U3\" and \"Unsur 3\")"))
    #expect(
      indonesian.describe(repeated).contains("menyebut kolom U3 dua kali (\"U3\" dan \"Unsur 3\")"))
  }

  @Test("CSV errors in both languages")
  func csvErrors() {
    let cases: [(CSVError, english: String, indonesian: String)] = [
      (.invalidUTF8(line: 2), "save the file as", "simpan ulang berkas sebagai CSV UTF-8"),
      (.unterminatedQuote(line: 3), "add the closing quote", "tambahkan tanda petik penutup"),
      (.textAfterQuote(line: 4), "must be doubled", "harus ditulis dua kali"),
    ]
    for (error, english, indonesian) in cases {
      let line = Self.line(of: error)
      #expect(Catalog(.english).describe(error) == error.description)
      #expect(Catalog(.english).describe(error).contains(english))
      #expect(Catalog(.indonesian).describe(error).hasPrefix("baris \(line): "))
      #expect(Catalog(.indonesian).describe(error).contains(indonesian), "\(error)")
    }
  }

  private static func line(of error: CSVError) -> Int {
    switch error {
    case .invalidUTF8(let line), .unterminatedQuote(let line), .textAfterQuote(let line):
      return line
    }
  }
}
