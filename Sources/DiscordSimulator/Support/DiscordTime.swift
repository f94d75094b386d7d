import Foundation

/// Timestamps the way Discord writes and reads them.
///
/// Discord sends ISO 8601 with microseconds and an explicit `+00:00` offset
/// (`2024-05-01T12:34:56.789000+00:00`), and accepts any ISO 8601 date-time
/// with or without fractional seconds.
enum DiscordTime {
    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Formats `date` in UTC with six fractional digits and a `+00:00` offset.
    static func format(_ date: Date) -> String {
        let totalMicroseconds = Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
        let seconds = totalMicroseconds.floorDivided(by: 1_000_000)
        let micros = totalMicroseconds - seconds * 1_000_000
        let parts = utcCalendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second],
            from: Date(timeIntervalSince1970: TimeInterval(seconds))
        )
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00",
            parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!, Int(micros)
        )
    }

    /// Parses an ISO 8601 date-time with an offset or `Z`, fractional seconds optional.
    static func parse(_ text: String) -> Date? {
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withFraction.date(from: text) { return date }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        return plain.date(from: text)
    }

    /// Seconds as Discord writes them in rate-limit headers and bodies: three decimals.
    static func seconds(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}

private extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor < 0) ? quotient - 1 : quotient
    }
}
