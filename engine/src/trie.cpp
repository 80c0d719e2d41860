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
  auto a = std::make_shared<Arrays>();
  std::map<std::string_view, uint32_t> stem_ids;
  for (const Node& node : nodes_) {
    for (const auto& [stem, child] : node.children) stem_ids.emplace(stem, 0);
  }
  for (auto& [stem, id] : stem_ids) {
    id = static_cast<uint32_t>(a->stem_starts.size());
    a->stem_starts.push_back(static_cast<uint32_t>(a->stem_pool.size()));
    a->stem_pool += stem;
  }
  a->stem_starts.push_back(static_cast<uint32_t>(a->stem_pool.size()));
  a->nodes.reserve(nodes_.size() + 1);
  for (const Node& node : nodes_) {
    a->nodes.push_back({static_cast<uint32_t>(a->edges.size()),
                        static_cast<uint32_t>(a->concepts.size()),
                        static_cast<uint32_t>(a->values.size()),
                        node.wildcard});
    for (const auto& [stem, child] : node.children) {
      a->edges.push_back(
          {stem_ids.find(stem)->second, static_cast<uint32_t>(child)});
    }
    for (const auto& [id, child] : node.concepts)
      a->concepts.push_back({id, static_cast<uint32_t>(child)});
    a->values.insert(a->values.end(), node.values.begin(), node.values.end());
  }
  a->nodes.push_back({static_cast<uint32_t>(a->edges.size()),
                      static_cast<uint32_t>(a->concepts.size()),
                      static_cast<uint32_t>(a->values.size()), -1});
  StemTrie trie;
  trie.View(std::move(a));
  return trie;
}

// ---- StemTrie
// ------------------------------------------------------------------------------

StemTrie::StemTrie() {
  auto a = std::make_shared<Arrays>();
  a->nodes.resize(2);  // the root and the sentinel
  a->stem_starts.push_back(0);
  View(std::move(a));
}

void StemTrie::View(std::shared_ptr<const Arrays> arrays) {
  owned_ = std::move(arrays);
  nodes_ = owned_->nodes;
  edges_ = owned_->edges;
  concepts_ = owned_->concepts;
  values_ = owned_->values;
  stem_starts_ = owned_->stem_starts;
  stem_pool_ = owned_->stem_pool;
}

std::vector<uint32_t> StemTrie::StemIds(
    const std::vector<std::string_view>& stems) const {
  std::vector<uint32_t> ids;
  ids.reserve(stems.size());
  const uint32_t count = static_cast<uint32_t>(stem_starts_.size() - 1);
  for (std::string_view stem : stems) {
    uint32_t low = 0, high = count;  // binary search over the sorted stems
    while (low < high) {
      const uint32_t mid = low + (high - low) / 2;
      if (StemAt(mid) < stem) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    ids.push_back(low < count && StemAt(low) == stem ? low : kNoStem);
  }
  return ids;
}

void StemTrie::Walk(const std::vector<uint32_t>& stems, size_t begin,
                    const Spans* spans, const Found& found,
                    uint64_t* steps) const {
  WalkFrom(0, stems, begin, spans, found, steps);
}

void StemTrie::WalkFrom(uint32_t node, const std::vector<uint32_t>& stems,
                        size_t at, const Spans* spans, const Found& found,
                        uint64_t* steps) const {
  ++*steps;
  const Node& n = nodes_[node];
  const Node& next = nodes_[node + 1];
  if (next.first_value > n.first_value && node != 0) {
    found(at, values_.subspan(n.first_value, next.first_value - n.first_value));
  }
  if (at == stems.size()) return;
  if (next.first_edge > n.first_edge && stems[at] != kNoStem) {
    const auto first = edges_.begin() + n.first_edge;
    const auto last = edges_.begin() + next.first_edge;
    const auto it = std::lower_bound(
        first, last, stems[at],
        [](const Edge& edge, uint32_t stem) { return edge.stem < stem; });
    if (it != last && it->stem == stems[at])
      WalkFrom(it->child, stems, at + 1, spans, found, steps);
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
