// The HDS table layout and its forward migrations.
//
// `PRAGMA user_version` stores how many migrations the file has had, and
// `PRAGMA application_id` marks the file as an HDS store. Migration i takes the file from
// version i to i + 1 in its own transaction. A shipped migration is never edited: a
// change to the layout is a new entry at the end of `Schema.migrations`.

import HDSCore

enum Schema {
  /// "HDS1" in ASCII, written to the SQLite header so other tools can tell the file apart.
  static let applicationID: Int32 = 0x4844_5331

  /// The version a file has after every migration ran.
  static var latestVersion: Int { migrations.count }

  /// Forward migrations; entry i takes a file from version i to i + 1.
  static let migrations: [String] = [
    version1, version2, version3, version4, version5, version6, version7, version8,
  ]

  /// The first layout.
  ///
  /// Times are unix seconds as REAL, so fractions of a second survive; a delivery day is
  /// TEXT "YYYY-MM-DD" in WIB. Enum columns store the HDSCore raw values and carry no
  /// CHECK, so a new case needs no table rebuild. Decoding rejects values it does not know.
  ///
  /// `request.desa_code` copies the resident's desa so that triggers can keep
  /// `request_count` without a join; a trigger on `resident` keeps the copy current.
  /// `request_count` and `complaint_count` are kept only by triggers, which is what lets
  /// totals, the queue size and desa loads avoid scanning `request`.
  private static let version1 = """
    CREATE TABLE resident (
      id INTEGER PRIMARY KEY,
      nik TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      kk TEXT NOT NULL,
      phone TEXT,
      desa_code TEXT NOT NULL,
      dusun TEXT NOT NULL,
      rw INTEGER NOT NULL,
      rt INTEGER NOT NULL,
      street TEXT NOT NULL
    ) STRICT;

    CREATE TABLE courier (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      phone TEXT,
      vehicle TEXT NOT NULL,
      home_desa_code TEXT NOT NULL,
      daily_capacity INTEGER NOT NULL CHECK (daily_capacity >= 1),
      is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1))
    ) STRICT;
    CREATE INDEX courier_by_name ON courier (name COLLATE NOCASE, id);

    CREATE TABLE courier_event (
      id INTEGER PRIMARY KEY,
      courier_id INTEGER NOT NULL REFERENCES courier (id),
      time REAL NOT NULL,
      user TEXT NOT NULL,
      action TEXT NOT NULL,
      detail TEXT NOT NULL
    ) STRICT;
    CREATE INDEX courier_event_by_courier ON courier_event (courier_id, id);

    CREATE TABLE request_number_counter (
      year INTEGER PRIMARY KEY,
      last_serial INTEGER NOT NULL CHECK (last_serial >= 1)
    ) STRICT;

    CREATE TABLE request (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL,
      serial INTEGER NOT NULL,
      resident_id INTEGER NOT NULL REFERENCES resident (id),
      desa_code TEXT NOT NULL,
      document TEXT NOT NULL,
      state TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      courier_id INTEGER REFERENCES courier (id),
      delivery_day TEXT,
      received_at REAL NOT NULL,
      ready_at REAL,
      delivered_at REAL,
      note TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
      UNIQUE (year, serial)
    ) STRICT;
    CREATE INDEX request_pending ON request (ready_at, id)
      WHERE state IN ('ready', 'assigned', 'out-for-delivery');
    CREATE INDEX request_by_delivered_at ON request (delivered_at, desa_code, courier_id)
      WHERE delivered_at IS NOT NULL;
    CREATE INDEX request_by_day_courier ON request (delivery_day, courier_id, state)
      WHERE delivery_day IS NOT NULL;
    CREATE INDEX request_by_resident ON request (resident_id);
    CREATE INDEX request_by_courier ON request (courier_id) WHERE courier_id IS NOT NULL;

    CREATE TABLE request_event (
      id INTEGER PRIMARY KEY,
      request_id INTEGER NOT NULL REFERENCES request (id),
      time REAL NOT NULL,
      user TEXT NOT NULL,
      action TEXT NOT NULL,
      from_state TEXT,
      to_state TEXT NOT NULL,
      detail TEXT NOT NULL,
      courier_id INTEGER REFERENCES courier (id)
    ) STRICT;
    CREATE INDEX request_event_by_request ON request_event (request_id, id);
    CREATE INDEX request_event_by_time ON request_event (time, action, courier_id);

    CREATE TABLE request_count (
      desa_code TEXT NOT NULL,
      state TEXT NOT NULL,
      count INTEGER NOT NULL CHECK (count >= 0),
      PRIMARY KEY (desa_code, state)
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER request_count_insert AFTER INSERT ON request
    BEGIN
      INSERT INTO request_count (desa_code, state, count) VALUES (NEW.desa_code, NEW.state, 1)
        ON CONFLICT (desa_code, state) DO UPDATE SET count = count + 1;
    END;

    CREATE TRIGGER request_count_delete AFTER DELETE ON request
    BEGIN
      UPDATE request_count SET count = count - 1
        WHERE desa_code = OLD.desa_code AND state = OLD.state;
    END;

    CREATE TRIGGER request_count_update AFTER UPDATE OF state, desa_code ON request
    WHEN OLD.state IS NOT NEW.state OR OLD.desa_code IS NOT NEW.desa_code
    BEGIN
      UPDATE request_count SET count = count - 1
        WHERE desa_code = OLD.desa_code AND state = OLD.state;
      INSERT INTO request_count (desa_code, state, count) VALUES (NEW.desa_code, NEW.state, 1)
        ON CONFLICT (desa_code, state) DO UPDATE SET count = count + 1;
    END;

    CREATE TRIGGER resident_desa_copy AFTER UPDATE OF desa_code ON resident
    WHEN OLD.desa_code IS NOT NEW.desa_code
    BEGIN
      UPDATE request SET desa_code = NEW.desa_code WHERE resident_id = NEW.id;
    END;

    CREATE TABLE complaint (
      id INTEGER PRIMARY KEY,
      received_at REAL NOT NULL,
      channel TEXT NOT NULL,
      lapor_number TEXT,
      category TEXT NOT NULL,
      weight TEXT NOT NULL,
      state TEXT NOT NULL,
      complainant_name TEXT NOT NULL,
      request_id INTEGER REFERENCES request (id),
      description TEXT NOT NULL,
      is_open INTEGER NOT NULL GENERATED ALWAYS AS (
        state IN ('received', 'verified', 'assigned', 'in-follow-up', 'postponed')
      ) VIRTUAL
    ) STRICT;
    CREATE INDEX complaint_open_first ON complaint (is_open DESC, received_at, id);
    CREATE INDEX complaint_by_request ON complaint (request_id, received_at, id)
      WHERE request_id IS NOT NULL;

    CREATE TABLE complaint_event (
      id INTEGER PRIMARY KEY,
      complaint_id INTEGER NOT NULL REFERENCES complaint (id),
      time REAL NOT NULL,
      user TEXT NOT NULL,
      action TEXT NOT NULL,
      from_state TEXT,
      to_state TEXT NOT NULL,
      detail TEXT NOT NULL
    ) STRICT;
    CREATE INDEX complaint_event_by_complaint ON complaint_event (complaint_id, id);

    CREATE TABLE complaint_count (
      state TEXT PRIMARY KEY,
      count INTEGER NOT NULL CHECK (count >= 0)
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER complaint_count_insert AFTER INSERT ON complaint
    BEGIN
      INSERT INTO complaint_count (state, count) VALUES (NEW.state, 1)
        ON CONFLICT (state) DO UPDATE SET count = count + 1;
    END;

    CREATE TRIGGER complaint_count_delete AFTER DELETE ON complaint
    BEGIN
      UPDATE complaint_count SET count = count - 1 WHERE state = OLD.state;
    END;

    CREATE TRIGGER complaint_count_update AFTER UPDATE OF state ON complaint
    WHEN OLD.state IS NOT NEW.state
    BEGIN
      UPDATE complaint_count SET count = count - 1 WHERE state = OLD.state;
      INSERT INTO complaint_count (state, count) VALUES (NEW.state, 1)
        ON CONFLICT (state) DO UPDATE SET count = count + 1;
    END;

    CREATE TABLE setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    INSERT INTO setting (key, value) VALUES ('max_attempts', '2');

    CREATE TABLE setting_event (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL,
      time REAL NOT NULL,
      user TEXT NOT NULL,
      old_value TEXT,
      new_value TEXT NOT NULL
    ) STRICT;
    """

