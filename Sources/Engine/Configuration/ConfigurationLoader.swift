import DiscordREST
import Foundation

/// Finds, reads and validates the configuration.
///
/// The file is the first of: `--config`, `$MODCONSOLE_CONFIG`,
/// `./modconsole.toml`, `$XDG_CONFIG_HOME/modconsole/config.toml` (a file
/// named explicitly must exist; the others are optional). Environment
/// variables then override it.
public enum ConfigurationLoader {
    public static func load(explicitFile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(ConfigurationError) -> Configuration
    {
        var configuration = Configuration()
        if let file = try locate(explicitFile: explicitFile, environment: environment) {
            try apply(file: file, to: &configuration)
        }
        try applyEnvironment(environment, to: &configuration)
        return configuration
    }

    static func locate(explicitFile: String?, environment: [String: String]) throws(ConfigurationError) -> String? {
        if let named = explicitFile ?? environment["MODCONSOLE_CONFIG"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard FileManager.default.isReadableFile(atPath: named) else {
                let source = explicitFile != nil ? "--config" : "MODCONSOLE_CONFIG"
                throw ConfigurationError(file: nil, problems: [.init(
                    key: source, value: named, message: "no readable file there",
                    fix: "give the path of an existing TOML file, or leave \(source) out to use the environment alone")])
            }
            return named
        }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return ["modconsole.toml", configHome + "/modconsole/config.toml"]
            .first { FileManager.default.isReadableFile(atPath: $0) }
    }

    static func apply(file: String, to configuration: inout Configuration) throws(ConfigurationError) {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ConfigurationError(file: file, problems: [.init(key: "(file)", value: nil, message: "cannot be read as UTF-8 text",
                                                                    fix: "check the file's permissions and encoding")])
        }
        try apply(text: text, file: file, to: &configuration)
    }

    /// The TOML `text` of the configuration file `file` applied over `configuration`:
    /// every problem in it reported at once. `file` names the file in errors and
    /// is the path whose permissions guard a token written in it.
    package static func apply(text: String, file: String, to configuration: inout Configuration) throws(ConfigurationError) {
        var root = ConfigReader(path: "", table: try TOMLValue.parse(toml: text, file: file))
        configuration.file = file

        if var discord = root.table("discord") {
            if let token = discord.string("token") {
                if let problem = FileSecrecy.problem(path: file, holding: "a bot token (discord.token)") {
                    discord.problems.append(problem)
                } else {
                    configuration.token = BotToken(token)
                    configuration.tokenSource = .configKey(file)
                }
            }
            if let tokenFile = discord.string("token_file", example: "\"/etc/modconsole/token\"") {
                if let problem = FileSecrecy.problem(path: tokenFile, holding: "the bot token (discord.token_file)") {
                    discord.problems.append(problem)
                } else if let token = try? String(contentsOfFile: tokenFile, encoding: .utf8) {
                    if BotToken(token).isEmpty {
                        discord.problems.append(.init(key: "discord.token_file", value: "\"\(tokenFile)\"", message: "is empty",
                                                      fix: "write the bot token (Developer Portal > your app > Bot > Reset Token) into \(tokenFile)"))
                    } else {
                        configuration.token = BotToken(token)
                        configuration.tokenSource = .file(tokenFile)
                    }
                } else {
                    discord.problems.append(.init(key: "discord.token_file", value: "\"\(tokenFile)\"", message: "cannot be read",
                                                  fix: "point it at a file holding only the token, owned by this user"))
                }
            }
            if let base = discord.string("api_base", example: "\"https://discord.com/api/v10\"") {
                if let problem = apiBaseProblem(base, key: "discord.api_base") { discord.problems.append(problem) } else {
                    configuration.apiBase = base
                }
            }
            configuration.jobsChannel = discord.snowflake("jobs_channel") ?? configuration.jobsChannel
            configuration.auditChannel = discord.snowflake("audit_channel") ?? configuration.auditChannel
            root.absorb(discord)
        }
        if let channels = root.tables("channels") {
            for var channel in channels {
                let id = channel.snowflake("id")
                if channel.table["id"] == nil {
                    channel.problems.append(.init(key: channel.keyPath("id"), value: nil, message: "missing",
                                                  fix: "every [[channels]] entry needs id = \"<channel id>\""))
                }
                var role: ChannelRole? = nil
                if let text = channel.string("role", example: "\"general\"") {
                    role = ChannelRole(rawValue: text)
                    if role == nil {
                        channel.problems.append(.init(key: channel.keyPath("role"), value: "\"\(text)\"", message: "not a channel role",
                                                      fix: "use one of \(ChannelRole.allCases.map(\.rawValue).joined(separator: ", "))"))
                    }
                }
                let guidance = channel.string("guidance")
                if let id { configuration.channels.append(WatchedChannel(id: id, role: role, guidance: guidance)) }
                root.absorb(channel)
            }
        }
        if var classifier = root.table("classifier") {
            readClassifier(&classifier, into: &configuration.classifier)
            root.absorb(classifier)
        }
        readEngine(&root, into: &configuration)
        let problems = root.problems + root.unknownKeyProblems
        if !problems.isEmpty { throw ConfigurationError(file: file, problems: problems) }
    }

