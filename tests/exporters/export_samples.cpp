// export_samples OUTDIR: writes every format of the test timelines into OUTDIR/fixture/ and
// OUTDIR/story/, for the real-client checks under tests/frontend.
#include <iostream>

#include "exporters/write_all.hpp"
#include "tests/exporters/fixture.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: export_samples OUTDIR\n";
    return 2;
  }
  const std::filesystem::path out = argv[1];
  auto ctx = causeline::test::fixture_context();
  for (auto [name, tl] : {std::pair{"fixture", causeline::test::fixture_timeline()},
                          std::pair{"story", causeline::test::story_timeline()}}) {
    if (std::string_view(name) == "story")
      ctx.title = "Chip export controls and the H20";
    auto r = causeline::exporters::write_all(out / name, tl, ctx);
    if (!r) {
      std::cerr << "export_samples: " << r.error().message << '\n';
      return 1;
    }
    for (const auto& p : *r) std::cout << p.string() << '\n';
  }
  return 0;
}