  /// Tables the first migration creates, for recognising an HDS file.
  static let tables = [
    "resident", "courier", "courier_event", "request_number_counter", "request",
    "request_event", "request_count", "complaint", "complaint_event", "complaint_count",
    "setting", "setting_event",
  ]
}

// MARK: - Opening and migrating

extension Schema {
  /// Checks that the file is an HDS store this program understands, before anything is
  /// written to it. Returns the file's version.
  static func check(_ connection: Connection) throws(StoreError) -> Int {
    let version = Int(
      try connection.integer("PRAGMA user_version", context: "reading the schema version"))
    let application = Int32(
      truncatingIfNeeded: try connection.integer(
        "PRAGMA application_id", context: "reading the application id"))
    let path = connection.path

    if version > latestVersion {
      throw .incompatible(
        path: path,
        reason: "its schema version is \(version) but this program knows versions up to"
          + " \(latestVersion); use a newer hds")
    }
    if application != 0 && application != applicationID {
      throw .incompatible(
        path: path,
        reason: "it belongs to another application (application_id \(application));"
          + " HDS needs its own file")
    }

    let foreignTables = try connection.rows(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        + " ORDER BY name",
      context: "listing tables"
    ) { $0.text(0) }
    if version == 0 && !foreignTables.isEmpty {
      let names = foreignTables.prefix(3).joined(separator: ", ")
      throw .incompatible(
        path: path,
        reason: "it is an SQLite database of another program (tables \(names)) and has no"
          + " HDS schema; HDS needs its own file")
    }
    if version > 0 {
      let missing = tables.filter { !foreignTables.contains($0) }
      if application != applicationID || !missing.isEmpty {
        throw .incompatible(
          path: path,
          reason: "it has schema version \(version) but is not an HDS store (missing tables: "
            + "\(missing.isEmpty ? "none" : missing.joined(separator: ", ")))")
      }
    }
    return version
  }

