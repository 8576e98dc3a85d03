/// `hds --help` and `hds COMMAND --help`.
enum HelpText {
  static let version = "hds 0.1.0"

  static func text(for command: Arguments.Command) -> String {
    switch command {
    case .dashboard: return main
    case .demo: return demo
    case .summary: return summary
    case .importPrintList: return importPrintList
    case .importSurvey: return SurveyHelp.importSurvey
    case .survey: return SurveyHelp.survey
    case .export: return exportRecipients + "\n\n" + exportEvents
    case .exportRecipients: return exportRecipients
    case .exportEvents: return exportEvents
    case .settings: return settings
    case .courier: return CourierHelp.all
    case .courierList: return CourierHelp.list
    case .courierAdd: return CourierHelp.add
    case .courierEdit: return CourierHelp.edit
    case .courierDeactivate, .courierActivate: return CourierHelp.activate
    case .runsheet: return CourierHelp.runsheet
    case .report: return report
    case .backup: return BackupHelp.backup
    case .restore: return BackupHelp.restore
    case .audit: return AuditCommand.help
    case .migrateStore: return MigrateStoreHelp.text
    case .region: return RegionHelp.all
    case .regionImport: return RegionHelp.importFile
    case .regionExport: return RegionHelp.export
    }
  }

  static let main = """
    hds: home delivery of civil-registry documents, Kecamatan Kromengan.

    Usage:
      hds [OPTIONS]              open the dashboard on the store
      hds demo [OPTIONS]         create a store filled with synthetic sample data
      hds summary [OPTIONS]      print the totals; --live opens the summary screen
      hds import print-list FILE mark printed documents ready from a Dukcapil print list
      hds import survey FILE     record satisfaction survey answers (SKM) from a CSV file
      hds survey                 print the satisfaction index (IKM) of a month or a year
      hds export recipients      write the recipient list (daftar penerima), CSV or HTML
      hds export events          write every request event since a time, CSV or JSON Lines
      hds settings               print or change settings: kecamatan, attempts, road factor,
                                 targets
      hds courier list|add|edit  list, add and change couriers; deactivate, activate
      hds runsheet               print a courier's run sheet (surat jalan) for a day
      hds report --month|--year  the monthly or yearly report: text, CSV or HTML
      hds backup FILE            write a consistent copy of the store while others work
      hds restore FILE           check a backup and put it in place of the store
      hds audit                  list who changed or exported what, and when
      hds migrate-store          move the SQLite store into a PostgreSQL schema
      hds region [import|export] the kecamatan's desa, dusun, RW and RT: print, import, export
      hds COMMAND --help         explain one command

    Options:
      --data DIR        data directory holding hds.sqlite; default $HDS_DATA, else
                        $XDG_DATA_HOME/hds, else ~/.local/share/hds (created on first use)
      --store URL       keep the store on a PostgreSQL server (postgresql://…) in place
                        of hds.sqlite; default $HDS_STORE. The data directory still
                        holds roles.conf, holidays, road-distances.csv and the log
      --lang id|en      interface language; default Indonesian, English when LANG
                        (or LC_ALL, LC_MESSAGES) starts with en
      --refresh SECS    seconds between checks for changes by others (default 2)
      --read-only       open the store read-only: look, change nothing. On a
                        PostgreSQL database, K switches between the kecamatan
      --kecamatan CODE  with --read-only on PostgreSQL, the kecamatan to show first,
                        by code 35.07.NN or name (default the URL's schema)
      --no-mouse        leave the mouse to the terminal for selecting and copying text;
                        otherwise a click selects a pane's row or a desa on the map
      --theme NAME|PATH colours: dark (default), light, high-contrast, monochrome, a
                        theme of your own in ~/.config/hds/themes, or a .theme file;
                        default $HDS_THEME (the format is in themes/README.md)
      --no-color        no colours, only bold, reverse and underline (as NO_COLOR=1)
      --version         print the version
      -h, --help        print this help

    Keys in the dashboard: Tab / Shift-Tab or ← → change pane, ↑ ↓ (j k) move,
    Enter opens the detail, a assign, o out for delivery, d delivered, f failed
    attempt, x cancel, c log a complaint, v (in a delivered request's detail) enter
    its satisfaction survey, z zooms the pane, ? lists the pane's keys, : opens the
    command line (Tab completes), Esc closes, q quits. In the complaint pane: c new
    complaint, F filter, v verify, p postpone, n not our authority, x archive, a
    assign, t follow up, s resolve, r respond.
    """

