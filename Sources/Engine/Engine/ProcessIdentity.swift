import Foundation

/// Names an engine in leases and claims ("host@boot#pid#nonce"), and tells
/// whether the process behind such a name still runs, so claims left by a
/// killed process are resumed at once instead of after a timeout.
///
/// The boot id tells a pid reused after a reboot from the original; a claim
/// whose holder stops journaling steps is also taken over after a while
/// (`Store.orphanedClaims`), for the cases no name can settle (a container
/// restarted with the same pid).
public enum ProcessIdentity {
    /// A fresh name for one engine (two engines in one process differ by nonce).
    public static func make() -> String {
        let nonce = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        return "\(machine)#\(getpid())#\(nonce)"
    }

    /// False only when the holder ran on this machine, in this boot, in a
    /// process that is gone, or in an earlier boot. Holders elsewhere, and
    /// in this very process, count as alive.
    public static func isAlive(_ holder: String) -> Bool {
        let parts = holder.split(separator: "#")
        guard parts.count == 3, let pid = pid_t(parts[1]) else { return false }
        let owner = String(parts[0])
        let host = ProcessInfo.processInfo.hostName
        if owner == machine {
            if pid == getpid() { return true }
            return kill(pid, 0) == 0 || errno == EPERM
        }
        // The same host in an earlier boot: that process is gone.
        if owner.hasPrefix(host + "@") { return false }
        return true
    }

    /// This host and boot.
    static let machine: String = {
        let boot = (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines).prefix(8) ?? "noboot"
        return "\(ProcessInfo.processInfo.hostName)@\(boot)"
    }()
}
