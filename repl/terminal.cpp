// Terminal safety and layout for the `attune` executable (see terminal.hpp).
#include "terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "text/utf8.hpp"

namespace attune::cli {
namespace {

bool IsBidiControl(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

bool IsDroppedControl(char32_t cp) {
  if (cp == '\n' || cp == '\t') return false;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || IsBidiControl(cp);
}

// Where we are inside an escape sequence, as a terminal would parse it.
enum class Escape { kNone, kStart, kIntermediate, kCsi, kString, kStringEsc };

// Advances the escape state by one code point; returns true when the code point
// is consumed by a sequence (and so must not be printed).
bool ConsumeEscape(char32_t cp, Escape* state) {
  switch (*state) {
    case Escape::kNone:
      if (cp == 0x1B)
        *state = Escape::kStart;
      else if (cp == 0x9B)
        *state = Escape::kCsi;
      else if (cp == 0x90 || cp == 0x98 || cp == 0x9D || cp == 0x9E ||
               cp == 0x9F)
        *state = Escape::kString;
      return *state != Escape::kNone;
    case Escape::kStart:
      if (cp == '[')
        *state = Escape::kCsi;
      else if (cp == ']' || cp == 'P' || cp == 'X' || cp == '^' || cp == '_')
        *state = Escape::kString;
      else if (cp >= 0x20 && cp <= 0x2F)
        *state = Escape::kIntermediate;
      else if (cp >= 0x30 && cp <= 0x7E)
        *state = Escape::kNone;
      else
        return *state = Escape::kNone, ConsumeEscape(cp, state);
      return true;
    case Escape::kIntermediate:
      if (cp >= 0x20 && cp <= 0x2F) return true;
      *state = Escape::kNone;
      if (cp >= 0x30 && cp <= 0x7E) return true;
      return ConsumeEscape(cp, state);
    case Escape::kCsi:
      if (cp >= 0x20 && cp <= 0x3F) return true;
      *state = Escape::kNone;
      if (cp >= 0x40 && cp <= 0x7E) return true;
      return ConsumeEscape(cp,
                           state);  // a broken sequence: print what follows it
    case Escape::kString:
      // A string ends at BEL or ST. It also ends at a newline, so that a stray
      // introducer cannot hide the rest of a document; without the introducer
      // nothing is interpreted.
      if (cp == 0x07 || cp == 0x9C)
        *state = Escape::kNone;
      else if (cp == 0x1B)
        *state = Escape::kStringEsc;
      else if (cp == '\n')
        return *state = Escape::kNone, false;
      return true;
    case Escape::kStringEsc:
      *state = Escape::kNone;
      return cp == '\\' ? true : ConsumeEscape(cp, state);
  }
  return false;
}

size_t CodePoints(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

void WrapLine(std::string_view line, size_t width, std::string* out) {
  size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos)
    return;  // blank: the caller keeps the line break
  std::string_view lead = line.substr(0, indent);
  if (indent >= width / 2) lead = {};
  out->append(line.substr(0, indent));
  size_t column = indent;
  bool first = true;
  size_t pos = indent;
  while (pos < line.size()) {
    size_t end = line.find(' ', pos);
    if (end == std::string_view::npos) end = line.size();
    std::string_view word = line.substr(pos, end - pos);
    pos = line.find_first_not_of(' ', end);
    if (pos == std::string_view::npos) pos = line.size();
    if (word.empty()) continue;
    size_t length = CodePoints(word);
    if (!first && column + 1 + length > width) {
      out->push_back('\n');
      out->append(lead);
      column = lead.size();
    } else if (!first) {
      out->push_back(' ');
      ++column;
    }
    out->append(word);
    column += length;
    first = false;
  }
}

}  // namespace

std::string SanitizeForTerminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  Escape state = Escape::kNone;
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    size_t len =
        text::DecodeUtf8(text.data() + i, text.data() + text.size(), &cp);
    if (!ConsumeEscape(cp, &state) && !IsDroppedControl(cp)) {
      if (cp == text::kReplacement && len == 1)
        text::AppendUtf8(cp, &out);
      else
        out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

bool IsColorTerminal(int fd) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term == nullptr || term[0] == '\0' || std::string_view(term) == "dumb")
    return false;
  return isatty(fd) == 1;
}

int TerminalWidth(int fd) {
  struct winsize size {};
  if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    int value = std::atoi(columns);
    if (value > 0) return value;
  }
  return 80;
}

std::string WrapText(std::string_view text, int width) {
  std::string out;
  size_t limit = width < 1 ? 1 : static_cast<size_t>(width);
  size_t start = 0;
  while (true) {
    size_t end = text.find('\n', start);
    WrapLine(
        text.substr(start, end == std::string_view::npos ? end : end - start),
        limit, &out);
    if (end == std::string_view::npos) break;
    out.push_back('\n');
    start = end + 1;
  }
  return out;
}

std::string Bold(std::string_view text, bool enabled) {
  if (!enabled) return std::string(text);
  return "\x1b[1m" + std::string(text) + "\x1b[0m";
}

std::string Dim(std::string_view text, bool enabled) {
  if (!enabled) return std::string(text);
  return "\x1b[2m" + std::string(text) + "\x1b[0m";
}

}  // namespace attune::cli
