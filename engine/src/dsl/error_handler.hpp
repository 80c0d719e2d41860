// Stage: rules language (dsl). Records where each syntax-tree node came from,
// so compile errors can point into the file; use attune::RuleSet::Compile
// (ruleset.hpp) instead.
#ifndef ATTUNE_DSL_ERROR_HANDLER_HPP_
#define ATTUNE_DSL_ERROR_HANDLER_HPP_

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <string>
#include <type_traits>

namespace attune::dsl {

// Lives in the parse context under x3::error_handler_tag, where
// x3::annotate_on_success looks for it. Instead of X3's table of iterators it
// writes byte offsets straight into the node's id_first / id_last, so the tree
// stays meaningful after the parse without the table. Syntax errors are not
// handled here: they propagate as x3::expectation_failure to load.cpp.
template <typename Iterator>
class PositionTagger {
 public:
  explicit PositionTagger(Iterator begin) : begin_(begin) {}

  template <typename Node>
  void tag(Node& node, Iterator first, Iterator last) const {
    if constexpr (std::is_base_of_v<boost::spirit::x3::position_tagged, Node>) {
      node.id_first = static_cast<int>(first - begin_);
      node.id_last = static_cast<int>(last - begin_);
    }
  }

 private:
  Iterator begin_;
};

// The byte offset where a node starts, or 0 when it was never tagged.
inline size_t OffsetOf(const boost::spirit::x3::position_tagged& node) {
  return node.id_first < 0 ? 0 : static_cast<size_t>(node.id_first);
}

}  // namespace attune::dsl

#endif  // ATTUNE_DSL_ERROR_HANDLER_HPP_
