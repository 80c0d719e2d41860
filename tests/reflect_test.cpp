#include "reflect.hpp"

#include <gtest/gtest.h>

namespace attune {
namespace {

TEST(Reflect, SwapsFirstPersonToSecond) {
  EXPECT_EQ(SwapPerson("i am scared my husband will leave me"),
            "you are scared your husband will leave you");
  EXPECT_EQ(SwapPerson("i feel like i was too much"),
            "you feel like you were too much");
}

TEST(Reflect, LeavesThirdPersonAlone) {
  EXPECT_EQ(SwapPerson("they are tired and we argue"),
            "they are tired and we argue");
}

TEST(Reflect, SwapsSecondPersonBack) {
  EXPECT_EQ(SwapPerson("you are a bot"), "I am a bot");
}

TEST(Reflect, FillsSlotsWithSwappedWords) {
  auto filled = FillTemplate("When {partner} {behaviour}, you feel {feeling}.",
                             {{"partner", "my wife"},
                              {"behaviour", "falls asleep"},
                              {"feeling", "abandoned"}});
  ASSERT_TRUE(filled.has_value());
  EXPECT_EQ(*filled, "When your wife falls asleep, you feel abandoned.");
}

TEST(Reflect, MissingSlotRejectsTemplate) {
  EXPECT_FALSE(FillTemplate("When {partner} leaves", {}).has_value());
  EXPECT_EQ(FillTemplate("No slots here.", {}), "No slots here.");
}

TEST(Reflect, CapitalizesFirstLetter) {
  EXPECT_EQ(Capitalize("your wife"), "Your wife");
}

}  // namespace
}  // namespace attune
