// Stage: ruleset. The stem trie behind concept matching.
#include "trie.hpp"

#include <algorithm>

namespace attune {

std::string StemTrie::ConceptKey(int id) { return "\x01" + std::to_string(id); }

// ---- Builder
// -------------------------------------------------------------------------------

StemTrie::Builder::Builder() : nodes_(1) {}

void StemTrie::Builder::Insert(const std::vector<std::string>& stems,
                               int value) {
  int node = 0;
  for (const std::string& stem : stems) {
    int next = -1;
    if (!stem.empty() && stem[0] == '\x01') {
      const int id = std::stoi(stem.substr(1));
      for (const auto& [concept_id, child] : nodes_[node].concepts) {
        if (concept_id == id) next = child;
      }
      if (next < 0) {
        next = static_cast<int>(nodes_.size());
        nodes_[node].concepts.emplace_back(id, next);
        nodes_.emplace_back();
      }
    } else if (stem.empty()) {
      next = nodes_[node].wildcard;
      if (next < 0) {
        next = static_cast<int>(nodes_.size());
        nodes_[node].wildcard = next;
        nodes_.emplace_back();
      }
    } else {
      auto it = nodes_[node].children.find(stem);
      if (it == nodes_[node].children.end()) {
        next = static_cast<int>(nodes_.size());
        nodes_[node].children.emplace(stem, next);
        nodes_.emplace_back();
      } else {
        next = it->second;
      }
    }
    node = next;
  }
  std::vector<int>& values = nodes_[node].values;
  auto at = std::lower_bound(values.begin(), values.end(), value);
  if (at == values.end() || *at != value) values.insert(at, value);
}

// Stems are numbered in sorted order, so a node's edges, taken from its sorted
// map, are sorted by stem id and by stem text alike.
StemTrie StemTrie::Builder::Build() const {
  StemTrie trie;
  std::map<std::string_view, uint32_t> stem_ids;
  for (const Node& node : nodes_) {
    for (const auto& [stem, child] : node.children) stem_ids.emplace(stem, 0);
  }
  trie.stem_starts_.clear();
  for (auto& [stem, id] : stem_ids) {
    id = static_cast<uint32_t>(trie.stem_starts_.size());
    trie.stem_starts_.push_back(static_cast<uint32_t>(trie.stem_pool_.size()));
    trie.stem_pool_ += stem;
  }
  trie.stem_starts_.push_back(static_cast<uint32_t>(trie.stem_pool_.size()));
  trie.nodes_.clear();
  trie.nodes_.reserve(nodes_.size() + 1);
  for (const Node& node : nodes_) {
    trie.nodes_.push_back({static_cast<uint32_t>(trie.edges_.size()),
                           static_cast<uint32_t>(trie.concepts_.size()),
                           static_cast<uint32_t>(trie.values_.size()),
                           node.wildcard});
    for (const auto& [stem, child] : node.children) {
      trie.edges_.push_back(
          {stem_ids.find(stem)->second, static_cast<uint32_t>(child)});
    }
    for (const auto& [id, child] : node.concepts)
      trie.concepts_.push_back({id, static_cast<uint32_t>(child)});
    trie.values_.insert(trie.values_.end(), node.values.begin(),
                        node.values.end());
  }
  trie.nodes_.push_back({static_cast<uint32_t>(trie.edges_.size()),
                         static_cast<uint32_t>(trie.concepts_.size()),
                         static_cast<uint32_t>(trie.values_.size()), -1});
  return trie;
}

// ---- StemTrie
// ------------------------------------------------------------------------------

StemTrie::StemTrie() : nodes_(2), stem_starts_(1, 0) {}

int StemTrie::Child(const Node& node, const Node& next,
                    std::string_view stem) const {
  auto first = edges_.begin() + node.first_edge;
  auto last = edges_.begin() + next.first_edge;
  auto it = std::lower_bound(first, last, stem,
                             [this](const Edge& edge, std::string_view key) {
                               return StemAt(edge.stem) < key;
                             });
  if (it == last || StemAt(it->stem) != stem) return -1;
  return static_cast<int>(it->child);
}

void StemTrie::Walk(const std::vector<std::string_view>& stems, size_t begin,
                    const Spans* spans, const Found& found,
                    uint64_t* steps) const {
  WalkFrom(0, stems, begin, spans, found, steps);
}

void StemTrie::WalkFrom(uint32_t node,
                        const std::vector<std::string_view>& stems, size_t at,
                        const Spans* spans, const Found& found,
                        uint64_t* steps) const {
  ++*steps;
  const Node& n = nodes_[node];
  const Node& next = nodes_[node + 1];
  if (next.first_value > n.first_value && node != 0) {
    found(at, std::span<const int>(values_.data() + n.first_value,
                                   next.first_value - n.first_value));
  }
  if (at == stems.size()) return;
  if (next.first_edge > n.first_edge) {
    const int child = Child(n, next, stems[at]);
    if (child >= 0) WalkFrom(child, stems, at + 1, spans, found, steps);
  }
  if (n.wildcard >= 0) WalkFrom(n.wildcard, stems, at + 1, spans, found, steps);
  if (spans == nullptr) return;
  for (uint32_t c = n.first_concept; c < next.first_concept; ++c) {
    const ConceptEdge edge = concepts_[c];
    // By index and by value: `found` may append to (*spans)[at] while this
    // loop runs, which can move the list.
    for (size_t k = 0; k < (*spans)[at].size(); ++k) {
      const auto [matched, end] = (*spans)[at][k];
      if (matched == edge.concept_id)
        WalkFrom(edge.child, stems, end, spans, found, steps);
    }
  }
}

}  // namespace attune
