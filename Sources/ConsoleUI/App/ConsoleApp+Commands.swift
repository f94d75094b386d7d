import Engine
import Foundation

extension ConsoleApp {
    /// Runs a command in the engine, off the UI thread; its result (or the
    /// refusal) comes back as a notice, and the data is fetched anew.
    func perform(_ command: ConsoleCommand, on terminal: any Terminal) {
        let engine = self.engine, mailbox = self.mailbox
        let work: @Sendable () async throws -> String
        switch command {
        case .quit: return
        case .decide(let id, let decision, _): work = { Self.describe(try await engine.decide(id, decision)) }
        case .decideMany, .reopen, .note, .loadAuthor: return
        case .copy(let text):
            terminal.copyToClipboard(text)
            mailbox.post(.event(.notice("copied (OSC 52, where the terminal allows it): \(text)")))
            return
        case .undo(let id): work = { Self.describe(try await engine.undo(id)) }
        case .setAuto(let on):
            work = {
                try await engine.setAuto(on)
                return on ? "auto mode ON" : "auto mode OFF: nothing runs without a keypress"
            }
        }
        let key = UUID()
        let task = Task { [self] in
            do { mailbox.post(.event(.notice(try await work()))) } catch { mailbox.post(.event(.notice("\(error)"))) }
            mailbox.markStale()
            commands.withLock { $0[key] = nil }
        }
        commands.withLock { $0[key] = task }
    }

    static func describe(_ suggestion: Suggestion) -> String {
        "suggestion \(suggestion.id): \(suggestion.action.rawValue) \(suggestion.state.rawValue)" + (suggestion.failure.map { ": \($0)" } ?? "")
    }
}
