#include "compose.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "reflect.hpp"

namespace attune {
namespace {

// attune's own connecting lines: short, plain, and never a claim of their own.
const std::vector<std::string> kExplainLeads = {
    "Here is how one of the articles describes it:",
    "One of the articles puts it this way:",
    "This is what the article says about that:",
    "The article I draw on describes it like this:"};
const std::vector<std::string> kAdviseLeads = {
    "A next step the article suggests:",
    "Something you could try, in the article's words:",
    "One concrete thing the article recommends:",
    "Here is a step you might take:"};
const std::vector<std::string> kFallbackAsks = {
    "Can you tell me a little more about what happens between the two of you?",
    "How do you usually feel afterwards, when that happens?",
    "What would you most like to be different?",
    "When did you first notice this?"};
// For a continuing reply whose plan has no question left to ask.
const std::vector<std::string> kContinueAsks = {
    "How does that sit with you?",
    "Which part of that feels closest to what happens for you?",
    "What do you make of that, for the two of you?"};
constexpr const char* kHelpLine =
    "I can help you think about closeness and distance in your relationship — "
    "what happens "
    "before, during and after sex, wanting reassurance or needing space, and "
    "how to talk about "
    "it — using a few articles on attachment.";

// Plain-words description of each pattern, for asking which reading fits.
std::string Describe(const std::string& pattern) {
  if (pattern == "anxious") return "wanting more closeness and reassurance";
  if (pattern == "avoidant") return "needing space when things get close";
  if (pattern == "fearful")
    return "wanting closeness and fearing it at the same time";
  return "feeling fairly settled with closeness and with time apart";
}

// The next alternative of a list, remembered per conversation, so nothing
// repeats while alternatives remain.
const std::string& Rotate(Conversation& c, const std::string& key,
                          const std::vector<std::string>& options) {
  int& index = c.rotation[key];
  const std::string& chosen =
      options[static_cast<size_t>(index) % options.size()];
  index = (index + 1) % static_cast<int>(options.size());
  return chosen;
}

// The next question of a list that was not asked lately; none when every one
// was, since asking the same thing twice in a short while sounds like not
// listening.
std::optional<std::string> FreshAsk(Conversation& c, const std::string& key,
                                    const std::vector<std::string>& options) {
  for (size_t i = 0; i < options.size(); ++i) {
    const std::string& ask = Rotate(c, key, options);
    if (!c.AskedRecently(ask)) return ask;
  }
  return std::nullopt;
}

std::vector<std::string> SplitWords(const std::vector<std::string>& phrases) {
  std::vector<std::string> words;
  for (const std::string& phrase : phrases) {
    std::istringstream in(phrase);
    for (std::string w; in >> w;) words.push_back(w);
  }
  return words;
}

// Crude stem: words sharing their first five letters count as the same word.
// Enough to tell whether a passage speaks of what the person said ("abandoned"
// ~ "abandonment").
std::string Prefix(std::string_view word) {
  std::string out;
  for (char ch : word.substr(0, 5)) {
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return out;
}

// How many of the conversation's words a passage shares. The few term
// prefixes are collected first, so the passage's words are only looked up, not
// gathered into a set (this runs for every candidate passage of every turn).
int Overlap(const std::string& text, const std::vector<std::string>& terms) {
  std::vector<std::string> wanted;
  for (const std::string& t : terms) {
    if (t.size() >= 3) wanted.push_back(Prefix(t));
  }
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  std::vector<bool> found(wanted.size(), false);
  int shared = 0;
  size_t begin = 0;
  for (size_t i = 0; i <= text.size() && !wanted.empty(); ++i) {
    if (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])))
      continue;
    if (i > begin) {
      // Prefix() without a string: the passage has hundreds of words.
      char lower[5];
      const size_t n = std::min<size_t>(5, i - begin);
      for (size_t k = 0; k < n; ++k) {
        lower[k] = static_cast<char>(
            std::tolower(static_cast<unsigned char>(text[begin + k])));
      }
      const std::string_view prefix(lower, n);
      auto at = std::lower_bound(wanted.begin(), wanted.end(), prefix);
      if (at != wanted.end() && *at == prefix && !found[at - wanted.begin()]) {
        found[at - wanted.begin()] = true;
        ++shared;
      }
    }
    begin = i + 1;
  }
  return shared;
}

// The plan's query finds the candidates; the conversation's own words choose
// among them, so the quote fits what this person has said, not only the plan's
// topic.
const SearchHit* BestFit(const std::vector<SearchHit>& hits,
                         const std::vector<std::string>& terms) {
  const SearchHit* best = nullptr;
  double best_fit = -1, top = 0;
  for (const SearchHit& hit : hits) top = std::max(top, hit.score);
  for (const SearchHit& hit : hits) {
    double fit =
        (top > 0 ? hit.score / top : 0) + 0.25 * Overlap(hit.text, terms);
    if (fit > best_fit) {
      best_fit = fit;
      best = &hit;
    }
  }
  return best;
}

