import Foundation
import GRDB

/// Text from outside the process (a message's content) as the store keeps it:
/// whole. GRDB binds a Swift string as a C string, so a NUL cut it short and
/// the rest was lost; text holding a NUL is bound as its UTF-8 bytes instead
/// (a BLOB, which GRDB reads back as the same String), any other as TEXT.
struct StoredText: DatabaseValueConvertible {
    var text: String

    init(_ text: String) { self.text = text }

    var databaseValue: DatabaseValue {
        text.utf8.contains(0) ? Data(text.utf8).databaseValue : text.databaseValue
    }

    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> StoredText? {
        String.fromDatabaseValue(dbValue).map(StoredText.init)
    }
}
