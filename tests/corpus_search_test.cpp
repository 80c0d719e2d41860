// Searching the embedded index: ranking, stemming, hostile queries, fallbacks,
// retrieval.
#include <gtest/gtest.h>

#include <filesystem>

#include "embedded/embedded.hpp"
#include "reader.hpp"

namespace attune::corpus {
namespace {

std::unique_ptr<Reader> Embedded() {
  std::unique_ptr<Reader> reader;
  Status s = Reader::OpenEmbedded(&reader);
  EXPECT_TRUE(s.ok()) << s.message();
  return reader;
}

SearchResult Find(Reader& reader, std::string_view query,
                  SearchOptions options = {}) {
  SearchResult result;
  Status s = reader.Search(query, options, &result);
  EXPECT_TRUE(s.ok()) << query << ": " << s.message();
  return result;
}

TEST(CorpusSearch, EmbeddedIndexHoldsEveryDocument) {
  EXPECT_GT(embedded::CorpusImage().size(), 10000u);
  auto reader = Embedded();
  std::vector<DocumentInfo> docs;
  ASSERT_TRUE(reader->Documents(&docs).ok());
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "000_bf55674913da777f");
  EXPECT_EQ(docs[1].author, "Ashley Park, LAMFT");
  EXPECT_EQ(docs[2].sections.back().heading, "Closing Thoughts");
  int passages = 0;
  for (const auto& doc : docs) {
    for (const auto& section : doc.sections) passages += section.passages;
  }
  EXPECT_GT(passages, 120);
}

TEST(CorpusSearch, OxytocinPutsTheOxytocinPassageFirst) {
  auto reader = Embedded();
  SearchResult r = Find(*reader, "oxytocin");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].section,
            "Oxytocin: \xe2\x80\x9cThe Bonding Hormone\xe2\x80\x9d");
  EXPECT_NE(r.hits[0].text.find("oxytocin is released during orgasm"),
            std::string::npos);
  EXPECT_NE(r.hits[0].snippet.find("**oxytocin**"), std::string::npos);
  EXPECT_TRUE(r.fallback_note.empty());
  for (size_t i = 1; i < r.hits.size(); ++i)
    EXPECT_GE(r.hits[i - 1].score, r.hits[i].score);
}

TEST(CorpusSearch, SixSecondKissFindsTheGottmanRitual) {
  auto reader = Embedded();
  SearchResult r = Find(*reader, "six second kiss");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].section, "1. The Six-Second Kiss");
  EXPECT_EQ(r.hits[0].text,
            "From the Gottmans: a slow six-second kiss daily reduces cortisol "
            "and increases "
            "connection.");
}

TEST(CorpusSearch, ValidationSexFindsTheDefinition) {
  auto reader = Embedded();
  SearchOptions options;
  options.limit = 3;
  SearchResult r = Find(*reader, "validation sex", options);
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].doc, "000_bf55674913da777f");
  EXPECT_NE(
      r.hits[0].text.find("Validation sex, however, is driven by insecurity"),
      std::string::npos);
}

TEST(CorpusSearch, StemmingMatchesWordForms) {
  auto reader = Embedded();
  SearchResult bonding = Find(*reader, "bonding");
  bool found_bond = false;
  for (const auto& hit : bonding.hits)
    found_bond |= hit.text.find("desire to bond") != std::string::npos;
  EXPECT_TRUE(found_bond);
  SearchResult cuddles = Find(*reader, "cuddles");
  bool found_cuddle = false;
  for (const auto& hit : cuddles.hits) {
    found_cuddle |=
        hit.text.find("they can cuddle or have space") != std::string::npos;
  }
  EXPECT_TRUE(found_cuddle);
}