  /// Runs the migrations the file lacks, each in its own transaction.
  ///
  /// The version is read again inside each transaction, so two processes that open a new
  /// file at once do not both run the same migration.
  static func migrate(_ connection: Connection) throws(StoreError) {
    while true {
      let applied = try inImmediateTransaction(connection) { () throws(StoreError) -> Bool in
        let version = Int(
          try connection.integer("PRAGMA user_version", context: "reading the schema version"))
        guard version < latestVersion else { return false }
        let context = "migrating the schema from version \(version) to \(version + 1)"
        if version == 0 {
          try connection.execute("PRAGMA application_id = \(applicationID)", context: context)
        }
        try connection.execute(migrations[version], context: context)
        try connection.execute("PRAGMA user_version = \(version + 1)", context: context)
        return true
      }
      if !applied { return }
    }
  }

  /// Runs `body` between BEGIN IMMEDIATE and COMMIT, and rolls back when it throws.
  static func inImmediateTransaction<T>(
    _ connection: Connection, _ body: () throws(StoreError) -> T
  ) throws(StoreError) -> T {
    try connection.execute("BEGIN IMMEDIATE", context: "starting a write transaction")
    do throws(StoreError) {
      let result = try body()
      try connection.execute("COMMIT", context: "committing a write transaction")
      return result
    } catch {
      // A failed COMMIT can leave the transaction open; ROLLBACK then ends it. When SQLite
      // already rolled back, ROLLBACK fails harmlessly, so its own error is ignored.
      if connection.isInTransaction {
        try? connection.execute("ROLLBACK", context: "rolling back a write transaction")
      }
      throw error
    }
  }

