import Engine
import Foundation

extension ConsoleApp {
    /// Runs a command in the engine, off the UI thread; its result (or the
    /// refusal) comes back as a notice, and the data is fetched anew.
    func perform(_ command: ConsoleCommand, on terminal: any Terminal) {
        let mailbox = self.mailbox
        switch command {
        case .quit: return
        case .copy(let text):
            // The terminal is the UI thread's: copied here, at once.
            terminal.copyToClipboard(text)
            mailbox.post(.event(.notice("copied (where the terminal allows OSC 52): \(text)")))
            return
        default: break
        }
        guard let engine = self.engine else {
            mailbox.post(.event(.notice("the engine is still starting: press again in a moment")))
            return
        }
        let work: @Sendable () async throws -> String?
        switch command {
        case .quit, .copy: return
        case .decide(let id, let decision, let details):
            work = { Self.describe(try await engine.decide(id, decision, details: details)) }
        case .decideMany(let ids, let decision, let details):
            work = { await Self.decideMany(ids, decision, details, engine: engine, mailbox: mailbox) }
        case .undo(let id): work = { Self.describe(try await engine.undo(id)) }
        case .reopen(let id): work = { Self.describe(try await engine.reopen(id)) }
        case .note(let id, let text):
            work = {
                _ = try await engine.setNote(id, text)
                return text.isEmpty ? "note on suggestion \(id) cleared" : "note kept on suggestion \(id)"
            }
        case .loadAuthor(let author):
            work = {
                mailbox.post(.event(.author(try await engine.authorProfile(author))))
                return nil
            }
        case .setAuto(let on):
            work = {
                try await engine.setAuto(on)
                return on ? "auto mode ON" : "auto mode OFF: nothing runs without a keypress"
            }
        }
        let key = UUID()
        let task = Task { [self] in
            do {
                if let notice = try await work() { mailbox.post(.event(.notice(notice))) }
            } catch {
                mailbox.post(.event(.notice("\(error)")))
            }
            mailbox.markStale()
            commands.withLock { $0[key] = nil }
        }
        commands.withLock { $0[key] = task }
    }

    /// A bulk decision: one suggestion after another (the client keeps to
    /// Discord's rate limits), with progress in the hint line; a failure
    /// is counted and the rest go on.
    static func decideMany(_ ids: [Int64], _ decision: Decision, _ details: DecisionDetails, engine: ModerationEngine,
                           mailbox: Mailbox) async -> String {
        var failed: [String] = []
        for (index, id) in ids.enumerated() {
            do {
                let outcome = try await engine.decide(id, decision, details: details)
                if let failure = outcome.failure { failed.append("\(id): \(failure)") }
            } catch {
                failed.append("\(id): \(error)")
            }
            mailbox.post(.event(.notice("bulk: \(index + 1)/\(ids.count) done" + (failed.isEmpty ? "" : ", \(failed.count) failed"))))
            mailbox.markStale()
        }
        return "bulk: \(ids.count - failed.count) of \(ids.count) done" + (failed.isEmpty ? "" : "; failed: " + failed.joined(separator: "; "))
    }

    static func describe(_ suggestion: Suggestion) -> String {
        "suggestion \(suggestion.id): \(suggestion.action.rawValue) \(suggestion.state.rawValue)" + (suggestion.failure.map { ": \($0)" } ?? "")
    }
}
