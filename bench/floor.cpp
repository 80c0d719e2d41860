// attune_floor: the least a turn can do, to measure attune against. Each turn
// looks the person's words up in a hash set of keywords and runs one FTS5 BM25
// query with snippet() over the same corpus, through one reused prepared
// statement, and assembles a cited one-line reply. No rules, no parsing, no
// state.
//
//   attune_floor FILE [--n N] [--warmup W] [--corpus X.db]   one JSON line, as
//                                                           `attune bench`
//   attune_floor --chat [--corpus X.db]    a reply per stdin line (start-up
//   timing)
#include <sqlite3.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "embedded/embedded.hpp"
#include "replay.hpp"

namespace {

// What a keyword spotter for this domain would listen for: people, feelings,
// behaviours, attachment words. About 250 words, as a small rule set would
// hold.
constexpr const char* kKeywords[] = {
    "abandon",       "abandoned",     "abandonment",  "absent",
    "abuse",         "accept",        "accepted",     "accessible",
    "affair",        "affection",     "affectionate", "afraid",
    "after",         "alone",         "angry",        "anxiety",
    "anxious",       "apart",         "apologise",    "apologize",
    "appreciate",    "appreciation",  "argue",        "argument",
    "arguments",     "ashamed",       "attach",       "attached",
    "attachment",    "attention",     "attract",      "attraction",
    "attuned",       "avoid",         "avoidant",     "avoids",
    "bed",           "bedroom",       "betrayed",     "blame",
    "bond",          "bonding",       "bored",        "boundaries",
    "boundary",      "boyfriend",     "break",        "breakup",
    "busy",          "calm",          "care",         "cares",
    "chase",         "cheat",         "cheated",      "cheating",
    "child",         "childhood",     "clingy",       "close",
    "closeness",     "cold",          "comfort",      "commitment",
    "communicate",   "communication", "compassion",   "conflict",
    "connect",       "connected",     "connection",   "contact",
    "control",       "cuddle",        "cuddling",     "cry",
    "crying",        "dad",           "date",         "dating",
    "defensive",     "demand",        "depressed",    "desire",
    "desired",       "disconnect",    "disconnected", "dismissive",
    "dissociate",    "distance",      "distant",      "divorce",
    "dopamine",      "drained",       "emotion",      "emotional",
    "emotions",      "empty",         "engaged",      "fear",
    "fearful",       "feel",          "feeling",      "feelings",
    "fight",         "fighting",      "fights",       "foreplay",
    "friend",        "frustrated",    "girlfriend",   "ghost",
    "guilt",         "guilty",        "happy",        "heal",
    "healing",       "hear",          "heard",        "hold",
    "holding",       "hormone",       "hug",          "hurt",
    "hurts",         "husband",       "ignore",       "ignored",
    "ignores",       "insecure",      "insecurity",   "intimacy",
    "intimate",      "jealous",       "jealousy",     "kiss",
    "kissing",       "leave",         "leaves",       "left",
    "lonely",        "loneliness",    "love",         "loved",
    "loves",         "lover",         "marriage",     "married",
    "mom",           "mother",        "need",         "needs",
    "needy",         "neglected",     "nervous",      "numb",
    "orgasm",        "overwhelmed",   "oxytocin",     "panic",
    "partner",       "partners",      "passion",      "past",
    "pattern",       "patterns",      "physical",     "pleasure",
    "pull",          "pulls",         "pursue",       "pursuer",
    "pursuing",      "push",          "pushes",       "reassurance",
    "reassure",      "regulate",      "rejected",     "rejection",
    "relationship",  "relationships", "repair",       "resent",
    "resentment",    "respond",       "responsive",   "ritual",
    "rituals",       "rolls",         "romance",      "rejects",
    "safe",          "safety",        "sad",          "scared",
    "secure",        "security",      "self",         "sex",
    "sexual",        "sexually",      "shame",        "shut",
    "shuts",         "silence",       "silent",       "sleep",
    "sleeps",        "space",         "spouse",       "stonewall",
    "stress",        "stressed",      "support",      "suffocated",
    "talk",          "talking",       "tears",        "tense",
    "text",          "texts",         "therapist",    "therapy",
    "touch",         "touched",       "trauma",       "trigger",
    "triggered",     "trust",         "unloved",      "upset",
    "used",          "valid",         "validation",   "vulnerable",
    "vulnerability", "wall",          "want",         "wanted",
    "wants",         "warm",          "wife",         "withdraw",
    "withdrawn",     "withdraws",     "worried",      "worry",
    "worthless",     "yell",          "yelling",
};

// The columns and ranking of attune's search (BM25, heading 4, body 1, tags
// 0.5) in one statement. Ordering by FTS5's `rank` lets FTS5 sort, so
// snippet() runs only for the rows returned: the cheapest form measured
// (BM_BareFts5Rank).
constexpr char kQuery[] =
    "SELECT d.title, s.heading, p.ordinal, "
    "snippet(passages_fts, 1, '**', '**', '\xe2\x80\xa6', 32) "
    "FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
    "JOIN sections s ON s.id = p.section JOIN documents d ON d.id = s.doc "
    "WHERE passages_fts MATCH ?1 AND rank MATCH 'bm25(4.0, 1.0, 0.5)' "
    "ORDER BY rank LIMIT 3";

struct Floor {
  sqlite3* db = nullptr;
  sqlite3_stmt* stmt = nullptr;
  std::unordered_set<std::string_view> keywords;

