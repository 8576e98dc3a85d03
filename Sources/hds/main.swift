import Foundation
import HDSCore
import HDSDashboard
import HDSSampleData
import HDSStoreSQLite
import HDSTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// Prints a message to standard error and exits with `code` (1 failure, 2 usage).
func fail(_ message: String, code: Int32 = 1) -> Never {
  FileHandle.standardError.write(Data(("hds: " + message + "\n").utf8))
  exit(code)
}

// A write past the file-size limit (ulimit -f) then fails with EFBIG, which the store
// reports with the file and the fix, instead of SIGXFSZ ending the process.
signal(SIGXFSZ, SIG_IGN)

let environment = ProcessInfo.processInfo.environment
let arguments: Arguments
do {
  arguments = try Arguments.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
  fail(error.description, code: 2)
}

if arguments.showHelp {
  print(HelpText.text(for: arguments.command))
  exit(0)
}
if arguments.showVersion {
  print(HelpText.version)
  exit(0)
}

// `resolve` returns nil only for a bad --lang, which parsing already rejected.
let language = Language.resolve(option: arguments.language, environment: environment) ?? .indonesian
// A move's office directory is the one its --from names.
let directory =
  arguments.command == .migrateStore
  ? Commands.moveDirectory(arguments)
  : Environment.dataDirectory(option: arguments.dataDirectory, environment: environment)
Commands.serverURL = Environment.storeURL(option: arguments.store, environment: environment)
// migrate-store checks its own target, which --to or HDS_STORE gives.
if arguments.command != .migrateStore {
  let origin = arguments.store?.isEmpty == false ? "--store" : "HDS_STORE"
  Commands.requireValidServerURL(origin: origin)
}

// The dashboard resolves the role itself, to open the store to match it.
AccessRole.require(arguments.command, directory: directory, readOnly: arguments.readOnly)

switch arguments.command {
case .dashboard:
  Commands.dashboard(arguments, directory: directory, language: language)
case .demo:
  Commands.demo(arguments, directory: directory, language: language)
case .summary:
  Commands.summary(arguments, directory: directory, language: language)
case .importPrintList:
  Commands.importPrintList(arguments, directory: directory, language: language)
case .importSurvey:
  Commands.importSurvey(arguments, directory: directory, language: language)
case .survey:
  Commands.survey(arguments, directory: directory, language: language)
case .exportRecipients:
  Commands.exportRecipients(arguments, directory: directory, language: language)
case .exportEvents:
  Commands.exportEvents(arguments, directory: directory)
case .settings:
  Commands.settings(arguments, directory: directory)
case .export:
  // Parsing accepts `hds export` without a subject only with --help, handled above.
  fail(UsageError.missingSubject("export", "recipients or events").description, code: 2)
case .courier:
  // The same holds for `hds courier`.
  fail(
    UsageError.missingSubject("courier", "list, add, edit, deactivate or activate").description,
    code: 2)
case .courierList:
  Commands.courierList(arguments, directory: directory, language: language)
case .courierAdd:
  Commands.courierAdd(arguments, directory: directory, language: language)
case .courierEdit:
  Commands.courierEdit(arguments, directory: directory, language: language)
case .courierDeactivate:
  Commands.courierSetActive(arguments, active: false, directory: directory, language: language)
case .courierActivate:
  Commands.courierSetActive(arguments, active: true, directory: directory, language: language)
case .runsheet:
  Commands.runsheet(arguments, directory: directory, language: language)
case .report:
  Commands.report(arguments, directory: directory, language: language)
case .backup:
  Commands.backup(arguments, directory: directory)
case .restore:
  Commands.restore(arguments, directory: directory)
case .audit:
  Commands.audit(arguments, directory: directory)
case .migrateStore:
  Commands.migrateStore(arguments, directory: directory)
case .region:
  Commands.region(arguments, directory: directory)
case .regionImport:
  Commands.regionImport(arguments, directory: directory)
case .regionExport:
  Commands.regionExport(arguments, directory: directory)
}
