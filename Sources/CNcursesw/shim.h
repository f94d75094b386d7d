// CNcursesw: ncursesw with the wide-character API, made callable from Swift 6.
//
// SwiftPM drops pkg-config's -D flags, so NCURSES_WIDECHAR must be defined here,
// before <ncurses.h>, or the cchar_t / *_wch functions are missing.
// stdscr, LINES, COLS, COLORS, ESCDELAY are mutable C globals (Swift 6 rejects
// them as unsafe shared state) and A_*, ACS_*, KEY_F(n), COLOR_PAIR(n) are
// macros Swift cannot import; each gets a small prefixed accessor below.
//
// Editing this header does not trigger a rebuild: touch a Swift file that
// imports CNcursesw after changing it.
#ifndef MODCONSOLE_CNCURSESW_SHIM_H
#define MODCONSOLE_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

// tigetstr is declared alone: <term.h>'s capability macros (lines, columns,
// ...) would collide with ordinary names.
extern char *tigetstr(const char *);

/// Whether the terminal can move the cursor (terminfo's `cup`): TERM=dumb
/// and the like cannot draw a screen at all.
static inline int nc_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t nc_a_normal(void) { return A_NORMAL; }
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_italic(void) { return A_ITALIC; }
static inline attr_t nc_a_standout(void) { return A_STANDOUT; }
static inline attr_t nc_color_pair(int n) { return COLOR_PAIR(n); }

static inline int nc_key_f(int n) { return KEY_F(n); }
static inline int nc_key_resize(void) { return KEY_RESIZE; }
static inline int nc_err(void) { return ERR; }

/// ACS line-drawing characters live in the acs_map array, filled by initscr.
static inline chtype nc_acs_hline(void) { return ACS_HLINE; }
static inline chtype nc_acs_vline(void) { return ACS_VLINE; }
static inline chtype nc_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype nc_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype nc_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype nc_acs_lrcorner(void) { return ACS_LRCORNER; }

/// setcchar takes a wchar_t string; this builds a cell from one grapheme's
/// code points (at most CCHARW_MAX) with its attributes and colour pair.
static inline int nc_setcchar(cchar_t *cell, const wchar_t *wch, attr_t attrs, short pair) {
    return setcchar(cell, wch, attrs, pair, NULL);
}
static inline int nc_mvadd_wch(int y, int x, const cchar_t *cell) { return mvadd_wch(y, x, cell); }
static inline int nc_set_escdelay(int ms) { return set_escdelay(ms); }
static inline int nc_keypad_stdscr(bool on) { return keypad(stdscr, on); }
static inline int nc_nodelay_stdscr(bool on) { return nodelay(stdscr, on); }
static inline int nc_timeout_stdscr(int ms) { wtimeout(stdscr, ms); return OK; }
static inline int nc_get_wch(wint_t *out) { return get_wch(out); }

#endif