    /// `[classifier]`: kind, rules, the hybrid band, and `[classifier.llm]`.
    static func readClassifier(_ reader: inout ConfigReader, into settings: inout ClassifierSettings) {
        if let kind = reader.string("kind", example: "\"local\"") {
            settings.kind = ClassifierSettings.Kind(rawValue: kind)
            if settings.kind == nil {
                reader.problems.append(.init(key: reader.keyPath("kind"), value: "\"\(kind)\"", message: "not a classifier",
                                             fix: "use local, llm or hybrid"))
            }
        }
        settings.builtInRules = reader.bool("builtin_rules") ?? settings.builtInRules
        settings.compare = reader.bool("compare") ?? settings.compare
        settings.localModel = reader.string("local_model", example: "\"models/local.bin\"") ?? settings.localModel
        if let band = reader.node("hybrid_band") {
            if case .array(let bounds) = band, bounds.count == 2, let low = bounds[0].number, let high = bounds[1].number,
               0 <= low, low <= high, high <= 1 {
                settings.hybridBand = low...high
            } else {
                reader.problems.append(.init(key: reader.keyPath("hybrid_band"), value: band.display, message: "not a confidence range",
                                             fix: "write hybrid_band = [0.0, 0.85]: local verdicts with confidence in it go to the LLM"))
            }
        }
        for var rule in reader.tables("rules") ?? [] {
            let name = rule.string("name") ?? ""
            let pattern = rule.string("pattern", example: "\"\\\\bfree\\\\s+nitro\\\\b\"") ?? ""
            let weight = rule.double("weight", example: "1.5") ?? 1
            let description = rule.string("description") ?? name
            let action = rule.string("action", example: "\"delete\"")
            let intent = rule.string("intent", example: "\"seek_job\"")
            if name.isEmpty || pattern.isEmpty {
                rule.problems.append(.init(key: rule.path, value: nil, message: "a rule needs a name and a pattern",
                                           fix: "add name = \"...\" and pattern = \"<regular expression>\""))
            }
            var made: Rule? = nil
            switch (action.flatMap(ModerationAction.init(rawValue:)), intent.flatMap(Intent.init(rawValue:))) {
            case (let a?, nil) where action != nil && intent == nil:
                made = Rule(name: name, pattern: pattern, action: a, weight: weight, description: description)
            case (nil, let i?) where action == nil:
                made = Rule(name: name, pattern: pattern, intent: i, weight: weight, description: description)
            default:
                rule.problems.append(.init(key: rule.path, value: action ?? intent, message: "a rule pushes toward one action or one intent",
                                           fix: "give action = \"delete\", \"flag\" or \"allow\", or intent = \"post_job\", \"seek_job\" or \"other\" (not both)"))
            }
            if let made, !name.isEmpty, !pattern.isEmpty {
                do {
                    _ = try RuleSet([made])
                    settings.rules.append(made)
                } catch {
                    rule.problems.append(.init(key: rule.path, value: "\"\(pattern)\"", message: error.message, fix: "correct the rule"))
                }
            }
            reader.absorb(rule)
        }
        if var llm = reader.table("llm") {
            readLLM(&llm, into: &settings)
            reader.absorb(llm)
        }
    }

