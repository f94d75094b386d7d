import ArgumentParser
import ConsoleUI
import DiscordSimulator
import Foundation

/// `modconsole simulate`: serves the scripted guild over HTTP on loopback and
/// prints the environment to point modconsole (or anything else) at it.
struct Simulate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a simulated Discord guild on 127.0.0.1 for trying and testing modconsole.",
        discussion: """
            Prints the DISCORD_API_BASE, token and channel ids to export, then serves until \
            interrupted. The guild's state and every request are at /_sim/state and /_sim/requests.
            """)

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: UInt16 = 0

    @Option(help: "Seed for the scripted guild and its traffic.")
    var seed: UInt64 = 1

    @Option(name: .customLong("traffic-every"), help: ArgumentHelp("Seconds between scripted messages (0: no live traffic).", valueName: "seconds"))
    var trafficEvery: Double = 4

    @Option(name: .customLong("deny"), parsing: .singleValue,
            help: ArgumentHelp("Take a permission from the bot in one channel, e.g. general:manage_messages. Repeatable.", valueName: "channel:permission"))
    var denials: [String] = []

    @Flag(name: .customLong("no-message-content"), help: "Behave as if the bot lacks the Message Content intent.")
    var noMessageContent = false

    @OptionGroup var global: GlobalOptions

    static let permissionBits: [String: Int] = [
        "view_channel": 10, "send_messages": 11, "manage_messages": 13, "read_message_history": 16,
        "add_reactions": 6, "moderate_members": 40, "ban_members": 2,
    ]

    func validate() throws {
        for denial in denials {
            let parts = denial.split(separator: ":").map(String.init)
            guard parts.count == 2, Self.permissionBits[parts[1]] != nil else {
                throw ValidationError("--deny \(denial): expected channel:permission with permission one of "
                                      + Self.permissionBits.keys.sorted().joined(separator: ", "))
            }
        }
        guard trafficEvery >= 0 else { throw ValidationError("--traffic-every must be 0 or more seconds") }
    }

    func run() async throws {
        var options = SimulatorOptions()
        options.port = port
        options.seed = seed
        options.messageContentIntent = !noMessageContent
        let simulator = try await DiscordSimulator.start(options)
        for denial in denials {
            let parts = denial.split(separator: ":").map(String.init)
            guard let channel = simulator.channelID(named: parts[0]) else {
                await simulator.stop()
                throw ValidationError("--deny \(denial): no channel #\(parts[0]) in the simulated guild")
            }
            guard parts.count == 2, let bit = Self.permissionBits[parts[1]] else {
                preconditionFailure("validate() admits only channel:permission with a known permission")
            }
            simulator.setBotPermissions(channel: channel, allow: 0, deny: 1 << UInt64(bit))
        }
        let watched = ["general", "help", "showcase", "random", "introductions"].compactMap { simulator.channelID(named: $0) }
        // Written straight to the file descriptor: scripts read these lines
        // from a pipe while the simulator keeps running.
        FileHandle.standardOutput.write(Data("""
            # modconsole simulate: a scripted guild on \(simulator.baseURL)
            # Export these in another shell, then run `modconsole check`:
            export DISCORD_API_BASE=\(simulator.baseURL)
            export DISCORD_BOT_TOKEN=\(simulator.botToken)
            export DISCORD_CHANNEL_IDS=\(watched.joined(separator: ","))
            export DISCORD_JOBS_CHANNEL_ID=\(simulator.channelID(named: "jobs") ?? "")
            export DISCORD_AUDIT_CHANNEL_ID=\(simulator.channelID(named: "mod-log") ?? "")
            # Serving until interrupted (Ctrl-C).

            """.utf8))
        if trafficEvery > 0 { simulator.startTraffic(every: .milliseconds(Int(trafficEvery * 1000))) }
        await waitForTerminationSignal()
        await simulator.stop()
    }
}

/// Suspends until SIGINT or SIGTERM arrives, so the caller can shut down cleanly.
func waitForTerminationSignal(_ signals: [Int32] = [SIGINT, SIGTERM]) async {
    await SignalSource.wait(for: signals)
}
