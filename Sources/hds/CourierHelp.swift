/// `hds courier … --help` and `hds runsheet --help`.
enum CourierHelp {
  static var all: String { [list, add, edit, activate].joined(separator: "\n\n") }

  static let list = """
    Usage: hds courier list [--all] [--lang id|en] [--data DIR]

    Lists the active couriers in name order: id, name, phone, vehicle, home desa,
    daily capacity, working days, whether active, and whether on duty today (one of
    their weekdays and a working day of the office, holidays counted).

      --all           include inactive couriers
      --lang id|en    language of the headings and weekday names; default Indonesian
    """

  static let add = """
    Usage: hds courier add --name NAME --phone PHONE --home-desa DESA --capacity N
                           [--vehicle VEHICLE] [--days DAYS] [--login USER] [--data DIR]

    Adds an active courier, recorded as a courier event, and prints it.

      --name NAME        full name
      --phone PHONE      Indonesian number: 0812-3456-7890, 62 812…, +62 812…
      --home-desa DESA   the desa the courier lives in, by name in any case
                         (Slorok, Jatikerto, …) or Kemendagri code (35.07.31.2001)
      --capacity N       stops the courier can make in one day, 1 to 999
      --vehicle VEHICLE  default motor
      --days DAYS        ISO weekdays worked, 1 Monday to 7 Sunday: 1-5 (default),
                         1-6, 1,3,5
      --login USER       the Unix user the courier logs in as; with the courier role
                         in roles.conf, that user prints this courier's own run sheets
                         (hds runsheet without --courier) and no other courier's
    """

  static let edit = """
    Usage: hds courier edit ID|NAME [--name NAME] [--phone PHONE | --no-phone]
                            [--vehicle VEHICLE] [--home-desa DESA] [--capacity N]
                            [--days DAYS] [--login USER | --no-login] [--data DIR]

    Changes the named fields of one courier, as one courier event listing each old
    and new value, and prints the courier. ID|NAME is the id from hds courier list,
    or the name (in any case, or a part of it that only one courier's name contains).
    A name that several couriers match is rejected with their ids. The options are
    those of hds courier add; --no-phone removes the phone number and --no-login the
    link to a Unix user. A login belongs to one courier at most; a change of login is
    its own courier event.
    """

  static let activate = """
    Usage: hds courier deactivate ID|NAME [--data DIR]
           hds courier activate ID|NAME [--data DIR]

    Deactivates or reactivates a courier. An inactive courier keeps their history and
    cannot be given new requests; requests already assigned to them stay until they
    are reassigned.
    """

  static let runsheet = """
    Usage: hds runsheet --courier ID|NAME --date YYYY-MM-DD [--format text|html]
                        [--output FILE] [--lang id|en] [--data DIR]
           hds runsheet --date YYYY-MM-DD [...]      (a courier's own run sheet)

    Writes the run sheet (surat jalan) of one courier for one day: the stops in route
    order with request number, resident, address, phone, document and earlier
    attempts, empty columns for the recipient's name and signature, and the totals:
    stops, stops per document and the route distance from the kantor kecamatan and
    back: road-distances.csv where it gives a leg, else straight line between desa and
    dusun points × the road factor (hds settings --road-factor; 1.3 unless changed).

      --format text   (default) plain text, at most 79 columns, for a printer
      --format html   a printable A4 page
      --output FILE   write to FILE (mode 0600) instead of standard output
      --lang id|en    language of the sheet; default Indonesian
    A day without stops prints a note saying so and exits 0.

    Run sheets hold residents' names, addresses and phone numbers. An operator's or
    supervisor's run sheet is recorded in the audit trail (hds audit --exports). A
    viewer's and a courier's show phone numbers shortened (+62812•••••101); a courier
    (the courier role, linked by hds courier edit --login) gets only their own sheet.
    """
}
