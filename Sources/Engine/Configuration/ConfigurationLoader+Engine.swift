import Foundation

extension ConfigurationLoader {
    /// `[engine]`, `[auto]`, `[dm]` and `[ui]`.
    static func readEngine(_ root: inout ConfigReader, into configuration: inout Configuration) {
        var settings = configuration.engine
        defer { configuration.engine = settings }
        if var engine = root.table("engine") {
            if let seconds = engine.double("poll_interval_seconds", example: "30") {
                if seconds >= 1 { settings.pollInterval = .milliseconds(Int(seconds * 1000)) } else {
                    engine.problems.append(.init(key: engine.keyPath("poll_interval_seconds"), value: "\(seconds)", message: "too short",
                                                 fix: "poll at most once a second; 30 is the default"))
                }
            }
            if let count = engine.int("backfill", example: "20") {
                if (0...100).contains(count) { settings.backfill = count } else {
                    engine.problems.append(.init(key: engine.keyPath("backfill"), value: "\(count)", message: "out of range",
                                                 fix: "read between 0 and 100 messages per channel on the first poll (one page)"))
                }
            }
            settings.dryRun = engine.bool("dry_run") ?? settings.dryRun
            if let minutes = engine.int("timeout_minutes", example: "60") {
                if (1...40320).contains(minutes) { settings.timeoutMinutes = minutes } else {
                    engine.problems.append(.init(key: engine.keyPath("timeout_minutes"), value: "\(minutes)", message: "out of range",
                                                 fix: "Discord allows timeouts of 1 minute to 28 days (40320 minutes)"))
                }
            }
            if let seconds = engine.double("cross_post_window_seconds", example: "600") {
                if seconds >= 0 { settings.crossPostWindow = .milliseconds(Int(seconds * 1000)) } else {
                    engine.problems.append(.init(key: engine.keyPath("cross_post_window_seconds"), value: "\(seconds)", message: "negative",
                                                 fix: "give 0 (no grouping of cross-posts) or more seconds; 600 is the default"))
                }
            }
            if let name = engine.string("moderator", example: "\"alice\""), !name.isEmpty { settings.moderator = name }
            root.absorb(engine)
        }
        if var auto = root.table("auto") {
            settings.auto.enabled = auto.bool("enabled") ?? settings.auto.enabled
            if let grace = auto.double("grace_seconds", example: "30") {
                if grace >= 0 { settings.auto.grace = .milliseconds(Int(grace * 1000)) } else {
                    auto.problems.append(.init(key: auto.keyPath("grace_seconds"), value: "\(grace)", message: "negative",
                                               fix: "give 0 (execute at once) or more seconds"))
                }
            }
            if let confidence = auto.double("min_confidence", example: "0.9") {
                if (0...1).contains(confidence) { settings.auto.minConfidence = confidence } else {
                    auto.problems.append(.init(key: auto.keyPath("min_confidence"), value: "\(confidence)", message: "not between 0 and 1",
                                               fix: "write a confidence such as 0.9"))
                }
            }
            if let node = auto.node("actions") {
                let allowed: [ModerationAction] = [.move, .flag, .delete]
                if case .array(let items) = node {
                    var actions: Set<ModerationAction> = []
                    for item in items {
                        if case .string(let text) = item, let action = ModerationAction(rawValue: text), allowed.contains(action) {
                            actions.insert(action)
                        } else {
                            auto.problems.append(.init(key: auto.keyPath("actions"), value: item.display, message: "not an action auto mode may take",
                                                       fix: "list some of \"move\", \"flag\", \"delete\" (timeout and ban always need a moderator)"))
                        }
                    }
                    settings.auto.actions = actions
                } else {
                    auto.problems.append(.init(key: auto.keyPath("actions"), value: node.display, message: "not a list",
                                               fix: "write actions = [\"move\", \"delete\"]"))
                }
            }
            root.absorb(auto)
        }
        if var ui = root.table("ui") {
            configuration.ui.theme = ui.string("theme", example: "\"light\"") ?? configuration.ui.theme
            if let milliseconds = ui.int("hold_back_ms", example: "300") {
                if (0...5000).contains(milliseconds) { configuration.ui.holdBack = .milliseconds(milliseconds) } else {
                    ui.problems.append(.init(key: ui.keyPath("hold_back_ms"), value: "\(milliseconds)", message: "out of range",
                                             fix: "give 0 (no hold-back) to 5000 milliseconds; 300 is the default"))
                }
            }
            root.absorb(ui)
        }
        if var dm = root.table("dm") {
            for (key, path) in [("move", \DMTemplates.move), ("delete", \DMTemplates.delete), ("flag", \DMTemplates.flag),
                                ("timeout", \DMTemplates.timeout), ("ban", \DMTemplates.ban)] {
                guard let text = dm.string(key, example: "\"Hi {author}, ... {reason}\"") else { continue }
                if text.isEmpty || text.count > 1800 {
                    dm.problems.append(.init(key: dm.keyPath(key), value: "\(text.count) characters", message: "empty or too long for a DM",
                                             fix: "write 1 to 1800 characters; {author}, {channel}, {jobs} and {reason} are filled in"))
                } else {
                    settings.messages[keyPath: path] = text
                }
            }
            root.absorb(dm)
        }
    }
}
