import ArgumentParser
import ConsoleUI
import Engine
import Foundation

/// Opening the console on an engine: the theme, the terminal, the run.
enum ConsoleLaunch {
    /// Where theme names are looked up, after the built-ins' own files.
    static func themeDirectories(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return ["themes", configHome + "/modconsole/themes"]
    }

    /// The theme named by `--theme`, else the configuration's `ui.theme`, else the default; exits 1 naming a bad one.
    static func theme(flag: String?, configured: String?) throws -> Theme {
        do {
            return try ThemeLoader.load(flag ?? configured ?? "default", searchDirectories: themeDirectories())
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    /// Called first by the commands that open the console, before its
    /// threads allocate: glibc gives each new thread a malloc arena of its
    /// own (up to eight per core), each keeping what was freed in it; two
    /// arenas shared by all keep the console's resident memory about 8 MB
    /// lower, and one moderator's console never contends for them.
    static func shareMallocArenas() {
        // mallopt(M_ARENA_MAX, 2): Swift's Glibc module leaves malloc.h out, where M_ARENA_MAX is -8.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(-8, 2)
    }

    /// Runs the console until the moderator quits; the engine runs inside it.
    /// The first frame shows before `launch` makes and starts the engine; an
    /// engine that could not start, or stopped for good (a rejected token),
    /// is said on stderr once the screen is gone, and the exit is 1.
    static func run(theme: Theme, holdBack: Duration, launching launch: @escaping @Sendable () async throws -> ModerationEngine) async throws {
        let app = ConsoleApp(holdBack: holdBack, launching: launch)
        do {
            try await app.run { try NcursesTerminal(theme: theme) }
        } catch let error as ConsoleError {
            printError(error.description)
            throw ExitCode(1)
        }
        if let engine = app.engine { try EngineSession.exitIfStopped(engine) }
    }
}
