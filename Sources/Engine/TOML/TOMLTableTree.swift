/// The tables of a document (or of one inline table) while they are being
/// filled in, with TOML's rules on where keys may go:
/// - a key is set once;
/// - a table is defined once, by a `[header]` or by dotted keys (`a.b = 1`
///   defines `a`), though a header may name a table that an earlier header
///   only implied (`[a.b]` implies `a`, and `[a]` may still follow);
/// - dotted keys add only to tables they made in the same section, or to
///   implied ones;
/// - inline tables and arrays written as values are closed: nothing adds to them;
/// - `[[name]]` adds a table to an array of tables, and later headers and
///   dotted keys reach into its newest table.
struct TOMLTableTree {
    final class Table {
        enum Origin: Equatable {
            /// Named only as the parent in a longer header, such as `a` in `[a.b]`.
            case implicit
            /// Defined by a `[header]` or `[[header]]` (or the document itself).
            case header
            /// Made by dotted keys in the given section.
            case dotted(section: Int)
        }

        var origin: Origin
        var slots: [String: Slot] = [:]

        init(origin: Origin) { self.origin = origin }

        var entries: [String: TOMLValue] { slots.mapValues(\.value) }
        var value: TOMLValue { .table(entries) }
    }

    enum Slot {
        case value(TOMLValue)
        case table(Table)
        /// An array of tables made by `[[name]]`.
        case tables(TableArray)

        var value: TOMLValue {
            switch self {
            case .value(let value): return value
            case .table(let table): return table.value
            case .tables(let array): return .array(array.tables.map(\.value))
            }
        }
    }

    /// The tables of one `[[name]]` array, the newest last.
    final class TableArray {
        private(set) var tables: [Table]
        /// Where later headers and dotted keys under `name` go.
        private(set) var newest: Table

        init(_ first: Table) {
            tables = [first]
            newest = first
        }

        func append(_ table: Table) {
            tables.append(table)
            newest = table
        }
    }

    let root = Table(origin: .header)
    /// The table the keys of the current section go to.
    private var current: Table
    /// How many key parts the current section's header has (the root's: 0).
    private(set) var sectionDepth = 0
    private var section = 0

    init() { current = root }

    /// `key = value` in the current section (or inline table), `offset` being where the key starts.
    mutating func assign(_ value: TOMLValue, to key: [String], at offset: Int) throws(TOMLFailure) {
        guard let last = key.last else { return }
        var table = current
        for index in key.indices.dropLast() {
            let part = key[index], name = Self.name(key[...index])
            switch table.slots[part] {
            case nil:
                let child = Table(origin: .dotted(section: section))
                table.slots[part] = .table(child)
                table = child
            case .table(let child):
                switch child.origin {
                case .implicit:
                    child.origin = .dotted(section: section)
                case .dotted(let made) where made == section:
                    break
                case .header, .dotted:
                    throw TOMLFailure(offset: offset, message: "the dotted key \(Self.name(key[...])) adds to the table \(name), defined elsewhere",
                                      fix: "write the key under the [\(name)] header instead")
                }
                table = child
            case .tables:
                throw TOMLFailure(offset: offset, message: "\(name) is an array of tables; dotted keys cannot add to it",
                                  fix: "write the key under a [[\(name)]] header")
            case .value(let existing):
                throw TOMLFailure(offset: offset, message: "\(name) is already \(existing.typeName); it cannot hold keys",
                                  fix: "use a different name, or set the keys inside \(name)'s own value")
            }
        }
        guard table.slots[last] == nil else {
            let name = Self.name(key[...])
            throw TOMLFailure(offset: offset, message: "\(name) is set twice", fix: "keep one of the two \(name) = ... lines")
        }
        table.slots[last] = .value(value)
    }

    /// `[key]`: starts a section whose keys go to that table.
    mutating func defineTable(_ key: [String], at offset: Int) throws(TOMLFailure) {
        section += 1
        guard let last = key.last else { return }
        let parent = try parent(of: key, at: offset)
        let name = Self.name(key[...])
        switch parent.slots[last] {
        case nil:
            let child = Table(origin: .header)
            parent.slots[last] = .table(child)
            current = child
        case .table(let child) where child.origin == .implicit:
            child.origin = .header
            current = child
        case .table(let child):
            throw TOMLFailure(offset: offset, message: "the table [\(name)] is defined twice",
                              fix: child.origin == .header ? "merge the two [\(name)] sections into one"
                                                           : "set its keys in one place: dotted keys (\(name).x = ...) already defined it")
        case .tables:
            throw TOMLFailure(offset: offset, message: "[\(name)] names an array of tables", fix: "write [[\(name)]] to add a table to it")
        case .value(let existing):
            throw TOMLFailure(offset: offset, message: "[\(name)] names a key that is already \(existing.typeName)",
                              fix: "use a different table name, or remove the key \(name)")
        }
        sectionDepth = key.count
    }

    /// `[[key]]`: adds a table to that array of tables and starts a section for it.
    mutating func appendTable(to key: [String], at offset: Int) throws(TOMLFailure) {
        section += 1
        guard let last = key.last else { return }
        let parent = try parent(of: key, at: offset)
        let name = Self.name(key[...])
        let child = Table(origin: .header)
        switch parent.slots[last] {
        case nil:
            parent.slots[last] = .tables(TableArray(child))
        case .tables(let array):
            array.append(child)
        case .table:
            throw TOMLFailure(offset: offset, message: "[[\(name)]] names a table, not an array of tables",
                              fix: "write [\(name)] for a single table, or use [[\(name)]] everywhere")
        case .value(let existing):
            throw TOMLFailure(offset: offset, message: "[[\(name)]] names a key that is already \(existing.typeName)",
                              fix: "use a different name, or remove the key \(name)")
        }
        current = child
        sectionDepth = key.count
    }

    /// The table a header's last part goes in, creating implied tables on the way.
    private func parent(of key: [String], at offset: Int) throws(TOMLFailure) -> Table {
        var table = root
        for index in key.indices.dropLast() {
            let part = key[index]
            switch table.slots[part] {
            case nil:
                let child = Table(origin: .implicit)
                table.slots[part] = .table(child)
                table = child
            case .table(let child):
                table = child
            case .tables(let array):
                table = array.newest
            case .value(let existing):
                let name = Self.name(key[...index])
                throw TOMLFailure(offset: offset, message: "\(name) is already \(existing.typeName); [\(Self.name(key[...]))] cannot add to it",
                                  fix: "use a different table name, or remove the key \(name)")
            }
        }
        return table
    }

    /// A key as it would be written: bare parts as they are, others quoted.
    static func name(_ parts: ArraySlice<String>) -> String {
        parts.map { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy(TOMLParser.isBareKey) ? part : "\"\(part)\""
        }.joined(separator: ".")
    }
}
