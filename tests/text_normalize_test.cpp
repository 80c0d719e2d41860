#include <gtest/gtest.h>

#include <string>

#include "text/normalize.hpp"
#include "text/stemmer.hpp"
#include "text/utf8.hpp"

namespace {

using attune::text::Normalize;
using attune::text::Rewrites;

std::string N(std::string_view raw) { return Normalize(raw, Rewrites()); }

bool IsValidUtf8(const std::string& s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    char32_t cp;
    size_t n = attune::text::DecodeUtf8(p, end, &cp);
    if (cp == attune::text::kReplacement &&
        std::string_view(p, n) != "\xEF\xBF\xBD")
      return false;
    p += n;
  }
  return true;
}

struct Case {
  const char* raw;
  const char* normalized;
};

void ExpectTable(const Case* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    EXPECT_EQ(N(cases[i].raw), cases[i].normalized)
        << "input: " << cases[i].raw;
  }
}

TEST(Normalize, Contractions) {
  const Case cases[] = {
      {"I don't know", "i do not know"},
      {"can't won't ain't", "can not will not is not"},
      {"I'm scared", "i am scared"},
      {"he's gone, she's home, it's late",
       "he is gone, she is home, it is late"},
      {"she'd leave", "she would leave"},
      {"they're, we've, I'll, you'd", "they are, we have, i will, you would"},
      {"isn't wasn't shouldn't doesn't didn't",
       "is not was not should not does not did not"},
      {"what's EFT? who's that", "what is eft? who is that"},
      {"my husband's phone", "my husband phone"},
      {"let's talk", "let us talk"},
      {"o'clock", "o'clock"},
      {"'quoted' words", "'quoted' words"},
  };
  ExpectTable(cases, std::size(cases));
}

TEST(Normalize, TextingForms) {
  const Case cases[] = {
      {"idk if u r my bf", "i do not know if you are my boyfriend"},
      {"ur gf rn tbh", "your girlfriend right now to be honest"},
      {"cuz bc b/c", "because because because"},
      {"pls come w/ me, w/o him", "please come with me, without him"},
      {"smth ppl thx", "something people thanks"},
      {"im sad dont go cant sleep wont stop ive tried",
       "i am sad do not go can not sleep will not stop i have tried"},
      {"w/him", "with him"},
      {"him/her", "him/her"},
      {"U R", "you are"},
  };
  ExpectTable(cases, std::size(cases));
}

TEST(Normalize, StretchedLetters) {
  const Case cases[] = {
      {"soooo tired", "so tired"},
      {"pleeease", "please"},
      {"feeeel neeeed sleeeep", "feel need sleep"},
      {"feel need sleep cuddle", "feel need sleep cuddle"},
      {"I loooove him", "i love him"},
      {"sooooorryyyy", "sorry"},
      {"feeeelings", "feelings"},
      {"dontttt", "do not"},
      {"uuuu", "you"},
      {"1000000", "1000000"},
  };
  ExpectTable(cases, std::size(cases));
}

TEST(Normalize, QuotesDashesAndWidth) {
  const Case cases[] = {
      {"don\u2019t \u201Cspace\u201D", "do not \"space\""},
      {"he\u2014again\u2013left", "he-again-left"},
      {"wait\u2026", "wait..."},
      {"\uFF28\uFF25\uFF2C\uFF2C\uFF2F\uFF01", "hello!"},
      {"a\u00A0b\u3000c", "a b c"},
  };
  ExpectTable(cases, std::size(cases));
}

TEST(Normalize, UnicodeLowerCase) {
  const Case cases[] = {
      {"ПРИВЕТ Ёж", "привет ёж"},
      {"ΣΟΦΙΑ Άλφα", "σοφια άλφα"},
      {"ÉCOLE ÇA Ÿ Œuvre Łódź", "école ça ÿ œuvre łódź"},
      {"İstanbul", "istanbul"},
  };
  ExpectTable(cases, std::size(cases));
}

TEST(Normalize, ControlsEscapesAndInvalidBytes) {
  EXPECT_EQ(N(std::string("a\0b", 3)), "ab");
  EXPECT_EQ(N("\x1b[31mred\x1b[0m text"), "red text");
  EXPECT_EQ(N("\x1b]0;window title\x07hello"), "hello");
  EXPECT_EQ(N("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\"), "link");
  EXPECT_EQ(N("bad \xff\xfe bytes"), "bad \uFFFD\uFFFD bytes");
  EXPECT_EQ(N("trunc \xe2\x80"), "trunc \uFFFD\uFFFD");
  EXPECT_EQ(N("over\xc0\xaflong"), "over\uFFFD\uFFFDlong");
  EXPECT_EQ(N("tab\there\r\nnext\r\rline  "), "tab here\nnext\nline");
  EXPECT_EQ(N("zero\u200Bwidth\u00ADsoft"), "zerowidthsoft");
}

TEST(Normalize, EmojiStayOutOfWords) {
  EXPECT_EQ(N("sad\U0001F622me"), "sad \U0001F622 me");
  EXPECT_EQ(N("love \u2764\uFE0F"), "love \u2764\uFE0F");
  EXPECT_EQ(N("\U0001F469\u200D\u2764\uFE0F\u200D\U0001F468ok"),
            "\U0001F469\u200D\u2764\uFE0F\u200D\U0001F468 ok");
}

TEST(Normalize, RightToLeftText) {
  EXPECT_EQ(N("\u202B\u05E9\u05DC\u05D5\u05DD\u202C \u200Fok"),
            "\u05E9\u05DC\u05D5\u05DD ok");
  EXPECT_EQ(N("\u0645\u0631\u062D\u0628\u0627"),
            "\u0645\u0631\u062D\u0628\u0627");
}

TEST(Normalize, RewritesComeFirst) {
  Rewrites rewrites{{"husbnd", "husband"}, {"u", "you guys"}};
  EXPECT_EQ(Normalize("my husbnd's phone, u", rewrites),
            "my husband phone, you guys");
}

TEST(Normalize, AbbreviationsAreNotTextingForms) {
  EXPECT_EQ(N("A.R.E. and e.g. and U.S."), "a.r.e. and e.g. and u.s.");
}

TEST(Normalize, OutputIsAlwaysValidUtf8) {
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  for (int i = 255; i >= 0; --i) all.push_back(static_cast<char>(i));
  EXPECT_TRUE(IsValidUtf8(N(all)));
  EXPECT_TRUE(IsValidUtf8(N("\xf4\x90\x80\x80 \xed\xa0\x80 \xf0\x9f\x98")));
}

TEST(Stemmer, StemsEnglishWordForms) {
  attune::text::Stemmer stemmer;
  EXPECT_EQ(stemmer.Stem("pulls"), "pull");
  EXPECT_EQ(stemmer.Stem("pulling"), "pull");
  EXPECT_EQ(stemmer.Stem("pulled"), "pull");
  EXPECT_EQ(stemmer.Stem("abandoned"), stemmer.Stem("abandon"));
  EXPECT_EQ(stemmer.Stem(""), "");
  attune::text::Stemmer moved(std::move(stemmer));
  EXPECT_EQ(moved.Stem("feelings"), "feel");
}

}  // namespace
