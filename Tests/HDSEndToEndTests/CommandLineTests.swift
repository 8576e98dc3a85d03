import Foundation
import HDSCore
import Testing

/// The hds command outside the dashboard: exit statuses and messages.
@Suite("Command line")
struct CommandLineTests {
  @Test("--help exits 0 naming the commands")
  func helpNamesCommands() throws {
    let result = try ChildProcess.run(try HDSBinary.url(), ["--help"])
    #expect(result.status == 0)
    #expect(result.output.contains("hds demo"), "\(result.output)")
    #expect(result.output.contains("hds summary"), "\(result.output)")
    #expect(result.errorOutput.isEmpty, "\(result.errorOutput)")
  }

  @Test("unknown command exits 2")
  func unknownCommand() throws {
    let result = try ChildProcess.run(try HDSBinary.url(), ["nosuch"])
    #expect(result.status == 2)
    #expect(result.errorOutput.contains("unknown command nosuch"), "\(result.errorOutput)")
    #expect(result.output.isEmpty, "\(result.output)")
  }

  @Test(
    "invalid store URLs exit 2",
    arguments: [
      (
        "mysql://hds:sekret@127.0.0.1/hds",
        "mysql://hds:***@127.0.0.1/hds"
      ),
      (
        "postgresql://hds:sekret@[::1/hds",
        "\"postgresql://hds:***@[::1/hds\" is invalid: end of string"
      ),
      ("postgresql://hds:se@kret@127.0.0.1/hds", "write @ as %40 and / as %2F"),
      ("postgresql://hds:sekret@127.0.0.1/hds?bogus=1", "invalid URI query parameter: \"bogus\""),
      // libpq checks these values only on connecting, before it tries the server.
      ("postgresql://hds:sekret@127.0.0.1:1/hds?sslmode=bogus", "invalid sslmode value: \"bogus\""),
      (
        "postgresql://hds:sekret@127.0.0.1:1/hds?connect_timeout=soon",
        "is invalid: invalid integer value \"soon\" for connection option \"connect_timeout\""
      ),
    ])
  func invalidStoreURL(url: String, fragment: String) throws {
    var environment = ProcessInfo.processInfo.environment
    environment["HDS_STORE"] = url
    let fromEnvironment = try ChildProcess.run(
      try HDSBinary.url(), ["summary"], environment: environment)
    environment["HDS_STORE"] = nil
    let fromOption = try ChildProcess.run(
      try HDSBinary.url(), ["summary", "--store", url], environment: environment)

    for (result, origin) in [(fromEnvironment, "HDS_STORE"), (fromOption, "--store")] {
      #expect(result.status == 2, "\(result.errorOutput)")
      #expect(result.errorOutput.contains(origin), "\(result.errorOutput)")
      #expect(result.errorOutput.contains(fragment), "\(result.errorOutput)")
      #expect(!result.errorOutput.contains("sekret"), "\(result.errorOutput)")
      #expect(result.output.isEmpty, "\(result.output)")
    }
  }

