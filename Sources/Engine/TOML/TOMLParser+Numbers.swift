/// Numbers, dates and times: the values that start with a digit or a sign.
extension TOMLParser {
    // MARK: Dates and times

    /// A date, a date-time or a time starting here, or nil when the text does not have that shape.
    mutating func dateTime() throws(TOMLFailure) -> TOMLValue? {
        let start = position
        guard let year = digits(at: 0, count: 4), scalar(at: 4) == "-",
              let month = digits(at: 5, count: 2), scalar(at: 7) == "-",
              let day = digits(at: 8, count: 2), (1...12).contains(month), (1...31).contains(day) else {
            guard let length = timeLength(at: 0) else { return nil }
            position += length
            return .dateTime(.localTime, text(from: start))
        }
        guard day <= Self.days(inMonth: month, ofYear: year) else {
            throw failure("no such date: \(text(from: start, length: 10))", fix: "give a day that exists in that month")
        }
        position += 10
        guard let delimiter = current, delimiter == "T" || delimiter == "t" || delimiter == " ",
              let length = timeLength(at: 1) else {
            return .dateTime(.localDate, text(from: start))
        }
        position += 1 + length
        if current == "Z" || current == "z" {
            position += 1
            return .dateTime(.offsetDateTime, text(from: start))
        }
        if let sign = current, sign == "+" || sign == "-",
           let hours = digits(at: 1, count: 2), hours <= 23, scalar(at: 3) == ":",
           let minutes = digits(at: 4, count: 2), minutes <= 59 {
            position += 6
            return .dateTime(.offsetDateTime, text(from: start))
        }
        return .dateTime(.localDateTime, text(from: start))
    }

    /// The length of `HH:MM:SS` with an optional fraction at `offset`, or nil.
    private func timeLength(at offset: Int) -> Int? {
        guard let hours = digits(at: offset, count: 2), hours <= 23, scalar(at: offset + 2) == ":",
              let minutes = digits(at: offset + 3, count: 2), minutes <= 59, scalar(at: offset + 5) == ":",
              let seconds = digits(at: offset + 6, count: 2), seconds <= 59 else { return nil }
        var length = 8
        if scalar(at: offset + length) == ".", isDigit(scalar(at: offset + length + 1)) {
            length += 1
            while isDigit(scalar(at: offset + length)) { length += 1 }
        }
        return length
    }

    /// Exactly `count` ASCII digits at `offset`, as a number.
    private func digits(at offset: Int, count: Int) -> Int? {
        var value = 0
        for index in offset..<offset + count {
            guard let digit = scalar(at: index), isDigit(digit) else { return nil }
            value = value * 10 + Int(digit.value - 0x30)
        }
        return value
    }

    private func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("0"..."9").contains(scalar)
    }

    private func text(from start: Int, length: Int? = nil) -> String {
        let end = length.map { min(start + $0, scalars.count) } ?? position
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    static func days(inMonth month: Int, ofYear year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: Numbers

    /// An integer or a float starting here, or nil when the text does not start like one.
    mutating func number() throws(TOMLFailure) -> TOMLValue? {
        let start = position
        if current == "0", let prefix = scalar(at: 1), let radix = ["x": 16, "o": 8, "b": 2][prefix] {
            position += 2
            if consumeDigits(radix: radix) {
                let digits = text(from: start + 2).filter { $0 != "_" }
                guard let value = Int(digits, radix: radix) else { throw tooLarge(from: start) }
                return .integer(value)
            }
            position = start
        }
        if current == "+" || current == "-" { position += 1 }
        if current == "0" {
            position += 1
        } else if !consumeDigits(radix: 10) {
            position = start
            return nil
        }
        var isFloat = false
        if current == ".", isDigit(scalar(at: 1)) {
            position += 1
            _ = consumeDigits(radix: 10)
            isFloat = true
        }
        if current == "e" || current == "E" {
            let exponent = position
            position += 1
            if current == "+" || current == "-" { position += 1 }
            if consumeDigits(radix: 10) { isFloat = true } else { position = exponent }
        }
        let literal = text(from: start).filter { $0 != "_" }
        if isFloat {
            guard let value = Double(literal) else { throw failure("not a number", at: start) }
            return .float(value)
        }
        guard let value = Int(literal) else { throw tooLarge(from: start) }
        return .integer(value)
    }

    /// Digits in `radix`, single underscores allowed between them; whether any were read.
    private mutating func consumeDigits(radix: Int) -> Bool {
        func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
            scalar.flatMap(Self.digitValue).map { $0 < radix } ?? false
        }
        guard isDigit(current) else { return false }
        position += 1
        while true {
            if isDigit(current) {
                position += 1
            } else if current == "_", isDigit(scalar(at: 1)) {
                position += 2
            } else {
                return true
            }
        }
    }

    /// A digit's value in any radix up to 16 (0-9, a-f, A-F).
    static func digitValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }

    private func tooLarge(from start: Int) -> TOMLFailure {
        failure("an integer that does not fit in 64 bits", at: start,
                fix: "TOML integers run from -9223372036854775808 to 9223372036854775807")
    }
}