  /// Intake, search, corrections and the print-list exchange.
  ///
  /// - `request` keeps the counter's requirement check, whether a KTP-el replaces an
  ///   earlier card, the print day from Dukcapil, whether a print-list row created it
  ///   without an application (`needs_completion`), and the current handover, which a
  ///   correction may change; the events keep every earlier value.
  /// - `request_event.corrects_event_id` links a correction or an undo to its event.
  /// - Indexes on the age key `coalesce(ready_at, received_at)`: for the pending queue
  ///   (partial), for one state, and behind desa and document. Without ANALYZE statistics
  ///   SQLite 3.40 reads the pending and single-state age orders from them; other orders
  ///   sort the selected rows.
  /// - `resident_name_search` is an FTS5 trigram index of names kept by triggers, so a
  ///   search for part of a name needs no scan; NIK and phone use ordinary indexes.
  ///
  /// Requests delivered under version 1 have no handover columns; their recipient is in
  /// the deliver event only.
  private static let version2 = """
    ALTER TABLE request ADD COLUMN requirements TEXT NOT NULL DEFAULT '';
    ALTER TABLE request ADD COLUMN is_replacement INTEGER NOT NULL DEFAULT 0
      CHECK (is_replacement IN (0, 1));
    ALTER TABLE request ADD COLUMN needs_completion INTEGER NOT NULL DEFAULT 0
      CHECK (needs_completion IN (0, 1));
    ALTER TABLE request ADD COLUMN printed_day TEXT;
    ALTER TABLE request ADD COLUMN recipient_kind TEXT;
    ALTER TABLE request ADD COLUMN recipient_name TEXT;
    ALTER TABLE request ADD COLUMN recipient_relation TEXT;
    ALTER TABLE request ADD COLUMN old_card_returned INTEGER
      CHECK (old_card_returned IN (0, 1));
    ALTER TABLE request_event ADD COLUMN corrects_event_id INTEGER
      REFERENCES request_event (id);

    CREATE INDEX request_by_age ON request (coalesce(ready_at, received_at), id);
    CREATE INDEX request_pending_by_age ON request (coalesce(ready_at, received_at), id)
      WHERE state IN ('ready', 'assigned', 'out-for-delivery');
    CREATE INDEX request_by_state_age ON request (state, coalesce(ready_at, received_at), id);
    CREATE INDEX request_by_desa_age ON request (desa_code, coalesce(ready_at, received_at), id);
    CREATE INDEX request_by_document_age
      ON request (document, coalesce(ready_at, received_at), id);
    CREATE INDEX request_open_by_resident ON request (resident_id, document)
      WHERE state NOT IN ('delivered', 'cancelled');
    CREATE INDEX request_needs_completion ON request (coalesce(ready_at, received_at), id)
      WHERE needs_completion = 1;
    CREATE INDEX resident_by_phone ON resident (phone) WHERE phone IS NOT NULL;

    CREATE VIRTUAL TABLE resident_name_search USING fts5(
      name, content = 'resident', content_rowid = 'id', tokenize = 'trigram'
    );
    INSERT INTO resident_name_search (rowid, name) SELECT id, name FROM resident;

    CREATE TRIGGER resident_name_search_insert AFTER INSERT ON resident
    BEGIN
      INSERT INTO resident_name_search (rowid, name) VALUES (NEW.id, NEW.name);
    END;

    CREATE TRIGGER resident_name_search_delete AFTER DELETE ON resident
    BEGIN
      INSERT INTO resident_name_search (resident_name_search, rowid, name)
        VALUES ('delete', OLD.id, OLD.name);
    END;

    CREATE TRIGGER resident_name_search_update AFTER UPDATE OF name ON resident
    BEGIN
      INSERT INTO resident_name_search (resident_name_search, rowid, name)
        VALUES ('delete', OLD.id, OLD.name);
      INSERT INTO resident_name_search (rowid, name) VALUES (NEW.id, NEW.name);
    END;
    """

  /// Couriers' working days and the order of each courier's stops.
  ///
  /// `courier.working_days` holds ISO weekdays as `WorkingDays.format` writes them ("1-5"
  /// for Monday to Friday). `request.route_position` is the stop's place, from 1, in its
  /// courier's route for its delivery day; NULL for a stop assigned without a plan.
  private static let version3 = """
    ALTER TABLE courier ADD COLUMN working_days TEXT NOT NULL DEFAULT '1-5';
    ALTER TABLE request ADD COLUMN route_position INTEGER CHECK (route_position >= 1);
    CREATE INDEX request_route ON request (courier_id, delivery_day, route_position)
      WHERE courier_id IS NOT NULL;
    """

