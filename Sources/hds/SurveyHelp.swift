/// The help of `hds import survey` and `hds survey`.
enum SurveyHelp {
  static let importSurvey = """
    Usage: hds import survey FILE [--skip-invalid REJECTS_FILE] [--dry-run] [--lang id|en]
                             [--data DIR]

    Reads satisfaction survey (SKM) questionnaires from a CSV file and stores one
    response per delivered request. A row whose request already has exactly these
    answers stays unchanged, so importing the same file twice changes nothing the
    second time. An import never replaces a stored response with other answers;
    replace it in the dashboard (v in the request's detail).

    The file: UTF-8 with or without a byte order mark, `;` or `,` between fields, CRLF
    or LF, a header line naming the columns in any order and case:
      request number    nomor permohonan, request number (as printed: HDS-2026-000123)
      answered date     tanggal survei, tanggal isi, tanggal, answered on (YYYY-MM-DD,
                        DD-MM-YYYY or DD/MM/YYYY); not before the delivery day, not
                        after today
      U1 ... U9         u1 to u9, unsur 1 to unsur 9, or the code followed by words,
                        such as "U1 Persyaratan": an answer from 1 to 4, or empty for
                        an element left blank; each row needs at least one answer
    The elements: U1 requirements, U2 procedure, U3 service time, U4 cost (free = 4),
    U5 service product, U6 staff competence, U7 staff conduct, U8 facilities, U9
    complaint handling. A later row repeating a request with the same date and answers
    is ignored; one with other answers is invalid.

    By default one invalid row rejects the whole file: every invalid row is listed
    with its line number, value and the fix, nothing is written, and the exit status
    is 1. Invalid rows include requests that are not found, not delivered, or already
    have other answers.

      --skip-invalid REJECTS_FILE   import the valid rows and write the invalid and
                                    duplicate rows, with a reason column, to
                                    REJECTS_FILE (CSV for Excel: `;`, UTF-8)
      --dry-run                     report what the import would do, write nothing
      --lang id|en                  language of the report, the row and file errors and
                                    the reason column (alasan or reason); default
                                    Indonesian, English when LANG starts with en
    """

  static let survey = """
    Usage: hds survey [--month YYYY-MM | --year YYYY] [--csv] [--lang id|en] [--data DIR]

    Prints the community satisfaction index (IKM) of a month (default: this month, WIB)
    or a year, as Peraturan Menteri PANRB 14/2017 computes it: per element the mean
    answer (NRR), then IKM = (sum of the nine NRR × 1/9) × 25, rounded to 2 decimals
    and graded A (from 88.31, Sangat baik), B (from 76.61, Baik), C (from 65.00,
    Kurang baik) or D (Tidak baik). Each element gets its grade too.

    Respondents are the responses answered in the period whose request is still
    delivered; a blank answer leaves that element's divisor. The population is the
    number of distinct residents with a delivery in the period, and the sample it
    needs comes from the Krejcie–Morgan table (1,000 → 278). A line says when the
    respondents are too few. The index cannot be computed while an element has no
    answer at all.

      --month YYYY-MM   the calendar month
      --year YYYY       the calendar year
      --csv             RFC 4180 CSV instead of text: `,` between fields, CRLF, a point
                        before decimals; one row per element (answers, answer_sum, nrr,
                        grade), then an IKM row (ikm, grade, respondents, population,
                        sample_needed, sample_sufficient)
      --lang id|en      language of the text and of the element names
    """
}
