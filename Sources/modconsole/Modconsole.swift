import ArgumentParser
import DiscordREST

/// The `modconsole` command line. The commands and their options are fixed
/// (DESIGN.md "Command line"): scripts and checks depend on them.
@main
struct Modconsole: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modconsole",
        abstract: "A terminal console for Discord moderators.",
        discussion: """
            Polls Discord channels, classifies each new message and proposes an action; \
            nothing touches Discord until a moderator confirms.
            """,
        version: ModconsoleInfo.version,
        subcommands: [Demo.self, Run.self, Auto.self, Queue.self, Audit.self, Labels.self, Replay.self, Check.self, Eval.self, Train.self, Lists.self,
                      Simulate.self]
    )
}

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite store.", discussion: "Default: $MODCONSOLE_DB, else $XDG_DATA_HOME/modconsole/modconsole.sqlite.", valueName: "path"))
    var db: String?
}