  /// The complaint workflow, the satisfaction survey and the figures of the summary and
  /// reports.
  ///
  /// - `complaint` gains the resident it concerns, the desa (the linked request's, or the
  ///   resident's), a contact phone, the deadline day its weight sets in working days
  ///   (recomputed when verification changes the weight), the staff member assigned, the
  ///   times it was resolved and closed (left the open states), and a version for
  ///   conflict checks. Complaints logged under version 3 keep a NULL deadline, which
  ///   readers compute from the received time and weight.
  /// - `complaint_event.note` holds the note of each change; an event with action
  ///   `respond` and equal from and to states is a line of the response log.
  /// - `survey_response` holds one SKM questionnaire per delivered request: the day it was
  ///   answered (the period key) and the nine answers U1–U9, 1 to 4 or NULL for a blank.
  ///   `survey_event` records each write.
  /// - `request_event.reason` and `.attempt` copy the failure reason and attempt number of
  ///   fail-attempt events (and the reason of cancel events) out of `detail`, so that
  ///   failures group by reason in SQL. Earlier events are filled from `detail`, where
  ///   reason is always the first key.
  private static let version4 = """
    ALTER TABLE complaint ADD COLUMN resident_id INTEGER REFERENCES resident (id);
    ALTER TABLE complaint ADD COLUMN desa_code TEXT;
    ALTER TABLE complaint ADD COLUMN phone TEXT;
    ALTER TABLE complaint ADD COLUMN deadline_day TEXT;
    ALTER TABLE complaint ADD COLUMN assigned_to TEXT;
    ALTER TABLE complaint ADD COLUMN resolved_at REAL;
    ALTER TABLE complaint ADD COLUMN closed_at REAL;
    ALTER TABLE complaint ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
    UPDATE complaint SET desa_code = (SELECT desa_code FROM request WHERE id = complaint.request_id)
      WHERE request_id IS NOT NULL;
    UPDATE complaint SET closed_at = received_at
      WHERE state IN ('resolved', 'not-our-authority', 'archived');
    UPDATE complaint SET resolved_at = received_at WHERE state = 'resolved';
    CREATE INDEX complaint_open_by_deadline ON complaint (deadline_day, id)
      WHERE state IN ('received', 'verified', 'assigned', 'in-follow-up', 'postponed');
    CREATE INDEX complaint_open_by_desa ON complaint (desa_code, deadline_day, id)
      WHERE state IN ('received', 'verified', 'assigned', 'in-follow-up', 'postponed');
    CREATE INDEX complaint_by_received_at ON complaint (received_at, desa_code);
    CREATE INDEX complaint_by_closed_at ON complaint (closed_at) WHERE closed_at IS NOT NULL;

    ALTER TABLE complaint_event ADD COLUMN note TEXT NOT NULL DEFAULT '';

    CREATE TABLE survey_response (
      id INTEGER PRIMARY KEY,
      request_id INTEGER NOT NULL UNIQUE REFERENCES request (id),
      answered_day TEXT NOT NULL,
      u1 INTEGER CHECK (u1 BETWEEN 1 AND 4),
      u2 INTEGER CHECK (u2 BETWEEN 1 AND 4),
      u3 INTEGER CHECK (u3 BETWEEN 1 AND 4),
      u4 INTEGER CHECK (u4 BETWEEN 1 AND 4),
      u5 INTEGER CHECK (u5 BETWEEN 1 AND 4),
      u6 INTEGER CHECK (u6 BETWEEN 1 AND 4),
      u7 INTEGER CHECK (u7 BETWEEN 1 AND 4),
      u8 INTEGER CHECK (u8 BETWEEN 1 AND 4),
      u9 INTEGER CHECK (u9 BETWEEN 1 AND 4),
      recorded_at REAL NOT NULL,
      source TEXT NOT NULL
    ) STRICT;
    CREATE INDEX survey_by_day ON survey_response (answered_day);

    CREATE TABLE survey_event (
      id INTEGER PRIMARY KEY,
      survey_id INTEGER NOT NULL REFERENCES survey_response (id),
      time REAL NOT NULL,
      user TEXT NOT NULL,
      action TEXT NOT NULL,
      detail TEXT NOT NULL
    ) STRICT;
    CREATE INDEX survey_event_by_survey ON survey_event (survey_id, id);

    ALTER TABLE request_event ADD COLUMN reason TEXT;
    ALTER TABLE request_event ADD COLUMN attempt INTEGER;
    UPDATE request_event SET reason = substr(detail, 8, instr(detail || ' ', ' ') - 8)
      WHERE action IN ('fail-attempt', 'cancel') AND detail LIKE 'reason=%';
    UPDATE request_event
      SET attempt = CAST(substr(detail, instr(detail, ' attempt=') + 9) AS INTEGER)
      WHERE action = 'fail-attempt' AND instr(detail, ' attempt=') > 0;
    """

