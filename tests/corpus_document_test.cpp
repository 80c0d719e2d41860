// The corpus documents: front matter, sections and tags of each, and the
// parser's errors.
#include <gtest/gtest.h>

#include <algorithm>

#include "document.hpp"
#include "indexer.hpp"

namespace attune::corpus {
namespace {

Document Load(const std::string& id) {
  Document doc;
  Status s = LoadDocumentFile(
      std::string(ATTUNE_SOURCE_DIR) + "/corpus/docs/" + id + ".md", &doc);
  EXPECT_TRUE(s.ok()) << s.message();
  return doc;
}

std::vector<std::string> Headings(const Document& doc) {
  std::vector<std::string> out;
  for (const Section& s : doc.sections) out.push_back(s.heading);
  return out;
}

const Section& Find(const Document& doc, const std::string& heading) {
  auto it =
      std::find_if(doc.sections.begin(), doc.sections.end(),
                   [&](const Section& s) { return s.heading == heading; });
  EXPECT_NE(it, doc.sections.end()) << heading;
  return *it;
}

bool Has(const std::vector<std::string>& tags, const std::string& tag) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

TEST(CorpusDocument, ValidationSexArticle) {
  Document doc = Load("000_bf55674913da777f");
  EXPECT_EQ(doc.id, "000_bf55674913da777f");
  EXPECT_EQ(doc.title, "What is 'attachment sex' vs. 'validation sex'?");
  EXPECT_EQ(doc.author, "");  // the text names none
  EXPECT_NE(doc.source.find("000_bf55674913da777f.txt"), std::string::npos);
  EXPECT_EQ(Headings(doc),
            (std::vector<std::string>{
                doc.title, "The Full Picture", "What's Really Happening",
                "What Scripture Says", "What To Do Right Now"}));
  const Section& steps = Find(doc, "What To Do Right Now");
  ASSERT_EQ(steps.blocks.size(), 1u);
  EXPECT_EQ(steps.blocks[0].kind, Block::Kind::kNumberedList);
  EXPECT_EQ(steps.blocks[0].items.size(), 6u);
  EXPECT_TRUE(Has(Find(doc, "What Scripture Says").topics, "scripture"));
  EXPECT_TRUE(Has(Find(doc, "The Full Picture").topics, "validation-sex"));
}

TEST(CorpusDocument, BarometerArticle) {
  Document doc = Load("001_e11ef74f634c93ef");
  EXPECT_EQ(doc.title, "Sex as a Barometer of Bonding");
  EXPECT_EQ(
      doc.subtitle,
      "Why Sexual Struggles Are Emotional Signals, Not Personal Failures");
  EXPECT_EQ(doc.author, "Ashley Park, LAMFT");
  EXPECT_EQ(Headings(doc).size(), 10u);
  EXPECT_EQ(Find(doc, "1. The Six-Second Kiss").level, 3);
  const Section& are = Find(
      doc, "A.R.E. You There? Why Emotional Safety Fuels Sexual Connection");
  EXPECT_TRUE(Has(are.patterns, "anxious"));
  int lost = 0;
  for (const Section& s : doc.sections) {
    for (const Block& b : s.blocks) lost += b.lost_list;
  }
  EXPECT_EQ(lost,
            3);  // "easier to:", "protective responses:", "desire grows from:"
}

TEST(CorpusDocument, IntimacyIllusionArticle) {
  Document doc = Load("002_96caa0ebda461845");
  EXPECT_EQ(doc.title,
            "The Intimacy Illusion: How Attachment Styles Play Out in Bed");
  const Section& oxytocin =
      Find(doc, "Oxytocin: \xe2\x80\x9cThe Bonding Hormone\xe2\x80\x9d");
  EXPECT_EQ(oxytocin.level, 3);
  ASSERT_EQ(oxytocin.blocks.size(), 2u);
  EXPECT_EQ(oxytocin.blocks[1].items,
            (std::vector<std::string>{"Trust and safety", "Emotional bonding",
                                      "Desire for closeness",
                                      "Reduced stress and anxiety"}));
  EXPECT_EQ(
      Find(doc, "If You're Disorganized/ Fearful Avoidantly Attached").patterns,
      std::vector<std::string>{"fearful"});
  EXPECT_TRUE(Has(
      Find(doc, "If You're Disorganized/ Fearful Avoidantly Attached").topics,
      "dissociation"));
  EXPECT_EQ(Headings(doc).back(), "Closing Thoughts");
  for (const Section& s : doc.sections) EXPECT_NE(s.heading, "Next");
}

Status Parse(const std::string& text) {
  Document doc;
  return ParseDocument("t.md", text, &doc);
}

TEST(CorpusDocument, ErrorsNameFileAndLine) {
  EXPECT_EQ(Parse("no front matter").message(),
            "t.md:1: expected front matter starting with '---'");
  EXPECT_EQ(Parse("---\nid: x\ncolour: red\n---\ntext\n").message(),
            "t.md:3: unknown front matter key 'colour' (known: id, title, "
            "subtitle, author, "
            "source)");
  EXPECT_EQ(
      Parse("---\nid: x\ntitle: T\n---\n## A\n<!-- patterns: clingy -->\n")
          .message(),
      "t.md:6: unknown pattern 'clingy' (known: secure anxious avoidant "
      "fearful)");
  EXPECT_EQ(Parse("---\nid: x\ntitle: T\n---\n## A\ntext\n## A\n").message(),
            "t.md:7: duplicate section heading 'A'");
  EXPECT_EQ(
      Parse("---\nid: x\ntitle: T\n---\n<!-- lost-list -->\nNo colon here.\n")
          .message(),
      "t.md:6: a paragraph marked lost-list must end with ':'");
  EXPECT_EQ(
      Parse("---\nid: x\ntitle: T\n---\n## A\ntext\n<!-- topics: late -->\n")
          .message(),
      "t.md:7: topics must come right after the section heading");
  EXPECT_EQ(Parse("---\nid: x\ntitle: T\n---\n# Big\n").message(),
            "t.md:5: only '## ' and '### ' headings are allowed");
  EXPECT_EQ(Parse("---\nid: x\ntitle: T\n---\nbad \x1b[31m escape\n").message(),
            "t.md:5: not UTF-8 text, or a control character");
  EXPECT_EQ(Parse("---\nid: x\ntitle: T\n---\nbad \xff byte\n").message(),
            "t.md:5: not UTF-8 text, or a control character");
}

TEST(CorpusDocument, OpeningTextBelongsToATitleSection) {
  Document doc;
  ASSERT_TRUE(
      ParseDocument(
          "t.md",
          "---\nid: x\ntitle: T\n---\n<!-- topics: a-b -->\nHi.\n## S\nYo.\n",
          &doc)
          .ok());
  ASSERT_EQ(doc.sections.size(), 2u);
  EXPECT_EQ(doc.sections[0].heading, "T");
  EXPECT_EQ(doc.sections[0].topics, std::vector<std::string>{"a-b"});
  EXPECT_EQ(doc.sections[1].blocks[0].text, "Yo.");
}

}  // namespace
}  // namespace attune::corpus
