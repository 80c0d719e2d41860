// Stage utterance: lexemes -> tokens, clauses and sentences. The grammar has
// already cut at punctuation; here clauses are cut further at joiner words and
// new subjects, which needs to know what the clause holds so far (its subject),
// so it is a pass of its own. The word lists are tables; the rules are the
// functions below.
#include "utterance/segment.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace attune::utterance {
namespace {

// When a joiner word splits a clause that already has words in it.
enum class Split : uint8_t {
  kAlways,         // "i panic | when he goes quiet"
  kBeforeSubject,  // only before a subject: "i cry | after he leaves", not "...
                   // after sex"
  kAnd,  // "and then", or "and" + subject once the clause has subject and verb
};

struct JoinerWord {
  std::string_view word;
  Joiner joiner;
  Split split;
};

constexpr JoinerWord kJoinerWords[] = {
    {"after", Joiner::kAfter, Split::kBeforeSubject},
    {"although", Joiner::kThough, Split::kAlways},
    {"and", Joiner::kAnd, Split::kAnd},
    {"because", Joiner::kBecause, Split::kAlways},
    {"before", Joiner::kBefore, Split::kBeforeSubject},
    {"but", Joiner::kBut, Split::kAlways},
    {"if", Joiner::kIf, Split::kAlways},
    {"so", Joiner::kSo, Split::kBeforeSubject},
    {"though", Joiner::kThough, Split::kAlways},
    {"till", Joiner::kUntil, Split::kBeforeSubject},
    {"until", Joiner::kUntil, Split::kBeforeSubject},
    {"when", Joiner::kWhen, Split::kAlways},
    {"whenever", Joiner::kWhenever, Split::kAlways},
    {"while", Joiner::kWhile, Split::kAlways},
};

// Pronouns that start a new clause when the current one already has a subject
// and a verb.
constexpr std::string_view kSubjects[] = {"he", "i", "she", "they", "we"};
// "my wife ..." at the head of a clause is its subject.
constexpr std::string_view kPossessives[] = {"her", "his",   "my",
                                             "our", "their", "your"};
// A joiner word right after these is part of a fixed phrase: "what if", "even
// though".
constexpr std::string_view kNoSplitAfter[] = {"as", "even", "only", "what"};
// "and when he ...": the new clause starts at the conjunction before the joiner
// word.
constexpr std::string_view kConjunctions[] = {"and", "or"};

// A split before a new subject moves back to one of these if it is at most
// kBacktrackWindow words before it: "... and the next | i need her gone".
struct Backtrack {
  std::string_view word;
  Joiner joiner;
};
constexpr Backtrack kBacktrackWords[] = {
    {"and", Joiner::kAnd},      {"but", Joiner::kBut},
    {"or", Joiner::kSubject},   {"that", Joiner::kSubject},
    {"then", Joiner::kAndThen},
};
constexpr uint32_t kBacktrackWindow = 3;

template <size_t N>
bool In(const std::string_view (&table)[N], std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

template <typename T, size_t N>
const T* FindWord(const T (&table)[N], std::string_view word) {
  auto it = std::find_if(std::begin(table), std::end(table),
                         [&](const T& entry) { return entry.word == word; });
  return it == std::end(table) ? nullptr : &*it;
}

bool IsWordLike(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
}

constexpr uint32_t kNoSubject = UINT32_MAX;

// Splits one punctuation-delimited run of tokens into clauses.
class ClauseSplitter {
 public:
  ClauseSplitter(const std::vector<Token>& tokens, int sentence,
                 std::vector<Clause>* out)
      : tokens_(tokens), sentence_(sentence), out_(out) {}

  void Split(uint32_t begin, uint32_t end, Joiner joiner) {
    end_ = end;
    start_ = content_ = begin;
    joiner_ = joiner;
    subject_end_ = kNoSubject;
    for (uint32_t i = begin; i < end;) i += Step(i);
    StartClause(end, Joiner::kNone);
  }

 private:
  // Looks at token i; returns how many tokens it used.
  uint32_t Step(uint32_t i) {
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::kWord) return 1;
    if (const JoinerWord* j = FindWord(kJoinerWords, t.word)) {
      if (uint32_t used = OnJoiner(i, *j)) return used;
    }
    if (In(kSubjects, t.word)) {
      OnSubject(i);
    } else if (subject_end_ == kNoSubject && In(kPossessives, t.word) &&
               i + 1 < end_) {
      // "my wife" is the subject of a clause that has none yet, also after a
      // leading phrase: "after sex my husband sleeps | and i feel alone".
      subject_end_ = i + 2;
    }
    return 1;
  }

  // Returns the number of joiner words used, or 0 if this word does not split
  // here.
  uint32_t OnJoiner(uint32_t i, const JoinerWord& j) {
    Joiner joiner = j.joiner;
    uint32_t width = 1;
    if (j.joiner == Joiner::kAnd && WordAt(i + 1) == "then")
      joiner = Joiner::kAndThen, width = 2;
    if (i ==
        content_) {  // the clause has no words yet: the joiner word opens it
      if (joiner_ == Joiner::kNone || joiner_ == Joiner::kComma)
        joiner_ = joiner;
      content_ = i + width;
      return width;
    }
    if (!ShouldSplit(i, j, joiner)) return 0;
    uint32_t at = i;
    if (In(kConjunctions, WordAt(i - 1)) && i - 1 > content_) at = i - 1;
    StartClause(at, joiner);
    content_ = i + width;
    return width;
  }

  bool ShouldSplit(uint32_t i, const JoinerWord& j, Joiner joiner) const {
    const bool subject_follows = In(kSubjects, WordAt(i + 1));
    switch (j.split) {
      case Split::kAlways:
        return i + 1 < end_ && !In(kNoSplitAfter, WordAt(i - 1));
      case Split::kBeforeSubject:
        return subject_follows;
      case Split::kAnd:
        return joiner == Joiner::kAndThen ||
               (subject_follows && HasSubjectAndMore(i));
    }
    return false;
  }

  void OnSubject(uint32_t i) {
    if (!HasSubjectAndMore(i)) {
      if (subject_end_ == kNoSubject) subject_end_ = i + 1;
      return;
    }
    uint32_t at = i;
    Joiner joiner = Joiner::kSubject;
    const uint32_t low = std::max(
        subject_end_ + 1, i > kBacktrackWindow ? i - kBacktrackWindow : 0);
    for (uint32_t k = i; k-- > low;) {
      if (const Backtrack* b = FindWord(kBacktrackWords, WordAt(k))) {
        at = k, joiner = b->joiner;
        break;
      }
    }
    StartClause(at, joiner);
    content_ = at == i ? i : at + 1;
    subject_end_ = i + 1;
  }

  // True if the clause so far has a subject and at least one word after it,
  // before i
  // ("he and i" has none: a conjunction does not count).
  bool HasSubjectAndMore(uint32_t i) const {
    if (subject_end_ == kNoSubject) return false;
    for (uint32_t k = subject_end_; k < i; ++k) {
      if (IsWordLike(tokens_[k]) && !In(kConjunctions, tokens_[k].word))
        return true;
    }
    return false;
  }

  std::string_view WordAt(uint32_t i) const {
    return i < end_ && i >= start_ ? std::string_view(tokens_[i].word)
                                   : std::string_view();
  }

  // Ends the current clause before token `at` and starts the next one there.
  void StartClause(uint32_t at, Joiner joiner) {
    if (at > start_) out_->push_back(Clause{start_, at, sentence_, joiner_});
    start_ = content_ = at;
    joiner_ = joiner;
    subject_end_ = kNoSubject;
  }

  const std::vector<Token>& tokens_;
  const int sentence_;
  std::vector<Clause>* out_;
  uint32_t end_ = 0;
  uint32_t start_ = 0;    // first token of the current clause
  uint32_t content_ = 0;  // first token after its joiner word(s)
  Joiner joiner_ = Joiner::kNone;
  uint32_t subject_end_ = kNoSubject;  // token after the clause's subject
};

// Question form: a wh-word or an inverted auxiliary at the start of the
// sentence (after fillers like "so" or "ok"), or a '?' at its end.
struct WhWord {
  std::string_view word;
  QuestionKind kind;
  bool needs_auxiliary;  // "when" starts clauses too: only "when do/does/is..."
                         // asks
};
constexpr WhWord kWhWords[] = {
    {"how", QuestionKind::kHow, false},
    {"what", QuestionKind::kWhat, false},
    {"when", QuestionKind::kOther, true},
    {"where", QuestionKind::kOther, false},
    {"which", QuestionKind::kWhich, false},
    {"who", QuestionKind::kOther, false},
    {"why", QuestionKind::kWhy, false},
};
constexpr std::string_view kAuxiliaries[] = {
    "am", "are", "can",   "could", "did",    "do",  "does", "has",  "have",
    "is", "may", "might", "shall", "should", "was", "were", "will", "would",
};
// What may follow an inverted auxiliary: "do i", "is it", "does my", "is the".
constexpr std::string_view kInvertedSubjects[] = {
    "he",   "her",   "his", "i",     "it",    "my",    "our",
    "she",  "that",  "the", "their", "there", "these", "they",
    "this", "those", "we",  "you",   "your",
};
// A wh-word followed by one of these is a statement: "what i need is space".
constexpr std::string_view kStatementSubjects[] = {"he",   "i",  "she",
                                                   "they", "we", "you"};
constexpr std::string_view kFillers[] = {
    "also", "and",  "but", "hey",  "hi",   "hmm",    "honestly",
    "like", "now",  "oh",  "ok",   "okay", "please", "seriously",
    "so",   "then", "um",  "well", "yeah",
};
constexpr int kMaxFillers = 3;

QuestionKind DetectQuestion(const std::vector<Token>& tokens, uint32_t first,
                            uint32_t last, bool question_mark) {
  std::string_view words[2];
  int found = 0, fillers = 0;
  for (uint32_t i = first; i < last && found < 2; ++i) {
    if (!IsWordLike(tokens[i])) continue;
    if (found == 0 && fillers < kMaxFillers && In(kFillers, tokens[i].word)) {
      ++fillers;
      continue;
    }
    words[found++] = tokens[i].word;
  }
  if (const WhWord* wh = FindWord(kWhWords, words[0])) {
    const bool statement =
        !question_mark &&
        (In(kStatementSubjects, words[1]) ||
         (wh->needs_auxiliary && !In(kAuxiliaries, words[1])));
    if (!statement) return wh->kind;
  }
  if (In(kAuxiliaries, words[0]) && words[1] != "not" &&
      (question_mark || In(kInvertedSubjects, words[1]))) {
    return QuestionKind::kYesNo;
  }
  return question_mark ? QuestionKind::kOther : QuestionKind::kNone;
}

// Walks the lexemes, opening and closing clauses and sentences at punctuation.
class Builder {
 public:
  Builder(text::Stemmer& stemmer, Utterance* u) : stemmer_(stemmer), u_(u) {}