  /// Roles and the audit trail.
  ///
  /// Every event table gets the role its user had; rows written before roles existed keep
  /// NULL, which `hds audit` shows as unknown. `export_event` records each export that
  /// holds personal data (recipient lists, event exports, run sheets, backups): who, when,
  /// what, how many rows, whether numbers were masked. `courier.login` links a courier to
  /// the Unix user who may read that courier's own run sheets.
  private static let version5 = """
    ALTER TABLE request_event ADD COLUMN role TEXT;
    ALTER TABLE courier_event ADD COLUMN role TEXT;
    ALTER TABLE complaint_event ADD COLUMN role TEXT;
    ALTER TABLE setting_event ADD COLUMN role TEXT;
    ALTER TABLE survey_event ADD COLUMN role TEXT;

    CREATE INDEX request_event_by_user ON request_event (user, time);
    CREATE INDEX courier_event_by_time ON courier_event (time);
    CREATE INDEX complaint_event_by_time ON complaint_event (time);
    CREATE INDEX setting_event_by_time ON setting_event (time);
    CREATE INDEX survey_event_by_time ON survey_event (time);

    CREATE TABLE export_event (
      id INTEGER PRIMARY KEY,
      time REAL NOT NULL,
      user TEXT NOT NULL,
      role TEXT NOT NULL,
      kind TEXT NOT NULL,
      detail TEXT NOT NULL,
      row_count INTEGER NOT NULL,
      masked INTEGER NOT NULL CHECK (masked IN (0, 1))
    ) STRICT;
    CREATE INDEX export_event_by_time ON export_event (time);

    ALTER TABLE courier ADD COLUMN login TEXT;
    CREATE UNIQUE INDEX courier_by_login ON courier (login) WHERE login IS NOT NULL;
    """

  /// Counts of deliveries kept by triggers, and one index fewer.
  ///
  /// - Deliveries per WIB day and desa, and per month and desa, kept by triggers as
  ///   `request_count` is.
  ///   The village map counts today's and the month's deliveries per desa on every
  ///   refresh. At 1,000,000 requests a month of a kabupaten is about 27,000 deliveries,
  ///   which took several milliseconds to group from `request_by_delivered_at`. Now a day
  ///   is one row per desa, and so is a month. WIB is UTC+7 all year, so the day is
  ///   `delivered_at + 25200` seconds in UTC, and the month its first 7 characters. Rows
  ///   whose count fell to 0 stay; readers sum them.
  /// - `request_pending` goes: it contains the same rows in the same order as
  ///   `request_pending_by_age`, because a pending request has always been marked ready,
  ///   so its age key `coalesce(ready_at, received_at)` is its `ready_at`. No query's plan
  ///   used it, and every insert of a ready request and every state change had to keep it.
  private static let version6 = """
    DROP INDEX request_pending;

    CREATE TABLE delivery_count (
      day TEXT NOT NULL,
      desa_code TEXT NOT NULL,
      count INTEGER NOT NULL CHECK (count >= 0),
      PRIMARY KEY (day, desa_code)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE delivery_month_count (
      month TEXT NOT NULL,
      desa_code TEXT NOT NULL,
      count INTEGER NOT NULL CHECK (count >= 0),
      PRIMARY KEY (month, desa_code)
    ) STRICT, WITHOUT ROWID;

    INSERT INTO delivery_count (day, desa_code, count)
      SELECT date(delivered_at + 25200, 'unixepoch'), desa_code, count(*) FROM request
      WHERE delivered_at IS NOT NULL GROUP BY 1, 2;
    INSERT INTO delivery_month_count (month, desa_code, count)
      SELECT substr(day, 1, 7), desa_code, sum(count) FROM delivery_count GROUP BY 1, 2;

    CREATE TRIGGER delivery_month_count_insert AFTER INSERT ON delivery_count
    BEGIN
      INSERT INTO delivery_month_count (month, desa_code, count)
        VALUES (substr(NEW.day, 1, 7), NEW.desa_code, NEW.count)
        ON CONFLICT (month, desa_code) DO UPDATE SET count = count + NEW.count;
    END;

    CREATE TRIGGER delivery_month_count_update AFTER UPDATE OF count ON delivery_count
    BEGIN
      UPDATE delivery_month_count SET count = count + NEW.count - OLD.count
        WHERE month = substr(NEW.day, 1, 7) AND desa_code = NEW.desa_code;
    END;

    CREATE TRIGGER delivery_count_insert AFTER INSERT ON request
    WHEN NEW.delivered_at IS NOT NULL
    BEGIN
      INSERT INTO delivery_count (day, desa_code, count)
        VALUES (date(NEW.delivered_at + 25200, 'unixepoch'), NEW.desa_code, 1)
        ON CONFLICT (day, desa_code) DO UPDATE SET count = count + 1;
    END;

    CREATE TRIGGER delivery_count_delete AFTER DELETE ON request
    WHEN OLD.delivered_at IS NOT NULL
    BEGIN
      UPDATE delivery_count SET count = count - 1
        WHERE day = date(OLD.delivered_at + 25200, 'unixepoch') AND desa_code = OLD.desa_code;
    END;

    CREATE TRIGGER delivery_count_update AFTER UPDATE OF delivered_at, desa_code ON request
    WHEN OLD.delivered_at IS NOT NEW.delivered_at OR OLD.desa_code IS NOT NEW.desa_code
    BEGIN
      UPDATE delivery_count SET count = count - 1
        WHERE OLD.delivered_at IS NOT NULL
          AND day = date(OLD.delivered_at + 25200, 'unixepoch') AND desa_code = OLD.desa_code;
      INSERT INTO delivery_count (day, desa_code, count)
        SELECT date(NEW.delivered_at + 25200, 'unixepoch'), NEW.desa_code, 1
        WHERE NEW.delivered_at IS NOT NULL
        ON CONFLICT (day, desa_code) DO UPDATE SET count = count + 1;
    END;
    """

