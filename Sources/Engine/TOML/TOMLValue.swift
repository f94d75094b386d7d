/// A value in a TOML document, as plain Swift data: what the configuration
/// and theme loaders walk to name each key by its dotted path, spot keys
/// nobody reads, and say what type a wrong value has.
public indirect enum TOMLValue: Sendable, Equatable {
    case string(String)
    /// TOML integers are signed 64-bit; larger ones are a syntax problem.
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    /// A date, a time or both, kept as written: no key reads one, so it is
    /// checked for validity and only ever shown back to the user.
    case dateTime(TOMLDateTimeKind, String)
    case array([TOMLValue])
    case table([String: TOMLValue])

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    public var boolean: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }

    public var table: [String: TOMLValue]? {
        if case .table(let value) = self { return value }
        return nil
    }

    /// An integer or a float, as a Double.
    public var number: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .float(let value): return value
        default: return nil
        }
    }

    /// What a person would call this value's type in a message.
    public var typeName: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .float: return "a number with a fraction"
        case .boolean: return "true/false"
        case .dateTime: return "a date/time"
        case .array: return "an array"
        case .table: return "a table"
        }
    }

    /// The value roughly as it would appear in the file, for error messages.
    public var display: String {
        switch self {
        case .string(let text): return "\"\(text)\""
        case .integer(let value): return String(value)
        case .float(let value): return String(value)
        case .boolean(let value): return String(value)
        case .dateTime(_, let text): return text
        case .array(let items): return "[" + items.map(\.display).joined(separator: ", ") + "]"
        case .table: return "{...}"
        }
    }
}

/// The four date and time forms TOML has.
public enum TOMLDateTimeKind: Sendable, Equatable {
    /// `1979-05-27T07:32:00Z` or `...-07:00`.
    case offsetDateTime
    /// `1979-05-27T07:32:00`.
    case localDateTime
    /// `1979-05-27`.
    case localDate
    /// `07:32:00`.
    case localTime
}
