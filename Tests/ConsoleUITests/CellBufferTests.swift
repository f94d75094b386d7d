import Testing
@testable import ConsoleUI

@Suite struct CellBufferTests {
    @Test func wideGraphemesTakeTwoCellsAndOverwritingHalfBlanksTheOther() {
        var buffer = CellBuffer(size: Size(width: 6, height: 1))
        #expect(buffer.put("界a", x: 0, y: 0, style: .base) == 3)
        #expect(buffer[0, 0].text == "界" && buffer[1, 0].isContinuation && buffer[2, 0].text == "a")
        buffer.put("b", x: 1, y: 0, style: .base)
        #expect(buffer[0, 0].text == " " && buffer[1, 0].text == "b", "no half of a wide glyph is left behind")
        #expect(buffer.put("xy界", x: 3, y: 0, style: .base) == 2, "a wide glyph that does not fit is left out")
    }

    @Test func onlyChangedCellsAreWritten() {
        var first = CellBuffer(size: Size(width: 10, height: 2))
        first.put("hello", x: 0, y: 0, style: .base)
        var second = first
        second.put("J", x: 0, y: 1, style: .base)
        let runs = second.changes(since: first)
        #expect(runs == [CellBuffer.Run(x: 0, y: 1, cells: [Cell(text: "J", style: .base)])])
        #expect(first.changes(since: nil).count == 2, "a first frame writes every row")
    }

    @Test func textIsSanitisedOnTheWayIn() {
        var buffer = CellBuffer(size: Size(width: 20, height: 1))
        buffer.put("a\u{1B}[2Jb", x: 0, y: 0, style: .base)
        #expect(buffer.lines[0].hasPrefix("a^[[2Jb"))
    }
}