TEST(CorpusSearch, FiltersByDocumentAndTag) {
  auto reader = Embedded();
  SearchOptions options;
  options.doc = "001_e11ef74f634c93ef";
  for (const auto& hit : Find(*reader, "sex", options).hits)
    EXPECT_EQ(hit.doc, options.doc);
  options = {};
  options.tag = "scripture";
  SearchResult r = Find(*reader, "love", options);
  ASSERT_FALSE(r.hits.empty());
  for (const auto& hit : r.hits) EXPECT_EQ(hit.section, "What Scripture Says");
  options.tag = "no-such-tag";
  SearchResult none;
  EXPECT_EQ(reader->Search("love", options, &none).code(),
            Status::Code::kNotFound);
  options = {};
  options.doc = "nope";
  EXPECT_EQ(reader->Search("love", options, &none).code(),
            Status::Code::kNotFound);
  options = {};
  options.limit = 0;
  EXPECT_EQ(reader->Search("love", options, &none).code(),
            Status::Code::kInvalidArgument);
}

TEST(CorpusSearch, HostileQueriesAreSearchedAsWords) {
  auto reader = Embedded();
  const std::string hostile[] = {
      "\"oxytocin",
      "oxytocin\"\"\"",
      "oxy*",
      "(bond",
      "bond)",
      "NEAR(sex intimacy)",
      "sex AND",
      "OR",
      "NOT sex",
      "-sex",
      "^sex",
      "body:sex",
      "heading:oxytocin",
      "{heading}: sex",
      "'; DROP TABLE passages; --",
      "1=1 OR 'a'='a'",
      "\xf0\x9f\x98\x80 oxytocin \xf0\x9f\x92\x94",
      "ox\xff\xfe"
      "ytocin",
      "\xc3",
      "\xed\xa0\x80",
      "\x1b[31mred\x1b[0m",
      std::string(100000, 'a'),
      std::string(5000, '('),
      "",
      "   ",
      "\"\"",
      "*",
      "NEAR",
  };
  for (const std::string& query : hostile) {
    SearchResult result;
    Status s = reader->Search(query, SearchOptions{}, &result);
    EXPECT_TRUE(s.ok()) << query.substr(0, 40) << ": " << s.message();
  }
  EXPECT_FALSE(
      Find(*reader, "NOT sex").hits.empty());  // "not" and "sex" as words
  EXPECT_FALSE(Find(*reader, "body:sex").hits.empty());  // "body" and "sex"
  EXPECT_EQ(Find(*reader, "\"oxytocin").hits[0].section,
            Find(*reader, "oxytocin").hits[0].section);
  EXPECT_FALSE(Find(*reader, "\xf0\x9f\x98\x80 oxytocin").hits.empty());
  EXPECT_TRUE(Find(*reader, "\xf0\x9f\x98\x80").hits.empty());
  // The table is still there after the SQL-looking query.
  EXPECT_FALSE(Find(*reader, "oxytocin").hits.empty());
}

TEST(CorpusSearch, FtsSyntaxPassesThroughAndReportsErrors) {
  auto reader = Embedded();
  SearchOptions options;
  options.fts_syntax = true;
  SearchResult r = Find(*reader, "heading:oxytocin", options);
  ASSERT_FALSE(r.hits.empty());
  for (const auto& hit : r.hits)
    EXPECT_NE(hit.section.find("Oxytocin"), std::string::npos);
  EXPECT_FALSE(Find(*reader, "oxyto*", options).hits.empty());
  for (const char* bad :
       {"sex AND (", "\"unclosed", "nosuchcolumn:sex", "NEAR(", "AND"}) {
    SearchResult result;
    Status s = reader->Search(bad, options, &result);
    EXPECT_EQ(s.code(), Status::Code::kParseError) << bad;
    EXPECT_EQ(s.message().find('\n'), std::string::npos);
    EXPECT_TRUE(result.hits.empty());
  }
}

