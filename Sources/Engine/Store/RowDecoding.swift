import Foundation
import GRDB

/// Reading columns from the store without trusting them.
///
/// The store is data from outside the process: another version, a hand edit
/// or a damaged page can leave a NULL where a text belongs or 'maybe' where a
/// boolean does. GRDB's `row["column"]` traps on such a value; these throw a
/// `StoreError` that names the table, the row and what the column holds.
extension Row {
    /// The value of `column`, converted to `T` (an optional `T` reads NULL as nil).
    func decoded<T: DatabaseValueConvertible>(_ column: String, in table: String, as type: T.Type = T.self) throws(StoreError) -> T {
        do {
            return try decode(T.self, forColumn: column)
        } catch {
            throw damaged(table, column, expected: Self.typeName(T.self))
        }
    }

    /// The value of `column` as one of a closed set of names (a state, a role).
    func decoded<T: RawRepresentable>(_ column: String, in table: String, as type: T.Type = T.self) throws(StoreError) -> T
    where T.RawValue == String {
        let text: String = try decoded(column, in: table)
        guard let value = T(rawValue: text) else { throw damaged(table, column, expected: "one of the names of \(T.self)") }
        return value
    }

    /// A seconds-since-1970 column as a date.
    func decodedDate(_ column: String, in table: String) throws(StoreError) -> Date {
        Date(timeIntervalSince1970: try decoded(column, in: table, as: Double.self))
    }

    /// "a Bool", "an Int64 or NULL".
    private static func typeName(_ type: Any.Type) -> String {
        var name = String(describing: type)
        var suffix = ""
        if name.hasPrefix("Optional<"), name.hasSuffix(">") { name = String(name.dropFirst(9).dropLast()); suffix = " or NULL" }
        return ("AEIOU".contains(name.prefix(1)) ? "an " : "a ") + name + suffix
    }

    /// "audit row 5: dry_run holds 'maybe', which is not a Bool".
    private func damaged(_ table: String, _ column: String, expected: String) -> StoreError {
        let id = (self["id"] as DatabaseValue).description
        let value = (self[column] as DatabaseValue?)?.description ?? "nothing (no such column)"
        return StoreError.damaged(table: table, row: id, detail: "\(column) holds \(value), which is not \(expected)")
    }
}

extension StoreError {
    /// A row that cannot be read as what it should hold.
    static func damaged(table: String, row: String, detail: String) -> StoreError {
        StoreError("the store is damaged: \(table) row \(row): \(detail); restore it from a backup, or move it aside "
                   + "(a new store is created) and keep the damaged file for inspection")
    }
}
