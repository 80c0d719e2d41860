// Stage: ruleset (compiled rules). A trie over word stems with single-word
// wildcard edges; built by attune::RuleSet::Compile and walked by attune::Match
// — use those instead.
#ifndef ATTUNE_TRIE_HPP_
#define ATTUNE_TRIE_HPP_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace attune {

// Immutable once built; const use is safe from several threads.
class StemTrie {
 public:
  // The key of a wildcard edge (a stem is never empty).
  static constexpr std::string_view kWildcard = "";

  StemTrie();

  // Adds one phrase (a sequence of stems, kWildcard for '*', ConceptKey(id) for
  // a match of another concept) that yields `value`.
  void Insert(const std::vector<std::string>& stems, int value);

  // The key of an edge taken by a match of concept `id` (never a stem: stems
  // hold no control characters).
  static std::string ConceptKey(int id);

  // Concept matches by start position: spans[i] lists (concept id, end).
  using Spans = std::vector<std::vector<std::pair<int, size_t>>>;

  // Calls found(end, values) for every phrase that matches stems[begin..end)
  // (end > begin). Adds the number of trie nodes visited to *steps: it depends
  // on the text and on the trie's depth and wildcards, never on how many
  // phrases share a prefix.
  // `spans` (may be null) holds the concept matches known so far, for concept
  // edges; a concept inside a concept is matched once, not copied into every
  // phrase that uses it.
  void Walk(const std::vector<std::string_view>& stems, size_t begin,
            const Spans* spans,
            const std::function<void(size_t end,
                                     const std::vector<int>& values)>& found,
            uint64_t* steps) const;

  size_t node_count() const { return nodes_.size(); }

 private:
  struct Node {
    std::unordered_map<std::string, int> children;
    int wildcard = -1;
    std::vector<std::pair<int, int>> concepts;  // (concept id, child node)
    std::vector<int> values;                    // sorted, unique
  };
  void WalkFrom(
      int node, const std::vector<std::string_view>& stems, size_t at,
      const Spans* spans,
      const std::function<void(size_t, const std::vector<int>&)>& found,
      uint64_t* steps) const;

  std::vector<Node> nodes_;
};

}  // namespace attune

#endif  // ATTUNE_TRIE_HPP_
