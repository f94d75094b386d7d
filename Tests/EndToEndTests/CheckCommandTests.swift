import DiscordSimulator
import Foundation
import Testing

/// `modconsole check`, run as a process against the simulator over HTTP.
@Suite struct CheckCommandTests {
    static let manageMessages: UInt64 = 1 << 13

    func environment(_ sim: DiscordSimulator, token: String? = nil) -> [String: String] {
        let ids = ["general", "help", "showcase"].compactMap { sim.channelID(named: $0) }
        return [
            "DISCORD_API_BASE": sim.baseURL,
            "DISCORD_BOT_TOKEN": token ?? sim.botToken,
            "DISCORD_CHANNEL_IDS": ids.joined(separator: ","),
            "DISCORD_JOBS_CHANNEL_ID": sim.channelID(named: "jobs") ?? "",
            "DISCORD_AUDIT_CHANNEL_ID": sim.channelID(named: "mod-log") ?? "",
        ]
    }

    @Test func aGoodSetupReportsEveryChannelOKAndExits0() async throws {
        let sim = try await DiscordSimulator.start()
        defer { Task { await sim.stop() } }
        let result = try await ModconsoleProcess.run(["check"], environment: environment(sim))
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        for name in ["#general", "#help", "#showcase", "#jobs", "#mod-log"] {
            let row = result.stdout.split(separator: "\n").first { $0.hasPrefix(name + " ") }
            #expect(row?.hasSuffix("OK") == true, "row for \(name): \(String(describing: row))")
        }
        #expect(result.stdout.contains("message content: visible"))
        #expect(result.stdout.contains("Moderate Members: yes") && result.stdout.contains("Ban Members: yes"))
        #expect(result.stdout.hasSuffix("OK: everything modconsole needs is in place.\n"))
        #expect(!result.stdout.contains(sim.botToken) && !result.stderr.contains(sim.botToken), "never prints the token")
    }

    @Test func missingOrStalePhishingListsAreAWarningNotAFailure() async throws {
        let sim = try await DiscordSimulator.start()
        defer { Task { await sim.stop() } }
        let directory = NSTemporaryDirectory() + "modconsole-check-lists-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var env = environment(sim)
        env["MODCONSOLE_DB"] = directory + "/store.sqlite"

        let missing = try await ModconsoleProcess.run(["check"], environment: env)
        #expect(missing.status == 0, "\(missing.stdout)")
        #expect(missing.stdout.contains("lists:   warning: no phishing lists yet in \(directory)/lists; run `modconsole lists update` to fetch them"),
                "\(missing.stdout)")

        try FileManager.default.createDirectory(atPath: directory + "/lists", withIntermediateDirectories: true)
        for name in ["domain-list.json", "suspicious-list.json"] {
            let path = directory + "/lists/" + name
            try Data(#"{"domains": ["listed.example"]}"#.utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-8 * 86400 - 60)], ofItemAtPath: path)
        }
        let stale = try await ModconsoleProcess.run(["check"], environment: env)
        #expect(stale.status == 0)
        #expect(stale.stdout.contains("lists:   warning: the phishing lists in \(directory)/lists are 8 days old; run `modconsole lists update`"),
                "\(stale.stdout)")

        for name in ["domain-list.json", "suspicious-list.json"] {
            try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: directory + "/lists/" + name)
        }
        let fresh = try await ModconsoleProcess.run(["check"], environment: env)
        #expect(fresh.status == 0 && fresh.stdout.contains("lists:   \(directory)/lists\n") && !fresh.stdout.contains("warning"), "\(fresh.stdout)")
    }

    @Test func aMissingPermissionExits1NamingChannelAndPermission() async throws {
        let sim = try await DiscordSimulator.start()
        defer { Task { await sim.stop() } }
        let help = try #require(sim.channelID(named: "help"))
        sim.setBotPermissions(channel: help, allow: 0, deny: Self.manageMessages)
        let result = try await ModconsoleProcess.run(["check"], environment: environment(sim))
        #expect(result.status == 1)
        #expect(result.stdout.contains("#help (\(help)): the bot lacks Manage Messages"), "\(result.stdout)")
        #expect(result.stdout.contains("#general ") && result.stdout.hasSuffix("NOT OK\n"))
    }

    @Test func aWrongTokenSaysSoAndStopsAfterTheFirst401() async throws {
        let sim = try await DiscordSimulator.start()
        defer { Task { await sim.stop() } }
        let result = try await ModconsoleProcess.run(["check"], environment: environment(sim, token: "not-the-token"))
        #expect(result.status == 1)
        #expect(result.stdout.contains("Discord rejected the bot token (401 Unauthorized)"))
        #expect(sim.recordedRequests().count == 1, "one request, then nothing")
        #expect(!result.stdout.contains("not-the-token"))
    }

    @Test func hiddenMessageContentIsRaised() async throws {
        var options = SimulatorOptions()
        options.messageContentIntent = false
        let sim = try await DiscordSimulator.start(options)
        defer { Task { await sim.stop() } }
        let result = try await ModconsoleProcess.run(["check"], environment: environment(sim))
        #expect(result.status == 1)
        #expect(result.stdout.contains("message content: HIDDEN"))
        #expect(result.stdout.contains("Message Content intent"))
    }

    @Test func anUnreachableAPINamesTheHost() async throws {
        let sim = try await DiscordSimulator.start()
        var env = environment(sim)
        await sim.stop()
        // A port held bound but never listening refuses every connection, and
        // no other test's server can take it meanwhile (a stopped server's
        // port can be reused at once by the tests running beside this one).
        let closed = try ClosedPort()
        defer { closed.release() }
        env["DISCORD_API_BASE"] = "http://127.0.0.1:\(closed.port)/api/v10"
        let result = try await ModconsoleProcess.run(["check"], environment: env)
        #expect(result.status == 1)
        #expect(result.stdout.contains("127.0.0.1:\(closed.port): connection refused"), "\(result.stdout)")
    }

    @Test func aConfigurationErrorNamesTheVariable() async throws {
        let result = try await ModconsoleProcess.run(["check"], environment: ["DISCORD_BOT_TOKEN": "t", "DISCORD_CHANNEL_IDS": "general"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("DISCORD_CHANNEL_IDS = general: not a Discord id"))
    }

    @Test func everyCommandHasHelp() async throws {
        for command in [[], ["check"], ["simulate"]] {
            let result = try await ModconsoleProcess.run(command + ["--help"], environment: [:])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE:"), "\(command)")
        }
        let check = try await ModconsoleProcess.run(["check", "--help"], environment: [:])
        #expect(check.stdout.contains("--config") && check.stdout.contains("--db"))
    }
}

/// A loopback TCP port bound by this process and never listened on: connecting
/// to it is refused for as long as it is held.
struct ClosedPort {
    let descriptor: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = fd >= 0 && withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
        descriptor = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    func release() { close(descriptor) }
}