  /// The residents served in each year, kept by triggers.
  ///
  /// The summary shows how many residents had a delivery this year up to today, and in the
  /// same days of the year before. Counted with `count(DISTINCT resident_id)` over the
  /// year's deliveries, that read about 300,000 index entries per count at 1,000,000
  /// requests, four counts per load.
  ///
  /// - `resident_served_year` holds, per resident and WIB year, the WIB day of the
  ///   resident's first delivery that year. A delivery's row is delivered exactly while
  ///   its `delivered_at` is set (undo clears it), so only that column matters.
  /// - `served_first_day_count` counts those rows per first day. The residents served
  ///   from 1 January to a day of the same year are the rows whose first day is in that
  ///   range: a sum over at most 366 rows.
  ///
  /// When a delivery comes, goes or moves, the triggers work out the affected residents'
  /// years again from `request_by_resident`: delete the year's row, insert it again from
  /// the resident's deliveries, and let the triggers on `resident_served_year` move the
  /// day counts. A resident has a few requests, so this is a few index reads per change.
  ///
  /// Requests per age week, state and document, kept by triggers as well.
  ///
  /// `/` search shows the match in its place in the list, so it needs the number of rows
  /// before the match. SQLite's b-trees keep no counts, and counting half of 1,000,000
  /// index entries took about 150 ms. `request_week_count` counts requests per 7 days of
  /// their age key `coalesce(ready_at, received_at)` (unix seconds divided by 604,800,
  /// truncated), per state and per document. The rows before a match are then the weeks
  /// before its week, summed, and the rows of its own week before it, counted.
  private static let version7 = """
    CREATE TABLE resident_served_year (
      resident_id INTEGER NOT NULL,
      year TEXT NOT NULL,
      first_day TEXT NOT NULL,
      PRIMARY KEY (resident_id, year)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE served_first_day_count (
      day TEXT NOT NULL PRIMARY KEY,
      count INTEGER NOT NULL CHECK (count >= 0)
    ) STRICT, WITHOUT ROWID;

    INSERT INTO resident_served_year (resident_id, year, first_day)
      SELECT resident_id, substr(date(delivered_at + 25200, 'unixepoch'), 1, 4),
        min(date(delivered_at + 25200, 'unixepoch'))
      FROM request WHERE delivered_at IS NOT NULL GROUP BY 1, 2;
    INSERT INTO served_first_day_count (day, count)
      SELECT first_day, count(*) FROM resident_served_year GROUP BY 1;

    CREATE TRIGGER served_first_day_count_insert AFTER INSERT ON resident_served_year
    BEGIN
      INSERT INTO served_first_day_count (day, count) VALUES (NEW.first_day, 1)
        ON CONFLICT (day) DO UPDATE SET count = count + 1;
    END;

    CREATE TRIGGER served_first_day_count_delete AFTER DELETE ON resident_served_year
    BEGIN
      UPDATE served_first_day_count SET count = count - 1 WHERE day = OLD.first_day;
    END;

    CREATE TABLE request_week_count (
      week INTEGER NOT NULL,
      state TEXT NOT NULL,
      document TEXT NOT NULL,
      count INTEGER NOT NULL CHECK (count >= 0),
      PRIMARY KEY (week, state, document)
    ) STRICT, WITHOUT ROWID;

    INSERT INTO request_week_count (week, state, document, count)
      SELECT CAST(coalesce(ready_at, received_at) / 604800 AS INTEGER), state, document,
        count(*)
      FROM request GROUP BY 1, 2, 3;

    CREATE TRIGGER request_week_count_insert AFTER INSERT ON request
    BEGIN
      INSERT INTO request_week_count (week, state, document, count)
        VALUES (
          CAST(coalesce(NEW.ready_at, NEW.received_at) / 604800 AS INTEGER), NEW.state,
          NEW.document, 1)
        ON CONFLICT (week, state, document) DO UPDATE SET count = count + 1;
    END;

    CREATE TRIGGER request_week_count_delete AFTER DELETE ON request
    BEGIN
      UPDATE request_week_count SET count = count - 1
        WHERE week = CAST(coalesce(OLD.ready_at, OLD.received_at) / 604800 AS INTEGER)
          AND state = OLD.state AND document = OLD.document;
    END;

    CREATE TRIGGER request_week_count_update
    AFTER UPDATE OF state, document, ready_at, received_at ON request
    WHEN OLD.state IS NOT NEW.state OR OLD.document IS NOT NEW.document
      OR coalesce(OLD.ready_at, OLD.received_at) IS NOT coalesce(NEW.ready_at, NEW.received_at)
    BEGIN
      UPDATE request_week_count SET count = count - 1
        WHERE week = CAST(coalesce(OLD.ready_at, OLD.received_at) / 604800 AS INTEGER)
          AND state = OLD.state AND document = OLD.document;
      INSERT INTO request_week_count (week, state, document, count)
        VALUES (
          CAST(coalesce(NEW.ready_at, NEW.received_at) / 604800 AS INTEGER), NEW.state,
          NEW.document, 1)
        ON CONFLICT (week, state, document) DO UPDATE SET count = count + 1;
    END;

    \(servedYearTrigger("insert", "AFTER INSERT ON request", when: "NEW.delivered_at IS NOT NULL", rows: ["NEW"]))

    \(servedYearTrigger("delete", "AFTER DELETE ON request", when: "OLD.delivered_at IS NOT NULL", rows: ["OLD"]))

    \(servedYearTrigger(
      "update", "AFTER UPDATE OF delivered_at, resident_id ON request",
      when: "OLD.delivered_at IS NOT NEW.delivered_at OR OLD.resident_id IS NOT NEW.resident_id",
      rows: ["OLD", "NEW"]))
    """

