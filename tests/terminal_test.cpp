#include "terminal.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

namespace attune::cli {
namespace {

TEST(Terminal, KeepsPlainTextNewlinesAndTabs) {
  EXPECT_EQ(SanitizeForTerminal("one\ttwo\nthree"), "one\ttwo\nthree");
}

TEST(Terminal, RemovesCsiSequencesWhole) {
  EXPECT_EQ(SanitizeForTerminal("a\x1b[31mred\x1b[0m b\x1b[2J\x1b[?1049h"),
            "ared b");
}

TEST(Terminal, RemovesOscWithBelOrStTerminator) {
  EXPECT_EQ(SanitizeForTerminal("x\x1b]0;pwned\x07y"), "xy");
  EXPECT_EQ(
      SanitizeForTerminal("x\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\y"),
      "xlinky");
  EXPECT_EQ(SanitizeForTerminal("x\x1bP+q\x1b\\y"), "xy");  // DCS
}

TEST(Terminal, UnterminatedOscEndsAtNewline) {
  EXPECT_EQ(SanitizeForTerminal("a\x1b]2;title\nnext line"), "a\nnext line");
}

TEST(Terminal, RemovesTwoByteAndCharsetEscapes) {
  EXPECT_EQ(SanitizeForTerminal("a\x1b"
                                "cb\x1b(Bc\x1b"
                                "7d"),
            "abcd");
}

TEST(Terminal, RemovesC0ControlsNulAndDel) {
  EXPECT_EQ(SanitizeForTerminal(std::string("a\0b\rc\bd\x07"
                                            "e\x7f"
                                            "f",
                                            12)),
            "abcdef");
}

TEST(Terminal, RemovesC1ControlsAndTheirSequences) {
  EXPECT_EQ(SanitizeForTerminal("a\xc2\x9b"
                                "31mb\xc2\x85"
                                "c"),
            "abc");  // CSI, NEL
  EXPECT_EQ(SanitizeForTerminal("a\xc2\x9d"
                                "0;t\xc2\x9c"
                                "b"),
            "ab");  // OSC ... ST
}

TEST(Terminal, RemovesBidiOverridesAndIsolates) {
  EXPECT_EQ(SanitizeForTerminal("abc\xe2\x80\xae"
                                "fdp.exe\xe2\x80\xac"),
            "abcfdp.exe");
  EXPECT_EQ(SanitizeForTerminal("x\xe2\x81\xa6y\xe2\x81\xa9"), "xy");
}

TEST(Terminal, KeepsValidUtf8RtlAndEmoji) {
  const std::string text =
      "caf\xc3\xa9 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xf0\x9f\x92\x94 "
      "\xe2\x80\x8f";
  EXPECT_EQ(SanitizeForTerminal(text), text);
}

TEST(Terminal, ReplacesInvalidUtf8) {
  EXPECT_EQ(SanitizeForTerminal("a\xff"
                                "b"),
            "a\xef\xbf\xbd"
            "b");
  EXPECT_EQ(SanitizeForTerminal("a\xc0\xaf"),
            "a\xef\xbf\xbd\xef\xbf\xbd");  // overlong '/'
  EXPECT_EQ(SanitizeForTerminal("a\xed\xa0\x80"),
            "a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
  EXPECT_EQ(SanitizeForTerminal("a\xe2\x82"),
            "a\xef\xbf\xbd\xef\xbf\xbd");  // truncated
}

TEST(Terminal, ColorOnlyWithoutNoColorAndOnATty) {
  const char* term = getenv("TERM");
  std::string saved_term = term ? term : "";
  setenv("TERM", "xterm", 1);
  setenv("NO_COLOR", "1", 1);
  EXPECT_FALSE(IsColorTerminal(0));
  unsetenv("NO_COLOR");
  EXPECT_FALSE(IsColorTerminal(-1));  // not a terminal
  if (term != nullptr)
    setenv("TERM", saved_term.c_str(), 1);
  else
    unsetenv("TERM");
  EXPECT_EQ(Bold("x", false), "x");
  EXPECT_EQ(Bold("x", true), "\x1b[1mx\x1b[0m");
}

TEST(Terminal, WrapsAtWordsKeepingIndentAndLineBreaks) {
  EXPECT_EQ(WrapText("aa bb cc dd", 5), "aa bb\ncc dd");
  EXPECT_EQ(WrapText("    one two three", 12), "    one two\n    three");
  EXPECT_EQ(WrapText("x\n\ny", 10), "x\n\ny");
  EXPECT_EQ(WrapText("averyveryverylongword b", 5), "averyveryverylongword\nb");
  EXPECT_EQ(WrapText("\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa9", 5),
            "\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa9");
}

}  // namespace
}  // namespace attune::cli