  @Test("unreachable server message sentences")
  func unreachableServer() throws {
    var environment = ProcessInfo.processInfo.environment
    environment["HDS_STORE"] = "postgresql://hds@127.0.0.1:1/hds?connect_timeout=2"

    let result = try ChildProcess.run(try HDSBinary.url(), ["summary"], environment: environment)

    #expect(result.status == 1)
    #expect(
      result.errorOutput.contains("Connection refused. Is the server running"),
      "\(result.errorOutput)")
    #expect(!result.errorOutput.dropLast().contains("\n"), "\(result.errorOutput)")
  }

  @Test(
    "unknown option names command help",
    arguments: [
      (["--bogus"], "run hds --help for the list"),
      (["migrate-store", "--bogus", "x"], "run hds migrate-store --help for the options"),
      (["--bogus", "summary"], "run hds summary --help for the options of hds summary"),
      (["import", "print-list", "--bogus"], "run hds import print-list --help"),
      (["courier", "add", "--bogus", "Budi"], "run hds courier add --help"),
    ])
  func unknownOption(arguments: [String], fragment: String) throws {
    let result = try ChildProcess.run(try HDSBinary.url(), arguments)

    #expect(result.status == 2)
    #expect(
      result.errorOutput.contains("unknown option --bogus; \(fragment)"), "\(result.errorOutput)")
    #expect(result.output.isEmpty, "\(result.output)")
  }

  @Test("summary on an empty directory")
  func summaryWithoutStore() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }

    let result = try ChildProcess.run(
      try HDSBinary.url(), ["summary", "--data", directory.url.path])
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("hds demo"), "\(result.errorOutput)")
    #expect(result.output.isEmpty, "\(result.output)")
    let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
    #expect(left.isEmpty, "summary created files: \(left)")
  }

  @Test("settings change the attempt limit")
  func attemptLimit() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let hds = try HDSBinary.url()

    let shown = try ChildProcess.run(hds, ["settings", "--data", data])
    #expect(shown.status == 0)
    #expect(
      shown.output.hasPrefix("kecamatan: 35.07.31 Kromengan\nmax-attempts: 2\nroad-factor: 1.3\n"),
      "\(shown.output)")

    let changed = try ChildProcess.run(hds, ["settings", "--data", data, "--max-attempts", "3"])
    #expect(changed.status == 0)
    #expect(
      changed.output.hasPrefix(
        "kecamatan: 35.07.31 Kromengan\nmax-attempts: 3\nroad-factor: 1.3\n"), "\(changed.output)")

    let rejected = try ChildProcess.run(hds, ["settings", "--data", data, "--max-attempts", "0"])
    #expect(rejected.status == 2)
    #expect(
      rejected.errorOutput.contains("invalid value 0 for --max-attempts"), "\(rejected.errorOutput)"
    )
    let kept = try ChildProcess.run(hds, ["settings", "--data", data])
    #expect(
      kept.output.hasPrefix("kecamatan: 35.07.31 Kromengan\nmax-attempts: 3\nroad-factor: 1.3\n"),
      "\(kept.output)")
  }

  @Test("settings change service-time targets")
  func serviceTargets() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let hds = try HDSBinary.url()

    let shown = try ChildProcess.run(hds, ["settings", "--data", data])
    #expect(shown.output.contains("target.ktp-el: 1\n"), "\(shown.output)")
    let changed = try ChildProcess.run(
      hds, ["settings", "--data", data, "--target", "KTP-el=3", "--target", "akta lahir=2"])
    #expect(changed.status == 0, "\(changed.errorOutput)")
    #expect(changed.output.contains("target.ktp-el: 3\n"), "\(changed.output)")
    #expect(changed.output.contains("target.akta-kelahiran: 2\n"), "\(changed.output)")
    #expect(changed.output.contains("target.kk: 1\n"), "\(changed.output)")

    for value in ["ktp-el=0", "ktp-el=31", "paspor=2", "ktp-el", "ktp-el=2=3"] {
      let rejected = try ChildProcess.run(hds, ["settings", "--data", data, "--target", value])
      #expect(rejected.status == 2, "\(value)")
      #expect(
        rejected.errorOutput.contains("invalid value \(value) for --target"),
        "\(rejected.errorOutput)")
    }
    let kept = try ChildProcess.run(hds, ["settings", "--data", data])
    #expect(kept.output.contains("target.ktp-el: 3\n"), "\(kept.output)")
    let log = try String(contentsOfFile: data + "/hds.log", encoding: .utf8)
    #expect(log.contains("setting target.ktp-el 1 -> 3"), "\(log)")
  }

  @Test("settings change the kecamatan")
  func kecamatanSetting() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let hds = try HDSBinary.url()

    let byName = try ChildProcess.run(hds, ["settings", "--data", data, "--kecamatan", "Kepanjen"])
    #expect(byName.status == 0, "\(byName.errorOutput)")
    #expect(byName.output.hasPrefix("kecamatan: 35.07.13 Kepanjen\n"), "\(byName.output)")

    for value in ["35.08.01", "35.07.34", "35.07.1", "Kota Malang"] {
      let rejected = try ChildProcess.run(hds, ["settings", "--data", data, "--kecamatan", value])
      #expect(rejected.status == 2, "\(value)")
      #expect(
        rejected.errorOutput.contains("invalid value \(value) for --kecamatan"),
        "\(rejected.errorOutput)")
    }
    let byCode = try ChildProcess.run(hds, ["settings", "--data", data, "--kecamatan", "35.07.31"])
    #expect(byCode.output.hasPrefix("kecamatan: 35.07.31 Kromengan\n"), "\(byCode.output)")
    let log = try String(contentsOfFile: data + "/hds.log", encoding: .utf8)
    #expect(log.contains("kecamatan"), "\(log)")
  }

  @Test("settings change the road factor")
  func roadFactor() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let hds = try HDSBinary.url()

    let changed = try ChildProcess.run(hds, ["settings", "--data", data, "--road-factor", "1.5"])
    #expect(changed.status == 0, "\(changed.errorOutput)")
    #expect(
      changed.output.hasPrefix(
        "kecamatan: 35.07.31 Kromengan\nmax-attempts: 2\nroad-factor: 1.5\n"), "\(changed.output)")

    let comma = try ChildProcess.run(hds, ["settings", "--road-factor=1,25", "--data", data])
    #expect(comma.status == 0, "\(comma.errorOutput)")
    #expect(
      comma.output.hasPrefix("kecamatan: 35.07.31 Kromengan\nmax-attempts: 2\nroad-factor: 1.25\n"),
      "\(comma.output)")

    for value in ["0.5", "4", "abc"] {
      let rejected = try ChildProcess.run(
        hds, ["settings", "--data", data, "--road-factor", value])
      #expect(rejected.status == 2, "\(value)")
      #expect(
        rejected.errorOutput.contains(
          "invalid value \(value) for --road-factor; expected a number from 1.0 to 3.0"),
        "\(rejected.errorOutput)")
      #expect(rejected.output.isEmpty, "\(rejected.output)")
    }
    let afterRejects = try ChildProcess.run(hds, ["settings", "--data", data])
    #expect(
      afterRejects.output.hasPrefix(
        "kecamatan: 35.07.31 Kromengan\nmax-attempts: 2\nroad-factor: 1.25\n"),
      "\(afterRejects.output)")

    let log = try String(contentsOfFile: data + "/hds.log", encoding: .utf8)
    #expect(log.contains("setting road-factor 1.5 -> 1.25"), "\(log)")

    let elsewhere = try ChildProcess.run(hds, ["summary", "--data", data, "--road-factor", "2"])
    #expect(elsewhere.status == 2)
    #expect(elsewhere.errorOutput.contains("--road-factor only applies to hds settings"))
  }

  @Test("summary warns of a year without holidays")
  func summaryHolidayWarning() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let hds = try HDSBinary.url()

    let listed = try ChildProcess.run(hds, ["summary", "--data", data, "--date", "2026-12-04"])
    #expect(listed.status == 0)
    #expect(!listed.errorOutput.contains("peringatan"), "\(listed.errorOutput)")
    // For a day before today, a note names the lines that follow --date.
    #expect(
      listed.errorOutput.contains(
        "hds: catatan: jumlah per status dan aduan terbuka adalah saat ini")
        == (CalendarDay(containing: Date()) != CalendarDay(year: 2026, month: 12, day: 4)),
      "\(listed.errorOutput)")

    let unlisted = try ChildProcess.run(hds, ["summary", "--data", data, "--date", "2019-06-03"])
    #expect(unlisted.status == 0)
    #expect(
      unlisted.errorOutput.contains("Tahun 2019 belum punya daftar hari libur"),
      "\(unlisted.errorOutput)")
    #expect(unlisted.errorOutput.contains("holidays-2019.txt"), "\(unlisted.errorOutput)")
    #expect(unlisted.output.contains("Aduan terbuka"), "\(unlisted.output)")
  }

  @Test("summary of a future day is rejected")
  func summaryFutureDay() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let tomorrow = officeDay(offset: 1)

    let result = try ChildProcess.run(
      try HDSBinary.url(), ["summary", "--data", data, "--date", tomorrow])

    #expect(result.status == 2)
    #expect(result.output.isEmpty, "\(result.output)")
    #expect(
      result.errorOutput.contains("--date \(tomorrow) has not begun"), "\(result.errorOutput)")
  }
}