TEST(CorpusSearch, FallsBackToFewerWordsThenPrefixesThenSuggestions) {
  auto reader = Embedded();
  SearchResult fewer = Find(*reader, "oxytocin quantumfoo");
  ASSERT_FALSE(fewer.hits.empty());
  EXPECT_NE(fewer.fallback_note.find("some of them"), std::string::npos);
  SearchResult prefix = Find(*reader, "oxyto");
  ASSERT_FALSE(prefix.hits.empty());
  EXPECT_NE(prefix.fallback_note.find("begin with"), std::string::npos);
  SearchResult nothing = Find(*reader, "oxytoxin");
  EXPECT_TRUE(nothing.hits.empty());
  ASSERT_FALSE(nothing.suggestions.empty());
  EXPECT_EQ(nothing.suggestions[0], "oxytocin");
  EXPECT_TRUE(Find(*reader, "zzzzqqqq").suggestions.empty());
}

TEST(CorpusSearch, RetrieveHonoursTagsBoostExcludeAndQuotable) {
  auto reader = Embedded();
  RetrieveRequest request;
  request.terms = {"sleep", "after sex"};
  request.tags = {"avoidant", "advice"};
  std::vector<SearchHit> hits;
  ASSERT_TRUE(reader->Retrieve(request, &hits).ok());
  ASSERT_FALSE(hits.empty());
  for (const auto& hit : hits)
    EXPECT_EQ(hit.section, "If You're Avoidantly Attached");
  request.exclude = {{hits[0].doc, hits[0].section, hits[0].passage}};
  std::vector<SearchHit> again;
  ASSERT_TRUE(reader->Retrieve(request, &again).ok());
  for (const auto& hit : again) EXPECT_NE(hit.passage, hits[0].passage);

  RetrieveRequest prefer;
  prefer.terms = {"oxytocin"};
  prefer.prefer_section = "Anxious Attachment";
  ASSERT_TRUE(reader->Retrieve(prefer, &hits).ok());
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].section, "Anxious Attachment");

  RetrieveRequest
      lead_ins;  // no terms: document order within the tagged sections
  lead_ins.tags = {"desire"};
  lead_ins.limit = 50;
  ASSERT_TRUE(reader->Retrieve(lead_ins, &hits).ok());
  ASSERT_FALSE(hits.empty());
  for (const auto& hit : hits) EXPECT_NE(hit.text.back(), ':') << hit.text;
}

TEST(CorpusSearch, PassageLookup) {
  auto reader = Embedded();
  SearchHit hit;
  ASSERT_TRUE(
      reader
          ->Passage({"001_e11ef74f634c93ef", "1. The Six-Second Kiss", 1}, &hit)
          .ok());
  EXPECT_EQ(hit.title, "Sex as a Barometer of Bonding");
  EXPECT_NE(hit.text.find("six-second kiss"), std::string::npos);
  EXPECT_EQ(
      reader
          ->Passage({"001_e11ef74f634c93ef", "1. The Six-Second Kiss", 9}, &hit)
          .code(),
      Status::Code::kNotFound);
}

TEST(CorpusSearch, OpenFileNeverCreatesAFile) {
  auto path =
      std::filesystem::temp_directory_path() / "attune_corpus_test_missing.db";
  std::filesystem::remove(path);
  std::unique_ptr<Reader> reader;
  EXPECT_EQ(Reader::OpenFile(path.string(), &reader).code(),
            Status::Code::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_EQ(Reader::OpenImage({}, &reader).code(), Status::Code::kCorruption);
}

TEST(CorpusSearch, JsonHasTheDocumentedFields) {
  auto reader = Embedded();
  SearchOptions options;
  options.limit = 1;
  std::string json = Find(*reader, "six second kiss", options).ToJson();
  EXPECT_EQ(json.rfind("[{\"doc\":\"001_e11ef74f634c93ef\",\"title\":\"Sex as "
                       "a Barometer of "
                       "Bonding\",\"section\":\"1. The Six-Second "
                       "Kiss\",\"passage\":1,\"text\":",
                       0),
            0u)
      << json;
  EXPECT_NE(json.find("\"snippet\":"), std::string::npos);
  EXPECT_NE(json.find("\"score\":"), std::string::npos);
  EXPECT_EQ(SearchResult{}.ToJson(), "[]");
}

}  // namespace
}  // namespace attune::corpus
