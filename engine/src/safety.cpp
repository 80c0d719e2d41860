#include "safety.hpp"

#include <algorithm>
#include <iterator>

namespace attune {
namespace {

constexpr const char* kEmergency =
    "If you are in immediate danger, please call your local emergency number "
    "now.";
constexpr const char* kCrisisLine =
    "You can reach a crisis line any time: in the US, call or text 988 (the "
    "Suicide & Crisis "
    "Lifeline); elsewhere, your local crisis line or emergency number.";
constexpr const char* kAbuseLine =
    "For support with abuse, in the US you can call the National Domestic "
    "Violence Hotline at "
    "1-800-799-7233 (or text START to 88788); elsewhere, a local "
    "domestic-violence service.";
constexpr const char* kBeyond =
    "This is beyond what I can help with: I'm a guide built on a few articles "
    "about "
    "relationships, not a counsellor, and you deserve a real person's help "
    "with this.";

struct KindText {
  const char* kind;
  const char* heard;     // what attune heard, said gently
  const char* reminder;  // the shorter line for later turns in the same mode
  bool abuse_line;
};

constexpr KindText kTexts[] = {
    {"suicide",
     "I'm really glad you told me. It sounds like you may be thinking about "
     "ending your life, "
     "and that matters more than anything else we could talk about.",
     "I'm still thinking about what you told me about wanting to end your "
     "life.",
     false},
    {"self_harm",
     "Thank you for telling me. It sounds like you have been hurting yourself, "
     "and you deserve "
     "care and support with that.",
     "I'm still thinking about what you told me about hurting yourself.",
     false},
    {"harm_to_others",
     "It sounds like you're feeling so much anger that you're afraid you could "
     "hurt someone. "
     "Telling someone is a strong first step.",
     "I'm still thinking about what you said about being afraid you could hurt "
     "someone.",
     false},
    {"abuse",
     "What you describe — being hurt, threatened, controlled or pressured into "
     "sex — is not an "
     "attachment style or a communication problem. It is not your fault, and "
     "you deserve to be "
     "safe.",
     "I'm still thinking about what you told me about being hurt or pressured.",
     true},
};

const KindText* Find(std::string_view kind) {
  for (const KindText& t : kTexts) {
    if (kind == t.kind) return &t;
  }
  return nullptr;
}

}  // namespace

bool IsCrisisKind(std::string_view kind) {
  return std::find(std::begin(kCrisisKinds), std::end(kCrisisKinds), kind) !=
         std::end(kCrisisKinds);
}

std::optional<std::string> MostUrgent(const std::vector<std::string>& kinds) {
  for (const char* kind : kCrisisKinds) {
    if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end())
      return std::string(kind);
  }
  return std::nullopt;
}

std::string SafetyReply(std::string_view kind, bool first) {
  if (kind == "minor") return MinorReply(first);
  const KindText* t = Find(kind);
  if (t == nullptr) t = &kTexts[0];
  std::string out = first ? t->heard : t->reminder;
  out += "\n\n";
  if (first) out += std::string(kBeyond) + "\n\n";
  out += kEmergency;
  out += "\n";
  out += t->abuse_line ? kAbuseLine : kCrisisLine;
  if (t->abuse_line) out += std::string("\n") + kCrisisLine;
  out += first ? "\n\nIf you can, please reach out to one of them, or to "
                 "someone you trust, now."
               : "\n\nWhen you feel ready and safe, we can talk about "
                 "something else.";
  return out;
}

std::string MinorReply(bool first) {
  std::string out = first ? "Thank you for telling me your age. Because you're "
                            "under 18, I won't talk about "
                            "sex or sexual relationships with you — that's not "
                            "a judgement of you, it's just "
                            "not something I'm the right place for."
                          : "Because you told me you're under 18, I'll keep "
                            "away from sex and sexual "
                            "relationships.";
  out +=
      "\n\nA trusted adult — a parent, a school counsellor, a doctor or a "
      "nurse — can talk it "
      "through with you properly. If anyone is pressuring you or hurting you, "
      "please tell one of "
      "them, or call your local emergency number if you are in danger (in the "
      "US you can also "
      "call or text 988).";
  return out;
}

}  // namespace attune
