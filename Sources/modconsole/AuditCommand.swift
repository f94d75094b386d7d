import ArgumentParser
import ConsoleUI
import Engine
import Foundation

/// `modconsole audit`: what ran, who decided, when, and the result; `--verify` checks the hash chain.
struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the audit log, newest first, or verify its hash chain.",
        discussion: "--verify exits 1 naming the first entry whose hash link does not hold.")

    @Flag(help: "Print a JSON array.")
    var json = false
    @Option(help: "How many entries to show.")
    var limit = 50
    @Flag(help: "Check that no entry was edited, removed or reordered.")
    var verify = false
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1 (it is how many entries to show)") }
    }

    func run() async throws {
        let store = try EngineSession.openForReading(db: global.db)
        if verify {
            if let broken = try await store.verifyAudit() {
                let when = broken.at.map { " (\(ISO8601DateFormatter().string(from: $0)))" } ?? ""
                printError("audit entry \(broken.id)\(when) is broken: \(broken.problem)")
                throw ExitCode(1)
            }
            let count = try await store.audit(limit: .max).count
            print("audit chain intact: \(count) entries")
            return
        }
        let entries = try await store.audit(limit: limit)
        if json {
            try printJSON(encoding: entries)
            return
        }
        if entries.isEmpty { print("the audit log is empty"); return }
        let time = ISO8601DateFormatter()
        for entry in entries {
            let target = entry.messageID.map { "message \($0)" } ?? "-"
            print("\(time.string(from: entry.at))  \(Sanitizer.clean(entry.moderator))  \(entry.action)\(entry.dryRun ? " (dry run)" : "")  \(target)  \(Sanitizer.clean(entry.result))")
        }
    }
}