  /// The region file of the store's kecamatan: its desa, dusun, RW and RT, as
  /// `hds region import` read it (docs/region-format.md).
  ///
  /// The file's text is kept as imported, so that `hds region export` returns it byte for
  /// byte, with its SHA-256 digest in hex, which `setting_event` rows (key `region`) record
  /// as old and new value. Rows are keyed by kecamatan code: the store uses the row of its
  /// `kecamatan_code` setting, so a code changed later never pairs a kecamatan with another
  /// one's desa.
  private static let version8 = """
    CREATE TABLE region (
      kecamatan_code TEXT NOT NULL PRIMARY KEY,
      file_text TEXT NOT NULL,
      digest TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
    """

  /// Returns a trigger that works out again the served year of each of `rows` ("OLD",
  /// "NEW") that has a delivery time. Part of `version7`, so its text never changes.
  private static func servedYearTrigger(
    _ name: String, _ event: String, when condition: String, rows: [String]
  ) -> String {
    let statements = rows.map { row in
      let year = "substr(date(\(row).delivered_at + 25200, 'unixepoch'), 1, 4)"
      return """
          DELETE FROM resident_served_year
            WHERE \(row).delivered_at IS NOT NULL
              AND resident_id = \(row).resident_id AND year = \(year);
          INSERT INTO resident_served_year (resident_id, year, first_day)
            SELECT \(row).resident_id, \(year), min(date(delivered_at + 25200, 'unixepoch'))
            FROM request
            WHERE \(row).delivered_at IS NOT NULL AND resident_id = \(row).resident_id
              AND substr(date(delivered_at + 25200, 'unixepoch'), 1, 4) = \(year)
            HAVING count(*) > 0;
        """
    }
    return """
      CREATE TRIGGER resident_served_year_\(name) \(event)
      WHEN \(condition)
      BEGIN
      \(statements.joined(separator: "\n"))
      END;
      """
  }
}
