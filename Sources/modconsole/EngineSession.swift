import ArgumentParser
import DiscordREST
import Engine
import Foundation

/// What commands that act share: the configuration with the command line's
/// overrides, the store, and (when Discord is needed) the engine.
struct EngineSession {
    let configuration: Configuration
    let store: Store

    /// Loads the configuration and opens the store, or exits 1 saying what is wrong.
    init(config: String?, db: String?, adjust: (inout Configuration) -> Void = { _ in }) throws {
        var configuration: Configuration
        do {
            configuration = try ConfigurationLoader.load(explicitFile: config)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        adjust(&configuration)
        OutputRedaction.use(configuration)
        self.configuration = configuration
        store = try Self.openStore(db: db, redactor: SecretRedactor(configuration))
    }

    /// The store at `--db` (or its default), keeping `redactor`'s secrets out of what it records.
    static func openStore(db: String?, redactor: SecretRedactor = .none) throws -> Store {
        do {
            return try Store(path: StoreLocation.resolve(flag: db), redactor: redactor)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    /// The store for a command that only reads (audit, queue list, auto
    /// status): an existing store is opened read-only, so it works on a
    /// read-only mount; a missing one is created as before.
    static func openForReading(db: String?) throws -> Store {
        let path = StoreLocation.resolve(flag: db)
        guard FileManager.default.fileExists(atPath: path) else { return try openStore(db: path) }
        return try openReadOnly(path)
    }

    /// The store for a command that only reads what moderators did: a missing
    /// file is a mistaken path (exit 1 naming it), never a new empty store.
    static func openExistingStore(db: String?) throws -> Store {
        let path = StoreLocation.resolve(flag: db)
        guard FileManager.default.fileExists(atPath: path) else {
            printError("no store at \(path); pass the store the engine uses with --db or MODCONSOLE_DB")
            throw ExitCode(1)
        }
        return try openReadOnly(path)
    }

    /// Opens `path` read-only; an older store is upgraded first when this user can write it.
    static func openReadOnly(_ path: String) throws -> Store {
        do {
            return try Store.openForReading(path: path)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    /// The engine on this configuration, started (bot and channels known),
    /// with rate-limit waits recorded as events.
    func startEngine() async throws -> ModerationEngine {
        try requireToken()
        return try await Self.started(try engine())
    }

    /// Exits 1 saying how to give a token when there is none.
    func requireToken() throws {
        guard configuration.token == nil else { return }
        printError("no bot token: set DISCORD_BOT_TOKEN, or discord.token_file in the configuration file")
        throw ExitCode(1)
    }

    /// The engine made and started, throwing what went wrong instead of
    /// saying it: for the console, which shows its first frame before this
    /// runs and says the error once the screen is gone.
    func launchEngine() async throws -> ModerationEngine {
        let engine = try makeEngine()
        try await engine.start()
        return engine
    }

    /// The engine on this configuration, not started: it logs in to Discord
    /// only when a decision has to run there, so dismissing needs no Discord
    /// (and no token: without one, an action that must run says so).
    func engine() throws -> ModerationEngine {
        do {
            return try makeEngine()
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
    }

    /// The engine, or the classifier's configuration error.
    func makeEngine() throws -> ModerationEngine {
        let store = self.store
        let client = configuration.makeClient(onRateLimit: ModerationEngine.rateLimitRecorder(store), rateLimits: StoreRateLimits(store))
            ?? DiscordClient(configuration: .init(token: BotToken(""), apiBase: configuration.apiBase))
        let lists = phishingLists()
        let classifier = try configuration.classifier.makeClassifier(nil, phishingLists: lists)
        return ModerationEngine(configuration: configuration, store: store, client: client, classifier: classifier, phishingLists: lists)
    }

    /// The phishing lists beside the store, as `lists update` left them (none yet is fine).
    func phishingLists() -> PhishingListCache {
        PhishingListCache(files: PhishingListFiles(storePath: store.path))
    }

    /// Exits 1 saying why when the engine stopped for good (a rejected
    /// token), so a supervisor sees that it stopped, and why.
    static func exitIfStopped(_ engine: ModerationEngine) throws {
        guard let fatal = engine.fatalProblem else { return }
        printError(fatal.description)
        throw ExitCode(1)
    }

    /// The engine once it knows the bot and its channels, or exit 1 saying why not.
    static func started(_ engine: ModerationEngine) async throws -> ModerationEngine {
        do {
            try await engine.start()
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        return engine
    }
}
