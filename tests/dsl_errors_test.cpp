// Syntax errors read like ninja's: FILE:LINE:COL: message, the line, a caret.
// Whole strings.
#include <gtest/gtest.h>

#include "dsl/load.hpp"

namespace attune::dsl {
namespace {

std::string ErrorOf(const std::string& text) {
  ast::File file;
  Status s = ParseFile({"rules/t.rules", text}, &file);
  EXPECT_EQ(s.code(), Status::Code::kParseError);
  return s.message();
}

TEST(DslErrors, MissingSemicolonIsReportedAfterTheList) {
  EXPECT_EQ(ErrorOf("concept ~partner = wife | husband\nconcept ~x = y ;"),
            "rules/t.rules:1:34: expected ';' after concept list\n"
            "concept ~partner = wife | husband\n"
            "                                 ^");
}

TEST(DslErrors, MissingSemicolonAtEndOfFile) {
  EXPECT_EQ(ErrorOf("concept ~a = b c"),
            "rules/t.rules:1:17: expected ';' after concept list\n"
            "concept ~a = b c\n"
            "                ^");
}

TEST(DslErrors, ConceptNameNeedsTilde) {
  EXPECT_EQ(ErrorOf("# partners\nconcept partner = wife ;"),
            "rules/t.rules:2:9: expected a concept name like ~partner after "
            "'concept'\n"
            "concept partner = wife ;\n"
            "        ^");
}

TEST(DslErrors, EmptyAlternative) {
  EXPECT_EQ(ErrorOf("concept ~a = b | | c ;"),
            "rules/t.rules:1:18: expected a phrase after '|'\n"
            "concept ~a = b | | c ;\n"
            "                 ^");
}

TEST(DslErrors, UnclosedGroup) {
  EXPECT_EQ(ErrorOf("concept ~a = check (his | her phone ;"),
            "rules/t.rules:1:37: expected ')' to close the group\n"
            "concept ~a = check (his | her phone ;\n"
            "                                    ^");
}

TEST(DslErrors, UnclosedOptional) {
  EXPECT_EQ(ErrorOf("concept ~a = [go to asleep ;"),
            "rules/t.rules:1:28: expected ']' to close the optional words\n"
            "concept ~a = [go to asleep ;\n"
            "                           ^");
}

TEST(DslErrors, UnknownIntentCondition) {
  EXPECT_EQ(ErrorOf("intent x {\n  has ~a ;\n  actr partner ;\n}"),
            "rules/t.rules:3:3: expected an intent condition or '}'\n"
            "  actr partner ;\n"
            "  ^");
}

TEST(DslErrors, BadActor) {
  EXPECT_EQ(ErrorOf("intent x {\n\tactor wife ;\n}"),
            "rules/t.rules:2:8: expected self, partner, both, other or any "
            "after 'actor'\n"
            "\tactor wife ;\n"
            "\t      ^");
}

TEST(DslErrors, GapNeedsNumber) {
  EXPECT_EQ(ErrorOf("intent x { has ~a .. ~b ; }"),
            "rules/t.rules:1:22: expected a number of words after '..'\n"
            "intent x { has ~a .. ~b ; }\n"
            "                     ^");
}

TEST(DslErrors, UnterminatedString) {
  EXPECT_EQ(ErrorOf("intent x {\n  example \"he never\n  calls\" ;\n}"),
            "rules/t.rules:2:20: expected '\"' to close the text\n"
            "  example \"he never\n"
            "                   ^");
}

TEST(DslErrors, EvidenceArrow) {
  EXPECT_EQ(ErrorOf("evidence a, b -> self anxious 0.5 ;"),
            "rules/t.rules:1:11: expected '&' or '->' after the intent name\n"
            "evidence a, b -> self anxious 0.5 ;\n"
            "          ^");
}

TEST(DslErrors, EvidenceWeight) {
  EXPECT_EQ(ErrorOf("evidence a -> self anxious high ;"),
            "rules/t.rules:1:28: expected a weight between 0 and 1\n"
            "evidence a -> self anxious high ;\n"
            "                           ^");
}

TEST(DslErrors, UnknownStatement) {
  EXPECT_EQ(ErrorOf("concept ~a = b ;\nconcep ~c = d ;"),
            "rules/t.rules:2:1: expected a statement (concept, rewrite, "
            "intent, evidence or respond)\n"
            "concep ~c = d ;\n"
            "^");
}

TEST(DslErrors, QueryNeedsParts) {
  EXPECT_EQ(ErrorOf("respond p {\n  explain ;\n}"),
            "rules/t.rules:2:11: expected tags, terms or section\n"
            "  explain ;\n"
            "          ^");
}

TEST(DslErrors, ColumnsCountCharactersNotBytes) {
  EXPECT_EQ(ErrorOf("concept ~a = fiancée ? ;"),
            "rules/t.rules:1:22: expected ';' after concept list\n"
            "concept ~a = fiancée ? ;\n"
            "                     ^");
}

}  // namespace
}  // namespace attune::dsl
