// `attune analyze [--json] [TEXT...]`: what attune understands in TEXT, or in
// each line of standard input (each line a fresh conversation).
#include <iostream>
#include <nlohmann/json.hpp>

#include "command.hpp"
#include "engine_impl.hpp"
#include "match.hpp"
#include "terminal.hpp"

namespace attune::cli {
namespace {

using nlohmann::json;

std::string Words(const utterance::Utterance& u, uint32_t first,
                  uint32_t last) {
  std::string out;
  for (uint32_t i = first; i < last && i < u.tokens.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += u.tokens[i].word;
  }
  return out;
}

// The parse behind the reply: clauses with their actor and joiner, and the
// concepts found.
json ParseJson(const Analysis& a, const RuleSet& rules) {
  json clauses = json::array();
  for (size_t i = 0; i < a.utterance.clauses.size(); ++i) {
    const utterance::Clause& c = a.utterance.clauses[i];
    const utterance::Sentence& s = a.utterance.sentences[c.sentence];
    clauses.push_back({{"text", Words(a.utterance, c.first, c.last)},
                       {"actor", ActorName(a.clause_actors[i])},
                       {"joiner", utterance::JoinerName(c.joiner)},
                       {"sentence", c.sentence},
                       {"question", utterance::QuestionKindName(s.question)}});
  }
  json concepts = json::array();
  for (const ConceptMatch& m : a.concepts) {
    concepts.push_back({{"concept", rules.concept_names()[m.concept_id]},
                        {"words", Words(a.utterance, m.first, m.last)},
                        {"clause", m.clause},
                        {"negated", m.negated}});
  }
  return {{"clauses", clauses}, {"concepts", concepts}};
}

void PrintScores(const char* who, const PatternScores& s,
                 const std::optional<std::string>& top) {
  std::printf(
      "%-8s secure %.2f  anxious %.2f  avoidant %.2f  fearful %.2f  top: %s\n",
      who, s.secure, s.anxious, s.avoidant, s.fearful,
      top ? top->c_str() : "-");
}

void PrintText(const Reply& reply, const json& parse) {
  std::cout << "text: " << SanitizeForTerminal(reply.input) << "\n";
  for (const json& c : parse["clauses"]) {
    std::cout << "  clause [" << c["joiner"].get<std::string>() << "] "
              << c["actor"].get<std::string>() << ": "
              << SanitizeForTerminal(c["text"].get<std::string>()) << "\n";
  }
  for (const json& m : parse["concepts"]) {
    std::cout << "  concept ~" << m["concept"].get<std::string>() << " \""
              << SanitizeForTerminal(m["words"].get<std::string>()) << "\""
              << (m["negated"].get<bool>() ? " (negated)" : "") << "\n";
  }
  for (const Intent& intent : reply.intents) {
    std::cout << "  intent " << intent.name;
    for (const auto& [slot, value] : intent.slots) {
      std::cout << " " << slot << "=\"" << SanitizeForTerminal(value) << "\"";
    }
    std::cout << "\n";
  }
  PrintScores("  self", reply.self, reply.top_self);
  PrintScores("  partner", reply.partner, reply.top_partner);
  std::cout << "  crisis: " << (reply.crisis ? *reply.crisis : "none") << "\n";
  std::cout << "  reply: " << SanitizeForTerminal(reply.text) << "\n\n";
}

int Analyze(Engine& engine, Session& session, std::string_view text,
            bool as_json) {
  Reply reply;
  Status status = session.Analyze(text, &reply);
  if (!status.ok()) {
    std::cerr << SanitizeForTerminal("attune analyze: " + status.message())
              << "\n";
    return kExitDataError;
  }
  // The parse is recomputed from the cut input the reply saw, so both describe
  // the same text.
  text::Stemmer stemmer;
  const RuleSet& rules = *engine.impl().rules;
  json parse = ParseJson(Match(rules, reply.input, stemmer), rules);
  if (as_json) {
    json j = json::parse(reply.ToJson());
    j["clauses"] = parse["clauses"];
    j["concepts"] = parse["concepts"];
    std::cout << j.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  } else {
    PrintText(reply, parse);
  }
  return kExitOk;
}

}  // namespace

std::function<int()> SetupAnalyze(CLI::App& app, const GlobalOptions& global) {
  struct Args {
    bool json = false;
    std::vector<std::string> words;
  };
  auto args = std::make_shared<Args>();
  app.add_flag("--json", args->json, "one JSON object per input line");
  app.add_option("text", args->words,
                 "text to analyse (default: each line of standard input)");
  return [args, &global] {
    std::unique_ptr<Engine> engine = OpenEngineOrReport(global);
    if (!engine) return kExitDataError;
    std::unique_ptr<Session> session;
    Status status = engine->NewSession(&session);
    if (!status.ok()) {
      std::cerr << SanitizeForTerminal("attune: " + status.message()) << "\n";
      return kExitDataError;
    }
    if (!args->words.empty()) {
      std::string text;
      for (const std::string& w : args->words)
        text += (text.empty() ? "" : " ") + w;
      return Analyze(*engine, *session, text, args->json);
    }
    int rc = kExitOk;
    for (std::string line; std::getline(std::cin, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      rc = std::max(rc, Analyze(*engine, *session, line, args->json));
    }
    return rc;
  };
}

}  // namespace attune::cli
