import CNcursesw
import Foundation
import Testing

/// The ncursesw binding works as the console will use it: wide characters
/// through setcchar/mvadd_wch, and the macro and global accessors of the shim.
/// Runs ncurses against an in-memory screen (newterm on /dev/null), so it
/// needs no terminal.
@Suite(.serialized) struct NcurseswShimTests {
    @Test func macroAccessorsMatchNcursesValues() {
        #expect(nc_key_f(1) == 0o411, "KEY_F(1) is KEY_F0 + 1")
        #expect(nc_key_resize() == 0o632)
        #expect(nc_a_bold() != 0 && nc_a_reverse() != 0 && nc_a_bold() != nc_a_reverse())
        #expect(nc_color_pair(3) == attr_t(3) << 8, "COLOR_PAIR(n) shifts the pair into the attribute word")
    }

    @Test func wideCharactersRoundTripThroughAScreen() throws {
        setlocale(LC_ALL, "C.UTF-8")
        let output = fopen("/dev/null", "w")
        let input = fopen("/dev/null", "r")
        defer { fclose(output); fclose(input) }
        let screen = try #require(newterm("xterm-256color", output, input), "newterm failed")
        defer { endwin(); delscreen(screen) }
        #expect(nc_lines() == 24 && nc_cols() == 80, "the terminal size comes through the accessors")
        #expect(nc_stdscr() != nil)

        // A CJK character is two columns wide: the cursor moves by two.
        var cell = cchar_t()
        var text: [wchar_t] = [0x754C, 0]  // 界
        #expect(nc_setcchar(&cell, &text, nc_a_bold(), 0) == OK)
        #expect(nc_mvadd_wch(2, 5, &cell) == OK)
        #expect(getcurx(nc_stdscr()) == 7)

        // And the cell reads back with its character and attribute.
        var back = cchar_t()
        #expect(mvin_wch(2, 5, &back) == OK)
        var chars = [wchar_t](repeating: 0, count: 8)
        var attrs: attr_t = 0
        var pair: Int16 = 0
        #expect(getcchar(&back, &chars, &attrs, &pair, nil) == OK)
        #expect(chars[0] == 0x754C)
        #expect(attrs & nc_a_bold() != 0)
    }
}
