// Stage: ruleset. Rule images: a compiled RuleSet written as bytes and read
// back with no parsing, stemming or expansion (the build embeds one of the
// default rules, so start-up only copies arrays).
#include <algorithm>
#include <map>

#include "image_io.hpp"
#include "ruleset.hpp"

namespace attune {
namespace {

constexpr uint32_t kMagic = 0x53525441;  // "ATRS"

// Tripwires: a field added to a compiled rule struct must be written and read
// here too (and RuleSet::kImageVersion raised), or the embedded rules would
// silently lack it. Sizes as on x86-64 with libstdc++.
static_assert(sizeof(ReservedConcepts) == 8 * sizeof(int));
static_assert(sizeof(IntentRule) == 272);
static_assert(sizeof(EvidenceRule) == 112);
static_assert(sizeof(RespondPlan) == 312);

// Declared first: PutList and GetList find the overloads by ordinary lookup
// at their definition (argument-dependent lookup skips this namespace).
void Put(ImageWriter* w, const std::string& s);
void Put(ImageWriter* w, const HasCondition& h);
void Put(ImageWriter* w, const ContextCondition& c);
void Put(ImageWriter* w, const SlotSpec& s);
void Put(ImageWriter* w, const Sample& s);
void Put(ImageWriter* w, const EvidenceTarget& t);
void Put(ImageWriter* w, const PlanCondition& c);
void Put(ImageWriter* w, const IntentRule& r);
void Put(ImageWriter* w, const EvidenceRule& r);
void Put(ImageWriter* w, const RespondPlan& p);
void Put(ImageWriter* w, const dsl::Location& l);
void Get(ImageReader* r, std::string* s);
void Get(ImageReader* r, HasCondition* h);
void Get(ImageReader* r, ContextCondition* c);
void Get(ImageReader* r, SlotSpec* s);
void Get(ImageReader* r, Sample* s);
void Get(ImageReader* r, EvidenceTarget* t);
void Get(ImageReader* r, PlanCondition* c);
void Get(ImageReader* r, IntentRule* i);
void Get(ImageReader* r, EvidenceRule* e);
void Get(ImageReader* r, RespondPlan* p);
void Get(ImageReader* r, dsl::Location* l);

// ---- writing
// -------------------------------------------------------------------------------

void Put(ImageWriter* w, const dsl::Location& l) {
  w->Str(l.file);
  w->I32(l.line);
  w->I32(l.column);
}
void Put(ImageWriter* w, const std::string& s) { w->Str(s); }
void Put(ImageWriter* w, const HasCondition& h) {
  w->I32(static_cast<int32_t>(h.kind));
  w->Array(h.concepts);
  w->Array(h.gaps);
}
void Put(ImageWriter* w, const ContextCondition& c) {
  w->I32(static_cast<int32_t>(c.marker));
  w->I32(c.concept_id);
}
void Put(ImageWriter* w, const SlotSpec& s) {
  w->Str(s.name);
  w->I32(s.concept_id);
}
void Put(ImageWriter* w, const Sample& s) {
  w->Str(s.text);
  Put(w, s.location);
}
void Put(ImageWriter* w, const EvidenceTarget& t) {
  w->I32(static_cast<int32_t>(t.who));
  w->Str(t.pattern);
  w->F64(t.weight);
}
void Put(ImageWriter* w, const PlanCondition& c) {
  w->I32(static_cast<int32_t>(c.kind));
  w->Str(c.person);
  w->Str(c.name);
  w->I32(c.intent_id);
}
template <typename T>
void PutList(ImageWriter* w, const std::vector<T>& items) {
  w->U32(static_cast<uint32_t>(items.size()));
  for (const T& item : items) Put(w, item);
}
void Put(ImageWriter* w, const CorpusQuery& q) {
  PutList(w, q.tags);
  PutList(w, q.terms);
  w->Str(q.section);
}
void Put(ImageWriter* w, const IntentRule& r) {
  w->Str(r.name);
  Put(w, r.location);
  w->I32(static_cast<int32_t>(r.actor));
  PutList(w, r.has);
  w->Array(r.lacks);
  PutList(w, r.contexts);
  w->I32(static_cast<int32_t>(r.polarity));
  w->I32(static_cast<int32_t>(r.question));
  w->U32(r.sentence_scope ? 1 : 0);
  PutList(w, r.slots);
  w->Str(r.crisis);
  PutList(w, r.examples);
  PutList(w, r.counters);
}
void Put(ImageWriter* w, const EvidenceRule& r) {
  PutList(w, r.intents);
  w->Array(r.intent_ids);
  PutList(w, r.targets);
  Put(w, r.location);
}
void Put(ImageWriter* w, const RespondPlan& p) {
  w->Str(p.name);
  Put(w, p.location);
  PutList(w, p.when);
  w->I32(p.priority);
  PutList(w, p.reflect);
  Put(w, p.explain);
  Put(w, p.advise);
  PutList(w, p.ask);
}
// Hash maps in sorted order, so equal rule sets give equal bytes.
template <typename V>
void PutMap(ImageWriter* w, const std::unordered_map<std::string, V>& map,
            void (*put_value)(ImageWriter*, const V&)) {
  std::map<std::string_view, const V*> sorted;
  for (const auto& [key, value] : map) sorted.emplace(key, &value);
  w->U32(static_cast<uint32_t>(sorted.size()));
  for (const auto& [key, value] : sorted) {
    w->Str(key);
    put_value(w, *value);
  }
}

// ---- reading
// -------------------------------------------------------------------------------

// Enums are checked against their last enumerator so that a corrupt image
// cannot produce a value no switch expects.
template <typename E>
E Enum(ImageReader* r, E last) {
  const int32_t v = r->I32();
  if (v < 0 || v > static_cast<int32_t>(last)) r->Fail();
  return r->ok() ? static_cast<E>(v) : E{};
}
void Get(ImageReader* r, dsl::Location* l) {
  l->file = r->Str();
  l->line = r->I32();
  l->column = r->I32();
}
void Get(ImageReader* r, std::string* s) { *s = r->Str(); }
void Get(ImageReader* r, HasCondition* h) {
  h->kind = Enum(r, HasCondition::Kind::kAllOf);
  r->Array(&h->concepts);
  r->Array(&h->gaps);
}
void Get(ImageReader* r, ContextCondition* c) {
  c->marker = Enum(r, ContextMarker::kWhen);
  c->concept_id = r->I32();
}
void Get(ImageReader* r, SlotSpec* s) {
  s->name = r->Str();
  s->concept_id = r->I32();
}
void Get(ImageReader* r, Sample* s) {
  s->text = r->Str();
  Get(r, &s->location);
}
void Get(ImageReader* r, EvidenceTarget* t) {
  t->who = Enum(r, TargetWho::kDyad);
  t->pattern = r->Str();
  t->weight = r->F64();
}
void Get(ImageReader* r, PlanCondition* c) {
  c->kind = Enum(r, PlanCondition::Kind::kDyad);
  c->person = r->Str();
  c->name = r->Str();
  c->intent_id = r->I32();
}
template <typename T>
void GetList(ImageReader* r, std::vector<T>* items) {
  items->clear();
  items->resize(r->Count(sizeof(uint32_t)));
  for (T& item : *items) Get(r, &item);
}
void Get(ImageReader* r, CorpusQuery* q) {
  GetList(r, &q->tags);
  GetList(r, &q->terms);
  q->section = r->Str();
}
void Get(ImageReader* r, IntentRule* i) {
  i->name = r->Str();
  Get(r, &i->location);
  i->actor = Enum(r, Actor::kOther);
  GetList(r, &i->has);
  r->Array(&i->lacks);
  GetList(r, &i->contexts);
  i->polarity = Enum(r, Polarity::kAny);
  i->question = Enum(r, QuestionForm::kYesNo);
  i->sentence_scope = r->U32() != 0;
  GetList(r, &i->slots);
  i->crisis = r->Str();
  GetList(r, &i->examples);
  GetList(r, &i->counters);
}
void Get(ImageReader* r, EvidenceRule* e) {
  GetList(r, &e->intents);
  r->Array(&e->intent_ids);
  GetList(r, &e->targets);
  Get(r, &e->location);
}
void Get(ImageReader* r, RespondPlan* p) {
  p->name = r->Str();
  Get(r, &p->location);
  GetList(r, &p->when);
  p->priority = r->I32();
  GetList(r, &p->reflect);
  Get(r, &p->explain);
  Get(r, &p->advise);
  GetList(r, &p->ask);
}
template <typename V>
void GetMap(ImageReader* r, std::unordered_map<std::string, V>* map,
            void (*get_value)(ImageReader*, V*)) {
  map->clear();
  const uint32_t n = r->Count(2 * sizeof(uint32_t));
  map->reserve(n);
  for (uint32_t i = 0; i < n && r->ok(); ++i) {
    std::string key = r->Str();
    get_value(r, &(*map)[std::move(key)]);
  }
}
void GetInt(ImageReader* r, int* v) { *v = r->I32(); }
void PutInt(ImageWriter* w, const int& v) { w->I32(v); }

}  // namespace

// The friend through which images reach RuleSet's private members.
class RuleSetImage {
 public:
  static void Write(const RuleSet& s, ImageWriter* w);
  static bool Read(ImageReader* r, bool borrow, RuleSet* s);
  static bool Consistent(const RuleSet& s);
};

void RuleSetImage::Write(const RuleSet& s, ImageWriter* w) {
  w->U32(kMagic);
  w->U32(RuleSet::kImageVersion);
  PutMap<std::string>(w, s.rewrites_,
                      [](ImageWriter* w, const std::string& v) { w->Str(v); });
  PutList(w, s.intents_);
  PutList(w, s.evidence_);
  PutList(w, s.plans_);
  PutList(w, s.concept_names_);
  PutList(w, s.concept_locations_);
  std::vector<uint64_t> counts(s.concept_phrase_counts_.begin(),
                               s.concept_phrase_counts_.end());
  w->Array(counts);
  PutMap<int>(w, s.concept_ids_, PutInt);
  PutMap<int>(w, s.intent_ids_, PutInt);
  PutList(w, s.warnings_);
  const ReservedConcepts& r = s.reserved_;
  for (int id : {r.actor_self, r.actor_partner, r.actor_both, r.actor_other,
                 r.negation, r.past_habit, r.actor_weak, r.neg_raise}) {
    w->I32(id);
  }
  s.concept_trie_.Write(w);
  s.marker_trie_.Write(w);
}

bool RuleSetImage::Read(ImageReader* r, bool borrow, RuleSet* s) {
  if (r->U32() != kMagic || r->U32() != RuleSet::kImageVersion) return false;
  GetMap<std::string>(r, &s->rewrites_, Get);
  GetList(r, &s->intents_);
  GetList(r, &s->evidence_);
  GetList(r, &s->plans_);
  GetList(r, &s->concept_names_);
  GetList(r, &s->concept_locations_);
  std::vector<uint64_t> counts;
  r->Array(&counts);
  s->concept_phrase_counts_.assign(counts.begin(), counts.end());
  GetMap<int>(r, &s->concept_ids_, GetInt);
  GetMap<int>(r, &s->intent_ids_, GetInt);
  GetList(r, &s->warnings_);
  ReservedConcepts& reserved = s->reserved_;
  for (int* id :
       {&reserved.actor_self, &reserved.actor_partner, &reserved.actor_both,
        &reserved.actor_other, &reserved.negation, &reserved.past_habit,
        &reserved.actor_weak, &reserved.neg_raise}) {
    *id = r->I32();
  }
  if (!s->concept_trie_.Read(r, borrow) || !s->marker_trie_.Read(r, borrow))
    return false;
  return r->ok() && r->at_end() && Consistent(*s);
}

// The ids the matcher indexes with are in range, so a corrupt image is
// refused here rather than read out of bounds later.
bool RuleSetImage::Consistent(const RuleSet& s) {
  const int concepts = static_cast<int>(s.concept_names_.size());
  const int intents = static_cast<int>(s.intents_.size());
  auto concept_ok = [&](int id) { return id >= 0 && id < concepts; };
  auto all_ok = [&](const std::vector<int>& ids, int n) {
    return std::all_of(ids.begin(), ids.end(),
                       [&](int id) { return id >= 0 && id < n; });
  };
  if (s.concept_locations_.size() != s.concept_names_.size() ||
      s.concept_phrase_counts_.size() != s.concept_names_.size()) {
    return false;
  }
  const ReservedConcepts& r = s.reserved_;
  for (int id : {r.actor_self, r.actor_partner, r.actor_both, r.actor_other,
                 r.negation}) {
    if (!concept_ok(id)) return false;
  }
  for (int id : {r.past_habit, r.actor_weak, r.neg_raise}) {  // optional
    if (id != -1 && !concept_ok(id)) return false;
  }
  for (const IntentRule& intent : s.intents_) {
    if (intent.has.empty() || intent.has.front().concepts.empty()) return false;
    for (const HasCondition& has : intent.has) {
      if (!all_ok(has.concepts, concepts)) return false;
    }
    if (!all_ok(intent.lacks, concepts)) return false;
    for (const ContextCondition& c : intent.contexts) {
      if (!concept_ok(c.concept_id)) return false;
    }
    for (const SlotSpec& slot : intent.slots) {
      if (!concept_ok(slot.concept_id)) return false;
    }
  }
  for (const EvidenceRule& e : s.evidence_) {
    if (!all_ok(e.intent_ids, intents)) return false;
  }
  for (const RespondPlan& p : s.plans_) {
    for (const PlanCondition& c : p.when) {
      if (c.kind == PlanCondition::Kind::kIntent &&
          (c.intent_id < 0 || c.intent_id >= intents)) {
        return false;
      }
    }
  }
  for (const auto& [name, id] : s.concept_ids_) {
    if (!concept_ok(id)) return false;
  }
  return s.concept_trie_.ValuesBelow(concepts) &&
         s.marker_trie_.ValuesBelow(static_cast<int>(ContextMarker::kWhen) + 1);
}

std::string RuleSet::WriteImage() const {
  ImageWriter w;
  RuleSetImage::Write(*this, &w);
  return w.bytes();
}

namespace {

Status ReadImage(std::span<const unsigned char> image, bool borrow,
                 std::shared_ptr<RuleSet>* rules) {
  ImageReader reader(image);
  if (!RuleSetImage::Read(&reader, borrow, rules->get())) {
    return Status::Corruption(
        "the rule image is damaged or from another version of attune");
  }
  return Status::OK();
}

}  // namespace

Status RuleSet::LoadImage(std::span<const unsigned char> image,
                          std::shared_ptr<const RuleSet>* out) {
  std::shared_ptr<RuleSet> rules(new RuleSet());
  Status s = ReadImage(image, /*borrow=*/false, &rules);
  if (!s.ok()) return s;
  rules->IndexAnchors();
  *out = std::move(rules);
  return Status::OK();
}

Status RuleSet::LoadStaticImage(std::span<const unsigned char> image,
                                std::shared_ptr<const RuleSet>* out) {
  std::shared_ptr<RuleSet> rules(new RuleSet());
  Status s = ReadImage(image, /*borrow=*/true, &rules);
  if (!s.ok()) return s;
  rules->IndexAnchors();
  *out = std::move(rules);
  return Status::OK();
}

// ---- StemTrie
// ------------------------------------------------------------------------------

void StemTrie::Write(ImageWriter* out) const {
  out->Array(nodes_);
  out->Array(edges_);
  out->Array(concepts_);
  out->Array(values_);
  out->Array(stem_starts_);
  out->Str(stem_pool_);
}

bool StemTrie::Read(ImageReader* in, bool borrow) {
  if (borrow) {
    owned_.reset();
    nodes_ = in->View<Node>();
    edges_ = in->View<Edge>();
    concepts_ = in->View<ConceptEdge>();
    values_ = in->View<int32_t>();
    stem_starts_ = in->View<uint32_t>();
    stem_pool_ = in->StrView();
    return in->ok() && nodes_.size() >= 2 && !stem_starts_.empty();
  }
  auto a = std::make_shared<Arrays>();
  in->Array(&a->nodes);
  in->Array(&a->edges);
  in->Array(&a->concepts);
  in->Array(&a->values);
  in->Array(&a->stem_starts);
  a->stem_pool = in->Str();
  View(std::move(a));
  return in->ok() && Consistent();
}

// Checks every index the walk follows, so that Walk never leaves the arrays.
bool StemTrie::Consistent() const {
  if (nodes_.size() < 2 || stem_starts_.empty()) return false;
  const uint32_t node_count = static_cast<uint32_t>(nodes_.size() - 1);
  for (size_t i = 0; i + 1 < nodes_.size(); ++i) {
    const Node& a = nodes_[i];
    const Node& b = nodes_[i + 1];
    if (a.first_edge > b.first_edge || a.first_concept > b.first_concept ||
        a.first_value > b.first_value || a.wildcard >= int32_t(node_count) ||
        a.wildcard < -1) {
      return false;
    }
  }
  const Node& last = nodes_.back();
  if (nodes_.front().first_edge != 0 || nodes_.front().first_concept != 0 ||
      nodes_.front().first_value != 0 || last.first_edge != edges_.size() ||
      last.first_concept != concepts_.size() ||
      last.first_value != values_.size()) {
    return false;
  }
  const uint32_t stems = static_cast<uint32_t>(stem_starts_.size() - 1);
  for (const Edge& e : edges_) {
    if (e.stem >= stems || e.child >= node_count) return false;
  }
  for (const ConceptEdge& c : concepts_) {
    if (c.child >= node_count) return false;
  }
  for (size_t i = 0; i + 1 < stem_starts_.size(); ++i) {
    if (stem_starts_[i] > stem_starts_[i + 1]) return false;
  }
  return stem_starts_.front() == 0 && stem_starts_.back() == stem_pool_.size();
}

bool StemTrie::ValuesBelow(int limit) const {
  return std::all_of(values_.begin(), values_.end(),
                     [&](int32_t v) { return v >= 0 && v < limit; }) &&
         std::all_of(concepts_.begin(), concepts_.end(),
                     [&](const ConceptEdge& c) {
                       return c.concept_id >= 0 && c.concept_id < limit;
                     });
}

}  // namespace attune
