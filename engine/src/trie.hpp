// Stage: ruleset (compiled rules). A trie over word stems with single-word
// wildcard edges; built by attune::RuleSet::Compile and walked by attune::Match
// — use those instead.
#ifndef ATTUNE_TRIE_HPP_
#define ATTUNE_TRIE_HPP_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace attune {

class ImageWriter;
class ImageReader;

// Immutable once built; const use is safe from several threads. Stored flat
// (nodes, sorted edges, one pool of stems) so that it is small, cheap to
// destroy, and written to and read from a rule image as a few arrays.
class StemTrie {
 public:
  // The key of a wildcard edge (a stem is never empty).
  static constexpr std::string_view kWildcard = "";

  // The key of an edge taken by a match of concept `id` (never a stem: stems
  // hold no control characters).
  static std::string ConceptKey(int id);

  // Collects phrases, then lays them out as a StemTrie.
  class Builder {
   public:
    Builder();
    // Adds one phrase (a sequence of stems, kWildcard for '*', ConceptKey(id)
    // for a match of another concept) that yields `value`.
    void Insert(const std::vector<std::string>& stems, int value);
    StemTrie Build() const;

   private:
    struct Node {
      std::map<std::string, int, std::less<>> children;  // sorted: see Build
      int wildcard = -1;
      std::vector<std::pair<int, int>> concepts;  // (concept id, child node)
      std::vector<int> values;                    // sorted, unique
    };
    std::vector<Node> nodes_;
  };

  StemTrie();  // empty: matches nothing

  // Concept matches by start position: spans[i] lists (concept id, end).
  using Spans = std::vector<std::vector<std::pair<int, size_t>>>;
  using Found = std::function<void(size_t end, std::span<const int> values)>;

  // The trie's number for each stem (kNoStem when no edge has it): looked up
  // once per word, so that the walk compares numbers, not strings.
  static constexpr uint32_t kNoStem = UINT32_MAX;
  std::vector<uint32_t> StemIds(
      const std::vector<std::string_view>& stems) const;

  // Calls found(end, values) for every phrase that matches stems[begin..end)
  // (end > begin), where `stems` are StemIds() of the words. Adds the number
  // of trie nodes visited to *steps: it depends on the text and on the trie's
  // depth and wildcards, never on how many phrases share a prefix.
  // `spans` (may be null) holds the concept matches known so far, for concept
  // edges; a concept inside a concept is matched once, not copied into every
  // phrase that uses it.
  void Walk(const std::vector<uint32_t>& stems, size_t begin,
            const Spans* spans, const Found& found, uint64_t* steps) const;

  size_t node_count() const { return nodes_.size() - 1; }

  // Rule images (ruleset_image.cpp). With `borrow`, the trie points into the
  // image, which must outlive it and which is trusted (the build checked it);
  // otherwise it copies the arrays and checks every index the walk follows.
  void Write(ImageWriter* out) const;
  bool Read(ImageReader* in, bool borrow);  // false: inconsistent arrays
  // Whether every value and concept edge id is in [0, limit).
  bool ValuesBelow(int limit) const;

 private:
  // Node i's edges, concept edges and values are [first_x of i, first_x of
  // i + 1); the last node is a sentinel that only closes those ranges.
  struct Node {
    uint32_t first_edge = 0, first_concept = 0, first_value = 0;
    int32_t wildcard = -1;
  };
  struct Edge {         // sorted by stem within a node
    uint32_t stem = 0;  // stem id: stems are numbered in sorted order
    uint32_t child = 0;
  };
  struct ConceptEdge {
    int32_t concept_id = 0;
    uint32_t child = 0;
  };
  struct Arrays {  // what a built or copied trie owns
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<ConceptEdge> concepts;
    std::vector<int32_t> values;
    std::vector<uint32_t> stem_starts;
    std::string stem_pool;
  };

  std::string_view StemAt(uint32_t stem) const {
    return stem_pool_.substr(stem_starts_[stem],
                             stem_starts_[stem + 1] - stem_starts_[stem]);
  }
  void View(std::shared_ptr<const Arrays> arrays);
  bool Consistent() const;
  void WalkFrom(uint32_t node, const std::vector<uint32_t>& stems, size_t at,
                const Spans* spans, const Found& found, uint64_t* steps) const;

  std::shared_ptr<const Arrays> owned_;  // null when borrowing an image
  std::span<const Node> nodes_;
  std::span<const Edge> edges_;
  std::span<const ConceptEdge> concepts_;
  std::span<const int32_t> values_;
  std::span<const uint32_t>
      stem_starts_;  // stem i: pool[starts[i], starts[i+1])
  std::string_view stem_pool_;
};

}  // namespace attune

#endif  // ATTUNE_TRIE_HPP_
