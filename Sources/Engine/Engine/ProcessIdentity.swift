import Foundation

/// Names an engine in leases and claims ("host#pid#nonce"), and tells
/// whether the process behind such a name still runs, so claims left by a
/// killed process are resumed at once instead of after a timeout.
public enum ProcessIdentity {
    /// A fresh name for one engine (two engines in one process differ by nonce).
    public static func make() -> String {
        let nonce = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        return "\(ProcessInfo.processInfo.hostName)#\(getpid())#\(nonce)"
    }

    /// False only when the holder ran on this host in a process that is gone.
    /// Holders on other hosts, and in this very process, count as alive.
    public static func isAlive(_ holder: String) -> Bool {
        let parts = holder.split(separator: "#")
        guard parts.count == 3, let pid = pid_t(parts[1]) else { return false }
        guard String(parts[0]) == ProcessInfo.processInfo.hostName else { return true }
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