std::optional<Citation> FindPassage(const CorpusQuery& query,
                                    const std::vector<std::string>& terms,
                                    corpus::Reader& reader, Conversation& c) {
  if (query.empty()) return std::nullopt;
  corpus::RetrieveRequest request;
  request.terms = SplitWords(query.terms);
  request.tags = query.tags;
  request.prefer_section = query.section;
  for (const QuotedPassage& q : c.quoted)
    request.exclude.push_back({q.doc, q.section, q.ordinal});
  request.limit = 8;
  std::vector<SearchHit> hits;
  // Relax step by step: tags first, then allow a passage again once every
  // relevant one is used.
  for (int attempt = 0; attempt < 3 && hits.empty(); ++attempt) {
    if (attempt == 1) request.tags.clear();
    if (attempt == 2) request.exclude.clear();
    if (!reader.Retrieve(request, &hits).ok()) hits.clear();
  }
  const SearchHit* hit = BestFit(hits, terms);
  if (hit == nullptr) return std::nullopt;
  QuotedPassage used{hit->doc, hit->section, hit->passage};
  if (!c.WasQuoted(used)) c.quoted.push_back(used);
  if (c.quoted.size() > Conversation::kMaxRemembered)
    c.quoted.erase(c.quoted.begin());
  return Citation{hit->doc, hit->title, hit->section, hit->passage, hit->text};
}

std::optional<std::string> Reflection(const ComposeInput& in,
                                      const RespondPlan& plan,
                                      Conversation& c) {
  if (plan.reflect.empty()) return std::nullopt;
  int& index = c.rotation[plan.name + ".reflect"];
  for (size_t i = 0; i < plan.reflect.size(); ++i) {
    size_t pick = (static_cast<size_t>(index) + i) % plan.reflect.size();
    auto filled = FillTemplate(plan.reflect[pick], in.slots);
    // Saying the same reflection again a few turns later sounds like not
    // listening; no reflection is better.
    if (filled && !c.AskedRecently(Capitalize(*filled))) {
      index = static_cast<int>((pick + 1) % plan.reflect.size());
      c.RememberAsk(Capitalize(*filled));
      return Capitalize(*filled);
    }
  }
  return std::nullopt;
}

void AddParagraph(std::string& text, const std::string& paragraph) {
  if (paragraph.empty()) return;
  if (!text.empty()) text += "\n\n";
  text += paragraph;
}

void AddQuote(const std::vector<std::string>& leads, const std::string& key,
              const std::optional<Citation>& citation, Conversation& c,
              Reply* reply) {
  if (!citation) return;
  AddParagraph(reply->text,
               Rotate(c, key, leads) + "\n" + FormatQuote(*citation));
  reply->citations.push_back(*citation);
}

void ComposeFallback(const ComposeInput& in, Conversation& c, Reply* reply) {
  std::map<std::string, std::string> slots = in.slots;
  slots["said"] = in.said;
  const RespondPlan* plan = nullptr;
  for (const RespondPlan& p : in.rules->plans()) {
    if (p.name == kFallbackPlan) plan = &p;
  }
  std::string question;
  if (plan && !plan->reflect.empty()) {
    // Rotating over the list already avoids a repeat; the check covers a
    // one-line list.
    for (size_t i = 0; i < plan->reflect.size() && question.empty(); ++i) {
      const std::string& templ = Rotate(c, "fallback.reflect", plan->reflect);
      auto filled = FillTemplate(templ, slots);
      if (filled && *filled != c.last_fallback) question = Capitalize(*filled);
    }
  }
  if (question.empty()) question = Rotate(c, "fallback.builtin", kFallbackAsks);
  c.last_fallback = question;
  AddParagraph(reply->text, question);
  AddParagraph(reply->text, plan && !plan->ask.empty()
                                ? Rotate(c, "fallback.ask", plan->ask)
                                : std::string(kHelpLine));
  c.last_plan.clear();
  c.last_ask = question;
  reply->rules.push_back("respond " + std::string(kFallbackPlan));
}

}  // namespace

std::string FormatQuote(const Citation& citation) {
  return "\"" + citation.text + "\" (" + citation.title + " \u203a " +
         citation.section + ")";
}

void Compose(const ComposeInput& in, corpus::Reader& reader, Conversation& c,
             Reply* reply) {
  const PlanChoice& choice = *in.choice;
  if (!choice.ambiguous.empty()) {
    AddParagraph(
        reply->text,
        "I'm hearing two things that pull in different directions: " +
            Describe(choice.ambiguous[0]) + ", and " +
            Describe(choice.ambiguous[1]) +
            ". Which of the two feels closer to what's going on for you?");
    c.last_ask = reply->text;
    reply->rules.push_back("respond clarify");
    return;
  }
  if (choice.plan == nullptr) return ComposeFallback(in, c, reply);
  const RespondPlan& plan = *choice.plan;
  reply->rules.push_back("respond " + plan.name);
  if (!choice.continues) {
    if (auto reflection = Reflection(in, plan, c))
      AddParagraph(reply->text, *reflection);
  }
  using Parts = PlanChoice::Parts;
  // A follow-up asking for the part a plan lacks gets the part it has, so a
  // continuing reply always says something.
  Parts parts = choice.parts;
  if (parts == Parts::kAdvise && plan.advise.empty()) parts = Parts::kExplain;
  if (parts == Parts::kExplain && plan.explain.empty()) parts = Parts::kAdvise;
  if (parts != Parts::kAdvise) {
    AddQuote(kExplainLeads, "lead.explain",
             FindPassage(plan.explain, in.terms, reader, c), c, reply);
  }
  if (parts != Parts::kExplain) {
    AddQuote(kAdviseLeads, "lead.advise",
             FindPassage(plan.advise, in.terms, reader, c), c, reply);
  }
  std::optional<std::string> ask = FreshAsk(c, plan.name + ".ask", plan.ask);
  if (!ask && choice.continues)
    ask = FreshAsk(c, "continue.ask", kContinueAsks);
  if (ask) {
    AddParagraph(reply->text, *ask);
    c.last_ask = *ask;
    c.RememberAsk(*ask);
  }
  c.last_plan = plan.name;
}

}  // namespace attune
