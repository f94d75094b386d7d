import Foundation

/// Discord snowflake arithmetic.
///
/// A snowflake is a 64-bit id whose top 42 bits are milliseconds since the
/// Discord epoch (2015-01-01T00:00:00Z); the low 22 bits tell ids made in the
/// same millisecond apart. Clients read creation times back from ids (the
/// 14-day bulk-delete rule is checked that way), so every id the simulator
/// hands out is made from the time of the thing it names.
enum Snowflake {
    /// Milliseconds from the Unix epoch to the Discord epoch.
    static let discordEpochMilliseconds: UInt64 = 1_420_070_400_000

    /// The smallest id that can exist at `date`, with `increment` in the low bits.
    static func make(at date: Date, increment: UInt64 = 0) -> UInt64 {
        (milliseconds(of: date) - discordEpochMilliseconds) << 22 | (increment & 0x3F_FFFF)
    }

    /// When the object named by `id` was created.
    static func date(of id: UInt64) -> Date {
        Date(timeIntervalSince1970: Double((id >> 22) + discordEpochMilliseconds) / 1000)
    }

    /// Parses a snowflake sent as a decimal string (Discord also accepts bare numbers in JSON).
    static func parse(_ text: String) -> UInt64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return UInt64(text)
    }

    /// Whole milliseconds since the Unix epoch, never before the Discord epoch.
    static func milliseconds(of date: Date) -> UInt64 {
        let ms = (date.timeIntervalSince1970 * 1000).rounded(.down)
        return max(UInt64(max(ms, 0)), discordEpochMilliseconds)
    }
}

/// Hands out unique snowflakes for new messages and channels.
///
/// Ids for things happening now are strictly increasing, even when several are
/// made in one millisecond or the wall clock steps back, so a poller paging with
/// `after=` never misses one. Backdated ids are made from their own time, so
/// they sort before everything newer, and are kept unique among themselves.
struct SnowflakeGenerator: Sendable {
    private var highWater: UInt64 = 0
    private var issued: Set<UInt64> = []

    /// An id for something created now (`date` is the current time).
    mutating func next(at date: Date) -> UInt64 {
        let id = max(Snowflake.make(at: date), highWater + 1)
        highWater = id
        issued.insert(id)
        return id
    }

    /// An id for something that happened at `date`, possibly long ago.
    mutating func backdated(at date: Date) -> UInt64 {
        var id = Snowflake.make(at: date)
        guard id < highWater else { return next(at: date) }
        while issued.contains(id) { id += 1 }
        issued.insert(id)
        return id
    }
}
