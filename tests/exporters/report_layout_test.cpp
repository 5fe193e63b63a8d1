// The report's SVG layout: undated events are drawn after their causes, so causal arrows run left
// to right; cycles and unlinked undated events still get a place; dated events sit on the axis.
#include "exporters/report_layout.hpp"

#include <catch2/catch.hpp>

#include "exporters/timeline_index.hpp"

namespace causeline::exporters {
namespace {

Event ev(std::string id, std::string when = "") {
  Event e;
  e.id = std::move(id);
  e.title = e.id;
  e.type = "occurrence";
  if (!when.empty())
    e.when = TimeValue::parse(when);
  return e;
}

Link link(std::string from, std::string to) {
  Link l;
  l.from = std::move(from);
  l.to = std::move(to);
  return l;
}

const ReportLayout::Mark& mark(const ReportLayout& L, const Timeline& tl, std::string_view id) {
  for (size_t i = 0; i < tl.events.size(); ++i) {
    if (tl.events[i].id == id)
      return L.marks[i];
  }
  FAIL("no event " << id);
  return L.marks.front();
}

}  // namespace

TEST_CASE("report layout: undated effects are drawn after their causes", "[exporters]") {
  Timeline tl;
  // Effects listed before their causes, to show the placement does not follow list order.
  tl.events = {ev("early", "2023-10-17"),
               ev("late", "2025-04"),
               ev("c-effect"),
               ev("b-middle"),
               ev("a-start"),
               ev("loose"),
               ev("after-late")};
  tl.links = {link("a-start", "b-middle"), link("b-middle", "c-effect"),
              link("late", "after-late")};
  const TimelineIndex ix(tl);
  const ReportLayout L = layout_report(ix);
  for (const auto& m : L.marks) CHECK(m.placed);

  const auto& early = mark(L, tl, "early");
  const auto& late = mark(L, tl, "late");
  CHECK(early.x0 < late.x0);
  CHECK(late.x1 > late.x0);  // a month is a span
  CHECK(early.y < L.axis_bottom);

  const auto& a = mark(L, tl, "a-start");
  const auto& b = mark(L, tl, "b-middle");
  const auto& c = mark(L, tl, "c-effect");
  const auto& after = mark(L, tl, "after-late");
  const auto& loose = mark(L, tl, "loose");
  for (const auto* m : {&a, &b, &c, &after, &loose}) CHECK(m->y > L.axis_bottom);
  CHECK(a.x0 == Approx(ReportLayout::kLeft + 8));
  CHECK(loose.x0 == Approx(ReportLayout::kLeft + 8));
  CHECK(b.x0 >= a.x1 + ReportLayout::kUndatedGap);
  CHECK(c.x0 >= b.x1 + ReportLayout::kUndatedGap);
  // An undated effect of a dated cause is drawn after the cause's period.
  CHECK(after.x0 >= late.x1 + ReportLayout::kUndatedGap);
  REQUIRE(L.lanes.back().track == UINT32_MAX);
}

TEST_CASE("report layout: a cycle among undated events still places every event", "[exporters]") {
  Timeline tl;
  tl.events = {ev("x"), ev("y"), ev("z")};
  tl.links = {link("x", "y"), link("y", "z"), link("z", "x"), link("z", "z")};
  const TimelineIndex ix(tl);
  const ReportLayout L = layout_report(ix);
  for (const auto& m : L.marks) CHECK(m.placed);
  // Broken at the first event: x, then y after it, then z after y.
  CHECK(mark(L, tl, "x").x0 == Approx(ReportLayout::kLeft + 8));
  CHECK(mark(L, tl, "y").x0 > mark(L, tl, "x").x0);
  CHECK(mark(L, tl, "z").x0 > mark(L, tl, "y").x0);
  CHECK(L.any_dated == false);
}

}  // namespace causeline::exporters
