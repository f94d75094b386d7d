import Foundation
import Testing
@testable import Engine

/// Token files as deployments hold them: behind symlinks (Kubernetes secret
/// mounts), empty by mistake.
@Suite struct SecretFileTests {
    /// A config file naming `tokenFile`, in a fresh directory.
    static func load(tokenFile: String, in directory: String) throws(ConfigurationError) -> Configuration {
        let config = directory + "/modconsole.toml"
        #expect(FileManager.default.createFile(atPath: config, contents: Data("[discord]\ntoken_file = \"\(tokenFile)\"\n".utf8),
                                               attributes: [.posixPermissions: 0o600]))
        return try ConfigurationLoader.load(explicitFile: config, environment: ["HOME": directory])
    }

    /// A token file with `mode` and a symlink `token` to it, as a Kubernetes secret volume lays them out; returns the target.
    @discardableResult
    static func linkedToken(in directory: String, mode: Int) throws -> String {
        let target = directory + "/..data-token"
        #expect(FileManager.default.createFile(atPath: target, contents: Data("abc.def\n".utf8), attributes: [.posixPermissions: mode]))
        try FileManager.default.createSymbolicLink(atPath: directory + "/token", withDestinationPath: target)
        return target
    }

    @Test func aSymlinkToAPrivateTokenFileIsUsed() throws {
        let scratch = try ConfigurationTests.Scratch()
        let directory = scratch.path
        try Self.linkedToken(in: directory, mode: 0o400)
        let configuration = try Self.load(tokenFile: directory + "/token", in: directory)
        #expect(configuration.token?.secret == "abc.def")
    }

    @Test func aSymlinkToAnOpenTokenFileNamesTheTarget() throws {
        let scratch = try ConfigurationTests.Scratch()
        let directory = scratch.path
        let target = try Self.linkedToken(in: directory, mode: 0o644)
        let error = #expect(throws: ConfigurationError.self) { try Self.load(tokenFile: directory + "/token", in: directory) }
        let text = error?.description ?? ""
        #expect(text.contains("chmod 600 \(target)"), "\(text)")
        #expect(text.contains("mode 644"), "\(text)")
    }

    @Test func anEmptyTokenFileIsNamedNotTheEnvironment() throws {
        let scratch = try ConfigurationTests.Scratch()
        let directory = scratch.path
        let file = directory + "/token"
        #expect(FileManager.default.createFile(atPath: file, contents: Data("\n".utf8), attributes: [.posixPermissions: 0o600]))
        let error = #expect(throws: ConfigurationError.self) { try Self.load(tokenFile: file, in: directory) }
        let text = error?.description ?? ""
        #expect(text.contains("token_file") && text.contains("empty"), "\(text)")
        #expect(!text.contains("DISCORD_BOT_TOKEN"), "\(text)")
    }
}
