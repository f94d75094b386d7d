import ArgumentParser
import Engine
import Foundation

/// `modconsole lists`: the community phishing-domain lists the classifier
/// checks links against, kept in a `lists/` folder beside the store.
struct Lists: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch and inspect the community phishing-domain lists.",
        discussion: """
            A link to a domain on the phishing list is deleted whatever the model says; one on the \
            suspicious list is flagged. The lists live in a lists/ folder beside the store; a running \
            engine picks up new files at its next poll.
            """,
        subcommands: [Update.self, Status.self])

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Download both lists, replacing the saved ones only if both are valid.",
            discussion: "Exits 1 naming the URL and the problem when a list cannot be fetched or is not a list; the saved lists are then left as they were.")

        @Option(name: .long, help: ArgumentHelp(
            "A base URL or a folder holding domain-list.json and suspicious-list.json.",
            discussion: "Default: \(PhishingListUpdater.upstream)", valueName: "url|folder"))
        var from: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let files = PhishingListFiles(storePath: StoreLocation.resolve(flag: global.db))
            let source = PhishingListUpdater.Source(from ?? PhishingListUpdater.upstream)
            switch await PhishingListUpdater(files: files).update(from: source) {
            case .success(let updated):
                for list in updated {
                    print("\(list.kind.rawValue): \(list.entries) domains, \(Lists.size(list.bytes)) -> \(list.path)")
                }
            case .failure(let failure):
                printError("the lists were not updated; the saved ones are kept.\n" + failure.problems.map { "  \($0)" }.joined(separator: "\n"))
                throw ExitCode(1)
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each list's file, entries, size and age.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let files = PhishingListFiles(storePath: StoreLocation.resolve(flag: global.db))
            let now = Date()
            let statuses = files.status(countEntries: true)
            for status in statuses {
                guard let file = status.file else {
                    print("\(status.kind.rawValue): missing (\(status.path)); run `modconsole lists update` to fetch it")
                    continue
                }
                let entries: String
                switch status.entries {
                case .success(let count)?: entries = "\(count) domains"
                case .failure(let problem)?: entries = "UNREADABLE: \(problem.problem)"
                case nil: entries = "?"
                }
                let age = PhishingListFiles.describeAge(now.timeIntervalSince(file.modified))
                print("\(status.kind.rawValue): \(entries), \(Lists.size(file.size)), updated \(age) ago (\(status.path))")
            }
            if statuses.allSatisfy({ $0.file != nil }), let warning = files.warning(now: now) {
                print("warning: \(warning)")
            }
        }
    }

    /// "583 KB", "21 KB", "512 bytes".
    static func size(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes) bytes" : "\((bytes + 512) / 1024) KB"
    }
}
