// The bundled holiday lists, embedded so that the hds binary needs no resource bundle
// beside it. Each text is the exact content of sample-data/holidays-YYYY.txt, and
// HDSSampleDataTests fails when a file and its text here differ. The empty line before
// each closing delimiter keeps the file's final line break in the string.

extension HolidayFiles {
  /// The text of each bundled holiday file, by year.
  static let bundledTexts: [Int: String] = [
    2026: holidays2026,
    2027: holidays2027,
  ]

  private static let holidays2026 = #"""
    # Hari libur nasional dan cuti bersama 2026.
    #
    # Source: Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan
    # Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025
    # tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026, signed in Jakarta
    # on 19 September 2025: 17 libur nasional + 8 cuti bersama = 25 days.
    #
    # The sidang isbat of 19 March 2026 confirmed Idulfitri on 21 March.
    # No isbat result for Iduladha (27 May) was found; 28 May is cuti bersama.
    #
    # One day a line: the date (YYYY-MM-DD), the type, then the name.
    # Type: libur = libur nasional (national holiday), cuti = cuti bersama.
    # Lines that start with # are comments. Weekend holidays are listed as the
    # decree lists them, although they change no working-day count.
    # When the decree is amended, copy this file into the HDS data directory
    # and edit the copy, which then takes precedence over this one.
    # sample-data/README.md in the HDS source explains how.

    2026-01-01 libur Tahun Baru 2026 Masehi
    2026-01-16 libur Isra Mikraj Nabi Muhammad S.A.W.
    2026-02-16 cuti  Cuti Bersama Tahun Baru Imlek 2577 Kongzili
    2026-02-17 libur Tahun Baru Imlek 2577 Kongzili
    2026-03-18 cuti  Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)
    2026-03-19 libur Hari Suci Nyepi (Tahun Baru Saka 1948)
    2026-03-20 cuti  Cuti Bersama Idulfitri 1447 Hijriah
    2026-03-21 libur Idulfitri 1447 Hijriah
    2026-03-22 libur Idulfitri 1447 Hijriah
    2026-03-23 cuti  Cuti Bersama Idulfitri 1447 Hijriah
    2026-03-24 cuti  Cuti Bersama Idulfitri 1447 Hijriah
    2026-04-03 libur Wafat Yesus Kristus
    2026-04-05 libur Kebangkitan Yesus Kristus (Paskah)
    2026-05-01 libur Hari Buruh Internasional
    2026-05-14 libur Kenaikan Yesus Kristus
    2026-05-15 cuti  Cuti Bersama Kenaikan Yesus Kristus
    2026-05-27 libur Iduladha 1447 Hijriah
    2026-05-28 cuti  Cuti Bersama Iduladha 1447 Hijriah
    2026-05-31 libur Hari Raya Waisak 2570 BE
    2026-06-01 libur Hari Lahir Pancasila
    2026-06-16 libur 1 Muharam Tahun Baru Islam 1448 Hijriah
    2026-08-17 libur Proklamasi Kemerdekaan
    2026-08-25 libur Maulid Nabi Muhammad S.A.W.
    2026-12-24 cuti  Cuti Bersama Kelahiran Yesus Kristus
    2026-12-25 libur Kelahiran Yesus Kristus

    """#

  private static let holidays2027 = #"""
    # Hari libur nasional dan cuti bersama 2027.
    #
    # Source: Keputusan Bersama Menteri Agama Nomor 1205 Tahun 2026, Menteri
    # Ketenagakerjaan Nomor 3 Tahun 2026, Menteri PANRB Nomor 2 Tahun 2026
    # tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027, signed on
    # 15 September 2026: 18 libur nasional + 8 cuti bersama = 26 days.
    # NOTE: these dates come from public transcriptions of the decree, which all
    # agree; check them once against the decree as published.
    #
    # The Islamic dates may still move by a day. The decree leaves 1 Ramadan,
    # Idulfitri and Iduladha to a later Keputusan Menteri Agama after the sidang
    # isbat, and no isbat result for 1448 H was found. 2027 has two Isra Mikraj
    # days, for 1448 H (5 January) and 1449 H (26 December).
    #
    # One day a line: the date (YYYY-MM-DD), the type, then the name.
    # Type: libur = libur nasional (national holiday), cuti = cuti bersama.
    # Lines that start with # are comments. Weekend holidays are listed as the
    # decree lists them, although they change no working-day count.
    # When the decree is amended, copy this file into the HDS data directory
    # and edit the copy, which then takes precedence over this one.
    # sample-data/README.md in the HDS source explains how.

    2027-01-01 libur Tahun Baru 2027 Masehi
    2027-01-05 libur Isra Mikraj Nabi Muhammad S.A.W. (1448 H)
    2027-02-05 cuti  Cuti Bersama Tahun Baru Imlek 2578 Kongzili
    2027-02-06 libur Tahun Baru Imlek 2578 Kongzili
    2027-03-08 libur Hari Suci Nyepi (Tahun Baru Saka 1949)
    2027-03-09 cuti  Cuti Bersama Idulfitri 1448 Hijriah
    2027-03-10 libur Idulfitri 1448 Hijriah
    2027-03-11 libur Idulfitri 1448 Hijriah
    2027-03-12 cuti  Cuti Bersama Idulfitri 1448 Hijriah
    2027-03-15 cuti  Cuti Bersama Idulfitri 1448 Hijriah
    2027-03-25 cuti  Cuti Bersama Wafat Yesus Kristus
    2027-03-26 libur Wafat Yesus Kristus
    2027-03-28 libur Kebangkitan Yesus Kristus (Paskah)
    2027-05-01 libur Hari Buruh Internasional
    2027-05-06 libur Kenaikan Yesus Kristus
    2027-05-17 libur Iduladha 1448 Hijriah
    2027-05-18 cuti  Cuti Bersama Iduladha 1448 Hijriah
    2027-05-19 cuti  Cuti Bersama Hari Raya Waisak 2571 BE
    2027-05-20 libur Hari Raya Waisak 2571 BE
    2027-06-01 libur Hari Lahir Pancasila
    2027-06-06 libur 1 Muharam Tahun Baru Islam 1449 Hijriah
    2027-08-15 libur Maulid Nabi Muhammad S.A.W.
    2027-08-17 libur Proklamasi Kemerdekaan
    2027-12-24 cuti  Cuti Bersama Kelahiran Yesus Kristus
    2027-12-25 libur Kelahiran Yesus Kristus
    2027-12-26 libur Isra Mikraj Nabi Muhammad S.A.W. (1449 H)

    """#
}