    static func readLLM(_ reader: inout ConfigReader, into settings: inout ClassifierSettings) {
        var endpoint = settings.llm?.endpoint ?? LLMEndpoint()
        var llm = settings.llm ?? LLMSettings(endpoint: endpoint)
        if let base = reader.string("base_url", example: "\"http://127.0.0.1:11434/v1\"") {
            if let problem = apiBaseProblem(base, key: reader.keyPath("base_url")) { reader.problems.append(problem) } else {
                endpoint.baseURL = base
            }
        }
        if let file = reader.string("api_key_file") {
            if let problem = FileSecrecy.problem(path: file, holding: "the LLM API key") { reader.problems.append(problem) }
            else if let key = try? String(contentsOfFile: file, encoding: .utf8) { endpoint.apiKey = BotToken(key) }
            else { reader.problems.append(.init(key: reader.keyPath("api_key_file"), value: "\"\(file)\"", message: "cannot be read",
                                                fix: "point it at a file holding only the key, readable only by you")) }
        }
        endpoint.model = reader.string("model", example: "\"gpt-5-nano\"") ?? endpoint.model
        if let temperature = reader.double("temperature") { endpoint.temperature = temperature }
        endpoint.maxTokens = reader.int("max_tokens", example: "1000") ?? endpoint.maxTokens
        endpoint.tokenLimitKey = reader.string("token_limit_key", example: "\"max_tokens\"") ?? endpoint.tokenLimitKey
        if let seconds = reader.double("timeout_seconds", example: "60") {
            if seconds > 0 { endpoint.timeout = .milliseconds(Int(seconds * 1000)) } else {
                reader.problems.append(.init(key: reader.keyPath("timeout_seconds"), value: "\(seconds)", message: "not a time to wait",
                                             fix: "give more than 0 seconds; 60 is the default"))
            }
        }
        endpoint.maxRetries = reader.int("retries", example: "3") ?? endpoint.maxRetries
        llm.concurrency = max(1, reader.int("concurrency", example: "4") ?? llm.concurrency)
        llm.maxErrors = max(1, reader.int("max_errors", example: "10") ?? llm.maxErrors)
        if var signature = reader.table("signature") {
            let instructions = signature.string("instructions") ?? llm.signature.instructions
            var descriptions = llm.signature.descriptions
            if var fields = signature.table("fields") {
                for name in Signature.describableFields {
                    if let text = fields.string(name) { descriptions[name] = text }
                }
                signature.absorb(fields)
            }
            llm.signature = .moderation(instructions: instructions, descriptions: descriptions)
            reader.absorb(signature)
        }
        llm.endpoint = endpoint
        settings.llm = llm
    }

