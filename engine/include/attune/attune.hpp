// attune — a rule-based conversational guide about attachment in intimate
// relationships.
//
// A person describes what happens in their relationship; attune recognises what
// they describe, maps it to attachment patterns (secure, anxious, avoidant,
// fearful), and answers with passages quoted and cited from its corpus. This
// header is the whole C++ API; attune/attune.h is the C API.
//
//   std::unique_ptr<attune::Engine> engine;
//   attune::Status s = attune::Engine::Open(attune::Options{}, &engine);
//   std::unique_ptr<attune::Session> session;
//   if (s.ok()) s = engine->NewSession(&session);
//   attune::Reply reply;
//   if (s.ok()) s = session->Respond("he rolls over and I feel alone", &reply);
//
// The header is C++17-clean and includes no Boost, SQLite or readline header.
#ifndef ATTUNE_ATTUNE_HPP_
#define ATTUNE_ATTUNE_HPP_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attune/export.h"
#include "attune/status.hpp"

namespace attune {

// The library version, "MAJOR.MINOR.PATCH".
ATTUNE_API const char* Version();

// How an Engine is opened. Every field has a usable default.
struct Options {
  // An on-disk corpus database (built by `attune corpus build`). Empty (the
  // default): the corpus embedded in the library. A path that does not exist is
  // an error, never a new database.
  std::string corpus_path;
  // A folder of *.rules files. Empty (the default): the rules embedded in the
  // library.
  std::string rules_dir;
  // Rule files given in memory as (file name, text) pairs; when non-empty they
  // replace rules_dir and the embedded rules. Meant for tests and tools.
  std::vector<std::pair<std::string, std::string>> rules_text;
};

// A passage of the corpus quoted in a reply. Value type: const use is safe
// concurrently.
struct Citation {
  std::string doc;      // document id, e.g. "002_96caa0ebda461845"
  std::string title;    // document title
  std::string section;  // section heading
  int passage = 0;      // ordinal of the passage within its section, from 1
  std::string text;     // the passage, verbatim
};

// Scores in [0,1] for each attachment pattern of one person.
struct PatternScores {
  double secure = 0, anxious = 0, avoidant = 0, fearful = 0;
};

// One piece of evidence behind a pattern score: which rule, about whom, and the
// words.
struct Evidence {
  std::string rule;    // the intent or evidence rule that fired
  std::string person;  // "self" or "partner"
  std::string
      pattern;  // "secure", "anxious", "avoidant", "fearful", or a dyad name
  double weight = 0;
  std::string words;  // the user's words that matched
  int turn = 0;       // the turn it came from, from 1
};

// An intent recognised in the user's text, with its slots.
struct Intent {
  std::string name;
  std::map<std::string, std::string> slots;
};

// attune's answer to one turn. Value type: const use is safe concurrently.
struct ATTUNE_API Reply {
  std::string input;  // the person's text this turn answers
  std::string
      text;  // the reply as shown to the person (plain text, no escapes)
  std::vector<Citation> citations;  // every passage quoted in text, in order
  std::vector<Intent> intents;      // what was recognised in this turn
  PatternScores self, partner;  // the conversation's profile after this turn
  std::optional<std::string> top_self,
      top_partner;  // the leading pattern, or none when too weak
  std::vector<std::string>
      dyads;  // dynamics recognised, e.g. "pursue_withdraw"
  std::optional<std::string>
      crisis;  // "suicide", "self_harm", "abuse", "harm_to_others", "minor"
  std::vector<std::string> rules;  // the rules that fired this turn
  std::vector<Evidence> evidence;  // the evidence this turn added
  std::string note;  // a notice about the input (e.g. it was cut), or empty

  // The reply as one JSON object on one line, the format of `attune chat
  // --json` and `attune analyze --json`: "text" (the input), "intents"
  // [{"name","slots"}], "patterns"
  // {"self":{"secure","anxious","avoidant","fearful"},"partner":{...}}, "top"
  // {"self","partner"} (a label or null), "dyads", "crisis" (a kind or null),
  // "reply", "citations"
  // [{"doc","title","section","passage","text"}], "rules", "evidence", "note".
  std::string ToJson() const;
};

// One search hit. Value type: const use is safe concurrently.
struct SearchHit {
  std::string doc, title, section;
  int passage = 0;
  std::string text;     // the whole passage, verbatim
  std::string snippet;  // an excerpt with matched terms between "**" and "**"
  double score = 0;     // higher is better
};

struct SearchOptions {
  int limit = 10;   // at most this many hits; must be >= 1
  std::string doc;  // only this document id; empty: all
  std::string tag;  // only sections with this tag; empty: all
  bool fts_syntax =
      false;  // pass the query to FTS5 as syntax instead of plain words
};

struct ATTUNE_API SearchResult {
  std::vector<SearchHit> hits;
  // Set when the words together found nothing and fewer words or prefixes were
  // tried instead.
  std::string fallback_note;
  // When nothing matched: corpus words close to what was typed.
  std::vector<std::string> suggestions;
  std::string ToJson()
      const;  // the JSON array of hits printed by `attune search --json`
};

class Session;

// The loaded rules and corpus. Open once, share everywhere.
//
// Thread safety: immutable after it is opened; safe for concurrent use by
// multiple threads without external synchronisation. Lifetime: must outlive
// every Session it created.
class ATTUNE_API Engine {
 public:
  // Opens the corpus and compiles the rules. On a broken rule set or corpus,
  // returns the first error (for rules: "FILE:LINE:COL: what was expected", the
  // line and a caret) and no engine.
  static Status Open(const Options& options, std::unique_ptr<Engine>* engine);

  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // A new conversation with its own read-only corpus connection. Fails only
  // when the corpus can no longer be opened (e.g. its file was removed).
  // REQUIRES: this engine outlives the session.
  Status NewSession(std::unique_ptr<Session>* session) const;

  // Keyword search over the corpus. Any query text is accepted; with
  // fts_syntax, a syntax error is a kParseError status.
  Status Search(std::string_view query, const SearchOptions& options,
                SearchResult* result) const;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// One conversation: what has been said, the profile inferred so far, the
// passages already quoted.
//
// Thread safety: use from one thread at a time; distinct sessions may run
// concurrently. Each owns its read-only SQLite connection. Lifetime: created by
// Engine::NewSession; must not outlive its Engine.
class ATTUNE_API Session {
 public:
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Answers one turn. Free text is never an error: empty or invalid UTF-8 text
  // is a normal turn.
  Status Respond(std::string_view text, Reply* reply);

  // The analysis of text as a fresh conversation (this session's state is not
  // changed).
  Status Analyze(std::string_view text, Reply* reply) const;

  // The whole state as JSON (with a "format" version), and back. Restore
  // refuses a corrupt or foreign state with an error and leaves the session as
  // it was.
  Status Save(std::string* state_json) const;
  Status Restore(std::string_view state_json);

  // Forgets the conversation.
  void Reset();

  // The current profile and all evidence gathered so far (for /profile).
  PatternScores SelfScores() const;
  PatternScores PartnerScores() const;
  std::vector<Evidence> AllEvidence() const;
  // The last reply (for /why and /sources); empty before the first turn.
  const Reply& LastReply() const;

  // Keyword search through this session's connection.
  Status Search(std::string_view query, const SearchOptions& options,
                SearchResult* result);

  struct Impl;

 private:
  friend class Engine;
  explicit Session(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace attune

#endif  // ATTUNE_ATTUNE_HPP_
