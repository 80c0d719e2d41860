// Stage: rules language (dsl). The X3 rules of the .rules grammar
// (rules/README.md is the reference); use attune::RuleSet::Compile
// (ruleset.hpp) instead.
#ifndef ATTUNE_DSL_GRAMMAR_DEF_HPP_
#define ATTUNE_DSL_GRAMMAR_DEF_HPP_

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

#include "dsl/ast.hpp"
#include "dsl/ast_adapted.hpp"
#include "dsl/grammar.hpp"

namespace attune::dsl::parser {

namespace x3 = boost::spirit::x3;
using x3::attr;
using x3::lexeme;
using x3::lit;

// ---- helpers
// -------------------------------------------------------------------------------

// A character of a phrase word: ASCII letters and digits, '\'' and '-', and
// every byte of a multi-byte UTF-8 sequence (letters of any script;
// normalisation sorts the rest out).
struct word_char_parser : x3::parser<word_char_parser> {
  using attribute_type = char;
  static const bool has_attribute = true;

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context& context,
             RContext&, Attribute& attribute) const {
    x3::skip_over(first, last, context);
    if (first == last) return false;
    const unsigned char c = static_cast<unsigned char>(*first);
    const bool ok = c >= 0x80 || (c >= 'a' && c <= 'z') ||
                    (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '\'' || c == '-';
    if (!ok) return false;
    x3::traits::move_to(*first, attribute);
    ++first;
    return true;
  }
};
const word_char_parser word_char{};

const auto name_char = x3::ascii::char_("a-z0-9_");

// An anonymous rule whose name is what an expectation failure reports, e.g.
// `> as("';' after concept list", lit(';'))` fails with "expected ';' after
// concept list".
template <typename Attribute = x3::unused_type, typename Parser>
constexpr auto as(const char* what, const Parser& parser) {
  return x3::rule<struct as_class, Attribute>{what} = parser;
}

// A keyword: the word, not followed by another name character ("hash" is not
// "has").
inline auto kw(const char* word) { return lexeme[lit(word) >> !name_char]; }

// One of several keywords, as its text.
template <typename... Words>
auto one_of(Words... words) {
  return x3::rule<struct one_of_class, std::string>{"a keyword"} =
             lexeme[(x3::string(words) | ...) >> !name_char];
}

// A semantic action that stores the parsed attribute into one field of the
// rule's value.
template <auto Field>
constexpr auto set = [](auto& ctx) { x3::_val(ctx).*Field = x3::_attr(ctx); };

// X3 passes no attribute to on_success of a rule whose right side has a
// semantic action, so such a right side goes into an inner rule: the outer,
// annotated rule then sees the value.
template <typename Attribute, typename Parser>
constexpr auto body(const Parser& parser) {
  return x3::rule<struct body_class, Attribute>{"body"} = parser;
}

// ---- rule declarations
// ------------------------------------------------------------------- The
// classes of rules that produce positioned nodes derive from
// annotate_on_success.
struct name_text_class;
struct name_class : x3::annotate_on_success {};
struct concept_ref_class : x3::annotate_on_success {};
struct word_text_class;
struct word_class : x3::annotate_on_success {};
struct wildcard_class : x3::annotate_on_success {};
struct group_class : x3::annotate_on_success {};
struct optional_class : x3::annotate_on_success {};
struct item_class;
struct phrase_class : x3::annotate_on_success {};
struct alternatives_class;
struct quoted_class;
struct rewrite_class : x3::annotate_on_success {};
struct concept_class : x3::annotate_on_success {};
struct actor_class : x3::annotate_on_success {};
struct has_class : x3::annotate_on_success {};
struct has_tail_class;
struct all_of_class;
struct sequence_class;
struct gap_ref_class;
struct lacks_class : x3::annotate_on_success {};
struct context_class : x3::annotate_on_success {};
struct polarity_class : x3::annotate_on_success {};
struct question_class : x3::annotate_on_success {};
struct statement_cond_class : x3::annotate_on_success {};
struct scope_class : x3::annotate_on_success {};
struct slot_class : x3::annotate_on_success {};
struct crisis_class : x3::annotate_on_success {};
struct example_class : x3::annotate_on_success {};
struct intent_item_class;
struct intent_class : x3::annotate_on_success {};
struct target_class : x3::annotate_on_success {};
struct evidence_class : x3::annotate_on_success {};
struct when_class : x3::annotate_on_success {};
struct priority_class : x3::annotate_on_success {};
struct text_item_class : x3::annotate_on_success {};
struct query_part_class : x3::annotate_on_success {};
struct query_class : x3::annotate_on_success {};
struct respond_item_class;
struct respond_class : x3::annotate_on_success {};
struct statement_class;
struct file_class {};

const x3::rule<name_text_class, std::string> name_text = "a name";
const x3::rule<name_class, ast::Name> name = "a name";
const x3::rule<concept_ref_class, ast::ConceptRef> concept_ref =
    "a concept like ~name";
const x3::rule<word_text_class, std::string> word_text = "a word";
const x3::rule<word_class, ast::Word> word = "a word";
const x3::rule<wildcard_class, ast::Wildcard> wildcard = "'*'";
const x3::rule<group_class, ast::Group> group = "a group";
const x3::rule<optional_class, ast::Optional> optional = "optional words";
const x3::rule<item_class, ast::Item> item =
    "a word, ~concept, '*', '(' or '['";
const x3::rule<phrase_class, ast::Phrase> phrase = "a phrase";
const x3::rule<alternatives_class, std::vector<ast::Phrase>> alternatives =
    "a phrase";
const x3::rule<quoted_class, std::string> quoted = "a quoted text";
const x3::rule<rewrite_class, ast::Rewrite> rewrite = "a rewrite";
const x3::rule<concept_class, ast::Concept> concept_ = "a concept";
const x3::rule<actor_class, ast::ActorCond> actor = "actor";
const x3::rule<has_class, ast::Has> has = "has";
const x3::rule<has_tail_class, ast::HasTail> has_tail = "'&', '..' or ';'";
const x3::rule<all_of_class, ast::AllOf> all_of = "'&'";
const x3::rule<sequence_class, ast::Sequence> sequence = "'..'";
const x3::rule<gap_ref_class, ast::GapRef> gap_ref = "'..'";
const x3::rule<lacks_class, ast::Lacks> lacks = "lacks";
const x3::rule<context_class, ast::ContextCond> context_cond = "context";
const x3::rule<polarity_class, ast::PolarityCond> polarity = "polarity";
const x3::rule<question_class, ast::QuestionCond> question = "question";
const x3::rule<statement_cond_class, ast::StatementCond> statement_cond =
    "statement";
const x3::rule<scope_class, ast::ScopeCond> scope = "scope";
const x3::rule<slot_class, ast::SlotCond> slot = "slot";
const x3::rule<crisis_class, ast::CrisisCond> crisis = "crisis";
const x3::rule<example_class, ast::ExampleLine> example = "example";
const x3::rule<intent_item_class, ast::IntentItem> intent_item =
    "an intent condition";
const x3::rule<intent_class, ast::Intent> intent = "an intent";
const x3::rule<target_class, ast::Target> target = "a target";
const x3::rule<evidence_class, ast::Evidence> evidence = "evidence";
const x3::rule<when_class, ast::When> when = "when";
const x3::rule<priority_class, ast::Priority> priority = "priority";
const x3::rule<text_item_class, ast::TextItem> text_item = "reflect or ask";
const x3::rule<query_part_class, ast::QueryPart> query_part =
    "tags, terms or section";
const x3::rule<query_class, ast::Query> query = "explain or advise";
const x3::rule<respond_item_class, ast::RespondItem> respond_item =
    "a respond line";
const x3::rule<respond_class, ast::Respond> respond = "a respond plan";
const x3::rule<statement_class, ast::Statement> statement = "a statement";
const file_type file = "a rules file";

// ---- phrases
// -------------------------------------------------------------------------------
const auto name_text_def = lexeme[x3::ascii::char_("a-z_") >> *name_char];
const auto name_def = body<ast::Name>(name_text[set<&ast::Name::text>]);
const auto concept_ref_def = body<ast::ConceptRef>(
    lexeme[lit('~') > as<std::string>("a concept name after '~'", name_text)]
          [set<&ast::ConceptRef::name>]);
// A '.' inside or after a word keeps dotted abbreviations ("a.r.e.", "e.g.")
// whole, as the normaliser does for user text; a word never starts with one,
// so `..N` stays an operator.
const auto word_text_def = lexeme[word_char >> *(word_char | x3::char_('.'))];
const auto word_def = body<ast::Word>(word_text[set<&ast::Word::text>]);
const auto wildcard_def = x3::omit[lit('*')];
const auto group_def = body<ast::Group>(
    (lit('(') > alternatives >
     as("')' to close the group", lit(')')))[set<&ast::Group::alternatives>]);
const auto optional_def = body<ast::Optional>((
    lit('[') > alternatives > as("']' to close the optional words",
                                 lit(']')))[set<&ast::Optional::alternatives>]);
// A phrase runs until a token that cannot be a phrase item. Statement keywords
// are ordinary words ("he does not respond"), except where a new statement
// visibly begins: then a missing ';' is reported after the last phrase instead
// of somewhere inside the next statement.
const auto statement_start =
    (kw("concept") >> lit('~')) | (kw("intent") >> name_text >> lit('{')) |
    (kw("respond") >> name_text >> lit('{')) |
    (kw("evidence") >> name_text >> (lit("->") | lit('&'))) |
    (kw("rewrite") >> word_text >> lit("=>"));
const auto item_def =
    (!statement_start >> word) | concept_ref | wildcard | group | optional;
const auto phrase_def = body<ast::Phrase>((+item)[set<&ast::Phrase::items>]);
const auto alternatives_def = phrase >>
                              *(lit('|') >
                                as<ast::Phrase>("a phrase after '|'", phrase));
const auto escape = lit('\\') > as<char>("'\\\"' or '\\\\' after '\\'",
                                         x3::standard::char_("\"\\"));
const auto quoted_def =
    lexeme[lit('"') > *(escape | (x3::standard::char_ - '"' - '\\' - x3::eol)) >
           as("'\"' to close the text", lit('"'))];

// ---- statements
// ----------------------------------------------------------------------------
const auto rewrite_def =
    kw("rewrite") > as<ast::Word>("a word after 'rewrite'", word) >
    as("'=>' after the word",
       lit("=>")) > as<std::vector<ast::Word>>("a word after '=>'", +word) >
    as("';' after the rewrite", lit(';'));
const auto concept__def =
    kw("concept") >
    as<ast::ConceptRef>("a concept name like ~partner after 'concept'",
                        concept_ref) >
    as("'=' after the concept name",
       lit('=')) > as<std::vector<ast::Phrase>>("a phrase after '='",
                                                alternatives) >
    as("';' after concept list", lit(';'));

// ---- intent conditions
// ---------------------------------------------------------------------
const auto actor_def = body<ast::ActorCond>(
    (kw("actor") >
     as<std::string>("self, partner, both, other or any after 'actor'",
                     one_of("self", "partner", "both", "other", "any")) >
     as("';' after the actor", lit(';')))[set<&ast::ActorCond::who>]);
const auto has_def = kw("has") >
                     as<ast::ConceptRef>("a concept like ~name after 'has'",
                                         concept_ref) > has_tail
                     > as("';' after the concepts of 'has'", lit(';'));
const auto has_tail_def = all_of | sequence;
const auto all_of_def = body<ast::AllOf>(
    (+(lit('&') > as<ast::ConceptRef>("a concept after '&'",
                                      concept_ref)))[set<&ast::AllOf::refs>]);
const auto sequence_def =
    body<ast::Sequence>((*gap_ref)[set<&ast::Sequence::rest>]);
const auto gap_ref_def =
    lit("..") >
    as<unsigned>("a number of words after '..'",
                 x3::uint_) > as<ast::ConceptRef>("a concept after the gap",
                                                  concept_ref);
const auto lacks_def = body<ast::Lacks>(
    (kw("lacks") > as<ast::ConceptRef>("a concept after 'lacks'", concept_ref) >
     as("';' after the concept", lit(';')))[set<&ast::Lacks::ref>]);
const auto context_cond_def =
    kw("context") >
    as<std::string>("after, during, before or when after 'context'",
                    one_of("after", "during", "before", "when")) >
    as<ast::ConceptRef>("a concept after the context marker", concept_ref) >
    as("';' after the context", lit(';'));
const auto polarity_def = body<ast::PolarityCond>(as<std::string>(
    "polarity",
    (one_of("affirmed", "negated") > as("';' after the polarity", lit(';'))) |
        (kw("polarity") >
         as<std::string>("any, affirmed or negated after 'polarity'",
                         one_of("any", "affirmed", "negated")) >
         as("';' after the polarity",
            lit(';'))))[set<&ast::PolarityCond::value>]);
const auto question_def = body<ast::QuestionCond>(
    (kw("question") >
     as<std::string>("what, why, how, which, yesno or any after 'question'",
                     one_of("what", "why", "how", "which", "yesno", "any")) >
     as("';' after the question kind",
        lit(';')))[set<&ast::QuestionCond::kind>]);
const auto statement_cond_def =
    x3::omit[kw("statement") > as("';' after 'statement'", lit(';'))];
const auto scope_def = body<ast::ScopeCond>(
    (kw("scope") > as<std::string>("sentence or clause after 'scope'",
                                   one_of("sentence", "clause")) >
     as("';' after the scope", lit(';')))[set<&ast::ScopeCond::scope>]);
const auto slot_def = kw("slot") >
                      as<ast::Name>("a slot name after 'slot'", name) >
                      as("'=' after the slot name",
                         lit('=')) > as<ast::ConceptRef>("a concept after '='",
                                                         concept_ref) >
                      as("';' after the slot", lit(';'));
const auto crisis_def = body<ast::CrisisCond>(
    (kw("crisis") > as<ast::Name>("a crisis kind after 'crisis'", name) >
     as("';' after the crisis kind", lit(';')))[set<&ast::CrisisCond::kind>]);
const auto example_def = ((kw("example") >> attr(false)) |
                          (kw("counter") >> attr(true))) >
                         as<std::string>("a quoted text", quoted) >
                         as("';' after the text", lit(';'));
const auto intent_item_def = actor | has | lacks | context_cond | polarity |
                             question | statement_cond | scope | slot | crisis |
                             example;
const auto intent_def = kw("intent") >
                        as<ast::Name>("an intent name after 'intent'", name) >
                        as("'{' after the intent name", lit('{')) > *intent_item
                        > as("an intent condition or '}'", lit('}'));

// ---- evidence
// ------------------------------------------------------------------------------
const auto target_def =
    as<std::string>("self, partner, actor or dyad",
                    one_of("self", "partner", "actor", "dyad")) >
    as<ast::Name>("a pattern or dyad name",
                  name) > as<double>("a weight between 0 and 1", x3::double_);
const auto intent_names =
    x3::rule<struct intent_names_class, std::vector<ast::Name>>{
        "an intent name after 'evidence'"} =
        as<ast::Name>("an intent name after 'evidence'", name) >>
        *(lit('&') > as<ast::Name>("an intent name after '&'", name));
const auto targets =
    x3::rule<struct targets_class, std::vector<ast::Target>>{
        "a target (self, partner, actor or dyad) after '->'"} =
        as<ast::Target>("a target (self, partner, actor or dyad) after '->'",
                        target) >>
        *(lit(',') > as<ast::Target>("a target after ','", target));
const auto evidence_def = kw("evidence") > intent_names >
                          as("'&' or '->' after the intent name",
                             lit("->")) > targets
                          > as("';' after the evidence targets", lit(';'));

// ---- respond
// -------------------------------------------------------------------------------
const auto when_def = kw("when") >
                      as<std::string>("intent, pattern or dyad after 'when'",
                                      one_of("intent", "pattern", "dyad")) >
                      as<std::vector<ast::Name>>("a name after the 'when' kind",
                                                 +name) >
                      as("';' after the condition", lit(';'));
const auto priority_def = body<ast::Priority>(
    (kw("priority") > as<int>("a number after 'priority'", x3::int_) >
     as("';' after the priority", lit(';')))[set<&ast::Priority::value>]);
const auto text_item_def = one_of("reflect", "ask") >
                           as<std::string>("a quoted text", quoted) >
                           as("';' after the text", lit(';'));
const auto tag_word = x3::rule<struct tag_word_class, std::string>{"a tag"} =
    !(kw("terms") | kw("section")) >> lexeme[+x3::ascii::char_("a-z0-9_-")];
const auto query_part_def =
    (one_of("tags") >
     as<std::vector<std::string>>("a tag after 'tags'", +tag_word) >
     attr(std::string())) |
    (one_of("terms", "section") > attr(std::vector<std::string>()) >
     as<std::string>("a quoted text", quoted));
const auto query_def = one_of("explain", "advise") >
                       as<std::vector<ast::QueryPart>>("tags, terms or section",
                                                       +query_part) >
                       as("';' after the query", lit(';'));
const auto respond_item_def = when | priority | text_item | query;
const auto respond_def =
    kw("respond") > as<ast::Name>("a plan name after 'respond'", name) >
    as("'{' after the plan name", lit('{')) > *respond_item >
    as("when, priority, reflect, explain, advise, ask or '}'", lit('}'));

// ---- file
// ----------------------------------------------------------------------------------
const auto statement_def = rewrite | concept_ | intent | evidence | respond;
const auto file_def =
    (*statement >
     as("a statement (concept, rewrite, intent, evidence or respond)",
        x3::eoi))[set<&ast::File::statements>];

BOOST_SPIRIT_DEFINE(name_text, name, concept_ref, word_text, word, wildcard,
                    group, optional, item, phrase, alternatives, quoted,
                    rewrite, concept_, actor, has, has_tail, all_of, sequence,
                    gap_ref, lacks, context_cond, polarity, question,
                    statement_cond, scope, slot, crisis, example, intent_item,
                    intent, target, evidence, when, priority, text_item,
                    query_part, query, respond_item, respond, statement, file);

}  // namespace attune::dsl::parser

#endif  // ATTUNE_DSL_GRAMMAR_DEF_HPP_