    static func applyEnvironment(_ environment: [String: String], to configuration: inout Configuration) throws(ConfigurationError) {
        var problems: [ConfigurationError.Problem] = []
        func value(_ name: String) -> String? {
            environment[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        func id(_ name: String) -> Snowflake? {
            guard let text = value(name) else { return nil }
            if let id = Snowflake(text) { return id }
            problems.append(.init(key: name, value: text, message: "not a Discord id",
                                  fix: "set it to the channel's numeric id (Developer Mode, right-click the channel, Copy ID)"))
            return nil
        }
        if let token = value("DISCORD_BOT_TOKEN") {
            configuration.token = BotToken(token)
            configuration.tokenSource = .environment
        }
        if let base = value("DISCORD_API_BASE") {
            if let problem = apiBaseProblem(base, key: "DISCORD_API_BASE") { problems.append(problem) } else { configuration.apiBase = base }
        }
        if let list = value("DISCORD_CHANNEL_IDS") {
            var channels: [WatchedChannel] = []
            for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
                guard let channelID = Snowflake(item) else {
                    problems.append(.init(key: "DISCORD_CHANNEL_IDS", value: item, message: "not a Discord id",
                                          fix: "give comma-separated numeric channel ids, e.g. 123456789012345678,234567890123456789"))
                    continue
                }
                // Keep the role and guidance a file gave the same channel.
                channels.append(configuration.channels.first { $0.id == channelID } ?? WatchedChannel(id: channelID))
            }
            configuration.channels = channels
        }
        applyLLMEnvironment(value, to: &configuration.classifier)
        configuration.classifier.localModel = value("MODCONSOLE_LOCAL_MODEL") ?? configuration.classifier.localModel
        if let kind = value("MODCONSOLE_CLASSIFIER") {
            if let parsed = ClassifierSettings.Kind(rawValue: kind) { configuration.classifier.kind = parsed } else {
                problems.append(.init(key: "MODCONSOLE_CLASSIFIER", value: kind, message: "not a classifier", fix: "use local, llm or hybrid"))
            }
        }
        if let base = value("OPENAI_BASE_URL"), let problem = apiBaseProblem(base, key: "OPENAI_BASE_URL") { problems.append(problem) }
        if let dry = value("DRY_RUN") {
            if let flag = parseBool(dry) { configuration.engine.dryRun = flag } else {
                problems.append(.init(key: "DRY_RUN", value: dry, message: "not true or false", fix: "use DRY_RUN=true or DRY_RUN=false (1/0, yes/no also work)"))
            }
        }
        configuration.jobsChannel = id("DISCORD_JOBS_CHANNEL_ID") ?? configuration.jobsChannel
        configuration.auditChannel = id("DISCORD_AUDIT_CHANNEL_ID") ?? configuration.auditChannel
        if !problems.isEmpty { throw ConfigurationError(file: nil, problems: problems) }
    }

    /// OPENAI_BASE_URL, OPENAI_API_KEY and MODCONSOLE_MODEL: any of them configures an LLM.
    static func applyLLMEnvironment(_ value: (String) -> String?, to settings: inout ClassifierSettings) {
        let base = value("OPENAI_BASE_URL").flatMap { apiBaseProblem($0, key: "") == nil ? $0 : nil }
        let key = value("OPENAI_API_KEY"), model = value("MODCONSOLE_MODEL")
        guard base != nil || key != nil || model != nil || settings.llm != nil else { return }
        var llm = settings.llm ?? LLMSettings(endpoint: LLMEndpoint())
        if let base { llm.endpoint.baseURL = base }
        if let key { llm.endpoint.apiKey = BotToken(key) }
        if let model { llm.endpoint.model = model }
        settings.llm = llm
    }

    /// The original bot's DRY_RUN spellings.
    static func parseBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: return nil
        }
    }

    static func apiBaseProblem(_ base: String, key: String) -> ConfigurationError.Problem? {
        guard let url = URLComponents(string: base), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            return .init(key: key, value: base, message: "not an http(s) URL",
                         fix: "use https://discord.com/api/v10, or the DISCORD_API_BASE that `modconsole simulate` prints")
        }
        return nil
    }
}

/// Secrets live only in files their owner alone can read.
enum FileSecrecy {
    /// A problem if the file `path` names (through any symlinks: a
    /// Kubernetes secret mount is a chain of them) can be read or written by
    /// its group or others, or belongs to another user who is not root.
    static func problem(path: String, holding what: String) -> ConfigurationError.Problem? {
        var target = stat()
        // stat, not lstat: a symlink's own mode is always 777 and says nothing.
        guard stat(path, &target) == 0 else { return nil }  // a missing file is reported by whoever reads it
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let named = resolved == path ? path : "\(resolved) (the target of \(path))"
        let mode = UInt16(target.st_mode & 0o7777)
        if target.st_uid != geteuid(), target.st_uid != 0 {
            return .init(key: path, value: "owner uid \(target.st_uid)",
                         message: "holds \(what) but \(named) belongs to another user, who can change it; it was not used",
                         fix: "chown $(id -u) \(resolved) && chmod 600 \(resolved)")
        }
        guard mode & 0o077 != 0 else { return nil }
        return .init(key: path, value: String(format: "mode %o", mode),
                     message: "holds \(what) but other users can read \(named); it was not used",
                     fix: "chmod 600 \(resolved)" + (resolved == path ? "" : " (for a Kubernetes secret volume: defaultMode: 0400)"))
    }
}
