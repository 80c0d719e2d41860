#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "utterance/parse.hpp"

namespace {

using attune::text::Rewrites;
using attune::text::Stemmer;
using attune::utterance::Parse;
using attune::utterance::Utterance;

// The invariants every Utterance keeps, whatever the input.
void ExpectWellFormed(const Utterance& u) {
  for (const auto& t : u.tokens) {
    ASSERT_LE(t.begin, t.end);
    ASSERT_LE(t.end, u.normalized.size());
    EXPECT_EQ(u.normalized.compare(t.begin, t.end - t.begin, t.word), 0);
  }
  uint32_t next_token = 0;
  for (const auto& c : u.clauses) {
    EXPECT_LT(c.first, c.last);
    EXPECT_GE(c.first, next_token);
    EXPECT_LE(c.last, u.tokens.size());
    next_token = c.last;
  }
  uint32_t next_clause = 0;
  for (size_t s = 0; s < u.sentences.size(); ++s) {
    const auto& sentence = u.sentences[s];
    EXPECT_EQ(sentence.first_clause, next_clause);
    EXPECT_LT(sentence.first_clause, sentence.last_clause);
    for (uint32_t c = sentence.first_clause; c < sentence.last_clause; ++c) {
      EXPECT_EQ(u.clauses[c].sentence, static_cast<int>(s));
    }
    next_clause = sentence.last_clause;
  }
  EXPECT_EQ(next_clause, u.clauses.size());
  EXPECT_LE(u.tokens.size(), attune::utterance::kMaxTokens);
}

TEST(UtteranceHostile, EmptyAndPunctuationOnly) {
  Stemmer stemmer;
  Utterance empty = Parse("", Rewrites(), stemmer);
  EXPECT_TRUE(empty.tokens.empty());
  EXPECT_TRUE(empty.sentences.empty());
  Utterance punct = Parse("?!.,;:--...!!!???\n\n,,,", Rewrites(), stemmer);
  EXPECT_TRUE(punct.tokens.empty());
  EXPECT_TRUE(punct.clauses.empty());
  Utterance symbols = Parse("\"()[]{}<>/\\|@#$%^&*_+=~", Rewrites(), stemmer);
  ExpectWellFormed(symbols);
  EXPECT_EQ(symbols.sentences.size(), 1u);
}

TEST(UtteranceHostile, BinaryAndInvalidUtf8) {
  Stemmer stemmer;
  std::string bytes;
  for (int round = 0; round < 4; ++round) {
    for (int i = 0; i < 256; ++i)
      bytes.push_back(static_cast<char>((i * 37 + round) & 0xFF));
  }
  ExpectWellFormed(Parse(bytes, Rewrites(), stemmer));
  static constexpr char kMixed[] = "i\0feel\0\x1b[2Jsad\xc3";
  ExpectWellFormed(
      Parse(std::string(kMixed, sizeof kMixed - 1), Rewrites(), stemmer));
}

TEST(UtteranceHostile, TenMegabyteLineIsCapped) {
  Stemmer stemmer;
  std::string line;
  while (line.size() < 10 * 1024 * 1024)
    line += "i feel soooo abandoned when he rolls over, ";
  Utterance u = Parse(line, Rewrites(), stemmer);
  ExpectWellFormed(u);
  EXPECT_EQ(u.tokens.size(), attune::utterance::kMaxTokens);

  std::string one_word(10 * 1024 * 1024, 'a');
  ExpectWellFormed(Parse(one_word, Rewrites(), stemmer));
  std::string apostrophes;
  while (apostrophes.size() < 1024 * 1024) apostrophes += "x's";
  ExpectWellFormed(Parse(apostrophes, Rewrites(), stemmer));
}

// How fast this runs is measured in bench/, never asserted here.
TEST(UtteranceHostile, NormalizeCollapsesAHugeStretchedLine) {
  std::string line(10 * 1024 * 1024, 'o');
  EXPECT_EQ(attune::text::Normalize(line, Rewrites()), "o");
}

// Every statement of the labelled sample (a copy of the shared dev set) parses
// into well-formed clauses.
TEST(UtteranceHostile, EvaluationSetParses) {
  std::ifstream in(ATTUNE_SOURCE_DIR "/tests/data/dev.jsonl");
  ASSERT_TRUE(in) << "tests/data/dev.jsonl is missing";
  Stemmer stemmer;
  std::string line;
  int parsed = 0;
  while (std::getline(in, line)) {
    const size_t key = line.find("\"text\": \"");
    if (key == std::string::npos) continue;
    const size_t begin = key + 9;
    const size_t end = line.find("\", \"", begin);
    Utterance u = Parse(line.substr(begin, end - begin), Rewrites(), stemmer);
    ExpectWellFormed(u);
    EXPECT_FALSE(u.clauses.empty()) << line;
    ++parsed;
  }
  EXPECT_GT(parsed, 0);
}

}  // namespace