  ~Floor() {
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
  }

  bool Open(const std::string& corpus_path) {
    keywords.insert(std::begin(kKeywords), std::end(kKeywords));
    if (corpus_path.empty()) {
      std::span<const unsigned char> image = attune::embedded::CorpusImage();
      auto size = static_cast<sqlite3_int64>(image.size());
      if (sqlite3_open_v2(":memory:", &db,
                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                          nullptr) != SQLITE_OK ||
          sqlite3_deserialize(db, "main",
                              const_cast<unsigned char*>(image.data()), size,
                              size, SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
        return Fail("the embedded corpus");
      }
    } else if (sqlite3_open_v2(corpus_path.c_str(), &db,
                               SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                               nullptr) != SQLITE_OK) {
      return Fail(corpus_path);
    }
    if (sqlite3_prepare_v3(db, kQuery, -1, SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK) {
      return Fail("preparing the query");
    }
    return true;
  }

  bool Fail(const std::string& what) {
    std::fprintf(stderr, "attune_floor: %s: %s\n", what.c_str(),
                 db ? sqlite3_errmsg(db) : "out of memory");
    return false;
  }

  // The keywords in text, or all its words when none is a keyword, as an FTS5
  // OR of quoted words.
  std::string MatchExpression(std::string_view text) const {
    std::vector<std::string> words;
    std::string word;
    for (size_t i = 0; i <= text.size(); ++i) {
      unsigned char c = i < text.size() ? text[i] : ' ';
      if (std::isalnum(c)) {
        word += static_cast<char>(std::tolower(c));
      } else if (!word.empty()) {
        words.push_back(std::move(word));
        word.clear();
      }
    }
    std::string keyword_match, any_match;
    for (const std::string& w : words) {
      std::string& target = keywords.count(w) ? keyword_match : any_match;
      target += (target.empty() ? "\"" : " OR \"") + w + "\"";
    }
    return keyword_match.empty() ? any_match : keyword_match;
  }

  // One turn: the reply, or false on an SQLite error.
  bool Turn(std::string_view text, std::string* reply) {
    reply->clear();
    std::string match = MatchExpression(text);
    if (match.empty()) {
      *reply = "Tell me more about what happens between you.";
      return true;
    }
    sqlite3_bind_text(stmt, 1, match.data(), static_cast<int>(match.size()),
                      SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      if (!reply->empty()) continue;  // quote the best, cite it
      *reply = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3));
      *reply += " (";
      *reply += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
      *reply += ", \xe2\x80\x9c";
      *reply += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
      *reply += "\xe2\x80\x9d, passage ";
      *reply += std::to_string(sqlite3_column_int(stmt, 2)) + ")";
    }
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) return Fail("searching");
    if (reply->empty()) *reply = "I have nothing in my sources about that.";
    return true;
  }
};

struct Args {
  std::string file, corpus;
  attune::replay::Plan plan;
  bool chat = false;
};

bool ParseArgs(int argc, char** argv, Args* args) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "--chat") {
      args->chat = true;
    } else if (arg == "--n" && has_value) {
      args->plan.n = std::atoi(argv[++i]);
    } else if (arg == "--warmup" && has_value) {
      args->plan.warmup = std::atoi(argv[++i]);
    } else if (arg == "--corpus" && has_value) {
      args->corpus = argv[++i];
    } else if (!arg.starts_with("-") && args->file.empty()) {
      args->file = arg;
    } else {
      return false;
    }
  }
  return (args->chat || !args->file.empty()) && args->plan.n >= 1 &&
         args->plan.warmup >= 0;
}

int Chat(Floor& floor) {
  std::string line, reply;
  while (std::getline(std::cin, line)) {
    if (!floor.Turn(line, &reply)) return 3;
    std::printf("%s\n", reply.c_str());
    std::fflush(stdout);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    std::fprintf(stderr,
                 "usage: attune_floor FILE [--n N] [--warmup W] [--corpus "
                 "X.db]\n       attune_floor --chat [--corpus X.db]\n");
    return 2;
  }
  Floor floor;
  if (!floor.Open(args.corpus)) return 3;
  if (args.chat) return Chat(floor);
  std::vector<std::string> turns;
  if (!attune::replay::ReadTurns(args.file, &turns) || turns.empty()) {
    std::fprintf(stderr, "attune_floor: %s: no turns to replay\n",
                 args.file.c_str());
    return 3;
  }
  std::string reply;
  size_t replied_bytes = 0;  // keeps the reply observable
  attune::replay::Figures figures;
  bool ok = attune::replay::Run(
      turns, args.plan, [] { return true; },
      [&](const std::string& text) {
        bool turn_ok = floor.Turn(text, &reply);
        replied_bytes += reply.size();
        return turn_ok;
      },
      &figures);
  if (!ok) return 3;
  attune::replay::PrintJson(figures, stdout);
  return replied_bytes > 0 ? 0 : 1;
}
