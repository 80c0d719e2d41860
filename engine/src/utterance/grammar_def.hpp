// Stage utterance (X3 grammar rules); use utterance::Parse (parse.hpp) instead.
#ifndef ATTUNE_UTTERANCE_GRAMMAR_DEF_HPP_
#define ATTUNE_UTTERANCE_GRAMMAR_DEF_HPP_

#include <boost/spirit/home/x3.hpp>

#include "text/utf8.hpp"
#include "utterance/ast.hpp"
#include "utterance/ast_adapted.hpp"
#include "utterance/grammar.hpp"

namespace attune::utterance {
namespace grammar {

namespace x3 = boost::spirit::x3;
using ast::LexemeKind;

// Matches one UTF-8 code point for which Class(cp) holds. An invalid byte
// decodes as U+FFFD, so the grammar needs no separate case for it.
template <bool (*Class)(char32_t)>
struct code_point_parser : x3::parser<code_point_parser<Class>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&,
             Attribute&) const {
    if (first == last) return false;
    char32_t cp;
    const size_t length = text::DecodeUtf8(first, last, &cp);
    if (!Class(cp)) return false;
    first += length;
    return true;
  }
};

// Spacing, stray controls and symbols that are neither letters nor emoji.
inline bool IsIgnorable(char32_t cp) {
  if (cp < 0x80) return cp != '\n' && (cp <= ' ' || cp == 0x7F);
  return !text::IsWordChar(cp) && !text::IsEmoji(cp);
}
inline bool IsZwj(char32_t cp) { return cp == 0x200D; }

code_point_parser<text::IsWordChar> const word_char{};
code_point_parser<text::IsEmoji> const emoji_char{};
code_point_parser<text::IsEmojiModifier> const emoji_modifier{};
code_point_parser<IsZwj> const zwj{};
code_point_parser<IsIgnorable> const ignorable_char{};

auto const letter = x3::char_('a', 'z');
auto const digit = x3::char_('0', '9');

// A hyphen inside a word separates its parts ("co-regulation" -> co,
// regulation).
auto const ignorable = ignorable_char | (x3::lit('-') >> &word_char);

// "a.r.e.", "e.g.", "i.e": one-letter parts joined by dots.
auto const single_letter = letter >> !word_char;
auto const dotted = single_letter >> +('.' >> single_letter) >> -x3::lit('.');
// Titles whose dot does not end a sentence; the dot is not part of the word.
auto const title = (x3::lit("mrs") | "mr" | "ms" | "dr" | "prof") >>
                   !word_char >> &x3::lit('.');
auto const number = +digit >> *(x3::char_(".,:") >> +digit) >> !word_char;
auto const word = word_char >> *(word_char | ('\'' >> &word_char));
auto const emoji = emoji_char >> *((zwj >> emoji_char) | emoji_modifier);

auto const question = *x3::char_(".!") >> '?' >> *x3::char_("?!.");
auto const ellipsis = x3::lit("..") >> *x3::char_(".!");
auto const exclaim = '!' >> *x3::char_("!.");

template <typename Subject>
auto Lex(LexemeKind kind, Subject const& subject) {
  return x3::attr(kind) >> x3::raw[subject];
}

x3::rule<struct lexeme_class, ast::Lexeme> const lexeme = "lexeme";
text_type const text = "text";

auto const lexeme_def =                                 //
    Lex(LexemeKind::kWord, dotted)                      //
    | (Lex(LexemeKind::kWord, title) >> x3::omit['.'])  //
    | Lex(LexemeKind::kNumber, number)                  //
    | Lex(LexemeKind::kWord, word)                      //
    | Lex(LexemeKind::kEmoji, emoji)                    //
    | Lex(LexemeKind::kQuestion, question)              //
    | Lex(LexemeKind::kEllipsis, ellipsis)              //
    | Lex(LexemeKind::kExclaim, exclaim)                //
    | Lex(LexemeKind::kStop, x3::lit('.'))              //
    | Lex(LexemeKind::kSemicolon, x3::lit(';'))         //
    | Lex(LexemeKind::kComma, x3::lit(','))             //
    | Lex(LexemeKind::kColon, x3::lit(':'))             //
    | Lex(LexemeKind::kNewline, x3::lit('\n'))          //
    | Lex(LexemeKind::kDash, +x3::lit('-'))             //
    | Lex(LexemeKind::kPunct, x3::ascii::punct);

auto const text_def = *ignorable >> *(lexeme >> *ignorable);

BOOST_SPIRIT_DEFINE(lexeme, text)

}  // namespace grammar

grammar::text_type const& TextGrammar() { return grammar::text; }

}  // namespace attune::utterance

#endif  // ATTUNE_UTTERANCE_GRAMMAR_DEF_HPP_
