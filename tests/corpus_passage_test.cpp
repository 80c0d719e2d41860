// Sentence and passage boundaries, and every passage checked word for word
// against its seed.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "indexer.hpp"
#include "passage.hpp"

namespace attune::corpus {
namespace {

using Strings = std::vector<std::string>;

TEST(CorpusPassage, SentencesEndAtTerminatorsBeforeCapitals) {
  EXPECT_EQ(SplitSentences("One here. Two there! Is three? four stays."),
            (Strings{"One here.", "Two there!", "Is three? four stays."}));
  EXPECT_EQ(SplitSentences("Wait for it. Or:"), (Strings{"Wait for it. Or:"}));
}

TEST(CorpusPassage, AbbreviationsAndInitialsDoNotEndSentences) {
  EXPECT_EQ(
      SplitSentences(
          "Partners feel Engaged (A.R.E.). When needs are met, e.g. Safety "
          "grows. Attachment vs. Validation is the theme."),
      (Strings{"Partners feel Engaged (A.R.E.).",
               "When needs are met, e.g. Safety grows.",
               "Attachment vs. Validation is the theme."}));
  EXPECT_EQ(SplitSentences("A.R.E. You There is a heading."),
            (Strings{"A.R.E. You There is a heading."}));
}

TEST(CorpusPassage, QuotationsStayWhole) {
  EXPECT_EQ(
      SplitSentences("1 Corinthians 13:4-5 reminds us that \"Love is patient, "
                     "love is kind. "
                     "It does not envy.\" Validation sex is self-seeking."),
      (Strings{"1 Corinthians 13:4-5 reminds us that \"Love is patient, love "
               "is kind. It "
               "does not envy.\"",
               "Validation sex is self-seeking."}));
  EXPECT_EQ(
      SplitSentences("\xe2\x80\x9cI miss you. Can we talk?\xe2\x80\x9d Or:"),
      (Strings{"\xe2\x80\x9cI miss you. Can we talk?\xe2\x80\x9d Or:"}));
  // An opening quote that never closes must not swallow the paragraph.
  EXPECT_EQ(
      SplitSentences(
          "The person who is \"supposed to be safe was afraid. Their pattern "
          "reflects it."),
      (Strings{"The person who is \"supposed to be safe was afraid.",
               "Their pattern reflects it."}));
}

TEST(CorpusPassage, GroupsListsAndMarksLostLists) {
  Section section;
  section.blocks = {
      {Block::Kind::kParagraph,
       "The first. The second. The third. The fourth. It includes:",
       {},
       false,
       1},
      {Block::Kind::kBulletList, "", {"one", "two"}, false, 2},
      {Block::Kind::kParagraph,
       "Stand alone. Couples find it easier to:",
       {},
       true,
       3},
      {Block::Kind::kNumberedList, "", {"Do this", "Do that"}, false, 4},
      {Block::Kind::kParagraph, "Here are practices:", {}, false, 5},
  };
  std::vector<PassageText> passages = SplitPassages(section);
  Strings texts;
  std::vector<bool> quotable;
  for (const PassageText& p : passages) {
    texts.push_back(p.text);
    quotable.push_back(p.quotable);
  }
  EXPECT_EQ(texts, (Strings{"The first. The second.", "The third. The fourth.",
                            "It includes:\n- one\n- two", "Stand alone.",
                            "Couples find it easier to:", "Do this", "Do that",
                            "Here are practices:"}));
  EXPECT_EQ(quotable, (std::vector<bool>{true, true, true, true, false, true,
                                         true, false}));
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Whitespace-separated words, without the "-" list markers the sources and
// documents use.
Strings Words(const std::string& text) {
  Strings out;
  std::istringstream in(text);
  for (std::string w; in >> w;) {
    if (w != "-") out.push_back(w);
  }
  return out;
}

bool Contains(const Strings& haystack, const Strings& needle) {
  return std::search(haystack.begin(), haystack.end(), needle.begin(),
                     needle.end()) != haystack.end();
}

TEST(CorpusPassage, EveryPassageIsWordForWordFromItsSeed) {
  std::vector<Document> docs;
  ASSERT_TRUE(
      LoadDocumentDir(std::string(ATTUNE_SOURCE_DIR) + "/corpus/docs", &docs)
          .ok());
  ASSERT_EQ(docs.size(), 3u);
  int checked = 0;
  for (const Document& doc : docs) {
    std::string seed =
        ReadAll(std::string(ATTUNE_SEEDS_DIR) + "/" + doc.id + ".txt");
    ASSERT_FALSE(seed.empty()) << doc.id;
    Strings seed_words = Words(seed);
    for (const Section& section : doc.sections) {
      EXPECT_NE(seed.find(section.heading), std::string::npos)
          << section.heading;
      for (const PassageText& passage : SplitPassages(section)) {
        EXPECT_TRUE(Contains(seed_words, Words(passage.text)))
            << doc.id << ": " << passage.text;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 120);
}

TEST(CorpusPassage, KnownPassageIsExact) {
  Document doc;
  ASSERT_TRUE(LoadDocumentFile(std::string(ATTUNE_SOURCE_DIR) +
                                   "/corpus/docs/001_e11ef74f634c93ef.md",
                               &doc)
                  .ok());
  std::string seed =
      ReadAll(std::string(ATTUNE_SEEDS_DIR) + "/001_e11ef74f634c93ef.txt");
  for (const Section& section : doc.sections) {
    if (section.heading != "1. The Six-Second Kiss") continue;
    std::vector<PassageText> passages = SplitPassages(section);
    ASSERT_EQ(passages.size(), 1u);
    EXPECT_NE(seed.find("\n" + passages[0].text + "\n"), std::string::npos);
    return;
  }
  FAIL() << "no six-second kiss section";
}

}  // namespace
}  // namespace attune::corpus
