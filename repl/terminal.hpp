// Terminal output for the `attune` executable: every string that reaches a
// terminal passes here.
//
// Shared by every sub-command in repl/ (chat, search, ...). Nothing a user
// typed or a corpus document contains may reach the terminal as a control
// sequence, so print through SanitizeForTerminal, and style only when
// IsColorTerminal says so.
#ifndef ATTUNE_REPL_TERMINAL_HPP_
#define ATTUNE_REPL_TERMINAL_HPP_

#include <string>
#include <string_view>

namespace attune::cli {

// Returns text safe to write to a terminal: valid UTF-8 with no control
// sequences. Removes ESC sequences whole (CSI, OSC, DCS/SOS/PM/APC with their
// strings, two-byte escapes) and their C1 forms, every other C0 and C1 control
// except '\n' and '\t' (so also NUL, '\r', BEL, backspace and DEL), and the
// bidi embedding, override and isolate controls (U+202A..U+202E,
// U+2066..U+2069), which could make text display in an order other than the one
// it has. Bytes that are not valid UTF-8 become U+FFFD. Right-to-left letters,
// emoji and every other printable character are kept.
std::string SanitizeForTerminal(std::string_view text);

// True when `fd` is a terminal that can show bold and colour: it is a tty, TERM
// is set and is not "dumb", and NO_COLOR is unset or empty
// (https://no-color.org).
bool IsColorTerminal(int fd);

// The width of the terminal on `fd` in columns; COLUMNS, or 80, when it cannot
// be asked.
int TerminalWidth(int fd);

// Word-wraps `text` to `width` columns (code points, not bytes), keeping its
// own line breaks and the indentation of each line on its continuation lines. A
// word longer than the width is left whole on its own line. REQUIRES: width
// >= 1.
std::string WrapText(std::string_view text, int width);

// Text styles, each a no-op when `enabled` is false.
std::string Bold(std::string_view text, bool enabled);
std::string Dim(std::string_view text, bool enabled);

}  // namespace attune::cli

#endif  // ATTUNE_REPL_TERMINAL_HPP_