  // False once kMaxTokens is reached: the rest is dropped.
  bool AddToken(const ast::Lexeme& lexeme) {
    if (u_->tokens.size() >= kMaxTokens) return false;
    Token t;
    t.begin =
        static_cast<uint32_t>(lexeme.text.begin() - u_->normalized.data());
    t.end = static_cast<uint32_t>(lexeme.text.end() - u_->normalized.data());
    t.word.assign(lexeme.text.begin(), lexeme.text.end());
    t.kind = KindOf(lexeme.kind);
    // Dotted abbreviations ("a.r.e.") are names, not English word forms.
    const bool stem =
        t.kind == TokenKind::kWord && t.word.find('.') == std::string::npos;
    t.stem = stem ? stemmer_.Stem(t.word) : t.word;
    u_->tokens.push_back(std::move(t));
    return true;
  }

  void EndClause() {
    const auto end = static_cast<uint32_t>(u_->tokens.size());
    if (end == clause_begin_) return;
    const int sentence = static_cast<int>(u_->sentences.size());
    ClauseSplitter(u_->tokens, sentence, &u_->clauses)
        .Split(clause_begin_, end, joiner_);
    clause_begin_ = end;
    joiner_ = Joiner::kComma;
  }

  void EndSentence(bool question_mark) {
    EndClause();
    const auto last = static_cast<uint32_t>(u_->clauses.size());
    if (last > first_clause_) {
      const uint32_t first_token = u_->clauses[first_clause_].first;
      const uint32_t last_token = u_->clauses[last - 1].last;
      u_->sentences.push_back(Sentence{
          first_clause_, last,
          DetectQuestion(u_->tokens, first_token, last_token, question_mark)});
    }
    first_clause_ = last;
    joiner_ = Joiner::kNone;
  }

