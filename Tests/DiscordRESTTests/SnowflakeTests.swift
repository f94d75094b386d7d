import Foundation
import Testing
@testable import DiscordREST

@Suite struct SnowflakeTests {
    @Test func readsCreationTimeFromTheTopBits() {
        // Discord's documented example: 175928847299117063 was created 2016-04-30 11:18:25.796 UTC.
        let id: Snowflake = 175_928_847_299_117_063
        #expect(id.createdAt.timeIntervalSince1970 == 1_462_015_105.796)
    }

    @Test func idForATimeRoundTripsToThatMillisecond() {
        let date = Date(timeIntervalSince1970: 1_700_000_000.123)
        let id = Snowflake(date: date)
        #expect(abs(id.createdAt.timeIntervalSince(date)) < 0.001)
        #expect(id.rawValue & 0x3F_FFFF == 0, "the low 22 bits are zero for the smallest id of a time")
    }

    @Test func ordersByValueNotByText() {
        let ids: [Snowflake] = [Snowflake("99")!, Snowflake("1000")!, Snowflake("100")!]
        #expect(ids.sorted().map(\.description) == ["99", "100", "1000"])
    }

    @Test func decodesFromStringsAndNumbersAndRejectsJunk() throws {
        let decoded = try JSONDecoder().decode([Snowflake].self, from: Data(#"["18446744073709551615", 42]"#.utf8))
        #expect(decoded == [Snowflake(UInt64.max), 42])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Snowflake].self, from: Data(#"["12ab"]"#.utf8)) }
        #expect(Snowflake("-5") == nil)
        #expect(Snowflake("") == nil)
        #expect(Snowflake("18446744073709551616") == nil, "one past UInt64.max")
    }

    @Test func encodesAsAString() throws {
        let data = try JSONEncoder().encode(["id": Snowflake(123)])
        #expect(String(decoding: data, as: UTF8.self) == #"{"id":"123"}"#)
    }
}
