// `attune rules check` and `attune rules test` on a temporary rules folder:
// output and exit codes.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "rules_fixture.hpp"

namespace {

namespace fs = std::filesystem;

struct CliRun {
  std::string out;
  int status;
};

CliRun Cli(const std::string& args) {
  const std::string command = std::string(ATTUNE_CLI) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  CliRun run{"", -1};
  std::array<char, 4096> buffer;
  for (size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
    run.out.append(buffer.data(), n);
  run.status = WEXITSTATUS(pclose(pipe));
  return run;
}

class RulesCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("attune_rules_cli_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Write("base.rules", attune::testing::kReservedRules);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  fs::path dir_;
};

TEST_F(RulesCli, TestReportsEachMismatchAndFails) {
  Write("t.rules",
        "concept ~lonely = lonely | alone ;\n"
        "intent lonely {\n  has ~lonely ;\n  example \"i feel so alone\" ;\n"
        "  example \"i am sad\" ;\n  counter \"i am not lonely\" ;\n  counter "
        "\"i feel lonely\" ;\n}\n");
  const CliRun run = Cli("--rules " + dir_.string() + " rules test");
  EXPECT_EQ(run.status, 1);
  const std::string file = (dir_ / "t.rules").string();
  EXPECT_EQ(run.out,
            file + ":5: intent lonely: example \"i am sad\" did not fire\n" +
                file +
                ":7: intent lonely: counter \"i feel lonely\" fired\n"
                "2 examples, 2 counters, 2 failures\n");
}

TEST_F(RulesCli, CheckWarnsButPasses) {
  Write("t.rules",
        "concept ~spare = spare ;\nconcept ~x = x ;\nintent x { has ~x ; }\n");
  const CliRun run = Cli("--rules " + dir_.string() + " rules check");
  EXPECT_EQ(run.status, 0) << run.out;
  const std::string file = (dir_ / "t.rules").string();
  EXPECT_NE(run.out.find(file + ":1:1: warning: concept ~spare is never used"),
            std::string::npos);
  EXPECT_NE(run.out.find(file + ":3:1: warning: intent x never matters"),
            std::string::npos);
}

TEST_F(RulesCli, CheckFailsWithTheFirstError) {
  Write("t.rules", "concept ~a = b\nconcept ~c = d ;\n");
  const CliRun run = Cli("--rules " + dir_.string() + " rules check");
  EXPECT_EQ(run.status, 3);
  EXPECT_EQ(run.out, (dir_ / "t.rules").string() +
                         ":1:15: expected ';' after concept list\nconcept ~a = "
                         "b\n              ^\n");
}

}  // namespace
