// SQLStore's statements in SQLite's spelling, as PostgresTranslation rewrites them.

import Testing

@testable import HDSStorePostgres

@Suite("Statement translation")
struct TranslationTests {
  private func translated(_ sql: String) -> String {
    PostgresTranslation.translate(sql).sql
  }

  @Test("numbered and bare parameters")
  func parameters() {
    #expect(translated("SELECT ?1, ?2, ?1") == "SELECT $1, $2, $1")
    // A bare parameter takes the number after the largest one so far, as in SQLite.
    #expect(translated("WHERE a = ? AND b = ?3 AND c = ?") == "WHERE a = $1 AND b = $3 AND c = $4")
    #expect(PostgresTranslation.translate("WHERE a = ?2 AND b = ?5").parameters == [2, 5])
  }

  @Test("quotes and comments are copied unchanged")
  func quotedText() {
    #expect(
      translated("SELECT '?1 INDEXED BY x', \"temp\".a") == "SELECT '?1 INDEXED BY x', \"temp\".a")
    #expect(translated("SELECT 'it''s ?' || ?") == "SELECT 'it''s ?' || $1")
    #expect(translated("SELECT 1 -- what ?\nFROM t") == "SELECT 1 -- what ?\nFROM t")
    #expect(translated("SELECT /* ? */ ?") == "SELECT /* ? */ $1")
  }

  @Test("planner hints are removed")
  func hints() {
    #expect(
      translated("FROM complaint c INDEXED BY complaint_by_closed_at LEFT JOIN r")
        == "FROM complaint c  LEFT JOIN r")
    #expect(translated("FROM request r NOT INDEXED WHERE") == "FROM request r  WHERE")
    #expect(translated("WHERE e.id > ?1 AND +e.time >= ?2") == "WHERE e.id > $1 AND e.time >= $2")
    #expect(translated("WHERE (+r.state = 'delivered')") == "WHERE (r.state = 'delivered')")
    #expect(translated("WHERE a = +b") == "WHERE a = b")
  }

  @Test("a binary plus stays")
  func binaryPlus() {
    #expect(translated("SET version = version + 1") == "SET version = version + 1")
    #expect(translated("SELECT a+b, 1+2, x) +y") == "SELECT a+b, 1+2, x) +y")
    #expect(translated("date(delivered_at + 25200)") == "date(delivered_at + 25200)")
  }

  @Test("the temp schema")
  func temporarySchema() {
    #expect(
      translated("DROP TABLE temp.print_import_create; SELECT * FROM TEMP.t")
        == "DROP TABLE pg_temp.print_import_create; SELECT * FROM pg_temp.t")
    #expect(translated("CREATE TEMP TABLE x (a)") == "CREATE TEMP TABLE x (a)")
    #expect(translated("SELECT temperature FROM t") == "SELECT temperature FROM t")
  }
}