  static let demo = """
    Usage: hds demo [--data DIR] [--replace] [--open] [--seed N] [--requests N]

    Creates a store in the data directory filled with synthetic records on the real
    geography of Kromengan: 6 couriers, about 300 requests in every state spread over
    the 7 desa by population, and 12 complaints, dated relative to today. No record
    describes a real person.

      --replace       delete an existing store in DIR first (otherwise a store that
                      already holds requests is left alone and the command fails)
      --open          open the dashboard on the new store afterwards
      --seed N        seed of the generator (default 3507312026); the same seed on
                      the same day gives the same records
      --requests N    number of requests (default 300)
    """

  static let report = """
    Usage: hds report --month YYYY-MM | --year YYYY [--format text|csv|html]
                      [--output FILE] [--data DIR] [--lang id|en]

    Prints the report of a calendar month or year (days in WIB): documents
    delivered per desa and kind, the on-time rate against each document's
    service-time target in working days, delivery visits, the first-visit rate,
    failed attempts by reason, residents served, complaints received and resolved
    with the resolution rate (overall and within deadline, naming the states left
    out of it), and the satisfaction index (IKM) with its grade, respondents, the
    sample the period needs and each element's NRR. The figures come from the
    same queries as the summary screen, so the two agree for the same period.

      --format text   aligned plain text (the default)
      --format csv    one figure per record with stable codes, for spreadsheets and
                      scripts: period, section, measure, desa_code, desa, document, value
      --format html   a printable A4 page
      --output FILE   write to FILE (mode 0600) instead of standard output

    A year of the period without a holiday list is named in a note, because its
    working days then exclude weekends only.
    """

  static let summary = """
    Usage: hds summary [--data DIR] [--date YYYY-MM-DD] [--lang id|en]
           hds summary --live [--data DIR] [--refresh SECONDS] [--lang id|en]
           hds summary --kabupaten [--store URL] [--lang id|en]

    Prints the dashboard's totals as plain text, one "label: value" line each, and
    exits 0. Requests per state, pending and open complaints are counted now; the
    deliveries and failed attempts are those of the day (--date, default today, WIB),
    with the month and the year up to that day. Requests past their service-time
    target are listed for today only.

    With --live, opens the live summary screen alone, for a wall screen: deliveries
    today and this month, pending and overdue, on-time and first-visit rates,
    complaints, the satisfaction index, residents served, bars per desa, 30-day
    trends and the couriers' day. It refreshes like the dashboard, opens the store
    read-only, and q quits. In the dashboard, m shows the same screen.

    With --kabupaten, on a PostgreSQL store, prints one line per HDS store of the
    database (each kecamatan's schema): code, name, schema, pending, delivered
    today, open complaints, schema version and overdue, then the kabupaten's
    totals, as tab-separated columns with a header line whose column names do not
    change with --lang. Overdue counts the pending requests past their
    service-time target today, by that store's own targets (hds settings --target)
    and the working days of the holiday lists in --data. The other figures come
    from each store's counter tables. An SQLite store holds one kecamatan, so
    there the option is rejected.
    """

