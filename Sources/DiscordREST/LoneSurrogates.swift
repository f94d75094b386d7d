import Foundation

/// JSON escapes of lone UTF-16 surrogates (`"\ud800"` with no low half
/// after it, or a low half alone) replaced by `\ufffd`. Foundation's decoder
/// rejects a whole body for one of them, so a single message holding one
/// would make its channel's every page unreadable; replaced, the message
/// reads with U+FFFD where the broken character was.
enum LoneSurrogates {
    static func replaced(in data: Data) -> Data {
        let bytes = [UInt8](data)
        guard bytes.contains(0x5C) else { return data }
        let replacement = Array(#"\ufffd"#.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            guard inString, byte == 0x5C, index + 1 < bytes.count else {
                if byte == 0x22 { inString.toggle() }
                out.append(byte)
                index += 1
                continue
            }
            // An escape inside a string: only \uXXXX surrogates change; any other escape is copied whole.
            guard bytes[index + 1] == 0x75, let unit = unit(bytes, at: index + 2), (0xD800...0xDFFF).contains(unit) else {
                out.append(contentsOf: bytes[index...index + 1])
                index += 2
                continue
            }
            if unit <= 0xDBFF, index + 11 < bytes.count, bytes[index + 6] == 0x5C, bytes[index + 7] == 0x75,
               let low = self.unit(bytes, at: index + 8), (0xDC00...0xDFFF).contains(low) {
                out.append(contentsOf: bytes[index..<index + 12])
                index += 12
            } else {
                out.append(contentsOf: replacement)
                index += 6
            }
        }
        return Data(out)
    }

    /// The four hex digits at `start` as a UTF-16 unit, if there are four.
    private static func unit(_ bytes: [UInt8], at start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        return UInt32(String(decoding: bytes[start..<start + 4], as: UTF8.self), radix: 16)
    }
}
