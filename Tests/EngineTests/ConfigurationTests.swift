@testable import DiscordREST
import Foundation
import Testing
@testable import Engine

@Suite struct ConfigurationTests {
    /// A private temporary directory, removed when the test ends.
    final class Scratch {
        let path: String
        init() throws {
            path = NSTemporaryDirectory() + "modconsole-config-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func write(_ name: String, _ text: String, mode: Int = 0o600) throws -> String {
            let file = path + "/" + name
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file)
            return file
        }
    }

    /// An environment with no file found by the search order.
    func env(_ values: [String: String], home scratch: Scratch) -> [String: String] {
        values.merging(["HOME": scratch.path, "XDG_CONFIG_HOME": scratch.path + "/none"]) { a, _ in a }
    }

    @Test func theOriginalBotsEnvironmentAloneIsComplete() throws {
        let scratch = try Scratch()
        let config = try ConfigurationLoader.load(environment: env([
            "DISCORD_BOT_TOKEN": "tok", "DISCORD_CHANNEL_IDS": "111, 222,",
            "DISCORD_JOBS_CHANNEL_ID": "333", "DISCORD_AUDIT_CHANNEL_ID": "444",
        ], home: scratch))
        #expect(config.token?.value == "tok" && config.tokenSource == .environment)
        #expect(config.channels.map(\.id) == [111, 222])
        #expect(config.jobsChannel == 333 && config.auditChannel == 444)
        #expect(config.apiBase == "https://discord.com/api/v10")
    }

    @Test func environmentOverridesTheFileButKeepsChannelRoles() throws {
        let scratch = try Scratch()
        let file = try scratch.write("c.toml", """
            [discord]
            jobs_channel = "10"
            api_base = "http://127.0.0.1:9/api/v10"

            [[channels]]
            id = "111"
            role = "help"
            guidance = "paying for help is fine here"
            """)
        let config = try ConfigurationLoader.load(explicitFile: file, environment: env([
            "DISCORD_JOBS_CHANNEL_ID": "20", "DISCORD_CHANNEL_IDS": "111,222",
        ], home: scratch))
        #expect(config.jobsChannel == 20)
        #expect(config.apiBase == "http://127.0.0.1:9/api/v10")
        #expect(config.channels == [WatchedChannel(id: 111, role: .help, guidance: "paying for help is fine here"),
                                    WatchedChannel(id: 222)])
    }

    @Test func unknownKeysAreReportedWithASuggestion() throws {
        let scratch = try Scratch()
        let file = try scratch.write("c.toml", "[discord]\njobs_chanel = \"10\"\n")
        let error = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(explicitFile: file, environment: env([:], home: scratch))
        }
        #expect(error.problems.map(\.key) == ["discord.jobs_chanel"])
        #expect(error.description.contains("did you mean discord.jobs_channel?"))
    }

    @Test func badValuesNameTheKeyTheValueAndTheFix() throws {
        let scratch = try Scratch()
        let file = try scratch.write("c.toml", """
            [discord]
            audit_channel = "mod-log"
            api_base = "discord.com"
            [[channels]]
            id = "1"
            role = "jobz"
            [[channels]]
            role = "help"
            """)
        let error = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(explicitFile: file, environment: env([:], home: scratch))
        }
        let byKey = Dictionary(error.problems.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byKey["discord.audit_channel"]?.value == "\"mod-log\"")
        #expect(byKey["discord.audit_channel"]?.fix.contains("Copy ID") == true)
        #expect(byKey["discord.api_base"]?.message == "not an http(s) URL")
        #expect(byKey["channels[0].role"]?.fix.contains("general, help, jobs, other") == true)
        #expect(byKey["channels[1].id"]?.message == "missing")
        #expect(error.problems.count == 4, "all problems at once: \(error)")
    }

    @Test func badEnvironmentIdsAreNamed() throws {
        let scratch = try Scratch()
        let error = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(environment: env(["DISCORD_CHANNEL_IDS": "123,general", "DISCORD_JOBS_CHANNEL_ID": "#jobs"], home: scratch))
        }
        #expect(error.problems.map(\.key) == ["DISCORD_CHANNEL_IDS", "DISCORD_JOBS_CHANNEL_ID"])
        #expect(error.problems.first?.value == "general")
    }

    @Test func aTokenInAFileOthersCanReadIsRefused() throws {
        let scratch = try Scratch()
        let file = try scratch.write("c.toml", "[discord]\ntoken = \"secret-token\"\n", mode: 0o644)
        let error = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(explicitFile: file, environment: env([:], home: scratch))
        }
        #expect(error.problems.first?.fix == "chmod 600 \(file)")
        #expect(!error.description.contains("secret-token"), "the refusal must not echo the secret")
    }

    @Test func aPrivateTokenFileIsUsed() throws {
        let scratch = try Scratch()
        let tokenFile = try scratch.write("token", "file-token\n", mode: 0o600)
        let file = try scratch.write("c.toml", "[discord]\ntoken_file = \"\(tokenFile)\"\n", mode: 0o644)
        let config = try ConfigurationLoader.load(explicitFile: file, environment: env([:], home: scratch))
        #expect(config.token?.value == "file-token" && config.tokenSource == .file(tokenFile))
    }

    @Test func syntaxErrorsSayWhere() throws {
        let scratch = try Scratch()
        let file = try scratch.write("c.toml", "[discord]\njobs_channel = \n")
        let error = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(explicitFile: file, environment: env([:], home: scratch))
        }
        #expect(error.description.contains("line 2"))
    }

    @Test func aNamedFileMustExist() throws {
        let scratch = try Scratch()
        let error = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(explicitFile: scratch.path + "/missing.toml", environment: env([:], home: scratch))
        }
        #expect(error.problems.first?.key == "--config")
    }

    @Test func theSearchOrderFindsTheXDGFile() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path + "/xdg/modconsole", withIntermediateDirectories: true)
        _ = try scratch.write("xdg/modconsole/config.toml", "[discord]\njobs_channel = \"77\"\n")
        let config = try ConfigurationLoader.load(environment: ["HOME": scratch.path, "XDG_CONFIG_HOME": scratch.path + "/xdg"])
        #expect(config.jobsChannel == 77)
    }

    @Test func storePathFollowsFlagThenEnvironmentThenXDG() {
        #expect(StoreLocation.resolve(flag: "/tmp/a.sqlite", environment: ["MODCONSOLE_DB": "/tmp/b"]) == "/tmp/a.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: ["MODCONSOLE_DB": "/tmp/b"]) == "/tmp/b")
        #expect(StoreLocation.resolve(flag: nil, environment: ["HOME": "/home/m"]) == "/home/m/.local/share/modconsole/modconsole.sqlite")
    }
}
