// ConsoleUI: the ncurses console of modconsole (issue 5 builds it).
//
// It will hold the console's state value, `update` and `render` into a cell
// buffer, the key table, themes, and the one ncurses-backed `Terminal`.
// Only this module touches CNcursesw; it talks to the engine through Engine's
// public API and never through SQL.