 private:
  static TokenKind KindOf(ast::LexemeKind kind) {
    switch (kind) {
      case ast::LexemeKind::kNumber:
        return TokenKind::kNumber;
      case ast::LexemeKind::kEmoji:
        return TokenKind::kEmoji;
      case ast::LexemeKind::kPunct:
        return TokenKind::kPunct;
      default:
        return TokenKind::kWord;
    }
  }

  text::Stemmer& stemmer_;
  Utterance* u_;
  uint32_t clause_begin_ = 0;
  uint32_t first_clause_ = 0;
  Joiner joiner_ = Joiner::kNone;
};

}  // namespace

void Segment(const ast::Lexemes& lexemes, text::Stemmer& stemmer,
             Utterance* u) {
  using K = ast::LexemeKind;
  Builder builder(stemmer, u);
  for (const ast::Lexeme& lexeme : lexemes) {
    switch (lexeme.kind) {
      case K::kWord:
      case K::kNumber:
      case K::kEmoji:
      case K::kPunct:
        if (!builder.AddToken(lexeme)) {
          builder.EndSentence(false);
          return;
        }
        break;
      case K::kComma:
      case K::kDash:
      case K::kColon:
        builder.EndClause();
        break;
      case K::kQuestion:
        builder.EndSentence(true);
        break;
      case K::kStop:
      case K::kExclaim:
      case K::kEllipsis:
      case K::kSemicolon:
      case K::kNewline:
        builder.EndSentence(false);
        break;
    }
  }
  builder.EndSentence(false);
}

}  // namespace attune::utterance