  static let importPrintList = """
    Usage: hds import print-list FILE [--skip-invalid REJECTS_FILE] [--dry-run] [--lang id|en]
                                 [--data DIR]

    Reads a Dukcapil print list (CSV) and marks the printed documents ready. Each
    in-process request of the row's NIK and document (or of its request number)
    becomes ready; a printed document without a request becomes a new ready request
    flagged for the operator to complete. Received and cancelled requests are skipped
    with the reason; requests already ready or further along stay unchanged, so
    importing the same file twice changes nothing the second time.

    The file: UTF-8 with or without a byte order mark, `;` or `,` between fields, a
    header line naming the columns in any order and case:
      NIK               NIK, no nik
      name              nama, name, nama lengkap
      document          dokumen, jenis dokumen, document (KTP-el, KK, KIA, Akta
                        lahir, Akta mati, SKP; also Akta kelahiran, Akta kematian)
      print date        tanggal cetak, tgl cetak, print date (YYYY-MM-DD, DD-MM-YYYY
                        or DD/MM/YYYY)
      request number    nomor permohonan, request number (optional, HDS-2026-000123)
      desa              desa, kelurahan, village (optional; used for new residents)
    A later row with the same NIK and document as an earlier one is ignored.

    By default one invalid row rejects the whole file: every invalid row is listed
    with its line number and the fix, nothing is written, and the exit status is 1.

      --skip-invalid REJECTS_FILE   import the valid rows and write the invalid and
                                    duplicate rows, with a reason column, to
                                    REJECTS_FILE (CSV for Excel: `;`, UTF-8)
      --dry-run                     report what the import would do, write nothing
      --lang id|en                  language of the report, the row and file errors and
                                    the reason column (alasan or reason); default
                                    Indonesian, English when LANG starts with en
    """

  static let exportRecipients = """
    Usage: hds export recipients --from YYYY-MM-DD [--to YYYY-MM-DD] [--format csv|html]
                                 [--output FILE] [--lang id|en] [--data DIR]

    Writes the recipient list (daftar penerima) of the documents handed over on the
    WIB days --from through --to (default: --from only), grouped by desa, ordered by
    handover time within a desa.

      --format csv    (default) CSV for Excel and LibreOffice in an Indonesian locale:
                      UTF-8 with a byte order mark, `;` between fields, CRLF
      --format html   a printable A4 page, one section per desa, with an empty
                      signature column
      --output FILE   write to FILE (mode 0600) instead of standard output
      --lang id|en    language of the headings; default Indonesian
    """

  static let exportEvents = """
    Usage: hds export events --since TIME [--format csv|jsonl] [--output FILE]
                             [--data DIR]

    Writes every request event at or after TIME in the order they were committed,
    read from the store in pages of 500. TIME is YYYY-MM-DD (the start of that day)
    or YYYY-MM-DDTHH:MM, in WIB.

      --format csv    (default) RFC 4180: `,` between fields, CRLF, no byte order mark;
                      columns id, time, request, request_id, user, action, from_state,
                      to_state, courier_id, corrects_event_id, detail, role
      --format jsonl  one JSON object per line with the same keys
      --output FILE   write to FILE (mode 0600) instead of standard output
    Times are ISO 8601 with +07:00; detail is the event's key=value text; role is the
    user's role (operator, supervisor, viewer, courier), empty for events recorded
    before the store kept roles.
    """

  static let settings = """
    Usage: hds settings [--data DIR] [--max-attempts N] [--road-factor X]
                        [--target KIND=DAYS]... [--kecamatan 35.07.NN]
                        [--office LAT,LON]

    Prints the store's settings. With an option, changes that setting first, as one
    transaction with its event row.

      --max-attempts N   failed delivery attempts before a document returns to the
                         office for collection at the counter, 1 to 9 (default 2)
      --road-factor X    straight-line distance times X estimates a road distance,
                         1.0 to 3.0 (default 1.3); road-distances.csv in the data
                         directory replaces the estimate for the pairs it lists
      --target KIND=DAYS the service-time target of a document kind in working days
                         from ready to delivered, 1 to 30 (default 1); KIND is ktp-el,
                         kk, kia, akta-kelahiran, akta-kematian or skp; repeatable
      --kecamatan CODE   the kecamatan whose office keeps this store, by Kemendagri
                         code 35.07.NN or by name (default 35.07.31, Kromengan, whose
                         desa the program holds; other kecamatan import theirs with
                         hds region import FILE)
      --office LAT,LON   the position of the kantor kecamatan in decimal degrees, where
                         routes start (default Kromengan's estimate, or the mean of the
                         desa centroids of an imported region)
    """
}
