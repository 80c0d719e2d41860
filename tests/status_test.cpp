#include "attune/status.hpp"

#include <gtest/gtest.h>

#include "attune/attune.hpp"

TEST(Status, DefaultIsOk) {
  attune::Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(Status, CarriesCodeAndMessage) {
  attune::Status s = attune::Status::NotFound("x.db: no such file");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), attune::Status::Code::kNotFound);
  EXPECT_EQ(s.ToString(), "x.db: no such file");
}

TEST(Version, IsSemantic) { EXPECT_STREQ(attune::Version(), "0.1.0"); }
