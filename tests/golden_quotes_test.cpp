// Golden transcripts: every quote attune gives is corpus text, verbatim.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Passages join a list's items with line breaks where the document has its
// own layout, so runs of white space compare as one space.
std::string Squeeze(const std::string& text) {
  std::string out;
  for (char ch : text) {
    bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : ch;
  }
  return out;
}

TEST(GoldenQuotes, EveryQuoteIsVerbatimCorpusText) {
  const fs::path root = ATTUNE_SOURCE_DIR;
  std::string corpus;
  for (const auto& entry : fs::directory_iterator(root / "corpus" / "docs")) {
    if (entry.path().extension() == ".md") corpus += Read(entry.path()) + "\n";
  }
  corpus = Squeeze(corpus);
  ASSERT_FALSE(corpus.empty());
  // A quote is a paragraph line `"TEXT" (TITLE › SECTION)`; TEXT may span
  // lines (bullet lists).
  const std::regex quote(
      "(^|\n)\"([^]*?)\" \\(([^\n]+?) \xe2\x80\xba ([^\n]+)\\)\n");
  int quotes = 0;
  for (const auto& entry : fs::directory_iterator(root / "tests" / "golden")) {
    if (entry.path().extension() != ".expect") continue;
    const std::string text = Read(entry.path());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), quote);
         it != std::sregex_iterator(); ++it) {
      ++quotes;
      EXPECT_NE(corpus.find(Squeeze((*it)[2].str())), std::string::npos)
          << entry.path().filename() << ": " << (*it)[2].str();
    }
  }
  EXPECT_GE(quotes, 20) << "the transcripts should quote the corpus";
}

}  // namespace
