#include <gtest/gtest.h>

#include <string>

#include "utterance/parse.hpp"

namespace {

using attune::text::Rewrites;
using attune::text::Stemmer;
using attune::utterance::Parse;
using attune::utterance::QuestionKind;
using attune::utterance::TokenKind;
using attune::utterance::Utterance;

// "[joiner] words | [joiner] words // next sentence": the whole structure in
// one string.
std::string Show(const Utterance& u) {
  std::string out;
  for (const auto& s : u.sentences) {
    if (!out.empty()) out += " // ";
    for (uint32_t c = s.first_clause; c < s.last_clause; ++c) {
      const auto& clause = u.clauses[c];
      if (c > s.first_clause) out += " | ";
      out +=
          "[" + std::string(attune::utterance::JoinerName(clause.joiner)) + "]";
      for (uint32_t t = clause.first; t < clause.last; ++t)
        out += " " + u.tokens[t].word;
    }
  }
  return out;
}

std::string Clauses(std::string_view raw) {
  Stemmer stemmer;
  return Show(Parse(raw, Rewrites(), stemmer));
}

QuestionKind Question(std::string_view raw) {
  Stemmer stemmer;
  Utterance u = Parse(raw, Rewrites(), stemmer);
  return u.sentences.empty() ? QuestionKind::kNone : u.sentences[0].question;
}

TEST(UtteranceParse, SplitsClausesAtJoiners) {
  EXPECT_EQ(Clauses("I panic when he goes quiet"),
            "[none] i panic | [when] when he goes quiet");
  EXPECT_EQ(Clauses("after sex my husband rolls over and goes to sleep"),
            "[after] after sex my husband rolls over and goes to sleep");
  EXPECT_EQ(
      Clauses(
          "he wants to cuddle and talk for hours after sex and i need space"),
      "[none] he wants to cuddle and talk for hours after sex | [and] and i "
      "need space");
  EXPECT_EQ(
      Clauses("one minute i want her to hold me and the next i need her gone"),
      "[none] one minute i want her to hold me | [and] and the next i need her "
      "gone");
  EXPECT_EQ(Clauses("I cry, but then we make up"),
            "[none] i cry | [but] but then we make up");
  EXPECT_EQ(Clauses("he leaves and then i cry"),
            "[none] he leaves | [and then] and then i cry");
  EXPECT_EQ(Clauses("i feel safe because she listens"),
            "[none] i feel safe | [because] because she listens");
  EXPECT_EQ(Clauses("i cry after he leaves"),
            "[none] i cry | [after] after he leaves");
  EXPECT_EQ(Clauses("i feel empty after sex"), "[none] i feel empty after sex");
  EXPECT_EQ(Clauses("i was so tired so i left"),
            "[none] i was so tired | [so] so i left");
  EXPECT_EQ(Clauses("i panic and when he goes quiet i cry"),
            "[none] i panic | [when] and when he goes quiet | [subject] i cry");
}

TEST(UtteranceParse, SplitsBeforeANewSubject) {
  EXPECT_EQ(Clauses("when she gets clingy i feel suffocated"),
            "[when] when she gets clingy | [subject] i feel suffocated");
  EXPECT_EQ(Clauses("i feel like i leave my body"),
            "[none] i feel like | [subject] i leave my body");
  EXPECT_EQ(Clauses("If my wife falls asleep right after sex I feel completely "
                    "abandoned."),
            "[if] if my wife falls asleep right after sex | [subject] i feel "
            "completely abandoned");
}

TEST(UtteranceParse, KeepsOneSubjectsVerbsTogether) {
  EXPECT_EQ(Clauses("i panic and want to run"),
            "[none] i panic and want to run");
  EXPECT_EQ(Clauses("he and i argue"), "[none] he and i argue");
  EXPECT_EQ(Clauses("what should i do"), "[none] what should i do");
  EXPECT_EQ(Clauses("what if he leaves"), "[none] what if he leaves");
}

TEST(UtteranceParse, SplitsSentences) {
  EXPECT_EQ(Clauses("He left. I cried! Why? ok;fine\nbye"),
            "[none] he left // [none] i cried // [none] why // [none] ok // "
            "[none] fine // "
            "[none] bye");
  EXPECT_EQ(Clauses("so... he left"), "[so] so // [none] he left");
  EXPECT_EQ(Clauses("I read about A.R.E. in the book"),
            "[none] i read about a.r.e. in the book");
  EXPECT_EQ(Clauses("e.g. hugs, i.e. touch"),
            "[none] e.g. hugs | [comma] i.e. touch");
  EXPECT_EQ(Clauses("3.5 hours, Dr. Sue Johnson"),
            "[none] 3.5 hours | [comma] dr sue johnson");
  EXPECT_EQ(Clauses("he's distant - again"),
            "[none] he is distant | [comma] again");
}

TEST(UtteranceParse, QuestionKinds) {
  EXPECT_EQ(Question("what is oxytocin?"), QuestionKind::kWhat);
  EXPECT_EQ(Question("What's EFT"), QuestionKind::kWhat);
  EXPECT_EQ(
      Question(
          "how do i bring up our sex life without it turning into a fight?"),
      QuestionKind::kHow);
  EXPECT_EQ(Question("why does he pull away"), QuestionKind::kWhy);
  EXPECT_EQ(Question("which style am i"), QuestionKind::kWhich);
  EXPECT_EQ(Question("so what should i do"), QuestionKind::kWhat);
  EXPECT_EQ(Question("do i have anxious attachment"), QuestionKind::kYesNo);
  EXPECT_EQ(Question("is it normal to feel numb after sex?"),
            QuestionKind::kYesNo);
  EXPECT_EQ(Question("he still loves me?"), QuestionKind::kOther);
  EXPECT_EQ(Question("when does oxytocin rise"), QuestionKind::kOther);
  EXPECT_EQ(Question("when she gets clingy i feel suffocated"),
            QuestionKind::kNone);
  EXPECT_EQ(Question("what i need is space"), QuestionKind::kNone);
  EXPECT_EQ(Question("do not leave me"), QuestionKind::kNone);
  EXPECT_EQ(Question("i feel abandoned"), QuestionKind::kNone);
}

TEST(UtteranceParse, QuestionKindIsPerSentence) {
  Stemmer stemmer;
  Utterance u =
      Parse("I feel alone. What is co-regulation?", Rewrites(), stemmer);
  ASSERT_EQ(u.sentences.size(), 2u);
  EXPECT_EQ(u.sentences[0].question, QuestionKind::kNone);
  EXPECT_EQ(u.sentences[1].question, QuestionKind::kWhat);
  EXPECT_EQ(u.clauses[u.sentences[1].first_clause].sentence, 1);
}

TEST(UtteranceParse, TokensHaveOffsetsStemsAndKinds) {
  Stemmer stemmer;
  Utterance u = Parse("He PULLS away 😢 (again) at 2:30", Rewrites(), stemmer);
  EXPECT_EQ(u.normalized, "he pulls away 😢 (again) at 2:30");
  ASSERT_EQ(u.tokens.size(), 9u);
  for (const auto& t : u.tokens) {
    EXPECT_EQ(u.normalized.substr(t.begin, t.end - t.begin), t.word);
  }
  EXPECT_EQ(u.tokens[1].word, "pulls");
  EXPECT_EQ(u.tokens[1].stem, "pull");
  EXPECT_EQ(u.tokens[3].kind, TokenKind::kEmoji);
  EXPECT_EQ(u.tokens[4].kind, TokenKind::kPunct);
  EXPECT_EQ(u.tokens[5].word, "again");
  EXPECT_EQ(u.tokens[8].word, "2:30");
  EXPECT_EQ(u.tokens[8].kind, TokenKind::kNumber);
  EXPECT_EQ(u.tokens[8].stem, "2:30");
}

TEST(UtteranceParse, HyphenatedWordsSplitIntoParts) {
  Stemmer stemmer;
  Utterance u = Parse("pursue-withdraw co-regulation", Rewrites(), stemmer);
  ASSERT_EQ(u.tokens.size(), 4u);
  EXPECT_EQ(u.tokens[0].word, "pursue");
  EXPECT_EQ(u.tokens[1].word, "withdraw");
  EXPECT_EQ(u.tokens[3].word, "regulation");
}

TEST(UtteranceParse, RewritesReachTheTokens) {
  Stemmer stemmer;
  Utterance u =
      Parse("my hubby is distnt", Rewrites{{"distnt", "distant"}}, stemmer);
  EXPECT_EQ(Show(u), "[none] my hubby is distant");
}

// A few statements in the style of the evaluation set; every one must give
// clauses.
TEST(UtteranceParse, RepresentativeStatements) {
  const char* statements[] = {
      "When he doesn't text back for a few hours I start panicking that he's "
      "losing interest.",
      "After we have sex I need her to hold me and tell me everything is okay.",
      "I keep asking my boyfriend if he still loves me.",
      "I initiate sex mostly when I feel insecure about us.",
      "If my wife falls asleep right after sex I feel completely abandoned.",
  };
  Stemmer stemmer;
  for (const char* s : statements) {
    Utterance u = Parse(s, Rewrites(), stemmer);
    EXPECT_EQ(u.sentences.size(), 1u) << s;
    EXPECT_GE(u.clauses.size(), 2u) << s;
  }
  EXPECT_EQ(Clauses(statements[0]),
            "[when] when he does not text back for a few hours | [subject] i "
            "start panicking | "
            "[subject] that he is losing interest");
  EXPECT_EQ(Clauses(statements[2]),
            "[none] i keep asking my boyfriend | [if] if he still loves me");
}

}  // namespace
