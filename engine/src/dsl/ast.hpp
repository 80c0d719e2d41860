// Stage: rules language (dsl). The syntax tree of a .rules file; use
// attune::RuleSet::Compile (ruleset.hpp) instead of walking it directly.
#ifndef ATTUNE_DSL_AST_HPP_
#define ATTUNE_DSL_AST_HPP_

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <optional>
#include <string>
#include <vector>

namespace attune::dsl::ast {

namespace x3 = boost::spirit::x3;

// Every node that a semantic error can point at derives from position_tagged;
// the loader's position table maps it back to file offsets.
struct Name : x3::position_tagged {
  std::string text;
};

// ---- phrases
// -------------------------------------------------------------------------------
struct Word : x3::position_tagged {
  std::string text;
};
struct ConceptRef : x3::position_tagged {
  std::string name;  // without the '~'
};
struct Wildcard : x3::position_tagged {
  char star = '*';
};
struct Group;
struct Optional;

struct Item : x3::variant<Word, ConceptRef, Wildcard, x3::forward_ast<Group>,
                          x3::forward_ast<Optional>> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Phrase : x3::position_tagged {
  std::vector<Item> items;
};
struct Group : x3::position_tagged {  // ( a | b c )
  std::vector<Phrase> alternatives;
};
struct Optional : x3::position_tagged {  // [ a | b c ]
  std::vector<Phrase> alternatives;
};

// ---- statements
// ----------------------------------------------------------------------------
struct Rewrite : x3::position_tagged {
  Word from;
  std::vector<Word> to;
};

struct Concept : x3::position_tagged {
  ConceptRef name;
  std::vector<Phrase> phrases;
};

// has ~a ; has ~a ..3 ~b ..1 ~c ; has ~a & ~b
struct GapRef {
  unsigned gap = 0;
  ConceptRef ref;
};
struct AllOf {
  std::vector<ConceptRef> refs;  // after the first, each preceded by '&'
};
struct Sequence {
  std::vector<GapRef> rest;  // after the first, each preceded by '..N'
};
struct HasTail : x3::variant<AllOf, Sequence> {
  using base_type::base_type;
  using base_type::operator=;
};
struct Has : x3::position_tagged {
  ConceptRef first;
  HasTail tail;
};

struct ActorCond : x3::position_tagged {
  std::string who;  // self | partner | both | other | any
};
struct Lacks : x3::position_tagged {
  ConceptRef ref;
};
struct ContextCond : x3::position_tagged {
  std::string marker;  // after | during | before | when
  ConceptRef ref;
};
struct PolarityCond : x3::position_tagged {
  std::string value;  // "affirmed", "negated" or "any"
};
struct QuestionCond : x3::position_tagged {
  std::string kind;  // what | why | how | which | yesno | any
};
struct StatementCond : x3::position_tagged {
  char unused = 0;
};
struct ScopeCond : x3::position_tagged {
  std::string scope;  // sentence | clause
};
struct SlotCond : x3::position_tagged {
  Name name;
  ConceptRef ref;
};
struct CrisisCond : x3::position_tagged {
  Name kind;
};
struct ExampleLine : x3::position_tagged {
  bool counter = false;
  std::string text;
};

struct IntentItem : x3::variant<ActorCond, Has, Lacks, ContextCond,
                                PolarityCond, QuestionCond, StatementCond,
                                ScopeCond, SlotCond, CrisisCond, ExampleLine> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Intent : x3::position_tagged {
  Name name;
  std::vector<IntentItem> items;
};

// evidence a & b -> self anxious 0.3, dyad pursue_withdraw 0.8 ;
struct Target : x3::position_tagged {
  std::string who;  // self | partner | actor | dyad
  Name pattern;     // a pattern, or the dyad's name
  double weight = 0;
};
struct Evidence : x3::position_tagged {
  std::vector<Name> intents;
  std::vector<Target> targets;
};

// ---- respond
// -------------------------------------------------------------------------------
struct When : x3::position_tagged {
  std::string kind;        // intent | pattern | dyad
  std::vector<Name> args;  // intent NAME | pattern self PATTERN | dyad NAME
};
struct Priority : x3::position_tagged {
  int value = 0;
};
struct TextItem : x3::position_tagged {
  std::string keyword;  // "reflect" or "ask"
  std::string text;
};
struct QueryPart : x3::position_tagged {
  std::string keyword;            // "tags", "terms" or "section"
  std::vector<std::string> tags;  // for tags
  std::string text;               // for terms and section
};
struct Query : x3::position_tagged {
  std::string keyword;  // "explain" or "advise"
  std::vector<QueryPart> parts;
};
struct RespondItem : x3::variant<When, Priority, TextItem, Query> {
  using base_type::base_type;
  using base_type::operator=;
};
struct Respond : x3::position_tagged {
  Name name;
  std::vector<RespondItem> items;
};

struct Statement : x3::variant<Rewrite, Concept, Intent, Evidence, Respond> {
  using base_type::base_type;
  using base_type::operator=;
};

struct File {
  std::vector<Statement> statements;
};

}  // namespace attune::dsl::ast

#endif  // ATTUNE_DSL_AST_HPP_
