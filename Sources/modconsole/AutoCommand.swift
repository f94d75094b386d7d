import ArgumentParser
import ConsoleUI
import Engine
import Foundation

/// `modconsole auto on|off|status`: the auto-mode switch every engine and
/// console on the store share, set on purpose and shown as it is.
struct Auto: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn auto mode on or off for every engine on the store, or show it.",
        discussion: """
            On: engines execute confident suggestions of the allowed actions after the grace window, unless a \
            moderator vetoes. Off: nothing runs without a moderator, and pending auto actions are cancelled.
            """)

    enum Switch: String, ExpressibleByArgument, CaseIterable {
        case on, off, status
    }

    @Argument(help: ArgumentHelp("on, off or status.", valueName: "on|off|status"))
    var change: Switch
    @Option(name: .long, help: ArgumentHelp("A TOML configuration file (for the auto settings shown).", valueName: "file"))
    var config: String?
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let store = try change == .status ? EngineSession.openForReading(db: global.db) : EngineSession.openStore(db: global.db)
        switch change {
        case .on: try await store.setAutoMode(true)
        case .off: try await store.setAutoMode(false)
        case .status: break
        }
        let settings = (try? ConfigurationLoader.load(explicitFile: config))?.engine.auto
        print(Self.describe(try await store.autoMode(), settings: settings))
    }

    /// "auto mode: ON since 2026-11-30T04:00:00Z (grace 30 s, confidence >= 0.9, actions delete, flag, move)".
    static func describe(_ mode: Store.AutoMode, settings: AutoSettings?) -> String {
        var line = "auto mode: " + (mode.enabled ? "ON" : "off")
        if let since = mode.since { line += " since " + ISO8601DateFormatter().string(from: since) }
        if mode.enabled, let settings {
            line += " (grace \(Int(settings.grace.seconds)) s, confidence >= \(settings.minConfidence), actions "
                + settings.actions.map(\.rawValue).sorted().joined(separator: ", ") + ")"
        }
        line += mode.enabled ? "; `modconsole auto off` turns it off" : "; `modconsole auto on` turns it on"
        return line
    }
}
