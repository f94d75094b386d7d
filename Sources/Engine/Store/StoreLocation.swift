import Foundation

/// Where the SQLite store lives: `--db`, else $MODCONSOLE_DB, else
/// $XDG_DATA_HOME/modconsole/modconsole.sqlite (~/.local/share by default).
public enum StoreLocation {
    public static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let env = environment["MODCONSOLE_DB"], !env.isEmpty { return env }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return dataHome + "/modconsole/modconsole.sqlite"
    }

    /// Why the store could not be created or opened at `path`, or nil when it can.
    public static func problem(at path: String) -> String? {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            return manager.isWritableFile(atPath: path) ? nil : "\(path) exists but is not writable by this user"
        }
        var directory = (path as NSString).deletingLastPathComponent
        if directory.isEmpty { directory = "." }
        // The nearest existing ancestor must be writable for the store to be created.
        while !manager.fileExists(atPath: directory) {
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory || parent.isEmpty { break }
            directory = parent
        }
        return manager.isWritableFile(atPath: directory) ? nil : "cannot create \(path): \(directory) is not writable"
    }
}
